from meetingdesk.cli import main

raise SystemExit(main())

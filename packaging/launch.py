"""The bundle's entry point: the ``meetingdesk`` command (the application, or a sub-command)."""

import sys

from ui import main

if __name__ == "__main__":
    sys.exit(main())

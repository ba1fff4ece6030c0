"""Write the example exports in this folder: the HRC side event of 14 March 2025, run start to finish
on a fake clock (the report tests' run, Ms. Otiende marked protected), exported in every format with
the `meetingdesk report` command a secretariat uses.

    .venv/bin/python docs/samples/render.py

Then open the Word file in an office suite (or `soffice --headless --convert-to pdf`) and look at
every page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "report"))  # the run shared with the report tests

NAME = "hrc-side-event-2025-03-14-summary"
FORMATS = ("docx", "pdf", "csv", "json", "ics")


def main() -> int:
    from meetingdesk.cli import main as meetingdesk
    from meetingdesk.store import open_store
    from report_samples import run_hrc

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'samples.sqlite'}"
        store = open_store(url)
        meeting_id, _sitting = run_hrc(store)
        store.engine.dispose()
        for fmt in FORMATS:
            status = meetingdesk(["--db", url, "report", str(meeting_id), "--format", fmt,
                                  "-o", str(HERE / f"{NAME}.{fmt}")])
            if status:
                return status
    return 0


if __name__ == "__main__":
    sys.exit(main())

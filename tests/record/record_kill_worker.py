"""A rapporteur typing notes as fast as it can, for the SIGKILL test (``test_record_kill.py``).

Usage: ``python tests/record/record_kill_worker.py DBFILE``

Imports the HRC side event into DBFILE on first use, opens the record of its sitting
and appends notes until it is killed. After each ``add_note`` has *returned* (its event is
committed) it prints ``ack NOTE_ID`` and flushes stdout. The first line is ``ready SITTING_ID``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from meetingdesk.live.clock import SystemClock  # noqa: E402
from meetingdesk.programme.model import Sitting  # noqa: E402
from meetingdesk.record import Record  # noqa: E402
from meetingdesk.store import open_store  # noqa: E402
from meetingdesk.store.programmes import import_file  # noqa: E402


def main(argv: list[str]) -> int:
    store = open_store(f"sqlite:///{argv[1]}")
    with store.session() as session:
        sitting_id = session.scalar(select(Sitting.id).order_by(Sitting.id))
    if sitting_id is None:
        import_file(store, ROOT / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml")
        with store.session() as session:
            sitting_id = session.scalar(select(Sitting.id).order_by(Sitting.id))
    record = Record.open(store, sitting_id, SystemClock(), author="worker")
    print(f"ready {sitting_id}", flush=True)
    n = 0
    while True:
        n += 1
        note_id = record.add_note(f"note number {n}: Ms. Otiende speaks of survivors' leadership")
        print(f"ack {note_id}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

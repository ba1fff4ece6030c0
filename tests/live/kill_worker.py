"""A scripted live sitting on the real clock, for the SIGKILL test (``test_kill.py``).

Usage: ``python tests/live/kill_worker.py DBFILE [SEED]``

Creates the programme in DBFILE on first use (a sitting starting now), opens the sitting
(or resumes it from the journal when the file already holds one) and then acts like a busy
moderator until it is killed: extend, pause/resume, call the next speaker, take floor
requests, send messages. After every command has *returned* (its journal event is
committed) it prints one line and flushes stdout::

    ack EVENT_ID ACTION UTC_ISO SEGMENT_ID SEGMENT_ELAPSED ENTRY_ID SPEAKER_ELAPSED PAUSED

where the clock figures are what the view showed right after the command, at UTC_ISO
("-" when there is no running segment / speaker). The first line is ``ready SITTING_ID``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from meetingdesk.programme.model import Sitting  # noqa: E402
from meetingdesk.store import open_store  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from sample_sitting import add_programme  # noqa: E402


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, dt.timedelta):
        value = value.total_seconds()
    return f"{float(value):.3f}"


def main(argv: list[str]) -> int:
    from meetingdesk.live import CommandRefused, LiveSitting, SystemClock

    db = Path(argv[1])
    rng = random.Random(int(argv[2]) if len(argv) > 2 else 0)
    store = open_store(f"sqlite:///{db}")
    with store.session() as session:
        sitting_id = session.scalar(select(Sitting.id).order_by(Sitting.id))
    if sitting_id is None:
        sitting_id = add_programme(store, dt.datetime.now(dt.timezone.utc))
    live = LiveSitting.open(store, sitting_id, SystemClock())
    print(f"ready {sitting_id}", flush=True)
    asked = len(live.events())

    def act(name: str, command) -> None:
        try:
            change = command()
        except CommandRefused:
            return
        # acknowledged: the command returned, so its event is committed
        v = live.view()
        seg, sp = v.current_segment, v.speaker
        print(
            "ack", change.event_id, name, v.now.isoformat(),
            seg.id if seg else "-", _fmt(seg.elapsed) if seg else "-",
            sp.entry_id if sp else "-", _fmt(sp.elapsed) if sp else "-",
            int(bool(sp and sp.paused)),
            flush=True,
        )

    while True:
        v = live.view()
        r = rng.random()
        if v.sitting.status == "planned":
            act("open_sitting", live.open_sitting)
        elif v.current_segment is None or (r < 0.01 and v.next_segment is not None):
            act("start_segment", live.start_segment)
        elif len(v.queue) < 3:
            asked += 1
            act("request_floor", lambda: live.request_floor(
                name=f"Delegate {asked}", delegation=f"State {asked}", online=asked % 2 == 0))  # noqa: B023 (called at once)
        elif v.speaker is None:
            act("call_next", live.call_next)
        elif r < 0.30:
            act("extend+30", lambda: live.extend(30))
        elif r < 0.55:
            act("extend-30", lambda: live.extend(-30))
        elif r < 0.85:
            act("resume" if v.speaker.paused else "pause", live.resume if v.speaker.paused else live.pause)
        elif r < 0.93:
            act("message", lambda: live.message("Please conclude" if not v.message else ""))  # noqa: B023 (called at once)
        else:
            act("call_next", live.call_next)
        time.sleep(rng.uniform(0.002, 0.02))  # a moderator's pace, compressed


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The programmes the interpretation tests run: the HRC side event (seed 002) and a six-language dialogue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.store.programmes import import_file

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HRC = ROOT / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"
SIX = HERE / "six-language-dialogue.toml"
UTC = dt.timezone.utc
HRC_START = dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC)  # 14:00 in Geneva (CET)
SIX_START = dt.datetime(2025, 6, 12, 14, 0, tzinfo=UTC)  # 10:00 in New York (EDT)


def first_sitting(store, path) -> int:
    from meetingdesk.store.programmes import load_meeting

    meeting_id, _ = import_file(store, path)
    return load_meeting(store, meeting_id).sittings[0].id


def entry_of(view, name: str) -> int:
    """The entry id of the queued speaker whose name contains ``name``."""
    return next(e.entry_id for e in view.queue if name in e.name)


def open_live(store, path, start: dt.datetime) -> tuple[LiveSitting, FakeClock]:
    clock = FakeClock(start - dt.timedelta(minutes=1))
    return LiveSitting.open(store, first_sitting(store, path), clock), clock

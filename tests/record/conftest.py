"""Fixtures of the rapporteur record's tests: a store on a temporary file, the sample programmes, a fake clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from meetingdesk.live import FakeClock
from meetingdesk.programme.model import Segment, Sitting
from meetingdesk.store import open_store
from meetingdesk.store.programmes import import_file

UTC = dt.timezone.utc
PROGRAMMES = Path(__file__).resolve().parents[2] / "resources" / "programmes"
HRC_FILE = PROGRAMMES / "hrc-side-event-2025-03-14.toml"
DIALOGUE_FILE = PROGRAMMES / "constructive-dialogue-2024-07-10.toml"
HRC_START_UTC = dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC)  # 14:00 CET
TOUR_START_UTC = dt.datetime(2024, 7, 10, 14, 30, tzinfo=UTC)  # 16:30 CEST


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'record.sqlite'}"


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.engine.dispose()


def sittings_of(store, meeting_id: int) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(Sitting.id).where(Sitting.meeting_id == meeting_id).order_by(Sitting.position)))


def segment_id(store, sitting_id: int, kind: str) -> int:
    with store.session() as s:
        return s.scalars(
            select(Segment.id).where(Segment.sitting_id == sitting_id, Segment.kind == kind).order_by(Segment.position)
        ).first()


@pytest.fixture
def hrc(store) -> int:
    """The sitting of the HRC side event of 14 March 2025."""
    meeting_id, _warnings = import_file(store, HRC_FILE)
    return sittings_of(store, meeting_id)[0]


@pytest.fixture
def dialogue_afternoon(store) -> int:
    """The afternoon sitting of the constructive dialogue of 10 July 2024 (it holds the tour-de-table)."""
    meeting_id, _warnings = import_file(store, DIALOGUE_FILE)
    return sittings_of(store, meeting_id)[1]


@pytest.fixture
def hrc_clock():
    return FakeClock(HRC_START_UTC - dt.timedelta(minutes=5))


@pytest.fixture
def tour_clock():
    return FakeClock(TOUR_START_UTC)

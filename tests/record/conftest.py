"""Fixtures of the rapporteur record's tests: the sample programmes, a fake clock."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.live import FakeClock
from meetingdesk.store.programmes import import_file
from record_samples import DIALOGUE_FILE, HRC_FILE, HRC_START_UTC, TOUR_START_UTC, sittings_of


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

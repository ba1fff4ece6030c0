"""Fixtures of the live engine's tests: a fake clock, the HRC side event."""

from __future__ import annotations

import datetime as dt

import pytest

from hrc_programme import SITTING_START_UTC, add_hrc_side_event
from meetingdesk.live import FakeClock, LiveSitting


@pytest.fixture
def clock():
    # half an hour before the side event
    return FakeClock(SITTING_START_UTC - dt.timedelta(minutes=30))


@pytest.fixture
def hrc(store):
    return add_hrc_side_event(store)


@pytest.fixture
def live(store, hrc, clock):
    sitting = LiveSitting.open(store, hrc, clock)
    yield sitting
    sitting.close()

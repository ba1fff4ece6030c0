"""Fixtures of the live engine's tests: a store on a temporary file, a fake clock, the HRC side event."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.store import open_store

from hrc_programme import SITTING_START_UTC, add_hrc_side_event


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'live.sqlite'}"


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.engine.dispose()


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


def journal_count(store) -> int:
    from sqlalchemy import func, select

    from meetingdesk.live.journal import journal_event

    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(journal_event)).scalar_one()


def assert_refused(store, live, command, *args, reason: str, **kwargs):
    """The command is refused with ``reason`` (a substring) and neither journal nor view changes."""
    from meetingdesk.live import CommandRefused

    before_rows = journal_count(store)
    before_view = live.view()
    before_events = live.events()
    with pytest.raises(CommandRefused) as refused:
        command(*args, **kwargs)
    assert reason in refused.value.reason, refused.value.reason
    assert journal_count(store) == before_rows
    assert live.events() == before_events
    assert live.view() == before_view
    return refused.value.reason

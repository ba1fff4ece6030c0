"""Assertions the live tests share: a refused command writes nothing and changes nothing.

A plain module, not conftest: "from conftest import" picks whichever conftest was imported
first when several test folders run together.
"""

from __future__ import annotations

import pytest


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

"""Migration 0003: a database made before the rapporteur's table gets it on open, and loses nothing."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from meetingdesk.live import LiveSitting
from meetingdesk.record import Record
from meetingdesk.store import open_store
from meetingdesk.store.engine import alembic_config, make_engine
from meetingdesk.store.programmes import import_file
from record_samples import HRC_FILE, sittings_of


def test_a_database_at_0002_is_upgraded_and_a_downgrade_keeps_the_live_journal(tmp_path, hrc_clock):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0002")  # as the previous release left it
    assert "record_event" not in inspect(engine).get_table_names()
    engine.dispose()

    store = open_store(url)
    try:
        assert store.upgraded_from == "0002" and "record_event" in inspect(store.engine).get_table_names()
        sitting = sittings_of(store, import_file(store, HRC_FILE)[0])[0]
        with LiveSitting.open(store, sitting, hrc_clock) as live:
            live.open_sitting()
        with Record.open(store, sitting, hrc_clock) as record:
            record.add_note("The room is full.")
    finally:
        store.engine.dispose()

    engine = make_engine(url)
    command.downgrade(alembic_config(engine), "0002")
    assert "record_event" not in inspect(engine).get_table_names()
    assert "journal_event" in inspect(engine).get_table_names()
    engine.dispose()
    store = open_store(url)  # and up again: the moderator's journal is still there
    try:
        with LiveSitting.open(store, sitting, hrc_clock) as live:
            assert [e.kind for e in live.events()] == ["sitting_opened"]
        with Record.open(store, sitting, hrc_clock) as record:
            assert record.notes() == []
    finally:
        store.engine.dispose()

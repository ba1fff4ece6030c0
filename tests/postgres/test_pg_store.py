"""The store on PostgreSQL: schema by Alembic, lossless programmes, all-or-nothing imports, the command."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import event, inspect, text
from sqlalchemy.exc import IntegrityError

from meetingdesk import cli
from meetingdesk.programme.files import check_file, load_programme
from meetingdesk.programme.model import Base, Participant, SpeakerSlot
from meetingdesk.programme.problems import ProgrammeError
from meetingdesk.store import open_store
from meetingdesk.store.engine import alembic_config, current_revision, head_revision, make_engine
from meetingdesk.store.programmes import (
    export_file,
    import_file,
    import_meeting,
    list_meetings,
    load_meeting,
    samples_folder,
)

SAMPLES = sorted(samples_folder().glob("*.toml"))
BROKEN = samples_folder().parents[1] / "tests" / "programme" / "broken"


def everything(store) -> dict[str, list[tuple]]:
    """Every row of every table: the whole database, to compare before and after."""
    with store.engine.connect() as conn:
        return {
            table.name: sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
            for table in Base.metadata.sorted_tables
        }


# --------------------------------------------------------------------------- the schema


def test_open_store_creates_the_schema_at_head_with_alembic(pg_url):
    store = open_store(pg_url)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert store.created and store.upgraded_from is None
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert {t.name for t in Base.metadata.sorted_tables} <= tables
            # the journal is durable the moment a command returns: the server syncs each commit
            assert conn.execute(text("SHOW synchronous_commit")).scalar() == "on"
            assert conn.execute(text("SHOW fsync")).scalar() == "on"
    finally:
        store.engine.dispose()
    again = open_store(pg_url)  # opening an up-to-date database changes nothing
    try:
        assert not again.created and again.upgraded_from is None
    finally:
        again.engine.dispose()


def test_an_older_database_is_upgraded_and_says_from_what(pg_url):
    from alembic import command

    engine = make_engine(pg_url)
    command.upgrade(alembic_config(engine), "0002")
    assert current_revision(engine) == "0002"
    engine.dispose()
    store = open_store(pg_url)
    try:
        assert store.upgraded_from == "0002" and not store.created
        assert current_revision(store.engine) == head_revision()
        assert inspect(store.engine).has_table("record_event")
    finally:
        store.engine.dispose()


def test_the_sqlite_pragmas_are_not_sent_to_postgresql(pg_url, monkeypatch):
    sent = []
    engine = make_engine(pg_url)

    @event.listens_for(engine, "before_cursor_execute")
    def watch(conn, cursor, statement, *args):
        sent.append(statement)

    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    engine.dispose()
    assert sent and not [s for s in sent if "PRAGMA" in s.upper()]


# --------------------------------------------------------------------------- the shipped samples


def test_there_are_sample_programmes():
    assert len(SAMPLES) >= 4


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_each_sample_goes_in_and_comes_back_out_as_on_sqlite(pg_store, tmp_path, path, snapshot):
    meeting_id, warnings = import_file(pg_store, path)
    out = tmp_path / "postgres.toml"
    export_file(pg_store, meeting_id, out)
    assert [(p.severity, p.field, p.message) for p in check_file(out)] == [
        (w.severity, w.field, w.message) for w in warnings
    ]  # the sample's own warnings (a tight panel), nothing new
    assert snapshot(load_programme(out)) == snapshot(load_programme(path))
    assert snapshot(load_meeting(pg_store, meeting_id)) == snapshot(load_programme(path))

    # the same file through SQLite: the same warnings and, byte for byte, the same export
    lite = open_store(f"sqlite:///{tmp_path / 'desk.sqlite'}")
    try:
        lite_id, lite_warnings = import_file(lite, path)
        export_file(lite, lite_id, tmp_path / "sqlite.toml")
    finally:
        lite.engine.dispose()
    assert [str(w) for w in warnings] == [str(w) for w in lite_warnings]
    assert out.read_text(encoding="utf-8") == (tmp_path / "sqlite.toml").read_text(encoding="utf-8")


def test_non_ascii_text_and_times_survive_the_round_trip(pg_store, programme_file, snapshot):
    meeting_id, _ = import_file(pg_store, programme_file)
    meeting = load_meeting(pg_store, meeting_id)
    slot = meeting.sittings[0].segments[1].slots[0]
    assert slot.registered_at is not None and slot.registered_at.tzinfo is None  # naive, as on SQLite
    assert str(slot.registered_at) == "2025-03-09 10:30:00"
    assert meeting.participants[0].name == "Najat Maalla M'jid"
    assert meeting.languages == ["en", "fr", "ne", "es"]


# --------------------------------------------------------------------------- all or nothing


def test_a_file_with_errors_is_refused_and_nothing_is_written(pg_store, programme_file):
    import_file(pg_store, programme_file)
    before = everything(pg_store)
    with pytest.raises(ProgrammeError):
        import_file(pg_store, BROKEN / "many.toml")
    assert everything(pg_store) == before


def test_a_failure_in_the_middle_of_the_write_leaves_the_database_as_it_was(pg_store, programme_file):
    import_file(pg_store, programme_file)
    before = everything(pg_store)
    inserted = []

    def fail_on_the_second_slot(mapper, connection, target):
        inserted.append(target)
        if len(inserted) == 2:
            raise OSError("disk full")

    event.listen(SpeakerSlot, "before_insert", fail_on_the_second_slot)
    try:
        with pytest.raises(OSError, match="disk full"):
            import_file(pg_store, programme_file)
    finally:
        event.remove(SpeakerSlot, "before_insert", fail_on_the_second_slot)
    assert len(inserted) == 2
    assert everything(pg_store) == before
    # and the next import goes through (PostgreSQL does not hand out the rolled-back ids again)
    new_id, _ = import_file(pg_store, programme_file)
    assert [r.id for r in list_meetings(pg_store)][-1] == new_id and len(list_meetings(pg_store)) == 2


def test_a_constraint_violation_rolls_the_whole_meeting_back(pg_store, programme_file):
    import_file(pg_store, programme_file)
    before = everything(pg_store)
    meeting = load_programme(programme_file)
    meeting.participants.append(
        Participant(key="maalla", name="Someone else", modality="in_person", protected=False, assumed=[])
    )
    with pytest.raises(IntegrityError):
        import_meeting(pg_store, meeting)
    assert everything(pg_store) == before


# --------------------------------------------------------------------------- the command


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_works_on_a_postgresql_url(capsys, pg_url, programme_file, tmp_path, snapshot):
    assert pg_url.startswith("postgresql+psycopg://")
    code, out, _ = run(capsys, "--db", pg_url, "meetings")
    assert (code, out) == (0, "no meetings in the database\n")
    code, out, _ = run(capsys, "--db", pg_url, "import", str(programme_file))
    assert code == 0 and out == f"imported {programme_file} as meeting 1\n"
    code, out, _ = run(capsys, "--db", pg_url, "meetings")
    assert code == 0
    assert out == "   1  2025-03-14  Trafficking in children on the rise: immediate action required\n"
    exported = tmp_path / "exported.toml"
    code, out, _ = run(capsys, "--db", pg_url, "export", "1", "-o", str(exported))
    assert code == 0 and out == f"wrote {exported}\n"
    assert snapshot(load_programme(exported)) == snapshot(load_programme(programme_file))


def test_a_broken_file_from_the_command_line_writes_nothing_to_postgresql(capsys, pg_url):
    path = BROKEN / "many.toml"
    code, _, err = run(capsys, "--db", pg_url, "import", str(path))
    assert code == 1 and err.count(f"{path}:") == 14 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", pg_url, "meetings")
    assert out == "no meetings in the database\n"


def test_a_postgresql_url_without_its_driver_installed_is_a_message_not_a_traceback(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a machine where psycopg was never installed
    code, out, err = run(capsys, "--db", "postgresql+psycopg://desk@127.0.0.1/meetingdesk", "meetings")
    assert code == 2 and "Traceback" not in out + err
    assert 'the database driver psycopg is not installed (pip install "psycopg[binary]")' in err

"""Opening the database: pragmas on every connection, schema created or upgraded by Alembic, --db honoured."""

from __future__ import annotations

import shutil

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from meetingdesk import cli
from meetingdesk.store import engine as engine_module
from meetingdesk.store import open_store
from meetingdesk.store.engine import alembic_config, current_revision, head_revision, make_engine
from meetingdesk.store.schema import metadata


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'meetingdesk.sqlite'}"


def test_every_connection_gets_wal_full_sync_foreign_keys_and_a_busy_timeout(url):
    store = open_store(url)
    with store.engine.connect() as first, store.engine.connect() as second:  # two pooled connections
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    with store.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(url):
    store = open_store(url)
    with pytest.raises(Exception, match="FOREIGN KEY"), store.engine.begin() as conn:
        conn.execute(text("INSERT INTO booth (meeting_id, position, \"into\", sources, interpreters, assumed) VALUES (999, 0, 'en', '[]', 2, '[]')"))


def test_a_fresh_database_is_created_at_the_newest_schema(url):
    store = open_store(url)
    assert store.created is True and store.upgraded_from is None
    assert current_revision(store.engine) == head_revision()
    tables = set(inspect(store.engine).get_table_names())
    assert {"meeting", "participant", "agenda_item", "sitting", "segment", "speaker_slot", "standing_item", "booth"} <= tables


def test_reopening_changes_nothing(url):
    open_store(url)
    again = open_store(url)
    assert again.created is False and again.upgraded_from is None


def test_the_migrations_build_exactly_the_models_schema(url):
    store = open_store(url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == [], "the models and the Alembic migrations disagree; add a migration"


def test_a_database_at_0001_is_upgraded_to_the_head_keeping_its_data(url):
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meeting (title, organisers, co_sponsors, format, time_zone, display_zones, languages, assumed) VALUES ('Kept', '[]', '[]', 'hybrid', 'Europe/Zurich', '[]', '[\"en\"]', '[]')"))
    engine.dispose()
    store = open_store(url)
    assert current_revision(store.engine) == head_revision()
    assert store.upgraded_from == (None if head_revision() == "0001" else "0001")
    assert store.created is False
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM meeting")).scalars().all() == ["Kept"]


def test_open_store_reports_the_revision_it_upgraded_from(url, tmp_path, monkeypatch):
    """A database one revision behind the code: open_store upgrades it and says from which revision."""
    store = open_store(url)
    before = head_revision()
    store.engine.dispose()
    # the code gets one migration newer than the database
    migrations = tmp_path / "migrations"
    shutil.copytree(engine_module.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_newer.py").write_text(
        f'''"""a newer schema"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{before}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("newer_thing", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade():
    op.drop_table("newer_thing")
'''
    )
    monkeypatch.setattr(engine_module, "MIGRATIONS", migrations)
    upgraded = open_store(url)
    assert upgraded.upgraded_from == before
    assert upgraded.created is False
    assert current_revision(upgraded.engine) == "9999"
    assert "newer_thing" in inspect(upgraded.engine).get_table_names()


def test_an_empty_database_with_an_empty_version_table_is_created(url):
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
    engine.dispose()
    store = open_store(url)
    assert store.created is True and store.upgraded_from is None
    assert current_revision(store.engine) == head_revision()


def test_the_db_option_is_honoured(tmp_path, capsys):
    path = tmp_path / "elsewhere" / "desk.sqlite"
    path.parent.mkdir()
    assert cli.main(["--db", f"sqlite:///{path}", "meetings"]) == 0
    assert capsys.readouterr().out == "no meetings in the database\n"
    assert path.exists()
    assert current_revision(make_engine(f"sqlite:///{path}")) == head_revision()


@pytest.mark.parametrize("bad", ["not a url", "sqlite:////no/such/folder/desk.sqlite"])
def test_a_database_that_cannot_be_opened_gives_a_message_not_a_traceback(bad, capsys):
    assert cli.main(["--db", bad, "meetings"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: cannot read:") and "Traceback" not in err


def test_the_quick_head_lookup_agrees_with_alembic():
    """open_store finds the newest revision without importing Alembic; Alembic must agree."""
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory(str(engine_module.MIGRATIONS)).get_current_head()

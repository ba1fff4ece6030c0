"""Two rapporteurs and a moderator on one PostgreSQL database, each on their own connection.

Uses the throwaway server of the PostgreSQL suite (``tests/postgres/pg_server.py``); skipped where
that suite would skip (no psycopg, no server binaries).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meetingdesk.live import LiveSitting
from meetingdesk.record import ANSWERED, Record
from meetingdesk.store import open_store
from meetingdesk.store.programmes import import_file

from record_samples import HRC_FILE, sittings_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "postgres"))
_names = itertools.count(1)


@pytest.fixture(scope="module")
def server_url():
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[test]'")
    from pg_server import PostgresServer, ServerError, server_source

    source = server_source()
    if source.url:
        yield source.url
        return
    if source.missing:
        if source.must_fail:
            pytest.fail(f"CI is set and {source.missing}", pytrace=False)
        pytest.skip(source.missing)
    server = PostgresServer(source.bin_dir)
    try:
        server.start()
    except ServerError as e:
        server.stop()
        pytest.fail(f"could not start a throwaway PostgreSQL server: {e}", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_store(server_url):
    name = f"meetingdesk_record_{next(_names)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    store = open_store(make_url(server_url).set(database=name).render_as_string(hide_password=False))
    yield store
    store.engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_two_rapporteurs_and_the_moderator_share_one_sitting(pg_store, hrc_clock):
    sitting = sittings_of(pg_store, import_file(pg_store, HRC_FILE)[0])[0]
    with LiveSitting.open(pg_store, sitting, hrc_clock) as live, \
            Record.open(pg_store, sitting, hrc_clock, live=live, author="A") as a, \
            Record.open(pg_store, sitting, hrc_clock, author="B") as b:
        live.open_sitting()
        live.start_segment()
        q = a.add_question("Pourquoi la demande augmente-t-elle ?", asker="France")
        b.add_note("Interpretation into Nepali is working.")
        live.call_next()  # the moderator's journal goes on, its sequence untouched by the rapporteurs
        assert b.refresh() is not None
        b.answer(q, "À cause de la technologie.", by=["maalla"])
        a.refresh()
        assert a.question(q).status == ANSWERED
        assert [h.id for h in a.search("a cause de la TECHNOLOGIE")] == [q]
        assert [e.seq for e in live.events()] == [1, 2, 3]
        assert {n.author for n in a.notes()} == {"B"}

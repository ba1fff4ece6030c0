"""Fixtures of the PostgreSQL tests: one throwaway server per test session, a fresh database per test.

See ``pg_server`` for where the server comes from (and why CI fails rather than skips without one).
"""

from __future__ import annotations

import itertools
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meetingdesk.store import open_store
from pg_server import serve

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server_url():
    """A SQLAlchemy URL (``postgresql+psycopg://``) of a server the tests may create databases on."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        missing = "psycopg is not installed: pip install -e '.[test]' (or pip install 'psycopg[binary]')"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {missing}", pytrace=False)
        pytest.skip(missing)
    yield from serve()


@pytest.fixture
def pg_url(pg_server_url):
    """The URL of a new, empty database, dropped after the test."""
    name = f"meetingdesk_test_{next(_names)}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
        yield make_url(pg_server_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_store(pg_url):
    store = open_store(pg_url)
    yield store
    store.engine.dispose()

"""Opening the database: default location, SQLite pragmas, schema upgrades.

Every connection to SQLite gets WAL, ``synchronous=FULL`` (the live journal is
acknowledged only once it is on disk), a busy timeout and foreign keys. The
schema is owned by Alembic: ``open_store`` upgrades an older database to the
newest revision and reports that it did, so the caller can tell the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("MeetingDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'meetingdesk.sqlite'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    # Alembic is imported only when a schema must change: it costs a fifth of a cold start.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


_REVISION = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*['"]?([^'"\s]+)['"]?""", re.MULTILINE)


def head_revision() -> str | None:
    """The newest revision of the migrations folder (they form one line: 0001 <- 0002 <- ...)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    if len(heads) > 1:
        raise RuntimeError(f"the migrations have several heads: {sorted(heads)}")
    return heads.pop() if heads else None


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]
    upgraded_from: str | None  # the older revision the database was upgraded from, if any
    created: bool  # True when the schema was created by this open

    def session(self) -> Session:
        return self.sessions()


def open_store(url: str | None = None) -> Store:
    """Open (creating or upgrading as needed) the database at ``url``."""
    engine = make_engine(url or default_url())
    before = current_revision(engine)
    head = head_revision()
    if before != head:
        from alembic import command

        command.upgrade(alembic_config(engine), "head")
    return Store(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        upgraded_from=before if before is not None and before != head else None,
        created=before is None,
    )

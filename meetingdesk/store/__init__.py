"""Where meetings live: engine, sessions, pragmas and Alembic migrations."""

from sqlalchemy.exc import SQLAlchemyError

from meetingdesk.journal.errors import SittingHeldElsewhere, StorageError

from .engine import Store, default_url, open_store

# What a failed read or write of the database looks like to a screen: the core's StorageError in plain
# words, and, from the programme's own reads and saves, SQLAlchemy's or the system's errors.
STORAGE_FAILURES: tuple[type[BaseException], ...] = (StorageError, SQLAlchemyError, OSError)

__all__ = ["STORAGE_FAILURES", "SittingHeldElsewhere", "StorageError", "Store", "default_url", "open_store"]

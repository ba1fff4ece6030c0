"""Where meetings live: engine, sessions, pragmas and Alembic migrations."""

from meetingdesk.journal.errors import SittingHeldElsewhere, StorageError

from .engine import Store, default_url, open_store

__all__ = ["SittingHeldElsewhere", "StorageError", "Store", "default_url", "open_store"]

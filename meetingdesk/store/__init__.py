"""Where meetings live: engine, sessions, pragmas and Alembic migrations."""

from .engine import Store, default_url, open_store
from .errors import SittingHeldElsewhere, StorageError

__all__ = ["SittingHeldElsewhere", "StorageError", "Store", "default_url", "open_store"]

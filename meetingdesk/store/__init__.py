"""Where meetings live: engine, sessions, pragmas and Alembic migrations."""

from .engine import Store, default_url, open_store

__all__ = ["Store", "default_url", "open_store"]

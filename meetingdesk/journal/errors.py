"""What a journal command can raise instead of doing what was asked, in plain words.

``CommandRefused``: the command makes no sense now (nobody is speaking). ``StorageError``:
the database could not save it (a full disk, a read-only, busy or unreachable database);
``SittingHeldElsewhere``: another console holds the sitting. Either way nothing was written,
and ``reason`` says what happened and what to do.
"""

from __future__ import annotations

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

NOT_SAVED = "the last action was not saved"
NOT_OPENED = "the sitting cannot be opened"


class StorageError(Exception):
    """The database could not do what was asked; nothing was written. ``reason``: plain words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class SittingHeldElsewhere(StorageError):
    """Another console (``holder``: machine and process) writes the same sitting's journal."""

    def __init__(self, reason: str, holder: str):
        super().__init__(reason)
        self.holder = holder


def where(url: URL) -> str:
    """The database as a user knows it: the file, or the server and database name."""
    if url.get_backend_name() == "sqlite":
        return url.database or "the in-memory database"
    return f"database {url.database} on {url.host or 'this machine'}"


def _code(exc: DBAPIError) -> str:
    """The driver's error name (SQLite: SQLITE_FULL...) or SQLSTATE (PostgreSQL: 53100...)."""
    orig = exc.orig
    return str(getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None) or "")


def storage_error(exc: DBAPIError, url: URL, consequence: str = NOT_SAVED) -> StorageError:
    """Translate a driver error into a ``StorageError`` that says what happened, its ``consequence``
    ("the last action was not saved") and what to do."""
    code = _code(exc)
    place = where(url)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if code.startswith("SQLITE_FULL") or code in ("53100", "53200"):
        return StorageError(f"The disk is full: {consequence}. Free some space on the disk that holds {place}, then try again.")
    if code.startswith("SQLITE_READONLY") or code in ("25006", "42501"):
        return StorageError(
            f"The database is read-only: {consequence}. MeetingDesk may not write to {place}; "
            "check its permissions, or open a copy that can be written."
        )
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or code in ("55P03", "40P01"):
        return StorageError(
            f"The database is busy: another program kept {place} locked; {consequence}. Try again in a moment."
        )
    if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or code == "58030":
        return StorageError(
            f"The disk could not be read or written ({detail}): {consequence}. "
            f"Check that the disk that holds {place} is still connected."
        )
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StorageError(f"The database file {place} is damaged ({detail}): {consequence}.")
    if code.startswith(("08", "57P")) or exc.connection_invalidated:
        return StorageError(f"The database server cannot be reached ({detail}): {consequence}. Check the network.")
    return StorageError(f"The database refused the action ({detail}): {consequence}.")


class CommandRefused(Exception):
    """A command that does not make sense now; ``reason`` says why in plain words. Nothing was written."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class JournalDamaged(ValueError):
    """An event of the journal cannot be read; ``str()`` names the sitting's event and what is wrong."""

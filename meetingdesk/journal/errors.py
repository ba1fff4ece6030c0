"""What a journal command can raise instead of doing what was asked, in plain words.

``CommandRefused``: the command makes no sense now (nobody is speaking). ``StorageError``:
the database could not save it (a full disk, a read-only, busy or unreachable database);
``SittingHeldElsewhere``: another console holds the sitting. Either way nothing was written,
and ``reason`` says what happened and what to do.
"""

from __future__ import annotations

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from meetingdesk.i18n import N_, Explained, Message, Word

NOT_SAVED = Word(N_("the last action was not saved"))
NOT_OPENED = Word(N_("the sitting cannot be opened"))


class StorageError(Explained):
    """The database could not do what was asked; nothing was written. ``reason``: plain words."""


class SittingHeldElsewhere(StorageError):
    """Another console (``holder``: machine and process) writes the same sitting's journal."""

    def __init__(self, reason: str, holder: str, /, **args):
        super().__init__(reason, **args)
        self.holder = holder


def where(url: URL) -> str | Word | Message:
    """The database as a user knows it: the file, or the server and database name."""
    if url.get_backend_name() == "sqlite":
        return url.database or Word(N_("the in-memory database"))
    return Message("database {name} on {host}", name=url.database, host=url.host or Word(N_("this machine")))


def _code(exc: DBAPIError) -> str:
    """The driver's error name (SQLite: SQLITE_FULL...) or SQLSTATE (PostgreSQL: 53100...)."""
    orig = exc.orig
    return str(getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None) or "")


def storage_error(exc: DBAPIError, url: URL, consequence: str | Word = NOT_SAVED) -> StorageError:
    """Translate a driver error into a ``StorageError`` that says what happened, its ``consequence``
    ("the last action was not saved") and what to do."""
    code = _code(exc)
    place = where(url)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if code.startswith("SQLITE_FULL") or code in ("53100", "53200"):
        return StorageError("The disk is full: {consequence}. Free some space on the disk that holds {place}, then try again.", consequence=consequence, place=place)
    if code.startswith("SQLITE_READONLY") or code in ("25006", "42501"):
        return StorageError(
            "The database is read-only: {consequence}. MeetingDesk may not write to {place}; check its permissions, or open a copy that can be written.", consequence=consequence, place=place
        )
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or code in ("55P03", "40P01"):
        return StorageError(
            "The database is busy: another program kept {place} locked; {consequence}. Try again in a moment.", place=place, consequence=consequence
        )
    if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or code == "58030":
        return StorageError(
            "The disk could not be read or written ({detail}): {consequence}. Check that the disk that holds {place} is still connected.", detail=detail, consequence=consequence, place=place
        )
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StorageError("The database file {place} is damaged ({detail}): {consequence}.", place=place, detail=detail, consequence=consequence)
    if code.startswith(("08", "57P")) or exc.connection_invalidated:
        return StorageError("The database server cannot be reached ({detail}): {consequence}. Check the network.", detail=detail, consequence=consequence)
    return StorageError("The database refused the action ({detail}): {consequence}.", detail=detail, consequence=consequence)


class CommandRefused(Explained):
    """A command that does not make sense now; ``reason`` says why in plain words. Nothing was written."""


class JournalDamaged(ValueError):
    """An event of the journal cannot be read; ``str()`` names the sitting's event and what is wrong."""

"""A follower that folds nothing, for a window that rebuilds what it shows from the whole record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .changes import Change
from .rows import last_seq, reading
from .tables import journal_event, record_event


class Tail:
    """A follower that folds nothing: it notices that one of a sitting's journals (``"live"`` or
    ``"record"``) has grown, and calls ``grown()``. A window that rebuilds what it shows from the whole
    record (the secretariat's review) follows a sitting this way."""

    def __init__(self, store: Any, sitting_id: int, journal: str, grown: Callable[[], None]):
        self.engine = store.engine
        self.sitting_id = sitting_id
        self.journal = journal
        self.table = journal_event if journal == "live" else record_event
        self.grown = grown
        self.last_seq = self._read()

    def _read(self) -> int:
        with self.engine.connect() as conn, reading(conn):
            return last_seq(conn, self.table, self.sitting_id)

    def catch_up(self) -> Change | None:
        """Look at the journal's last seq; ``grown()`` when it is past the one seen. A database that
        cannot be reached raises ``StorageError`` (the watch then says the link is down)."""
        seq = self._read()
        if seq > self.last_seq:
            self.last_seq = seq
            self.grown()
        return None

"""Protected identities in exports: one place that decides what a report may name.

A participant marked ``protected`` appears in a report by their label ("Survivor leader", or
"Survivor leader A" and "B" when two share a group) unless the secretariat clears them for that
export. The ``Redactor`` acts while the report's ``Record`` is assembled: people the record knows
are put in by label (``hides``, ``labels``), and then every string the record holds — free text of
the rapporteur, descriptions, titles, journal payloads — is scrubbed of every form of a hidden name
(``meetingdesk.programme.identities``). Every export renders that record only.

Free text can never be fully trusted, so the record also carries the hidden names themselves
(``Record.withheld``, never exported) for the last scan of what an export actually wrote
(``scan.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from meetingdesk.programme.identities import Named, ProtectedNames

T = TypeVar("T")


@dataclass
class Redactor:
    names: ProtectedNames

    @classmethod
    def for_participants(cls, participants: Iterable[Named], clear: Iterable[str] = ()) -> Redactor:
        """``participants`` in programme order (the labels' letters follow it)."""
        return cls(ProtectedNames.of(participants, clear))

    @property
    def labels(self) -> dict[str, str]:
        """Protected key -> label, for those not cleared."""
        return self.names.labels

    def hides(self, key: str | None) -> bool:
        return self.names.hides(key)

    def label(self, key: str | None) -> str | None:
        """The label shown for a hidden participant; None for anyone shown by name."""
        return self.names.labels.get(key) if key is not None else None

    def scrub(self, value: T) -> T:
        """``value`` (a record, a row, a journal payload) with every string in it redacted, keys too.

        Dataclasses are changed in place (frozen ones copied); nothing is changed when nothing is
        hidden.
        """
        if not self.names:
            return value
        return self._scrub(value)

    def _scrub(self, value: Any) -> Any:
        kind: type = type(value)
        if kind is str:
            return self.names.redact(value)
        if kind in _LEAVES:
            return value
        if kind is dict:
            return {self._scrub(k): self._scrub(v) for k, v in value.items()}
        if kind in (list, tuple, set, frozenset):
            return kind(self._scrub(v) for v in value)
        names, frozen = _fields(kind)
        if not names:
            return value
        changes = {}
        for name in names:
            old = getattr(value, name)
            new = self._scrub(old)
            if new is not old:
                changes[name] = new
        if changes and frozen:
            return dataclasses.replace(value, **changes)
        for name, new in changes.items():
            setattr(value, name, new)
        return value


_LEAVES = frozenset({type(None), bool, int, float, dt.datetime, dt.date, dt.time, dt.timedelta})


@functools.cache
def _fields(kind: type) -> tuple[tuple[str, ...], bool]:
    """The field names of a dataclass and whether it is frozen; () for any other type."""
    if not dataclasses.is_dataclass(kind):
        return (), False
    return tuple(f.name for f in dataclasses.fields(kind)), kind.__dataclass_params__.frozen  # type: ignore[attr-defined]  # not in typeshed

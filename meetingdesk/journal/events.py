"""Typed events: one frozen dataclass per kind of event, stored as its kind string and a JSON payload.

A journal's events are declared once, each with the kind string it is stored under (so databases
written before the types existed read unchanged) and what it touches on screen::

    @LIVE.event("speaker_called", touches=Touched.SPEAKER | Touched.QUEUE)
    @dataclass(frozen=True, slots=True)
    class SpeakerCalled(EventData):
        entry_id: int

``Kinds.parse`` turns a stored (kind, payload) into its dataclass, or into ``Unreadable`` saying
why not (a kind this version does not know, a field missing); a fold then dispatches on the
event's type through a ``Handlers`` registry of small apply functions.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, fields, is_dataclass
from typing import Any, ClassVar, Generic, TypeVar

from .changes import Touched


class Absent(enum.Enum):
    """A field left out of the payload (an edit that leaves it unchanged, an option not taken)."""

    ABSENT = 0

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = Absent.ABSENT


def plain(value: Any) -> Any:
    """A value as JSON holds it: nested events and records by their payload, tuples as lists."""
    to_payload = getattr(value, "to_payload", None)
    if to_payload is not None:
        return to_payload()
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value


class Unfit(ValueError):
    """A payload that does not make the event its kind says (``str()``: why, in plain words)."""


class EventData:
    """The body of a journal event. Subclasses are frozen dataclasses, registered with ``Kinds.event``.

    ``decode`` maps a field to a function turning its JSON value into the field's type (nested
    records, tuples); fields not named there are taken as they are.
    """

    __slots__ = ()
    kind: ClassVar[str]
    touches: ClassVar[Touched]
    decode: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}
    _required: ClassVar[tuple[str, ...]]
    _names: ClassVar[tuple[str, ...]]

    def to_payload(self) -> dict[str, Any]:
        out = {}
        for name in self._names:
            value = getattr(self, name)
            if value is not ABSENT:
                out[name] = plain(value)
        return out

    @classmethod
    def from_payload(cls, payload: Any):
        if not isinstance(payload, Mapping):
            raise Unfit("its content is not a set of fields")
        for name in cls._required:
            if name not in payload:
                raise Unfit(f"it has no {name!r}")
        decode = cls.decode
        values = {}
        for name in cls._names:
            if name in payload:
                value = payload[name]
                values[name] = decode[name](value) if name in decode else value
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A stored event that does not parse: its kind and payload as stored, and why."""

    kind: str
    payload: Any
    why: str

    def to_payload(self) -> Any:
        return self.payload


E = TypeVar("E", bound=type[EventData])


class Kinds:
    """The event types of one journal, by the kind string each is stored under."""

    def __init__(self, journal: str):
        self.journal = journal
        self.types: dict[str, type[EventData]] = {}

    def event(self, kind: str, touches: Touched = Touched(0)) -> Callable[[E], E]:
        def register(cls: E) -> E:
            if kind in self.types:
                raise ValueError(f"{self.journal} event kind {kind!r} declared twice")
            if not is_dataclass(cls):
                raise TypeError(f"{cls.__name__} is no dataclass: @dataclass goes under @event")
            names = tuple(f.name for f in fields(cls))
            required = tuple(
                f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING
            )
            cls.kind, cls.touches, cls._names, cls._required = kind, touches, names, required
            self.types[kind] = cls
            return cls

        return register

    def parse(self, kind: str, payload: Any) -> EventData | Unreadable:
        cls = self.types.get(kind)
        if cls is None:
            return Unreadable(kind, payload, f"\u201c{kind}\u201d is not an action this version of MeetingDesk knows")
        try:
            return cls.from_payload(payload)
        except (TypeError, ValueError, KeyError) as e:
            return Unreadable(kind, payload, f"its content does not make a \u201c{kind}\u201d event ({e})")


S = TypeVar("S")


class Handlers(Generic[S]):
    """A fold's small apply functions, one per event type: ``@handlers.on(SpeakerCalled)``."""

    def __init__(self) -> None:
        self.by_type: dict[type, Callable[..., None]] = {}

    def on(self, *types: type) -> Callable[[Callable[..., None]], Callable[..., None]]:
        def register(fn: Callable[..., None]) -> Callable[..., None]:
            for t in types:
                self.by_type[t] = fn
            return fn

        return register

    def __getitem__(self, t: type) -> Callable[..., None]:
        return self.by_type[t]

    def missing(self, kinds: Kinds) -> set[str]:
        """Kinds with no apply function (a test keeps this empty)."""
        return {k for k, t in kinds.types.items() if t not in self.by_type}

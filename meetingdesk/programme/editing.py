"""Editing a programme: a draft changed by typed operations, each checked at once.

    draft = Draft.new()                                  # an empty meeting
    draft = Draft.from_agenda(text, "invitation.txt")    # the agenda importer's draft; draft.unread
    outcome = draft.enter(segment, "start", "2:20 pm")   # a value as a person types it
    outcome = draft.set(slot, "minutes", (180, 300))     # a value as the programme holds it
    slot = draft.add(segment, "slots", participant=p).created
    draft.move(slot, 0); draft.remove(slot)
    draft.undo(); draft.redo()
    outcome.validation.problems                          # every problem, as `meetingdesk check` finds them

The draft holds a ``Meeting`` graph that no session owns: a new one, the importer's, or one
loaded from the database (``meetingdesk.store.drafts`` loads and saves, in one transaction).
Fields are named by the programme file's keys (``docs/programme-format.md``), so a problem's
field path (``sittings[0].segments[1].start``) names the very field an edit changes.

Every operation is a list of ``Step``s (assign an attribute, insert, remove or move a row);
listeners hear of each step before and after it is applied (a Qt model wraps them in
``beginInsertRows``/``endInsertRows``), then of the whole ``Outcome`` with the new problems.
Undo applies the inverse steps; nothing is copied.

A sitting that has been opened keeps the programme it ran on: the live engine runs on a
snapshot read at opening, and its journal is replayed on the programme whenever the sitting
is opened again or reported on. So every part of it is refused, while it runs and after (the
console adds, moves and skips speakers and segments of a running sitting, as journal events);
so is what it read from the meeting (time zone, languages, default time limit, booths) and the
people it gave or could give the floor to. ``Held`` says which sittings; ``refusal`` says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, Flag, StrEnum, auto
from typing import Any

from meetingdesk import i18n
from meetingdesk.i18n import N_, Explained, Later, Message, Word

from . import entry
from .agenda_import import slug
from .entry import EntryError
from .enums import Gender, Level, MeetingFormat, Modality, Role, SegmentKind, StakeholderGroup
from .model import AgendaItem, Base, Booth, Meeting, Participant, Segment, Sitting, SpeakerSlot, StandingItem
from .problems import Problem
from .schema import ATTRIBUTE, to_data
from .validation import Validation, validate


class EditRefused(Explained):
    """An edit that cannot be made; ``str()`` says why in plain words (``message.render()`` in the
    chosen language). Nothing was changed."""


# --------------------------------------------------------------------------- the fields


class Kind(Enum):
    TEXT = auto()
    LONG_TEXT = auto()
    TEXTS = auto()  # several texts: organisers, guiding questions
    CHOICE = auto()
    FLAG = auto()
    TIME = auto()
    DATE = auto()
    DATETIME = auto()
    MINUTES = auto()  # a duration, held in seconds
    ALLOTMENT = auto()  # a fixed time or a range, held as (least, most) seconds
    COUNT = auto()
    ZONE = auto()
    ZONES = auto()
    LANGUAGE = auto()
    LANGUAGES = auto()
    PARTICIPANT = auto()  # a reference to one of the meeting's participants
    ITEM = auto()  # a reference to one of the meeting's agenda items


@dataclass(frozen=True)
class Field:
    key: str  # the programme file's key
    label: str
    kind: Kind = Kind.TEXT
    choices: type[StrEnum] | None = None
    required: bool = False

    @property
    def options(self) -> type[StrEnum]:
        """The choices of a ``Kind.CHOICE`` field."""
        if self.choices is None:
            raise TypeError(f"{self.key} is not a field of choices")
        return self.choices


# Per table, in the order the editor shows them; the same keys as schema's *_FIELDS.
FIELDS: dict[type, tuple[Field, ...]] = {
    Meeting: (
        Field("title", N_("Title"), required=True),
        Field("subtitle", N_("Subtitle")),
        Field("format", N_("Format"), Kind.CHOICE, MeetingFormat, True),
        Field("venue", N_("Venue")),
        Field("room", N_("Room")),
        Field("platform", N_("Online platform")),
        Field("webcast", N_("Webcast")),
        Field("time_zone", N_("Home time zone"), Kind.ZONE, required=True),
        Field("display_zones", N_("Also show times in"), Kind.ZONES),
        Field("languages", N_("Languages of the floor"), Kind.LANGUAGES, required=True),
        Field("pivot_language", N_("Relay pivot"), Kind.LANGUAGE),
        Field("registration_deadline", N_("Registration deadline"), Kind.DATE),
        Field("intervention_minutes", N_("Time limit of an intervention"), Kind.MINUTES),
        Field("organisers", N_("Organisers"), Kind.TEXTS),
        Field("co_sponsors", N_("Co-sponsors"), Kind.TEXTS),
        Field("contact", N_("Contact")),
        Field("description", N_("Description"), Kind.LONG_TEXT),
        Field("source", N_("Source"), Kind.LONG_TEXT),
    ),
    Booth: (
        Field("into", N_("Into"), Kind.LANGUAGE, required=True),
        Field("from", N_("From"), Kind.LANGUAGES, required=True),
        Field("interpreters", N_("Interpreters"), Kind.COUNT),
    ),
    Participant: (
        Field("id", N_("Id"), required=True),
        Field("title", N_("Honorific")),
        Field("name", N_("Name"), required=True),
        Field("position", N_("Position")),
        Field("affiliation", N_("Affiliation")),
        Field("delegation", N_("Delegation")),
        Field("group", N_("Group"), Kind.CHOICE, StakeholderGroup),
        Field("level", N_("Level"), Kind.CHOICE, Level),
        Field("modality", N_("Modality"), Kind.CHOICE, Modality, True),
        Field("language", N_("Language"), Kind.LANGUAGE),
        Field("gender", N_("Gender"), Kind.CHOICE, Gender),
        Field("protected", N_("Protected identity"), Kind.FLAG),
        Field("notes", N_("Notes")),
    ),
    AgendaItem: (
        Field("number", N_("Number"), required=True),
        Field("title", N_("Title"), required=True),
        Field("parent", N_("Inside item"), Kind.ITEM),
        Field("description", N_("Description"), Kind.LONG_TEXT),
    ),
    Sitting: (
        Field("title", N_("Title")),
        Field("date", N_("Date"), Kind.DATE, required=True),
        Field("start", N_("Start"), Kind.TIME, required=True),
        Field("end", N_("End"), Kind.TIME),
        Field("room", N_("Room")),
    ),
    Segment: (
        Field("title", N_("Title"), required=True),
        Field("kind", N_("Kind"), Kind.CHOICE, SegmentKind, True),
        Field("start", N_("Start"), Kind.TIME),
        Field("end", N_("End"), Kind.TIME),
        Field("minutes", N_("Duration"), Kind.MINUTES),
        Field("item", N_("Agenda item"), Kind.ITEM),
        Field("time_permitting", N_("Time permitting"), Kind.FLAG),
        Field("description", N_("Description"), Kind.LONG_TEXT),
    ),
    SpeakerSlot: (
        Field("participant", N_("Speaker"), Kind.PARTICIPANT, required=True),
        Field("role", N_("Role"), Kind.CHOICE, Role, True),
        Field("minutes", N_("Time allotted"), Kind.ALLOTMENT),
        Field("registered", N_("Registered"), Kind.DATETIME),
        Field("text_received", N_("Text received"), Kind.FLAG),
        Field("note", N_("Note")),
        Field("text", N_("Speech text"), Kind.LONG_TEXT),
    ),
    StandingItem: (
        Field("id", N_("Id"), required=True),
        Field("title", N_("Title"), required=True),
        Field("questions", N_("Guiding questions"), Kind.TEXTS),
    ),
}

# Each table's name in a field path, and the rows each table holds.
TABLE = {
    Meeting: "meeting",
    Booth: "booths",
    Participant: "participants",
    AgendaItem: "items",
    Sitting: "sittings",
    Segment: "segments",
    SpeakerSlot: "slots",
    StandingItem: "standing_items",
}
ROWS: dict[str, type[Base]] = {name: cls for cls, name in TABLE.items() if cls is not Meeting}
COLLECTIONS: dict[type, tuple[str, ...]] = {
    Meeting: ("booths", "participants", "items", "sittings"),
    Sitting: ("segments",),
    Segment: ("slots", "standing_items"),
}
_OWNER = {Booth: "meeting", Participant: "meeting", AgendaItem: "meeting", Sitting: "meeting",
          Segment: "sitting", SpeakerSlot: "segment", StandingItem: "segment"}  # fmt: skip

# What a new row holds before anyone types into it.
_DEFAULTS: dict[type, dict[str, Any]] = {
    Booth: {"interpreters": 2, "sources": [], "assumed": []},
    Participant: {"key": "", "name": "", "modality": Modality.IN_PERSON.value, "protected": False, "assumed": []},
    AgendaItem: {"number": "", "title": "", "assumed": []},
    Sitting: {"assumed": []},
    Segment: {"title": "", "kind": SegmentKind.OTHER.value, "time_permitting": False, "assumed": []},
    SpeakerSlot: {"role": Role.SPEAKER.value, "text_received": False, "assumed": []},
    StandingItem: {"key": "", "title": "", "questions": [], "assumed": []},
}


def field_of(obj: Any, key: str) -> Field:
    try:
        return next(f for f in FIELDS[type(obj)] if f.key == key)
    except (KeyError, StopIteration):
        raise KeyError(f"{type(obj).__name__} has no field {key!r}") from None


def _attributes(obj: Any, key: str) -> tuple[str, ...]:
    """The model attributes that hold a field (an allotment is two)."""
    if key == "minutes":
        return ("min_seconds", "max_seconds") if isinstance(obj, SpeakerSlot) else ("planned_seconds",)
    if key == "intervention_minutes":
        return ("intervention_seconds",)
    return (ATTRIBUTE.get(key, key),)


def value_of(obj: Any, key: str) -> Any:
    """A field's value as the programme holds it: an allotment as (least, most) seconds."""
    attributes = _attributes(obj, key)
    if len(attributes) == 2:
        low, high = (getattr(obj, a) for a in attributes)
        return None if low is None and high is None else (low, high)
    return getattr(obj, attributes[0])


def show(obj: Any, key: str) -> str:
    """A field as the editor shows it, and as ``Draft.enter`` reads it back."""
    spec = field_of(obj, key)
    value = value_of(obj, key)
    k = spec.kind
    if value is None:
        return ""
    if k is Kind.CHOICE:
        return entry.show_choice(value, spec.options)
    if k is Kind.FLAG:
        return "yes" if value else "no"
    if k is Kind.TIME:
        return entry.show_time(value)
    if k is Kind.DATE:
        return entry.show_date(value)
    if k is Kind.DATETIME:
        return entry.show_datetime(value)
    if k is Kind.MINUTES:
        return entry.show_seconds(value)
    if k is Kind.ALLOTMENT:
        return entry.show_allotment(value)
    if k in (Kind.ZONES, Kind.LANGUAGES):
        return entry.show_list(value)
    if k is Kind.TEXTS:
        return entry.show_texts(value)
    if k is Kind.PARTICIPANT:
        return value.display_name
    if k is Kind.ITEM:
        return value.number
    return str(value)


_READERS: dict[Kind, Callable[[str], Any]] = {
    Kind.FLAG: entry.read_flag,
    Kind.TIME: entry.read_time,
    Kind.DATE: entry.read_date,
    Kind.DATETIME: entry.read_datetime,
    Kind.MINUTES: entry.read_seconds,
    Kind.ALLOTMENT: entry.read_allotment,
    Kind.COUNT: entry.read_count,
    Kind.ZONE: entry.read_zone,
    Kind.ZONES: entry.read_zones,
    Kind.LANGUAGE: entry.read_language,
    Kind.LANGUAGES: entry.read_languages,
    Kind.TEXTS: entry.read_texts,
}


# --------------------------------------------------------------------------- steps and outcomes


class Part(Flag):
    """Which tables an edit touched, so a screen repaints only what it shows."""

    MEETING = auto()
    BOOTHS = auto()
    PARTICIPANTS = auto()
    ITEMS = auto()
    SITTINGS = auto()
    SEGMENTS = auto()
    SLOTS = auto()
    STANDING_ITEMS = auto()


_PART = {cls: Part[name.upper()] for cls, name in TABLE.items()}


@dataclass(frozen=True, eq=False)
class Assign:
    """Set one attribute of one object."""

    obj: Any
    attribute: str
    old: Any
    new: Any

    def apply(self) -> None:
        setattr(self.obj, self.attribute, self.new)

    def inverse(self) -> Assign:
        return Assign(self.obj, self.attribute, self.new, self.old)

    @property
    def part(self) -> Part:
        return _PART[type(self.obj)]


@dataclass(frozen=True, eq=False)
class Insert:
    """Put ``obj`` at ``index`` of ``owner``'s rows ``collection``."""

    owner: Any
    collection: str
    index: int
    obj: Any

    def apply(self) -> None:
        getattr(self.owner, self.collection).insert(self.index, self.obj)

    def inverse(self) -> Remove:
        return Remove(self.owner, self.collection, self.index, self.obj)

    @property
    def part(self) -> Part:
        return _PART[ROWS[self.collection]]


@dataclass(frozen=True, eq=False)
class Remove:
    """Take the row at ``index`` (``obj``) out of ``owner``'s ``collection``."""

    owner: Any
    collection: str
    index: int
    obj: Any

    def apply(self) -> None:
        del getattr(self.owner, self.collection)[self.index]

    def inverse(self) -> Insert:
        return Insert(self.owner, self.collection, self.index, self.obj)

    @property
    def part(self) -> Part:
        return _PART[ROWS[self.collection]]


@dataclass(frozen=True, eq=False)
class Move:
    """Move the row at ``source`` so that it ends up at ``target``."""

    owner: Any
    collection: str
    source: int
    target: int

    def apply(self) -> None:
        rows = getattr(self.owner, self.collection)
        rows.insert(self.target, rows.pop(self.source))

    def inverse(self) -> Move:
        return Move(self.owner, self.collection, self.target, self.source)

    @property
    def part(self) -> Part:
        return _PART[ROWS[self.collection]]


Step = Assign | Insert | Remove | Move


@dataclass(frozen=True)
class Edit:
    label: str  # "Change the start of “Setting the scene”"
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Outcome:
    """What an operation (or an undo, a redo) changed, and the problems of the programme after it."""

    label: str
    steps: tuple[Step, ...]
    validation: Validation
    created: Any = None  # the new row of ``Draft.add``

    @property
    def parts(self) -> Part:
        parts = Part(0)
        for step in self.steps:
            parts |= step.part
        return parts

    @property
    def rows_changed(self) -> bool:
        """Rows were inserted, removed or moved (not only values changed)."""
        return any(not isinstance(step, Assign) for step in self.steps)


class Listener:
    """What a draft tells those who listen (``Draft.listen``); each overrides what it needs."""

    def before(self, step: Step) -> None:
        """``step`` is about to be applied (a model begins inserting, removing or moving rows)."""

    def after(self, step: Step) -> None:
        """``step`` has been applied."""

    def checked(self, outcome: Outcome) -> None:
        """An operation, undo or redo is complete and checked: ``outcome`` says what changed."""


# --------------------------------------------------------------------------- held sittings


@dataclass(frozen=True)
class Held:
    """The sittings of a meeting that have been opened (``running`` while not yet closed), and the
    participants their journals name (the keys of people who were given or asked for the floor)."""

    sittings: Mapping[int, bool] = field(default_factory=dict)  # sitting id -> still running
    participant_keys: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.sittings)


# What a live sitting reads from the meeting itself (``meetingdesk.live.snapshot``).
HELD_MEETING_KEYS = ("time_zone", "languages", "pivot_language", "intervention_minutes")
_FREE_WHEN_HELD = {"notes"}  # a participant's notes are the secretariat's own


def sitting_of(obj: Any) -> Sitting | None:
    while obj is not None and not isinstance(obj, Sitting):
        owner = _OWNER.get(type(obj))
        obj = getattr(obj, owner) if owner and owner != "meeting" else None
    return obj


def _capital(text: str) -> Later:
    """A phrase that begins a sentence ("The sitting of …")."""
    return Later(i18n.capital, text)


def _day(day: dt.date) -> Later:
    return Later(i18n.date, day, "long")


def sitting_label(sitting: Sitting) -> Message:
    """ "the sitting of 10 July 2024 (Morning)"."""
    title = sitting.title
    if sitting.date and title:
        return Message("the sitting of {date} ({title})", date=_day(sitting.date), title=title)
    if sitting.date:
        return Message("the sitting of {date}", date=_day(sitting.date))
    return Message("the sitting ({title})", title=title) if title else Message("the sitting")


def held_parts(meeting: Meeting, held: Held) -> dict[str, Any]:
    """Everything the held sittings ran on, as plain data: equal before and after an edit that
    leaves them alone. A save compares it with the database's, in case a sitting was opened while
    the draft was being edited."""
    if not held:
        return {}
    data = to_data(meeting)
    parts: dict[str, Any] = {
        "meeting": {key: data["meeting"].get(key) for key in HELD_MEETING_KEYS},
        "booths": data.get("booths", []),
    }
    for i, sitting in enumerate(meeting.sittings):
        if sitting.id in held.sittings:
            parts[f"sitting {sitting.id}"] = data["sittings"][i]
    people = _held_people(meeting, held)
    for i, p in enumerate(meeting.participants):
        if id(p) in people and p.id is not None:
            parts[f"participant {p.id}"] = {k: v for k, v in data["participants"][i].items() if k not in _FREE_WHEN_HELD}
    return parts


def _held_people(meeting: Meeting, held: Held) -> set[int]:
    people = {id(p) for p in meeting.participants if p.key in held.participant_keys}
    for sitting in meeting.sittings:
        if sitting.id in held.sittings:
            people |= {id(slot.participant) for segment in sitting.segments for slot in segment.slots}
    return people


# --------------------------------------------------------------------------- the draft


# a row not yet named, in an edit's label and a refusal
_NEW = {Participant: N_("the new participant"), SpeakerSlot: N_("the new slot"), Booth: N_("the new booth"),
        AgendaItem: N_("the new agenda item"), Sitting: N_("the new sitting"), Segment: N_("the new segment"),
        StandingItem: N_("the new standing item")}  # fmt: skip


def _row_name(obj: Any) -> str:
    """How a row is named in an edit's label and a refusal: “Setting the scene”, Ms. Ghada Waly."""
    if isinstance(obj, Meeting):
        return Message("the meeting")
    if isinstance(obj, Participant) and obj.display_name:
        return obj.display_name
    if isinstance(obj, SpeakerSlot) and obj.participant:
        return Message("the slot of {name}", name=obj.participant.display_name)
    if isinstance(obj, Sitting):
        return sitting_label(obj)
    if isinstance(obj, Booth) and obj.into:
        return Message("the booth into {language}", language=obj.into)
    title = getattr(obj, "title", None)
    return Message("“{title}”", title=title) if title and not isinstance(obj, Participant) else Message(_NEW[type(obj)])


# a row of a table and the rows themselves, where a field is ("Sitting 1 › Segment 2 › Speakers")
_NOUN = {"booths": N_("Booth"), "participants": N_("Participant"), "items": N_("Agenda item"), "sittings": N_("Sitting"),
         "segments": N_("Segment"), "slots": N_("Speaker"), "standing_items": N_("Standing item")}  # fmt: skip
_NOUNS = {"booths": N_("booths"), "participants": N_("participants"), "items": N_("agenda items"), "sittings": N_("sittings"),
          "segments": N_("segments"), "slots": N_("speakers"), "standing_items": N_("standing items")}  # fmt: skip


def _detail(obj: Any) -> str:
    """What tells a row from its neighbours: (Ms. Ghada Waly), (14 March 2025), “Setting the scene”."""
    if isinstance(obj, Participant):
        return f"({obj.display_name})" if obj.name else ""
    if isinstance(obj, SpeakerSlot):
        return f"({obj.participant.display_name})" if obj.participant is not None else ""
    if isinstance(obj, Sitting):
        return Message("({date})", date=_day(obj.date)) if obj.date else ""
    if isinstance(obj, Booth):
        return Message("(into {language})", language=obj.into) if obj.into else ""
    return Message("“{title}”", title=obj.title) if getattr(obj, "title", None) else ""


def _assignments(obj: Any, key: str, value: Any) -> list[tuple[str, Any]]:
    """(attribute, value) pairs that hold a field's value: an allotment is two."""
    attributes = _attributes(obj, key)
    if len(attributes) == 2:
        return list(zip(attributes, value if value is not None else (None, None), strict=True))
    return [(attributes[0], value)]


def _unique(base: str, taken: set[str]) -> str:
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


class Draft:
    """A programme being edited (see the module's docstring)."""

    def __init__(
        self,
        meeting: Meeting,
        held: Held | None = None,
        unread: Sequence[Any] = (),
        source_text: str | None = None,
    ) -> None:
        self.meeting = meeting
        self.held = held or Held()
        self.unread = list(unread)  # the agenda importer's UnreadLine's
        self.source_text = source_text  # the pasted agenda the draft was read from
        self._done: list[Edit] = []
        self._undone: list[Edit] = []
        self._saved: Edit | None = None  # the last edit in effect when the draft was saved
        self.stored_as: str | None = None  # what the database held when it was loaded or saved (the store's fingerprint)
        self._group: list[Step] | None = None
        self._listeners: list[Listener] = []
        self.validation = validate(meeting)

    # ------------------------------------------------------------------ making one

    @classmethod
    def new(cls) -> Draft:
        """An empty meeting: what it still needs is in its problems."""
        meeting = Meeting(
            title="",
            format=MeetingFormat.IN_PERSON.value,
            time_zone="",
            organisers=[],
            co_sponsors=[],
            display_zones=[],
            languages=[],
            assumed=[],
        )
        return cls(meeting)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], **kwargs: Any) -> Draft:
        """A draft of a programme's plain data (as ``tomllib`` reads a file). Values that cannot be
        read are left empty, and the problems say so."""
        meeting = validate(data).meeting
        if meeting is None:
            raise EditRefused(Message("a programme is a table of keys and values"))
        return cls(meeting, **kwargs)

    @classmethod
    def from_agenda(cls, text: str, source: str, today: dt.date | None = None) -> Draft:
        """The draft the agenda importer reads from a pasted agenda; ``unread`` lists every line it
        could not place."""
        import tomllib

        from .agenda_import import import_agenda

        imported = import_agenda(text, source, today)
        return cls.from_data(tomllib.loads(imported.toml), unread=imported.unread, source_text=text)

    # ------------------------------------------------------------------ reading

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id

    @property
    def modified(self) -> bool:
        """Changed since it was loaded or last saved."""
        return (self._done[-1] if self._done else None) is not self._saved

    def rows(self, owner: Any, collection: str) -> list[Any]:
        return getattr(owner, collection)

    def place(self, obj: Any) -> tuple[Any, str, int]:
        """(owner, collection, index) of a row."""
        owner = getattr(obj, _OWNER[type(obj)])
        collection = TABLE[type(obj)]
        rows = getattr(owner, collection) if owner is not None else []
        for i, row in enumerate(rows):
            if row is obj:
                return owner, collection, i
        raise LookupError(f"{_row_name(obj)} is not in the programme")

    def path(self, obj: Any) -> str:
        """The field path of a table: "sittings[0].segments[1]", the same a problem names."""
        if isinstance(obj, Meeting):
            return "meeting"
        owner, collection, i = self.place(obj)
        here = f"{collection}[{i}]"
        return here if isinstance(owner, Meeting) else f"{self.path(owner)}.{here}"

    def problems(self, obj: Any, key: str | None = None) -> list[Problem]:
        """The problems of one field, or (without ``key``) those of the row itself that no field of
        it holds: a segment with no time, too many speakers for it."""
        path = self.path(obj)
        if key is not None:
            field = key if isinstance(obj, Meeting) and key in COLLECTIONS[Meeting] else f"{path}.{key}"
            return [p for p in self.validation.problems if p.field == field]
        keys = {f.key for f in FIELDS[type(obj)]}
        own = []
        for p in self.validation.problems:
            if p.field == path:
                own.append(p)
            elif p.field and p.field.startswith(path + "."):
                rest = p.field[len(path) + 1 :]
                if rest in COLLECTIONS.get(type(obj), ()) or (rest not in keys and "[" not in rest and "." not in rest):
                    own.append(p)
        return own

    def target(self, problem: Problem) -> tuple[Any, str | None]:
        """The row a problem is about and its field key (or the name of the rows it is about,
        "slots"), following the problem's path as far as the draft has it."""
        obj: Any = self.meeting
        if not problem.field:
            return obj, None
        steps = problem.field.split(".")
        for n, step in enumerate(steps):
            name, _, index = step.partition("[")
            if n == 0 and name == "meeting":
                continue
            if index:
                rows = getattr(obj, name, None)
                i = int(index.rstrip("]"))
                if not isinstance(rows, list) or i >= len(rows):
                    return obj, None
                obj = rows[i]
            else:
                return obj, name
        return obj, None

    def describe(self, obj: Any, key: str | None = None) -> str:
        """Where a field is, in words: "Sitting 1 (14 March 2025) › Segment 2 “Actions taken” › Start"."""
        where: str
        if isinstance(obj, Meeting):
            where = Message("Meeting")
        else:
            owner, collection, i = self.place(obj)
            detail = _detail(obj)
            row = Word(_NOUN[collection])
            where = (Message("{row} {number} {detail}", row=row, number=i + 1, detail=detail) if detail
                     else Message("{row} {number}", row=row, number=i + 1))
            if not isinstance(owner, Meeting):
                where = Message("{outer} › {inner}", outer=self.describe(owner), inner=where)
        if key:
            label = next((f.label for f in FIELDS[type(obj)] if f.key == key), _NOUNS.get(key, key))
            where = Message("{outer} › {inner}", outer=where, inner=Word(label))
        return where

    def refusal(self, obj: Any, key: str | None = None) -> str | None:
        """Why ``obj`` (its field ``key``, or its rows ``key``; without a key: the row itself, to
        remove or move it) cannot be changed (a ``Message``); None when it can."""
        if not self.held:
            return None
        sitting = sitting_of(obj)
        if sitting is not None and sitting.id in self.held.sittings:
            what = _row_name(obj) if obj is not sitting else Message("its programme")
            if self.held.sittings[sitting.id]:
                return Message("{sitting} is running now, on the programme it was opened with: {what} cannot change here. "
                               "Add, move or skip speakers and segments from the console.",
                               sitting=_capital(sitting_label(sitting)), what=what)
            return Message("{sitting} has been held: a sitting keeps the programme it ran on, so {what} cannot change.",
                           sitting=_capital(sitting_label(sitting)), what=what)
        first = self._first_held()
        if isinstance(obj, Meeting) and key in HELD_MEETING_KEYS:
            return Message("The {field} cannot change: {sitting} ran on it, and keeps it.",
                           field=Later(i18n.lower, Word(field_of(obj, key).label)), sitting=sitting_label(first))
        if isinstance(obj, Booth) or (isinstance(obj, Meeting) and key == "booths"):
            return Message("The interpretation plan cannot change: {sitting} ran on it, and keeps it.", sitting=sitting_label(first))
        if isinstance(obj, Participant) and key not in _FREE_WHEN_HELD and id(obj) in _held_people(self.meeting, self.held):
            return Message("{name} was on the list of {sitting}, which has been opened: "
                           "the record keeps them as they were (only the notes can change).",
                           name=obj.display_name, sitting=sitting_label(first))
        if isinstance(obj, AgendaItem) and key is None:
            for s in self.meeting.sittings:
                if s.id in self.held.sittings and any(g.item is obj for g in s.segments):
                    return Message("Agenda item {number} is on the programme of {sitting}, which has been opened.",
                                   number=obj.number, sitting=sitting_label(s))
        return None

    def _first_held(self) -> Sitting:
        return next(s for s in self.meeting.sittings if s.id in self.held.sittings)

    def read(self, obj: Any, key: str, text: str) -> Any:
        """The value of a field from text as a person types it; ``EntryError`` says what is wrong."""
        spec = field_of(obj, key)
        text = text.strip()
        if spec.kind is Kind.PARTICIPANT:
            return self._participant(text)
        if spec.kind is Kind.ITEM:
            return self._item(text)
        if spec.kind is Kind.CHOICE:
            if not text and not spec.required:
                return None
            return entry.read_choice(text, spec.options, Later(i18n.lower, Word(spec.label)))
        if spec.kind in (Kind.TEXT, Kind.LONG_TEXT):
            return text if text or spec.required else None
        if not text and spec.kind not in (Kind.FLAG,):
            return [] if spec.kind in (Kind.ZONES, Kind.LANGUAGES, Kind.TEXTS) else None
        return _READERS[spec.kind](text)

    def _participant(self, text: str) -> Participant | None:
        if not text:
            return None
        folded = text.casefold()
        for p in self.meeting.participants:
            if folded in (p.key.casefold(), p.name.casefold(), p.display_name.casefold()):
                return p
        raise EntryError(Message('nobody called "{text}" is among the participants; add them under Participants first', text=text))

    def _item(self, text: str) -> AgendaItem | None:
        if not text:
            return None
        number = text.split()[0].rstrip(".")
        item = next((i for i in self.meeting.items if i.number.casefold() in (text.casefold(), number.casefold())), None)
        if item is None:
            raise EntryError(Message('no agenda item is numbered "{text}"; add it under Agenda items first', text=text))
        return item

    # ------------------------------------------------------------------ operations

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def enter(self, obj: Any, key: str, text: str) -> Outcome:
        """Set a field from text as a person types it ("2:20 pm", "3-5", "English, French")."""
        return self.set(obj, key, self.read(obj, key, text))

    def set(self, obj: Any, key: str, value: Any) -> Outcome:
        """Set one field to a value as the programme holds it (a time, seconds, a participant)."""
        spec = field_of(obj, key)
        if why := self.refusal(obj, key):
            raise EditRefused(why)
        steps: list[Step] = [Assign(obj, a, getattr(obj, a), v) for a, v in _assignments(obj, key, value) if getattr(obj, a) != v]
        if not steps:
            return Outcome("", (), self.validation)
        if key in (obj.assumed or []):  # typed by a person: no longer an assumption
            steps.append(Assign(obj, "assumed", obj.assumed, [a for a in obj.assumed if a != key]))
        if isinstance(obj, (Participant, StandingItem)) and key in ("name", "title") and not obj.key and value:
            steps.append(Assign(obj, "key", obj.key, self._new_key(obj, value, self.place(obj)[0])))
        return self._run(Message("Change {field} of {row}", field=Later(i18n.lower, Word(spec.label)), row=_row_name(obj)), steps)

    def _new_key(self, obj: Any, name: str, owner: Any) -> str:
        """An id from a name, unique among the participants (or the segment's standing items)."""
        rows = owner.participants if isinstance(obj, Participant) else owner.standing_items
        return _unique(slug(name), {row.key for row in rows})

    def add(self, owner: Any, collection: str, index: int | None = None, **values: Any) -> Outcome:
        """A new row in ``owner``'s ``collection`` (at the end, or at ``index``), with field values by key;
        ``outcome.created`` is the row."""
        if collection not in COLLECTIONS.get(type(owner), ()):
            raise KeyError(f"{type(owner).__name__} holds no {collection!r}")
        if why := self.refusal(owner, collection):
            raise EditRefused(why)
        cls = ROWS[collection]
        obj = cls(**_DEFAULTS[cls])
        for key, value in values.items():
            field_of(obj, key)
            for attribute, v in _assignments(obj, key, value):
                setattr(obj, attribute, v)
        name = obj.name if isinstance(obj, Participant) else getattr(obj, "title", None)
        if isinstance(obj, (Participant, StandingItem)) and not obj.key and name:
            obj.key = self._new_key(obj, name, owner)
        rows = getattr(owner, collection)
        index = len(rows) if index is None else max(0, min(index, len(rows)))
        outcome = self._run(Message("Add {row}", row=_row_name(obj)), [Insert(owner, collection, index, obj)])
        return Outcome(outcome.label, outcome.steps, outcome.validation, obj)

    def remove(self, obj: Any) -> Outcome:
        if why := self.refusal(obj):
            raise EditRefused(why)
        owner, collection, i = self.place(obj)
        return self._run(Message("Remove {row}", row=_row_name(obj)), [Remove(owner, collection, i, obj)])

    def move(self, obj: Any, index: int) -> Outcome:
        """Move a row so that it ends up at ``index`` among its siblings."""
        if why := self.refusal(obj):
            raise EditRefused(why)
        owner, collection, i = self.place(obj)
        target = max(0, min(index, len(getattr(owner, collection)) - 1))
        if target == i:
            return Outcome("", (), self.validation)
        return self._run(Message("Move {row}", row=_row_name(obj)), [Move(owner, collection, i, target)])

    @contextmanager
    def group(self, label: str) -> Iterator[list[Outcome]]:
        """Make several operations one edit (one undo): an import, a row and its first values.
        If any of them fails, every one is taken back. The list it gives holds the outcome after."""
        if self._group is not None:
            raise RuntimeError("edits are already being grouped")
        self._group = []
        result: list[Outcome] = []
        try:
            yield result
        except BaseException:
            steps, self._group = self._group, None
            for step in reversed(steps):
                self._apply(step.inverse())
            if steps:
                self._checked("", tuple(steps))
            raise
        steps, self._group = self._group, None
        if steps:
            self._record(Edit(label, tuple(steps)))
        result.append(self._checked(label, tuple(steps)))

    # ------------------------------------------------------------------ undo and redo

    @property
    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def undo(self) -> Outcome | None:
        if not self._done:
            return None
        edit = self._done.pop()
        steps = tuple(step.inverse() for step in reversed(edit.steps))
        for step in steps:
            self._apply(step)
        self._undone.append(edit)
        return self._checked(Message("Undo {edit}", edit=Later(_uncapital, edit.label)), steps)

    def redo(self) -> Outcome | None:
        if not self._undone:
            return None
        edit = self._undone.pop()
        for step in edit.steps:
            self._apply(step)
        self._done.append(edit)
        return self._checked(Message("Redo {edit}", edit=Later(_uncapital, edit.label)), edit.steps)

    # ------------------------------------------------------------------ saving (``meetingdesk.store.drafts``)

    def number_positions(self) -> None:
        """Each row's ``position`` is its place in its table, as the database orders them."""
        for obj in objects(self.meeting):
            for collection in COLLECTIONS.get(type(obj), ()):
                for i, row in enumerate(getattr(obj, collection)):
                    row.position = i

    def objects(self) -> Iterator[Any]:
        return objects(self.meeting)

    def saved(self, held: Held) -> None:
        """The draft is what the database now holds; ``held`` as the save found it."""
        self._saved = self._done[-1] if self._done else None
        self.held = held

    # ------------------------------------------------------------------ the one path

    def _apply(self, step: Step) -> None:
        for listener in list(self._listeners):
            listener.before(step)
        step.apply()
        for listener in list(self._listeners):
            listener.after(step)

    def _run(self, label: str, steps: list[Step]) -> Outcome:
        applied: list[Step] = []
        try:
            for step in steps:
                self._apply(step)
                applied.append(step)
        except BaseException:
            for step in reversed(applied):
                self._apply(step.inverse())
            raise
        if self._group is not None:
            self._group.extend(steps)
            return Outcome(label, tuple(steps), self.validation)
        self._record(Edit(label, tuple(steps)))
        return self._checked(label, tuple(steps))

    def _record(self, edit: Edit) -> None:
        self._done.append(edit)
        self._undone.clear()

    def _checked(self, label: str, steps: tuple[Step, ...]) -> Outcome:
        self.validation = validate(self.meeting)
        outcome = Outcome(label, steps, self.validation)
        for listener in list(self._listeners):
            listener.checked(outcome)
        return outcome


def _uncapital(label: str, code: str | None = None) -> str:
    """An edit's label inside a sentence ("Undo change title of …")."""
    text = i18n.render(label, code)
    return text[:1].lower() + text[1:]


def objects(obj: Any) -> Iterator[Any]:
    """A meeting (or a row) and every row it holds, each before its own rows, in a fixed order."""
    yield obj
    for collection in COLLECTIONS.get(type(obj), ()):
        for row in getattr(obj, collection):
            yield from objects(row)


__all__ = [
    "COLLECTIONS",
    "FIELDS",
    "Assign",
    "Draft",
    "Edit",
    "EditRefused",
    "EntryError",
    "Field",
    "Held",
    "Insert",
    "Kind",
    "Listener",
    "Move",
    "Outcome",
    "Part",
    "Remove",
    "Step",
    "field_of",
    "held_parts",
    "objects",
    "show",
    "sitting_label",
    "value_of",
]

"""The draft programme an agenda reads into, and the TOML it is written as.

``agenda_import`` fills a ``DraftProgramme`` line by line and settles its times; ``render`` writes it
in the programme format (``docs/programme-format.md``) with a comment for every value chosen here,
every line of the source not read, and the source line of every table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from meetingdesk.i18n import Joined, Later, Message, ngettext

from .agenda_text import Minutes
from .languages import language_name
from .zones import zone_abbreviation


@dataclass(frozen=True)
class UnreadLine:
    line: int  # 1-based line number in the pasted text
    text: str  # the text of that line (or of the piece of it) that was not read
    reason: str = ""


@dataclass
class Person:
    id: str
    name: str
    line: int
    title: str | None = None
    position: str | None = None
    affiliation: str | None = None
    modality: str | None = None
    gender: str | None = None


@dataclass
class Slot:
    participant: str
    line: int
    role: str = "speaker"
    minutes: Minutes | None = None
    note: str | None = None


@dataclass
class Standing:
    id: str
    title: str
    line: int
    questions: list[str] = field(default_factory=list)


@dataclass
class Segment:
    title: str
    kind: str
    line: int
    item: str | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    minutes: float | None = None
    time_permitting: bool = False
    description: list[str] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    standing: list[Standing] = field(default_factory=list)
    standing_ids: set[str] = field(default_factory=set)
    assumed: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    # how the text gave the times, for settling them
    start_loose: bool = False  # "1:30" on a 12-hour clock without "p.m."
    end_loose: bool = False

    def assume(self, key: str) -> None:
        if key not in self.assumed:
            self.assumed.append(key)

    @property
    def has_content(self) -> bool:
        return bool(self.slots or self.description or self.standing)


@dataclass
class Sitting:
    start: dt.time | None
    end: dt.time | None
    line: int
    date: dt.date | None = None
    title: str | None = None
    segments: list[Segment] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)


@dataclass
class Item:
    number: str
    title: str
    line: int
    comments: list[str] = field(default_factory=list)


@dataclass
class Head:
    """What the head of an invitation says about the meeting as a whole."""

    title: str | None = None
    subtitle: str | None = None
    organisers: list[str] = field(default_factory=list)
    co_sponsors: list[str] = field(default_factory=list)
    venue: str | None = None
    room: str | None = None
    place: str | None = None  # a city named in the date line ("Santiago, Thursday, 5 June 2025")
    format: str | None = None
    format_line: int | None = None
    platform: str | None = None
    webcast: str | None = None
    zone: str | None = None
    zone_comment: str | None = None
    zone_abbr: str | None = None
    zone_assumed: bool = False
    display_zones: list[str] = field(default_factory=list)
    zone_notes: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    languages_note: str | None = None
    intervention_minutes: float | None = None
    intervention_line: int | None = None
    description: list[str] = field(default_factory=list)


@dataclass
class DraftProgramme:
    source: str
    today: dt.date
    language: str = "en"  # the language the text is written in
    head: Head = field(default_factory=Head)
    date: dt.date | None = None  # the meeting's (first) date
    people: dict[str, Person] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    sittings: list[Sitting] = field(default_factory=list)  # settled: each holds its segments
    unread: list[UnreadLine] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


# --- writing it out ------------------------------------------------------------------------------


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, dt.time):
        return f'"{value:%H:%M}"'
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007F")


def comment(text: str) -> str:
    """A one-line TOML comment; control characters (not allowed in TOML) are shown as \\xNN."""
    visible = re.sub(r"[\x00-\x08\x0a-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", " ".join(text.split()))
    return "# " + visible


# what a summary counts, in the reader's language
_COUNTED: dict[str, Callable[[int, str | None], str]] = {
    "items": lambda n, code: ngettext("{count} agenda item", "{count} agenda items", n, code),
    "segments": lambda n, code: ngettext("{count} segment", "{count} segments", n, code),
    "speakers": lambda n, code: ngettext("{count} speaker", "{count} speakers", n, code),
    "standing": lambda n, code: ngettext("{count} standing item", "{count} standing items", n, code),
    "unread": lambda n, code: ngettext("{count} line not read", "{count} lines not read", n, code),
}


def _count(what: str, n: int, code: str | None = None) -> str:
    return _COUNTED[what](n, code).format(count=n)


def summary(draft: DraftProgramme) -> str:
    """ "4 segments, 9 speakers, 1 line not read": English text that renders in any language."""
    segments = [s for sitting in draft.sittings for s in sitting.segments]
    standing = sum(len(s.standing) for s in segments)
    parts: list[object] = [Later(_count, what, n) for what, n in (
        ("items", len(draft.items)), ("segments", len(segments)), ("speakers", len(draft.people)),
        ("standing", standing), ("unread", len(draft.unread))) if n or what in ("segments", "speakers")]
    if not draft.unread:
        parts.append(Message("every line read"))
    return Joined(parts, ", ")


def render(draft: DraftProgramme) -> str:
    head = draft.head
    out: list[str] = [
        comment(f"Draft programme read from {draft.source} by `meetingdesk import-agenda`."),
        "# Check every value; fields listed in `assumed` were not in the text and were chosen here.",
    ]
    if draft.unread:
        out.append(f"# {len(draft.unread)} line(s) of the source were not read: search for NOT READ below.")
    out += [comment(c) for c in draft.comments]
    out += ["", "format = 1", "", "[meeting]"]
    assumed: list[str] = []

    title = head.title
    if title is None:
        title = f"Programme from {draft.source}"
        assumed.append("title")
        out.append("# title: the text has no title")
    out.append(f"title = {toml_value(title)}")
    for key in ("subtitle",):
        if getattr(head, key):
            out.append(f"{key} = {toml_value(getattr(head, key))}")
    for key in ("organisers", "co_sponsors"):
        if getattr(head, key):
            out.append(f"{key} = {toml_value(getattr(head, key))}")
    venue = head.venue
    if head.place and (venue is None or head.place.split(",")[0].lower() not in venue.lower()):
        venue = f"{venue}, {head.place}" if venue else head.place
    if venue:
        out.append(f"venue = {toml_value(venue)}")
    if head.room:
        out.append(f"room = {toml_value(head.room)}")
    fmt = head.format
    if fmt is None:
        online = any(p.modality == "online" for p in draft.people.values())
        fmt = "hybrid" if online else "in_person"
        assumed.append("format")
        out.append(f"# format: the text does not say; {'some speakers are online' if online else 'in person by default'}")
    elif head.format_line is not None:
        out.append(f"# format: as line {head.format_line} says")
    out.append(f"format = {toml_value(fmt)}")
    if head.platform:
        out.append(f"platform = {toml_value(head.platform)}")
    if head.webcast:
        out.append(f"webcast = {toml_value(head.webcast)}")
    zone = head.zone
    if zone is None:
        zone = "UTC"
        assumed.append("time_zone")
        out.append("# time_zone: the text names no zone; set the meeting's home zone")
    else:
        if head.zone_assumed:
            assumed.append("time_zone")
        out.append(comment(f"time_zone: {head.zone_comment}"))
        first = draft.sittings[0] if draft.sittings else None
        if head.zone_abbr and first and first.date and first.start:
            actual = zone_abbreviation(dt.datetime.combine(first.date, first.start, tzinfo=ZoneInfo(zone)))
            if actual != head.zone_abbr and head.zone_abbr != "ET" and not actual.startswith("UTC"):  # "+07": no name to compare
                out.append(comment(f"the source says {head.zone_abbr}, but on {first.date} {zone} is on {actual}"))
    out.append(f"time_zone = {toml_value(zone)}")
    if head.display_zones:
        out += [comment(note) for note in head.zone_notes]
        out.append(f"display_zones = {toml_value(head.display_zones)}")
    if head.languages:
        if head.languages_note:
            out.append(comment(f"languages: {head.languages_note}"))
            assumed.append("languages")
        out.append(f"languages = {toml_value(head.languages)}")
    else:
        out.append(comment(f"languages: the text does not say which languages are spoken; it is written in {language_name(draft.language)}"))
        out.append(f"languages = {toml_value([draft.language])}")
        assumed.append("languages")
    if head.intervention_minutes is not None:
        if head.intervention_line is not None:
            out.append(f"# intervention_minutes: as line {head.intervention_line} says")
        out.append(f"intervention_minutes = {toml_value(head.intervention_minutes)}")
    if head.description:
        out.append(f"description = {toml_value(chr(10).join(head.description))}")
    out.append(f"source = {toml_value(draft.source)}")
    out.append(f"assumed = {toml_value(assumed)}")

    for person in draft.people.values():
        out += ["", "[[participants]]", f"# line {person.line}", f"id = {toml_value(person.id)}", f"name = {toml_value(person.name)}"]
        for key in ("title", "position", "affiliation", "modality", "gender"):
            if getattr(person, key):
                out.append(f"{key} = {toml_value(getattr(person, key))}")

    for item in draft.items:
        out += ["", "[[items]]", f"# line {item.line}", *(comment(c) for c in item.comments)]
        out += [f"number = {toml_value(item.number)}", f"title = {toml_value(item.title)}"]

    for sitting in draft.sittings:
        out += ["", "[[sittings]]"]
        out += [comment(c) for c in sitting.comments]
        if sitting.title:
            out.append(f"title = {toml_value(sitting.title)}")
        out.append(f"date = {toml_value(sitting.date or draft.today)}")
        out.append(f"start = {toml_value(sitting.start)}")
        if sitting.end is not None:
            out.append(f"end = {toml_value(sitting.end)}")
        sitting_assumed = list(sitting.assumed) + (["date"] if sitting.date is None else [])
        if sitting_assumed:
            out.append(f"assumed = {toml_value(sitting_assumed)}")
        for segment in sitting.segments:
            out += _segment(segment)
    return "\n".join(out) + "\n"


def _segment(segment: Segment) -> list[str]:
    out = ["", "[[sittings.segments]]", f"# line {segment.line}"]
    out += [comment(c) for c in segment.comments]
    out.append(f"title = {toml_value(segment.title)}")
    if segment.kind == "other" and "kind" in segment.assumed:
        out.append("# kind: the title does not say what kind of segment this is")
    out.append(f"kind = {toml_value(segment.kind)}")
    if segment.item:
        out.append(f"item = {toml_value(segment.item)}")
    if segment.start is not None:
        out.append(f"start = {toml_value(segment.start)}")
    if segment.end is not None:
        out.append(f"end = {toml_value(segment.end)}")
    if segment.minutes is not None and segment.end is None:
        out.append(f"minutes = {toml_value(segment.minutes)}")
    if segment.time_permitting:
        out.append("time_permitting = true")
    if segment.description:
        out.append(f"description = {toml_value(chr(10).join(segment.description))}")
    if segment.assumed:
        out.append(f"assumed = {toml_value(segment.assumed)}")
    for slot in segment.slots:
        out += ["", "[[sittings.segments.slots]]", f"# line {slot.line}", f"participant = {toml_value(slot.participant)}"]
        out.append(f"role = {toml_value(slot.role)}")
        if slot.minutes is not None:
            out.append(f"minutes = {toml_value(slot.minutes)}")
        if slot.note:
            out.append(f"note = {toml_value(slot.note)}")
    for standing in segment.standing:
        out += ["", "[[sittings.segments.standing_items]]", f"# line {standing.line}"]
        out += [f"id = {toml_value(standing.id)}", f"title = {toml_value(standing.title)}"]
        if standing.questions:
            out.append("questions = [")
            out += [f"  {toml_value(q)}," for q in standing.questions]
            out.append("]")
    return out

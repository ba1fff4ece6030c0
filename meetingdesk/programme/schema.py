"""The programme format as data: its keys, what each value must be, and the meeting it makes.

A programme is plain data (tables of keys and values, as ``tomllib`` reads a
``*.toml`` file; see ``docs/programme-format.md``). ``build_meeting`` turns it
into a transient ORM graph (a ``Meeting`` attached to no session) and lists
every problem of its shape; ``to_data`` turns a meeting back into the same
plain data, from the same key tables, so what is written is what is read.
Text (TOML syntax, encodings, line numbers) is ``meetingdesk.programme.files``;
the checks of content are ``meetingdesk.programme.checks``; both meet in
``meetingdesk.programme.validation``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from meetingdesk.i18n import N_, Explained, Message, Word

from .enums import Gender, Level, MeetingFormat, Modality, Role, SegmentKind, StakeholderGroup
from .model import AgendaItem, Booth, Meeting, Participant, Segment, Sitting, SpeakerSlot, StandingItem
from .problems import Problem, Severity, SourceMap, join_path

FORMAT_VERSION = 1
MAX_MINUTES = 24 * 60  # no segment, allotment or time limit is longer than a day
YEARS = range(1900, 3000)  # dates outside are typing mistakes (and would overflow date arithmetic)

# --------------------------------------------------------------------------- reading values

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?$")


class _Bad(Explained):
    """A value that cannot be used; the message says why in plain words."""


def _show(value: Any) -> str:
    """A value as the file writes it; a table or a list by what it is ("a table")."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return Message("a table")
    if isinstance(value, list):
        return Message("a list")
    return str(value)


def _did_you_mean(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1)
    return Message(' (did you mean "{value}"?)', value=close[0]) if close else ""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(Message("must be text in quotes, not {value}", value=_show(value)))
    return value


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad(Message('must be a list of texts, e.g. ["a", "b"], not {value}', value=_show(value)))
    return list(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Bad(Message("must be true or false, not {value}", value=_show(value)))
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise _Bad(Message("must be a whole number from 1 to 1000, not {value}", value=_show(value)))
    return value


def _minutes_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _Bad(Message("must be a number of minutes, e.g. 5 or 2.5, not {value}", value=_show(value)))
    if value <= 0:
        raise _Bad(Message("must be more than 0 minutes, not {value}", value=_show(value)))
    if value > MAX_MINUTES:
        raise _Bad(Message("must be at most {most} minutes (a day), not {value}", most=MAX_MINUTES, value=_show(value)))
    return value


def _seconds(value: Any) -> int:
    # kept to the second: a fraction that rounds to no second at all would be stored as 0
    seconds = round(_minutes_number(value) * 60)
    if seconds < 1:
        raise _Bad(Message("must be at least a second (0.0167 minutes), not {value}", value=_show(value)))
    return seconds


def _allotment(value: Any) -> tuple[int, int]:
    if isinstance(value, list):
        if len(value) != 2:
            raise _Bad(Message("a range of minutes has two numbers, [least, most], e.g. [3, 5]; not {count}", count=len(value)))
        low, high = (_seconds(v) for v in value)
        if low > high:
            raise _Bad(Message("the range [{least}, {most}] runs backwards; write [least, most]",
                               least=_show(value[0]), most=_show(value[1])))
        return low, high
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Bad(Message("must be a number of minutes, e.g. 5 or 2.5, or a range such as [3, 5], not {value}",
                           value=_show(value)))
    seconds = _seconds(value)
    return seconds, seconds


_TIME_HINT = Word(N_('write it as "HH:MM" on a 24-hour clock, e.g. "14:30"'))


def _time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if not isinstance(value, str):
        raise _Bad(Message("must be a time in quotes; {hint}; not {value}", hint=_TIME_HINT, value=_show(value)))
    m = _TIME.match(value.strip())
    if not m:
        raise _Bad(Message("{value} is not a time; {hint}", value=_show(value), hint=_TIME_HINT))
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _Bad(Message('{value} is not a time of day (midnight is "00:00"); {hint}', value=_show(value), hint=_TIME_HINT)
                   if hour == 24 else Message("{value} is not a time of day; {hint}", value=_show(value), hint=_TIME_HINT))
    return dt.time(hour, minute, second)


def _date(value: Any) -> dt.date:
    day: dt.date | None = None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value
    elif isinstance(value, str) and _DATE.match(value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise _Bad(Message("{value} is not a date in the calendar", value=_show(value))) from None
    if day is None:
        raise _Bad(Message("must be a date such as 2025-03-14, not {value}", value=_show(value)))
    if day.year not in YEARS:
        raise _Bad(Message("{date} is not a plausible date (the year must be from {first} to {last})",
                           date=day.isoformat(), first=YEARS.start, last=YEARS.stop - 1))
    return day


def _datetime(value: Any) -> dt.datetime:
    if isinstance(value, str) and _DATETIME.match(value.strip()):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise _Bad(Message("{value} is not a date and time in the calendar", value=_show(value))) from None
    if not isinstance(value, dt.datetime):
        raise _Bad(Message("must be a local date and time such as 2024-07-12T10:30:00, not {value}", value=_show(value)))
    if value.tzinfo is not None:
        raise _Bad(Message("give the local time without a zone offset: times are in the meeting's home time zone"))
    return value


def _choice(values: list[str], what: str) -> Callable[[Any], str]:
    """``what``: the vocabulary's name, marked with ``N_`` ("stakeholder group")."""

    def read(value: Any) -> str:
        if isinstance(value, str) and value in values:
            return value
        if not isinstance(value, str):
            raise _Bad(Message("must be one of {values}, not {value}", values=", ".join(values), value=_show(value)))
        hint = _did_you_mean(value.lower().replace(" ", "_").replace("-", "_"), values)
        raise _Bad(Message("{value} is not a {what}{hint}; use one of: {values}", value=_show(value), what=Word(what),
                           hint=hint, values=", ".join(values)))

    return read


@dataclass(frozen=True)
class _Field:
    read: Callable[[Any], Any]
    required: bool = False


_OPT_TEXT = _Field(_text)
_REQ_TEXT = _Field(_text, required=True)
_ASSUMED = _Field(_texts)

MEETING_FIELDS: dict[str, _Field] = {
    "title": _REQ_TEXT,
    "subtitle": _OPT_TEXT,
    "organisers": _Field(_texts),
    "co_sponsors": _Field(_texts),
    "venue": _OPT_TEXT,
    "room": _OPT_TEXT,
    "format": _Field(_choice(MeetingFormat.values(), N_("meeting format")), required=True),
    "platform": _OPT_TEXT,
    "webcast": _OPT_TEXT,
    "contact": _OPT_TEXT,
    "time_zone": _REQ_TEXT,
    "display_zones": _Field(_texts),
    "languages": _Field(_texts, required=True),
    "pivot_language": _OPT_TEXT,
    "registration_deadline": _Field(_date),
    "intervention_minutes": _Field(_seconds),
    "description": _OPT_TEXT,
    "source": _OPT_TEXT,
    "assumed": _ASSUMED,
}
BOOTH_FIELDS = {
    "into": _REQ_TEXT,
    "from": _Field(_texts, required=True),
    "interpreters": _Field(_count),
    "assumed": _ASSUMED,
}
PARTICIPANT_FIELDS = {
    "id": _REQ_TEXT,
    "name": _REQ_TEXT,
    "title": _OPT_TEXT,
    "position": _OPT_TEXT,
    "affiliation": _OPT_TEXT,
    "group": _Field(_choice(StakeholderGroup.values(), N_("stakeholder group"))),
    "delegation": _OPT_TEXT,
    "level": _Field(_choice(Level.values(), N_("level"))),
    "modality": _Field(_choice(Modality.values(), N_("modality"))),
    "language": _OPT_TEXT,
    "gender": _Field(_choice(Gender.values(), N_("gender"))),
    "protected": _Field(_boolean),
    "notes": _OPT_TEXT,
    "assumed": _ASSUMED,
}
ITEM_FIELDS = {
    "number": _REQ_TEXT,
    "title": _REQ_TEXT,
    "parent": _OPT_TEXT,
    "description": _OPT_TEXT,
    "assumed": _ASSUMED,
}
SITTING_FIELDS = {
    "title": _OPT_TEXT,
    "date": _Field(_date, required=True),
    "start": _Field(_time, required=True),
    "end": _Field(_time),
    "room": _OPT_TEXT,
    "assumed": _ASSUMED,
}
SEGMENT_FIELDS = {
    "title": _REQ_TEXT,
    "kind": _Field(_choice(SegmentKind.values(), N_("segment kind")), required=True),
    "item": _OPT_TEXT,
    "start": _Field(_time),
    "end": _Field(_time),
    "minutes": _Field(_seconds),
    "time_permitting": _Field(_boolean),
    "description": _OPT_TEXT,
    "assumed": _ASSUMED,
}
SLOT_FIELDS = {
    "participant": _REQ_TEXT,
    "role": _Field(_choice(Role.values(), N_("role"))),
    "minutes": _Field(_allotment),
    "registered": _Field(_datetime),
    "text_received": _Field(_boolean),
    "text": _OPT_TEXT,
    "note": _OPT_TEXT,
    "assumed": _ASSUMED,
}
STANDING_ITEM_FIELDS = {
    "id": _REQ_TEXT,
    "title": _REQ_TEXT,
    "questions": _Field(_texts),
    "assumed": _ASSUMED,
}
TOP_LEVEL = ("format", "meeting", "booths", "participants", "items", "sittings")


class _Reader:
    def __init__(self, smap: SourceMap):
        self.smap = smap
        self.problems: list[Problem] = []

    def report(self, path: str, message: Message, severity: Severity = "error") -> None:
        self.problems.append(Problem(severity, message, path or None, self.smap.file, self.smap.line_of(path)))

    def table(self, data: Any, path: str, fields: dict[str, _Field], extra: tuple[str, ...] = ()) -> dict[str, Any]:
        """The valid values of a table, by key; every problem is reported, nothing raised."""
        if not isinstance(data, dict):
            self.report(path, Message("must be a table of keys and values, not {value}", value=_show(data)))
            return {}
        values: dict[str, Any] = {}
        for key, value in data.items():
            where = join_path(path, key)
            if key in extra:
                continue
            spec = fields.get(key)
            if spec is None:
                known = [*fields, *extra]
                hint = _did_you_mean(key, known) or Message("; the keys here are: {keys}", keys=", ".join(known))
                self.report(where, Message('unknown key "{key}"{hint}', key=key, hint=hint))
                continue
            try:
                result = spec.read(value)
            except _Bad as e:
                self.report(where, e.message)
                continue
            if spec.required and isinstance(result, str) and not result.strip():
                self.report(where, Message("must not be empty"))
                continue
            if isinstance(result, str) and not result.strip():
                result = None  # an empty optional text is the same as none
            values[key] = result
        for key, spec in fields.items():
            if spec.required and key not in data:
                self.report(join_path(path, key), Message('"{key}" is required but missing', key=key))
        for name in values.get("assumed") or []:
            if name not in fields and name not in extra:
                self.report(join_path(path, "assumed"), Message('"{name}" is not a key of this table', name=name), "warning")
        return values

    def fits(self, obj: Any, path: str) -> Any:
        """Report texts longer than their database column holds (PostgreSQL would refuse them)."""
        for column in obj.__table__.columns:
            limit = getattr(column.type, "length", None)
            value = getattr(obj, column.key, None)
            if limit and isinstance(value, str) and len(value) > limit:
                name = {"key": "id", "position_title": "position"}.get(column.key, column.key)
                self.report(join_path(path, name), Message("is {length} characters long; at most {limit} fit",
                                                           length=len(value), limit=limit))
        return obj

    def tables(self, data: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """The elements of an array of tables, with their paths."""
        where = join_path(path, key)
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(where, Message("must be a list of tables: write each one under a [[{key}]] header", key=key))
            return []
        return [(f"{where}[{i}]", element) for i, element in enumerate(value)]


def build_meeting(data: Mapping[str, Any], smap: SourceMap | None = None) -> tuple[Meeting, list[Problem]]:
    """A transient meeting from the plain data of a programme (as ``tomllib`` reads a file), and every
    problem of its shape: wrong types, missing or unknown keys, bad times, references to participants
    or agenda items that do not exist. Never stops at the first problem; a value that fails its check
    is left unset."""
    r = _Reader(smap or SourceMap())

    for key in data:
        if key not in TOP_LEVEL:
            hint = _did_you_mean(key, list(TOP_LEVEL)) or Message("; the top level has: {keys}", keys=", ".join(TOP_LEVEL))
            r.report(key, Message('unknown key "{key}"{hint}', key=key, hint=hint))
    version = data.get("format")
    if "format" not in data:
        r.report("format", Message("the file must start with format = {version}", version=FORMAT_VERSION))
    elif isinstance(version, bool) or version != FORMAT_VERSION:
        r.report("format", Message("this file says format = {value}; MeetingDesk reads format = {version}",
                                   value=_show(version), version=FORMAT_VERSION))

    if "meeting" not in data:
        r.report("meeting", Message("the [meeting] table is missing"))
    m = r.table(data["meeting"], "meeting", MEETING_FIELDS) if "meeting" in data else {}
    if m.get("languages") == []:
        r.report("meeting.languages", Message('must list at least one language, e.g. ["en"]'))
    meeting = Meeting(
        title=m.get("title", ""),
        subtitle=m.get("subtitle"),
        organisers=m.get("organisers", []),
        co_sponsors=m.get("co_sponsors", []),
        venue=m.get("venue"),
        room=m.get("room"),
        format=m.get("format", MeetingFormat.IN_PERSON.value),
        platform=m.get("platform"),
        webcast=m.get("webcast"),
        contact=m.get("contact"),
        time_zone=m.get("time_zone", ""),
        display_zones=m.get("display_zones", []),
        languages=m.get("languages", []),
        pivot_language=m.get("pivot_language"),
        registration_deadline=m.get("registration_deadline"),
        intervention_seconds=m.get("intervention_minutes"),
        description=m.get("description"),
        source=m.get("source"),
        assumed=m.get("assumed", []),
    )
    r.fits(meeting, "meeting")

    for i, (path, element) in enumerate(r.tables(data, "booths", "")):
        b = r.table(element, path, BOOTH_FIELDS)
        booth = Booth(
            position=i,
            into=b.get("into", ""),
            sources=b.get("from", []),
            interpreters=b.get("interpreters", 2),
            assumed=b.get("assumed", []),
        )
        meeting.booths.append(r.fits(booth, path))

    for i, (path, element) in enumerate(r.tables(data, "participants", "")):
        p = r.table(element, path, PARTICIPANT_FIELDS)
        participant = Participant(
            position=i,
            key=p.get("id", ""),
            name=p.get("name", ""),
            title=p.get("title"),
            position_title=p.get("position"),
            affiliation=p.get("affiliation"),
            group=p.get("group"),
            delegation=p.get("delegation"),
            level=p.get("level"),
            modality=p.get("modality", Modality.IN_PERSON.value),
            language=p.get("language"),
            gender=p.get("gender"),
            protected=p.get("protected", False),
            notes=p.get("notes"),
            assumed=p.get("assumed", []),
        )
        meeting.participants.append(r.fits(participant, path))
    participant_keys = sorted({p.key for p in meeting.participants if p.key})

    items: dict[str, AgendaItem] = {}
    parents: list[tuple[AgendaItem, str, str]] = []
    for i, (path, element) in enumerate(r.tables(data, "items", "")):
        it = r.table(element, path, ITEM_FIELDS)
        item = AgendaItem(
            position=i,
            number=it.get("number", ""),
            title=it.get("title", ""),
            description=it.get("description"),
            assumed=it.get("assumed", []),
        )
        meeting.items.append(r.fits(item, path))
        if item.number in items:
            r.report(join_path(path, "number"), Message('the agenda item number "{number}" is used twice', number=item.number))
        elif item.number:
            items[item.number] = item
        if it.get("parent"):
            parents.append((item, it["parent"], join_path(path, "parent")))
    for item, number, where in parents:
        parent = items.get(number)
        if parent is None:
            r.report(where, Message('no agenda item is numbered "{number}"{hint}', number=number,
                                    hint=_did_you_mean(number, list(items))))
            continue
        ancestor: AgendaItem | None = parent
        while ancestor is not None and ancestor is not item:
            ancestor = ancestor.parent
        if ancestor is item:
            r.report(where, Message('item "{number}" cannot be inside "{parent}": that would put it inside itself',
                                    number=item.number, parent=number))
            continue
        item.parent = parent

    sittings = r.tables(data, "sittings", "")
    if not sittings and data.get("sittings") in (None, []):
        r.report("sittings", Message("a programme needs at least one [[sittings]] table with a date and a start time"))
    for i, (path, element) in enumerate(sittings):
        s = r.table(element, path, SITTING_FIELDS, extra=("segments",))
        sitting = Sitting(
            position=i,
            title=s.get("title"),
            date=s.get("date"),
            start=s.get("start"),
            end=s.get("end"),
            room=s.get("room"),
            assumed=s.get("assumed", []),
        )
        meeting.sittings.append(r.fits(sitting, path))
        if not isinstance(element, dict):
            continue
        for j, (seg_path, seg_element) in enumerate(r.tables(element, "segments", path)):
            g = r.table(seg_element, seg_path, SEGMENT_FIELDS, extra=("slots", "standing_items"))
            segment = Segment(
                position=j,
                title=g.get("title", ""),
                kind=g.get("kind", SegmentKind.OTHER.value),
                start=g.get("start"),
                end=g.get("end"),
                planned_seconds=g.get("minutes"),
                time_permitting=g.get("time_permitting", False),
                description=g.get("description"),
                assumed=g.get("assumed", []),
            )
            if g.get("item"):
                segment.item = items.get(g["item"])
                if segment.item is None:
                    r.report(join_path(seg_path, "item"), Message('no agenda item is numbered "{number}"{hint}',
                                                                  number=g["item"], hint=_did_you_mean(g["item"], list(items))))
            sitting.segments.append(r.fits(segment, seg_path))
            if not isinstance(seg_element, dict):
                continue
            for k, (slot_path, slot_element) in enumerate(r.tables(seg_element, "slots", seg_path)):
                t = r.table(slot_element, slot_path, SLOT_FIELDS)
                low, high = t.get("minutes", (None, None))
                slot = SpeakerSlot(
                    position=k,
                    role=t.get("role", Role.SPEAKER.value),
                    min_seconds=low,
                    max_seconds=high,
                    registered_at=t.get("registered"),
                    # a text in the file is a text the interpreters have
                    text_received=t.get("text_received", "text" in t),
                    speech_text=t.get("text"),
                    note=t.get("note"),
                    assumed=t.get("assumed", []),
                )
                who = t.get("participant")
                if who is not None:
                    if (found := meeting.participant(who)) is not None:
                        slot.participant = found
                    else:
                        r.report(join_path(slot_path, "participant"), Message(
                            'no participant has the id "{key}"{hint}', key=who, hint=_did_you_mean(who, participant_keys)))
                segment.slots.append(r.fits(slot, slot_path))
            for k, (st_path, st_element) in enumerate(r.tables(seg_element, "standing_items", seg_path)):
                si = r.table(st_element, st_path, STANDING_ITEM_FIELDS)
                standing = StandingItem(
                    position=k,
                    key=si.get("id", ""),
                    title=si.get("title", ""),
                    questions=si.get("questions", []),
                    assumed=si.get("assumed", []),
                )
                segment.standing_items.append(r.fits(standing, st_path))
    return meeting, r.problems


# --------------------------------------------------------------------------- writing


def clock(t: dt.time) -> str:
    """``"14:30"``, or ``"14:30:15"`` when there are seconds."""
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def minutes(seconds: int) -> int | float:
    """Seconds as minutes for a programme file: 300 → 5, 150 → 2.5."""
    return seconds // 60 if seconds % 60 == 0 else seconds / 60


def _optional_minutes(seconds: int | None) -> int | float | None:
    return minutes(seconds) if seconds is not None else None


def _allotment_value(low: int | None, high: int | None) -> int | float | list[int | float] | None:
    if low is None or high is None or low == high:
        one = high if high is not None else low
        return None if one is None else minutes(one)
    return [minutes(low), minutes(high)]


# The key of a programme file and the model attribute it is written from, where the two differ.
ATTRIBUTE = {
    "id": "key",
    "position": "position_title",
    "from": "sources",
    "registered": "registered_at",
    "text": "speech_text",
}


def _row(
    obj: Any, fields: dict[str, _Field], computed: dict[str, Any] | None = None, defaults: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The keys of ``fields`` in order, from ``computed`` or the attribute, leaving out what is empty
    or equal to its default; clock times as the file writes them."""
    computed = computed or {}
    defaults = defaults or {}
    row: dict[str, Any] = {}
    for key in fields:
        v = computed[key] if key in computed else getattr(obj, ATTRIBUTE.get(key, key))
        if v is None or v == [] or v == "" or (key in defaults and v == defaults[key]):
            continue
        row[key] = clock(v) if isinstance(v, dt.time) else v
    return row


def _rows(name: str, rows: list[dict[str, Any]], into: dict[str, Any]) -> None:
    if rows:
        into[name] = rows


def to_data(meeting: Meeting) -> dict[str, Any]:
    """The meeting as the plain data of a programme file: ``build_meeting`` of the result gives the
    same meeting back, and ``tomllib`` reads exactly this from the file ``dump_programme`` writes."""
    data: dict[str, Any] = {"format": FORMAT_VERSION}
    data["meeting"] = _row(meeting, MEETING_FIELDS, {"intervention_minutes": _optional_minutes(meeting.intervention_seconds)})
    _rows("booths", [_row(b, BOOTH_FIELDS, defaults={"interpreters": 2}) for b in meeting.booths], data)
    people = {"modality": Modality.IN_PERSON.value, "protected": False}
    _rows("participants", [_row(p, PARTICIPANT_FIELDS, defaults=people) for p in meeting.participants], data)
    items = [
        _row(item, ITEM_FIELDS, {"parent": item.parent.number if item.parent is not None else None})
        for item in meeting.items
    ]
    _rows("items", items, data)
    sittings = []
    for sitting in meeting.sittings:
        row = _row(sitting, SITTING_FIELDS)
        segments = []
        for segment in sitting.segments:
            computed: dict[str, Any] = {
                "item": segment.item.number if segment.item is not None else None,
                "minutes": _optional_minutes(segment.planned_seconds),
            }
            seg = _row(segment, SEGMENT_FIELDS, computed, {"time_permitting": False})
            slots = []
            for slot in segment.slots:
                computed = {
                    "participant": slot.participant.key if slot.participant is not None else None,
                    "minutes": _allotment_value(slot.min_seconds, slot.max_seconds),
                }
                # a text implies it was received
                defaults = {"role": Role.SPEAKER.value, "text_received": bool(slot.speech_text)}
                slots.append(_row(slot, SLOT_FIELDS, computed, defaults))
            _rows("slots", slots, seg)
            _rows("standing_items", [_row(st, STANDING_ITEM_FIELDS) for st in segment.standing_items], seg)
            segments.append(seg)
        _rows("segments", segments, row)
        sittings.append(row)
    _rows("sittings", sittings, data)
    return data

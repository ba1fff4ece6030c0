"""The times of a draft read from an agenda: sittings, segment ends, and the zones.

While the lines are read, ``agenda_import`` collects the times as the text gives them: the hours in
the head, day and sitting headings (``Group``), each segment's clock time, "End" lines, times said
in sentences. ``settle`` then makes them a programme, in this order:

1. the date and the home zone, from the head, the sentences and the places named;
2. a 12-hour clock without "a.m."/"p.m." is read in order: "12:30 Lunch" then "1:30 Panel" is
   13:30 (marked assumed, with a comment);
3. a segment given by its start alone ends where the next one starts, or at the sitting's end
   ("2:30 p.m. End", or the hours in the head), or after the length it gives;
4. segments under a timed heading with lengths of their own ("Followed by Q&A (10 mins)") take
   their place inside the heading's block (marked assumed);
5. sittings: one per day or sitting heading, or the hours of the head, or the span of the segments;
   a break between two sittings is not a segment of either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from . import agenda_words as words
from .agenda_draft import DraftProgramme, Head, Item, Segment, Sitting
from .agenda_lines import city_zone
from .agenda_text import Clock, most_common, phrases
from .zones import ABBREVIATION_ZONES, zone_abbreviation

_PLACE_NAMES = re.compile(phrases((*words.PLACE_ZONES, *words.CITIES)))  # matched in the text in lower case
_PLACE_PREPOSITION = re.compile(rf"{phrases(words.PLACE_PREPOSITIONS)}\s$", re.I)
_DAY = dt.date(2000, 1, 1)
_LONGEST_GAP = 3 * 60  # minutes: a time read in the afternoon comes at most this long after the one before it


@dataclass
class Group:
    """The segments read under one day or sitting heading ("Day 1 – Monday, 3 March 2025",
    "Morning session (10:00 – 13:00)"); the first group, without a heading, holds an agenda that has none."""

    line: int = 0
    heading: str | None = None  # None: no heading
    title: str | None = None
    date: dt.date | None = None
    start: Clock | None = None
    end: Clock | None = None
    segments: list[Segment] = field(default_factory=list)
    end_mark: tuple[Clock, int, str] | None = None  # "2:30 p.m. End": time, line, text
    end_mark_assumed: bool = False  # read in the afternoon ("3:30 End" after "3:00")


@dataclass
class Timing:
    """Times as the text gives them, before they are settled."""

    groups: list[Group] = field(default_factory=lambda: [Group()])
    hours: list[tuple[int, Clock, Clock | None]] = field(default_factory=list)  # the head's: line, start, end
    start_mentions: list[tuple[int, dt.time]] = field(default_factory=list)  # "at 10:15 AM" in running text
    date_mentions: list[tuple[int, dt.date]] = field(default_factory=list)
    zoned_mentions: list[tuple[int, list[tuple[dt.time, str]]]] = field(default_factory=list)  # 13:15 (New York time)/…
    range_claims: list[tuple[int, dt.time, dt.time, str]] = field(default_factory=list)  # "(9:00 – 10:00 EST)"
    _places: list[tuple[str, str]] | None = None
    _hours_seen: set[tuple[dt.time, dt.time | None]] = field(default_factory=set)

    def add_hours(self, line: int, start: Clock, end: Clock | None) -> None:
        key = (start.time, end.time if end else None)
        if key not in self._hours_seen:  # a long paste may repeat its head many times
            self._hours_seen.add(key)
            self.hours.append((line, start, end))

    def places(self, text: str) -> list[tuple[str, str]]:
        """The places the text names that tell its zone, as (name, zone): the buildings first, then
        the cities. Read once: a long paste must not be read again for every line."""
        if self._places is None:
            found: dict[str, str] = {}  # the place as the table has it → as the text writes it
            for m in _PLACE_NAMES.finditer(text.lower()):  # one pass over the whole paste
                name = " ".join(m.group(0).split())
                if name not in found and not _after_a_name(text, m.start()):
                    found[name] = text[m.start():m.end()]
            zones = [(found[hint], city_zone(hint)) for hint in (*words.PLACE_ZONES, *words.CITIES) if hint in found]
            self._places = [(written, zone) for written, zone in zones if zone]
        return self._places

    def resolve_zone(self, head: Head, places: Callable[[], list[tuple[str, str]]], *, abbr: str | None = None, city: str | None = None) -> None:
        if head.zone and not head.zone_assumed:
            return
        if city:
            zone = city_zone(city)
            if zone:
                head.zone, head.zone_assumed = zone, False
                head.zone_comment = f'the source says "{city} time"'
                return
        if abbr and abbr.upper() in ABBREVIATION_ZONES and not head.zone:
            candidates = ABBREVIATION_ZONES[abbr.upper()]
            hinted = [zone for _, zone in places()]
            zone = next((z for z in hinted if z in candidates), candidates[0])
            why = "the place named in the text" if zone in hinted else "the usual zone for it"
            head.zone, head.zone_assumed, head.zone_abbr = zone, True, abbr.upper()
            head.zone_comment = f'the source gives only "{abbr}": {zone} is {why}; check it'


def _after_a_name(text: str, at: int) -> bool:
    """Whether a city's name at ``at`` follows a capitalised word, as a surname does ("Ana Lima")."""
    before = text[max(0, at - 30):at]
    return re.search(r"(?:^|[\s(])[A-Z][a-z]+ $", before) is not None and _PLACE_PREPOSITION.search(before) is None


def _at(t: dt.time) -> dt.datetime:
    return dt.datetime.combine(_DAY, t)


def _plus(t: dt.time, minutes: float) -> dt.time:
    return (_at(t) + dt.timedelta(minutes=minutes)).time()


def _span(start: dt.time, end: dt.time) -> float:
    """Minutes from start to end; past midnight when the end is earlier."""
    minutes = (_at(end) - _at(start)).total_seconds() / 60
    return minutes + 24 * 60 if minutes < 0 else minutes


def _later(a: dt.time, b: dt.time, start: dt.time) -> bool:
    """Whether a is after b, both counted from ``start`` (a programme may run past midnight)."""
    return _span(start, a) > _span(start, b)


def _num(value: float) -> str:
    return f"{value:g}"


def settle(draft: DraftProgramme, timing: Timing, places: Callable[[], list[tuple[str, str]]]) -> None:
    head = draft.head
    if draft.date is None and timing.date_mentions:
        dates = [d for _, d in timing.date_mentions]
        draft.date = most_common(dates)
        if len(set(dates)) > 1:
            draft.comments.append(f"date: the text gives {_mentions(timing.date_mentions)}; {draft.date} is used")
    if draft.date is None:
        draft.date = next((g.date for g in timing.groups if g.date), None)
    for _, zoned in timing.zoned_mentions[:1]:
        timing.resolve_zone(head, places, city=zoned[0][1])
    start_note = None
    if not timing.hours and timing.start_mentions:
        times = [t for _, t in timing.start_mentions]
        start = most_common(times)
        timing.hours.append((timing.start_mentions[0][0], Clock(start), None))
        if len(set(times)) > 1:
            start_note = (
                f"start: the text gives {_mentions(timing.start_mentions)}; {start:%H:%M} is used, "
                "as the time given most often: confirm it"
            )
    zone: str | None
    if head.zone is None:
        named = places()
        if named:
            hint, zone = named[0]
            head.zone, head.zone_assumed = zone, True
            head.zone_comment = f'the text names no zone; {zone} is where "{hint}" is: check it'
        elif head.place:
            city = head.place.split(",")[0].strip()
            zone = city_zone(city)
            if zone:
                head.zone, head.zone_assumed = zone, True
                head.zone_comment = f'the text names no zone; {zone} is where "{city}" is: check it'

    groups = [g for g in timing.groups if g.segments or g.heading is not None or g.end_mark] or timing.groups[:1]
    if len(groups) == 1 and groups[0].heading is None and timing.hours:
        draft.sittings = _sittings_of_the_head(draft, timing, groups[0])
    else:
        draft.sittings = [_sitting_of(draft, timing, g, i, groups) for i, g in enumerate(groups)]
    if start_note:
        draft.sittings[0].comments.append(start_note)
        draft.sittings[0].assumed.append("start")
    draft.items.sort(key=lambda item: item.line)  # blocks made items while settling go where the text has them
    for sitting in draft.sittings:
        _between_sittings(sitting)
        if sitting.end is None:
            _end_from_lengths(sitting)
    _zone_claims(draft, timing)


def _sittings_of_the_head(draft: DraftProgramme, timing: Timing, group: Group) -> list[Sitting]:
    """Sittings from the hours the head gives ("10 AM – 1 PM; 3 PM – 6 PM"); each timed segment goes
    into the sitting whose hours hold it, an untimed one follows the segment before it."""
    sittings = [Sitting(start.time, end.time if end else None, line, date=draft.date) for line, start, end in timing.hours]
    limits = [(start.time, end.time if end else None) for _, start, end in timing.hours]
    _settle_segments(draft, group, sittings[0].start, sittings[-1].end, limits)
    if group.end_mark is not None and sittings[-1].end is None:
        sittings[-1].end = group.end_mark[0].time
    current = sittings[0]
    for segment in group.segments:
        if segment.start is not None:
            current = next(
                (s for s in sittings if s.start is not None and s.start <= segment.start and (s.end is None or segment.start < s.end)), current
            )
        current.segments.append(segment)
    if len(sittings) > 1 and group.segments and all(s.start is None for s in group.segments):
        sittings[0].comments.append(
            "the text does not say which segments fall in which sitting: all are placed in the first; move them as needed"
        )
    return sittings


def _sitting_of(draft: DraftProgramme, timing: Timing, group: Group, index: int, groups: list[Group]) -> Sitting:
    """The sitting of one day or sitting heading (or of an agenda with neither)."""
    start, end = group.start, group.end
    if start is None and len(timing.hours) == len(groups):
        _, start, end = timing.hours[index]
    date = group.date
    if date is None:
        earlier = [g.date for g in groups[:index] if g.date]
        date = earlier[-1] if earlier else draft.date
    sitting = Sitting(start.time if start else None, end.time if end else None, group.line, date=date, title=group.title)
    if date is None:
        sitting.comments.append("date: the text gives no date; set it")
    _settle_segments(draft, group, sitting.start, sitting.end, [])
    timed_starts = [s.start for s in group.segments if s.start is not None]
    timed_ends = [s.end for s in group.segments if s.end is not None]
    if group.end_mark is not None:
        mark, line, text = group.end_mark
        if sitting.end is None:
            sitting.end = mark.time
            if group.end_mark_assumed:
                sitting.assumed.append("end")
                sitting.comments.append(f'end: line {line} gives "{mark.time.hour - 12}:{mark.time.minute:02d} {text}" without a.m. or p.m.; read as {mark.time:%H:%M}')
        elif sitting.end != mark.time:
            sitting.comments.append(f'line {line}: "{text}" at {mark.time:%H:%M}, but the sitting is given until {sitting.end:%H:%M}')
    if sitting.start is None:
        if timed_starts:
            sitting.start = timed_starts[0]
            if sitting.end is None and timed_ends:
                sitting.end = timed_ends[-1]  # in the order of the text, so a programme that runs past midnight stays whole
            sitting.comments.append("start and end: those of the first and last timed segments")
        else:
            sitting.start = dt.time(10, 0)
            sitting.comments.append("the text gives no time: start 10:00 is a placeholder; set it")
    elif sitting.end is None and timed_ends:
        sitting.end = timed_ends[-1]
    sitting.segments = list(group.segments)
    return sitting


def _settle_segments(
    draft: DraftProgramme, group: Group, start: dt.time | None, end: dt.time | None, limits: list[tuple[dt.time, dt.time | None]]
) -> None:
    """Steps 2–4 for the segments of one group: blocks that hold timed segments, afternoon times,
    ends from the next start, blocks shared with segments of a length of their own."""
    _containers(draft, group)
    _afternoon(group, start)
    timed = [s for s in group.segments if s.start is not None]
    mark = group.end_mark[0].time if group.end_mark else None
    for i, segment in enumerate(timed):
        if segment.end is not None or segment.start is None:
            continue
        limit = next((e for s, e in limits if e is not None and s <= segment.start < e), None)
        if i + 1 < len(timed):
            following, assumed = timed[i + 1].start, "start" in timed[i + 1].assumed
        else:
            following, assumed = (mark or end or limit), mark is not None and group.end_mark_assumed
        if limit is not None and following is not None and _later(following, limit, segment.start):
            following, assumed = limit, False
        _end_of(segment, following, assumed)
    _blocks(group)


ITEM_NUMBER_LENGTH = 20  # what an agenda item's number holds (programme.model)
_LABELLED_TITLE = re.compile(r"^(?P<label>[^:]{1,30}?\s(?:\d{1,2}[a-z]?|[IVXLC]{1,5}))\s*[:.]\s*(?P<title>\S.*)$")


def _containers(draft: DraftProgramme, group: Group) -> None:
    """ "09:30 – 11:00 Session 1: …" with "09:30 – 09:45 Keynote", "09:45 – 10:45 Panel" under it:
    the session is not a segment that overlaps its own parts but the agenda item they belong to."""
    segments = group.segments
    kept = []
    taken = {item.number for item in draft.items}
    i = 0
    while i < len(segments):
        head = segments[i]
        kept.append(head)
        j = i + 1
        if head.start is not None and head.end is not None and j < len(segments) and segments[j].start == head.start:
            span = _span(head.start, head.end)
            while j < len(segments) and _inside(segments[j], head.start, span):
                j += 1
            if j > i + 1 and span > 0:
                _make_item(draft, head, segments[i + 1 : j], taken)
                kept.pop()
        i += 1
    group.segments = kept


def _inside(segment: Segment, start: dt.time, span: float) -> bool:
    """Whether a segment lies in the block of ``span`` minutes from ``start`` (an untimed one does)."""
    if segment.start is None:
        return True
    return _span(start, segment.start) < span and (segment.end is None or 0 < _span(start, segment.end) <= span)


def _make_item(draft: DraftProgramme, head: Segment, parts: list[Segment], taken: set[str]) -> None:
    if head.has_content:  # a moderator of the whole session: placed in its first part
        parts[0].slots[:0] = head.slots
        parts[0].description[:0] = head.description
        parts[0].comments.append(f"line {head.line}: what the text says of the whole block {head.title!r} is placed here")
    if head.item is not None:
        return  # "10:00 – 12:00 Item 2: …": the item is there already
    m = _LABELLED_TITLE.match(head.title)
    if m and len(m.group("label")) > ITEM_NUMBER_LENGTH:  # not a label ("0. m. (hora de Guatemala) / 12:00")
        m = None
    number, title = (m.group("label"), m.group("title")) if m else (f"{head.start:%H:%M}–{head.end:%H:%M}", head.title)
    if number in taken:
        number = f"{number} (line {head.line})"
    taken.add(number)
    item = Item(number, title, head.line)
    item.comments.append(f"{head.start:%H:%M}–{head.end:%H:%M}: a block holding the segments of item {number}")
    draft.items.append(item)  # put in the order of the text by ``settle``
    for part in parts:
        part.item = part.item or number


def _afternoon(group: Group, start: dt.time | None) -> None:
    """ "12:30 Lunch", "1:30 Panel": a time on a 12-hour clock without "p.m." that would go back in
    time is read in the afternoon, and marked assumed."""
    previous = start
    for segment in group.segments:
        for key in ("start", "end"):
            t = getattr(segment, key)
            if t is None:
                continue
            if getattr(segment, f"{key}_loose") and previous is not None and t < previous and t.hour < 12:
                later = dt.time(t.hour + 12, t.minute)
                # a start read in the afternoon must still come before an end the text gives on a 24-hour clock
                keeps_order = key == "end" or segment.end is None or segment.end_loose or later <= segment.end
                near = _span(previous, later) <= _LONGEST_GAP  # "12:30 Lunch", "1:30 Panel"; not "13:00", "11:15"
                if later >= previous and keeps_order and near:
                    setattr(segment, key, later)
                    segment.assume(key)
                    segment.comments.append(
                        f"{key}: the text gives {t.hour}:{t.minute:02d} without a.m. or p.m.; read as {later:%H:%M}: "
                        f"the time before it is {previous:%H:%M}"
                    )
                    t = later
            previous = t
    if group.end_mark is not None:
        mark, line, text = group.end_mark
        if mark.loose and previous is not None and mark.time < previous and mark.time.hour < 12:
            later = dt.time(mark.time.hour + 12, mark.time.minute)
            if later >= previous:
                group.end_mark = (Clock(later, loose=True), line, text)
                group.end_mark_assumed = True


def _end_of(segment: Segment, following: dt.time | None, assumed: bool) -> None:
    """The end of a segment given by its start alone: the next start, or its own length."""
    start = segment.start
    assert start is not None
    own = _plus(start, segment.minutes) if segment.minutes is not None else None
    if following is None:
        if own is not None:
            segment.end, segment.minutes = own, None
        return
    if own is not None and own != following:
        if _later(own, following, start):
            segment.comments.append(f"end: the text gives {segment.minutes:g} min, but the next line starts at {following:%H:%M}")
        else:
            segment.comments.append(f"end: after the {segment.minutes:g} min the text gives; the next line starts at {following:%H:%M}")
            segment.end, segment.minutes = own, None
            return
    segment.end, segment.minutes = following, None
    if assumed:
        segment.assume("end")


def _blocks(group: Group) -> None:
    """Segments with a length of their own under a timed heading take their place in its block:
    "14:20 – 14:55 Panel …, followed by Q&A (10 mins)" is a panel 14:20–14:45 and a Q&A 14:45–14:55."""
    segments = group.segments
    kept = []
    i = 0
    while i < len(segments):
        head = segments[i]
        j = i + 1
        while j < len(segments) and segments[j].start is None:
            j += 1
        followers = segments[i + 1 : j]
        if head.start is None or head.end is None or not followers or not _lay_out(head, followers):
            kept.append(head)  # else the heading was only the item's: its followers take its place
        kept.extend(followers)
        i = j
    group.segments = kept


def _lay_out(head: Segment, followers: list[Segment]) -> bool:
    """Times for the segments of a block; True when the heading is only its item's and is dropped."""
    start, end = head.start, head.end
    assert start is not None and end is not None
    keep = head.has_content or head.item is None
    parts = ([head] if keep else []) + followers
    span = _span(start, end)
    own = {id(p): p.minutes for p in parts}
    allotted = _allotted(head) if keep and head.minutes is None else None
    if allotted is not None and sum(v is None for v in own.values()) > 1 and allotted < span:
        # "Presentations (10 minutes each)" then "Discussion": the speakers take their time, the discussion the rest
        own[id(head)] = allotted
        head.comments.append(f"length: the {_num(allotted)} min its speakers are given")
    unknown = [p for p in parts if own[id(p)] is None]
    known = sum(v for v in own.values() if v is not None)
    if len(unknown) > 1 or known > span or (unknown and known >= span):
        names = ", ".join(f'"{p.title}"' for p in parts)
        head.comments.append(f"the text does not say how {start:%H:%M}–{end:%H:%M} is shared between {names}: set their times")
        return False
    if not keep:
        followers[0].comments.append(f"line {head.line}: {start:%H:%M}–{end:%H:%M} {head.title}")
    lengths = {id(p): v if (v := own[id(p)]) is not None else span - known for p in parts}
    at = start
    for part in parts:
        length = lengths[id(part)]
        given = part.minutes is not None
        part_start, part_end = at, _plus(at, length)
        if part is head:
            if part_end != end:
                head.end = part_end
                head.assume("end")
                tail = " and ".join(f"{_num(lengths[id(p)])} min of {_label(p)}" for p in followers)
                head.comments.append(f"end derived: the source gives this block until {end:%H:%M} and ends it with {tail}")
        else:
            part.start, part.end, part.minutes = part_start, part_end, None
            if part_start != start:
                part.assume("start")
            if part_end != end and not (given and part_start == start):
                part.assume("end")
            if part_end == end and given:
                part.comments.append(f"{_label(part)} ({_num(length)} min) at the end of the block that ends at {end:%H:%M}")
            else:
                part.comments.append(f"in the block {start:%H:%M}–{end:%H:%M} of line {head.line}")
        at = part_end
    return not keep


_CHAIRING = ("moderator", "chair", "co_chair", "rapporteur")


def _allotted(segment: Segment) -> float | None:
    """The minutes a segment's speakers are given, when each has an allotment (of "3–5 min", the
    longest); the moderator's and the chair's words are not counted."""
    speaking = [slot.minutes for slot in segment.slots if slot.role not in _CHAIRING]
    longest = [m[1] if isinstance(m, tuple) else m for m in speaking if m is not None]
    return sum(longest) if speaking and len(longest) == len(speaking) else None


def _label(segment: Segment) -> str:
    return "Q&A" if segment.kind == "qa" else f'"{segment.title}"'


def _between_sittings(sitting: Sitting) -> None:
    """A break that starts when its sitting ends ("12:30 Lunch" at the end of the morning) is the
    time between two sittings, not a segment of either."""
    if sitting.end is None or sitting.start is None:
        return
    kept = []
    for segment in sitting.segments:
        if segment.kind == "break" and segment.start is not None and not _later(sitting.end, segment.start, sitting.start):
            sitting.comments.append(f'line {segment.line}: "{segment.title}" at {segment.start:%H:%M} is the break after this sitting')
        else:
            kept.append(segment)
    sitting.segments = kept


def _end_from_lengths(sitting: Sitting) -> None:
    """A sitting with a start and no end: the end follows when every segment is a length alone."""
    lengths = [s.minutes for s in sitting.segments if s.start is None and s.end is None]
    if sitting.segments and len(lengths) == len(sitting.segments) and None not in lengths and sitting.start is not None:
        total = sum(m for m in lengths if m is not None)
        sitting.end = _plus(sitting.start, total)
        sitting.assumed.append("end")
        sitting.comments.append(f"end: {sitting.start:%H:%M} and the {total:g} minutes of its segments; check it")
    else:
        sitting.comments.append("end: the text gives no end time; set it")


def _zone_claims(draft: DraftProgramme, timing: Timing) -> None:
    """The same hours said in other zones ("19:16 (Geneva time)", "(9:00 – 10:00 EST)"): shown as
    display zones, and pointed out where the text is wrong."""
    head = draft.head
    first = draft.sittings[0] if draft.sittings else None
    if head.zone is None or first is None or first.date is None or first.start is None:
        return
    home = ZoneInfo(head.zone)
    begin = dt.datetime.combine(first.date, first.start, tzinfo=home)
    for line, zoned in timing.zoned_mentions[:1]:
        for claimed, city in zoned[1:]:
            zone = city_zone(city)
            if zone is None:
                draft.comments.append(f'line {line}: "{city} time" is not a zone this reader knows; not shown')
                continue
            _add_display_zone(head, zone)
            there = begin.astimezone(ZoneInfo(zone))
            if there.time() != claimed:
                head.zone_notes.append(
                    f"line {line}: the text gives {claimed:%H:%M} for {city}, but {first.start:%H:%M} "
                    f"{zone_abbreviation(begin)} is {there:%H:%M} {zone_abbreviation(there)} there"
                )
    for line, start, _end, abbr in timing.range_claims:
        zone = next((z for z in ABBREVIATION_ZONES.get(abbr, []) if z != head.zone), None)
        if zone is None:
            draft.comments.append(f"line {line}: the zone {abbr} is not one this reader knows; not shown")
            continue
        _add_display_zone(head, zone)
        there = begin.astimezone(ZoneInfo(zone))
        actual = zone_abbreviation(there)
        if there.time() != start or actual != abbr:
            head.zone_notes.append(
                f"line {line}: the text gives {start:%H:%M} {abbr}, but {first.start:%H:%M} "
                f"{zone_abbreviation(begin)} on {first.date} is {there:%H:%M} {actual} in {zone}"
            )


def _add_display_zone(head: Head, zone: str) -> None:
    if zone != head.zone and zone not in head.display_zones:
        head.display_zones.append(zone)


def _mentions(mentions: Sequence[tuple[int, object]]) -> str:
    """"10:15 (lines 82, 94) and 10:45 (line 80)" from (line, value) pairs."""
    lines: dict[str, list[int]] = {}
    for line, value in mentions:
        shown = f"{value:%H:%M}" if isinstance(value, dt.time) else str(value)
        lines.setdefault(shown, []).append(line)
    parts = [f"{shown} (line{'s' if len(ns) > 1 else ''} {', '.join(map(str, ns))})" for shown, ns in lines.items()]
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)

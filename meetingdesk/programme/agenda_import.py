"""Turn an agenda pasted from an invitation into a draft programme file.

A secretariat copies the agenda of a concept note or an invitation (often with HTML tags, markdown
bold, bullets, or a table from a word processor in it) and gets a draft in the programme format
(``docs/programme-format.md``) to check and complete. The reader takes the shapes invitations use,
in English, French and Spanish:

- clock times: "14:00 – 14:20 Setting the scene", "10.00–10.15", "10h00-10h15", "13 h 15", "1:15 p.m.",
  "12 noon", "from 10:00 to 11:30", "de 13h15 à 14h", "09:30 hrs", after the title ("Lunch
  (12:00–14:00)") or on the line under it; or a start alone at the head of each line, the
  next line's start being the end ("1:15 p.m. Welcome", … "2:30 p.m. End"); a 12-hour clock
  without "a.m."/"p.m." is read in order ("12:30 Lunch", "1:30 Panel" is 13:30, marked assumed);
- or durations alone: "1. Opening remarks (5 minutes)", "• Panel discussion (45 min)";
- the date, hours, zone and format in the head ("Tuesday, 15 July 2025, 1:15 – 2:30 p.m. (EDT)",
  "10 AM – 1 PM; 3 PM – 6 PM (CEST)"), day headings ("Day 1 – Monday, 3 March 2025") and sittings
  ("Morning session (10:00 – 13:00)");
- speakers on the segment's line ("Closing remarks – Mr. X", "Keynote address by Ms. Y") or under
  it, alone or in lists ("Panellists (3–5 mins each):"), with roles ("Moderator: …", "Moderated
  by …"), affiliations after commas or in brackets, "(online)", "(TBC)", "via video message";
- Q&A, tour-de-table with standing items and guiding questions, agenda items ("I.", "Item 3:");
- the head: the event's own name apart from the forum and the kind of event around it, who
  organises it, the date with the place, the languages; the language of the text when it names none.

What it cannot interpret it never guesses: the line is listed in ``Draft.unread`` and written
into the draft as ``# NOT READ (line N): …``. Values the draft needs but the text does not give
(a time zone, the languages, an afternoon read from "1:30") are listed in the table's ``assumed``
with a comment. Every table says which line of the source it comes from (``# line N``).

The work is in three steps: ``agenda_lines.classify`` says what each line is on its own; the
``_Reader`` here puts the lines together into a ``DraftProgramme``; ``agenda_times.settle`` turns
the times read into sittings and segment times. ``agenda_draft.render`` writes the file. The words
of the three languages are in ``agenda_words``; each pattern holds those of all three, so a text
is read in one pass, and phrases are matched as a tree of their letters (``agenda_text.phrases``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import langcodes

from meetingdesk.i18n import Message

from . import agenda_words as words
from .agenda_draft import DraftProgramme, Item, Person, Segment, Slot, Standing, UnreadLine, render, summary
from .agenda_lines import (
    QA,
    ZONE_CITY,
    Each,
    EndMark,
    Heading,
    ItemLine,
    Labelled,
    Line,
    Numbered,
    Organisers,
    QuestionsLabel,
    Role,
    SittingHeading,
    StandingItem,
    SubSegment,
    Text,
    Timed,
    Tour,
    WebText,
    When,
    ZoneClaim,
    city_of,
    classify,
    kind_phrases,
    organisers,
    place,
    read_when,
    strip_bullet,
)
from .agenda_text import (
    CLOCK,
    DASH,
    DASHES,
    HONORIFIC,
    HOURS,
    PAREN_DURATION,
    PERSON,
    TIMEISH,
    Allotment,
    Clock,
    Minutes,
    allotment,
    clock,
    find_date,
    find_person,
    has_word,
    honorific_gender,
    language_of,
    limit_in_sentence,
    phrases,
    pieces,
    read_person,
    says_organisation,
    slug,
    time_only,
    trailing_allotment,
)
from .agenda_times import Group, Timing, settle

__all__ = ["Draft", "UnreadLine", "import_agenda", "slug"]


@dataclass(frozen=True)
class Draft:
    toml: str  # the draft programme file
    unread: list[UnreadLine]
    summary: str  # "4 segments, 9 speakers, 1 line not read"


def import_agenda(text: str, source: str, today: dt.date | None = None) -> Draft:
    """Read a pasted agenda into a draft programme file.

    ``source`` names where the text came from (a file name); it goes into the draft. ``today`` is
    the date used when the text gives none (it is then listed as assumed).
    """
    reader = _Reader(text, source, today or dt.date.today())
    logical = pieces(text)
    for i, piece in enumerate(logical):
        reader.read(piece.line, piece.text, logical[i + 1].text if i + 1 < len(logical) else None, cell=piece.cell)
    draft = reader.finish()
    return Draft(toml=render(draft), unread=list(draft.unread), summary=summary(draft))


# --- patterns of the reader ----------------------------------------------------------------------

_KINDS = [(re.compile(phrases(options), re.I), kind) for kind, options in words.KINDS]
_TIME_PERMITTING = re.compile(rf"\s*[(\[,;{re.escape(DASHES)}]?\s*{phrases(words.TIME_PERMITTING)}\s*[)\]]?\.?\s*$", re.I)
_ITEM_IN_TITLE = re.compile(
    rf"^(?:(?P<roman>[IVXLC]+)\.|{phrases(words.ITEM_WORDS)}\s+(?P<number>\d{{1,2}}(?:\.\d{{1,2}})?(?:\s*\([a-z]\))?|[IVXLC]+)\s*(?:[:.)]|{DASH})?)\s+(?P<title>\S.*)$",
    re.I,
)
_SENTENCE_WORDS = re.compile(phrases(words.SENTENCE_WORDS), re.I)
_INTERVENTION_NOUN = re.compile(phrases(words.INTERVENTION_NOUNS), re.I)
_CONTINUED = re.compile(rf"^[(\[]?{phrases(words.CONTINUED)}[)\]]?\.?$", re.I)
# a line that is only a kind of segment: "Discussion", "Débat", "Lunch"
_KIND_ALONE = re.compile(rf"^{phrases([p for _, options in words.KINDS for p in options])}\.?$", re.I)
_LIMIT_SENTENCE_WORDS = 15  # a sentence this short that gives the limit of an intervention says nothing more
# "Session 2: Tour de table – national responses" → "national responses"
_LABEL_BEFORE_TITLE = re.compile(r"^[^:]{1,30}:\s*")
_TOUR_WORDS = re.compile(rf"{phrases(kind_phrases('tour_de_table'))}\s*(?:{DASH}|:)?\s*", re.I)
_HEADING_BEFORE_TITLE = re.compile(
    rf"^(?:{phrases(words.PROGRAMME_HEADING_QUALIFIERS)}\s+)?{phrases(words.PROGRAMME_HEADINGS)}\s*(?:[:|]|{DASH})\s*(?P<title>\S.*)$", re.I
)
_ROLE_LABEL = re.compile(rf"^{phrases(words.ROLE_LABELS)}$", re.I)
_EVENT_WORDS = re.compile(phrases(words.EVENT_WORDS), re.I)
_FRAMEWORK = re.compile(phrases(words.FRAMEWORK_WORDS), re.I)
# "Side event", "UNEA-7 side event", "Seminario regional": only the kind of event
_CATEGORY = re.compile(rf"^(?:[\w-]+\s+){{0,3}}{phrases(words.CATEGORY_NOUNS)}(?:\s+[\w-]+){{0,2}}$", re.I)
_BETWEEN_ORGANISATIONS = re.compile(rf"\s+(?:{DASH}|\|)\s+|\s*;\s*")
# a line that begins with an organisation: "Permanent Missions of Colombia and Spain", "UNODC Regional Office …"
_ORGANISATION_FIRST = re.compile(rf"^(?:(?:[\w-]+\s+){{0,2}}{phrases(words.ORGANISATION_WORDS)}|(?-i:[A-Z][A-Z0-9&-]+[A-Z0-9])\b)", re.I)
_ORGANISED_BY = re.compile(rf"^(?P<what>.{{2,60}}?)\s+(?P<label>{phrases(words.ORGANISER_LABELS)})\s*:?\s+\S", re.I)
# "UN Women | Commission on the Status of Women …", "UNDP – HLPF 2025 Ministerial breakfast": who, then what
_ORGANISER_FIRST = re.compile(rf"^(?P<who>[^|{re.escape(DASHES)}]{{2,80}}?)\s+(?:\||(?P<dash>{DASH}))\s+(?P<what>\S.*)$")
_LANGUAGE_CUE = phrases(words.LANGUAGE_CUES)
_JOINER = rf"(?:,\s*{phrases(words.LIST_JOINERS)}|,|{phrases(words.LIST_JOINERS)}|/)"
_LANGUAGES = re.compile(
    rf"{_LANGUAGE_CUE}[^()]{{0,25}}?(?:\(|:|\b(?P<into>{phrases(words.INTO, boundary=False)})\b|{phrases(words.LANGUAGE_IN)})\s*"
    rf"(?P<names>[^\W\d_]+(?:\s*{_JOINER}\s*[^\W\d_]+)*)",
    re.I,
)
_SMALL_WORDS = frozenset(
    w for table in (*words.FUNCTION_WORDS.values(), words.ARTICLES, words.PHRASE_BREAKS, words.LIST_JOINERS, words.VIA, words.BY)
    for w in table
)
_LANGUAGE_LINE = re.compile(rf"^{_LANGUAGE_CUE}\s*:\s*\S", re.I)
_ALL_LANGUAGES = re.compile(phrases(words.ALL_OFFICIAL_LANGUAGES), re.I)
_HYBRID = re.compile(phrases(words.FORMATS["hybrid"]), re.I)
_IN_PERSON = re.compile(phrases(words.FORMATS["in_person"]), re.I)
_ONLINE = re.compile(phrases(words.FORMATS["online"]) + r"|\bvia\s+" + phrases(words.PLATFORMS), re.I)
_FORMAT_FIRST = re.compile(rf"^{phrases(words.FORMAT_WORDS)}", re.I)
_FORMAT_ALONE = re.compile(rf"^{phrases(words.FORMAT_WORDS)}(?:\s+{phrases(words.FORMAT_NOUNS)})?(?:\s*\([^()]*\))?\.?$", re.I)
_PLATFORM = re.compile(phrases(words.PLATFORMS))
_WEBCAST = re.compile(rf"{phrases(words.WEBCASTS)}", re.I)
_WEBCAST_WORDS = re.compile(phrases(words.WEBCAST_WORDS), re.I)
_ABOUT_TAKING_PART = re.compile(phrases(words.ABOUT_TAKING_PART), re.I)
_VENUE_WORDS = re.compile(phrases(words.VENUE_WORDS), re.I)
_CITY_AT_END = re.compile(rf"(?<=[).])\s*{phrases(words.CITIES)}$", re.I)
_ROOM_WORD = re.compile(rf"{phrases(words.ROOM_WORDS, boundary=False)}\b", re.I)
_ROOM_PART = re.compile(
    rf"^(?:{phrases(words.ROOM_WORDS)}\b.*|.*\b{phrases(words.ROOM_WORDS)}(?:\s+[\w.-]{{1,6}})?)(?:\s*\((?:TBC|tbc)\))?$", re.I
)
# "Conference Room 6, UN Headquarters, and online via Webex": the part that says how
_AND = rf"(?:,?\s*(?:{phrases(words.LIST_JOINERS)}|/)\s*|,\s*)"
_ONLINE_WORDS = phrases(words.FORMATS["online"])
_ONLINE_PART = re.compile(
    rf"{_AND}(?:{_ONLINE_WORDS})"
    rf"(?:\s+(?:{phrases(words.FORMAT_NOUNS)}\s+)?{phrases(words.VIA)}\s+(?P<platform>[^,()]+?)|\s*\((?P<paren>[^()]*)\))?\.?\s*$"
    rf"|{_AND}(?P<webcast>{phrases(words.WEBCAST_WORDS)}).*$"
    rf"|{_AND}(?P<platform2>{phrases(words.PLATFORMS)})(?:\s*\((?:{_ONLINE_WORDS})\))?\.?\s*$",  # "… & Zoom (online)"
    re.I,
)
_HOW_IN_BRACKETS = re.compile(
    rf"\s*\((?:{phrases(words.LIST_JOINERS)}\s+)?(?:{_ONLINE_WORDS}\s+)?(?:{phrases(words.VIA)}\s+)?(?P<platform>{phrases(words.PLATFORMS)})\)\.?$",
    re.I,
)
# "Conference Room 4 (in person)": how the room takes part, said of the room
_MODE_IN_BRACKETS = re.compile(rf"\s*\((?:{phrases(words.FORMAT_WORDS)})\)", re.I)
# a line of the head that tells how to join, never a title: "Zoom meeting ID: 845 2231 9987", "Passcode: 2025"
_JOINING_DETAIL = re.compile(r"^[^\W\d_][\w'’ -]{0,30}:\s*(?:[\d+(][\d\s()+-]{3,}|\S+@\S+|https?://|www\.)", re.I)
_ZONED_TIME = re.compile(rf"(?<!{DASH}\s)(?<!{DASH})(?P<t>{CLOCK}){HOURS}?\s*(?=\()" + ZONE_CITY.pattern, re.I)
_AT_TIME = re.compile(rf"{phrases(words.START_LEADS)}\s+(?P<t>{CLOCK})", re.I)
_ON_WHERE = re.compile(rf"{phrases(words.VIA)}\s+(?P<where>[^,.;()]+)", re.I)
_BY_OR_MARK_AT_END = re.compile(rf"(?:\s+{phrases(words.BY)}|\s*(?:{DASH}|[:|,]))\s*$", re.I)
_LEADING_MARKS = "|:" + DASHES
_NAME_END = re.compile(r"[,(]")
_LETTER_OR_FIGURE = re.compile(r"[^\W_]")
_PUNCTUATION = re.compile(r"[,.;?!]")
# a title, a dash, and a sentence of six words or more that says what happens in it
_SENTENCE_AFTER_DASH = re.compile(rf"^(?P<title>.+?)\s+{DASH}\s+(?P<sentence>[^\W\d_](?:\S+\s+){{5,}}\S+)$")
_BEFORE_A_PERSON = re.compile(
    rf"\s*(?:,\s*(?:{phrases(words.LIST_JOINERS, boundary=False)}\s+)?|\s+{phrases(words.LIST_JOINERS, boundary=False)}\s+)(?=(?:{HONORIFIC})\s+[A-Z])"
)


def _kind_of(title: str) -> str | None:
    return next((kind for pattern, kind in _KINDS if pattern.search(title)), None)


def _role_in(text: str) -> str | None:
    """The role words in front of or after a name say: "Keynote address by …", "… & Moderator of the Panel"."""
    return next((role for options, role in words.LEAD_ROLES if has_word(text, options)), None)


class _Reader:
    """Puts the lines of an agenda together into a draft, one line at a time."""

    def __init__(self, text: str, source: str, today: dt.date):
        self.draft = DraftProgramme(source, today, language=language_of(text))
        self.head = self.draft.head
        self.text = text  # the whole paste, for place names that hint at the zone
        self.language = self.draft.language  # "en", "fr", "es": what its honorifics say, the meeting's language if it says none
        self.timing = Timing()
        self.title_line = 0
        self.in_programme = False  # after an "Agenda" or "Programme" heading, or the first timed segment
        # people named before the first segment ("Moderator: …"), with the label of their list ("Speakers")
        self.pending: list[tuple[Slot, str | None]] = []
        self.list_label: str | None = None
        self.segment: Segment | None = None
        self.item: Item | None = None
        self.item_numbers: set[str] = set()
        self.list_role: str | None = None  # "Panellists:": the role of each person listed below
        self.list_allotment: Minutes | None = None
        self.role_once: str | None = None  # "Moderator:" on its own: the role of the next person
        self.questions_label: tuple[int, str] | None = None
        self.questions_found = 0
        self.questions_listed = False  # the questions are numbered or bulleted: a line that is not ends them
        self.pending_label: tuple[str, str] | None = None  # "Date:" with its value on the next line
        self.pending_time: tuple[Line, Timed] | None = None  # a time alone; its title is on the next line
        self.time_first = False  # the text gives a time alone, then the title under it (a table's cells)
        self.following: str | None = None  # the next logical line
        self.previous = 0  # the line number of the last logical line read
        self.title_lines: list[str] = []  # the lines of the head that name the event

    # -- helpers --

    def not_read(self, line: int, text: str, reason: str) -> None:
        self.draft.unread.append(UnreadLine(line, text, reason))
        note = f"NOT READ (line {line}): {text}"
        (self.segment.comments if self.segment else self.draft.comments).append(note)

    def close_questions(self) -> None:
        if self.questions_label and not self.questions_found:
            line, text = self.questions_label
            self.not_read(line, text, Message("announces questions, but none follow"))
        self.questions_label = None
        self.questions_found = 0
        self.questions_listed = False

    def end_list(self) -> None:
        self.list_allotment = None
        self.list_role = None
        self.role_once = None
        self.list_label = None

    @property
    def group(self) -> Group:
        return self.timing.groups[-1]

    def year(self) -> int | None:
        if self.draft.date:
            return self.draft.date.year
        dated = [g.date for g in self.timing.groups if g.date]
        return dated[-1].year if dated else None

    def new_segment(self, title: str, line: int, kind: str | None = None, **fields) -> Segment:
        self.close_questions()
        self.end_list()
        title = title.strip().lstrip(_LEADING_MARKS).rstrip(":").strip() or title.strip()  # "| Opening" from a table layout
        permitting = _TIME_PERMITTING.search(title)
        if permitting and permitting.start() > 0:
            title = title[: permitting.start()].strip()
        said = _SENTENCE_AFTER_DASH.match(title)
        if said and _SENTENCE_WORDS.search(said.group("sentence")):  # "Interactive discussion – Member States are invited to make statements of up to 3 minutes"
            title = said.group("title")
            fields.setdefault("description", []).append(said.group("sentence"))
            if (limit := limit_in_sentence(said.group("sentence"))) is not None:
                self.set_intervention_minutes(line, limit)
        chosen = kind or _kind_of(title)
        item = self.item.number if self.item and chosen != "break" else None  # a break is no item's
        segment = Segment(title=title, kind=chosen or "other", line=line, item=item, **fields)
        segment.time_permitting = bool(permitting and permitting.start() > 0)
        if chosen is None:
            segment.assume("kind")
        self.group.segments.append(segment)
        self.draft.segments.append(segment)
        self.segment = segment
        for slot, label in self.pending:  # "Moderator: Ms. X" above the programme; a list waits for the end
            if label is None:
                segment.comments.append(f"line {slot.line} names this {slot.role} before the programme: placed in its first segment")
                segment.slots.append(slot)
        self.pending = [(slot, label) for slot, label in self.pending if label is not None]
        return segment

    def person(self, name: str, line: int) -> Person:
        key = slug(name)
        if key not in self.draft.people:
            self.draft.people[key] = Person(id=key, name=name, line=line)
        return self.draft.people[key]

    def in_tour(self) -> bool:
        return self.segment is not None and self.segment.kind == "tour_de_table"

    @property
    def current(self) -> Segment:
        """The segment being read, where the reading has opened one."""
        if self.segment is None:
            raise RuntimeError("no segment is being read")
        return self.segment

    def set_intervention_minutes(self, line: int, minutes: Minutes) -> bool:
        """The limit of an intervention the text gives ("a 3-minute intervention"); False when it gave
        another before (the first is kept)."""
        limit = minutes[1] if isinstance(minutes, tuple) else minutes
        if self.head.intervention_minutes is None:
            self.head.intervention_minutes, self.head.intervention_line = limit, line
        return self.head.intervention_minutes == limit

    # -- one logical line --

    def read(self, number: int, raw: str, following: str | None = None, cell: bool = False) -> None:
        """One logical line; ``following`` is the next one, for a title whose time is on the line under it."""
        text, bullet = strip_bullet(raw)
        if _LETTER_OR_FIGURE.search(text) is None:
            return  # a rule of dashes, a lone bullet
        self.following = following
        line = Line(number, text, bullet, cell)
        if self.pending_label:
            (field, label), self.pending_label = self.pending_label, None
            if self.read_labelled(line, field, label, text, next_line=True):
                return
        kind = classify(line, self.year())
        if self.pending_time:
            (alone, timed), self.pending_time = self.pending_time, None
            if isinstance(kind, Text) and not find_person(text):
                self.time_first = True
                self.open_timed(alone.number, Timed(timed.start, timed.end, text))  # a table's time cell, its title under it
                return
            self.not_read(alone.number, alone.text, Message("a time with nothing after it"))
        handler = getattr(self, f"on_{type(kind).__name__.lower()}")
        handler(line, kind)
        self.previous = number

    def on_webtext(self, line: Line, kind: WebText) -> None:
        self.not_read(line.number, line.text, Message("text of the web page, not of the programme"))

    def on_heading(self, line: Line, kind: Heading) -> None:
        self.close_questions()
        self.end_list()
        self.in_programme = self.in_programme or kind.programme

    def on_labelled(self, line: Line, kind: Labelled) -> None:
        if not kind.value:
            self.pending_label = (kind.field, kind.label.lower())
            return
        self.read_labelled(line, kind.field, kind.label.lower(), kind.value)

    def read_labelled(self, line: Line, field: str, label: str, value: str, next_line: bool = False) -> bool:
        """ "Date: …", "Venue: …", "Mode: …": what they say of the meeting. On the line under a label
        alone (``next_line``), only a value of that kind is taken."""
        if field == "format":
            self.read_format(line.number, value, said=True)
            return True
        if field == "room":
            self.head.room = value
            return True
        found, left = read_when(value, self.year())
        if next_line and found is None and field == "when":
            return False
        if found is not None:
            self.on_when(line, found, header=True)
        if left:
            if field == "venue":
                self.set_venue(left)
            elif found is not None and left.startswith("(") and left.endswith(")"):
                self.head.description.append(left[1:-1].strip())  # "10 October 2025 (World Mental Health Day)"
            else:
                self.not_read(line.number, left, Message('part of "{label}" that is not understood', label=label))
        return True

    def on_organisers(self, line: Line, kind: Organisers) -> None:
        for key, names in kind.names.items():
            listed = getattr(self.head, key)
            listed.extend(n for n in names if n not in listed)

    def on_zoneclaim(self, line: Line, kind: ZoneClaim) -> None:
        self.timing.range_claims.append((line.number, kind.range.start.time, kind.range.end.time, kind.range.zone or kind.written))

    def on_sittingheading(self, line: Line, kind: SittingHeading) -> None:
        self.close_questions()
        self.end_list()
        self.in_programme = True
        self.open_group(line.number, kind.title, self.group.date, kind.start, kind.end)

    def open_group(self, line: int, title: str | None, date: dt.date | None, start: Clock | None, end: Clock | None) -> None:
        current = self.group
        if not current.segments and current.heading is None and current.end_mark is None:
            self.timing.groups.pop()  # nothing was read under the implicit one
        self.timing.groups.append(Group(line=line, heading=title or "", title=title, date=date, start=start, end=end))
        self.segment = None
        self.item = None

    def on_when(self, line: Line, kind: When, header: bool = False) -> None:
        current = self.group.date or (self.draft.date if self.group.heading is None else None)
        day_heading = kind.day is not None or (
            not header and kind.date is not None and (self.in_programme or self.draft.segments) and kind.date.date != current
        )
        if day_heading:
            self.close_questions()
            self.end_list()
            self.in_programme = True
            start = end = None
            if len(kind.ranges) == 1:
                start, end = kind.ranges[0].start, kind.ranges[0].end
            date = kind.date.date if kind.date else None
            self.open_group(line.number, kind.day, date, start, end)
            if self.draft.date is None and date is not None:
                self.draft.date = date
            self.read_zone(kind)
            return
        if kind.date is not None and self.draft.date is None:
            self.draft.date = kind.date.date
        ranges = kind.ranges
        zones = [r.zone for r in ranges]
        if len(ranges) > 1 and (home_zone := zones[0]) and any(z and z != home_zone for z in zones[1:]):
            # "8:00 – 9:30 a.m. EST / 14:00 – 15:30 CET": the first is the meeting's, the others the same hours elsewhere
            home = ranges[0]
            self.timing.add_hours(line.number, home.start, home.end)
            self.resolve_zone(city=home.zone if home.city else None, abbr=None if home.city else home.zone)
            for other in ranges[1:]:
                if other.zone is None:
                    continue  # "… / 16:00 – 17:30": the same hours, in no zone the text names
                if other.city:
                    self.timing.zoned_mentions.append((line.number, [(home.start.time, home_zone), (other.start.time, other.zone)]))
                else:
                    self.timing.range_claims.append((line.number, other.start.time, other.end.time, other.zone))
        else:
            for r in ranges:
                self.timing.add_hours(line.number, r.start, r.end)
        if kind.starts and not ranges:
            first, zone, city = kind.starts[0]
            if len(kind.starts) > 1 and city:
                self.timing.zoned_mentions.append((line.number, [(t.time, z) for t, z, _ in kind.starts if z]))
            else:
                self.timing.add_hours(line.number, first, None)
            if zone:
                self.resolve_zone(city=zone if city else None, abbr=None if city else zone)
        self.read_zone(kind)
        if kind.how:
            self.read_format(line.number, kind.how, said=True)
        if kind.place:
            self.head.place = self.head.place or kind.place

    def read_zone(self, kind: When) -> None:
        if kind.zone:
            self.resolve_zone(city=kind.zone if kind.zone_is_city else None, abbr=None if kind.zone_is_city else kind.zone)
        for r in kind.ranges[:1]:
            if r.zone:
                self.resolve_zone(city=r.zone if r.city else None, abbr=None if r.city else r.zone)

    def resolve_zone(self, *, abbr: str | None = None, city: str | None = None) -> None:
        self.timing.resolve_zone(self.head, self.places, abbr=abbr, city=city)

    def places(self) -> list[tuple[str, str]]:
        return self.timing.places(self.text)

    def on_timed(self, line: Line, kind: Timed) -> None:
        if not kind.title:
            segment = self.segment
            if segment is not None and segment.start is None and segment.line == self.previous and not self.time_first:
                self.in_programme = True  # "Welcome" then "14:00–14:05" under it: the title's time
                segment.start, segment.end = kind.start.time, kind.end.time if kind.end else None
                segment.start_loose, segment.end_loose = kind.start.loose, bool(kind.end and kind.end.loose)
            elif not self.in_programme and not self.draft.segments and kind.end is not None:
                self.timing.add_hours(line.number, kind.start, kind.end)  # the hours, alone under the date
            else:
                self.pending_time = (line, kind)
            return
        self.open_timed(line.number, kind)

    def title_above_time(self, text: str) -> bool:
        """Whether a line is a segment's title with its time alone on the next line ("Welcome", then
        "14:00–14:05"), in a text that does not put the time first."""
        if self.time_first or self.following is None or len(text.split()) > 12 or text.endswith((".", ":", ";")):
            return False
        return (self.in_programme or self.head.title is not None) and time_only(strip_bullet(self.following)[0])

    def open_timed(self, line: int, kind: Timed) -> None:
        self.in_programme = True
        title = kind.title
        m = _ITEM_IN_TITLE.match(title)
        if m:
            number = " ".join((m.group("roman") or m.group("number")).split())
            if (again := self.item_again(number, m.group("title").strip())) is not None:
                title = again
            elif self.add_item(line, number, m.group("title").strip(), title):
                title = m.group("title").strip()
        segment = self.open_segment(line, title, start=kind.start.time, end=kind.end.time if kind.end else None)
        segment.start_loose = kind.start.loose
        segment.end_loose = bool(kind.end and kind.end.loose)

    def on_endmark(self, line: Line, kind: EndMark) -> None:
        self.close_questions()
        self.end_list()
        if self.group.end_mark is not None:
            self.not_read(line.number, line.text, Message("a second end of the same sitting"))
            return
        self.group.end_mark = (kind.time, line.number, kind.title)

    def on_role(self, line: Line, kind: Role) -> None:
        if line.bullet and not (self.list_role or kind.many) and self.read_running_order(line, line.text, numbered=False):
            return  # "• Keynote – Ms. X (10 min)": a segment of a running order, with its speaker
        if kind.allotment_text is not None:
            self.not_read(line.number, line.text, Message("the time allotment is not understood"))
            return
        self.close_questions()
        if kind.rest:
            minutes = kind.allotment.minutes if kind.allotment else None
            if not self.read_people(line, kind.rest, role=kind.role, role_for_all=kind.many, minutes=minutes):
                if self.segment is None:
                    self.not_read(line.number, line.text, Message("names no one this reader can tell"))
                else:
                    self.segment.description.append(line.text)  # "Moderator: TBC"
            return
        self.end_list()
        if self.segment is not None and line.cell:
            self.describe(line.number, line.text)  # "Chair" in a table's column of who is responsible
            return
        if not kind.many:
            self.role_once = kind.role
            return
        self.list_role = kind.role
        self.list_allotment = kind.allotment.minutes if kind.allotment else None
        if self.segment is None and not self.in_programme:
            self.list_label = kind.label  # "Speakers" above the programme: placed when the programme is read
            return
        if self.segment is None or self.segment.kind in ("qa", "break", "tour_de_table", "interventions"):
            role, minutes = self.list_role, self.list_allotment  # a new segment ends any list
            label = kind.label[:1].upper() + kind.label[1:]
            self.new_segment(label, line.number, kind="panel" if role == "panellist" else None)
            self.list_role, self.list_allotment = role, minutes
        if self.list_role == "panellist" and self.current.kind in ("other", "address"):
            self.current.kind = "panel"
            if "kind" in self.current.assumed:
                self.current.assumed.remove("kind")

    def on_each(self, line: Line, kind: Each) -> None:
        self.apply_to_list(line.number, line.text, kind.allotment.minutes)

    def apply_to_list(self, line: int, text: str, minutes) -> None:
        """"(5–7 minutes each)" after a list of speakers: their allotment."""
        listed = []
        for slot in reversed(self.segment.slots if self.segment is not None else []):
            if slot.minutes is not None:
                break
            listed.append(slot)
        if not listed:
            self.not_read(line, text, Message("an allotment for each speaker, but no list of speakers comes before it"))
            return
        for slot in listed:
            slot.minutes = minutes

    def item_again(self, number: str, title: str) -> str | None:
        """ "Item 1 (continued)" after a break: the item is taken up again; the segment's title."""
        if number not in self.item_numbers or not _CONTINUED.match(title):
            return None
        self.close_questions()
        self.item = next(item for item in self.draft.items if item.number == number)
        return f"{self.item.title} {title}"

    def add_item(self, line: int, number: str, title: str, text: str) -> bool:
        if number in self.item_numbers:
            self.not_read(line, text, Message("agenda item {number} is numbered twice", number=number))
            return False
        self.close_questions()
        self.item = Item(number, title, line)
        self.draft.items.append(self.item)
        self.item_numbers.add(number)
        return True

    def on_itemline(self, line: Line, kind: ItemLine) -> None:
        if (again := self.item_again(kind.number, kind.title)) is not None:
            self.in_programme = True
            self.new_segment(again, line.number)
        elif self.add_item(line.number, kind.number, kind.title, line.text):
            self.in_programme = True
            title, found, _ = trailing_allotment(kind.title)
            if found is not None and not found.each:  # "Item 2: Opening (10 min)"
                self.draft.items[-1].title = title  # the item add_item made
                self.set_length(self.new_segment(title, line.number), found.minutes)
            else:
                self.new_segment(kind.title, line.number)

    def on_numbered(self, line: Line, kind: Numbered) -> None:
        if self.questions_label is not None and self.segment is not None:
            self.add_question(Line(line.number, kind.title, f"{kind.number}."))  # "1. What reforms have been adopted?"
            return
        if not self.read_running_order(line, kind.title, numbered=True):
            if (self.list_role or self.role_once) and self.read_people(Line(line.number, kind.title, f"{kind.number}."), kind.title):
                return  # "Panelists:" then "1. H.E. Mr. X, Liberia"
            self.on_text(line, Text())

    def on_qa(self, line: Line, kind: QA) -> None:
        rest = kind.rest
        minutes = None
        allot = PAREN_DURATION.search(rest)
        if allot:
            found = allotment(allot.group("inner"))
            if found is None or isinstance(found.minutes, tuple) or found.each:
                self.not_read(line.number, line.text, Message("the length of the Q&A is not understood"))
                return
            minutes = found.minutes
            rest = rest[: allot.start()] + rest[allot.end():]
        rest = " ".join(rest.split()).strip()
        title = kind.words + (f" {rest}" if rest else "")  # "Q&A – other States invited", "Preguntas y respuestas"
        segment = self.new_segment(title.strip(), line.number, kind="qa")
        segment.minutes = minutes

    def on_tour(self, line: Line, kind: Tour) -> None:
        if self.in_tour():
            self.on_text(line, Text())
            return
        self.open_tour(line.number).description.append(line.text)

    def open_tour(self, line: int) -> Segment:
        """The tour-de-table the line announces: the segment of the item just opened, or a new one."""
        segment = self.segment
        if segment is None or segment.item is None or self.item is None or segment.item != self.item.number:
            return self.new_segment("Tour-de-table", line, kind="tour_de_table")
        if not segment.slots and not segment.description and segment.kind in ("other", "address", "panel", "tour_de_table"):
            segment.kind = "tour_de_table"
            if "kind" in segment.assumed:
                segment.assumed.remove("kind")
            return segment
        return self.new_segment("Tour-de-table", line, kind="tour_de_table")

    def on_standingitem(self, line: Line, kind: StandingItem) -> None:
        if kind.lettered and self.questions_label is not None and self.segment is not None and kind.title.endswith("?"):
            self.add_question(Line(line.number, kind.title, "(a)"))  # "(a) How should …?" under "Guiding questions:"
            return
        if not self.in_tour():
            if kind.lettered:  # "(a) …" outside a tour-de-table is a line like any other
                self.on_text(line, Text())
                return
            self.open_tour(line.number)
        self.close_questions()
        self.add_standing(line.number, kind.title)

    def add_standing(self, line: int, title: str) -> None:
        segment = self.current
        base = "-".join([w for w in slug(title).split("-") if w not in words.STANDING_ID_STOP_WORDS][:3]) or "item"
        key, n = base, 2
        while key in segment.standing_ids:
            key, n = f"{base}-{n}", n + 1
        segment.standing_ids.add(key)
        segment.standing.append(Standing(key, title, line))

    def on_subsegment(self, line: Line, kind: SubSegment) -> None:
        title, found, _ = trailing_allotment(kind.title)
        # "Panel 1: Opening markets to women" is a panel, whatever its title says
        segment = self.new_segment(title, line.number, kind=_kind_of(title.split()[0]))
        if found is not None and not found.each:
            self.set_length(segment, found.minutes)

    def set_length(self, segment: Segment, minutes: Minutes) -> None:
        """A segment's planned length; of a range ("8–10 min") the longest, marked assumed."""
        if isinstance(minutes, tuple):
            segment.assume("minutes")
            segment.comments.append(f"minutes: the text gives {minutes[0]}–{minutes[1]} min; the longest is planned")
            minutes = minutes[1]
        segment.minutes = minutes

    def on_questionslabel(self, line: Line, kind: QuestionsLabel) -> None:
        self.close_questions()
        self.questions_label = (line.number, line.text)

    def add_question(self, line: Line) -> None:
        """A guiding question under "Guiding questions:": of the standing item above it; in a
        tour-de-table that names none, of a standing item named after the tour's own subject."""
        segment = self.segment
        assert segment is not None and self.questions_label is not None
        self.questions_found += 1
        self.questions_listed = self.questions_listed or line.bullet is not None
        if not segment.standing and self.in_tour():
            label_line, _ = self.questions_label
            self.add_standing(label_line, _subject(segment.title))
            segment.comments.append(
                f"line {label_line}: the tour-de-table names no standing item: its guiding questions are those of one named after it"
            )
        if segment.standing:
            segment.standing[-1].questions.append(line.text)
        else:
            segment.description.append(f"Question: {line.text}")

    # -- lines of text --

    def on_text(self, line: Line, kind: Text) -> None:
        text, bullet, number = line.text, line.bullet, line.number
        said = text.split()
        if self.in_tour() and bullet == "❖":
            self.close_questions()
            self.add_standing(number, text)
            return
        if self.questions_label is not None and self.segment is not None:
            if self.questions_listed and not bullet:  # the list of questions ends: "1. What …?", "2. …", then a sentence
                self.close_questions()
            else:
                self.add_question(line)
                return
        if _FORMAT_ALONE.match(text):
            self.read_format(number, text, said=True)
            return
        if _LANGUAGE_LINE.match(text) and self.read_languages(text):
            return  # "Interpretation: English/Spanish"
        if self.read_running_order(line, text, numbered=False):
            return
        if self.read_people(line, text):
            return
        if self.title_above_time(text):
            self.new_segment(text, number)  # "Welcome", its time on the next line
            return
        if self.list_role and bullet:
            self.not_read(number, text, Message("a list of speakers was expected here"))
            return
        if self.segment is not None and bullet and text.lower().startswith(words.INTERVENTION_NOUNS):
            self.new_segment(text, number, kind="interventions")
            return
        if self.segment is None and not self.draft.segments and self.read_head(line):
            return
        if self.segment is None and self.pending and trailing_allotment(text)[1] is not None:
            self.place_listed()  # "Speakers:" and their allotments, then "Interactive dialogue (25 min)": the list is the programme
        if self.segment is not None and self.read_sub_segment(line):
            return
        if (limit := limit_in_sentence(text)) is not None:
            # "Each delegation is invited to make a 3-minute intervention.": the meeting's limit says it all
            if not (self.set_intervention_minutes(number, limit) and len(said) <= _LIMIT_SENTENCE_WORDS):
                self.describe(number, text)
            return
        if self.segment is not None and not line.cell and _KIND_ALONE.match(text):
            if self.segment.has_content:
                self.new_segment(text.rstrip("."), number)  # "Discussion" after a session's speakers: what follows them
                return
            if "kind" in self.segment.assumed:  # "Session 2: Financing …" then "Open discussion": what the session is
                self.segment.kind = _kind_of(text) or self.segment.kind
                self.segment.assumed.remove("kind")
            self.describe(number, text)
            return
        if TIMEISH.search(text) or PAREN_DURATION.search(text):
            self.not_read(number, text, Message("has a time or an allotment in a shape that is not understood"))
            return
        if len(said) < 3:
            title = self.segment is None and self.head.title is None and not self.draft.segments  # "Side event"
            kind_of_event = self.segment is None and not self.draft.segments and _CATEGORY.match(text) is not None
            two_words = self.segment is not None and len(said) == 2 and all(w[:1].isalpha() for w in said)  # "Open discussion"
            if not (title or kind_of_event or two_words or (line.cell and self.segment is not None)):
                self.not_read(number, text, Message("too short to tell what it is"))
                return
        self.describe(number, text)

    def describe(self, number: int, text: str) -> None:
        """Prose: what a segment, an item or the meeting is about, kept word for word."""
        self.end_list()
        self.read_languages(text)
        # "Conversatorio virtual", "Virtual side event": the kind of event says how people take part
        self.read_format(number, text, said=self.segment is None and _CATEGORY.match(text) is not None)
        if self.segment is not None:
            self.segment.description.append(text)
        elif self.in_programme or not self.names_the_event(number, text):
            self.head.description.append(text)

    def names_the_event(self, number: int, text: str) -> bool:
        """A line of the head that names the event, the forum around it or its kind: the first such
        line and those right under it (after a blank line too, while only the forum or the kind has
        been named). ``finish`` makes the event's own name the title, the others its subtitle."""
        if len(text) > 300 or (self.head.title is not None and (len(text) > 200 or text.endswith("."))):
            return False  # a paragraph is not a title
        if (m := _ORGANISED_BY.match(text)) and _CATEGORY.match(m.group("what")):
            # "Manifestation parallèle organisée par la Mission permanente de la Belgique et l'ONUDC"
            self.on_organisers(Line(number, text), Organisers(organisers(text[m.start("label"):])))
            text = m.group("what")
        if self.head.title is None:
            if not _EVENT_WORDS.search(text) and says_organisation(text) and len(text.split()) <= 15 and not text.endswith("."):
                # "United Nations Department of Economic and Social Affairs" above the title; "X – Y": two
                named = [p.strip() for p in _BETWEEN_ORGANISATIONS.split(text)]
                self.head.organisers.extend(named if all(says_organisation(p) for p in named) else [text])
                return True
            if m := _HEADING_BEFORE_TITLE.match(text):  # "Agenda – Launch of the World Drug Report"
                text, self.in_programme = m.group("title"), True
            elif (m := _ORGANISER_FIRST.match(text)) and says_organisation(m.group("who")) and len(m.group("who").split()) <= (
                3 if m.group("dash") else 6
            ) and not (m.group("dash") and _FRAMEWORK.search(text)):
                self.head.organisers.append(m.group("who").strip())  # "UN Women | Commission on the Status of Women …"
                text = m.group("what")
            self.title_lines = [p.strip() for p in text.rstrip(".").split(" | ") if p.strip()][:3]  # "Side event | Climate …"
            self.head.title, self.title_line = self.title_lines[0], number
            return True
        only_kinds = all(_FRAMEWORK.search(t) or _CATEGORY.match(t) for t in self.title_lines)
        if self.previous != self.title_line or len(self.title_lines) >= 3 or not (number == self.title_line + 1 or only_kinds):
            return False
        if text[:1].isupper() and _ORGANISATION_FIRST.match(text) and not _EVENT_WORDS.search(text) and says_organisation(text) and len(text.split()) <= 15:
            self.head.organisers.append(text)  # "Permanent Missions of Colombia and Spain" under the forum's name
            self.title_line = number
            return True
        self.title_lines += [p.strip() for p in text.split(" | ") if p.strip()]  # "Side event | Climate displacement …"
        self.title_line = number
        return True

    def read_head(self, line: Line) -> bool:
        """Lines of the head before the programme: the room, the venue, the city, times said in a sentence."""
        text, number = line.text, line.number
        how = _ONLINE_PART.search(text)
        if self.head.title is not None and (city := place(text[: how.start()] if how and how.start() > 0 else text)) is not None:
            self.head.place = self.head.place or city  # "Bangkok, Thailand", "Abidjan, Côte d'Ivoire, et en ligne (Zoom)"
            if how and how.start() > 0:
                self.read_how(how)
            return True
        if self.read_when_and_where(line):
            return True
        if _JOINING_DETAIL.match(text) and self.head.title is not None:
            self.head.description.append(text)  # "Zoom meeting ID: 845 2231 9987"
            return True
        if _ROOM_PART.match(text) and len(text.split()) <= 5 and "," not in text and not _EVENT_WORDS.search(text):
            self.head.room = text
            return True
        if self.head.title is not None and self.head.venue is None and self.read_venue(text):
            return True
        if self.read_times_in_prose(number, text):
            self.end_list()
            self.head.description.append(text)
            return True
        if (webcast := self.read_webcast(text)) and len(text.split()) <= 8:
            self.head.webcast = self.head.webcast or webcast
            return True
        return False

    def read_when_and_where(self, line: Line) -> bool:
        """A line of the head that gives the date or the hours and the place: "Wednesday, 4 June 2025,
        15:00 to 16:30, Palais des Nations, Room XVII"; what comes before the place ("Expert meeting,
        Palais des Nations, Geneva, 14–15 May 2025") names the event."""
        found, left = read_when(line.text, self.year())
        if found is None or not left or (found.starts and not found.ranges):
            return False  # "… at 10:45 AM" in a sentence: a time in prose, weighed with the others
        parts = [p.strip() for p in left.split(",") if p.strip()]
        at = next((i for i, p in enumerate(parts) if _VENUE_WORDS.search(p) or _ROOM_WORD.search(p) or place(p)), None)
        if at is None:
            return False
        if at > 0:
            self.describe(line.number, ", ".join(parts[:at]))
        self.on_when(line, found, header=True)
        self.set_venue(", ".join(parts[at:]))
        return True

    def read_how(self, m: re.Match) -> None:
        """The part of a venue that says how else people take part: "and online via Webex",
        "& livestream", "and live on UN Web TV", "& Zoom (online)"."""
        if m.group("webcast"):
            self.head.webcast = self.head.webcast or self.read_webcast(m.group(0)) or m.group("webcast")
            return
        # a place and online: hybrid, whatever a lone "Webinar" above said
        self.head.format, self.head.format_line = "hybrid", None
        how = (m.group("platform") or m.group("paren") or m.group("platform2") or "").strip()
        if how and (p := _PLATFORM.search(how)):
            self.head.platform = self.head.platform or p.group(0)
        elif how and _WEBCAST.search(how):
            self.head.webcast = self.head.webcast or how

    def read_webcast(self, text: str) -> str | None:
        """"Webcast live on UN Web TV", "live streaming on UNEP's YouTube channel"."""
        if not (said := _WEBCAST_WORDS.search(text)):
            return None
        m = _ON_WHERE.search(text, said.end())
        if m:
            return m.group("where").strip()
        m = _WEBCAST.search(text)
        return m.group(0) if m else None

    def read_sub_segment(self, line: Line) -> bool:
        """A line under a segment with a length of its own: "Presentation by the Secretariat (20 minutes)",
        "Interventions by delegations (3 minutes each)", or a limit for each speaker in a sentence."""
        text = line.text
        title, found, _ = trailing_allotment(text)
        if found is None:
            m = re.search(r"\s*\((?P<inner>[^()]*)\)\.?$", text)
            if m and (each := allotment(m.group("inner"))) is not None and each.each and len(text.split()) > 6:
                # "… invited to take the floor (3 minutes per delegation).": the limit of their interventions
                self.set_each(line.number, each, sentence=True)
                self.describe(line.number, text)
                return True
            return False
        if len(title.split()) > 12 or title.endswith(".") or find_person(title) or not _LETTER_OR_FIGURE.search(title):
            return False
        segment = self.new_segment(title, line.number)
        if found.each:
            self.set_each(line.number, found)
        else:
            self.set_length(segment, found.minutes)
        return True

    def set_each(self, line: int, found: Allotment, sentence: bool = False) -> None:
        """"(2 minutes each)", "(3 minutes per delegation)": the limit of each intervention, or the
        allotment of each speaker listed in the segment. In a sentence, it is the limit unless the
        segment names its speakers."""
        segment = self.segment
        if segment is None or segment.kind in ("interventions", "tour_de_table", "qa") or (sentence and not segment.slots):
            self.set_intervention_minutes(line, found.minutes)
        else:
            self.list_allotment = found.minutes

    def read_times_in_prose(self, number: int, text: str) -> bool:
        """Running text that states when the event is: "on Wednesday, 17 July 2024, at 13:15 pm
        (New York time)/19:16 pm (Geneva time)". The values are collected; ``settle`` uses them and
        says where the text contradicts itself."""
        zoned = []
        for m in _ZONED_TIME.finditer(text):
            t = clock(m.group("t"))
            if t is not None and not t.bare:
                zoned.append((t.time, city_of(m)))
        at = _AT_TIME.search(text)
        at_clock = clock(at.group("t")) if at else None
        at_time = at_clock.time if at_clock is not None and not at_clock.bare else None
        found = find_date(text)
        if not zoned and not (found and at_time):
            return False
        if found:
            self.timing.date_mentions.append((number, found.date))
        if zoned:
            self.timing.zoned_mentions.append((number, zoned))
            self.timing.start_mentions.append((number, zoned[0][0]))
        elif at_time is not None:
            self.timing.start_mentions.append((number, at_time))
        return True

    def read_languages(self, text: str) -> bool:
        """Languages named in running text, in English, French or Spanish ("English, French and
        Spanish, with interpretation", "anglais, français et espagnol"): the names up to the first
        word that names no language."""
        if self.head.languages:
            return False
        if re.search(_LANGUAGE_CUE, text, re.I) and (m := _ALL_LANGUAGES.search(text)):
            self.head.languages = list(words.ALL_OFFICIAL_LANGUAGES[" ".join(m.group(0).lower().split())])
            return True
        m = _LANGUAGES.search(text)
        if not m:
            return False
        names = [n for n in re.split(rf"\s*{_JOINER}\s*", m.group("names")) if n]
        codes = []
        for name in names:
            if name.lower() in _SMALL_WORDS:
                break  # "español e inglés, con interpretación": "con" and "the" are languages' names too
            try:
                code = langcodes.find(name).language
            except (LookupError, ValueError):
                break  # "…, with interpretation"
            if code is None:
                break
            codes.append(code)
        if not codes:
            return False
        floor = _language_named(text[: m.start()].split()[:1])  # "English with interpretation into French and Spanish"
        if m.group("into") and floor and floor not in codes:
            codes.insert(0, floor)
        elif m.group("into") and "en" not in codes:  # "interpretation into Spanish": from the floor's language
            codes.insert(0, "en")
            self.head.languages_note = "English is taken as the floor's language: the text names only the languages interpreted into"
        self.head.languages = codes
        return True

    def read_venue(self, text: str) -> bool:
        """A short line under the title naming the place: "Conference Room 11, United Nations Headquarters"."""
        text = text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]  # "(VIC Boardroom D and online participation through Microsoft Teams)"
        if len(text.split()) > 16 or text.endswith(".") or TIMEISH.search(text):
            return False
        if not (_VENUE_WORDS.search(text) or _ROOM_WORD.search(text)):
            return False
        first = text.split(",")[0]
        if find_date(text) or (_EVENT_WORDS.search(first) and not (_VENUE_WORDS.search(first) or _ROOM_WORD.search(first))):
            return False
        self.set_venue(text)
        return True

    def set_venue(self, text: str) -> None:
        kept: list[str] = []
        for part in (p.strip() for p in text.split("|")):  # "… 2nd floor | Livestream on YouTube"
            if kept and (m := _ONLINE_PART.search(f", {part}")) is not None and m.start() == 0:
                self.read_how(m)
            elif kept and (channel := _WEBCAST.search(part)) is not None:
                self.head.webcast = self.head.webcast or channel.group(0)  # "also on UN Web TV"
            elif part:
                kept.append(part)
        text = ", ".join(kept)
        if (m := _HOW_IN_BRACKETS.search(text)) is not None and m.start() > 0:  # "Room XXI, Palais des Nations (and via Zoom)"
            self.head.format, self.head.format_line = "hybrid", None
            self.head.platform = self.head.platform or m.group("platform")
            text = text[: m.start()]
        m = _ONLINE_PART.search(text)
        if m and m.start() > 0:  # "Conference Room 6, UN Headquarters, and online via Webex", "VIC & livestream"
            self.read_how(m)
            text = text[: m.start()]
        text = _MODE_IN_BRACKETS.sub("", text)  # "Conference Room 4 (in person)"
        parts = []
        for part in re.split(r",|\s+[–—]\s+", text):
            part = part.strip(" ,")
            city = _CITY_AT_END.search(part)
            if city and city.start() > 0:  # "Room XXII (TBC) Geneva": the room, then the city
                parts += [part[: city.start()].strip(), city.group(0).strip()]
            elif part:
                parts.append(part)
        room = next((part for part in parts if _ROOM_PART.match(part) and len(part.split()) <= 5), None)
        if room is not None and len(parts) > 1:
            self.head.room = self.head.room or room
            parts.remove(room)
        self.head.venue = self.head.venue or ", ".join(p.strip(" ,") for p in parts) or None  # the first line that says it

    def read_format(self, line: int, text: str, said: bool = False, line_given: bool = True) -> None:
        """How people take part, from a sentence about it ("held in a hybrid format (in person and via
        Zoom)"), a line that starts with it ("Online via Zoom") or a "Mode:" label; the first that says it is used."""
        if not (said or _ABOUT_TAKING_PART.search(text) or _FORMAT_FIRST.match(text)):
            return
        if self.head.platform is None and (m := _PLATFORM.search(text)):
            self.head.platform = m.group(0)
        if self.head.webcast is None and (webcast := self.read_webcast(text)):
            self.head.webcast = webcast
        if self.head.format is not None:
            return
        hybrid, in_person, online = _HYBRID.search(text), _IN_PERSON.search(text), _ONLINE.search(text)
        if hybrid or (in_person and online and not _WEBCAST_WORDS.search(text)):
            self.head.format = "hybrid"
        elif online and not (in_person and _WEBCAST_WORDS.search(text)):
            self.head.format = "online"
        elif in_person:
            self.head.format = "in_person"
        else:
            return
        self.head.format_line = line if line_given else None

    # -- segments and people --

    def open_segment(self, line: int, text: str, slot_minutes=None, **fields) -> Segment:
        """A segment from a heading; a speaker it names ("Welcome remarks — Mr. X, Director",
        "Presentation of the report by Ms. Y, UNODC") becomes its slot, the rest its title. A
        duration at the end is the speaker's allotment, or the segment's length."""
        title, speaker = _split_speaker(text)
        allot = None
        if speaker is None:
            title, allot, _ = trailing_allotment(title)
        segment = self.new_segment(title, line, **fields)
        if speaker is not None and not self.read_person(line, speaker, lead=title, minutes=slot_minutes):
            segment.title = text.strip()  # not a name after all: the whole heading is the title
            segment.kind = _kind_of(segment.title) or segment.kind
        if allot is not None and segment.title != title and segment.description:
            # "Débat interactif – les délégations sont invitées à intervenir (3 minutes maximum)": the sentence's
            segment.description[-1] += text[len(title):]
            if _INTERVENTION_NOUN.search(segment.description[-1]):
                self.set_intervention_minutes(line, allot.minutes)
            allot = None
        if allot is not None:
            if allot.each:
                self.set_each(line, allot)
            elif segment.start is not None:
                self.set_length(segment, allot.minutes)
        return segment

    def read_running_order(self, line: Line, text: str, numbered: bool) -> bool:
        """A numbered or bulleted line of a programme given by durations: "1. Opening remarks (5
        minutes)", "• Keynote ‐ Mr. X, Special Envoy (8‒10 min)". It opens a segment of that length."""
        title, found, unread = trailing_allotment(text)
        listed = bool(line.bullet and line.bullet != "|") or found is not None  # "• Panel", or a line with its length
        if not numbered and (not listed or self.list_role or self.role_once or (self.segment is not None and self.segment.start is not None)):
            return False  # a bullet of a list of speakers, or of a timed block
        if PERSON.match(title) or not _LETTER_OR_FIGURE.search(title):
            return False  # a speaker, not a segment ("2. Dr. X (video message, 7 min)"); or "• (14')", a length of nothing
        if unread is not None and numbered:
            self.not_read(line.number, line.text, Message("has a time or an allotment in a shape that is not understood"))
            return True
        if found is None and not (numbered and self.in_programme and len(title.split()) <= 15 and not title.endswith((".", ";"))):
            return False  # a numbered sentence of the background ("1. Spotlight on the alarming rise …;")
        self.in_programme = True
        if found is not None and found.each:  # "statements from Member States (2 minutes each)": a limit, not a length
            segment = self.open_segment(line.number, title)
            self.set_each(line.number, found)
            return True
        segment = self.open_segment(line.number, title, slot_minutes=found.minutes if found else None)
        if found is not None:
            self.set_length(segment, found.minutes)
        return True

    def read_people(self, line: Line, text: str, role: str | None = None, role_for_all: bool = False, minutes=None) -> bool:
        """One person or several on a line ("Ms. A, UNDP; Mr. B (IOM) and Dr. C"); all or none are read."""
        bare = role is not None or self.list_role is not None or self.role_once is not None
        if not bare and find_person(text) is None and not self.known(text):
            return False  # no "Ms."/"Mr." and no name read before: no person
        parts = _people_parts(text, bare)
        if len(parts) > 1:
            trial = [read_person(p, bare=bare) for p in parts]
            if any(t is None or t.unread_duration for t in trial):
                parts = [text]
        for i, part in enumerate(parts):
            allowed = bare or self.known(part)
            if not (find_person(part) or allowed):
                return False
            given = role if (role_for_all or i == 0) else None
            if not self.read_person(line.number, part, role=given, minutes=minutes, bare=allowed):
                if i == 0:
                    return False
                self.not_read(line.number, part, Message("names no one this reader can tell"))
        return True

    def known(self, text: str) -> bool:
        """A name without "Mr."/"Ms." already read on an earlier line ("Sarah Nakato (EACAT)")."""
        name = _NAME_END.split(text, maxsplit=1)[0]
        return len(name) < 60 and slug(name) in self.draft.people

    def read_person(self, line: int, text: str, lead: str | None = None, minutes=None, role: str | None = None, bare: bool = False) -> bool:
        """A speaker's line: "Welcome by Dr. X, Title (5 min)", "Ms. X, Title, via video message". ``lead``
        is the title of a heading that names the speaker, ``minutes`` the heading's length."""
        found = read_person(text, bare=bare)
        if found is None or found.unread_duration:
            return False
        given_lead = lead is not None
        if lead is None:
            lead = found.lead
            if len(lead.split()) > 6 or _PUNCTUATION.search(lead):
                return False  # a sentence that mentions someone ("For more information, contact Ms X")
        if found.honorific is None and lead and not given_lead:
            return False
        person = self.person(found.name, line)
        person.title = person.title or found.honorific
        if (found.position or found.affiliation) and not (person.position or person.affiliation):
            person.position, person.affiliation = found.position, found.affiliation
        if found.modality and found.modality != "in_person":
            person.modality = found.modality
        if found.honorific:
            person.gender = person.gender or honorific_gender(found.honorific, self.language)

        segment = self.segment
        chosen = role or _role_in(lead) or self.list_role or self.role_once
        if self.role_once and not role:
            self.role_once = None
        if chosen is None:
            chosen = _role_in(found.position or "") or "speaker"
        if chosen == "speaker" and segment is not None and not (role or self.list_role or lead):
            if _role_in(segment.title) == "keynote" and not segment.slots:
                chosen = "keynote"  # the one speaker under "Keynote address"
            elif (by_title := next((r for options, r in words.TITLE_ROLES if has_word(segment.title, options)), None)) is not None:
                chosen = by_title  # every speaker under "Presentations by youth delegates"
            elif segment.kind == "panel":
                chosen = "panellist"
        # "Welcome remarks — Mr. X" under its own heading, "Moderator – Ms. X": the lead says nothing more
        repeats = segment is not None and lead == segment.title or _ROLE_LABEL.match(lead) is not None
        note = "; ".join(n for n in (None if repeats else lead or None, found.note) if n) or None
        allotted = found.minutes if found.minutes is not None else minutes if minutes is not None else self.list_allotment
        slot = Slot(person.id, line, role=chosen, minutes=allotted, note=note)
        self.close_questions()
        if self.segment is None:
            self.pending.append((slot, self.list_label))  # named before the programme: placed when it is read
        else:
            self.segment.slots.append(slot)
        return True

    # -- the draft --

    def place_listed(self) -> None:
        """People listed above the programme ("Speakers", then their names): in the first segment whose
        title names them ("Remarks by the speakers"), else the first; in one of their own if there is none."""
        listed = [(slot, label) for slot, label in self.pending if label is not None]
        self.pending = [(slot, label) for slot, label in self.pending if label is None]
        if not self.draft.segments:
            if listed or self.pending:
                everyone = [slot for slot, _ in (*self.pending, *listed)]
                labels = [label for _, label in listed]
                self.pending = []
                title = labels[0][:1].upper() + labels[0][1:].rstrip(":") if labels else "Speakers"
                self.new_segment(title, everyone[0].line).slots.extend(everyone)
            return
        for label in dict.fromkeys(label for _, label in listed):
            slots = [slot for slot, of in listed if of == label]
            named = re.compile(rf"\b{re.escape(label.lower().rstrip(':s'))}", re.I)
            target = next((s for s in self.draft.segments if named.search(s.title)), self.draft.segments[0])
            target.slots[:0] = slots
            target.comments.append(f'line {slots[0].line}: the {label.lower()} listed before the programme are placed here')

    def finish(self) -> DraftProgramme:
        self.close_questions()
        if self.pending_time:
            alone, _ = self.pending_time
            self.not_read(alone.number, alone.text, Message("a time with nothing after it"))
        self.place_listed()
        head = self.head
        if self.title_lines:
            head.title, head.subtitle = _title_and_subtitle(self.title_lines)
        settle(self.draft, self.timing, self.places)
        return self.draft


def _split_speaker(text: str) -> tuple[str, str | None]:
    """A heading's title and the speaker it names, if any: "Welcome remarks — Mr. X, Director" and
    "Presentation of the report by Ms. Y, UNODC" give the title and the text from the honorific."""
    m = find_person(text)
    if m is None:
        return text, None
    before = text[: m.start("hon")]
    title = _BY_OR_MARK_AT_END.sub("", before)
    if title == before or not title.strip():
        return text, None  # no "by" or dash between them: the name is part of the title, or there is no title
    return title.strip(), text[m.start("hon"):]


def _language_named(said: list[str]) -> str | None:
    """The language a word names ("English", "français"), if it names one."""
    if not said or said[0].lower() in _SMALL_WORDS or not said[0].isalpha():
        return None
    try:
        return langcodes.find(said[0]).language
    except (LookupError, ValueError):
        return None


def _subject(title: str) -> str:
    """What a tour-de-table is about, from its title: "Session 2: Tour de table – national responses"
    → "National responses"; the title itself when it says nothing more."""
    subject = _TOUR_WORDS.sub("", _LABEL_BEFORE_TITLE.sub("", title)).strip(" " + DASHES)
    return subject[:1].upper() + subject[1:] if subject else title


def _title_and_subtitle(lines: list[str]) -> tuple[str, str | None]:
    """The event's own name and what the lines around it say ("Side event on the margins of the 59th
    session …", "UNEA-7 side event", "Commission on the Status of Women – Side event"); a line that
    begins in lower case goes on from the one before."""
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"  # "Regional consultation of the Special Rapporteur …" / "with civil society …"
        else:
            joined.append(line)
    joined = [_unquoted(line) or line for line in joined]
    names = [line for line in joined if not (_FRAMEWORK.search(line) or _CATEGORY.match(line))]
    title = names[0] if names else joined[0]
    others = [line for line in joined if line is not title]
    return title, " – ".join(others) or None


def _unquoted(text: str | None) -> str | None:
    """ '"Women in Peacebuilding"' → 'Women in Peacebuilding' """
    if text and len(text) > 2 and text[0] in "\"“'‘«" and text[-1] in "\"”'’»":
        return text[1:-1].strip()
    return text


def _people_parts(text: str, bare: bool) -> list[str]:
    """"Ms. A (UNDP), Mr. B (IOM) and Dr. C" → the text of each person; names without "Ms." are
    parted by ";" only."""
    parts = [p.strip() for p in text.split(";") if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces_ = _BEFORE_A_PERSON.split(part)
        out.extend(p.strip() for p in pieces_ if p.strip())
    return out


"""What each line of a pasted agenda is, read on its own.

``classify`` looks at one logical line and says what it is: a heading, a line saying when the
meeting is, a segment with its clock time, a role and the people who hold it, an agenda item, a
Q&A, a line of text. It does not know what came before; ``agenda_import`` puts the lines together
(a line of text under a list of panellists is a panellist, under a segment its description).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import agenda_words as words
from .agenda_text import (
    CLOCK,
    DASH,
    DASHES,
    HOURS,
    PAREN_DURATION,
    RANGE,
    Allotment,
    Clock,
    DateFound,
    allotment,
    clock,
    find_date,
    find_person,
    lead_time,
    military,
    phrases,
    range_clocks,
    says_organisation,
)
from .zones import ABBREVIATION_ZONES, zone_for_city

BULLET = re.compile(rf"^(?P<mark>[•●▪◦❖*·►▶➢✓|]|{DASH}|[o](?=\s))\s*(?=\S)")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line of the pasted text
    text: str  # without its bullet
    bullet: str | None = None
    cell: bool = False  # a further cell of a table row: "Secretariat" in "08:30 | Registration | Secretariat"


# --- what a line is ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """"Programme", "Provisional agenda", a table's header row: the programme follows. Or, with
    ``programme`` false, a part of the document around it ("INVITATION", "Concept note")."""

    programme: bool = True


@dataclass(frozen=True)
class WebText:
    """"Skip to main content": the web page around the invitation."""


@dataclass(frozen=True)
class Labelled:
    """"Date: …", "Venue: …", "Mode: …" (``field`` is "when", "venue", "format" or "room")."""

    field: str
    label: str
    value: str


@dataclass(frozen=True)
class Organisers:
    """"Organized by X and Y in partnership with Z": ``names`` per field ("organisers", "co_sponsors")."""

    names: dict[str, list[str]]


@dataclass(frozen=True)
class ZoneRange:
    start: Clock
    end: Clock
    zone: str | None  # an abbreviation ("EST") or a city ("Geneva")
    city: bool = False


@dataclass(frozen=True)
class When:
    """A line that says when (and perhaps where and how) and nothing else: "Tuesday, 15 July 2025,
    1:15 p.m. – 2:30 p.m. (EDT)", "Day 1 – Monday, 3 March 2025", "10 AM – 1 PM; 3 PM – 6 PM (CEST)"."""

    date: DateFound | None
    ranges: list[ZoneRange] = field(default_factory=list)
    starts: list[tuple[Clock, str | None, bool]] = field(default_factory=list)  # "at 13:15 (New York time)"
    zone: str | None = None  # abbreviation or city named apart from a time
    zone_is_city: bool = False
    how: str | None = None  # "Hybrid (in person and via Zoom)"
    day: str | None = None  # "Day 1"
    place: str | None = None  # "Santiago", "Kampala, Uganda"


@dataclass(frozen=True)
class ZoneClaim:
    """"(9:00 – 10:00 EST)" under the hours: the same hours in another zone."""

    range: ZoneRange
    written: str  # the zone as the text writes it ("EST"), known to this reader or not


@dataclass(frozen=True)
class SittingHeading:
    """"Morning session (10:00 a.m. – 1:00 p.m.)", "Afternoon"."""

    title: str
    start: Clock | None = None
    end: Clock | None = None


@dataclass(frozen=True)
class Timed:
    """A segment with its clock time at the head: "14:00 – 14:20 Setting the scene", "1:15 p.m.
    Welcome"; ``title`` is empty when the line is a time alone (a table cell)."""

    start: Clock
    end: Clock | None
    title: str


@dataclass(frozen=True)
class EndMark:
    """"2:30 p.m. End", "17:00 Close of the meeting": the sitting ends."""

    time: Clock
    title: str


@dataclass(frozen=True)
class Role:
    """"Moderator: Ms. X", "Moderated by Ms. X", "Panellists (3–5 mins each):", "Speakers: Ms. A, Mr. B"."""

    role: str
    label: str
    rest: str  # who, on the same line ("" when they follow on lines of their own)
    many: bool  # a list of people follows
    allotment: Allotment | None = None
    allotment_text: str | None = None  # the bracket, when it is not understood


@dataclass(frozen=True)
class Each:
    """"(5–7 minutes each)" after a list of speakers."""

    allotment: Allotment


@dataclass(frozen=True)
class ItemLine:
    """"I. Opening of the meeting", "Item 3: Adoption of the agenda"."""

    number: str
    title: str


@dataclass(frozen=True)
class Numbered:
    """"1. Opening remarks (5 minutes)": a line of a running order, or of a background text."""

    number: str
    title: str


@dataclass(frozen=True)
class QA:
    """"Q&A (10 mins)", "Followed by Q&A – other states invited to intervene"."""

    rest: str
    words: str = "Q&A"  # as the text says it: "Q&A", "Questions and answers", "Questions-réponses"


@dataclass(frozen=True)
class Tour:
    """A line announcing a tour-de-table."""


@dataclass(frozen=True)
class StandingItem:
    """"Standing item (a): Article 4 – …" (or "(a) …", taken as one only inside a tour-de-table)."""

    title: str
    lettered: bool = False


@dataclass(frozen=True)
class SubSegment:
    """"Panel 1: …", "Session 2 – …" without a time: a segment of the item or block above."""

    title: str


@dataclass(frozen=True)
class QuestionsLabel:
    """"Suggested guiding questions for the discussion:": questions follow."""


@dataclass(frozen=True)
class Text:
    """Anything else: a title, a person, a description, a sentence."""


Kind = (
    Heading | WebText | Labelled | Organisers | ZoneClaim | SittingHeading | When | Timed | EndMark | Role | Each
    | ItemLine | Numbered | QA | Tour | StandingItem | SubSegment | QuestionsLabel | Text
)


# --- the patterns, from the words ---------------------------------------------------------------------

_QUALIFIER = phrases(words.PROGRAMME_HEADING_QUALIFIERS)
# "Provisional programme", "Programme provisoire", "Programme at a glance"
_HEADING = re.compile(
    rf"^(?:{_QUALIFIER}\s+)?{phrases(words.PROGRAMME_HEADINGS)}(?:\s+{_QUALIFIER}|\s+{phrases(words.HEADING_TAILS)})?\s*:?$", re.I
)
_DOCUMENT_OR_PROGRAMME = phrases((*words.DOCUMENT_HEADINGS, *words.PROGRAMME_HEADINGS))
_JOINED_HEADINGS = re.compile(
    rf"^{_DOCUMENT_OR_PROGRAMME}(?:\s*(?:{phrases(words.LIST_JOINERS)}|/|&|,)\s*{_DOCUMENT_OR_PROGRAMME})+\s*:?$", re.I
)
_TABLE_HEADING = re.compile(rf"^{phrases(words.TABLE_HEADINGS)}(?:\s*\|\s*{phrases(words.TABLE_HEADINGS)})+$", re.I)
_LABEL = re.compile(rf"^(?P<label>{phrases(words.WHEN_LABELS)})\s*:\s*(?P<value>.*)$", re.I)
_ORGANISER_LABEL = phrases(words.ORGANISER_LABELS)
_ORGANISERS = re.compile(rf"^(?P<label>{_ORGANISER_LABEL})\s*:?\s+(?P<rest>\S.*)$", re.I)
_ROLE = re.compile(
    rf"^(?P<label>{phrases(words.ROLE_LABELS)})\s*(?:\((?P<allot>[^()]*)\))?\s*(?:(?P<colon>[:：]|(?<=\s){DASH}(?=\s))\s*(?P<rest>.*)|\s+(?P<rest2>\S.*))?$",
    re.I,
)
_EACH = re.compile(r"^\(?(?P<allot>[^()]+)\)?\.?$")
_LONGEST_EACH = 60  # characters of "(up to three minutes per delegation)"
_ROMAN_ITEM = re.compile(r"^(?P<number>[IVXLC]+)\.\s+(?P<title>\S.*)$")
_ITEM = re.compile(
    rf"^{phrases(words.ITEM_WORDS)}\s+(?P<number>\d{{1,2}}(?:\.\d{{1,2}})?(?:\s*\([a-z]\))?|[IVXLC]+)\s*(?:[:.)]|{DASH})?\s+(?P<title>\S.*)$",
    re.I,
)
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<title>\S.*)$")


_OF = phrases(words.OF)
_ARTICLE = rf"(?:{phrases(words.ARTICLES)}\s+|\b[lL]['’])"  # "the ", "la ", "l'" (French elides it)
_LEADING_ARTICLE = re.compile(rf"^{_ARTICLE}", re.I)


def kind_phrases(kind: str) -> tuple[str, ...]:
    return tuple(p for k, options in words.KINDS if k == kind for p in options)


_KIND_WORD = re.compile(phrases([p for _, options in words.KINDS for p in options]), re.I)
_QA = re.compile(
    rf"^(?:{phrases(words.FOLLOWED_BY)}\s+)?{_ARTICLE}?(?P<qa>{phrases(kind_phrases('qa'))})(?P<rest>.*)$", re.I
)
_TOUR = re.compile(phrases(kind_phrases("tour_de_table")), re.I)
_STANDING = re.compile(
    rf"^{phrases(words.STANDING_ITEM_WORDS)}\s*(?:\d{{1,2}}|\(?[a-z]\)|[IVX]+)?\s*(?:[:.)]|{DASH})\s*(?P<title>\S.*)$", re.I
)
_LETTERED = re.compile(r"^\(?(?P<letter>[a-h])\)\s+(?P<title>\S.*)$")
_SUBSEGMENT = re.compile(rf"^(?P<title>{phrases(words.PANEL_NUMBERED)}\s+(?:\d{{1,2}}|(?-i:[IVX]{{1,4}}))\s*(?:[:.]|{DASH})\s*\S.*)$", re.I)
_QUESTIONS_LABEL = re.compile(rf"{phrases(words.QUESTION_WORDS)}[^:]*:$", re.I)
# "Morning session", "Afternoon", "Séance du matin", "Sesión de la tarde", with its hours or not
_SITTING_NAME = phrases(words.SITTING_NAMES)
_SITTING_NOUN = phrases(words.SITTING_NOUNS)
_SITTING = re.compile(
    rf"^(?P<title>{_SITTING_NAME}(?:\s+{_SITTING_NOUN})?|{_SITTING_NOUN}\s+(?:{phrases(words.OF)}\s+)?{_ARTICLE}?{_SITTING_NAME})"
    rf"\s*(?:[:(,]|{DASH})?\s*(?:(?P<range>{RANGE.pattern})\s*\)?)?$",
    re.I,
)
_END = re.compile(
    rf"^(?:(?:{phrases(words.END_NOUNS)})(?:\s+{_OF}\s+{_ARTICLE}?{phrases(words.END_OF)}(?:\s+\d)?)?"
    rf"|{_ARTICLE}?{phrases(words.END_OF)}\s+{phrases(words.END_VERBS)})\.?$",
    re.I,
)
# a city's name as a zone line has it: "Geneva", "New York", "Genève", "Ciudad de México", "Port of Spain"
CITY = r"(?-i:[A-Z\u00C0-\u00DD][^\W\d_]+(?:(?:[\s-]|\s(?:de|of|del)\s)[A-Z\u00C0-\u00DD][^\W\d_]+){0,2})"
_ZONE_AFTER = rf"\s+{phrases(words.ZONE_TIME_AFTER)}"
_ZONE_BEFORE = rf"{phrases(words.ZONE_TIME_BEFORE, boundary=False)}\s*"
_ZONE_ABBR = re.compile(
    r"\(?\s*\b(?P<abbr>[A-Z]{2,5})\b(?:\s*,?\s*(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?"
)
# "(Geneva time)", "(heure de Genève)", "(hora de la Ciudad de México)", with an offset after it or not
ZONE_CITY = re.compile(
    rf"\(?\s*(?:\b(?P<city>{CITY}){_ZONE_AFTER}|{_ZONE_BEFORE}(?P<city2>{CITY}))(?![\w'’])"
    rf"(?:\s*,?\s*(?:UTC|GMT)(?:\s*[+−-]\s*\d{{1,2}}(?::?\d{{2}})?)?)?\s*\)?",
    re.I,
)
_ZONE_CITY_AFTER = re.compile(r"\s*" + ZONE_CITY.pattern, re.I)
_CITY_IN_BRACKETS = re.compile(rf"\s*\(\s*(?P<city>{CITY})\s*\)")  # "9:00 – 10:00 a.m. (New York)"
# a zone said in words: "East Africa Time", "heure normale d'Europe centrale"
_ZONE_NAME = re.compile(rf"\(?\s*{phrases(words.ZONE_NAMES)}\s*\)?", re.I)
_WEEKDAY_IN_BRACKETS = re.compile(rf"\(\s*{phrases(words.WEEKDAYS)}\s*\)", re.I)  # "24 September 2025 (Wednesday)"
_ZONE_ABBR_AFTER = re.compile(r"\s*" + _ZONE_ABBR.pattern)
_DIGIT = re.compile(r"\d")
# the words in lower case a line that only says when may have (a city or a zone is capitalised)
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z'-]{2,}(?![\w.])")
_WHEN_WORDS = frozenset(
    w
    for phrase in (
        *words.WHEN_FILLER, *words.DAY_RANGE_JOINERS, *words.RANGE_JOINERS, *words.RANGE_LEADS, *words.START_LEADS,
        *words.SITTING_JOINERS, *words.DATE_WORDS, *words.WEEKDAYS, *words.MONTHS, *words.NOON, *words.MIDNIGHT,
        *words.HOURS_SUFFIX, *words.FORMAT_WORDS, *words.FORMAT_NOUNS, *words.VIA, *words.ORDINAL_SUFFIXES,
        *words.DAY_WORDS, *words.DAY_NUMBERS, *words.ZONE_TIME_AFTER, *words.ZONE_TIME_BEFORE, *words.LIST_JOINERS,
        *words.ZONE_NAMES,
    )
    for w in re.split(r"[\s-]+", phrase.lower())
)
_LONGEST_WHEN = 240  # characters of the longest line that only says when and where
_UTC_OFFSET = re.compile(r"\(?\s*(?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::?\d{2})?\s*\)?")
_HOW = re.compile(
    rf"(?<![\w])(?:{phrases(words.FORMAT_WORDS, boundary=False)})"
    rf"(?:\s+{phrases(words.FORMAT_NOUNS, boundary=False)})?(?![\w])(?:\s*\([^()]*\))?(?:\s*\((?:[^()]*)\))?",
    re.I,
)
_DAY_NUMBER = rf"{phrases(words.DAY_WORDS, boundary=False)}\s+(?:\d{{1,2}}|[IVX]+|{phrases(words.DAY_NUMBERS, boundary=False)})"
_DAY = re.compile(rf"^(?P<day>{_DAY_NUMBER})\b\s*(?:[:.,]|{DASH})?\s*", re.I)
_DAY_ANYWHERE = re.compile(rf"\b{_DAY_NUMBER}\b", re.I)
_FILLER = re.compile(phrases((*words.WHEN_FILLER, *words.DAY_RANGE_JOINERS)), re.I)
_KNOWN_PLACES = frozenset((*words.CITIES, *words.COUNTRY_ZONES))

_HOURS_AT_END = re.compile(HOURS + "$", re.I)
_START_AT = re.compile(rf"\b(?:{phrases(words.START_LEADS, boundary=False)})\s+(?P<t>{CLOCK}){HOURS}?", re.I)
_ZONED_CLOCK = re.compile(rf"(?P<t>{CLOCK}){HOURS}?\s*(?=\(\s*(?:{CITY}{_ZONE_AFTER}|{_ZONE_BEFORE}{CITY})\s*[),])", re.I)


def strip_bullet(text: str) -> tuple[str, str | None]:
    """The text without its list marks, and the last mark ("•", "–", "❖", "|")."""
    bullet = None
    while (m := BULLET.match(text)) is not None and m.end() < len(text):
        bullet = m.group("mark")
        text = text[m.end():].strip()
    return text, bullet


def classify(line: Line, year: int | None = None) -> Kind:
    """What the line is. ``year`` is the meeting's, for dates written without one ("4 March")."""
    text = military(line.text)
    lowered = text.lower().rstrip(".:").strip()
    if lowered in words.WEB_PAGE_TEXT:
        return WebText()
    if _HEADING.match(text) or _TABLE_HEADING.match(text):
        return Heading()
    if lowered in words.DOCUMENT_HEADINGS:
        return Heading(programme=False)
    if _JOINED_HEADINGS.match(text):  # "Concept note and agenda": the document's heading; its programme is further down
        return Heading(programme=False)
    if m := _LABEL.match(text):
        return Labelled(words.WHEN_LABELS[_norm(m.group("label"))], m.group("label"), m.group("value").strip())
    if m := _ORGANISERS.match(text):
        return Organisers(organisers(text))
    if (m := _ZONE_CLAIM.match(text)) and (found := _zone_ranges(m.group("range"))):
        return ZoneClaim(found[0], m.group("claimed"))
    if m := _SITTING.match(text):
        times = RANGE.search(m.group("range") or "")
        pair = range_clocks(times) if times else None
        if not m.group("range") or pair:
            return SittingHeading(m.group("title"), *(pair or (None, None)))
    lead = lead_time(text)
    if lead is not None and not lead.title:
        return Timed(lead.start, lead.end, "")
    if (dated := when(text, year)) is not None:
        return dated
    tail = max(0, len(text) - _LONGEST_RANGE)
    if lead is None and _DIGIT.search(text, tail) and (m := _TRAILING_RANGE.search(text, tail)) and m.start() > 0 and (
        pair := range_clocks(m)
    ) is not None:
        return Timed(pair[0], pair[1], text[: m.start()].strip())  # "Opening of the meeting (10:00–10:15)"
    if lead is not None:
        if lead.end is None and _END.match(lead.title):
            return EndMark(lead.start, lead.title)
        return Timed(lead.start, lead.end, lead.title)
    if (m := _ROLE.match(text)) and (role := _role(m)) is not None:
        return role
    if len(text) <= _LONGEST_EACH and (m := _EACH.match(text)) and (each := allotment(m.group("allot"))) is not None and each.each:
        if not lowered.startswith(words.INTERVENTION_NOUNS):  # not "Interventions are limited to 3 minutes."
            return Each(each)
    if m := (_ROMAN_ITEM.match(text) or _ITEM.match(text)):
        return ItemLine(" ".join(m.group("number").split()), m.group("title").strip())
    if m := _QA.match(text):
        return QA(m.group("rest"), m.group("qa"))
    if _TOUR.search(text):
        return Tour()
    if m := _STANDING.match(text):
        return StandingItem(m.group("title").strip())
    if m := _LETTERED.match(text):
        return StandingItem(m.group("title").strip(), lettered=True)
    if m := _SUBSEGMENT.match(text):
        return SubSegment(m.group("title").strip())
    if _QUESTIONS_LABEL.search(text) and len(text.split()) <= 8:
        return QuestionsLabel()
    if m := _NUMBERED.match(text):
        return Numbered(m.group("number"), m.group("title").strip())
    return Text()


def _role(m: re.Match) -> Role | None:
    """A role label, when the line is one: "Moderator: …", "Moderated by …", "Panellists (5 min each):",
    "Chair Amb. X"; not "Speakers will provide an overview …" nor "Keynote (10 min)"."""
    label = _norm(m.group("label"))
    many = label in words.LIST_LABELS
    rest = (m.group("rest") if m.group("colon") else m.group("rest2")) or ""
    by = label in words.ROLE_LABELS_BEFORE_NAMES
    # "(3–5 mins each)" gives an allotment; "(in order of appearance)" only a note on the list
    bracket = m.group("allot") if m.group("allot") and PAREN_DURATION.search(f"({m.group('allot')})") else None
    if bracket and not many:
        return None  # "Keynote (10 min)": a segment
    # "Moderator" alone on its line names the role of the person below it; "Keynote" alone is a segment
    alone = not rest and (many or _KIND_WORD.search(label) is None)
    if not (m.group("colon") or by or alone or _starts_with_person(rest)):
        return None
    found = allotment(bracket) if bracket else None
    unread = bracket if bracket and found is None else None
    return Role(words.ROLE_LABELS[label], m.group("label"), rest.strip(), many, found, unread)


_LAST_JOINER = re.compile(rf"\s+{phrases(words.LIST_JOINERS, boundary=False)}\s+(?!.*\s{phrases(words.LIST_JOINERS, boundary=False)}\s)", re.I)
_PHRASE_BREAK = re.compile(rf"\s{phrases(words.PHRASE_BREAKS)}\s", re.I)


def _names_joined(text: str) -> list[str]:
    """ "OHCHR and the Geneva Academy" → two names; "Office for Asia and the Pacific",
    "Department of Economic and Social Affairs" → one (an "and" inside a name follows "for", "of")."""
    m = _LAST_JOINER.search(text)
    if m is None:
        return [text]
    after = _LEADING_ARTICLE.sub("", text[m.end():])
    if _PHRASE_BREAK.search(text[: m.start()]) and not (_ACRONYM_FIRST.match(after) or says_organisation(after)):
        return [text]  # "… of Economic and Social Affairs"; but "Permanent Mission of Belgium and UNODC" is two
    return [text[: m.start()], text[m.end():]]


_ACRONYM_FIRST = re.compile(r"^[A-Z][A-Z0-9&-]+\b")


def _norm(label: str) -> str:
    return " ".join(re.sub(rf"[\s{re.escape(DASHES)}]+", " ", label.lower()).split()).replace("co ", "co-")


def _starts_with_person(text: str) -> bool:
    m = find_person(text)
    return m is not None and m.start() == 0


# a time range at the end of a title: "Lunch (12:00–14:00)", "Opening – 10:00–10:15"
_LONGEST_RANGE = 60  # characters of "(from 10:00 a.m. to 11:30 a.m.)": the end of a line is enough to look at
_TRAILING_RANGE = re.compile(rf"(?:\s*[(\[]|,|\s{DASH})\s*{RANGE.pattern}\s*[)\]]?\.?$", re.I)
_ZONE_CLAIM = re.compile(rf"^\(\s*(?P<range>{RANGE.pattern}\s*(?P<claimed>[A-Z]{{2,5}}))\s*\)$", re.I)


def _zone_ranges(text: str) -> list[ZoneRange]:
    """The clock ranges of a text, each with the zone written right after it."""
    found = []
    for m in RANGE.finditer(text):
        pair = range_clocks(m)
        if pair is None:
            continue
        after = text[m.end():]
        zone, city = _zone_after(after)
        found.append(ZoneRange(pair[0], pair[1], zone, city))
    return found


def city_zone(name: str) -> str | None:
    """The zone of a city or country as an invitation names it: "Geneva", "Genève", "Nueva York", "Chile"."""
    key = " ".join(name.lower().split())
    return zone_for_city(words.CITY_NAMES.get(key, name)) or words.COUNTRY_ZONES.get(key) or words.PLACE_ZONES.get(key)


def city_of(m: re.Match) -> str:
    """The city a match of ``ZONE_CITY`` names."""
    return m.group("city") or m.group("city2")


def _zone_after(text: str) -> tuple[str | None, bool]:
    m = _ZONE_CITY_AFTER.match(text) or _CITY_IN_BRACKETS.match(text)
    if m and city_zone(city_of(m)):
        return city_of(m), True
    m = _ZONE_ABBR_AFTER.match(text)
    if m and m.group("abbr") in ABBREVIATION_ZONES:
        return m.group("abbr"), False
    return None, False


def when(text: str, year: int | None = None) -> When | None:
    """The line as a statement of when the meeting is, if that is all it says."""
    if any(word.lower() not in _WHEN_WORDS for word in _LOWER_WORD.findall(text)):
        return None  # "14:00 – 14:20 Setting the scene": a word no date line has (most lines end here, cheaply)
    found, left = read_when(text, year)
    return found if found is not None and not left else None


def read_when(text: str, year: int | None = None) -> tuple[When | None, str]:
    """What the text says of when the meeting is, and the text left over (a place name, said as
    such, is not left over: "Santiago, Thursday, 5 June 2025" is all read)."""
    if _DIGIT.search(text) is None or len(text) > _LONGEST_WHEN:
        return None, text  # a date or a time has a figure; a paragraph is not a date line
    rest = text
    day = None
    if m := _DAY.match(rest):
        day = " ".join(m.group("day").split())
        rest = rest[m.end():]
    date = find_date(rest, year)
    while (found := find_date(rest, year or (date.date.year if date else None))) is not None:
        # "3 November 2025 to 4 November 2025", "Day 1 (Monday, 3 November) to Day 2 (…)": the first is the date
        rest = rest[: found.span[0]] + " " + rest[found.span[1]:]
    if date and _DAY_ANYWHERE.search(rest):  # "Day 1 (3 November) to Day 2 (4 November)": the meeting's days, no heading
        day, rest = None, _DAY_ANYWHERE.sub(" ", rest)
    ranges: list[ZoneRange] = []
    spans = []
    for m in RANGE.finditer(rest):
        pair = range_clocks(m)
        if pair is None:
            continue
        zone, city = _zone_after(rest[m.end():])
        ranges.append(ZoneRange(pair[0], pair[1], zone, city))
        spans.append(m.span())
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    starts: list[tuple[Clock, str | None, bool]] = []
    if not ranges:
        for m in list(_ZONED_CLOCK.finditer(rest)) or list(_START_AT.finditer(rest))[:1]:
            t = clock(_HOURS_AT_END.sub("", m.group("t")).strip())
            if t is None or t.bare:
                continue
            zone, city = _zone_after(rest[m.end():])
            starts.append((t, zone, city))
        for m in reversed(list(_ZONED_CLOCK.finditer(rest)) or list(_START_AT.finditer(rest))[:1]):
            rest = rest[: m.start()] + " " + rest[m.end():]
    if not (date or ranges or starts):
        return None, text
    zone = None
    zone_is_city = False
    rest = _WEEKDAY_IN_BRACKETS.sub(" ", rest)
    for m in [*ZONE_CITY.finditer(rest), *_CITY_IN_BRACKETS.finditer(rest)]:
        name = city_of(m)
        if city_zone(name):
            zone = zone or name
            zone_is_city = True
            rest = rest.replace(m.group(0), " ", 1)
    for m in list(_ZONE_NAME.finditer(rest)):  # "East Africa Time": the zone's abbreviation; "hora peninsular": Madrid's
        if zone is None:
            zone = words.ZONE_NAMES[" ".join(m.group(0).strip("( )").lower().split())]
            zone_is_city = not zone.isupper()
        rest = rest.replace(m.group(0), " ", 1)
    for m in list(_ZONE_ABBR.finditer(rest)):
        if m.group("abbr") in ABBREVIATION_ZONES:
            if zone is None:
                zone = m.group("abbr")
            rest = rest.replace(m.group(0), " ", 1)
    rest = _UTC_OFFSET.sub(" ", rest)
    how = None
    if m := _HOW.search(rest):
        how = m.group(0)
        rest = rest[: m.start()] + " " + rest[m.end():]
    left = " ".join(_FILLER.sub(" ", rest).split()).strip(" ,;|()/" + DASHES)

    if left:
        plain = " ".join(rest.split()).strip(" ,;|/" + DASHES)
        named = place(plain) or place(left)  # "Ciudad de México": the filler words are part of the name
        left = "" if named else plain
    else:
        named = None
    return When(date, ranges, starts, zone, zone_is_city, how, day, named), left


def place(text: str) -> str | None:
    """ "Bangkok, Thailand", "Kampala": a line that only names the city (and country) of the meeting."""
    parts = [p.strip(" ()") for p in re.split(r"[,;|]", text) if p.strip(" ()" + DASHES)]
    if parts and parts[0].lower() in _KNOWN_PLACES and all(_short_name(p) for p in parts):
        return ", ".join(parts)
    return None


def _short_name(text: str) -> bool:
    """ "Kampala", "Côte d'Ivoire", "Ciudad de México": a place's name, its words capitalised."""
    tokens = text.split()
    return 1 <= len(tokens) <= 4 and tokens[0][0].isupper() and all(
        t[0].isupper() or t.lower() in _PARTICLES or _ELIDED.match(t) for t in tokens
    )


_PARTICLES = frozenset(words.NAME_PARTICLES)
_ELIDED = re.compile(r"^[dl]['’][A-ZÀ-Ý]")  # "d'Ivoire"


def organisers(text: str) -> dict[str, list[str]]:
    """"Organized by X, Y and Z in partnership with W" → {"organisers": [X, Y, Z], "co_sponsors": [W]}."""
    found: dict[str, list[str]] = {}
    pattern = re.compile(rf"(?P<label>{_ORGANISER_LABEL})\s*:?\s*", re.I)
    marks = list(pattern.finditer(text))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        listed = text[m.end():end].strip(" .,;")
        if ";" in listed:  # "Permanent Missions of Norway, Liberia and Colombia; UN Women"
            names = listed.split(";")
        else:
            names = [name for part in re.split(r"\s*,\s*", listed) for name in _names_joined(part)]
        cleaned = [_LEADING_ARTICLE.sub("", n.strip(" .,;")) for n in names if n.strip(" .,;")]
        key = words.ORGANISER_LABELS[_norm(m.group("label"))]
        found.setdefault(key, []).extend(c for c in cleaned if c not in found.get(key, []))
    return found

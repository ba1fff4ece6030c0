"""Turn an agenda pasted from an invitation into a draft programme file.

A secretariat copies the agenda of a concept note or an invitation (often with HTML tags, markdown
bold and bullets in it) and gets a draft in the programme format (``docs/programme-format.md``) to
check and complete. The reader understands the shapes the seeds use:

- clock times of a segment: ``14:00 – 14:20 Setting the scene`` (en dash, hyphen or "to");
- sittings: ``10 AM – 1 PM; 3 PM – 6 PM (CEST)``, dates: ``Wednesday, 10 July 2024``;
- speakers: ``Welcome by Dr. X, Title (5 min)``, ``Key Address by Ms. X, Title (Video message)``,
  ``Ms. X, Title (Online)``; a list under ``Panellists (3-5 mins each)`` gets that allotment;
- ``Q&A (10 mins)`` / ``Followed by Q&A (10 mins)``, ``Panel 1: …``, ``Tour-de-table …`` with
  standing items (❖) and their guiding questions, agenda items ``I. Opening of the meeting``.

What it cannot interpret it never guesses: the line is listed in ``Draft.unread`` and written
into the draft as ``# NOT READ (line N): …``. Values the draft needs but the text does not give
(a time zone, the languages) get a plain value listed in the table's ``assumed`` with a comment.
Every table says which line of the source it comes from (``# line N``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from collections import Counter
from zoneinfo import ZoneInfo

import langcodes

from .zones import ABBREVIATION_ZONES, zone_abbreviation, zone_for_city

# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnreadLine:
    line: int  # 1-based line number in the pasted text
    text: str  # the text of that line (or of the piece of it) that was not read
    reason: str = ""


@dataclass(frozen=True)
class Draft:
    toml: str  # the draft programme file
    unread: list[UnreadLine]
    summary: str  # "4 segments, 9 speakers, 1 line not read"


# --- what the reader builds -------------------------------------------------------------------


@dataclass
class _Person:
    id: str
    name: str
    line: int
    title: str | None = None
    position: str | None = None
    affiliation: str | None = None
    modality: str | None = None
    gender: str | None = None


@dataclass
class _Slot:
    participant: str
    line: int
    role: str = "speaker"
    minutes: float | tuple[float, float] | None = None
    note: str | None = None


@dataclass
class _Standing:
    id: str
    title: str
    line: int
    questions: list[str] = field(default_factory=list)


@dataclass
class _Segment:
    title: str
    kind: str
    line: int
    item: str | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    minutes: float | None = None
    description: list[str] = field(default_factory=list)
    slots: list[_Slot] = field(default_factory=list)
    standing: list[_Standing] = field(default_factory=list)
    standing_ids: set[str] = field(default_factory=set)
    assumed: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    block_end: dt.time | None = None  # end of the timed heading this segment was read under


@dataclass
class _Sitting:
    start: dt.time
    end: dt.time | None
    line: int
    segments: list[_Segment] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)


@dataclass
class _Item:
    number: str
    title: str
    line: int


# --- patterns ---------------------------------------------------------------------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NAMES = tuple(_MONTHS.lower().split("|"))
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_DMY = re.compile(rf"(?:(?:{_WEEKDAYS}),?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS}),?\s+(\d{{4}})", re.I)
_DATE_MDY = re.compile(rf"(?:(?:{_WEEKDAYS}),?\s+)?({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)

# every dash a word processor or a web page puts between two times or before a list item:
# hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
# sign, small em dash, small and fullwidth hyphen-minus
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH = f"[{re.escape(_DASHES)}]"

# a clock time: "14:00", "14.00", "14h00", "10 AM", "1:30 p.m."
_TIME = r"(\d{1,2})(?:[:.h](\d{2}))?\s*([AaPp]\.?\s?[Mm]\b\.?)?"
_SEP = rf"\s*(?:{_DASH}|\bto\b)\s*"
_HOURS = r"(?:\s*(?:hrs|hours|h)\b\.?)?"  # "09.00 – 09.10 hrs"
_RANGE = re.compile(_TIME + _SEP + _TIME + _HOURS)
# "14:00 – 14:20 Setting the scene", "13h15 – 13h20 | Opening", "1:15 p.m. – 1:20 p.m.: Welcome"
_HEADING = re.compile(rf"^{_TIME}{_SEP}{_TIME}{_HOURS}(?:\s*(?:[|:]|{_DASH}))?\s+(?P<title>\S.*)$")
_ZONE_WORD = (
    r"(?:\(\s*(?P<abbr>[A-Z]{2,5})\s*\)|(?P<abbr2>[A-Z]{2,5})|\(?(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[Tt]ime\)?)"
)
_SITTINGS = re.compile(rf"^(?P<ranges>{_TIME}{_SEP}{_TIME}{_HOURS}(?:\s*[;,/]\s*{_TIME}{_SEP}{_TIME}{_HOURS})*)\s*{_ZONE_WORD}?$")
# "starting at 3 p.m.", "from 10:00", "at 10:15 AM": a start without an end
_STARTING = re.compile(rf"\b(?:(?:starting|beginning)\s+(?:at\s+)?|from\s+|at\s+){_TIME}")
_TIMEISH = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:AM|PM|a\.m\.|p\.m\.)", re.I)

_HONORIFIC = r"(?:H\.\s?E\.\s+(?:Mr|Ms|Mrs|Dr)\.?|Dr\.?|Ms\.?|Mrs\.?|Mr\.?|Prof\.?|Professor|Ambassador|Amb\.)"
_PERSON = re.compile(rf"(?:^|(?<=\s))(?P<hon>{_HONORIFIC})\s+(?P<rest>[A-Z\u00C0-\u024F].*)$")
# durations in figures or in words: "5 min", "3-5 mins each", "fifteen minutes", "half an hour"
_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"twenty-five": 25, "thirty": 30, "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
     "ninety": 90, "a": 1, "an": 1, "half an": 0.5, "one and a half": 1.5}
_AMOUNT = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + ")"
_ALLOTMENT = re.compile(
    rf"^(?P<low>{_AMOUNT})\s*(?:(?:{_DASH}|to|or)\s*(?P<high>{_AMOUNT}))?\s*"
    r"(?P<unit>min|mins|minutes?|hours?|hrs?)\.?(?P<each>\s+each)?$",
    re.I,
)
_ALLOTMENT_ANYWHERE = re.compile(r"\((?P<inner>[^()]*\b(?:min|hour|hr)[^()]*)\)", re.I)
_TRAILING_DURATION = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_ITEM = re.compile(r"^(?P<number>[IVXLC]+)\.\s+(?P<title>\S.*)$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<title>\S.*)$")  # "1. Opening remarks (5 minutes)"
_LIST_HEAD = re.compile(r"^(?P<who>panell?ists|speakers|discussants|presenters)\s*(?:\((?P<allot>[^()]*)\))?\s*:?$", re.I)
# one person's role on a line of its own, the name on the next: "Moderator:", "Chaired by"
_ROLE_HEAD = re.compile(r"^(?P<who>moderator|moderated by|chair|chaired by|co-chairs?|facilitator)\s*:?$", re.I)
# an allotment for the list just read: "(5–7 minutes each)"
_EACH = re.compile(r"^\(?(?P<allot>[^()]+\beach)\)?\.?$", re.I)
_QA = re.compile(r"^(?:followed by\s+)?(?:an?\s+)?(?P<qa>Q\s?&\s?A|questions and answers)\b(?P<rest>.*)$", re.I)
_PANEL = re.compile(rf"^(?P<title>Panel\s+\d+\s*(?:[:.]|{_DASH})\s*\S.*)$", re.I)
_TOUR = re.compile(r"tour[\s-]de[\s-]table", re.I)
_QUESTIONS_LABEL = re.compile(r"questions?\b[^:]*:$", re.I)
_LABEL_VALUE = re.compile(
    r"^(?P<label>date and venue|date and time|date|venue|time|place|location|mode|format|modality)\s*:\s*(?P<value>.*)$", re.I
)
_WEB_PAGE_TEXT = {"skip to main content", "skip to content", "back to top", "share this page", "print this page"}
_HEADER = re.compile(
    r"^(?:(?:tentative|provisional|draft|annotated|detailed|preliminary)\s+)?"
    r"(?:agenda|programme|program|programme of work|run of show|order of proceedings|schedule)$",
    re.I,
)
_FORMAT = re.compile(r"^(?P<format>hybrid|in[- ]person|online|virtual)(?:\s+(?:format|meeting|event))?\.?$", re.I)
_ONLINE_VENUE = re.compile(
    r"^\(?(?P<venue>.+?)\s+and\s+online\s+participation\s+(?:through|via|on)\s+(?P<platform>[^)]+?)\)?$", re.I
)
_BULLET = re.compile(rf"^(?P<mark>[•●▪◦❖*]|{_DASH})\s+")
# "13:15 pm (New York time)", "19:16 (Geneva time)"
_ZONED_TIME = re.compile(rf"{_TIME}\s*\(\s*(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+time\s*\)", re.I)
# "… on Tuesday, July 30, 2024, at 10:15 AM"
_AT_TIME = re.compile(rf"\bat\s+{_TIME}")
# a display-zone line under the sitting: "(9:00 – 10:00 EST)"
_ZONE_RANGE = re.compile(rf"^\(\s*{_TIME}{_SEP}{_TIME}\s*(?P<abbr>[A-Z]{{2,5}})\s*\)$")
# "There will be interpretation (English, French, Nepali, and Spanish)", "Languages: English and French",
# "Interpretation will be provided in English, French and Spanish", "interpretation into Spanish"
_LANGUAGES = re.compile(
    r"\b(?i:interpretation|languages?)\b[^()]{0,25}?(?:\(|:|\b(?P<into>into)\b|\bin\b)\s*"
    r"(?P<names>[A-Z][a-z]+(?:\s*(?:,\s*and|,|and|&|/)\s*[A-Z][a-z]+)*)"
)
# how people take part, said in a sentence or a label: "hybrid format (in person and via Zoom)"
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bon[- ]site\b", re.I)
_ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|webinar)\b|\bvia\s+(?:zoom|teams|microsoft teams|webex)\b", re.I)
_PLATFORM = re.compile(r"\b(?:Zoom|Microsoft Teams|MS Teams|Teams|Webex|Interprefy|KUDO|Google Meet)\b")
_ABOUT_TAKING_PART = re.compile(
    r"\b(?:event|meeting|session|webinar|format|held|participa\w*|attend\w*|join\w*|mode|interpretation)\b", re.I
)
# a line naming where: "Conference Room 11, United Nations Headquarters, New York"
_VENUE_WORDS = re.compile(
    r"\b(?:Room|Centre|Center|Palais|Headquarters|Hall|Hotel|Building|Auditorium|Salle|Office at)\b"
)
_ROOM_PART = re.compile(r"^(?:(?:Conference|Board|Meeting|Plenary|Press Briefing)\s+)?Room\b|^Salle\b|^Boardroom\b", re.I)
# a first line naming the forum around the event, so that the next line is the event's own title
_FRAMEWORK = re.compile(r"\b(?:session|forum|council|commission|assembly|conference of the parties)\b", re.I)
_ROOM = re.compile(r"^(?:Room|Conference Room|Salle|Boardroom)\s+[\w.-]+(?:\s*\(TBC\))?$", re.I)

# Cities whose name in a text says where the meeting is (the duty stations of the seeds' meetings).
_CITIES = ("geneva", "vienna", "new york", "islamabad", "new delhi", "brussels", "nairobi", "bangkok")
# Places that name a city without saying it (the Vienna International Centre is "VIC").
_PLACE_HINTS = {
    "vic": "Europe/Vienna",
    "vienna international centre": "Europe/Vienna",
    "palais des nations": "Europe/Zurich",
    "unhq": "America/New_York",
    "united nations headquarters": "America/New_York",
}
_PLACE_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in (*_PLACE_HINTS, *_CITIES)) + r")\b")

_KINDS = [
    (re.compile(r"q\s?&\s?a|questions and answers", re.I), "qa"),
    (_TOUR, "tour_de_table"),
    (re.compile(r"\bopening\b|\bwelcome\b|setting the scene|introductory", re.I), "opening"),
    (re.compile(r"\bclosing\b|concluding|conclusion|way forward|next steps|wrap[- ]up", re.I), "closing"),
    (re.compile(r"\bpanel\b|round[- ]?table", re.I), "panel"),
    (re.compile(r"key\s?note|key address|\baddress\b|briefing|presentation|overview", re.I), "address"),
    (
        re.compile(r"\binterventions\b|\bstatements\b|interactive (?:discussion|dialogue)|open floor|"
                   r"from the floor|plenary discussion", re.I),
        "interventions",
    ),
    (re.compile(r"\bbreak\b|\blunch\b", re.I), "break"),
]


def _kind_of(title: str) -> str | None:
    return next((kind for pattern, kind in _KINDS if pattern.search(title)), None)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    if meridiem and h <= 12:
        pm = meridiem.lower().startswith("p")
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if pm else 0)
    if h > 23 or m > 59:
        return None
    return dt.time(h, m)


def _range(groups: tuple) -> tuple[dt.time, dt.time] | None:
    """Start and end of a matched _TIME–_TIME pair. A start without "a.m."/"p.m." takes the end's when
    that keeps it before the end ("10 – 11 AM", "1:15–2:30 p.m."), else the other half of the day
    ("11:30–1:00 p.m.")."""
    h1, m1, p1, h2, m2, p2 = groups
    if not (m1 or p1 or p2) or not (m2 or p2):
        return None  # "3-5" is not a time range
    end = _clock(h2, m2, p2)
    if end is None:
        return None
    start = _clock(h1, m1, p1)
    if not p1 and p2 and int(h1) <= 12:
        same_half = _clock(h1, m1, p2)
        start = same_half if same_half is not None and same_half <= end else _clock(h1, m1, "pm" if p2.lower().startswith("a") else "am")
    if start is None:
        return None
    return start, end


def _date(text: str) -> tuple[dt.date, re.Match] | None:
    lowered = text.lower()
    if not any(month in lowered for month in _MONTH_NAMES):
        return None  # most lines: the patterns below are slow to fail
    for pattern, order in ((_DATE_DMY, "dmy"), (_DATE_MDY, "mdy")):
        m = pattern.search(text)
        if m:
            if order == "dmy":
                day, month, year = m.group(1), m.group(2), m.group(3)
            else:
                month, day, year = m.group(1), m.group(2), m.group(3)
            number = [name.lower() for name in _MONTHS.split("|")].index(month.lower()) + 1
            try:
                return dt.date(int(year), number, int(day)), m
            except ValueError:
                return None
    return None


def _amount(text: str) -> float:
    text = " ".join(text.lower().split())
    return float(_NUMBER_WORDS[text]) if text in _NUMBER_WORDS else float(text)


def _whole(value: float) -> float:
    return int(value) if value.is_integer() else value


def _allotment(text: str) -> float | tuple[float, float] | None:
    """Minutes of "5 min", "3-5 mins each", "fifteen minutes", "half an hour" (a range as a pair);
    None for anything else, and for "0 min" or "5-3 min", which no one can plan with."""
    m = _ALLOTMENT.match(" ".join(text.split()))
    if not m:
        return None
    per = 60 if m.group("unit").lower().startswith(("h", "hr")) else 1
    low = _amount(m.group("low")) * per
    high = _amount(m.group("high")) * per if m.group("high") else None
    if low <= 0 or (high is not None and high < low):
        return None
    return _whole(low) if high is None else (_whole(low), _whole(high))


def _each(text: str) -> bool:
    return bool(re.search(r"\beach\s*\)?\.?$", text.strip(), re.I))


def _split_speaker(text: str) -> tuple[str, str | None]:
    """A heading's title and the speaker it names, if any: "Welcome remarks — Mr. X, Director" and
    "Presentation of the report by Ms. Y, UNODC" give the title and the text from the honorific."""
    m = _PERSON.search(text)
    if m is None:
        return text, None
    before = text[: m.start("hon")]
    title = re.sub(rf"(?:\s+by|\s*(?:{_DASH}|[:|]))\s*$", "", before, flags=re.I)
    if title == before or not title.strip():
        return text, None  # no "by" or dash between them: the name is part of the title, or there is no title
    return title.strip(), text[m.start("hon"):]


def _most_common(values: list) -> object:
    """The value given most often; of those given as often, the first given."""
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v])  # a Counter keeps first-seen order, and max the first of a tie


def slug(text: str) -> str:
    """An id from a name: "Najat Maalla M'jid" → "najat-maalla-mjid"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"['’`]", "", plain.lower())
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "participant"


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, dt.time):
        return f'"{value:%H:%M}"'
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007F")


def _mentions(mentions: list[tuple[int, object]]) -> str:
    """"10:15 (lines 82, 94) and 10:45 (line 80)" from (line, value) pairs."""
    lines: dict[str, list[int]] = {}
    for line, value in mentions:
        shown = f"{value:%H:%M}" if isinstance(value, dt.time) else str(value)
        lines.setdefault(shown, []).append(line)
    parts = [f"{shown} (line{'s' if len(ns) > 1 else ''} {', '.join(map(str, ns))})" for shown, ns in lines.items()]
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def _comment(text: str) -> str:
    """A one-line TOML comment; control characters (not allowed in TOML) are shown as \\xNN."""
    visible = re.sub(r"[\x00-\x08\x0a-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", " ".join(text.split()))
    return "# " + visible


# --- the reader -------------------------------------------------------------------------------


def _pieces(text: str) -> list[tuple[int, str]]:
    """The logical lines of the pasted text with their line numbers: HTML and markdown removed,
    paragraphs, list items, table cells (tabs) and inline bullets split onto lines of their own."""
    out = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):  # lines as an editor counts them
        s = raw.replace("**", "").replace("__", "")
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)  # markdown link → its text
        s = re.sub(r"(?i)</?(?:p|br|ul|ol|li|div|tr|td|th|table|tbody|thead|h[1-6])\b[^>]*>", "\n", s)
        s = re.sub(r"<[^>]*>", "", s)  # inline tags: <i>, <u>, <b>, <span …>, <a …>
        s = html.unescape(s).replace("\u00a0", " ").replace("\t", "\n")
        s = re.sub(r"(?<=[^\s\-–*•●▪◦❖])\s+([•●▪◦❖])\s+", r"\n\1 ", s)  # bullets inside a line
        for piece in s.split("\n"):
            piece = " ".join(piece.split())
            if piece:
                out.append((number, piece))
    return out


class _Reader:
    def __init__(self, text: str, source: str, today: dt.date):
        self.text = text  # the whole paste, for place names that hint at the zone
        self._places: list[tuple[str, str]] | None = None
        self.source = source
        self.today = today
        self.title: str | None = None
        self.title_line = 0
        self.subtitle: str | None = None
        self.in_programme = False  # after an "Agenda" or "Programme" heading, or the first timed segment
        self.pending: list[_Slot] = []  # people named before the first segment ("Moderator: …")
        self.intervention_minutes: float | None = None
        self.format_line: int | None = None
        self.languages_note: str | None = None
        self.description: list[str] = []
        self.date: dt.date | None = None
        self.venue: str | None = None
        self.platform: str | None = None
        self.format: str | None = None
        self.zone: str | None = None
        self.zone_comment: str | None = None
        self.zone_abbr: str | None = None
        self.zone_assumed = False
        self.people: dict[str, _Person] = {}
        self.items: list[_Item] = []
        self.item_numbers: set[str] = set()
        self.sittings: list[_Sitting] = []
        self.sitting_hours: set[tuple[dt.time, dt.time]] = set()
        self.segments: list[_Segment] = []
        self.unread: list[UnreadLine] = []
        self.comments: list[str] = []
        # state
        self.segment: _Segment | None = None
        self.item: _Item | None = None
        self.list_allotment: float | tuple[float, float] | None = None
        self.list_role: str | None = None
        self.questions_label: tuple[int, str] | None = None
        self.questions_found = 0
        self.pending_label: str | None = None
        self.room: str | None = None
        self.languages: list[str] = []
        self.display_zones: list[str] = []
        self.zone_notes: list[str] = []
        self.start_mentions: list[tuple[int, dt.time]] = []  # "at 10:15 AM" in running text
        self.date_mentions: list[tuple[int, dt.date]] = []
        self.zoned_mentions: list[tuple[int, list[tuple[dt.time, str]]]] = []  # 13:15 (New York time)/…
        self.range_claims: list[tuple[int, dt.time, dt.time, str]] = []  # "(9:00 – 10:00 EST)"

    # -- helpers --

    def not_read(self, line: int, text: str, reason: str) -> None:
        self.unread.append(UnreadLine(line, text, reason))
        note = f"NOT READ (line {line}): {text}"
        (self.segment.comments if self.segment else self.comments).append(note)

    def close_questions(self) -> None:
        if self.questions_label and not self.questions_found:
            line, text = self.questions_label
            self.not_read(line, text, "announces questions, but none follow")
        self.questions_label = None
        self.questions_found = 0

    def end_list(self) -> None:
        self.list_allotment = None
        self.list_role = None

    def new_segment(self, title: str, line: int, kind: str | None = None, **fields) -> _Segment:
        self.close_questions()
        self.end_list()
        title = title.strip().lstrip("|:" + _DASHES).strip() or title.strip()  # "| Opening" from a table layout
        chosen = kind or _kind_of(title)
        segment = _Segment(title=title, kind=chosen or "other", line=line, item=self.item.number if self.item else None, **fields)
        if chosen is None:
            segment.assumed.append("kind")
        self.segments.append(segment)
        self.segment = segment
        for slot in self.pending:  # "Moderator: Ms. X" above the programme
            segment.comments.append(f"line {slot.line} names this {slot.role} before the programme: placed in its first segment")
            segment.slots.append(slot)
        self.pending = []
        return segment

    def person(self, name: str, line: int) -> _Person:
        key = slug(name)
        if key not in self.people:
            self.people[key] = _Person(id=key, name=name, line=line)
        return self.people[key]

    def resolve_zone(self, *, abbr: str | None = None, city: str | None = None) -> None:
        if self.zone and not self.zone_assumed:
            return
        if city:
            zone = zone_for_city(city)
            if zone:
                self.zone, self.zone_assumed = zone, False
                self.zone_comment = f'the source says "{city} time"'
                return
        if abbr and abbr.upper() in ABBREVIATION_ZONES:
            candidates = ABBREVIATION_ZONES[abbr.upper()]
            hinted = [zone for _, zone in self.places()]
            zone = next((z for z in hinted if z in candidates), candidates[0])
            why = "the place named in the text" if zone in hinted else "the usual zone for it"
            self.zone, self.zone_assumed, self.zone_abbr = zone, True, abbr.upper()
            self.zone_comment = f'the source gives only "{abbr}": {zone} is {why}; check it'

    # -- one logical line --

    def read(self, line: int, text: str) -> None:
        bullet = None
        while (m := _BULLET.match(text)) is not None:
            bullet = m.group("mark")
            text = text[m.end():].strip()
        if not text:
            return

        if self.pending_label:
            label, self.pending_label = self.pending_label, None
            if self.read_when(line, text, label):
                return

        m = _LABEL_VALUE.match(text)
        if m:
            if not m.group("value").strip():
                self.pending_label = m.group("label").lower()
                return
            if self.read_when(line, m.group("value"), m.group("label").lower()):
                return

        if _HEADER.match(text.rstrip(":").strip()):
            self.in_programme = True
            return

        if text.lower().rstrip(".") in _WEB_PAGE_TEXT:
            self.not_read(line, text, "text of the web page, not of the programme")
            return

        m = _SITTINGS.match(text)
        if m and self.read_sittings(line, m):
            return

        found = _date(text)
        if found and found[1].group(0).strip() == text.strip().rstrip("."):
            self.date = found[0]
            return

        if self.read_when(line, text):
            return

        m = _HEADING.match(text)
        if m and (times := _range(m.groups()[:6])):
            self.in_programme = True
            self.open_segment(line, m.group("title").strip(), start=times[0], end=times[1], block_end=times[1])
            return

        m = _ITEM.match(text)
        if m and m.group("number") in self.item_numbers:
            self.not_read(line, text, f'agenda item {m.group("number")} is numbered twice')
            return
        if m:
            self.close_questions()
            self.item = _Item(m.group("number"), m.group("title").strip(), line)
            self.items.append(self.item)
            self.item_numbers.add(self.item.number)
            self.new_segment(self.item.title, line)
            return

        if self.read_running_order(line, text, bullet):
            return

        m = _FORMAT.match(text)
        if m:
            word = m.group("format").lower().replace("-", "_").replace(" ", "_")
            self.format = {"virtual": "online"}.get(word, word)
            return

        m = _ONLINE_VENUE.match(text)
        if m:
            self.venue = m.group("venue").strip()
            self.platform = m.group("platform").strip()
            self.format = self.format or "hybrid"
            return

        m = _ROLE_HEAD.match(text)
        if m:
            self.close_questions()
            who = m.group("who").lower()
            self.list_role = "co_chair" if who.startswith("co") else "chair" if who.startswith("chair") else "moderator"
            self.list_allotment = None
            return

        m = _EACH.match(text)
        if m and (allotment := _allotment(m.group("allot"))) is not None:
            self.apply_to_list(line, text, allotment)
            return

        m = _LIST_HEAD.match(text)
        if m:
            allotment = _allotment(m.group("allot")) if m.group("allot") else None
            if m.group("allot") and allotment is None:
                self.not_read(line, text, "the time allotment is not understood")
                return
            self.close_questions()
            who = m.group("who").lower()
            self.list_role = "panellist" if who.startswith("panel") else "presenter" if who.startswith("present") else "speaker"
            self.list_allotment = allotment
            if self.segment is None or self.segment.kind in ("qa", "break", "tour_de_table", "interventions"):
                role, allotment = self.list_role, self.list_allotment  # a new segment ends any list
                self.new_segment("Panel" if role == "panellist" else "Speakers", line)
                self.list_role, self.list_allotment = role, allotment
            if self.list_role == "panellist" and self.segment.kind in ("other", "address"):
                self.segment.kind = "panel"
                if "kind" in self.segment.assumed:
                    self.segment.assumed.remove("kind")
            return

        m = _QA.match(text)
        if m:
            self.read_qa(line, m)
            return

        m = _PANEL.match(text)
        if m:
            self.new_segment(m.group("title").strip(), line, kind="panel")
            return

        if _TOUR.search(text) and not self.in_tour():
            self.read_tour(line, text)
            return

        if self.in_tour() and bullet == "❖":
            self.close_questions()
            title = text
            key = self.standing_id(title)
            self.segment.standing.append(_Standing(key, title, line))
            return

        if _QUESTIONS_LABEL.search(text) and len(text.split()) <= 8:
            self.close_questions()
            self.questions_label = (line, text)
            return

        if self.questions_label is not None and self.segment is not None:
            self.questions_found += 1
            if self.segment.standing:
                self.segment.standing[-1].questions.append(text)
            else:
                self.segment.description.append(f"Question: {text}")
            return

        if _PERSON.search(text) and self.read_person(line, text):
            return

        if self.list_role and bullet:
            self.not_read(line, text, "a list of speakers was expected here")
            return

        if self.segment is not None and bullet and re.match(r"(?i)interventions\b", text):
            self.new_segment(text, line, kind="interventions")
            return

        if self.segment is None and _ROOM.match(text):
            self.room = text
            return

        if self.segment is None and self.title is not None and self.venue is None and self.read_venue(text):
            return

        m = _ZONE_RANGE.match(text)
        if m and (times := _range(m.groups()[:6])):
            self.range_claims.append((line, times[0], times[1], m.group("abbr")))
            return

        if self.segment is None and self.read_times_in_prose(line, text):
            self.end_list()
            self.description.append(text)
            return

        # Prose: what a segment, an item or the meeting is about, kept word for word.
        if _TIMEISH.search(text) or _ALLOTMENT_ANYWHERE.search(text):
            self.not_read(line, text, "has a time or an allotment in a shape that is not understood")
            return
        if len(text.split()) < 3:
            self.not_read(line, text, "too short to tell what it is")
            return
        self.end_list()
        self.read_languages(text)
        self.read_format(line, text)
        if self.segment is not None:
            self.segment.description.append(text)
        elif self.title is None and len(text) <= 300:  # a paragraph is not a title
            self.title, self.title_line = text.rstrip("."), line
        elif self.subtitle is None and line == self.title_line + 1 and len(text) <= 200 and not text.endswith("."):
            self.subtitle = text  # the line right under the title
        else:
            self.description.append(text)

    def in_tour(self) -> bool:
        return self.segment is not None and self.segment.kind == "tour_de_table"

    def standing_id(self, title: str) -> str:
        words = [w for w in slug(title).split("-") if w not in {"of", "the", "and", "in", "to", "a", "on", "for"}]
        base = "-".join(words[:3]) or "item"
        taken = self.segment.standing_ids
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        return key

    def read_times_in_prose(self, line: int, text: str) -> bool:
        """Running text that states when the event is: "on Wednesday, 17 July 2024, at 13:15 pm
        (New York time)/19:16 pm (Geneva time)". The values are collected; ``settle_times`` uses
        them and says where the text contradicts itself."""
        zoned = []
        for m in _ZONED_TIME.finditer(text):
            t = _clock(m.group(1), m.group(2), m.group(3)) if (m.group(2) or m.group(3)) else None
            if t is not None:
                zoned.append((t, m.group("city")))
        at = _AT_TIME.search(text)
        at_time = _clock(at.group(1), at.group(2), at.group(3)) if at and (at.group(2) or at.group(3)) else None
        found = _date(text)
        if not zoned and not (found and at_time):
            return False
        if found:
            self.date_mentions.append((line, found[0]))
        if zoned:
            self.zoned_mentions.append((line, zoned))
            self.start_mentions.append((line, zoned[0][0]))
        elif at_time is not None:
            self.start_mentions.append((line, at_time))
        return True

    def settle_times(self) -> None:
        """Turn times found in running text into the sitting, the zones and notes on discrepancies."""
        if self.date is None and self.date_mentions:
            dates = [d for _, d in self.date_mentions]
            self.date = _most_common(dates)
            if len(set(dates)) > 1:
                self.comments.append(f"date: the text gives {_mentions(self.date_mentions)}; {self.date} is used")
        for line, zoned in self.zoned_mentions[:1]:
            self.resolve_zone(city=zoned[0][1])
        if not self.sittings and self.start_mentions:
            times = [t for _, t in self.start_mentions]
            start = _most_common(times)
            sitting = _Sitting(start, None, self.start_mentions[0][0])
            if len(set(times)) > 1:
                sitting.comments.append(
                    f"start: the text gives {_mentions(self.start_mentions)}; {start:%H:%M} is used, "
                    "as the time given most often: confirm it"
                )
                sitting.assumed.append("start")
            self.sittings.append(sitting)
        if self.zone is None and self.places():
            hint, zone = self.places()[0]
            self.zone, self.zone_assumed = zone, True
            self.zone_comment = f'the text names no zone; {zone} is where "{hint.title()}" is: check it'

        if self.zone is None or self.date is None or not self.sittings:
            return
        home = ZoneInfo(self.zone)
        first = self.sittings[0]
        begin = dt.datetime.combine(self.date, first.start, tzinfo=home)
        for line, zoned in self.zoned_mentions[:1]:
            for claimed, city in zoned[1:]:
                zone = zone_for_city(city)
                if zone is None:
                    self.comments.append(f'line {line}: "{city} time" is not a zone this reader knows; not shown')
                    continue
                self.add_display_zone(zone)
                there = begin.astimezone(ZoneInfo(zone))
                if there.time() != claimed:
                    self.zone_notes.append(
                        f"line {line}: the text gives {claimed:%H:%M} for {city}, but {first.start:%H:%M} "
                        f"{zone_abbreviation(begin)} is {there:%H:%M} {zone_abbreviation(there)} there"
                    )
        for line, start, end, abbr in self.range_claims:
            zone = next((z for z in ABBREVIATION_ZONES.get(abbr, []) if z != self.zone), None)
            if zone is None:
                self.comments.append(f"line {line}: the zone {abbr} is not one this reader knows; not shown")
                continue
            self.add_display_zone(zone)
            there = begin.astimezone(ZoneInfo(zone))
            actual = zone_abbreviation(there)
            if there.time() != start or actual != abbr:
                self.zone_notes.append(
                    f"line {line}: the text gives {start:%H:%M} {abbr}, but {first.start:%H:%M} "
                    f"{zone_abbreviation(begin)} on {self.date} is {there:%H:%M} {actual} in {zone}"
                )

    def read_languages(self, text: str) -> None:
        """Languages named in running text; kept only when every name is a known language."""
        m = _LANGUAGES.search(text)
        if not m or self.languages:
            return
        names = [n for n in re.split(r"\s*(?:,\s*and|,|\band\b|&|/)\s*", m.group("names")) if n]
        codes = []
        for name in names:
            try:
                codes.append(langcodes.find(name).language)
            except LookupError:
                return
        if m.group("into") and "en" not in codes:  # "interpretation into Spanish": from the floor's language
            codes.insert(0, "en")
            self.languages_note = "English is taken as the floor's language: the text names only the languages interpreted into"
        self.languages = codes

    def places(self) -> list[tuple[str, str]]:
        """The places the whole text names that tell its zone, as (name, zone): the buildings first,
        then the cities. Read once: a long paste must not be read again for every line."""
        if self._places is None:
            found = {m.group(0) for m in _PLACE_NAMES.finditer(self.text.lower())}
            named = [hint for hint in (*_PLACE_HINTS, *_CITIES) if hint in found]
            self._places = [(hint, _PLACE_HINTS.get(hint) or zone_for_city(hint)) for hint in named]  # type: ignore[misc]
        return self._places

    def add_display_zone(self, zone: str) -> None:
        if zone != self.zone and zone not in self.display_zones:
            self.display_zones.append(zone)

    def read_when(self, line: int, text: str, label: str | None = None) -> bool:
        """A line that says when the meeting is, and perhaps in which zone and how: "Tuesday, 15 July
        2025, 1:15 p.m. – 2:30 p.m. (EDT)", "Thursday, 22 May 2025, starting at 3 p.m.", "January 15,
        2025 | 9:00 a.m. − 10:30 a.m. EST | Online (Zoom)". Without a label, only a line with a date and
        nothing but these is taken. After "Venue:" or "Date and venue:" what is left is the venue;
        after another label it is marked as not read."""
        if label in ("mode", "format", "modality"):
            self.read_format(line, text, said=True)
            return True
        rest = text
        found = _date(rest)
        if found:
            rest = rest.replace(found[1].group(0), " ")
        ranges = []
        for m in _RANGE.finditer(rest):
            if (times := _range(m.groups()[:6])) is not None:
                ranges.append(times)
                rest = rest.replace(m.group(0), " ", 1)
        start = None
        if not ranges and (m := _STARTING.search(rest)) and (m.group(2) or m.group(3)):
            start = _clock(m.group(1), m.group(2), m.group(3))
            rest = rest.replace(m.group(0), " ", 1)
        city = abbr = None
        if m := re.search(r"\(?\b(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[Tt]ime\b\)?", rest):
            city = m.group("city")
            rest = rest.replace(m.group(0), " ", 1)
        elif (m := re.search(r"\(?\b(?P<abbr>[A-Z]{2,5})\b(?:,?\s*UTC\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?\)?", rest)) and m.group(
            "abbr"
        ) in ABBREVIATION_ZONES:
            abbr = m.group("abbr")
            rest = rest.replace(m.group(0), " ", 1)
        how = re.search(r"(?i)\b(?:hybrid|online|virtual|in[- ]person)\b(?:\s*\([^()]*\))?", rest)
        if how:
            rest = rest.replace(how.group(0), " ", 1)
        filler = re.sub(r"(?i)\b(?:on|at|from|starting|beginning|local|time|hrs|the)\b", " ", rest)
        if label is None and (found is None or " ".join(filler.split()).strip(" ,;|()" + _DASHES)):
            return False
        if found:
            self.date = found[0]
        for start_end in ranges:
            self.add_sitting(line, *start_end)
        if start is not None and not self.sittings:
            self.add_sitting(line, start, None)
        if city or abbr:
            self.resolve_zone(city=city, abbr=abbr)
        if how:
            self.read_format(line, how.group(0), said=True)
        rest = " ".join(rest.split()).strip(" ,;|" + _DASHES)
        if rest and label is not None:
            if "venue" in label or label in ("place", "location"):
                self.set_venue(rest)
            else:
                self.not_read(line, rest, f'part of "{label}" that is not understood')
        return True

    def read_venue(self, text: str) -> bool:
        """A short line under the title naming the place: "Conference Room 11, United Nations Headquarters"."""
        if len(text.split()) > 14 or text.endswith(".") or not _VENUE_WORDS.search(text) or _TIMEISH.search(text):
            return False
        if _date(text):
            return False
        self.set_venue(text)
        return True

    def set_venue(self, text: str) -> None:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        room = next((part for part in parts if _ROOM_PART.match(part)), None)
        if room is not None and self.room is None:
            self.room = room
            parts.remove(room)
        self.venue = ", ".join(parts) or self.venue

    def read_format(self, line: int, text: str, said: bool = False) -> None:
        """How people take part, from a sentence about it ("held in a hybrid format (in person and via
        Zoom)") or a "Mode:" label; the first line that says it is the one used."""
        if not (said or _ABOUT_TAKING_PART.search(text)):
            return
        if self.platform is None and (m := _PLATFORM.search(text)):
            self.platform = m.group(0)
        if self.format is not None:
            return
        hybrid, in_person, online = _HYBRID.search(text), _IN_PERSON.search(text), _ONLINE.search(text)
        if hybrid or (in_person and online):
            self.format = "hybrid"
        elif online:
            self.format = "online"
        elif in_person:
            self.format = "in_person"
        else:
            return
        self.format_line = line

    def open_segment(self, line: int, text: str, slot_minutes=None, **fields) -> _Segment:
        """A segment from a heading; a speaker it names ("Welcome remarks — Mr. X, Director",
        "Presentation of the report by Ms. Y, UNODC") becomes its slot, the rest its title."""
        title, speaker = _split_speaker(text)
        segment = self.new_segment(title, line, **fields)
        if speaker is not None and not self.read_person(line, speaker, lead=title, minutes=slot_minutes):
            segment.title = text.strip()  # not a name after all: the whole heading is the title
        return segment

    def read_running_order(self, line: int, text: str, bullet: str | None) -> bool:
        """A numbered or bulleted line of a programme given by durations: "1. Opening remarks (5
        minutes)", "• Keynote ‐ Mr. X, Special Envoy (8‒10 min)". It opens a segment of that length."""
        numbered = _NUMBERED.match(text)
        if numbered:
            text = numbered.group("title")
        elif not bullet or self.list_role or (self.segment is not None and self.segment.start is not None):
            return False  # a bullet of a list of speakers, or of a timed block
        duration, each = None, False
        if (d := _TRAILING_DURATION.search(text)) and (duration := _allotment(d.group("inner"))) is not None:
            each = _each(d.group("inner"))
            text = text[: d.start()].strip()
        elif d and numbered and _ALLOTMENT_ANYWHERE.search(d.group(0)):
            self.not_read(line, numbered.group(0), "has a time or an allotment in a shape that is not understood")
            return True
        if _PERSON.match(text):
            return False  # a speaker, not a segment
        if duration is None and not (numbered and self.in_programme and len(text.split()) <= 15 and not text.endswith((".", ";"))):
            return False  # a numbered sentence of the background ("1. Spotlight on the alarming rise …;")
        self.in_programme = True
        if each:  # "statements from Member States (2 minutes each)": a limit for each speaker, not a length
            segment = self.open_segment(line, text)
            limit = duration[1] if isinstance(duration, tuple) else duration
            if segment.kind == "interventions" and self.intervention_minutes is None:
                self.intervention_minutes = limit
            else:
                self.list_allotment = duration
            return True
        minutes = duration
        if isinstance(duration, tuple):
            minutes = duration[1]
        segment = self.open_segment(line, text, slot_minutes=duration, minutes=minutes)
        if isinstance(duration, tuple):
            segment.assumed.append("minutes")
            segment.comments.append(f"minutes: the text gives {duration[0]}–{duration[1]} min; the longest is planned")
        return True

    def apply_to_list(self, line: int, text: str, allotment) -> None:
        """"(5–7 minutes each)" after a list of speakers: their allotment."""
        listed = []
        for slot in reversed(self.segment.slots if self.segment is not None else []):
            if slot.minutes is not None:
                break
            listed.append(slot)
        if not listed:
            self.not_read(line, text, "an allotment for each speaker, but no list of speakers comes before it")
            return
        for slot in listed:
            slot.minutes = allotment

    def read_sittings(self, line: int, m: re.Match) -> bool:
        ranges = [_range(r.groups()) for r in _RANGE.finditer(m.group("ranges"))]
        if not ranges or any(r is None for r in ranges):
            return False
        for start, end in ranges:
            self.add_sitting(line, start, end)
        if m.group("city"):
            self.resolve_zone(city=m.group("city"))
        elif m.group("abbr") or m.group("abbr2"):
            self.resolve_zone(abbr=m.group("abbr") or m.group("abbr2"))
        return True

    def add_sitting(self, line: int, start: dt.time, end: dt.time) -> None:
        if (start, end) not in self.sitting_hours:
            self.sitting_hours.add((start, end))
            self.sittings.append(_Sitting(start, end, line))

    def read_person(self, line: int, text: str, lead: str | None = None, minutes=None) -> bool:
        """A speaker's line: "Welcome by Dr. X, Title (5 min)", "Ms. X, Title, via video message". ``lead``
        is the title of a heading that names the speaker, ``minutes`` the heading's length."""
        m = _PERSON.search(text)
        given_lead = lead is not None
        if lead is None:
            lead = text[: m.start("hon")].strip()
            lead = re.sub(r"\s*\bby$", "", lead, flags=re.I).strip(" :,;" + _DASHES)
        rest = m.group("rest").strip()
        minutes = minutes if minutes is not None else self.list_allotment
        modality = None
        video = re.search(rf"[,;]?\s*(?:{_DASH}\s*)?\b(?:via|by|through)\s+(?:a\s+)?(?:pre-?recorded\s+)?video(?:\s+(?:message|statement))?\.?$", rest, re.I)
        if video:
            modality, rest = "video", rest[: video.start()].strip()
        while (paren := re.search(r"\s*\(([^()]*)\)\s*$", rest)) is not None:
            inner = paren.group(1).strip()
            allotment = _allotment(inner)
            if allotment is not None:
                minutes = allotment
            elif re.fullmatch(r"(?i)(?:(?:via|by)\s+)?(?:pre-?recorded\s+)?video(?:\s+(?:message|statement))?|recorded(?:\s+message)?|pre-?recorded", inner):
                modality = "video"
            elif re.fullmatch(r"(?i)online|virtual|remote(?:ly)?|(?:via|on|through) (?:zoom|teams|microsoft teams|webex|video link)", inner):
                modality = "online"
            elif re.fullmatch(r"(?i)in[- ]person", inner):
                modality = "in_person"
            else:
                break
            rest = rest[: paren.start()].strip()
        name, _, described = rest.partition(",")
        name = name.strip()
        words = name.split()
        if not 1 <= len(words) <= 6 or not all(w[0].isupper() for w in words if w[0].isalpha()):
            return False
        described = described.strip()
        if not given_lead and (len(lead.split()) > 6 or re.search(r"[,.;?!]", lead)):
            return False  # a sentence that mentions someone ("For more information, contact Ms X")
        if re.search(r",\s+(?:has|have|had|will|would|is|are|was|were|who)\b", described):
            return False  # "H.E. Mr. X, Minister …, has kindly consented to attend": a sentence
        if _ALLOTMENT_ANYWHERE.search(described):
            return False  # an allotment in a place we do not understand: leave the line unread
        honorific = " ".join(m.group("hon").split())
        person = self.person(name, line)
        person.title = person.title or honorific
        position, affiliation = described, None
        head, sep, tail = described.rpartition(", ")
        if sep and len(tail.split()) <= 10 and tail[:1].isupper():
            position, affiliation = head, tail
        if position and not person.position:
            person.position, person.affiliation = position, affiliation
        if modality and modality != "in_person":
            person.modality = modality
        bare = honorific.replace("H.E.", "").replace(".", "").strip().lower()
        person.gender = person.gender or {"ms": "female", "mrs": "female", "mr": "male"}.get(bare)

        role = self.list_role or "speaker"
        lowered = f"{lead} {described}".lower()
        if re.search(r"key\s?note|key address", lowered):
            role = "keynote"
        elif re.search(r"\bmoderat", lowered):
            role = "moderator"
        elif re.search(r"\bco-?chair", lowered):
            role = "co_chair"
        elif re.search(r"\bchief guest\b", lowered):
            role = "chief_guest"
        elif re.search(r"\bchair\b", lowered):
            role = "chair"
        elif re.search(r"\bpresent(?:ation|ing|s)\b", lead.lower()):
            role = "presenter"
        segment = self.segment
        if role == "speaker" and segment is not None and not self.list_role and not lead:
            if re.search(r"key\s?note|key address", segment.title, re.I) and not segment.slots:
                role = "keynote"  # the one speaker under "Keynote address"
            elif segment.kind == "panel":
                role = "panellist"
        repeats = segment is not None and lead == segment.title  # "Welcome remarks — Mr. X" under its own heading
        slot = _Slot(person.id, line, role=role, minutes=minutes, note=None if repeats else lead or None)
        self.close_questions()
        if self.segment is None:
            self.pending.append(slot)  # named before the programme: goes into its first segment
        else:
            self.segment.slots.append(slot)
        return True

    def read_qa(self, line: int, m: re.Match) -> None:
        rest = m.group("rest")
        minutes = None
        allot = _ALLOTMENT_ANYWHERE.search(rest)
        if allot:
            minutes = _allotment(allot.group("inner"))
            if minutes is None or isinstance(minutes, tuple):
                self.not_read(line, m.string, "the length of the Q&A is not understood")
                return
            rest = rest[: allot.start()] + rest[allot.end():]
        rest = " ".join(rest.split()).strip()
        title = "Q&A" + (f" {rest}" if rest else "")
        parent = self.segment
        block_end = parent.block_end if parent else None
        segment = self.new_segment(title.strip(), line, kind="qa")
        if parent is not None and parent.kind != "qa" and minutes is not None and block_end is not None:
            # "14:20 – 14:55 …, followed by Q&A (10 mins)": the Q&A is the end of that block.
            start = (dt.datetime.combine(dt.date(2000, 1, 1), block_end) - dt.timedelta(minutes=minutes)).time()
            parent.end = start
            parent.assumed.append("end")
            parent.comments.append(
                f"end derived: the source gives this block until {block_end:%H:%M} and ends it with {minutes} min of Q&A"
            )
            segment.start, segment.end = start, block_end
            segment.assumed.append("start")
            segment.comments.append(f"Q&A ({minutes} min) at the end of the block that ends at {block_end:%H:%M}")
        elif minutes is not None:
            segment.minutes = minutes

    def read_tour(self, line: int, text: str) -> None:
        segment = self.segment
        fresh = segment is not None and segment.item is not None and self.item is not None and segment.item == self.item.number
        if fresh and not segment.slots and not segment.description and segment.kind in ("other", "address", "panel", "tour_de_table"):
            segment.kind = "tour_de_table"
            if "kind" in segment.assumed:
                segment.assumed.remove("kind")
            segment.description.append(text)
        else:
            self.new_segment("Tour-de-table", line, kind="tour_de_table", description=[text])

    # -- the draft --

    def finish(self) -> Draft:
        self.close_questions()
        if self.pending:  # people named, but no segment: one of their own
            pending, self.pending = self.pending, []
            self.new_segment("Speakers", pending[0].line).slots.extend(pending)
        self.settle_times()
        if self.title and self.subtitle and _FRAMEWORK.search(self.title) and not _FRAMEWORK.search(self.subtitle):
            # "Side event on the margins of the 59th session …" above "Protecting children on the move"
            self.title, self.subtitle = self.subtitle, self.title
        return Draft(toml=self.render(), unread=list(self.unread), summary=self.summary())

    def summary(self) -> str:
        def count(n: int, word: str, plural: str | None = None) -> str:
            return f"{n} {word if n == 1 else plural or word + 's'}"

        parts = []
        if self.items:
            parts.append(count(len(self.items), "agenda item"))
        parts.append(count(len(self.segments), "segment"))
        parts.append(count(len(self.people), "speaker"))
        standing = sum(len(s.standing) for s in self.segments)
        if standing:
            parts.append(count(standing, "standing item"))
        parts.append(count(len(self.unread), "line not read", "lines not read") if self.unread else "every line read")
        return ", ".join(parts)

    def render(self) -> str:
        out: list[str] = [
            _comment(f"Draft programme read from {self.source} by `meetingdesk import-agenda`."),
            "# Check every value; fields listed in `assumed` were not in the text and were chosen here.",
        ]
        if self.unread:
            out.append(f"# {len(self.unread)} line(s) of the source were not read: search for NOT READ below.")
        out += [_comment(c) for c in self.comments]
        out += ["", "format = 1", "", "[meeting]"]
        assumed: list[str] = []

        title = self.title
        if title is None:
            title = f"Programme from {self.source}"
            assumed.append("title")
            out.append("# title: the text has no title")
        out.append(f"title = {_toml(title)}")
        if self.subtitle:
            out.append(f"subtitle = {_toml(self.subtitle)}")
        if self.venue:
            out.append(f"venue = {_toml(self.venue)}")
        if self.room:
            out.append(f"room = {_toml(self.room)}")
        fmt = self.format
        if fmt is None:
            online = any(p.modality == "online" for p in self.people.values())
            fmt = "hybrid" if online else "in_person"
            assumed.append("format")
            out.append(f"# format: the text does not say; {'some speakers are online' if online else 'in person by default'}")
        elif self.format_line is not None:
            out.append(f"# format: as line {self.format_line} says")
        out.append(f"format = {_toml(fmt)}")
        if self.platform:
            out.append(f"platform = {_toml(self.platform)}")
        zone = self.zone
        if zone is None:
            zone = "UTC"
            assumed.append("time_zone")
            out.append("# time_zone: the text names no zone; set the meeting's home zone")
        else:
            if self.zone_assumed:
                assumed.append("time_zone")
            out.append(_comment(f"time_zone: {self.zone_comment}"))
            first = self.date
            if self.zone_abbr and first and self.sittings:
                actual = zone_abbreviation(dt.datetime.combine(first, self.sittings[0].start, tzinfo=ZoneInfo(zone)))
                if actual != self.zone_abbr and self.zone_abbr != "ET":
                    out.append(_comment(f"the source says {self.zone_abbr}, but on {first} {zone} is on {actual}"))
        out.append(f"time_zone = {_toml(zone)}")
        if self.display_zones:
            out += [_comment(note) for note in self.zone_notes]
            out.append(f"display_zones = {_toml(self.display_zones)}")
        if self.languages:
            if self.languages_note:
                out.append(_comment(f"languages: {self.languages_note}"))
                assumed.append("languages")
            out.append(f"languages = {_toml(self.languages)}")
        else:
            out.append("# languages: the text does not say which languages are spoken")
            out.append('languages = ["en"]')
            assumed.append("languages")
        if self.intervention_minutes is not None:
            out.append(f"intervention_minutes = {_toml(self.intervention_minutes)}")
        if self.description:
            out.append(f"description = {_toml(chr(10).join(self.description))}")
        out.append(f"source = {_toml(self.source)}")
        out.append(f"assumed = {_toml(assumed)}")

        for person in self.people.values():
            out += ["", "[[participants]]", f"# line {person.line}", f"id = {_toml(person.id)}", f"name = {_toml(person.name)}"]
            for key, value in (
                ("title", person.title),
                ("position", person.position),
                ("affiliation", person.affiliation),
                ("modality", person.modality),
                ("gender", person.gender),
            ):
                if value:
                    out.append(f"{key} = {_toml(value)}")

        for item in self.items:
            out += ["", "[[items]]", f"# line {item.line}", f"number = {_toml(item.number)}", f"title = {_toml(item.title)}"]

        sittings = self.place_segments()
        for sitting in sittings:
            if sitting.end is None:
                self.settle_end(sitting)
            out += ["", "[[sittings]]"]
            out += [_comment(c) for c in sitting.comments]
            day = self.date
            out.append(f"date = {_toml(day or self.today)}")
            out.append(f"start = {_toml(sitting.start)}")
            if sitting.end is not None:
                out.append(f"end = {_toml(sitting.end)}")
            sitting_assumed = list(sitting.assumed) + (["date"] if day is None else [])
            if sitting_assumed:
                out.append(f"assumed = {_toml(sitting_assumed)}")
            for segment in sitting.segments:
                out += self.render_segment(segment)
        return "\n".join(out) + "\n"

    def settle_end(self, sitting: _Sitting) -> None:
        """A sitting with a start and no end: the end follows when every segment is a length alone."""
        lengths = [s.minutes for s in sitting.segments if s.start is None and s.end is None]
        if sitting.segments and len(lengths) == len(sitting.segments) and None not in lengths:
            total = sum(lengths)  # type: ignore[arg-type]
            sitting.end = (dt.datetime.combine(dt.date(2000, 1, 1), sitting.start) + dt.timedelta(minutes=total)).time()
            sitting.assumed.append("end")
            sitting.comments.append(f"end: {sitting.start:%H:%M} and the {total:g} minutes of its segments; check it")
        else:
            sitting.comments.append("end: the text gives no end time; set it")

    def place_segments(self) -> list[_Sitting]:
        """Each timed segment goes into the sitting whose hours hold it; an untimed one follows
        the segment before it."""
        sittings = list(self.sittings)
        if not sittings:
            starts = [s.start for s in self.segments if s.start]
            ends = [s.end for s in self.segments if s.end]
            # in the order of the text, so a programme that runs past midnight stays whole
            sitting = _Sitting(starts[0] if starts else dt.time(10, 0), ends[-1] if ends else None, 0)
            if starts:
                sitting.comments.append("start and end: those of the first and last timed segments")
            else:
                sitting.comments.append("the text gives no time: start 10:00 is a placeholder; set it")
            sittings = [sitting]
            if self.date is None:
                sitting.comments.append("date: the text gives no date; set it")
        current = sittings[0]
        untimed_only = all(s.start is None for s in self.segments)
        for segment in self.segments:
            if segment.start is not None:
                current = next(
                    (s for s in sittings if s.start <= segment.start and (s.end is None or segment.start < s.end)), current
                )
            current.segments.append(segment)
        if len(sittings) > 1 and untimed_only and self.segments:
            sittings[0].comments.append(
                "the text does not say which segments fall in which sitting: all are placed in the first; move them as needed"
            )
        return sittings

    def render_segment(self, segment: _Segment) -> list[str]:
        out = ["", "[[sittings.segments]]", f"# line {segment.line}"]
        out += [_comment(c) for c in segment.comments]
        out.append(f"title = {_toml(segment.title)}")
        if segment.kind == "other" and "kind" in segment.assumed:
            out.append("# kind: the title does not say what kind of segment this is")
        out.append(f"kind = {_toml(segment.kind)}")
        if segment.item:
            out.append(f"item = {_toml(segment.item)}")
        if segment.start is not None:
            out.append(f"start = {_toml(segment.start)}")
        if segment.end is not None:
            out.append(f"end = {_toml(segment.end)}")
        if segment.minutes is not None and segment.end is None:
            out.append(f"minutes = {_toml(segment.minutes)}")
        if segment.description:
            out.append(f"description = {_toml(chr(10).join(segment.description))}")
        if segment.assumed:
            out.append(f"assumed = {_toml(segment.assumed)}")
        for slot in segment.slots:
            out += ["", "[[sittings.segments.slots]]", f"# line {slot.line}", f"participant = {_toml(slot.participant)}"]
            out.append(f"role = {_toml(slot.role)}")
            if slot.minutes is not None:
                out.append(f"minutes = {_toml(slot.minutes)}")
            if slot.note:
                out.append(f"note = {_toml(slot.note)}")
        for standing in segment.standing:
            out += ["", "[[sittings.segments.standing_items]]", f"# line {standing.line}"]
            out += [f"id = {_toml(standing.id)}", f"title = {_toml(standing.title)}"]
            if standing.questions:
                out.append("questions = [")
                out += [f"  {_toml(q)}," for q in standing.questions]
                out.append("]")
        return out


def import_agenda(text: str, source: str, today: dt.date | None = None) -> Draft:
    """Read a pasted agenda into a draft programme file.

    ``source`` names where the text came from (a file name); it goes into the draft. ``today`` is
    the date used when the text gives none (it is then listed as assumed).
    """
    reader = _Reader(text, source, today or dt.date.today())
    for line, piece in _pieces(text):
        reader.read(line, piece)
    return reader.finish()

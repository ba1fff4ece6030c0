"""Values in the text of a pasted agenda: logical lines, clock times, dates, durations and people.

Pure functions over strings, with the words they know taken from ``agenda_words``. The agenda
reader (``agenda_import``) decides what a line is; these say what a piece of it means.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, TypeVar

from . import agenda_words as words
from .schema import MAX_MINUTES, YEARS

# every dash a word processor or a web page puts between two times or before a list item:
# hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
# sign, small em dash, small and fullwidth hyphen-minus
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DASH = f"[{re.escape(DASHES)}]"
BULLETS = "•●▪◦❖*·►▶➢✓"


def phrases(options, *, boundary: bool = True) -> str:
    """A regex alternation of phrases (the longest that matches wins); a space or hyphen in a phrase
    matches any run of spaces and dashes. With ``boundary``, a phrase is matched as whole words.
    The alternation is a tree of the phrases' letters ("gen(?:eva|ève)"): the tables hold hundreds
    of words in three languages, and a tree tries one branch where a list would try them all."""
    tree: dict = {}
    for phrase in set(options):
        tokens = [t for t in _SEPARATORS.split(phrase) if t]
        node = tree
        for i, token in enumerate(tokens):
            for char in (_SEPARATOR,) * (i > 0) + tuple(token):
                node = node.setdefault(char, {})
        node[""] = {}
    body = "(?:" + _tree_pattern(tree) + ")"
    return rf"(?<![\w&]){body}(?![\w&])" if boundary else body


_SEPARATORS = re.compile(rf"[\s{re.escape(DASHES)}]+")
_SEPARATOR = "\x00"  # a space or a hyphen of a phrase, in the tree


def _tree_pattern(tree: dict) -> str:
    """The regex of a tree of characters: longer branches are tried first, as "?" is greedy."""
    branches = [
        (rf"[\s{re.escape(DASHES)}]+" if char == _SEPARATOR else re.escape(char)) + _tree_pattern(child)
        for char, child in sorted(tree.items())
        if char
    ]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in tree:
        return group
    return ("(?:" + group + ")" if len(branches) == 1 and len(group) > 1 else group) + "?"


def has_word(text: str, options) -> bool:
    return _compiled(tuple(options)).search(text) is not None


@cache
def _compiled(options: tuple) -> re.Pattern:
    return re.compile(phrases(options), re.I)


# --- logical lines ----------------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>")
_CELL_BREAK = re.compile(r"(?i)</t[dh]>\s*<t[dh][^>]*>")
_BLOCK_TAGS = re.compile(r"(?i)</?(?:p|br|ul|ol|li|div|tr|td|th|table|tbody|thead|h[1-6])\b[^>]*>")
_INLINE_BULLET = re.compile(rf"(?<=[^\s{re.escape(DASHES + BULLETS)}])\s+([{re.escape(BULLETS)}])\s+")
_MARKDOWN_RULE = re.compile(rf"^[\s|:{re.escape(DASHES)}=+]*$")
_LABEL_CELL = re.compile(r"^[A-Za-z][A-Za-z ]{1,25}:\s*\S")


class Piece(NamedTuple):
    """A logical line: its line in the paste, its text, and whether it is a further cell of a table row."""

    line: int
    text: str
    cell: bool = False


def pieces(text: str) -> list[Piece]:
    """The logical lines of the pasted text with their line numbers: HTML and markdown removed;
    paragraphs, list items, table cells and inline bullets on lines of their own. A table row whose
    first cell is a time ("12:00–12:05 | Welcome | Ms. X") gives the time and the next cell as one
    line ("12:00–12:05 Welcome") and each further cell as a line under it."""
    out = []
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):  # lines as an editor counts them
        s = raw.replace("**", "").replace("__", "")
        if "](" in s:
            s = _MARKDOWN_LINK.sub(r"\1", s)  # markdown link → its text
        if "<" in s:
            s = _CELL_BREAK.sub("\t", s)
            s = _BLOCK_TAGS.sub("\n", s)
            s = _TAG.sub("", s)  # inline tags: <i>, <u>, <b>, <span …>, <a …>
        if "&" in s:
            s = html.unescape(s)
        s = s.replace("\u00a0", " ").replace("\u200b", "")
        for row in s.split("\n"):
            for i, piece in enumerate(_cells(row)):
                piece = _INLINE_BULLET.sub(r"\n\1 ", piece)
                for part in piece.split("\n"):
                    part = " ".join(part.split())
                    if part:
                        out.append(Piece(number, part, i > 0))
    return out


def _cells(row: str) -> list[str]:
    if not row.strip() or (("|" in row or "-" in row) and _MARKDOWN_RULE.match(row) and len(row.strip()) > 2):
        return []
    if "\t" in row:
        cells = row.split("\t")
    elif "|" in row and _is_table_row(row):
        cells = row.split("|")
    elif "   " in row.strip() and _is_spaced_row(spaced := _SPACED_COLUMNS.split(row.strip())):
        cells = spaced  # columns aligned with spaces, as a PDF pastes them
    else:
        return [row]
    cells = [" ".join(c.split()) for c in cells]
    filled = [c for c in cells if c]
    if len(filled) >= 2 and all(c.lower().rstrip(":") in words.TABLE_HEADINGS for c in filled):
        return [" | ".join(filled)]  # the header row: one line, read as a heading
    if len(filled) >= 3 and time_only(filled[0]) and allotment(filled[1]) is not None:
        return [f"{filled[0]} {filled[2]} ({filled[1]})", *filled[3:]]  # "10:05 | 10' | Presentation | Dr. X"
    if len(filled) >= 2 and time_only(filled[0]):
        return [f"{filled[0]} {filled[1]}", *filled[2:]]
    if len(filled) >= 2 and allotment(filled[1]) is not None and allotment(filled[0]) is None:
        return [f"{filled[0]} ({filled[1]})", *filled[2:]]  # "| Keynote | 15 min | Ms. X |"
    if len(filled) >= 2 and allotment(filled[0]) is not None:
        return [f"{filled[1]} ({filled[0]})", *filled[2:]]  # "| 15 min | Keynote | Ms. X |"
    return filled


_SPACED_COLUMNS = re.compile(r"\s{3,}")


def _is_spaced_row(cells: list[str]) -> bool:
    """Cells parted by runs of spaces that are a table's: a time first, or the header row."""
    return len(cells) >= 2 and (time_only(cells[0]) or all(c.lower().rstrip(":") in words.TABLE_HEADINGS for c in cells))


def _is_table_row(row: str) -> bool:
    stripped = row.strip()
    if stripped.startswith("|") or stripped.endswith("|"):
        return True
    cells = [c.strip() for c in stripped.split("|") if c.strip()]
    if not cells:
        return False
    if time_only(cells[0]) or all(c.lower().rstrip(":") in words.TABLE_HEADINGS for c in cells):
        return True
    if len(cells) >= 2 and any(find_date(c) is not None or time_only(c) for c in cells):
        return True  # "26 June 2025 | 14:00 – 15:30 (Vienna time) | VIC, Room M0E100": the head's facts, one a cell
    return sum(bool(_LABEL_CELL.match(c)) for c in cells) >= 2  # "Date: … | Time: … | Venue: …"


# --- clock times -----------------------------------------------------------------------------------

_AMPM = phrases((*words.MERIDIEM_AM, *words.MERIDIEM_PM), boundary=False)
_NOON = phrases((*words.NOON, *words.MIDNIGHT), boundary=False)
HOURS = rf"(?:\s*{phrases(words.HOURS_SUFFIX, boundary=False)}(?![\w])\.?)"
# one clock time, without groups: "14:00", "14.00", "13h15", "13 h 15", "10h", "14 h", "1:15 p.m.", "12 noon", "Noon"
CLOCK = (
    rf"(?:(?<![\w.:]){_NOON}(?!\w)|(?<![\w.:])\d{{1,2}}(?:[:.]\d{{2}}(?!\d)|\s?h\s?\d{{2}}(?!\d)|\s?h(?![\w]))?(?!\d)"
    rf"(?:\s*(?:{_AMPM}(?![\w])|{_NOON}(?!\w)))?)"
)
SEP = rf"\s*(?:{DASH}|\b{phrases(words.RANGE_JOINERS, boundary=False)}\b)\s*"
_RANGE_LEAD = rf"(?:\b{phrases(words.RANGE_LEADS, boundary=False)}\s+)?"
# "14:00 – 15:30", "de 13h15 à 14h", "de 9 a 13 horas" (an hours word makes "9" a time: ``ah``, ``bh``)
RANGE = re.compile(rf"{_RANGE_LEAD}(?P<a>{CLOCK})(?P<ah>{HOURS})?{SEP}(?P<b>{CLOCK})(?P<bh>{HOURS})?", re.I)
_LEAD = re.compile(rf"^{_RANGE_LEAD}(?P<a>{CLOCK})(?P<ah>{HOURS})?(?:{SEP}(?P<b>{CLOCK})(?P<bh>{HOURS})?)?(?P<tail>.*)$", re.I)
_CLOCK_PARTS = re.compile(
    rf"^(?:(?P<noon>{_NOON})|(?P<h>\d{{1,2}})(?:(?P<sep>[:.h])(?P<m>\d{{2}})|(?P<hsuffix>h))?\s*(?:(?P<ap>{_AMPM})\.?|(?P<noon2>{_NOON}))?)$",
    re.I,
)
TIMEISH = re.compile(rf"\b\d{{1,2}}(?:[:.]|\s?h\s?)\d{{2}}\b|\b\d{{1,2}}\s*{_AMPM}(?!\w)", re.I)
_SPACED_H = re.compile(r"(?<=\d) ?(h) ?(?=\d{2}$)| (h)$", re.I)  # "13 h 15" → "13h15", "14 h" → "14h"
_PM = {m.replace(" ", "") for m in words.MERIDIEM_PM}


@dataclass(frozen=True)
class Clock:
    """A clock time read from the text. ``loose``: written on a 12-hour clock without "a.m." or
    "p.m." ("1:30" after "12:30"), so it may mean the afternoon; ``bare``: an hour alone ("10" in
    "10 – 11 AM"), a time only inside a range that says the rest."""

    time: dt.time
    loose: bool = False
    bare: bool = False
    meridiem: str | None = None  # "am" or "pm" when written


def clock(text: str) -> Clock | None:
    m = _CLOCK_PARTS.match(_SPACED_H.sub(lambda h: h.group(1) or h.group(2), " ".join(text.split())))
    if m is None:
        return None
    if m.group("noon"):
        noon = m.group("noon").lower() in words.NOON
        return Clock(dt.time(12 if noon else 0, 0))
    h, minute = int(m.group("h")), int(m.group("m") or 0)
    if minute > 59:
        return None
    if m.group("noon2"):
        return Clock(dt.time(12, minute)) if h == 12 else None
    meridiem = None
    if m.group("ap") and h <= 12:  # "13:15 pm" is read as written: 13:15
        meridiem = "pm" if m.group("ap").lower().replace(" ", "") in _PM else "am"
        if h == 0:
            return None
        h = (h % 12) + (12 if meridiem == "pm" else 0)
    if h > 23:
        return None
    bare = not (m.group("m") or m.group("hsuffix") or m.group("ap"))
    loose = meridiem is None and not m.group("hsuffix") and m.group("sep") != "h" and 1 <= h <= 12 and not m.group("h").startswith("0")
    return Clock(dt.time(h, minute), loose=loose, bare=bare, meridiem=meridiem)


def clock_range(a: str, b: str, hours: bool = False) -> tuple[Clock, Clock] | None:
    """Start and end of "a – b". A start without "a.m."/"p.m." takes the end's when that keeps it
    before the end ("10 – 11 AM", "1:15–2:30 p.m."), else the other half of the day ("11:30–1:00 p.m.").
    With ``hours`` (an hours word follows: "de 9 a 13 horas", "09.00–10.30 hrs") the clock is a
    24-hour one and an hour alone is a time."""
    start, end = clock(a), clock(b)
    if hours and start is not None and end is not None:
        start, end = Clock(start.time, meridiem=start.meridiem), Clock(end.time, meridiem=end.meridiem)
    if start is None or end is None or end.bare or (start.bare and end.meridiem is None and end.time != dt.time(12)):
        return None  # "3-5" is not a time range
    half = end.meridiem or ("pm" if clock_says_noon(b) else None)
    if start.meridiem is None and half and start.time.hour <= 12 and (start.loose or start.bare or start.time.hour == 12):
        h = start.time.hour % 12
        same = dt.time(h + (12 if half == "pm" else 0), start.time.minute)
        other = dt.time(h + (0 if half == "pm" else 12), start.time.minute)
        start = Clock(same if same <= end.time else other)
    elif start.bare:
        return None
    return start, end


def range_clocks(m: re.Match) -> tuple[Clock, Clock] | None:
    """The start and end of a match of ``RANGE``."""
    return clock_range(m.group("a"), m.group("b"), hours=bool(m.group("ah") or m.group("bh")))


_NOON_WORD = re.compile(_NOON, re.I)
_TITLE_MARKS = re.compile(rf"^[\s|:,;)\]{re.escape(DASHES)}]+")


def clock_says_noon(text: str) -> bool:
    return _NOON_WORD.search(text) is not None


@dataclass(frozen=True)
class LeadTime:
    """The time at the head of a line: "14:00 – 14:20 Setting the scene", "1:15 p.m. Welcome"."""

    start: Clock
    end: Clock | None
    title: str


_FOUR_DIGITS = re.compile(r"\d{4}")
# "0900–1030 hrs": a 24-hour clock without a separator, said as such by "hrs"
_MILITARY = re.compile(rf"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)(?=(?:\s*(?:{DASH}|to)\s*(?:[01]\d|2[0-3])[0-5]\d)?\s*{HOURS})", re.I)


def military(text: str) -> str:
    """ "0900–1030 hrs Opening" → "09:00–10:30 hrs Opening"; other text as it is."""
    if _FOUR_DIGITS.search(text) is None:
        return text
    return _MILITARY.sub(r"\1:\2", text)


def lead_time(text: str) -> LeadTime | None:
    m = _LEAD.match(text)
    if m is None:
        return None
    tail = m.group("tail")
    end = None
    start: Clock | None
    if m.group("b"):
        pair = clock_range(m.group("a"), m.group("b"), hours=bool(m.group("ah") or m.group("bh")))
        if pair is None:
            return None
        start, end = pair
    else:
        start = clock(m.group("a"))
        if start is None or (start.bare and not m.group("ah")):
            return None  # "3 March 2025": an hour alone is no time
    if tail and not _TITLE_MARKS.match(tail):
        return None  # "10th", "3rd": not a time
    title = _TITLE_MARKS.sub("", tail).strip()
    if m.group("ah") or m.group("bh"):  # "09.00 hrs": a 24-hour clock
        start = Clock(start.time, bare=start.bare)
        end = Clock(end.time) if end else None
    return LeadTime(start, end, title)


def time_only(text: str) -> bool:
    lead = lead_time(text)
    return lead is not None and not lead.title


# --- dates ----------------------------------------------------------------------------------------

_MONTH = phrases(words.MONTHS, boundary=True)
_WEEKDAY = phrases(words.WEEKDAYS, boundary=True)
_ORD = "(?:" + "|".join(words.ORDINAL_SUFFIXES) + ")"
_DAY_JOIN = rf"\s*(?:{DASH}|\b{phrases(words.DAY_RANGE_JOINERS, boundary=False)}\b)\s*"
_OF = phrases(words.DATE_WORDS, boundary=False)
_YEAR = rf"(?:\s+(?:{phrases(words.YEAR_LEADS)}\s+)?(?P<y>\d{{4}})(?!\d))?"  # " 2025", " de 2025"
_DATE_DMY = re.compile(
    rf"(?:{_WEEKDAY}\.?,?\s+)?(?<!\d)(?P<d1>\d{{1,2}}){_ORD}?(?:{_DAY_JOIN}(?:{_WEEKDAY}\.?,?\s+)?(?P<d2>\d{{1,2}}){_ORD}?)?"
    rf"\s+(?:{_OF}\s+)?(?P<mon>{_MONTH})\.?,?{_YEAR}",
    re.I,
)
_DATE_MDY = re.compile(
    rf"(?:{_WEEKDAY}\.?,?\s+)?(?P<mon>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}){_ORD}?(?!\d)(?:{_DAY_JOIN}(?P<d2>\d{{1,2}}){_ORD}?)?,?(?:\s+(?P<y>\d{{4}})(?!\d))?",
    re.I,
)
_DIGIT = re.compile(r"\d")
_DATE_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")


@dataclass(frozen=True)
class DateFound:
    date: dt.date  # the first day of "3–4 March 2025"
    span: tuple[int, int]  # where in the text


def find_date(text: str, year: int | None = None) -> DateFound | None:
    """The first date in the text: "Wednesday, 10 July 2024", "July 15, 2025", "3–4 March 2025",
    "2025-03-03"; "Tuesday, 4 March" only with the ``year`` it is in."""
    if _DIGIT.search(text) is None:
        return None
    m = _DATE_ISO.search(text)
    if m:
        try:
            return DateFound(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), m.span()) if int(m["y"]) in YEARS else None
        except ValueError:
            return None
    for pattern in (_DATE_DMY, _DATE_MDY):
        for m in pattern.finditer(text):
            y = int(m["y"]) if m["y"] else year
            if y is None or y not in YEARS:  # "8025": a typing mistake, not a date the programme can hold
                continue
            month = words.MONTHS[m["mon"].lower().rstrip(".")]
            try:
                return DateFound(dt.date(y, month, int(m["d1"])), m.span())
            except ValueError:
                return None
    return None


# --- durations -------------------------------------------------------------------------------------

_AMOUNT = r"(?:\d+(?:\.\d+)?|" + phrases(words.NUMBER_WORDS, boundary=False) + ")"
_UNIT = rf"(?P<unit>{phrases((*words.MINUTE_UNITS, *words.HOUR_UNITS), boundary=False)})(?![\w])"
_PER = rf"(?:{phrases(words.EACH, boundary=False)}|{phrases(words.PER, boundary=False)}\s+{phrases(words.PER_SPEAKER, boundary=False)}s?)"
_ALLOTMENT = re.compile(
    rf"^(?:{phrases(words.UP_TO, boundary=False)}\s+)?(?P<low>{_AMOUNT})(?:\s*(?:{DASH}|\b{phrases(words.RANGE_WORDS, boundary=False)}\b)\s*(?P<high>{_AMOUNT}))?"
    rf"\s*{DASH}?\s*{_UNIT}\.?(?:\s+{phrases(words.UP_TO_AFTER, boundary=False)})?(?P<each>\s+{_PER})?$",
    re.I,
)
# "2-minute interventions", "interventions of up to 3 minutes": a limit for each speaker
_PER_NOUN = phrases(words.INTERVENTION_NOUNS, boundary=False)
_MINUTE_NOUN = re.compile(rf"^(?P<low>{_AMOUNT})\s*{DASH}?\s*{phrases(words.MINUTE_ADJECTIVE, boundary=False)}\s+{_PER_NOUN}$", re.I)
_NOUN_OF = re.compile(
    rf"^{_PER_NOUN}\s+(?:{phrases(words.LIMIT_VERBS, boundary=False)}\s+)?(?:{phrases(words.OF, boundary=False)}\s+)?"
    rf"(?:{phrases((*words.UP_TO, *words.LIMIT_SENTENCE), boundary=False)}\s+)?(?P<low>{_AMOUNT})\s*{_UNIT}\.?(?:\s+{_PER})?$",
    re.I,
)
# "Interventions are limited to three minutes"; "… invited to make a 3-minute intervention" (looked for only
# where "minute" is said: a number word is tried at every word)
_LIMIT = re.compile(
    rf"\b{_PER_NOUN}\b[^.()]*?\b{phrases(words.LIMIT_SENTENCE, boundary=False)}\s+(?P<low>{_AMOUNT})\s*{_UNIT}", re.I
)
_UNIT_STEMS = tuple(sorted({u.lower()[:3] for u in (*words.MINUTE_UNITS, *words.HOUR_UNITS, *words.MINUTE_ADJECTIVE) if len(u) > 1}))
_MINUTE_ADJECTIVE = re.compile(phrases(words.MINUTE_ADJECTIVE, boundary=False), re.I)
_LIMIT_BEFORE_NOUN = re.compile(
    rf"\b(?P<low>{_AMOUNT})\s*{DASH}?\s*{phrases(words.MINUTE_ADJECTIVE, boundary=False)}\s+{_PER_NOUN}\b", re.I
)
PAREN_DURATION = re.compile(rf"\((?P<inner>[^()]*\b(?:{phrases((*words.MINUTE_UNITS, *words.HOUR_UNITS), boundary=False)})\b[^()]*)\)", re.I)
_TRAILING_PAREN = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]*)[)\]]\s*$")

Minutes = float | tuple[float, float]


@dataclass(frozen=True)
class Allotment:
    minutes: Minutes  # 5, or (3, 5) for "3–5 min"
    each: bool  # for each speaker of a list ("each", "per delegation", "2-minute interventions")


def _amount(text: str) -> float:
    text = " ".join(text.lower().split())
    return float(words.NUMBER_WORDS[text]) if text in words.NUMBER_WORDS else float(text)


def _whole(value: float) -> float:
    return int(value) if value.is_integer() else value


def allotment(text: str) -> Allotment | None:
    """The minutes of "5 min", "3-5 mins each", "fifteen minutes", "half an hour", "2 minutes per
    delegation", "2-minute interventions"; None for anything else, and for "0 min", "5-3 min" or more
    than a day, which no one can plan with."""
    text = " ".join(text.split()).strip(" .")
    m = _ALLOTMENT.match(text)
    each = bool(m and m.group("each"))
    if m is None:
        m = _MINUTE_NOUN.match(text) or _NOUN_OF.match(text)
        each = True
    if m is None:
        return None
    unit = (m.groupdict().get("unit") or "min").lower()
    per = 60 if unit in words.HOUR_UNITS else 1
    low = _amount(m.group("low")) * per
    high = _amount(m.group("high")) * per if m.groupdict().get("high") else None
    if low <= 0 or (high is not None and high < low) or max(low, high or 0) > MAX_MINUTES:
        return None  # "0 min", "5-3 min", "358 hours": no one can plan with them
    return Allotment(_whole(low) if high is None else (_whole(low), _whole(high)), each)


def trailing_allotment(text: str) -> tuple[str, Allotment | None, str | None]:
    """A title and the duration in brackets at its end: "Panel discussion (45 min)" → ("Panel
    discussion", 45 min). The third value is the bracket's text when it names a duration that is not
    understood ("(about ten min)"), else None."""
    if not text.endswith((")", "]")) and not text.rstrip().endswith((")", "]")):
        return text, None, None
    m = _TRAILING_PAREN.search(text)
    if m is None:
        return text, None, None
    found = allotment(m.group("inner"))
    if found is not None:
        return text[: m.start()].strip(), found, None
    if PAREN_DURATION.search(m.group(0)):
        return text, None, m.group(0).strip()
    return text, None, None


def limit_in_sentence(text: str) -> float | None:
    """"Interventions are limited to three minutes." → 3 (minutes, for each speaker)."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _UNIT_STEMS):
        return None  # no "min", "hour", "heure", "hora": most lines of a long paste end here
    m = _LIMIT.search(text)
    if m is None and _MINUTE_ADJECTIVE.search(text):
        m = _LIMIT_BEFORE_NOUN.search(text)
    if m is None:
        return None
    unit = (m.groupdict().get("unit") or "min").lower()
    minutes = _amount(m.group("low")) * (60 if unit in words.HOUR_UNITS else 1)
    return _whole(minutes) if 0 < minutes <= MAX_MINUTES else None


# --- people -----------------------------------------------------------------------------------------


def _honorific_pattern() -> str:
    """Every honorific, its dots optional ("Mr", "Mme."); a single letter keeps its dot ("M.", "D."),
    or any capital would be one."""
    parts = []
    for h in sorted(words.HONORIFICS, key=len, reverse=True):
        tokens = h.replace(".", " ").split()
        dots = [r"\." if len(t) == 1 else r"\.?" for t in tokens]
        parts.append(r"\s*".join(re.escape(t) + dot for t, dot in zip(tokens, dots, strict=True)))
    return "(?:" + "|".join(parts) + ")"


HONORIFIC = _honorific_pattern()
_NAME_START = r"[A-Z\u00C0-\u024F]"
PERSON = re.compile(rf"(?:^|(?<=[\s(:,–—-]))(?P<hon>{HONORIFIC}(?:\s+{HONORIFIC})*)\s+(?P<rest>{_NAME_START}.*)$")
_ANY_HONORIFIC = re.compile(HONORIFIC)
_INITIAL = re.compile(r"^[A-Z]\.$")
_AFTER_A_NAME = re.compile(r"[A-Z][\w'’-]*\s$")


def find_person(text: str) -> re.Match | None:
    """Where a person is named in the text ("… by Ms. X, Title"); a quick look for an honorific
    first, as most lines of a long paste have none. A one-letter honorific right after a name is
    that person's initial ("Gilbert M. Houngbo"), not "M." (Monsieur)."""
    if not _ANY_HONORIFIC.search(text):
        return None
    m = PERSON.search(text)
    while m is not None and _INITIAL.match(m.group("hon")) and _AFTER_A_NAME.search(text, 0, m.start("hon")):
        m = PERSON.search(text, m.end("hon"))
    return m
_MODALITY_PHRASES = {phrase: kind for kind, options in words.MODALITIES.items() for phrase in options}
_MODALITY = re.compile(
    rf"^(?:{phrases(words.MODALITY_LEADS, boundary=False)}\s+)?(?P<what>{phrases(_MODALITY_PHRASES, boundary=False)})$", re.I
)
_TRAILING_MODALITY = re.compile(
    rf"(?:\s*[,;]|\s+{DASH})?\s*(?:(?:{phrases(words.MODALITY_LEADS, boundary=False)})\s+)"
    rf"(?P<what>{phrases(_MODALITY_PHRASES, boundary=False)})\.?$|(?:\s*[,;]|\s+{DASH})\s*(?P<what2>{phrases(_MODALITY_PHRASES, boundary=False)})\.?$",
    re.I,
)
_UNCONFIRMED = re.compile(rf"^{phrases(words.UNCONFIRMED, boundary=False)}$", re.I)
_TRAILING_MINUTES = re.compile(rf"\s*(?:,|:|\s{DASH})\s*(?P<allot>[^,:()\[\]{re.escape(DASHES)}]+(?:{DASH}[^,:()\[\]{re.escape(DASHES)}]+)?)$")
_COMMA_OR_SEMICOLON = re.compile(r"\s*[,;]\s*")
_TAIL = 60  # the longest annotation at the end of a person's line ("by pre-recorded video message")
_SENTENCE_VERB = re.compile(rf",\s+{phrases(words.SENTENCE_AFTER_NAME)}")  # lower case: ", WHO" is no verb
_BY_AT_END = re.compile(rf"\s*{phrases(words.BY)}$", re.I)
_WHAT_THEY_DO = re.compile(
    rf"\s+{DASH}\s+(?P<what>{phrases([p for _, options in words.KINDS for p in options])}(?:\s+[^\W\d_]+){{0,2}})$", re.I
)


def modality(text: str) -> str | None:
    m = _MODALITY.match(" ".join(text.split()).strip(" ."))
    return _MODALITY_PHRASES[_fold(m.group("what"))] if m else None


def _fold(phrase: str) -> str:
    """A matched phrase back to its table form ("Pre recorded" → "pre-recorded")."""
    plain = re.sub(rf"[\s{re.escape(DASHES)}]+", " ", phrase.lower())
    for key in _MODALITY_PHRASES:
        if re.sub(rf"[\s{re.escape(DASHES)}]+", " ", key) == plain:
            return key
    return phrase.lower()


def unconfirmed(text: str) -> bool:
    return _UNCONFIRMED.match(" ".join(text.split()).strip(" .")) is not None


@dataclass
class PersonText:
    """A person as a line names them: "Keynote address by Ms. X, Title, UNDP (online) (5 min)"."""

    lead: str  # what comes before the name ("Keynote address"), without "by" and the dash
    honorific: str | None
    name: str
    position: str | None = None
    affiliation: str | None = None
    modality: str | None = None
    minutes: Minutes | None = None
    note: str | None = None  # "TBC"
    unread_duration: bool = False  # "(about ten min)": a duration in a shape that is not understood


def read_person(text: str, *, bare: bool = False) -> PersonText | None:
    """The person a line names, or None. With ``bare``, a name without "Mr."/"Ms." is taken
    ("Maria Lopez, Minister of Finance, Colombia"), as in a list of speakers."""
    m = find_person(text)
    if m is not None:
        honorific, lead, rest = " ".join(m.group("hon").split()), text[: m.start("hon")], m.group("rest").strip()
    elif bare:
        honorific, lead, rest = None, "", text.strip()
    else:
        return None
    lead = _BY_AT_END.sub("", lead.strip()).strip(" :,;(" + DASHES)
    person = PersonText(lead=lead, honorific=honorific, name="")
    rest = _strip_annotations(rest, person)
    if rest is None:
        return None
    name, described = _name_and_description(rest)
    if not _is_name(name, bare=honorific is None):
        return None
    if _SENTENCE_VERB.search(described) or PAREN_DURATION.search(described):
        return None  # "H.E. Mr. X, Minister …, has kindly consented to attend": a sentence
    if (m := _WHAT_THEY_DO.search(described)) is not None:  # "…, Permanent Representative of Fiji – opening remarks"
        person.note = "; ".join(n for n in (m.group("what"), person.note) if n)
        described = described[: m.start()]
    person.name = name
    person.position, person.affiliation = split_description(described)
    return person


def _strip_annotations(rest: str, person: PersonText) -> str | None:
    """Take "(online)", "(5 min)", "(TBC)", ", via video message" off the end of a person's text."""
    while True:
        # the patterns below end the text: searched in its tail, so a long line costs no more
        cut = max(0, len(rest) - _TAIL)
        if (m := _TRAILING_MODALITY.search(rest, cut)) is not None and m.start() > 0:
            person.modality = person.modality or _MODALITY_PHRASES[_fold(m.group("what") or m.group("what2"))]
            rest = rest[: m.start()].strip()
            continue
        if (m := _TRAILING_MINUTES.search(rest, cut)) is not None and (found := allotment(m.group("allot"))) is not None:
            person.minutes = found.minutes
            rest = rest[: m.start()].strip()
            continue
        m = _TRAILING_PAREN.search(rest)
        if m is None or m.start() == 0:
            return rest
        kept = []
        inner = [p for p in _COMMA_OR_SEMICOLON.split(m.group("inner").strip()) if p]
        for part in inner:
            if not part:
                continue
            if (found := allotment(part)) is not None:
                person.minutes = found.minutes
            elif (kind := modality(part)) is not None:
                person.modality = person.modality or kind
            elif unconfirmed(part):
                person.note = part
            elif PAREN_DURATION.search(f"({part})"):
                person.unread_duration = True
                kept.append(part)
            else:
                kept.append(part)
        if len(kept) == len(inner):
            return rest  # nothing in the brackets is an annotation: they are part of the text
        rest = rest[: m.start()].strip() + (f" ({', '.join(kept)})" if kept else "")
        if kept:
            return rest


_NAME_END = re.compile(rf",|\(|\s{DASH}\s")


def _name_and_description(rest: str) -> tuple[str, str]:
    """ "Ana Lima, Director, IOM", "Ana Lima (IOM)", "Ana Lima – Director, IOM": the name and the rest."""
    m = _NAME_END.search(rest)
    if m is None:
        return rest.strip(), ""
    if m.group(0) == "(":
        close = rest.find(")", m.start())
        if close != -1:
            inner, after = rest[m.start() + 1 : close].strip(), rest[close + 1 :].strip(" ,")
            return rest[: m.start()].strip(), ", ".join(p for p in (inner, after) if p)
    return rest[: m.start()].strip(), rest[m.end():].strip()


_NOT_NAME = frozenset(w.lower() for w in words.NOT_NAME_WORDS)
_PARTICLES = frozenset(words.NAME_PARTICLES)


def _is_name(name: str, *, bare: bool) -> bool:
    tokens = name.split()
    if not (2 if bare else 1) <= len(tokens) <= (5 if bare else 6) or _DIGIT.search(name):
        return False
    for token in tokens:
        if token.lower() in _PARTICLES and bare:
            continue
        if token[0].isalpha() and not token[0].isupper():
            return token.lower() in _PARTICLES and not bare
        if bare and (token.lower().strip(".,") in _NOT_NAME or not token[0].isalpha()):
            return False
    return not bare or tokens[0][0].isupper()


_POSITION_WORD = re.compile(r"(?<![a-z])" + phrases(words.POSITION_WORDS, boundary=False) + r"(?![a-z])", re.I)  # not "vice" in "Service"
_ORGANISATION = re.compile(phrases(words.ORGANISATION_WORDS), re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]*[A-Z0-9]$")


_PHRASE_BREAK = re.compile(rf"\s+{phrases(words.PHRASE_BREAKS)}\s+", re.I)  # not _OF (the date words above)


def says_position(text: str) -> bool:
    """ "Senior Economist", "Chair-Rapporteur of the Working Group": a job title. The words before
    "of", "for" … say what the phrase is; of a job word and an organisation word, the last one wins
    ("Water Programme Officer" is a job, "Survivor Network Uganda" an organisation)."""
    head = _PHRASE_BREAK.split(text, maxsplit=1)[0].lower()
    last_position = max((m.start() for m in _POSITION_WORD.finditer(head)), default=-1)
    last_organisation = max((m.start() for m in _ORGANISATION.finditer(head)), default=-1)
    return last_position >= 0 and last_position > last_organisation


def says_organisation(text: str) -> bool:
    """ "African Development Bank", "UNDP", "UN Women", "Permanent Mission of Sweden" — and no job title."""
    said = text.split()
    first = said[0] if said else ""
    # "UNDP", "UN Women", "IOM Chile"; not a title in capitals ("TRAFFICKING IN CHILDREN ON THE RISE")
    acronym = _ACRONYM.match(first) is not None and 2 <= len(first) <= 8 and (len(said) <= 2 or not text.isupper())
    named = _ORGANISATION.search(text) is not None or acronym
    return named and not says_position(text)


def split_description(described: str) -> tuple[str | None, str | None]:
    """A person's position and affiliation from what follows the name: "Director, Division X,
    DESA" → ("Director, Division X", "DESA"); "UNDP" → (None, "UNDP"); "Ministry of Environment,
    Kenya" → (None, "Ministry of Environment, Kenya")."""
    described = described.strip(" ,;")
    if not described:
        return None, None
    parts = [p.strip() for p in described.split(", ") if p.strip()]
    if len(parts) == 1:  # "UNDP", "Tonga", "Deputy Secretary-General": a job title says so
        return (described, None) if says_position(described) or not described[:1].isupper() else (None, described)
    if says_organisation(parts[0]):
        return None, described
    head, tail = parts[:-1], parts[-1]
    if _continues_a_list(head[-1], tail) or says_position(tail):
        return described, None  # "… for Management Strategy, Policy and Compliance", "Ambassador, Permanent Representative of X"
    if not (says_position(head[0]) or head[0][:1].islower()):
        return None, described  # "Femmes, Paix et Sécurité, Ghana", "Migration Health, WHO": no job title in it
    if len(tail.split()) <= 10 and tail[:1].isupper():
        return ", ".join(head), tail
    return described, None


_JOINER_WORD = re.compile(phrases(words.LIST_JOINERS), re.I)


def _continues_a_list(before: str, tail: str) -> bool:
    """Whether the part after the last comma ends a list begun before it ("… for Management Strategy,
    Policy and Compliance") rather than naming an organisation or a country ("…, UN Women")."""
    return (
        _PHRASE_BREAK.search(before) is not None
        and _JOINER_WORD.search(tail) is not None
        and _ORGANISATION.search(tail) is None
        and _ACRONYM.match(tail.split()[0]) is None
        and " ".join(tail.lower().split()) not in words.COUNTRIES_WITH_AND
    )


_HONORIFIC_WORD = re.compile(r"[^\W\d_ª]+[ª]?")


def honorific_gender(honorific: str, language: str) -> str | None:
    """The gender an honorific says in the agenda's language: "H.E. Ms." → female, "S.E. M." → male,
    "Sr." → male in Spanish and nothing in English (a Sister)."""
    genders = words.HONORIFIC_GENDER.get(language, words.HONORIFIC_GENDER["en"])
    return next((genders[w] for w in _HONORIFIC_WORD.findall(honorific.lower()) if w in genders), None)


# --- the language of the text ------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters: the language shows in the first pages, and a long paste costs no more


def _words_of_each_language() -> dict[str, str]:
    """Each word that belongs to one language only: its short frequent words, its months and weekdays."""
    own = {language: set(listed) for language, listed in words.FUNCTION_WORDS.items()}
    for language, tables in (("fr", words.French), ("es", words.Spanish)):
        own[language] |= {w for w in (*tables.MONTHS, *tables.WEEKDAYS) if " " not in w}
    others = own["fr"] | own["es"]
    own["en"] |= {w for w in (*words.MONTHS, *words.WEEKDAYS) if w not in others and len(w) > 3}
    return {w: language for language, listed in own.items() for w in listed if sum(w in o for o in own.values()) == 1}


_LANGUAGE_WORDS = _words_of_each_language()


def language_of(text: str) -> str:
    """The language an agenda is written in ("en", "fr", "es"): the one whose own words (short
    frequent words, months, weekdays) it uses most; English when none does."""
    counts = Counter(_LANGUAGE_WORDS[w] for w in _WORD.findall(text[:_SAMPLE].lower()) if w in _LANGUAGE_WORDS)
    return max(words.FUNCTION_WORDS, key=lambda language: (counts[language], language == "en"))


# --- small helpers ------------------------------------------------------------------------------------


T = TypeVar("T")


def most_common(values: list[T]) -> T:
    """The value given most often; of those given as often, the first given."""
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v])  # a Counter keeps first-seen order, and max the first of a tie


_ID_LETTERS = str.maketrans(words.ID_LETTERS)
_APOSTROPHE = re.compile(r"['’`]")
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """An id from a name: "Najat Maalla M'jid" → "najat-maalla-mjid"."""
    plain = unicodedata.normalize("NFKD", text.translate(_ID_LETTERS)).encode("ascii", "ignore").decode()
    plain = _APOSTROPHE.sub("", plain.lower())
    return _NOT_ID.sub("-", plain).strip("-") or "participant"

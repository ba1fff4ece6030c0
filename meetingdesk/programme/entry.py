"""Values as people type them, and as the editor shows them back.

A secretariat types "14.20", "2:20 pm", "3-5", "5 min", "English, French" or
"12/07/2024 10:30"; the programme holds ``dt.time(14, 20)``, seconds,
``["en", "fr"]``, a naive local datetime. Each ``read_*`` takes the text and
returns the value or raises ``EntryError`` saying what is wrong and how to type
it; each is the inverse of ``show`` (``read(show(v)) == v``). The programme
editor and the inscriptions import both read through here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum

import langcodes

from meetingdesk import i18n
from meetingdesk.i18n import N_, Explained, Message, Word

from .languages import code_problem
from .zones import known_zones


class EntryError(Explained, ValueError):
    """Text that cannot be read as the value wanted; ``str()`` says why and how to type it (in English),
    ``message.render()`` in the chosen language."""


_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
_MONTH = "|".join([*_MONTHS, *(m[:3] for m in _MONTHS), "sept"])
_MERIDIEM = r"(?P<ampm>[ap])\.?\s?m\.?"
_CLOCK = re.compile(rf"^(?P<h>\d{{1,2}})(?:[:.h](?P<m>\d{{2}})(?::(?P<s>\d{{2}}))?)?\s*(?:{_MERIDIEM})?$", re.I)
_HHMM = re.compile(r"^(?P<h>\d{2})(?P<m>\d{2})$")  # "1420", as typed on a numeric keypad
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_DAY_MONTH = re.compile(rf"^(?:[a-z]+,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})$", re.I)
_MONTH_DAY = re.compile(rf"^(?:[a-z]+,?\s+)?({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_NUMBER = r"\d+(?:[.,]\d+)?"
_UNIT = r"min(?:ute)?s?\.?|m|'|s|sec(?:ond)?s?|h|hours?"
_MINUTES = re.compile(rf"^(?P<n>{_NUMBER})\s*(?P<unit>{_UNIT})?$", re.I)
_RANGE = re.compile(rf"^(?P<low>{_NUMBER})\s*(?P<unit>{_UNIT})?\s*(?:-|–|—|to)\s*(?P<high>{_NUMBER}.*)$", re.I)

TIME_HINT = Word(N_("type it as 14:20, 14.20 or 2:20 pm"))
DATE_HINT = Word(N_("type it as 2025-03-14, 14/03/2025 or 14 March 2025"))
MINUTES_HINT = Word(N_('type a number of minutes, such as 5, 2.5 or "5 min"'))


def _plain(text: str) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------- clock times and dates


def read_time(text: str) -> dt.time:
    """ "14:20", "14.20", "14h20", "1420", "2:20 pm", "2 pm", "14:20:30" → a time of day."""
    s = _plain(text).lower()
    m = _CLOCK.match(s) or _HHMM.match(s)
    if not m or (not m.groupdict().get("m") and not m.groupdict().get("ampm")):
        raise EntryError(Message('"{text}" is not a time; {hint}', text=_plain(text), hint=TIME_HINT))
    hour, minute, second = int(m.group("h")), int(m.group("m") or 0), int(m.groupdict().get("s") or 0)
    if m.groupdict().get("ampm"):
        if not 1 <= hour <= 12:
            raise EntryError(Message('"{text}" is not a time: with am or pm the hour is 1 to 12', text=_plain(text)))
        hour = hour % 12 + (12 if m.group("ampm") == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise EntryError(Message('"{text}" is not a time of day (midnight is "00:00"); {hint}', text=_plain(text), hint=TIME_HINT)
                         if hour == 24 else Message('"{text}" is not a time of day; {hint}', text=_plain(text), hint=TIME_HINT))
    return dt.time(hour, minute, second)


def show_time(value: dt.time | None) -> str:
    if value is None:
        return ""
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def read_date(text: str, day_first: bool = True) -> dt.date:
    """ "2025-03-14", "14/03/2025" (day first unless told), "14 March 2025", "March 14, 2025"."""
    s = _plain(text)
    parts = _date_parts(s, day_first)
    if parts is None:
        raise EntryError(Message('"{text}" is not a date; {hint}', text=s, hint=DATE_HINT))
    try:
        return dt.date(*parts)
    except ValueError:
        raise EntryError(Message('"{text}" is not a date in the calendar', text=s)) from None


def _date_parts(s: str, day_first: bool) -> tuple[int, int, int] | None:
    """(year, month, day) of a date in one of the shapes ``read_date`` reads; None for another shape."""
    if m := _ISO_DATE.match(s):
        year, month, day = (int(g) for g in m.groups())
    elif m := _NUMERIC_DATE.match(s):
        a, b, year = (int(g) for g in m.groups())
        day, month = (a, b) if day_first else (b, a)
    elif m := _DAY_MONTH.match(s):
        day, month, year = int(m.group(1)), _month(m.group(2)), int(m.group(3))
    elif m := _MONTH_DAY.match(s):
        month, day, year = _month(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        return None
    return year, month, day


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, month in enumerate(_MONTHS, 1) if month.startswith(name[:3]))


def show_date(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def read_datetime(text: str, day_first: bool = True) -> dt.datetime:
    """A date and a time of day: "2024-07-12 10:30", "12/07/2024 10:30", "12 July 2024, 2:30 pm",
    "2024-07-12T10:30:00"; a date alone is the start of that day."""
    s = _plain(text).replace("T", " ") if re.match(r"^\d{4}-\d{2}-\d{2}T", _plain(text)) else _plain(text)
    m = re.match(rf"^(?P<date>.*?)(?:,?\s+(?:at\s+)?(?P<time>\d{{1,2}}(?:[:.h]\d{{2}}(?::\d{{2}})?)?\s*(?:{_MERIDIEM})?))?$", s, re.I)
    assert m is not None  # the pattern matches any text
    if _date_parts(m.group("date"), day_first) is None:
        raise EntryError(Message('"{text}" is not a date and time; type it as 2024-07-12 10:30 or 12/07/2024 10:30', text=s))
    day = read_date(m.group("date"), day_first)
    clock = read_time(m.group("time")) if m.group("time") else dt.time(0, 0)
    return dt.datetime.combine(day, clock)


def show_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value:%Y-%m-%d} {show_time(value.time())}"


# --------------------------------------------------------------------------- durations


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def read_seconds(text: str) -> int:
    """A duration typed in minutes: "5", "5 min", "2.5", "2,5 minutes", "90 s", "1 h" → seconds."""
    s = _plain(text)
    m = _MINUTES.match(s)
    if not m:
        raise EntryError(Message('"{text}" is not a duration; {hint}', text=s, hint=MINUTES_HINT))
    unit = (m.group("unit") or "min").lower()
    factor = 1 if unit.startswith("s") else 3600 if unit.startswith("h") else 60
    seconds = round(_number(m.group("n")) * factor)
    if seconds <= 0:
        raise EntryError(Message('"{text}" is no time at all; {hint}', text=s, hint=MINUTES_HINT))
    if seconds > 24 * 3600:
        raise EntryError(Message('"{text}" is longer than a day', text=s))
    return seconds


def show_seconds(seconds: int | None) -> str:
    if seconds is None:
        return ""
    if seconds % 60 and seconds < 60:
        return f"{seconds} s"
    value = seconds / 60
    return f"{value:g} min" if value == round(value, 2) else f"{seconds} s"


def read_allotment(text: str) -> tuple[int, int]:
    """An allotment: "5" or "5 min" (fixed), "3-5", "3–5 min", "3 to 5 mins each" (a range)."""
    s = re.sub(r"\s+each$", "", _plain(text), flags=re.I)
    if m := _RANGE.match(s):
        high_text = m.group("high")
        unit = m.group("unit") or re.sub(rf"^{_NUMBER}\s*", "", high_text)  # "3-5 min": both in minutes
        low, high = read_seconds(f"{m.group('low')} {unit}"), read_seconds(high_text)
        if low > high:
            raise EntryError(Message('"{text}" runs backwards; type the shortest first, as in 3-5', text=s))
        return low, high
    seconds = read_seconds(s)
    return seconds, seconds


def allotment_bounds(low: int | None, high: int | None) -> tuple[int, int] | None:
    """Both ends of an allotment, one standing for the other when only one is given; None for none."""
    if low is None:
        return None if high is None else (high, high)
    return low, low if high is None else high


def show_allotment(value: tuple[int | None, int | None] | None) -> str:
    bounds = allotment_bounds(*value) if value is not None else None
    if bounds is None:
        return ""
    low, high = bounds
    if low == high:
        return show_seconds(low)
    if low % 60 == 0 and high % 60 == 0:
        return f"{low // 60}–{high // 60} min"
    return f"{show_seconds(low)}–{show_seconds(high)}"


# --------------------------------------------------------------------------- words


def read_flag(text: str) -> bool:
    s = _plain(text).lower()
    if s in ("yes", "y", "true", "x", "1", "✓", "oui", "sí", "si"):
        return True
    if s in ("", "no", "n", "false", "0", "non"):
        return False
    raise EntryError(Message('"{text}" is not yes or no', text=_plain(text)))


def _folded(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.casefold()).strip()


def _label(member: StrEnum) -> str:
    return getattr(member, "label", member.value)


def read_choice(text: str, choices: type[StrEnum], what: str | i18n.Later, synonyms: Mapping[str, str] | None = None) -> str:
    """One value of a vocabulary, by its value ("in_person"), its label in any of our languages ("In person",
    "En présentiel") or a synonym. ``what`` names the vocabulary, marked with ``N_`` ("modality")."""
    s = _folded(text)
    for member in choices:
        if s in (_folded(member.value), *(_folded(i18n.gettext(_label(member), code)) for code in i18n.LANGUAGES)):
            return member.value
    if synonyms and s in synonyms:
        return synonyms[s]
    labels = [Word(_label(m)) for m in choices]
    what = what if isinstance(what, i18n.Later) else Word(what)
    raise EntryError(Message('"{text}" is not a {what}; use one of: {labels}', text=_plain(text), what=what,
                             labels=i18n.Later(i18n.join, labels)))


def show_choice(value: str | None, choices: type[StrEnum]) -> str:
    """A value's label in the chosen language (``read_choice`` reads it back)."""
    if not value:
        return ""
    try:
        return i18n.gettext(_label(choices(value)))
    except ValueError:
        return value


def read_texts(text: str) -> list[str]:
    """Several texts: one a line, or separated by semicolons."""
    parts = text.splitlines() if "\n" in text else text.split(";")
    return [p for p in (_plain(part) for part in parts) if p]


def show_texts(values: Iterable[str] | None) -> str:
    return "; ".join(values or [])


def read_language(text: str) -> str:
    """A language code; a language's name ("French", "español") gives its code."""
    s = _plain(text)
    if not s or not code_problem(s):
        return s
    try:
        return langcodes.find(s).language or s
    except LookupError:
        return s  # kept as typed: the checks say what is wrong with it


def read_languages(text: str) -> list[str]:
    return [read_language(part) for part in re.split(r"[,;\n]", text) if part.strip()]


def show_list(values: Iterable[str] | None) -> str:
    return ", ".join(values or [])


def read_zone(text: str) -> str:
    """A time zone name, in its own spelling when only the case differs ("europe/zurich")."""
    s = _plain(text).replace(" ", "_")
    by_fold = {z.casefold(): z for z in known_zones()}
    return by_fold.get(s.casefold(), _plain(text))


def read_zones(text: str) -> list[str]:
    return [read_zone(part) for part in re.split(r"[,;\n]", text) if part.strip()]


def read_count(text: str) -> int:
    s = _plain(text)
    if not s.isdigit() or not 1 <= int(s) <= 1000:
        raise EntryError(Message('"{text}" is not a whole number from 1 to 1000', text=s))
    return int(s)


def language_choices() -> list[tuple[str, str]]:
    """(code, English name) of every two-letter language code, by name: for completion."""
    codes = [code for code in langcodes.LANGUAGE_ALPHA3 if len(code) == 2 and not code_problem(code)]
    return sorted(((code, langcodes.Language.get(code).display_name()) for code in codes), key=lambda c: c[1])

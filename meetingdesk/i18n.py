"""The language MeetingDesk speaks: the core's words from gettext catalogues, dates from CLDR.

One language per process, chosen once at start (the application's *Language* setting, the system's
locale, or a command's ``--language``): ``set_language("fr")``. The core marks its sentences with
``N_()`` (a word it renders itself with ``gettext``) or carries them as a ``Message`` (an id and its
arguments): refusals and storage errors keep their English text for the log (``str()``), and the
screen shows ``message.render()`` in the chosen language. A message id is the English sentence with
named ``{placeholders}``; ``resources/translations/core_*.po`` translate them, compiled to
``meetingdesk/locale/*/LC_MESSAGES/meetingdesk.mo`` when the package is built or installed.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import locale as _locale
import os
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

# Babel's formatting modules are imported in the functions that use them: loading its CLDR code is
# time the application's first window must not wait for (bench/ui_start.py).

DOMAIN = "meetingdesk"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = ("en", "fr", "es")  # English is the source; the others have catalogues
_language = "en"


def N_(text: str) -> str:  # noqa: N802 (gettext's name for a marker)
    """Mark ``text`` for extraction; it is rendered later with ``gettext``."""
    return text


def supported(code: str | None) -> str:
    """The language of ours that ``code`` (``fr_CH.UTF-8``, ``es-419``, ``de``) asks for; English by default."""
    base = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else "en"


def system_language() -> str:
    """The language of the user's locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), if we have it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return supported(value.split(":")[0])
    return supported(_locale.getlocale()[0])


def set_language(code: str | None) -> str:
    """Speak ``code`` (``en``, ``fr``, ``es``) from now on in this process; returns the language chosen."""
    global _language
    _language = supported(code)
    return _language


def language() -> str:
    return _language


@lru_cache(maxsize=8)
def catalogue(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``code``; English (and a missing catalogue) speaks the message ids."""
    if code == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def gettext(text: str, code: str | None = None) -> str:
    """``text`` in ``code`` (by default the process's language)."""
    return catalogue(code or _language).gettext(text)


def _(text: str, /, **args: Any) -> str:
    """``text`` in the process's language, its ``{placeholders}`` filled: for words the core renders itself."""
    translated = catalogue(_language).gettext(text)
    return translated.format(**{k: render(v) for k, v in args.items()}) if args else translated


def ngettext(one: str, many: str, n: int, code: str | None = None) -> str:
    return catalogue(code or _language).ngettext(one, many, n)


class Message(str):
    """A sentence to show a person: its English id with ``{named}`` placeholders, and the arguments.

    It is its English sentence (a ``str``: for logs, the journal, files and comparisons, so code that
    keeps English text keeps working); ``render()`` gives the sentence in the chosen language,
    arguments that are themselves a ``Message`` (or have ``render``) rendered too.
    """

    id: str
    args: dict[str, Any]

    def __new__(cls, id: str, /, **args: Any) -> Message:  # noqa: A002 (gettext's word)
        english = super().__new__(cls, _fill(id, args, "en"))
        english.id = id
        english.args = args
        return english

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:  # copies and pickles keep the id
        return (self.id,), self.args

    def render(self, code: str | None = None) -> str:
        return _fill(gettext(self.id, code), self.args, code)

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"Message({self.id!r}, **{self.args!r})"


def _fill(text: str, args: dict[str, Any], code: str | None) -> str:
    return text.format(**{k: v.render(code) if hasattr(v, "render") else v for k, v in args.items()})


class Joined(str):
    """Sentences or words joined (one a line, by default): their English text (a ``str``), each rendered
    in the chosen language by ``render()``."""

    parts: list[object]
    separator: str

    def __new__(cls, parts: Sequence[object], separator: str = "\n") -> Joined:
        text = super().__new__(cls, separator.join(map(str, parts)))
        text.parts, text.separator = list(parts), separator
        return text

    def __reduce__(self) -> tuple[type[Joined], tuple[list[object], str]]:  # copies and pickles keep the parts
        return Joined, (self.parts, self.separator)

    def render(self, code: str | None = None) -> str:
        return self.separator.join(render(part, code) for part in self.parts)


class Later:
    """A value rendered in the reader's language when its sentence is: ``Later(i18n.date, day, "long")``
    is "14 March 2025", "14 mars 2025"; ``func`` is called with ``code=``."""

    __slots__ = ("func", "args")

    def __init__(self, func: Any, /, *args: Any):
        self.func = func
        self.args = args

    def render(self, code: str | None = None) -> str:
        return str(self.func(*self.args, code=code))

    def __str__(self) -> str:
        return self.render("en")


class Explained(Exception):
    """An exception that says what happened in a ``Message`` (``message``): ``reason`` and ``str()``
    are its English sentence, for the log; a screen shows ``message.render()``, in its language."""

    def __init__(self, reason: str, /, **args: Any):
        self.message = reason if isinstance(reason, Message) else Message(reason, **args)
        self.reason = str(self.message)
        super().__init__(self.reason)


class Word:
    """A word the core marked with ``N_()``: renders in the chosen language (an argument of a ``Message``)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def render(self, code: str | None = None) -> str:
        return gettext(self.text, code)

    def __str__(self) -> str:
        return self.text


def render(text: object, code: str | None = None) -> str:
    """A ``Message``/``Word`` in the chosen language; any other text as it is."""
    return text.render(code) if hasattr(text, "render") else str(text)


def say(text: object, out: Any = None) -> None:
    """Print a line in the chosen language (a ``Message`` rendered; other text as it is), on ``out``
    (default standard output): what a command prints."""
    print(render(text), file=out or sys.stdout)


# ------------------------------------------------------------------------------ CLDR: dates and times


def cldr(code: str | None = None) -> str:
    """The CLDR locale of a language of ours: British English, as the UN writes it."""
    code = code or _language
    return "en_GB" if code == "en" else code


def and_list(words: Sequence[object], code: str | None = None) -> str:
    """"French and Spanish", "français et espagnol", "francés y español"."""
    import babel.lists
    texts = [render(w, code) for w in words]
    if not texts:
        return ""
    return babel.lists.format_list(texts, locale=cldr(code))


def join(words: Sequence[object], code: str | None = None) -> str:
    """"French, Spanish": rendered words, separated by commas."""
    return ", ".join(render(w, code) for w in words)


def or_list(words: Sequence[object], code: str | None = None) -> str:
    """"French or Spanish", "français ou espagnol", "francés o español"."""
    import babel.lists
    return babel.lists.format_list([render(w, code) for w in words], style="or", locale=cldr(code)) if words else ""


def capital(text: object, code: str | None = None) -> str:
    """``text`` rendered, its first letter a capital: a phrase that begins a sentence."""
    rendered = render(text, code)
    return rendered[:1].upper() + rendered[1:]


def lower(text: object, code: str | None = None) -> str:
    """``text`` rendered in lower case: a label inside a sentence ("the start of …")."""
    return render(text, code).lower()


def date(value: dt.date, fmt: str = "full", code: str | None = None) -> str:
    """``Friday 14 March 2025``, ``vendredi 14 mars 2025``, ``viernes, 14 de marzo de 2025``; ``fmt``: a
    CLDR width (``full``, ``long``, ``medium``, ``short``) or a skeleton such as ``"MMMd"`` (``14 mars``)."""
    import babel.dates
    if fmt in ("short", "medium", "long", "full"):
        return babel.dates.format_date(value, fmt, locale=cldr(code))
    return babel.dates.format_skeleton(fmt, value, locale=cldr(code))


def time(value: dt.datetime | dt.time, seconds: bool = False, code: str | None = None) -> str:
    """``14:05`` (``14:05:09``): the 24-hour clock meetings use, in the locale's own pattern."""
    import babel.dates
    return babel.dates.format_skeleton("Hms" if seconds else "Hm", value, locale=cldr(code))


def zone_name(value: dt.datetime, code: str | None = None) -> str:
    """The zone's short name as CLDR spells it in the locale (``CET``), else its own abbreviation
    (``CEST``, ``EDT``), never an offset such as ``+0100``."""
    import babel.dates
    name = babel.dates.get_timezone_name(value, "short", locale=cldr(code), zone_variant=None)
    return name if name.isalpha() else (value.tzname() or name)


def number(value: float, pattern: str | None = None, code: str | None = None) -> str:
    """``2.5`` / ``2,5``: a number with the locale's decimal sign."""
    import babel.numbers

    return babel.numbers.format_decimal(value, pattern, locale=cldr(code))


def percent(share: float, code: str | None = None) -> str:
    """``25%`` / ``25 %``."""
    import babel.numbers

    return babel.numbers.format_percent(share, locale=cldr(code))


def minutes(seconds: float, code: str | None = None) -> str:
    """``22 min``, ``2.5 min`` (``2,5 min``): a time limit or a segment's length, as programmes write them."""
    return gettext("{length} min", code).format(length=number(round(seconds / 60, 1), "0.#", code))


UNITS = (("day", 86400), ("hour", 3600), ("minute", 60))


def duration(seconds: float, code: str | None = None, length: Literal["short", "long", "narrow"] = "long") -> str:
    """30 seconds, 1 minute, 5 minutes, 1 hour, 1 day (``5 minutos``): the largest whole unit, in CLDR's words."""
    import babel.units
    s = round(seconds)
    for unit, size in UNITS:
        if s >= size and s % size == 0:
            return babel.units.format_unit(s // size, f"duration-{unit}", length=length, locale=cldr(code))
    return babel.units.format_unit(s, "duration-second", length=length, locale=cldr(code))


def ago(seconds: float, code: str | None = None) -> str:
    """``5 seconds ago``, ``il y a 2 minutes``, ``hace 3 horas``: how long ago, rounded as CLDR's
    ``format_timedelta`` does."""
    import babel.dates
    return babel.dates.format_timedelta(dt.timedelta(seconds=-abs(seconds)), threshold=1.5, add_direction=True,
                                        locale=cldr(code))

"""Language codes of the floor and the interpretation plan, and relay routes.

Codes are BCP 47 / ISO 639 (``en``, ``fr``, ``ne``, ``zh-Hans``); ``langcodes``
knows the registry, so a typo such as ``"np"`` or ``"english"`` is caught and
``language_name("ne")`` gives "Nepali". A regional variant (``fr-CH``,
``es-419``) is the language a booth hears (French, Spanish): booths are matched
by ``base_language``, and the variant is kept for display ("French (Switzerland)").

Relay, as ``docs/programme-format.md`` defines it: a floor language ``L``
reaches a target language ``T`` *directly* when a booth into ``T`` hears ``L``;
otherwise *on relay* when a booth into the pivot language hears ``L`` and a
booth into ``T`` hears the pivot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal, Protocol

import langcodes

from meetingdesk import i18n
from meetingdesk.i18n import Message

Route = Literal["direct", "relay"]


class BoothLike(Protocol):
    """A booth of the programme (ORM) or of the live plan (frozen): read only."""

    @property
    def into(self) -> str: ...
    @property
    def sources(self) -> Sequence[str] | None: ...


# what a language's name is made of; language_data's lookup fails on other keys ("\x00" gives a
# UnicodeDecodeError, "\x00𐀀" a SystemError), so nothing else is looked up
_NAME = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


@lru_cache(maxsize=512)
def code_problem(code: object) -> Message | None:
    """Why ``code`` is not a usable language code, in plain words; None when it is fine."""
    if not isinstance(code, str) or not code.strip():
        return Message('a language code is needed (e.g. "en")')
    try:
        valid = langcodes.tag_is_valid(code) and langcodes.Language.get(code).is_valid()
    except (langcodes.LanguageTagError, ValueError):
        valid = False
    if not valid:
        try:  # a language's name where its code belongs: "English", "español"
            meant = langcodes.find(code).language if _NAME.fullmatch(code.strip()) else None
        except (LookupError, ValueError):
            meant = None
        if meant:
            return Message('"{code}" is not a language code; did you mean "{meant}" ({language})?', code=code, meant=meant,
                           language=LanguageName(meant))
        return Message('"{code}" is not a language code; use a BCP 47 code such as "en", "fr", "ne" or "es"', code=code)
    return None


@lru_cache(maxsize=512)
def normalise(code: str) -> str:
    """The standard form of a code (``"EN"`` and ``"eng"`` are ``"en"``); unknown codes are returned as given."""
    try:
        return langcodes.standardize_tag(code)
    except (langcodes.LanguageTagError, ValueError, TypeError):
        return code


@lru_cache(maxsize=512)
def base_language(code: str) -> str:
    """The language a booth hears in a code: "fr-CH" → "fr", "es-419" → "es", "EN" → "en"; an unknown
    code is returned as given."""
    standard = normalise(code)
    try:
        return langcodes.Language.get(standard).language or standard
    except (langcodes.LanguageTagError, ValueError, TypeError):
        return standard


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two codes are one spoken language, whatever their region or script."""
    return a is not None and b is not None and base_language(a) == base_language(b)


@lru_cache(maxsize=512)
def language_name(code: str, locale: str = "en") -> str:
    """The name of a language in ``locale``'s words: ``"ne"`` → ``"Nepali"`` (``"népalais"`` in
    ``"fr"``); an unknown code is returned as given."""
    if code_problem(code):
        return str(code)
    # CLDR's names through Babel first: its data for a locale is loaded once for dates and numbers
    # anyway, where langcodes' own name tables cost a fifth of a second to load in every process
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(normalise(code), sep="-").get_display_name(locale) or code
    except (UnknownLocaleError, ValueError, TypeError):
        return langcodes.Language.get(code).display_name(locale)


class LanguageName:
    """A language's name, in the language of whoever reads it: "Nepali", "népalais", "nepalí" (an
    argument of a ``Message``, rendered when the message is)."""

    __slots__ = ("code",)

    def __init__(self, code: str):
        self.code = code

    def render(self, code: str | None = None) -> str:
        return language_name(self.code, code or i18n.language())

    def __str__(self) -> str:
        return self.render("en")


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """CLDR's English language names, folded, to their codes: "nepali" → "ne"."""
    from babel import Locale

    return {name.casefold(): lang for lang, name in Locale.parse("en").languages.items()}


def named_language(name: str, code: str | None = None) -> str:
    """A language the record names in English ("Nepali") in the chosen language ("népalais")."""
    code = code or i18n.language()
    known = _english_names().get(name.casefold())
    if known is not None:  # CLDR's own table: langcodes' name search loads a fifth of a second of data
        return language_name(known, code)
    try:
        return langcodes.find(name).display_name(code)
    except LookupError:
        return i18n.gettext(name, code)


def _hears(booth: BoothLike, language: str) -> bool:
    return any(same_language(language, s) for s in (booth.sources or []))


def route(floor: str, target: str, booths: Iterable[BoothLike], pivot: str | None) -> Route | None:
    """How a speaker of ``floor`` reaches listeners of ``target``: "direct", "relay" or None (not at all).

    The same language needs no booth and counts as "direct".
    """
    if same_language(floor, target):
        return "direct"
    booths = list(booths)
    into_target = [b for b in booths if same_language(b.into, target)]
    if any(_hears(b, floor) for b in into_target):
        return "direct"
    if pivot is None:
        return None
    pivot_hears_floor = same_language(floor, pivot) or any(
        same_language(b.into, pivot) and _hears(b, floor) for b in booths
    )
    if pivot_hears_floor and any(_hears(b, pivot) for b in into_target):
        return "relay"
    return None

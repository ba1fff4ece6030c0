"""What a name or a label typed for the programme or the floor may contain.

The limits are the database's (a column holds so many characters); beyond them, no
character that shows nothing or changes how the rest reads: control characters (NUL
among them), bidirectional overrides and isolates, zero-width spaces. Such characters
make two different names look the same on screen and in reports. A zero-width joiner
or non-joiner between two letters of a script that needs them (Persian, Devanagari...)
is part of the spelling and stays allowed.
"""

from __future__ import annotations

import unicodedata

JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner


def _spelling_joiner(text: str, i: int) -> bool:
    """A joiner between two letters (or marks) outside the Latin alphabets."""
    if text[i] not in JOINERS or i == 0 or i == len(text) - 1:
        return False
    return all(ord(c) >= 0x0370 and unicodedata.category(c)[0] in "LM" for c in (text[i - 1], text[i + 1]))


def character_name(c: str) -> str:
    return f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}"


def text_problem(what: str, value: str, limit: int | None = None) -> str | None:
    """Why ``value`` cannot be ``what`` ("a name"), in plain words; None when it can."""
    if limit is not None and len(value) > limit:
        return f"{what} is at most {limit} characters (this one has {len(value)})"
    for i, c in enumerate(value):
        if unicodedata.category(c) in ("Cc", "Cf", "Cs") and not _spelling_joiner(value, i):
            return f"{what} may not contain an invisible or control character ({character_name(c)}, character {i + 1})"
    return None


def choice_problem(what: str, value: str, choices: list[str]) -> str | None:
    """Why ``value`` is not one of ``choices`` (a vocabulary of programme files); None when it is."""
    if value in choices:
        return None
    return f"{value!r} is not {what}: use one of {', '.join(choices)}"

"""The interpretation plan of a meeting and what each booth does while a language is on the floor.

A plan is the meeting's languages, its relay pivot and its booths, read once into plain values
(``InterpretationPlan.of(meeting)``) so the live engine can keep it in its snapshot.

``route()`` in ``meetingdesk.programme.languages`` stays the one definition of how a floor
language reaches a listener's language (direct, on relay through the pivot, or not at all);
this module asks it, booth by booth, and says it in the words a moderator and the booths use:
"French and Spanish on relay from English".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from meetingdesk import i18n
from meetingdesk.i18n import _
from meetingdesk.programme.languages import language_name as _language_name
from meetingdesk.programme.languages import normalise, route, same_language

# what a booth does while a language is on the floor
FLOOR = "floor"  # its own language is spoken: nothing to interpret
DIRECT = "direct"  # it hears the floor language
RELAY = "relay"  # it takes relay from the pivot booth
STANDBY = "standby"  # another booth into the same language works direct (a retour booth, say)
NONE = "none"  # nobody can give it the floor: its listeners hear nothing they understand

Mode = Literal["floor", "direct", "relay", "standby", "none"]

# roles that speak without a prepared text: nobody sends a script for them
UNSCRIPTED_ROLES = frozenset({"moderator", "chair", "co_chair"})


@dataclass(frozen=True, slots=True)
class Booth:
    into: str
    sources: tuple[str, ...]
    interpreters: int = 2
    label: str = ""  # "French"; "English (from Chinese)" when two booths work into one language


@dataclass(frozen=True, slots=True)
class BoothCover:
    """One booth while ``floor`` is spoken."""

    booth: Booth
    mode: str  # Mode
    source: str | None  # the language the booth listens to: the floor language, or the pivot on relay
    via: Booth | None  # on relay: the pivot booth it takes relay from

    @property
    def label(self) -> str:
        return self.booth.label


@dataclass(frozen=True)
class InterpretationPlan:
    languages: tuple[str, ...]  # of the floor, as the programme lists them
    pivot: str | None
    booths: tuple[Booth, ...]

    @classmethod
    def of(cls, meeting) -> InterpretationPlan:
        """The plan of a ``Meeting`` (ORM) as plain values."""
        booths = [(b.into, tuple(b.sources or ()), int(b.interpreters or 2)) for b in meeting.booths]
        return cls.build(meeting.languages or (), meeting.pivot_language, booths)

    @classmethod
    def build(cls, languages: Iterable[str], pivot: str | None, booths: Iterable[tuple[str, Iterable[str], int]]) -> InterpretationPlan:
        rows = [(into, tuple(sources), n) for into, sources, n in booths]
        intos = {normalise(into) for into, _sources, _n in rows}
        seen: set[str] = set()
        made = []
        for into, sources, n in rows:
            label = language_name(into)
            if normalise(into) in seen:  # a second booth into one language: say which
                if sources and all(normalise(s) in intos for s in sources):  # a team working from its own language
                    label = _("{booth} ({sources} retour)", booth=label, sources=and_list([language_name(s) for s in sources]))
                else:
                    label = _("{booth} (from {sources})", booth=label, sources=and_list([language_name(s) for s in sources]))
            seen.add(normalise(into))
            made.append(Booth(into, sources, n, label))
        return cls(tuple(languages), pivot, tuple(made))

    @property
    def default_language(self) -> str | None:
        """A speaker's floor language when the programme gives none: the meeting's first language."""
        return self.languages[0] if self.languages else None

    def floor_language(self, speaker_language: str | None) -> str | None:
        return speaker_language or self.default_language

    def cover(self, floor: str | None) -> tuple[BoothCover, ...]:
        """What every booth does while ``floor`` is spoken, in the plan's order."""
        if floor is None:
            return ()
        return _cover(self, floor)

    def _cover(self, booth: Booth, floor: str) -> BoothCover:
        if same_language(booth.into, floor):
            return BoothCover(booth, FLOOR, None, None)
        if any(same_language(floor, s) for s in booth.sources):
            return BoothCover(booth, DIRECT, floor, None)
        if route(floor, booth.into, self.booths, self.pivot) == "direct":
            return BoothCover(booth, STANDBY, None, None)
        pivot = self.pivot
        if (
            pivot is not None
            and not same_language(booth.into, pivot)
            and any(same_language(pivot, s) for s in booth.sources)
            and route(floor, pivot, self.booths, pivot) == "direct"
        ):
            via = next((b for b in self.booths if same_language(b.into, pivot) and any(same_language(floor, s) for s in b.sources)), None)
            return BoothCover(booth, RELAY, pivot, via)
        return BoothCover(booth, NONE, None, None)

    def unserved(self, floor: str | None) -> tuple[str, ...]:
        """Languages of the meeting nobody can hear ``floor`` in (no booth, no relay)."""
        if floor is None:
            return ()
        return _unserved(self, floor)

    def _unserved(self, floor: str) -> tuple[str, ...]:
        out: list[str] = []
        for lang in self.languages:
            if route(floor, lang, self.booths, self.pivot) is None and normalise(lang) not in out:
                out.append(normalise(lang))
        return tuple(out)

    def summary(self, floor: str | None) -> str:
        """What the booths do, in a moderator's words; "" when every booth works direct.

        "French and Spanish on relay from English"; "no interpretation into Arabic".
        """
        if floor is None:
            return ""
        return _summary(self, floor, i18n.language())

    def _summary(self, floor: str) -> str:
        covers = self.cover(floor)
        parts = []
        relays: dict[str, list[str]] = {}
        for c in covers:
            if c.mode == RELAY:
                source = c.via.label if c.via is not None else language_name(c.source or "")
                relays.setdefault(source, []).append(c.label)
        for source, labels in relays.items():
            parts.append(_("{booths} on relay from {source}", booths=and_list(labels), source=source))
        missing = [c.label for c in covers if c.mode == NONE]
        for lang in self.unserved(floor):
            name = language_name(lang)
            if not any(same_language(c.booth.into, lang) for c in covers if c.mode == NONE):
                missing.append(name)
        if missing:
            parts.append(_("no interpretation into {languages}", languages=and_list(list(dict.fromkeys(missing)))))
        return "; ".join(parts)

    def alert(self, name: str, language: str | None) -> str:
        """'Ms. Charimaya Tamang speaks Nepali — French and Spanish on relay from English', or ""."""
        floor = self.floor_language(language)
        what = self.summary(floor)
        if floor is None or not what:
            return ""
        return _("{name} speaks {language} — {what}", name=name, language=language_name(floor), what=what)


# A view is built on every screen tick; what the booths do depends only on the plan and the floor language.
@lru_cache(maxsize=256)
def _cover(plan: InterpretationPlan, floor: str) -> tuple[BoothCover, ...]:
    return tuple(plan._cover(booth, floor) for booth in plan.booths)


@lru_cache(maxsize=256)
def _unserved(plan: InterpretationPlan, floor: str) -> tuple[str, ...]:
    return plan._unserved(floor)


@lru_cache(maxsize=256)
def _summary(plan: InterpretationPlan, floor: str, language: str) -> str:  # language: the cache's key
    return plan._summary(floor)


def and_list(words: list[str]) -> str:
    """"English", "French and Spanish", "Arabic, Chinese and Russian" (in the process's language)."""
    return i18n.and_list(words)


def language_name(code: str) -> str:
    """A language's name in the process's language."""
    return _language_name(code, i18n.language())


__all__ = [
    "DIRECT",
    "FLOOR",
    "NONE",
    "RELAY",
    "STANDBY",
    "UNSCRIPTED_ROLES",
    "Booth",
    "BoothCover",
    "InterpretationPlan",
]

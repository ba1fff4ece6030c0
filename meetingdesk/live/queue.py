"""The list of speakers: order of precedence, seeding from the programme, time permitting.

Pure functions over plain values; the commands use them to decide where an entry
goes (the decision is then written in the journal), the view uses them for the
cut line and the shorter limit that would let everybody speak.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .journal import Carried, EntryData
from .settings import LiveSettings
from .snapshot import PlannedSegment, Slot, Snapshot
from .state import Entry

KINDS = ("speaker", "point_of_order", "right_of_reply")
KIND_RANK = {"point_of_order": 0, "speaker": 1, "right_of_reply": 2}


def uses_precedence(segment: PlannedSegment, settings: LiveSettings) -> bool:
    """Interventions and Q&A follow precedence; a panel keeps its programme order."""
    return segment.kind in settings.precedence_kinds


def _rank(value: str | None, order: Sequence[str], fallback: str | None) -> int:
    if value in order:
        return order.index(value)
    if fallback in order:
        return order.index(fallback)
    return len(order)


def order_key(kind: str, level: str | None, group: str | None, precedence: bool, settings: LiveSettings) -> tuple:
    """Sort key of an entry: kind first, then (for speakers where precedence applies) the criteria.

    Inscription order breaks ties: callers sort stably or insert after equal keys.
    """
    key: tuple = (KIND_RANK[kind],)
    if precedence and kind == "speaker":
        for criterion in settings.precedence:
            if criterion == "level":
                key += (_rank(level, settings.level_order, "other"),)
            elif criterion == "group":
                key += (_rank(group, settings.group_order, None),)
    return key


def entry_key(entry: Entry, precedence: bool, settings: LiveSettings) -> tuple:
    return order_key(entry.kind, entry.level, entry.group, precedence, settings)


def insertion_index(queue: Sequence[Entry], key: tuple, precedence: bool, settings: LiveSettings) -> int:
    """Where a new entry with ``key`` goes: after every entry it does not precede.

    A point of order goes to the very front (behind earlier points of order). Entries
    placed by hand (pinned) are stepped over, never compared.
    """
    if key[0] == KIND_RANK["point_of_order"]:
        i = 0
        while i < len(queue) and queue[i].kind == "point_of_order":
            i += 1
        return i
    for i, entry in enumerate(queue):
        if entry.pinned:
            continue
        if entry_key(entry, precedence, settings) > key:
            return i
    return len(queue)


def slot_allotment(slot: Slot, segment: PlannedSegment, snap: Snapshot, settings: LiveSettings) -> tuple[int | None, int | None]:
    """(limit, minimum) in seconds: the max of a range is the limit, the min is shown."""
    limit = slot.max_seconds if slot.max_seconds is not None else slot.min_seconds
    minimum = slot.min_seconds if slot.min_seconds is not None and slot.min_seconds != limit else None
    if limit is None and segment.kind in ("interventions", "qa", "tour_de_table"):
        limit = intervention_seconds(snap, settings)
    return limit, minimum


def intervention_seconds(snap: Snapshot, settings: LiveSettings) -> int:
    return snap.intervention_seconds or settings.intervention_seconds


def person_fields(snap: Snapshot, key: str) -> dict[str, Any]:
    p = snap.people[key]
    return {
        "participant_key": p.key,
        "name": p.name,
        "public_name": p.public_name,
        "delegation": p.delegation,
        "group": p.group,
        "level": p.level,
        "modality": p.modality,
        "language": p.language,
        "online": p.modality == "online",
    }


def seed(segment: PlannedSegment, snap: Snapshot, settings: LiveSettings, pending: Sequence[Entry]) -> list[EntryData | Carried]:
    """The segment's list at its start, in order: its slots, then requests made before it started.

    In a panel (or any segment without precedence) slots keep programme order. In an
    interventions or Q&A segment the slots with a registration time come first in
    order of inscription, and precedence applies to all.
    """
    precedence = uses_precedence(segment, settings)
    slots = list(segment.slots)
    if precedence:
        slots.sort(key=lambda s: (s.registered_at is None, s.registered_at or 0, s.position))
    items: list[tuple[tuple, EntryData | Carried]] = []
    for slot in slots:
        limit, minimum = slot_allotment(slot, segment, snap, settings)
        person = snap.people[slot.participant_key]
        data = EntryData(
            **person_fields(snap, slot.participant_key),
            kind="speaker",
            role=slot.role,
            source="registered" if slot.registered_at is not None else "programme",
            allotment=limit,
            min_allotment=minimum,
            text_received=slot.text_received,  # None on a floor request: nobody reads from a script sent ahead
        )
        items.append((order_key("speaker", person.level, person.group, precedence, settings), data))
    for entry in pending:
        items.append((entry_key(entry, precedence, settings), Carried(entry.id)))
    items.sort(key=lambda kv: kv[0])  # stable: inscription order among equals
    return [data for _, data in items]


def time_left(segment_remaining: float | None, speaker_remaining: float | None) -> float | None:
    """Time left in the segment for the queue, after the current speaker's remaining time."""
    if segment_remaining is None:
        return None
    return segment_remaining - max(0.0, speaker_remaining or 0.0)


def cut_index(allotments: Sequence[float], left: float | None, grace: float = 0.0) -> int | None:
    """First index whose cumulative allotment exceeds the time left by more than ``grace`` (None = all fit)."""
    if left is None:
        return None
    total = 0.0
    for i, seconds in enumerate(allotments):
        total += seconds
        if total > left + grace + 1e-9:
            return i
    return None


def limit_to_fit_all(n: int, left: float | None) -> int | None:
    """Whole seconds per speaker that would let all ``n`` queued speakers speak."""
    if left is None or n == 0 or left <= 0:
        return None
    return math.floor(left / n)

"""How the front end writes times, durations, allotments and vocabulary labels.

Every user-visible word goes through ``QCoreApplication.translate`` so a later
translation needs no code change. Nothing here computes a clock: the core does
that; these functions only spell out what it computed.
"""

from __future__ import annotations

import datetime as dt
from typing import overload

from PySide6.QtCore import QCoreApplication

from meetingdesk import i18n
from meetingdesk.programme.enums import MeetingFormat, Modality, Role, SegmentKind

# ``translate("Console", "Next: {0}")``: the spelling pyside6-lupdate recognises, so every string
# is extracted under the context it is looked up in (tests/ui/test_translations.py checks both).
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for extraction under ``context``; it is looked up by ``translate`` where it is shown.
    (PySide6's own returns ``object`` to the type checker.)"""
    return text


def clock(t: dt.datetime | None, *, zone: bool = False) -> str:
    """``14:05`` (or ``14:05 CET``) for an aware datetime; an en dash when unknown."""
    if t is None:
        return "–"
    return f"{i18n.time(t)} {i18n.zone_name(t)}" if zone else i18n.time(t)


def local(t: dt.datetime | float | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    """``t`` (an aware datetime, or a POSIX timestamp) in ``zone``; unchanged without a zone."""
    if t is None:
        return None
    if isinstance(t, (int, float)):
        t = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    return t.astimezone(zone) if zone is not None else t


def span(start: dt.datetime | None, end: dt.datetime | None, *, zone: bool = False) -> str:
    """``14:00–14:20`` (``14:00–14:20 CET``)."""
    text = f"{clock(start)}–{clock(end)}"
    if zone and (shown := start or end) is not None:
        text += " " + i18n.zone_name(shown)
    return text


def duration(seconds: float | None, *, sign: bool = False) -> str:
    """A timer reading: ``4:05``, ``1:02:03``; ``+0:30`` / ``−0:30`` with ``sign``.

    Seconds are truncated towards zero of the magnitude, as a stopwatch shows them.
    """
    if seconds is None:
        return "–"
    negative = seconds < 0
    total = int(abs(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    text = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    if sign:
        return ("−" if negative else "+") + text
    return ("−" + text) if negative else text


def minutes(seconds: int | None) -> str:
    """``5 min``, ``2.5 min``, ``30 s``."""
    if seconds is None:
        return "–"
    if seconds < 60:
        return translate("MeetingDesk", "{0} s").format(seconds)
    value = seconds / 60
    shown = i18n.number(value, "0.#")
    return translate("MeetingDesk", "{0} min").format(shown)


def allotment(min_seconds: int | None, max_seconds: int | None) -> str:
    """``5 min`` for a fixed allotment, ``3–5 min`` for a range, an en dash for none."""
    low = min_seconds if min_seconds is not None else max_seconds
    high = max_seconds if max_seconds is not None else min_seconds
    if low is None or high is None:
        return "–"
    if low == high:
        return minutes(low)
    if low % 60 == 0 and high % 60 == 0:
        return translate("MeetingDesk", "{0}–{1} min").format(low // 60, high // 60)
    return f"{minutes(low)}–{minutes(high)}"


def meeting_format(value: str | None) -> str:
    if not value:
        return ""
    try:
        return i18n.gettext(MeetingFormat(value).label)
    except ValueError:
        return value


def modality(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return i18n.gettext(Modality(value).label)
    except ValueError:
        return value


def role(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return i18n.gettext(Role(value).label)
    except ValueError:
        return value


def segment_kind(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return i18n.gettext(SegmentKind(value).label)
    except ValueError:
        return value


REQUEST_KINDS = {"speaker": QT_TRANSLATE_NOOP("MeetingDesk", "speaker"), "point_of_order": QT_TRANSLATE_NOOP("MeetingDesk", "point of order"),
                 "right_of_reply": QT_TRANSLATE_NOOP("MeetingDesk", "right of reply")}


def request_kind(value: str) -> str:
    """``point of order`` for ``point_of_order``: what a request to speak is."""
    return translate("MeetingDesk", REQUEST_KINDS.get(value, value))


def language(code: str | None) -> str:
    """``Nepali (ne)`` from ``ne``; the code itself when it is not a known language."""
    if not code:
        return "–"
    from meetingdesk.programme.languages import language_name

    name = language_name(code, i18n.language())
    return f"{name} ({code})" if name != code else code


def speaker_timer(speaker) -> str:
    """What a speaker's timer reads, from the core's ``display_seconds``.

    Time left counts down rounded up (a 5-minute allotment reads 5:00 until a whole second has
    gone, and 0:00 exactly at the end); overtime counts up in whole seconds (+0:01 one second
    after); with ``stop_at_zero`` the core holds it at 0. Without a limit it counts the time spoken.
    """
    import math

    if speaker is None:
        return ""
    shown = as_seconds(getattr(speaker, "display_seconds", None))
    if shown is None:
        return duration(math.floor((as_seconds(speaker.elapsed) or 0.0) + 1e-6))
    if shown < 0:
        return "+" + duration(math.floor(-shown + 1e-6))
    return duration(math.ceil(shown - 1e-6))


def countdown(seconds: float | None) -> str:
    """A count-down in whole seconds, rounded up as a speaker's time left is (``3:12``), never below 0:00."""
    import math

    if seconds is None:
        return "–"
    return duration(max(0, math.ceil(seconds - 1e-6)))


def until_next_segment(view) -> float | None:
    """Seconds from now to the next segment's planned start (negative once it is due), while an open
    sitting waits between segments; None while a segment runs, before opening or after closing."""
    upcoming = getattr(view, "next_segment", None)
    if view.current_segment is not None or view.sitting.status != "open" or upcoming is None or upcoming.planned_start is None:
        return None
    return as_seconds(upcoming.planned_start - view.now)


def held(sitting) -> str:
    """Whether a sitting (a ``SittingView``) was held and when: ``Held 14:02–15:01``,
    ``Running since 14:02``, ``Rehearsed 23 Nov 10:00–11:02``; ``""`` before it is opened."""
    if sitting.status == "planned" or sitting.actual_start is None:
        return ""
    rehearsal = bool(sitting.rehearsal_shift)
    start = clock(sitting.actual_start)
    if rehearsal:  # not on the programmed day: say which day it was
        start = f"{i18n.date(sitting.actual_start, 'MMMd')} {start}"
    if sitting.status == "open":
        return (translate("MeetingDesk", "Rehearsal running since {0}") if rehearsal else translate("MeetingDesk", "Running since {0}")).format(start)
    return (translate("MeetingDesk", "Rehearsed {0}–{1}") if rehearsal else translate("MeetingDesk", "Held {0}–{1}")).format(start, clock(sitting.actual_end))


def count(number: int, one: str, many: str) -> str:
    """``1 key message``, ``3 key messages``, ``0 key messages`` (``one`` and ``many`` translated already)."""
    return translate("MeetingDesk", "{0} {1}").format(number, one if number == 1 else many)


def offset(seconds) -> str:
    """``2:10 behind`` / ``0:30 ahead`` / ``on time`` for the sitting's offset (+ behind)."""
    value = as_seconds(seconds)
    if value is None or abs(value) < 1:
        return translate("MeetingDesk", "on time")
    if value > 0:
        return translate("MeetingDesk", "{0} behind").format(duration(value))
    return translate("MeetingDesk", "{0} ahead").format(duration(-value))


@overload
def as_seconds(value: float | dt.timedelta) -> float: ...
@overload
def as_seconds(value: float | dt.timedelta | None) -> float | None: ...
def as_seconds(value: float | dt.timedelta | None) -> float | None:
    """Seconds as a float from a ``timedelta`` or a number; ``None`` stays ``None``."""
    if value is None:
        return None
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    # STORAGE_ERRORS, what a failed write to the database looks like: the core commits before it
    # acts, so a failure means nothing happened and the same action can simply be tried again.
    # Looked up on first use: SQLAlchemy loads only after the first window is shown (ui.app).
    if name == "STORAGE_ERRORS":
        from meetingdesk.store import STORAGE_FAILURES

        return STORAGE_FAILURES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def reason(error: BaseException) -> str:
    """Why the core refused or could not save, in the chosen language (its ``message``); the log keeps
    the English ``reason``."""
    message = getattr(error, "message", None)
    if message is not None and hasattr(message, "render"):
        return message.render()
    return getattr(error, "reason", None) or str(error)


def storage_failure(error: BaseException) -> str:
    """A plain message for an action the database could not save (disk full, connection lost)."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]
    return translate("MeetingDesk", "Not saved: the database could not be written ({0}). Nothing was changed; try again.").format(reason)

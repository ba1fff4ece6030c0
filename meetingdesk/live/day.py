"""Is this the sitting's day, or a rehearsal? Decided when the console opens, before anything starts.

The day of a sitting is the span around its programmed times, not its calendar date:
a sitting programmed 23:30–01:00 and opened at 00:05 is on its day, 35 minutes late.
Opened close to its programmed times, a sitting runs on them; opened far from them
(another day) it runs as a rehearsal on a plan moved to start when it is opened; in
between (hours early on the same day, or hours after its planned end) the moderator
chooses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from meetingdesk import i18n
from meetingdesk.i18n import _
from meetingdesk.programme.zones import zone_abbreviation

from .snapshot import Snapshot
from .words import duration_words

HOUR = 3600.0
EARLY = 2 * HOUR  # opened this long before the start or less: the programmed times hold
LATE = 1 * HOUR  # opened this long after the planned end or less: still the day (a late sitting)
FAR = 12 * HOUR  # further than this from the programmed span: another day, a rehearsal


@dataclass(frozen=True)
class DayDecision:
    mode: Literal["programmed", "rehearsal", "ask"]
    reason: str  # a plain sentence the console shows before anything starts


def _when(moment: dt.datetime, now: dt.datetime) -> str:
    """'today at 14:00 CET', 'tomorrow at 09:00 CEST' or 'Friday 14 March 2025 at 14:00 CET'."""
    days = (moment.date() - now.date()).days
    at = {"time": i18n.time(moment), "zone": zone_abbreviation(moment)}
    if days == 0:
        return _("today at {time} {zone}", **at)
    if days == 1:
        return _("tomorrow at {time} {zone}", **at)
    if days == -1:
        return _("yesterday at {time} {zone}", **at)
    return _("{date} at {time} {zone}", date=i18n.date(moment), **at)


def _minutes(seconds: float) -> str:
    return duration_words(round(seconds / 60) * 60)


def planned_span(snap: Snapshot) -> tuple[float, float]:
    """The programmed start and end (the end of the last segment when the sitting gives none)."""
    ends = [s.end for s in snap.segments if s.end is not None]
    end = snap.end if snap.end is not None else max(ends, default=snap.start)
    return snap.start, max(end, snap.start)


def decide(snap: Snapshot, now: float) -> DayDecision:
    """Whether a sitting opened at ``now`` (epoch seconds) runs on its programmed times."""
    start, end = planned_span(snap)
    here = snap.local(now)
    begins = _when(snap.local(start), here)
    if start - EARLY <= now <= end + LATE:
        if now <= start:
            return DayDecision("programmed", _("This sitting is programmed for {begins}: it runs on its programmed times.",
                                               begins=begins))
        return DayDecision(
            "programmed",
            _("This sitting is programmed for {begins}, {length} ago: it runs on its programmed times "
              "and the clocks show how late it is.", begins=begins, length=_minutes(now - start)),
        )
    if now < start - FAR or now > end + FAR:
        return DayDecision(
            "rehearsal",
            _("This sitting is programmed for {begins}: opening it now runs it as a rehearsal, "
              "with its plan moved to start when you open it.", begins=begins),
        )
    if now < start:
        return DayDecision("ask", _("This sitting is programmed for {begins}, in {length}: run it now as a rehearsal, "
                                    "with its plan moved to start when you open it, or keep the programmed times?",
                                    begins=begins, length=_minutes(start - now)))
    ended = _when(snap.local(end), here)
    return DayDecision("ask", _("This sitting was programmed to end {ended}, {length} ago: run it now as a rehearsal, "
                                "with its plan moved to start when you open it, or keep the programmed times?",
                                ended=ended, length=_minutes(now - end)))

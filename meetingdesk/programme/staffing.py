"""Checks of an interpretation plan: booth teams against AIIC standards, booths and pivot that make sense.

AIIC's professional standards, as the secretariat applies them:

* two interpreters per booth, taking turns about every 30 minutes, for up to two sessions of
  at most three hours a day;
* more (three) when the day is longer than two 3-hour sessions (over 6 hours of
  interpretation), when one session runs longer than 3 hours, and for remote work (an online
  meeting, or a hybrid one where most speakers are online): listening through a platform's
  audio tires interpreters sooner.

``plan_problems(meeting)`` returns ``(field, message, severity)`` triples; ``checks.py`` places
them on lines of the file with the source map, like every other problem. The live side of
interpretation (``meetingdesk.interpretation``) takes the turn length from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from meetingdesk import i18n
from meetingdesk.i18n import Later, Message

from .languages import LanguageName, code_problem, same_language
from .model import Meeting
from .plan import plan_sitting, sitting_bounds
from .problems import Severity

SESSION_HOURS = 3  # the longest session a team of two covers
SESSIONS_A_DAY = 2
TEAM = 2  # the standard team per booth
LARGER_TEAM = 3  # long days and remote work
TURN_MINUTES = 30  # interpreters take turns about this often

Finding = tuple[str, Message, Severity]  # (field, message, severity)


@dataclass(frozen=True)
class Workload:
    """How much interpretation the meeting asks of one booth on its busiest day."""

    day: dt.date | None
    seconds: int  # interpretation on that day (breaks excluded)
    longest_session: int  # seconds of the longest sitting of the meeting
    remote: Message | None  # why the work counts as remote, or None

    @property
    def team(self) -> int:
        """Interpreters a booth needs (AIIC)."""
        if self.seconds > SESSIONS_A_DAY * SESSION_HOURS * 3600 or self.longest_session > SESSION_HOURS * 3600:
            return LARGER_TEAM
        if self.remote:
            return LARGER_TEAM
        return TEAM

    def reason(self) -> Message:
        hours = Later(_hours, self.seconds)
        day = Later(i18n.date, self.day, "long") if self.day else None
        if self.seconds > SESSIONS_A_DAY * SESSION_HOURS * 3600:
            return (Message("{hours} of interpretation on {day} is more than two 3-hour sessions a day", hours=hours, day=day)
                    if day else Message("{hours} of interpretation is more than two 3-hour sessions a day", hours=hours))
        if self.longest_session > SESSION_HOURS * 3600:
            return Message("a sitting of {hours} is longer than one 3-hour session", hours=Later(_hours, self.longest_session))
        if self.remote:
            return Message("remote interpretation ({why}) needs a larger team", why=self.remote)
        return (Message("{hours} of interpretation on {day}, interpreters taking turns about every {minutes} minutes",
                        hours=hours, day=day, minutes=TURN_MINUTES) if day else
                Message("{hours} of interpretation, interpreters taking turns about every {minutes} minutes",
                        hours=hours, minutes=TURN_MINUTES))


def _hours(seconds: int, code: str | None = None) -> str:
    """ "6 h 30 min", "3 h", "45 min"."""
    h, m = divmod(round(seconds / 60), 60)
    if not m:
        return i18n.gettext("{hours} h", code).format(hours=h)
    if not h:
        return i18n.gettext("{length} min", code).format(length=m)
    return i18n.gettext("{hours} h {minutes} min", code).format(hours=h, minutes=f"{m:02d}")


def _sitting_seconds(sitting, zone: ZoneInfo | None = None) -> int | None:
    if sitting.date is None or sitting.start is None:
        return None
    try:
        start, end = sitting_bounds(sitting, zone)
        plan = plan_sitting(sitting, zone)
    except Exception:  # a zone or time the other checks report
        return None
    if end is None:
        ends = [p.end for p in plan if p.end is not None]
        end = max(ends, default=None)
    if end is None or end <= start:
        return None
    seconds = int((end.astimezone(dt.timezone.utc) - start.astimezone(dt.timezone.utc)).total_seconds())
    breaks = sum(p.seconds or 0 for p in plan if p.segment.kind == "break" and p.seconds)
    return max(0, seconds - breaks)


def remote_work(meeting: Meeting) -> Message | None:
    """Why interpretation counts as remote work: an online meeting, or most speakers online."""
    if meeting.format == "online":
        return Message("an online meeting")
    if meeting.format == "hybrid":
        speaking = {id(slot.participant): slot.participant for s in meeting.sittings for g in s.segments for slot in g.slots}
        people = [p for p in speaking.values() if p is not None]
        online = [p for p in people if p.modality == "online"]
        if people and len(online) * 2 > len(people):
            return Message("{online} of {count} speakers online", online=len(online), count=len(people))
    return None


def workload(meeting: Meeting, zone: ZoneInfo | None = None) -> Workload:
    """The busiest day's interpretation, timed in the meeting's zone or in ``zone``."""
    by_day: dict[dt.date, int] = {}
    longest = 0
    for sitting in meeting.sittings:
        seconds = _sitting_seconds(sitting, zone)
        if seconds is None:
            continue
        by_day[sitting.date] = by_day.get(sitting.date, 0) + seconds
        longest = max(longest, seconds)
    day, seconds = max(by_day.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0))
    return Workload(day, seconds, longest, remote_work(meeting))


def plan_problems(meeting: Meeting, zone: ZoneInfo | None = None) -> list[Finding]:
    """Problems of the interpretation plan a check reports (see the module's docstring); times in the
    meeting's zone or in ``zone`` (the one a misspelt name most likely means)."""
    found: list[Finding] = []
    if not meeting.booths:
        return found
    languages = [c for c in meeting.languages or [] if not code_problem(c)]
    work = workload(meeting, zone)
    need = work.team
    for i, booth in enumerate(meeting.booths):
        if not booth.into or code_problem(booth.into):
            continue
        name = LanguageName(booth.into)
        if languages and not any(same_language(booth.into, c) for c in languages):
            found.append((f"booths[{i}].into", Message(
                "the booth into {language} works into a language that is not among the meeting's languages "
                "({languages}); add it to meeting.languages or remove the booth", language=name,
                languages=Later(i18n.join, [LanguageName(c) for c in languages])), "warning"))
        team = booth.interpreters if booth.interpreters is not None else TEAM
        if work.seconds and team < need:
            found.append((f"booths[{i}].interpreters", Message(
                "the {language} booth has 1 interpreter; AIIC standards ask for at least {need}: {why}",
                language=name, need=need, why=work.reason()) if team == 1 else Message(
                "the {language} booth has {team} interpreters; AIIC standards ask for at least {need}: {why}",
                language=name, team=team, need=need, why=work.reason()), "warning"))
    pivot = meeting.pivot_language
    if pivot and not code_problem(pivot) and not any(same_language(b.into, pivot) for b in meeting.booths if b.into):
        found.append(("meeting.pivot_language", Message(
            "{language} is the pivot for relay, but no booth works into {language}; "
            "add a booth into {language} or choose another pivot", language=LanguageName(pivot)), "error"))
    return found


__all__ = ["LARGER_TEAM", "TEAM", "TURN_MINUTES", "Workload", "plan_problems", "remote_work", "workload"]

"""Checks of a programme's content: what a secretariat must fix before the meeting, in plain words.

``check_meeting`` returns every problem of the content of a meeting whose shape
``meetingdesk.programme.schema`` has read: time zones and language codes that
do not exist, sittings and segments that overlap or fall outside their sitting,
speakers who cannot fit their segment, speakers nobody can interpret, booth
teams (``staffing``), a registration deadline after the meeting, participants
listed twice, protected participants with no role to show instead of their
name. Times come from ``plan.plan_sitting``, the one resolved plan. Callers go
through ``meetingdesk.programme.validation``, which runs both.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .entry import allotment_bounds
from .enums import Role, SegmentKind
from .languages import base_language, code_problem, language_name, route, same_language
from .model import Meeting, Segment, Sitting
from .plan import PlannedSegment, clock_change, local_day, plan_sitting, sitting_bounds
from .problems import Problem, Severity, SourceMap
from .schema import clock
from .staffing import plan_problems
from .zones import fixed_lookalike, likely_zone, zone_abbreviation, zone_problem


def check_meeting(meeting: Meeting, source_map: SourceMap | None = None) -> list[Problem]:
    """Every problem of the content of a meeting; ``source_map`` places them on lines of its file."""
    checker = _Checker(meeting, source_map)
    checker.zones()
    checker.languages()
    checker.participants()
    checker.interpretation()
    for field, message, severity in plan_problems(meeting, checker.zone):  # booths, pivot, AIIC teams
        checker.report(field, message, severity)
    checker.times()
    checker.registration()
    return checker.problems


def _minutes_text(seconds: int) -> str:
    value = seconds / 60
    return f"{value:g} min" if value == int(value) else f"{value:.1f} min".replace(".0 ", " ")


def _plural(role: str, n: int) -> str:
    try:
        label = Role(role).label.lower()
    except ValueError:
        label = "speaker"
    if n == 1:
        return label
    return {"secretariat": "secretariat speakers", "key address": "key addresses", "chief guest": "chief guests"}.get(
        label, label + "s"
    )


def _list(words: list[str], conjunction: str = "and") -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


class _Checker:
    def __init__(self, meeting: Meeting, source_map: SourceMap | None) -> None:
        self.meeting = meeting
        self.smap = source_map
        self.problems: list[Problem] = []
        # the zone the times are checked in: the meeting's, or the one a wrong name most likely
        # means, or else UTC as a bare clock, where clock changes cannot be checked
        self.zone = ZoneInfo("UTC")
        self.zone_known = False

    def report(self, field: str, message: str, severity: Severity = "error") -> None:
        line = self.smap.line_of(field) if self.smap is not None else None
        file = self.smap.file if self.smap is not None else None
        self.problems.append(Problem(severity, message, field, file, line))

    def written(self, table: str, *keys: str) -> str:
        """The first of ``keys`` written in the file (a computed end is reported on the minutes that made it)."""
        if self.smap is not None:
            for key in keys:
                if f"{table}.{key}" in self.smap.lines:
                    return f"{table}.{key}"
        return f"{table}.{keys[0]}"

    # ------------------------------------------------------------------ zones and languages

    def zones(self) -> None:
        m = self.meeting
        if m.time_zone and (why := zone_problem(m.time_zone)):
            guess = likely_zone(m.time_zone)
            if guess is not None:
                self.zone, self.zone_known = ZoneInfo(guess[0]), True
                why += f" Until it is fixed, the times are checked in {guess[0]}"
            else:
                why += (
                    ". Until it is fixed, the times are checked as clock times only: whether each one exists, "
                    "or happens twice, on a night the clocks change is not checked"
                )
            self.report("meeting.time_zone", why)
        elif m.time_zone:
            self.zone, self.zone_known = ZoneInfo(m.time_zone), True
        for name in m.display_zones or []:
            if why := zone_problem(name):
                self.report("meeting.display_zones", why)
        days = sorted({s.date for s in m.sittings if s.date is not None})
        for field, name in [("meeting.time_zone", m.time_zone), *(("meeting.display_zones", z) for z in m.display_zones or [])]:
            why = next((w for day in days if (w := fixed_lookalike(name, day))), None) if name else None
            if why:
                self.report(field, why, "warning")

    def languages(self) -> None:
        m = self.meeting
        for code in m.languages or []:
            if why := code_problem(code):
                self.report("meeting.languages", why)
        if m.pivot_language and (why := code_problem(m.pivot_language)):
            self.report("meeting.pivot_language", why)
        for i, booth in enumerate(m.booths):
            if booth.into and (why := code_problem(booth.into)):
                self.report(f"booths[{i}].into", why)
            for code in booth.sources or []:
                if why := code_problem(code):
                    self.report(f"booths[{i}].from", why)
        for i, p in enumerate(m.participants):
            if p.language and (why := code_problem(p.language)):
                self.report(f"participants[{i}].language", why)

    # ------------------------------------------------------------------ participants

    def participants(self) -> None:
        by_key: dict[str, int] = {}
        by_person: dict[tuple[str, str], int] = {}
        people = self.meeting.participants
        for i, p in enumerate(people):
            where = f"participants[{i}]"
            if p.key:
                if p.key in by_key:
                    j = by_key[p.key]
                    self.report(
                        f"{where}.id",
                        f'the id "{p.key}" is already used by participants[{j}] ({people[j].name}); '
                        "each participant needs an id of their own",
                    )
                else:
                    by_key[p.key] = i
            if p.name:
                person = (" ".join(p.name.split()).casefold(), " ".join((p.affiliation or "").split()).casefold())
                if person in by_person:
                    j = by_person[person]
                    of = f" ({p.affiliation})" if p.affiliation else ""
                    self.report(
                        f"{where}.name",
                        f'{p.name}{of} is listed twice, as "{people[j].key}" and "{p.key}"; '
                        "keep one and point every slot to it",
                    )
                else:
                    by_person[person] = i
            if p.protected and not p.group:
                self.report(
                    f"{where}.protected",
                    f"{p.display_name} has a protected identity and is shown by role only, but has no group; "
                    'give a group (e.g. group = "survivor_leader") so public screens can say who is speaking',
                    "warning",
                )

    # ------------------------------------------------------------------ interpretation

    def interpretation(self) -> None:
        m = self.meeting
        languages = [code for code in m.languages or [] if not code_problem(code)]
        if not languages:
            return
        distinct = list(dict.fromkeys(base_language(code) for code in languages))
        booths = [b for b in m.booths if b.into and not code_problem(b.into)]
        pivot = m.pivot_language if m.pivot_language and not code_problem(m.pivot_language) else None
        if len(distinct) > 1 and not m.booths:
            names = _list([language_name(c) for c in distinct])
            self.report(
                "meeting.languages",
                f"the meeting is held in {names} but has no interpretation plan; "
                "add [[booths]] so check can tell whether every speaker will be understood",
                "warning",
            )
            return
        speaking = {id(slot.participant) for s in m.sittings for g in s.segments for slot in g.slots}
        for i, p in enumerate(m.participants):
            if id(p) not in speaking and not p.language:
                continue
            floor = p.language or languages[0]
            if code_problem(floor):
                continue
            where = f"participants[{i}].language"
            if not m.booths:
                if not same_language(floor, distinct[0]):
                    self.report(
                        where,
                        f"{p.display_name} speaks {language_name(floor)}, but the meeting is held in "
                        f"{language_name(distinct[0])} only and has no interpretation",
                    )
                continue
            unreached = [t for t in distinct if route(floor, t, booths, pivot) is None]
            if unreached:
                names = _list([language_name(t) for t in unreached], "or")
                relay = (
                    f"there is no relay through {language_name(pivot)}"
                    if pivot
                    else "no pivot_language is set for relay"
                )
                self.report(
                    where,
                    f"{p.display_name} speaks {language_name(floor)}, which nobody interprets into {names}: "
                    f"no booth into {names} hears {language_name(floor)}, and {relay}",
                )

    # ------------------------------------------------------------------ times

    def times(self) -> None:
        spans: list[tuple[int, dt.datetime, dt.datetime]] = []
        for i, sitting in enumerate(self.meeting.sittings):
            if sitting.date is None or sitting.start is None:
                continue  # reported by the file reader as missing
            where = f"sittings[{i}]"
            if self.zone_known:
                self.clock_changes(where, sitting)
            start, end = sitting_bounds(sitting, self.zone)
            if end is not None and end <= start:
                self.report(
                    f"{where}.end",
                    f"the sitting ends at {clock(end.time())}, "
                    + ("when it starts" if end == start else f"before it starts at {clock(sitting.start)}")
                    + " (a sitting may run past midnight, but for less than 12 hours)",
                )
                continue
            plan = plan_sitting(sitting, self.zone)
            self.segments(where, start, end, plan)
            ends = [p.end for p in plan if p.end is not None]
            spans.append((i, start, end or max(ends, default=start)))
        self.sitting_overlaps(spans)

    def clock_changes(self, where: str, sitting: Sitting) -> None:
        """Clock times that do not exist (the clocks go forward) or happen twice (they go back)."""
        written = [(f"{where}.{key}", getattr(sitting, key)) for key in ("start", "end")]
        for j, seg in enumerate(sitting.segments):
            written += [(f"{where}.segments[{j}].{key}", getattr(seg, key)) for key in ("start", "end")]
        for field, t in written:
            if t is None:
                continue
            day = local_day(sitting, t)
            change = clock_change(day, t, self.zone)
            if change is None:
                continue
            on = f"on {_day(day)} in {self.zone.key}"
            if change.kind == "gap":
                self.report(
                    field,
                    f"{clock(t)} does not exist {on}: the clocks go forward from {clock(change.wall_before)} "
                    f"to {clock(change.wall_after)}; give a time before {clock(change.wall_before)} "
                    f"or from {clock(change.wall_after)} on",
                )
            else:
                both = [f"{clock(t)} {zone_abbreviation(at)} ({at.astimezone(dt.timezone.utc):%H:%M} UTC)" for at in (change.first, change.second)]
                self.report(
                    field,
                    f"{clock(t)} happens twice {on}, when the clocks go back from {clock(change.wall_before)} "
                    f"to {clock(change.wall_after)}: at {both[0]} and again at {both[1]}; the first is used",
                    "warning",
                )

    def sitting_overlaps(self, spans: list[tuple[int, dt.datetime, dt.datetime]]) -> None:
        sittings = self.meeting.sittings
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (i, s1, e1), (j, s2, e2) = spans[a], spans[b]
                if s1 < e2 and s2 < e1:
                    other = sittings[i]
                    name = f' "{other.title}"' if other.title else ""
                    self.report(
                        f"sittings[{j}].start",
                        f"this sitting ({_day(s2.date())}, {s2:%H:%M}–{e2:%H:%M}) overlaps sitting {i + 1}{name} "
                        f"({_day(s1.date())}, {s1:%H:%M}–{e1:%H:%M})",
                    )

    def segments(self, where: str, start: dt.datetime, end: dt.datetime | None, plan: list[PlannedSegment]) -> None:
        good: list[tuple[int, PlannedSegment, dt.datetime, dt.datetime]] = []  # with its start and end
        for j, planned in enumerate(plan):
            seg = planned.segment
            here = f"{where}.segments[{j}]"
            s, e = planned.start, planned.end
            if s is not None and e is not None and e < s:
                self.report(f"{here}.end", f"the segment ends at {e:%H:%M}, before it starts at {s:%H:%M}")
                continue
            if s is not None and s < start:
                self.report(
                    self.written(here, "start", "end", "minutes"),
                    f"the segment starts at {s:%H:%M}, before its sitting starts at {start:%H:%M}",
                )
            if e is not None and end is not None and e > end:
                self.report(
                    self.written(here, "end", "minutes", "start"),
                    f"the segment ends at {e:%H:%M}, after its sitting ends at {end:%H:%M}",
                )
            if (
                seg.start is not None
                and seg.end is not None
                and seg.planned_seconds is not None
                and planned.seconds is not None
                and planned.seconds != seg.planned_seconds
            ):
                self.report(
                    f"{here}.minutes",
                    f"minutes = {_minutes_text(seg.planned_seconds)[:-4]} does not match "
                    f"{seg.start:%H:%M}–{seg.end:%H:%M} ({_minutes_text(planned.seconds)}); the clock times are used",
                    "warning",
                )
            if s is not None and e is not None:
                if e == s and seg.kind != SegmentKind.BREAK:
                    self.report(here, f"the segment has no time: it would start and end at {s:%H:%M}", "warning")
                good.append((j, planned, s, e))
                self.allotments(here, planned)
            self.standing_items(here, seg)
        for a in range(len(good)):
            for b in range(a + 1, len(good)):
                (i, p1, start1, end1), (j, p2, start2, end2) = good[a], good[b]
                if start1 < end2 and start2 < end1:
                    self.report(
                        f"{where}.segments[{j}].start",
                        f"the segment ({p2.start:%H:%M}–{p2.end:%H:%M}) overlaps segment {i + 1} "
                        f'"{p1.segment.title}" ({p1.start:%H:%M}–{p1.end:%H:%M})',
                    )

    def allotments(self, here: str, planned: PlannedSegment) -> None:
        seg: Segment = planned.segment
        duration = planned.seconds
        if duration is None or duration < 0:
            return  # a segment of no time still cannot hold a speaker who needs some
        default = self.meeting.intervention_seconds if seg.kind == SegmentKind.INTERVENTIONS else None
        timed = []
        for slot in seg.slots:
            low = slot.min_seconds if slot.min_seconds is not None else default
            high = slot.max_seconds if slot.max_seconds is not None else default
            if (bounds := allotment_bounds(low, high)) is not None:
                timed.append((slot.role, *bounds))
        if not timed:
            return
        roles = {role for role, _, _ in timed}
        who = _plural(roles.pop() if len(roles) == 1 else "speaker", len(timed))
        who = f"the {who}" if len(timed) == 1 else f"the {len(timed)} {who}"
        least = sum(low for _, low, _ in timed)
        most = sum(high for _, _, high in timed)
        verb = "needs" if len(timed) == 1 else "need"
        if least > duration:
            self.report(
                f"{here}.slots",
                f"{who} {verb} at least {_minutes_text(least)} but the segment has {_minutes_text(duration)}",
            )
        elif most > duration:
            self.report(
                f"{here}.slots",
                f"tight: {who} may take up to {_minutes_text(most)} and the segment has {_minutes_text(duration)}",
                "warning",
            )

    def standing_items(self, here: str, seg: Segment) -> None:
        seen: set[str] = set()
        for k, item in enumerate(seg.standing_items):
            if item.key and item.key in seen:
                self.report(f"{here}.standing_items[{k}].id", f'the id "{item.key}" is used twice in this segment')
            seen.add(item.key)

    # ------------------------------------------------------------------ registration

    def registration(self) -> None:
        deadline = self.meeting.registration_deadline
        dates = [s.date for s in self.meeting.sittings if s.date is not None]
        if deadline is None or not dates:
            return
        first = min(dates)
        if deadline > first:
            self.report(
                "meeting.registration_deadline",
                f"the deadline for requests to speak ({_day(deadline)}) is after the first sitting ({_day(first)})",
            )


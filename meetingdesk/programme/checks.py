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

from meetingdesk import i18n
from meetingdesk.i18n import N_, Later, Message, Word

from .entry import allotment_bounds
from .enums import Role, SegmentKind
from .languages import LanguageName, base_language, code_problem, route, same_language
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


def _minutes_text(seconds: int) -> Later:
    """ "22 min", "2.5 min" ("2,5 min"), in the reader's language."""
    return Later(i18n.minutes, seconds)


# the people a segment's allotments are for, when there are several of them
_PLURALS = {
    Role.MODERATOR: N_("moderators"), Role.CHAIR: N_("chairs"), Role.CO_CHAIR: N_("co-chairs"),
    Role.KEYNOTE: N_("key addresses"), Role.PANELLIST: N_("panellists"), Role.SPEAKER: N_("speakers"),
    Role.PRESENTER: N_("presenters"), Role.RAPPORTEUR: N_("rapporteurs"), Role.SECRETARIAT: N_("secretariat speakers"),
    Role.DELEGATE: N_("delegates"), Role.CHIEF_GUEST: N_("chief guests"),
}  # fmt: skip


def _people(role: str, n: int) -> Later | Word:
    """ "delegate" (one), "delegates" (several): who the allotments of a segment are for."""
    known = Role(role) if role in Role.values() else Role.SPEAKER
    return Later(i18n.lower, Word(known.label)) if n == 1 else Word(_PLURALS[known])


def _hhmm(moment: dt.datetime | dt.time) -> str:
    return moment.strftime("%H:%M")


def _span(start: dt.datetime | dt.time | None, end: dt.datetime | dt.time | None) -> str:
    """ "14:00–14:20"."""
    return "–".join(_hhmm(t) if t is not None else "" for t in (start, end))


def _file_minutes(seconds: int) -> str:
    """Minutes as a programme file writes them: 25, 2.5."""
    return format(round(seconds / 60, 1), "g")


def _day(d: dt.date) -> Later:
    """ "14 March 2025", "14 mars 2025", "14 de marzo de 2025"."""
    return Later(i18n.date, d, "long")


class _Checker:
    def __init__(self, meeting: Meeting, source_map: SourceMap | None) -> None:
        self.meeting = meeting
        self.smap = source_map
        self.problems: list[Problem] = []
        # the zone the times are checked in: the meeting's, or the one a wrong name most likely
        # means, or else UTC as a bare clock, where clock changes cannot be checked
        self.zone = ZoneInfo("UTC")
        self.zone_known = False

    def report(self, field: str, message: Message, severity: Severity = "error") -> None:
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
                why = Message("{problem} Until it is fixed, the times are checked in {zone}", problem=why, zone=guess[0])
            else:
                why = Message("{problem}. Until it is fixed, the times are checked as clock times only: whether each "
                              "one exists, or happens twice, on a night the clocks change is not checked", problem=why)
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
                    self.report(f"{where}.id", Message(
                        'the id "{key}" is already used by participants[{other}] ({name}); '
                        "each participant needs an id of their own", key=p.key, other=j, name=people[j].name))
                else:
                    by_key[p.key] = i
            if p.name:
                person = (" ".join(p.name.split()).casefold(), " ".join((p.affiliation or "").split()).casefold())
                if person in by_person:
                    j = by_person[person]
                    of = f" ({p.affiliation})" if p.affiliation else ""
                    self.report(f"{where}.name", Message(
                        '{name} is listed twice, as "{first}" and "{second}"; keep one and point every slot to it',
                        name=p.name + of, first=people[j].key, second=p.key))
                else:
                    by_person[person] = i
            if p.protected and not p.group:
                self.report(f"{where}.protected", Message(
                    "{name} has a protected identity and is shown by role only, but has no group; "
                    'give a group (e.g. group = "survivor_leader") so public screens can say who is speaking',
                    name=p.display_name), "warning")

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
            self.report("meeting.languages", Message(
                "the meeting is held in {languages} but has no interpretation plan; "
                "add [[booths]] so check can tell whether every speaker will be understood",
                languages=Later(i18n.and_list, [LanguageName(c) for c in distinct])), "warning")
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
                    self.report(where, Message(
                        "{name} speaks {language}, but the meeting is held in {floor} only and has no interpretation",
                        name=p.display_name, language=LanguageName(floor), floor=LanguageName(distinct[0])))
                continue
            unreached = [t for t in distinct if route(floor, t, booths, pivot) is None]
            if unreached:
                names = Later(i18n.or_list, [LanguageName(t) for t in unreached])
                relay = (Message("there is no relay through {pivot}", pivot=LanguageName(pivot)) if pivot
                         else Message("no pivot_language is set for relay"))
                self.report(where, Message(
                    "{name} speaks {language}, which nobody interprets into {targets}: "
                    "no booth into {targets} hears {language}, and {relay}",
                    name=p.display_name, language=LanguageName(floor), targets=names, relay=relay))

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
                self.report(f"{where}.end", Message(
                    "the sitting ends at {end}, when it starts (a sitting may run past midnight, but for less than 12 hours)",
                    end=clock(end.time())) if end == start else Message(
                    "the sitting ends at {end}, before it starts at {start} (a sitting may run past midnight, "
                    "but for less than 12 hours)", end=clock(end.time()), start=clock(sitting.start)))
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
            when = {"time": clock(t), "day": _day(day), "zone": self.zone.key,
                    "before": clock(change.wall_before), "after": clock(change.wall_after)}
            if change.kind == "gap":
                self.report(field, Message(
                    "{time} does not exist on {day} in {zone}: the clocks go forward from {before} to {after}; "
                    "give a time before {before} or from {after} on", **when))
            else:
                both = [f"{clock(t)} {zone_abbreviation(at)} ({at.astimezone(dt.timezone.utc):%H:%M} UTC)" for at in (change.first, change.second)]
                self.report(field, Message(
                    "{time} happens twice on {day} in {zone}, when the clocks go back from {before} to {after}: "
                    "at {first} and again at {second}; the first is used", **when, first=both[0], second=both[1]),
                    "warning")

    def sitting_overlaps(self, spans: list[tuple[int, dt.datetime, dt.datetime]]) -> None:
        sittings = self.meeting.sittings
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (i, s1, e1), (j, s2, e2) = spans[a], spans[b]
                if s1 < e2 and s2 < e1:
                    other = sittings[i]
                    name = f' "{other.title}"' if other.title else ""
                    self.report(f"sittings[{j}].start", Message(
                        "this sitting ({day}, {span}) overlaps sitting {number}{title} ({other_day}, {other_span})",
                        day=_day(s2.date()), span=_span(s2, e2), number=i + 1, title=name,
                        other_day=_day(s1.date()), other_span=_span(s1, e1)))

    def segments(self, where: str, start: dt.datetime, end: dt.datetime | None, plan: list[PlannedSegment]) -> None:
        good: list[tuple[int, PlannedSegment, dt.datetime, dt.datetime]] = []  # with its start and end
        for j, planned in enumerate(plan):
            seg = planned.segment
            here = f"{where}.segments[{j}]"
            s, e = planned.start, planned.end
            if s is not None and e is not None and e < s:
                self.report(f"{here}.end", Message("the segment ends at {end}, before it starts at {start}",
                                                   end=_hhmm(e), start=_hhmm(s)))
                continue
            if s is not None and s < start:
                self.report(self.written(here, "start", "end", "minutes"), Message(
                    "the segment starts at {start}, before its sitting starts at {sitting}",
                    start=_hhmm(s), sitting=_hhmm(start)))
            if e is not None and end is not None and e > end:
                self.report(self.written(here, "end", "minutes", "start"), Message(
                    "the segment ends at {end}, after its sitting ends at {sitting}", end=_hhmm(e), sitting=_hhmm(end)))
            if (
                seg.start is not None
                and seg.end is not None
                and seg.planned_seconds is not None
                and planned.seconds is not None
                and planned.seconds != seg.planned_seconds
            ):
                self.report(f"{here}.minutes", Message(
                    "minutes = {minutes} does not match {span} ({length}); the clock times are used",
                    minutes=_file_minutes(seg.planned_seconds), span=_span(seg.start, seg.end),
                    length=_minutes_text(planned.seconds)), "warning")
            if s is not None and e is not None:
                if e == s and seg.kind != SegmentKind.BREAK:
                    self.report(here, Message("the segment has no time: it would start and end at {time}", time=_hhmm(s)),
                                "warning")
                good.append((j, planned, s, e))
                self.allotments(here, planned)
            self.standing_items(here, seg)
        for a in range(len(good)):
            for b in range(a + 1, len(good)):
                (i, p1, start1, end1), (j, p2, start2, end2) = good[a], good[b]
                if start1 < end2 and start2 < end1:
                    self.report(f"{where}.segments[{j}].start", Message(
                        'the segment ({span}) overlaps segment {number} "{title}" ({other_span})',
                        span=_span(p2.start, p2.end), number=i + 1, title=p1.segment.title,
                        other_span=_span(p1.start, p1.end)))

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
        n = len(timed)
        who = {"people": _people(roles.pop() if len(roles) == 1 else "speaker", n), "count": n,
               "length": _minutes_text(duration)}
        least = sum(low for _, low, _ in timed)
        most = sum(high for _, _, high in timed)
        if least > duration:
            self.report(f"{here}.slots", Message(
                "the {people} needs at least {least} but the segment has {length}", **who, least=_minutes_text(least))
                if n == 1 else Message("the {count} {people} need at least {least} but the segment has {length}",
                                       **who, least=_minutes_text(least)))
        elif most > duration:
            self.report(f"{here}.slots", Message(
                "tight: the {people} may take up to {most} and the segment has {length}", **who, most=_minutes_text(most))
                if n == 1 else Message("tight: the {count} {people} may take up to {most} and the segment has {length}",
                                       **who, most=_minutes_text(most)), "warning")

    def standing_items(self, here: str, seg: Segment) -> None:
        seen: set[str] = set()
        for k, item in enumerate(seg.standing_items):
            if item.key and item.key in seen:
                self.report(f"{here}.standing_items[{k}].id", Message('the id "{key}" is used twice in this segment', key=item.key))
            seen.add(item.key)

    # ------------------------------------------------------------------ registration

    def registration(self) -> None:
        deadline = self.meeting.registration_deadline
        dates = [s.date for s in self.meeting.sittings if s.date is not None]
        if deadline is None or not dates:
            return
        first = min(dates)
        if deadline > first:
            self.report("meeting.registration_deadline", Message(
                "the deadline for requests to speak ({deadline}) is after the first sitting ({first})",
                deadline=_day(deadline), first=_day(first)))


"""Reminders for a live sitting, run on APScheduler 3's ``AsyncIOScheduler``.

Two halves, so the interesting part is testable without any scheduler:

* :func:`due_reminders` is a pure function of the live view and the time: it
  says *which* reminders are planned *when* (segment starting in N minutes,
  segment ending in N minutes and at its planned end, the speaker entering the
  warning phase and running out of time, the intervention registration deadline).
* :class:`Reminders` turns that plan into scheduler jobs, re-plans them every
  time the live sitting changes (a delay or a skipped segment moves or drops
  the jobs), and hands each reminder to ``notify`` as a :class:`Notice`.

Nothing here touches Qt: the jobs are coroutine functions that run on the
scheduler's event loop (the qasync loop in the app) and only call ``notify``.

Wiring, in the app (the scheduler runs on the qasync loop)::

    scheduler = AsyncIOScheduler(timezone=datetime.timezone.utc)
    scheduler.start()
    reminders = Reminders(live, scheduler, live.clock, notify=console.show_notice,
                          deadline=meeting_deadline(store, sitting_id),
                          watched=console.isActiveWindow)
    ...
    reminders.close()

A reminder is delivered at most once. A job the scheduler could not run in time
(the laptop was asleep) is reported by APScheduler as missed; if the reminder
still matters in the *current* state it is delivered once, marked late,
otherwise it is dropped. A job that fails is reported as a Notice, not lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import BaseScheduler

from meetingdesk import i18n
from meetingdesk.i18n import _
from meetingdesk.interpretation.plan import and_list
from meetingdesk.interpretation.shifts import turn_changes
from meetingdesk.live import Change, Clock, LiveSettings, LiveSitting, LiveView, SegmentView
from meetingdesk.programme.model import Sitting
from meetingdesk.store import Store

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
JOB_PREFIX = "reminder:"
LATE_NOTE = "missed while the computer was asleep"
SPEAKER_KINDS = frozenset({"speaker_warning", "speaker_time_up"})
RESCHEDULE_AFTER = dt.timedelta(seconds=1)  # a due reminder whose moment slipped further waits for it


class Severity(StrEnum):
    INFO = "info"  # for the record: something is coming
    WARNING = "warning"  # act soon
    ALERT = "alert"  # act now
    ERROR = "error"  # MeetingDesk itself could not do something


class NoticeKind(StrEnum):
    SEGMENT_STARTING = "segment_starting"
    SEGMENT_ENDING = "segment_ending"
    SEGMENT_END = "segment_end"
    SPEAKER_WARNING = "speaker_warning"
    SPEAKER_TIME_UP = "speaker_time_up"
    REGISTRATION_CLOSING = "registration_closing"
    REGISTRATION_CLOSED = "registration_closed"
    INTERPRETER_TURN = "interpreter_turn"
    REMINDER_FAILED = "reminder_failed"


@dataclass(frozen=True)
class Notice:
    """What the UI shows: one reminder, in plain words."""

    kind: NoticeKind
    text: str
    at: dt.datetime  # aware UTC: when the reminder was due
    severity: Severity
    segment_id: int | None = None
    entry_id: int | None = None
    late: bool = False  # delivered after its time (the computer was asleep)


@dataclass(frozen=True)
class ReminderSettings:
    """Which reminders to plan. Leads are seconds before the moment they announce."""

    segment_start_leads: tuple[int, ...] = (300, 60)
    segment_end_leads: tuple[int, ...] = (300,)
    segment_end: bool = True  # at the running segment's planned end
    speaker_warning: bool = True  # when the speaker enters the warning phase
    speaker_time_up: bool = True  # when the speaker's allotment runs out
    registration_leads: tuple[int, ...] = (86400,)  # before the registration deadline
    registration_closed: bool = True  # at the deadline
    misfire_grace_seconds: int = 30  # a job run later than this counts as missed (whole seconds)
    interpreter_turn_minutes: float = 30  # interpreters hand over about this often (AIIC); 0: no reminders


@dataclass(frozen=True)
class PlannedReminder:
    """One reminder of the plan: a stable key, when it is due and until when it matters."""

    key: str  # stable across re-plans: one subject, one lead
    kind: NoticeKind
    at: dt.datetime  # aware UTC
    until: dt.datetime | None  # aware UTC; None: matters as long as the plan still holds it
    text: str  # said on time
    late_text: str  # said after its time (no "in 5 minutes")
    severity: Severity
    segment_id: int | None = None
    entry_id: int | None = None

    def matters(self, now: dt.datetime) -> bool:
        return self.until is None or now < self.until

    def notice(self, *, late: bool = False) -> Notice:
        text = f"{self.late_text} ({LATE_NOTE})" if late else self.text
        return Notice(self.kind, text, self.at, self.severity, self.segment_id, self.entry_id, late)


# --------------------------------------------------------------------------- the plan (pure)


def registration_deadline(day: dt.date | None, zone: str | dt.tzinfo) -> dt.datetime | None:
    """The moment registration closes: the end of the deadline day ("by 15 July") in the meeting's zone."""
    if day is None:
        return None
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=tz)


def due_reminders(
    view: LiveView,
    now: dt.datetime,
    settings: ReminderSettings = ReminderSettings(),
    *,
    warning_seconds: float = LiveSettings.warning_seconds,
    deadline: dt.datetime | None = None,
) -> list[PlannedReminder]:
    """Every reminder the current live state calls for that still matters at ``now``, by time.

    ``view`` is the engine's ``LiveView`` (computed at ``now``); ``warning_seconds`` is the
    speaker's warning threshold (``LiveSettings``); ``deadline`` the aware moment registration
    of interventions closes (see :func:`registration_deadline`). Reminders whose time has
    passed are included while they still matter, so a missed job can be judged against the
    current state; a caller schedules only those still ahead.
    """
    now = now.astimezone(UTC)
    out: list[PlannedReminder] = []
    out += _segment_reminders(view, now, settings)
    out += _speaker_reminders(view, now, settings, warning_seconds)
    out += _registration_reminders(deadline, settings)
    out += _interpreter_reminders(view, settings)
    return sorted((r for r in out if r.matters(now)), key=lambda r: (r.at, r.key))


def _segment_reminders(view: LiveView, now: dt.datetime, settings: ReminderSettings) -> Iterable[PlannedReminder]:
    if view.sitting.status == "closed":
        return
    # behind the plan moves what is still to come; ahead does not bring it forward
    offset = dt.timedelta(seconds=max(0.0, view.sitting.offset_seconds))
    for seg in view.segments:
        status = seg.status
        title = _("‘{title}’", title=seg.title)
        if status == "planned" and seg.planned_start is not None:
            start = _projected_start(seg, offset)
            for lead in settings.segment_start_leads:
                yield PlannedReminder(
                    key=f"segment_starting:{seg.id}:{lead}",
                    kind=NoticeKind.SEGMENT_STARTING,
                    at=start - dt.timedelta(seconds=lead),
                    until=start,
                    text=_("{title} starts in {length}, at {time}.", title=title, length=_spoken(lead), time=_hhmm(start, seg.planned_start)),
                    late_text=_("{title} starts at {time}.", title=title, time=_hhmm(start, seg.planned_start)),
                    severity=Severity.INFO,
                    segment_id=seg.id,
                )
        elif status == "running":
            if seg.remaining is None:  # no planned length: nothing to end
                continue
            end = now + dt.timedelta(seconds=seg.remaining - seg.overrun)
            zone_of = seg.planned_end or seg.planned_start
            for lead in settings.segment_end_leads:
                yield PlannedReminder(
                    key=f"segment_ending:{seg.id}:{lead}",
                    kind=NoticeKind.SEGMENT_ENDING,
                    at=end - dt.timedelta(seconds=lead),
                    until=end,
                    text=_("{title} ends in {length}, at {time}.", title=title, length=_spoken(lead), time=_hhmm(end, zone_of)),
                    late_text=_("{title} ends at {time}.", title=title, time=_hhmm(end, zone_of)),
                    severity=Severity.WARNING,
                    segment_id=seg.id,
                )
            if settings.segment_end:
                yield PlannedReminder(
                    key=f"segment_end:{seg.id}",
                    kind=NoticeKind.SEGMENT_END,
                    at=end,
                    until=None,  # while it runs, its overrun matters
                    text=_("{title} has reached its planned end ({time}).", title=title, time=_hhmm(end, zone_of)),
                    late_text=_("{title} is running over its planned end ({time}).", title=title, time=_hhmm(end, zone_of)),
                    severity=Severity.ALERT,
                    segment_id=seg.id,
                )


def _speaker_reminders(
    view: LiveView, now: dt.datetime, settings: ReminderSettings, warning_seconds: float
) -> Iterable[PlannedReminder]:
    sp = view.speaker
    if sp is None or sp.paused:
        return  # a paused clock does not run out: re-planned on resume
    if sp.remaining is None:  # no allotment: nothing runs out
        return
    who = sp.public_name or sp.name
    online = _(" (online: cannot see the room timer)") if sp.online else ""
    segment_id = view.current_segment.id if view.current_segment is not None else None
    time_up = now + dt.timedelta(seconds=sp.remaining - sp.overtime)
    if settings.speaker_warning:
        yield PlannedReminder(
            key=f"speaker_warning:{sp.entry_id}",
            kind=NoticeKind.SPEAKER_WARNING,
            at=time_up - dt.timedelta(seconds=warning_seconds),
            until=time_up,
            text=_("{who} has {length} left{online}.", who=who, length=_spoken(warning_seconds), online=online),
            late_text=_("{who} is close to the end of the speaking time{online}.", who=who, online=online),
            severity=Severity.WARNING,
            segment_id=segment_id,
            entry_id=sp.entry_id,
        )
    if settings.speaker_time_up:
        yield PlannedReminder(
            key=f"speaker_time_up:{sp.entry_id}",
            kind=NoticeKind.SPEAKER_TIME_UP,
            at=time_up,
            until=None,  # while they hold the floor, it matters
            text=_("{who}: speaking time is up{online}.", who=who, online=online),
            late_text=_("{who} is over the speaking time{online}.", who=who, online=online),
            severity=Severity.ALERT,
            segment_id=segment_id,
            entry_id=sp.entry_id,
        )


def _registration_reminders(deadline: dt.datetime | None, settings: ReminderSettings) -> Iterable[PlannedReminder]:
    if deadline is None:
        return
    last = deadline - dt.timedelta(seconds=1)
    last_day = i18n.date(last)
    close = deadline.astimezone(UTC)
    for lead in settings.registration_leads:
        yield PlannedReminder(
            key=f"registration_closing:{lead}",
            kind=NoticeKind.REGISTRATION_CLOSING,
            at=close - dt.timedelta(seconds=lead),
            until=close,
            text=_("Registration of interventions closes in {length}, at the end of {last_day}.", length=_spoken(lead), last_day=last_day),
            late_text=_("Registration of interventions closes at the end of {last_day}.", last_day=last_day),
            severity=Severity.INFO,
        )
    if settings.registration_closed:
        yield PlannedReminder(
            key="registration_closed",
            kind=NoticeKind.REGISTRATION_CLOSED,
            at=close,
            until=close + dt.timedelta(days=1),
            text=_("Registration of interventions closed at the end of {last_day}; later requests speak time permitting.", last_day=last_day),
            late_text=_("Registration of interventions closed at the end of {last_day}; later requests speak time permitting.", last_day=last_day),
            severity=Severity.INFO,
        )


def _interpreter_reminders(view: LiveView, settings: ReminderSettings) -> Iterable[PlannedReminder]:
    """Hand-overs in the booths, counted from the first segment's actual start (see interpretation.shifts)."""
    interpretation = view.interpretation
    if interpretation is None or view.sitting.status != "open" or not settings.interpreter_turn_minutes:
        return
    began = min((s.actual_start for s in view.segments if s.actual_start is not None), default=None)
    if began is None:
        return  # nothing has started: no interpreter has worked yet
    teams = [(b.label, b.interpreters) for b in interpretation.booths]
    for change in turn_changes(began, view.sitting.projected_end, teams, settings.interpreter_turn_minutes):
        booths = and_list(list(change.booths))
        booths = _("{languages} booths", languages=booths) if len(change.booths) > 1 else _("{languages} booth", languages=booths)
        minutes = _spoken(change.number * settings.interpreter_turn_minutes * 60)
        at = change.at.astimezone(UTC)
        yield PlannedReminder(
            key=f"interpreter_turn:{change.number}",
            kind=NoticeKind.INTERPRETER_TURN,
            at=at,
            until=at + dt.timedelta(minutes=5),
            text=_("Interpreters change over now in the {booths} ({minutes} since {time}).", booths=booths, minutes=minutes, time=_hhmm(began, began)),
            late_text=_("Interpreters were due to change over in the {booths} at {time}.", booths=booths, time=_hhmm(at, began)),
            severity=Severity.INFO,
        )


def _projected_start(seg: SegmentView, offset: dt.timedelta) -> dt.datetime:
    assert seg.planned_start is not None
    return (seg.planned_start + offset).astimezone(UTC)


def _hhmm(moment: dt.datetime, zone_of: dt.datetime | None) -> str:
    """A clock time in the meeting's zone (the zone the plan's datetimes carry); seconds only when not :00."""
    zone = zone_of.tzinfo if zone_of is not None and zone_of.tzinfo is not None else UTC
    local = moment.astimezone(zone)
    return i18n.time(local, seconds=bool(local.second))


def _spoken(seconds: float) -> str:
    """30 seconds, 1 minute, 5 minutes, 1 hour, 1 day: the largest whole unit, in the chosen language."""
    return i18n.duration(seconds)


# --------------------------------------------------------------------------- the jobs


@dataclass
class Reminders:
    """Keeps the scheduler's jobs in step with a live sitting and delivers what they announce.

    ``scheduler`` is an APScheduler 3 ``AsyncIOScheduler`` (started or not; its loop runs the
    jobs); ``clock`` the engine's clock; ``notify`` receives every :class:`Notice` on the loop.
    """

    sitting: LiveSitting
    scheduler: BaseScheduler  # an AsyncIOScheduler in the app
    clock: Clock
    notify: Callable[[Notice], None]
    settings: ReminderSettings = field(default_factory=ReminderSettings)
    deadline: dt.datetime | None = None  # registration deadline: meeting_deadline(store, sitting_id)
    warning_seconds: float | None = None  # speaker warning threshold; read from the engine when None
    # "Is somebody watching the timer?" (the UI: the console is the active window). While it says
    # yes, speaker warnings are not sent: the screen already shows amber and red.
    watched: Callable[[], bool] | None = None
    _scheduled: dict[str, PlannedReminder] = field(default_factory=dict, init=False, repr=False)
    _delivered: set[str] = field(default_factory=set, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.warning_seconds is None:
            self.warning_seconds = float(self.sitting.settings.warning_seconds)
        self.scheduler.add_listener(self._on_job_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)
        self.sitting.subscribe(self._on_change)
        self.replan()

    # -- planning

    def plan(self) -> list[PlannedReminder]:
        """The reminders the current state calls for (also those already delivered or past)."""
        view = self.sitting.view()
        return due_reminders(
            view,
            view.now,  # the instant the view was computed at, so its figures agree
            self.settings,
            warning_seconds=self.warning_seconds or 0.0,
            deadline=self.deadline,
        )

    def scheduled(self) -> list[PlannedReminder]:
        """The reminders waiting for their time, soonest first."""
        return sorted(self._scheduled.values(), key=lambda r: (r.at, r.key))

    def replan(self) -> None:
        """Bring the jobs in line with the current state: add, move and drop."""
        if self._closed:
            return
        now = self.clock.utc()
        wanted = {r.key: r for r in self.plan() if r.at > now and r.key not in self._delivered}
        for key, old in list(self._scheduled.items()):
            if key in wanted:
                continue
            if old.at <= now:
                continue  # due already: the scheduler runs it or reports it missed
            self._remove_job(key)
        for key, r in wanted.items():
            held = self._scheduled.get(key)
            if held is None or not _same(held, r):
                self._add_job(r)

    def close(self) -> None:
        """Stop: drop every job, stop listening to the sitting and the scheduler."""
        self._closed = True
        for key in list(self._scheduled):
            self._remove_job(key)
        self.sitting.unsubscribe(self._on_change)
        self.scheduler.remove_listener(self._on_job_event)

    def _on_change(self, _change: Change) -> None:
        self.replan()

    def _add_job(self, r: PlannedReminder) -> None:
        if r.key in self._scheduled:
            # remove, then add: a scheduler not started yet keeps replaced jobs side by side
            self._remove_job(r.key)
        self.scheduler.add_job(
            self._fire,
            "date",
            run_date=r.at,
            args=[r.key],
            id=JOB_PREFIX + r.key,
            name=r.kind.value,
            misfire_grace_time=self.settings.misfire_grace_seconds,
            coalesce=True,
        )
        self._scheduled[r.key] = r

    def _remove_job(self, key: str) -> None:
        self._scheduled.pop(key, None)
        try:
            self.scheduler.remove_job(JOB_PREFIX + key)
        except JobLookupError:  # it has already run
            pass

    # -- delivery

    async def _fire(self, key: str) -> None:
        """The job: on time, deliver what the state *now* calls for.

        Between two changes the plan can still drift: while a segment overruns, the segments
        after it slip later with no command. So the reminder is checked once more: gone from
        the plan, it is dropped; moved later, it waits for its new time; else it is delivered.
        """
        if key not in self._scheduled or key in self._delivered or self._closed:
            return
        current = self._current(key)
        if current is None:
            self._scheduled.pop(key, None)
            return
        if current.at - self.clock.utc() > RESCHEDULE_AFTER:
            self._add_job(current)
            return
        self._scheduled[key] = current  # kept until delivered, so a failure can name it
        self._deliver(current, late=False)
        self._scheduled.pop(key, None)

    def _current(self, key: str) -> PlannedReminder | None:
        return next((r for r in self.plan() if r.key == key), None)

    def _deliver(self, r: PlannedReminder, *, late: bool) -> None:
        self._delivered.add(r.key)
        if r.kind in SPEAKER_KINDS and self.watched is not None and self.watched():
            return
        self.notify(r.notice(late=late))

    def _on_job_event(self, event: JobExecutionEvent) -> None:
        if not event.job_id.startswith(JOB_PREFIX) or self._closed:
            return
        key = event.job_id[len(JOB_PREFIX) :]
        if event.code == EVENT_JOB_MISSED:
            self._on_missed(key)
        else:
            self._on_error(key, event)

    def _on_missed(self, key: str) -> None:
        planned = self._scheduled.pop(key, None)
        if key in self._delivered:
            return
        # judge it against the state now, not the state when it was planned
        current = self._current(key)
        if current is None:
            log.info("dropped stale reminder %s (planned for %s)", key, planned and planned.at)
            return
        if current.at - self.clock.utc() > RESCHEDULE_AFTER:
            self._add_job(current)  # its moment slipped past the sleep: it is not late yet
            return
        self._deliver(current, late=True)
        self.replan()

    def _on_error(self, key: str, event: JobExecutionEvent) -> None:
        r = self._scheduled.pop(key, None)
        what = _("the reminder “{text}”", text=r.text) if r is not None else _("a reminder")
        notice = Notice(
            kind=NoticeKind.REMINDER_FAILED,
            text=_("MeetingDesk could not deliver {what}: {error}", what=what, error=event.exception),
            at=(event.scheduled_run_time or self.clock.utc()).astimezone(UTC),
            severity=Severity.ERROR,
            segment_id=r.segment_id if r else None,
            entry_id=r.entry_id if r else None,
        )
        try:
            self.notify(notice)
        except Exception:
            log.exception("could not report a failed reminder: %s", notice.text)


def _same(a: PlannedReminder, b: PlannedReminder) -> bool:
    """The same reminder at the same moment (to the millisecond: the clocks are floats)."""
    def close(x: dt.datetime | None, y: dt.datetime | None) -> bool:
        return x == y if x is None or y is None else abs(x - y) < dt.timedelta(milliseconds=1)

    return a.text == b.text and close(a.at, b.at) and close(a.until, b.until)


def meeting_deadline(store: Store, sitting_id: int) -> dt.datetime | None:
    """The registration deadline of the meeting a sitting belongs to (see :func:`registration_deadline`)."""
    with store.session() as session:
        sitting = session.get(Sitting, sitting_id)
        if sitting is None:
            raise LookupError(f"there is no sitting with id {sitting_id}")
        meeting = sitting.meeting
        return registration_deadline(meeting.registration_deadline, meeting.time_zone)


__all__ = [
    "Notice",
    "NoticeKind",
    "PlannedReminder",
    "ReminderSettings",
    "Reminders",
    "Severity",
    "due_reminders",
    "meeting_deadline",
    "registration_deadline",
]

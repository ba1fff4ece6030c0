"""Reminders: which are due when (pure, on a fake clock), how the jobs follow the live state,
and that the real AsyncIOScheduler fires them, reports missed ones and failures."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.schedule import (
    NoticeKind,
    Reminders,
    ReminderSettings,
    Severity,
    due_reminders,
    meeting_deadline,
    registration_deadline,
)
from meetingdesk.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
from sample_sitting import add_programme  # noqa: E402

UTC = dt.timezone.utc
START = dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC)  # 14:00 in Geneva


def utc(hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """A Geneva clock time on 14 March 2025 (CET, UTC+1), as aware UTC."""
    return dt.datetime(2025, 3, 14, hh - 1, mm, ss, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'live.sqlite'}")


@pytest.fixture
def clock():
    return FakeClock(utc(13, 50))


@pytest.fixture
def live(store, clock):
    sitting = LiveSitting.open(store, add_programme(store, START), clock)
    yield sitting
    sitting.close()


def plan(live):
    view = live.view()
    return due_reminders(view, view.now, warning_seconds=live.settings.warning_seconds)


def by_key(reminders):
    return {r.key: r for r in reminders}


def panel_id(live):
    return live.view().segments[1].id


def qa_id(live):
    return live.view().segments[2].id


# --------------------------------------------------------------------------- the plan


def test_before_the_sitting_every_segment_is_announced_five_and_one_minute_ahead(live):
    reminders = plan(live)
    assert [(r.at, r.text) for r in reminders] == [
        (utc(13, 55), "‘Setting the scene’ starts in 5 minutes, at 14:00."),
        (utc(13, 59), "‘Setting the scene’ starts in 1 minute, at 14:00."),
        (utc(14, 5), "‘Actions taken and remaining challenges’ starts in 5 minutes, at 14:10."),
        (utc(14, 9), "‘Actions taken and remaining challenges’ starts in 1 minute, at 14:10."),
        (utc(14, 29), "‘Q&A’ starts in 5 minutes, at 14:34."),
        (utc(14, 33), "‘Q&A’ starts in 1 minute, at 14:34."),
    ]
    assert {r.kind for r in reminders} == {NoticeKind.SEGMENT_STARTING}
    assert all(r.severity == Severity.INFO for r in reminders)


def test_the_leads_are_configurable(live):
    view = live.view()
    reminders = due_reminders(view, view.now, ReminderSettings(segment_start_leads=(600,)))
    assert [(r.at, r.text) for r in reminders] == [
        (utc(13, 50), "‘Setting the scene’ starts in 10 minutes, at 14:00."),
        (utc(14, 0), "‘Actions taken and remaining challenges’ starts in 10 minutes, at 14:10."),
        (utc(14, 24), "‘Q&A’ starts in 10 minutes, at 14:34."),
    ]


def test_a_running_segment_is_announced_five_minutes_before_its_end_and_at_its_end(live, clock):
    clock.advance(10 * 60)  # 14:00
    live.open_sitting()
    live.start_segment()
    ending = [r for r in plan(live) if r.segment_id == live.view().segments[0].id]
    assert [(r.kind, r.at, r.text, r.severity) for r in ending] == [
        (NoticeKind.SEGMENT_ENDING, utc(14, 5), "‘Setting the scene’ ends in 5 minutes, at 14:10.", Severity.WARNING),
        (NoticeKind.SEGMENT_END, utc(14, 10), "‘Setting the scene’ has reached its planned end (14:10).", Severity.ALERT),
    ]


def test_a_late_start_moves_the_rest_of_the_day_and_says_the_exact_time(live, clock):
    clock.advance(10 * 60 + 30)  # opened 30 s late
    live.open_sitting()
    live.start_segment()
    r = by_key(plan(live))
    assert r["segment_end:1"].at == utc(14, 10, 30)
    assert r["segment_end:1"].text == "‘Setting the scene’ has reached its planned end (14:10:30)."
    assert r[f"segment_starting:{panel_id(live)}:60"].at == utc(14, 9, 30)


def test_the_speaker_entering_the_warning_phase_and_running_out_of_time(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    live.call_next()  # the chair, 5 minutes
    speaker = by_key(plan(live))
    entry = live.view().speaker.entry_id
    warning, up = speaker[f"speaker_warning:{entry}"], speaker[f"speaker_time_up:{entry}"]
    assert (warning.at, warning.text, warning.severity) == (
        utc(14, 4, 30), "Dr. Najat Maalla M'jid has 30 seconds left.", Severity.WARNING)
    assert (up.at, up.text, up.severity) == (utc(14, 5), "Dr. Najat Maalla M'jid: speaking time is up.", Severity.ALERT)
    assert warning.entry_id == entry and warning.segment_id == live.view().current_segment.id


def test_a_pause_holds_the_speaker_reminders_and_a_resume_moves_them_by_the_pause(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    entry = live.view().speaker.entry_id
    clock.advance(60)
    live.pause()
    assert not [r for r in plan(live) if r.entry_id == entry]  # a paused clock does not run out
    clock.advance(90)
    live.resume()
    assert by_key(plan(live))[f"speaker_warning:{entry}"].at == utc(14, 6)  # 14:04:30 + 90 s


def test_an_extension_moves_the_warning(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    entry = live.view().speaker.entry_id
    live.extend(30)
    assert by_key(plan(live))[f"speaker_warning:{entry}"].at == utc(14, 5)
    live.extend(-30)
    live.extend(-30)
    assert by_key(plan(live))[f"speaker_warning:{entry}"].at == utc(14, 4)


def _to_panel(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    clock.advance(10 * 60)
    live.start_segment()  # the panel, at 14:10
    live.call_next()  # Panellist 1


def test_an_online_speaker_is_flagged_and_a_protected_one_is_never_named(live, clock):
    _to_panel(live, clock)
    clock.advance(60)
    live.call_next()  # Panellist 2: a protected survivor leader
    r = by_key(plan(live))[f"speaker_warning:{live.view().speaker.entry_id}"]
    assert r.text == "Survivor leader has 30 seconds left."
    assert "Panellist 2" not in r.text and "Panellist 2" not in r.late_text
    clock.advance(60)
    live.call_next()  # Panellist 3: online
    r = by_key(plan(live))[f"speaker_time_up:{live.view().speaker.entry_id}"]
    assert r.text == "Ms. Panellist 3: speaking time is up (online: cannot see the room timer)."


def test_time_passed_reminders_stay_in_the_plan_only_while_they_still_matter(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    clock.advance(12 * 60)  # 14:12: the opening runs 2 minutes over
    r = by_key(plan(live))
    assert r["segment_end:1"].at == utc(14, 10)  # past, but its overrun still matters
    assert r["segment_end:1"].late_text == "‘Setting the scene’ is running over its planned end (14:10)."
    assert "segment_ending:1:300" not in r  # "ends in 5 minutes" is stale once it has ended
    assert f"segment_starting:{panel_id(live)}:300" not in r  # the panel should have started already


def test_a_skipped_segment_has_no_reminders(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.skip_segment(panel_id(live))
    assert not [r for r in plan(live) if r.segment_id == panel_id(live)]


def test_a_closed_sitting_has_no_segment_reminders(live, clock):
    clock.advance(10 * 60)
    live.open_sitting()
    live.close_sitting()
    assert plan(live) == []


def test_the_registration_deadline_is_the_end_of_its_day_in_the_meeting_zone():
    # "by 29 March": Geneva moves to summer time in the night of 30 March, after the deadline
    assert registration_deadline(dt.date(2025, 3, 29), "Europe/Zurich") == dt.datetime(2025, 3, 29, 23, 0, tzinfo=UTC)
    assert registration_deadline(dt.date(2025, 7, 15), "Europe/Zurich") == dt.datetime(2025, 7, 15, 22, 0, tzinfo=UTC)
    assert registration_deadline(None, "Europe/Zurich") is None


def test_the_registration_deadline_is_announced_the_day_before_and_when_it_passes(store, clock):
    sitting_id = add_programme(store, START, registration_deadline=dt.date(2025, 3, 13))
    deadline = meeting_deadline(store, sitting_id)
    assert deadline == dt.datetime(2025, 3, 13, 23, 0, tzinfo=UTC)
    with LiveSitting.open(store, sitting_id, FakeClock(dt.datetime(2025, 3, 12, 9, 0, tzinfo=UTC))) as live:
        view = live.view()
        r = by_key(due_reminders(view, view.now, deadline=deadline))
    closing, closed = r["registration_closing:86400"], r["registration_closed"]
    assert closing.at == dt.datetime(2025, 3, 12, 23, 0, tzinfo=UTC)
    assert closing.text == "Registration of interventions closes in 1 day, at the end of Thursday, 13 March 2025."
    assert closed.at == deadline
    assert closed.text.startswith("Registration of interventions closed at the end of Thursday, 13 March 2025;")


# --------------------------------------------------------------------------- the jobs follow the state


@pytest.fixture
def scheduler():
    return AsyncIOScheduler(timezone=UTC)  # not started: jobs wait in it, nothing runs


def job_time(scheduler, key):
    job = scheduler.get_job("reminder:" + key)
    return None if job is None else job.trigger.run_date


def test_jobs_are_planned_at_once_and_follow_a_delay(live, clock, scheduler):
    reminders = Reminders(live, scheduler, clock, notify=lambda n: None)
    qa = qa_id(live)
    assert job_time(scheduler, f"segment_starting:{panel_id(live)}:300") == utc(14, 5)
    assert job_time(scheduler, f"segment_starting:{qa}:300") == utc(14, 29)
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    clock.advance(13 * 60)  # the opening runs 3 minutes over
    live.overrun_to_delay()
    assert job_time(scheduler, f"segment_starting:{qa}:300") == utc(14, 32)  # the rest of the day moves
    assert job_time(scheduler, f"segment_starting:{qa}:60") == utc(14, 36)
    live.start_segment()  # the panel, at 14:13
    assert job_time(scheduler, f"segment_end:{panel_id(live)}") == utc(14, 37)  # its 24 minutes from 14:13
    assert job_time(scheduler, f"segment_ending:{panel_id(live)}:300") == utc(14, 32)
    assert [r.key for r in reminders.scheduled()] == sorted(
        (j.id.removeprefix("reminder:") for j in scheduler.get_jobs()),
        key=lambda k: (job_time(scheduler, k), k),
    )


def test_a_skip_drops_the_segment_jobs(live, clock, scheduler):
    Reminders(live, scheduler, clock, notify=lambda n: None)
    clock.advance(60)
    live.open_sitting()
    live.skip_segment(qa_id(live))
    assert job_time(scheduler, f"segment_starting:{qa_id(live)}:300") is None
    assert job_time(scheduler, f"segment_starting:{panel_id(live)}:300") == utc(14, 5)


def test_speaker_jobs_follow_pause_resume_and_the_next_speaker(live, clock, scheduler):
    Reminders(live, scheduler, clock, notify=lambda n: None)
    clock.advance(10 * 60)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    chair = live.view().speaker.entry_id
    assert job_time(scheduler, f"speaker_warning:{chair}") == utc(14, 4, 30)
    live.pause()
    assert job_time(scheduler, f"speaker_warning:{chair}") is None
    clock.advance(20)
    live.resume()
    assert job_time(scheduler, f"speaker_warning:{chair}") == utc(14, 4, 50)
    live.end_speaker()
    assert not [j for j in scheduler.get_jobs() if "speaker" in j.id]


def test_close_drops_every_job_and_ignores_later_changes(live, clock, scheduler):
    reminders = Reminders(live, scheduler, clock, notify=lambda n: None)
    reminders.close()
    clock.advance(60)
    live.open_sitting()
    assert scheduler.get_jobs() == [] and reminders.scheduled() == []


# --------------------------------------------------------------------------- the real scheduler


def real_now() -> dt.datetime:
    return dt.datetime.now(UTC)


async def _wait_for(condition, timeout: float = 3.0) -> None:
    async def poll():
        while not condition():
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), timeout)


def _run(store, clock, deadline, settings, notify, *, after_start=None, done):
    """Run Reminders on a real AsyncIOScheduler until ``done()`` holds (or fail after 3 s)."""

    async def main():
        scheduler = AsyncIOScheduler(timezone=UTC)
        sitting_id = add_programme(store, START)
        with LiveSitting.open(store, sitting_id, clock) as live:
            reminders = Reminders(live, scheduler, clock, notify, settings=settings, deadline=deadline)
            if after_start is not None:
                after_start(scheduler, reminders)
            scheduler.start()
            try:
                await _wait_for(done)
            finally:
                scheduler.shutdown(wait=False)
                await asyncio.sleep(0)  # let the shutdown run on the loop
        return reminders

    return asyncio.run(main())


ONLY_DEADLINE = ReminderSettings(segment_start_leads=(), segment_end_leads=(), segment_end=False,
                                 speaker_warning=False, speaker_time_up=False, registration_leads=())


def test_the_scheduler_fires_a_job_on_time_and_the_job_only_notifies(store):
    now = real_now()
    clock = FakeClock(now)  # the app's clock agrees with the scheduler's
    notices = []
    _run(store, clock, now + dt.timedelta(milliseconds=40), ONLY_DEADLINE, notices.append,
         done=lambda: notices)
    assert [(n.kind, n.late) for n in notices] == [(NoticeKind.REGISTRATION_CLOSED, False)]
    assert "(missed" not in notices[0].text


def test_after_sleep_a_reminder_that_still_matters_is_delivered_once_marked_late_and_a_stale_one_dropped(store):
    now = real_now()
    clock = FakeClock(now - dt.timedelta(seconds=120))  # the jobs are planned two minutes "before"
    deadline = now - dt.timedelta(seconds=30)  # ... then the lid closes, and opens after the deadline
    settings = ReminderSettings(segment_start_leads=(), segment_end_leads=(), segment_end=False,
                                speaker_warning=False, speaker_time_up=False,
                                registration_leads=(60,), misfire_grace_seconds=5)
    notices, missed = [], []

    def wake(scheduler, reminders):
        assert [r.key for r in reminders.scheduled()] == ["registration_closing:60", "registration_closed"]
        scheduler.add_listener(lambda e: missed.append(e.job_id), EVENT_JOB_MISSED)
        clock.advance(120)  # the computer wakes up: now the app's clock says what the scheduler sees

    _run(store, clock, deadline, settings, notices.append, after_start=wake, done=lambda: len(missed) == 2)
    # "closes in 1 minute" is stale once registration has closed: dropped
    assert [(n.kind, n.late) for n in notices] == [(NoticeKind.REGISTRATION_CLOSED, True)]
    assert notices[0].text.endswith("(missed while the computer was asleep)")
    assert notices[0].at == deadline


def test_a_failing_job_is_reported_as_a_notice(store):
    now = real_now()
    clock = FakeClock(now)
    notices = []

    def notify(notice):
        notices.append(notice)
        if notice.kind != NoticeKind.REMINDER_FAILED:
            raise OSError("the notification area is not available")

    _run(store, clock, now + dt.timedelta(milliseconds=20), ONLY_DEADLINE, notify, done=lambda: len(notices) == 2)
    failed = notices[1]
    assert failed.kind == NoticeKind.REMINDER_FAILED and failed.severity == Severity.ERROR
    assert "the notification area is not available" in failed.text
    assert "Registration of interventions closed" in failed.text


def test_a_start_reminder_that_slipped_while_a_segment_overran_waits_for_its_new_time(store):
    now = real_now()
    clock = FakeClock(now - dt.timedelta(minutes=20))
    settings = ReminderSettings(segment_start_leads=(23 * 60,), segment_end_leads=(), segment_end=False,
                                speaker_warning=False, speaker_time_up=False, registration_leads=(),
                                registration_closed=False)
    notices, moved = [], []

    async def main():
        scheduler = AsyncIOScheduler(timezone=UTC)
        with LiveSitting.open(store, add_programme(store, clock.utc()), clock) as live:
            live.open_sitting()
            live.start_segment()  # the 10-minute opening, on time
            clock.advance(19 * 60)  # 9 minutes over, no command since: nothing re-planned the day
            qa = f"segment_starting:{qa_id(live)}:{23 * 60}"
            reminders = Reminders(live, scheduler, clock, notices.append, settings=settings)
            # the Q&A follows a 24-minute panel: "starts in 23 minutes" is due in one minute
            assert job_time(scheduler, qa) == clock.utc() + dt.timedelta(seconds=60)
            clock.advance(60)  # ... and the opening is still running: the Q&A slips by that minute
            scheduler.start()
            planned = job_time(scheduler, qa)
            await _wait_for(lambda: job_time(scheduler, qa) != planned)
            moved.append(job_time(scheduler, qa) - planned)
            scheduler.shutdown(wait=False)
            await asyncio.sleep(0)
            reminders.close()

    asyncio.run(main())
    assert notices == []
    assert moved == [dt.timedelta(seconds=60)]


@pytest.mark.parametrize("watching", [False, True])
def test_the_speaker_warning_reaches_a_moderator_who_is_not_watching_the_timer(store, watching):
    now = real_now()
    clock = FakeClock(now - dt.timedelta(seconds=270))
    settings = ReminderSettings(segment_start_leads=(), segment_end_leads=(), segment_end=False,
                                speaker_time_up=False, registration_leads=(), registration_closed=False)
    notices = []

    async def main():
        scheduler = AsyncIOScheduler(timezone=UTC)
        with LiveSitting.open(store, add_programme(store, clock.utc()), clock) as live:
            live.open_sitting()
            live.start_segment()
            live.call_next()  # the chair, 5 minutes: 30 seconds left in 270 seconds
            key = f"speaker_warning:{live.view().speaker.entry_id}"
            reminders = Reminders(live, scheduler, clock, notices.append, settings=settings,
                                  watched=lambda: watching)
            executed = []
            scheduler.add_listener(lambda e: executed.append(e.job_id), EVENT_JOB_EXECUTED)
            clock.advance(270)
            scheduler.start()
            await _wait_for(lambda: "reminder:" + key in executed)
            scheduler.shutdown(wait=False)
            await asyncio.sleep(0)
            reminders.close()

    asyncio.run(main())
    if watching:
        assert notices == []  # the console shows amber: no need to say it twice
    else:
        assert [(n.kind, n.text, n.late) for n in notices] == [
            (NoticeKind.SPEAKER_WARNING, "Dr. Najat Maalla M'jid has 30 seconds left.", False)]

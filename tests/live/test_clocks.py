"""Clocks from timestamps: speaker, segment and sitting, on a fake clock."""

from __future__ import annotations

import datetime as dt

from meetingdesk.live import LiveSettings, LiveSitting
from refusals import assert_refused

MIN = 60


def at(clock, hh, mm, ss=0):
    """Move the fake clock to hh:mm:ss Geneva time (CET = UTC+1) on 14 March 2025."""
    target = dt.datetime(2025, 3, 14, hh - 1, mm, ss, tzinfo=dt.timezone.utc)
    clock.advance((target - clock.utc()).total_seconds())


def geneva(view, hh, mm, ss=0):
    return dt.datetime(2025, 3, 14, hh, mm, ss, tzinfo=view.now.tzinfo)


def test_speaker_phases_normal_warning_danger_overtime(live, clock):
    at(clock, 14, 0)
    live.open_sitting()
    live.start_segment()
    live.call_next()  # the moderator, 5 min
    clock.advance(269)
    v = live.view()
    assert (v.speaker.phase, v.speaker.remaining, v.speaker.display_seconds) == ("normal", 31, 31)
    clock.advance(1)
    assert live.view().speaker.phase == "warning"  # 30 s left: amber
    clock.advance(30)
    v = live.view()
    assert (v.speaker.phase, v.speaker.remaining, v.speaker.overtime) == ("danger", 0, 0)
    clock.advance(12)
    v = live.view()
    assert (v.speaker.phase, v.speaker.remaining, v.speaker.overtime) == ("overtime", 0, 12)
    assert v.speaker.display_seconds == -12  # counting up past zero


def test_thresholds_and_stop_at_zero_are_settings(store, hrc, clock):
    settings = LiveSettings(warning_seconds=60, danger_seconds=10, stop_at_zero=True)
    live = LiveSitting.open(store, hrc, clock, settings)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(239)
    assert live.view().speaker.phase == "normal"
    clock.advance(1)
    assert live.view().speaker.phase == "warning"
    clock.advance(50)
    assert live.view().speaker.phase == "danger"  # 10 s left: red already
    clock.advance(25)
    v = live.view()
    assert v.speaker.phase == "overtime" and v.speaker.overtime == 15
    assert v.speaker.display_seconds == 0 and v.speaker.stop_at_zero  # the speaker's screen stays at 0:00
    live.close()


def test_elapsed_excludes_pauses_and_extensions_move_the_limit(live, clock):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(100)
    live.pause()
    clock.advance(600)  # a long interruption
    live.resume()
    clock.advance(200)
    v = live.view()
    assert v.speaker.elapsed == 300 and v.speaker.phase == "danger"
    live.extend(30)
    v = live.view()
    assert (v.speaker.allotment, v.speaker.remaining, v.speaker.phase) == (330, 30, "warning")


def test_a_range_gives_the_max_as_limit_and_shows_the_min(live, clock):
    live.open_sitting()
    live.start_segment()
    live.start_segment()  # the panel: "3-5 mins each"
    live.call_next()
    v = live.view()
    assert (v.speaker.allotment, v.speaker.min_allotment) == (300, 180)


def test_floor_requests_get_the_meetings_intervention_limit(live, clock):
    live.open_sitting()
    live.start_segment()
    change = live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state")
    assert next(e for e in live.view().queue if e.entry_id == change.entry_id).allotment == 120


def test_a_timer_after_three_hours_is_as_exact_as_after_three_seconds(live, clock):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    for _ in range(3 * 3600 * 4):  # a UI tick every 250 ms for three hours
        clock.advance(0.25)
    v = live.view()
    assert v.speaker.elapsed == 3 * 3600
    assert v.current_segment.elapsed == 3 * 3600


def test_a_wall_clock_jump_does_not_stretch_a_speakers_time(live, clock):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(100)
    clock.set_wall(clock.utc() + dt.timedelta(minutes=7))  # NTP correction mid-sitting
    clock.advance(20)
    assert live.view().speaker.elapsed == 120


def test_segment_clock_elapsed_remaining_overrun(live, clock):
    at(clock, 14, 2)
    live.open_sitting()
    live.start_segment()
    at(clock, 14, 15)
    seg = live.view().current_segment
    assert (seg.elapsed, seg.remaining, seg.overrun) == (13 * MIN, 7 * MIN, 0)
    assert seg.actual_start == geneva(live.view(), 14, 2)
    at(clock, 14, 25)
    seg = live.view().current_segment
    assert (seg.elapsed, seg.remaining, seg.overrun) == (23 * MIN, 0, 3 * MIN)
    live.end_segment()
    done = live.view().segments[0]
    assert (done.status, done.elapsed, done.overrun) == ("done", 23 * MIN, 3 * MIN)
    assert done.actual_end == geneva(live.view(), 14, 25)


def test_offset_and_projected_end(live, clock):
    v = live.view()
    assert v.sitting.offset_seconds == 0  # 13:30, not yet started: on time
    at(clock, 14, 3)
    v = live.view()
    assert v.sitting.offset_seconds == 3 * MIN  # the start is already late
    live.open_sitting()
    live.start_segment()
    v = live.view()
    assert v.sitting.offset_seconds == 3 * MIN
    assert v.sitting.projected_end == geneva(v, 15, 3)
    at(clock, 14, 25)  # 2 min of overrun on top of the late start
    v = live.view()
    assert v.sitting.offset_seconds == 5 * MIN and v.sitting.projected_end == geneva(v, 15, 5)
    live.end_segment()
    at(clock, 14, 26)  # between segments: the panel is due at 14:20
    assert live.view().sitting.offset_seconds == 6 * MIN
    live.start_segment()
    at(clock, 14, 40)
    live.end_segment()  # the panel ran 14 min of its 25: the sitting catches up
    v = live.view()
    assert v.sitting.offset_seconds == -5 * MIN
    assert v.sitting.projected_end == geneva(v, 14, 55)
    live.skip_segment(v.segments[2].id)  # no Q&A: 10 more minutes ahead
    v = live.view()
    assert v.sitting.offset_seconds == -15 * MIN and v.sitting.projected_end == geneva(v, 14, 45)
    live.start_segment()
    at(clock, 14, 46)
    live.end_segment()
    v = live.view()
    assert v.sitting.projected_end == geneva(v, 14, 46)  # nothing left: it ends when it is closed
    at(clock, 14, 47)
    live.close_sitting()
    at(clock, 15, 30)
    v = live.view()
    assert v.sitting.actual_end == geneva(v, 14, 47)
    assert v.sitting.offset_seconds == -13 * MIN and v.sitting.projected_end == geneva(v, 14, 47)


def test_a_sitting_opened_early_is_on_time_not_ahead(live, clock):
    at(clock, 13, 55)  # the chair opens the sitting five minutes before 14:00
    live.open_sitting()
    v = live.view()
    assert v.sitting.offset_seconds == 0
    assert v.sitting.projected_end == geneva(v, 15, 0)


def test_a_late_start_becomes_delay_with_one_key(live, clock):
    at(clock, 14, 12)  # the room was not ready: twelve minutes late
    live.open_sitting()
    live.start_segment()
    v = live.view()
    assert v.sitting.offset_seconds == 12 * MIN and v.sitting.projected_end == geneva(v, 15, 12)
    live.overrun_to_delay()
    v = live.view()
    assert v.sitting.offset_seconds == 0 and v.sitting.delay_seconds == 12 * MIN
    assert v.current_segment.planned_start == geneva(v, 14, 12)
    assert [s.planned_start for s in v.segments[1:]] == [geneva(v, 14, 32), geneva(v, 14, 57), geneva(v, 15, 7)]
    assert v.sitting.projected_end == geneva(v, 15, 12)
    at(clock, 14, 30)
    assert live.view().current_segment.remaining == 2 * MIN  # its full 20 minutes, from 14:12


def test_a_sitting_opened_on_another_day_runs_as_a_rehearsal_from_now(live, clock):
    clock.advance(20 * 24 * 3600)  # three weeks after the programmed date, at 13:30
    live.open_sitting()
    v = live.view()
    assert v.sitting.rehearsal_shift > 0
    opened = v.sitting.actual_start
    assert v.sitting.planned_start == opened and v.sitting.offset_seconds == 0
    assert v.sitting.projected_end == opened + dt.timedelta(hours=1)
    live.start_segment()
    clock.advance(5 * MIN)
    v = live.view()
    assert v.current_segment.planned_start == opened and v.current_segment.remaining == 15 * MIN
    assert v.sitting.offset_seconds == 0


def test_a_rehearsal_can_be_refused_to_keep_the_programmed_times(live, clock):
    clock.advance(20 * 24 * 3600)
    live.open_sitting(rehearsal=False)
    v = live.view()
    assert v.sitting.rehearsal_shift == 0 and v.sitting.planned_start == geneva(v, 14, 0)


def test_overrun_to_delay_shifts_the_rest_of_the_plan(store, live, clock):
    at(clock, 14, 0)
    live.open_sitting()
    live.start_segment()
    at(clock, 14, 24)
    v = live.view()
    assert v.current_segment.overrun == 4 * MIN and v.sitting.offset_seconds == 4 * MIN
    live.overrun_to_delay()
    v = live.view()
    assert v.sitting.delay_seconds == 4 * MIN
    assert v.sitting.offset_seconds == 0  # on time against the shifted plan
    assert v.sitting.planned_end == geneva(v, 15, 0)  # as programmed
    assert v.sitting.projected_end == geneva(v, 15, 4)
    assert v.current_segment.overrun == 0 and v.current_segment.planned_end == geneva(v, 14, 24)
    assert [s.planned_start for s in v.segments[1:]] == [geneva(v, 14, 24), geneva(v, 14, 49), geneva(v, 14, 59)]
    assert v.segments[-1].planned_end == geneva(v, 15, 4)
    assert_refused(store, live, live.overrun_to_delay, reason="has not overrun its time")
    at(clock, 14, 25)  # a further minute goes on the offset again
    v = live.view()
    assert v.sitting.offset_seconds == MIN and v.sitting.projected_end == geneva(v, 15, 5)

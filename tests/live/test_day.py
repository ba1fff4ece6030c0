"""Rehearsal or the real day: decided when the console opens, before anything starts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from meetingdesk.live import DayDecision, FakeClock, LiveSitting
from sample_sitting import add_programme

MIN = 60
HOUR = 3600
GENEVA = ZoneInfo("Europe/Zurich")


def test_a_sitting_programmed_on_another_day_says_rehearsal_and_shows_no_lateness_before_it_opens(live, clock):
    clock.advance(20 * 24 * HOUR)  # three weeks after the programmed date
    decision = live.day()
    assert isinstance(decision, DayDecision) and decision.mode == "rehearsal"
    assert decision.reason == (
        "This sitting is programmed for Friday, 14 March 2025 at 14:00 CET: opening it now runs it as a rehearsal, "
        "with its plan moved to start when you open it."
    )
    v = live.view()
    assert v.sitting.status == "planned"
    assert v.sitting.offset_seconds == 0  # not "504:00:00 behind" in red before anything starts
    assert v.sitting.projected_end == v.sitting.planned_end
    assert not v.sitting.rehearsal
    live.open_sitting()
    v = live.view()
    assert v.sitting.rehearsal and v.sitting.offset_seconds == 0
    assert live.day().mode == "rehearsal"


def test_on_the_day_the_programmed_times_hold_and_lateness_shows_once_opened(live, clock):
    clock.advance(42 * MIN)  # 14:12, twelve minutes late
    assert live.day().mode == "programmed"
    assert "12 min ago" in live.day().reason
    assert live.view().sitting.offset_seconds == 12 * MIN  # on its day, the start is already late
    live.open_sitting()
    v = live.view()
    assert not v.sitting.rehearsal and v.sitting.offset_seconds == 12 * MIN
    assert live.day() == DayDecision("programmed", "This sitting runs on its programmed times.")


def opened_at(store, sitting, when: dt.datetime) -> LiveSitting:
    return LiveSitting.open(store, sitting, FakeClock(when))


def test_hours_early_on_the_same_day_the_moderator_chooses(store, hrc):
    live = opened_at(store, hrc, dt.datetime(2025, 3, 14, 9, 30, tzinfo=GENEVA))  # the sitting is at 14:00
    decision = live.day()
    assert decision.mode == "ask"
    assert decision.reason == (
        "This sitting is programmed for today at 14:00 CET, in 4 h 30 min: run it now as a rehearsal, with its plan "
        "moved to start when you open it, or keep the programmed times?"
    )
    live.open_sitting()  # None: "ask" keeps the programmed times
    v = live.view()
    assert not v.sitting.rehearsal and v.sitting.planned_start == dt.datetime(2025, 3, 14, 14, 0, tzinfo=GENEVA)
    live.close()


def test_hours_after_the_planned_end_the_moderator_chooses(store, hrc):
    live = opened_at(store, hrc, dt.datetime(2025, 3, 14, 19, 0, tzinfo=GENEVA))  # the sitting ended at 15:00
    decision = live.day()
    assert decision.mode == "ask"
    assert "was programmed to end today at 15:00 CET, 4 h ago" in decision.reason
    live.open_sitting(rehearsal=True)
    v = live.view()
    assert v.sitting.rehearsal and v.sitting.planned_start == v.sitting.actual_start
    live.close()


def test_a_late_night_sitting_opened_after_midnight_is_on_its_day_and_late(store):
    start = dt.datetime(2025, 3, 14, 23, 30, tzinfo=GENEVA)  # 23:30-01:00
    sitting = add_programme(store, start, speakers=6, minutes=10)
    with opened_at(store, sitting, dt.datetime(2025, 3, 15, 0, 5, tzinfo=GENEVA)) as live:  # the next calendar day
        assert live.snapshot.local(live.snapshot.end) == dt.datetime(2025, 3, 15, 1, 0, tzinfo=GENEVA)
        assert live.day().mode == "programmed"
        live.open_sitting()
        v = live.view()
        assert not v.sitting.rehearsal
        assert v.sitting.offset_seconds == 35 * MIN  # its lateness does not disappear
        assert v.sitting.projected_end == dt.datetime(2025, 3, 15, 1, 35, tzinfo=GENEVA)


def test_the_evening_before_is_another_day(store):
    start = dt.datetime(2025, 3, 14, 9, 0, tzinfo=GENEVA)
    sitting = add_programme(store, start)
    with opened_at(store, sitting, dt.datetime(2025, 3, 13, 18, 0, tzinfo=GENEVA)) as live:
        decision = live.day()
        assert decision.mode == "rehearsal"
        assert "programmed for tomorrow at 09:00 CET" in decision.reason

"""The wall clock moves between two openings of a sitting: the clocks resume from the time truly elapsed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.live.journal import journal_event


def speaking_for(live, clock, seconds: float) -> None:
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(seconds)


@pytest.mark.parametrize(("jump", "words"), [(37, "37 s forward"), (3600, "1 h forward"), (-3600, "1 h back")])
def test_a_wall_clock_moved_while_closed_moves_no_running_clock(store, hrc, clock, jump, words):
    live = LiveSitting.open(store, hrc, clock)
    assert live.clock_warning is None
    speaking_for(live, clock, 100)
    live.close()
    clock.advance(20)  # the console is restarted 20 s later ...
    clock.set_wall(clock.utc() + dt.timedelta(seconds=jump))  # ... and the computer's clock was set meanwhile
    again = LiveSitting.open(store, hrc, clock)
    v = again.view()
    assert v.speaker.elapsed == 120 and v.current_segment.elapsed == 120  # not 120 + the jump
    assert again.clock_warning == (
        f"The computer's clock moved {words} since the last action; the clocks resume from the time measured on this machine."
    )
    clock.advance(10)
    again.call_next()  # and the journal goes on on its own timeline
    assert again.events()[-1].at - again.events()[-2].at == 130  # 100 + 20 + 10 s truly elapsed
    again.close()


def test_a_clock_corrected_while_the_sitting_runs_is_right_after_reopening_too(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    speaking_for(live, clock, 60)
    clock.set_wall(clock.utc() + dt.timedelta(seconds=37))  # an NTP correction mid-sitting
    clock.advance(30)
    assert live.view().speaker.elapsed == 90  # while the process runs the clocks are right
    live.extend(30)
    live.close()
    again = LiveSitting.open(store, hrc, clock)
    assert again.view().speaker.elapsed == 90 and again.view().speaker.allotment == 330
    assert again.clock_warning.startswith("The computer's clock moved 37 s forward since the last action")
    again.close()


def test_after_a_restart_of_the_machine_the_wall_clock_is_all_there_is(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    speaking_for(live, clock, 60)
    live.close()
    clock.reboot(seconds=120)  # a power cut: the machine is back two minutes later
    again = LiveSitting.open(store, hrc, clock)
    assert again.view().speaker.elapsed == 180 and again.clock_warning is None
    again.extend(30)
    again.close()
    clock.reboot()
    clock.set_wall(clock.utc() - dt.timedelta(hours=1))  # back with its clock an hour slow
    late = LiveSitting.open(store, hrc, clock)
    assert late.view().speaker.elapsed == 180  # time does not run backwards
    assert late.clock_warning == (
        "The computer's clock reads 1 h earlier than the last action recorded; the clocks resume from the time of that action."
    )
    late.close()


def test_every_event_records_its_monotonic_reading_boot_and_writer(store, hrc):
    clock = FakeClock(dt.datetime(2025, 3, 14, 12, 55, tzinfo=dt.timezone.utc), monotonic=500.0, boot="boot-a")
    with LiveSitting.open(store, hrc, clock) as live:
        live.open_sitting()
        clock.advance(2.5)
        live.start_segment()
    with store.engine.connect() as conn:
        rows = conn.execute(select(journal_event.c.mono, journal_event.c.boot, journal_event.c.host)
                            .order_by(journal_event.c.seq)).all()
    assert [(r.mono, r.boot) for r in rows] == [(500.0, "boot-a"), (502.5, "boot-a")]
    assert all(r.host for r in rows)


def test_events_written_before_readings_were_kept_reopen_on_the_wall_clock(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    speaking_for(live, clock, 60)
    live.close()
    with store.engine.begin() as conn:  # as a journal from before migration 0005
        conn.execute(update(journal_event).values(mono=None, boot=None, host=None))
    clock.advance(15)
    clock.set_wall(clock.utc() + dt.timedelta(seconds=40))
    again = LiveSitting.open(store, hrc, clock)
    assert again.view().speaker.elapsed == 115 and again.clock_warning is None
    again.close()

"""Reopening a sitting mid-way (a crash, a restart): the journal puts every clock where it truly is."""

from __future__ import annotations

import datetime as dt

from meetingdesk.live import LiveSitting
from meetingdesk.store import open_store

MIN = 60


def run_into_the_panel(live, clock):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(5 * MIN)
    live.start_segment()  # the panel
    live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state")
    live.call_next()
    clock.advance(100)
    live.pause()
    clock.advance(20)
    live.resume()
    clock.advance(40)
    live.extend(30)
    live.message("Please conclude")


def test_reopening_mid_sitting_resumes_the_timers_exactly(db_url, store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    run_into_the_panel(live, clock)
    before = live.view()
    assert before.speaker.elapsed == 140 and before.current_segment.elapsed == 160
    live.close()
    store.engine.dispose()  # the application goes away

    clock.advance(7.5)  # and comes back 7.5 s later
    again = LiveSitting.open(open_store(db_url), hrc, clock)
    v = again.view()
    assert v.speaker.name == before.speaker.name
    assert v.speaker.elapsed == 147.5  # the speaker's clock never stopped
    assert v.speaker.allotment == 330 and v.message == "Please conclude"
    assert v.current_segment.elapsed == 167.5
    assert v.sitting.offset_seconds == before.sitting.offset_seconds
    assert [e.name for e in v.queue] == [e.name for e in before.queue]
    assert v.not_heard == before.not_heard
    # and it runs on as if nothing had happened
    again.call_next()
    assert again.view().speaker.name == before.queue[0].name
    again.close()


def test_a_paused_speaker_is_still_paused_after_reopening(db_url, store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(42)
    live.pause()
    live.close()
    clock.advance(600)
    again = LiveSitting.open(store, hrc, clock)
    v = again.view()
    assert v.speaker.paused and v.speaker.elapsed == 42
    again.resume()
    clock.advance(8)
    assert again.view().speaker.elapsed == 50
    again.close()


def test_reopened_view_equals_the_live_view_at_the_same_instant(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    run_into_the_panel(live, clock)
    clock.advance(3)
    again = LiveSitting.open(store, hrc, clock)
    assert again.view() == live.view()
    clock.advance(1234.5)
    assert again.view() == live.view()
    again.close()
    live.close()


def test_a_wall_clock_set_back_before_reopening_does_not_run_time_backwards(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(90)
    live.end_speaker()
    live.close()
    clock.set_wall(clock.utc() - dt.timedelta(hours=1))  # the laptop's clock is wrong at restart
    again = LiveSitting.open(store, hrc, clock)
    assert again.view().current_segment.elapsed == 90
    clock.advance(10)
    assert again.view().current_segment.elapsed == 100
    again.close()


def test_undo_after_reopening_undoes_the_last_action_before_the_restart(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(30)
    live.call_next()
    live.close()
    again = LiveSitting.open(store, hrc, clock)
    again.undo()
    v = again.view()
    assert v.speaker.name == "Dr. Najat Maalla M'jid" and v.speaker.elapsed == 30
    again.close()

"""Each command of the live sitting: what it does, and that a refusal says why and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from hrc_programme import SITTING_START_UTC
from meetingdesk.live import Change, CommandRefused, LiveSitting, Touched
from refusals import assert_refused, journal_count

MIN = 60


def started(live, clock):
    """Open at 14:00 sharp and start "Setting the scene"."""
    clock.advance((SITTING_START_UTC - clock.utc()).total_seconds())
    live.open_sitting()
    live.start_segment()
    return live.view()


def panel(live, clock):
    started(live, clock)
    live.start_segment()  # ends "Setting the scene" (nobody called: all three not heard)
    return live.view()


def entry(view, name_part):
    return next(e for e in view.queue if name_part in e.name)


# ------------------------------------------------------------------ every command writes one event


def test_each_command_commits_one_event_before_returning(store, live, clock):
    changes = []
    live.subscribe(changes.append)
    started(live, clock)
    assert journal_count(store) == 2
    change = live.call_next()
    assert isinstance(change, Change)
    assert journal_count(store) == 3
    assert change.requires_speaker_redraw() and change.requires_queue_redraw() and change.requires_actions_redraw()
    assert changes[-1] == change
    assert live.events()[-1].id == change.event_id
    assert live.events()[-1].kind == "speaker_called"


def test_open_sitting_records_the_actual_start(live, clock):
    clock.advance(30 * MIN + 90)  # 14:01:30
    live.open_sitting()
    v = live.view()
    assert v.sitting.status == "open"
    assert v.sitting.actual_start == dt.datetime(2025, 3, 14, 14, 1, 30, tzinfo=v.now.tzinfo)


def test_open_twice_and_commands_before_opening_are_refused(store, live, clock):
    assert_refused(store, live, live.start_segment, reason="the sitting has not been opened yet")
    assert_refused(store, live, live.request_floor, "france", reason="the sitting has not been opened yet")
    live.open_sitting()
    assert_refused(store, live, live.open_sitting, reason="the sitting is already open")


def test_start_segment_seeds_the_panel_in_programme_order(live, clock):
    v = panel(live, clock)
    assert v.current_segment.title == "Actions taken and remaining challenges"
    assert [e.name for e in v.queue] == [
        "Ms. Aleksandra Choluj",
        "Ms. Laura Arango",
        "Ms. Tolulola Olufunmilayo Odugbesan",
        "Mr. Mark Beavan",
        "Mr. Guillaume Landry",
        "Ms. Charimaya Tamang",
    ]
    assert [e.allotment for e in v.queue] == [300] * 6
    assert [e.online for e in v.queue] == [False, False, False, False, True, True]
    # the previous segment ended when this one started; its speakers were not heard
    assert v.segments[0].status == "done"
    assert [n.name for n in v.not_heard] == ["Dr. Najat Maalla M'jid", "Ms. Ghada Waly", "Ms. Sophie Otiende"]


def test_start_segment_refusals(store, live, clock):
    started(live, clock)
    scene = live.view().current_segment.id
    assert_refused(store, live, live.start_segment, scene, reason="“Setting the scene” is already running")
    assert_refused(store, live, live.start_segment, 999, reason="there is no segment 999 in this sitting")
    live.start_segment()
    assert_refused(store, live, live.start_segment, scene, reason="“Setting the scene” has already ended")
    qa = live.view().segments[2].id
    live.skip_segment(qa)
    assert_refused(store, live, live.start_segment, qa, reason="was skipped")


def test_ending_a_segment_twice_is_refused(store, live, clock):
    started(live, clock)
    clock.advance(60)
    live.end_segment()
    reason = assert_refused(store, live, live.end_segment, reason="no segment is running")
    assert "“Setting the scene” has already ended" in reason


def test_skip_segment(store, live, clock):
    started(live, clock)
    v = live.view()
    scene, qa = v.segments[0].id, v.segments[2].id
    live.skip_segment(qa)
    assert live.view().segments[2].status == "skipped"
    assert_refused(store, live, live.skip_segment, qa, reason="is already skipped")
    assert_refused(store, live, live.skip_segment, scene, reason="is running: end it instead")
    live.end_segment()
    assert_refused(store, live, live.skip_segment, scene, reason="has already ended")


def test_move_segment_reorders_the_rest_of_the_plan(store, live, clock):
    started(live, clock)
    v = live.view()
    closing = v.segments[3].id
    live.move_segment(closing, 1)
    v = live.view()
    assert [s.title for s in v.segments] == [
        "Setting the scene",
        "Closing remarks",
        "Actions taken and remaining challenges",
        "Q&A – other States invited to intervene",
    ]
    zone = v.now.tzinfo
    # the closing (5 min) now follows the opening; the panel and the Q&A follow it
    assert v.segments[1].planned_start == dt.datetime(2025, 3, 14, 14, 20, tzinfo=zone)
    assert v.segments[1].planned_end == dt.datetime(2025, 3, 14, 14, 25, tzinfo=zone)
    assert v.segments[2].planned_start == dt.datetime(2025, 3, 14, 14, 25, tzinfo=zone)
    assert v.segments[3].planned_end == dt.datetime(2025, 3, 14, 15, 0, tzinfo=zone)
    assert v.next_segment.title == "Closing remarks"
    scene = v.segments[0].id
    assert_refused(store, live, live.move_segment, scene, 2, reason="has already been held or skipped")
    assert_refused(store, live, live.move_segment, closing, 0, reason="segments not yet held are at positions 2 to 4")
    assert_refused(store, live, live.move_segment, closing, 1, reason="is already at position 2")


def test_call_next_gives_the_floor_in_order_and_ends_the_previous_speaker(live, clock):
    started(live, clock)
    live.call_next()
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    clock.advance(4 * MIN)
    live.call_next()
    v = live.view()
    assert v.speaker.name == "Ms. Ghada Waly"
    assert v.speaker.modality == "video"
    assert [e.name for e in v.queue] == ["Ms. Sophie Otiende"]


def test_call_next_refusals(store, live, clock):
    started(live, clock)
    for _ in range(3):
        live.call_next()
    assert_refused(store, live, live.call_next, reason="nobody is waiting to speak")
    live.end_segment()
    assert_refused(store, live, live.call_next, reason="no segment is running")


def test_call_out_of_order_and_calling_a_withdrawn_speaker(store, live, clock):
    v = panel(live, clock)
    tamang = entry(v, "Tamang")
    live.call(tamang.entry_id)
    assert live.view().speaker.name == "Ms. Charimaya Tamang"
    assert_refused(store, live, live.call, tamang.entry_id, reason="Ms. Charimaya Tamang is already speaking")
    arango = entry(live.view(), "Arango")
    live.withdraw(arango.entry_id)
    assert_refused(store, live, live.call, arango.entry_id, reason="Ms. Laura Arango has withdrawn")
    live.call_next()
    assert_refused(store, live, live.call, tamang.entry_id, reason="Ms. Charimaya Tamang has already spoken")
    assert_refused(store, live, live.call, 9999, reason="there is no entry 9999")


def test_calling_a_speaker_of_another_segment_is_refused(store, live, clock):
    started(live, clock)
    qa = live.view().segments[2].id
    change = live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state", segment_id=qa)
    assert change.entry_id is not None
    assert_refused(store, live, live.call, change.entry_id, reason="which is not running")
    live.end_segment()
    # between segments the list shown is the one waiting for the next segment... after the panel
    live.start_segment()
    live.end_segment()
    v = live.view()
    assert v.next_segment.id == qa
    assert [(e.entry_id, e.name) for e in v.queue] == [(change.entry_id, "Delegation of Chile")]


def test_pause_and_resume(store, live, clock):
    started(live, clock)
    assert_refused(store, live, live.pause, reason="nobody is speaking")
    live.call_next()
    clock.advance(60)
    live.pause()
    clock.advance(45)
    v = live.view()
    assert v.speaker.paused and v.speaker.elapsed == 60
    assert_refused(store, live, live.pause, reason="time is already paused")
    live.resume()
    clock.advance(10)
    assert live.view().speaker.elapsed == 70
    assert_refused(store, live, live.resume, reason="time is not paused")


def test_extend_and_shorten(store, live, clock):
    started(live, clock)
    assert_refused(store, live, live.extend, 30, reason="nobody is speaking")
    live.call_next()
    live.extend(30)
    assert live.view().speaker.allotment == 330
    live.extend(-60)
    v = live.view()
    assert v.speaker.allotment == 270 and v.speaker.extension == -30
    assert_refused(store, live, live.extend, 0, reason="an extension of 0 seconds changes nothing")
    assert_refused(store, live, live.extend, -270, reason="cannot be cut to nothing")


def test_end_speaker(store, live, clock):
    started(live, clock)
    live.call_next()
    clock.advance(200)
    live.end_speaker()
    v = live.view()
    assert v.speaker is None
    assert [e.name for e in v.queue] == ["Ms. Ghada Waly", "Ms. Sophie Otiende"]
    assert_refused(store, live, live.end_speaker, reason="nobody is speaking")


def test_message_to_the_speaker(store, live, clock):
    started(live, clock)
    live.call_next()
    live.message("  Please   conclude ")
    assert live.view().message == "Please conclude"
    assert_refused(store, live, live.message, "Please conclude", reason="already shows this message")
    assert_refused(store, live, live.message, "x" * 301, reason="at most 300 characters (this one has 301)")
    live.call_next()  # a new speaker starts with a clean display
    assert live.view().message == ""
    assert_refused(store, live, live.message, "", reason="there is no message to clear")


def test_request_floor_refusals(store, live, clock):
    started(live, clock)
    assert_refused(store, live, live.request_floor, "nobody", reason="there is no participant 'nobody' in this meeting")
    assert_refused(store, live, live.request_floor, reason="say who asks for the floor")
    assert_refused(store, live, live.request_floor, "france", kind="motion", reason="not 'motion'")
    live.request_floor("france")
    assert_refused(store, live, live.request_floor, "france", reason="Representative of France is already on the list")


def test_withdraw_refusals(store, live, clock):
    v = panel(live, clock)
    choluj = entry(v, "Choluj")
    live.call_next()
    assert_refused(store, live, live.withdraw, choluj.entry_id, reason="is speaking: end the turn instead")
    live.call_next()
    assert_refused(store, live, live.withdraw, choluj.entry_id, reason="Ms. Aleksandra Choluj has already spoken")
    tamang = entry(live.view(), "Tamang")
    live.withdraw(tamang.entry_id)
    assert_refused(store, live, live.withdraw, tamang.entry_id, reason="Ms. Charimaya Tamang has withdrawn")


def test_move_pins_the_entry(store, live, clock):
    v = panel(live, clock)
    tamang = entry(v, "Tamang")
    live.move(tamang.entry_id, 0)
    v = live.view()
    assert v.queue[0].name == "Ms. Charimaya Tamang" and v.queue[0].pinned
    assert_refused(store, live, live.move, tamang.entry_id, 0, reason="is already at position 1")
    assert_refused(store, live, live.move, tamang.entry_id, 6, reason="there is no position 7 on a list of 6")


def test_drop_and_call_again_later(store, live, clock):
    v = panel(live, clock)
    landry = entry(v, "Landry")
    live.drop(landry.entry_id)
    v = live.view()
    assert "Mr. Guillaume Landry" not in [e.name for e in v.queue]
    assert [e.name for e in v.dropped] == ["Mr. Guillaume Landry"]
    assert_refused(store, live, live.drop, landry.entry_id, reason="has already been dropped")
    live.recall(landry.entry_id)
    v = live.view()
    assert v.queue[0].name == "Mr. Guillaume Landry" and v.dropped == ()
    assert_refused(store, live, live.recall, landry.entry_id, reason="has not been dropped")


def test_dropping_the_current_speaker_keeps_the_time_spoken_and_allows_a_new_call(live, clock):
    v = panel(live, clock)
    landry = entry(v, "Landry")
    live.call(landry.entry_id)
    clock.advance(50)
    live.drop(landry.entry_id)  # the line broke
    v = live.view()
    assert v.speaker is None
    assert [e.name for e in v.dropped] == ["Mr. Guillaume Landry"]
    live.call_next()
    clock.advance(100)
    live.call(landry.entry_id)  # back online
    v = live.view()
    assert v.speaker.name == "Mr. Guillaume Landry" and v.speaker.elapsed == 0
    assert v.dropped == ()


def test_overrun_to_delay_refused_without_overrun(store, live, clock):
    assert_refused(store, live, live.overrun_to_delay, reason="the sitting has not been opened yet")
    started(live, clock)
    clock.advance(10 * MIN)
    assert_refused(store, live, live.overrun_to_delay, reason="“Setting the scene” started on time and has not overrun its time")


def test_mark_written_statement(store, live, clock):
    v = panel(live, clock)
    assert_refused(store, live, live.mark_written_statement, entry(v, "Choluj").entry_id,
                   reason="is not on the list of those not heard")
    waly = next(n for n in v.not_heard if n.name == "Ms. Ghada Waly")
    live.mark_written_statement(waly.entry_id)
    assert next(n for n in live.view().not_heard if n.entry_id == waly.entry_id).written_statement
    assert_refused(store, live, live.mark_written_statement, waly.entry_id, reason="written statement is already marked")
    live.close_sitting()
    # a statement can still arrive after the close
    otiende = next(n for n in live.view().not_heard if n.name == "Ms. Sophie Otiende")
    live.mark_written_statement(otiende.entry_id)
    assert [n.written_statement for n in live.view().not_heard][:3] == [False, True, True]


def test_budgets(store, live, clock):
    panel(live, clock)
    live.set_budget("group", "member_state", 8 * MIN)
    live.call_next()  # Choluj (Poland, member State)
    clock.advance(4 * MIN)
    live.call_next()  # Arango (Colombia, member State)
    clock.advance(3 * MIN)
    budget = live.view().budgets[0]
    assert (budget.scope, budget.name, budget.seconds, budget.used, budget.remaining) == (
        "group", "member_state", 480, 420.0, 60.0)
    clock.advance(2 * MIN)
    assert live.view().budgets[0].remaining == -60
    assert_refused(store, live, live.set_budget, "region", "WEOG", 60, reason="not per 'region'")
    assert_refused(store, live, live.set_budget, "delegation", "Chile", None, reason="Chile has no budget to remove")
    assert_refused(store, live, live.set_budget, "delegation", "Chile", -5, reason="positive whole number")
    live.set_budget("group", "member_state", None)
    assert live.view().budgets == ()


def test_close_sitting(store, live, clock):
    started(live, clock)
    live.call_next()
    clock.advance(60)
    live.close_sitting()
    v = live.view()
    assert v.sitting.status == "closed"
    assert v.speaker is None and v.current_segment is None
    for command in (live.start_segment, live.end_segment, live.call_next, live.close_sitting, live.open_sitting):
        assert_refused(store, live, command, reason="the sitting is closed")
    assert_refused(store, live, live.message, "hello", reason="the sitting is closed")


def test_undo_is_a_compensating_event(store, live, clock):
    started(live, clock)
    live.call_next()
    clock.advance(30)
    live.call_next()
    assert live.view().speaker.name == "Ms. Ghada Waly"
    rows = journal_count(store)
    change = live.undo()
    assert journal_count(store) == rows + 1  # nothing deleted
    assert live.events()[-1].kind == "undone"
    assert Touched.SPEAKER in change and Touched.QUEUE in change
    v = live.view()
    # back to the moderator, whose clock never stopped
    assert v.speaker.name == "Dr. Najat Maalla M'jid" and v.speaker.elapsed == 30
    assert [e.name for e in v.queue] == ["Ms. Ghada Waly", "Ms. Sophie Otiende"]
    live.undo()
    live.undo()
    live.undo()
    assert live.view().sitting.status == "planned"
    assert_refused(store, live, live.undo, reason="there is nothing to undo")


def test_a_refused_command_leaves_a_reopened_sitting_identical(store, hrc, live, clock):
    started(live, clock)
    with pytest.raises(CommandRefused):
        live.end_speaker()
    again = LiveSitting.open(store, hrc, clock)
    assert again.view() == live.view()
    again.close()

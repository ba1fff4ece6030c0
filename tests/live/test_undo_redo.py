"""Undo and redo, and the last action in words, as the console shows them."""

from __future__ import annotations

from meetingdesk.live import ActionView, LiveSitting
from refusals import assert_refused

MAALLA = "Dr. Najat Maalla M'jid"
WALY = "Ms. Ghada Waly"


def test_the_last_action_is_said_in_words_with_its_undo(live, clock):
    assert live.view().last_action is None  # nothing done yet
    live.open_sitting()
    assert live.view().last_action == ActionView("Opened the sitting", True, False, None)
    live.start_segment()
    assert live.view().last_action.text == "Started \u201cSetting the scene\u201d"
    live.call_next()
    assert live.view().last_action.text == f"Gave the floor to {MAALLA}"
    live.pause()
    assert live.view().last_action.text == f"Paused {MAALLA}'s time"
    live.resume()
    live.extend(30)
    assert live.view().last_action.text == f"Added 30 s to {MAALLA}"
    live.extend(-90)
    assert live.view().last_action.text == f"Took 1 min 30 s from {MAALLA}"
    live.message("Please conclude")
    assert live.view().last_action.text == "Showed \u201cPlease conclude\u201d to the speaker"
    live.request_floor(name="Delegation of Mexico", delegation="Mexico", kind="point_of_order")
    assert live.view().last_action.text == "Put a point of order by Delegation of Mexico on the list"
    live.end_speaker()
    assert live.view().last_action.text == f"Ended {MAALLA}'s turn"
    live.undo()
    v = live.view()
    assert v.last_action.text == "Put a point of order by Delegation of Mexico on the list"
    assert v.last_action.redo_text == f"Ended {MAALLA}'s turn" and v.last_action.can_redo


def test_redo_gives_the_floor_again_from_the_moment_of_the_redo(live, clock, store):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(60)
    live.call_next()  # a key bounce: the floor went to the next speaker at once
    clock.advance(0.03)
    live.undo()
    v = live.view()
    assert v.speaker.name == MAALLA and round(v.speaker.elapsed, 6) == 60.03
    assert v.last_action == ActionView(f"Gave the floor to {MAALLA}", True, True, f"Gave the floor to {WALY}")
    clock.advance(20)
    live.redo()  # it was right after all
    v = live.view()
    assert v.speaker.name == WALY and v.speaker.elapsed == 0
    assert v.last_action == ActionView(f"Gave the floor to {WALY}", True, False, None)
    assert live.events()[-1].kind == "redone"
    assert_refused(store, live, live.redo, reason="there is nothing to redo")
    clock.advance(5)
    live.undo()  # a redo is undone like any action
    assert live.view().speaker.name == MAALLA
    live.redo()
    assert live.view().speaker.name == WALY
    assert_refused(store, live, live.redo, reason="there is nothing to redo")  # brought back once, not twice


def test_a_new_action_after_an_undo_clears_what_could_be_redone(live, clock, store):
    live.open_sitting()
    live.start_segment()
    live.call_next()
    live.pause()
    live.undo()
    assert live.view().last_action.can_redo
    live.extend(30)
    assert not live.view().last_action.can_redo
    assert_refused(store, live, live.redo, reason="there is nothing to redo")
    live.undo()  # undoing the new action does not bring the older redo back
    v = live.view()
    assert v.last_action.redo_text == f"Added 30 s to {MAALLA}"
    live.redo()
    assert_refused(store, live, live.redo, reason="there is nothing to redo")
    assert live.view().speaker.allotment == 330 and not live.view().speaker.paused


def test_several_undos_are_redone_in_reverse_order_and_survive_a_restart(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    live.extend(30)
    live.message("Please conclude")
    live.undo()
    live.undo()
    v = live.view()
    assert v.last_action.text == f"Gave the floor to {MAALLA}"
    assert v.last_action.redo_text == f"Added 30 s to {MAALLA}"
    live.close()
    again = LiveSitting.open(store, hrc, clock)  # a restart keeps what can be redone
    assert again.view().last_action == v.last_action
    again.redo()
    assert again.view().speaker.allotment == 330
    assert again.view().last_action.redo_text == "Showed \u201cPlease conclude\u201d to the speaker"
    again.redo()
    v = again.view()
    assert v.message == "Please conclude" and not v.last_action.can_redo
    assert LiveSitting.open(store, hrc, clock).view() == v  # the journal replays to the same
    again.close()


def test_undoing_everything_leaves_only_redo(live):
    live.open_sitting()
    live.undo()
    assert live.view().last_action == ActionView("", False, True, "Opened the sitting")
    live.redo()
    assert live.view().sitting.status == "open"

"""Property: replaying the journal of any sequence of actions gives the view the live sitting showed.

Hypothesis draws sequences of moderator actions (valid or not) with clock moves in between.
Refused actions must leave the journal untouched; after the sequence, a fresh ``LiveSitting.open``
on the same database, at the same instant, must show exactly the same view.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrc_programme import SITTING_START_UTC, add_hrc_side_event
from meetingdesk.live import CommandRefused, FakeClock, LiveSitting
from meetingdesk.store import open_store
from refusals import journal_count

_counter = itertools.count()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("replay")
    path = folder / "template.sqlite"
    store = open_store(f"sqlite:///{path}")
    sitting = add_hrc_side_event(store)
    store.engine.dispose()
    return folder, path, sitting


def _head(view):
    return view.queue[0].entry_id if view.queue else 0


def _last(view):
    return view.queue[-1].entry_id if view.queue else 0


ACTIONS = {
    "open_sitting": lambda live, v: live.open_sitting(),
    "start_segment": lambda live, v: live.start_segment(),
    "end_segment": lambda live, v: live.end_segment(),
    "skip_next": lambda live, v: live.skip_segment(v.next_segment.id if v.next_segment else 0),
    "move_last_segment_up": lambda live, v: live.move_segment(v.segments[-1].id, len(v.segments) - 2),
    "call_next": lambda live, v: live.call_next(),
    "call_last": lambda live, v: live.call(_last(v)),
    "pause": lambda live, v: live.pause(),
    "resume": lambda live, v: live.resume(),
    "extend": lambda live, v: live.extend(30),
    "shorten": lambda live, v: live.extend(-30),
    "end_speaker": lambda live, v: live.end_speaker(),
    "request_state": lambda live, v: live.request_floor(name="Delegation of Chile", group="member_state",
                                                        delegation="Chile"),
    "request_minister": lambda live, v: live.request_floor("kenya"),
    "request_online_ngo": lambda live, v: live.request_floor(name="Save the Children", group="civil_society",
                                                             online=True),
    "point_of_order": lambda live, v: live.request_floor(name="Delegation of Colombia", kind="point_of_order"),
    "right_of_reply": lambda live, v: live.request_floor(name="Delegation of Poland", kind="right_of_reply"),
    "withdraw_head": lambda live, v: live.withdraw(_head(v)),
    "move_last_to_head": lambda live, v: live.move(_last(v), 0),
    "drop_head": lambda live, v: live.drop(_head(v)),
    "drop_speaker": lambda live, v: live.drop(v.speaker.entry_id if v.speaker else 0),
    "recall": lambda live, v: live.recall(v.dropped[0].entry_id if v.dropped else 0),
    "message": lambda live, v: live.message("Please conclude"),
    "clear_message": lambda live, v: live.message(""),
    "overrun_to_delay": lambda live, v: live.overrun_to_delay(),
    "written_statement": lambda live, v: live.mark_written_statement(v.not_heard[0].entry_id if v.not_heard else 0),
    "budget": lambda live, v: live.set_budget("group", "member_state", 300),
    "undo": lambda live, v: live.undo(),
    "undo_again": lambda live, v: live.undo(),
    "redo": lambda live, v: live.redo(),
    "close_sitting": lambda live, v: live.close_sitting(),
}

step = st.tuples(st.sampled_from(sorted(ACTIONS)), st.sampled_from([0, 0, 0.5, 7, 30, 95, 400]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(opened=st.booleans(), steps=st.lists(step, min_size=1, max_size=40))
def test_replay_gives_the_same_view_as_live_application(template, opened, steps):
    folder, path, sitting = template
    if opened:  # most interesting sequences happen during a segment
        steps = [("open_sitting", 0), ("start_segment", 0)] + steps
    copy = folder / f"run{next(_counter)}.sqlite"
    shutil.copy(path, copy)
    store = open_store(f"sqlite:///{copy}")
    clock = FakeClock(SITTING_START_UTC - dt.timedelta(minutes=2))
    live = LiveSitting.open(store, sitting, clock)
    try:
        for name, seconds in steps:
            clock.advance(seconds)
            rows = journal_count(store)
            before = live.view()
            try:
                ACTIONS[name](live, before)
            except CommandRefused as refused:
                assert refused.reason  # a plain reason, and nothing written or changed
                assert journal_count(store) == rows
                assert live.view() == before
            else:
                assert journal_count(store) == rows + 1
        clock.advance(12.25)
        replayed = LiveSitting.open(store, sitting, clock)
        assert replayed.view() == live.view()
        assert replayed.events() == live.events()
        replayed.close()
    finally:
        live.close()
        store.engine.dispose()
        copy.unlink()

"""The list of speakers: precedence, points of order, rights of reply, pins, drops, time permitting."""

from __future__ import annotations

import pytest

from hrc_programme import add_hrc_side_event
from meetingdesk.live import LiveSettings, LiveSitting
from refusals import assert_refused

MIN = 60


def to_qa(live):
    """Open and run straight to the Q&A (10 minutes, three registered delegations)."""
    live.open_sitting()
    live.start_segment()
    live.start_segment()
    live.start_segment()
    assert live.view().current_segment.kind == "qa"
    return live.view()


def names(view):
    return [e.name for e in view.queue]


def test_registrations_follow_level_then_group_then_inscription(live):
    v = to_qa(live)
    # inscribed: Holy See (10 March), France (11 March), Kenya (12 March); Kenya sends a minister
    assert names(v) == ["Minister of Kenya", "Representative of France", "Representative of the Holy See"]
    assert [e.source for e in v.queue] == ["registered"] * 3
    assert [e.allotment for e in v.queue] == [120] * 3  # the meeting's 2-minute intervention


@pytest.mark.parametrize(
    "precedence, expected",
    [
        ((), ["Representative of the Holy See", "Representative of France", "Minister of Kenya"]),
        (("group",), ["Representative of France", "Minister of Kenya", "Representative of the Holy See"]),
    ],
)
def test_precedence_is_configurable(store, hrc, clock, precedence, expected):
    live = LiveSitting.open(store, hrc, clock, LiveSettings(precedence=precedence))
    assert names(to_qa(live)) == expected
    live.close()


def test_floor_requests_point_of_order_first_rights_of_reply_last(live):
    to_qa(live)
    live.request_floor("landry")  # civil society, online
    live.request_floor(name="Delegation of Poland", delegation="Poland", group="member_state", kind="right_of_reply")
    live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state")
    live.request_floor(name="H.E. Minister of Chile", delegation="Chile", group="member_state", level="minister")
    live.request_floor(name="Delegation of Colombia", delegation="Colombia", kind="point_of_order")
    v = live.view()
    assert names(v) == [
        "Delegation of Colombia",  # point of order
        "Minister of Kenya",  # ministers, in order of inscription
        "H.E. Minister of Chile",
        "Representative of France",  # ambassadors: member State before observer State
        "Representative of the Holy See",
        "Delegation of Chile",  # no stated level: member State before civil society
        "Mr. Guillaume Landry",
        "Delegation of Poland",  # right of reply, at the end
    ]
    assert [e.kind for e in v.queue][0] == "point_of_order" and v.queue[-1].kind == "right_of_reply"
    assert v.queue[6].online and v.queue[6].source == "floor"


def test_a_panel_keeps_programme_order_and_floor_requests_follow_it(live):
    live.open_sitting()
    live.start_segment()
    live.start_segment()
    live.request_floor("kenya")  # a minister, but a panel is not a list of speakers by precedence
    live.request_floor(name="Delegation of Colombia", kind="point_of_order")
    v = live.view()
    assert names(v)[0] == "Delegation of Colombia"
    assert names(v)[1:] == [
        "Ms. Aleksandra Choluj",
        "Ms. Laura Arango",
        "Ms. Tolulola Olufunmilayo Odugbesan",
        "Mr. Mark Beavan",
        "Mr. Guillaume Landry",
        "Ms. Charimaya Tamang",
        "Minister of Kenya",
    ]


def test_requests_made_before_a_segment_join_its_list_when_it_starts(live):
    live.open_sitting()
    live.start_segment()
    live.start_segment()  # the panel
    qa = live.view().segments[2].id
    live.request_floor(name="Delegation of Chile", group="member_state", delegation="Chile", segment_id=qa)
    live.request_floor("landry", segment_id=qa)
    assert "Delegation of Chile" not in names(live.view())  # not on the panel's list
    live.start_segment()
    assert names(live.view()) == [
        "Minister of Kenya",
        "Representative of France",
        "Representative of the Holy See",
        "Delegation of Chile",
        "Mr. Guillaume Landry",
    ]


def test_a_moved_entry_keeps_its_place(live):
    v = to_qa(live)
    holy_see = v.queue[2]
    live.move(holy_see.entry_id, 0)
    live.request_floor(name="H.E. Minister of Chile", delegation="Chile", group="member_state", level="minister")
    assert names(live.view()) == [
        "Representative of the Holy See",  # pinned at the head by the chair
        "Minister of Kenya",
        "H.E. Minister of Chile",
        "Representative of France",
    ]
    live.call_next()
    assert live.view().speaker.name == "Representative of the Holy See"


def test_withdrawn_and_dropped_entries_leave_the_list(store, live):
    v = to_qa(live)
    france, holy_see = v.queue[1], v.queue[2]
    live.withdraw(france.entry_id)
    live.drop(holy_see.entry_id)
    v = live.view()
    assert names(v) == ["Minister of Kenya"]
    assert [e.name for e in v.dropped] == ["Representative of the Holy See"]
    assert_refused(store, live, live.call, france.entry_id, reason="Representative of France has withdrawn")
    live.recall(holy_see.entry_id, 1)
    assert names(live.view()) == ["Minister of Kenya", "Representative of the Holy See"]


def test_cut_line_and_limit_to_fit_all(live, clock):
    to_qa(live)
    live.request_floor(name="Delegation of Chile", group="member_state")
    live.request_floor("landry")
    live.request_floor(name="Delegation of Colombia", kind="point_of_order")
    v = live.view()
    # 10 minutes, six requests of 2 minutes: five fit
    assert [e.allotment for e in v.queue] == [120] * 6
    assert v.cut_index == 5
    assert [e.fits for e in v.queue] == [True] * 5 + [False]
    assert v.limit_to_fit_all == 100
    live.call_next()
    clock.advance(30)
    v = live.view()
    # 570 s left in the segment, 90 s of them for the current speaker: 480 s for five
    assert v.cut_index == 4 and v.limit_to_fit_all == 96
    clock.advance(90 + 60)
    v = live.view()  # the speaker is 60 s over: the segment's 420 s left are all for the list
    assert v.current_segment.remaining == 420
    assert v.cut_index == 3 and v.limit_to_fit_all == 84
    clock.advance(420)
    v = live.view()
    assert v.cut_index == 0 and v.limit_to_fit_all is None  # no time left
    assert not any(e.fits for e in v.queue)


def test_all_fit_when_the_list_is_short(live):
    v = to_qa(live)
    assert v.cut_index is None and v.limit_to_fit_all == 200
    assert all(e.fits for e in v.queue)


def test_those_not_heard_at_the_segments_end_can_send_a_written_statement(live, clock):
    to_qa(live)
    live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state")
    live.call_next()
    clock.advance(120)
    live.call_next()
    clock.advance(125)
    live.end_segment()
    v = live.view()
    assert [(n.name, n.delegation) for n in v.not_heard] [-2:] == [
        ("Representative of the Holy See", "Holy See"),
        ("Delegation of Chile", "Chile"),
    ]
    assert v.queue == ()
    chile = v.not_heard[-1]
    live.mark_written_statement(chile.entry_id)
    assert live.view().not_heard[-1].written_statement


def test_a_protected_speaker_is_shown_by_role_on_public_displays(store, clock):
    sitting = add_hrc_side_event(store, protected=("otiende",))
    live = LiveSitting.open(store, sitting, clock)
    live.open_sitting()
    live.start_segment()
    v = live.view()
    otiende = v.queue[2]
    assert otiende.name == "Ms. Sophie Otiende"  # the chair's own screen
    assert otiende.public_name == "Survivor leader"
    assert v.queue[0].public_name == "Dr. Najat Maalla M'jid"
    live.call(otiende.entry_id)
    assert live.view().speaker.public_name == "Survivor leader"
    live.end_segment()
    live.close()


def test_protected_speakers_of_one_group_have_distinct_labels_on_public_displays(store, clock):
    """Two protected people of one group must not merge into one label on the speaker's display:
    each keeps the label the reports give them ("Civil society A", "Civil society B")."""
    sitting = add_hrc_side_event(store, protected=("otiende", "landry", "tamang"))
    live = LiveSitting.open(store, sitting, clock)
    people = live.snapshot.people
    assert people["otiende"].public_name == "Survivor leader"  # alone in the group: no letter
    assert people["landry"].public_name == "Civil society A"
    assert people["tamang"].public_name == "Civil society B"
    live.open_sitting()
    live.start_segment()
    live.call(live.view().queue[2].entry_id)
    assert live.view().speaker.public_name == "Survivor leader"
    live.end_segment()
    live.start_segment()
    waiting = {e.name: e.public_name for e in live.view().queue}
    assert waiting["Mr. Guillaume Landry"] == "Civil society A"
    assert waiting["Ms. Charimaya Tamang"] == "Civil society B"
    live.close()

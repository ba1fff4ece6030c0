"""What the console reads from the view at the edges a moderator meets: phases, modality, kinds, who fits."""

from __future__ import annotations

import datetime as dt

from meetingdesk.live import LiveSettings, LiveSitting
from meetingdesk.report.record import build_record

MIN = 60


def to_closing(live) -> None:
    live.open_sitting()
    for _ in range(3):
        live.start_segment()
    live.start_segment()  # "Closing remarks": 5 minutes, the moderator's 5 minutes


def test_the_segment_clock_turns_amber_and_red_with_the_speakers(live, clock):
    to_closing(live)
    live.call_next()
    for elapsed, expected in ((269, "normal"), (270, "warning"), (292, "warning"), (300, "danger"), (310, "overtime")):
        clock.advance(elapsed - live.view().speaker.elapsed)
        v = live.view()
        assert v.current_segment.remaining == v.speaker.remaining  # 0:08 left on both at 292 s
        assert (v.speaker.phase, v.current_segment.phase) == (expected, expected), elapsed
    live.end_segment()
    assert live.view().segments[-1].phase == "overtime"  # how it ended


def test_the_segment_phase_follows_the_chairs_thresholds(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock, LiveSettings(warning_seconds=60, danger_seconds=10))
    to_closing(live)
    clock.advance(239)
    assert live.view().current_segment.phase == "normal"
    clock.advance(1)
    assert live.view().current_segment.phase == "warning"
    clock.advance(50)
    assert live.view().current_segment.phase == "danger"
    assert [s.phase for s in live.view().segments if s.status == "planned"] == []
    live.close()


def test_a_video_message_is_neither_in_the_room_nor_online(live):
    live.open_sitting()
    live.start_segment()
    v = live.view()
    waly = next(e for e in v.queue if e.participant_key == "waly")
    assert (waly.modality, waly.online) == ("video", False)
    assert [e.modality for e in v.queue] == ["in_person", "video", "in_person"]


def test_a_point_of_order_keeps_its_kind_at_the_floor_and_in_the_record(store, hrc, live, clock):
    live.open_sitting()
    live.start_segment()
    live.request_floor(name="Delegation of Mexico", delegation="Mexico", kind="point_of_order")
    live.call_next()
    assert (live.view().speaker.name, live.view().speaker.kind) == ("Delegation of Mexico", "point_of_order")
    clock.advance(40)
    live.call_next()
    record = build_record(store, 1)
    assert [(i.speaker, i.kind) for i in record.interventions][:2] == [
        ("Delegation of Mexico", "point_of_order"), ("Dr. Najat Maalla M'jid", "speaker")]


def test_one_speaker_of_five_minutes_fits_a_five_minute_segment_once_it_has_started(live, clock):
    to_closing(live)
    clock.advance(1)
    v = live.view()
    assert len(v.queue) == 1 and v.current_segment.remaining == 299
    assert v.cut_index is None and v.queue[0].fits  # not "0 of 1 fit" one second in
    clock.advance(30)  # half a minute with nobody called: now the speaker would run over
    v = live.view()
    assert v.cut_index == 0 and not v.queue[0].fits and v.limit_to_fit_all == 269


def test_the_projected_end_is_never_earlier_than_now_while_the_sitting_runs(live, clock):
    clock.advance(20 * 24 * 3600)
    live.open_sitting()  # a rehearsal: the plan moved to now, an hour long
    opened = live.view().sitting.actual_start
    for _ in range(4):
        live.start_segment()
        clock.advance(16 * MIN)  # each segment runs over
        v = live.view()
        assert v.sitting.projected_end >= v.now
    live.end_segment()
    clock.advance(MIN)  # 65 minutes in: all held, not yet closed
    v = live.view()
    assert v.now == opened + dt.timedelta(minutes=65) and v.sitting.projected_end == v.now


def test_who_speaks_next_is_known_between_speakers_and_between_segments(live, clock):
    v = live.view()
    assert v.next_speaker.name == "Dr. Najat Maalla M'jid"  # before anything starts: the opening's first slot
    live.open_sitting()
    live.start_segment()
    live.call_next()
    assert live.view().next_speaker.name == "Ms. Ghada Waly"  # the head of the list
    live.end_segment()
    live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state")  # for the panel
    v = live.view()
    assert v.current_segment is None and v.next_segment.title == "Actions taken and remaining challenges"
    assert [e.name for e in v.queue] == ["Delegation of Chile"]
    assert v.next_speaker.name == "Ms. Aleksandra Choluj"  # the panel's programme comes before the request
    expected = v.next_speaker
    live.start_segment()
    assert live.view().queue[0] == expected  # the preview is what starting the segment gives
    live.close_sitting()
    assert live.view().next_speaker is None

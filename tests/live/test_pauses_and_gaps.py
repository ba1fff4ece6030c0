"""Two pauses in one turn, and a break between segments kept in the live plan through delays and reorders."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.model import Meeting, Participant, Segment, Sitting, SpeakerSlot
from meetingdesk.report.record import build_record

VIENNA = ZoneInfo("Europe/Vienna")
MIN = 60


def test_every_pause_of_a_turn_is_left_out_of_its_time_in_the_view_the_reopened_view_and_the_report(store, hrc, clock):
    live = LiveSitting.open(store, hrc, clock)
    live.open_sitting()
    live.start_segment()
    live.call_next()
    for speaks, paused in ((60, 30), (40, 50)):  # two pauses in the same turn
        clock.advance(speaks)
        live.pause()
        clock.advance(paused)
        live.resume()
    clock.advance(20)
    assert live.view().speaker.elapsed == 120  # 200 s of wall time minus 30 s and 50 s of pauses
    live.close()
    again = LiveSitting.open(store, hrc, clock)
    assert again.view().speaker.elapsed == 120
    again.call_next()
    again.close()
    first = build_record(store, 1).interventions[0]
    assert (first.speaker, first.seconds) == ("Dr. Najat Maalla M'jid", 120)
    assert first.end - first.start == dt.timedelta(seconds=200)


@pytest.fixture
def with_break(store):
    """A morning with a half-hour break: 10:00-11:00 statements, 11:30-12:30 panel, 12:30-13:00 closing."""
    chair = Participant(key="chair", name="Chair of the Working Group", group="member_state", position=0)
    meeting = Meeting(title="Working group on trafficking in persons", time_zone="Europe/Vienna", format="hybrid",
                      languages=["en"], participants=[chair])
    t = dt.time
    statements = Segment(title="Statements", kind="interventions", position=0, start=t(10, 0), end=t(11, 0))
    statements.slots = [SpeakerSlot(participant=chair, role="chair", position=0, min_seconds=300, max_seconds=300)]
    panel = Segment(title="Panel", kind="panel", position=1, start=t(11, 30), end=t(12, 30))
    closing = Segment(title="Closing", kind="closing", position=2, start=t(12, 30), end=t(13, 0))
    meeting.sittings = [Sitting(date=dt.date(2025, 7, 10), start=t(10, 0), end=t(13, 0), position=0,
                                segments=[statements, panel, closing])]
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return meeting.sittings[0].id


def starts(view) -> dict[str, str]:
    return {s.title: f"{s.planned_start:%H:%M}" for s in view.segments}


def test_a_break_between_segments_stays_in_the_live_plan_after_a_delay_and_a_reorder(store, with_break):
    clock = FakeClock(dt.datetime(2025, 7, 10, 9, 50, tzinfo=VIENNA))
    with LiveSitting.open(store, with_break, clock) as live:
        assert starts(live.view()) == {"Statements": "10:00", "Panel": "11:30", "Closing": "12:30"}
        clock.advance(10 * MIN)
        live.open_sitting()
        live.start_segment()
        clock.advance(70 * MIN)  # the statements run ten minutes over
        live.overrun_to_delay()
        v = live.view()
        assert starts(v) == {"Statements": "10:00", "Panel": "11:40", "Closing": "12:40"}  # the break is kept
        assert f"{v.next_segment.planned_start:%H:%M}" == "11:40"
        live.move_segment(v.segments[2].id, 1)  # the closing before the panel
        v = live.view()
        assert starts(v) == {"Statements": "10:00", "Closing": "11:40", "Panel": "12:10"}  # still after the break
        assert (v.next_segment.title, f"{v.next_segment.planned_start:%H:%M}") == ("Closing", "11:40")
        live.end_segment()
        clock.advance(5 * MIN)  # 11:15, in the break: the next segment is not due yet
        assert live.view().sitting.offset_seconds == -25 * MIN

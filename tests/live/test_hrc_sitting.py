"""The "done means" of the live engine: the HRC side event of 14 March 2025, start to finish.

The sample programme file is imported and the sitting is run on a fake clock through the
public API alone (``import_file``, ``LiveSitting`` and its view), checking at every step what
the moderator sees: segment, time left, speaker, their time and phase, who is next, the list,
who still fits, the offset and the projected end, and who was not heard.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetingdesk.live import CommandRefused, FakeClock, LiveSitting
from meetingdesk.store.programmes import import_file, load_meeting

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"
GENEVA_OFFSET = dt.timedelta(hours=1)  # CET on 14 March 2025


def geneva(hh, mm, ss=0):
    return dt.datetime(2025, 3, 14, hh, mm, ss) - GENEVA_OFFSET


class Moderator:
    """Drives the fake clock to Geneva wall times and reads the view."""

    def __init__(self, live: LiveSitting, clock: FakeClock):
        self.live, self.clock = live, clock

    def at(self, hh, mm, ss=0):
        target = geneva(hh, mm, ss).replace(tzinfo=dt.timezone.utc)
        self.clock.advance((target - self.clock.utc()).total_seconds())
        return self.live.view()


def local(v, hh, mm, ss=0):
    return dt.datetime(2025, 3, 14, hh, mm, ss, tzinfo=v.now.tzinfo)


@pytest.fixture
def hrc_live(store):
    meeting_id, _warnings = import_file(store, SAMPLE)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(geneva(13, 55).replace(tzinfo=dt.timezone.utc))
    live = LiveSitting.open(store, sitting_id, clock)
    yield Moderator(live, clock)
    live.close()


def names(v):
    return [e.name for e in v.queue]


def test_the_hrc_side_event_from_start_to_finish(hrc_live):
    m = hrc_live
    live = m.live

    # 13:55 — the programme as planned
    v = live.view()
    assert v.sitting.status == "planned"
    assert (v.sitting.planned_start, v.sitting.planned_end) == (local(v, 14, 0), local(v, 15, 0))
    assert [(s.title, s.planned_start.time(), s.planned_end.time()) for s in v.segments] == [
        ("Setting the scene", dt.time(14, 0), dt.time(14, 20)),
        ("Actions taken and remaining challenges", dt.time(14, 20), dt.time(14, 45)),
        ("Q&A – other States invited to intervene", dt.time(14, 45), dt.time(14, 55)),
        ("Closing remarks", dt.time(14, 55), dt.time(15, 0)),
    ]
    assert v.sitting.offset_seconds == 0 and v.sitting.projected_end == local(v, 15, 0)
    scene, panel, qa, closing = (s.id for s in v.segments)

    # 14:02 — the chair opens two minutes late
    v = m.at(14, 2)
    assert v.sitting.offset_seconds == 120
    live.open_sitting()
    live.start_segment()
    v = live.view()
    assert v.current_segment.title == "Setting the scene" and v.current_segment.remaining == 20 * 60
    assert names(v) == ["Dr. Najat Maalla M'jid", "Ms. Ghada Waly", "Ms. Sophie Otiende"]
    assert v.sitting.offset_seconds == 120 and v.sitting.projected_end == local(v, 15, 2)
    assert v.cut_index is None and v.limit_to_fit_all == 400

    live.call_next()  # welcome, 5 min
    v = m.at(14, 6, 30)
    assert (v.speaker.name, v.speaker.remaining, v.speaker.phase) == ("Dr. Najat Maalla M'jid", 30, "warning")
    assert names(v) == ["Ms. Ghada Waly", "Ms. Sophie Otiende"]
    v = m.at(14, 7, 10)
    assert (v.speaker.phase, v.speaker.overtime, v.speaker.display_seconds) == ("overtime", 10, -10)

    live.call_next()  # key address by video message, 5 min
    v = m.at(14, 12, 10)
    assert (v.speaker.name, v.speaker.modality, v.speaker.phase) == ("Ms. Ghada Waly", "video", "danger")
    live.call_next()  # the survivor champion, 6 min, named publicly by her own choice
    v = live.view()
    assert v.speaker.public_name == "Ms. Sophie Otiende" and v.speaker.allotment == 360
    assert v.queue == () and v.current_segment.remaining == 20 * 60 - 610
    v = m.at(14, 18)
    live.message("Please conclude")
    assert live.view().message == "Please conclude"
    v = m.at(14, 18, 40)
    assert (v.speaker.overtime, v.speaker.phase) == (30, "overtime")
    live.end_segment()
    v = live.view()
    assert v.speaker is None and v.message == ""
    assert v.segments[0].elapsed == 16 * 60 + 40 and v.segments[0].overrun == 0
    # the opening ran 3:20 short of its 20 minutes: the sitting is now 1:20 ahead
    assert v.sitting.offset_seconds == -80 and v.sitting.projected_end == local(v, 14, 58, 40)
    assert v.not_heard == ()

    # Q&A requests arrive during the opening and the panel
    chile = live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state",
                               segment_id=qa).entry_id
    holy_see = live.request_floor(name="Delegation of the Holy See", delegation="Holy See",
                                  group="observer_state", segment_id=qa).entry_id
    save = live.request_floor(name="Save the Children", group="civil_society", online=True,
                              segment_id=qa).entry_id

    # 14:19 — the panel, six panellists at 3–5 minutes in 25 minutes: one does not fit at 5
    v = m.at(14, 19)
    live.start_segment()
    v = live.view()
    assert v.current_segment.title == "Actions taken and remaining challenges"
    assert names(v) == ["Ms. Aleksandra Choluj", "Ms. Laura Arango", "Ms. Tolulola Olufunmilayo Odugbesan",
                        "Mr. Mark Beavan", "Mr. Guillaume Landry", "Ms. Charimaya Tamang"]
    assert [e.allotment for e in v.queue] == [300] * 6
    assert v.cut_index == 5 and [e.fits for e in v.queue] == [True] * 5 + [False]
    assert v.limit_to_fit_all == 250
    assert v.sitting.offset_seconds == -60 and v.sitting.projected_end == local(v, 14, 59)

    live.call_next()
    v = live.view()
    assert (v.speaker.allotment, v.speaker.min_allotment) == (300, 180)
    v = m.at(14, 23)
    assert v.speaker.elapsed == 240 and v.speaker.phase == "normal"
    live.call_next()  # Arango
    v = m.at(14, 26, 30)
    assert v.current_segment.remaining == 25 * 60 - 450
    # 1050 s left, Arango's 90 s aside: 960 s for four at 5 minutes: three fit
    assert v.cut_index == 3 and v.limit_to_fit_all == 240
    live.call_next()  # Odugbesan
    v = m.at(14, 31, 30)
    assert v.speaker.phase == "danger"
    live.call_next()  # Beavan
    v = m.at(14, 35, 30)
    live.call_next()  # Landry, online
    v = m.at(14, 35, 50)
    assert v.speaker.online
    live.drop(v.speaker.entry_id)  # his connection fails
    v = live.view()
    assert v.speaker is None and [e.name for e in v.dropped] == ["Mr. Guillaume Landry"]
    landry = v.dropped[0].entry_id
    live.call_next()  # Tamang, online, speaking Nepali
    v = live.view()
    assert (v.speaker.name, v.speaker.language, v.speaker.online) == ("Ms. Charimaya Tamang", "ne", True)
    m.at(14, 37)
    live.pause()  # the relay through English drops out
    v = m.at(14, 37, 30)
    assert v.speaker.paused and v.speaker.elapsed == 70
    live.resume()
    v = m.at(14, 41, 20)
    assert v.speaker.elapsed == 300 and v.speaker.phase == "danger"
    live.call(landry)  # back online
    v = live.view()
    assert v.speaker.name == "Mr. Guillaume Landry" and v.dropped == () and v.queue == ()
    v = m.at(14, 45, 20)
    # started 1 min early, ran 1:20 over its 25 minutes: 20 s behind
    assert v.current_segment.overrun == 80 and v.sitting.offset_seconds == -60 + 80
    live.end_segment()
    v = live.view()
    assert v.segments[1].elapsed == 26 * 60 + 20
    assert v.sitting.offset_seconds == 20 and v.sitting.projected_end == local(v, 15, 0, 20)
    assert [e.name for e in v.queue] == ["Delegation of Chile", "Delegation of the Holy See", "Save the Children"]

    # 14:45:40 — Q&A: other States invited to intervene, 2 minutes each
    v = m.at(14, 45, 40)
    live.start_segment()
    live.request_floor(name="H.E. Minister of Paraguay", delegation="Paraguay", group="member_state",
                       level="minister")
    v = live.view()
    assert names(v) == ["H.E. Minister of Paraguay", "Delegation of Chile", "Delegation of the Holy See",
                        "Save the Children"]
    assert v.cut_index is None and v.limit_to_fit_all == 150
    assert v.sitting.offset_seconds == 40
    live.call_next()
    v = m.at(14, 47, 40)
    live.extend(30)
    v = m.at(14, 48, 10)
    assert (v.speaker.allotment, v.speaker.phase) == (150, "danger")
    live.message("Please conclude")
    v = m.at(14, 50, 10)  # a minister is not cut off
    assert (v.speaker.phase, v.speaker.overtime, v.message) == ("overtime", 120, "Please conclude")
    live.call_next()  # Chile
    v = m.at(14, 52, 10)
    live.withdraw(holy_see)
    with pytest.raises(CommandRefused, match="Delegation of the Holy See has withdrawn"):
        live.call(holy_see)
    live.call_next()  # Save the Children
    assert live.view().speaker.name == "Save the Children"
    v = m.at(14, 54)
    live.request_floor(name="Delegation of Poland", delegation="Poland", kind="right_of_reply")
    v = m.at(14, 54, 30)
    assert v.speaker.overtime == 20
    assert v.current_segment.remaining == 70
    assert names(v) == ["Delegation of Poland"] and v.queue[0].kind == "right_of_reply"
    assert v.cut_index == 0 and v.limit_to_fit_all == 70
    v = m.at(14, 55)
    live.end_segment()  # no time for the right of reply
    v = live.view()
    assert [(n.name, n.written_statement) for n in v.not_heard] == [("Delegation of Poland", False)]
    assert v.sitting.offset_seconds == 0 and v.sitting.projected_end == local(v, 15, 0)
    live.mark_written_statement(v.not_heard[0].entry_id)

    # 14:55:30 — key messages and next steps
    v = m.at(14, 55, 30)
    live.start_segment()
    live.call_next()
    v = m.at(15, 1, 30)
    assert v.current_segment.overrun == 60 and v.sitting.offset_seconds == 90
    assert v.speaker.overtime == 60
    live.overrun_to_delay()  # the late start (30 s) and the overrun (60 s) become delay
    v = live.view()
    assert v.sitting.delay_seconds == 90 and v.sitting.offset_seconds == 0
    assert v.sitting.projected_end == local(v, 15, 1, 30)
    v = m.at(15, 2)
    live.end_segment()
    v = m.at(15, 2, 10)
    live.close_sitting()

    # the record
    v = m.at(15, 30)
    assert v.sitting.status == "closed"
    assert v.sitting.actual_start == local(v, 14, 2) and v.sitting.actual_end == local(v, 15, 2, 10)
    assert v.sitting.projected_end == local(v, 15, 2, 10)
    assert [s.status for s in v.segments] == ["done"] * 4
    assert [(s.actual_start.time(), s.actual_end.time()) for s in v.segments] == [
        (dt.time(14, 2), dt.time(14, 18, 40)),
        (dt.time(14, 19), dt.time(14, 45, 20)),
        (dt.time(14, 45, 40), dt.time(14, 55)),
        (dt.time(14, 55, 30), dt.time(15, 2)),
    ]
    assert [(n.name, n.written_statement) for n in v.not_heard] == [("Delegation of Poland", True)]
    assert [s.id for s in v.segments] == [scene, panel, qa, closing]
    assert chile and save  # both heard
    kinds = [e.kind for e in live.events()]
    assert kinds[0] == "sitting_opened" and kinds[-1] == "sitting_closed"

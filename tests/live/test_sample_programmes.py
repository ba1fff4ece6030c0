"""Every sample programme, every sitting, run on a fake clock with scripted actions.

Each segment starts where the previous one ended (the sitting opens a minute late);
speakers are called in list order and speak their full allotment while it still fits;
interventions and Q&A also take two floor requests. At every step the figures are
checked against the plan (``plan_sitting``) and the script's own bookkeeping: speaker and
segment clocks, offset, projected end, list order, cut line and the not-heard list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from meetingdesk.live import FakeClock, LiveSettings, LiveSitting
from meetingdesk.programme.plan import plan_sitting, sitting_bounds
from meetingdesk.store.programmes import import_file, load_meeting

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "programmes").glob("*.toml"))
UNLIMITED_TURN = 90  # how long a speaker without a time limit speaks in the script


def test_there_are_sample_programmes():
    assert len(SAMPLES) >= 4


def epoch(t: dt.datetime) -> float:
    return t.timestamp()


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_a_whole_sitting_of_each_sample_programme(store, path):
    meeting_id, _warnings = import_file(store, path)
    meeting = load_meeting(store, meeting_id)
    for sitting in meeting.sittings:
        run_sitting(store, meeting, sitting)


def expected_list(meeting, planned, requests):
    slots = list(planned.segment.slots)
    if planned.segment.kind in ("interventions", "qa"):
        slots.sort(key=lambda s: (s.registered_at is None, s.registered_at or dt.datetime.min, s.position))
    names = [s.participant.display_name for s in slots]
    return names + requests


def run_sitting(store, meeting, sitting):
    plan = plan_sitting(sitting)
    start, end = sitting_bounds(sitting)
    end = end or plan[-1].end
    clock = FakeClock(start.astimezone(dt.timezone.utc) - dt.timedelta(minutes=10))
    live = LiveSitting.open(store, sitting.id, clock)
    protected = {p.key for p in meeting.participants if p.protected}

    def now() -> float:
        return clock.utc().timestamp()

    def check_sitting(offset: float):
        v = live.view()
        assert v.sitting.offset_seconds == pytest.approx(offset, abs=1e-6)
        assert v.sitting.projected_end == end + dt.timedelta(seconds=offset)
        return v

    check_sitting(0)
    clock.advance(11 * 60)  # one minute late
    live.open_sitting()
    check_sitting(60)
    not_heard: list[str] = []

    for planned in plan:
        seg_planned_start = epoch(planned.start)
        duration = planned.seconds
        # between segments: as late as the clock says
        check_sitting(now() - seg_planned_start)
        requests = []
        live.start_segment()
        seg_start = now()
        v = live.view()
        assert v.current_segment.id == planned.segment.id
        if planned.segment.kind in ("interventions", "qa"):
            live.request_floor(name="Save the Children", group="civil_society", online=True)
            live.request_floor(name="Delegation of Chile", group="member_state", delegation="Chile")
            requests = ["Delegation of Chile", "Save the Children"]  # member State first
        v = live.view()
        assert [e.name for e in v.queue] == expected_list(meeting, planned, requests)
        for e in v.queue:
            assert (e.public_name != e.name) == (e.participant_key in protected)

        while True:
            v = live.view()
            elapsed = now() - seg_start
            assert v.current_segment.elapsed == pytest.approx(elapsed, abs=1e-6)
            left = duration - elapsed
            assert v.current_segment.remaining == pytest.approx(max(0.0, left), abs=1e-6)
            check_sitting(seg_start - seg_planned_start + max(0.0, -left))
            if not v.queue:
                break
            turns = [e.allotment or UNLIMITED_TURN for e in v.queue]
            # the cut line, recomputed by hand
            total, cut = 0.0, None
            for i, t in enumerate(turns):
                total += t
                if total > max(0.0, left) + LiveSettings().fit_grace_seconds + 1e-9 and cut is None:
                    cut = i
            if all(e.allotment is not None for e in v.queue):
                assert v.cut_index == cut
            turn = turns[0]
            if turn > left:
                break  # the rest do not fit: not heard
            head = v.queue[0].name
            live.call_next()
            v = live.view()
            assert v.speaker.name == head and v.speaker.elapsed == 0
            if v.speaker.participant_key in protected:
                assert v.speaker.public_name != v.speaker.name
            clock.advance(turn)
            v = live.view()
            assert v.speaker.elapsed == pytest.approx(turn, abs=1e-6)
            if v.speaker.allotment is not None:
                assert v.speaker.remaining == pytest.approx(0, abs=1e-6) and v.speaker.phase == "danger"
            live.end_speaker()
        waiting = [e.name for e in live.view().queue]
        clock.advance(15)  # the chair wraps up
        live.end_segment()
        not_heard += waiting
        v = live.view()
        assert [n.name for n in v.not_heard] == not_heard
        done = next(s for s in v.segments if s.id == planned.segment.id)
        assert done.status == "done" and done.elapsed == pytest.approx(now() - seg_start, abs=1e-6)
        clock.advance(20)  # changeover

    live.close_sitting()
    closed_at = clock.utc()
    clock.advance(300)
    v = live.view()
    assert v.sitting.status == "closed"
    assert v.sitting.actual_end == closed_at
    assert v.sitting.projected_end == closed_at
    assert all(s.status == "done" for s in v.segments)
    for n in v.not_heard:
        live.mark_written_statement(n.entry_id)
    assert all(n.written_statement for n in live.view().not_heard)
    live.close()

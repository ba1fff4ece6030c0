"""A rehearsal's record is read against the plan it ran on, and every report says it was a rehearsal."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.report.export import FORMATS, export
from meetingdesk.report.record import build_record
from meetingdesk.store.programmes import import_file, load_meeting
from readback import csv_rows, everything
from report_samples import HRC_FILE

UTC = dt.timezone.utc
MIN = 60
OPENED = dt.datetime(2026, 11, 23, 5, 17, tzinfo=UTC)  # 06:17 in Geneva, a Monday: the sample is of March 2025


@pytest.fixture
def rehearsal(store):
    """The HRC sample run as a rehearsal at 06:17, its closing remarks 30 s over, accepted as delay (D), then 20 s more.
    Returns (meeting id, the live view just before closing)."""
    meeting_id, _ = import_file(store, HRC_FILE)
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(OPENED)
    with LiveSitting.open(store, sitting_id, clock) as live:
        assert live.day().mode == "rehearsal"
        live.open_sitting()
        for minutes in (20, 25, 10):  # each segment takes its planned time
            live.start_segment()
            if live.view().queue:
                live.call_next()
            clock.advance(minutes * MIN)
        live.start_segment()  # closing remarks, 5 minutes
        live.call_next()
        clock.advance(5 * MIN + 30)
        live.overrun_to_delay()
        clock.advance(20)
        live.end_segment()
        view = live.view()
        live.close_sitting()
    return meeting_id, view


def test_the_record_of_a_rehearsal_is_read_against_the_plan_it_ran_on(store, rehearsal):
    meeting_id, _ = rehearsal
    record = build_record(store, meeting_id)
    sitting = record.sittings[0]
    local = OPENED.astimezone(record.zone)
    assert sitting.rehearsal and record.rehearsal
    assert sitting.planned_start == local and sitting.actual_start == local  # not 14:00 on 14 March 2025
    assert sitting.planned_end == local + dt.timedelta(hours=1)
    scene = sitting.segments[0]
    assert (scene.planned_start, scene.planned_end) == (local, local + dt.timedelta(minutes=20))
    assert scene.late_start == 0 and scene.overrun == 0
    assert [s.late_start for s in sitting.segments] == [0, 0, 0, 0]
    # what the timeline draws spans the morning of the rehearsal, not sixteen months
    times = [t for s in sitting.segments for t in (s.planned_start, s.planned_end, s.actual_start, s.actual_end)]
    assert max(times) - min(times) < dt.timedelta(hours=2)
    assert sitting.rehearsal_note == (
        "Trafficking in children on the rise: immediate action required was a rehearsal, held on Monday, 23 November "
        "2026 from 06:17; it was programmed for Friday, 14 March 2025 at 14:00. Its times are read against the plan "
        "it ran on, the programme moved to start when the rehearsal was opened."
    )


def test_over_under_of_the_closing_segment_is_the_same_on_the_console_and_in_the_record(store, rehearsal):
    meeting_id, view = rehearsal
    closing = view.segments[-1]
    record_closing = build_record(store, meeting_id).sittings[0].segments[-1]
    assert closing.title == record_closing.title == "Closing remarks"
    assert closing.over_under == record_closing.overrun == 50  # 5:50 against its 5:00, the delay accepted or not
    assert closing.planned_seconds == 330  # the live plan took the 30 s accepted as delay


def test_every_report_of_a_rehearsal_says_so(store, rehearsal, tmp_path):
    meeting_id, _ = rehearsal
    record = build_record(store, meeting_id)
    paths = {fmt: export(record, fmt, tmp_path / f"report.{fmt}") for fmt in FORMATS}
    texts = everything(paths)
    for fmt in ("docx", "pdf", "ics"):
        assert "was a rehearsal, held on Monday, 23 November 2026" in " ".join(texts[fmt].split()), fmt
    assert "rehearsal summary" in texts["docx"] and "rehearsal summary" in texts["pdf"]
    assert '"rehearsal": true' in texts["json"]
    assert {row["rehearsal"] for row in csv_rows(paths["csv"][0])} == {"True"}


def test_a_sitting_held_on_its_day_is_not_called_a_rehearsal(store, hrc):
    meeting_id, _ = hrc
    record = build_record(store, meeting_id)
    assert not record.rehearsal and record.sittings[0].rehearsal_note is None

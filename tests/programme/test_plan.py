"""The resolved plan: durations are real elapsed time, even across a daylight-saving change."""

import datetime as dt
from zoneinfo import ZoneInfo

from meetingdesk.programme.model import Meeting, Segment, Sitting
from meetingdesk.programme.plan import plan_sitting


def _sitting(day, start, end, zone="Europe/Zurich"):
    meeting = Meeting(title="Night session", time_zone=zone)
    return Sitting(meeting=meeting, date=day, start=start, end=end)


def test_segment_across_the_spring_change_lasts_two_real_hours():
    # 30 March 2025: at 02:00 CET Geneva clocks jump to 03:00 CEST.
    sitting = _sitting(dt.date(2025, 3, 30), dt.time(1, 0), dt.time(4, 0))
    Segment(sitting=sitting, title="Drafting", kind="other")
    (planned,) = plan_sitting(sitting)
    assert planned.start.tzinfo == ZoneInfo("Europe/Zurich")
    assert planned.seconds == 2 * 3600


def test_segments_follow_each_other_and_fill_the_sitting():
    sitting = _sitting(dt.date(2025, 3, 14), dt.time(14, 0), dt.time(15, 0))
    Segment(sitting=sitting, title="Opening", kind="opening", planned_seconds=20 * 60)
    Segment(sitting=sitting, title="Panel", kind="panel")
    Segment(sitting=sitting, title="Closing", kind="closing", start=dt.time(14, 55))
    opening, panel, closing = plan_sitting(sitting)
    assert (opening.start.time(), opening.end.time()) == (dt.time(14, 0), dt.time(14, 20))
    assert (panel.start.time(), panel.end.time()) == (dt.time(14, 20), dt.time(14, 55))
    assert (closing.start.time(), closing.end.time()) == (dt.time(14, 55), dt.time(15, 0))

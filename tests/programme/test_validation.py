"""One validation for files, plain data and ORM objects: the same rules, the same field paths."""

from __future__ import annotations

import ast
import datetime as dt
import tomllib
from pathlib import Path

from sqlalchemy import inspect

import meetingdesk.programme
from meetingdesk.programme.files import check_file, load_programme
from meetingdesk.programme.model import Meeting, Participant, Segment, Sitting, SpeakerSlot
from meetingdesk.programme.schema import to_data
from meetingdesk.programme.validation import locate, validate
from meetingdesk.store.programmes import import_meeting, load_meeting

BROKEN = Path(__file__).with_name("broken")


def test_plain_data_gets_the_problems_check_gives_the_file():
    path = BROKEN / "many.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    from_file = {(p.severity, p.field, p.message) for p in check_file(path)}
    result = validate(data)
    assert {(p.severity, p.field, p.message) for p in result.problems} == from_file
    assert all(p.file is None and p.line is None for p in result.problems)  # no file: fields only
    assert not result.ok and result.errors


def test_a_meeting_edited_in_memory_is_checked_by_the_same_rules_and_left_untouched(programme_file):
    meeting = load_programme(programme_file)
    assert validate(meeting).problems == []
    opening = meeting.sittings[0].segments[0]
    opening.end = dt.time(13, 50)  # before it starts
    meeting.participants[0].name = ""  # required
    before = to_data(meeting)

    result = validate(meeting)
    fields = {p.field: p for p in result.problems}
    assert "before it starts at 14:00" in fields["sittings[0].segments[0].end"].message
    assert fields["participants[0].name"].message == '"name" is required but missing'
    assert not result.ok
    assert len(result.on("sittings[0]")) == 2  # the next segment follows the new end, before the sitting
    assert result.on("sittings[0].segments[0]") == [fields["sittings[0].segments[0].end"]]
    assert result.on("sittings[0].segments[0].end") == [fields["sittings[0].segments[0].end"]]
    assert result.on("participants[1]") == []
    assert to_data(meeting) == before and opening.end == dt.time(13, 50)
    assert locate(meeting, "sittings[0].segments[0].end") == (opening, "end")
    assert locate(meeting, "participants[0].name") == (meeting.participants[0], "name")


def test_a_meeting_made_in_code_without_a_file(programme_file):
    meeting = Meeting(title="Briefing", format="in_person", time_zone="Europe/Vienna", languages=["en"])
    chair = Participant(key="chair", name="Ana Chair")
    meeting.participants.append(chair)
    sitting = Sitting(date=dt.date(2025, 3, 14), start=dt.time(10), end=dt.time(11))
    meeting.sittings.append(sitting)
    segment = Segment(title="Opening", kind="opening", start=dt.time(10), end=dt.time(10, 5))
    sitting.segments.append(segment)
    segment.slots.append(SpeakerSlot(participant=chair, role="chair", min_seconds=600, max_seconds=600))
    segment.slots.append(SpeakerSlot(role="speaker"))  # nobody chosen yet
    result = validate(meeting)
    assert [(p.severity, p.field) for p in result.problems] == [
        ("error", "sittings[0].segments[0].slots[1].participant"),
        ("error", "sittings[0].segments[0].slots"),
    ]
    assert "needs at least 10 min but the segment has 5 min" in result.problems[1].message
    assert locate(meeting, "sittings[0].segments[0].slots[1].participant") == (segment.slots[1], "participant")
    assert locate(meeting, "sittings[0].segments[0].slots[0].minutes") == (segment.slots[0], "min_seconds")
    assert locate(meeting, "sittings[0].segments[0].minutes") == (segment, "planned_seconds")
    assert locate(meeting, "sittings[3].start") == (meeting, None)  # no such sitting: the meeting


def test_a_meeting_read_from_the_database_validates_like_its_file(store, programme_file):
    meeting_id = import_meeting(store, load_programme(programme_file))
    stored = load_meeting(store, meeting_id)
    assert inspect(stored).detached
    assert validate(stored).ok
    assert locate(stored, "booths[1].from") == (stored.booths[1], "sources")
    assert locate(stored, "meeting.intervention_minutes") == (stored, "intervention_seconds")


def test_not_a_table_is_one_plain_problem():
    result = validate(["format", 1])  # type: ignore[arg-type]
    assert result.meeting is None and [p.message for p in result.problems] == ["a programme is a table of keys and values"]


def test_the_programme_package_imports_no_layer_above_it():
    # programme is the ground floor: interpretation, live, record, store, report and ui build on it
    above = ("meetingdesk.interpretation", "meetingdesk.live", "meetingdesk.record", "meetingdesk.store",
             "meetingdesk.report", "meetingdesk.schedule", "meetingdesk.cli", "ui")
    folder = Path(meetingdesk.programme.__file__).parent
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            assert not [n for n in names if n.startswith(above)], f"{path.name} imports {names}"

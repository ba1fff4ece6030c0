"""The programme-editing API: typed operations on a draft, each checked at once, undo and redo."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from meetingdesk.programme.editing import Assign, Draft, EditRefused, Insert, Move, Part, Remove, show
from meetingdesk.programme.entry import EntryError
from meetingdesk.programme.files import check_file, dump_programme, parse_programme

HRC_AGENDA = Path(__file__).parent / "fixtures" / "hrc-2025-03-14-agenda.txt"


@pytest.fixture
def draft(valid_programme):
    return Draft.from_data(tomllib.loads(valid_programme))


def _segment(draft, title):
    return next(g for s in draft.meeting.sittings for g in s.segments if g.title == title)


class Recorder:
    """A listener that keeps what it heard, in order."""

    def __init__(self):
        self.heard = []

    def before(self, step):
        self.heard.append(("before", step))

    def after(self, step):
        self.heard.append(("after", step))

    def checked(self, outcome):
        self.heard.append(("checked", outcome))


def test_a_valid_programme_opens_clean_and_shows_its_values_as_typed(draft):
    assert draft.validation.problems == []
    opening = _segment(draft, "Setting the scene")
    assert show(opening, "start") == "14:00"
    assert show(opening.slots[1], "minutes") == "3–5 min"
    assert show(opening.slots[1], "participant") == "Sita Thapa"
    assert show(draft.meeting, "languages") == "en, fr, ne, es"
    assert show(draft.meeting, "format") == "Hybrid"
    assert not draft.modified


def test_typed_values_are_read_the_way_people_type_them(draft):
    opening = _segment(draft, "Setting the scene")
    draft.enter(opening, "end", "2.15 pm")
    assert opening.end == dt.time(14, 15)
    draft.enter(opening.slots[1], "minutes", "3-4")
    assert (opening.slots[1].min_seconds, opening.slots[1].max_seconds) == (180, 240)
    draft.enter(draft.meeting, "pivot_language", "English")
    assert draft.meeting.pivot_language == "en"
    assert draft.modified


def test_text_that_cannot_be_read_changes_nothing_and_says_how_to_type_it(draft):
    opening = _segment(draft, "Setting the scene")
    with pytest.raises(EntryError, match=r'"25:70" is not a time of day; type it as 14:20, 14\.20 or 2:20 pm'):
        draft.enter(opening, "start", "25:70")
    with pytest.raises(EntryError, match='nobody called "Nobody" is among the participants'):
        draft.enter(opening.slots[0], "participant", "Nobody")
    assert opening.start == dt.time(14, 0)
    assert draft.undo_label is None and not draft.modified


def test_every_edit_is_checked_at_once_by_the_rules_of_check(draft):
    opening = _segment(draft, "Setting the scene")
    outcome = draft.enter(opening, "end", "13:50")
    problem, knock_on = outcome.validation.errors
    assert problem.field == "sittings[0].segments[0].end"
    assert knock_on.field == "sittings[0].segments[1].start"  # the next segment follows it
    assert "ends at 13:50, before it starts at 14:00" in problem.message
    assert draft.problems(opening, "end") == [problem]
    assert draft.target(problem) == (opening, "end")
    assert draft.describe(opening, "end") == "Sitting 1 (14 March 2025) › Segment 1 “Setting the scene” › End"
    assert not draft.validation.ok

    draft.enter(opening, "end", "14:20")
    assert draft.validation.ok and draft.problems(opening, "end") == []


def test_a_problem_of_a_whole_row_is_shown_on_that_row(draft):
    opening = _segment(draft, "Setting the scene")
    draft.enter(opening.slots[0], "minutes", "18")
    [problem] = draft.problems(opening)
    assert problem.field == "sittings[0].segments[0].slots"
    assert "need at least 21 min but the segment has 20 min" in problem.message
    assert draft.target(problem) == (opening, "slots")


def test_undo_and_redo_restore_values_rows_and_order(draft):
    interventions = _segment(draft, "Interventions from the floor")
    colombia = interventions.slots[0]
    draft.enter(interventions, "title", "Statements")
    added = draft.add(interventions, "slots", participant=draft.meeting.participants[0], role="delegate").created
    draft.move(added, 0)
    draft.remove(colombia)
    assert [s.participant.key for s in interventions.slots] == ["maalla"]

    assert draft.undo_label == "Remove the slot of Delegate of Colombia"
    draft.undo()
    draft.undo()
    assert [s.participant.key for s in interventions.slots] == ["colombia", "maalla"]
    draft.undo()
    draft.undo()
    assert [s.participant.key for s in interventions.slots] == ["colombia"]
    assert interventions.title == "Interventions from the floor"
    assert draft.undo() is None and not draft.modified

    draft.redo()
    draft.redo()
    assert interventions.title == "Statements" and len(interventions.slots) == 2
    assert draft.redo_label == "Move the slot of Dr. Najat Maalla M'jid"


def test_a_new_edit_after_undo_clears_redo(draft):
    meeting = draft.meeting
    draft.enter(meeting, "room", "Room XX")
    draft.undo()
    draft.enter(meeting, "room", "Room XIX")
    assert draft.redo_label is None and meeting.room == "Room XIX"


def test_listeners_hear_each_step_before_and_after_it_then_the_outcome(draft):
    heard = Recorder()
    draft.listen(heard)
    sitting = draft.meeting.sittings[0]
    outcome = draft.add(sitting, "segments", 1, title="Break", kind="break")
    kinds = [(when, type(what).__name__) for when, what in heard.heard]
    assert kinds == [("before", "Insert"), ("after", "Insert"), ("checked", "Outcome")]
    step = heard.heard[0][1]
    assert (step.owner, step.collection, step.index, step.obj) == (sitting, "segments", 1, outcome.created)
    assert outcome.parts == Part.SEGMENTS and outcome.rows_changed

    heard.heard.clear()
    draft.move(outcome.created, 3)
    draft.undo()
    moves = [what for when, what in heard.heard if when == "before"]
    assert [(type(m), m.source, m.target) for m in moves] == [(Move, 1, 3), (Move, 3, 1)]
    draft.unlisten(heard)


def test_removing_a_participant_shows_every_slot_left_without_them(draft):
    maalla = draft.meeting.participants[0]
    outcome = draft.remove(maalla)
    [problem] = outcome.validation.errors
    assert problem.field == "sittings[0].segments[0].slots[0].participant"
    assert 'no participant has the id "maalla"' in problem.message
    draft.undo()
    assert draft.validation.ok and draft.meeting.participants[0] is maalla


def test_a_value_typed_by_a_person_is_no_longer_an_assumption(draft):
    meeting = draft.meeting
    assert meeting.assumed == ["intervention_minutes"]
    outcome = draft.enter(meeting, "intervention_minutes", "3")
    assert meeting.intervention_seconds == 180 and meeting.assumed == []
    assert any(isinstance(s, Assign) and s.attribute == "assumed" for s in outcome.steps)
    draft.undo()
    assert meeting.assumed == ["intervention_minutes"] and meeting.intervention_seconds == 120


def test_a_new_participant_gets_an_id_from_the_name_unique_in_the_meeting(draft):
    first = draft.add(draft.meeting, "participants", name="Sita Thapa").created
    assert first.key == "sita-thapa"
    second = draft.add(draft.meeting, "participants").created
    assert [str(p) for p in draft.problems(second, "name")] == [
        '<programme>: error: participants[4].name: "name" is required but missing'
    ]
    draft.enter(second, "name", "Sita Thapa")
    assert second.key == "sita-thapa-2"


def test_a_group_of_operations_is_one_undo_and_all_or_nothing(draft):
    meeting = draft.meeting
    with draft.group("Add two booths") as result:
        draft.add(meeting, "booths", into="ar", **{"from": ["en"]})
        draft.add(meeting, "booths", into="ru", **{"from": ["en"]})
    assert result[0].label == "Add two booths" and len(meeting.booths) == 6
    assert draft.undo_label == "Add two booths"
    draft.undo()
    assert len(meeting.booths) == 4

    with pytest.raises(EntryError), draft.group("Half an import"):
        draft.add(meeting, "booths", into="ar", **{"from": ["en"]})
        draft.enter(meeting, "registration_deadline", "the day before")
    assert len(meeting.booths) == 4 and draft.undo_label is None


def test_steps_carry_what_undo_needs(draft):
    sitting = draft.meeting.sittings[0]
    segment = sitting.segments[2]
    outcome = draft.remove(segment)
    [step] = outcome.steps
    assert isinstance(step, Remove) and isinstance(step.inverse(), Insert)
    assert step.inverse().index == 2 and step.inverse().obj is segment


def test_an_empty_meeting_lists_what_it_still_needs():
    draft = Draft.new()
    needed = {p.field for p in draft.validation.errors}
    assert {"meeting.title", "meeting.time_zone", "meeting.languages", "sittings"} <= needed


def test_a_pasted_seed_agenda_fixed_in_the_editor_is_clean_and_round_trips(tmp_path):
    """The agenda of the HRC side event's invitation: the importer's draft, what it assumed and
    its problems fixed with the editor's operations, gives a file ``meetingdesk check`` finds
    nothing in."""
    draft = Draft.from_agenda(HRC_AGENDA.read_text(encoding="utf-8"), "invitation", today=dt.date(2025, 1, 6))
    assert [(u.line, u.text) for u in draft.unread] == [(5, "Proposed draft questions:")]
    assert [p.field for p in draft.validation.problems] == ["sittings[0].segments[1].slots"]
    meeting = draft.meeting
    assert meeting.assumed == ["title", "format", "languages"]

    draft.enter(meeting, "title", "Trafficking in children on the rise: immediate action required")
    draft.enter(meeting, "languages", "English, French, Nepali, Spanish")
    assert [p.field for p in draft.validation.warnings] == ["meeting.languages", "sittings[0].segments[1].slots"]
    with draft.group("Interpretation plan"):
        for into, heard in (("en", "fr, ne, es"), ("fr", "en"), ("es", "en"), ("ne", "en")):
            booth = draft.add(meeting, "booths").created
            draft.enter(booth, "into", into)
            draft.enter(booth, "from", heard)
        draft.enter(meeting, "pivot_language", "en")
    panel = meeting.sittings[0].segments[1]
    for slot in panel.slots:
        draft.enter(slot, "minutes", "3-4")
    assert draft.validation.problems == []
    assert meeting.assumed == ["format"]

    path = tmp_path / "hrc.toml"
    path.write_text(dump_programme(meeting), encoding="utf-8")
    assert check_file(path) == []
    again = parse_programme(path.read_text(encoding="utf-8"))
    assert [b.into for b in again.meeting.booths] == ["en", "fr", "es", "ne"]
    assert [(s.min_seconds, s.max_seconds) for s in again.meeting.sittings[0].segments[1].slots] == [(180, 240)] * 6


def test_held_sittings_refuse_edits_with_a_plain_reason(draft):
    from meetingdesk.programme.editing import Held

    sitting = draft.meeting.sittings[0]
    sitting.id = 7  # as if loaded from the database
    draft.held = Held({7: False}, frozenset({"colombia"}))
    opening = _segment(draft, "Setting the scene")
    with pytest.raises(EditRefused, match=r"The sitting of 14 March 2025 \(Afternoon\) has been held: a sitting keeps the programme it ran on"):
        draft.enter(opening, "end", "14:30")
    with pytest.raises(EditRefused, match="The home time zone cannot change"):
        draft.enter(draft.meeting, "time_zone", "Europe/Paris")
    with pytest.raises(EditRefused, match="The interpretation plan cannot change"):
        draft.remove(draft.meeting.booths[0])
    with pytest.raises(EditRefused, match="Delegate of Colombia was on the list of the sitting of 14 March 2025"):
        draft.enter(draft.meeting.participants[2], "name", "Colombia")
    assert draft.undo_label is None

    draft.enter(draft.meeting.participants[2], "notes", "sent a written statement")  # the secretariat's own
    draft.enter(draft.meeting, "title", "Trafficking in children")  # what the sitting did not run on
    assert draft.refusal(draft.meeting, "title") is None

    draft.held = Held({7: True}, frozenset())
    assert "is running now, on the programme it was opened with" in draft.refusal(opening, "title")
    assert "Add, move or skip speakers and segments from the console" in draft.refusal(sitting, "segments")


@pytest.mark.parametrize(("code", "time", "held"), [
    ("fr", "« 25:70 » n’est pas une heure", "La séance du 14 mars 2025"),
    ("es", "«25:70» no es una hora", "La sesión del 14 de marzo de 2025"),
])
def test_refusals_and_reading_errors_say_it_in_the_chosen_language(draft, code, time, held):
    from meetingdesk import i18n
    from meetingdesk.programme.editing import Held

    opening = _segment(draft, "Setting the scene")
    with pytest.raises(EntryError) as unreadable:
        draft.enter(opening, "start", "25:70")
    sitting = draft.meeting.sittings[0]
    sitting.id = 7
    draft.held = Held({7: False}, frozenset())
    with pytest.raises(EditRefused) as refused:
        draft.enter(opening, "end", "14:30")
    draft.held = Held({}, frozenset())
    draft.enter(opening, "end", "14:25")
    try:
        i18n.set_language(code)
        said_time, said_held, label = unreadable.value.message.render(), refused.value.message.render(), draft.undo_label
        label_said = i18n.render(label)
    finally:
        i18n.set_language("en")
    assert str(unreadable.value).startswith('"25:70" is not a time of day')  # the log keeps English
    assert said_time.startswith(time), said_time
    assert said_held.startswith(held), said_held
    assert label_said != str(label), label_said  # "Undo …" names the edit in the same language

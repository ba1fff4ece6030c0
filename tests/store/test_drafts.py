"""Saving a programme draft: one transaction, refused while errors remain, and held sittings kept."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest
from sqlalchemy import event, func, select

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.editing import Draft, EditRefused
from meetingdesk.programme.files import check_file
from meetingdesk.programme.model import Meeting, SpeakerSlot
from meetingdesk.store.drafts import SaveRefused, load_draft, save_draft
from meetingdesk.store.programmes import export_file, load_meeting

UTC = dt.timezone.utc
START = dt.datetime(2025, 3, 14, 12, 55, tzinfo=UTC)  # five minutes before the sitting, in Geneva


@pytest.fixture
def saved(store, valid_programme):
    """The valid programme saved from a draft; returns its meeting id."""
    return save_draft(store, Draft.from_data(tomllib.loads(valid_programme)))


def _count(store, table) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def _slots(store, meeting_id):
    meeting = load_meeting(store, meeting_id)
    return [(s.id, s.participant.key) for s in meeting.sittings[0].segments[1].slots]


def test_a_new_draft_is_saved_whole_and_exports_a_file_check_accepts(store, saved, tmp_path):
    meeting = load_meeting(store, saved)
    assert meeting.title.startswith("Trafficking in children")
    assert [len(s.segments) for s in meeting.sittings] == [3]
    path = tmp_path / "out.toml"
    export_file(store, saved, path)
    assert check_file(path) == []


def test_a_save_keeps_the_ids_of_rows_and_writes_order_additions_and_removals(store, saved):
    draft = load_draft(store, saved)
    assert not draft.modified
    interventions = draft.meeting.sittings[0].segments[1]
    [(colombia_id, _)] = _slots(store, saved)
    thapa = draft.meeting.participants[1]
    added = draft.add(interventions, "slots", 0, participant=thapa, role="delegate").created
    save_draft(store, draft)
    assert _slots(store, saved) == [(added.id, "thapa"), (colombia_id, "colombia")]

    draft.move(added, 1)
    draft.remove(interventions.slots[0])
    assert draft.modified
    save_draft(store, draft)
    assert _slots(store, saved) == [(added.id, "thapa")]
    assert _count(store, SpeakerSlot) == 3  # the removed slot is gone from the database
    assert not draft.modified


def test_a_draft_with_errors_is_not_saved_and_nothing_is_written(store, valid_programme):
    draft = Draft.from_data(tomllib.loads(valid_programme))
    draft.enter(draft.meeting.sittings[0], "end", "13:00")
    with pytest.raises(SaveRefused, match=r"Not saved: 1 error must be fixed first \(warnings may stay\)") as refused:
        save_draft(store, draft)
    assert [p.field for p in refused.value.problems] == ["sittings[0].end"]
    assert _count(store, Meeting) == 0


def test_a_save_that_fails_half_way_leaves_the_database_as_it_was(store, saved):
    draft = load_draft(store, saved)
    draft.enter(draft.meeting, "title", "Renamed")
    draft.add(draft.meeting.sittings[0].segments[0], "slots", participant=draft.meeting.participants[2])

    def full_disk(*_args):
        raise OSError("No space left on device")

    event.listen(SpeakerSlot, "before_insert", full_disk)
    try:
        with pytest.raises(OSError):
            save_draft(store, draft)
    finally:
        event.remove(SpeakerSlot, "before_insert", full_disk)
    assert load_meeting(store, saved).title.startswith("Trafficking in children")
    assert _count(store, SpeakerSlot) == 3
    assert draft.modified  # nothing was saved: the edits are still there to save again
    save_draft(store, draft)
    assert load_meeting(store, saved).title == "Renamed" and _count(store, SpeakerSlot) == 4


def _open_and_run(store, sitting_id):
    """Open the sitting in the console's engine, start its first segment, give the floor twice."""
    live = LiveSitting.open(store, sitting_id, FakeClock(START))
    live.open_sitting()
    live.start_segment()
    live.call_next()
    live.clock.advance(300)
    live.call_next()
    return live


def test_a_running_sitting_keeps_its_programme_and_the_editor_says_why(store, saved):
    sitting_id = load_meeting(store, saved).sittings[0].id
    live = _open_and_run(store, sitting_id)
    draft = load_draft(store, saved)
    assert draft.held.sittings == {sitting_id: True}
    opening, interventions, _tour = draft.meeting.sittings[0].segments

    with pytest.raises(EditRefused, match="is running now, on the programme it was opened with"):
        draft.enter(opening, "end", "14:25")  # held already
    with pytest.raises(EditRefused, match="Add, move or skip speakers and segments from the console"):
        draft.add(interventions, "slots", participant=draft.meeting.participants[0])  # still to come
    with pytest.raises(EditRefused, match="The home time zone cannot change"):
        draft.enter(draft.meeting, "time_zone", "Europe/Paris")
    with pytest.raises(EditRefused, match="Dr. Najat Maalla M'jid was on the list"):
        draft.enter(draft.meeting.participants[0], "title", "Prof.")
    assert not draft.modified

    view_before = live.view()
    live.close()
    draft.enter(draft.meeting, "subtitle", "Side event")  # the sitting did not run on it
    draft.enter(draft.meeting.participants[0], "notes", "thanked the co-sponsors")
    save_draft(store, draft)
    again = LiveSitting.open(store, sitting_id, FakeClock(START + dt.timedelta(seconds=300)))
    assert again.view().speaker.name == view_before.speaker.name
    assert [e.name for e in again.view().queue] == [e.name for e in view_before.queue]
    again.close()


def test_a_closed_sitting_is_held_and_the_meeting_can_still_gain_a_sitting(store, saved):
    sitting_id = load_meeting(store, saved).sittings[0].id
    live = _open_and_run(store, sitting_id)
    live.close_sitting()
    live.close()
    draft = load_draft(store, saved)
    assert draft.held.sittings == {sitting_id: False}
    with pytest.raises(EditRefused, match="has been held: a sitting keeps the programme it ran on"):
        draft.remove(draft.meeting.sittings[0].segments[2])

    sitting = draft.add(draft.meeting, "sittings", title="Follow-up").created
    draft.enter(sitting, "date", "21 March 2025")
    draft.enter(sitting, "start", "10:00")
    segment = draft.add(sitting, "segments", title="Round-up", kind="closing").created
    draft.enter(segment, "end", "10:30")
    save_draft(store, draft)
    assert [s.title for s in load_meeting(store, saved).sittings] == ["Afternoon", "Follow-up"]


def test_a_sitting_opened_while_the_draft_was_edited_is_not_changed_by_its_save(store, saved):
    draft = load_draft(store, saved)
    opening = draft.meeting.sittings[0].segments[0]
    draft.enter(opening, "title", "Welcome")  # allowed: nothing was held when the draft was loaded
    _open_and_run(store, opening.sitting.id).close()
    with pytest.raises(SaveRefused, match="the sitting of 14 March 2025 .* has been opened since the draft was loaded"):
        save_draft(store, draft)
    assert load_meeting(store, saved).sittings[0].segments[0].title == "Setting the scene"

    draft.undo()
    draft.enter(draft.meeting, "contact", "secretariat@example.org")
    save_draft(store, draft)  # the rest is saved
    assert load_meeting(store, saved).contact == "secretariat@example.org"
    with pytest.raises(EditRefused, match="is running now"):
        draft.enter(opening, "title", "Welcome")  # the draft now knows


def test_a_meeting_saved_elsewhere_since_the_draft_was_loaded_is_not_overwritten(store, saved, tmp_path):
    # two secretariat staff open the same meeting; the second save must not silently undo the first
    first, second = load_draft(store, saved), load_draft(store, saved)
    first.enter(first.meeting, "contact", "desk@example.org")
    save_draft(store, first)
    second.enter(second.meeting, "room", "Room XX")
    with pytest.raises(SaveRefused, match="saved elsewhere .* since you opened it") as refused:
        save_draft(store, second)
    assert "Export the programme file" in str(refused.value)
    stored = load_meeting(store, saved)
    assert (stored.contact, stored.room) == ("desk@example.org", first.meeting.room)  # the first save stands
    assert second.modified  # the second draft's work is still there, to export

    # the one who saved first saves again: nothing changed under them
    first.enter(first.meeting, "title", "Trafficking in children: immediate action")
    save_draft(store, first)
    # opened again after the other save, a draft saves
    third = load_draft(store, saved)
    third.enter(third.meeting, "room", "Room XX")
    save_draft(store, third)
    assert load_meeting(store, saved).room == "Room XX"
    save_draft(store, third)  # saving twice in a row is not a conflict with oneself

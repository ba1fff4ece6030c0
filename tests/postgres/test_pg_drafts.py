"""Programme drafts saved on PostgreSQL: rows keep their ids, a sitting opened meanwhile is kept."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.editing import Draft
from meetingdesk.store.drafts import SaveRefused, load_draft, save_draft
from meetingdesk.store.programmes import load_meeting

START = dt.datetime(2025, 3, 14, 12, 55, tzinfo=dt.timezone.utc)


def test_a_draft_saved_edited_and_saved_again_keeps_its_rows(pg_store, valid_programme):
    meeting_id = save_draft(pg_store, Draft.from_data(tomllib.loads(valid_programme)))
    draft = load_draft(pg_store, meeting_id)
    panel = draft.meeting.sittings[0].segments[0]
    kept = [slot.id for slot in panel.slots]
    added = draft.add(panel, "slots", 0, participant=draft.meeting.participants[2], minutes=(120, 120)).created
    draft.enter(panel, "title", "Welcome")
    save_draft(pg_store, draft)
    segment = load_meeting(pg_store, meeting_id).sittings[0].segments[0]
    assert segment.title == "Welcome"
    assert [s.id for s in segment.slots] == [added.id, *kept]


def test_a_sitting_opened_while_the_draft_was_edited_is_not_changed(pg_store, valid_programme):
    meeting_id = save_draft(pg_store, Draft.from_data(tomllib.loads(valid_programme)))
    draft = load_draft(pg_store, meeting_id)
    draft.enter(draft.meeting.sittings[0].segments[0], "title", "Welcome")
    live = LiveSitting.open(pg_store, draft.meeting.sittings[0].id, FakeClock(START))
    live.open_sitting()
    live.close()
    with pytest.raises(SaveRefused, match="has been opened since the draft was loaded"):
        save_draft(pg_store, draft)
    assert load_meeting(pg_store, meeting_id).sittings[0].segments[0].title == "Setting the scene"

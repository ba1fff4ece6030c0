"""Notes, key messages and next steps, stamped with the time, the running segment and the turn at the floor;
they name a speaker only when the rapporteur does."""

from __future__ import annotations

import datetime as dt

import pytest

from meetingdesk.live import CommandRefused, LiveSitting
from meetingdesk.record import KEY_MESSAGE, NEXT_STEP, NOTE, Record
from record_samples import HRC_START_UTC, segment_id


def test_notes_are_stamped_with_time_and_segment_and_name_a_speaker_only_when_told(store, hrc, hrc_clock):
    opening = segment_id(store, hrc, "opening")
    closing = segment_id(store, hrc, "closing")
    with LiveSitting.open(store, hrc, hrc_clock) as live, Record.open(store, hrc, hrc_clock, live=live) as record:
        hrc_clock.advance(5 * 60)  # 14:00
        live.open_sitting()
        live.start_segment()
        live.call_next()  # Dr. Maalla M'jid welcomes
        maalla_turn = live.view().speaker.entry_id
        hrc_clock.advance(60)
        n1 = record.add_note("Welcome: 38 per cent of detected victims are children.")
        live.call_next()  # the video message of Ms. Waly
        hrc_clock.advance(30)
        n2 = record.add_note("Video message plays.")
        n3 = record.add_note("Nepal raised a point of order on the list of speakers.", speaker="Ms. Waly")
        live.start_segment(closing)
        live.call_next()
        hrc_clock.advance(10)
        k = record.add_key_message("Responses must keep pace with technology-facilitated trafficking.")
        s1 = record.add_next_step("Share the ICAT call to action with Member States", owner="OSRSG-VAC")
        s2 = record.add_next_step("Follow-up meeting on data sharing")

        first = record.notes()[0]
        assert (first.id, first.kind, first.segment_id) == (n1, NOTE, opening)
        # Dr. Maalla M'jid had the floor, but the note does not say it is hers: it names no one
        assert first.speaker is None and record.events()[0].participant_key is None
        assert first.speaker_entry_id == maalla_turn  # still tied to the moment: whose turn it was
        assert dt.datetime.fromtimestamp(first.at, dt.timezone.utc) == HRC_START_UTC + dt.timedelta(minutes=1)
        named = record.notes()[2]
        assert named.id == n3 and named.speaker.key == "waly"  # "Ms. Waly": honorific and surname
        assert record.events()[2].participant_key == "waly"
        assert [n.id for n in record.notes(NOTE)] == [n1, n2, n3]
        assert [n.id for n in record.key_messages()] == [k]
        assert [(n.text, n.owner) for n in record.next_steps()] == [
            ("Share the ICAT call to action with Member States", "OSRSG-VAC"),
            ("Follow-up meeting on data sharing", None),
        ]
        assert {n.segment_id for n in record.notes(KEY_MESSAGE) + record.notes(NEXT_STEP)} == {closing}

        # an owner named later is a correction; a note struck from the record is out of lists and search
        record.edit_note(s2, owner="UNODC")
        assert record.next_steps()[1].owner == "UNODC"
        assert [h.id for h in record.search("video")] == [n2]
        record.strike(n2)
        assert record.search("video") == []
        assert n2 not in [n.id for n in record.notes()]
        record.strike(n2, restore=True)
        assert [h.id for h in record.search("VIDEO")] == [n2]
        assert [h.kind for h in record.search("osrsg")] == ["next_step"]
        assert s1 in [h.id for h in record.search("icat")]


def test_a_note_without_a_live_sitting_is_stamped_with_the_clock_only(store, hrc, hrc_clock):
    with Record.open(store, hrc, hrc_clock) as record:
        note_id = record.add_note("Room XXII is full; overflow in Room XXIII.")
        note = record.notes()[0]
        assert (note.id, note.segment_id, note.speaker) == (note_id, None, None)
        assert dt.datetime.fromtimestamp(note.at, dt.timezone.utc) == hrc_clock.utc()
        with pytest.raises(CommandRefused, match="the note is empty"):
            record.add_note("")
        with pytest.raises(CommandRefused, match="too long"):
            record.add_key_message("x" * 6000)

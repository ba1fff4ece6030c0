"""A journal with a damaged or unknown event opens with what can be read, read-only, naming the event."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from meetingdesk.live import CommandRefused, LiveSitting
from meetingdesk.live.journal import JournalDamaged, read_events

TITLE = "\u201cTrafficking in children on the rise: immediate action required\u201d"
MAALLA = "Dr. Najat Maalla M'jid"


def run_a_little(live, clock):
    live.open_sitting()  # 1
    live.start_segment()  # 2
    live.call_next()  # 3
    clock.advance(30)
    live.message("Please conclude")  # 4
    clock.advance(30)
    live.pause()  # 5
    live.close()


def damage(store, seq: int, **columns: str) -> None:
    sets = ", ".join(f"{name} = :{name}" for name in columns)
    with store.engine.begin() as conn:
        conn.execute(text(f"UPDATE journal_event SET {sets} WHERE seq = :seq"), {"seq": seq, **columns})


def assert_read_only(live) -> None:
    for command in (live.resume, live.call_next, live.undo, lambda: live.message("")):
        with pytest.raises(CommandRefused) as refused:
            command()
        assert refused.value.reason.startswith("this sitting is open read-only, because its journal is damaged: Event ")


def test_an_event_whose_content_is_not_json_is_named_and_the_rest_is_read(store, hrc, clock):
    run_a_little(LiveSitting.open(store, hrc, clock), clock)
    damage(store, 4, payload='{"text": "Please concl')  # cut short on disk
    live = LiveSitting.open(store, hrc, clock)
    assert live.read_only
    assert len(live.damage) == 1
    assert live.damage[0].startswith(
        f"Event 4 of sitting {hrc} ({TITLE}) cannot be read: its content is not valid JSON (Unterminated string"
    )
    v = live.view()
    assert v.speaker.name == MAALLA and v.speaker.paused and v.speaker.elapsed == 60  # events 5 on still read
    assert v.message == ""  # what event 4 said is lost, nothing else
    assert_read_only(live)
    with store.engine.connect() as conn, pytest.raises(JournalDamaged, match=f"event 4 of sitting {hrc} cannot be read"):
        read_events(conn, hrc)  # read without a list to note damage in: a plain error, not a JSONDecodeError
    live.close()


def test_an_event_of_an_unknown_kind_is_named(store, hrc, clock):
    run_a_little(LiveSitting.open(store, hrc, clock), clock)
    damage(store, 4, kind="speaker_muted")  # written by a newer MeetingDesk, say
    live = LiveSitting.open(store, hrc, clock)
    assert live.damage == (
        f"Event 4 of sitting {hrc} ({TITLE}) cannot be read: "
        "\u201cspeaker_muted\u201d is not an action this version of MeetingDesk knows.",
    )
    assert live.view().speaker.paused and live.read_only
    assert_read_only(live)
    live.close()


def test_an_event_that_does_not_fit_and_a_damaged_time_are_both_named(store, hrc, clock):
    run_a_little(LiveSitting.open(store, hrc, clock), clock)
    damage(store, 3, payload="{}")  # a speaker called, but who?
    damage(store, 4, at_utc="half past two")
    live = LiveSitting.open(store, hrc, clock)
    assert live.damage == (
        f"Event 3 of sitting {hrc} ({TITLE}) cannot be read: its content does not make a \u201cspeaker_called\u201d event "
        "(it has no 'entry_id').",
        f"Event 4 of sitting {hrc} ({TITLE}) cannot be read: its time is damaged "
        "(Invalid isoformat string: 'half past two').",
        f"Event 5 of sitting {hrc} ({TITLE}) cannot be read: it does not fit the events before it.",
    )
    v = live.view()
    assert v.current_segment.title == "Setting the scene" and v.speaker is None
    assert_read_only(live)
    live.close()


def test_a_sound_journal_opens_for_writing(live):
    assert not live.read_only and live.damage == ()

"""Two rapporteurs and a moderator on one PostgreSQL database, each on their own connection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.record import ANSWERED, Record
from meetingdesk.store.programmes import import_file, load_meeting

HRC_FILE = Path(__file__).resolve().parents[2] / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"


def test_two_rapporteurs_and_the_moderator_share_one_sitting(pg_store):
    hrc_clock = FakeClock(dt.datetime(2025, 3, 14, 13, 0, tzinfo=dt.timezone.utc))  # 14:00 CET
    meeting_id, _ = import_file(pg_store, HRC_FILE)
    sitting = load_meeting(pg_store, meeting_id).sittings[0].id
    with LiveSitting.open(pg_store, sitting, hrc_clock) as live, \
            Record.open(pg_store, sitting, hrc_clock, live=live, author="A") as a, \
            Record.open(pg_store, sitting, hrc_clock, author="B") as b:
        live.open_sitting()
        live.start_segment()
        q = a.add_question("Pourquoi la demande augmente-t-elle ?", asker="France")
        b.add_note("Interpretation into Nepali is working.")
        live.call_next()  # the moderator's journal goes on, its sequence untouched by the rapporteurs
        assert b.catch_up() is None and b.question(q).text  # taken in when B logged its note, the order of commits
        b.answer(q, "À cause de la technologie.", by=["maalla"])
        a.catch_up()
        assert a.question(q).status == ANSWERED
        assert [h.id for h in a.search("a cause de la TECHNOLOGIE")] == [q]
        assert [e.seq for e in live.events()] == [1, 2, 3]
        assert {n.author for n in a.notes()} == {"B"}

"""The HRC side event from a moderator's console, with a rapporteur, the interpreters' view and the speaker's
display each following from a process of its own, as on four machines sharing one PostgreSQL server.

At every step each seat's rendering (the live view, the booths' part of it, the rapporteur's record) is
the moderator's, compared as data; the rapporteur's entries carry the segment and the speaker the
moderator's console shows; a fifth console takes the sitting over and the moderator follows it; and the
display's connections cut by the server lose nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from meetingdesk.live import FakeClock, LiveSitting, SittingHeldElsewhere
from meetingdesk.record import Record
from meetingdesk.store import open_store
from meetingdesk.store.programmes import import_file, load_meeting, samples_folder
from test_pg_follow import terminate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HRC = samples_folder() / "hrc-side-event-2025-03-14.toml"
BEFORE_START = dt.datetime(2025, 3, 14, 12, 55, tzinfo=dt.timezone.utc)
MIN = 60


class Seat:
    """A seat's process, answering one line per line."""

    def __init__(self, url: str, sitting: int, role: str):
        self.role = role
        seat_url = make_url(url).update_query_dict({"application_name": role}).render_as_string(hide_password=False)
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "seat_worker.py"), seat_url, str(sitting), role, BEFORE_START.isoformat()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert self.proc.stdout.readline().strip() == "ready"

    def ask(self, line: str):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        assert answer, f"the {self.role} seat ended"
        return pickle.loads(base64.b64decode(answer))

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0


def test_the_hrc_side_event_with_every_seat_in_its_own_process(pg_url):
    store = open_store(pg_url)
    meeting_id, _ = import_file(store, HRC)
    sitting = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(BEFORE_START)
    live = LiveSitting.open(store, sitting, clock)  # the moderator's console
    strip = Record.open(store, sitting, clock, live=live, author="moderator")  # its questions strip
    seats = {role: Seat(pg_url, sitting, role) for role in ("display", "interpreters", "rapporteur")}
    steps = 0

    def expected(role: str, at: float):
        view = live.view(at)
        if role == "display":
            return view
        if role == "interpreters":
            return view.interpretation
        strip.catch_up()
        return (view.current_segment, view.speaker,
                [(q.id, q.number, q.text, q.segment_id, q.speaker_entry_id) for q in strip.questions()],
                [(n.id, n.text, n.segment_id, n.speaker_entry_id) for n in strip.notes()])

    def every_seat_shows_it() -> None:
        nonlocal steps
        steps += 1
        strip.catch_up()
        at = live.now()
        for role, seat in seats.items():
            assert seat.ask(f"show {live.last_seq} {strip.last_seq} {at}") == expected(role, at), (role, steps)

    def step(command, advance: float = 0) -> None:
        clock.advance(advance)
        command()
        every_seat_shows_it()

    try:
        scene, panel, qa, closing = [s.id for s in live.view().segments]
        step(lambda: None)
        step(live.open_sitting, 7 * MIN)
        step(live.start_segment)
        step(live.call_next)
        segment, speaker = live.view().current_segment, live.view().speaker
        stamp = seats["rapporteur"].ask("note The Special Representative opens: trafficking in children rises.")
        assert stamp[:2] == (segment.id, speaker.entry_id)  # stamped on another machine from the followed journal
        step(live.call_next, 5 * MIN + 30)
        step(live.undo, 12)
        step(lambda: live.message("Please conclude"), 4 * MIN)
        step(live.call_next, 30)
        step(lambda: live.set_floor_language("fr"), 20)
        step(lambda: live.slow_down(True), 10)
        step(live.end_segment, 2 * MIN)
        for name, delegation, group in [("Delegation of Chile", "Chile", "member_state"),
                                        ("Délégation du Saint-Siège", "Saint-Siège", "observer_state")]:
            step(lambda: live.request_floor(name=name, delegation=delegation, group=group, segment_id=qa))  # noqa: B023 (called at once)
        step(live.start_segment, 30)  # the panel
        step(live.call_next)

        # the display's connections are cut by the server: the moderator carries on, nothing is lost
        assert terminate(pg_url, "display") >= 2
        for command in (live.pause, lambda: live.extend(30), live.resume, live.call_next):
            clock.advance(40)
            command()
        every_seat_shows_it()

        # a second console on another machine follows, says who holds the sitting, and takes it over
        console = Seat(pg_url, sitting, "console")
        holds, holder = console.ask("holder")
        assert not holds and holder == live.lease.holder
        console.ask("take_over")
        seq = console.ask("do call_next")
        live.check_lease()
        assert not live.holds and live.lease.holder != holder  # the moderator's console now follows
        with pytest.raises(SittingHeldElsewhere):
            live.end_speaker()
        live.catch_up()
        assert live.last_seq == seq
        every_seat_shows_it()
        live.take_over()  # and takes it back
        console.ask("holder")
        step(live.end_segment, 3 * MIN)
        step(live.start_segment)  # Q&A
        step(live.call_next)
        stamp = seats["rapporteur"].ask("question How do we reach children online?")
        assert stamp[:2] == (live.view().current_segment.id, live.view().speaker.entry_id)
        step(live.call_next, 2 * MIN)
        step(live.start_segment, 2 * MIN)  # closing
        step(live.close_sitting, 5 * MIN)
        assert steps >= 20
        console.close()
    finally:
        for seat in seats.values():
            seat.close()
        strip.close()
        live.close()
        store.engine.dispose()

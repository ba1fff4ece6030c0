"""Followers on SQLite: every seat takes in what the console writes, through the same fold, reading only what is new.

A ``Watch`` runs on an asyncio loop, as in the app (qasync) or a web server; the tests wait for what a seat
would show (a listener's change), never for a fixed time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from following import seen

from meetingdesk.live import FakeClock, LiveSitting, Watch
from meetingdesk.record import Record

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "live"))
from hrc_programme import SITTING_START_UTC, add_hrc_side_event  # noqa: E402

MIN = 60


@pytest.fixture
def hrc(store):
    return add_hrc_side_event(store)


@pytest.fixture
def clock():
    return FakeClock(SITTING_START_UTC - dt.timedelta(minutes=5))


def traced(live) -> list[str]:
    """Every statement the driver runs on the sitting's own connection from now on."""
    statements: list[str] = []
    live._conn.connection.driver_connection.set_trace_callback(statements.append)
    return statements


def test_a_display_in_the_same_process_follows_every_command_through_the_same_fold(store, hrc, clock):
    async def main() -> None:
        console = LiveSitting.open(store, hrc, clock)
        display = LiveSitting.open(store, hrc, clock, follow=True)
        watch = Watch(store, name="display")
        watch.follow(display)
        watch.start()
        changes = []
        display.subscribe(changes.append)
        try:
            assert console.holds and not display.holds and display.lease.token == console.lease.token
            for command in (console.open_sitting, console.start_segment, console.call_next,
                            lambda: console.message("Please conclude"), console.pause, console.undo,
                            lambda: console.extend(30), console.call_next):
                clock.advance(20)
                change = command()
                await seen(display, lambda: display.last_seq == console.last_seq)
                assert display.view(console.now()) == console.view()
                assert changes[-1].touched & change.touched  # the display is told what the event touched
            assert display.events() == console.events()
        finally:
            watch.close()
            display.close()
            console.close()

    asyncio.run(main())


def test_a_follower_reads_only_the_events_after_the_last_one_it_has(store, hrc, clock):
    console = LiveSitting.open(store, hrc, clock)
    booth = LiveSitting.open(store, hrc, clock, follow=True)
    console.open_sitting()
    console.start_segment()
    assert booth.catch_up().requires_queue_redraw()
    console.call_next()
    statements = traced(booth)
    change = booth.catch_up()
    assert change.requires_speaker_redraw() and change.requires_interpreters_redraw()
    reads = [s for s in statements if "journal_event" in s]
    assert len(reads) == 1 and "seq > " in reads[0]  # one query, for what is new: never the whole journal
    assert booth.catch_up() is None
    assert booth.view(console.now()) == console.view()
    console.close()
    booth.close()


# A console in another process: opens the sitting, waits for a line on stdin before each command.
CONSOLE = """
import datetime as dt, sys
from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.store import open_store
live = LiveSitting.open(open_store(sys.argv[1]), int(sys.argv[2]), FakeClock(dt.datetime.fromisoformat(sys.argv[3])))
for line in sys.stdin:
    getattr(live, line.strip())()
    print(live.last_seq, flush=True)
live.close()
"""


def test_a_display_follows_a_console_in_another_process_on_the_same_file(store, hrc, clock, db_url):
    async def main() -> None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CONSOLE, db_url, str(hrc), clock.utc().isoformat(),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        display = LiveSitting.open(store, hrc, clock, follow=True)
        watch = Watch(store, name="display")
        watch.follow(display)
        watch.start()
        try:
            for command in ("open_sitting", "start_segment", "call_next"):
                proc.stdin.write(f"{command}\n".encode())
                await proc.stdin.drain()
                seq = int(await asyncio.wait_for(proc.stdout.readline(), 30))
                await seen(display, lambda: display.last_seq == seq)  # noqa: B023 (awaited in this pass)
            assert display.view().speaker is not None and display.view().current_segment.title == "Setting the scene"
            assert display.lease is not None and display.lease.process == proc.pid
        finally:
            proc.stdin.close()
            await proc.wait()
            watch.close()
            display.close()

    asyncio.run(main())


def test_a_take_over_is_told_to_the_former_holder_which_then_follows(store, hrc, clock):
    async def main() -> None:
        first = LiveSitting.open(store, hrc, clock)
        second = LiveSitting.open(store, hrc, clock)
        watch = Watch(store, name="consoles")
        watch.follow(first)
        watch.follow(second)
        watch.start()
        try:
            first.open_sitting()
            await seen(second, lambda: second.last_seq == 1)
            assert first.holds and not second.holds
            second.take_over()
            await seen(first, lambda: not first.holds)
            second.start_segment()
            await seen(first, lambda: first.last_seq == 2)
            assert first.view(second.now()) == second.view() and first.lease.token == second.lease.token
        finally:
            watch.close()
            first.close()
            second.close()

    asyncio.run(main())


def test_a_rapporteur_elsewhere_stamps_entries_with_the_segment_and_speaker_the_console_shows(store, hrc, clock):
    async def main() -> None:
        console = LiveSitting.open(store, hrc, clock)
        followed = LiveSitting.open(store, hrc, clock, follow=True)  # the rapporteur's own view of the sitting
        rapporteur = Record.open(store, hrc, clock, live=followed, author="Rapporteur")
        strip = Record.open(store, hrc, clock, author="moderator")  # the console's questions strip
        watch = Watch(store, name="rapporteur")
        for target in (followed, rapporteur, strip):
            watch.follow(target)
        watch.start()
        try:
            console.open_sitting()
            console.start_segment()
            console.call_next()
            await seen(followed, lambda: followed.last_seq == console.last_seq)
            speaker = console.view().speaker
            note = rapporteur.add_note("Trafficking rises online.")
            [logged] = rapporteur.events()  # stamped with what the console shows, read from the followed journal
            assert (logged.segment_id, logged.speaker_entry_id) == (console.view().current_segment.id, speaker.entry_id)
            question = rapporteur.add_question("How do we reach children online?", asker="Chile")
            assert rapporteur.question(question).segment_id == console.view().current_segment.id
            assert rapporteur.question(question).speaker_entry_id == speaker.entry_id
            await seen(strip, lambda: [n.id for n in strip.notes()] == [note] and len(strip.questions()) == 1)
        finally:
            watch.close()
            for target in (rapporteur, strip, followed, console):
                target.close()

    asyncio.run(main())


def test_a_tail_says_when_a_journal_grew_and_nothing_more(store, hrc, clock):
    """What a review follows: each journal's growth, once per growth, without folding anything."""
    from meetingdesk.journal import Tail

    console = LiveSitting.open(store, hrc, clock)
    rapporteur = Record.open(store, hrc, clock, live=console, author="Anna")
    grown: list[str] = []
    live_tail = Tail(store, hrc, "live", lambda: grown.append("live"))
    record_tail = Tail(store, hrc, "record", lambda: grown.append("record"))
    watch = Watch(store, name="review")
    for tail in (live_tail, record_tail):
        watch.follow(tail)
    try:
        assert watch.sweep() and grown == []  # nothing new since they were made
        console.open_sitting()
        console.start_segment()
        assert watch.sweep() and grown == ["live"]  # two events, one growth seen
        rapporteur.add_note("Survivors must be heard")
        assert watch.sweep() and grown == ["live", "record"]
        assert watch.sweep() and grown == ["live", "record"]
        assert live_tail.last_seq == console.last_seq and record_tail.last_seq == rapporteur.last_seq
    finally:
        rapporteur.close()
        console.close()
        watch.close()

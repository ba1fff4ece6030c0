"""Live sittings with the journal on PostgreSQL: the same views as on SQLite, replay, two operators at once.

The HRC side event of 14 March 2025 (the shipped sample) is run on a fake clock by a scripted
moderator, once on PostgreSQL and once on SQLite: every view along the way must be the same, the
sitting must reopen (a restart mid-way and at the end) exactly where it was, and a rapporteur on
another machine logging into the same sitting must neither disturb the moderator nor be disturbed.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, func, select, text

from meetingdesk.live import CommandRefused, FakeClock, LiveSitting
from meetingdesk.live.journal import journal_event, read_events
from meetingdesk.live.journal import writer as journal_writer
from meetingdesk.record import Record
from meetingdesk.record.journal import read_record, record_event
from meetingdesk.store import SittingHeldElsewhere, StorageError, open_store
from meetingdesk.store.programmes import import_file, load_meeting, samples_folder

HRC = samples_folder() / "hrc-side-event-2025-03-14.toml"
UTC = dt.timezone.utc
BEFORE_START = dt.datetime(2025, 3, 14, 12, 55, tzinfo=UTC)  # 13:55 in Geneva (CET)
MIN = 60


def hrc_sitting(store) -> int:
    meeting_id, _ = import_file(store, HRC)
    return load_meeting(store, meeting_id).sittings[0].id


def segment_ids(live) -> list[int]:
    return [s.id for s in live.view().segments]


def first_half(live, clock, views):
    """13:55 to the middle of the panel, with a late start, a message, an undo, a pause and Q&A requests."""
    scene, _panel, qa, _closing = segment_ids(live)
    views.append(live.view())
    clock.advance(7 * MIN)  # the chair opens two minutes late
    live.open_sitting()
    live.start_segment()
    live.call_next()
    clock.advance(5 * MIN + 30)
    views.append(live.view())  # the first speaker 30 s over
    live.call_next()
    clock.advance(12)
    live.undo()  # called too early: back to the first speaker, her clock running on
    views.append(live.view())
    live.call_next()
    clock.advance(5 * MIN)
    live.call_next()
    clock.advance(4 * MIN)
    live.message("Please conclude")
    views.append(live.view())
    clock.advance(2 * MIN + 10)
    live.end_segment()
    for name, delegation, group in [("Delegation of Chile", "Chile", "member_state"),
                                    ("Délégation du Saint-Siège", "Saint-Siège", "observer_state")]:
        live.request_floor(name=name, delegation=delegation, group=group, segment_id=qa)
    live.request_floor(name="Save the Children", group="civil_society", online=True, segment_id=qa)
    views.append(live.view())
    clock.advance(30)
    live.start_segment()  # the panel
    live.call_next()
    clock.advance(4 * MIN)
    live.pause()
    clock.advance(45)
    views.append(live.view())
    live.resume()
    live.extend(30)
    clock.advance(MIN)
    live.call_next()
    clock.advance(3 * MIN + 20)
    views.append(live.view())
    assert live.view().current_segment.id != scene


def second_half(live, clock, views):
    """The rest of the panel, the Q&A, the closing; the sitting is closed."""
    _scene, _panel, qa, _closing = segment_ids(live)
    while live.view().queue:
        live.call_next()
        clock.advance(3 * MIN + 40)
        views.append(live.view())
    live.end_segment()
    live.start_segment(qa)
    views.append(live.view())
    for _ in range(3):
        live.call_next()
        clock.advance(2 * MIN + 5)
        views.append(live.view())
    live.end_segment()
    live.start_segment()  # closing remarks
    live.call_next()
    clock.advance(4 * MIN)
    views.append(live.view())
    live.close_sitting()
    views.append(live.view())
    clock.advance(10 * MIN)
    views.append(live.view())


def run_hrc(url: str) -> tuple[list, LiveSitting, FakeClock, object]:
    """The whole sitting on the database at ``url``, closed and reopened (a new engine) at half-time."""
    store = open_store(url)
    sitting_id = hrc_sitting(store)
    clock = FakeClock(BEFORE_START)
    live = LiveSitting.open(store, sitting_id, clock)
    views: list = []
    first_half(live, clock, views)
    before = live.view()
    live.close()
    store.engine.dispose()  # the application goes away...
    clock.advance(9.25)  # ...and is back 9.25 s later
    store = open_store(url)
    live = LiveSitting.open(store, sitting_id, clock)
    after = live.view()
    assert after.speaker.name == before.speaker.name
    assert after.speaker.elapsed == before.speaker.elapsed + 9.25  # the clocks ran on meanwhile
    assert after.current_segment.elapsed == before.current_segment.elapsed + 9.25
    assert after.queue == before.queue and after.sitting.offset_seconds == before.sitting.offset_seconds
    views.append(after)
    second_half(live, clock, views)
    return views, live, clock, store


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'live.sqlite'}"


def test_a_whole_sitting_on_postgresql_shows_what_it_shows_on_sqlite(pg_url, sqlite_url):
    pg_views, pg_live, pg_clock, pg_store = run_hrc(pg_url)
    lite_views, lite_live, _lite_clock, lite_store = run_hrc(sqlite_url)
    try:
        assert len(pg_views) == len(lite_views) > 15
        for step, (pg, lite) in enumerate(zip(pg_views, lite_views, strict=True)):
            assert pg == lite, f"step {step}"
        final = pg_views[-1]
        assert final.sitting.status == "closed"
        assert [s.status for s in final.segments] == [s.status for s in lite_views[-1].segments]
        # the journal reads back the same from both: kinds, payloads, times to the microsecond
        with pg_store.engine.connect() as conn:
            pg_events = read_events(conn, pg_live.snapshot.sitting_id)
        with lite_store.engine.connect() as conn:
            lite_events = read_events(conn, lite_live.snapshot.sitting_id)
        assert [(e.seq, e.kind, e.payload, e.at) for e in pg_events] == [
            (e.seq, e.kind, e.payload, e.at) for e in lite_events
        ]
        assert pg_events == list(pg_live.events())
        assert any(any(ord(ch) > 127 for ch in str(e.payload)) for e in pg_events)  # "Saint-Siège" made it

        # reopened after the sitting (replay from PostgreSQL): the same view, now and later
        pg_live.close()
        pg_store.engine.dispose()
        fresh = open_store(pg_url)
        again = LiveSitting.open(fresh, pg_live.snapshot.sitting_id, pg_clock)
        try:
            assert again.view() == final
            assert again.events() == tuple(pg_events)
            pg_clock.advance(3600)
            assert again.view().sitting == final.sitting
        finally:
            again.close()
            fresh.engine.dispose()
    finally:
        lite_live.close()
        lite_store.engine.dispose()
        pg_live.close()
        pg_store.engine.dispose()


# --------------------------------------------------------------------------- two operators, two machines


def rows(store, table, sitting_id: int) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(table.c.sitting_id == sitting_id))


def test_moderator_and_rapporteur_on_two_machines_write_to_one_sitting_at_once(pg_url):
    moderator_machine = open_store(pg_url)
    rapporteur_machine = open_store(pg_url)  # its own engine: its own connections, as on another computer
    sitting_id = hrc_sitting(moderator_machine)
    moderator_clock, rapporteur_clock = FakeClock(BEFORE_START), FakeClock(BEFORE_START)
    live = LiveSitting.open(moderator_machine, sitting_id, moderator_clock)
    record = Record.open(rapporteur_machine, sitting_id, rapporteur_clock, author="Rapporteur (Geneva)")
    _scene, _panel, qa, _closing = segment_ids(live)
    live.open_sitting()
    live.start_segment()
    failures: list[BaseException] = []
    go = threading.Barrier(2)

    def moderate():
        try:
            go.wait()
            for i in range(40):
                live.request_floor(name=f"Delegation {i}", group="member_state", segment_id=qa)
                moderator_clock.advance(1)
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    def take_notes():
        try:
            go.wait()
            for i in range(40):
                record.add_question(f"Question {i} — ¿cómo?", asker=f"Delegate {i}")
                rapporteur_clock.advance(1)
        except BaseException as e:  # noqa: BLE001
            failures.append(e)

    threads = [threading.Thread(target=moderate), threading.Thread(target=take_notes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert not failures, failures
        assert not any(t.is_alive() for t in threads)
        # each journal holds exactly what its operator did, in order, none of the other's rows
        assert [e.seq for e in live.events()] == list(range(1, 43))
        assert rows(moderator_machine, journal_event, sitting_id) == 42
        assert rows(rapporteur_machine, record_event, sitting_id) == 40
        assert [q.text for q in record.questions()] == [f"Question {i} — ¿cómo?" for i in range(40)]

        # durable: a third machine opening the sitting now sees both journals whole
        third = open_store(pg_url)
        try:
            reopened = LiveSitting.open(third, sitting_id, moderator_clock)
            assert reopened.view() == live.view()
            reopened.close()
            with Record.open(third, sitting_id, rapporteur_clock) as other:
                assert other.questions() == record.questions()
                assert [e.author for e in other.events()] == ["Rapporteur (Geneva)"] * 40
                with third.engine.connect() as conn:
                    assert read_record(conn, sitting_id) == list(record.events())
        finally:
            third.engine.dispose()

        # the moderator goes on; the rapporteur's refresh sees nothing new of its own kind
        live.start_segment(qa)
        asked = [e.name for e in live.view().queue if e.name.startswith("Delegation ")]
        assert asked == [f"Delegation {i}" for i in range(40)]  # in the order they asked
        live.call_next()
        assert record.catch_up() is None
        assert rows(moderator_machine, journal_event, sitting_id) == 44
    finally:
        record.close()
        live.close()
        moderator_machine.engine.dispose()
        rapporteur_machine.engine.dispose()


def test_a_second_rapporteur_on_another_machine_sees_the_first_ones_entries(pg_url):
    first_machine, second_machine = open_store(pg_url), open_store(pg_url)
    sitting_id = hrc_sitting(first_machine)
    clock = FakeClock(BEFORE_START)
    first = Record.open(first_machine, sitting_id, clock, author="first")
    second = Record.open(second_machine, sitting_id, clock, author="second")
    try:
        first.add_key_message("Survivors must be heard in the design of services")
        clock.advance(5)
        second.add_next_step("Circulate the chair's summary", owner="Secretariat")
        assert [n.text for n in second.key_messages()] == ["Survivors must be heard in the design of services"]
        assert first.catch_up() is not None
        assert [n.text for n in first.next_steps()] == [n.text for n in second.next_steps()]
        assert [n.text for n in second.key_messages()] == ["Survivors must be heard in the design of services"]
        assert [e.author for e in first.events()] == ["first", "second"]
    finally:
        first.close()
        second.close()
        first_machine.engine.dispose()
        second_machine.engine.dispose()


def test_a_dropped_connection_fails_one_command_cleanly_and_the_next_reconnects(pg_url, pg_store):
    """The server restarts or the network blips mid-sitting: the command in flight is not acknowledged and
    wrote nothing; the moderator's next key press reconnects and works."""
    sitting_id = hrc_sitting(pg_store)
    clock = FakeClock(BEFORE_START)
    live = LiveSitting.open(pg_store, sitting_id, clock)
    try:
        live.open_sitting()
        before, events = live.view(), live.events()
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ))
        admin.dispose()
        with pytest.raises(StorageError, match="^The database server cannot be reached .*: the last action was not saved"):
            live.start_segment()
        assert live.view() == before and live.events() == events
        assert rows(pg_store, journal_event, sitting_id) == 1
        live.start_segment()
        assert live.view().current_segment.title == "Setting the scene"
        with pg_store.engine.connect() as conn:
            assert read_events(conn, sitting_id) == list(live.events())
    finally:
        live.close()


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_rapporteur_name_too_long_for_the_database_is_refused_at_open_on_both(backend, request, tmp_path):
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else f"sqlite:///{tmp_path / 'r.sqlite'}"
    store = open_store(url)
    try:
        sitting_id = hrc_sitting(store)
        with pytest.raises(CommandRefused, match="the rapporteur's name is too long \\(201 characters; at most 200\\)"):
            Record.open(store, sitting_id, FakeClock(BEFORE_START), author="x" * 201)
        with Record.open(store, sitting_id, FakeClock(BEFORE_START), author="x" * 200) as record:
            record.add_note("A name of 200 characters fits")
            assert [e.author for e in record.events()] == ["x" * 200]
    finally:
        store.engine.dispose()


def test_a_second_console_on_another_machine_follows_until_it_takes_the_sitting_over(pg_url):
    """Two consoles on one sitting: the second follows the first and says who holds it; after an explicit
    take-over the first follows, and the database refuses what it still tries to write."""
    first_machine, second_machine = open_store(pg_url), open_store(pg_url)
    clock = FakeClock(BEFORE_START)
    try:
        sitting_id = hrc_sitting(first_machine)
        first = LiveSitting.open(first_machine, sitting_id, clock)
        second = LiveSitting.open(second_machine, sitting_id, clock)
        assert first.holds and not second.holds and second.lease.holder == journal_writer()
        first.open_sitting()
        for command in (second.open_sitting, lambda: second.set_budget("group", "member_state", 600)):
            with pytest.raises(SittingHeldElsewhere) as raised:
                command()
            assert raised.value.holder == journal_writer()
            assert raised.value.reason.startswith(f"This sitting is held by another console, on {journal_writer()}:")
        assert rows(first_machine, journal_event, sitting_id) == 1
        assert second.catch_up() is not None and second.view().sitting.status == "open"  # it follows
        second.take_over()
        second.start_segment()
        with pytest.raises(SittingHeldElsewhere):
            first.start_segment()  # refused by the lease in the database: the first console no longer holds it
        assert not first.holds and rows(first_machine, journal_event, sitting_id) == 2
        first.catch_up()
        assert first.view() == second.view(first.now())
        first.close()
        second.close()
    finally:
        first_machine.engine.dispose()
        second_machine.engine.dispose()

"""Followers on PostgreSQL: woken by NOTIFY on commit, and nothing lost or taken in twice across a dropped connection."""

from __future__ import annotations

import asyncio
import datetime as dt

from following import seen
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meetingdesk.live import FakeClock, LiveSitting, Watch
from meetingdesk.store import open_store
from meetingdesk.store.programmes import import_file, load_meeting, samples_folder

HRC = samples_folder() / "hrc-side-event-2025-03-14.toml"
BEFORE_START = dt.datetime(2025, 3, 14, 12, 55, tzinfo=dt.timezone.utc)


def terminate(pg_url: str, application: str) -> int:
    """Cut every connection of one seat (as a network failure would), from the server's side."""
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name"
            ), {"name": application}).all())
    finally:
        admin.dispose()


def test_a_display_is_woken_by_notify_and_catches_up_after_its_connections_are_cut(pg_url):
    console_store = open_store(pg_url)
    seat_url = make_url(pg_url).update_query_dict({"application_name": "display-seat"})
    display_store = open_store(seat_url.render_as_string(hide_password=False))
    meeting_id, _ = import_file(console_store, HRC)
    sitting = load_meeting(console_store, meeting_id).sittings[0].id
    clock = FakeClock(BEFORE_START)

    async def main() -> None:
        console = LiveSitting.open(console_store, sitting, clock)
        display = LiveSitting.open(display_store, sitting, clock, follow=True)
        watch = Watch(display_store, name="display-seat", poll=60.0)  # the slow poll cannot be what wakes it
        watch.follow(display)
        links = []
        watch.subscribe(links.append)
        watch.start()
        try:
            await asyncio.sleep(0)  # let the watch connect and LISTEN
            await seen(display, lambda: watch.link.up)
            for command in (console.open_sitting, console.start_segment, console.call_next):
                clock.advance(30)
                command()
                await seen(display, lambda: display.last_seq == console.last_seq)
            assert terminate(pg_url, "display-seat") >= 2  # the LISTEN connection and the display's own
            for command in (lambda: console.message("Please conclude"), console.call_next, console.pause):
                clock.advance(30)
                command()
            await seen(display, lambda: display.last_seq == console.last_seq, timeout=30)
            assert [e.seq for e in display.events()] == list(range(1, 7))  # nothing lost, nothing twice
            assert display.events() == console.events()
            assert display.view(console.now()) == console.view()
            assert [link.up for link in links][:1] == [False] and watch.link.up  # said lost, then back
        finally:
            watch.close()
            display.close()
            console.close()

    try:
        asyncio.run(main())
    finally:
        console_store.engine.dispose()
        display_store.engine.dispose()

"""Storage faults reach the caller as one documented error in plain words; nothing is written, nothing changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.live import LiveSitting
from meetingdesk.store import SittingHeldElsewhere, StorageError
from refusals import journal_count

ROOT = Path(__file__).resolve().parents[2]

# A second console, in another process: it opens as a follower of the first, takes the sitting over,
# takes one action and exits.
SECOND_CONSOLE = """
import os, sys
from meetingdesk.live import LiveSitting, SystemClock
from meetingdesk.store import open_store
with LiveSitting.open(open_store(sys.argv[1]), int(sys.argv[2]), SystemClock()) as live:
    assert not live.holds and live.lease.process == int(sys.argv[3]), live.lease
    live.take_over()
    assert live.holds and live.lease.process == os.getpid()
    live.message("From the second console")
"""


def assert_not_saved(store, live, command, error=StorageError) -> StorageError:
    """The command raises ``error``, the journal and the view stay as they were."""
    rows, view, events = journal_count(store), live.view(), live.events()
    with pytest.raises(error) as raised:
        command()
    assert journal_count(store) == rows and live.events() == events and live.view() == view
    return raised.value


def test_a_full_disk_is_a_storage_error_in_plain_words(store, live, db_url):
    live.open_sitting()
    live.start_segment()
    pages = live._conn.exec_driver_sql("PRAGMA page_count").scalar()
    live._conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # the disk has no room for one more page
    live._conn.commit()
    for i in range(100):  # until the pages in hand are used up
        text = f"Please conclude ({i}) " + "-" * 250
        try:
            live.message(text)
        except StorageError:
            break
    else:
        pytest.fail("the database never filled up")
    error = assert_not_saved(store, live, lambda: live.message(text))
    path = db_url.removeprefix("sqlite:///")
    assert error.reason == (
        f"The disk is full: the last action was not saved. Free some space on the disk that holds {path}, then try again."
    )
    assert not isinstance(error, SittingHeldElsewhere)
    live._conn.exec_driver_sql("PRAGMA max_page_count = 1000000")  # room again: the same action now succeeds
    live.message(text)
    assert live.view().message == text


def test_a_read_only_database_is_a_storage_error_in_plain_words(store, live):
    live.open_sitting()
    live._conn.exec_driver_sql("PRAGMA query_only = ON")  # as when the file cannot be written
    error = assert_not_saved(store, live, live.start_segment)
    assert error.reason.startswith("The database is read-only: the last action was not saved.")
    assert "check its permissions" in error.reason


def test_a_console_whose_sitting_was_taken_over_is_told_who_holds_it_and_follows(store, live, db_url):
    live.open_sitting()
    live.start_segment()
    assert live.holds and live.lease.process == os.getpid()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SECOND_CONSOLE, db_url, str(live.snapshot.sitting_id), str(os.getpid())],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    error = assert_not_saved(store, live, live.call_next, SittingHeldElsewhere)  # the lease refuses it in the database
    assert error.holder.startswith(f"{socket.gethostname()} (process ")
    assert error.holder != f"{socket.gethostname()} (process {os.getpid()})"  # the other process, not this one
    assert f"held by another console, on {error.holder}" in error.reason
    assert "try again" not in error.reason.lower()
    assert not live.holds  # it follows now: what the other console did comes in, and nothing is written here
    assert live.catch_up() is not None and live.view().message == "From the second console"
    assert_not_saved(store, live, lambda: live.message("Please conclude"), SittingHeldElsewhere)


def test_a_database_file_damaged_since_it_was_last_used_opens_with_a_storage_error(store, hrc, db_url, clock):
    store.engine.dispose()
    path = Path(db_url.removeprefix("sqlite:///"))
    with path.open("r+b") as f:
        f.write(b"not a database any more".ljust(100, b"!"))  # the header is gone
    with pytest.raises(StorageError) as raised:
        LiveSitting.open(store, hrc, clock)
    assert raised.value.reason == (
        f"The database file {path} is damaged (file is not a database): the sitting cannot be opened."
    )

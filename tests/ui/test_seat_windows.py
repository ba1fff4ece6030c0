"""Seats: each window of a sitting built by ``ui.seats`` from what it shows, following the journal; a second
console follows, says who holds the sitting and takes it over; ``meetingdesk seat`` starts one alone."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from meetingdesk.cli import main as command_line
from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.programme.files import load_programme
from ui.console import open_console
from ui.seats import Seats
from ui_samples import HRC

BEFORE_START = dt.datetime(2025, 3, 14, 12, 59, tzinfo=dt.timezone.utc)
SHOTS = os.environ.get("MEETINGDESK_SHOTS")  # a folder to save each seat's picture in, to look at


@pytest.fixture
def clock():
    return FakeClock(BEFORE_START)


@pytest.fixture
def hrc(store):
    meeting = load_programme(HRC)
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return meeting.id, meeting.sittings[0].id


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_a_second_console_follows_says_who_holds_the_sitting_and_takes_it_over(qtbot, store, settings, hrc, clock):
    _meeting, sitting = hrc
    first = open_console(store, sitting, clock=clock, settings=settings)
    qtbot.addWidget(first)
    first.show()
    assert first.live.holds and first.seat_bar.isHidden()
    second = Seats(store, settings, clock).console(sitting)
    qtbot.addWidget(second)
    second.show()
    assert not second.live.holds and second.seat_bar.isVisible()
    words = second.seat_bar.label.text()
    assert words.startswith(f"Held by {first.live.lease.user} on {first.live.lease.holder} since ")
    assert "This console follows it." in words and second.seat_bar.take_over_button.isVisible()

    first.live.open_sitting()  # the holder opens the sitting
    assert second.live.catch_up() is not None  # what the app's Watch does when it hears of it
    assert second.ticker.view.sitting.status == "open"
    shot(second, "console-following")

    qtbot.mouseClick(second.seat_bar.take_over_button, Qt.MouseButton.LeftButton)
    assert second.live.holds and second.seat_bar.isHidden()
    first.live.check_lease()  # the former holder hears of it and follows
    assert not first.live.holds and first.seat_bar.isVisible()
    assert first.seat_bar.label.text().startswith(f"Held by {second.live.lease.user} on {second.live.lease.holder}")
    shot(first, "console-taken-over")
    first.close()
    second.close()


def test_display_interpreters_and_rapporteur_seats_show_the_followed_sitting(qtbot, store, settings, hrc, clock):
    _meeting, sitting = hrc
    console = LiveSitting.open(store, sitting, clock)
    seats = Seats(store, settings, clock)
    display, booths = seats.display(sitting), seats.interpreters(sitting)
    rapporteur = seats.rapporteur(sitting, author="Rapporteur")
    for window in (display, booths, rapporteur):
        qtbot.addWidget(window)
        window.show()
    console.open_sitting()
    clock.advance(60)
    console.start_segment()
    console.call_next()
    for target in list(seats.watch._targets):
        target.catch_up()  # what the app's Watch does on the notifications of these three commands
    speaker = console.view().speaker
    assert display.ticker.view.speaker.public_name == speaker.public_name
    assert booths.ticker.view.interpretation == console.view().interpretation
    assert speaker.name in rapporteur.context_label.text()
    note = rapporteur.record.add_note("The Special Representative opens the event.")
    assert [n.id for n in rapporteur.record.notes()] == [note]
    assert rapporteur.record.events()[0].speaker_entry_id == speaker.entry_id
    for window, name in ((display, "seat-display"), (booths, "seat-interpreters"), (rapporteur, "seat-rapporteur")):
        shot(window, name)
        window.close()
    console.close()


def test_the_seat_command_starts_one_window_of_a_sitting(store, hrc, db_url):
    meeting, sitting = hrc
    started = []

    def run_app(**kwargs) -> int:
        started.append(kwargs)
        return 0

    assert command_line(["--db", db_url, "seat", "interpreters", str(meeting), "--sitting", "1"], run_app=run_app) == 0
    assert started == [{"db_url": db_url, "open_file": None, "smoke": False, "seat": ("interpreters", meeting, sitting)}]
    assert command_line(["--db", db_url, "seat", "display", str(meeting), "--sitting", "3"], run_app=run_app) == 2

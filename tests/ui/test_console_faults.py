"""What the console says when storage or time lets the moderator down: a full disk or a read-only
database in plain words, a sitting held by another console named (no "try again"), a damaged
journal opened read-only, and a computer clock that moved while the console was closed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from console_driver import press, show_console, tick
from meetingdesk.live import LiveSitting


def fill_the_disk(live) -> None:
    """As if the disk had no room for one more page of the database (the pages it has still take a little)."""
    pages = live._conn.exec_driver_sql("PRAGMA page_count").scalar()
    live._conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    live._conn.commit()


def test_a_full_disk_is_said_in_plain_words_and_the_same_key_works_once_there_is_room(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tick(console, clock, 1)
    live = console.live
    fill_the_disk(live)
    for length in (250, 60, 10, 1):  # use up the room left in the pages in hand, down to the smallest action
        for i in range(200):
            if not console.command(live.message, f"{i} " + "-" * length):
                break
        else:
            pytest.fail("the database never filled up")
    before = live.view()
    press(qtbot, console, Qt.Key.Key_N)
    notice = console.notices.texts()[-1]
    assert notice.startswith("The disk is full: the last action was not saved. Free some space on the disk that holds ")
    assert "SQLITE" not in notice and "sqlalchemy" not in notice.lower()
    assert live.view().speaker is None and live.view().queue == before.queue
    live._conn.exec_driver_sql("PRAGMA max_page_count = 1000000")
    press(qtbot, console, Qt.Key.Key_N)  # the press that saved nothing does not count as a double press
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"


def test_a_read_only_database_is_said_in_plain_words(qtbot, console):
    console.live._conn.exec_driver_sql("PRAGMA query_only = ON")  # as when the file cannot be written
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert console.notices.texts()[-1].startswith("The database is read-only: the last action was not saved.")
    assert console.live.view().sitting.status == "planned"


def test_a_console_whose_sitting_was_taken_over_is_told_who_holds_it_and_not_retried(qtbot, store, console, hrc, clock):
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with LiveSitting.open(store, hrc, clock) as other:  # another console follows, then takes the sitting over
        assert not other.holds
        other.take_over()
        other.message("From the other console")
    tick(console, clock, 1)
    press(qtbot, console, Qt.Key.Key_N)
    banner = console.storage_banner
    assert banner.isVisible()
    assert banner.label.text().startswith("This sitting is held by another console, on ")
    assert "(process " in banner.label.text()  # which machine and which program
    assert "try again" not in banner.label.text().lower()
    assert "try again" not in " ".join(console.notices.texts()).lower()
    assert console.live.view().speaker is None
    tick(console, clock, 1)
    press(qtbot, console, Qt.Key.Key_P)
    assert banner.isVisible()  # it stays, whatever the moderator presses


def test_a_damaged_journal_opens_read_only_and_says_which_event(qtbot, store, settings, hrc, clock):
    with LiveSitting.open(store, hrc, clock) as live:
        live.open_sitting()
        live.start_segment()
        live.call_next()
        clock.advance(30)
        live.message("Please conclude")  # event 4
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE journal_event SET payload = :p WHERE seq = 4"), {"p": '{"text": "Please concl'})
    console = show_console(qtbot, store, hrc, clock, settings)
    assert console.card.name.text() == "Dr. Najat Maalla M'jid"  # what could be read is shown
    banner = console.storage_banner
    assert banner.isVisible() and banner.heading.text() == "Read-only."
    assert f"Event 4 of sitting {hrc}" in banner.label.text()
    press(qtbot, console, Qt.Key.Key_E)
    assert console.notices.texts()[-1].startswith("This sitting is open read-only, because its journal is damaged")
    assert console.live.view().speaker is not None
    console.close()


def test_a_clock_that_moved_while_the_console_was_closed_is_pointed_out(qtbot, store, settings, hrc, clock):
    first = show_console(qtbot, store, hrc, clock, settings)
    assert not first.clock_banner.isVisible()
    first.start_next_segment()
    first.live.call_next()
    clock.advance(100)
    first.close()
    clock.advance(20)
    clock.set_wall(clock.utc() + dt.timedelta(seconds=37))  # an NTP correction while it was closed
    again = show_console(qtbot, store, hrc, clock, settings)
    banner = again.clock_banner
    assert banner.isVisible()
    assert banner.label.text() == (
        "The computer's clock moved 37 s forward since the last action; the clocks resume from the time measured on this machine."
    )
    assert again.card.timer.text() == "3:00"  # 120 s spoken, not 157
    assert QApplication.activeModalWidget() is None
    banner.close_button.click()  # read: the moderator puts it away
    assert not banner.isVisible()
    again.close()


def test_a_database_that_cannot_be_read_is_said_plainly_when_the_console_opens(qtbot, store, settings, hrc, monkeypatch):
    from meetingdesk.store import StorageError
    from ui.main_window import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)

    def unreadable(*_args, **_kwargs):
        raise StorageError("The disk could not be read or written (disk I/O error): the sitting cannot be opened. "
                           "Check that the disk that holds the database is still connected.")

    monkeypatch.setattr(LiveSitting, "open", unreadable)
    window.show_meeting(window.current_meeting_id)  # the programme is still shown, with no word on the sitting
    assert window.programme.rowCount() == 1
    assert window.run_selected_sitting() is None
    box = window.problem_box
    assert box is not None and box.isVisible() and box.windowModality() == Qt.WindowModality.NonModal
    assert box.text() == "The sitting cannot be opened."
    assert box.informativeText().startswith("The disk could not be read or written")
    assert "The sitting cannot be opened." in window.statusBar().currentMessage()
    box.close()
    window.close()

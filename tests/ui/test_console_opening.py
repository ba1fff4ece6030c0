"""Before anything starts the console says how the sitting will run: on its programmed times, as a
rehearsal (another day), or, when that is not clear, as the moderator chooses, without a dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console_driver import UTC, press, show_console, tick
from meetingdesk.live.clock import FakeClock

FIRST = "Ctrl+N opens the sitting and starts “Setting the scene”."


def test_another_day_is_announced_as_a_rehearsal_before_anything_starts(qtbot, store, settings, hrc):
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    console = show_console(qtbot, store, hrc, clock, settings)
    banner = console.day_banner
    assert banner.isVisible()
    assert banner.heading.text() == "Rehearsal."
    assert banner.label.text() == (
        "This sitting is programmed for Friday, 14 March 2025 at 14:00 CET: opening it now runs it as a "
        "rehearsal, with its plan moved to start when you open it.\n" + FIRST
    )
    assert console.clocks.sitting_offset.text() == "on time"  # not "15016:16:55 behind" in large red
    assert not console.rehearse_button.isVisible()  # nothing to choose
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = console.live.view()
    assert view.sitting.rehearsal and view.current_segment.title == "Setting the scene"
    assert not banner.isVisible()
    assert console.clocks.projected_end.text().startswith("Rehearsal · ")
    console.close()


def test_the_programmed_day_says_so_and_runs_on_the_programmed_times(qtbot, console, clock):
    banner = console.day_banner
    assert banner.isVisible()
    assert banner.heading.text() == "Programmed times."
    assert banner.label.text() == "This sitting is programmed for today at 14:00 CET: it runs on its programmed times.\n" + FIRST
    tick(console, clock, 120)  # 14:01: the banner follows the clock
    assert banner.label.text().startswith("This sitting is programmed for today at 14:00 CET, 1 min ago: ")
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not console.live.view().sitting.rehearsal and not banner.isVisible()
    assert console.clocks.sitting_offset.text() == "1:00 behind"


def test_when_it_is_not_clear_the_moderator_chooses_in_the_console(qtbot, store, settings, hrc):
    clock = FakeClock(dt.datetime(2025, 3, 14, 8, 0, tzinfo=UTC))  # 09:00 in Geneva, five hours early
    console = show_console(qtbot, store, hrc, clock, settings)
    banner = console.day_banner
    assert banner.heading.text() == "Rehearsal or the real sitting?"
    assert banner.label.text().startswith("This sitting is programmed for today at 14:00 CET, in 5 h: run it now as a rehearsal")
    assert console.rehearse_button.isVisible() and console.programmed_button.isVisible()
    assert QApplication.activeModalWidget() is None  # the console never opens a dialog

    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # not chosen yet: nothing opens
    assert console.live.view().sitting.status == "planned"
    assert console.notices.texts()[-1] == "Choose first: run the sitting as a rehearsal now, or keep its programmed times."
    assert console.rehearse_button.hasFocus()

    console.rehearse_button.click()
    assert console.rehearse_button.isChecked() and not console.programmed_button.isChecked()
    assert banner.label.text().endswith("You chose to run it as a rehearsal now. " + FIRST)
    tick(console, clock, 1)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert console.live.view().sitting.rehearsal
    assert console.clocks.sitting_offset.text() == "on time"
    console.close()


def test_the_moderator_may_keep_the_programmed_times(qtbot, store, settings, hrc):
    clock = FakeClock(dt.datetime(2025, 3, 14, 8, 0, tzinfo=UTC))
    console = show_console(qtbot, store, hrc, clock, settings)
    press(qtbot, console, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # the button's key (it clicks a moment later)
    qtbot.waitUntil(console.programmed_button.isChecked, timeout=2000)
    assert console.day_banner.label.text().endswith("You chose to keep the programmed times. " + FIRST)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = console.live.view()
    assert view.sitting.status == "open" and not view.sitting.rehearsal
    console.close()

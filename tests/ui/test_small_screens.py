"""Everything works in a 1024×700 window (a projector's, a small laptop's): long names end in "…" with
the whole name in a tooltip, and no window grows by itself when a clock overruns or a long name shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from console_driver import UTC, add_programme, press, show_console, tick
from meetingdesk.live.clock import FakeClock
from meetingdesk.record import Record
from ui.rapporteur import RapporteurWindow
from ui_samples import HRC

SMALL = QSize(1024, 700)
LONG_NAME = (
    "His Excellency Mr. Juan Sebastián de la Santísima Trinidad Fernández-Villaverde y Montenegro, "
    "Permanent Representative of the Plurinational State"
)


def keeps_its_size(window, size: QSize = SMALL) -> bool:
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    return window.size() == size and hint.width() <= size.width() and hint.height() <= size.height()


def test_the_console_runs_a_busy_sitting_in_1024_by_700_without_growing(qtbot, store, settings, tmp_path):
    # opened on another day: the plan runs as a rehearsal, the longest line of the clock panel
    clock = FakeClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    console = show_console(qtbot, store, add_programme(store, HRC)[1], clock, settings)
    console.resize(SMALL)
    assert keeps_its_size(console)
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert keeps_its_size(console)
    live = console.live
    live.request_floor(name=LONG_NAME, kind="point_of_order")
    press(qtbot, console, Qt.Key.Key_N)  # the long name has the floor
    assert live.view().speaker.name == LONG_NAME
    assert keeps_its_size(console)
    name = console.card.name
    assert name.text() == LONG_NAME and name.is_elided() and name.toolTip() == LONG_NAME
    assert name.height() < 2 * name.fontMetrics().height()  # one line, the timer stays in sight
    for _ in range(3):
        live.request_floor(name=LONG_NAME + " " + str(_))
    press(qtbot, console, Qt.Key.Key_M)
    qtbot.keyClicks(console.message_edit, "Please conclude, your time is up and the list of speakers is long")
    qtbot.keyClick(console.message_edit, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_D, Qt.Key.Key_L, Qt.Key.Key_D):  # refusals pile up as notices
        press(qtbot, console, key)
        console.language_menu.hide()
    tick(console, clock, 20 * 60 + 31)  # the opening runs 31 seconds over
    assert console.clocks.segment_clock.text() == "+0:31"
    assert keeps_its_size(console)
    console.grab().save(str(tmp_path / "console-1024.png"))
    console.close()


def test_the_rapporteur_window_does_not_grow_for_a_long_name(qtbot, store, settings, hrc, clock):
    console = show_console(qtbot, store, hrc, clock, settings)
    live = console.live
    live.open_sitting()
    live.start_segment()
    live.request_floor(name=LONG_NAME, kind="point_of_order")
    window = RapporteurWindow(Record.open(store, hrc, clock, live=live), ask_name=True)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    assert keeps_its_size(window)
    live.call_next()
    assert keeps_its_size(window)
    assert LONG_NAME in window.context_label.text() and window.context_label.toolTip() == window.context_label.text()
    window.close()
    console.close()


def test_the_speaker_display_elides_a_long_name_and_shows_it_whole_in_a_tooltip(qtbot, console):
    display = console.ensure_display()
    qtbot.addWidget(display)
    display.resize(SMALL)
    display.show()
    console.start_next_segment()
    console.live.request_floor(name=LONG_NAME, kind="point_of_order")
    console.live.call_next()
    QApplication.processEvents()
    display.repaint()
    assert display.shown.name == LONG_NAME
    assert display.toolTip() == LONG_NAME
    assert keeps_its_size(display)

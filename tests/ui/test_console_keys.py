"""The moderator's keys on a laptop that also shows the speaker display and the interpreters' view:
whichever MeetingDesk window is active, N, Space, P, E, W, Ctrl+Z … act on the sitting; W shows
its state on the console and a sign on the speaker's display."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from console_driver import press, tick
from ui.main_window import MainWindow
from ui.style import SLOW_DOWN_COLOUR


def activate(qtbot, window) -> None:
    """What a click on the window (or a window manager handing it the focus) does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def key_in(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed while ``window`` is the active one."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_the_moderators_keys_work_while_the_speaker_display_is_the_active_window(qtbot, console, clock):
    press(qtbot, console, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    display = console.display
    qtbot.addWidget(display)
    assert display.isVisible()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    activate(qtbot, display)
    live = console.live
    key_in(qtbot, display, Qt.Key.Key_N)
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    key_in(qtbot, display, Qt.Key.Key_P)
    assert live.view().speaker.paused
    key_in(qtbot, display, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not live.view().speaker.paused
    key_in(qtbot, display, Qt.Key.Key_W)
    assert live.view().interpretation.slow_down
    tick(console, clock, 2)
    key_in(qtbot, display, Qt.Key.Key_E)
    assert live.view().speaker is None
    key_in(qtbot, display, Qt.Key.Key_Space)
    assert live.view().speaker.name == "Ms. Ghada Waly"
    # F11 stays the display's own key (full screen on and off), not a second, clashing one
    key_in(qtbot, display, Qt.Key.Key_F11)
    assert display.isFullScreen()
    # and a window manager that honours it does not hand it the focus when Ctrl+D shows it
    assert display.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_typing_keys_pressed_on_the_display_bring_the_console_forward(qtbot, console):
    display = console.ensure_display()
    qtbot.addWidget(display)
    display.show()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    activate(qtbot, display)
    key_in(qtbot, display, Qt.Key.Key_M)  # a message is typed in the console: it must be the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    assert console.message_edit.hasFocus()
    qtbot.keyClicks(console.message_edit, "Please conclude")
    qtbot.keyClick(console.message_edit, Qt.Key.Key_Return)
    assert console.live.view().message == "Please conclude"


def test_the_moderators_keys_work_while_the_interpreters_view_is_the_active_window(qtbot, console):
    press(qtbot, console, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    booths = console.interpreters
    qtbot.addWidget(booths)
    activate(qtbot, booths)
    live = console.live
    key_in(qtbot, booths, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert live.view().current_segment.title == "Setting the scene"
    key_in(qtbot, booths, Qt.Key.Key_N)
    key_in(qtbot, booths, Qt.Key.Key_W)
    assert live.view().interpretation.slow_down and booths.slow_down.isVisible()
    key_in(qtbot, booths, Qt.Key.Key_E)
    assert live.view().speaker is None
    assert booths.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_rapporteur_and_review_keys_work_from_the_console(qtbot, store, settings, hrc, clock):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    console = window.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    console.queue_view.setFocus()

    press(qtbot, console, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rapporteur = window.rapporteurs.get(hrc)
    assert rapporteur is not None and rapporteur.isVisible()
    qtbot.addWidget(rapporteur)
    assert rapporteur.live is console.live  # the console's sitting, not whatever the main window had selected

    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    press(qtbot, console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.reviews) == 1 and window.reviews[0].isVisible()
    qtbot.addWidget(window.reviews[0])
    assert [s.id for s in window.reviews[0].record.sittings] == [hrc]
    assert "Ctrl+Shift+R" in console.actions_by_name["rapporteur"].toolTip()
    window.close()


def test_slow_down_shows_on_the_console_and_as_a_sign_on_the_speakers_display(qtbot, console):
    display = console.ensure_display()
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_N)
    slow = console.actions_by_name["slowDown"]
    assert not console.card.slow_down.isVisible() and not slow.isChecked()
    assert not display.shown.slow_down

    press(qtbot, console, Qt.Key.Key_W)
    assert console.card.slow_down.isVisible()
    assert "Slow down" in console.card.slow_down.text() and "W clears it" in console.card.slow_down.text()
    assert slow.isChecked()  # the menu ticks it too
    assert display.shown.slow_down
    picture = display.grab().toImage()
    _name, _timer, band = display._bands()
    sign = picture.pixelColor(QPoint(int(band.left() + 0.1 * band.width()), int(band.center().y())))
    assert sign == QColor(SLOW_DOWN_COLOUR)  # a blue band across the bottom of the screen

    press(qtbot, console, Qt.Key.Key_W)  # W again clears it
    assert not console.card.slow_down.isVisible() and not slow.isChecked() and not display.shown.slow_down

    press(qtbot, console, Qt.Key.Key_E)  # with nobody at the floor W is refused; the tick stays off
    press(qtbot, console, Qt.Key.Key_W)
    assert not slow.isChecked()
    assert "Nobody is speaking" in console.notices.texts()


def test_a_double_press_of_an_advancing_key_advances_once(qtbot, console, clock):
    live = console.live
    assert live.settings.advance_guard_seconds == 0.6
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tick(console, clock, 5)
    press(qtbot, console, Qt.Key.Key_N)
    clock.advance(0.03)  # a key bounce, a nervous double tap
    press(qtbot, console, Qt.Key.Key_N)
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"  # not taken away at once for Ms. Waly
    assert [e.kind for e in live.events()].count("speaker_called") == 1
    assert console.notices.texts()[-1] == "“Next speaker” pressed twice within 0.6 s: the second press was ignored."
    clock.advance(0.2)
    press(qtbot, console, Qt.Key.Key_Space)  # Space is the same key as N
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    clock.advance(0.6)
    press(qtbot, console, Qt.Key.Key_E)
    clock.advance(0.1)
    press(qtbot, console, Qt.Key.Key_E)  # E twice: the second would be refused anyway; it is not sent
    assert [e.kind for e in live.events()].count("speaker_ended") == 1
    press(qtbot, console, Qt.Key.Key_N)  # another key, at once: a deliberate next step, not a bounce
    assert live.view().speaker.name == "Ms. Ghada Waly"
    clock.advance(1)
    press(qtbot, console, Qt.Key.Key_N)  # a second later: the moderator means it
    assert live.view().speaker.name == "Ms. Sophie Otiende"


def test_the_last_action_is_shown_in_words_with_undo_and_redo(qtbot, console, clock):
    live = console.live
    assert console.last_action.text() == ""
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert console.last_action.text() == "Started “Setting the scene” — Ctrl+Z undoes"
    tick(console, clock, 2)
    press(qtbot, console, Qt.Key.Key_N)
    assert console.last_action.text() == "Gave the floor to Dr. Najat Maalla M'jid — Ctrl+Z undoes"
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live.view().speaker is None
    assert console.last_action.text() == (
        "Started “Setting the scene” — Ctrl+Z undoes · Ctrl+Shift+Z redoes: Gave the floor to Dr. Najat Maalla M'jid"
    )
    assert console.actions_by_name["redo"].isEnabled()
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    assert console.last_action.text() == "Gave the floor to Dr. Najat Maalla M'jid — Ctrl+Z undoes"
    assert not console.actions_by_name["redo"].isEnabled()
    events = len(live.events())
    press(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(live.events()) == events  # nothing left to redo
    assert "Ctrl+Shift+Z" in console.actions_by_name["redo"].toolTip()

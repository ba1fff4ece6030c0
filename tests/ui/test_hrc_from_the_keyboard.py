"""The HRC side event (14 March 2025, 14:00–15:00 CET) start to finish from the keyboard, as a new
moderator runs it on one laptop: the console in a 1024×700 window, the speaker display shown on the
same screen and now and then the active window (a click on it, a window manager handing it the
focus), a nervous double press, an undo and a redo, a pause, an extension, a message, "slow down",
requests from the floor and a point of order, on a fake clock."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from console_driver import tick
from meetingdesk.report.record import build_record
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SMALL = QSize(1024, 700)


def test_the_hrc_side_event_runs_start_to_finish_from_the_keyboard_on_a_1024_by_700_console(qtbot, store, settings, hrc, clock):
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    console = main.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.setGeometry(0, 0, SMALL.width(), SMALL.height())
    live = console.live

    def activate(window) -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    def key(k, modifier=Qt.KeyboardModifier.NoModifier, seconds: float = 0.0) -> None:
        """A key pressed in whichever window is active, then ``seconds`` pass."""
        qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), k, modifier)
        if seconds:
            tick(console, clock, seconds)
        assert console.size() == SMALL  # nothing on the way ever widens or lengthens the console

    def typed(words: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), words)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    activate(console)
    console.queue_view.setFocus()
    assert console.day_banner.heading.text() == "Programmed times."
    assert console.day_banner.label.text().startswith("This sitting is programmed for today at 14:00 CET")
    key(Qt.Key.Key_D, CTRL)  # the speaker display, on the same screen
    display = console.display
    qtbot.addWidget(display)
    display.setGeometry(200, 120, 800, 450)
    assert QApplication.activeWindow() is console  # showing it took no focus
    tick(console, clock, 60)

    # 14:00 Setting the scene
    key(Qt.Key.Key_N, CTRL)
    assert display.shown.waiting == "Dr. Najat Maalla M'jid"  # between speakers: who is next
    key(Qt.Key.Key_N, seconds=0.03)
    key(Qt.Key.Key_N)  # a key bounce 30 ms later: ignored
    assert live.view().speaker.name == "Dr. Najat Maalla M'jid"
    assert console.last_action.text() == "Gave the floor to Dr. Najat Maalla M'jid — Ctrl+Z undoes"
    tick(console, clock, 290)
    activate(display)  # the moderator clicked the display to check it
    key(Qt.Key.Key_Space, seconds=300)  # Ms. Waly's video message
    assert display.shown.name == "Ms. Ghada Waly" and display.shown.timer == "0:00"
    key(Qt.Key.Key_N, seconds=1)  # Ms. Otiende
    key(Qt.Key.Key_Z, CTRL, seconds=20)  # too early: she is not in the room yet
    assert live.view().speaker.name == "Ms. Ghada Waly"
    assert "Ctrl+Shift+Z redoes: Gave the floor to Ms. Sophie Otiende" in console.last_action.text()
    key(Qt.Key.Key_Z, CTRL | SHIFT)  # she is here after all: redo gives her the floor, from now
    assert live.view().speaker.name == "Ms. Sophie Otiende" and live.view().speaker.elapsed == 0
    tick(console, clock, 400)  # 40 s over her six minutes
    assert display.shown.timer == "+0:40"
    key(Qt.Key.Key_E, seconds=10)
    assert (display.shown.heading, display.shown.waiting) == ("Setting the scene", "")  # nobody else on its list
    key(Qt.Key.Key_E, CTRL, seconds=20)  # the opening ends at 14:17: the display counts down to 14:20
    assert display.shown.heading == "Next: Actions taken and remaining challenges"
    assert (display.shown.waiting, display.shown.note) == ("2:39", "until its planned start, 14:20 · first: Ms. Aleksandra Choluj")

    # Actions taken and remaining challenges: six panellists, 3–5 minutes each
    activate(console)
    console.queue_view.setFocus()
    key(Qt.Key.Key_N, CTRL, seconds=1)
    for number, seconds in enumerate((230, 250, 240, 200, 210, 215)):
        key(Qt.Key.Key_N, seconds=seconds // 2)
        if number == 1:
            key(Qt.Key.Key_P, seconds=20)  # the line to Bogotá dropped
            key(Qt.Key.Key_P)
            key(Qt.Key.Key_Plus)
        if number == 3:
            key(Qt.Key.Key_M)
            typed("Please conclude")
            assert display.shown.message == "Please conclude"
        if number == 5:  # Ms. Tamang speaks Nepali: the booths need her to slow down
            key(Qt.Key.Key_W)
            assert display.shown.slow_down and console.card.slow_down.isVisible()
        tick(console, clock, seconds - seconds // 2)
    key(Qt.Key.Key_E, seconds=15)

    # Q&A: States ask for the floor, a point of order goes first
    key(Qt.Key.Key_N, CTRL, seconds=1)
    for delegation in ("Kenya", "France"):
        key(Qt.Key.Key_R)
        typed(delegation)
    key(Qt.Key.Key_O)
    typed("Brazil")
    assert [e.name for e in live.view().queue] == ["Brazil", "Kenya", "France"]
    activate(display)
    for seconds in (60, 120, 125):
        key(Qt.Key.Key_N, seconds=seconds)
    key(Qt.Key.Key_E, seconds=30)

    # Closing remarks
    key(Qt.Key.Key_N, CTRL, seconds=1)
    key(Qt.Key.Key_N, seconds=280)
    key(Qt.Key.Key_E, CTRL, seconds=5)
    activate(console)
    console.queue_view.setFocus()
    key(Qt.Key.Key_S, ALT)  # the Sitting menu, then "Close the sitting"
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_C)
    qtbot.waitUntil(lambda: live.view().sitting.status == "closed", timeout=2000)

    assert console.card.name.text() == "The sitting is closed"
    assert display.shown.heading == "The sitting is closed"
    assert console.size() == SMALL
    record = build_record(store, main.current_meeting_id)
    assert [i.speaker for i in record.interventions] == [
        "Dr. Najat Maalla M'jid", "Ms. Ghada Waly", "Ms. Sophie Otiende",
        "Ms. Aleksandra Choluj", "Ms. Laura Arango", "Ms. Tolulola Olufunmilayo Odugbesan", "Mr. Mark Beavan",
        "Mr. Guillaume Landry", "Ms. Charimaya Tamang",
        "Brazil", "Kenya", "France",
        "Dr. Najat Maalla M'jid",
    ]
    assert not record.not_heard
    assert [s.status for s in record.sittings] == ["closed"] and not record.sittings[0].rehearsal
    assert main.programme.data(main.programme.index(0, 2)).startswith("Held 14:00–")
    main.close()

"""How the front-end tests drive a moderator console: a sample programme in the store, a console on a
fake clock, and key presses as the moderator makes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from meetingdesk.live.clock import FakeClock
from meetingdesk.programme.files import load_programme
from ui.console import ConsoleWindow, open_console

UTC = dt.timezone.utc
# One minute before the HRC side event: on 14 March 2025 Geneva is on CET (UTC+1).
BEFORE_START = dt.datetime(2025, 3, 14, 12, 59, 0, tzinfo=UTC)


def add_programme(store, path: Path) -> tuple[int, int]:
    """Load a programme file into the store: (meeting id, id of its first sitting)."""
    meeting = load_programme(path)
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return meeting.id, meeting.sittings[0].id


def show_console(qtbot, store, sitting_id: int, clock: FakeClock, settings, **kwargs) -> ConsoleWindow:
    """A console shown and active, the focus on its list of speakers, as the moderator finds it."""
    window = open_console(store, sitting_id, clock=clock, settings=settings, **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.queue_view.setFocus()
    return window


def press(qtbot, console: ConsoleWindow, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press as the moderator makes it: on whatever has the focus in the console."""
    target = QApplication.focusWidget() or console.queue_view
    qtbot.keyClick(target, key, modifier)


def tick(console: ConsoleWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    console.ticker.tick()

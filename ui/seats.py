"""Seats: every window of a sitting built in one place, with what it shows handed to its constructor.

``Seats`` is made once per process (``init``) with the database, the settings and the clock, and owns
the process's one ``Watch`` of the database (on the qasync loop): each window's ``LiveSitting`` and
``Record`` are followed by it, so a window in this process and a seat on another machine show the
same journal. A window never opens its own records.

``meetingdesk seat KIND MEETING_ID [--sitting N]`` runs one of them alone in a process of its own (a
booth's computer, the room's display, the rapporteur's laptop); the main window's *Sitting ▸ Open as
seat* starts that command.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

from PySide6.QtCore import QSettings

from meetingdesk.live import LiveSitting, SystemClock, Tail, Watch

KINDS = ("console", "display", "interpreters", "rapporteur", "review")


class Seats:
    def __init__(self, store: Any, settings: QSettings | None = None, clock: Any = None, scheduler: Any = None,
                 loop: asyncio.AbstractEventLoop | None = None, name: str = "MeetingDesk") -> None:
        self.store = store
        self.settings = settings
        self.clock = clock or SystemClock()
        self.scheduler = scheduler
        self.watch = Watch(store, name=name)
        if loop is not None:  # the app's qasync loop (without one, as in widget tests, nothing follows by itself)
            self.watch.start(loop)

    def close(self) -> None:
        self.watch.close()

    def follow(self, target: Any, window: Any = None) -> Any:
        """Keep ``target`` (a LiveSitting, a Record) up to date until ``window`` closes."""
        self.watch.follow(target)
        bar = getattr(window, "seat_bar", None)
        if bar is not None:
            self.watch.subscribe(bar.on_link)
        closed = getattr(window, "closed", None)
        if closed is not None:
            closed.connect(lambda: self.watch.unfollow(target))
        return target

    def live(self, sitting_id: int, *, follow: bool = True) -> LiveSitting:
        return LiveSitting.open(self.store, sitting_id, self.clock, follow=follow)

    # ------------------------------------------------------------------ the windows

    def console(self, sitting_id: int):
        from .console import open_console

        window = open_console(self.store, sitting_id, clock=self.clock, settings=self.settings, scheduler=self.scheduler)
        self.follow(window.live, window)
        if window.questions_strip.record is not None:
            self.follow(window.questions_strip.record, window)
        return window

    def display(self, sitting_id: int, live: LiveSitting | None = None):
        from .speaker_display import SpeakerDisplay
        from .ticker import LiveTicker

        live = live or self.follow(self.live(sitting_id))
        window = SpeakerDisplay(LiveTicker(live, self.clock), self.settings)
        window.ticker.setParent(window)
        window.ticker.start()
        return window

    def interpreters(self, sitting_id: int, live: LiveSitting | None = None):
        from .interpreter_view import InterpreterView
        from .ticker import LiveTicker

        live = live or self.follow(self.live(sitting_id))
        ticker = LiveTicker(live, self.clock)
        window = InterpreterView(ticker, live.snapshot.meeting_title, self.settings)
        ticker.setParent(window)
        ticker.start()
        return window

    def rapporteur(self, sitting_id: int, live: LiveSitting | None = None, author: str | None = None):
        """The rapporteur's window: its record follows the sitting's record, its entries are stamped from
        ``live`` (the console's, in this process) or from a followed live journal of its own."""
        from meetingdesk.record import Record

        from .rapporteur import NAME_KEY, RapporteurWindow

        if live is None:
            live = self.follow(self.live(sitting_id))
        ask = author is None  # the window asks who logs, offering the name remembered
        if ask and self.settings is not None:
            author = str(self.settings.value(NAME_KEY, "") or "") or None
        record = Record.open(self.store, sitting_id, self.clock, live=live, author=author)
        window = RapporteurWindow(record, settings=self.settings, ask_name=ask)
        self.follow(record, window)
        return window

    def review(self, meeting_id: int, sitting_id: int | None = None):
        """The secretariat's review; it reads the record again when a journal of its sittings grows."""
        from .review import ReviewWindow

        window = ReviewWindow(self.store, meeting_id, sitting_id, clock=self.clock, settings=self.settings)
        for sitting in window.sitting_ids:
            for journal in ("live", "record"):
                self.follow(Tail(self.store, sitting, journal, window.journal_grew), window)
        return window

    def open(self, kind: str, meeting_id: int, sitting_id: int):
        """The window of a seat ``kind`` (one of ``KINDS``) for the sitting."""
        if kind == "review":
            return self.review(meeting_id, sitting_id)
        return getattr(self, kind)(sitting_id)


def seat_command(kind: str, db_url: str, meeting_id: int, sitting_number: int) -> list[str]:
    """The command line that runs a seat in a process of its own."""
    return [sys.executable, "-c", "import ui, sys; sys.exit(ui.main())", "--db", db_url, "seat", kind,
            str(meeting_id), "--sitting", str(sitting_number)]


def start_seat(kind: str, db_url: str, meeting_id: int, sitting_number: int) -> subprocess.Popen:
    return subprocess.Popen(seat_command(kind, db_url, meeting_id, sitting_number), stdin=subprocess.DEVNULL)

"""The moderator console's Q&A strip: how many questions wait, and what the next round puts to the panel.

It reads the rapporteur's record (``meetingdesk.record.Record``) of the sitting and sends it one
command, ``put_round``. What it shows stays current two ways:

- in this process, it listens to the records it is given (its own, and a rapporteur window's
  via ``follow``) and repaints the moment something is logged;
- from another machine, it takes in new entries on the console's ticker, at most every
  ``POLL_SECONDS`` by the console's clock.

The strip hides itself while the sitting has no question at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from meetingdesk.live import CommandRefused

from .text import STORAGE_ERRORS, translate

log = logging.getLogger(__name__)

POLL_SECONDS = 3.0  # how stale the strip may be when the rapporteur logs on another machine


class QuestionsStrip(QFrame):
    """``QuestionsStrip(clock, command)``: ``command`` runs a core command and turns a refusal into a
    notice (the console's ``command``). ``attach(record)`` gives it the sitting's record."""

    def __init__(self, clock: Any, command: Callable[..., bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsStrip")
        self.setAccessibleName(translate("Console", "Questions waiting for the panel"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#questionsStrip { background: #e8f0fe; border-left: 4px solid #1a73e8; border-radius: 4px; }")
        self.clock = clock
        self._command = command
        self.record: Any = None
        self.owns_record = False
        self.shown_round: list[int] = []  # the ids of the next round as shown: Q puts exactly these
        self._followed: list[Any] = []
        self._polled_at: float | None = None
        self._stale = False

        self.summary = QLabel()
        self.summary.setObjectName("questionsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.next_round = QLabel()
        self.next_round.setObjectName("questionsNextRound")
        self.next_round.setAccessibleName(translate("Console", "Next round of questions"))
        self.next_round.setTextFormat(Qt.TextFormat.PlainText)
        self.next_round.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.next_round)
        self.hide()

    # ------------------------------------------------------------------ the record
    def attach(self, record: Any, *, owns: bool = False) -> None:
        """Show ``record``'s questions; with ``owns`` the strip closes it in ``detach``."""
        self.record = record
        self.owns_record = owns
        record.subscribe(self._on_record)
        self._polled_at = self.clock.monotonic()
        self.show_questions()

    def follow(self, other: Any) -> None:
        """Repaint at once when another record of the same sitting in this process (a rapporteur
        window's) logs something, instead of waiting for the next poll."""
        other.subscribe(self._on_other)
        self._followed.append(other)

    def detach(self) -> None:
        """Stop listening; close the record when the strip opened it (the console is closing)."""
        for other in self._followed:
            try:
                other.unsubscribe(self._on_other)
            except ValueError:
                pass
        self._followed.clear()
        if self.record is not None:
            try:
                self.record.unsubscribe(self._on_record)
            except ValueError:
                pass
            if self.owns_record:
                self.record.close()
            self.record = None
            self.owns_record = False

    def _on_record(self, _change: Any) -> None:
        self.show_questions()

    def _on_other(self, _change: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Take in what was logged elsewhere; the record's listener repaints when there is news."""
        if self.record is None:
            return
        self._polled_at = self.clock.monotonic()
        try:
            self.record.catch_up()
        except STORAGE_ERRORS as error:  # a busy or unreachable database: say so, try again next poll
            log.warning("the questions could not be read: %s", error)
            if not self._stale:
                self._stale = True
                self.show_questions()
            return
        if self._stale:
            self._stale = False
            self.show_questions()

    def poll(self, *_view_and_kinds: Any) -> None:
        """On the console's ticker: refresh when ``POLL_SECONDS`` have passed since the last look."""
        if self.record is None or self._polled_at is None:
            return
        if self.clock.monotonic() - self._polled_at >= POLL_SECONDS:
            self.refresh()

    # ------------------------------------------------------------------ the command
    def put_next_round(self) -> bool:
        """Q: put the round the strip shows to the panel (a refusal is a notice)."""
        return self._command(self._put, list(self.shown_round))

    def _put(self, ids: list[int]) -> None:
        if self.record is None:
            raise CommandRefused("no question is waiting")
        self.refresh()  # another rapporteur may have put or struck one of them meanwhile
        self.record.put_round(ids)

    # ------------------------------------------------------------------ rendering
    def show_questions(self) -> None:
        record = self.record
        questions = record.questions() if record is not None else []
        if not questions:
            self.shown_round = []
            self.hide()
            return
        waiting = record.waiting_questions()
        upcoming = record.next_round()
        self.shown_round = [q.id for q in upcoming]
        if waiting:
            summary = translate("Console", "Q&A: {0} waiting").format(len(waiting))
        else:
            summary = translate("Console", "Q&A: no question waiting")
        rounds = len(record.rounds())
        if rounds:
            summary += " · " + (translate("Console", "1 round put") if rounds == 1 else translate("Console", "{0} rounds put").format(rounds))
        if self._stale:
            summary += " · " + translate("Console", "not up to date: the database cannot be read")
        self._set(self.summary, summary)
        if upcoming:
            line = "\n".join([translate("Console", "Next round (Q):"), *(_describe(q) for q in upcoming)])
            tip = "\n\n".join(f"{q.label}: {q.text}" for q in upcoming)
        else:
            line, tip = translate("Console", "Nothing to put to the panel."), ""
        self._set(self.next_round, line)
        if self.next_round.toolTip() != tip:
            self.next_round.setToolTip(tip)
        self.show()

    @staticmethod
    def _set(label: QLabel, value: str) -> None:
        if label.text() != value:
            label.setText(value)


def _describe(question: Any) -> str:
    """"Q1 Delegate of France → Mr. Mark Beavan, Ms. Choluj"."""
    asker = question.asker.name if question.asker is not None else translate("Console", "unnamed")
    line = f"{question.label} {asker}"
    if question.addressed_to:
        line += " → " + ", ".join(p.name for p in question.addressed_to)
    return line

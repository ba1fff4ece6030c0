"""What a change touched, as typed flags, and what each screen must repaint (the core decides).

Every command, every event a follower takes in and every tick of the clock is told to the screens
as a ``Change``. A screen asks the predicate it cares about (``change.requires_queue_redraw()``)
instead of keeping its own list of what matters to it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Touched(enum.Flag):
    # the live sitting
    SITTING = enum.auto()  # opened, closed, offset, projected end
    AGENDA = enum.auto()  # the order and planned times of the segments
    SEGMENT = enum.auto()  # which segment runs
    SPEAKER = enum.auto()  # who has the floor, their clock
    QUEUE = enum.auto()  # the list of speakers
    MESSAGE = enum.auto()  # the chair's message to the speaker
    NOT_HEARD = enum.auto()
    BUDGET = enum.auto()
    INTERPRETATION = enum.auto()  # floor language, slow down, who speaks next in which language
    JOURNAL = enum.auto()  # a new event (the last action, undo and redo)
    # the rapporteur's record
    QUESTIONS = enum.auto()
    CONTRIBUTIONS = enum.auto()
    NOTES = enum.auto()
    # the seat itself
    LEASE = enum.auto()  # who holds the sitting (this console, or another one)
    LINK = enum.auto()  # the connection to the database was lost or is back
    TIME = enum.auto()  # time passed: running clocks show another second


LIVE = (
    Touched.SITTING | Touched.AGENDA | Touched.SEGMENT | Touched.SPEAKER | Touched.QUEUE | Touched.MESSAGE
    | Touched.NOT_HEARD | Touched.BUDGET | Touched.INTERPRETATION | Touched.JOURNAL
)
RECORD = Touched.QUESTIONS | Touched.CONTRIBUTIONS | Touched.NOTES
EVERYTHING = LIVE | RECORD | Touched.LEASE | Touched.LINK | Touched.TIME


@dataclass(frozen=True)
class Change:
    """What a command (or the events a follower took in, or the clock) touched."""

    touched: Touched
    event_id: int | None = None  # the last event taken in
    entry_id: int | None = None  # the entry a request_floor created

    def __contains__(self, flag: Touched) -> bool:
        return bool(self.touched & flag)

    @property
    def tick(self) -> bool:
        """Only time passed: running clocks repaint, nothing else changed."""
        return self.touched == Touched.TIME

    def requires_agenda_redraw(self) -> bool:
        return bool(self.touched & (Touched.SITTING | Touched.AGENDA | Touched.SEGMENT | Touched.TIME))

    def requires_queue_redraw(self) -> bool:
        return bool(self.touched & (Touched.QUEUE | Touched.SPEAKER | Touched.SEGMENT | Touched.BUDGET | Touched.NOT_HEARD))

    def requires_speaker_redraw(self) -> bool:
        """The speaker's display and the chair's speaker panel: who speaks, their clock, the message, who is next."""
        return bool(
            self.touched
            & (Touched.SPEAKER | Touched.MESSAGE | Touched.SEGMENT | Touched.SITTING | Touched.QUEUE | Touched.TIME)
        )

    def requires_interpreters_redraw(self) -> bool:
        return bool(self.touched & (Touched.INTERPRETATION | Touched.SPEAKER | Touched.QUEUE | Touched.TIME))

    def requires_context_redraw(self) -> bool:
        """The rapporteur's line: the running segment and the speaker at the floor."""
        return bool(self.touched & (Touched.SEGMENT | Touched.SPEAKER | Touched.SITTING | Touched.TIME))

    def requires_actions_redraw(self) -> bool:
        """The moderator's last action, undo and redo."""
        return bool(self.touched & Touched.JOURNAL)

    def requires_questions_redraw(self) -> bool:
        return bool(self.touched & Touched.QUESTIONS)

    def requires_contributions_redraw(self) -> bool:
        return bool(self.touched & Touched.CONTRIBUTIONS)

    def requires_notes_redraw(self) -> bool:
        return bool(self.touched & Touched.NOTES)

    def requires_seat_redraw(self) -> bool:
        """Who holds the sitting and the state of the connection."""
        return bool(self.touched & (Touched.LEASE | Touched.LINK))


TICK = Change(Touched.TIME)

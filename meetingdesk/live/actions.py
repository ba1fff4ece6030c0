"""The moderator's actions in plain words: "Gave the floor to Mexico", "Added 30 s to Ms. X".

The console shows the last action still in effect with its undo, and what a redo would
bring back. Names are the ones the chair's console shows (never the public labels).
"""

from __future__ import annotations

from collections.abc import Callable

from meetingdesk.journal.events import ABSENT, EventData
from meetingdesk.programme.languages import language_name

from . import journal as ev
from .journal import Event
from .snapshot import Snapshot
from .state import State
from .view import ActionView
from .words import duration_words

KIND_WORDS = {"point_of_order": "a point of order by ", "right_of_reply": "a right of reply by "}


def content(event: Event) -> EventData:
    """The action an event stands for: a redo stands for the action it brought back."""
    data = event.data
    return data.action if isinstance(data, ev.Redone) else data


def describe(action: EventData, speaker: int | None, state: State, snap: Snapshot) -> str:
    """One action in words. ``speaker``: the entry that had the floor just before it."""

    def name(entry_id: int | None) -> str:
        entry = state.entries.get(entry_id) if entry_id is not None else None
        return entry.name if entry is not None else "the speaker"

    def title(segment_id: int | None) -> str:
        segment = snap.segment(segment_id) if segment_id is not None else None
        return f"\u201c{segment.title}\u201d" if segment is not None else "a segment"

    match action:
        case ev.SittingOpened(shift=shift):
            return "Opened the sitting" if shift is ABSENT else "Opened the sitting as a rehearsal"
        case ev.SittingClosed():
            return "Closed the sitting"
        case ev.SegmentStarted(segment_id=sid):
            return f"Started {title(sid)}"
        case ev.SegmentEnded(segment_id=sid):
            return f"Ended {title(sid)}"
        case ev.SegmentSkipped(segment_id=sid):
            return f"Skipped {title(sid)}"
        case ev.SegmentMoved(segment_id=sid, to_index=to):
            return f"Moved {title(sid)} to position {to + 1}"
        case ev.DelayRecorded(seconds=seconds, late=late):
            return f"Moved the rest of the plan {duration_words(seconds + late)} later"
        case ev.SpeakerCalled(entry_id=who):
            return f"Gave the floor to {name(who)}"
        case ev.SpeakerPaused():
            return f"Paused {name(speaker)}'s time"
        case ev.SpeakerResumed():
            return f"Resumed {name(speaker)}'s time"
        case ev.SpeakerExtended(seconds=seconds):
            if seconds > 0:
                return f"Added {duration_words(seconds)} to {name(speaker)}"
            return f"Took {duration_words(seconds)} from {name(speaker)}"
        case ev.SpeakerEnded():
            return f"Ended {name(speaker)}'s turn"
        case ev.FloorRequested(entry=entry):
            return f"Put {KIND_WORDS.get(entry.kind, '')}{entry.name} on the list"
        case ev.EntryWithdrawn(entry_id=who):
            return f"Withdrew {name(who)} from the list"
        case ev.EntryMoved(entry_id=who, to_index=to):
            return f"Moved {name(who)} to position {to + 1}"
        case ev.EntryDropped(entry_id=who):
            return f"Dropped {name(who)} (technical trouble)"
        case ev.EntryRecalled(entry_id=who):
            return f"Called {name(who)} back to the list"
        case ev.MessageSet(text=text):
            return f"Showed \u201c{text}\u201d to the speaker" if text else "Cleared the message to the speaker"
        case ev.WrittenStatementMarked(entry_id=who, received=received):
            return f"Marked {name(who)}'s written statement {'received' if received else 'not received'}"
        case ev.BudgetSet(name=whose, seconds=None):
            return f"Removed the speaking-time budget of {whose}"
        case ev.BudgetSet(name=whose, seconds=int(seconds)):
            return f"Gave {whose} a speaking-time budget of {duration_words(seconds)}"
        case ev.FloorLanguageSet(language=language):
            return f"{name(speaker)} now speaks {language_name(language)}"
        case ev.SlowDownSet(on=on):
            return f"Asked {name(speaker)} to slow down" if on else "Cleared \u201cslow down\u201d"
    return action.kind.replace("_", " ").capitalize()


def action_view(state: State, snap: Snapshot, event: Callable[[int], Event]) -> ActionView | None:
    """The last action still in effect and what redo would bring back; ``event(id)`` finds an event."""
    if not state.actions and not state.redo:
        return None
    text = ""
    if state.actions:
        text = describe(content(event(state.actions[-1])), state.speaker_before, state, snap)
    redo_text = None
    if state.redo:
        # the state now is the state before the undone action: who has the floor now had it then
        redo_text = describe(content(event(state.redo[-1][1])), state.turn.entry_id if state.turn is not None else None, state, snap)
    return ActionView(text, bool(state.actions), bool(state.redo), redo_text)

"""The moderator's actions in plain words: "Gave the floor to Mexico", "Added 30 s to Ms. X".

The console shows the last action still in effect with its undo, and what a redo would
bring back. Names are the ones the chair's console shows (never the public labels).
"""

from __future__ import annotations

from collections.abc import Callable

from meetingdesk import i18n
from meetingdesk.i18n import _
from meetingdesk.journal.events import ABSENT, EventData
from meetingdesk.programme.languages import language_name

from . import journal as ev
from .journal import Event
from .snapshot import Snapshot
from .state import State
from .view import ActionView
from .words import duration_words


def content(event: Event) -> EventData:
    """The action an event stands for: a redo stands for the action it brought back."""
    data = event.data
    return data.action if isinstance(data, ev.Redone) else data


def describe(action: EventData, speaker: int | None, state: State, snap: Snapshot) -> str:
    """One action in words. ``speaker``: the entry that had the floor just before it."""

    def name(entry_id: int | None) -> str:
        entry = state.entries.get(entry_id) if entry_id is not None else None
        return entry.name if entry is not None else _("the speaker")

    def title(segment_id: int | None) -> str:
        segment = snap.segment(segment_id) if segment_id is not None else None
        return _("“{title}”", title=segment.title) if segment is not None else _("a segment")

    match action:
        case ev.SittingOpened(shift=shift):
            return _("Opened the sitting") if shift is ABSENT else _("Opened the sitting as a rehearsal")
        case ev.SittingClosed():
            return _("Closed the sitting")
        case ev.SegmentStarted(segment_id=sid):
            return _("Started {segment}", segment=title(sid))
        case ev.SegmentEnded(segment_id=sid):
            return _("Ended {segment}", segment=title(sid))
        case ev.SegmentSkipped(segment_id=sid):
            return _("Skipped {segment}", segment=title(sid))
        case ev.SegmentMoved(segment_id=sid, to_index=to):
            return _("Moved {segment} to position {value}", segment=title(sid), value=to + 1)
        case ev.DelayRecorded(seconds=seconds, late=late):
            return _("Moved the rest of the plan {length} later", length=duration_words(seconds + late))
        case ev.SpeakerCalled(entry_id=who):
            return _("Gave the floor to {name}", name=name(who))
        case ev.SpeakerPaused():
            return _("Paused {name}'s time", name=name(speaker))
        case ev.SpeakerResumed():
            return _("Resumed {name}'s time", name=name(speaker))
        case ev.SpeakerExtended(seconds=seconds):
            if seconds > 0:
                return _("Added {length} to {name}", length=duration_words(seconds), name=name(speaker))
            return _("Took {length} from {name}", length=duration_words(seconds), name=name(speaker))
        case ev.SpeakerEnded():
            return _("Ended {name}'s turn", name=name(speaker))
        case ev.FloorRequested(entry=entry):
            if entry.kind == "point_of_order":
                return _("Put a point of order by {name} on the list", name=entry.name)
            if entry.kind == "right_of_reply":
                return _("Put a right of reply by {name} on the list", name=entry.name)
            return _("Put {name} on the list", name=entry.name)
        case ev.EntryWithdrawn(entry_id=who):
            return _("Withdrew {name} from the list", name=name(who))
        case ev.EntryMoved(entry_id=who, to_index=to):
            return _("Moved {name} to position {value}", name=name(who), value=to + 1)
        case ev.EntryDropped(entry_id=who):
            return _("Dropped {name} (technical trouble)", name=name(who))
        case ev.EntryRecalled(entry_id=who):
            return _("Called {name} back to the list", name=name(who))
        case ev.MessageSet(text=text):
            return _("Showed “{text}” to the speaker", text=text) if text else _("Cleared the message to the speaker")
        case ev.WrittenStatementMarked(entry_id=who, received=received):
            if received:
                return _("Marked {name}'s written statement received", name=name(who))
            return _("Marked {name}'s written statement not received", name=name(who))
        case ev.BudgetSet(name=whose, seconds=None):
            return _("Removed the speaking-time budget of {whose}", whose=whose)
        case ev.BudgetSet(name=whose, seconds=int(seconds)):
            return _("Gave {whose} a speaking-time budget of {length}", whose=whose, length=duration_words(seconds))
        case ev.FloorLanguageSet(language=language):
            return _("{name} now speaks {language}", name=name(speaker), language=language_name(language, i18n.language()))
        case ev.SlowDownSet(on=on):
            return _("Asked {name} to slow down", name=name(speaker)) if on else _("Cleared \u201cslow down\u201d")
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

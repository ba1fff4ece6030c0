"""The moderator's actions in plain words: "Gave the floor to Mexico", "Added 30 s to Ms. X".

The console shows the last action still in effect with its undo, and what a redo would
bring back. Names are the ones the chair's console shows (never the public labels).
"""

from __future__ import annotations

from typing import Any, Callable

from meetingdesk.programme.languages import language_name

from .journal import Event
from .snapshot import Snapshot
from .state import State
from .view import ActionView
from .words import duration_words

KIND_WORDS = {"point_of_order": "a point of order by ", "right_of_reply": "a right of reply by "}


def content(ev: Event) -> tuple[str, dict[str, Any]]:
    """The action an event stands for: a redo stands for the action it brought back."""
    if ev.kind == "redone":
        return ev.payload["kind"], ev.payload["payload"]
    return ev.kind, ev.payload


def describe(kind: str, payload: dict[str, Any], speaker: int | None, state: State, snap: Snapshot) -> str:
    """One action in words. ``speaker``: the entry that had the floor just before it."""

    def name(entry_id: int | None) -> str:
        entry = state.entries.get(entry_id) if entry_id is not None else None
        return entry.name if entry is not None else "the speaker"

    def title(segment_id: int) -> str:
        segment = snap.segment(segment_id)
        return f"\u201c{segment.title}\u201d" if segment is not None else "a segment"

    p = payload
    match kind:
        case "sitting_opened":
            return "Opened the sitting as a rehearsal" if "shift" in p else "Opened the sitting"
        case "sitting_closed":
            return "Closed the sitting"
        case "segment_started":
            return f"Started {title(p['segment_id'])}"
        case "segment_ended":
            return f"Ended {title(p['segment_id'])}"
        case "segment_skipped":
            return f"Skipped {title(p['segment_id'])}"
        case "segment_moved":
            return f"Moved {title(p['segment_id'])} to position {p['to_index'] + 1}"
        case "delay_recorded":
            return f"Moved the rest of the plan {duration_words(p['seconds'] + p.get('late', 0.0))} later"
        case "speaker_called":
            return f"Gave the floor to {name(p['entry_id'])}"
        case "speaker_paused":
            return f"Paused {name(speaker)}'s time"
        case "speaker_resumed":
            return f"Resumed {name(speaker)}'s time"
        case "speaker_extended":
            seconds = p["seconds"]
            if seconds > 0:
                return f"Added {duration_words(seconds)} to {name(speaker)}"
            return f"Took {duration_words(seconds)} from {name(speaker)}"
        case "speaker_ended":
            return f"Ended {name(speaker)}'s turn"
        case "floor_requested":
            entry = p["entry"]
            return f"Put {KIND_WORDS.get(entry.get('kind'), '')}{entry['name']} on the list"
        case "entry_withdrawn":
            return f"Withdrew {name(p['entry_id'])} from the list"
        case "entry_moved":
            return f"Moved {name(p['entry_id'])} to position {p['to_index'] + 1}"
        case "entry_dropped":
            return f"Dropped {name(p['entry_id'])} (technical trouble)"
        case "entry_recalled":
            return f"Called {name(p['entry_id'])} back to the list"
        case "message_set":
            return f"Showed \u201c{p['text']}\u201d to the speaker" if p["text"] else "Cleared the message to the speaker"
        case "written_statement_marked":
            received = "received" if p.get("received", True) else "not received"
            return f"Marked {name(p['entry_id'])}'s written statement {received}"
        case "budget_set":
            if p["seconds"] is None:
                return f"Removed the speaking-time budget of {p['name']}"
            return f"Gave {p['name']} a speaking-time budget of {duration_words(p['seconds'])}"
        case "floor_language_set":
            return f"{name(speaker)} now speaks {language_name(p['language'])}"
        case "slow_down_set":
            return f"Asked {name(speaker)} to slow down" if p["on"] else "Cleared \u201cslow down\u201d"
    return kind.replace("_", " ").capitalize()


def action_view(state: State, snap: Snapshot, event: Callable[[int], Event]) -> ActionView | None:
    """The last action still in effect and what redo would bring back; ``event(id)`` finds an event."""
    if not state.actions and not state.redo:
        return None
    text = ""
    if state.actions:
        kind, payload = content(event(state.actions[-1]))
        text = describe(kind, payload, state.speaker_before, state, snap)
    redo_text = None
    if state.redo:
        kind, payload = content(event(state.redo[-1][1]))
        # the state now is the state before the undone action: who has the floor now had it then
        redo_text = describe(kind, payload, state.turn.entry_id if state.turn is not None else None, state, snap)
    return ActionView(text, bool(state.actions), bool(state.redo), redo_text)

"""The journal kernel: append, read and follow the sitting's two journals, typed events and folds,
refusals and storage errors, time as stored, what a change touched, who holds a sitting.

See docs/live-api.md (Journals, Followers, Seats).
"""

from .changes import TICK, Change, Touched
from .errors import CommandRefused, JournalDamaged, SittingHeldElsewhere, StorageError
from .events import ABSENT, EventData, Handlers, Kinds, Unreadable
from .lease import Holder, Lease
from .rows import Event, RecordEvent

__all__ = [
    "ABSENT", "TICK", "Change", "CommandRefused", "Event", "EventData", "Handlers", "Holder", "JournalDamaged",
    "Kinds", "Lease", "RecordEvent", "SittingHeldElsewhere", "StorageError", "Touched", "Unreadable",
]

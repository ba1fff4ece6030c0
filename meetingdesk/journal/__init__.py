"""The journal kernel: append, read and follow the sitting's two journals, typed events and folds,
refusals and storage errors, time as stored, what a change touched, who holds a sitting.

See docs/live-api.md (Journals, followers and seats). The names below are loaded on first use, so a
screen may import ``meetingdesk.journal.changes`` before SQLAlchemy is loaded.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "TICK": "changes", "Change": "changes", "Touched": "changes",
    "CommandRefused": "errors", "JournalDamaged": "errors", "SittingHeldElsewhere": "errors", "StorageError": "errors",
    "ABSENT": "events", "EventData": "events", "Handlers": "events", "Kinds": "events", "Unreadable": "events",
    "Holder": "lease", "Lease": "lease",
    "Event": "rows", "RecordEvent": "rows",
    "Link": "follow", "Watch": "follow", "Tail": "tail",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

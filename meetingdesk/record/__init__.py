"""The rapporteur's record: Q&A, tour-de-table contributions, notes, key messages, next steps.

Written to its own journal table (``record_event``), apart from the moderator's; see
``meetingdesk.record.journal`` for why.
"""

from .journal import RecordEvent, record_event
from .person import Person
from .programme import RecordProgramme, SegmentInfo, StandingItemInfo
from .record import MODERATOR, ROUND_SIZE, Context, GridRow, Hit, Record, TourGrid, fold_text
from .state import (
    ANSWERED,
    KEY_MESSAGE,
    MERGED,
    NEXT_STEP,
    NOT_REACHED,
    NOTE,
    NOTE_LABELS,
    PUT,
    SOURCE_LABELS,
    STATUS_LABELS,
    WAITING,
    Answer,
    Contribution,
    Note,
    Question,
    Round,
)

__all__ = [
    "ANSWERED", "KEY_MESSAGE", "MERGED", "MODERATOR", "NEXT_STEP", "NOT_REACHED", "NOTE", "NOTE_LABELS", "PUT",
    "ROUND_SIZE", "SOURCE_LABELS", "STATUS_LABELS", "WAITING",
    "Answer", "Context", "Contribution", "GridRow", "Hit", "Note", "Person", "Question", "Record",
    "RecordEvent", "RecordProgramme", "Round", "SegmentInfo", "StandingItemInfo", "TourGrid",
    "fold_text", "record_event",
]

"""The live sitting: journal, replay, clocks, queue. See docs/live-api.md."""

from .clock import Clock, FakeClock, SystemClock
from .day import DayDecision
from .engine import CHANGE_KINDS, Change, CommandRefused, LiveSitting
from .journal import Event, JournalDamaged
from .settings import LiveSettings
from .snapshot import Snapshot
from .view import (
    ActionView,
    BoothView,
    BudgetView,
    InterpretationView,
    LanguageSpeakerView,
    LanguageTimeView,
    LanguageTurnView,
    LiveView,
    NotHeardView,
    QueueEntryView,
    SegmentView,
    SittingView,
    SpeakerView,
)

__all__ = [
    "ActionView",
    "CHANGE_KINDS",
    "BoothView",
    "BudgetView",
    "InterpretationView",
    "LanguageSpeakerView",
    "LanguageTimeView",
    "LanguageTurnView",
    "Change",
    "Clock",
    "DayDecision",
    "Event",
    "CommandRefused",
    "FakeClock",
    "JournalDamaged",
    "LiveSettings",
    "LiveSitting",
    "LiveView",
    "NotHeardView",
    "QueueEntryView",
    "SegmentView",
    "SittingView",
    "Snapshot",
    "SpeakerView",
    "SystemClock",
]

"""The live sitting: journal, replay, clocks, queue. See docs/live-api.md."""

from .clock import Clock, FakeClock, SystemClock
from .day import DayDecision
from .engine import CHANGE_KINDS, Change, CommandRefused, LiveSitting
from .settings import LiveSettings
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
    "CommandRefused",
    "FakeClock",
    "LiveSettings",
    "LiveSitting",
    "LiveView",
    "NotHeardView",
    "QueueEntryView",
    "SegmentView",
    "SittingView",
    "SpeakerView",
    "SystemClock",
]

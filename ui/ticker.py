"""One source of live views for every screen of a sitting.

The ticker asks the core for ``LiveSitting.view()`` once per repaint and hands
the same view to the console and the speaker display, so they can never drift
apart. It repaints:

- at once after every command (the core tells its listeners what changed), and
- at the next second boundary of what is on screen. Timers shown in whole
  seconds change when the *elapsed time* crosses a whole second, so the wake-up
  is aligned to the nearest such boundary of the running timers (speaker and
  segment), falling back to the next whole second of the monotonic clock when
  nothing runs. The ticker never counts: every value comes from the core's view,
  computed from timestamps.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from meetingdesk.journal.changes import EVERYTHING, TICK, Change

from .text import as_seconds, until_next_segment

ALL = Change(EVERYTHING)  # a first paint, or a repaint from scratch
EARLY = 0.0005  # wake just after the boundary, never before it


def _to_next_whole(value: float) -> float:
    """Seconds until ``value`` (growing at 1 s/s) next crosses a whole number."""
    step = 1.0 - (value - math.floor(value))
    return step if step > 1e-6 else 1.0


def seconds_to_next_change(view: Any, monotonic_now: float) -> float:
    """How long until a timer on screen shows a different whole second."""
    candidates: list[float] = []
    speaker = getattr(view, "speaker", None)
    if speaker is not None and not getattr(speaker, "paused", False) and speaker.elapsed is not None:
        candidates.append(_to_next_whole(as_seconds(speaker.elapsed)))
    segment = getattr(view, "current_segment", None)
    if segment is not None and segment.elapsed is not None:
        candidates.append(_to_next_whole(as_seconds(segment.elapsed)))
    wait = until_next_segment(view)
    if wait is not None and wait > 0:  # the count-down to the next segment, shown rounded up
        candidates.append(_to_next_whole(-wait))
    if not candidates:
        candidates.append(_to_next_whole(monotonic_now))
    return min(candidates)


class LiveTicker(QObject):
    """Publishes ``(view, change)`` after every command (or event taken in) and at each second boundary."""

    view_changed = Signal(object, object)  # LiveView, Change (TICK for time passing): the core says what to repaint

    def __init__(self, live: Any, clock: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.clock = clock
        self.view = live.view()
        self.ticks = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._alive = True
        live.subscribe(self._on_change)
        self.destroyed.connect(self._die)

    def _die(self, *_args) -> None:
        self._alive = False

    def start(self) -> None:
        self._schedule()

    def stop(self) -> None:
        self._alive = False
        self._timer.stop()

    def detach(self) -> None:
        """Stop listening to the core (the window that showed it is closing)."""
        unsubscribe = getattr(self.live, "unsubscribe", None)
        if unsubscribe is not None:
            try:
                unsubscribe(self._on_change)
            except ValueError:  # already detached
                pass

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _on_change(self, change: Any) -> None:
        if self._alive:
            self.refresh(change)

    def refresh(self, change: Change = ALL) -> None:
        self.view = self.live.view()
        self.view_changed.emit(self.view, change)
        if self._timer.isActive():
            self._schedule()

    def tick(self) -> None:
        self.ticks += 1
        self.refresh(TICK)
        self._schedule()

    def next_delay_ms(self) -> int:
        delay = seconds_to_next_change(self.view, self.clock.monotonic()) + EARLY
        return max(1, math.ceil(delay * 1000))

    def _schedule(self) -> None:
        if self._alive:
            self._timer.start(self.next_delay_ms())

"""Where the live sitting gets the time from.

Two readings: UTC wall time (what the journal records) and a monotonic reading
(what intervals are measured with while live, so a wall-clock jump mid-sitting
cannot stretch or shrink a speaker's time). Tests inject ``FakeClock``.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol

UTC = dt.timezone.utc


class Clock(Protocol):
    def utc(self) -> dt.datetime:
        """Aware UTC wall time."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        ...


class SystemClock:
    def utc(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told: ``FakeClock(datetime(2025, 3, 14, 13, 0, tzinfo=UTC))``."""

    def __init__(self, start: dt.datetime, monotonic: float = 1000.0):
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime (tzinfo=UTC)")
        self._utc = start.astimezone(UTC)
        self._mono = monotonic

    def utc(self) -> dt.datetime:
        return self._utc

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go back")
        self._utc += dt.timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, when: dt.datetime) -> None:
        """Move only the wall clock (an NTP correction): intervals measured live are not affected."""
        self._utc = when.astimezone(UTC)

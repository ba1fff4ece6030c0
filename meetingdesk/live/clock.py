"""Where the live sitting gets the time from.

Three readings: UTC wall time (what the journal records), a monotonic reading
(what intervals are measured with while live, so a wall-clock jump mid-sitting
cannot stretch or shrink a speaker's time) and the identifier of the machine's
boot that monotonic reading belongs to. Each journal event records all three, so
a sitting reopened on the same boot resumes from the time truly elapsed, whatever
the wall clock did meanwhile. Tests inject ``FakeClock``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Protocol

from meetingdesk.journal.timeline import BOOTTIME, boot_id

UTC = dt.timezone.utc



class Clock(Protocol):
    def utc(self) -> dt.datetime:
        """Aware UTC wall time."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        ...

    def boot(self) -> str | None:
        """The boot the monotonic readings belong to (None: unknown, readings not comparable across processes)."""
        ...


class SystemClock:
    def utc(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def monotonic(self) -> float:
        return time.clock_gettime(BOOTTIME) if BOOTTIME is not None else time.monotonic()

    def boot(self) -> str | None:
        return boot_id()


_fake_boots = itertools.count(1)


class FakeClock:
    """A clock that moves only when told: ``FakeClock(datetime(2025, 3, 14, 13, 0, tzinfo=UTC))``.

    Each FakeClock is a boot of its own (unless ``boot`` is given): reopening a sitting with the
    same clock measures the time elapsed on its monotonic reading, with a new one on the wall.
    """

    def __init__(self, start: dt.datetime, monotonic: float = 1000.0, boot: str | None = None):
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime (tzinfo=UTC)")
        self._utc = start.astimezone(UTC)
        self._mono = monotonic
        self._boot = boot or f"fake-boot-{next(_fake_boots)}"

    def utc(self) -> dt.datetime:
        return self._utc

    def monotonic(self) -> float:
        return self._mono

    def boot(self) -> str | None:
        return self._boot

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go back")
        self._utc += dt.timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, when: dt.datetime) -> None:
        """Move only the wall clock (an NTP correction): intervals measured live are not affected."""
        self._utc = when.astimezone(UTC)

    def reboot(self, seconds: float = 0.0) -> None:
        """The machine restarts ``seconds`` later: a new boot, its monotonic clock starting again."""
        self._utc += dt.timedelta(seconds=seconds)
        self._mono = 10.0
        self._boot = f"fake-boot-{next(_fake_boots)}"

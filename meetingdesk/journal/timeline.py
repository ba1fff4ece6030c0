"""Time as the journals store it: naive UTC to the microsecond in ``at_utc``, epoch seconds in memory."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1)


def to_epoch(when: dt.datetime) -> float:
    """Seconds since the epoch of an aware (or naive UTC) datetime."""
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return ((when - EPOCH) // dt.timedelta(microseconds=1)) / 1_000_000


def from_epoch(seconds: float) -> dt.datetime:
    """The naive UTC datetime stored in ``at_utc``."""
    return EPOCH + dt.timedelta(microseconds=round(seconds * 1_000_000))


def quantize(seconds: float) -> float:
    """Round to the microsecond, exactly as a value read back from ``at_utc`` is."""
    return round(seconds * 1_000_000) / 1_000_000


@dataclass(frozen=True, slots=True)
class Reading:
    """The monotonic clock reading an event was written at, and the boot it belongs to."""

    mono: float
    boot: str | None


# Linux: CLOCK_BOOTTIME goes on while the machine is suspended (CLOCK_MONOTONIC stops), so a
# laptop closed mid-sitting still measures the time that passed; the boot is named by the kernel.
BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


@cache
def boot_id() -> str | None:
    """This machine's current boot, where the system names it (Linux); None elsewhere."""
    if BOOTTIME is None:
        return None
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip() or None
    except OSError:
        return None

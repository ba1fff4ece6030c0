"""Durations in the words the core's sentences use."""

from __future__ import annotations


def duration_words(seconds: float) -> str:
    """'30 s', '2 min', '1 min 30 s', '4 h 5 min' (seconds are left out once there are hours)."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if secs and not hours:
        parts.append(f"{secs} s")
    return " ".join(parts) or "0 s"

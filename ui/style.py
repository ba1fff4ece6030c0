"""Colours the live screens share, so the console and the speaker display agree."""

from __future__ import annotations

PHASE_COLOURS = {
    "normal": "#1e8e3e",  # green: time left
    "warning": "#e8a200",  # amber: near the end
    "danger": "#d93025",  # red: at or past the end
    "overtime": "#d93025",
}
PAUSED_COLOUR = "#5f6368"
IDLE_COLOUR = "#5f6368"
SLOW_DOWN_COLOUR = "#1a56c4"  # blue: no phase colour means "slow down"


def phase_colour(phase: str | None, paused: bool = False) -> str:
    if paused:
        return PAUSED_COLOUR
    return PHASE_COLOURS.get(phase or "", IDLE_COLOUR)

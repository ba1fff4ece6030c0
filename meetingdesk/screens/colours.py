"""The colours of the live screens, in one place: the console, the speaker display and the pages
served to browsers all read them from here."""

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

# the speaker's screen around its digits
BACKGROUND = "#000000"
FLASH_BACKGROUND = "#d93025"  # the time is up
NAME_COLOUR = "#ffffff"
WAITING_COLOUR = "#bdbdbd"  # grey: nothing runs, this is what comes next
MESSAGE_COLOUR = "#ffd54f"  # the chair's message


def phase_colour(phase: str | None, paused: bool = False) -> str:
    if paused:
        return PAUSED_COLOUR
    return PHASE_COLOURS.get(phase or "", IDLE_COLOUR)


def css() -> str:
    """The same colours as CSS custom properties, for the pages (``--normal``, ``--paused``, …)."""
    named = {
        **PHASE_COLOURS,
        "paused": PAUSED_COLOUR,
        "idle": IDLE_COLOUR,
        "slow-down": SLOW_DOWN_COLOUR,
        "background": BACKGROUND,
        "flash": FLASH_BACKGROUND,
        "name": NAME_COLOUR,
        "waiting": WAITING_COLOUR,
        "message": MESSAGE_COLOUR,
    }
    lines = "".join(f"  --{key}: {value};\n" for key, value in named.items())
    return f"/* generated from meetingdesk/screens/colours.py */\n:root {{\n{lines}}}\n"

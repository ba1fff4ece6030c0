"""Colours the live screens share, so the console, the speaker display and the pages served to
browsers agree: they are defined once, in the core (``meetingdesk.screens.colours``)."""

from __future__ import annotations

from meetingdesk.screens.colours import IDLE_COLOUR, PAUSED_COLOUR, PHASE_COLOURS, SLOW_DOWN_COLOUR, phase_colour

__all__ = ["IDLE_COLOUR", "PAUSED_COLOUR", "PHASE_COLOURS", "SLOW_DOWN_COLOUR", "phase_colour"]

"""The PySide6 front end: renders the core's state, turns key presses into core commands."""

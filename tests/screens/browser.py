"""Debian's chromium, headless, driven by Playwright for Python: never a browser Playwright downloads.

Shared by the browser tests, bench/screens_latency.py and docs/screenshots/render_screens.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("MEETINGDESK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def missing() -> str | None:
    """Why the pages cannot be tested in a browser here (None: they can)."""
    if not Path(CHROMIUM).exists():
        return f"chromium is not installed ({CHROMIUM}; Debian: apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


async def launch(playwright):
    """The system's chromium, headless."""
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)

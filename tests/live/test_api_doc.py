"""docs/live-api.md says every class it describes (of the live sitting and the journal kernel) is importable from ``meetingdesk.live``: keep that true."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import meetingdesk.journal as journal
import meetingdesk.live as live

DOC = Path(__file__).resolve().parents[2] / "docs" / "live-api.md"


def test_every_class_the_live_api_document_names_is_importable_from_meetingdesk_live():
    named = set(re.findall(r"\b[A-Z][A-Za-z]+\b|\bTICK\b", DOC.read_text(encoding="utf-8")))
    defined = set()
    for package in (live, journal):  # the live sitting, and the journal kernel it is built on
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            defined |= {name for name, value in vars(module).items()
                        if isinstance(value, type) and value.__module__ == module.__name__}
    documented = (named & defined) | {"TICK"}
    assert len(documented) > 20
    assert documented <= set(live.__all__)
    for name in documented:
        assert getattr(live, name) is not None

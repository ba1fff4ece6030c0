"""docs/live-api.md says everything it describes is importable from ``meetingdesk.live``: keep that true."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import meetingdesk.live as live

DOC = Path(__file__).resolve().parents[2] / "docs" / "live-api.md"


def test_every_class_the_live_api_document_names_is_importable_from_meetingdesk_live():
    named = set(re.findall(r"\b[A-Z][A-Za-z]+\b|\bCHANGE_KINDS\b", DOC.read_text(encoding="utf-8")))
    defined = set()
    for info in pkgutil.iter_modules(live.__path__):
        module = importlib.import_module(f"meetingdesk.live.{info.name}")
        defined |= {name for name, value in vars(module).items()
                    if isinstance(value, type) and value.__module__ == module.__name__}
    documented = (named & defined) | {"CHANGE_KINDS"}
    assert len(documented) > 20
    assert documented <= set(live.__all__)
    for name in documented:
        assert getattr(live, name) is not None

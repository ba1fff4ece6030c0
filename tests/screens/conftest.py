"""Fixtures of the screens' tests: the HRC side event on a fake clock, a server on a free port of
127.0.0.1, clients that read what it sends, a proxy that records every byte of it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))  # the protected survivors' sample

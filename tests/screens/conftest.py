"""Fixtures of the screens' tests: the HRC side event on a fake clock, a server on a free port of
127.0.0.1, clients that read what it sends, a proxy that records every byte of it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))  # the protected survivors' sample

from screens_samples import Sitting  # noqa: E402


@pytest.fixture
def hrc(store):
    """The HRC side event at 13:55 in Geneva, before it opens."""
    sitting = Sitting(store)
    yield sitting
    sitting.close()


@pytest.fixture
def running(hrc):
    """The HRC side event opened at 14:00, its first segment started."""
    hrc.at(14, 0)
    hrc.live.open_sitting()
    hrc.live.start_segment()
    return hrc

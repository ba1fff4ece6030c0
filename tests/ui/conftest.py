"""Fixtures for the front end: a fresh SQLite store and private settings per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console_driver import BEFORE_START, add_programme, show_console
from meetingdesk.live.clock import FakeClock
from meetingdesk.store import open_store
from ui_samples import HRC


@pytest.fixture
def store(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'meetingdesk.sqlite'}")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample_store(store):
    from meetingdesk.store.programmes import ensure_samples

    ensure_samples(store)
    return store


@pytest.fixture
def clock():
    return FakeClock(BEFORE_START)


@pytest.fixture
def hrc(store):
    """The HRC side event in the store: the id of its sitting."""
    return add_programme(store, HRC)[1]


@pytest.fixture
def console(qtbot, store, settings, hrc, clock):
    window = show_console(qtbot, store, hrc, clock, settings)
    yield window
    window.close()


# The offscreen platform plugin has no native windows to resize, raise or grab the keyboard for,
# and says so whenever a message box or a completion popup is shown. Real platforms do not print
# these; every other Qt warning still fails a test.
OFFSCREEN_ONLY = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(config, items):
    here = str(Path(__file__).parent)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY))

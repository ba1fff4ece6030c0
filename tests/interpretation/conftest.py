"""Fixtures of the interpretation tests: a store on a temporary SQLite file."""

from __future__ import annotations

import pytest

from meetingdesk.store import open_store


@pytest.fixture
def store(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'interpretation.sqlite'}")
    yield store
    store.engine.dispose()

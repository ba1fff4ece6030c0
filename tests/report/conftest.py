"""Fixtures of the report tests: a store on a temporary file and whole sittings run on a fake clock."""

from __future__ import annotations

import pytest

from meetingdesk.store import open_store

from report_samples import run_hlpf, run_hrc


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'report.sqlite'}"


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def hrc(store):
    """(meeting id, sitting id) of the HRC side event, run start to finish, Ms. Otiende protected."""
    return run_hrc(store)


@pytest.fixture
def hlpf(store):
    return run_hlpf(store)

"""Fixtures of the report tests: whole sittings run on a fake clock."""

from __future__ import annotations

import pytest

from report_samples import run_hlpf, run_hrc


@pytest.fixture
def hrc(store):
    """(meeting id, sitting id) of the HRC side event, run start to finish, Ms. Otiende protected."""
    return run_hrc(store)


@pytest.fixture
def hlpf(store):
    return run_hlpf(store)

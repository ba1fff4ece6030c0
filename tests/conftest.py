"""Shared fixtures: a store on a temporary file, a small valid programme, and a snapshot of a meeting's data for comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from meetingdesk.store import open_store

# A hybrid side event in Geneva: four languages with relay through English, a panel with a
# range allotment, time-permitting interventions, a tour-de-table and a protected survivor leader.
VALID_PROGRAMME = """\
format = 1

[meeting]
title = "Trafficking in children on the rise: immediate action required"
subtitle = "Margins of the 58th session of the Human Rights Council"
organisers = ["UNODC", "OHCHR"]
venue = "Palais des Nations, Geneva"
room = "Room XXII"
format = "hybrid"
platform = "Microsoft Teams"
time_zone = "Europe/Zurich"
display_zones = ["America/New_York"]
languages = ["en", "fr", "ne", "es"]
pivot_language = "en"
registration_deadline = 2025-03-10
intervention_minutes = 2
assumed = ["intervention_minutes"]

[[booths]]
into = "en"
from = ["fr", "ne", "es"]

[[booths]]
into = "fr"
from = ["en", "es"]

[[booths]]
into = "es"
from = ["en"]
interpreters = 3

[[booths]]
into = "ne"
from = ["en"]

[[participants]]
id = "maalla"
name = "Najat Maalla M'jid"
title = "Dr."
position = "Special Representative of the Secretary-General on Violence against Children"
group = "un_entity"
gender = "female"

[[participants]]
id = "thapa"
name = "Sita Thapa"
group = "survivor_leader"
language = "ne"
modality = "online"
protected = true

[[participants]]
id = "colombia"
name = "Delegate of Colombia"
group = "member_state"
delegation = "Colombia"
level = "ambassador"
language = "es"

[[items]]
number = "I"
title = "Prevention"

[[items]]
number = "I.1"
title = "Early warning"
parent = "I"

[[sittings]]
title = "Afternoon"
date = 2025-03-14
start = "14:00"
end = "15:00"

[[sittings.segments]]
title = "Setting the scene"
kind = "opening"
start = "14:00"
end = "14:20"

[[sittings.segments.slots]]
participant = "maalla"
role = "moderator"
minutes = 5

[[sittings.segments.slots]]
participant = "thapa"
role = "panellist"
minutes = [3, 5]
text_received = true

[[sittings.segments]]
title = "Interventions from the floor"
kind = "interventions"
item = "I.1"
minutes = 20
time_permitting = true

[[sittings.segments.slots]]
participant = "colombia"
role = "delegate"
registered = 2025-03-09T10:30:00

[[sittings.segments]]
title = "Tour de table"
kind = "tour_de_table"

[[sittings.segments.standing_items]]
id = "prevention"
title = "Prevention"
questions = ["What works?", "What is missing?"]
"""


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite database in the test's own temporary folder."""
    return f"sqlite:///{tmp_path / 'meetingdesk.sqlite'}"


@pytest.fixture
def store(db_url: str):
    """A store on ``db_url``; its engine is disposed after the test."""
    store = open_store(db_url)
    yield store
    store.engine.dispose()


@pytest.fixture
def valid_programme() -> str:
    """The text of a small valid programme (check finds nothing in it)."""
    return VALID_PROGRAMME


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    path = tmp_path / "side-event.toml"
    path.write_text(VALID_PROGRAMME, encoding="utf-8")
    return path


@pytest.fixture
def write_programme(tmp_path: Path):
    """Write programme text to a file in tmp_path and return its path."""

    def write(text: str, name: str = "programme.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def _snapshot(obj, _skip=("meeting", "sitting", "segment", "parent")):
    """Every column value of an ORM graph except keys the database chose, for equality checks.

    References by database id are replaced by the referenced row's own key (a participant's
    ``key``, an item's ``number``), so a graph read from a file and one read from the database compare equal.
    """
    state = inspect(obj)
    out = {}
    for column in state.mapper.column_attrs:
        name = column.key
        if name == "id" or name.endswith("_id"):
            continue
        out[name] = getattr(obj, name)
    for rel in state.mapper.relationships:
        if rel.key in _skip or rel.key == "children":
            continue
        value = getattr(obj, rel.key)
        if rel.key == "participant":
            out[rel.key] = value.key if value is not None else None
        elif rel.key == "item":
            out[rel.key] = value.number if value is not None else None
        elif rel.uselist:
            out[rel.key] = [_snapshot(v) for v in value]
    if hasattr(obj, "parent") and state.mapper.has_property("parent"):
        out["parent"] = obj.parent.number if obj.parent is not None else None
    return out


@pytest.fixture
def snapshot():
    return _snapshot

"""The sample programmes the record's tests run on, and helpers to find their sittings and segments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from meetingdesk.programme.model import Segment, Sitting

UTC = dt.timezone.utc
PROGRAMMES = Path(__file__).resolve().parents[2] / "resources" / "programmes"
HRC_FILE = PROGRAMMES / "hrc-side-event-2025-03-14.toml"
DIALOGUE_FILE = PROGRAMMES / "constructive-dialogue-2024-07-10.toml"
HRC_START_UTC = dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC)  # 14:00 CET
TOUR_START_UTC = dt.datetime(2024, 7, 10, 14, 30, tzinfo=UTC)  # 16:30 CEST


def sittings_of(store, meeting_id: int) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(Sitting.id).where(Sitting.meeting_id == meeting_id).order_by(Sitting.position)))


def segment_id(store, sitting_id: int, kind: str) -> int:
    with store.session() as s:
        return s.scalars(
            select(Segment.id).where(Segment.sitting_id == sitting_id, Segment.kind == kind).order_by(Segment.position)
        ).first()

"""The secretariat's corrections to the record of a sitting: an event with who and why, never an edit.

A correction is a ``correction`` event in the rapporteur's journal (``record_event``):
the moderator's journal stays exactly as the sitting produced it, and a report
applies the corrections on top, listing each with its author and reason. The
``author`` column says who; the payload says which intervention (the live entry
id), which field, the new value and why.
"""

from __future__ import annotations

import datetime as dt

from meetingdesk.journal.errors import CommandRefused
from meetingdesk.journal.timeline import quantize, to_epoch
from meetingdesk.live.journal import read_events
from meetingdesk.live.snapshot import load_snapshot
from meetingdesk.programme.enums import Gender, Modality, StakeholderGroup
from meetingdesk.programme.languages import code_problem
from meetingdesk.record.journal import Correction, append_record

from .record import CORRECTABLE, _Turns

CHOICES = {"group": StakeholderGroup, "gender": Gender, "modality": Modality}  # fields with a fixed vocabulary


def correct(store, sitting_id: int, entry_id: int, field: str, value: str, *, who: str, why: str, clock) -> int:
    """Record a correction of one intervention; returns the event id. Refuses (``CommandRefused``,
    nothing written) an unknown intervention or field, a bad value, or a correction without who or why."""
    who, why, value = (who or "").strip(), (why or "").strip(), str(value).strip()
    if not who:
        raise CommandRefused("say who makes the correction")
    if not why:
        raise CommandRefused("say why the record is corrected")
    if field not in CORRECTABLE:
        raise CommandRefused("{field!r} cannot be corrected; one of: {value}", field=field, value=', '.join(CORRECTABLE))
    if not value:
        raise CommandRefused("the new {field} is empty", field=field)
    if field in CHOICES and value not in CHOICES[field].values():
        raise CommandRefused("{value!r} is not a {field}; one of: {value2}", value=value, field=field, value2=', '.join(CHOICES[field].values()))
    if field == "language" and (problem := code_problem(value)):
        raise CommandRefused(problem)
    if field in ("start", "end"):
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            try:
                dt.time.fromisoformat(value)
            except ValueError:
                raise CommandRefused("{value!r} is not a time (HH:MM:SS or an ISO date and time)", value=value) from None
    with store.session() as session:
        snap = load_snapshot(session, sitting_id)
    conn = store.engine.connect()
    try:
        turns = _Turns(snap, read_events(conn, sitting_id))
        if entry_id not in turns.parts:
            raise CommandRefused("entry {entry_id} never took the floor in this sitting", entry_id=entry_id)
        entry = turns.state.entries[entry_id]
        event_id, _seq = append_record(
            conn,
            sitting_id,
            Correction(entry_id, field, value, why),
            quantize(to_epoch(clock.utc())),
            segment_id=entry.segment_id,
            participant_key=entry.participant_key,
            author=who,
        )
        return event_id
    finally:
        conn.close()

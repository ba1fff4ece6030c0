"""A programme draft (``meetingdesk.programme.editing``) in the database: loaded for editing, saved whole.

A save is one transaction: the draft's meeting is merged into the database (rows keep their
ids, so the journals of held sittings still point at their segments; new rows are inserted,
removed ones deleted), or nothing is written at all. It is refused while the draft has errors
(warnings are allowed), when it would change what a held sitting ran on, even if that
sitting was opened in a console after the draft was loaded, and when the meeting was saved by
someone else (another editor, an import) since this draft was loaded: the later save would
silently undo the earlier one.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.i18n import Explained, Message
from meetingdesk.journal.tables import journal_event
from meetingdesk.programme.editing import Draft, Held, held_parts, objects, sitting_label
from meetingdesk.programme.files import dump_programme
from meetingdesk.programme.model import Meeting, Sitting
from meetingdesk.programme.problems import Problem

from .engine import Store
from .programmes import MeetingNotFound, load_meeting, whole_meeting


class SaveRefused(Explained):
    """The draft was not saved; ``str()`` says why (``message.render()`` in the chosen language),
    ``problems`` lists the errors that stopped it."""

    def __init__(self, reason: Message, problems: list[Problem] | None = None):
        super().__init__(reason)
        self.problems = problems or []


def load_draft(store: Store, meeting_id: int) -> Draft:
    """A meeting of the database, ready to edit; its held sittings are read from their journals."""
    meeting = load_meeting(store, meeting_id)
    with store.session() as session:
        held = held_sittings(session, meeting_id)
    draft = Draft(meeting, held)
    draft.saved(held)
    draft.stored_as = fingerprint(meeting)
    return draft


def fingerprint(meeting: Meeting) -> str:
    """What a meeting's programme holds, as a short digest: equal when nothing in it differs."""
    return hashlib.sha256(dump_programme(meeting).encode("utf-8")).hexdigest()


def held_sittings(session: Session, meeting_id: int) -> Held:
    """The meeting's sittings that have a journal, whether each is still running, and every
    participant their journals give or offer the floor to."""
    rows = session.execute(
        select(journal_event.c.id, journal_event.c.sitting_id, journal_event.c.kind, journal_event.c.payload)
        .join(Sitting, Sitting.id == journal_event.c.sitting_id)
        .where(Sitting.meeting_id == meeting_id)
        .where(journal_event.c.kind.in_(("sitting_opened", "segment_started", "floor_requested", "sitting_closed", "undone")))
    ).all()
    undone = {row.payload["event_id"] for row in rows if row.kind == "undone"}
    sittings: dict[int, bool] = {}
    keys: set[str] = set()
    for row in rows:
        sittings.setdefault(row.sitting_id, True)
        if row.id in undone:
            continue
        if row.kind == "sitting_closed":
            sittings[row.sitting_id] = False
        people = row.payload.get("seed", []) if row.kind == "segment_started" else [row.payload.get("entry", {})]
        keys |= {p["participant_key"] for p in people if isinstance(p, dict) and p.get("participant_key")}
    return Held(sittings, frozenset(keys))


def save_draft(store: Store, draft: Draft) -> int:
    """Write the draft to the database in one transaction; returns the meeting's id.

    Raises ``SaveRefused`` (and writes nothing) while errors remain, or when the save would
    change a sitting that has been opened."""
    errors = draft.validation.errors
    if draft.validation.meeting is None or errors:
        raise SaveRefused(Message("Not saved: 1 error must be fixed first (warnings may stay).") if len(errors) == 1 else
                          Message("Not saved: {count} errors must be fixed first (warnings may stay).", count=len(errors)),
                          errors)
    draft.number_positions()
    with store.session() as session, session.begin():
        before: dict[str, object] = {}
        if draft.meeting_id is not None:
            current = session.get(Meeting, draft.meeting_id, options=whole_meeting(), with_for_update=True)
            if current is None:
                raise MeetingNotFound(draft.meeting_id)
            if draft.stored_as is not None and fingerprint(current) != draft.stored_as:
                raise SaveRefused(Message("Not saved: this meeting was saved elsewhere (another editor or an import) since "
                                          "you opened it, and saving now would undo those changes. Export the programme "
                                          "file to keep your work, then open the meeting again."))
            everything = Held({s.id: True for s in current.sittings}, frozenset(p.key for p in current.participants))
            before = held_parts(current, everything)
        merged = session.merge(draft.meeting)
        session.flush()  # this transaction now holds the write lock: no sitting can be opened under it
        held = held_sittings(session, merged.id)
        after = held_parts(draft.meeting, held)
        for part in [*(f"sitting {sid}" for sid in held.sittings), *after]:
            if before and after.get(part) != before.get(part):
                raise SaveRefused(_changed_while_held(draft, part, held))
        new_ids = [(obj, row.id) for obj, row in zip(draft.objects(), objects(merged), strict=True) if obj.id is None]
        # what the database now holds, read back as the next load would read it
        session.expire_all()
        stored = session.get(Meeting, merged.id, options=whole_meeting(), populate_existing=True)
        assert stored is not None  # written in this transaction
        stored_as = fingerprint(stored)
    draft.stored_as = stored_as
    for obj, row_id in new_ids:
        obj.id = row_id  # the next save updates these rows
    draft.saved(held)
    return draft.meeting.id


def _changed_while_held(draft: Draft, part: str, held: Held) -> Message:
    kind, _, number = part.partition(" ")
    what: str
    if kind == "sitting":
        sitting = next((s for s in draft.meeting.sittings if s.id == int(number)), None)
        what = sitting_label(sitting) if sitting is not None else Message("a sitting of this meeting")
    elif kind == "participant":
        person = next(p for p in draft.meeting.participants if p.id == int(number))
        what = Message("the entry of {name}", name=person.display_name)
    else:
        what = Message("the time zone, languages, time limit or interpretation plan")
    return Message("Not saved: {what} has changed in this draft, but a sitting that ran on it has been opened since the "
                   "draft was loaded, and keeps the programme it ran on. Undo that change to save the rest.", what=what)

"""A small hybrid side event for the live tests and the bench: opening, panel, Q&A.

Built with the programme ORM directly (no file loader needed), starting at any moment,
so a sitting can run on a fake clock or on the real one.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from meetingdesk.programme.model import Meeting, Participant, Segment, Sitting, SpeakerSlot

ZONE = "Europe/Zurich"


def add_programme(store, start: dt.datetime, *, speakers: int = 6, minutes: int = 4,
                  registration_deadline: dt.date | None = None) -> int:
    """A small hybrid side event starting at ``start`` (aware): opening, panel, Q&A. Returns the sitting id.

    Times are whole minutes in the meeting's zone, as a secretariat writes them. The opening
    (10 min) has the chair (5 min); the panel has ``speakers`` panellists of ``minutes`` each
    (the second a protected survivor leader, every third online); the Q&A lasts 10 minutes.
    """
    local = start.astimezone(ZoneInfo(ZONE)).replace(second=0, microsecond=0)
    meeting = Meeting(
        title="Trafficking in children on the rise: immediate action required",
        time_zone=ZONE,
        format="hybrid",
        languages=["en", "fr", "es"],
        intervention_seconds=120,
        registration_deadline=registration_deadline,
    )
    people = [
        Participant(key="chair", name="Najat Maalla M'jid", title="Dr.", group="un_entity", position=0),
    ]
    for i in range(speakers):
        survivor = i == 1  # speaks without being named: public screens show the group only
        people.append(
            Participant(
                key=f"p{i}",
                name=f"Panellist {i + 1}",
                title="Ms.",
                group="survivor_leader" if survivor else "member_state",
                delegation=None if survivor else ["Poland", "Colombia", "Nigeria", "Kenya", "Nepal", "Chile"][i % 6],
                modality="online" if i % 3 == 2 else "in_person",
                protected=survivor,
                position=i + 1,
            )
        )
    meeting.participants = people
    t = local
    opening = Segment(title="Setting the scene", kind="opening", position=0,
                      start=t.time(), end=(t + dt.timedelta(minutes=10)).time())
    opening.slots = [SpeakerSlot(participant=people[0], role="moderator", position=0,
                                 min_seconds=300, max_seconds=300)]
    panel_end = t + dt.timedelta(minutes=10 + speakers * minutes)
    panel = Segment(title="Actions taken and remaining challenges", kind="panel", position=1,
                    start=(t + dt.timedelta(minutes=10)).time(), end=panel_end.time())
    panel.slots = [
        SpeakerSlot(participant=p, role="panellist", position=i, min_seconds=minutes * 60,
                    max_seconds=minutes * 60)
        for i, p in enumerate(people[1:])
    ]
    qa = Segment(title="Q&A", kind="qa", position=2, planned_seconds=600)
    sitting = Sitting(date=local.date(), start=local.time(),
                      end=(panel_end + dt.timedelta(minutes=20)).time(), position=0)
    sitting.segments = [opening, panel, qa]
    meeting.sittings = [sitting]
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return sitting.id

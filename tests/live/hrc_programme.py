"""The HRC side event of 14 March 2025 (seed 002), built with the programme ORM.

Used while the programme-file loader is not available, and to keep the engine's
tests independent of the file format. Times as in the agenda: 14:00–15:00 Geneva.
"""

from __future__ import annotations

import datetime as dt

from meetingdesk.programme.model import Meeting, Participant, Segment, Sitting, SpeakerSlot

ZONE = "Europe/Zurich"
UTC = dt.timezone.utc
# 14:00 CET = 13:00 UTC
SITTING_START_UTC = dt.datetime(2025, 3, 14, 13, 0, tzinfo=UTC)


def _t(hh: int, mm: int) -> dt.time:
    return dt.time(hh, mm)


def add_hrc_side_event(store, *, with_registrations: bool = True, protected: tuple[str, ...] = ()) -> int:
    """Add the meeting; returns the sitting id.

    ``with_registrations`` adds three States registered before the meeting to the Q&A,
    in the order of their inscription (not of their listing). ``protected``: keys of
    participants whose identity must not appear on public displays.
    """
    people = {
        "maalla": Participant(key="maalla", name="Najat Maalla M'jid", title="Dr.", group="un_entity", position=0),
        "waly": Participant(key="waly", name="Ghada Waly", title="Ms.", group="un_entity", modality="video", position=1),
        "otiende": Participant(key="otiende", name="Sophie Otiende", title="Ms.", group="survivor_leader", position=2),
        "choluj": Participant(key="choluj", name="Aleksandra Choluj", title="Ms.", group="member_state",
                              delegation="Poland", position=3),
        "arango": Participant(key="arango", name="Laura Arango", title="Ms.", group="member_state",
                              delegation="Colombia", position=4),
        "odugbesan": Participant(key="odugbesan", name="Tolulola Olufunmilayo Odugbesan", title="Ms.",
                                 group="member_state", delegation="Nigeria", position=5),
        "beavan": Participant(key="beavan", name="Mark Beavan", title="Mr.", group="intergovernmental", position=6),
        "landry": Participant(key="landry", name="Guillaume Landry", title="Mr.", group="civil_society",
                              modality="online", position=7),
        "tamang": Participant(key="tamang", name="Charimaya Tamang", title="Ms.", group="civil_society",
                              modality="online", language="ne", position=8),
        # delegations registered for the Q&A ("other States invited to intervene")
        "france": Participant(key="france", name="Representative of France", group="member_state",
                              delegation="France", level="ambassador", position=9),
        "holy-see": Participant(key="holy-see", name="Representative of the Holy See", group="observer_state",
                                delegation="Holy See", level="ambassador", position=10),
        "kenya": Participant(key="kenya", name="Minister of Kenya", group="member_state",
                             delegation="Kenya", level="minister", position=11),
    }
    meeting = Meeting(
        title="Trafficking in children on the rise: immediate action required",
        subtitle="Margins of the 58th session of the Human Rights Council",
        venue="Palais des Nations, Geneva",
        room="Room XXII",
        format="hybrid",
        time_zone=ZONE,
        display_zones=["America/New_York"],
        languages=["en", "fr", "ne", "es"],
        pivot_language="en",
        intervention_seconds=120,
    )
    for key in protected:
        people[key].protected = True
    meeting.participants = list(people.values())

    def slot(key: str, role: str, position: int, lo: int | None, hi: int | None, registered=None) -> SpeakerSlot:
        return SpeakerSlot(participant=people[key], role=role, position=position,
                           min_seconds=lo, max_seconds=hi, registered_at=registered)

    scene = Segment(title="Setting the scene", kind="opening", position=0, start=_t(14, 0), end=_t(14, 20))
    scene.slots = [slot("maalla", "moderator", 0, 300, 300), slot("waly", "keynote", 1, 300, 300),
                   slot("otiende", "speaker", 2, 360, 360)]
    panel = Segment(title="Actions taken and remaining challenges", kind="panel", position=1,
                    start=_t(14, 20), end=_t(14, 45))
    panel.slots = [slot(k, "panellist", i, 180, 300)
                   for i, k in enumerate(["choluj", "arango", "odugbesan", "beavan", "landry", "tamang"])]
    qa = Segment(title="Q&A – other States invited to intervene", kind="qa", position=2,
                 start=_t(14, 45), end=_t(14, 55))
    if with_registrations:
        # listed France, Holy See, Kenya; inscribed Holy See (10 March), France (11 March), Kenya (12 March)
        qa.slots = [
            slot("france", "delegate", 0, None, None, dt.datetime(2025, 3, 11, 9, 30)),
            slot("holy-see", "delegate", 1, None, None, dt.datetime(2025, 3, 10, 16, 0)),
            slot("kenya", "delegate", 2, None, None, dt.datetime(2025, 3, 12, 11, 15)),
        ]
    closing = Segment(title="Closing remarks", kind="closing", position=3, start=_t(14, 55), end=_t(15, 0),
                      description="Key messages and next steps")
    closing.slots = [slot("maalla", "moderator", 0, 300, 300)]
    sitting = Sitting(date=dt.date(2025, 3, 14), start=_t(14, 0), end=_t(15, 0), position=0)
    sitting.segments = [scene, panel, qa, closing]
    meeting.sittings = [sitting]
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return sitting.id

"""Closed vocabularies of the programme.

Each enum's value is what the programme file and the database hold; ``label``
is what a person reads. Values are plain snake_case so a secretariat can type
them in a file without looking anything up twice.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class MeetingFormat(_Labelled):
    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    ONLINE = "online"


class SegmentKind(_Labelled):
    OPENING = "opening"
    ADDRESS = "address"
    PANEL = "panel"
    QA = "qa"
    INTERVENTIONS = "interventions"
    TOUR_DE_TABLE = "tour_de_table"
    CLOSING = "closing"
    BREAK = "break"
    OTHER = "other"


class StakeholderGroup(_Labelled):
    """Listed in the order of precedence used for lists of speakers."""

    MEMBER_STATE = "member_state"
    OBSERVER_STATE = "observer_state"
    UN_ENTITY = "un_entity"
    INTERGOVERNMENTAL = "intergovernmental"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    ACADEMIA = "academia"
    SURVIVOR_LEADER = "survivor_leader"
    YOUTH = "youth"


class Modality(_Labelled):
    IN_PERSON = "in_person"
    ONLINE = "online"
    VIDEO = "video"  # a recorded video message


class Role(_Labelled):
    MODERATOR = "moderator"
    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    KEYNOTE = "keynote"
    PANELLIST = "panellist"
    SPEAKER = "speaker"
    PRESENTER = "presenter"
    RAPPORTEUR = "rapporteur"
    SECRETARIAT = "secretariat"
    DELEGATE = "delegate"  # an intervention from the floor
    CHIEF_GUEST = "chief_guest"


class Level(_Labelled):
    """Level of representation, highest first (precedence on a list of speakers)."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    VICE_MINISTER = "vice_minister"
    AMBASSADOR = "ambassador"
    OTHER = "other"


class Gender(_Labelled):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


_LABELS: dict[StrEnum, str] = {
    MeetingFormat.IN_PERSON: "In person",
    SegmentKind.QA: "Q&A",
    SegmentKind.TOUR_DE_TABLE: "Tour de table",
    StakeholderGroup.UN_ENTITY: "UN entity",
    StakeholderGroup.INTERGOVERNMENTAL: "Intergovernmental body",
    Modality.IN_PERSON: "In person",
    Modality.VIDEO: "Video message",
    Role.CO_CHAIR: "Co-chair",
    Role.KEYNOTE: "Key address",
}

"""Closed vocabularies of the programme.

Each enum's value is what the programme file and the database hold; ``label``
is what a person reads. Values are plain snake_case so a secretariat can type
them in a file without looking anything up twice.
"""

from __future__ import annotations

from enum import StrEnum

from meetingdesk.i18n import N_


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


_LABELS: dict[StrEnum, str] = {  # what a person reads; N_ marks them for the catalogues (meetingdesk.i18n)
    MeetingFormat.IN_PERSON: N_("In person"),
    MeetingFormat.HYBRID: N_("Hybrid"),
    MeetingFormat.ONLINE: N_("Online"),
    SegmentKind.OPENING: N_("Opening"),
    SegmentKind.ADDRESS: N_("Address"),
    SegmentKind.PANEL: N_("Panel"),
    SegmentKind.QA: N_("Q&A"),
    SegmentKind.INTERVENTIONS: N_("Interventions"),
    SegmentKind.TOUR_DE_TABLE: N_("Tour de table"),
    SegmentKind.CLOSING: N_("Closing"),
    SegmentKind.BREAK: N_("Break"),
    SegmentKind.OTHER: N_("Other"),
    StakeholderGroup.MEMBER_STATE: N_("Member state"),
    StakeholderGroup.OBSERVER_STATE: N_("Observer state"),
    StakeholderGroup.UN_ENTITY: N_("UN entity"),
    StakeholderGroup.INTERGOVERNMENTAL: N_("Intergovernmental body"),
    StakeholderGroup.CIVIL_SOCIETY: N_("Civil society"),
    StakeholderGroup.PRIVATE_SECTOR: N_("Private sector"),
    StakeholderGroup.ACADEMIA: N_("Academia"),
    StakeholderGroup.SURVIVOR_LEADER: N_("Survivor leader"),
    StakeholderGroup.YOUTH: N_("Youth"),
    Modality.IN_PERSON: N_("In person"),
    Modality.ONLINE: N_("Online"),
    Modality.VIDEO: N_("Video message"),
    Role.MODERATOR: N_("Moderator"),
    Role.CHAIR: N_("Chair"),
    Role.CO_CHAIR: N_("Co-chair"),
    Role.KEYNOTE: N_("Key address"),
    Role.PANELLIST: N_("Panellist"),
    Role.SPEAKER: N_("Speaker"),
    Role.PRESENTER: N_("Presenter"),
    Role.RAPPORTEUR: N_("Rapporteur"),
    Role.SECRETARIAT: N_("Secretariat"),
    Role.DELEGATE: N_("Delegate"),
    Role.CHIEF_GUEST: N_("Chief guest"),
    Level.HEAD_OF_STATE: N_("Head of state"),
    Level.HEAD_OF_GOVERNMENT: N_("Head of government"),
    Level.MINISTER: N_("Minister"),
    Level.VICE_MINISTER: N_("Vice minister"),
    Level.AMBASSADOR: N_("Ambassador"),
    Level.OTHER: N_("Other"),
    Gender.FEMALE: N_("Female"),
    Gender.MALE: N_("Male"),
    Gender.OTHER: N_("Other"),
}

"""Qt item models over the programme and the live sitting.

Models only hold what the core computed and say what changed; they never
compute a clock or reorder a queue themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from meetingdesk.programme.model import Meeting, Sitting
from meetingdesk.programme.plan import plan_sitting, sitting_bounds

from . import text
from .text import tr

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    """Data roles beyond Qt's own, shared by every model of the front end."""

    KIND = Qt.ItemDataRole.UserRole.value + 1  # NodeKind of a programme row
    ID = Qt.ItemDataRole.UserRole.value + 2  # database id (meeting, sitting, segment, slot) or entry id
    PROTECTED = Qt.ItemDataRole.UserRole.value + 3  # the row shows a protected identity


# --------------------------------------------------------------------------- meetings


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    first_date: dt.date | None


class MeetingListModel(QAbstractListModel):
    """The meetings in the database, newest first as the store lists them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def set_meetings(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.first_date is None:
                return row.title
            return f"{row.title}\n{_long_date(row.first_date)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == Roles.ID:
            return row.id
        return None


# --------------------------------------------------------------------------- programme tree


class NodeKind(Enum):
    SITTING = "sitting"
    SEGMENT = "segment"
    SLOT = "slot"


class ProgrammeColumn(IntEnum):
    TITLE = 0
    TIME = 1
    KIND = 2
    ALLOTMENT = 3
    MODALITY = 4
    LANGUAGE = 5


PROGRAMME_HEADERS = {
    ProgrammeColumn.TITLE: "Programme",
    ProgrammeColumn.TIME: "Planned",
    ProgrammeColumn.KIND: "Kind / role",
    ProgrammeColumn.ALLOTMENT: "Time allotted",
    ProgrammeColumn.MODALITY: "Modality",
    ProgrammeColumn.LANGUAGE: "Floor language",
}


@dataclass(eq=False)
class ProgrammeNode:
    kind: NodeKind
    ref_id: int
    cells: list[str]
    tooltip: str = ""
    protected: bool = False
    parent: ProgrammeNode | None = None
    children: list[ProgrammeNode] = field(default_factory=list)
    row: int = 0
    uid: int = 0


def _long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)


def _other_zones(meeting: Meeting, start: dt.datetime | None, end: dt.datetime | None) -> list[str]:
    """The same span in each display zone of the meeting (``New York: 09:00–10:00 EDT``)."""
    from zoneinfo import ZoneInfo

    lines = []
    for name in meeting.display_zones or []:
        zone = ZoneInfo(name)
        s = start.astimezone(zone) if start else None
        e = end.astimezone(zone) if end else None
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        lines.append(f"{city}: {text.span(s, e, zone=True)}")
    return lines


def programme_nodes(meeting: Meeting) -> list[ProgrammeNode]:
    """Sittings → segments → speaker slots of ``meeting``, as plain rows (no ORM after this)."""
    roots: list[ProgrammeNode] = []
    default_language = meeting.languages[0] if meeting.languages else None
    many = len(meeting.sittings) > 1
    for number, sitting in enumerate(meeting.sittings, start=1):
        start, end = sitting_bounds(sitting)
        title = _long_date(sitting.date)
        if sitting.title:
            title = f"{sitting.title} — {title}"
        elif many:
            title = tr("Sitting {0} — {1}").format(number, title)
        sitting_node = ProgrammeNode(
            NodeKind.SITTING,
            sitting.id,
            [title, text.span(start, end, zone=True), "", text.minutes(_seconds(start, end)), "", ""],
            tooltip="\n".join(_other_zones(meeting, start, end)),
        )
        for planned in plan_sitting(sitting):
            seg = planned.segment
            kind = text.segment_kind(seg.kind)
            if seg.time_permitting:
                kind = tr("{0}, time permitting").format(kind)
            seg_node = ProgrammeNode(
                NodeKind.SEGMENT,
                seg.id,
                [seg.title, text.span(planned.start, planned.end), kind, text.minutes(planned.seconds), "", ""],
                tooltip="\n".join(filter(None, [seg.description, *_other_zones(meeting, planned.start, planned.end)])),
            )
            for slot in seg.slots:
                person = slot.participant
                name = person.display_name
                if person.protected:
                    name = tr("{0}  [protected identity]").format(name)
                details = [person.position_title, person.affiliation, person.delegation, slot.note]
                if person.protected:
                    details.append(tr("Protected identity: public screens and reports show the role only."))
                seg_node.children.append(
                    ProgrammeNode(
                        NodeKind.SLOT,
                        slot.id,
                        [
                            name,
                            "",
                            text.role(slot.role),
                            text.allotment(slot.min_seconds, slot.max_seconds),
                            text.modality(person.modality),
                            text.language(person.language or default_language),
                        ],
                        tooltip="\n".join(d for d in details if d),
                        protected=person.protected,
                    )
                )
            sitting_node.children.append(seg_node)
        roots.append(sitting_node)
    return roots


def _seconds(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return int((end - start).total_seconds())


class ProgrammeTreeModel(QAbstractItemModel):
    """The programme of one meeting: sittings → segments → speaker slots."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._roots: list[ProgrammeNode] = []
        self._by_uid: dict[int, ProgrammeNode] = {}

    # loading
    def set_meeting(self, meeting: Meeting | None) -> None:
        self.set_nodes(programme_nodes(meeting) if meeting is not None else [])

    def set_nodes(self, roots: list[ProgrammeNode]) -> None:
        self.beginResetModel()
        self._roots = roots
        self._by_uid = {}
        self._number(roots, None)
        self.endResetModel()

    def _number(self, nodes: list[ProgrammeNode], parent: ProgrammeNode | None) -> None:
        for row, node in enumerate(nodes):
            node.row = row
            node.parent = parent
            node.uid = len(self._by_uid) + 1
            self._by_uid[node.uid] = node
            self._number(node.children, node)

    def node(self, index: Index) -> ProgrammeNode | None:
        if not index.isValid():
            return None
        return self._by_uid.get(index.internalId())

    def _children(self, parent: Index) -> list[ProgrammeNode]:
        if not parent.isValid():
            return self._roots
        node = self.node(parent)
        return node.children if node is not None and parent.column() == 0 else []

    # QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < len(ProgrammeColumn)):
            return QModelIndex()
        return self.createIndex(row, column, children[row].uid)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.uid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(ProgrammeColumn)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return bool(self._children(parent))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.SITTING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.protected and column == ProgrammeColumn.TITLE:
            return QBrush(QColor("#8a4b00"))
        if role == Roles.KIND:
            return node.kind.value
        if role == Roles.ID:
            return node.ref_id
        if role == Roles.PROTECTED:
            return node.protected
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(ProgrammeColumn):
                return tr(PROGRAMME_HEADERS[ProgrammeColumn(section)], "ProgrammeTreeModel")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sitting_of(self, index: Index) -> int | None:
        """The id of the sitting a row belongs to (the sitting itself, or its segment or slot)."""
        node = self.node(index)
        while node is not None and node.kind is not NodeKind.SITTING:
            node = node.parent
        return node.ref_id if node is not None else None

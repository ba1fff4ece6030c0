"""Qt item models over the programme and the live sitting.

Models only hold what the core computed and say what changed; they never
compute a clock or reorder a queue themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from . import text
from .text import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the main window is shown before SQLAlchemy and the ORM load
    from meetingdesk.programme.model import Meeting

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    """Data roles beyond Qt's own, shared by every model of the front end."""

    KIND = Qt.ItemDataRole.UserRole.value + 1  # NodeKind of a programme row
    ID = Qt.ItemDataRole.UserRole.value + 2  # database id (meeting, sitting, segment, slot) or entry id
    PROTECTED = Qt.ItemDataRole.UserRole.value + 3  # the row shows a protected identity
    STATUS = Qt.ItemDataRole.UserRole.value + 4  # status of a live segment: planned, running, done, skipped
    FITS = Qt.ItemDataRole.UserRole.value + 5  # a queued speaker fits before the segment ends


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
    ProgrammeColumn.TITLE: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Programme"),
    ProgrammeColumn.TIME: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Planned"),
    ProgrammeColumn.KIND: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Kind / role"),
    ProgrammeColumn.ALLOTMENT: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Time allotted"),
    ProgrammeColumn.MODALITY: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Modality"),
    ProgrammeColumn.LANGUAGE: QT_TRANSLATE_NOOP("ProgrammeTreeModel", "Floor language"),
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
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


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
    from meetingdesk.programme.plan import plan_sitting, sitting_bounds

    roots: list[ProgrammeNode] = []
    default_language = meeting.languages[0] if meeting.languages else None
    many = len(meeting.sittings) > 1
    for number, sitting in enumerate(meeting.sittings, start=1):
        start, end = sitting_bounds(sitting)
        title = _long_date(sitting.date)
        if sitting.title:
            title = f"{sitting.title} — {title}"
        elif many:
            title = translate("MeetingDesk", "Sitting {0} — {1}").format(number, title)
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
                kind = translate("MeetingDesk", "{0}, time permitting").format(kind)
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
                    name = translate("MeetingDesk", "{0}  [protected identity]").format(name)
                details = [person.position_title, person.affiliation, person.delegation, slot.note]
                if person.protected:
                    details.append(translate("MeetingDesk", "Protected identity: public screens and reports show the role only."))
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

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: Index) -> QModelIndex: ...
    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent(): what owns the model
            return super().parent()
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
            return _font(bold=True)
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
                return translate("ProgrammeTreeModel", PROGRAMME_HEADERS[ProgrammeColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_sitting_status(self, sitting_id: int, status: str) -> None:
        """Say on a sitting's row whether it was held (``Held 14:02–15:01``); ``""`` for one not yet opened."""
        for node in self._roots:
            if node.kind is NodeKind.SITTING and node.ref_id == sitting_id and node.cells[ProgrammeColumn.KIND] != status:
                node.cells[ProgrammeColumn.KIND] = status
                cell = self.createIndex(node.row, ProgrammeColumn.KIND, node.uid)
                self.dataChanged.emit(cell, cell)

    def sitting_ids(self) -> list[int]:
        return [node.ref_id for node in self._roots if node.kind is NodeKind.SITTING]

    def sitting_of(self, index: Index) -> int | None:
        """The id of the sitting a row belongs to (the sitting itself, or its segment or slot)."""
        node = self.node(index)
        while node is not None and node.kind is not NodeKind.SITTING:
            node = node.parent
        return node.ref_id if node is not None else None


# --------------------------------------------------------------------------- flat tables


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class RowsModel(QAbstractTableModel):
    """A flat table: one row object per line, each with its shown text in ``cells``.

    A subclass names its columns (``COLUMNS``, an IntEnum, and ``HEADERS``, their untranslated
    labels) and answers the roles beyond the text in ``_data``; the indexes, the counts, the
    headers and the change signals are the same for every such table and live here.
    """

    COLUMNS: type[IntEnum]
    HEADERS: dict[Any, str]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _show(self, rows: list[Any], also: frozenset[int] | set[int] = frozenset()) -> list[int]:
        """Take in ``rows`` (each with an ``id``): a new list of ids resets the model, else only the
        rows whose content changed, and the rows in ``also``, are signalled as changed.
        Returns the rows that changed (all of them after a reset)."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return list(range(len(rows)))
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = rows
        for i in sorted(set(changed) | also):
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
        return changed

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()]
        if role == Roles.ID:
            return row.id
        return self._data(row, index.column(), role)

    def _data(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return translate(type(self).__name__, self.HEADERS[self.COLUMNS(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --------------------------------------------------------------------------- live sitting: agenda


class AgendaColumn(IntEnum):
    SEGMENT = 0
    PLANNED = 1
    ACTUAL = 2
    DIFFERENCE = 3


AGENDA_HEADERS = {
    AgendaColumn.SEGMENT: QT_TRANSLATE_NOOP("AgendaModel", "Segment"),
    AgendaColumn.PLANNED: QT_TRANSLATE_NOOP("AgendaModel", "Planned"),
    AgendaColumn.ACTUAL: QT_TRANSLATE_NOOP("AgendaModel", "Actual"),
    AgendaColumn.DIFFERENCE: QT_TRANSLATE_NOOP("AgendaModel", "Over / under"),
}

STATUS_LABELS = {"planned": QT_TRANSLATE_NOOP("AgendaModel", "planned"), "running": QT_TRANSLATE_NOOP("AgendaModel", "running"),
                 "done": QT_TRANSLATE_NOOP("AgendaModel", "done"), "skipped": QT_TRANSLATE_NOOP("AgendaModel", "skipped")}


@dataclass(frozen=True)
class _AgendaRow:
    id: int
    status: str
    cells: tuple[str, ...]
    difference: float | None
    tooltip: str


class AgendaModel(RowsModel):
    """The segments of the live sitting: planned and actual times, over/underrun, status.

    ``update(view)`` re-reads the core's view and tells the view only about the rows whose text
    changed (``dataChanged``); a change in the list of segments resets the model.
    """

    COLUMNS = AgendaColumn
    HEADERS = AGENDA_HEADERS

    def __init__(self, zone: dt.tzinfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone

    def _row(self, seg: Any) -> _AgendaRow:
        planned = text.span(text.local(seg.planned_start, self.zone), text.local(seg.planned_end, self.zone))
        if seg.actual_start is not None:
            end = text.local(seg.actual_end, self.zone)
            actual = f"{text.clock(text.local(seg.actual_start, self.zone))}–{text.clock(end) if end else ''}"
        else:
            actual = ""
        difference: float | None = None
        if seg.status == "running" and (text.as_seconds(seg.overrun) or 0.0) > 0:
            difference = text.as_seconds(seg.overrun)  # a running segment shows only a true overrun
        elif seg.status == "done" and seg.elapsed is not None and seg.planned_seconds is not None:
            difference = text.as_seconds(seg.elapsed) - text.as_seconds(seg.planned_seconds)  # over (+) or under (−) run
        diff_text = text.duration(difference, sign=True) if difference is not None else ""
        if seg.status == "skipped":
            diff_text = translate("AgendaModel", "skipped")
        title = seg.title
        tooltip = translate("AgendaModel", "{0}\n{1}: {2}").format(
            seg.title, text.segment_kind(seg.kind), translate("AgendaModel", STATUS_LABELS.get(seg.status, seg.status))
        )
        return _AgendaRow(seg.id, seg.status, (title, planned, actual, diff_text), difference, tooltip)

    def update(self, segments: list[Any]) -> list[int]:
        """Show these segments; returns the rows that changed (all of them after a reset)."""
        return self._show([self._row(s) for s in segments])

    def segment_id(self, row: int) -> int:
        return self._rows[row].id

    def _data(self, row: _AgendaRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.FontRole and row.status == "running":
            return _font(bold=True)
        if role == Qt.ItemDataRole.FontRole and row.status == "skipped":
            return _font(italic=True)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "running":
            return QBrush(QColor("#fff2c2"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AgendaColumn.DIFFERENCE and row.difference is not None:
                return QBrush(QColor("#b3261e") if row.difference > 0 else QColor("#1b6e35"))
            if row.status in ("done", "skipped"):
                return QBrush(QColor("#7a7a7a"))
            if row.status == "running":
                return QBrush(QColor("#000000"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != AgendaColumn.SEGMENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Roles.STATUS:
            return row.status
        return None


# --------------------------------------------------------------------------- live sitting: queue


class QueueColumn(IntEnum):
    NUMBER = 0
    SPEAKER = 1
    DELEGATION = 2
    KIND = 3
    ALLOTMENT = 4


QUEUE_HEADERS = {
    QueueColumn.NUMBER: "#",
    QueueColumn.SPEAKER: QT_TRANSLATE_NOOP("QueueModel", "Speaker"),
    QueueColumn.DELEGATION: QT_TRANSLATE_NOOP("QueueModel", "Delegation"),
    QueueColumn.KIND: QT_TRANSLATE_NOOP("QueueModel", "Floor"),
    QueueColumn.ALLOTMENT: QT_TRANSLATE_NOOP("QueueModel", "Time"),
}

QUEUE_MIME = "application/x-meetingdesk-queue-entry"


@dataclass(frozen=True)
class _QueueRow:
    id: int  # the queue entry
    cells: tuple[str, ...]
    fits: bool
    kind: str


class QueueModel(RowsModel):
    """The list of speakers waiting for the floor, in the core's order.

    Dragging a row emits ``move_requested(entry_id, to_index)``; the model does not reorder
    itself: the core does, and the next ``update`` shows the new order.
    """

    move_requested = Signal(int, int)

    COLUMNS = QueueColumn
    HEADERS = QUEUE_HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cut_index: int | None = None

    def _row(self, number: int, entry: Any) -> _QueueRow:
        kind = text.request_kind(entry.kind)
        where = {"online": translate("QueueModel", "online"), "video": translate("QueueModel", "video message")}.get(entry.modality, translate("QueueModel", "in the room"))
        floor = where if entry.kind == "speaker" else f"{kind}, {where}"
        return _QueueRow(
            entry.entry_id,
            (str(number), entry.name, entry.delegation or "", floor, text.duration(text.as_seconds(entry.allotment)) if entry.allotment else "–"),
            bool(entry.fits),
            entry.kind,
        )

    def update(self, queue: list[Any], cut_index: int | None) -> bool:
        """Show this queue; returns True when anything shown changed."""
        rows = [self._row(i, e) for i, e in enumerate(queue, start=1)]
        if rows == self._rows and cut_index == self.cut_index:
            return False
        old_cut, self.cut_index = self.cut_index, cut_index
        self._show(rows, {c for c in (old_cut, cut_index) if c is not None and c < len(rows)})
        return True

    def entry_id(self, row: int) -> int:
        return self._rows[row].id

    def _data(self, row: _QueueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.fits:
            return QBrush(QColor("#8c8c8c"))
        if role == Qt.ItemDataRole.FontRole and row.kind == "point_of_order":
            return _font(bold=True)
        if role == Qt.ItemDataRole.ToolTipRole and not row.fits:
            return translate("QueueModel", "Time permitting: does not fit before the segment ends")
        if role == Roles.FITS:
            return row.fits
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # drag and drop: the core reorders
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [QUEUE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(QUEUE_MIME, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(QUEUE_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Ask the core to move the dragged entry; return False so the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        entry_id = int(bytes(data.data(QUEUE_MIME).data()).decode())
        source = next((i for i, r in enumerate(self._rows) if r.id == entry_id), None)
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        to_index = target - 1 if target > source else target  # the index it will have once moved
        if to_index != source:
            self.move_requested.emit(entry_id, to_index)
        return False

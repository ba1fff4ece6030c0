"""Item models of the programme editor: a table of a draft's rows, its problems, the lines not read.

The models read and write only through ``meetingdesk.programme.editing.Draft``: an edit typed
into a cell is ``draft.enter``; the draft tells each model, step by step, which rows it inserts,
removes or moves (``beginInsertRows`` … ``endInsertRows``), and after each operation, undo or
redo, the new problems, which the cells show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from meetingdesk import i18n
from meetingdesk.programme.editing import (
    FIELDS,
    Assign,
    Draft,
    EditRefused,
    EntryError,
    Field,
    Insert,
    Kind,
    Listener,
    Move,
    Outcome,
    Remove,
    Step,
    show,
    value_of,
)
from meetingdesk.programme.entry import language_choices
from meetingdesk.programme.inscriptions import is_late
from meetingdesk.programme.model import SpeakerSlot
from meetingdesk.programme.problems import Problem
from meetingdesk.programme.zones import known_zones

from .text import reason, translate

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-meetingdesk-programme-row"
ERROR_BACKGROUND = QColor("#f9cfcb")
WARNING_BACKGROUND = QColor("#fce8b2")
HELD_FOREGROUND = QColor("#80868b")
ERROR_TEXT = "#c5221f"
HELD_TEXT = "#5f6368"
WARNING_TEXT = "#9a6700"


def problem_colour(problems: list[Problem]) -> QColor | None:
    if any(p.is_error for p in problems):
        return ERROR_BACKGROUND
    return WARNING_BACKGROUND if problems else None


def problem_lines(problems: list[Problem]) -> str:
    error, warning = translate("ProgrammeEditor", "Error"), translate("ProgrammeEditor", "Warning")
    return "\n".join(f"{error if p.is_error else warning}: {p.render()}" for p in problems)


class DraftTableModel(QAbstractTableModel, Listener):
    """The rows ``collection`` of ``owner`` in a draft (the segments of a sitting, the participants
    of the meeting), one column per field. ``owner`` None shows nothing (no sitting chosen yet).

    A value typed into a cell goes to ``draft.enter``; what cannot be read or may not change is
    emitted as ``refused`` (the window shows it) and changes nothing."""

    refused = Signal(str)

    def __init__(self, draft: Draft, collection: str, row_type: type, owner: Any = None, parent=None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.collection = collection
        self.fields: tuple[Field, ...] = FIELDS[row_type]
        self.owner = owner
        draft.listen(self)

    def set_owner(self, owner: Any) -> None:
        if owner is self.owner:
            return
        self.beginResetModel()
        self.owner = owner
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self.draft.rows(self.owner, self.collection) if self.owner is not None else []

    def row_of(self, obj: Any) -> int | None:
        return next((i for i, row in enumerate(self.rows()) if row is obj), None)

    def obj(self, index: Index) -> Any:
        return self.rows()[index.row()]

    def column_of(self, key: str | None) -> int:
        return next((i for i, f in enumerate(self.fields) if f.key == key), 0)

    # ------------------------------------------------------------------ Qt's table
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            return i18n.gettext(self.fields[section].label)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < len(self.fields):
            return None
        obj, spec = self.obj(index), self.fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None if spec.kind is Kind.FLAG else show(obj, spec.key)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind is Kind.FLAG:
            return Qt.CheckState.Checked if value_of(obj, spec.key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = problem_colour(self._problems(obj, spec, index.column()))
            if colour is None and self._late(obj, spec):
                colour = WARNING_BACKGROUND
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self.draft.refusal(obj, spec.key):
            return QBrush(HELD_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and spec.key in (obj.assumed or []):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(obj, spec, index.column())
        return None

    def _problems(self, obj: Any, spec: Field, column: int) -> list[Problem]:
        problems = self.draft.problems(obj, spec.key)
        if column == 0:  # a row's own problems (no time, too many speakers) show on its first cell
            problems = problems + self.draft.problems(obj)
        return problems

    def _late(self, obj: Any, spec: Field) -> bool:
        return isinstance(obj, SpeakerSlot) and spec.key == "registered" and is_late(obj, self.draft.meeting)

    def _tooltip(self, obj: Any, spec: Field, column: int) -> str | None:
        lines = []
        if problems := self._problems(obj, spec, column):
            lines.append(problem_lines(problems))
        if self._late(obj, spec):
            lines.append(translate("ProgrammeEditor", "Registered after the deadline"))
        if spec.key in (obj.assumed or []):
            lines.append(translate("ProgrammeEditor", "Assumed: the source did not give it; check it"))
        if why := self.draft.refusal(obj, spec.key):
            lines.append(i18n.render(why))
        return "\n".join(lines) or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        obj, spec = self.obj(index), self.fields[index.column()]
        if self.draft.refusal(obj, spec.key) is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if spec.kind is Kind.FLAG else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        obj, spec = self.obj(index), self.fields[index.column()]
        try:
            if role == Qt.ItemDataRole.CheckStateRole and spec.kind is Kind.FLAG:
                self.draft.set(obj, spec.key, Qt.CheckState(value) == Qt.CheckState.Checked)
            elif role == Qt.ItemDataRole.EditRole:
                self.draft.enter(obj, spec.key, str(value))
            else:
                return False
        except (EntryError, EditRefused) as e:
            self.refused.emit(translate("ProgrammeEditor", "{0}: {1}").format(i18n.render(self.draft.describe(obj, spec.key)), reason(e)))
            return False
        return True

    # ------------------------------------------------------------------ drag to reorder: the draft moves the row
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ROW_MIME, QByteArray(f"{id(self)}:{rows[0]}".encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(ROW_MIME) or action != Qt.DropAction.MoveAction:
            return False
        model, _, _ = bytes(data.data(ROW_MIME).data()).decode().partition(":")
        return model == str(id(self))  # rows move within their own table

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dragged row where it was dropped; return False so the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode().partition(":")[2])
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        self.move(source, target - 1 if target > source else target)
        return False

    def move(self, source: int, to_index: int) -> bool:
        """Move the row ``source`` so it ends at ``to_index`` (drag and drop, Alt+Up, Alt+Down)."""
        if not 0 <= source < self.rowCount():
            return False
        try:
            return bool(self.draft.move(self.rows()[source], to_index).steps)
        except EditRefused as e:
            self.refused.emit(reason(e))
            return False

    # ------------------------------------------------------------------ the draft's listener
    def _mine(self, step: Step) -> bool:
        return not isinstance(step, Assign) and step.owner is self.owner and step.collection == self.collection

    def before(self, step: Step) -> None:
        if not self._mine(step):
            return
        if isinstance(step, Insert):
            self.beginInsertRows(QModelIndex(), step.index, step.index)
        elif isinstance(step, Remove):
            self.beginRemoveRows(QModelIndex(), step.index, step.index)
        elif isinstance(step, Move):
            # Qt counts the destination before the move: past the row itself when moving down
            after = step.target + 1 if step.target > step.source else step.target
            self.beginMoveRows(QModelIndex(), step.source, step.source, QModelIndex(), after)

    def after(self, step: Step) -> None:
        if not self._mine(step):
            return
        if isinstance(step, Insert):
            self.endInsertRows()
        elif isinstance(step, Remove):
            self.endRemoveRows()
        elif isinstance(step, Move):
            self.endMoveRows()

    def checked(self, outcome: Outcome) -> None:
        """After every operation: values, problems, assumptions and refusals may show anywhere."""
        self.refresh()

    def refresh(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class ProblemListModel(QAbstractListModel, Listener):
    """Every problem of the draft, errors first, each saying where it is."""

    def __init__(self, draft: Draft, parent=None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._problems = self._sorted()
        draft.listen(self)

    def _sorted(self) -> list[Problem]:
        return sorted(self.draft.validation.problems, key=lambda p: not p.is_error)

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = i18n.render(self.draft.describe(*self.draft.target(problem)))
            return f"{where}\n{problem.render()}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ERROR_TEXT if problem.is_error else WARNING_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("ProgrammeEditor", "Click to go to the field") + "\n" + problem_lines([problem])
        return None

    def checked(self, outcome: Outcome) -> None:
        problems = self._sorted()
        if problems != self._problems:
            self.beginResetModel()
            self._problems = problems
            self.endResetModel()


class UnreadLinesModel(QAbstractListModel):
    """The lines of a pasted agenda the importer could not place, with the reason."""

    def __init__(self, unread: list[Any], parent=None) -> None:
        super().__init__(parent)
        self._lines = list(unread)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        unread = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ProgrammeEditor", "Line {0}: {1}").format(unread.line, unread.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return i18n.render(unread.reason) or None
        return None


# --------------------------------------------------------------------------- completion


class ListCompleter(QCompleter):
    """Completes the last of several values separated by commas ("en, fr, ne"), and inserts the
    code of a choice shown as "fr — French"."""

    def __init__(self, choices: list[str], widget: QWidget, several: bool) -> None:
        super().__init__(QStringListModel(choices, widget), widget)
        self.several = several
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()] if self.several else [path.strip()]

    def pathFromIndex(self, index: Index) -> str:
        value = str(index.data()).split(" — ")[0]
        widget = self.widget()
        if not self.several or not isinstance(widget, QLineEdit):
            return value
        before = widget.text().rsplit(",", 1)[0] if "," in widget.text() else ""
        return f"{before}, {value}" if before else value


def completer_for(spec: Field, widget: QWidget) -> QCompleter | None:
    """Zones from zoneinfo, languages from langcodes; None for other fields."""
    if spec.kind in (Kind.ZONE, Kind.ZONES):
        return ListCompleter(sorted(known_zones()), widget, spec.kind is Kind.ZONES)
    if spec.kind in (Kind.LANGUAGE, Kind.LANGUAGES):
        choices = [f"{code} — {name}" for code, name in language_choices()]
        return ListCompleter(choices, widget, spec.kind is Kind.LANGUAGES)
    return None

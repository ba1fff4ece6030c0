"""The rapporteur's window: Q&A, tour-de-table, notes and search, beside the moderator's console.

A thin layer over ``meetingdesk.record.Record``: every entry calls one core
command (one committed event) and the tables repaint from the record's state.
With a ``LiveSitting`` at hand the window only *reads* it, to show and pre-fill
the running segment and the speaker at the floor; it never sends it a command.

Protected identities: a protected person's name typed in free text is underlined as it is typed,
and Ctrl+L (or the button under the text) puts their label in its place. The window asks the
rapporteur's name when it opens (remembered in the settings): the summary prints it.

Keys: the window takes none of the moderator console's keys (N, Space, P, +, -,
E, S, O, D, M, R, Ctrl+Z, Ctrl+N, Ctrl+E, Ctrl+D, F11). Entry is on Ctrl+1 … Ctrl+6,
search on Ctrl+F, the next round of questions on Ctrl+R, labels for protected names on Ctrl+L;
Enter saves the entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QInputMethodEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk import i18n
from meetingdesk.live import Change, CommandRefused
from meetingdesk.programme.enums import SegmentKind
from meetingdesk.programme.identities import Mention, ProtectedNames
from meetingdesk.record import (
    ANSWERED,
    MERGED,
    NOT_REACHED,
    NOTE_LABELS,
    PUT,
    SOURCE_LABELS,
    STATUS_LABELS,
    Context,
    Record,
    SegmentInfo,
)

from .text import QT_TRANSLATE_NOOP, STORAGE_ERRORS, duration, reason, storage_failure, translate
from .widgets import ElidedLabel, place, remember_place

Index = QModelIndex | QPersistentModelIndex


# ---------------------------------------------------------------------------------------------- models


class _RecordTable(QAbstractTableModel):
    """A read-only table over the record; ``reload()`` takes in the record's current state."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, record: Record, parent=None):
        super().__init__(parent)
        self.record = record
        self.rows: list[Any] = []
        self.reload()

    def _rows(self) -> list[Any]:
        raise NotImplementedError

    def _cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._rows()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return translate("Rapporteur", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return self._style(row, index.column(), role)

    def _style(self, row: Any, column: int, role: int):
        return None

    def id_at(self, row: int) -> int | None:
        return getattr(self.rows[row], "id", None) if 0 <= row < len(self.rows) else None

    def _time(self, at: float) -> str:
        return i18n.time(dt.datetime.fromtimestamp(at, self.record.programme.zone), seconds=True)


_STATUS_COLOURS = {PUT: "#1a73e8", ANSWERED: "#1e8e3e", MERGED: "#5f6368", NOT_REACHED: "#b06000"}


class QuestionsModel(_RecordTable):
    HEADERS = ("#", QT_TRANSLATE_NOOP("Rapporteur", "Time"), QT_TRANSLATE_NOOP("Rapporteur", "Asked by"), QT_TRANSLATE_NOOP("Rapporteur", "To"), QT_TRANSLATE_NOOP("Rapporteur", "Question"), QT_TRANSLATE_NOOP("Rapporteur", "Status"), QT_TRANSLATE_NOOP("Rapporteur", "Answer"))

    def _rows(self):
        return self.record.questions()

    def _cell(self, q, column: int) -> str:
        if column == 0:
            return q.label
        if column == 1:
            return self._time(q.at)
        if column == 2:
            who = q.asker.label if q.asker else ""
            source = i18n.gettext(SOURCE_LABELS[q.source])
            return who if q.source == "room" else f"{who} · {source}".strip(" ·")
        if column == 3:
            return ", ".join(p.name for p in q.addressed_to)
        if column == 4:
            return q.text
        if column == 5:
            if q.status == MERGED:
                return translate("Rapporteur", "merged with {0}").format(self.record.question(q.merged_into).label)
            label = i18n.gettext(STATUS_LABELS[q.status])
            return translate("Rapporteur", "{0} (round {1})").format(label, q.round) if q.round and q.status == PUT else label
        if column == 6:
            return " · ".join(
                f"{', '.join(p.name for p in a.by)}: {a.note}" if a.by else a.note for a in q.answers
            )
        return ""

    def _style(self, q, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and q.status in _STATUS_COLOURS:
            return QColor(_STATUS_COLOURS[q.status])
        return None


class NotesModel(_RecordTable):
    HEADERS = (QT_TRANSLATE_NOOP("Rapporteur", "Time"), QT_TRANSLATE_NOOP("Rapporteur", "Kind"), QT_TRANSLATE_NOOP("Rapporteur", "Segment"), QT_TRANSLATE_NOOP("Rapporteur", "Speaker"), QT_TRANSLATE_NOOP("Rapporteur", "Text"), QT_TRANSLATE_NOOP("Rapporteur", "Owner"))

    def _rows(self):
        return self.record.notes()

    def _cell(self, n, column: int) -> str:
        if column == 0:
            return self._time(n.at)
        if column == 1:
            return i18n.gettext(NOTE_LABELS[n.kind])
        if column == 2:
            seg = self.record.programme.segment(n.segment_id)
            return seg.title if seg else ""
        if column == 3:
            return n.speaker.label if n.speaker else ""
        if column == 4:
            return n.text
        if column == 5:
            return n.owner or ""
        return ""

    def _style(self, n, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole and n.kind != "note":
            font = QFont()
            font.setBold(True)
            return font
        return None


class TourGridModel(_RecordTable):
    """Stakeholders × standing items of one tour-de-table segment; a cell lists what was collected."""

    def __init__(self, record: Record, segment_id: int | None, parent=None):
        self.segment_id = segment_id
        self.items: tuple = ()
        super().__init__(record, parent)

    def _rows(self):
        if self.segment_id is None:
            self.items = ()
            return []
        grid = self.record.tour_grid(self.segment_id)
        self.items = grid.items
        return list(grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("Rapporteur", "Stakeholder")
            if section <= len(self.items):
                return f"{section}. {_short(self.items[section - 1].title, 30)}"
            return translate("Rapporteur", "General") if section == len(self.items) + 1 else translate("Rapporteur", "Time")
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(self.items):
            item = self.items[section - 1]
            return item.title + "".join(f"\n  Q{i}. {q}" for i, q in enumerate(item.questions, 1))
        return None

    def _cell(self, row, column: int) -> str:
        if column == 0:
            return row.stakeholder.label
        if row.passed:
            return translate("Rapporteur", "passed") if column == 1 else ""
        if column <= len(self.items):
            found = row.cells.get(self.items[column - 1].key, ())
            return " · ".join(f"Q{c.question}: {c.summary}" if c.question else c.summary for c in found)
        if column == len(self.items) + 1:
            return " · ".join(c.summary for c in row.general)
        return duration(row.seconds) if row.reached else ""

    def _style(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and (row.passed or not row.reached):
            return QColor("#5f6368")
        if role == Qt.ItemDataRole.BackgroundRole and 1 <= column <= len(self.items) and not row.passed:
            if row.cells.get(self.items[column - 1].key):
                return QColor("#e6f4ea")
        return None

    def id_at(self, row: int) -> int | None:
        return None


class SearchModel(_RecordTable):
    HEADERS = (QT_TRANSLATE_NOOP("Rapporteur", "Time"), QT_TRANSLATE_NOOP("Rapporteur", "What"), QT_TRANSLATE_NOOP("Rapporteur", "Found in"), QT_TRANSLATE_NOOP("Rapporteur", "Text"))

    def __init__(self, record: Record, parent=None):
        self.query = ""
        super().__init__(record, parent)

    def _rows(self):
        return self.record.search(self.query) if self.query else []

    def set_query(self, text: str) -> None:
        self.query = text
        self.reload()

    def _cell(self, hit, column: int) -> str:
        if column == 0:
            return self._time(hit.at)
        if column == 1:
            if hit.kind == "question":
                return self.record.question(hit.id).label
            return i18n.gettext(NOTE_LABELS.get(hit.kind, hit.kind))
        if column == 2:
            return translate("Rapporteur", FIELD_WORDS.get(hit.field, hit.field))
        return hit.text


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------- entry


@dataclass(frozen=True)
class EntryKind:
    name: str
    label: str
    key: str
    who: str | None  # label of the "who" field, None = hidden
    to: bool = False  # "addressed to"
    item: bool = False  # standing item and guiding question
    seconds: bool = False  # time used
    source: bool = False
    owner: bool = False


# a note names a speaker only when the rapporteur says so: whoever has the floor is not pre-filled
NAMED = QT_TRANSLATE_NOOP("Rapporteur", "Speaker, if named")
# the fields a search finds text in (Record.search), as the results list names them
FIELD_WORDS = {"text": QT_TRANSLATE_NOOP("Rapporteur", "text"), "asker": QT_TRANSLATE_NOOP("Rapporteur", "asker"),
               "answer": QT_TRANSLATE_NOOP("Rapporteur", "answer"), "addressed_to": QT_TRANSLATE_NOOP("Rapporteur", "addressed to"),
               "summary": QT_TRANSLATE_NOOP("Rapporteur", "summary"), "stakeholder": QT_TRANSLATE_NOOP("Rapporteur", "stakeholder"),
               "owner": QT_TRANSLATE_NOOP("Rapporteur", "owner"), "speaker": QT_TRANSLATE_NOOP("Rapporteur", "speaker")}
ENTRY_KINDS = (
    EntryKind("question", QT_TRANSLATE_NOOP("Rapporteur", "Question"), "Ctrl+1", QT_TRANSLATE_NOOP("Rapporteur", "Asked by"), to=True, source=True),
    EntryKind("contribution", QT_TRANSLATE_NOOP("Rapporteur", "Contribution"), "Ctrl+2", QT_TRANSLATE_NOOP("Rapporteur", "Stakeholder"), item=True, seconds=True),
    EntryKind("note", QT_TRANSLATE_NOOP("Rapporteur", "Note"), "Ctrl+3", NAMED),
    EntryKind("key_message", QT_TRANSLATE_NOOP("Rapporteur", "Key message"), "Ctrl+4", NAMED),
    EntryKind("next_step", QT_TRANSLATE_NOOP("Rapporteur", "Next step"), "Ctrl+5", NAMED, owner=True),
    EntryKind("answer", QT_TRANSLATE_NOOP("Rapporteur", "Answer"), "Ctrl+6", QT_TRANSLATE_NOOP("Rapporteur", "Answered by")),
)
NAME_KEY = "rapporteur/name"  # the rapporteur's name, remembered between sessions
KIND = {k.name: k for k in ENTRY_KINDS}

# What the moderator's console owns: the rapporteur window must never take these.
CONSOLE_KEYS = ("N", "Space", "P", "+", "=", "-", "E", "S", "Shift+S", "O", "R", "D", "M",
                "Ctrl+Z", "Ctrl+N", "Ctrl+E", "Ctrl+D", "F11")


class NameMarks(QObject):
    """Marks protected names in line edits as they are typed (a red wavy underline, as a spelling
    checker does) and knows the labels that would replace them.

    A QLineEdit has no QSyntaxHighlighter, but its text layout takes character formats from an input
    method event: the marks are sent as one that commits no text, so what is typed is never touched.
    """

    changed = Signal()

    def __init__(self, names: ProtectedNames, *edits: QLineEdit, parent: QObject | None = None):
        super().__init__(parent)
        self.names = names
        self.mentions: dict[QLineEdit, list[Mention]] = {edit: [] for edit in edits}
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.format.setUnderlineColor(QColor("#c5221f"))
        self.format.setBackground(QColor("#fce8e6"))
        for edit in edits:
            edit.textChanged.connect(lambda _text, e=edit: self.mark(e))

    def mark(self, edit: QLineEdit) -> None:
        found = self.names.find(edit.text(), short=False)
        if not found and not self.mentions[edit]:
            return
        self.mentions[edit] = found
        kind = QInputMethodEvent.AttributeType.TextFormat
        cursor = edit.cursorPosition()  # the formats' positions are relative to the cursor
        attributes = [QInputMethodEvent.Attribute(kind, m.start - cursor, m.end - m.start, self.format) for m in found]
        QCoreApplication.sendEvent(edit, QInputMethodEvent("", attributes))
        self.changed.emit()

    def found(self) -> list[Mention]:
        return [m for mentions in self.mentions.values() for m in mentions]

    def use_labels(self) -> int:
        """Put each marked name's label in its place (as typing would: the field's undo takes it
        back); returns how many were replaced."""
        done = 0
        for edit, found in self.mentions.items():
            for m in reversed(found):
                edit.setSelection(m.start, m.end - m.start)
                edit.insert(m.label)
                done += 1
        return done


class RapporteurWindow(QMainWindow):
    """The rapporteur's own window for one sitting.

    ``RapporteurWindow(record, settings=None, ask_name=False)``: the sitting's ``Record``, built and kept
    up to date by ``ui.seats`` (its ``live`` sitting, the console's or a followed one, stamps entries
    with the segment and the speaker at the floor). With ``ask_name`` the window asks the rapporteur's
    name when it opens, offering the record's author (the one remembered in ``settings``).
    """

    closed = Signal()

    def __init__(self, record: Record, *, settings: QSettings | None = None, ask_name: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("rapporteurWindow")
        self.settings = settings if settings is not None else QSettings()
        ask = ask_name
        self.record = record
        live = self.live = record.live
        self.kind = KIND["note"]
        self.context: Context = self.record.context()
        self.name_dialog: QInputDialog | None = None

        self.questions = QuestionsModel(self.record, self)
        self.notes = NotesModel(self.record, self)
        self.tour_segment = self._tour_segment()
        self.grid = TourGridModel(self.record, self.tour_segment.id if self.tour_segment else None, self)
        self.results = SearchModel(self.record, self)

        self._build()
        self._show_title()
        self._make_actions()
        self.record.subscribe(self._on_record)
        if live is not None:
            live.subscribe(self._on_live)
        self.begin("note")
        place(self, self.settings, "rapporteur/geometry", QSize(1280, 760))
        if ask:
            self.ask_name()

    # ------------------------------------------------------------------ the rapporteur's name

    def _show_title(self) -> None:
        programme = self.record.programme
        title = translate("Rapporteur", "Rapporteur — {0}").format(programme.sitting_title or programme.meeting_title)
        self.setWindowTitle(f"{title} — {self.record.author}" if self.record.author else title)
        self.name_button.setText(translate("Rapporteur", "Rapporteur: {0}").format(self.record.author or translate("Rapporteur", "(no name)")))

    def ask_name(self) -> QInputDialog:
        """Ask the rapporteur's name (window-modal, pre-filled with the one remembered)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("rapporteurNameDialog")
        dialog.setWindowTitle(translate("Rapporteur", "Rapporteur"))
        dialog.setLabelText(translate("Rapporteur", "Your name, as the summary will print it after “Rapporteur”:"))
        dialog.setTextValue(self.record.author or "")
        dialog.textValueSelected.connect(self.set_rapporteur)
        dialog.finished.connect(lambda _result: setattr(self, "name_dialog", None))
        self.name_dialog = dialog
        dialog.open()
        return dialog

    def set_rapporteur(self, name: str) -> None:
        """The entries logged from now on are the rapporteur's of that name (remembered)."""
        try:
            self.record.set_author(name)
        except CommandRefused as refused:
            self.statusBar().showMessage(translate("Rapporteur", "Name not taken: {0}").format(reason(refused)))
            return
        self.settings.setValue(NAME_KEY, self.record.author or "")
        self._show_title()
        self.statusBar().showMessage(translate("Rapporteur", "Logging as {0}").format(self.record.author) if self.record.author
                                     else translate("Rapporteur", "Logging without a name"))

    # ------------------------------------------------------------------ layout

    def _table(self, model: QAbstractTableModel, name: str, *stretch: int) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in stretch:  # the text columns share the width; the short ones fit their contents
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # wrapped text: row heights follow the column widths, which change with the window
        model.modelReset.connect(view.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
        return view

    def _build(self) -> None:
        self.context_label = ElidedLabel()  # a very long name ends in "…" instead of widening the window
        self.context_label.setObjectName("contextLabel")
        self.context_label.setStyleSheet("font-size: 13pt; padding: 4px;")

        self.kind_label = QLabel()
        self.kind_label.setObjectName("kindLabel")
        self.kind_label.setStyleSheet("font-weight: bold;")
        self.who_edit = QLineEdit()
        self.who_edit.setObjectName("whoEdit")
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("toEdit")
        self.to_edit.setPlaceholderText(translate("Rapporteur", "panellists, separated by commas"))
        names = sorted({p.name for p in self.record.programme.people.values()})
        for edit in (self.who_edit, self.to_edit):
            completer = QCompleter(names, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sourceCombo")
        for key, label in SOURCE_LABELS.items():
            self.source_combo.addItem(i18n.gettext(label), key)
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("itemCombo")
        # (standing item key, guiding question number) of each entry of the combo, in order
        self.item_choices: list[tuple[str | None, int | None]] = [(None, None)]
        self.item_combo.addItem(translate("Rapporteur", "General (no single item)"))
        if self.tour_segment is not None:
            for n, item in enumerate(self.tour_segment.standing_items, 1):
                self.item_combo.addItem(f"{n}. {_short(item.title, 70)}")
                self.item_choices.append((item.key, None))
                for q, text in enumerate(item.questions, 1):
                    self.item_combo.addItem(f"    {n}.{q} {_short(text, 66)}")
                    self.item_choices.append((item.key, q))
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setObjectName("secondsSpin")
        self.seconds_spin.setRange(0, 3600)
        self.seconds_spin.setDecimals(0)
        self.seconds_spin.setSuffix(" s")
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("ownerEdit")
        self.owner_edit.setPlaceholderText(translate("Rapporteur", "who does it, where named"))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("textEdit")
        self.text_edit.returnPressed.connect(self.submit)
        self.text_edit.textEdited.connect(self._first_keystroke)
        self.save_button = QPushButton(translate("Rapporteur", "Save  ⏎"))
        self.save_button.clicked.connect(self.submit)
        # a protected person's name typed in free text: underlined, with the label offered instead
        self.marks = NameMarks(self.record.programme.protected, self.text_edit, self.owner_edit, parent=self)
        self.marks.changed.connect(self._show_marks)
        self.marks_label = QLabel()
        self.marks_label.setObjectName("marksLabel")
        self.marks_label.setStyleSheet("color: #c5221f;")
        self.marks_label.setWordWrap(True)
        self.label_button = QPushButton()
        self.label_button.setObjectName("labelButton")
        self.label_button.clicked.connect(self.use_labels)
        marks_row = QHBoxLayout()
        marks_row.setContentsMargins(0, 0, 0, 0)
        marks_row.addWidget(self.marks_label, 1)
        marks_row.addWidget(self.label_button)
        self.marks_row = QWidget()
        self.marks_row.setLayout(marks_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows_by_field: dict[str, QWidget] = {}

        def row(name: str, label: str, widget: QWidget) -> None:
            form.addRow(translate("Rapporteur", label), widget)
            self.rows_by_field[name] = widget

        row("who", QT_TRANSLATE_NOOP("Rapporteur", "Who"), self.who_edit)
        row("to", QT_TRANSLATE_NOOP("Rapporteur", "Addressed to"), self.to_edit)
        row("source", QT_TRANSLATE_NOOP("Rapporteur", "From"), self.source_combo)
        row("item", QT_TRANSLATE_NOOP("Rapporteur", "Item / question"), self.item_combo)
        row("seconds", QT_TRANSLATE_NOOP("Rapporteur", "Time used"), self.seconds_spin)
        row("owner", QT_TRANSLATE_NOOP("Rapporteur", "Owner"), self.owner_edit)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_edit, 1)
        text_row.addWidget(self.save_button)
        form.addRow(self.kind_label, text_row)
        form.addRow("", self.marks_row)
        form.setRowVisible(self.marks_row, False)
        self.form = form

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(translate("Rapporteur", "Search everything logged (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)

        self.questions_view = self._table(self.questions, "questionsView", 4, 6)
        self.notes_view = self._table(self.notes, "notesView", 4)
        self.grid_view = self._table(self.grid, "gridView")
        grid_header = self.grid_view.horizontalHeader()
        grid_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # items and "general" share the width
        grid_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # stakeholder
        if self.grid.columnCount():
            grid_header.setSectionResizeMode(self.grid.columnCount() - 1, QHeaderView.ResizeMode.ResizeToContents)
        grid_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.results_view = self._table(self.results, "resultsView", 3)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rapporteurTabs")
        self.tabs.addTab(self.questions_view, "")
        self.tabs.addTab(self.grid_view, "")
        self.tabs.addTab(self.notes_view, "")
        self.tabs.addTab(self.results_view, "")
        self._tab_titles()
        self.tabs.setTabEnabled(1, self.tour_segment is not None)  # no tour-de-table in this sitting
        # a hidden table's rows were sized for the widths it had then: size them again when shown
        self.tabs.currentChanged.connect(self._resize_rows)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.context_label, 1)
        self.name_button = QToolButton()  # who logs: the summary prints this name after "Rapporteur"
        self.name_button.setObjectName("rapporteurName")
        self.name_button.setToolTip(translate("Rapporteur", "Your name, as the summary prints it after “Rapporteur” (click to change)"))
        self.name_button.setAutoRaise(True)
        self.name_button.clicked.connect(self.ask_name)
        top.addWidget(self.name_button)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(translate("Rapporteur", "Ctrl+1 question · Ctrl+2 contribution · Ctrl+3 note · Ctrl+4 key message · "
                                        "Ctrl+5 next step · Ctrl+6 answer · Ctrl+R next round · Ctrl+F search · "
                                        "Ctrl+L label for a protected name"))
        self._show_context()

    def _resize_rows(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, QTableView):  # every tab is a table
            view.resizeRowsToContents()

    def _tab_titles(self) -> None:
        waiting = len(self.record.waiting_questions())
        self.tabs.setTabText(0, translate("Rapporteur", "Questions ({0} waiting)").format(waiting) if waiting else translate("Rapporteur", "Questions"))
        self.tabs.setTabText(1, translate("Rapporteur", "Tour-de-table"))
        self.tabs.setTabText(2, translate("Rapporteur", "Notes ({0})").format(len(self.notes.rows)))
        self.tabs.setTabText(3, translate("Rapporteur", "Search ({0})").format(len(self.results.rows)) if self.results.query else translate("Rapporteur", "Search"))

    def _action(self, name: str, label: str, key: str, slot: Callable[..., None]) -> QAction:
        action = QAction(label, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{label} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        toolbar = QToolBar(translate("Rapporteur", "Rapporteur"))
        toolbar.setObjectName("rapporteurToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.actions_by_name: dict[str, QAction] = {}
        for kind in ENTRY_KINDS:
            action = self._action(kind.name, translate("Rapporteur", kind.label), kind.key, lambda _checked=False, k=kind.name: self.begin(k))
            label = translate("Rapporteur", kind.label)
            action.setIconText(f"{label}  {kind.key}")
            toolbar.addAction(action)
            self.actions_by_name[kind.name] = action
        toolbar.addSeparator()
        more = [
            ("nextRound", translate("Rapporteur", "Put next round"), "Ctrl+R", self.put_next_round),
            ("mergeQuestions", translate("Rapporteur", "Merge selected"), "Ctrl+Shift+M", self.merge_selected),
            ("closeQuestions", translate("Rapporteur", "Close Q&&A (not reached)"), "Ctrl+Shift+Q", self.close_questions),
            ("search", translate("Rapporteur", "Search"), "Ctrl+F", self.focus_search),
            ("useLabels", translate("Rapporteur", "Use the label"), "Ctrl+L", self.use_labels),
        ]
        for name, label, key, slot in more:
            action = self._action(name, label, key, slot)
            action.setIconText(f"{label}  {key}")
            if name not in ("search", "useLabels"):
                toolbar.addAction(action)
            self.actions_by_name[name] = action

    # ------------------------------------------------------------------ context

    def _tour_segment(self) -> SegmentInfo | None:
        current = self.record.programme.segment(self.context.segment_id)
        if current is not None and current.standing_items:
            return current
        tours = self.record.programme.tours
        return tours[0] if tours else None

    def _show_context(self) -> None:
        ctx = self.record.context()
        seg = self.record.programme.segment(ctx.segment_id)
        parts = [seg.title if seg else translate("Rapporteur", "No segment running")]
        if ctx.speaker_name:
            who = ctx.speaker_name + (f" ({ctx.speaker_delegation})" if ctx.speaker_delegation else "")
            parts.append(translate("Rapporteur", "at the floor: {0}").format(who))
        self.context_label.setText(" · ".join(parts))

    def _on_live(self, change) -> None:
        if change.requires_context_redraw() and not change.tick:
            self._show_context()

    def _first_keystroke(self, text: str) -> None:
        # a note belongs to the speaker who was speaking when the rapporteur began to type it
        if len(text) == 1:
            self.context = self.record.context()

    # ------------------------------------------------------------------ entry

    def begin(self, kind: str) -> None:
        """Open the entry for one kind, pre-filled from the live sitting, and put the cursor in it."""
        self.kind = KIND[kind]
        self.context = self.record.context()
        k = self.kind
        self.kind_label.setText(translate("Rapporteur", k.label))
        if k.who is not None and isinstance(who := self.form.labelForField(self.who_edit), QLabel):
            who.setText(translate("Rapporteur", k.who))
        for name, widget in self.rows_by_field.items():
            shown = {"who": k.who is not None, "to": k.to, "source": k.source, "item": k.item,
                     "seconds": k.seconds, "owner": k.owner}[name]
            self.form.setRowVisible(widget, shown)
        self.who_edit.clear()
        self.to_edit.clear()
        self.owner_edit.clear()
        self.seconds_spin.setValue(0)
        ctx = self.context
        segment = self.record.programme.segment(ctx.segment_id)
        in_qa = segment is not None and segment.kind == SegmentKind.QA.value
        # who is at the floor asks a question only in a Q&A; a contribution is theirs
        if ctx.speaker_name and (k.name == "contribution" or (k.name == "question" and in_qa)):
            self.who_edit.setText(ctx.speaker_name)
        if k.name == "contribution" and ctx.speaker_elapsed is not None:
            self.seconds_spin.setValue(round(ctx.speaker_elapsed))
        if k.name == "answer":
            target = self._answer_target()
            if target is not None:
                self.kind_label.setText(translate("Rapporteur", "Answer to {0}").format(target.label))
                self.who_edit.setText(", ".join(p.name for p in target.addressed_to))  # those it was put to
            self.text_edit.setPlaceholderText(
                translate("Rapporteur", "a short note of the answer") if target else translate("Rapporteur", "select a question first")
            )
        else:
            self.text_edit.setPlaceholderText(translate("Rapporteur", "type, then Enter"))
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _selected_question_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.questions_view.selectionModel().selectedRows()})
        return [i for i in (self.questions.id_at(r) for r in rows) if i is not None]

    def _answer_target(self):
        ids = self._selected_question_ids()
        if ids:
            return self.record.question(ids[0])
        put = self.record.questions(PUT)
        return put[0] if put else None

    def _who(self, text: str) -> str | None:
        """A name typed or completed: the participant's key when it names one, else the text."""
        text = text.strip()
        if not text:
            return None
        known = self.record.find_person(text)
        return known.key if known is not None else text

    def _people(self, text: str) -> list[str]:
        return [w for w in (self._who(part) for part in text.split(",")) if w]

    def submit(self) -> None:
        """Save the entry (Enter): one core command, one committed event."""
        text = self.text_edit.text()
        ctx = self.context
        k = self.kind.name
        try:
            if k == "question":
                new = self.record.add_question(text, asker=self._who(self.who_edit.text()),
                                               addressed_to=self._people(self.to_edit.text()),
                                               source=self.source_combo.currentData(), context=ctx)
                saved = self.record.question(new).label
            elif k == "contribution":
                who = self._who(self.who_edit.text())
                if who is None:
                    raise CommandRefused("say who is speaking")
                item, question = self.item_choices[max(0, self.item_combo.currentIndex())]
                seconds = self.seconds_spin.value() or None
                if text.strip():
                    self.record.add_contribution(who, text, item=item, question=question, seconds=seconds,
                                                 segment_id=self._contribution_segment(ctx, item), context=ctx)
                else:
                    self.record.pass_turn(who, segment_id=self._contribution_segment(ctx, item), context=ctx)
                saved = translate("Rapporteur", "contribution")
            elif k == "answer":
                target = self._answer_target()
                if target is None:
                    raise CommandRefused("select the question that was answered")
                self.record.answer(target.id, text, by=self._people(self.who_edit.text()), context=ctx)
                saved = translate("Rapporteur", "answer to {0}").format(target.label)
            elif k == "next_step":
                self.record.add_next_step(text, owner=self.owner_edit.text(), speaker=self._who(self.who_edit.text()),
                                          context=ctx)
                saved = translate("Rapporteur", "next step")
            elif k == "key_message":
                self.record.add_key_message(text, speaker=self._who(self.who_edit.text()), context=ctx)
                saved = translate("Rapporteur", "key message")
            else:
                self.record.add_note(text, speaker=self._who(self.who_edit.text()), context=ctx)
                saved = translate("Rapporteur", "note")
        except CommandRefused as refused:
            self.statusBar().showMessage(translate("Rapporteur", "Not saved: {0}").format(reason(refused)))
            return
        except STORAGE_ERRORS as error:
            self.statusBar().showMessage(storage_failure(error))
            return
        self.statusBar().showMessage(translate("Rapporteur", "Saved {0}").format(saved))
        self.text_edit.clear()
        self.begin(k)

    def _show_marks(self) -> None:
        found = self.marks.found()
        self.form.setRowVisible(self.marks_row, bool(found))
        if not found:
            return
        names = list(dict.fromkeys(f"“{m.text}” → “{m.label}”" for m in found))
        self.marks_label.setText(translate("Rapporteur", "Protected name: {0}").format(", ".join(names)))
        key = self.actions_by_name["useLabels"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.label_button.setText(translate("Rapporteur", "Use the label  {0}").format(key) if len(found) == 1
                                  else translate("Rapporteur", "Use the labels  {0}").format(key))

    def use_labels(self) -> None:
        """Ctrl+L: every protected name marked in the entry gives way to its label."""
        if self.marks.use_labels():
            self.statusBar().showMessage(translate("Rapporteur", "Protected names replaced by their labels"))

    def _contribution_segment(self, ctx: Context, item: str | None) -> int | None:
        """A contribution on a standing item belongs to the tour-de-table; a general one to the running
        segment (inputs are also collected in a Q&A), else to the tour-de-table."""
        if (item is not None or ctx.segment_id is None) and self.tour_segment is not None:
            return self.tour_segment.id
        return ctx.segment_id

    # ------------------------------------------------------------------ Q&A commands

    def _run(self, command: Callable[[], Any], done: str) -> None:
        try:
            command()
        except CommandRefused as refused:
            self.statusBar().showMessage(translate("Rapporteur", "Not done: {0}").format(reason(refused)))
            return
        except STORAGE_ERRORS as error:
            self.statusBar().showMessage(storage_failure(error))
            return
        self.statusBar().showMessage(done)

    def put_next_round(self) -> None:
        """The selected waiting questions (or the next three) go to the panel."""
        chosen = [i for i in self._selected_question_ids() if self.record.question(i).status == "waiting"]
        self._run(lambda: self.record.put_round(chosen or None), translate("Rapporteur", "Round put to the panel"))

    def merge_selected(self) -> None:
        """Merge the later selected questions into the first selected one."""
        ids = self._selected_question_ids()
        if len(ids) < 2:
            self.statusBar().showMessage(translate("Rapporteur", "Select two or more questions to merge"))
            return
        first, *rest = ids

        def merge() -> None:
            for other in rest:
                self.record.merge(other, into=first)

        self._run(merge, translate("Rapporteur", "Merged with {0}").format(self.record.question(first).label))

    def close_questions(self) -> None:
        self._run(self.record.close_questions, translate("Rapporteur", "Questions not reached are marked"))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self, text: str) -> None:
        self.results.set_query(text)
        if text.strip():
            self.tabs.setCurrentWidget(self.results_view)
        self._tab_titles()

    # ------------------------------------------------------------------ repaint

    def _on_record(self, change: Change) -> None:
        if change.requires_questions_redraw():
            self.questions.reload()
        if change.requires_notes_redraw():
            self.notes.reload()
        if change.requires_contributions_redraw():
            self.grid.reload()
        if self.results.query:
            self.results.reload()
        self._tab_titles()

    def closeEvent(self, event: QCloseEvent) -> None:
        remember_place(self, self.settings, "rapporteur/geometry")
        if self.name_dialog is not None:
            self.name_dialog.reject()
        if self.live is not None:
            try:
                self.live.unsubscribe(self._on_live)
            except ValueError:
                pass
        self.record.close()
        self.closed.emit()
        super().closeEvent(event)

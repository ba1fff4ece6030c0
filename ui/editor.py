"""The programme editor: a meeting, its sittings, segments, speakers, participants, booths and
standing items as forms and tables, every problem shown on its field and in a list.

The window only turns key presses and clicks into operations of the core's draft
(``meetingdesk.programme.editing``) and shows what they changed; saving is
``meetingdesk.store.drafts.save_draft``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk import i18n
from meetingdesk.programme.editing import FIELDS, Draft, EditRefused, EntryError, Field, Kind, Listener, Outcome, show
from meetingdesk.programme.inscriptions import (
    INSCRIPTIONS,
    PARTICIPANTS,
    SheetError,
    add_inscriptions,
    add_participants,
    read_sheet,
)
from meetingdesk.programme.model import AgendaItem, Booth, Meeting, Participant, Segment, Sitting, SpeakerSlot, StandingItem
from meetingdesk.programme.problems import Problem, ProgrammeError, UnreadableFile
from meetingdesk.store import Store

from .editor_models import (
    ERROR_TEXT,
    HELD_TEXT,
    WARNING_TEXT,
    DraftTableModel,
    Index,
    ProblemListModel,
    UnreadLinesModel,
    completer_for,
    problem_lines,
)
from .text import QT_TRANSLATE_NOOP, STORAGE_ERRORS, reason, storage_failure, translate

TAB_MEETING, TAB_PROGRAMME, TAB_PARTICIPANTS, TAB_BOOTHS, TAB_ITEMS = range(5)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {translate('ProgrammeEditor', one if n == 1 else many)}"


# the words _count is given
COUNTED = (QT_TRANSLATE_NOOP("ProgrammeEditor", "error"), QT_TRANSLATE_NOOP("ProgrammeEditor", "errors"),
           QT_TRANSLATE_NOOP("ProgrammeEditor", "warning"), QT_TRANSLATE_NOOP("ProgrammeEditor", "warnings"))


def _model(view: QTableView) -> DraftTableModel:
    """The model of a table of the editor: each shows a table of the draft."""
    model = view.model()
    if not isinstance(model, DraftTableModel):
        raise TypeError(f"{view.objectName()} does not show a table of the draft")
    return model


class FieldDelegate(QStyledItemDelegate):
    """A cell's editor by the kind of its field: a list to choose from, or a line to type in
    (with zones and languages completed)."""

    def __init__(self, model: DraftTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def _field(self, index: Index) -> Field:
        return self.model.fields[index.column()]

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        spec = self._field(index)
        draft = self.model.draft
        if spec.kind in (Kind.CHOICE, Kind.PARTICIPANT, Kind.ITEM):
            combo = QComboBox(parent)
            if spec.kind is Kind.CHOICE:
                choices = [i18n.gettext(getattr(m, "label", m.value)) for m in spec.options]
            elif spec.kind is Kind.PARTICIPANT:
                choices = [p.display_name for p in draft.meeting.participants]
            else:
                choices = [i.number for i in draft.meeting.items]
            combo.addItems(([] if spec.required else [""]) + choices)
            return combo
        editor = QLineEdit(parent)
        if completer := completer_for(spec, editor):
            editor.setCompleter(completer)
            # a completion chosen from the list is the value: one Return, not two
            completer.activated.connect(lambda _text, line=editor: self._finish(line))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if not isinstance(editor, (QComboBox, QLineEdit)):
            return  # createEditor makes no other
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class _CommitOnLeave(QPlainTextEdit):
    """A text box that hands its text over when the focus leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class MeetingForm(QScrollArea, Listener):
    """The meeting's own fields as a form; the problems of each field under it."""

    def __init__(self, draft: Draft, say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.say = say
        self.widgets: dict[str, QComboBox | QPlainTextEdit | QLineEdit] = {}
        self.notes: dict[str, QLabel] = {}
        self.typed: dict[str, str] = {}  # key -> why the text typed there could not be read
        self.setObjectName("meetingForm")
        self.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in FIELDS[Meeting]:
            widget = self._widget(spec)
            widget.setObjectName(f"meeting_{spec.key}")
            widget.setAccessibleName(i18n.gettext(spec.label))
            note = QLabel()
            note.setObjectName(f"meeting_{spec.key}_problems")
            note.setWordWrap(True)
            note.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(note)
            label = QLabel(i18n.gettext(spec.label) + ("*" if spec.required else ""))
            label.setBuddy(widget)
            form.addRow(label, holder)
            self.widgets[spec.key] = widget
            self.notes[spec.key] = note
        self.setWidget(inner)
        draft.listen(self)
        self.refresh()

    def _widget(self, spec: Field) -> QComboBox | QPlainTextEdit | QLineEdit:
        if spec.kind is Kind.CHOICE:
            combo = QComboBox()
            for member in spec.options:
                combo.addItem(i18n.gettext(getattr(member, "label", member.value)), member.value)
            combo.activated.connect(lambda _i, key=spec.key: self.commit(key))
            return combo
        if spec.kind is Kind.LONG_TEXT:
            box = _CommitOnLeave()
            box.setMaximumHeight(90 if spec.key == "description" else 50)
            box.left.connect(lambda key=spec.key: self.commit(key))
            return box
        line = QLineEdit()
        if completer := completer_for(spec, line):
            line.setCompleter(completer)
        if spec.kind in (Kind.TEXTS,):
            line.setPlaceholderText(translate("ProgrammeEditor", "several, separated by ;"))
        elif spec.kind in (Kind.LANGUAGES, Kind.ZONES):
            line.setPlaceholderText(translate("ProgrammeEditor", "several, separated by commas"))
        line.editingFinished.connect(lambda key=spec.key: self.commit(key))
        return line

    def text_of(self, key: str) -> str:
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def set_text(self, key: str, text: str) -> None:
        """Put text in a field as if typed there (it is read when the field is left, or by ``commit``)."""
        widget = self.widgets[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def commit(self, key: str) -> bool:
        """Read what the field holds into the draft; say why when it cannot be."""
        text = self.text_of(key)
        if text == show(self.draft.meeting, key) and key not in self.typed:
            return True
        try:
            self.draft.enter(self.draft.meeting, key, text)
        except (EntryError, EditRefused) as e:
            self.typed[key] = reason(e)
            self.say(translate("ProgrammeEditor", "{0}: {1}").format(i18n.render(self.draft.describe(self.draft.meeting, key)), reason(e)))
            self.refresh()
            return False
        self.typed.pop(key, None)
        self.refresh()
        return True

    def refresh(self) -> None:
        meeting = self.draft.meeting
        for key, widget in self.widgets.items():
            if key not in self.typed and self.text_of(key) != show(meeting, key):
                with QSignalBlocker(widget):
                    self.set_text(key, show(meeting, key))
            refused = self.draft.refusal(meeting, key)
            if isinstance(widget, QComboBox):
                widget.setEnabled(refused is None)
            else:
                widget.setReadOnly(refused is not None)
            problems = self.draft.problems(meeting, key)
            lines = [problem_lines(problems)] if problems else []
            if key in self.typed:
                lines.insert(0, translate("ProgrammeEditor", "Not read: {0}").format(self.typed[key]))
            if key in (meeting.assumed or []):
                lines.append(translate("ProgrammeEditor", "Assumed: the source did not give it; check it"))
            if refused:
                lines.append(i18n.render(refused))
            note = self.notes[key]
            note.setText("\n".join(lines))
            bad = key in self.typed or any(p.is_error for p in problems)
            colour = ERROR_TEXT if bad else WARNING_TEXT if problems else "#5f6368"
            note.setStyleSheet(f"color: {colour}")
            note.setVisible(bool(lines))
            widget.setStyleSheet(f"border: 1px solid {colour};" if bad or problems else "")
            widget.setToolTip("\n".join(lines))

    def focus(self, key: str | None) -> None:
        widget = self.widgets.get(key or "title") or self.widgets["title"]
        self.ensureWidgetVisible(widget)
        widget.setFocus()

    def checked(self, outcome: Outcome) -> None:
        self.refresh()


class EditorWindow(QMainWindow, Listener):
    """One draft being edited. ``saved(meeting_id)`` after each save."""

    saved = Signal(int)

    def __init__(self, store: Store, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft = draft
        self.setObjectName("ProgrammeEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.question: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.models: list[Any] = []
        self.table_notes: dict[QTableView, QLabel] = {}
        self.closed = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.meeting_form = MeetingForm(draft, self.say)
        self.tabs.addTab(self.meeting_form, translate("ProgrammeEditor", "&Meeting"))
        self.tabs.addTab(self._programme_tab(), translate("ProgrammeEditor", "&Programme"))
        self.participants = self._model("participants", Participant, draft.meeting)
        self.participants_view = self._table(self.participants, "participantsView", translate("ProgrammeEditor", "Participants"))
        self.tabs.addTab(self._titled(translate("ProgrammeEditor", "Participants"), self.participants_view), translate("ProgrammeEditor", "P&articipants"))
        self.booths = self._model("booths", Booth, draft.meeting)
        self.booths_view = self._table(self.booths, "boothsView", translate("ProgrammeEditor", "Interpretation booths"))
        self.tabs.addTab(self._titled(translate("ProgrammeEditor", "Interpretation booths"), self.booths_view), translate("ProgrammeEditor", "&Interpretation"))
        self.items = self._model("items", AgendaItem, draft.meeting)
        self.items_view = self._table(self.items, "itemsView", translate("ProgrammeEditor", "Agenda items"))
        self.tabs.addTab(self._titled(translate("ProgrammeEditor", "Agenda items"), self.items_view), translate("ProgrammeEditor", "A&genda items"))
        self.setCentralWidget(self.tabs)

        self._problems_dock()
        if draft.unread:
            self._unread_dock()
        self._make_actions()
        self.summary = QLabel()
        self.summary.setObjectName("problemSummary")
        self.statusBar().addPermanentWidget(self.summary)
        self.statusBar().setObjectName("statusBar")
        draft.listen(self)
        self._show_state()
        room = self.screen().availableGeometry()  # a laptop's screen may be smaller than the tables like
        self.resize(min(1360, room.width()), min(820, room.height() - 48))  # 48: the title bar
        if self.sittings.rowCount():
            self.sittings_view.setCurrentIndex(self.sittings.index(0, 0))
        self._show_table_problems()

    # ------------------------------------------------------------------ building
    def _model(self, collection: str, row_type: type, owner: Any = None) -> DraftTableModel:
        model = DraftTableModel(self.draft, collection, row_type, owner, self)
        model.refused.connect(self.say)
        self.models.append(model)
        return model

    def _table(self, model: DraftTableModel, name: str, accessible: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setItemDelegate(FieldDelegate(model, view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setMaximumSectionSize(320)
        view.verticalHeader().setDefaultSectionSize(24)
        model.modelReset.connect(view.resizeColumnsToContents)
        view.resizeColumnsToContents()
        return view

    def _titled(self, title: str, view: QWidget) -> QWidget:
        """A table under its title, with the problems of the table as a whole between them
        ("tight: the 6 panellists may take up to 30 min")."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(view)
        column.addWidget(label)
        if isinstance(view, QTableView):
            note = QLabel()
            note.setObjectName(f"{view.objectName()}Problems")
            note.setWordWrap(True)
            note.hide()
            self.table_notes[view] = note
            column.addWidget(note)
        column.addWidget(view, 1)
        return box

    def _show_table_problems(self) -> None:
        """Above each table: the problems of its rows as a whole, or why they cannot change."""
        for view, note in self.table_notes.items():
            model = _model(view)
            if model.owner is None:
                note.hide()
                continue
            problems = self.draft.problems(model.owner, model.collection)
            # why a sitting cannot change, once, above its segments (the tables below it say the same)
            refused = self.draft.refusal(model.owner, model.collection) if view is self.segments_view else None
            colour = ERROR_TEXT if any(p.is_error for p in problems) else WARNING_TEXT if problems else HELD_TEXT
            note.setText("\n".join(([problem_lines(problems)] if problems else []) + ([i18n.render(refused)] if refused else [])))
            note.setStyleSheet(f"color: {colour}")
            note.setVisible(bool(problems or refused))


    def _programme_tab(self) -> QWidget:
        self.sittings = self._model("sittings", Sitting, self.draft.meeting)
        self.sittings_view = self._table(self.sittings, "sittingsView", translate("ProgrammeEditor", "Sittings"))
        self.segments = self._model("segments", Segment)
        self.segments_view = self._table(self.segments, "segmentsView", translate("ProgrammeEditor", "Segments"))
        self.slots = self._model("slots", SpeakerSlot)
        self.slots_view = self._table(self.slots, "slotsView", translate("ProgrammeEditor", "Speakers"))
        self.standing = self._model("standing_items", StandingItem)
        self.standing_view = self._table(self.standing, "standingView", translate("ProgrammeEditor", "Standing items"))
        self.questions = _CommitOnLeave()
        self.questions.setObjectName("questionsEditor")
        self.questions.setAccessibleName(translate("ProgrammeEditor", "Guiding questions"))
        self.questions.setPlaceholderText(translate("ProgrammeEditor", "The guiding questions of the chosen standing item, one a line"))
        self.questions.left.connect(self.commit_questions)

        self.sittings_view.selectionModel().currentChanged.connect(self._sitting_chosen)
        self.segments_view.selectionModel().currentChanged.connect(self._segment_chosen)
        self.standing_view.selectionModel().currentChanged.connect(lambda *_: self._show_questions())

        tour = QSplitter(Qt.Orientation.Vertical)
        tour.addWidget(self._titled(translate("ProgrammeEditor", "Standing items (tour de table)"), self.standing_view))
        tour.addWidget(self._titled(translate("ProgrammeEditor", "Guiding questions"), self.questions))
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self._titled(translate("ProgrammeEditor", "Speakers of the segment"), self.slots_view))
        below.addWidget(tour)
        below.setSizes([760, 360])
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("programmeSplitter")
        split.addWidget(self._titled(translate("ProgrammeEditor", "Sittings"), self.sittings_view))
        split.addWidget(self._titled(translate("ProgrammeEditor", "Segments of the sitting"), self.segments_view))
        split.addWidget(below)
        split.setSizes([110, 260, 330])
        return split

    def _problems_dock(self) -> None:
        self.problems = ProblemListModel(self.draft, self)
        self.problems_view = QListView()
        self.problems_view.setObjectName("problemList")
        self.problems_view.setAccessibleName(translate("ProgrammeEditor", "Problems"))
        self.problems_view.setModel(self.problems)
        self.problems_view.setWordWrap(True)
        self.problems_view.setSpacing(2)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.clicked.connect(lambda index: self.go_to(self.problems.problem(index.row())))
        self.problems_view.activated.connect(lambda index: self.go_to(self.problems.problem(index.row())))
        dock = QDockWidget(translate("ProgrammeEditor", "Problems"), self)
        dock.setObjectName("problemsDock")
        dock.setWidget(self.problems_view)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.problems_dock = dock

    def _unread_dock(self) -> None:
        self.unread = UnreadLinesModel(self.draft.unread, self)
        self.unread_view = QListView()
        self.unread_view.setObjectName("unreadList")
        self.unread_view.setAccessibleName(translate("ProgrammeEditor", "Lines not read"))
        self.unread_view.setModel(self.unread)
        self.unread_view.setWordWrap(True)
        self.unread_view.clicked.connect(self._unread_chosen)
        self.unread_view.activated.connect(self._unread_chosen)
        self.source_view = QPlainTextEdit(self.draft.source_text or "")
        self.source_view.setObjectName("sourceText")
        self.source_view.setAccessibleName(translate("ProgrammeEditor", "The pasted agenda"))
        self.source_view.setReadOnly(True)
        self.source_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._titled(translate("ProgrammeEditor", "Lines the importer could not read"), self.unread_view))
        split.addWidget(self._titled(translate("ProgrammeEditor", "The pasted agenda"), self.source_view))
        split.setSizes([120, 380])
        dock = QDockWidget(translate("ProgrammeEditor", "Lines not read"), self)
        dock.setObjectName("unreadDock")
        dock.setWidget(split)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.unread_dock = dock

    def _unread_chosen(self, index: QModelIndex) -> None:
        unread = self.draft.unread[index.row()]
        self.show_source_line(unread.line, unread.text)

    def _action(self, text: str, slot: Callable[[], Any], key: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(translate("ProgrammeEditor", text), self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)  # every binding of the platform: Ctrl+Y and Ctrl+Shift+Z for redo
        elif key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.save_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Save to the database"), self.save, QKeySequence.StandardKey.Save)
        self.export_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Export programme file…"), self.choose_export)
        self.inscriptions_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "Import &inscriptions…"), self.choose_inscriptions)
        self.participants_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "Import &participants…"), self.choose_participants)
        self.close_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Close"), self.close, QKeySequence.StandardKey.Close)
        self.undo_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        self.add_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "&Add a row"), lambda: self.add_row(), "Ctrl+Ins")
        self.remove_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "Remo&ve the row"), lambda: self.remove_row(), "Ctrl+Del")
        self.up_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "Move the row &up"), lambda: self.move_row(-1), "Alt+Up")
        self.down_action = self._action(QT_TRANSLATE_NOOP("ProgrammeEditor", "Move the row &down"), lambda: self.move_row(1), "Alt+Down")
        file_menu = self.menuBar().addMenu(translate("ProgrammeEditor", "&File"))
        file_menu.addActions([self.save_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.inscriptions_action, self.participants_action])
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(translate("ProgrammeEditor", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_action, self.remove_action, self.up_action, self.down_action])

    # ------------------------------------------------------------------ what the window shows
    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _show_state(self) -> None:
        validation = self.draft.validation
        errors, warnings = len(validation.errors), len(validation.warnings)
        if errors:
            summary = translate("ProgrammeEditor", "{0}, {1}: fix the errors to save").format(
                _count(errors, "error", "errors"), _count(warnings, "warning", "warnings")
            )
            colour = ERROR_TEXT
        elif warnings:
            summary = translate("ProgrammeEditor", "{0}; it can be saved").format(_count(warnings, "warning", "warnings"))
            colour = WARNING_TEXT
        else:
            summary = translate("ProgrammeEditor", "No problems: ready to save") if self.draft.modified else translate("ProgrammeEditor", "No problems")
            colour = "#1e8e3e"
        self.summary.setText(summary)
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.problems_dock.setWindowTitle(translate("ProgrammeEditor", "Problems ({0})").format(errors + warnings))
        title = self.draft.meeting.title or translate("ProgrammeEditor", "New meeting")
        self.setWindowTitle(translate("ProgrammeEditor", "{0}[*] — Programme editor").format(title))
        self.setWindowModified(self.draft.modified)
        undo, redo = self.draft.undo_label, self.draft.redo_label
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(translate("ProgrammeEditor", "&Undo {0}").format(i18n.render(undo)) if undo else translate("ProgrammeEditor", "&Undo"))
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(translate("ProgrammeEditor", "&Redo {0}").format(i18n.render(redo)) if redo else translate("ProgrammeEditor", "&Redo"))

    def checked(self, outcome: Outcome) -> None:
        self._show_state()
        self._show_table_problems()
        self._show_questions()
        if outcome.label:
            self.say(i18n.render(outcome.label))

    def show_source_line(self, line: int, text: str = "") -> None:
        """Select line ``line`` (1-based) of the pasted agenda, or ``text`` within it, and scroll to it."""
        block = self.source_view.document().findBlockByNumber(line - 1)
        cursor = QTextCursor(block)
        start = block.text().find(text) if text else -1
        if start >= 0:
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + start + len(text), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.source_view.setTextCursor(cursor)
        self.source_view.centerCursor()

    # ------------------------------------------------------------------ the programme tab
    def _sitting_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        sitting = self.sittings.obj(current) if current.isValid() else None
        self.segments.set_owner(sitting)
        self.segments_view.setCurrentIndex(self.segments.index(0, 0) if self.segments.rowCount() else QModelIndex())
        self._segment_chosen(self.segments_view.currentIndex())

    def _segment_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        segment = self.segments.obj(current) if current.isValid() else None
        self.slots.set_owner(segment)
        self.standing.set_owner(segment)
        if self.standing.rowCount() and not self.standing_view.currentIndex().isValid():
            self.standing_view.setCurrentIndex(self.standing.index(0, 0))
        self._show_questions()
        self._show_table_problems()

    def _standing_item(self) -> StandingItem | None:
        index = self.standing_view.currentIndex()
        return self.standing.obj(index) if index.isValid() and index.row() < self.standing.rowCount() else None

    def _show_questions(self) -> None:
        item = self._standing_item()
        self.questions.setEnabled(item is not None and self.draft.refusal(item, "questions") is None)
        text = "\n".join(item.questions or []) if item is not None else ""
        if self.questions.toPlainText() != text and not self.questions.hasFocus():
            with QSignalBlocker(self.questions):
                self.questions.setPlainText(text)

    def commit_questions(self) -> None:
        item = self._standing_item()
        if item is None:
            return
        questions = [" ".join(line.split()) for line in self.questions.toPlainText().splitlines() if line.strip()]
        try:
            self.draft.set(item, "questions", questions)
        except EditRefused as e:
            self.say(reason(e))

    # ------------------------------------------------------------------ rows
    def _views(self) -> list[QTableView]:
        return [self.sittings_view, self.segments_view, self.slots_view, self.standing_view,
                self.participants_view, self.booths_view, self.items_view]  # fmt: skip

    def active_view(self) -> QTableView:
        """The table with the keyboard focus, else the main table of the tab shown."""
        focus = self.focusWidget()
        for view in self._views():
            if focus is not None and (focus is view or view.isAncestorOf(focus)):
                return view
        return {TAB_PARTICIPANTS: self.participants_view, TAB_BOOTHS: self.booths_view, TAB_ITEMS: self.items_view}.get(
            self.tabs.currentIndex(), self.segments_view
        )

    def add_row(self, view: QTableView | None = None) -> Any:
        """A new row after the current one of ``view`` (the active table); its first cell is edited."""
        view = view or self.active_view()
        model = _model(view)
        if model.owner is None:
            self.say(translate("ProgrammeEditor", "Choose the sitting or the segment to add to first."))
            return None
        current = view.currentIndex()
        index = current.row() + 1 if current.isValid() else None
        try:
            obj = self.draft.add(model.owner, model.collection, index).created
        except EditRefused as e:
            self.say(reason(e))
            return None
        row = model.row_of(obj)
        if row is None:  # not shown in this table: nothing to edit
            return obj
        cell = model.index(row, 0)
        view.setCurrentIndex(cell)
        view.setFocus()
        view.edit(cell)
        return obj

    def remove_row(self, view: QTableView | None = None) -> bool:
        view = view or self.active_view()
        model = _model(view)
        index = view.currentIndex()
        if not index.isValid():
            self.say(translate("ProgrammeEditor", "Choose the row to remove first."))
            return False
        try:
            self.draft.remove(model.obj(index))
        except EditRefused as e:
            self.say(reason(e))
            return False
        return True

    def move_row(self, delta: int, view: QTableView | None = None) -> bool:
        view = view or self.active_view()
        model = _model(view)
        index = view.currentIndex()
        return index.isValid() and model.move(index.row(), index.row() + delta)

    def undo(self) -> None:
        self._leave_editors()
        self.draft.undo()

    def redo(self) -> None:
        self._leave_editors()
        self.draft.redo()

    def _leave_editors(self) -> None:
        """Hand over what is being typed before undo or save (a field not yet left)."""
        focus = self.focusWidget()
        if focus is self.questions:
            self.commit_questions()
        for key, widget in self.meeting_form.widgets.items():
            if focus is widget:
                self.meeting_form.commit(key)

    # ------------------------------------------------------------------ going to a problem
    def go_to(self, problem: Problem) -> None:
        """Show the field a problem is about, selected."""
        obj, key = self.draft.target(problem)
        if isinstance(obj, Meeting) and key not in ("sittings", "participants", "booths", "items"):
            self.tabs.setCurrentIndex(TAB_MEETING)
            self.meeting_form.focus(key)
            return
        if isinstance(obj, Meeting) and key is not None:
            view = {"sittings": self.sittings_view, "participants": self.participants_view,
                    "booths": self.booths_view, "items": self.items_view}[key]  # fmt: skip
            self.tabs.setCurrentIndex(TAB_PROGRAMME if view is self.sittings_view else self.tabs.indexOf(view))
            view.setFocus()
            return
        tab = {Participant: TAB_PARTICIPANTS, Booth: TAB_BOOTHS, AgendaItem: TAB_ITEMS}.get(type(obj), TAB_PROGRAMME)
        self.tabs.setCurrentIndex(tab)
        for owner in self._owners(obj):
            self._select(owner, None)
        view = self._select(obj, key)
        if key in ("segments", "slots", "standing_items"):
            view = {"segments": self.segments_view, "slots": self.slots_view, "standing_items": self.standing_view}[key]
        elif key == "questions":
            view = self.questions
        view.setFocus()

    @staticmethod
    def _owners(obj: Any) -> list[Any]:
        """The sitting (and segment) above a row of the programme, outermost first."""
        chain: list[Any] = []
        owner = getattr(obj, "segment", None) or getattr(obj, "sitting", None)
        while owner is not None:
            chain.insert(0, owner)
            owner = getattr(owner, "sitting", None)
        return chain

    def _select(self, obj: Any, key: str | None) -> QTableView:
        view = next(v for v in self._views() if isinstance(obj, _ROW_TYPES[v.objectName()]))
        model = _model(view)
        row = model.row_of(obj)
        if row is not None:
            cell = model.index(row, model.column_of(key))
            view.setCurrentIndex(cell)
            view.scrollTo(cell)
        return view

    # ------------------------------------------------------------------ saving, exporting, importing
    def save(self) -> int | None:
        """Ctrl+S: write the draft to the database; refused while errors remain."""
        from meetingdesk.store.drafts import SaveRefused, save_draft
        from meetingdesk.store.programmes import MeetingNotFound

        self._leave_editors()
        try:
            meeting_id = save_draft(self.store, self.draft)
        except SaveRefused as e:
            self.say(reason(e))
            if e.problems:
                self.go_to(e.problems[0])
            return None
        except MeetingNotFound as e:  # deleted from the database while it was being edited
            self.say(translate("ProgrammeEditor", "Not saved: {0}. Export the programme file to keep your work.").format(reason(e)))
            return None
        except STORAGE_ERRORS as e:
            self.say(storage_failure(e))
            return None
        self._show_state()
        for model in self.models:  # a sitting opened meanwhile is now shown as kept
            model.refresh()
        self.meeting_form.refresh()
        self._show_table_problems()
        self.say(translate("ProgrammeEditor", "Saved to the database."))
        self.saved.emit(meeting_id)
        return meeting_id

    def choose_export(self) -> None:
        name = (self.draft.meeting.title or "programme")[:60]
        path, _ = QFileDialog.getSaveFileName(self, translate("ProgrammeEditor", "Export the programme file"), f"{name}.toml", translate("ProgrammeEditor", "Programme files (*.toml)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Write the programme file (TOML) of the draft; refused while errors remain."""
        from meetingdesk.store.programmes import write_programme

        self._leave_editors()
        errors = self.draft.validation.errors
        if errors:
            self.say(translate("ProgrammeEditor", "Not exported: {0} must be fixed first.").format(_count(len(errors), "error", "errors")))
            self.go_to(errors[0])
            return False
        try:
            write_programme(self.draft.meeting, path, translate("ProgrammeEditor", "this programme"))
        except ProgrammeError as e:
            self.say(translate("ProgrammeEditor", "Not exported: {0}").format("; ".join(p.line_text() for p in e.problems)))
            return False
        except OSError as e:
            self.say(translate("ProgrammeEditor", "Not exported: {0}").format(e))
            return False
        self.say(translate("ProgrammeEditor", "Exported {0}.").format(Path(path).name))
        return True

    def _choose_sheet(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, "", translate("ProgrammeEditor", "Lists (*.xlsx *.csv);;All files (*)"))
        return path

    def choose_inscriptions(self) -> None:
        if path := self._choose_sheet(translate("ProgrammeEditor", "Import the inscriptions")):
            self.import_inscriptions_from(path)

    def choose_participants(self) -> None:
        if path := self._choose_sheet(translate("ProgrammeEditor", "Import participants")):
            self.import_participants_from(path)

    def inscriptions_segment(self) -> Segment | None:
        """The segment the inscriptions go to: the one chosen, else the first of interventions."""
        index = self.segments_view.currentIndex()
        if index.isValid():
            return self.segments.obj(index)
        segments = [g for s in self.draft.meeting.sittings for g in s.segments]
        return next((g for g in segments if g.kind == "interventions"), None)

    def import_inscriptions_from(self, path: str | Path) -> bool:
        segment = self.inscriptions_segment()
        if segment is None:
            self.report(translate("ProgrammeEditor", "Inscriptions not imported"), translate("ProgrammeEditor", "Choose the segment the interventions are for (Programme tab) first."))
            return False
        return self._import(path, INSCRIPTIONS, lambda sheet: add_inscriptions(self.draft, segment, sheet), translate("ProgrammeEditor", "inscriptions"))

    def import_participants_from(self, path: str | Path) -> bool:
        return self._import(path, PARTICIPANTS, lambda sheet: add_participants(self.draft, sheet), translate("ProgrammeEditor", "participants"))

    def _import(self, path: str | Path, columns: Any, add: Callable[[Any], Any], what: str) -> bool:
        self._leave_editors()
        try:
            report = add(read_sheet(path, columns))
        except (SheetError, UnreadableFile, EditRefused) as e:
            self.report(translate("ProgrammeEditor", "Nothing imported from {0}").format(Path(path).name), reason(e), warning=True)
            return False
        self.report(translate("ProgrammeEditor", "Imported from {0}").format(Path(path).name), i18n.render(report.summary(what)))
        return True

    def report(self, headline: str, details: str, warning: bool = False) -> QMessageBox:
        """A non-blocking message: the editor stays usable while it is open."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, translate("ProgrammeEditor", "Programme editor"), headline, QMessageBox.StandardButton.Close, self)
        box.setObjectName("reportBox")
        box.setInformativeText(details)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.say(headline)
        self.message = box
        return box

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave_editors()
        if self.draft.modified and self.question is None:
            event.ignore()
            self._ask_before_closing()
            return
        if not self.closed:  # the draft no longer tells this window's parts what changes
            for listener in [*self.models, self.problems, self.meeting_form, self]:
                self.draft.unlisten(listener)
            self.closed = True
        super().closeEvent(event)

    def _ask_before_closing(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ProgrammeEditor", "Programme editor"),
            translate("ProgrammeEditor", "Save the changes to the database before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("closeQuestion")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._closing_answered(box.standardButton(box.clickedButton())))
        self.question = box
        box.show()

    def _closing_answered(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and self.save() is None:
            self.question = None
            return  # not saved: the editor stays open, showing why
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self.close()  # self.question is set: closes without asking again
        self.question = None


_ROW_TYPES = {
    "sittingsView": Sitting,
    "segmentsView": Segment,
    "slotsView": SpeakerSlot,
    "standingView": StandingItem,
    "participantsView": Participant,
    "boothsView": Booth,
    "itemsView": AgendaItem,
}

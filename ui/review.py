"""The secretariat's review of a finished (or running) sitting: timeline, tables, statistics, exports.

Read-only: everything shown comes from ``meetingdesk.report.build_record`` (the
programme and the two journals). The one deliberate exception is a correction of
an intervention ("Correct…" on the "Who spoke" table): it is not an edit but a
``correction`` event in the rapporteur's journal, with who and why
(``meetingdesk.report.corrections``); the record is then rebuilt, the corrected
cells marked and the correction listed. Protected identities appear by their
label here as in the exports; the secretariat may clear some of them for an
export only. Exports run on a worker thread with a busy bar, so the window stays live. An export
whose last scan finds a protected name writes nothing: a dialog lists each mention with its
context, and the secretariat goes back or lets those mentions through.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QRunnable,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk import i18n
from meetingdesk.live.clock import SystemClock
from meetingdesk.live.engine import CommandRefused
from meetingdesk.report import charts
from meetingdesk.report.corrections import CHOICES, correct
from meetingdesk.report.export import FORMATS, export, file_name
from meetingdesk.report.record import CORRECTABLE, CorrectionRow, Intervention, Record, build_record
from meetingdesk.report.scan import Mention, MentionsFound
from meetingdesk.report.summary import clock, minutes, signed

from .models import Index
from .text import QT_TRANSLATE_NOOP, count, reason, request_kind, translate
from .widgets import place, remember_place

OVER = QColor("#c8372d")
UNDER = QColor("#2e7d32")
MUTED = QColor("#5f6368")
CORRECTED = QColor("#fff4d6")  # the background of a corrected cell

SITTING_STATUS = {"planned": QT_TRANSLATE_NOOP("Review", "planned"), "open": QT_TRANSLATE_NOOP("Review", "open"),
                  "closed": QT_TRANSLATE_NOOP("Review", "closed")}
EXPORT_FOLDER_KEY = "review/export_folder"  # the folder of the last export
FORMAT_LABELS = {"docx": "Word", "pdf": "PDF", "csv": "CSV", "json": "JSON",
                 "ics": QT_TRANSLATE_NOOP("Review", "Calendar")}  # shown through translate("Review", ...)
FORMAT_FILTERS = {"docx": QT_TRANSLATE_NOOP("Review", "Word document (*.docx)"), "pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)",
                  "json": "JSON (*.json)", "ics": "iCalendar (*.ics)"}


class TableModel(QAbstractTableModel):
    """A read-only table of text rows; ``colour(row, column)`` may colour a cell's text, ``marks``
    (``{(row, column): note}``) marks cells (italic, tinted) and gives them the note as tooltip."""

    def __init__(self, headers: list[str], rows: list[list[str]], *, numeric: set[int] | None = None,
                 colour: Callable[[int, int], QColor | None] | None = None,
                 marks: dict[tuple[int, int], str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows
        self.numeric = numeric or set()
        self.colour = colour
        self.marks = marks or {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.headers)):
            return None
        mark = self.marks.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and mark:
            return mark
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if mark and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return CORRECTED
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            return self.colour(index.row(), index.column())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# ------------------------------------------------------------------------------------------ the tables


def segments_model(record: Record) -> TableModel:
    segs = record.segments
    rows = [[s.title, f"{clock(s.planned_start)[:5]}–{clock(s.planned_end)[:5]}" if s.planned_start else "",
             f"{clock(s.actual_start)}–{clock(s.actual_end)}" if s.actual_start else s.status,
             minutes(s.planned_seconds), minutes(s.actual_seconds), signed(s.overrun)] for s in segs]

    def colour(r: int, c: int) -> QColor | None:
        over = segs[r].overrun
        if c == 5 and over is not None and round(over):
            return OVER if over > 0 else UNDER
        return None

    return TableModel([translate("Review", "Segment"), translate("Review", "Planned"), translate("Review", "Actual"), translate("Review", "Planned length"), translate("Review", "Actual length"), translate("Review", "Over/under")], rows,
                      numeric={3, 4, 5}, colour=colour)


# the "Who spoke" column a corrected field shows in (gender has none: the speaker's cell carries it)
CORRECTED_COLUMN = {"name": 1, "delegation": 2, "group": 3, "modality": 5, "language": 6, "start": 8, "end": 9}


def _correction_note(c: CorrectionRow) -> str:
    return translate("Review", "Corrected by {who} on {at}: {field} {old} → {new}. Why: {why}").format(
        who=c.who, at=f"{i18n.date(c.at, 'medium')} {i18n.time(c.at)}", field=c.field, old=c.old or '—', new=c.new, why=c.why)


def speakers_model(record: Record) -> TableModel:
    items = record.interventions
    row_of = {i.number: r for r, i in enumerate(items)}
    marks: dict[tuple[int, int], str] = {}
    for c in record.corrections:
        if c.intervention in row_of:
            r = row_of[c.intervention]
            for cell in {(r, CORRECTED_COLUMN.get(c.field, 1)), (r, 1)}:
                marks[cell] = "\n".join(filter(None, (marks.get(cell), _correction_note(c))))
    rows = [[str(i.number), i.speaker + (" *" if i.corrected else ""), i.delegation or "", i.group,
             i.role if i.kind == "speaker" else translate("Review", "{role}, {request_kind}").format(role=i.role, request_kind=request_kind(i.kind)),
             i.modality, i.language, i.segment,
             clock(i.start), clock(i.end) or translate("Review", "speaking"), minutes(i.seconds), minutes(i.allotment),
             minutes(i.overtime) if i.overtime >= 0.5 else ""] for i in items]

    def colour(r: int, c: int) -> QColor | None:
        if c in (10, 12) and items[r].overtime >= 0.5:
            return OVER
        if c == 1 and items[r].protected:
            return MUTED
        return None

    return TableModel(["#", translate("Review", "Speaker"), translate("Review", "Delegation"), translate("Review", "Group"), translate("Review", "Role"), translate("Review", "Modality"), translate("Review", "Language"), translate("Review", "Segment"), translate("Review", "From"), translate("Review", "To"),
                       translate("Review", "Time"), translate("Review", "Allotted"), translate("Review", "Over")], rows, numeric={0, 10, 11, 12}, colour=colour, marks=marks)


def corrections_model(record: Record) -> TableModel:
    speakers = {i.number: i.speaker for i in record.interventions}
    return TableModel(["#", translate("Review", "Speaker"), translate("Review", "Field"), translate("Review", "Was"), translate("Review", "Now"),
                       translate("Review", "Who"), translate("Review", "Why"), translate("Review", "When")],
                      [[str(c.intervention or ""), speakers.get(c.intervention, "") if c.intervention is not None else "", c.field, c.old, c.new, c.who,
                        c.why, f"{i18n.date(c.at, 'MMMd')} {i18n.time(c.at)}"] for c in record.corrections], numeric={0})


def not_heard_model(record: Record) -> TableModel:
    return TableModel([translate("Review", "Speaker"), translate("Review", "Delegation"), translate("Review", "Group"), translate("Review", "Segment"), translate("Review", "Written statement")],
                      [[n.speaker, n.delegation or "", n.group, n.segment, translate("Review", "received") if n.written_statement else "—"]
                       for n in record.not_heard])


def questions_model(record: Record) -> TableModel:
    return TableModel(["", translate("Review", "Time"), translate("Review", "Asked by"), translate("Review", "To"), translate("Review", "Question"), translate("Review", "Answer"), translate("Review", "Status")],
                      [[q.label, clock(q.at)[:5], q.asker or "", ", ".join(q.addressed_to), q.text,
                        " ".join(f"{by}: {note}" if by else note for by, note in q.answers),
                        translate("Review", "merged with {merged_into}").format(merged_into=q.merged_into) if q.merged_into else q.status] for q in record.questions])


def tour_models(record: Record) -> list[tuple[str, TableModel]]:
    out = []
    for tour in record.tours:
        headers = [translate("Review", "Stakeholder")] + [title for _k, title, _q in tour.items] + [translate("Review", "General"), translate("Review", "Time")]
        rows = [[r.stakeholder] + [r.cells.get(k, "") for k, _t, _q in tour.items]
                + [translate("Review", "passed") if r.passed else r.general, minutes(r.seconds) if r.seconds else ""] for r in tour.rows]
        out.append((tour.segment, TableModel(headers, rows, numeric={len(headers) - 1})))
    return out


def notes_model(record: Record) -> TableModel:
    labels = {"note": translate("Review", "Note"), "key_message": translate("Review", "Key message"), "next_step": translate("Review", "Next step")}
    order = {"key_message": 0, "next_step": 1, "note": 2}
    notes = sorted(record.notes, key=lambda n: (order.get(n.kind, 3), n.at))
    return TableModel([translate("Review", "Kind"), translate("Review", "Time"), translate("Review", "Text"), translate("Review", "Owner"), translate("Review", "Speaker"), translate("Review", "Segment")],
                      [[labels.get(n.kind, n.kind), clock(n.at)[:5], n.text, n.owner or "", n.speaker or "",
                        n.segment or ""] for n in notes])


def statistics_model(record: Record) -> TableModel:
    st = record.statistics
    rows = []
    for what, stats in ((translate("Review", "Stakeholder group"), st.by_group), (translate("Review", "Gender"), st.by_gender), (translate("Review", "Modality"), st.by_modality),
                        (translate("Review", "Floor language"), st.by_language), (translate("Review", "Panel vs floor"), st.panel_vs_floor)):
        for s in stats:
            rows.append([what, s.label, minutes(s.seconds), f"{s.share:.0%}", str(s.count)])
    return TableModel([translate("Review", "By"), "", translate("Review", "Speaking time"), translate("Review", "Share"), translate("Review", "Interventions")], rows, numeric={2, 3, 4})


# ------------------------------------------------------------------------------------------ exporting


class _ExportSignals(QObject):
    done = Signal(list)  # paths written
    failed = Signal(str)
    mentions = Signal(list)  # nothing written: the protected names the last scan found


class _ExportJob(QRunnable):
    def __init__(self, record: Record, fmt: str, path: Path, accept: list[Mention]):
        super().__init__()
        self.record, self.fmt, self.path, self.accept = record, fmt, path, accept
        self.signals = _ExportSignals()

    def run(self) -> None:
        try:
            written = export(self.record, self.fmt, self.path, accept=self.accept)
        except MentionsFound as found:
            self.signals.mentions.emit(found.mentions)
            return
        except Exception as e:  # shown to the user, never a traceback
            self.signals.failed.emit(translate("Review", "The {format} export failed: {error}").format(format=translate("Review", FORMAT_LABELS[self.fmt]), error=e))
            return
        self.signals.done.emit([str(p) for p in written])


# ------------------------------------------------------------------------------------------ the window


def _table(model: TableModel, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # re-fit on resize
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class Picture(QScrollArea):
    """A chart drawn the first time it is shown: a full day's pictures are not all held at once."""

    def __init__(self, draw: Callable[[], bytes], parent: QWidget | None = None):
        super().__init__(parent)
        self._draw = draw
        self._pending = True
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setStyleSheet("QScrollArea { background: white; } QLabel { background: white; }")

    @property
    def drawn(self) -> bool:
        return not self._pending

    def redraw(self) -> None:
        """The record changed: draw again now if shown, else when next shown."""
        self._pending = True
        if self.isVisible():
            self._paint()

    def _paint(self) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(self._draw(), "PNG")
        self.label.setPixmap(pixmap)
        self._pending = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._pending:
            self._paint()
        super().showEvent(event)


# ------------------------------------------------------------------------------------------ correcting


FIELD_LABELS = {"name": QT_TRANSLATE_NOOP("Review", "Speaker's name"), "delegation": QT_TRANSLATE_NOOP("Review", "Delegation"),
                "group": QT_TRANSLATE_NOOP("Review", "Group"), "gender": QT_TRANSLATE_NOOP("Review", "Gender"),
                "modality": QT_TRANSLATE_NOOP("Review", "Modality"), "language": QT_TRANSLATE_NOOP("Review", "Language"),
                "start": QT_TRANSLATE_NOOP("Review", "Start time (From)"), "end": QT_TRANSLATE_NOOP("Review", "End time (To)")}
FIELD_HINTS = {"language": QT_TRANSLATE_NOOP("Review", "a language code, e.g. es or fr"),
               "start": QT_TRANSLATE_NOOP("Review", "HH:MM:SS, or an ISO date and time"),
               "end": QT_TRANSLATE_NOOP("Review", "HH:MM:SS, or an ISO date and time")}


def shown_value(item: Intervention, field: str) -> str:
    """What the review shows now for a correctable field of an intervention."""
    value = getattr(item, "speaker" if field == "name" else field)
    return clock(value) if field in ("start", "end") else (value or "")


class CorrectionDialog(QDialog):
    """Correct one field of one intervention, saying who and why.

    ``commit(field, value, who, why)`` records it and raises ``CommandRefused`` with the
    reason when the core refuses; the reason is shown and the dialog stays open.
    """

    def __init__(self, item: Intervention, commit: Callable[[str, str, str, str], None], *, who: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.item, self.commit = item, commit
        self.setWindowTitle(translate("Review", "Correct intervention {number}").format(number=item.number))
        layout = QVBoxLayout(self)
        self.heading = QLabel(translate("Review", "<b>{number}. {speaker}</b> — {segment}, {clock}–{value}").format(number=item.number, speaker=item.speaker, segment=item.segment, clock=clock(item.start), value=clock(item.end) or translate("Review", "speaking")))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.field = QComboBox()
        for name in CORRECTABLE:
            self.field.addItem(translate("Review", FIELD_LABELS.get(name, name)), name)
        form.addRow(translate("Review", "Field"), self.field)
        self.current = QLabel()
        self.current.setStyleSheet("color: #5f6368;")
        form.addRow(translate("Review", "Now"), self.current)
        self.value = QLineEdit()  # free text: name, delegation, language code, a time
        self.choice = QComboBox()  # a field with a fixed vocabulary
        value_row = QHBoxLayout()
        value_row.setContentsMargins(0, 0, 0, 0)
        value_row.addWidget(self.value)
        value_row.addWidget(self.choice)
        form.addRow(translate("Review", "New value"), value_row)
        self.who = QLineEdit(who)
        self.who.setPlaceholderText(translate("Review", "your name (required)"))
        form.addRow(translate("Review", "Corrected by"), self.who)
        self.why = QLineEdit()
        self.why.setPlaceholderText(translate("Review", "required; every report lists it with the correction"))
        form.addRow(translate("Review", "Why"), self.why)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c8372d;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        note = QLabel(translate("Review", "The record is not edited: the correction is added to the journal with who and why, "
                      "and every report marks it and lists it."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Review", "Record correction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.currentIndexChanged.connect(self._show_field)
        self._show_field()
        self.setMinimumWidth(460)

    @property
    def field_name(self) -> str:
        return self.field.currentData()

    def new_value(self) -> str:
        return self.choice.currentData() if self.field_name in CHOICES else self.value.text()

    def _show_field(self) -> None:
        name = self.field_name
        now = shown_value(self.item, name)
        self.current.setText(now or "—")
        self.choice.setVisible(name in CHOICES)
        self.value.setVisible(name not in CHOICES)
        if name in CHOICES:
            self.choice.clear()
            for member in CHOICES[name]:
                self.choice.addItem(member.label, member.value)
            self.choice.setCurrentIndex(max(0, self.choice.findText(now)))
        else:
            self.value.setText("" if name == "language" else now)  # the language shown is a name, not a code
            self.value.setPlaceholderText(translate("Review", FIELD_HINTS[name]) if name in FIELD_HINTS else "")
        self.error.setVisible(False)

    def accept(self) -> None:
        try:
            self.commit(self.field_name, self.new_value(), self.who.text(), self.why.text())
        except CommandRefused as e:
            self.error.setText(translate("Review", "Not recorded: {reason}.").format(reason=reason(e)))
            self.error.setVisible(True)
            return
        super().accept()


class MentionsDialog(QDialog):
    """The protected names an export's last scan found, each with where and its context; nothing is
    written unless the secretariat lets them through ("Write anyway"). "Go back" is the default."""

    def __init__(self, fmt: str, mentions: list[Mention], parent: QWidget | None = None):
        super().__init__(parent)
        self.mentions = mentions
        self.setObjectName("mentionsDialog")
        self.setWindowTitle(translate("Review", "Protected names in the export"))
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Review", "<b>The {value} export names a protected person {value2}. Nothing was written.</b>").format(value=translate("Review", FORMAT_LABELS[fmt]), value2=translate("Review", "once") if len(mentions) == 1
                         else translate("Review", "{count} times").format(count=len(mentions))))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explain = QLabel(translate("Review", "Each mention below is what a reader of the file would see. Go back to correct the "
                         "record (or clear the person for this export), or write the file with these mentions "
                         "if they name no one (a common word, another person)."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #5f6368;")
        layout.addWidget(explain)
        rows = [[m.file, i18n.render(m.where()), m.found, m.label, f"…{m.before}[{m.found}]{m.after}…"]
                for m in mentions]
        self.model = TableModel([translate("Review", "File"), translate("Review", "Where"), translate("Review", "Name"), translate("Review", "Label"), translate("Review", "Context")], rows,
                                colour=lambda _r, c: OVER if c == 2 else None, parent=self)
        self.table = _table(self.model, stretch=4)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(translate("Review", "Go back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.write_button = self.buttons.addButton(translate("Review", "Write anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 380)


class ReviewWindow(QMainWindow):
    """Review of a meeting (or one of its sittings, by database id). ``store``: any open store;
    ``clock``: when corrections are made (default the system's)."""

    exported = Signal(list)  # the files an export wrote
    export_failed = Signal(str)
    mentions_found = Signal(list)  # an export wrote nothing: the protected names it would show
    closed = Signal()
    REFRESH_MS = 1500  # after a journal grows, wait this long for more before reading the record again

    def __init__(self, store, meeting_id: int, sitting_id: int | None = None, parent: QWidget | None = None, *,
                 clock=None, settings: QSettings | None = None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.settings = settings
        self.clock = clock or SystemClock()
        self.last_who = ""  # who made the last correction: the next one is likely theirs too
        self.correction_dialog: CorrectionDialog | None = None
        self.mentions_dialog: MentionsDialog | None = None
        number = None
        if sitting_id is not None:
            from meetingdesk.store.programmes import load_meeting

            ids = [s.id for s in load_meeting(store, meeting_id).sittings]
            if sitting_id not in ids:
                raise LookupError(f"sitting {sitting_id} is not a sitting of meeting {meeting_id}")
            number = ids.index(sitting_id) + 1
        self.sittings = None if number is None else [number]
        self.record = build_record(store, meeting_id, sittings=self.sittings)
        self.cleared: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: list[_ExportJob] = []
        self._build()
        place(self, settings, "review/geometry", QSize(1280, 860))
        # a sitting still running (or corrected elsewhere) grows its journals: ``journal_grew`` reads the
        # record again, once the writing has paused, so a review open during a sitting keeps up
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(self.REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh)

    @property
    def sitting_ids(self) -> list[int]:
        """The database ids of the sittings this review shows (what a ``Tail`` follows)."""
        return [s.id for s in self.record.sittings]

    def journal_grew(self) -> None:
        """Something was logged or corrected in a sitting shown here (``journal.Tail``)."""
        self.refresh_timer.start()  # restarted by each event: one reload when the writing pauses

    def _refresh(self) -> None:
        busy = any(d is not None and d.isVisible() for d in (self.correction_dialog, self.mentions_dialog))
        if busy or self.progress.isVisible():  # never under a correction being typed or an export running
            self.refresh_timer.start()
            return
        row = self.speakers_view.currentIndex().row()
        self.reload()
        if 0 <= row < self.speakers_view.model().rowCount():
            self.speakers_view.selectRow(row)  # the row being looked at stays selected
        self.status.setText(translate("Review", "Up to date with the journals at {0}").format(i18n.time(
            self.clock.utc().astimezone(self.record.zone), seconds=True)))

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        r = self.record
        central = QWidget()
        layout = QVBoxLayout(central)
        title = QLabel(r.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #3c4043;")
        layout.addWidget(self.summary)
        # a rehearsal says so, and that its times are read against the plan it ran on
        self.rehearsal = QLabel()
        self.rehearsal.setObjectName("rehearsalNote")
        self.rehearsal.setWordWrap(True)
        self.rehearsal.setStyleSheet("background: #fef7e0; color: #6d4700; padding: 4px 8px; border-radius: 4px;")
        layout.addWidget(self.rehearsal)

        self.tabs = QTabWidget()
        timeline = QSplitter(Qt.Orientation.Vertical)
        pictures = QTabWidget() if len(r.sittings) > 1 else None
        self.pictures: list[Picture] = []
        for n, sitting in enumerate(r.sittings):  # drawn from the record as it is then: corrections show
            picture = Picture(functools.partial(self._timeline, n))
            self.pictures.append(picture)
            if pictures is not None:
                pictures.addTab(picture, sitting.title)
            else:
                timeline.addWidget(picture)
        if pictures is not None:
            timeline.addWidget(pictures)
        self.segments_view = _table(segments_model(r), stretch=0)
        timeline.addWidget(self.segments_view)
        timeline.setSizes([470, 290])
        self.tabs.addTab(timeline, translate("Review", "Timeline"))
        self.speakers_view = _table(speakers_model(r), stretch=1)
        self.correct_action = QAction(translate("Review", "Correct…"), self)
        self.correct_action.setToolTip(translate("Review", "Correct the selected intervention: the correction is recorded with who and why"))
        self.correct_action.triggered.connect(self.open_correction)
        self.speakers_view.addAction(self.correct_action)
        self.speakers_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        spoke = QWidget()
        spoke_layout = QVBoxLayout(spoke)
        spoke_layout.setContentsMargins(0, 4, 0, 0)
        spoke_bar = QHBoxLayout()
        hint = QLabel(translate("Review", "Read-only. To correct an intervention, select it and choose Correct… (or right-click it); "
                      "the correction is recorded with who and why, and marked * here and in the reports."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        spoke_bar.addWidget(hint, 1)
        self.correct_button = QPushButton(translate("Review", "Correct…"))
        self.correct_button.setToolTip(self.correct_action.toolTip())
        self.correct_button.clicked.connect(self.correct_action.trigger)
        spoke_bar.addWidget(self.correct_button)
        spoke_layout.addLayout(spoke_bar)
        spoke_layout.addWidget(self.speakers_view)
        self.spoke_tab = self.tabs.addTab(spoke, "")
        self.not_heard_view = _table(not_heard_model(r), stretch=0)
        self.not_heard_tab = self.tabs.addTab(self.not_heard_view, "")
        self.questions_view = _table(questions_model(r), stretch=4)
        self.questions_tab = self.tabs.addTab(self.questions_view, "")
        tours = QTabWidget()
        self.tour_views = []
        for name, model in tour_models(r):
            view = _table(model)
            self.tour_views.append(view)
            tours.addTab(view, name)
        index = self.tabs.addTab(tours, translate("Review", "Tour de table"))
        self.tabs.setTabEnabled(index, bool(self.tour_views))
        self.notes_view = _table(notes_model(r), stretch=2)
        self.notes_tab = self.tabs.addTab(self.notes_view, "")
        stats = QSplitter(Qt.Orientation.Horizontal)
        self.statistics_view = _table(statistics_model(r), stretch=1)
        stats.addWidget(self.statistics_view)
        self.statistics_picture = Picture(lambda: charts.statistics(self.record, dpi=90, width=7.0))
        stats.addWidget(self.statistics_picture)
        stats.setSizes([380, 700])
        self.tabs.addTab(stats, translate("Review", "Statistics"))
        self.corrections_view = _table(corrections_model(r), stretch=6)
        self.corrections_tab = self.tabs.addTab(self.corrections_view, "")
        self._show_titles()
        layout.addWidget(self.tabs, 1)
        self._follow_selection()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Review", "Export:")))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(translate("Review", "{format}…").format(format=translate("Review", FORMAT_LABELS[fmt])))
            button.clicked.connect(lambda _=False, f=fmt: self._ask_and_export(f))
            bar.addWidget(button)
            self.export_buttons[fmt] = button
        self.clear_button = QToolButton()
        self.clear_button.setText(translate("Review", "Protected identities: {protected} shown by role").format(protected=r.protected))
        self.clear_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.clear_button)
        self.clear_actions: dict[str, QAction] = {}
        from meetingdesk.store.programmes import load_meeting

        for p in load_meeting(self.store, self.meeting_id).participants:
            if p.protected:
                action = menu.addAction(translate("Review", "Clear {display_name} for the next export").format(display_name=p.display_name))
                action.setCheckable(True)
                action.toggled.connect(lambda on, key=p.key: self.set_cleared(key, on))
                self.clear_actions[p.key] = action
        self.clear_button.setMenu(menu)
        self.clear_button.setEnabled(bool(self.clear_actions))
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: an export has no steps worth counting
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        bar.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setStyleSheet("color: #3c4043;")
        bar.addWidget(self.status)
        layout.addLayout(bar)
        self.setCentralWidget(central)

    def _show_titles(self) -> None:
        """The window's title and the tabs' titles: a rehearsal says so, each tab how many it holds."""
        r = self.record
        self.setWindowTitle((translate("Review", "Review — {title} (rehearsal)") if r.rehearsal
                            else translate("Review", "Review — {title}")).format(title=r.title))
        self.rehearsal.setText("\n".join(s.rehearsal_note for s in r.sittings if s.rehearsal_note))
        self.rehearsal.setVisible(r.rehearsal)
        for index, title, n in (
            (self.spoke_tab, translate("Review", "Who spoke ({count})"), len(r.interventions)),
            (self.not_heard_tab, translate("Review", "Not heard ({count})"), len(r.not_heard)),
            (self.questions_tab, translate("Review", "Q&&A ({count})"), len(r.questions)),
            (self.notes_tab, translate("Review", "Notes, key messages, next steps ({count})"), len(r.notes)),
            (self.corrections_tab, translate("Review", "Corrections ({count})"), len(r.corrections)),
        ):
            self.tabs.setTabText(index, title.format(count=n))
        self.tabs.setTabEnabled(self.corrections_tab, bool(r.corrections))

    def _timeline(self, n: int) -> bytes:
        return charts.timeline(self.record, self.record.sittings[n], dpi=90, width=12.4)

    def _summary_text(self) -> str:
        r = self.record
        parts = []
        for s in r.sittings:
            start = i18n.time(s.planned_start)
            planned = (translate("Review", "planned {start}–{end}").format(start=start, end=i18n.time(s.planned_end)) if s.planned_end
                       else translate("Review", "from {start}").format(start=start))
            actual = (translate("Review", "held {start}–{end}").format(start=clock(s.actual_start)[:5],
                                                                      end=clock(s.actual_end)[:5] or translate("Review", "now"))
                      if s.actual_start else translate("Review", "not opened"))
            line = (translate("Review", "Rehearsal, {date}, {planned} {zone}, {actual} ({status})") if s.rehearsal
                    else translate("Review", "{date}, {planned} {zone}, {actual} ({status})"))
            parts.append(line.format(date=i18n.date(s.planned_start), planned=planned, zone=i18n.zone_name(s.planned_start),
                                     actual=actual, status=translate("Review", SITTING_STATUS.get(s.status, s.status))))
        st = r.statistics
        parts.append(translate("Review", "{interventions}, {time} speaking time, {not_heard} not heard, {questions}, {messages}").format(
            interventions=count(st.interventions, translate("Review", "intervention"), translate("Review", "interventions")),
            time=minutes(st.total_seconds), not_heard=len(r.not_heard),
            questions=count(len(r.questions), translate("Review", "question"), translate("Review", "questions")),
            messages=count(len(r.key_messages), translate("Review", "key message"), translate("Review", "key messages"))))
        return " · ".join(parts)

    # ---------------------------------------------------------------- corrections

    def _follow_selection(self) -> None:
        self.speakers_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        selected = self.selected_intervention() is not None
        self.correct_action.setEnabled(selected)
        self.correct_button.setEnabled(selected)

    def selected_intervention(self) -> Intervention | None:
        rows = self.speakers_view.selectionModel().selectedRows()
        return self.record.interventions[rows[0].row()] if len(rows) == 1 else None

    def open_correction(self) -> CorrectionDialog | None:
        """Open the (window-modal) dialog correcting the selected intervention."""
        item = self.selected_intervention()
        if item is None:
            return None
        dialog = CorrectionDialog(item, lambda *args: self.record_correction(item, *args), who=self.last_who, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "correction_dialog", None))
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def record_correction(self, item: Intervention, field: str, value: str, who: str, why: str) -> None:
        """Record a correction (``CommandRefused`` says why not) and show the record with it applied."""
        sitting_id = next(s.id for s in self.record.sittings if s.number == item.sitting)
        correct(self.store, sitting_id, item.entry_id, field, value, who=who, why=why, clock=self.clock)
        self.last_who = who.strip()
        self.reload()
        self.speakers_view.selectRow(item.number - 1)
        self.status.setText(translate("Review", "Corrected intervention {number} ({field}); see Corrections").format(
            field=translate("Review", FIELD_LABELS.get(field, field)), number=item.number))

    def reload(self) -> None:
        """Rebuild the record from the programme and the journals, and show it."""
        r = self.record = build_record(self.store, self.meeting_id, sittings=self.sittings)
        for view, model in ((self.segments_view, segments_model), (self.speakers_view, speakers_model),
                            (self.not_heard_view, not_heard_model), (self.questions_view, questions_model),
                            (self.notes_view, notes_model), (self.statistics_view, statistics_model),
                            (self.corrections_view, corrections_model)):
            view.setModel(model(r))
        for view, (_name, tour) in zip(self.tour_views, tour_models(r), strict=False):  # the same standing items
            view.setModel(tour)
        self._follow_selection()
        self.summary.setText(self._summary_text())
        self._show_titles()
        for picture in (*self.pictures, self.statistics_picture):
            picture.redraw()

    # ---------------------------------------------------------------- exports

    def set_cleared(self, key: str, cleared: bool) -> None:
        """Clear (or no longer clear) a protected identity for the exports that follow."""
        (self.cleared.add if cleared else self.cleared.discard)(key)
        n = self.record.protected - len(self.cleared)
        self.clear_button.setText(translate("Review", "Protected identities: {n} shown by role").format(n=n) + (translate("Review", ", {count} cleared").format(count=len(self.cleared)) if self.cleared else ""))

    def suggested_path(self, fmt: str) -> Path:
        """Where the export dialog starts: the folder last exported to (else the documents folder),
        and a file name from the title and the date."""
        folder = self.settings.value(EXPORT_FOLDER_KEY) if self.settings is not None else None
        if not folder or not Path(str(folder)).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        first = self.record.sittings[0].planned_start.date() if self.record.sittings else None
        return Path(str(folder)) / file_name(self.record.title, fmt, first)

    def _ask_and_export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Review", "Export {value}").format(value=translate("Review", FORMAT_LABELS[fmt])), str(self.suggested_path(fmt)),
                                              translate("Review", FORMAT_FILTERS[fmt]))
        if path:
            if self.settings is not None:
                self.settings.setValue(EXPORT_FOLDER_KEY, str(Path(path).parent))
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str | Path, accept: list[Mention] | None = None) -> None:
        """Export on a worker thread; ``exported``, ``export_failed`` or ``mentions_found`` (then the
        mentions dialog is open) tells the outcome. ``accept``: mentions let through."""
        record = self.record
        if self.cleared:
            record = build_record(self.store, self.meeting_id, sittings=self.sittings, clear=self.cleared)
        job = _ExportJob(record, fmt, Path(path), accept or [])
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.signals.mentions.connect(lambda mentions: self._mentions(fmt, Path(path), mentions))
        self._jobs.append(job)
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(translate("Review", "Writing {value}…").format(value=translate("Review", FORMAT_LABELS[fmt])))
        self.pool.start(job)

    def _finish(self) -> None:
        self._jobs.clear()  # one export at a time: the buttons are disabled while it runs
        self.progress.setVisible(False)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _done(self, paths: list[str]) -> None:
        self._finish()
        self.status.setText(translate("Review", "Wrote {files}").format(files=", ".join(Path(p).name for p in paths)))
        self.exported.emit(paths)

    def _mentions(self, fmt: str, path: Path, mentions: list[Mention]) -> None:
        self._finish()
        self.status.setText(translate("Review", "Not written: {count} mention(s) of a protected name").format(count=len(mentions)))
        dialog = MentionsDialog(fmt, mentions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export_to(fmt, path, accept=mentions))
        dialog.finished.connect(lambda _result: setattr(self, "mentions_dialog", None))
        self.mentions_dialog = dialog
        dialog.open()
        self.mentions_found.emit(mentions)

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(message)
        self.export_failed.emit(message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        remember_place(self, self.settings, "review/geometry")
        if self.mentions_dialog is not None:
            self.mentions_dialog.reject()
        self.refresh_timer.stop()
        self.pool.waitForDone()
        self.closed.emit()
        super().closeEvent(event)

"""The secretariat's review of a finished (or running) sitting: timeline, tables, statistics, exports.

Read-only: everything shown comes from ``meetingdesk.report.build_record`` (the
programme and the two journals). Protected identities appear by their label
here as in the exports; the secretariat may clear some of them for an export
only. Exports run on a worker thread with a busy bar, so the window stays live.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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

from meetingdesk.report import charts
from meetingdesk.report.export import FORMATS, export
from meetingdesk.report.record import Record, build_record
from meetingdesk.report.summary import clock, minutes, signed

OVER = QColor("#c8372d")
UNDER = QColor("#2e7d32")
MUTED = QColor("#5f6368")

FORMAT_LABELS = {"docx": "Word", "pdf": "PDF", "csv": "CSV", "json": "JSON", "ics": "Calendar"}
FORMAT_FILTERS = {"docx": "Word document (*.docx)", "pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)",
                  "json": "JSON (*.json)", "ics": "iCalendar (*.ics)"}


class TableModel(QAbstractTableModel):
    """A read-only table of text rows; ``colour(row, column)`` may colour a cell's text."""

    def __init__(self, headers: list[str], rows: list[list[str]], *, numeric: set[int] | None = None,
                 colour: Callable[[int, int], QColor | None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows
        self.numeric = numeric or set()
        self.colour = colour

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.headers)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.colour is not None:
            return self.colour(index.row(), index.column())
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
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

    return TableModel(["Segment", "Planned", "Actual", "Planned length", "Actual length", "Over/under"], rows,
                      numeric={3, 4, 5}, colour=colour)


def speakers_model(record: Record) -> TableModel:
    items = record.interventions
    rows = [[str(i.number), i.speaker, i.delegation or "", i.group, i.role, i.modality, i.language, i.segment,
             clock(i.start), clock(i.end) or "speaking", minutes(i.seconds), minutes(i.allotment),
             minutes(i.overtime) if i.overtime >= 0.5 else ""] for i in items]

    def colour(r: int, c: int) -> QColor | None:
        if c in (10, 12) and items[r].overtime >= 0.5:
            return OVER
        if c == 1 and items[r].protected:
            return MUTED
        return None

    return TableModel(["#", "Speaker", "Delegation", "Group", "Role", "Modality", "Language", "Segment", "From", "To",
                       "Time", "Allotted", "Over"], rows, numeric={0, 10, 11, 12}, colour=colour)


def not_heard_model(record: Record) -> TableModel:
    return TableModel(["Speaker", "Delegation", "Group", "Segment", "Written statement"],
                      [[n.speaker, n.delegation or "", n.group, n.segment, "received" if n.written_statement else "—"]
                       for n in record.not_heard])


def questions_model(record: Record) -> TableModel:
    return TableModel(["", "Time", "Asked by", "To", "Question", "Answer", "Status"],
                      [[q.label, clock(q.at)[:5], q.asker or "", ", ".join(q.addressed_to), q.text,
                        " ".join(f"{by}: {note}" if by else note for by, note in q.answers),
                        f"merged with {q.merged_into}" if q.merged_into else q.status] for q in record.questions])


def tour_models(record: Record) -> list[tuple[str, TableModel]]:
    out = []
    for tour in record.tours:
        headers = ["Stakeholder"] + [title for _k, title, _q in tour.items] + ["General", "Time"]
        rows = [[r.stakeholder] + [r.cells.get(k, "") for k, _t, _q in tour.items]
                + ["passed" if r.passed else r.general, minutes(r.seconds) if r.seconds else ""] for r in tour.rows]
        out.append((tour.segment, TableModel(headers, rows, numeric={len(headers) - 1})))
    return out


def notes_model(record: Record) -> TableModel:
    labels = {"note": "Note", "key_message": "Key message", "next_step": "Next step"}
    order = {"key_message": 0, "next_step": 1, "note": 2}
    notes = sorted(record.notes, key=lambda n: (order.get(n.kind, 3), n.at))
    return TableModel(["Kind", "Time", "Text", "Owner", "Speaker", "Segment"],
                      [[labels.get(n.kind, n.kind), clock(n.at)[:5], n.text, n.owner or "", n.speaker or "",
                        n.segment or ""] for n in notes])


def statistics_model(record: Record) -> TableModel:
    st = record.statistics
    rows = []
    for what, stats in (("Stakeholder group", st.by_group), ("Gender", st.by_gender), ("Modality", st.by_modality),
                        ("Floor language", st.by_language), ("Panel vs floor", st.panel_vs_floor)):
        for s in stats:
            rows.append([what, s.label, minutes(s.seconds), f"{s.share:.0%}", str(s.count)])
    return TableModel(["By", "", "Speaking time", "Share", "Interventions"], rows, numeric={2, 3, 4})


# ------------------------------------------------------------------------------------------ exporting


class _ExportSignals(QObject):
    done = Signal(list)  # paths written
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, record: Record, fmt: str, path: Path):
        super().__init__()
        self.record, self.fmt, self.path = record, fmt, path
        self.signals = _ExportSignals()

    def run(self) -> None:
        try:
            written = export(self.record, self.fmt, self.path)
        except Exception as e:  # shown to the user, never a traceback
            self.signals.failed.emit(f"The {FORMAT_LABELS[self.fmt]} export failed: {e}")
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
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setStyleSheet("QScrollArea { background: white; } QLabel { background: white; }")

    @property
    def drawn(self) -> bool:
        return self._draw is None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._draw is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(self._draw(), "PNG")
            self.label.setPixmap(pixmap)
            self._draw = None
        super().showEvent(event)


class ReviewWindow(QMainWindow):
    """Review of a meeting (or one of its sittings, by database id). ``store``: any open store."""

    exported = Signal(list)  # the files an export wrote
    export_failed = Signal(str)

    def __init__(self, store, meeting_id: int, sitting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
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
        self.setWindowTitle(f"Review — {self.record.title}")
        self._build()

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

        self.tabs = QTabWidget()
        timeline = QSplitter(Qt.Orientation.Vertical)
        pictures = QTabWidget() if len(r.sittings) > 1 else None
        for sitting in r.sittings:
            picture = Picture(lambda sitting=sitting: charts.timeline(r, sitting, dpi=90, width=12.4))
            if pictures is not None:
                pictures.addTab(picture, sitting.title)
            else:
                timeline.addWidget(picture)
        if pictures is not None:
            timeline.addWidget(pictures)
        self.segments_view = _table(segments_model(r), stretch=0)
        timeline.addWidget(self.segments_view)
        timeline.setSizes([470, 290])
        self.tabs.addTab(timeline, "Timeline")
        self.speakers_view = _table(speakers_model(r), stretch=1)
        self.tabs.addTab(self.speakers_view, f"Who spoke ({len(r.interventions)})")
        self.not_heard_view = _table(not_heard_model(r), stretch=0)
        self.tabs.addTab(self.not_heard_view, f"Not heard ({len(r.not_heard)})")
        self.questions_view = _table(questions_model(r), stretch=4)
        self.tabs.addTab(self.questions_view, f"Q&&A ({len(r.questions)})")
        tours = QTabWidget()
        self.tour_views = []
        for name, model in tour_models(r):
            view = _table(model)
            self.tour_views.append(view)
            tours.addTab(view, name)
        index = self.tabs.addTab(tours, "Tour de table")
        self.tabs.setTabEnabled(index, bool(self.tour_views))
        self.notes_view = _table(notes_model(r), stretch=2)
        self.tabs.addTab(self.notes_view, f"Notes, key messages, next steps ({len(r.notes)})")
        stats = QSplitter(Qt.Orientation.Horizontal)
        self.statistics_view = _table(statistics_model(r), stretch=1)
        stats.addWidget(self.statistics_view)
        self.statistics_picture = Picture(lambda: charts.statistics(r, dpi=90, width=7.0))
        stats.addWidget(self.statistics_picture)
        stats.setSizes([380, 700])
        self.tabs.addTab(stats, "Statistics")
        layout.addWidget(self.tabs, 1)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Export:"))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(FORMAT_LABELS[fmt] + "…")
            button.clicked.connect(lambda _=False, f=fmt: self._ask_and_export(f))
            bar.addWidget(button)
            self.export_buttons[fmt] = button
        self.clear_button = QToolButton()
        self.clear_button.setText(f"Protected identities: {r.protected} shown by role")
        self.clear_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.clear_button)
        self.clear_actions: dict[str, QAction] = {}
        from meetingdesk.store.programmes import load_meeting

        for p in load_meeting(self.store, self.meeting_id).participants:
            if p.protected:
                action = menu.addAction(f"Clear {p.display_name} for the next export")
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

    def _summary_text(self) -> str:
        r = self.record
        parts = []
        for s in r.sittings:
            planned = f"planned {s.planned_start:%H:%M}–{s.planned_end:%H:%M}" if s.planned_end else f"from {s.planned_start:%H:%M}"
            actual = f"held {clock(s.actual_start)[:5]}–{clock(s.actual_end)[:5] or 'now'}" if s.actual_start else "not opened"
            parts.append(f"{s.planned_start:%A %d %B %Y}, {planned} {s.planned_start.tzname()}, {actual} ({s.status})")
        st = r.statistics
        parts.append(f"{st.interventions} interventions, {minutes(st.total_seconds)} speaking time, "
                     f"{len(r.not_heard)} not heard, {len(r.questions)} questions, {len(r.key_messages)} key messages")
        return " · ".join(parts)

    # ---------------------------------------------------------------- exports

    def set_cleared(self, key: str, cleared: bool) -> None:
        """Clear (or no longer clear) a protected identity for the exports that follow."""
        (self.cleared.add if cleared else self.cleared.discard)(key)
        n = self.record.protected - len(self.cleared)
        self.clear_button.setText(f"Protected identities: {n} shown by role" + (f", {len(self.cleared)} cleared" if self.cleared else ""))

    def _ask_and_export(self, fmt: str) -> None:
        suggested = f"{self.record.title[:60].strip()}.{fmt}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, f"Export {FORMAT_LABELS[fmt]}", suggested, FORMAT_FILTERS[fmt])
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str | Path) -> None:
        """Export on a worker thread; ``exported`` or ``export_failed`` tells the outcome."""
        record = self.record
        if self.cleared:
            record = build_record(self.store, self.meeting_id, sittings=self.sittings, clear=self.cleared)
        job = _ExportJob(record, fmt, Path(path))
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._jobs.append(job)
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(f"Writing {FORMAT_LABELS[fmt]}…")
        self.pool.start(job)

    def _finish(self) -> None:
        self._jobs.clear()  # one export at a time: the buttons are disabled while it runs
        self.progress.setVisible(False)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _done(self, paths: list[str]) -> None:
        self._finish()
        self.status.setText("Wrote " + ", ".join(Path(p).name for p in paths))
        self.exported.emit(paths)

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText(message)
        self.export_failed.emit(message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.pool.waitForDone()
        super().closeEvent(event)

"""The main window: the meetings in the database and the programme of the chosen one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.programme.problems import ProgrammeError, UnreadableFile

from . import text
from .models import MeetingListModel, MeetingRow, NodeKind, ProgrammeColumn, ProgrammeTreeModel, Roles
from .text import reason, translate

if TYPE_CHECKING:  # SQLAlchemy and the ORM load after the window is shown (ui.app.run)
    from meetingdesk.programme.model import Meeting
    from meetingdesk.store import Store

    from .console import ConsoleWindow

log = logging.getLogger(__name__)

RECENT_KEY = "recent_files"
RECENT_MAX = 8
PROBLEMS_SHOWN = 12  # problems listed in the message itself; all of them are in the details


class MainWindow(QMainWindow):
    """Meetings on the left, the chosen meeting's programme on the right."""

    meeting_shown = Signal(int)

    def __init__(self, store: Store | None, settings: QSettings, parent: QWidget | None = None, scheduler=None) -> None:
        """Without a ``store`` the window says it is opening the database until ``set_store``."""
        super().__init__(parent)
        self.store: Store | None = None
        self.scheduler = scheduler  # runs the live sittings' reminders (on the app's event loop)
        self.settings = settings
        self.current_meeting_id: int | None = None
        self.consoles: dict[int, ConsoleWindow] = {}  # sitting id -> its open console
        self.rapporteurs: dict[int, QMainWindow] = {}  # sitting id -> its rapporteur workspace
        self.reviews: list[QMainWindow] = []  # review windows: a fresh one each time, it reads the record as it is now
        self.editors: list[QMainWindow] = []  # programme editors and agenda boxes
        self.problem_box: QMessageBox | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(translate("MainWindow", "MeetingDesk"))

        self.meetings = MeetingListModel(self)
        self.programme = ProgrammeTreeModel(self)

        self.meeting_list = QListView()
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(translate("MainWindow", "Meetings"))
        self.meeting_list.setModel(self.meetings)
        self.meeting_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meeting_list.setWordWrap(True)
        self.meeting_list.setSpacing(3)
        self.meeting_list.selectionModel().currentChanged.connect(self._meeting_chosen)

        meetings_label = QLabel(translate("MainWindow", "&Meetings"))
        meetings_label.setBuddy(self.meeting_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.meeting_list)

        self.header = QLabel()
        self.header.setObjectName("meetingHeader")
        self.header.setAccessibleName(translate("MainWindow", "Meeting details"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tree = QTreeView()
        self.tree.setObjectName("programmeTree")
        self.tree.setAccessibleName(translate("MainWindow", "Programme"))
        self.tree.setModel(self.programme)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.tree.doubleClicked.connect(lambda index: self.run_selected_sitting() if self.programme.sitting_of(index) else None)
        self.tree.header().setSectionResizeMode(ProgrammeColumn.TITLE, QHeaderView.ResizeMode.Stretch)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tree, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self.statusBar().setObjectName("statusBar")
        self.resize(1200, 720)
        self._restore_layout()
        if store is not None:
            self.set_store(store, scheduler)
        else:
            self.header.setText(translate("MainWindow", "<p>Opening the database…</p>"))
            for action in self.store_actions:
                action.setEnabled(False)
            self.recent_menu.setEnabled(False)

    @property
    def db(self) -> Store:
        """The database, once ``set_store`` gave it (the actions that need it are enabled then)."""
        if self.store is None:
            raise RuntimeError("the database is not open yet")
        return self.store

    def set_store(self, store: Store, scheduler=None, seats=None) -> None:
        """Show the meetings of ``store``: the application shows this window before it opens its database.
        ``seats`` (``ui.seats.Seats``) builds the sitting's windows; by default one without a loop of its own."""
        from .seats import Seats

        self.store = store
        self.scheduler = scheduler or self.scheduler
        self.seats = seats or Seats(store, self.settings, scheduler=self.scheduler)
        for action in self.store_actions:
            action.setEnabled(True)
        self._rebuild_recent_menu()
        self.refresh_meetings()

    # ------------------------------------------------------------------ actions and menus
    def _make_actions(self) -> None:
        self.open_action = QAction(translate("MainWindow", "&Open programme file…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setToolTip(self._with_key(translate("MainWindow", "Import a programme file (TOML) into the database"), self.open_action))
        self.open_action.triggered.connect(self.choose_file)

        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.run_action = QAction(translate("MainWindow", "&Run the sitting live…"), self)
        self.run_action.setShortcut(QKeySequence("Ctrl+R"))
        self.run_action.setToolTip(self._with_key(translate("MainWindow", "Open the moderator console for the selected sitting"), self.run_action))
        self.run_action.triggered.connect(self.run_selected_sitting)

        self.rapporteur_action = QAction(translate("MainWindow", "Rapporteur &workspace…"), self)
        self.rapporteur_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.rapporteur_action.setToolTip(
            self._with_key(translate("MainWindow", "Log questions, contributions, notes and key messages for the selected sitting"), self.rapporteur_action)
        )
        self.rapporteur_action.triggered.connect(self.open_rapporteur)

        self.review_action = QAction(translate("MainWindow", "Re&view and export…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.review_action.setToolTip(
            self._with_key(translate("MainWindow", "Planned vs actual times, who spoke, Q&A, statistics; export Word, PDF, CSV, JSON, calendar"), self.review_action)
        )
        self.review_action.triggered.connect(self.open_review)

        self.new_action = QAction(translate("MainWindow", "&New meeting"), self)
        self.new_action.setToolTip(translate("MainWindow", "Make a programme from scratch in the programme editor"))
        self.new_action.triggered.connect(lambda: self.open_editor())
        self.paste_action = QAction(translate("MainWindow", "New meeting from &agenda text…"), self)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.paste_action.setToolTip(self._with_key(translate("MainWindow", "Paste an invitation's agenda and edit the draft it gives"), self.paste_action))
        self.paste_action.triggered.connect(self.paste_agenda)
        self.edit_action = QAction(translate("MainWindow", "&Edit the programme…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setToolTip(self._with_key(translate("MainWindow", "Open the chosen meeting in the programme editor"), self.edit_action))
        self.edit_action.triggered.connect(self.edit_programme)

        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.paste_action, self.edit_action])
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        sitting_menu = self.menuBar().addMenu(translate("MainWindow", "&Sitting"))
        sitting_menu.addAction(self.run_action)
        sitting_menu.addAction(self.rapporteur_action)
        sitting_menu.addAction(self.review_action)
        seat_menu = sitting_menu.addMenu(translate("MainWindow", "Open as &seat"))
        seat_menu.setObjectName("seatMenu")
        seat_menu.setToolTip(translate("MainWindow", "This window of the selected sitting in a process of its own, following its journal "
                                "(as on another machine)"))
        for kind, label in (("console", translate("MainWindow", "&Console")), ("display", translate("MainWindow", "Speaker &display")),
                            ("interpreters", translate("MainWindow", "&Interpreters")), ("rapporteur", translate("MainWindow", "&Rapporteur")),
                            ("review", translate("MainWindow", "Re&view"))):
            action = seat_menu.addAction(label)
            action.setObjectName(f"seat_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.open_seat(k))
        self.seat_menu = seat_menu
        self.sitting_menu = sitting_menu
        self.log_folder_action = QAction(translate("MainWindow", "Open &log folder"), self)
        self.log_folder_action.setToolTip(translate("MainWindow", "Show the folder of MeetingDesk's log file, to send it with a report of a problem"))
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(translate("MainWindow", "&About MeetingDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.language_menu = self.menuBar().addMenu(translate("MainWindow", "&Language"))
        self._fill_language_menu()
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.log_folder_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu
        self.about_box: QWidget | None = None
        self.store_actions = [self.open_action, self.run_action, self.rapporteur_action, self.review_action,
                              self.new_action, self.paste_action, self.edit_action, *self.seat_menu.actions()]
        toolbar = self.addToolBar(translate("MainWindow", "Sitting"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.run_action)
        toolbar.addAction(self.rapporteur_action)
        toolbar.addAction(self.review_action)
        self._rebuild_recent_menu()

    @staticmethod
    def _with_key(tip: str, action: QAction) -> str:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{tip} ({key})" if key else tip

    # ------------------------------------------------------------------ meetings
    def refresh_meetings(self, select_id: int | None = None) -> None:
        from meetingdesk.store.programmes import list_meetings

        rows = [MeetingRow(r.id, r.title, getattr(r, "first_date", None)) for r in list_meetings(self.db)]
        keep = select_id if select_id is not None else self.current_meeting_id
        if keep is None:
            last = self.settings.value("last_meeting")
            keep = int(last) if last not in (None, "") else None
        self.meetings.set_meetings(rows)
        row = self.meetings.row_of(keep) if keep is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.meeting_list.setCurrentIndex(self.meetings.index(row, 0))
        else:
            self.show_meeting(None)

    def choose_meeting(self, meeting_id: int) -> bool:
        """Select a meeting in the list (which shows its programme)."""
        row = self.meetings.row_of(meeting_id)
        if row is None:
            return False
        self.meeting_list.setCurrentIndex(self.meetings.index(row, 0))
        return True

    def _meeting_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_meeting(self.meetings.meeting_id(current.row()) if current.isValid() else None)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.current_meeting_id = meeting_id
        if meeting_id is None:
            self.programme.set_meeting(None)
            self.header.setText(translate("MainWindow", "<p>No meeting in the database yet. Open a programme file (File ▸ Open).</p>"))
            return
        from meetingdesk.store.programmes import MeetingNotFound, load_meeting

        try:
            meeting = load_meeting(self.db, meeting_id)  # the whole programme, read once, no session left open
        except MeetingNotFound:
            self.programme.set_meeting(None)
            return
        self.header.setText(self._header_html(meeting))
        self.setWindowTitle(translate("MainWindow", "{0} — MeetingDesk").format(meeting.title))
        self.programme.set_meeting(meeting)
        self._show_held()
        self.tree.expandAll()
        for column in range(1, len(ProgrammeColumn)):
            self.tree.resizeColumnToContents(column)
        self.settings.setValue("last_meeting", meeting_id)
        self.meeting_shown.emit(meeting_id)

    def _show_held(self) -> None:
        """Each sitting's row says whether it was held, from its journal (or its open console)."""
        from meetingdesk.live import LiveSitting, SystemClock
        from meetingdesk.store import StorageError

        for sitting_id in self.programme.sitting_ids():
            console = self.consoles.get(sitting_id)
            if console is not None and console.isVisible():
                sitting = console.ticker.view.sitting
            else:
                try:
                    with LiveSitting.open(self.store, sitting_id, SystemClock(), follow=True) as live:  # reads, never holds
                        sitting = live.view().sitting
                except StorageError as e:  # said when the sitting is run; the programme is still worth showing
                    log.warning("cannot read sitting %s: %s", sitting_id, e.reason)
                    continue
            self.programme.set_sitting_status(sitting_id, text.held(sitting))

    @staticmethod
    def _header_html(meeting: Meeting) -> str:
        from html import escape

        lines = [f"<h2 style='margin:0'>{escape(meeting.title)}</h2>"]
        if meeting.subtitle:
            lines.append(f"<div>{escape(meeting.subtitle)}</div>")
        where = ", ".join(x for x in [meeting.room, meeting.venue] if x)
        facts = [
            where,
            text.meeting_format(meeting.format),
            meeting.platform or "",
            translate("MainWindow", "Home time zone: {0}").format(meeting.time_zone),
        ]
        if meeting.languages:
            langs = ", ".join(text.language(code) for code in meeting.languages)
            facts.append(translate("MainWindow", "Languages: {0}").format(langs))
        lines.append("<div style='color:#555'>" + escape(" · ".join(f for f in facts if f)) + "</div>")
        return "".join(lines)

    def selected_sitting_id(self) -> int | None:
        index = self.tree.currentIndex()
        sitting = self.programme.sitting_of(index) if index.isValid() else None
        if sitting is None and self.programme.rowCount() == 1:
            sitting = self.programme.data(self.programme.index(0, 0), Roles.ID)
        return sitting

    def select_sitting(self, sitting_id: int) -> bool:
        for row in range(self.programme.rowCount()):
            index = self.programme.index(row, 0)
            if self.programme.data(index, Roles.KIND) == NodeKind.SITTING.value and self.programme.data(index, Roles.ID) == sitting_id:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def _fill_language_menu(self) -> None:
        """The system's language or one of ours, applied when MeetingDesk starts again."""
        from PySide6.QtGui import QActionGroup

        from . import language

        group = QActionGroup(self)
        current = str(self.settings.value(language.KEY, "") or "")
        for code, name in [("", translate("MainWindow", "System language")), *language.NAMES.items()]:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.statusBar().showMessage(language.choose(self.settings, c)))

    def run_selected_sitting(self, clock=None):
        """Open (or bring back) the moderator console of the selected sitting."""
        from meetingdesk.store import StorageError

        from .console import open_console

        sitting_id = self.selected_sitting_id()
        if sitting_id is None:
            self.statusBar().showMessage(translate("MainWindow", "Select a sitting (or one of its segments) in the programme first."))
            return None
        console = self.consoles.get(sitting_id)
        if console is None or not console.isVisible():
            try:
                console = open_console(self.store, sitting_id, clock=clock, settings=self.settings, scheduler=self.scheduler)
            except StorageError as e:  # the database cannot be read: say so plainly, the main window carries on
                log.warning("cannot open sitting %s: %s", sitting_id, e.reason)
                self._show_problems(translate("MainWindow", "The sitting cannot be opened."), [text.reason(e)], title=translate("MainWindow", "Sitting not opened"))
                return None
            console.rapporteur_requested.connect(lambda sitting: self.open_rapporteur(sitting_id=sitting))
            console.review_requested.connect(lambda sitting: self.open_review(sitting_id=sitting))
            console.offer_windows()
            console.ticker.view_changed.connect(
                lambda view, change, sitting=sitting_id: self.programme.set_sitting_status(sitting, text.held(view.sitting))
                if change.requires_agenda_redraw() and not change.tick else None
            )
            self.consoles[sitting_id] = console
        console.show()
        console.activateWindow()
        return console

    def open_rapporteur(self, clock=None, *, sitting_id: int | None = None):
        """Open (or bring back) the rapporteur workspace of ``sitting_id`` (default: the selected sitting).

        When this application also runs the sitting's console, the workspace shares its live
        sitting, so entries are pre-filled with the current segment and speaker.
        """
        sitting_id = sitting_id or self.selected_sitting_id()
        if sitting_id is None:
            self.statusBar().showMessage(translate("MainWindow", "Select a sitting (or one of its segments) in the programme first."))
            return None
        window = self.rapporteurs.get(sitting_id)
        if window is None or not window.isVisible():
            console = self.consoles.get(sitting_id)
            live = console.live if console is not None and console.isVisible() else None
            if clock is not None:
                self.seats.clock = clock
            window = self.seats.rapporteur(sitting_id, live)
            if console is not None and live is not None:  # the console's Q&A strip repaints as soon as a question is logged
                console.questions_strip.follow(window.record)
            self.rapporteurs[sitting_id] = window
        window.show()
        window.activateWindow()
        return window

    def open_seat(self, kind: str):
        """Start ``meetingdesk seat KIND`` for the selected sitting: its own process, following the journal."""
        from meetingdesk.store.programmes import load_meeting

        from .seats import start_seat

        sitting_id = self.selected_sitting_id()
        if sitting_id is None or self.current_meeting_id is None:
            self.statusBar().showMessage(translate("MainWindow", "Select a sitting (or one of its segments) in the programme first."))
            return None
        number = [s.id for s in load_meeting(self.db, self.current_meeting_id).sittings].index(sitting_id) + 1
        url = self.db.engine.url.render_as_string(hide_password=False)
        self.statusBar().showMessage(translate("MainWindow", "Opening the {0} of sitting {1} as a seat of its own…").format(kind, number))
        return start_seat(kind, url, self.current_meeting_id, number)

    def open_review(self, *, sitting_id: int | None = None):
        """Open the secretariat's review of ``sitting_id`` (default: the selected sitting, or the meeting's first)."""
        from meetingdesk.programme.model import Sitting

        meeting_id = self.current_meeting_id
        if sitting_id is not None:
            with self.db.session() as session:
                sitting = session.get(Sitting, sitting_id)
                meeting_id = sitting.meeting_id if sitting is not None else None
        else:
            sitting_id = self.selected_sitting_id()
        if meeting_id is None:
            self.statusBar().showMessage(translate("MainWindow", "Choose a meeting on the left first."))
            return None
        window = self.seats.review(meeting_id, sitting_id)  # charts and exports load only when asked for
        self.reviews.append(window)
        window.show()
        window.activateWindow()
        return window

    # ------------------------------------------------------------------ help
    def open_log_folder(self) -> None:
        """Help ▸ Open log folder: the platform's file manager, on the folder of the log file."""
        from .about import log_folder

        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.statusBar().showMessage(translate("MainWindow", "The log folder is {0}").format(folder))

    def show_about(self) -> QWidget:
        """Help ▸ About: the versions of MeetingDesk, Qt, PySide6, Python and the database."""
        from .about import AboutDialog

        if self.about_box is not None:  # a fresh one: the database may have opened since
            self.about_box.close()
            self.about_box.deleteLater()
        self.about_box = AboutDialog(self.store, self)
        self.about_box.show()
        self.about_box.activateWindow()
        return self.about_box

    # ------------------------------------------------------------------ preparing a meeting
    def open_editor(self, draft=None):
        """The programme editor on ``draft`` (a new, empty meeting without one)."""
        from meetingdesk.programme.editing import Draft

        from .editor import EditorWindow

        window = EditorWindow(self.db, draft if draft is not None else Draft.new())
        window.saved.connect(lambda meeting_id: self.refresh_meetings(select_id=meeting_id))
        return self._show_editor(window)

    def paste_agenda(self, today=None):
        """Ctrl+Shift+N: a box to paste an agenda into; the draft it gives opens in the editor."""
        from .agenda_paste import AgendaPasteWindow

        window = AgendaPasteWindow(today=today)
        window.drafted.connect(self.open_editor)
        return self._show_editor(window)

    def _show_editor(self, window):
        self.editors.append(window)
        window.show()
        window.activateWindow()
        return window

    def edit_programme(self):
        """Ctrl+E: the chosen meeting in the programme editor."""
        from meetingdesk.store.drafts import load_draft

        if self.current_meeting_id is None:
            self.statusBar().showMessage(translate("MainWindow", "Choose a meeting on the left first."))
            return None
        return self.open_editor(load_draft(self.db, self.current_meeting_id))

    # ------------------------------------------------------------------ programme files
    def choose_file(self) -> None:
        start = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open a programme file"), start, translate("MainWindow", "Programme files (*.toml);;All files (*)")
        )
        if path:
            self.open_programme_file(path)

    def open_programme_file(self, path: str) -> int | None:
        """Import ``path`` into the database and show it; explain plainly when it cannot be."""
        from meetingdesk.store.programmes import import_file

        try:
            meeting_id, warnings = import_file(self.db, path)
        except ProgrammeError as e:
            errors = [p for p in e.problems if p.is_error]
            self._show_problems(
                translate("MainWindow", "{0} was not imported: {1} problem(s) must be fixed first.").format(Path(path).name, len(errors)),
                [p.line_text() for p in e.problems],
            )
            return None
        except UnreadableFile as e:
            self._show_problems(translate("MainWindow", "{0} cannot be read.").format(Path(path).name), [reason(e)])
            self._forget_recent(path)
            return None
        self._remember_recent(path)
        self.refresh_meetings(select_id=meeting_id)
        if warnings:
            self.statusBar().showMessage(
                translate("MainWindow", "Imported {0} with {1} warning(s): {2}").format(Path(path).name, len(warnings), warnings[0].line_text())
            )
        else:
            self.statusBar().showMessage(translate("MainWindow", "Imported {0}.").format(Path(path).name))
        return meeting_id

    def _show_problems(self, headline: str, lines: list[str], title: str | None = None) -> None:
        """A non-blocking message: the window stays usable while it is open."""
        if self.problem_box is not None:
            self.problem_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title or translate("MainWindow", "Programme not imported"), headline, QMessageBox.StandardButton.Close, self)
        box.setObjectName("problemBox")
        shown = lines[:PROBLEMS_SHOWN]
        more = len(lines) - len(shown)
        informative = "\n".join(shown)
        if more:
            informative += "\n" + translate("MainWindow", "… and {0} more (see details)").format(more)
        box.setInformativeText(informative)
        if more:
            box.setDetailedText("\n".join(lines))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        box.show()
        self.problem_box = box
        self.statusBar().showMessage(headline)

    # ------------------------------------------------------------------ recent files
    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue(RECENT_KEY, files[:RECENT_MAX])
        self._rebuild_recent_menu()

    def _forget_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        self.settings.setValue(RECENT_KEY, [f for f in self.recent_files() if f != path])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_programme_file(p))
        self.recent_menu.setEnabled(bool(files))

    # ------------------------------------------------------------------ layout persistence
    def _restore_layout(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the other windows first: they save where they were, and save_layout writes it all to disk
        for window in [*self.consoles.values(), *self.rapporteurs.values(), *self.reviews, *self.editors]:
            window.close()
        self.save_layout()
        super().closeEvent(event)

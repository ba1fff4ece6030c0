"""Application bootstrap: the first window at once, then the database, the event loop and the rest.

``run`` is what ``meetingdesk`` (``cmd_run``) calls. The main window is shown and painted before
SQLAlchemy, the ORM and the database are loaded, so a moderator sees the application the moment it
starts and its meetings a moment later. Nothing imported at the top of this module (or of
``main_window``) may pull in SQLAlchemy: ``bench/ui_start.py`` measures the difference.
qasync is imported after PySide6, so it binds to it.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .about import APPLICATION, ORGANISATION, log_folder
from .main_window import MainWindow
from .text import translate

if TYPE_CHECKING:
    import asyncio

    import qasync

    from meetingdesk.store import Store

log = logging.getLogger("meetingdesk.ui")

# The names QSettings files its settings under: the first releases used ORGANISATION and
# APPLICATION alone (ui.about), which Linux and Windows keep using; macOS files them under DOMAIN
# now (carry_over_settings moves what the older name held).
DOMAIN = "meetingdesk.org"
APP_ID = "org.meetingdesk.MeetingDesk"  # the desktop entry's and the AppStream metadata's name

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The MeetingDesk icon, with a picture drawn for each size (small ones are simplified)."""
    icon = QIcon()
    for size in ICON_SIZES:  # read when first drawn at that size, not now
        icon.addFile(str(ICONS / f"meetingdesk-{size}.png"), QSize(size, size))
    return icon


def brand(app: QApplication) -> None:
    """Give the application its names (QSettings, the log folder, the desktop entry) and icon.

    The icon set here is every window's icon unless a window sets its own.
    """
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(DOMAIN)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(translate("App", "MeetingDesk"))
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar match windows to the desktop entry by it
    app.setWindowIcon(application_icon())


def carry_over_settings(settings: QSettings, older: QSettings) -> bool:
    """Copy the settings filed under an older name into a new, empty ``settings``; True if it did.

    Where both names lead to the same store (Linux, Windows) the new one is never empty while the
    old one has keys, so this does nothing.
    """
    keys = older.allKeys()
    if settings.allKeys() or not keys:
        return False
    for key in keys:
        settings.setValue(key, older.value(key))
    settings.sync()
    return True


def log_path() -> Path:
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "meetingdesk.log"


LOG_MAX_BYTES = 2_000_000  # at start-up a larger log becomes meetingdesk.log.1 (.2, .3 before it)
LOG_BACKUPS = 3


class LogFile(logging.FileHandler):
    """The application's log file, rotated at start-up. A fatal error (a crash in Qt, a segfault)
    cannot be logged by Python: faulthandler writes its traceback straight into the same file."""

    def __init__(self, path: Path) -> None:
        try:
            if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
                for n in range(LOG_BACKUPS - 1, 0, -1):
                    older = path.with_name(f"{path.name}.{n}")
                    if older.exists():
                        older.replace(path.with_name(f"{path.name}.{n + 1}"))
                path.replace(path.with_name(f"{path.name}.1"))
        except OSError:  # another copy of MeetingDesk has it open (Windows): keep appending
            pass
        super().__init__(path, encoding="utf-8")
        if self.stream is not None:  # opened above (no delay)
            faulthandler.enable(self.stream, all_threads=True)  # the file stays open while the application runs


def configure_logging(path: Path | None = None) -> Path:
    path = path or log_path()
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log as well as to the terminal (a fatal one, just before Qt aborts)."""
    logging.getLogger("qt").log(QT_LOG_LEVELS.get(kind, logging.WARNING), message)
    if sys.stderr is not None:  # None in a Windows application without a console
        print(message, file=sys.stderr)


class ErrorReporter(QObject):
    """Logs every uncaught exception and shows it in a non-blocking message; the app keeps running.

    Several errors in a row update one message instead of piling up windows.
    """

    def __init__(self, log_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("uncaught exception", exc_info=(etype, value, tb))
        self.count += 1
        self.show(value, "".join(traceback.format_exception(etype, value, tb)))

    def asyncio_handler(self, _loop: asyncio.AbstractEventLoop, context: dict) -> None:
        error = context.get("exception")
        if error is None:
            log.error("asyncio: %s", context.get("message"))
            return
        self.excepthook(type(error), error, error.__traceback__)

    def show(self, error: BaseException, details: str) -> None:
        if QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        headline = translate("ErrorReporter", "Something went wrong: {0}").format(str(error) or type(error).__name__)
        where = (
            translate("ErrorReporter", "The details are in the log: {0}").format(self.log_file)
            if self.log_file
            else translate("ErrorReporter", "The details are below.")
        )
        informative = where + "\n" + translate("ErrorReporter", "Nothing you saved is lost; you can carry on.")
        if self.count > 1:
            informative += "\n" + translate("ErrorReporter", "{0} errors so far in this session.").format(self.count)
        if self.box is None:
            parent = QApplication.activeWindow()
            self.box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorReporter", "MeetingDesk error"), headline,
                                   QMessageBox.StandardButton.Close, parent)
            self.box.setObjectName("errorBox")
            self.box.setWindowModality(Qt.WindowModality.NonModal)
            self.box.finished.connect(self._closed)
        self.box.setText(headline)
        self.box.setInformativeText(informative)
        self.box.setDetailedText(details)
        self.box.show()

    def _closed(self, _result: int) -> None:
        self.box = None


class NextPaint(QObject):
    """Tells once a widget has next been painted (its children included), then goes away."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after the rest of this paint pass
        return False

    def _done(self) -> None:
        self.painted.emit()
        self.deleteLater()


def show_and_paint(widget: QWidget, timeout_ms: int = 2000) -> None:
    """Show ``widget`` (or repaint it, if shown) and return once it is painted on screen, or after
    ``timeout_ms``: a window started minimised is never painted."""
    spin = QEventLoop()
    NextPaint(widget).painted.connect(spin.quit)
    timer = QTimer(spin)
    timer.setSingleShot(True)
    timer.timeout.connect(spin.quit)
    timer.start(timeout_ms)
    if widget.isVisible():
        widget.update()
    else:
        widget.show()
    spin.exec()


def event_loop(app: QApplication) -> qasync.QSelectorEventLoop:
    """The asyncio loop that runs on Qt's: a selector loop on every platform.

    On Windows qasync's default is a proactor (IOCP) loop, on which psycopg refuses its async
    mode; the selector loop (Qt socket notifiers) serves both. Nothing MeetingDesk runs needs the
    proactor (it starts no subprocess through asyncio).
    """
    import qasync

    return qasync.QSelectorEventLoop(app)


def start(store: Store, settings: QSettings, open_file: str | None = None, scheduler=None,
          window: MainWindow | None = None, seats=None) -> MainWindow:
    """Load the samples into an empty database, give the main window (a new one unless
    ``window``) its database, open ``open_file``."""
    from meetingdesk.store.programmes import ensure_samples

    samples_loaded = bool(ensure_samples(store))  # only into a database with no meeting yet
    window = window or MainWindow(None, settings)
    window.set_store(store, scheduler=scheduler, seats=seats)
    notes = []
    if store.upgraded_from:
        notes.append(translate("App", "The database was upgraded from schema {0} to the current one.").format(store.upgraded_from))
    if samples_loaded:
        notes.append(translate("App", "The sample meetings were loaded: choose one on the left."))
    if notes:
        window.statusBar().showMessage(" ".join(notes))
    if open_file:
        window.open_programme_file(open_file)
    return window


def run(db_url: str | None, open_file: str | None, smoke: bool = False,
        ready: Callable[[MainWindow], None] | None = None, seat: tuple[str, int, int] | None = None) -> int:
    """Start the desktop application; returns the process exit code.

    ``smoke``: say on stdout when the first window is painted and when it shows the database's
    meetings, then close it and quit (a check that an installed copy starts). ``ready(window)``
    runs once the window shows the meetings (the start-up benchmark opens a console there).
    ``seat``: (kind, meeting id, sitting id): only that window of the sitting (``ui.seats``), following
    its journal, instead of the main window.
    """
    log_file = configure_logging()  # first: a crash while Qt starts (no display, a missing library) is logged too
    qInstallMessageHandler(qt_message)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    brand(app)
    reporter = ErrorReporter(log_file, app)
    reporter.install()
    settings = QSettings()
    if carry_over_settings(settings, QSettings(ORGANISATION, APPLICATION)):
        log.info("settings carried over from %s", QSettings(ORGANISATION, APPLICATION).fileName())
    from . import language

    language.install(app, language.chosen(settings))

    window = MainWindow(None, settings)  # says it is opening the database
    show_and_paint(window)
    if smoke:
        print("meetingdesk --smoke: first window painted", flush=True)

    # Now that the window is on screen: SQLAlchemy, the ORM, the database, the scheduler.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        from meetingdesk.store import open_store

        store = open_store(db_url)
    except Exception as e:  # the database cannot be opened at all: say where and why, then stop
        QApplication.restoreOverrideCursor()
        log.exception("cannot open the database")
        message = translate("App", "MeetingDesk cannot open the database {0}: {1}").format(db_url or "(default)", e)
        print(f"meetingdesk: {message}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(window, translate("App", "MeetingDesk"), message)
        return 2

    import asyncio

    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    loop = event_loop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(reporter.asyncio_handler)
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    scheduler = AsyncIOScheduler(event_loop=loop, timezone=dt.timezone.utc)  # the core's reminders run on the Qt loop
    scheduler.start()
    from .seats import Seats

    seats = Seats(store, settings, scheduler=scheduler, loop=loop, name=f"MeetingDesk {seat[0]}" if seat else "MeetingDesk")
    if seat is not None:
        window.hide()
        alone = seats.open(*seat)
        alone.show()
        app.setQuitOnLastWindowClosed(True)
    else:
        start(store, settings, open_file, scheduler=scheduler, window=window, seats=seats)
    QApplication.restoreOverrideCursor()
    from .about import versions_text

    log.info("started: %s", versions_text(store).replace("\n", "; "))
    if ready is not None or smoke:
        QTimer.singleShot(0, lambda: _ready(window, store, log_file, smoke, ready))
    with loop:
        loop.run_until_complete(quit_event.wait())
        scheduler.shutdown(wait=False)
    return 0


def _ready(window: MainWindow, store: Store, log_file: Path, smoke: bool, ready: Callable[[MainWindow], None] | None) -> None:
    show_and_paint(window)  # with the meetings
    if smoke:
        url = store.engine.url.render_as_string(hide_password=True)
        print(f"meetingdesk --smoke: {window.meetings.rowCount()} meetings in {url}; log in {log_file}", flush=True)
    if ready is not None:
        ready(window)
    if smoke:
        window.close()  # as a user would: the layout is saved, the application quits

"""Application bootstrap: Qt application, qasync event loop, error reporting, first window.

``run`` is what ``meetingdesk`` (``cmd_run``) calls. PySide6 is imported before
qasync so qasync binds to it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import qasync  # after PySide6, so it picks the PySide6 binding

from .main_window import MainWindow
from .text import tr

log = logging.getLogger("meetingdesk.ui")

ORGANISATION = "MeetingDesk"
APPLICATION = "MeetingDesk"


def log_path() -> Path:
    import platformdirs

    folder = Path(platformdirs.user_log_dir(APPLICATION, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "meetingdesk.log"


def configure_logging(path: Path | None = None) -> Path:
    path = path or log_path()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


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
        headline = tr("Something went wrong: {0}", "ErrorReporter").format(str(error) or type(error).__name__)
        where = (
            tr("The details are in the log: {0}", "ErrorReporter").format(self.log_file)
            if self.log_file
            else tr("The details are below.", "ErrorReporter")
        )
        informative = where + "\n" + tr("Nothing you saved is lost; you can carry on.", "ErrorReporter")
        if self.count > 1:
            informative += "\n" + tr("{0} errors so far in this session.", "ErrorReporter").format(self.count)
        if self.box is None:
            parent = QApplication.activeWindow()
            self.box = QMessageBox(QMessageBox.Icon.Critical, tr("MeetingDesk error", "ErrorReporter"), headline,
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


def start(store, settings: QSettings, open_file: str | None = None, scheduler=None) -> MainWindow:
    """Load the samples into an empty database, build the main window, open ``open_file``."""
    from meetingdesk.store.programmes import ensure_samples

    samples_loaded = bool(ensure_samples(store))  # only into a database with no meeting yet
    window = MainWindow(store, settings, scheduler=scheduler)
    notes = []
    if store.upgraded_from:
        notes.append(tr("The database was upgraded from schema {0} to the current one.", "App").format(store.upgraded_from))
    if samples_loaded:
        notes.append(tr("The sample meetings were loaded: choose one on the left.", "App"))
    if notes:
        window.statusBar().showMessage(" ".join(notes))
    if open_file:
        window.open_programme_file(open_file)
    return window


def run(db_url: str | None, open_file: str | None) -> int:
    """Start the desktop application; returns the process exit code."""
    from meetingdesk.store import open_store

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(tr("MeetingDesk", "App"))

    reporter = ErrorReporter(configure_logging(), app)
    reporter.install()

    try:
        store = open_store(db_url)
    except Exception as e:  # the database cannot be opened at all: say where and why, then stop
        log.exception("cannot open the database")
        print(f"meetingdesk: cannot open the database {db_url or '(default)'}: {e}", file=sys.stderr)
        return 2

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(reporter.asyncio_handler)
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)

    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    scheduler = AsyncIOScheduler(event_loop=loop, timezone=dt.timezone.utc)  # the core's reminders run on the Qt loop
    scheduler.start()
    window = start(store, QSettings(), open_file, scheduler=scheduler)
    window.show()
    with loop:
        loop.run_until_complete(quit_event.wait())
        scheduler.shutdown(wait=False)
    return 0


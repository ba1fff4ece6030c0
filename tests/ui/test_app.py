"""The application as installed: its start-up order, names, icon, log file and Help menu."""

from __future__ import annotations

import asyncio
import datetime as dt
import faulthandler
import logging
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QSettings, QUrl, qVersion
from PySide6.QtWidgets import QApplication, QLabel

import meetingdesk
from meetingdesk.live.clock import FakeClock
from meetingdesk.store.programmes import find_meeting_by_title
from ui import app as ui_app
from ui.about import AboutDialog
from ui.app import APPLICATION, ICON_SIZES, ORGANISATION, brand, carry_over_settings, configure_logging, event_loop, start
from ui.main_window import MainWindow
from ui_samples import HRC_TITLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def branded(qapp):
    """The test application with MeetingDesk's names and icon, as ``run`` gives them; put back after."""
    saved = (qapp.organizationName(), qapp.organizationDomain(), qapp.applicationName(),
             qapp.applicationDisplayName(), qapp.desktopFileName(), qapp.windowIcon())
    brand(qapp)
    yield qapp
    (org, domain, name, display, desktop, icon) = saved
    qapp.setOrganizationName(org)
    qapp.setOrganizationDomain(domain)
    qapp.setApplicationName(name)
    qapp.setApplicationDisplayName(display)
    qapp.setDesktopFileName(desktop)
    qapp.setWindowIcon(icon)


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """A new user's data, settings and log folders (Linux' XDG variables; platformdirs reads them)."""
    folders = {name: tmp_path / name for name in ("data", "config", "state", "cache")}
    for name, path in folders.items():
        monkeypatch.setenv(f"XDG_{name.upper()}_HOME", str(path))
    return folders


def _app_env(folders: dict[str, Path], **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    env.update({f"XDG_{name.upper()}_HOME": str(path) for name, path in folders.items()})
    return env


def _meetingdesk(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    code = "import sys\nfrom ui import main\nraise SystemExit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


# ------------------------------------------------------------------ start-up order


def test_the_main_window_shows_before_its_database_and_fills_in_when_it_opens(qtbot, store, settings):
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    assert "Opening the database" in window.header.text()
    assert window.meetings.rowCount() == 0
    assert not window.run_action.isEnabled() and not window.open_action.isEnabled()

    start(store, settings, window=window)
    assert window.meetings.rowCount() == 4
    assert window.run_action.isEnabled() and window.open_action.isEnabled()
    assert "sample meetings were loaded" in window.statusBar().currentMessage()


def test_nothing_the_first_window_needs_loads_sqlalchemy_or_babel():
    # each is tens of milliseconds the first window would wait for (bench/ui_start.py)
    code = (
        "import sys\n"
        "import meetingdesk.cli\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.app import MainWindow, brand, show_and_paint\n"
        "brand(app)\n"
        "window = MainWindow(None, QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "show_and_paint(window)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'apscheduler', 'qasync', 'matplotlib', 'babel'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, os.devnull], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True)
    assert out.stdout.strip() == "[]"


def test_a_new_user_gets_the_default_database_settings_and_log(tmp_path):
    folders = {name: tmp_path / name for name in ("data", "config", "state", "cache")}
    done = _meetingdesk(["--smoke"], _app_env(folders))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "meetingdesk --smoke: first window painted"
    database = folders["data"] / "MeetingDesk" / "meetingdesk.sqlite"
    assert lines[1].startswith(f"meetingdesk --smoke: 4 meetings in sqlite:///{database}")
    assert database.is_file()
    # the settings keep the name the first releases gave them, so nobody's settings are lost
    assert "last_meeting" in (folders["config"] / "MeetingDesk" / "MeetingDesk.conf").read_text(encoding="utf-8")
    log = (folders["state"] / "MeetingDesk" / "log" / "meetingdesk.log").read_text(encoding="utf-8")
    assert f"started: MeetingDesk: {meetingdesk.__version__}; Qt: {qVersion()}" in log


def test_a_database_that_cannot_be_opened_is_named_and_the_application_stops(tmp_path):
    folders = {name: tmp_path / name for name in ("data", "config", "state", "cache")}
    url = f"sqlite:///{tmp_path / 'no such folder' / 'x.sqlite'}"
    done = _meetingdesk(["--db", url, "--smoke"], _app_env(folders))
    assert done.returncode == 2
    assert f"cannot open the database {url}" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_event_loop_is_a_selector_loop_even_where_qasync_defaults_to_the_proactor(qapp, monkeypatch):
    import qasync

    class ProactorLike(qasync.QSelectorEventLoop):  # stands in for Windows' QIOCPEventLoop
        pass

    monkeypatch.setattr(qasync, "QEventLoop", ProactorLike)
    loop = event_loop(qapp)
    try:
        assert type(loop) is qasync.QSelectorEventLoop
        assert isinstance(loop, asyncio.SelectorEventLoop)  # what psycopg's async mode needs on Windows
    finally:
        loop.close()


# ------------------------------------------------------------------ names and settings


def test_settings_filed_under_the_older_name_are_carried_over_once(tmp_path):
    older = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    older.setValue("last_meeting", 3)
    older.setValue("main/geometry", b"\x01\x02")
    new = QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat)
    assert carry_over_settings(new, older)
    assert int(new.value("last_meeting")) == 3 and new.value("main/geometry") == b"\x01\x02"

    older.setValue("last_meeting", 4)  # the new settings have keys now: they win
    assert not carry_over_settings(new, older)
    assert int(new.value("last_meeting")) == 3


def test_the_application_keeps_its_settings_name_and_gets_its_identity(branded):
    assert (branded.organizationName(), branded.applicationName()) == (ORGANISATION, APPLICATION) == ("MeetingDesk", "MeetingDesk")
    assert branded.organizationDomain() == "meetingdesk.org"
    assert branded.desktopFileName() == "org.meetingdesk.MeetingDesk"


# ------------------------------------------------------------------ icon


def test_the_application_icon_has_a_picture_for_every_size(branded):
    sizes = {size.width() for size in branded.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_every_window_shows_the_application_icon(qtbot, branded, sample_store, settings):
    window = MainWindow(sample_store, settings)
    qtbot.addWidget(window)
    window.show()
    window.choose_meeting(find_meeting_by_title(sample_store, HRC_TITLE))
    clock = FakeClock(dt.datetime(2025, 3, 14, 12, 55, tzinfo=dt.timezone.utc))
    console = window.run_selected_sitting(clock=clock)
    console.ensure_display().show()
    console.ensure_interpreter_view().show()
    window.open_rapporteur(clock)
    window.open_review()
    window.show_about()

    shown = [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]
    names = {type(w).__name__ for w in shown}
    assert {"MainWindow", "AboutDialog", "ReviewWindow", "RapporteurWindow", "InterpreterView"} <= names
    assert len(shown) >= 7  # and the console and the speaker display
    expected = branded.windowIcon().pixmap(32, 32).toImage()
    assert not expected.isNull()
    for w in shown:
        assert w.windowIcon().pixmap(32, 32).toImage() == expected, type(w).__name__
    window.close()


# ------------------------------------------------------------------ Help menu


def test_help_open_log_folder_opens_the_platforms_log_folder(qtbot, store, settings, user_folders, monkeypatch):
    opened: list[QUrl] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr("ui.main_window.QDesktopServices", Desktop)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.log_folder_action in window.help_menu.actions()
    window.log_folder_action.trigger()
    folder = user_folders["state"] / "MeetingDesk" / "log"
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    assert folder.is_dir()


def test_help_open_log_folder_names_the_folder_when_no_file_manager_opens(qtbot, store, settings, user_folders, monkeypatch):
    monkeypatch.setattr("ui.main_window.QDesktopServices.openUrl", staticmethod(lambda url: False))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.log_folder_action.trigger()
    assert str(user_folders["state"] / "MeetingDesk" / "log") in window.statusBar().currentMessage()


def test_help_about_gives_the_versions_of_everything_a_problem_report_needs(qtbot, store, settings, user_folders):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    about = window.about_box
    assert isinstance(about, AboutDialog) and about.isVisible()
    shown = {name: label.text() for name, label in about.version_labels.items()}
    assert shown["MeetingDesk"] == meetingdesk.__version__
    assert shown["Qt"] == qVersion()
    assert shown["PySide6"] == PySide6.__version__
    assert shown["Python"] == platform.python_version()
    assert shown["Database"] == f"SQLite {sqlite3.sqlite_version}"
    assert f"MeetingDesk {meetingdesk.__version__}" in about.findChild(QLabel, "aboutTitle").text()

    about.copy_button.click()
    copied = QApplication.clipboard().text()
    for name, version in shown.items():
        assert f"{name}: {version}" in copied


def test_about_shows_a_servers_address_without_its_password():
    from types import SimpleNamespace

    from sqlalchemy import create_engine

    from ui.about import database_location

    store = SimpleNamespace(engine=create_engine("postgresql+psycopg://desk:secret@db.example.org/meetingdesk"))
    assert database_location(store) == "postgresql+psycopg://desk:***@db.example.org/meetingdesk"


@pytest.mark.skipif(os.name == "nt", reason="Windows paths are shown whole")
def test_about_shows_a_file_in_the_home_folder_from_the_tilde(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from sqlalchemy import create_engine

    from ui.about import database_location

    monkeypatch.setenv("HOME", str(tmp_path))
    store = SimpleNamespace(engine=create_engine(f"sqlite:///{tmp_path / 'meetings' / 'x.sqlite'}"))
    assert database_location(store) == str(Path("~") / "meetings" / "x.sqlite")


def test_help_about_before_the_database_has_opened(qtbot, settings, user_folders):
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    about = window.show_about()
    assert about.version_labels["Database"].text() == "not open yet"


# ------------------------------------------------------------------ log file


def test_a_crash_leaves_its_traceback_in_the_log_file(tmp_path):
    log = tmp_path / "meetingdesk.log"
    code = (
        "import faulthandler, logging, sys\n"
        "from pathlib import Path\n"
        "from ui.app import configure_logging\n"
        "configure_logging(Path(sys.argv[1]))\n"
        "logging.getLogger('meetingdesk').info('before the crash')\n"
        "def projector_driver():\n"
        "    faulthandler._sigsegv()\n"
        "projector_driver()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(log)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "before the crash" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert "in projector_driver" in text


def test_qts_own_fatal_message_reaches_the_log_before_it_aborts(tmp_path):
    folders = {name: tmp_path / name for name in ("data", "config", "state", "cache")}
    done = _meetingdesk(["--smoke"], _app_env(folders, QT_QPA_PLATFORM="no-such-platform"))
    assert done.returncode != 0
    log = (folders["state"] / "MeetingDesk" / "log" / "meetingdesk.log").read_text(encoding="utf-8")
    assert 'Could not find the Qt platform plugin "no-such-platform"' in log
    assert "Fatal Python error: Aborted" in log


def test_a_large_log_is_set_aside_at_start_up(tmp_path):
    log = tmp_path / "meetingdesk.log"
    log.write_text("x" * (ui_app.LOG_MAX_BYTES + 1), encoding="utf-8")
    (tmp_path / "meetingdesk.log.1").write_text("older", encoding="utf-8")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(log)
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
        faulthandler.enable(sys.__stderr__)  # back to the terminal, as pytest had it
    assert log.stat().st_size == 0
    assert (tmp_path / "meetingdesk.log.1").stat().st_size == ui_app.LOG_MAX_BYTES + 1
    assert (tmp_path / "meetingdesk.log.2").read_text(encoding="utf-8") == "older"

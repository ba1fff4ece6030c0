"""Help ▸ About: what MeetingDesk is, and the versions a report of a problem needs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import meetingdesk

from .text import translate

ORGANISATION = "MeetingDesk"
APPLICATION = "MeetingDesk"


def log_folder() -> Path:
    """Where the log goes: ~/.local/state/MeetingDesk/log, %LOCALAPPDATA%\\MeetingDesk\\Logs, ~/Library/Logs/MeetingDesk."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APPLICATION, appauthor=False))

if TYPE_CHECKING:
    from meetingdesk.store import Store


DATABASE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def database_version(store: Store | None) -> str:
    """``SQLite 3.40.1`` or ``PostgreSQL 16.4``: the library or server the store talks to."""
    if store is None:
        return translate("About", "not open yet")
    dialect = store.engine.dialect
    info = dialect.server_version_info  # read on the first connection, which open_store made
    if info is None:
        with store.engine.connect():
            info = dialect.server_version_info
    name = DATABASE_NAMES.get(dialect.name, dialect.name)
    return f"{name} {'.'.join(str(part) for part in info or ())}".strip()


def shown_path(path: Path) -> str:
    """``~/.local/share/MeetingDesk`` rather than the whole path, where home folders are written so."""
    home = Path.home()
    if os.name != "nt" and path.is_relative_to(home):
        return str(Path("~") / path.relative_to(home))
    return str(path)


def database_location(store: Store | None) -> str:
    """The SQLite file, or the server's URL without its password."""
    if store is None:
        return ""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return shown_path(Path(url.database))
    return url.render_as_string(hide_password=True)


def versions(store: Store | None) -> list[tuple[str, str]]:
    """(component, version) for MeetingDesk, Qt, PySide6, Python, the database and the system."""
    import platform  # here, not at start-up: ui.app imports this module before the first window

    return [
        ("MeetingDesk", meetingdesk.__version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        (translate("About", "Database"), database_version(store)),
        (translate("About", "System"), platform.platform(terse=True)),
    ]


def versions_text(store: Store | None) -> str:
    """The versions as plain lines, to paste into a report of a problem."""
    return "\n".join(f"{name}: {version}" for name, version in versions(store))


class AboutDialog(QDialog):
    """The icon, the name and purpose, the versions, where the database and the log are."""

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.store = store
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("About", "About MeetingDesk"))

        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        from html import escape

        title = QLabel(f"<h2 style='margin:0'>MeetingDesk {escape(meetingdesk.__version__)}</h2>")
        title.setObjectName("aboutTitle")
        purpose = QLabel(translate("About", "Runs hybrid meetings live: the agenda clock, the speakers' list and their time, "
                            "interpretation, the rapporteur's record and the reports."))
        purpose.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.version_labels: dict[str, QLabel] = {}
        for row, (name, version) in enumerate(versions(store)):
            grid.addWidget(QLabel(name), row, 0)
            value = QLabel(version)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, 1)
            self.version_labels[name] = value
        row = grid.rowCount()
        for offset, (name, value) in enumerate([(translate("About", "Data"), database_location(store)), (translate("About", "Log folder"), shown_path(log_folder()))]):
            grid.addWidget(QLabel(name), row + offset, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row + offset, 1)
        grid.setColumnStretch(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("About", "&Copy versions"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(translate("About", "Copy the versions, to paste them into a report of a problem"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(purpose)
        text.addSpacing(8)
        text.addLayout(grid)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(versions_text(self.store))

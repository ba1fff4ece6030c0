"""A new meeting from an agenda's text: paste it, press Ctrl+Return, edit the draft.

The text goes to the core's agenda importer (``Draft.from_agenda``); the draft opens in
the programme editor with every line the importer could not read listed beside it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from meetingdesk.programme.editing import Draft

from .text import translate


class AgendaPasteWindow(QMainWindow):
    """A large text box for an agenda; ``drafted(draft)`` once it has been read."""

    drafted = Signal(object)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today  # the importer's "today", for an agenda that gives no date (tests fix it)
        self.setObjectName("AgendaPaste")
        self.setWindowTitle(translate("AgendaPaste", "New meeting from agenda text"))
        hint = QLabel(
            translate("AgendaPaste",
                "Paste the agenda of an invitation or a concept note below (times, segments, speakers, "
                "their allotments, the date line), then press <b>Ctrl+Return</b>. The draft opens in the "
                "programme editor; what could not be read is listed beside it."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("agendaText")
        self.text.setAccessibleName(translate("AgendaPaste", "Agenda text"))
        self.text.setPlaceholderText(translate("AgendaPaste", "14:00 – 14:20 Setting the scene\nWelcome by Dr. … (5 min)\n…"))
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.text.setFont(font)
        self.read_button = QPushButton(translate("AgendaPaste", "&Read the agenda (Ctrl+Return)"))
        self.read_button.setObjectName("readAgenda")
        self.read_button.clicked.connect(self.read)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.read, context=Qt.ShortcutContext.WindowShortcut)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(hint)
        column.addWidget(self.text, 1)
        column.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setCentralWidget(body)
        self.statusBar().setObjectName("statusBar")
        self.resize(900, 700)

    def read(self) -> Draft | None:
        """Run the importer on the text; the draft is emitted and the window closes."""
        text = self.text.toPlainText()
        if not text.strip():
            self.statusBar().showMessage(translate("AgendaPaste", "Paste an agenda first: the box is empty."))
            return None
        draft = Draft.from_agenda(text, translate("AgendaPaste", "the pasted agenda"), self.today)
        self.drafted.emit(draft)
        self.close()
        return draft

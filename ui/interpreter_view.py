"""The interpreters' view: a window for the booths, fed by the console's ticker.

It shows what the booths need and nothing else: who is speaking now (the *public* name: a
protected identity shows only its role or group) and in which language, whether the speech
text reached the booths, what each booth does (direct, on relay from which booth, no cover),
the next two speakers with their languages, and the chair's "slow down" signal, large, until
the chair clears it or the turn ends. Everything comes from ``LiveView.interpretation``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QPlainTextEdit, QTableView, QVBoxLayout, QWidget

from meetingdesk.live import Change

from .text import QT_TRANSLATE_NOOP, translate
from .ticker import ALL
from .widgets import place, remember_place

RELAY_COLOUR = "#8a5a00"  # amber text: the booth works from another booth
NONE_COLOUR = "#a50e0e"  # red: nobody covers this booth
SLOW_DOWN_STYLE = "background: #d93025; color: white; padding: 10px; border-radius: 6px;"

_Index = QModelIndex | QPersistentModelIndex


def language(code: str | None) -> str:
    """``Nepali`` for ``ne`` (the booths know the codes; a name reads faster), in the application's language."""
    if not code:
        return "–"
    from meetingdesk import i18n
    from meetingdesk.programme.languages import language_name

    return language_name(code, i18n.language())


def works(booth: Any) -> str:
    """What a booth does, in a booth's words."""
    mode = booth.mode
    if mode == "floor":
        return translate("InterpreterView", "Floor language: listeners hear the speaker")
    if mode == "direct":
        return translate("InterpreterView", "Direct from {0}").format(language(booth.source))
    if mode == "relay":
        return translate("InterpreterView", "RELAY from {0} booth").format(booth.via or language(booth.source))
    if mode == "standby":
        return translate("InterpreterView", "Standby: another booth works into this language")
    if mode == "none":
        return translate("InterpreterView", "NO COVER: nobody can give this booth the speaker")
    return translate("InterpreterView", "Silent: nobody has the floor")


class BoothModel(QAbstractTableModel):
    """One row per booth: the booth, what it does now, its team."""

    HEADERS = (QT_TRANSLATE_NOOP("InterpreterView", "Booth"), QT_TRANSLATE_NOOP("InterpreterView", "Works"), QT_TRANSLATE_NOOP("InterpreterView", "Team"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.booths: tuple = ()
        self.font: QFont | None = None  # the view's font, to size columns with room between them

    def update(self, booths: tuple) -> None:
        booths = tuple(booths)
        if booths == self.booths:
            return
        if len(booths) == len(self.booths):
            self.booths = booths
            self.dataChanged.emit(self.index(0, 0), self.index(len(booths) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.booths = booths
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.booths)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return translate("InterpreterView", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.booths):
            return None
        booth = self.booths[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return booth.label
            if column == 1:
                return works(booth)
            if column == 2:
                return translate("InterpreterView", "{0} interpreters").format(booth.interpreters)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            if booth.mode == "relay":
                return QBrush(QColor(RELAY_COLOUR))
            if booth.mode == "none":
                return QBrush(QColor(NONE_COLOUR))
        if role == Qt.ItemDataRole.SizeHintRole and column != 1 and self.font is not None:
            font = QFont(self.font)
            font.setBold(True)
            return QSize(QFontMetrics(font).horizontalAdvance(self.data(index)) + 24, QFontMetrics(font).height())
        if role == Qt.ItemDataRole.FontRole and column < 2 and booth.mode in ("relay", "none"):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _label(name: str, points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


def text_status(speaker: Any) -> str:
    if speaker.text_received:
        return translate("InterpreterView", "Text received")
    if speaker.text_received is False and speaker.text_missing:
        return translate("InterpreterView", "No text received")
    return translate("InterpreterView", "No text expected")


class InterpreterView(QWidget):
    """The booths' window. ``ticker`` is the console's ``LiveTicker``."""

    def __init__(self, ticker: Any, title: str = "", settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("InterpreterView")
        self.setWindowTitle(translate("InterpreterView", "{0} — interpreters").format(title) if title else translate("InterpreterView", "Interpreters"))
        self.setAccessibleName(translate("InterpreterView", "Interpreters' view"))
        self.ticker = ticker
        self.settings = settings

        self.slow_down = _label("slowDown", 30, bold=True)
        self.slow_down.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slow_down.setStyleSheet(SLOW_DOWN_STYLE)
        self.slow_down.setText(translate("InterpreterView", "SLOW DOWN — the chair has asked the speaker to slow down"))
        self.slow_down.setAccessibleName(translate("InterpreterView", "Slow-down signal from the chair"))
        self.slow_down.hide()

        self.now_heading = _label("nowHeading", 11)
        self.now_heading.setText(translate("InterpreterView", "Now speaking"))
        self.now_name = _label("nowName", 24, bold=True)
        self.now_name.setAccessibleName(translate("InterpreterView", "Speaker"))
        self.now_language = _label("nowLanguage", 20, bold=True)
        self.now_language.setAccessibleName(translate("InterpreterView", "Floor language"))
        self.now_text = _label("nowText", 13)
        self.now_text.setAccessibleName(translate("InterpreterView", "Speech text"))
        self.relay = _label("relaySummary", 14, bold=True)
        self.relay.setAccessibleName(translate("InterpreterView", "Relay"))
        self.relay.setStyleSheet(f"color: {RELAY_COLOUR};")

        self.booths = BoothModel(self)
        self.booth_table = QTableView()
        self.booth_table.setObjectName("boothTable")
        self.booth_table.setAccessibleName(translate("InterpreterView", "What each booth does"))
        self.booth_table.setModel(self.booths)
        self.booth_table.verticalHeader().hide()
        self.booth_table.setShowGrid(False)
        self.booth_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.booth_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.booth_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.booth_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = QFont(self.booth_table.font())
        font.setPointSize(15)
        self.booth_table.setFont(font)
        self.booth_table.setWordWrap(False)  # one line a booth, every row the same height
        self.booths.font = font
        rows = self.booth_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(QFontMetrics(font).height() * 1.4))

        self.speech = QPlainTextEdit()
        self.speech.setObjectName("speechText")
        self.speech.setAccessibleName(translate("InterpreterView", "The speaker's text, as sent to the interpreters"))
        self.speech.setReadOnly(True)
        speech_font = QFont(self.speech.font())
        speech_font.setPointSize(14)
        self.speech.setFont(speech_font)
        self.speech.hide()

        self.next_heading = _label("nextHeading", 11)
        self.next_heading.setText(translate("InterpreterView", "Next"))
        self.next_rows = [_label(f"next{i}", 14) for i in (1, 2)]

        now_box = QFrame()
        now_box.setObjectName("nowBox")
        now_box.setFrameShape(QFrame.Shape.StyledPanel)
        now_layout = QVBoxLayout(now_box)
        for widget in (self.now_heading, self.now_name, self.now_language, self.now_text, self.relay):
            now_layout.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.slow_down)
        layout.addWidget(now_box)
        layout.addWidget(self.booth_table)
        layout.addWidget(self.speech, 10)  # the text takes the room; the closing stretch only keeps an empty view top-aligned
        layout.addSpacing(8)
        layout.addWidget(self.next_heading)
        for row in self.next_rows:
            layout.addWidget(row)
        layout.addStretch(1)

        # Shown without taking the focus from the console; and the console shares its keys with it.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        place(self, settings, "interpreters/geometry", QSize(900, 640))
        ticker.view_changed.connect(self.show_view)
        self.show_view(ticker.view, ALL)

    def show_view(self, view: Any, change: Change = ALL) -> None:
        if change.tick:
            return  # the booths' screen shows no clock: time passing changes nothing here
        info = getattr(view, "interpretation", None)
        if info is None:
            return
        self.slow_down.setVisible(bool(info.slow_down))
        speaker = info.speaker
        if speaker is None:
            self.now_name.setText(translate("InterpreterView", "Nobody has the floor"))
            self.now_language.setText("")
            self.now_text.setText("")
            self.relay.setText("")
            self._show_speech(None)
        else:
            self.now_name.setText(speaker.public_name)
            self.now_language.setText(language(info.floor_language))
            self.now_text.setText(text_status(speaker))
            self.now_text.setStyleSheet(f"color: {NONE_COLOUR};" if speaker.text_missing else "")
            self.relay.setText(speaker.relay[:1].upper() + speaker.relay[1:] if speaker.relay else "")
            self._show_speech(getattr(speaker, "text", None))
        self.booths.update(info.booths)
        self._fit_table()
        for i, row in enumerate(self.next_rows):
            if i < len(info.next):
                who = info.next[i]
                parts = [f"{i + 1}. {who.public_name}", language(who.language)]
                if who.relay:
                    parts.append(who.relay)
                parts.append(text_status(who))
                row.setText(" — ".join(parts))
            else:
                row.setText(translate("InterpreterView", "Nobody else is on the list.") if i == len(info.next) else "")

    def _show_speech(self, text: str | None) -> None:
        """The speaker's text, when it reached the booths: shown whole, kept in place while it is the same."""
        if text != self.speech.toPlainText() or self.speech.isVisible() != bool(text):
            self.speech.setPlainText(text or "")
            self.speech.setVisible(bool(text))

    def _fit_table(self) -> None:
        """The booth table as tall as its rows: every booth in sight, no scrolling, no empty grid."""
        table = self.booth_table
        rows = sum(table.rowHeight(r) for r in range(self.booths.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    def closeEvent(self, event) -> None:
        remember_place(self, self.settings, "interpreters/geometry")
        super().closeEvent(event)

"""Small widgets and window helpers the windows share."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QGuiApplication, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MIN_CHARS = 6  # an elided label never asks for less room than this many characters and "…"


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: text that does not fit is painted smaller (down
    to ``shrink_to`` points, if given), then ends in "…" with the whole text in its tooltip.
    ``text()`` stays the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, shrink_to: float | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.shrink_to = shrink_to
        self._own_tooltip = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._update_tooltip()

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2 * max(0, self.margin()))

    def painted_font(self) -> QFont:
        """The label's font, made smaller (not below ``shrink_to`` points) until the text fits."""
        font = QFont(self.font())
        room = self._room()
        width = QFontMetricsF(font).horizontalAdvance(self.text())
        if self.shrink_to is None or not width > room > 0 or font.pointSizeF() <= 0:
            return font
        size = max(self.shrink_to, font.pointSizeF() * room / width)
        font.setPointSizeF(size)
        while size > self.shrink_to and QFontMetricsF(font).horizontalAdvance(self.text()) > room:
            size = max(self.shrink_to, size - 0.5)  # glyphs do not scale exactly with the point size
            font.setPointSizeF(size)
        return font

    def elided(self) -> str:
        """The text as painted now."""
        return QFontMetrics(self.painted_font()).elidedText(self.text(), Qt.TextElideMode.ElideRight, self._room())

    def is_elided(self) -> bool:
        return self.elided() != self.text()

    def _update_tooltip(self) -> None:
        # only the tooltip this label set itself is replaced: one given by a caller stays
        if self.toolTip() == self._own_tooltip:
            self._own_tooltip = self.text() if self.is_elided() else ""
            self.setToolTip(self._own_tooltip)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        room = metrics.horizontalAdvance("M" * MIN_CHARS + "…") + 2 * max(0, self.margin())
        margins = self.contentsMargins()
        return QSize(min(hint.width(), room + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setFont(self.painted_font())
        self.drawFrame(painter)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), self.elided(), self.foregroundRole()
        )
        painter.end()



FRAME_ROOM = QSize(16, 48)  # what a window manager's frame may add around a window (borders, title bar)


def place(window: QWidget, settings: QSettings | None, key: str, size: QSize) -> None:
    """Put a top-level ``window`` where it was when last closed (``settings`` under ``key``); the first
    time, give it ``size`` (no more than the screen holds) centred on the screen of the active window
    (else the primary screen). Either way it is placed by us, wholly on a screen that exists now, not
    wherever the window manager finds room."""
    saved = settings.value(key) if settings is not None else None
    if saved is not None and window.restoreGeometry(saved):
        return  # Qt moves a window saved on a screen that is gone back onto one that is here
    active = QApplication.activeWindow()
    screen = (active.screen() if active is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    width = min(size.width(), room.width() - FRAME_ROOM.width())
    height = min(size.height(), room.height() - FRAME_ROOM.height())
    window.resize(width, height)
    window.move(room.left() + (room.width() - window.width()) // 2, room.top() + (room.height() - window.height()) // 2)


def remember_place(window: QWidget, settings: QSettings | None, key: str) -> None:
    """Save where ``window`` is, for ``place`` to put it back there next time."""
    if settings is not None:
        settings.setValue(key, window.saveGeometry())

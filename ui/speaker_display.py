"""The speaker's display: a big timer for a second screen.

It paints the same ``LiveView`` the console shows (one ticker feeds both, so
they cannot drift): the time left in digits at least 30 % of the window's
height, green → amber → red, a flash when the time is up, overtime counting up
(or held at zero), the speaker's *public* name (a protected identity shows only
its role or group) and the chair's message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QFontMetricsF, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from meetingdesk.live import Change

from . import text
from .style import phase_colour
from .text import translator
from .ticker import ALL

NAME_BAND = 0.16  # share of the height for the speaker's name
MESSAGE_BAND = 0.22  # share of the height for the chair's message
FLASH_TOGGLES = 8  # the background flashes 4 times when the time is up
FLASH_INTERVAL_MS = 250
BACKGROUND = QColor("#000000")
FLASH_BACKGROUND = QColor("#d93025")


_t = translator("SpeakerDisplay")


@dataclass(frozen=True)
class Shown:
    """Everything the display paints; a repaint happens only when this changes."""

    timer: str
    colour: str
    name: str
    message: str
    paused: bool
    flash_on: bool


class SpeakerDisplay(QWidget):
    painted = Signal()  # a frame is on screen (benches measure the second boundary → repaint delay)

    def __init__(self, ticker: Any, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("SpeakerDisplay")
        self.setWindowTitle(_t("Speaker display"))
        self.setAccessibleName(_t("Speaker display"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.settings = settings
        self.ticker = ticker
        self.shown: Shown | None = None
        self.paints = 0
        self._flash_on = False
        self._flash_left = 0
        self._flashed_for: tuple[int, int] | None = None  # (entry, extension) whose time-up was flashed
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_INTERVAL_MS)
        self._flash_timer.timeout.connect(self._flash_step)

        self.full_screen_action = QAction(_t("Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setToolTip(_t("Full screen on or off (F11)"))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        leave = QAction(_t("Leave full screen"), self)
        leave.setShortcut(QKeySequence("Esc"))
        leave.triggered.connect(lambda: self.showNormal() if self.isFullScreen() else None)
        self.addAction(leave)

        self.resize(1280, 720)
        if settings is not None:
            geometry = settings.value("display/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
        ticker.view_changed.connect(self.render)
        self.render(ticker.view, ALL)

    # ------------------------------------------------------------------ state
    def render(self, view: Any, change: Change = ALL) -> None:
        sp = view.speaker
        if sp is None:
            timer, colour, name, paused = "", phase_colour(None), "", False
            self._stop_flash()
            self._flashed_for = None
        else:
            timer = text.speaker_timer(sp)
            colour = phase_colour(sp.phase, sp.paused)
            name = sp.public_name  # never the protected identity
            paused = bool(sp.paused)
            time_up = sp.display_seconds is not None and sp.display_seconds <= 0
            turn = (sp.entry_id, sp.extension)
            if time_up and self._flashed_for != turn and not paused:
                self._flashed_for = turn
                self._start_flash()
            elif not time_up:
                self._flashed_for = None
                self._stop_flash()
        self._show(Shown(timer, colour, name, view.message or "", paused, self._flash_on))

    def _show(self, shown: Shown) -> None:
        """Paint only when what is shown changed, and at once: the speaker's timer goes first,
        before the console's repaints queued by the same tick."""
        if shown != self.shown:
            self.shown = shown
            if self.isVisible():
                self.repaint()

    def _start_flash(self) -> None:
        self._flash_left = FLASH_TOGGLES
        self._flash_on = True
        self._flash_timer.start()

    def _stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flash_left = 0
        self._flash_on = False

    def _flash_step(self) -> None:
        self._flash_left -= 1
        self._flash_on = self._flash_left > 0 and not self._flash_on
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self._flash_on = False
        if self.shown is not None:
            s = self.shown
            self._show(Shown(s.timer, s.colour, s.name, s.message, s.paused, self._flash_on))

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    # ------------------------------------------------------------------ geometry of the paint
    def _bands(self) -> tuple[QRectF, QRectF, QRectF]:
        w, h = float(self.width()), float(self.height())
        name = QRectF(0, 0, w, h * NAME_BAND)
        message = QRectF(0, h * (1 - MESSAGE_BAND), w, h * MESSAGE_BAND)
        timer = QRectF(0, name.bottom(), w, message.top() - name.bottom())
        return name, timer, message

    def timer_font(self, timer_text: str | None = None) -> QFont:
        """The largest bold font whose digits fit the timer band's width and height."""
        _name, band, _message = self._bands()
        sample = timer_text or (self.shown.timer if self.shown and self.shown.timer else "00:00")
        font = QFont(self.font())
        font.setBold(True)
        size = band.height() * 1.15
        font.setPixelSize(max(8, int(size)))
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(sample)
        if width > band.width() * 0.94:
            size *= band.width() * 0.94 / width
            font.setPixelSize(max(8, int(size)))
        height = QFontMetricsF(font).tightBoundingRect("0123456789").height()
        if height > band.height() * 0.92:
            font.setPixelSize(max(8, int(font.pixelSize() * band.height() * 0.92 / height)))
        return font

    def digit_height(self) -> float:
        """Height in pixels of the timer's digits as painted now."""
        return QFontMetricsF(self.timer_font()).tightBoundingRect("0123456789").height()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paints += 1
        shown = self.shown or Shown("", phase_colour(None), "", "", False, False)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), FLASH_BACKGROUND if shown.flash_on else BACKGROUND)
        name_band, timer_band, message_band = self._bands()

        if shown.name:
            font = QFont(self.font())
            font.setPixelSize(max(10, int(name_band.height() * 0.45)))
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            elided = QFontMetricsF(font).elidedText(shown.name, Qt.TextElideMode.ElideRight, name_band.width() * 0.94)
            painter.drawText(name_band, Qt.AlignmentFlag.AlignCenter, elided)

        if shown.timer:
            painter.setFont(self.timer_font(shown.timer))
            painter.setPen(QColor("#ffffff") if shown.flash_on else QColor(shown.colour))
            painter.drawText(timer_band, Qt.AlignmentFlag.AlignCenter, shown.timer)
            if shown.paused:
                font = QFont(self.font())
                font.setPixelSize(max(10, int(name_band.height() * 0.35)))
                painter.setFont(font)
                painter.setPen(QColor("#bdbdbd"))
                painter.drawText(
                    QRectF(timer_band.left(), timer_band.bottom() - name_band.height() * 0.5, timer_band.width(), name_band.height() * 0.5),
                    Qt.AlignmentFlag.AlignCenter,
                    _t("paused"),
                )

        if shown.message:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, int(message_band.height() * 0.36)))
            painter.setFont(font)
            painter.setPen(QColor("#ffd54f"))
            inner = message_band.adjusted(message_band.width() * 0.03, 0, -message_band.width() * 0.03, 0)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), shown.message)
        painter.end()
        self.painted.emit()

    # ------------------------------------------------------------------ screens
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_on(self, screen: QScreen) -> None:
        """Move the display to ``screen`` (full screen there if it was full screen)."""
        full = self.isFullScreen()
        if full:
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        if full:
            self.showFullScreen()
        else:
            self.show()
        if self.settings is not None:
            self.settings.setValue("display/screen", screen.name())

    def preferred_screen(self) -> QScreen:
        """The screen chosen last time, else a screen other than the console's, else the primary one."""
        screens = QGuiApplication.screens()
        wanted = self.settings.value("display/screen") if self.settings is not None else None
        for screen in screens:
            if screen.name() == wanted:
                return screen
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), primary)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.full_screen_action)
        screens = menu.addMenu(_t("Show on screen"))
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            action = screens.addAction(f"&{number} {screen.name()}")
            action.triggered.connect(lambda _checked=False, s=screen: self.show_on(s))
        menu.popup(event.globalPos())

    def closeEvent(self, event) -> None:
        if self.settings is not None:
            self.settings.setValue("display/geometry", self.saveGeometry())
        self._stop_flash()
        super().closeEvent(event)

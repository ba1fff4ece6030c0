"""The speaker's display: a big timer for a second screen.

It paints the same ``LiveView`` the console shows (one ticker feeds both, so
they cannot drift): the time left in digits at least 30 % of the window's
height, green → amber → red, a flash when the time is up, overtime counting up
(or held at zero), the speaker's *public* name (a protected identity shows only
its role or group) and the chair's message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QRectF, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QMenu, QWidget

from meetingdesk.live import Change
from meetingdesk.screens import colours

from . import text
from .style import SLOW_DOWN_COLOUR, phase_colour
from .text import translate
from .ticker import ALL
from .widgets import place, remember_place

NAME_BAND = 0.16  # share of the height for the speaker's name
MESSAGE_BAND = 0.22  # share of the height for the chair's message
FLASH_TOGGLES = 8  # the background flashes 4 times when the time is up
FLASH_INTERVAL_MS = 250
BACKGROUND = QColor(colours.BACKGROUND)
FLASH_BACKGROUND = QColor(colours.FLASH_BACKGROUND)
NAME_COLOUR = colours.NAME_COLOUR
WAITING_COLOUR = colours.WAITING_COLOUR  # grey: nothing runs, this is what comes next


@dataclass(frozen=True)
class Shown:
    """Everything the display paints; a repaint happens only when this changes."""

    timer: str
    colour: str
    name: str
    message: str
    paused: bool
    flash_on: bool
    slow_down: bool = False  # the chair asks the speaker to slow down (W)
    # nobody has the floor: a small heading, a large line (the next speaker's public name, or the
    # count-down to the next segment's planned start) and a note under it
    heading: str = ""
    waiting: str = ""
    note: str = ""


class SpeakerDisplay(QWidget):
    painted = Signal()  # a frame is on screen (benches measure the second boundary → repaint delay)

    def __init__(self, ticker: Any, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("SpeakerDisplay")
        self.setWindowTitle(translate("SpeakerDisplay", "Speaker display"))
        self.setAccessibleName(translate("SpeakerDisplay", "Speaker display"))
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

        self.full_screen_action = QAction(translate("SpeakerDisplay", "Full screen"), self)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setToolTip(translate("SpeakerDisplay", "Full screen on or off (F11)"))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        leave = QAction(translate("SpeakerDisplay", "Leave full screen"), self)
        leave.setShortcut(QKeySequence("Esc"))
        leave.triggered.connect(lambda: self.showNormal() if self.isFullScreen() else None)
        self.addAction(leave)

        # Shown without taking the focus from the console; and the console shares its keys with it.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        place(self, settings, "display/geometry", QSize(1280, 720))
        ticker.view_changed.connect(self.show_view)
        self.show_view(ticker.view, ALL)

    # ------------------------------------------------------------------ state
    def show_view(self, view: Any, change: Change = ALL) -> None:
        sp = view.speaker
        heading = waiting = note = ""
        if sp is None:
            timer, colour, name, paused = "", phase_colour(None), "", False
            self._stop_flash()
            self._flashed_for = None
            heading, waiting, note, colour = self._between(view)
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
        slow = sp is not None and bool(getattr(view.interpretation, "slow_down", False))
        self._show(Shown(timer, colour, name, view.message or "", paused, self._flash_on, slow, heading, waiting, note))

    def _between(self, view: Any) -> tuple[str, str, str, str]:
        """Between speakers: who is next (public name); between segments: the count-down to the
        next segment's planned start. (heading, large line, note, colour of the large line)"""
        upcoming = view.next_segment
        if view.sitting.status == "closed":
            return translate("SpeakerDisplay", "The sitting is closed"), "", "", WAITING_COLOUR
        first = view.next_speaker  # never a protected identity: its public name only
        if view.current_segment is not None:
            if first is None:
                return view.current_segment.title, "", "", WAITING_COLOUR
            return translate("SpeakerDisplay", "Next speaker"), first.public_name, "", NAME_COLOUR
        if upcoming is None:
            return "", "", "", WAITING_COLOUR
        heading = translate("SpeakerDisplay", "Next: {0}").format(upcoming.title)
        planned = text.clock(upcoming.planned_start)
        wait = text.until_next_segment(view)
        if wait is not None and wait > 0:
            big, note = text.countdown(wait), translate("SpeakerDisplay", "until its planned start, {0}").format(planned)
        else:
            big, note = "", translate("SpeakerDisplay", "planned for {0}").format(planned)
        if first is not None:
            note = translate("SpeakerDisplay", "{0} · first: {1}").format(note, first.public_name)
        return heading, big, note, WAITING_COLOUR

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
            self._show(replace(self.shown, flash_on=self._flash_on))

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
    def _font(self, pixels: float, bold: bool = False, fit: str = "", width: float = 0.0) -> QFont:
        """A font ``pixels`` high, made smaller until ``fit`` takes at most ``width``."""
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(max(10, int(pixels)))
        if fit and width > 0:
            advance = QFontMetricsF(font).horizontalAdvance(fit)
            if advance > width:
                font.setPixelSize(max(10, int(pixels * width / advance)))
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paints += 1
        shown = self.shown or Shown("", phase_colour(None), "", "", False, False)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), FLASH_BACKGROUND if shown.flash_on else BACKGROUND)
        name_band, timer_band, message_band = self._bands()
        note_band = QRectF(timer_band.left(), timer_band.bottom() - name_band.height() * 0.5, timer_band.width(), name_band.height() * 0.5)

        # the speaker's name, or what comes next: one line, "…" when too long, the whole in the tooltip
        top, size, colour = (shown.name, 0.45, NAME_COLOUR) if shown.name else (shown.heading, 0.35, WAITING_COLOUR)
        elided = ""
        if top:
            font = self._font(name_band.height() * size)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            elided = QFontMetricsF(font).elidedText(top, Qt.TextElideMode.ElideRight, name_band.width() * 0.94)
            painter.drawText(name_band, Qt.AlignmentFlag.AlignCenter, elided)
        self.setToolTip(top if elided != top else "")

        if shown.timer:
            painter.setFont(self.timer_font(shown.timer))
            painter.setPen(QColor("#ffffff") if shown.flash_on else QColor(shown.colour))
            painter.drawText(timer_band, Qt.AlignmentFlag.AlignCenter, shown.timer)
        elif shown.waiting:
            painter.setFont(self._font(timer_band.height() * 0.5, bold=True, fit=shown.waiting, width=timer_band.width() * 0.94))
            painter.setPen(QColor(shown.colour))
            painter.drawText(timer_band, Qt.AlignmentFlag.AlignCenter, shown.waiting)
        note = translate("SpeakerDisplay", "paused") if shown.timer and shown.paused else shown.note
        if note:
            painter.setFont(self._font(name_band.height() * 0.35, fit=note, width=timer_band.width() * 0.94))
            painter.setPen(QColor(WAITING_COLOUR))
            painter.drawText(note_band, Qt.AlignmentFlag.AlignCenter, note)

        message = message_band
        if shown.slow_down:
            strip = message_band.adjusted(message_band.width() * 0.03, message_band.height() * 0.08, -message_band.width() * 0.03, -message_band.height() * 0.08)
            if shown.message:  # both: the sign on the upper half, the chair's words below it
                strip.setBottom(message_band.center().y() - message_band.height() * 0.02)
                message = QRectF(message_band.left(), message_band.center().y(), message_band.width(), message_band.height() / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SLOW_DOWN_COLOUR))
            painter.drawRoundedRect(strip, strip.height() * 0.15, strip.height() * 0.15)
            words = translate("SpeakerDisplay", "PLEASE SLOW DOWN")
            painter.setFont(self._font(strip.height() * 0.6, bold=True, fit=words, width=strip.width() * 0.9))
            painter.setPen(QColor("#ffffff"))
            painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, words)

        if shown.message:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, int(message.height() * 0.36)))
            painter.setFont(font)
            painter.setPen(QColor(colours.MESSAGE_COLOUR))
            inner = message.adjusted(message.width() * 0.03, 0, -message.width() * 0.03, 0)
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
        screens = menu.addMenu(translate("SpeakerDisplay", "Show on screen"))
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            action = screens.addAction(f"&{number} {screen.name()}")
            action.triggered.connect(lambda _checked=False, s=screen: self.show_on(s))
        menu.popup(event.globalPos())

    def closeEvent(self, event) -> None:
        remember_place(self, self.settings, "display/geometry")
        self._stop_flash()
        super().closeEvent(event)

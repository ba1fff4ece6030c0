"""The moderator console of a live sitting.

It renders the core's ``LiveSitting.view()`` and turns key presses into core
commands; it holds no clock and no queue of its own. Every frequent action is
one key, shown in the menus and tooltips. Nothing here opens a modal dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.live import Change, CommandRefused
from meetingdesk.store import SittingHeldElsewhere, StorageError

from . import text
from .models import AgendaColumn, AgendaModel, QueueColumn, QueueModel
from .questions_strip import QuestionsStrip
from .seat_bar import SeatBar
from .share_screens import share as share_screens
from .style import SLOW_DOWN_COLOUR, phase_colour
from .text import QT_TRANSLATE_NOOP, translate
from .ticker import ALL, LiveTicker
from .widgets import ElidedLabel, place, remember_place

if TYPE_CHECKING:  # built on demand
    from .interpreter_view import InterpreterView
    from .speaker_display import SpeakerDisplay

log = logging.getLogger(__name__)

NOTICE_SECONDS = 8  # how long a notice stays on screen
ADVANCING = ("nextSpeaker", "nextSegment", "endSpeaker", "skipSpeaker")  # a repeated press within the guard is ignored


@dataclass(frozen=True)
class ParticipantChoice:
    """A participant the request-the-floor entry can complete to."""

    key: str
    name: str
    delegation: str | None
    online: bool

    @property
    def label(self) -> str:
        return f"{self.name} — {self.delegation}" if self.delegation else self.name


def _big(label: QLabel, points: int, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class _Rendered:
    """Remembers what a label shows so a repaint touches only labels whose text changed."""

    def __init__(self) -> None:
        self._shown: dict[int, Any] = {}

    def set(self, label: QLabel, value: str, style: str | None = None) -> bool:
        key = id(label)
        if self._shown.get(key) == (value, style):
            return False
        self._shown[key] = (value, style)
        label.setText(value)
        if style is not None:
            label.setStyleSheet(style)
        return True


# --------------------------------------------------------------------------- panels


class ClockPanel(QFrame):
    """The segment clock and the sitting's offset and projected end, in large type."""

    def __init__(self, zone: dt.tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setObjectName("clockPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._shown = _Rendered()
        self.segment_title = _big(ElidedLabel(shrink_to=10), 13)
        self.segment_title.setObjectName("segmentTitle")
        self.segment_clock = _big(QLabel(), 26)
        self.segment_clock.setObjectName("segmentClock")
        self.segment_clock.setAccessibleName(translate("Console", "Time left in the segment, or its overrun"))
        self.segment_word = _big(QLabel(), 15)
        self.segment_word.setObjectName("segmentClockWord")
        self.segment_detail = _big(ElidedLabel(), 13, bold=False)
        self.segment_detail.setObjectName("segmentDetail")
        self.segment_detail.setAccessibleName(translate("Console", "Time elapsed in the segment"))
        self.sitting_offset = _big(ElidedLabel(), 26)
        self.sitting_offset.setObjectName("sittingOffset")
        self.sitting_offset.setAccessibleName(translate("Console", "Sitting ahead or behind"))
        self.projected_end = _big(ElidedLabel(shrink_to=11), 17, bold=False)
        self.projected_end.setObjectName("projectedEnd")
        self.projected_end.setAccessibleName(translate("Console", "Projected end of the sitting"))
        for label in (self.segment_clock, self.segment_detail, self.sitting_offset):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.sitting_offset.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.projected_end.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.addWidget(self.segment_title, 0, 0, 1, 2)
        clock_row = QHBoxLayout()
        clock_row.setSpacing(10)
        clock_row.addWidget(self.segment_clock, 0, Qt.AlignmentFlag.AlignBaseline)
        clock_row.addWidget(self.segment_word, 0, Qt.AlignmentFlag.AlignBaseline)
        clock_row.addSpacing(24)
        clock_row.addWidget(self.segment_detail, 1, Qt.AlignmentFlag.AlignBaseline)
        grid.addLayout(clock_row, 1, 0, 1, 2)
        grid.addWidget(self.projected_end, 0, 2)
        grid.addWidget(self.sitting_offset, 1, 2)
        # the long lines share the width; none of them may widen the window (they elide instead)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def show_view(self, view: Any) -> None:
        seg = view.current_segment
        sitting = view.sitting
        if seg is None:
            upcoming = view.next_segment  # the one text.until_next_segment counts down to
            if sitting.status == "closed":
                title = translate("Console", "The sitting is closed")
            elif upcoming is not None:
                title = translate("Console", "Next: {0} (planned {1})").format(
                    upcoming.title, text.clock(text.local(upcoming.planned_start, self.zone))
                )
            else:
                title = translate("Console", "No segment left to run")
            self._shown.set(self.segment_title, title)
            wait = text.until_next_segment(view)
            if wait is not None and wait > 0:
                big, word = text.countdown(wait), translate("Console", "until {0}").format(text.clock(text.local(upcoming.planned_start, self.zone)))
            else:
                big, word = "–:––", ""
            self._shown.set(self.segment_clock, big, f"color: {phase_colour(None)}")
            self._shown.set(self.segment_word, word, f"color: {phase_colour(None)}")
            self._shown.set(self.segment_detail, "")
        else:
            self._shown.set(self.segment_title, seg.title)
            overrun = text.as_seconds(seg.overrun) or 0.0
            elapsed = text.as_seconds(seg.elapsed)
            planned = text.as_seconds(seg.planned_seconds)
            colour = phase_colour(seg.phase)  # the core's: amber together with the last speaker's timer
            if overrun > 0:
                big, word = "+" + text.duration(overrun), translate("Console", "over")
            elif seg.remaining is not None:
                big, word = text.duration(_ceil(text.as_seconds(seg.remaining))), translate("Console", "left")
            else:
                big, word = text.duration(elapsed), translate("Console", "elapsed")
            self._shown.set(self.segment_clock, big, f"color: {colour}")
            self._shown.set(self.segment_word, word, f"color: {colour}")
            if planned:
                detail = translate("Console", "{0} of {1} elapsed").format(text.duration(elapsed), text.duration(planned))
            else:
                detail = translate("Console", "no planned length")
            self._shown.set(self.segment_detail, detail)
        offset = text.as_seconds(sitting.offset_seconds) or 0.0
        colour = phase_colour("danger" if offset >= 60 else ("warning" if offset >= 1 else "normal"))
        self._shown.set(self.sitting_offset, text.offset(offset), f"color: {colour}")
        end = text.local(getattr(sitting, "projected_end", None), self.zone)
        planned = text.local(getattr(sitting, "planned_end", None), self.zone)
        if end is not None:
            line = translate("Console", "Projected end {0} (planned {1})").format(text.clock(end), text.clock(planned))
        else:
            line = translate("Console", "Planned end {0}").format(text.clock(planned))
        if sitting.rehearsal:
            line = translate("Console", "Rehearsal · {0}").format(line)
        self._shown.set(self.projected_end, line)


class SpeakerCard(QFrame):
    """Who has the floor, with their timer in the phase colour."""

    def __init__(self, default_language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_language = default_language
        self.setObjectName("speakerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._shown = _Rendered()
        self.heading = QLabel(translate("Console", "Has the floor"))
        self.name = _big(ElidedLabel(shrink_to=11), 20)  # a long name is set smaller, a very long one ends in "…"
        self.name.setObjectName("speakerName")
        self.name.setAccessibleName(translate("Console", "Speaker"))
        self.details = QLabel()
        self.details.setObjectName("speakerDetails")
        self.details.setWordWrap(True)
        self.timer = _big(QLabel(), 54)
        self.timer.setObjectName("speakerTimer")
        self.timer.setAccessibleName(translate("Console", "Speaker's time"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setMinimumHeight(96)
        self.state = QLabel()
        self.state.setObjectName("speakerState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slow_down = QLabel(translate("Console", "Slow down: shown to the speaker and the booths · W clears it"))
        self.slow_down.setObjectName("slowDownState")
        self.slow_down.setAccessibleName(translate("Console", "Slow-down signal"))
        self.slow_down.setWordWrap(True)
        self.slow_down.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slow_down.setStyleSheet(f"background: {SLOW_DOWN_COLOUR}; color: white; font-weight: bold; padding: 4px; border-radius: 4px;")
        self.slow_down.hide()
        self.next = ElidedLabel()
        self.next.setObjectName("nextSpeaker")
        self.next.setAccessibleName(translate("Console", "Next speaker"))
        self.interpretation = QLabel()  # relay ahead, texts the booths never received
        self.interpretation.setObjectName("interpretationAlert")
        self.interpretation.setAccessibleName(translate("Console", "Interpretation: relay and texts"))
        self.interpretation.setWordWrap(True)
        self.interpretation.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("speakerMessage")
        self.message.setAccessibleName(translate("Console", "Message to the speaker"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(self.timer)
        layout.addWidget(self.state)
        layout.addWidget(self.slow_down)
        layout.addSpacing(8)
        layout.addWidget(self.next)
        layout.addWidget(self.interpretation)
        layout.addSpacing(8)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def show_view(self, view: Any) -> None:
        sp = view.speaker
        self._shown.set(self.heading, translate("Console", "Has the floor") if sp is not None else translate("Console", "The floor"))
        if sp is None:
            name, hint = self._idle(view)
            self._shown.set(self.name, name)
            self._shown.set(self.details, hint)
            self._shown.set(self.timer, "", "")
            self._shown.set(self.state, "")
        else:
            name = sp.name
            if sp.public_name != sp.name:
                name = translate("Console", "{0}  [protected: shown as “{1}”]").format(sp.name, sp.public_name)
            self._shown.set(self.name, name)
            kind = text.request_kind(sp.kind) if sp.kind != "speaker" else ""  # a point of order says so at the floor too
            parts = [kind[:1].upper() + kind[1:], text.role(sp.role) if sp.role else "", sp.delegation or "", text.modality(sp.modality), text.language(getattr(getattr(view, "interpretation", None), "floor_language", None) or sp.language or self.default_language)]
            details = " · ".join(p for p in parts if p and p != "–")
            if sp.modality == "online":
                details += "\n" + translate("Console", "Online: cannot see the room timer.")
            self._shown.set(self.details, details)
            colour = phase_colour(sp.phase, sp.paused)
            self._shown.set(self.timer, text.speaker_timer(sp), f"color: white; background: {colour}; border-radius: 6px;")
            allotted = text.as_seconds(sp.allotment)
            if sp.paused:
                state = translate("Console", "Paused")
            elif allotted:
                state = translate("Console", "{0} allotted · {1} spoken").format(text.duration(allotted), text.duration(text.as_seconds(sp.elapsed)))
            else:
                state = translate("Console", "{0} spoken, no time limit").format(text.duration(text.as_seconds(sp.elapsed)))
            self._shown.set(self.state, state)
        self.slow_down.setVisible(bool(sp is not None and getattr(view.interpretation, "slow_down", False)))
        head = view.next_speaker  # between segments: the first of the next segment
        if head is not None:
            who = f"{head.name} ({head.delegation})" if head.delegation and head.delegation not in head.name else head.name
            self._shown.set(self.next, translate("Console", "Next: {0}").format(who))
        elif view.current_segment is not None:
            self._shown.set(self.next, translate("Console", "Nobody else is on the list."))
        else:
            self._shown.set(self.next, "")
        alerts = getattr(getattr(view, "interpretation", None), "alerts", ())
        self._shown.set(self.interpretation, "\n".join(alerts), "color: #8a5a00; font-weight: bold;" if alerts else "")
        message = view.message or ""
        self._shown.set(self.message, translate("Console", "Message on the display: “{0}”").format(message) if message else "")

    @staticmethod
    def _idle(view: Any) -> tuple[str, str]:
        """What the card says while nobody has the floor, and which key moves the sitting on."""
        status = view.sitting.status
        upcoming = view.next_segment
        if status == "closed":
            return translate("Console", "The sitting is closed"), translate("Console", "The record is complete: review and export it from the main window (Ctrl+Shift+E).")
        if status == "planned":
            first = translate("Console", "Ctrl+N opens the sitting and starts “{0}”.").format(upcoming.title) if upcoming else ""
            return translate("Console", "Not started yet"), first
        if view.current_segment is None:
            if upcoming is None:
                return translate("Console", "No segment left to run"), translate("Console", "Close the sitting from the Sitting menu when it is over.")
            return translate("Console", "Between segments"), translate("Console", "Ctrl+N starts “{0}”.").format(upcoming.title)
        if not view.queue:
            return translate("Console", "Nobody has the floor"), translate("Console", "Nobody is waiting: R adds a speaker, Ctrl+E ends the segment.")
        return translate("Console", "Nobody has the floor"), translate("Console", "Press N or Space to give the floor to the next speaker.")


class CutLineDelegate(QStyledItemDelegate):
    """Draws the time-permitting cut line above the first queued speaker who does not fit."""

    def __init__(self, model: QueueModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        if self.model.cut_index is not None and index.row() == self.model.cut_index:
            painter.save()
            painter.setPen(QPen(QColor("#d93025"), 3))
            y = option.rect.top() + 1
            painter.drawLine(option.rect.left(), y, option.rect.right(), y)
            painter.restore()


class RequestFloor(QWidget):
    """Put someone on the list: a name or delegation (completed from the participants), room or online,
    speaker / point of order / right of reply. Enter adds them."""

    KINDS = ("speaker", "point_of_order", "right_of_reply")

    def __init__(self, participants: list[ParticipantChoice], submit: Callable[..., bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants = participants
        self._submit = submit
        self._by_label = {p.label.casefold(): p for p in participants}
        self._by_name = {p.name.casefold(): p for p in participants}
        self._by_delegation = {p.delegation.casefold(): p for p in participants if p.delegation}

        self.entry = QLineEdit()
        self.entry.setObjectName("requestEntry")
        self.entry.setAccessibleName(translate("Console", "Request the floor: name or delegation"))
        self.entry.setPlaceholderText(translate("Console", "Name or delegation, then Enter"))
        labels = sorted({p.label for p in participants} | {p.delegation for p in participants if p.delegation})
        self.completer = QCompleter(QStringListModel(labels, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self.submit)

        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        self.kind.setAccessibleName(translate("Console", "Kind of request"))
        for value, label in zip(self.KINDS, (translate("Console", "Speaker"), translate("Console", "Point of order"), translate("Console", "Right of reply")), strict=True):
            self.kind.addItem(label, value)
        self.online = QCheckBox(translate("Console", "Online"))
        self.online.setObjectName("requestOnline")
        self.online.setAccessibleName(translate("Console", "Speaks online"))
        self.add = QPushButton(translate("Console", "Add to list"))
        self.add.setObjectName("requestAdd")
        self.add.setAccessibleName(translate("Console", "Add to the list of speakers"))
        self.add.clicked.connect(self.submit)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.kind)
        row.addWidget(self.online)
        row.addWidget(self.add)

    def begin(self, kind: str = "speaker") -> None:
        self.kind.setCurrentIndex(self.KINDS.index(kind))
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.entry.selectAll()

    def match(self, typed: str) -> ParticipantChoice | None:
        key = typed.strip().casefold()
        return self._by_label.get(key) or self._by_name.get(key) or self._by_delegation.get(key)

    def submit(self) -> None:
        typed = self.entry.text().strip()
        if not typed:
            return
        person = self.match(typed)
        kind = self.kind.currentData()
        online = self.online.isChecked()
        if person is not None:
            done = self._submit(person.key, name=None, delegation=None, online=online or person.online, kind=kind)
        else:
            done = self._submit(None, name=typed, delegation=None, online=online, kind=kind)
        if done:
            self.entry.clear()
            self.kind.setCurrentIndex(0)
            self.online.setChecked(False)


class Banner(QFrame):
    """A notice that stays while it holds: how the sitting will run, a clock that moved, a damaged
    journal, a sitting held by another console. Its buttons, if any, are the moderator's choices."""

    STYLES = {
        "info": "background: #e8f0fe; color: #174ea6;",
        "warning": "background: #fef7e0; color: #6d4700;",
        "error": "background: #fce8e6; color: #a50e0e;",
    }

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.heading = QLabel()  # a word or two in bold before the text: "Rehearsal."
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.close_button = QPushButton("×")
        self.close_button.setObjectName(f"{name}Close")
        self.close_button.setAccessibleName(translate("Console", "Close this notice"))
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        row.addLayout(self.buttons)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(self, text: str, level: str = "info", *, heading: str = "", closable: bool = False) -> None:
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(text)
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        style = self.STYLES[level]
        self.setStyleSheet(f"#{self.objectName()} {{ {style} border-radius: 4px; }} QLabel {{ {style} }}")
        self.close_button.setVisible(closable)
        self.show()

    def add_button(self, name: str, label: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setCheckable(True)
        button.clicked.connect(slot)
        self.buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button


class NoticeArea(QWidget):
    """Non-blocking notices (reminders, refused commands) that go away on their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setAccessibleName(translate("Console", "Notices"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.labels: list[QLabel] = []

    def notify(self, message: str, level: str = "info", seconds: int = NOTICE_SECONDS) -> QLabel:
        colours = {"info": ("#e8f0fe", "#174ea6"), "reminder": ("#fef7e0", "#8a5a00"), "refused": ("#fce8e6", "#a50e0e")}
        background, foreground = colours.get(level, colours["info"])
        label = QLabel(message)
        label.setObjectName(f"notice-{level}")
        label.setWordWrap(True)
        label.setStyleSheet(f"background: {background}; color: {foreground}; padding: 4px 8px; border-radius: 4px;")
        self._layout.addWidget(label)
        self.labels.append(label)
        while len(self.labels) > 3:
            self._remove(self.labels[0])
        QTimer.singleShot(seconds * 1000, label, lambda: self._remove(label))
        return label

    def _remove(self, label: QLabel) -> None:
        if label in self.labels:
            self.labels.remove(label)
            label.deleteLater()

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]


# --------------------------------------------------------------------------- the window


def _ceil(value: float | None) -> float | None:
    import math

    return None if value is None else float(math.ceil(value - 1e-6))


class ConsoleWindow(QMainWindow):
    """The moderator's window for one live sitting.

    ``rapporteur_requested`` and ``review_requested`` (with the sitting's id) ask whoever opened the
    console for those windows (Ctrl+Shift+R, Ctrl+Shift+E); ``offer_windows()`` enables the keys.
    """

    rapporteur_requested = Signal(int)
    review_requested = Signal(int)

    closed = Signal()

    def __init__(
        self,
        live: Any,
        clock: Any,
        *,
        participants: list[ParticipantChoice] | None = None,
        zone: dt.tzinfo | None = None,
        title: str = "",
        settings: QSettings | None = None,
        default_language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.sitting_id = live.snapshot.sitting_id
        self.owns_live = False
        self.store: Any = None  # the database, when open_console opened it (to share the screens)
        self.reminders: Any = None
        self.clock = clock
        self.zone = zone
        self.settings = settings
        self.setObjectName("ConsoleWindow")
        self.setWindowTitle(translate("Console", "{0} — moderator console").format(title) if title else translate("Console", "Moderator console"))
        self.ticker = LiveTicker(live, clock, self)
        self.display: SpeakerDisplay | None = None  # the speaker display, created on demand
        self.interpreters: InterpreterView | None = None  # the interpreters' view, created on demand

        self.clocks = ClockPanel(zone)
        self.agenda = AgendaModel(zone, self)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setAccessibleName(translate("Console", "Agenda of the sitting"))
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.setWordWrap(False)
        self.agenda_view.setShowGrid(False)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(AgendaColumn.SEGMENT, QHeaderView.ResizeMode.Stretch)
        for column in (AgendaColumn.PLANNED, AgendaColumn.ACTUAL, AgendaColumn.DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.card = SpeakerCard(default_language)

        self.queue = QueueModel(self)
        self.queue.move_requested.connect(lambda entry, to: self.command(self.live.move, entry, to))
        self.queue_view = QTableView()
        self.queue_view.setObjectName("queueView")
        self.queue_view.setAccessibleName(translate("Console", "List of speakers"))
        self.queue_view.setModel(self.queue)
        self.queue_view.setItemDelegate(CutLineDelegate(self.queue, self.queue_view))
        self.queue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue_view.setDragEnabled(True)
        self.queue_view.setAcceptDrops(True)
        self.queue_view.setDropIndicatorShown(True)
        self.queue_view.setDragDropOverwriteMode(False)
        self.queue_view.verticalHeader().hide()
        self.queue_view.setShowGrid(False)
        qheader = self.queue_view.horizontalHeader()
        qheader.setSectionResizeMode(QueueColumn.SPEAKER, QHeaderView.ResizeMode.Stretch)
        for column in (QueueColumn.NUMBER, QueueColumn.DELEGATION, QueueColumn.KIND, QueueColumn.ALLOTMENT):
            qheader.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitLabel")
        self.fit_label.setAccessibleName(translate("Console", "Who fits before the segment ends"))
        self.fit_label.setWordWrap(True)
        self.dropped_label = QLabel()
        self.dropped_label.setObjectName("droppedLabel")
        self.dropped_label.setAccessibleName(translate("Console", "Skipped speakers to call again"))
        self.dropped_label.setWordWrap(True)
        self.request = RequestFloor(participants or [], self._request_floor)
        self.questions_strip = QuestionsStrip(clock, self.command)  # the Q&A, once open_console attaches the record
        self.ticker.view_changed.connect(self.questions_strip.poll)

        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("messageEdit")
        self.message_edit.setAccessibleName(translate("Console", "Message to the speaker"))
        self.message_edit.setPlaceholderText(translate("Console", "Message to the speaker's display; Enter sends, an empty line clears, Esc cancels"))
        self.message_edit.returnPressed.connect(self._send_message)
        self.message_edit.hide()
        self.message_edit.installEventFilter(self)
        self.request.entry.installEventFilter(self)

        self.notices = NoticeArea()
        # who holds the sitting when another console does (with the take-over), a lost connection
        self.seat_bar = SeatBar(live, clock, zone, can_take_over=hasattr(live, "take_over"))
        # before anything starts: run on the programmed times, as a rehearsal, or the moderator's choice
        self.day_banner = Banner("dayBanner")
        self.day_choice: bool | None = None  # True: run as a rehearsal; False: keep the programmed times
        self.rehearse_button = self.day_banner.add_button("runAsRehearsal", translate("Console", "Run as a &rehearsal now"), lambda: self.choose_day(True))
        self.programmed_button = self.day_banner.add_button("keepProgrammedTimes", translate("Console", "&Keep the programmed times"), lambda: self.choose_day(False))
        self.clock_banner = Banner("clockBanner")  # the computer's clock disagreed with the journal at opening
        self.storage_banner = Banner("storageBanner")  # a damaged journal, a sitting held by another console
        self.last_action = ElidedLabel()
        self.last_action.setObjectName("lastAction")
        self.last_action.setAccessibleName(translate("Console", "Last action, and how to undo it"))
        self.last_action.setStyleSheet("color: #3c4043;")
        self._advanced_at: dict[str, float] = {}  # advancing action -> monotonic time it last ran

        self._build_layout()
        self._make_actions()
        self._shown = _Rendered()
        self._show_opening_state()
        self.ticker.view_changed.connect(self.show_view)
        self.show_view(self.ticker.view, ALL)
        place(self, settings, "console/geometry", QSize(1400, 820))
        self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ticker.start()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel(translate("Console", "Agenda")))
        agenda_layout.addWidget(self.agenda_view)

        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_label = QLabel(translate("Console", "&List of speakers"))
        queue_label.setBuddy(self.queue_view)
        queue_layout.addWidget(queue_label)
        queue_layout.addWidget(self.queue_view, 1)
        queue_layout.addWidget(self.fit_label)
        queue_layout.addWidget(self.dropped_label)
        queue_layout.addWidget(self.questions_strip)
        queue_layout.addWidget(self.request)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("consoleSplitter")
        self.splitter.addWidget(agenda_box)
        self.splitter.addWidget(self.card)
        self.splitter.addWidget(queue_box)
        self.splitter.setSizes([500, 420, 480])
        self.splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.seat_bar)
        layout.addWidget(self.clocks)
        for banner in (self.day_banner, self.clock_banner, self.storage_banner):
            layout.addWidget(banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_edit)
        layout.addWidget(self.last_action)
        layout.addWidget(self.notices)
        self.setCentralWidget(central)
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _action(self, name: str, label: str, keys: list[str], tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(label, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # the short words of the toolbar, in a context of their own: a language may abbreviate them to fit
    TOOLBAR_LABELS = {
        "nextSegment": QT_TRANSLATE_NOOP("ConsoleToolbar", "Next segment"),
        "nextSpeaker": QT_TRANSLATE_NOOP("ConsoleToolbar", "Next speaker"),
        "pauseResume": QT_TRANSLATE_NOOP("ConsoleToolbar", "Pause"),
        "plus30": "+30 s",
        "minus30": "−30 s",
        "endSpeaker": QT_TRANSLATE_NOOP("ConsoleToolbar", "End"),
        "skipSpeaker": QT_TRANSLATE_NOOP("ConsoleToolbar", "Skip"),
        "pointOfOrder": QT_TRANSLATE_NOOP("ConsoleToolbar", "Point of order"),
        "message": QT_TRANSLATE_NOOP("ConsoleToolbar", "Message"),
        "overrunToDelay": QT_TRANSLATE_NOOP("ConsoleToolbar", "Overrun → delay"),
        "undo": QT_TRANSLATE_NOOP("ConsoleToolbar", "Undo"),
        "speakerDisplay": QT_TRANSLATE_NOOP("ConsoleToolbar", "Display"),
    }

    def _key_hint(self, action: QAction) -> None:
        """Toolbar buttons read "Next speaker  N": the key is on the button, not only in the menu."""
        keys = action.shortcuts()
        short = self.TOOLBAR_LABELS.get(action.objectName())
        label = translate("ConsoleToolbar", short) if short and action.objectName() != "pauseResume" else action.text().replace("&", "")
        if keys:
            label += "  " + keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setIconText(label)

    def _make_actions(self) -> None:
        live = self.live
        a = self._action
        self.actions_by_name = {}
        specs: list[tuple[str, str, list[str], str, Callable[[], Any]]] = [
            ("nextSpeaker", translate("Console", "&Next speaker"), ["N", "Space"], translate("Console", "Give the floor to the next speaker on the list"), lambda: self.command(live.call_next)),
            ("pauseResume", translate("Console", "&Pause / resume"), ["P"], translate("Console", "Pause or resume the speaker's time"), self.pause_or_resume),
            ("plus30", translate("Console", "+30 seconds"), ["+", "="], translate("Console", "Give the speaker 30 seconds more"), lambda: self.command(live.extend, 30)),
            ("minus30", translate("Console", "−30 seconds"), ["-"], translate("Console", "Take 30 seconds off the speaker's time"), lambda: self.command(live.extend, -30)),
            ("endSpeaker", translate("Console", "&End speaker"), ["E"], translate("Console", "End the current speaker's turn"), lambda: self.command(live.end_speaker)),
            ("skipSpeaker", translate("Console", "&Skip next speaker"), ["S"], translate("Console", "Skip the selected (or next) speaker for now: they are called again later"), self.skip_speaker),
            ("recallSpeaker", translate("Console", "Re&call skipped speaker"), ["Shift+S"], translate("Console", "Put the first skipped speaker back at the head of the list"), self.recall_speaker),
            ("pointOfOrder", translate("Console", "Point of &order"), ["O"], translate("Console", "Put a point of order ahead of everyone: type the delegation, then Enter"), lambda: self.begin_request("point_of_order")),
            ("requestFloor", translate("Console", "&Request the floor"), ["R"], translate("Console", "Add a speaker to the list: type a name or delegation, then Enter"), lambda: self.begin_request("speaker")),
            ("overrunToDelay", translate("Console", "Overrun → &delay"), ["D"], translate("Console", "Accept the late start and overrun of this segment: the rest of the plan moves later"), lambda: self.command(live.overrun_to_delay)),
            ("message", translate("Console", "&Message to speaker"), ["M"], translate("Console", "Write a short message on the speaker's display"), self.begin_message),
            ("undo", translate("Console", "&Undo"), ["Ctrl+Z"], translate("Console", "Undo the last action"), lambda: self.command(live.undo)),
            ("redo", translate("Console", "&Redo"), ["Ctrl+Shift+Z"], translate("Console", "Do again the action undone last"), lambda: self.command(live.redo)),
            ("nextSegment", translate("Console", "Start next se&gment"), ["Ctrl+N"], translate("Console", "Start the next planned segment (opens the sitting first)"), self.start_next_segment),
            ("endSegment", translate("Console", "End segmen&t"), ["Ctrl+E"], translate("Console", "End the running segment"), lambda: self.command(live.end_segment)),
            ("skipSegment", translate("Console", "Skip selected segment"), [], translate("Console", "Skip the segment selected in the agenda"), self.skip_segment),
            ("closeSitting", translate("Console", "&Close the sitting"), [], translate("Console", "Close the sitting: the clocks stop and the journal is complete"), lambda: self.command(live.close_sitting)),
            ("speakerDisplay", translate("Console", "Speaker &display"), ["Ctrl+D"], translate("Console", "Show or hide the speaker's display window"), self.toggle_display),
            ("displayFullScreen", translate("Console", "Display &full screen"), ["F11"], translate("Console", "Show the speaker's display full screen, or back in a window"), self.toggle_display_full_screen),
            ("interpreterView", translate("Console", "&Interpreters' view"), ["Ctrl+I"], translate("Console", "Show or hide the interpreters' window for the booths"), self.toggle_interpreter_view),
            ("slowDown", translate("Console", "Slo&w down"), ["W"], translate("Console", "Ask the speaker to slow down for the interpreters; W again clears it"), self.toggle_slow_down),
            ("floorLanguage", translate("Console", "Floor &language…"), ["L"], translate("Console", "The speaker switched language: choose the new floor language"), self.choose_floor_language),
            ("putRound", translate("Console", "Put next &round of questions"), ["Q"], translate("Console", "Put the next round of questions, as shown under the list, to the panel"), self.questions_strip.put_next_round),
            ("rapporteur", translate("Console", "&Rapporteur workspace…"), ["Ctrl+Shift+R"], translate("Console", "Open the rapporteur's workspace for this sitting"), lambda: self.rapporteur_requested.emit(self.sitting_id)),
            ("review", translate("Console", "Re&view and export…"), ["Ctrl+Shift+E"], translate("Console", "Planned vs actual times, who spoke, statistics and exports for this sitting"), lambda: self.review_requested.emit(self.sitting_id)),
        ]
        for name, label, keys, tip, slot in specs:
            self.actions_by_name[name] = a(name, label, keys, tip, self._guarded(name, slot) if name in ADVANCING else slot)
            if name in ADVANCING:
                self.actions_by_name[name].setAutoRepeat(False)  # a held key is one press
        self.actions_by_name["slowDown"].setCheckable(True)  # checked while the speaker is asked to slow down
        for name in ("rapporteur", "review"):  # the main window offers these when it opened the console
            self.actions_by_name[name].setEnabled(False)

        names = self.actions_by_name
        sitting_menu = self.menuBar().addMenu(translate("Console", "&Sitting"))
        for n in ("nextSegment", "endSegment", "skipSegment", "overrunToDelay", None, "closeSitting", None, "rapporteur", "review"):
            sitting_menu.addSeparator() if n is None else sitting_menu.addAction(names[n])
        speaker_menu = self.menuBar().addMenu(translate("Console", "S&peaker"))
        for n in ("nextSpeaker", "pauseResume", "plus30", "minus30", "endSpeaker", "skipSpeaker", "recallSpeaker", None, "requestFloor", "pointOfOrder", "message"):
            speaker_menu.addSeparator() if n is None else speaker_menu.addAction(names[n])
        edit_menu = self.menuBar().addMenu(translate("Console", "&Edit"))
        edit_menu.addAction(names["undo"])
        edit_menu.addAction(names["redo"])
        display_menu = self.menuBar().addMenu(translate("Console", "D&isplay"))
        display_menu.addAction(names["speakerDisplay"])
        display_menu.addAction(names["displayFullScreen"])
        display_menu.addAction(translate("Console", "Share screens on the &network…"), lambda: share_screens(self)).setObjectName("shareScreens")
        self.screen_menu = display_menu.addMenu(translate("Console", "Show on &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        interpretation_menu = self.menuBar().addMenu(translate("Console", "In&terpretation"))
        for n in ("interpreterView", "slowDown", "floorLanguage"):
            interpretation_menu.addAction(names[n])
        self.language_menu = interpretation_menu.addMenu(translate("Console", "Floor language is"))
        plan = getattr(getattr(self.live, "snapshot", None), "interpretation", None)
        for number, code in enumerate(getattr(plan, "languages", ()), start=1):
            action = self.language_menu.addAction(f"&{number} {text.language(code)}")
            action.setObjectName(f"floorLanguage-{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.command(self.live.set_floor_language, c))

        self.menuBar().addMenu(translate("Console", "&Questions")).addAction(names["putRound"])

        toolbar = QToolBar(translate("Console", "Live actions"))
        toolbar.setObjectName("liveToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for n in ("nextSegment", "nextSpeaker", "pauseResume", "plus30", "minus30", "endSpeaker", "skipSpeaker", "pointOfOrder", "message", "overrunToDelay", "undo", "speakerDisplay"):
            toolbar.addAction(names[n])
            self._key_hint(names[n])
        for button in toolbar.findChildren(QWidget):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(toolbar)

    # ------------------------------------------------------------------ commands
    def command(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run one core command; a refusal becomes a notice, never a dialog."""
        try:
            method(*args, **kwargs)
        except CommandRefused as e:
            reason = text.reason(e)
            self.notify(reason[:1].upper() + reason[1:], "refused")  # the core's reasons start in lower case
            return False
        except SittingHeldElsewhere as e:  # trying again cannot help: say who holds the sitting, and keep saying it
            log.warning("another console holds sitting %s: %s", self.sitting_id, e.holder)
            self.storage_banner.say(text.reason(e), "error")
            self.notify(translate("Console", "Not saved: another console holds this sitting (see above)."), "refused")
            return False
        except StorageError as e:
            log.warning("a live action could not be saved: %s", e.reason)
            self.notify(text.reason(e), "refused")
            return False
        except text.STORAGE_ERRORS as e:  # the rapporteur's record (the Q&A strip) still speaks SQLAlchemy
            log.exception("a live action could not be saved")
            self.notify(text.storage_failure(e), "refused")
            return False
        return True

    def pause_or_resume(self) -> None:
        speaker = self.ticker.view.speaker
        if speaker is not None and speaker.paused:
            self.command(self.live.resume)
        else:
            self.command(self.live.pause)

    def start_next_segment(self) -> bool:
        if self.ticker.view.sitting.status == "planned":
            rehearsal = self.opening_as_rehearsal()
            if rehearsal is None:
                self.notify(translate("Console", "Choose first: run the sitting as a rehearsal now, or keep its programmed times."), "refused")
                self.rehearse_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return False
            if not self.command(self.live.open_sitting, rehearsal):
                return False
        return self.command(self.live.start_segment)

    # ------------------------------------------------------------------ before anything starts
    def opening_as_rehearsal(self) -> bool | None:
        """How Ctrl+N opens the sitting, as the day banner says: None while the moderator has to choose."""
        mode = self.live.day().mode
        if mode == "ask":
            return self.day_choice
        return mode == "rehearsal"

    def choose_day(self, rehearsal: bool) -> None:
        self.day_choice = rehearsal
        self._render_day(self.ticker.view)
        self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)  # the moderator's keys work again

    def _render_day(self, view: Any) -> None:
        """Say, before anything starts, whether the sitting will run as a rehearsal or on its programmed times."""
        if view.sitting.status != "planned":
            self.day_banner.hide()
            return
        decision = self.live.day()
        heading = {"programmed": translate("Console", "Programmed times."), "rehearsal": translate("Console", "Rehearsal."), "ask": translate("Console", "Rehearsal or the real sitting?")}[decision.mode]
        lines = [decision.reason]
        upcoming = view.next_segment
        first = translate("Console", "Ctrl+N opens the sitting and starts “{0}”.").format(upcoming.title) if upcoming else ""
        asking = decision.mode == "ask"
        if asking and self.day_choice is not None:
            chosen = translate("Console", "You chose to run it as a rehearsal now.") if self.day_choice else translate("Console", "You chose to keep the programmed times.")
            lines.append(f"{chosen} {first}")
        elif not asking:
            lines.append(first)
        text_now = "\n".join(line for line in lines if line)
        level = "info" if decision.mode == "programmed" else "warning"
        if self.day_banner.label.text() != text_now or self.day_banner.heading.text() != heading or self.day_banner.isHidden():
            self.day_banner.say(text_now, level, heading=heading)
        for button, value in ((self.rehearse_button, True), (self.programmed_button, False)):
            button.setVisible(asking)
            button.setChecked(asking and self.day_choice is value)

    def _show_opening_state(self) -> None:
        """What opening the sitting found: a damaged journal (read-only), a clock that moved."""
        if self.live.read_only:
            damage = "\n".join(self.live.damage)
            self.storage_banner.say(
                translate("Console", "Part of this sitting's journal cannot be read, so nothing can be changed here. "
                   "What could be read is shown.\n{0}").format(damage),
                "error",
                heading=translate("Console", "Read-only."),
            )
        if self.live.clock_warning:
            self.clock_banner.say(self.live.clock_warning, "warning", closable=True)

    def _guarded(self, name: str, slot: Callable[[], bool]) -> Callable[[], None]:
        """An advancing key pressed again within the guard interval of the press that advanced (a key
        bounce, a nervous double tap) is ignored, so one press never gives the floor and takes it away at
        once. A press the core refused, or could not save, advanced nothing: the next one counts."""

        def run() -> None:
            now = self.clock.monotonic()
            guard = self.live.settings.advance_guard_seconds
            last = self._advanced_at.get(name)
            if last is not None and now - last < guard:
                label = self.actions_by_name[name].text().replace("&", "")
                self.notify(translate("Console", "“{0}” pressed twice within {1:g} s: the second press was ignored.").format(label, guard))
                return
            if slot():
                self._advanced_at[name] = now

        return run

    def skip_speaker(self) -> bool:
        index = self.queue_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.queue.rowCount() == 0:
            self.notify(translate("Console", "Nobody is waiting on the list."), "refused")
            return False
        return self.command(self.live.drop, self.queue.entry_id(row))

    def recall_speaker(self) -> None:
        dropped = self.ticker.view.dropped
        if not dropped:
            self.notify(translate("Console", "No skipped speaker is waiting to be called again."), "refused")
            return
        self.command(self.live.recall, dropped[0].entry_id)

    def skip_segment(self) -> None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            self.notify(translate("Console", "Select the segment to skip in the agenda first."), "refused")
            return
        self.command(self.live.skip_segment, self.agenda.segment_id(index.row()))

    def _request_floor(self, key: str | None, *, name: str | None, delegation: str | None, online: bool, kind: str) -> bool:
        done = self.command(self.live.request_floor, key, name=name, delegation=delegation, online=online, kind=kind)
        if done:
            self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def to_front(self) -> None:
        """Make the console the active window: a key typed into one of its entries must land there,
        even when it was pressed while the speaker display or the interpreters' view was active."""
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()

    def begin_request(self, kind: str) -> None:
        self.to_front()
        self.request.begin(kind)

    def begin_message(self) -> None:
        self.to_front()
        self.message_edit.setText(self.ticker.view.message or "")
        self.message_edit.show()
        self.message_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.message_edit.selectAll()

    def _send_message(self) -> None:
        if self.command(self.live.message, self.message_edit.text().strip()):
            self._end_editing(self.message_edit)

    def _end_editing(self, edit: QLineEdit) -> None:
        if edit is self.message_edit:
            edit.hide()
        else:
            edit.clear()
        self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and watched in (self.message_edit, self.request.entry):
            self._end_editing(watched)
            return True
        return super().eventFilter(watched, event)

    def notify(self, message: str, level: str = "info") -> None:
        """A non-blocking notice: information, a reminder, or a command the core refused."""
        self.notices.notify(message, level)

    def show_reminder(self, notice: Any) -> None:
        """A reminder from ``meetingdesk.schedule`` (segment ending, time up, deadline), as a notice."""
        severity = str(getattr(notice, "severity", "info"))
        level = {"info": "info", "warning": "reminder", "alert": "reminder", "error": "refused"}.get(severity, "info")
        message = notice.text
        if getattr(notice, "late", False):
            message = translate("Console", "{0} (late: the computer was asleep)").format(message)
        self.notify(message, level)

    def attach_reminders(self, scheduler: Any, deadline: dt.datetime | None = None) -> None:
        """Have the core's reminders, run on ``scheduler`` (APScheduler on the app's loop), shown here."""
        from meetingdesk.schedule import Reminders

        self.reminders = Reminders(
            self.live,
            scheduler,
            self.clock,
            self.show_reminder,
            deadline=deadline,
            watched=self.isActiveWindow,  # a moderator looking at the console sees the speaker's timer already
        )

    # ------------------------------------------------------------------ speaker display
    def share_keys(self, window: QWidget) -> None:
        """The moderator's keys work in ``window`` too (the speaker display, the interpreters' view),
        so a click on it, or a window manager giving it the focus, never silences them. A key the
        window has for itself (the display's F11) stays its own."""
        own = {key.toString() for action in window.actions() for key in action.shortcuts()}
        for action in self.actions_by_name.values():
            keys = {key.toString() for key in action.shortcuts()}
            if keys and not keys & own:
                window.addAction(action)

    def ensure_display(self):
        from .speaker_display import SpeakerDisplay

        if self.display is None:
            self.display = SpeakerDisplay(self.ticker, settings=self.settings)
            self.share_keys(self.display)
        return self.display

    def toggle_display(self) -> None:
        display = self.ensure_display()
        display.setVisible(not display.isVisible())

    def toggle_display_full_screen(self) -> None:
        display = self.ensure_display()
        display.show()
        display.toggle_full_screen()

    # ------------------------------------------------------------------ interpretation
    def ensure_interpreter_view(self):
        from .interpreter_view import InterpreterView

        if self.interpreters is None:
            title = getattr(getattr(self.live, "snapshot", None), "meeting_title", "")
            self.interpreters = InterpreterView(self.ticker, title=title, settings=self.settings)
            self.share_keys(self.interpreters)
        return self.interpreters

    def toggle_interpreter_view(self) -> None:
        view = self.ensure_interpreter_view()
        view.setVisible(not view.isVisible())

    def toggle_slow_down(self) -> None:
        info = getattr(self.ticker.view, "interpretation", None)
        self.command(self.live.slow_down, not (info is not None and info.slow_down))
        self._render_actions(self.ticker.view)  # a refusal leaves the menu's tick as it was

    def offer_windows(self) -> None:
        """Someone listens to ``rapporteur_requested`` and ``review_requested``: offer their keys."""
        for name in ("rapporteur", "review"):
            self.actions_by_name[name].setEnabled(True)

    def choose_floor_language(self) -> None:
        """L: the meeting's languages as a menu beside the speaker card (1, 2, 3 … pick one; Esc leaves it)."""
        if self.ticker.view.speaker is None:
            self.notify(translate("Console", "Nobody is speaking."), "refused")
            return
        self.to_front()
        self.language_menu.popup(self.card.mapToGlobal(self.card.rect().center()))

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            geometry = screen.geometry()
            action = self.screen_menu.addAction(f"&{number} {screen.name()} ({geometry.width()}×{geometry.height()})")
            action.triggered.connect(lambda _checked=False, s=screen: self.ensure_display().show_on(s))

    # ------------------------------------------------------------------ rendering
    def show_view(self, view: Any, change: Change) -> None:
        """Repaint from the core's view; a clock tick touches only the clocks that run."""
        tick = change.tick
        self.clocks.show_view(view)
        if not tick or view.sitting.status == "planned":
            self._render_day(view)
        if not tick or view.speaker is not None or view.current_segment is not None:
            self.card.show_view(view)
        self.agenda.update(view.segments)
        self.queue.update(view.queue, view.cut_index)
        if change.requires_queue_redraw():
            self._render_fit(view)
        if not tick:  # the last action, undo, redo, pause and slow-down change only with an event
            self._render_actions(view)

    def _render_fit(self, view: Any) -> None:
        waiting = len(view.queue)
        if not waiting:
            line = translate("Console", "Nobody is waiting. R adds a speaker, O a point of order.")
        elif view.cut_index is None:
            line = translate("Console", "All {0} fit before the segment ends.").format(waiting)
        else:
            line = translate("Console", "{0} of {1} fit before the segment ends (red line): the rest speak time permitting.").format(view.cut_index, waiting)
            if view.limit_to_fit_all is not None:
                line += " " + translate("Console", "A limit of {0} each would fit everyone.").format(text.duration(text.as_seconds(view.limit_to_fit_all)))
        self._shown.set(self.fit_label, line)
        dropped = ", ".join(e.name for e in view.dropped)
        self._shown.set(self.dropped_label, translate("Console", "Skipped, to call again (Shift+S): {0}").format(dropped) if dropped else "")

    def _render_actions(self, view: Any) -> None:
        speaker = view.speaker
        label = translate("Console", "&Resume") if speaker is not None and speaker.paused else translate("Console", "&Pause")
        pause = self.actions_by_name["pauseResume"]
        if pause.text() != label:
            pause.setText(label)
            self._key_hint(pause)
        undo = self.actions_by_name["undo"]
        if undo.isEnabled() != bool(view.can_undo):
            undo.setEnabled(bool(view.can_undo))
        last = view.last_action
        redo = self.actions_by_name["redo"]
        if redo.isEnabled() != bool(last is not None and last.can_redo):
            redo.setEnabled(bool(last is not None and last.can_redo))
        parts = []
        if last is not None and last.text:
            parts.append(translate("Console", "{0} — Ctrl+Z undoes").format(last.text))
        if last is not None and last.can_redo and last.redo_text:
            parts.append(translate("Console", "Ctrl+Shift+Z redoes: {0}").format(last.redo_text))
        self._shown.set(self.last_action, " · ".join(parts))
        slow = self.actions_by_name["slowDown"]
        asked = bool(speaker is not None and getattr(view.interpretation, "slow_down", False))
        if slow.isChecked() != asked:
            slow.setChecked(asked)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders is not None:
            self.reminders.close()
            self.reminders = None
        self.ticker.stop()
        self.ticker.detach()
        remember_place(self, self.settings, "console/geometry")
        if self.display is not None:
            self.display.close()
        if self.interpreters is not None:
            self.interpreters.close()
        self.questions_strip.detach()
        if self.owns_live:
            self.live.close()
            self.owns_live = False
        self.closed.emit()
        super().closeEvent(event)


def open_console(
    store: Any,
    sitting_id: int,
    clock: Any = None,
    settings: QSettings | None = None,
    live_settings: Any = None,
    scheduler: Any = None,
) -> ConsoleWindow:
    """Open the live sitting ``sitting_id`` (replaying its journal) in a new console window.

    With a ``scheduler`` (the app's APScheduler on the qasync loop) the core's reminders show up
    in the console as notices.
    """
    from zoneinfo import ZoneInfo

    from meetingdesk.live.clock import SystemClock
    from meetingdesk.live.engine import LiveSitting
    from meetingdesk.programme.model import Sitting
    from meetingdesk.record import MODERATOR, Record

    clock = clock or SystemClock()
    with store.session() as session:
        sitting = session.get(Sitting, sitting_id)
        if sitting is None:
            raise LookupError(f"there is no sitting with id {sitting_id}")
        meeting = sitting.meeting
        participants = [ParticipantChoice(p.key, p.display_name, p.delegation, p.modality == "online") for p in meeting.participants]
        zone = ZoneInfo(meeting.time_zone)
        title = meeting.title if not sitting.title else f"{meeting.title} — {sitting.title}"
        default_language = meeting.languages[0] if meeting.languages else None
    live = LiveSitting.open(store, sitting_id, clock, live_settings)
    window = ConsoleWindow(
        live, clock, participants=participants, zone=zone, title=title, settings=settings, default_language=default_language
    )
    window.owns_live = True  # closing the console releases the sitting's database connection
    window.store = store
    window.questions_strip.attach(Record.open(store, sitting_id, clock, live=live, author=MODERATOR), owns=True)
    if scheduler is not None:
        from meetingdesk.schedule import meeting_deadline

        window.attach_reminders(scheduler, meeting_deadline(store, sitting_id))
    return window

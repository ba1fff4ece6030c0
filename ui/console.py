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
from typing import Any

from PySide6.QtCore import QSettings, QStringListModel, Qt, QTimer
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

from . import text
from .models import AgendaColumn, AgendaModel, QueueColumn, QueueModel
from .questions_strip import QuestionsStrip
from .share_screens import share as share_screens
from .style import phase_colour
from .text import tr, translator
from .ticker import ALL, LiveTicker

log = logging.getLogger(__name__)

NOTICE_SECONDS = 8  # how long a notice stays on screen


_t = translator("Console")


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
        self.segment_title = _big(QLabel(), 13)
        self.segment_title.setObjectName("segmentTitle")
        self.segment_clock = _big(QLabel(), 26)
        self.segment_clock.setObjectName("segmentClock")
        self.segment_clock.setAccessibleName(_t("Time left in the segment, or its overrun"))
        self.segment_word = _big(QLabel(), 15)
        self.segment_word.setObjectName("segmentClockWord")
        self.segment_detail = _big(QLabel(), 13, bold=False)
        self.segment_detail.setObjectName("segmentDetail")
        self.segment_detail.setAccessibleName(_t("Time elapsed in the segment"))
        self.sitting_offset = _big(QLabel(), 26)
        self.sitting_offset.setObjectName("sittingOffset")
        self.sitting_offset.setAccessibleName(_t("Sitting ahead or behind"))
        self.projected_end = _big(QLabel(), 17, bold=False)
        self.projected_end.setObjectName("projectedEnd")
        self.projected_end.setAccessibleName(_t("Projected end of the sitting"))
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
        clock_row.addWidget(self.segment_detail, 0, Qt.AlignmentFlag.AlignBaseline)
        clock_row.addStretch(1)
        grid.addLayout(clock_row, 1, 0, 1, 2)
        grid.addWidget(self.projected_end, 0, 2)
        grid.addWidget(self.sitting_offset, 1, 2)
        grid.setColumnStretch(1, 1)

    def render(self, view: Any) -> None:
        seg = view.current_segment
        sitting = view.sitting
        if seg is None:
            upcoming = next((s for s in view.segments if s.status == "planned"), None)
            if sitting.status == "closed":
                title = _t("The sitting is closed")
            elif upcoming is not None:
                title = tr("Next: {0} (planned {1})", "Console").format(
                    upcoming.title, text.clock(text.local(upcoming.planned_start, self.zone))
                )
            else:
                title = _t("No segment left to run")
            self._shown.set(self.segment_title, title)
            self._shown.set(self.segment_clock, "–:––", f"color: {phase_colour(None)}")
            self._shown.set(self.segment_word, "")
            self._shown.set(self.segment_detail, "")
        else:
            self._shown.set(self.segment_title, seg.title)
            overrun = text.as_seconds(seg.overrun) or 0.0
            elapsed = text.as_seconds(seg.elapsed)
            planned = text.as_seconds(seg.planned_seconds)
            colour = phase_colour("danger" if overrun > 0 else "normal")
            if overrun > 0:
                big, word = "+" + text.duration(overrun), _t("over")
            elif seg.remaining is not None:
                big, word = text.duration(_ceil(text.as_seconds(seg.remaining))), _t("left")
            else:
                big, word = text.duration(elapsed), _t("elapsed")
            self._shown.set(self.segment_clock, big, f"color: {colour}")
            self._shown.set(self.segment_word, word, f"color: {colour}")
            if planned:
                detail = tr("{0} of {1} elapsed", "Console").format(text.duration(elapsed), text.duration(planned))
            else:
                detail = tr("no planned length", "Console")
            self._shown.set(self.segment_detail, detail)
        offset = text.as_seconds(sitting.offset_seconds) or 0.0
        colour = phase_colour("danger" if offset >= 60 else ("warning" if offset >= 1 else "normal"))
        self._shown.set(self.sitting_offset, text.offset(offset), f"color: {colour}")
        end = text.local(getattr(sitting, "projected_end", None), self.zone)
        planned = text.local(getattr(sitting, "planned_end", None), self.zone)
        if end is not None:
            line = tr("Projected end {0} (planned {1})", "Console").format(text.clock(end), text.clock(planned))
        else:
            line = tr("Planned end {0}", "Console").format(text.clock(planned))
        if getattr(sitting, "rehearsal_shift", 0.0):
            line = tr("Rehearsal, plan moved to today · {0}", "Console").format(line)
        self._shown.set(self.projected_end, line)


class SpeakerCard(QFrame):
    """Who has the floor, with their timer in the phase colour."""

    def __init__(self, default_language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_language = default_language
        self.setObjectName("speakerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._shown = _Rendered()
        self.heading = QLabel(_t("Has the floor"))
        self.name = _big(QLabel(), 20)
        self.name.setObjectName("speakerName")
        self.name.setAccessibleName(_t("Speaker"))
        self.name.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("speakerDetails")
        self.details.setWordWrap(True)
        self.timer = _big(QLabel(), 54)
        self.timer.setObjectName("speakerTimer")
        self.timer.setAccessibleName(_t("Speaker's time"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setMinimumHeight(96)
        self.state = QLabel()
        self.state.setObjectName("speakerState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QLabel()
        self.next.setObjectName("nextSpeaker")
        self.next.setAccessibleName(_t("Next speaker"))
        self.next.setWordWrap(True)
        self.interpretation = QLabel()  # relay ahead, texts the booths never received
        self.interpretation.setObjectName("interpretationAlert")
        self.interpretation.setAccessibleName(_t("Interpretation: relay and texts"))
        self.interpretation.setWordWrap(True)
        self.interpretation.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("speakerMessage")
        self.message.setAccessibleName(_t("Message to the speaker"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(self.timer)
        layout.addWidget(self.state)
        layout.addSpacing(8)
        layout.addWidget(self.next)
        layout.addWidget(self.interpretation)
        layout.addSpacing(8)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def render(self, view: Any) -> None:
        sp = view.speaker
        if sp is None:
            self._shown.set(self.name, _t("Nobody has the floor"))
            self._shown.set(self.details, _t("Press N or Space to give the floor to the next speaker."))
            self._shown.set(self.timer, "", "")
            self._shown.set(self.state, "")
        else:
            name = sp.name
            if sp.public_name != sp.name:
                name = tr("{0}  [protected: shown as “{1}”]", "Console").format(sp.name, sp.public_name)
            self._shown.set(self.name, name)
            parts = [text.role(sp.role) if sp.role else "", sp.delegation or "", text.modality(sp.modality), text.language(getattr(getattr(view, "interpretation", None), "floor_language", None) or sp.language or self.default_language)]
            details = " · ".join(p for p in parts if p and p != "–")
            if sp.modality == "online":
                details += "\n" + _t("Online: cannot see the room timer.")
            self._shown.set(self.details, details)
            colour = phase_colour(sp.phase, sp.paused)
            self._shown.set(self.timer, text.speaker_timer(sp), f"color: white; background: {colour}; border-radius: 6px;")
            allotted = text.as_seconds(sp.allotment)
            if sp.paused:
                state = _t("Paused")
            elif allotted:
                state = tr("{0} allotted · {1} spoken", "Console").format(text.duration(allotted), text.duration(text.as_seconds(sp.elapsed)))
            else:
                state = tr("{0} spoken, no time limit", "Console").format(text.duration(text.as_seconds(sp.elapsed)))
            self._shown.set(self.state, state)
        if view.queue:
            head = view.queue[0]
            who = f"{head.name} ({head.delegation})" if head.delegation and head.delegation not in head.name else head.name
            self._shown.set(self.next, tr("Next: {0}", "Console").format(who))
        else:
            self._shown.set(self.next, _t("Nobody else is on the list."))
        alerts = getattr(getattr(view, "interpretation", None), "alerts", ())
        self._shown.set(self.interpretation, "\n".join(alerts), "color: #8a5a00; font-weight: bold;" if alerts else "")
        message = view.message or ""
        self._shown.set(self.message, tr("Message on the display: “{0}”", "Console").format(message) if message else "")


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
        self.entry.setAccessibleName(_t("Request the floor: name or delegation"))
        self.entry.setPlaceholderText(_t("Name or delegation, then Enter"))
        labels = sorted({p.label for p in participants} | {p.delegation for p in participants if p.delegation})
        self.completer = QCompleter(QStringListModel(labels, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self.submit)

        self.kind = QComboBox()
        self.kind.setObjectName("requestKind")
        self.kind.setAccessibleName(_t("Kind of request"))
        for value, label in zip(self.KINDS, (_t("Speaker"), _t("Point of order"), _t("Right of reply"))):
            self.kind.addItem(label, value)
        self.online = QCheckBox(_t("Online"))
        self.online.setObjectName("requestOnline")
        self.online.setAccessibleName(_t("Speaks online"))
        self.add = QPushButton(_t("Add to list"))
        self.add.setObjectName("requestAdd")
        self.add.setAccessibleName(_t("Add to the list of speakers"))
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


class NoticeArea(QWidget):
    """Non-blocking notices (reminders, refused commands) that go away on their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setAccessibleName(_t("Notices"))
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
    """The moderator's window for one live sitting."""

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
        self.owns_live = False
        self.store: Any = None  # the database, when open_console opened it (to share the screens)
        self.reminders: Any = None
        self.clock = clock
        self.zone = zone
        self.settings = settings
        self.setObjectName("ConsoleWindow")
        self.setWindowTitle(tr("{0} — moderator console", "Console").format(title) if title else _t("Moderator console"))
        self.ticker = LiveTicker(live, clock, self)
        self.display = None  # the speaker display, created on demand
        self.interpreters = None  # the interpreters' view, created on demand

        self.clocks = ClockPanel(zone)
        self.agenda = AgendaModel(zone, self)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agendaView")
        self.agenda_view.setAccessibleName(_t("Agenda of the sitting"))
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
        self.queue_view.setAccessibleName(_t("List of speakers"))
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
        self.fit_label.setAccessibleName(_t("Who fits before the segment ends"))
        self.fit_label.setWordWrap(True)
        self.dropped_label = QLabel()
        self.dropped_label.setObjectName("droppedLabel")
        self.dropped_label.setAccessibleName(_t("Skipped speakers to call again"))
        self.dropped_label.setWordWrap(True)
        self.request = RequestFloor(participants or [], self._request_floor)
        self.questions_strip = QuestionsStrip(clock, self.command)  # the Q&A, once open_console attaches the record
        self.ticker.view_changed.connect(self.questions_strip.poll)

        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("messageEdit")
        self.message_edit.setAccessibleName(_t("Message to the speaker"))
        self.message_edit.setPlaceholderText(_t("Message to the speaker's display; Enter sends, an empty line clears, Esc cancels"))
        self.message_edit.returnPressed.connect(self._send_message)
        self.message_edit.hide()
        self.message_edit.installEventFilter(self)
        self.request.entry.installEventFilter(self)

        self.notices = NoticeArea()

        self._build_layout()
        self._make_actions()
        self._shown = _Rendered()
        self.ticker.view_changed.connect(self.render)
        self.render(self.ticker.view, ALL)
        self.resize(1400, 820)
        if settings is not None and settings.value("console/geometry") is not None:
            self.restoreGeometry(settings.value("console/geometry"))
        self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ticker.start()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel(_t("Agenda")))
        agenda_layout.addWidget(self.agenda_view)

        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_label = QLabel(_t("&List of speakers"))
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
        layout.addWidget(self.clocks)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_edit)
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

    TOOLBAR_LABELS = {
        "nextSegment": "Next segment",
        "nextSpeaker": "Next speaker",
        "pauseResume": "Pause",
        "plus30": "+30 s",
        "minus30": "−30 s",
        "endSpeaker": "End",
        "skipSpeaker": "Skip",
        "pointOfOrder": "Point of order",
        "message": "Message",
        "overrunToDelay": "Overrun → delay",
        "undo": "Undo",
        "speakerDisplay": "Display",
    }

    def _key_hint(self, action: QAction) -> None:
        """Toolbar buttons read "Next speaker  N": the key is on the button, not only in the menu."""
        keys = action.shortcuts()
        short = self.TOOLBAR_LABELS.get(action.objectName())
        label = tr(short, "Console") if short and action.objectName() != "pauseResume" else action.text().replace("&", "")
        if keys:
            label += "  " + keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setIconText(label)

    def _make_actions(self) -> None:
        live = self.live
        a = self._action
        self.actions_by_name = {}
        specs = [
            ("nextSpeaker", _t("&Next speaker"), ["N", "Space"], _t("Give the floor to the next speaker on the list"), lambda: self.command(live.call_next)),
            ("pauseResume", _t("&Pause / resume"), ["P"], _t("Pause or resume the speaker's time"), self.pause_or_resume),
            ("plus30", _t("+30 seconds"), ["+", "="], _t("Give the speaker 30 seconds more"), lambda: self.command(live.extend, 30)),
            ("minus30", _t("−30 seconds"), ["-"], _t("Take 30 seconds off the speaker's time"), lambda: self.command(live.extend, -30)),
            ("endSpeaker", _t("&End speaker"), ["E"], _t("End the current speaker's turn"), lambda: self.command(live.end_speaker)),
            ("skipSpeaker", _t("&Skip next speaker"), ["S"], _t("Skip the selected (or next) speaker for now: they are called again later"), self.skip_speaker),
            ("recallSpeaker", _t("Re&call skipped speaker"), ["Shift+S"], _t("Put the first skipped speaker back at the head of the list"), self.recall_speaker),
            ("pointOfOrder", _t("Point of &order"), ["O"], _t("Put a point of order ahead of everyone: type the delegation, then Enter"), lambda: self.request.begin("point_of_order")),
            ("requestFloor", _t("&Request the floor"), ["R"], _t("Add a speaker to the list: type a name or delegation, then Enter"), lambda: self.request.begin("speaker")),
            ("overrunToDelay", _t("Overrun → &delay"), ["D"], _t("Accept the late start and overrun of this segment: the rest of the plan moves later"), lambda: self.command(live.overrun_to_delay)),
            ("message", _t("&Message to speaker"), ["M"], _t("Write a short message on the speaker's display"), self.begin_message),
            ("undo", _t("&Undo"), ["Ctrl+Z"], _t("Undo the last action"), lambda: self.command(live.undo)),
            ("nextSegment", _t("Start next se&gment"), ["Ctrl+N"], _t("Start the next planned segment (opens the sitting first)"), self.start_next_segment),
            ("endSegment", _t("End segmen&t"), ["Ctrl+E"], _t("End the running segment"), lambda: self.command(live.end_segment)),
            ("skipSegment", _t("Skip selected segment"), [], _t("Skip the segment selected in the agenda"), self.skip_segment),
            ("closeSitting", _t("&Close the sitting"), [], _t("Close the sitting: the clocks stop and the journal is complete"), lambda: self.command(live.close_sitting)),
            ("speakerDisplay", _t("Speaker &display"), ["Ctrl+D"], _t("Show or hide the speaker's display window"), self.toggle_display),
            ("displayFullScreen", _t("Display &full screen"), ["F11"], _t("Show the speaker's display full screen, or back in a window"), self.toggle_display_full_screen),
            ("interpreterView", _t("&Interpreters' view"), ["Ctrl+I"], _t("Show or hide the interpreters' window for the booths"), self.toggle_interpreter_view),
            ("slowDown", _t("Slo&w down"), ["W"], _t("Ask the speaker to slow down for the interpreters; W again clears it"), self.toggle_slow_down),
            ("floorLanguage", _t("Floor &language…"), ["L"], _t("The speaker switched language: choose the new floor language"), self.choose_floor_language),
            ("putRound", _t("Put next &round of questions"), ["Q"], _t("Put the next round of questions, as shown under the list, to the panel"), self.questions_strip.put_next_round),
        ]
        for name, label, keys, tip, slot in specs:
            self.actions_by_name[name] = a(name, label, keys, tip, slot)

        names = self.actions_by_name
        sitting_menu = self.menuBar().addMenu(_t("&Sitting"))
        for n in ("nextSegment", "endSegment", "skipSegment", "overrunToDelay", None, "closeSitting"):
            sitting_menu.addSeparator() if n is None else sitting_menu.addAction(names[n])
        speaker_menu = self.menuBar().addMenu(_t("S&peaker"))
        for n in ("nextSpeaker", "pauseResume", "plus30", "minus30", "endSpeaker", "skipSpeaker", "recallSpeaker", None, "requestFloor", "pointOfOrder", "message"):
            speaker_menu.addSeparator() if n is None else speaker_menu.addAction(names[n])
        edit_menu = self.menuBar().addMenu(_t("&Edit"))
        edit_menu.addAction(names["undo"])
        display_menu = self.menuBar().addMenu(_t("D&isplay"))
        display_menu.addAction(names["speakerDisplay"])
        display_menu.addAction(names["displayFullScreen"])
        display_menu.addAction(_t("Share screens on the &network…"), lambda: share_screens(self)).setObjectName("shareScreens")
        self.screen_menu = display_menu.addMenu(_t("Show on &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        interpretation_menu = self.menuBar().addMenu(_t("In&terpretation"))
        for n in ("interpreterView", "slowDown", "floorLanguage"):
            interpretation_menu.addAction(names[n])
        self.language_menu = interpretation_menu.addMenu(_t("Floor language is"))
        plan = getattr(getattr(self.live, "snapshot", None), "interpretation", None)
        for number, code in enumerate(getattr(plan, "languages", ()), start=1):
            action = self.language_menu.addAction(f"&{number} {text.language(code)}")
            action.setObjectName(f"floorLanguage-{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.command(self.live.set_floor_language, c))

        self.menuBar().addMenu(_t("&Questions")).addAction(names["putRound"])

        toolbar = QToolBar(_t("Live actions"))
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
            reason = getattr(e, "reason", None) or str(e)
            self.notify(reason[:1].upper() + reason[1:], "refused")  # the core's reasons start in lower case
            return False
        except text.STORAGE_ERRORS as e:
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

    def start_next_segment(self) -> None:
        if self.ticker.view.sitting.status == "planned" and not self.command(self.live.open_sitting):
            return
        self.command(self.live.start_segment)

    def skip_speaker(self) -> None:
        index = self.queue_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.queue.rowCount() == 0:
            self.notify(_t("Nobody is waiting on the list."), "refused")
            return
        self.command(self.live.drop, self.queue.entry_id(row))

    def recall_speaker(self) -> None:
        dropped = self.ticker.view.dropped
        if not dropped:
            self.notify(_t("No skipped speaker is waiting to be called again."), "refused")
            return
        self.command(self.live.recall, dropped[0].entry_id)

    def skip_segment(self) -> None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            self.notify(_t("Select the segment to skip in the agenda first."), "refused")
            return
        self.command(self.live.skip_segment, self.agenda.segment_id(index.row()))

    def _request_floor(self, key: str | None, *, name: str | None, delegation: str | None, online: bool, kind: str) -> bool:
        done = self.command(self.live.request_floor, key, name=name, delegation=delegation, online=online, kind=kind)
        if done:
            self.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def begin_message(self) -> None:
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
            message = tr("{0} (late: the computer was asleep)", "Console").format(message)
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
    def ensure_display(self):
        from .speaker_display import SpeakerDisplay

        if self.display is None:
            self.display = SpeakerDisplay(self.ticker, settings=self.settings)
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
        return self.interpreters

    def toggle_interpreter_view(self) -> None:
        view = self.ensure_interpreter_view()
        view.setVisible(not view.isVisible())

    def toggle_slow_down(self) -> None:
        info = getattr(self.ticker.view, "interpretation", None)
        self.command(self.live.slow_down, not (info is not None and info.slow_down))

    def choose_floor_language(self) -> None:
        """L: the meeting's languages as a menu beside the speaker card (1, 2, 3 … pick one; Esc leaves it)."""
        if self.ticker.view.speaker is None:
            self.notify(_t("Nobody is speaking."), "refused")
            return
        self.language_menu.popup(self.card.mapToGlobal(self.card.rect().center()))

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            geometry = screen.geometry()
            action = self.screen_menu.addAction(f"&{number} {screen.name()} ({geometry.width()}×{geometry.height()})")
            action.triggered.connect(lambda _checked=False, s=screen: self.ensure_display().show_on(s))

    # ------------------------------------------------------------------ rendering
    def render(self, view: Any, change: Change) -> None:
        """Repaint from the core's view; a clock tick touches only the clocks that run."""
        tick = change.tick
        self.clocks.render(view)
        if not tick or view.speaker is not None or view.current_segment is not None:
            self.card.render(view)
        self.agenda.update(view.segments)
        self.queue.update(view.queue, view.cut_index)
        if change.requires_queue_redraw():
            self._render_fit(view)
        self._render_actions(view)

    def _render_fit(self, view: Any) -> None:
        waiting = len(view.queue)
        if not waiting:
            line = _t("Nobody is waiting. R adds a speaker, O a point of order.")
        elif view.cut_index is None:
            line = tr("All {0} fit before the segment ends.", "Console").format(waiting)
        else:
            line = tr("{0} of {1} fit before the segment ends (red line): the rest speak time permitting.", "Console").format(view.cut_index, waiting)
            if view.limit_to_fit_all is not None:
                line += " " + tr("A limit of {0} each would fit everyone.", "Console").format(text.duration(text.as_seconds(view.limit_to_fit_all)))
        self._shown.set(self.fit_label, line)
        dropped = ", ".join(e.name for e in view.dropped)
        self._shown.set(self.dropped_label, tr("Skipped, to call again (Shift+S): {0}", "Console").format(dropped) if dropped else "")

    def _render_actions(self, view: Any) -> None:
        speaker = view.speaker
        label = _t("&Resume") if speaker is not None and speaker.paused else _t("&Pause")
        pause = self.actions_by_name["pauseResume"]
        if pause.text() != label:
            pause.setText(label)
            self._key_hint(pause)
        undo = self.actions_by_name["undo"]
        if undo.isEnabled() != bool(view.can_undo):
            undo.setEnabled(bool(view.can_undo))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reminders is not None:
            self.reminders.close()
            self.reminders = None
        self.ticker.stop()
        self.ticker.detach()
        if self.settings is not None:
            self.settings.setValue("console/geometry", self.saveGeometry())
        if self.display is not None:
            self.display.close()
        if self.interpreters is not None:
            self.interpreters.close()
        self.questions_strip.detach()
        if self.owns_live:
            self.live.close()
            self.owns_live = False
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

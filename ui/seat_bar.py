"""The seat's line: who holds the sitting (a console that follows offers to take it over), and a lost
connection to the database, on every seat."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from meetingdesk import i18n
from meetingdesk.live import Change, Link, StorageError

from .text import reason, translate


def lease_words(live: Any, zone: dt.tzinfo | None, now: float) -> str | None:
    """What a console that follows says about the console that holds its sitting (None: this one holds it)."""
    if live.holds:
        return None
    lease = live.lease
    if lease is None:
        return translate("SeatBar", "Nobody holds this sitting: take it over to run it from here.")
    since = i18n.time(dt.datetime.fromtimestamp(lease.since, zone or dt.timezone.utc))
    ago = max(0, round(now - lease.heartbeat))
    heard = translate("SeatBar", "last heard {0}").format(i18n.ago(ago))
    return translate("SeatBar", "Held by {user} on {holder} since {since}, {heard}. This console follows it.").format(
        user=lease.user, holder=lease.holder, since=since, heard=heard)


class SeatBar(QFrame):
    """Shown only when there is something to say: the sitting is held elsewhere, or the link is down."""

    def __init__(self, live: Any, clock: Any, zone: dt.tzinfo | None = None, *, can_take_over: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatBar")
        self.setStyleSheet("#seatBar { background: #fff4d6; border: 1px solid #d9a400; }")
        self.live, self.clock, self.zone = live, clock, zone
        self.link: Link | None = None
        self.label = QLabel()
        self.label.setObjectName("seatLabel")
        self.label.setWordWrap(True)
        self.take_over_button = QPushButton(translate("SeatBar", "Take over this sitting"))
        self.take_over_button.setObjectName("takeOverButton")
        self.take_over_button.clicked.connect(self.take_over)
        self.take_over_button.setVisible(can_take_over)
        self.can_take_over = can_take_over
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.take_over_button)
        live.subscribe(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.requires_seat_redraw():
            self.refresh()

    def on_link(self, link: Link) -> None:
        self.link = link
        self.refresh()

    def take_over(self) -> None:
        try:
            self.live.take_over()
        except StorageError as e:
            self.label.setText(reason(e))
            return
        self.refresh()

    def refresh(self) -> None:
        lines = []
        if self.link is not None and not self.link.up:
            lines.append(self.link.words() or "")
        held = lease_words(self.live, self.zone, self.live.now()) if self.can_take_over else None
        if held:
            lines.append(held)
        self.label.setText("\n".join(lines))
        self.take_over_button.setVisible(bool(held))
        self.setVisible(bool(lines))

"""Display ▸ Share screens on the network…: the speaker's timer, the interpreters' view and the
chair's view of the console's sitting in any browser on the room's network.

The dialog starts the core's ``ScreenServer`` on the application's own event loop (qasync), on the
interface the moderator chooses (this computer only, unless a network is chosen), and shows each
screen's address with a QR code to scan. Each address can be replaced (the old one stops working
and its pages say so); sharing stops with the button, or when the console closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QTextOption
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .text import QT_TRANSLATE_NOOP, reason, translate

log = logging.getLogger(__name__)


LOCAL = "127.0.0.1"
EVERY = "0.0.0.0"
DEFAULT_PORT = 8765  # as ``meetingdesk screens``
TITLES = {
    "speaker": (QT_TRANSLATE_NOOP("ShareScreens", "Speaker's timer"), QT_TRANSLATE_NOOP("ShareScreens", "for an online speaker, or a screen at the lectern")),
    "interpreters": (QT_TRANSLATE_NOOP("ShareScreens", "Interpreters"), QT_TRANSLATE_NOOP("ShareScreens", "for the booths' own computers")),
    "chair": (QT_TRANSLATE_NOOP("ShareScreens", "Chair"), QT_TRANSLATE_NOOP("ShareScreens", "the clocks and the list of speakers, on a tablet")),
}

Runner = Callable[[Coroutine[Any, Any, Any], Callable[[BaseException | None], None]], None]


def run_on_loop(coroutine: Coroutine[Any, Any, Any], done: Callable[[BaseException | None], None]) -> None:
    """Run ``coroutine`` on the application's event loop (qasync); ``done(error or None)`` after."""
    task = asyncio.ensure_future(coroutine)
    task.add_done_callback(lambda t: done(None if t.cancelled() else t.exception()))


def interfaces() -> list[tuple[str, str]]:
    """(label, address) of each place to serve: this computer only, each network it is on, all of them."""
    found = [(translate("ShareScreens", "This computer only (127.0.0.1)"), LOCAL)]
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            address: QHostAddress = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not address.isLoopback():
                label = translate("ShareScreens", "The network of {0} ({1})").format(interface.humanReadableName(), address.toString())
                found.append((label, address.toString()))
    found.append((translate("ShareScreens", "Every network of this computer (0.0.0.0)"), EVERY))
    return found


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` (segno), dark on white with its quiet zone, as a pixmap."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class ScreenBox(QGroupBox):
    """One screen: its address, a QR code of it, Copy and New address."""

    def __init__(self, screen: str, renew: Callable[[str], None], parent: QWidget | None = None) -> None:
        title, use = TITLES[screen]
        super().__init__(translate("ShareScreens", title), parent)
        self.setObjectName(f"share-{screen}")
        self.url: str | None = None
        self.qr = QLabel()
        self.qr.setObjectName(f"qr-{screen}")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(200, 200)
        self.qr.setAccessibleName(translate("ShareScreens", "QR code of the address of the {0}").format(translate("ShareScreens", title)))
        self.use = QLabel(translate("ShareScreens", use))
        self.use.setWordWrap(True)
        self.address = QPlainTextEdit()  # the whole address, broken anywhere: it has no spaces
        self.address.setObjectName(f"url-{screen}")
        self.address.setReadOnly(True)
        self.address.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.address.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.address.setFixedHeight(round(self.address.fontMetrics().lineSpacing() * 2.6) + 8)
        self.address.setAccessibleName(translate("ShareScreens", "Address of the {0}").format(translate("ShareScreens", title)))
        self.copy = QPushButton(translate("ShareScreens", "&Copy"))
        self.copy.setToolTip(translate("ShareScreens", "Copy the address, to send it to whoever needs this screen"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url or ""))
        self.renew = QPushButton(translate("ShareScreens", "&New address"))
        self.renew.setToolTip(translate("ShareScreens", "Replace this address: pages open with the old one stop and say so"))
        self.renew.clicked.connect(lambda: renew(screen))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.renew)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addLayout(buttons)
        self.show_url("")

    def show_url(self, url: str) -> None:
        if url == self.url:
            return
        self.url = url
        self.address.setPlainText(url)
        self.copy.setEnabled(bool(url))
        self.renew.setEnabled(bool(url))
        if url:
            self.qr.setPixmap(qr_pixmap(url))
            self.qr.setToolTip(url)
        else:
            self.qr.clear()
            self.qr.setText(translate("ShareScreens", "Not shared"))
            self.qr.setToolTip("")


class ShareScreensDialog(QDialog):
    """``ShareScreensDialog(store, sitting_id, clock)``; ``run`` runs the server's coroutines (the
    application's event loop by default)."""

    def __init__(self, store: Any, sitting_id: int, clock: Any = None, *, title: str = "",
                 settings: QSettings | None = None, run: Runner = run_on_loop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShareScreensDialog")
        self.setWindowTitle(translate("ShareScreens", "Share screens on the network — {0}").format(title) if title else translate("ShareScreens", "Share screens on the network"))
        self.store, self.sitting_id, self.clock, self.settings, self.run = store, sitting_id, clock, settings, run
        self.server: Any = None
        self.busy = False

        self.where = QComboBox()
        self.where.setObjectName("shareInterface")
        self.where.setAccessibleName(translate("ShareScreens", "Where to share the screens"))
        for label, address in interfaces():
            self.where.addItem(label, address)
        remembered = settings.value("screens/host") if settings is not None else None
        if remembered is not None and self.where.findData(remembered) >= 0:
            self.where.setCurrentIndex(self.where.findData(remembered))
        self.port = QSpinBox()
        self.port.setObjectName("sharePort")
        self.port.setRange(1024, 65535)
        self.port.setValue(int(str(settings.value("screens/port", DEFAULT_PORT))) if settings is not None else DEFAULT_PORT)
        self.toggle = QPushButton(translate("ShareScreens", "&Start sharing"))
        self.toggle.setObjectName("shareToggle")
        self.toggle.setDefault(True)
        self.toggle.clicked.connect(self.start_or_stop)
        self.renew_all = QPushButton(translate("ShareScreens", "New addresses for &all"))
        self.renew_all.setToolTip(translate("ShareScreens", "Replace every address: every page open now stops and says so"))
        self.renew_all.clicked.connect(lambda: self.renew(None))
        self.status = QLabel()
        self.status.setObjectName("shareStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("ShareScreens", "Share on:"), self.where)
        form.addRow(translate("ShareScreens", "Port:"), self.port)
        controls = QHBoxLayout()
        controls.addWidget(self.toggle)
        controls.addWidget(self.renew_all)
        controls.addStretch(1)
        self.boxes = {screen: ScreenBox(screen, self.renew) for screen in TITLES}
        grid = QGridLayout()
        for column, box in enumerate(self.boxes.values()):
            grid.addWidget(box, 0, column)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addLayout(grid, 1)
        if parent is not None:
            parent.installEventFilter(self)  # sharing stops when the console closes
        self.show_state()

    # ------------------------------------------------------------------ sharing
    def start_or_stop(self) -> None:
        if self.busy:
            return
        if self.server is not None and self.server.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        from meetingdesk.screens.server import ScreenServer

        host, port = self.where.currentData(), self.port.value()
        if self.settings is not None:
            self.settings.setValue("screens/host", host)
            self.settings.setValue("screens/port", port)
        self.server = ScreenServer(self.store, self.sitting_id, clock=self.clock, host=host, port=port)
        self.busy = True
        self.show_state(translate("ShareScreens", "Starting…"))
        self.run(self.server.start(), self._started)

    def _started(self, error: BaseException | None) -> None:
        self.busy = False
        if error is None:
            self.show_state()
            return
        log.warning("the screens could not be shared: %s", error)
        self.server = None
        if isinstance(error, OSError):
            why = translate("ShareScreens", "Port {0} cannot be used on {1} ({2}): choose another port, or another network.").format(
                self.port.value(), self.where.currentData(), error.strerror or error)
        else:
            why = translate("ShareScreens", "The screens cannot be shared: {0}").format(reason(error))
        self.show_state(why, problem=True)

    def stop(self) -> None:
        if self.server is None or not self.server.running:
            return
        self.busy = True
        self.run(self.server.stop(), self._stopped)

    def _stopped(self, _error: BaseException | None) -> None:
        self.busy = False
        self.server = None
        self.show_state(translate("ShareScreens", "Sharing stopped: the pages say that the connection is lost."))

    def renew(self, screen: str | None) -> None:
        if self.server is not None and self.server.running:
            self.server.renew(screen)
            self.show_state(translate("ShareScreens", "New address given: pages open with the old one stopped.") if screen else
                        translate("ShareScreens", "New addresses given: every page open with an old one stopped."))

    # ------------------------------------------------------------------ showing
    def show_state(self, note: str = "", problem: bool = False) -> None:
        sharing = self.server is not None and self.server.running
        self.toggle.setText(translate("ShareScreens", "&Stop sharing") if sharing else translate("ShareScreens", "&Start sharing"))
        self.toggle.setEnabled(not self.busy)
        self.where.setEnabled(not sharing and not self.busy)
        self.port.setEnabled(not sharing and not self.busy)
        self.renew_all.setEnabled(sharing)
        urls = self.server.urls() if sharing else {}
        if sharing and self.port.value() != self.server.port:
            self.port.setValue(self.server.port)
        for screen, box in self.boxes.items():
            box.show_url(urls.get(screen, ""))
        if not note:
            if sharing and self.server.host == LOCAL:
                note = translate("ShareScreens", "Shared on this computer only: choose a network to reach phones, tablets and booths.")
            elif sharing:
                note = translate("ShareScreens", "Anyone with an address can read that screen (read-only): give each to those who need it. "
                          "Phones and tablets must be on the same network.")
            else:
                note = translate("ShareScreens", "Not shared. The screens are read-only; each address carries a secret that changes every time "
                          "sharing starts.")
        self.status.setText(note)
        self.status.setStyleSheet("color: #a50e0e; font-weight: bold;" if problem else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def share(console: Any) -> ShareScreensDialog | None:
    """Open (or raise) the share dialog of ``console``'s sitting."""
    dialog = console.findChild(ShareScreensDialog)
    if dialog is None:
        store = getattr(console, "store", None)
        if store is None:
            console.notify(translate("ShareScreens", "This console cannot share its screens: it was opened without its database."), "warning")
            return None
        title = console.windowTitle().split(" — ")[0]
        dialog = ShareScreensDialog(store, console.live.sitting_id, console.clock, title=title,
                                    settings=console.settings, parent=console)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog

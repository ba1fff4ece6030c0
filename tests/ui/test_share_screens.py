"""Display ▸ Share screens on the network…: the addresses of the three screens with their QR codes,
a new address for one screen, a port in use said in words, sharing stopped with the console.

pytest-qt does not drive qasync: the dialog is given a runner that runs the server's coroutines on
a private event loop, which also serves the requests the tests make through it.
"""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QScreen
from PySide6.QtWidgets import QWidget

from ui.console import open_console
from ui.share_screens import ShareScreensDialog

SCALE, BORDER = 5, 4  # as ui.share_screens.qr_pixmap draws the codes


@pytest.fixture
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture
def dialog(qtbot, store, hrc, clock, settings, loop):
    def run(coroutine, done):
        try:
            loop.run_until_complete(coroutine)
        except Exception as e:
            done(e)
        else:
            done(None)

    parent = QWidget()
    qtbot.addWidget(parent)
    window = ShareScreensDialog(store, hrc, clock, title="HRC side event", settings=settings, run=run, parent=parent)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.stop()


def fetch(loop, url):
    async def get():
        async with aiohttp.ClientSession() as http, http.get(url) as response:
            return response.status, await response.text()
    return loop.run_until_complete(get())


def decodes_to(pixmap, text) -> bool:
    """The QR code drawn is the one of ``text``: every module's centre has its colour."""
    image = pixmap.toImage()
    matrix = segno.make(text, error="m").matrix
    for row, modules in enumerate(matrix):
        for column, dark in enumerate(modules):
            x, y = (BORDER + column) * SCALE + SCALE // 2, (BORDER + row) * SCALE + SCALE // 2
            if (QColor(image.pixel(x, y)).lightness() < 128) != bool(dark):
                return False
    return True


def test_sharing_shows_each_screens_address_and_its_qr_code_and_the_pages_answer(qtbot, dialog, loop):
    assert dialog.where.currentData() == "127.0.0.1" and dialog.port.value() == 8765  # this computer only, by default
    assert all(box.address.toPlainText() == "" and box.qr.text() == "Not shared" for box in dialog.boxes.values())
    assert all(isinstance(box.screen(), QScreen) for box in dialog.boxes.values())  # Qt's, not shadowed by a name
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.server.running and dialog.toggle.text() == "&Stop sharing"
    assert "this computer only" in dialog.status.text()
    for screen, box in dialog.boxes.items():
        url = box.address.toPlainText()
        assert url.startswith(f"http://127.0.0.1:{dialog.port.value()}/{screen}/") and url == dialog.server.url(screen)
        assert decodes_to(box.qr.pixmap(), url)
        status, page = fetch(loop, url)
        assert status == 200 and "MeetingDesk" in page
    assert not dialog.where.isEnabled() and not dialog.port.isEnabled()  # while shared


def test_a_new_address_replaces_one_screens_and_the_old_one_is_refused(qtbot, dialog, loop):
    dialog.port.setValue(free_port())
    dialog.start()
    old, chair = dialog.boxes["speaker"].address.toPlainText(), dialog.boxes["chair"].address.toPlainText()
    qtbot.mouseClick(dialog.boxes["speaker"].renew, Qt.MouseButton.LeftButton)
    new = dialog.boxes["speaker"].address.toPlainText()
    assert new != old and decodes_to(dialog.boxes["speaker"].qr.pixmap(), new)
    assert dialog.boxes["chair"].address.toPlainText() == chair
    assert fetch(loop, old)[0] == 403 and fetch(loop, new)[0] == 200
    assert "New address given" in dialog.status.text()


def test_a_port_in_use_is_said_in_words_and_nothing_is_shared(qtbot, dialog):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.server is None and dialog.toggle.text() == "&Start sharing"
    assert f"Port {dialog.port.value()} cannot be used on 127.0.0.1" in dialog.status.text()
    assert dialog.where.isEnabled()


def test_stopping_and_closing_the_console_stop_sharing(qtbot, dialog, loop):
    dialog.port.setValue(free_port())
    dialog.start()
    url = dialog.boxes["chair"].address.toPlainText()
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.server is None and dialog.boxes["chair"].address.toPlainText() == ""
    assert "Sharing stopped" in dialog.status.text()
    with pytest.raises(aiohttp.ClientConnectorError):
        fetch(loop, url)
    dialog.start()
    server = dialog.server
    dialog.parent().close()  # the console closes
    assert not server.running


def test_the_consoles_display_menu_opens_the_dialog_for_its_sitting(qtbot, store, hrc, clock, settings):
    console = open_console(store, hrc, clock=clock, settings=settings)
    qtbot.addWidget(console)
    action = console.findChild(type(console.actions_by_name["undo"]), "shareScreens")
    assert action is not None and action.text() == "Share screens on the &network…"
    action.trigger()
    dialog = console.findChild(ShareScreensDialog)
    assert dialog is not None and dialog.isVisible() and dialog.sitting_id == hrc
    assert dialog.windowTitle().startswith("Share screens on the network — ")
    action.trigger()
    assert len(console.findChildren(ShareScreensDialog)) == 1  # raised again, not opened twice
    console.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

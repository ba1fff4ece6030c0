"""Render the screenshots of the screens shared on the network: the speaker's timer, the
interpreters' view and the chair's view during the HRC side event sample (14 March 2025), in
Debian's chromium at phone sizes (portrait and landscape) and at a desktop's; and the application's
Display ▸ Share screens on the network… dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_screens.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "screens"))

SIZES = {"phone": (390, 844), "phone-landscape": (844, 390), "desktop": (1280, 800)}


async def shoot(browser, url: str, name: str, ready: str) -> None:
    for size, (width, height) in SIZES.items():
        page = await browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        await page.goto(url)
        await page.wait_for_function(f"() => {ready}", timeout=10_000)
        await page.screenshot(path=str(HERE / f"screens-{name}-{size}.png"))
        await page.close()
        print(f"wrote screens-{name}-{size}.png")


async def pages(store) -> None:
    from playwright.async_api import async_playwright

    from browser import launch
    from screens_samples import Sitting, caught_up, serving

    s = Sitting(store)
    live, rap = s.live, s.rapporteur
    try:
        async with serving(s) as server, async_playwright() as pw:
            browser = await launch(pw)
            # 14:24:55 — the panel: six panellists at up to 5 minutes in 25, the last may not be heard; the first has 25 s left
            s.at(14, 20)
            live.open_sitting()
            live.start_segment()
            s.at(14, 20, 20)
            live.end_segment()  # the opening is cut short in this picture: the panel is what the chair watches
            live.start_segment()
            live.call_next()
            s.at(14, 24, 55)
            live.message("Please conclude")
            rap.add_question("How do your shelters reach children online?", asker="Delegation of Chile",
                             delegation="Chile", addressed_to=["choluj", "tamang"])
            rap.add_question("What support do survivors receive after a trial?", asker="Save the Children")
            await caught_up(server, s)
            await shoot(browser, server.url("speaker"), "speaker",
                        "document.getElementById('message').textContent && document.getElementById('timer').dataset.phase === 'warning'")
            await shoot(browser, server.url("chair"), "chair", "document.querySelector('#queue li.cut') !== null && !document.getElementById('questions').hidden")
            # 14:43 — Ms. Charimaya Tamang speaks Nepali: English works from the floor, the others on relay
            for minute in (25, 29, 33, 37, 41):
                s.at(14, minute)
                live.call_next()
            s.at(14, 43, 10)
            live.slow_down()
            await caught_up(server, s)
            await shoot(browser, server.url("interpreters"), "interpreters",
                        "document.getElementById('language').textContent === 'Nepali' && !document.getElementById('slow').hidden")
            await browser.close()
    finally:
        s.close()


def dialog(store) -> None:
    """The share dialog, sharing on this computer, rendered offscreen."""
    from PySide6.QtWidgets import QApplication

    from meetingdesk.live import FakeClock
    from screens_samples import Sitting
    from ui.share_screens import ShareScreensDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = asyncio.new_event_loop()
    s = Sitting(store)
    window = ShareScreensDialog(store, s.sitting_id, FakeClock(s.clock.utc()), title="Trafficking in children on the rise",
                                run=lambda coroutine, done: done(loop.run_until_complete(coroutine)))
    window.port.setMinimum(0)
    window.port.setValue(0)  # any free port: the dialog shows the one the server got
    window.start()
    window.resize(1100, 560)
    window.show()
    app.processEvents()
    window.grab().save(str(HERE / "screens-share-dialog.png"))
    print("wrote screens-share-dialog.png")
    window.stop()
    s.close()
    loop.close()


def main() -> int:
    from meetingdesk.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(pages(open_store(f"sqlite:///{Path(tmp) / 'pages.sqlite'}")))
        dialog(open_store(f"sqlite:///{Path(tmp) / 'dialog.sqlite'}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

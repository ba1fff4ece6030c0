"""The three pages in a real browser: Debian's chromium, headless, driven by Playwright.

Each page shows the speaker's public name and its digits change after a command; a page says at once
that its connection is lost and catches up when it comes back; and the HRC side event with two
protected survivor leaders runs start to finish with the three pages open, none of them ever
showing, nor receiving, a protected name.
"""

from __future__ import annotations

import asyncio
import re

import pytest

from browser import launch, missing
from meetingdesk.screens import colours
from protected_samples import FORMS, fold, programme
from screens_samples import Recorder, Sitting, caught_up, serving, survivors_sitting, texts

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"the pages are tested in a real browser: {missing()}")

WAIT_MS = 10_000


def run(coroutine):
    return asyncio.run(asyncio.wait_for(coroutine, 120))


def rgb(colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))


async def text(page, selector: str) -> str:
    return (await page.text_content(selector) or "").strip()


async def until_text(page, selector: str, pattern: str) -> str:
    """Wait until the element's text matches ``pattern`` (a regular expression), then return it."""
    await page.wait_for_function(
        "([s, p]) => new RegExp(p).test((document.querySelector(s)?.textContent || '').trim())",
        arg=[selector, pattern], timeout=WAIT_MS,
    )
    return await text(page, selector)


async def open_pages(browser, urls: dict[str, str], width: int = 1280, height: int = 800) -> dict:
    pages = {}
    for screen, url in urls.items():
        page = await browser.new_page(viewport={"width": width, "height": height})
        errors: list[str] = []
        page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
        page.errors = errors
        await page.goto(url)
        await page.wait_for_function("() => document.getElementById('connection').hidden", timeout=WAIT_MS)
        pages[screen] = page
    return pages


def test_each_page_shows_the_public_name_and_its_digits_change_after_a_command(running):
    from playwright.async_api import async_playwright

    async def scenario():
        async with serving(running) as server, async_playwright() as pw:
            browser = await launch(pw)
            pages = await open_pages(browser, server.urls())
            speaker, chair, booths = pages["speaker"], pages["chair"], pages["interpreters"]
            assert await text(speaker, "#top") == "Next speaker"
            assert await text(speaker, "#timer") == "Dr. Najat Maalla M'jid"
            running.live.call_next()
            assert await until_text(speaker, "#top", "Maalla") == "Dr. Najat Maalla M'jid"
            assert re.fullmatch(r"[45]:\d\d", await until_text(speaker, "#timer", r"^[45]:"))
            assert await until_text(booths, "#speaker", "Maalla") == "Dr. Najat Maalla M'jid"
            assert await text(booths, "#language") == "English"
            assert await until_text(chair, "#speaker-name", "Maalla") == "Dr. Najat Maalla M'jid"
            assert await text(chair, "#queue li:first-child .who") == "Ms. Ghada Waly"

            running.at(14, 4, 30)  # 30 s left: amber, as on the room's display
            running.live.message("Please conclude")
            timer = await until_text(speaker, "#timer", r"^0:[0-3]\d$")
            assert await speaker.get_attribute("#timer", "data-phase") == "warning"
            colour = await speaker.eval_on_selector("#timer", "e => getComputedStyle(e).color")
            assert colour == rgb(colours.PHASE_COLOURS["warning"])
            assert await until_text(speaker, "#message", "conclude") == "Please conclude"
            running.live.extend(60)  # a command: the digits follow
            assert await until_text(speaker, "#timer", r"^1:[0-3]\d$") != timer
            assert await speaker.get_attribute("#timer", "data-phase") == "normal"
            assert re.fullmatch(r"1:[0-3]\d", await until_text(chair, "#speaker-clock", r"^1:"))
            running.at(14, 6, 40)  # past the end: red, counting up
            running.live.slow_down()
            assert re.fullmatch(r"\+0:\d\d", await until_text(speaker, "#timer", r"^\+0:"))
            assert await speaker.get_attribute("#timer", "data-phase") == "overtime"
            await speaker.wait_for_selector("#slow", state="visible", timeout=WAIT_MS)
            await booths.wait_for_selector("#slow", state="visible", timeout=WAIT_MS)
            for page in pages.values():
                assert page.errors == []
            await browser.close()

    run(scenario())


def test_a_page_says_at_once_that_the_connection_is_lost_and_catches_up_when_it_returns(running):
    from playwright.async_api import async_playwright

    async def scenario():
        async with serving(running) as server, Recorder(server.port) as line, async_playwright() as pw:
            browser = await launch(pw)
            urls = {screen: line.url(url) for screen, url in server.urls().items()}
            pages = await open_pages(browser, urls)
            line.cut()  # the Wi-Fi drops
            for page in pages.values():
                await page.wait_for_selector("#connection", state="visible", timeout=WAIT_MS)
                assert "Connection to MeetingDesk lost" in await text(page, "#connection")
            running.live.call_next()  # meanwhile the chair gives the floor
            await caught_up(server, running)
            line.mend()
            for page in pages.values():
                await page.wait_for_selector("#connection", state="hidden", timeout=WAIT_MS)
            assert await until_text(pages["speaker"], "#top", "Maalla") == "Dr. Najat Maalla M'jid"
            assert await until_text(pages["chair"], "#speaker-name", "Maalla") == "Dr. Najat Maalla M'jid"

            await server.stop()  # sharing stops: every page says so at once
            for page in pages.values():
                await page.wait_for_selector("#connection", state="visible", timeout=WAIT_MS)
            await browser.close()

    run(scenario())


def test_a_withdrawn_address_says_so_instead_of_trying_for_ever(running):
    from playwright.async_api import async_playwright

    async def scenario():
        async with serving(running) as server, async_playwright() as pw:
            browser = await launch(pw)
            pages = await open_pages(browser, {"chair": server.url("chair")})
            server.renew("chair")
            assert "withdrawn" in await until_text(pages["chair"], "#connection", "withdrawn")
            response = await pages["chair"].reload()
            assert response.status == 403 and "needs its token" in await pages["chair"].inner_text("body")
            await browser.close()

    run(scenario())


@pytest.mark.parametrize("width,height", [(390, 844), (844, 390), (1280, 800)])
def test_the_digits_fill_the_screen_without_being_cut_on_phones_and_desktops(running, width, height):
    from playwright.async_api import async_playwright

    async def scenario():
        async with serving(running) as server, async_playwright() as pw:
            browser = await launch(pw)
            running.live.call_next()
            running.at(14, 19, 59)  # overtime of more than ten minutes: the widest the digits get
            pages = await open_pages(browser, server.urls(), width, height)
            speaker = pages["speaker"]
            await until_text(speaker, "#timer", r"^\+1\d:")
            box = await speaker.eval_on_selector(
                "#timer", "e => ({font: parseFloat(getComputedStyle(e).fontSize), scroll: e.scrollWidth, width: innerWidth, height: innerHeight})"
            )
            assert box["scroll"] <= box["width"]  # nothing cut
            if width > height:  # digits about a third of the screen's height (glyphs ≈ 0.72 of the font size)
                assert box["font"] * 0.72 >= 0.25 * box["height"]
            for page in pages.values():
                wide = await page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")
                assert wide, f"{page.url} scrolls sideways at {width}x{height}"
            await browser.close()

    run(scenario())


MOMENTS = ("opening", "protected speaker", "message", "between segments", "Tamang in Nepali", "questions", "closing",
           "closed")


def watch_survivors(store, tmp_path, checks_for, after=None) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The HRC side event with two protected survivor leaders run start to finish with the three pages
    open through a recording proxy. ``checks_for(pages)`` gives, for each moment, (page, selector,
    pattern) to wait for; ``await after(pages)`` runs once the sitting is closed. Returns what each
    page showed at each moment, and every text the browser was sent (pages, files and messages)."""
    from playwright.async_api import async_playwright

    sitting = Sitting(store, programme(tmp_path))
    shown: dict[str, dict[str, str]] = {}

    async def scenario():
        async with serving(sitting) as server, Recorder(server.port) as line, async_playwright() as pw:
            browser = await launch(pw)
            pages = await open_pages(browser, {s: line.url(u) for s, u in server.urls().items()})
            checks = checks_for(pages)

            async def step(what):
                await caught_up(server, sitting)
                for page, selector, pattern in checks[what]:
                    await until_text(page, selector, pattern)
                shown[what] = {screen: await page.inner_text("body") for screen, page in pages.items()}

            await survivors_sitting(sitting, step)
            if after is not None:
                await after(pages)
            for page in pages.values():
                assert page.errors == []
            await browser.close()
            return [t for stream in line.streams for t in texts(stream)]

    try:
        sent = run(scenario())
    finally:
        sitting.close()
    assert tuple(shown) == MOMENTS
    return shown, sent


def test_the_hrc_side_event_runs_with_the_three_pages_open_and_none_shows_or_receives_a_protected_name(store, tmp_path):
    def checks(pages):
        speaker, chair, booths = pages["speaker"], pages["chair"], pages["interpreters"]
        return {
            "opening": [(speaker, "#top", "Maalla"), (chair, "#queue li:first-child .who", "Waly")],
            "protected speaker": [(speaker, "#top", "^Survivor leader A$"), (booths, "#speaker", "^Survivor leader A$"),
                                  (chair, "#speaker-name", "^Survivor leader A$")],
            "message": [(speaker, "#message", "^Survivor leader A, please conclude$"), (speaker, "#slow", "SLOW")],
            "between segments": [(speaker, "#top", "^Next: Actions taken"), (speaker, "#timer", r"^[34]:\d\d$"),
                                 (chair, "#segment-title", "^Next: Actions taken")],
            "Tamang in Nepali": [(speaker, "#top", "^Survivor leader B$"), (booths, "#language", "^Nepali$"),
                                 (booths, "#relay", "relay from English")],
            "questions": [(chair, "#questions-heading", "^Questions waiting: 2"),
                          (chair, "#round li:first-child", "^Q1 Delegation of Chile → Survivor leader A")],
            "closing": [(speaker, "#top", "Maalla")],
            "closed": [(speaker, "#top", "^The sitting is closed$"), (chair, "#segment-title", "^The sitting is closed$")],
        }

    shown, sent = watch_survivors(store, tmp_path, checks)
    on_screen = fold("\n".join(t for moment in shown.values() for t in moment.values()))
    assert "survivor leader a" in on_screen and not FORMS.search(on_screen)
    received = fold("\n".join(sent))  # everything the browser was sent, pages, files and messages
    assert all(f"<title>{title} — meetingdesk</title>" in received for title in ("speaker's timer", "interpreters", "chair"))
    assert "survivor leader b" in received and sorted(set(FORMS.findall(received))) == []


def test_in_french_the_pages_speak_french_and_still_show_no_protected_name(store, tmp_path):
    """Screens shared from an application set to French: every fixed word of the pages, the language
    names and the protected people's labels are French; no name is shown or sent."""
    from meetingdesk import i18n

    label = "^Personne survivante et dirigeante A$"

    def checks(pages):
        speaker, chair, booths = pages["speaker"], pages["chair"], pages["interpreters"]
        return {
            "opening": [(speaker, "#top", "Maalla")],
            "protected speaker": [(speaker, "#top", label), (booths, "#speaker", label), (chair, "#speaker-name", label)],
            "message": [(speaker, "#message", "^Personne survivante et dirigeante A, please conclude$")],
            "between segments": [(speaker, "#top", "^Suivant : Actions taken"), (chair, "#segment-title", "^Suivant : ")],
            "Tamang in Nepali": [(speaker, "#top", "^Personne survivante et dirigeante B$"), (booths, "#language", "^népalais$")],
            "questions": [(chair, "#questions-heading", "^Questions en attente : 2")],
            "closing": [(speaker, "#top", "Maalla")],
            "closed": [(speaker, "#top", "^La séance est close$")],
        }

    async def after(pages):
        assert await pages["speaker"].get_attribute("html", "lang") == "fr"
        # an empty list says so without a number: it is nobody's turn
        empty = await pages["chair"].eval_on_selector(
            "#queue li:last-child", "e => [e.className, getComputedStyle(e).listStyleType, e.textContent]")
        assert empty == ["empty", "none", "Aucun segment n’est en cours."]

    i18n.set_language("fr")
    try:
        shown, sent = watch_survivors(store, tmp_path, checks, after)
    finally:
        i18n.set_language("en")
    on_screen = "\n".join(t for moment in shown.values() for t in moment.values())
    assert not FORMS.search(fold(on_screen)) and "Survivor leader" not in on_screen
    for english in ("Next speaker", "Nobody has the floor", "Questions waiting", "left", "The sitting is closed"):
        assert english not in on_screen, english
    received = fold("\n".join(sent))
    assert sorted(set(FORMS.findall(received))) == [] and "survivor leader" not in received

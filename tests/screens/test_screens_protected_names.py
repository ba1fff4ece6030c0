"""No protected name in any byte the screens' server sends.

The HRC side event with two protected survivor leaders, whom the chair's message, the rapporteur's
questions and the programme's descriptions name in every form a name takes. Every page and its
files are fetched, and every screen's WebSocket is open from the start of the sitting to its close,
through a proxy that keeps every byte the server sends; then those bytes are searched, accents
and case ignored, for every part of every protected name, as the exports are.
"""

from __future__ import annotations

import asyncio

import aiohttp

from meetingdesk.screens import payloads
from protected_samples import FORMS, fold, programme
from screens_samples import Reader, Recorder, Sitting, caught_up, serving, survivors_sitting, texts


def test_no_byte_the_server_sends_during_the_sitting_carries_a_protected_name(store, tmp_path):
    sitting = Sitting(store, programme(tmp_path))
    seen: dict[str, set[str]] = {screen: set() for screen in payloads.SCREENS}

    async def scenario():
        async with serving(sitting) as server, Recorder(server.port) as proxy, aiohttp.ClientSession() as http:
            urls = {screen: proxy.url(server.url(screen)) for screen in payloads.SCREENS}
            for url in urls.values():
                for path in ("", "screens.js", "screens.css", "colours.css"):
                    async with http.get(url + path) as response:
                        assert response.status == 200
            readers = [Reader(http, url) for url in urls.values()]
            for reader in readers:
                await reader.__aenter__()

            async def step(_what):
                await caught_up(server, sitting)
                for reader in readers:  # each page has what the server sent at this moment
                    count = len(reader.messages)
                    await reader.until(lambda r: len(r.messages) >= count)  # noqa: B023 (awaited in this pass)
                    screen = reader.url.split("/")[3]
                    seen[screen].add(repr(reader.state))

            await survivors_sitting(sitting, step)
            for reader in readers:
                await reader.__aexit__()
            return [text for stream in proxy.streams for text in texts(stream)]

    try:
        sent = asyncio.run(asyncio.wait_for(scenario(), 120))
    finally:
        sitting.close()
    text = fold("\n".join(sent))
    assert "survivor leader a" in text and "survivor leader b" in text  # the search does read the pages' words
    assert "survivor leader a, please conclude" in text  # the chair's message, as the speaker's screen shows it
    assert sorted(set(FORMS.findall(text))) == []
    everything = fold(" ".join(" ".join(states) for states in seen.values()))
    assert "nepali" in everything and "q2" in everything  # the sitting did reach Tamang and the questions

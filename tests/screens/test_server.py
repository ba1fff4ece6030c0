"""The screens' server, as a browser on the room's network meets it: refused without its token, the
page and its files with it, a WebSocket that brings every change with the server's time, tokens
that can be withdrawn, read-only, bound to the interface chosen."""

from __future__ import annotations

import asyncio
import hmac
import json

import aiohttp
import pytest

from meetingdesk.screens import payloads
from meetingdesk.screens.server import DEFAULT_HOST, WITHDRAWN, ScreenServer, Tokens
from screens_samples import Reader, serving


def run(coroutine):
    return asyncio.run(asyncio.wait_for(coroutine, 60))


def test_the_server_refuses_every_request_without_the_right_token(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{server.port}"
            speaker, chair = server.tokens["speaker"], server.tokens["chair"]
            wrong = [
                "/", "/speaker", "/speaker/", "/speaker/nothing/", f"/speaker/{speaker[:-1]}/",
                f"/chair/{speaker}/",  # one screen's token does not open another
                f"/console/{speaker}/", f"/speaker/{speaker}x/live", f"/speaker/{chair}/screens.js", "/favicon.ico",
            ]
            for path in wrong:
                async with http.get(base + path, allow_redirects=False) as response:
                    assert response.status == 403, path
                    assert "needs its token" in await response.text()
                    assert response.headers["Referrer-Policy"] == "no-referrer"
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(f"{base}/speaker/{chair}/live")
            assert refused.value.status == 403
            async with http.post(server.url("speaker")) as response:
                assert response.status in (403, 405)  # read-only: no method but GET
    run(scenario())


def test_the_tokens_are_unguessable_distinct_and_compared_in_constant_time(monkeypatch):
    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: compared.append((a, b)) or real(a, b))
    tokens, other = Tokens(), Tokens()
    values = [tokens[s] for s in payloads.SCREENS] + [other[s] for s in payloads.SCREENS]
    assert len(set(values)) == 6 and all(len(v) >= 24 for v in values)
    assert tokens.check("chair", tokens["chair"]) and not tokens.check("chair", tokens["speaker"])
    assert not tokens.check("console", tokens["speaker"])
    assert len(compared) == 3
    old = tokens["speaker"]
    tokens.renew("speaker")
    assert tokens["speaker"] != old and not tokens.check("speaker", old) and tokens.check("chair", values[2])


def test_each_page_is_served_with_its_files_and_the_colours_of_the_application(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            for screen in payloads.SCREENS:
                url = server.url(screen)
                assert url.startswith(f"http://127.0.0.1:{server.port}/{screen}/")
                async with http.get(url) as page:
                    assert page.status == 200 and page.content_type == "text/html"
                    html = await page.text()
                    assert page.headers["Cache-Control"] == "no-store"
                    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
                assert f'src="{screen}.js"' in html and 'href="colours.css"' in html
                for asset, kind in (("screens.js", "text/javascript"), (f"{screen}.css", "text/css"), ("colours.css", "text/css")):
                    async with http.get(url + asset) as response:
                        assert response.status == 200 and response.content_type == kind, asset
                async with http.get(url + "speaker.html") as response:
                    assert response.status == 404  # the page itself only at its own address
                async with http.get(url[:-1], allow_redirects=False) as response:
                    assert response.status == 302 and response.headers["Location"] == url[len(f"http://127.0.0.1:{server.port}"):]
            async with http.get(server.url("chair") + "colours.css") as response:
                assert "--warning: #e8a200;" in await response.text()
    run(scenario())


def test_a_page_is_sent_everything_at_once_then_each_change_with_the_servers_time(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            async with Reader(http, server.url("speaker")) as page:
                first = page.messages[0]
                assert first["now"] == pytest.approx(running.live.now(), abs=0.01)
                assert first["state"]["speaker"] is None and first["state"]["next_speaker"] == "Dr. Najat Maalla M'jid"
                assert first["state"]["database"] is True
                running.live.call_next()
                await page.until(lambda p: p.state["speaker"] is not None)
                assert page.state["speaker"]["public_name"] == "Dr. Najat Maalla M'jid"
                running.at(14, 1)
                running.live.extend(30)
                await page.until(lambda p: p.state["speaker"]["turn"].endswith(".30"))
                latest = page.messages[-1]
                clock = latest["state"]["speaker"]["clock"]
                assert latest["now"] == pytest.approx(running.live.now(), abs=0.01)
                assert clock["zero"] - latest["now"] == pytest.approx(5 * 60 + 30 - 60, abs=0.01)  # 4:30 left
                # every second the server's time, to every page: a silent page is a lost one
                count = len(page.messages)
                await page.until(lambda p: len(p.messages) > count)
                assert "now" in page.messages[-1]
    run(scenario())


def test_what_a_page_sends_changes_nothing(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            async with Reader(http, server.url("chair")) as page:
                events = len(running.live.events())
                for text in ("call_next", json.dumps({"command": "call_next"}), "x" * 5000):
                    await page.ws.send_str(text)
                count = len(page.messages)
                await page.until(lambda p: len(p.messages) > count or p.closed is not None)
                assert len(running.live.events()) == events
    run(scenario())


def test_a_renewed_address_closes_the_pages_that_used_it_and_the_old_one_is_refused(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            old = server.url("speaker")
            chair = server.url("chair")
            async with Reader(http, old) as speaker, Reader(http, chair) as chair_page:
                server.renew("speaker")
                await speaker.until(lambda p: p.closed is not None)
                assert speaker.closed == WITHDRAWN
                async with http.get(old) as response:
                    assert response.status == 403
                async with http.get(server.url("speaker")) as response:
                    assert response.status == 200
                assert server.url("chair") == chair and chair_page.closed is None  # the others stay
                running.live.call_next()
                await chair_page.until(lambda p: p.state["speaker"] is not None)
    run(scenario())


def test_stopping_closes_every_page_and_stops_listening(running):
    async def scenario():
        server = running.server()
        await server.start()
        port = server.port
        async with aiohttp.ClientSession() as http:
            async with Reader(http, server.url("interpreters")) as page:
                await server.stop()
                await page.until(lambda p: p.closed is not None)
                assert page.closed == aiohttp.WSCloseCode.GOING_AWAY
            with pytest.raises(aiohttp.ClientConnectorError):
                await http.get(f"http://127.0.0.1:{port}/")
        assert server.live is None and server.watch is None and not server.running
    run(scenario())


def test_the_server_binds_only_the_interface_it_is_given(running):
    assert ScreenServer(running.store, running.sitting_id).host == DEFAULT_HOST == "127.0.0.1"

    async def scenario():
        async with serving(running) as server:
            bound = server._runner.addresses  # type: ignore[union-attr]
            assert [a[0] for a in bound] == ["127.0.0.1"]
    run(scenario())


def test_a_port_in_use_is_said_and_nothing_is_left_open(running):
    async def scenario():
        async with serving(running) as first:
            second = ScreenServer(running.store, running.sitting_id, clock=running.clock, port=first.port)
            with pytest.raises(OSError):
                await second.start()
            assert not second.running and second.live is None
    run(scenario())


def test_a_follower_on_another_connection_sees_what_the_rapporteur_logs(running):
    async def scenario():
        async with serving(running) as server, aiohttp.ClientSession() as http:
            async with Reader(http, server.url("chair")) as page:
                assert page.state["questions"] is None
                running.rapporteur.add_question("What support reaches survivors?", asker="Delegation of Chile")
                await page.until(lambda p: p.state["questions"] is not None)
                assert page.state["questions"]["round"][0]["label"] == "Q1"
    run(scenario())

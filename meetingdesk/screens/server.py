"""The screens' web server: the speaker's timer, the interpreters' view and the chair's view in any
browser on the room's network, read-only.

``ScreenServer(store, sitting_id)`` follows the sitting like every other seat (a ``LiveSitting``
opened with ``follow=True``, the rapporteur's ``Record``, one ``Watch``) and serves three pages, each
at its own address with an unguessable token: ``http://HOST:PORT/speaker/TOKEN/`` (and
``/interpreters/…``, ``/chair/…``). It runs on the asyncio loop that is running when ``start()`` is
awaited — the application's qasync loop, or the loop of ``meetingdesk screens`` — and never starts a
loop of its own (aiohttp's ``AppRunner`` and ``TCPSite``).

Each page holds a WebSocket to ``…/TOKEN/live``. On connecting it is sent the whole of what it shows;
then, on every change the sitting's journals bring, what changed; and once a second the server's
time (and what time alone changed: the offset of an overrunning sitting, who still fits). Every
message carries the server's time (``now``), from which a page ticks its clocks itself.

WebSocket rather than server-sent events: aiohttp speaks it natively (server-sent events would
mean writing the event-stream framing by hand or another dependency), a page learns at once that
the server went away (the socket closes), and a browser keeps at most six event streams per
server open over HTTP/1.1, which a chair with a few tabs and reloads reaches.

Security: nothing a page sends is acted upon; every request without the right token for its
screen is refused (403; tokens compared in constant time); the tokens are new for each server
(each sitting shared) and ``renew`` replaces one, closing the pages that used it; the server binds
the one interface it is given (127.0.0.1 unless told otherwise). What is sent is built from public
names only and scrubbed of protected names (``payloads``).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import math
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSCloseCode, web

from meetingdesk import i18n
from meetingdesk.i18n import N_
from meetingdesk.journal.follow import Link, Watch
from meetingdesk.live.settings import LiveSettings

from . import payloads, words
from .colours import css
from .payloads import SCREENS

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
TOKEN_BYTES = 18  # 24 URL-safe characters, 144 bits
WITHDRAWN = 4403  # close code a page reads as "this address was withdrawn"
EARLY = 0.002  # wake just after the second's boundary, never before it
SEND_TIMEOUT = 2.0  # seconds a page may take to read a message before it is let go
TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript"}
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the address: never pass it on
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
}
REFUSED = N_("This address needs its token: ask the meeting's secretariat for the link.")


class Tokens:
    """One unguessable token per screen; ``renew`` replaces one (or all)."""

    def __init__(self) -> None:
        self._tokens = {screen: secrets.token_urlsafe(TOKEN_BYTES) for screen in SCREENS}

    def __getitem__(self, screen: str) -> str:
        return self._tokens[screen]

    def renew(self, screen: str | None = None) -> None:
        for name in SCREENS if screen is None else (screen,):
            self._tokens[name] = secrets.token_urlsafe(TOKEN_BYTES)

    def check(self, screen: str, given: str) -> bool:
        """``given`` is the token of ``screen``, compared in constant time."""
        expected = self._tokens.get(screen, self._tokens["speaker"])  # an unknown screen costs the same
        return hmac.compare_digest(given.encode(), expected.encode()) and screen in self._tokens


@dataclass(eq=False)
class Client:
    screen: str
    token: str
    ws: web.WebSocketResponse
    sent: dict[str, Any] | None = None  # the state this page was last sent


def addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback, as its name resolves (may be empty)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return sorted({str(info[4][0]) for info in infos if not str(info[4][0]).startswith("127.")})


class ScreenServer:
    """Serve the screens of one sitting: ``await start()``, ``urls()``, ``renew()``, ``await stop()``."""

    def __init__(self, store: Any, sitting_id: int, *, clock: Any = None, host: str = DEFAULT_HOST,
                 port: int = DEFAULT_PORT, settings: LiveSettings | None = None):
        self.store = store
        self.sitting_id = sitting_id
        self.clock = clock
        self.host = host
        self.port = port
        self.settings = settings or LiveSettings()
        self.tokens = Tokens()
        self.live: Any = None
        self.record: Any = None
        self.watch: Watch | None = None
        self.names: Any = None
        self.title = ""
        self._runner: web.AppRunner | None = None
        self._clients: set[Client] = set()
        self._pushing: asyncio.Task | None = None
        self._again = self._beat = False
        self._ticking: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._assets = {p.name: p for p in STATIC.iterdir() if p.suffix in TYPES}
        self._colours = css()
        # the pages' words, in the language the screens are shared in: the process's
        self._words = words.script()
        self._pages = {screen: words.html(self._assets[f"{screen}.html"].read_text(encoding="utf-8"), screen)
                       for screen in SCREENS}

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def _started_loop(self) -> asyncio.AbstractEventLoop:
        """The loop the server was started on: every push and close runs there."""
        if self._loop is None:
            raise RuntimeError("the screens server has not been started")
        return self._loop

    async def start(self) -> None:
        """Follow the sitting and listen on ``host``:``port`` (``port`` 0: any free port). Raises
        ``OSError`` when the address cannot be used (a port in use, an address not of this machine)."""
        from meetingdesk.live import LiveSitting
        from meetingdesk.live.clock import SystemClock
        from meetingdesk.record import Record

        clock = self.clock or SystemClock()
        self.live = LiveSitting.open(self.store, self.sitting_id, clock, self.settings, follow=True)
        try:
            self.record = Record.open(self.store, self.sitting_id, clock, live=self.live)
            self.names = self.record.programme.protected
            snap = self.live.snapshot
            self.title = snap.meeting_title if not snap.sitting_title else f"{snap.meeting_title} — {snap.sitting_title}"
            self.live.subscribe(self._changed)
            self.record.subscribe(self._changed)
            self.watch = Watch(self.store, name="MeetingDesk screens")
            self.watch.follow(self.live)
            self.watch.follow(self.record)
            self.watch.subscribe(self._link_changed)
            self.watch.start()
            app = web.Application(middlewares=[_headers])
            app.router.add_get("/{screen}/{token}/live", self._socket)
            app.router.add_get("/{screen}/{token}/", self._page)
            app.router.add_get("/{screen}/{token}/{asset}", self._asset)
            app.router.add_get("/{screen}/{token}", self._slash)
            app.router.add_route("*", "/{tail:.*}", self._refuse)
            runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
            await runner.setup()
            try:
                await web.TCPSite(runner, self.host, self.port).start()
            except BaseException:
                await runner.cleanup()
                raise
        except BaseException:
            self._close_followers()
            raise
        self._runner = runner
        self.port = runner.addresses[0][1]
        self._loop = asyncio.get_running_loop()
        self._ticking = self._loop.create_task(self._tick(), name="screens: seconds")
        log.info("serving the screens of sitting %s on %s:%s", self.sitting_id, self.host, self.port)

    async def stop(self) -> None:
        """Close every page's connection (the pages say the server stopped), stop listening, stop following."""
        if self._runner is None:
            return
        runner, self._runner = self._runner, None
        for task in (self._ticking, self._pushing):
            if task is not None:
                task.cancel()
        self._ticking = self._pushing = None
        await asyncio.gather(*(c.ws.close(code=WSCloseCode.GOING_AWAY, message=b"sharing stopped") for c in list(self._clients)),
                             return_exceptions=True)
        await runner.cleanup()
        self._close_followers()
        log.info("stopped serving the screens of sitting %s", self.sitting_id)

    def _close_followers(self) -> None:
        if self.watch is not None:
            self.watch.close()
            self.watch = None
        for follower in (self.record, self.live):
            if follower is not None:
                follower.close()
        self.record = self.live = None

    # ------------------------------------------------------------------ addresses
    def url_host(self) -> str:
        """The host part of the addresses: the interface served, or this machine's address on the
        network when serving every interface."""
        if self.host in ("", "0.0.0.0", "::"):
            found = addresses()
            return found[0] if found else socket.gethostname()
        return f"[{self.host}]" if ":" in self.host else self.host

    def url(self, screen: str) -> str:
        return f"http://{self.url_host()}:{self.port}/{screen}/{self.tokens[screen]}/"

    def urls(self) -> dict[str, str]:
        return {screen: self.url(screen) for screen in SCREENS}

    def renew(self, screen: str | None = None) -> None:
        """A new address for ``screen`` (None: every screen): the old one is refused from now on and
        the pages that used it are told so."""
        self.tokens.renew(screen)
        stale = [c for c in self._clients if not self.tokens.check(c.screen, c.token)]
        for client in stale:
            self._clients.discard(client)
            if self._loop is not None:
                self._loop.create_task(client.ws.close(code=WITHDRAWN, message=b"address withdrawn"))

    # ------------------------------------------------------------------ requests
    def _allowed(self, request: web.Request) -> str:
        screen, token = request.match_info["screen"], request.match_info["token"]
        if not self.tokens.check(screen, token):
            raise self._refused()
        return screen

    def _refused(self) -> web.HTTPForbidden:
        return web.HTTPForbidden(text=i18n.gettext(REFUSED) + "\n")

    async def _refuse(self, request: web.Request) -> web.StreamResponse:
        raise self._refused()

    async def _slash(self, request: web.Request) -> web.StreamResponse:
        self._allowed(request)
        raise web.HTTPFound(request.path + "/")

    async def _page(self, request: web.Request) -> web.StreamResponse:
        screen = self._allowed(request)
        return web.Response(text=self._pages[screen], content_type="text/html")

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        self._allowed(request)
        name = request.match_info["asset"]
        if name == "colours.css":
            return web.Response(text=self._colours, content_type="text/css")
        if name == "words.js":
            return web.Response(text=self._words, content_type="text/javascript")
        path = self._assets.get(name)
        if path is None or path.suffix == ".html":
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": TYPES[path.suffix]})

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        screen = self._allowed(request)
        ws = web.WebSocketResponse(compress=False, max_msg_size=4096)  # uncompressed: what is sent can be read
        await ws.prepare(request)
        client = Client(screen, request.match_info["token"], ws)
        client.sent = self._state(screen)
        self._clients.add(client)
        try:
            await ws.send_str(self._message(client.sent))  # everything at once: a page that comes back catches up
            async for _message in ws:
                pass  # read-only: whatever a page sends is ignored
        finally:
            self._clients.discard(client)
        return ws

    # ------------------------------------------------------------------ what is sent
    def _now(self) -> float:
        return self.live.now()

    def _state(self, screen: str, now: float | None = None, view: Any = None) -> dict[str, Any]:
        now = self._now() if now is None else now
        view = self.live.view(at=now) if view is None else view
        state = payloads.build(screen, view, now, settings=self.settings, snapshot=self.live.snapshot,
                               names=self.names, record=self.record)
        state["database"] = self.watch is None or self.watch.link.up
        return state

    def _message(self, state: dict[str, Any] | None, now: float | None = None) -> str:
        envelope: dict[str, Any] = {"now": round(self._now() if now is None else now, 3)}
        if state is not None:
            envelope["state"] = state
        return json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))

    def _changed(self, _change: Any) -> None:
        """A listener of the live sitting and the record: push what changed, soon, once."""
        self._schedule()

    def _link_changed(self, _link: Link) -> None:
        self._schedule()

    def _schedule(self, beat: bool = False) -> None:
        """Push soon; one push at a time, so each page gets its messages in order."""
        if self._runner is None:
            return
        self._beat = self._beat or beat
        if self._pushing is not None and not self._pushing.done():
            self._again = True
            return
        self._pushing = self._started_loop.create_task(self._push())

    async def _push(self) -> None:
        """Send each page its state where it changed (on a beat, the time to the others)."""
        while True:
            self._again = False
            beat, self._beat = self._beat, False
            now = self._now()
            view = self.live.view(at=now)
            states: dict[str, dict[str, Any]] = {}
            sends = []
            for client in list(self._clients):
                if client.ws.closed:
                    continue
                if client.screen not in states:
                    states[client.screen] = self._state(client.screen, now, view)
                state = states[client.screen]
                changed = state != client.sent
                if changed or beat:
                    client.sent = state
                    sends.append(self._send(client, self._message(state if changed else None, now)))
            if sends:
                await asyncio.gather(*sends)
            if not (self._again or self._beat):
                return

    async def _send(self, client: Client, text: str) -> None:
        try:
            await asyncio.wait_for(client.ws.send_str(text), SEND_TIMEOUT)
        except (TimeoutError, ConnectionError, RuntimeError) as e:  # a page that stopped reading
            log.info("screens: a %s page stopped reading (%s)", client.screen, type(e).__name__)
            self._clients.discard(client)
            self._started_loop.create_task(client.ws.close())

    async def _tick(self) -> None:
        """Once a second, just after the boundary of the server's second: the time, to every page
        (a page that hears nothing for a while says the connection is lost), and what time alone
        changed (the offset of an overrunning segment, who still fits)."""
        while True:
            now = self._now()
            await asyncio.sleep(math.floor(now) + 1 - now + EARLY)
            self._schedule(beat=True)


@web.middleware
async def _headers(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as e:
        e.headers.update(HEADERS)
        raise
    if not response.prepared:  # a WebSocket's handshake is already sent
        response.headers.update(HEADERS)
    return response

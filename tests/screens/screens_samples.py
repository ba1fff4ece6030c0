"""The HRC side event driven on a fake clock while its screens are served, and what the tests use to
watch them: ``Reader`` (a page's WebSocket read as it comes) and ``Recorder`` (a proxy between the
pages and the server that keeps every byte the server sends, and can cut the line)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp

from meetingdesk.live import FakeClock, LiveSitting
from meetingdesk.record import Record
from meetingdesk.screens.server import ScreenServer
from meetingdesk.store.programmes import import_file, load_meeting

UTC = dt.timezone.utc
HRC_FILE = Path(__file__).resolve().parents[2] / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"
CET = dt.timezone(dt.timedelta(hours=1))
WAIT = 10.0  # seconds a test waits for what must come at once before it fails


class Sitting:
    """The moderator and the rapporteur of one sitting, and a fake clock set to Geneva wall times."""

    def __init__(self, store: Any, path: Path = HRC_FILE, start: tuple[int, int] = (13, 55)):
        self.store = store
        meeting_id, _ = import_file(store, path)
        self.sitting_id = load_meeting(store, meeting_id).sittings[0].id
        self.clock = FakeClock(dt.datetime(2025, 3, 14, *start, tzinfo=CET).astimezone(UTC))
        self.live = LiveSitting.open(store, self.sitting_id, self.clock)
        self.rapporteur = Record.open(store, self.sitting_id, self.clock, live=self.live, author="Anna Rapporteur")
        self.segments = {s.kind: s.id for s in self.live.view().segments}

    def at(self, hh: int, mm: int, ss: int = 0) -> None:
        target = dt.datetime(2025, 3, 14, hh, mm, ss, tzinfo=CET)
        self.clock.advance((target - self.clock.utc()).total_seconds())

    def server(self, **kwargs: Any) -> ScreenServer:
        return ScreenServer(self.store, self.sitting_id, clock=self.clock, port=0, **kwargs)

    def close(self) -> None:
        self.rapporteur.close()
        self.live.close()


@contextlib.asynccontextmanager
async def serving(sitting: Sitting, **kwargs: Any):
    server = sitting.server(**kwargs)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


class Reader:
    """A page's WebSocket, read as messages come; ``state`` is the last state received."""

    def __init__(self, session: aiohttp.ClientSession, url: str):
        self.session, self.url = session, url
        self.messages: list[dict[str, Any]] = []
        self.state: dict[str, Any] | None = None
        self.closed: int | None = None  # the close code, once closed
        self._news = asyncio.Condition()
        self._task: asyncio.Task | None = None

    async def __aenter__(self) -> Reader:
        self.ws = await self.session.ws_connect(self.url + "live")
        self._task = asyncio.get_running_loop().create_task(self._read())
        await self.until(lambda r: r.state is not None)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.ws.close()
        if self._task is not None:
            await self._task

    async def _read(self) -> None:
        async for message in self.ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                data = json.loads(message.data)
                async with self._news:
                    self.messages.append(data)
                    if "state" in data:
                        self.state = data["state"]
                    self._news.notify_all()
        async with self._news:
            self.closed = self.ws.close_code
            self._news.notify_all()

    async def until(self, predicate: Callable[[Reader], bool], timeout: float = WAIT) -> Reader:
        """Wait for what the page is sent to satisfy ``predicate`` (event-driven: no polling)."""
        async with self._news:
            await asyncio.wait_for(self._news.wait_for(lambda: predicate(self)), timeout)
        return self


def texts(stream: bytes) -> list[str]:
    """What one connection carried from the server, as text: each HTTP response (head and body),
    and after a WebSocket's handshake the payload of each frame (uncompressed, unmasked: read as sent)."""
    out: list[str] = []
    rest = bytes(stream)
    while rest:
        head, _, rest = rest.partition(b"\r\n\r\n")
        out.append(head.decode("ascii"))
        fields = dict(line.split(": ", 1) for line in head.decode("ascii").split("\r\n")[1:])
        if head.startswith(b"HTTP/1.1 101"):
            return out + _frames(rest)
        if fields.get("Transfer-Encoding") == "chunked":
            while True:
                size, _, rest = rest.partition(b"\r\n")
                n = int(size, 16)
                out.append(rest[:n].decode("utf-8"))
                rest = rest[n + 2:]
                if n == 0:
                    break
        else:
            n = int(fields.get("Content-Length", "0"))
            out.append(rest[:n].decode("utf-8"))
            rest = rest[n:]
    return out


def _frames(rest: bytes) -> list[str]:
    out = []
    while rest:
        first, second = rest[0], rest[1]
        assert not first & 0x70, "a compressed or extended frame: its bytes could not be read as text"
        assert not second & 0x80, "the server masks no frame"
        length, at = second & 0x7F, 2
        if length == 126:
            length, at = int.from_bytes(rest[2:4], "big"), 4
        elif length == 127:
            length, at = int.from_bytes(rest[2:10], "big"), 10
        payload, rest = rest[at:at + length], rest[at + length:]
        opcode = first & 0x0F
        out.append(payload.decode("utf-8") if opcode == 1 else payload[2:].decode("utf-8") if opcode == 8 else "")
    return out


class Recorder:
    """A TCP proxy on 127.0.0.1 in front of the server: keeps every byte the server sends; ``cut()``
    drops every connection and refuses new ones until ``mend()``."""

    def __init__(self, port: int):
        self.target = port
        self.streams: list[bytearray] = []  # what the server sent on each connection
        self.port = 0
        self._open = True
        self._pipes: set[asyncio.StreamWriter] = set()
        self._server: asyncio.base_events.Server | None = None

    async def __aenter__(self) -> Recorder:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.cut()
        self._server.close()  # type: ignore[union-attr]

    def url(self, server_url: str) -> str:
        return server_url.replace(f":{self.target}/", f":{self.port}/")

    def cut(self) -> None:
        self._open = False
        for writer in list(self._pipes):
            writer.transport.abort()
        self._pipes.clear()

    def mend(self) -> None:
        self._open = True

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self._open:
            writer.transport.abort()
            return
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)
        self._pipes |= {writer, up_writer}
        received = bytearray()
        self.streams.append(received)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter, keep: bool) -> None:
            try:
                while data := await src.read(65536):
                    if keep:
                        received.extend(data)
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                dst.transport.abort() if not dst.is_closing() else None

        await asyncio.gather(pipe(reader, up_writer, False), pipe(up_reader, writer, True))
        self._pipes -= {writer, up_writer}


async def caught_up(server: ScreenServer, sitting: Sitting, timeout: float = WAIT) -> None:
    """Until the server has taken in everything written and pushed it (it yields to the loop; it
    waits for no time)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout

    def done() -> bool:
        pushing = server._pushing
        return (server.live.last_seq == sitting.live.last_seq and server.record.last_seq == sitting.rapporteur.last_seq
                and (pushing is None or pushing.done()))

    while not done():
        assert loop.time() < deadline, "the server did not take in what was written"
        await asyncio.sleep(0)


async def survivors_sitting(s: Sitting, step: Callable[[str], Any]) -> None:
    """The HRC side event with two protected survivor leaders (``protected_samples.programme``), the
    chair and the rapporteur naming them as people do; ``await step(what)`` after each moment."""
    live, rap = s.live, s.rapporteur
    qa = s.segments["qa"]
    s.at(14, 0)
    live.open_sitting()
    live.start_segment()
    live.call_next()  # Maalla
    await step("opening")
    s.at(14, 5)
    live.call_next()  # Waly, video
    s.at(14, 10)
    live.call_next()  # Grace María Otiende, protected
    await step("protected speaker")
    live.message("Grace, please conclude")
    live.slow_down()
    rap.add_note("Grace spoke about her recovery; maria (as friends call her) was 14.")
    await step("message")
    s.at(14, 16)
    live.end_segment()
    live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state", segment_id=qa)
    await step("between segments")
    s.at(14, 20)
    live.start_segment()  # the panel: Tamang speaks last, in Nepali
    for until in ((14, 24), (14, 28), (14, 32), (14, 36), (14, 40), (14, 44)):
        live.call_next()
        s.at(*until)
    await step("Tamang in Nepali")
    live.end_segment()
    s.at(14, 45)
    live.start_segment()  # Q&A: Chile, then Tamang asks Ms. Otiende a question
    live.call_next()
    q1 = rap.add_question("How does María's network reach children online?", asker="Delegation of Chile",
                          delegation="Chile", addressed_to=["Ms. Otiende"])
    rap.add_question("Ms. Otiende, how did Grace’s group find the children?", asker="tamang", addressed_to=["Ms. Otiende"])
    await step("questions")
    rap.put_round([q1])
    rap.answer(q1, "maría explained the referral network [Otiende].", by=["otiende"])
    s.at(14, 54)
    live.end_segment()
    s.at(14, 55)
    live.start_segment()
    live.call_next()
    await step("closing")
    s.at(15, 0)
    live.close_sitting()
    await step("closed")

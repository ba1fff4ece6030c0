"""``meetingdesk screens``: the screens of one sitting served to browsers, without the desktop
application (a small machine in the room, or a server, can do it), until Ctrl+C."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from typing import Any, TextIO

from meetingdesk import i18n
from meetingdesk.i18n import N_, Message, say
from meetingdesk.store.drafts import held_sittings
from meetingdesk.store.programmes import load_meeting

from .server import ScreenServer

LOCAL = ("127.0.0.1", "localhost", "::1")
SCREEN_NAMES = {"speaker": N_("speaker"), "interpreters": N_("interpreters"), "chair": N_("chair")}


def choose_sitting(store: Any, meeting_id: int, number: int | None) -> tuple[int, int]:
    """(sitting id, its number from 1) of sitting ``number`` of the meeting; without a number the
    sitting running now, else the first not yet held, else the last."""
    sittings = load_meeting(store, meeting_id).sittings
    if not sittings:
        raise LookupError(Message("meeting {meeting} has no sitting", meeting=meeting_id))
    if number is not None:
        if not 1 <= number <= len(sittings):
            raise LookupError(Message("meeting {meeting} has {count} sitting(s); there is no sitting {number}",
                                      meeting=meeting_id, count=len(sittings), number=number))
        return sittings[number - 1].id, number
    with store.session() as session:
        held = held_sittings(session, meeting_id).sittings  # sitting id -> still running
    running = [i for i, s in enumerate(sittings) if held.get(s.id) is True]
    fresh = [i for i, s in enumerate(sittings) if s.id not in held]
    index = (running or fresh or [len(sittings) - 1])[0]
    return sittings[index].id, index + 1


def serve(store: Any, meeting_id: int, number: int | None, *, host: str, port: int,
          out: TextIO | None = None, clock: Any = None) -> int:
    """Serve until interrupted; 0 when stopped, 2 when the address cannot be used."""
    sitting_id, number = choose_sitting(store, meeting_id, number)
    return asyncio.run(_serve(ScreenServer(store, sitting_id, host=host, port=port, clock=clock), number, out or sys.stdout))


async def _serve(server: ScreenServer, number: int, out: TextIO) -> int:
    try:
        await server.start()
    except OSError as e:
        why = os.strerror(e.errno).lower() if e.errno else str(e)
        address = f"{server.host}:{server.port}"
        say(Message("meetingdesk screens: cannot serve on {address}: {why}; choose another port with --port, or an "
                    "address of this computer with --host", address=address, why=why), sys.stderr)
        return 2
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows: Ctrl+C ends asyncio.run instead
            pass
    say(Message("Serving the screens of sitting {number} of “{title}” (Ctrl+C stops):", number=number, title=server.title), out)
    names = {screen: i18n.gettext(name) for screen, name in SCREEN_NAMES.items()}
    width = max(len(name) for name in names.values()) + 2
    for screen, url in server.urls().items():
        say(f"  {names[screen]:<{width}}{url}", out)
    if server.host in LOCAL:
        say(Message("Only this computer can open them; --host with this computer's address on the room's network "
                    "(or 0.0.0.0) serves the network."), out)
    say(Message("Anyone with an address can read that screen: share each with those who need it. "
                "The addresses change every time the screens are served."), out)
    out.flush()
    try:
        await stop.wait()
    finally:
        await server.stop()
    say(Message("Stopped: the pages say that the connection is lost."), out)
    out.flush()
    return 0


"""Waiting for what a follower shows, for the tests of seats: event-driven, never a fixed sleep."""

from __future__ import annotations

import asyncio


async def seen(target, predicate, timeout: float = 10.0) -> None:
    """Until what the follower shows satisfies ``predicate`` (checked at each change it is told of)."""
    if predicate():
        return
    done = asyncio.Event()

    def listener(_change) -> None:
        if predicate():
            done.set()

    target.subscribe(listener)
    try:
        await asyncio.wait_for(done.wait(), timeout)
    finally:
        target.unsubscribe(listener)

"""Interpreter turns: when the interpreters of each booth hand over the microphone.

A team of two (or more) takes turns about every 30 minutes (AIIC). The turns are counted
from the moment interpretation began (the first segment's actual start), so they follow the
sitting as it is really held, not as planned. A booth of one interpreter has nobody to hand
over to: it gets no turn changes (``meetingdesk check`` already warns about that team).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from meetingdesk.programme.staffing import TURN_MINUTES


@dataclass(frozen=True, slots=True)
class TurnChange:
    number: int  # 1 = the first hand-over
    at: dt.datetime  # aware
    booths: tuple[str, ...]  # labels of the booths that change: "English", "French"


def turn_changes(
    began: dt.datetime | None,
    until: dt.datetime | None,
    booths: Iterable[tuple[str, int]],
    minutes: float = TURN_MINUTES,
) -> list[TurnChange]:
    """Hand-overs from ``began`` every ``minutes`` up to (not including) ``until``.

    ``booths`` are (label, interpreters); only booths with two or more interpreters change.
    """
    if began is None or until is None or minutes <= 0:
        return []
    changing = tuple(label for label, team in booths if team >= 2)
    if not changing:
        return []
    step = dt.timedelta(minutes=minutes)
    out = []
    n = 1
    while began + n * step < until:
        out.append(TurnChange(n, began + n * step, changing))
        n += 1
    return out


__all__ = ["TurnChange", "turn_changes"]

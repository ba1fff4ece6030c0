"""What a chair may configure for a live sitting (not recorded in the journal)."""

from __future__ import annotations

from dataclasses import dataclass

from meetingdesk.programme.enums import Level, SegmentKind, StakeholderGroup


@dataclass(frozen=True)
class LiveSettings:
    warning_seconds: int = 30  # amber when this much or less is left
    danger_seconds: int = 0  # red this long before zero (0 = red at zero)
    stop_at_zero: bool = False  # the speaker's display stops at 0:00 instead of counting overtime
    intervention_seconds: int = 120  # a floor request's allotment when the meeting sets none
    # A list that would end this little past the segment's end still fits: nobody is called the very
    # second a segment starts, so a 5:00 speaker in a 5:00 segment fits one second in.
    fit_grace_seconds: int = 30
    # A repeated advancing key (next speaker, next segment, end...) within this many seconds of the
    # previous one is a key bounce or a nervous double tap: the console ignores it.
    advance_guard_seconds: float = 0.6
    # Precedence on the list of speakers of the segments below: the criteria in this order,
    # then order of inscription. Empty = inscription order only.
    precedence: tuple[str, ...] = ("level", "group")
    level_order: tuple[str, ...] = tuple(Level.values())
    group_order: tuple[str, ...] = tuple(StakeholderGroup.values())
    precedence_kinds: tuple[str, ...] = (SegmentKind.INTERVENTIONS.value, SegmentKind.QA.value)

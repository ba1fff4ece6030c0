"""Interpretation: the plan (booths, pivot, relay), interpreter turns, and the AIIC team rules.

The team rules check a programme's booths, so they live with the programme's other checks
(``meetingdesk.programme.staffing``) and are handed on here.

The live side (floor language, slow-down signal, floor time per language) is journal events of
``meetingdesk.live``; this package gives it the vocabulary and the booth-by-booth cover.
"""

from meetingdesk.programme.staffing import LARGER_TEAM, TEAM, TURN_MINUTES, Workload, plan_problems, remote_work, workload

from .plan import DIRECT, FLOOR, NONE, RELAY, STANDBY, UNSCRIPTED_ROLES, Booth, BoothCover, InterpretationPlan
from .shifts import TurnChange, turn_changes

__all__ = [
    "DIRECT",
    "FLOOR",
    "LARGER_TEAM",
    "NONE",
    "RELAY",
    "STANDBY",
    "TEAM",
    "TURN_MINUTES",
    "UNSCRIPTED_ROLES",
    "Booth",
    "BoothCover",
    "InterpretationPlan",
    "TurnChange",
    "Workload",
    "plan_problems",
    "remote_work",
    "turn_changes",
    "workload",
]

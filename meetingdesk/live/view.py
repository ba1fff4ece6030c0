"""What every screen reads: the live state computed at one instant, as frozen values.

``build(state, snapshot, settings, now)`` touches no database and allocates a
few small objects, so a UI can call it on every tick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingdesk.i18n import _
from meetingdesk.interpretation.plan import UNSCRIPTED_ROLES, InterpretationPlan
from meetingdesk.programme.identities import public_label
from meetingdesk.programme.languages import normalise

from . import queue as q
from .day import decide
from .journal import Carried
from .settings import LiveSettings
from .snapshot import Snapshot
from .state import CLOSED, DONE, PLANNED, RUNNING, Entry, State, entry_from


@dataclass(frozen=True, slots=True)
class SittingView:
    title: str
    status: str  # planned | open | closed
    planned_start: dt.datetime
    planned_end: dt.datetime | None  # as programmed
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    delay_seconds: float  # overruns accepted as delay (shift of the rest of the plan)
    offset_seconds: float  # + behind / - ahead of the (shifted) plan
    projected_end: dt.datetime | None  # planned_end + delay + offset
    rehearsal_shift: float = 0.0  # seconds the whole plan was moved at opening (0 = run as programmed)
    rehearsal: bool = False  # opened as a rehearsal: the plan moved to start when it was opened


@dataclass(frozen=True, slots=True)
class SegmentView:
    id: int
    title: str
    kind: str
    status: str  # planned | running | done | skipped
    planned_start: dt.datetime | None  # after reordering and delays
    planned_end: dt.datetime | None
    planned_seconds: float | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    elapsed: float | None
    remaining: float | None  # planned_seconds - elapsed, not below 0
    overrun: float  # seconds past planned_seconds (0 when within)
    time_permitting: bool
    phase: str = "normal"  # normal | warning | danger | overtime: the speaker's thresholds on the segment's time left
    over_under: float | None = None  # over (+) / under (-) its programmed length: see ``over_under``


@dataclass(frozen=True, slots=True)
class SpeakerView:
    entry_id: int
    participant_key: str | None
    name: str
    public_name: str  # the role/group label when the identity is protected
    role: str | None
    delegation: str | None
    modality: str
    language: str | None
    online: bool
    kind: str
    allotment: float | None  # the limit, extensions included; None = no limit
    min_allotment: int | None  # the lower end of a range ("3-5 min"), shown to the chair
    extension: int
    elapsed: float  # at the floor, pauses excluded
    remaining: float | None  # not below 0
    overtime: float
    phase: str  # normal | warning | danger | overtime
    paused: bool
    stop_at_zero: bool
    display_seconds: float | None  # what the speaker's screen shows: remaining, or -overtime (0 with stop_at_zero)


@dataclass(frozen=True, slots=True)
class QueueEntryView:
    entry_id: int
    participant_key: str | None
    name: str
    public_name: str
    delegation: str | None
    group: str | None
    level: str | None
    kind: str
    source: str  # programme | registered | floor
    online: bool
    allotment: int | None
    fits: bool  # would speak before the segment's end at the current pace
    pinned: bool
    language: str | None = None  # the speaker's floor language (the meeting's first when the programme gives none)
    text_received: bool | None = None  # text sent to the interpreters; None: not a programme slot
    modality: str = "in_person"  # in_person | online | video (a recorded message: neither in the room nor online)


@dataclass(frozen=True, slots=True)
class NotHeardView:
    entry_id: int
    segment_id: int
    name: str
    public_name: str
    delegation: str | None
    written_statement: bool


@dataclass(frozen=True, slots=True)
class BudgetView:
    scope: str  # delegation | group
    name: str
    seconds: int
    used: float
    remaining: float  # may be negative when exceeded


@dataclass(frozen=True, slots=True)
class BoothView:
    """What one booth does while the current floor language is spoken."""

    label: str  # "French"; "English (Chinese retour)"
    into: str
    mode: str  # floor | direct | relay | standby | none | silent (nobody has the floor)
    source: str | None  # language it listens to: the floor's, or the pivot on relay
    via: str | None  # on relay: the label of the booth it takes relay from
    interpreters: int


@dataclass(frozen=True, slots=True)
class LanguageSpeakerView:
    """A speaker (now or next) as the booths need them: language, relay, text."""

    entry_id: int
    name: str  # operators' screens only
    public_name: str  # the booths' screen: never a protected identity
    language: str | None
    relay: str  # "French and Spanish on relay from English"; "" when every booth works direct
    text_received: bool | None  # None: not a programme slot (a request from the floor)
    text_missing: bool  # a scripted slot whose text did not reach the interpreters
    text: str | None = None  # the speech text the booths received, when the programme holds it


@dataclass(frozen=True, slots=True)
class LanguageTimeView:
    language: str | None
    seconds: float  # at the floor in that language, pauses excluded


@dataclass(frozen=True, slots=True)
class LanguageTurnView:
    entry_id: int
    name: str
    public_name: str
    language: str | None
    seconds: float


@dataclass(frozen=True, slots=True)
class InterpretationView:
    floor_language: str | None  # spoken now (None when nobody has the floor)
    booths: tuple[BoothView, ...]  # every booth, for the floor language now (mode "silent" when nobody speaks)
    unserved: tuple[str, ...]  # meeting languages nobody interprets the floor into
    speaker: LanguageSpeakerView | None
    next: tuple[LanguageSpeakerView, ...]  # the next two on the list
    slow_down: bool  # the chair's "slow down" signal to the speaker, for the booths
    floor_time: tuple[LanguageTimeView, ...]  # per language, the meeting's languages first
    turns: tuple[LanguageTurnView, ...]  # who spoke in which language, for how long
    alerts: tuple[str, ...]  # for the moderator: relay or no cover, and texts not sent, now and next


@dataclass(frozen=True, slots=True)
class ActionView:
    """The last action still in effect, in words, and what undo and redo would do."""

    text: str  # "Gave the floor to Mexico"; "" when every action has been undone
    can_undo: bool
    can_redo: bool
    redo_text: str | None  # what redo would bring back ("Gave the floor to Mexico"); None when nothing


@dataclass(frozen=True, slots=True)
class LiveView:
    now: dt.datetime
    sitting: SittingView
    segments: tuple[SegmentView, ...]
    current_segment: SegmentView | None
    next_segment: SegmentView | None  # the next planned segment (what start_segment() starts)
    speaker: SpeakerView | None
    queue: tuple[QueueEntryView, ...]  # of the running segment (or requests waiting for the next)
    cut_index: int | None
    limit_to_fit_all: int | None
    dropped: tuple[QueueEntryView, ...]  # online speakers with technical trouble, to call again
    message: str
    not_heard: tuple[NotHeardView, ...]
    budgets: tuple[BudgetView, ...]
    can_undo: bool
    last_event_id: int
    interpretation: InterpretationView | None = None
    last_action: ActionView | None = None  # None: nothing to undo or redo
    # who speaks next: the head of the running segment's list; between segments, the first of the next
    # segment's list as starting it now would seed it (its programme slots and the requests waiting)
    next_speaker: QueueEntryView | None = None


def phase(remaining: float | None, settings: LiveSettings) -> str:
    if remaining is None or remaining > settings.warning_seconds:
        return "normal"
    if remaining > settings.danger_seconds and remaining > 0:
        return "warning"
    if remaining >= 0:
        return "danger"
    return "overtime"


def _public(e: Entry) -> str:
    """How public screens name an entry: a protected person's label (the journal's English) in the
    reader's language; anyone else as the journal names them."""
    return e.public_name if e.public_name == e.name else public_label(e.public_name)


def _speaker(state: State, settings: LiveSettings, now: float) -> SpeakerView | None:
    turn = state.turn
    if turn is None:
        return None
    e = state.entries[turn.entry_id]
    elapsed = turn.elapsed(now)
    allotment = None if e.allotment is None else e.allotment + turn.extension
    signed = None if allotment is None else allotment - elapsed
    remaining = None if signed is None else max(0.0, signed)
    overtime = 0.0 if signed is None else max(0.0, -signed)
    shown = signed
    if shown is not None and settings.stop_at_zero:
        shown = max(0.0, shown)
    return SpeakerView(
        entry_id=e.id,
        participant_key=e.participant_key,
        name=e.name,
        public_name=_public(e),
        role=e.role,
        delegation=e.delegation,
        modality=e.modality,
        language=e.language,
        online=e.online,
        kind=e.kind,
        allotment=allotment,
        min_allotment=e.min_allotment,
        extension=turn.extension,
        elapsed=elapsed,
        remaining=remaining,
        overtime=overtime,
        phase=phase(signed, settings),
        paused=turn.paused_since is not None,
        stop_at_zero=settings.stop_at_zero,
        display_seconds=shown,
    )


def _segments(state: State, snap: Snapshot, settings: LiveSettings, now: float) -> list[SegmentView]:
    out = []
    for sid in state.order:
        seg = state.segs[sid]
        planned = snap.planned(sid)
        seconds = seg.end - seg.start if seg.start is not None and seg.end is not None else None
        elapsed = None
        if seg.status in (RUNNING, DONE):
            elapsed = seg.held(now)
        remaining = None
        overrun = 0.0
        signed = None
        if seconds is not None:
            signed = seconds - (elapsed or 0.0)
            overrun = max(0.0, -signed)
            remaining = max(0.0, signed)
        out.append(
            SegmentView(
                id=sid,
                title=planned.title,
                kind=planned.kind,
                status=seg.status,
                planned_start=snap.local(seg.start),
                planned_end=snap.local(seg.end),
                planned_seconds=seconds,
                actual_start=snap.local(seg.actual_start),
                actual_end=snap.local(seg.actual_end),
                elapsed=elapsed,
                remaining=remaining,
                overrun=overrun,
                time_permitting=planned.time_permitting,
                phase=phase(signed, settings) if seg.status in (RUNNING, DONE) else "normal",
                over_under=_over_under(seg.status, elapsed, planned.seconds),
            )
        )
    return out


def _over_under(status: str, elapsed: float | None, programmed: float | None) -> float | None:
    """A held segment's over/under; a running one's only once it is over (under is not known yet)."""
    value = over_under(elapsed, programmed) if status in (RUNNING, DONE) else None
    if status == RUNNING and value is not None and value <= 0:
        return None
    return value


def over_under(actual_seconds: float | None, programmed_seconds: float | None) -> float | None:
    """How much longer (+) or shorter (-) a segment ran than its programmed length: the one definition
    of over/under for the console and the record. A delay accepted while it ran (overrun to delay)
    moves the rest of the plan but does not make the segment any less over. None when either is unknown."""
    if actual_seconds is None or programmed_seconds is None:
        return None
    return actual_seconds - programmed_seconds


def planned_end(state: State, snap: Snapshot) -> float | None:
    """The sitting's planned end as programmed (or the end of its last segment)."""
    if snap.end is not None:
        return snap.end
    ends = [snap.planned(sid).end for sid in state.order]
    known = [e for e in ends if e is not None]
    return max(known) if known else None


def offset(state: State, snap: Snapshot, now: float) -> float:
    """Seconds behind (+) or ahead (-) of the plan (delays already shift the plan).

    Before opening, only on the sitting's day (``day.decide`` says "programmed"): a sitting
    programmed on another day, or hours away, is not "months behind" before anything starts.
    """
    if state.status == PLANNED and decide(snap, now).mode != "programmed":
        return 0.0
    if state.status == CLOSED:
        end = planned_end(state, snap)
        return 0.0 if end is None or state.closed_at is None else state.closed_at - (end + state.shift + state.delay)
    if state.current is not None:
        seg = state.segs[state.current]
        if seg.start is None:
            return 0.0
        late = seg.began - seg.start
        if seg.end is None:
            return late
        over = seg.held(now) - (seg.end - seg.start)
        return late + max(0.0, over)
    nxt = next((state.segs[sid] for sid in state.order if state.segs[sid].status == PLANNED), None)
    if nxt is not None and nxt.start is not None:
        behind = now - nxt.start
        # Waiting for the first segment is never "ahead": a sitting opened early still starts on
        # time. Between segments, an early finish is a real lead the chair can use.
        started = any(state.segs[sid].status != PLANNED for sid in state.order)
        return behind if started else max(0.0, behind)
    end = planned_end(state, snap)
    if end is None or state.status == PLANNED:
        return 0.0
    return now - (end + state.shift + state.delay)


def _entry_view(e: Entry, fits: bool, plan: InterpretationPlan | None = None) -> QueueEntryView:
    return QueueEntryView(
        entry_id=e.id,
        participant_key=e.participant_key,
        name=e.name,
        public_name=_public(e),
        delegation=e.delegation,
        group=e.group,
        level=e.level,
        kind=e.kind,
        source=e.source,
        online=e.online,
        allotment=e.allotment,
        fits=fits,
        pinned=e.pinned,
        language=plan.floor_language(e.language) if plan is not None else e.language,
        text_received=e.text_received,
        modality=e.modality,
    )


def used_seconds(state: State, scope: str, name: str, now: float) -> float:
    total = 0.0
    for e in state.entries.values():
        if (e.delegation if scope == "delegation" else e.group) == name:
            total += e.spoken
            if state.turn is not None and state.turn.entry_id == e.id:
                total += state.turn.elapsed(now)
    return total


def build(state: State, snap: Snapshot, settings: LiveSettings, now: float, last_action: ActionView | None = None) -> LiveView:
    segments = _segments(state, snap, settings, now)
    by_id = {s.id: s for s in segments}
    current = by_id.get(state.current) if state.current is not None else None
    nxt = next((s for s in segments if s.status == PLANNED), None)
    speaker = _speaker(state, settings, now)

    queue_segment = state.current if state.current is not None else (nxt.id if nxt is not None else None)
    entries = [state.entries[i] for i in state.queues.get(queue_segment, [])] if queue_segment is not None else []
    cut = limit = None
    if current is not None:
        left = q.time_left(current.remaining, speaker.remaining if speaker is not None else None)
        allotments = [e.allotment if e.allotment is not None else q.intervention_seconds(snap, settings) for e in entries]
        cut = q.cut_index(allotments, left, settings.fit_grace_seconds)
        limit = q.limit_to_fit_all(len(entries), left)
    plan = snap.interpretation
    queue = tuple(_entry_view(e, cut is None or i < cut, plan) for i, e in enumerate(entries))
    dropped = tuple(
        _entry_view(state.entries[i], False) for i in state.dropped.get(queue_segment, [])
    ) if queue_segment is not None else ()

    if current is not None:
        next_speaker = queue[0] if queue else None
    elif nxt is not None and state.status != CLOSED:
        next_speaker = _first_of(state, snap, settings, nxt.id, entries)
    else:
        next_speaker = None

    off = offset(state, snap, now)
    end = planned_end(state, snap)
    sitting = SittingView(
        title=snap.sitting_title or snap.meeting_title,
        status=state.status,
        planned_start=snap.local(snap.start + state.shift),
        planned_end=snap.local(None if end is None else end + state.shift),
        actual_start=snap.local(state.opened_at),
        actual_end=snap.local(state.closed_at),
        delay_seconds=state.delay,
        offset_seconds=off,
        projected_end=snap.local(None if end is None else end + state.shift + state.delay + off),
        rehearsal_shift=state.shift,
        rehearsal=state.rehearsal,
    )
    not_heard = tuple(
        NotHeardView(e.id, e.segment_id, e.name, _public(e), e.delegation, e.written_statement)
        for e in (state.entries[i] for i in state.not_heard)
    )
    budgets = tuple(
        BudgetView(scope, name, seconds, used := used_seconds(state, scope, name, now), seconds - used)
        for (scope, name), seconds in state.budgets.items()
    )
    return LiveView(
        now=snap.local(now),
        sitting=sitting,
        segments=tuple(segments),
        current_segment=current,
        next_segment=nxt,
        speaker=speaker,
        queue=queue,
        cut_index=cut,
        limit_to_fit_all=limit,
        dropped=dropped,
        message=state.message,
        not_heard=not_heard,
        budgets=budgets,
        can_undo=bool(state.actions),
        last_event_id=state.last_event_id,
        interpretation=_interpretation(state, snap, entries, now),
        last_action=last_action,
        next_speaker=next_speaker,
    )


def _first_of(state: State, snap: Snapshot, settings: LiveSettings, segment_id: int, pending: list[Entry]) -> QueueEntryView | None:
    """The head of a segment's list as ``start_segment`` would seed it now (nothing is written)."""
    seeded = q.seed(snap.planned(segment_id), snap, settings, pending)
    if not seeded:
        return None
    head = seeded[0]
    entry = state.entries[head.entry_id] if isinstance(head, Carried) else entry_from(state.next_entry, segment_id, head)
    return _entry_view(entry, True, snap.interpretation)


# --------------------------------------------------------------------------- interpretation


def text_missing(e: Entry) -> bool:
    """A programme slot of someone who reads a statement, whose text did not reach the booths."""
    return e.text_received is False and e.kind == "speaker" and (e.role or "") not in UNSCRIPTED_ROLES


def speech_text(e: Entry, snap: Snapshot) -> str | None:
    """The speech text of a programme slot, when the programme holds it (never for a floor request)."""
    if not e.text_received or e.participant_key is None:
        return None
    segment = snap.segment(e.segment_id)
    slot = next((s for s in segment.slots if s.participant_key == e.participant_key), None) if segment else None
    return slot.text if slot is not None else None


def _language_speaker(e: Entry, language: str | None, plan: InterpretationPlan, snap: Snapshot) -> LanguageSpeakerView:
    return LanguageSpeakerView(
        entry_id=e.id,
        name=e.name,
        public_name=_public(e),
        language=language,
        relay=plan.summary(language),
        text_received=e.text_received,
        text_missing=text_missing(e),
        text=speech_text(e, snap),
    )


def floor_time(state: State, now: float) -> dict[tuple[int, str | None], float]:
    """Seconds at the floor per (entry, language), the current speaker's stretch so far included."""
    out = dict(state.floor_time)
    turn = state.turn
    if turn is not None:
        key = (turn.entry_id, turn.language)
        out[key] = out.get(key, 0.0) + (turn.elapsed(now) - turn.language_mark)
    return out


def _interpretation(state: State, snap: Snapshot, waiting: list[Entry], now: float) -> InterpretationView:
    plan = snap.interpretation
    turn = state.turn
    speaker = None
    floor = None
    if turn is not None:
        floor = turn.language
        speaker = _language_speaker(state.entries[turn.entry_id], floor, plan, snap)
    nxt = tuple(_language_speaker(e, plan.floor_language(e.language), plan, snap) for e in waiting[:2])
    if floor is None:  # nobody has the floor: every booth is silent
        booths = tuple(BoothView(b.label, b.into, "silent", None, None, b.interpreters) for b in plan.booths)
    else:
        booths = tuple(
            BoothView(c.label, c.booth.into, c.mode, c.source, c.via.label if c.via is not None else None, c.booth.interpreters)
            for c in plan.cover(floor)
        )
    alerts = []
    for speaking, who in ((True, speaker), (False, nxt[0] if nxt else None)):
        if who is None:
            continue
        relay = plan.alert(who.name, who.language)
        if relay:
            alerts.append(_("Now: {alert}", alert=relay) if speaking else _("Next: {alert}", alert=relay))
        if who.text_missing:
            alerts.append(_("Now: {name}'s text was not sent to the interpreters in advance", name=who.name) if speaking
                          else _("Next: {name}'s text was not sent to the interpreters in advance", name=who.name))
    times = floor_time(state, now)
    by_language: dict[str | None, float] = {}
    for (_entry, language), seconds in times.items():
        by_language[language] = by_language.get(language, 0.0) + seconds
    order = [normalise(c) for c in plan.languages]
    ranked = sorted(by_language, key=lambda c: (c is None, order.index(c) if c in order else len(order), c or ""))
    turns = tuple(
        LanguageTurnView(eid, state.entries[eid].name, _public(state.entries[eid]), language, seconds)
        for (eid, language), seconds in times.items()
    )
    return InterpretationView(
        floor_language=floor,
        booths=booths,
        unserved=plan.unserved(floor),
        speaker=speaker,
        next=nxt,
        slow_down=state.slow_down,
        floor_time=tuple(LanguageTimeView(c, by_language[c]) for c in ranked),
        turns=turns,
        alerts=tuple(alerts),
    )



"""The record of a meeting, as a report shows it: assembled from the programme and the two journals.

``build_record(store, meeting_id)`` reads the programme (ORM), replays the
moderator's journal through the live fold (``meetingdesk.live.state.apply``)
and the rapporteur's journal through the record fold (``meetingdesk.record``),
and keeps what they derive: segment times and statuses, every turn at the
floor, those not heard, the questions, the tour-de-table grid, the notes. The
only thing observed here rather than derived by a fold is *when* each turn
began and ended: the replay watches the fold's current turn appear and go.

Protected identities are replaced by their label while the record is
assembled (see ``redact.py``); every export renders this record and nothing
else. Corrections (``correction`` events of the record journal, with who and
why) are applied last and listed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import InitVar, dataclass, field
from typing import Any, overload
from zoneinfo import ZoneInfo

from meetingdesk import i18n
from meetingdesk.i18n import N_, Message, _
from meetingdesk.journal.timeline import to_epoch
from meetingdesk.live.journal import Event, Undone, read_events
from meetingdesk.live.snapshot import Snapshot, load_snapshot
from meetingdesk.live.state import DONE, RUNNING, apply, initial
from meetingdesk.live.view import floor_time, over_under
from meetingdesk.programme.enums import Gender, Modality, Role, SegmentKind, StakeholderGroup
from meetingdesk.programme.identities import ProtectedNames, base_label
from meetingdesk.programme.languages import language_name
from meetingdesk.programme.model import Meeting, Participant
from meetingdesk.record import MODERATOR
from meetingdesk.record import Record as RapporteurRecord
from meetingdesk.record.journal import RecordEvent, read_record
from meetingdesk.record.programme import load_programme_info
from meetingdesk.record.state import SOURCE_LABELS, STATUS_LABELS, Person
from meetingdesk.store.programmes import load_meeting

from .redact import Redactor

CORRECTION = "correction"  # the record-journal event kind of a secretariat's correction
CORRECTABLE = ("name", "delegation", "language", "modality", "group", "gender", "start", "end")
FLOOR_KINDS = frozenset({SegmentKind.INTERVENTIONS, SegmentKind.QA, SegmentKind.TOUR_DE_TABLE})
CHAIR_ROLES = frozenset({Role.MODERATOR, Role.CHAIR, Role.CO_CHAIR})
NOT_RECORDED = N_("Not recorded")


def _label(enum: Any, value: str | None) -> str:
    if not value:
        return NOT_RECORDED
    try:
        return enum(value).label
    except ValueError:
        return value


# --------------------------------------------------------------------------- what a report holds


@dataclass
class SegmentRow:
    id: int
    sitting: int  # 1-based number of the sitting in the meeting
    title: str
    kind: str
    status: str  # planned | running | done | skipped
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    description: str | None

    @property
    def planned_seconds(self) -> float | None:
        if self.planned_start is None or self.planned_end is None:
            return None
        return (self.planned_end - self.planned_start).total_seconds()

    @property
    def actual_seconds(self) -> float | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return (self.actual_end - self.actual_start).total_seconds()

    @property
    def overrun(self) -> float | None:
        """Seconds over (+) or under (-) the programmed length (the console's definition); None when either is unknown."""
        return over_under(self.actual_seconds, self.planned_seconds)

    @property
    def late_start(self) -> float | None:
        if self.planned_start is None or self.actual_start is None:
            return None
        return (self.actual_start - self.planned_start).total_seconds()


@dataclass
class Intervention:
    number: int  # 1, 2, ... in the order they took the floor
    sitting: int
    segment_id: int
    segment: str
    segment_kind: str
    entry_id: int
    participant: str | None  # programme key; None for a protected identity or someone not in the programme
    speaker: str  # the name a report shows (the label when protected)
    affiliation: str | None
    role: str
    delegation: str | None
    group: str  # label
    gender: str  # label
    modality: str  # label
    language: str  # floor language, label
    kind: str  # speaker | point_of_order | right_of_reply
    source: str  # programme | registered | floor
    start: dt.datetime
    end: dt.datetime | None  # None while still at the floor
    seconds: float  # at the floor, pauses excluded
    allotment: float | None  # the limit with extensions
    parts: int  # more than 1 when dropped (technical trouble) and called again
    protected: bool
    spans: list[tuple[dt.datetime, dt.datetime | None]] = field(default_factory=list)  # each turn at the floor
    corrected: bool = False
    # seconds at the floor per language label, from the journal's language changes (a speaker may switch)
    languages: dict[str, float] = field(default_factory=dict)

    @property
    def language_seconds(self) -> dict[str, float]:
        return self.languages or {self.language: self.seconds}

    @property
    def overtime(self) -> float:
        if self.allotment is None:
            return 0.0
        return max(0.0, self.seconds - self.allotment)

    @property
    def floor(self) -> bool:
        """An intervention from the floor (interventions, Q&A, tour-de-table, floor requests) vs the panel."""
        return self.segment_kind in FLOOR_KINDS or self.source == "floor"


@dataclass
class NotHeard:
    sitting: int
    segment: str
    speaker: str
    delegation: str | None
    group: str
    written_statement: bool


@dataclass
class QuestionRow:
    label: str  # Q1
    sitting: int
    segment: str | None
    at: dt.datetime
    asker: str | None
    addressed_to: list[str]
    text: str
    source: str
    status: str
    answers: list[tuple[str, str]]  # (by, note)
    merged_into: str | None


@dataclass
class TourRow:
    stakeholder: str
    cells: dict[str, str]  # standing item key -> what was said on it
    general: str
    passed: bool
    seconds: float


@dataclass
class TourTable:
    sitting: int
    segment: str
    items: list[tuple[str, str, list[str]]]  # (key, title, guiding questions)
    rows: list[TourRow]


@dataclass
class NoteRow:
    sitting: int
    kind: str  # note | key_message | next_step
    text: str
    owner: str | None
    speaker: str | None
    segment: str | None
    at: dt.datetime


@dataclass
class CorrectionRow:
    sitting: int
    at: dt.datetime
    who: str
    why: str
    intervention: int | None  # the number of the intervention corrected
    field: str
    old: str
    new: str


@dataclass
class JournalRow:
    journal: str  # moderator | rapporteur
    sitting: int
    number: int  # seq (moderator) or id (rapporteur)
    kind: str
    at: dt.datetime
    author: str | None
    undone: bool
    payload: dict[str, Any]


@dataclass
class SittingRecord:
    number: int
    id: int
    title: str
    status: str  # planned | open | closed
    planned_start: dt.datetime
    planned_end: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    segments: list[SegmentRow] = field(default_factory=list)
    # Run as a rehearsal: the planned times above (and of the segments) are the plan it ran on, the
    # programme's moved by ``rehearsal_shift`` seconds to start when it was opened.
    rehearsal: bool = False
    rehearsal_shift: float = 0.0

    @property
    def rehearsal_note(self) -> str | None:
        """What every report says of a rehearsal, in a sentence; None for a sitting held as programmed."""
        if not self.rehearsal:
            return None
        programmed = self.planned_start - dt.timedelta(seconds=self.rehearsal_shift)
        return _("{title} was a rehearsal, held on {date} from {time}; it was programmed for {programmed_date} "
                 "at {programmed_time}. Its times are read against the plan it ran on, the programme moved to start "
                 "when the rehearsal was opened.", title=self.title, date=i18n.date(self.planned_start),
                 time=i18n.time(self.planned_start), programmed_date=i18n.date(programmed), programmed_time=i18n.time(programmed))


@dataclass(frozen=True)
class Stat:
    label: str
    seconds: float
    count: int
    share: float  # of the total speaking time, 0..1


@dataclass
class Statistics:
    total_seconds: float
    interventions: int
    by_group: list[Stat]
    by_gender: list[Stat]
    by_modality: list[Stat]
    by_language: list[Stat]
    panel_vs_floor: list[Stat]


@dataclass(frozen=True)
class SpeakerRow:
    name: str
    affiliation: str | None
    roles: str


@dataclass
class Record:
    meeting_id: int
    title: str
    subtitle: str | None
    organisers: list[str]
    co_sponsors: list[str]
    venue: str | None
    format: str
    platform: str | None
    webcast: str | None
    time_zone: str
    languages: list[str]  # names
    description: str | None
    moderators: list[str]
    rapporteurs: list[str]
    sittings: list[SittingRecord]
    interventions: list[Intervention]
    not_heard: list[NotHeard]
    questions: list[QuestionRow]
    tours: list[TourTable]
    notes: list[NoteRow]
    corrections: list[CorrectionRow]
    journal: list[JournalRow]
    statistics: Statistics
    cleared: frozenset[str]  # participant keys cleared for this export
    protected: int  # how many protected identities are shown by label
    made_at: dt.datetime
    display_zones: list[str] = field(default_factory=list)  # IANA names the invitation also gives times in
    # the protected names not cleared, for the last scan of what an export wrote; never exported
    withhold: InitVar[ProtectedNames | None] = None

    def __post_init__(self, withhold: ProtectedNames | None) -> None:
        self.withheld = withhold if withhold is not None else ProtectedNames()  # an attribute, not a field

    @property
    def segments(self) -> list[SegmentRow]:
        return [s for sitting in self.sittings for s in sitting.segments]

    @property
    def rehearsal(self) -> bool:
        """Some sitting of this record was run as a rehearsal (each says so: ``SittingRecord.rehearsal_note``)."""
        return any(s.rehearsal for s in self.sittings)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def dates(self) -> list[dt.date]:
        return sorted({s.planned_start.date() for s in self.sittings})

    @property
    def speakers(self) -> list[SpeakerRow]:
        """Everyone who took the floor, once each, in the order they first spoke."""
        seen: dict[str, SpeakerRow] = {}
        roles: dict[str, list[str]] = defaultdict(list)
        for i in self.interventions:
            if i.speaker not in seen:
                seen[i.speaker] = SpeakerRow(i.speaker, i.affiliation, "")
            if i.role not in roles[i.speaker]:
                roles[i.speaker].append(i.role)
        return [SpeakerRow(s.name, s.affiliation, ", ".join(roles[s.name])) for s in seen.values()]

    def notes_of(self, kind: str) -> list[NoteRow]:
        return [n for n in self.notes if n.kind == kind]

    @property
    def key_messages(self) -> list[NoteRow]:
        return self.notes_of("key_message")

    @property
    def next_steps(self) -> list[NoteRow]:
        return self.notes_of("next_step")


# --------------------------------------------------------------------------- building


class _Turns:
    """Replays the moderator's journal through the live fold, noting when each turn begins and ends."""

    def __init__(self, snap: Snapshot, events: list[Event]):
        undone = {ev.data.event_id for ev in events if isinstance(ev.data, Undone)}
        self.undone = undone
        self.state = state = initial(snap)
        self.parts: dict[int, list[tuple[float, float | None]]] = defaultdict(list)
        self.extension: dict[int, int] = {}
        for ev in events:
            if ev.id in undone:
                continue
            before = state.turn
            apply(state, ev, snap)  # the same fold as live and replay: undone events skipped alike
            after = state.turn
            if before is not None and after is not before:
                start, _end = self.parts[before.entry_id][-1]
                self.parts[before.entry_id][-1] = (start, ev.at)
                self.extension[before.entry_id] = before.extension
            if after is not None and after is not before:
                self.parts[after.entry_id].append((ev.at, None))
        if state.turn is not None:
            self.extension[state.turn.entry_id] = state.turn.extension


@overload
def _shown(person: Person, redactor: Redactor) -> str: ...
@overload
def _shown(person: Person | None, redactor: Redactor) -> str | None: ...
def _shown(person: Person | None, redactor: Redactor) -> str | None:
    """How a person the rapporteur named appears in a report."""
    if person is None:
        return None
    if (label := redactor.label(person.key)) is not None:
        return label
    if person.protected and person.key is None:
        return base_label(person)
    return person.label


def _stats(items: list[Intervention], parts) -> list[Stat]:
    """Speaking time and interventions per label; ``parts(i)`` gives an intervention's (label, seconds)."""
    total = sum(i.seconds for i in items) or 1.0
    seconds: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    for i in items:
        for label, secs in parts(i):
            seconds[label] += secs
            count[label] += 1
    rows = [Stat(k, seconds[k], count[k], seconds[k] / total) for k in seconds]
    rows.sort(key=lambda s: (s.label == NOT_RECORDED, -s.seconds, s.label))
    return rows


def statistics(interventions: list[Intervention]) -> Statistics:
    return Statistics(
        total_seconds=sum(i.seconds for i in interventions),
        interventions=len(interventions),
        by_group=_stats(interventions, lambda i: [(i.group, i.seconds)]),
        by_gender=_stats(interventions, lambda i: [(i.gender, i.seconds)]),
        by_modality=_stats(interventions, lambda i: [(i.modality, i.seconds)]),
        # as the journal recorded it: a speaker who switched language counts in both
        by_language=_stats(interventions, lambda i: i.language_seconds.items()),
        panel_vs_floor=_stats(interventions, lambda i: [(N_("Floor") if i.floor else N_("Panel"), i.seconds)]),
    )


def _parse_time(value: str, like: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A corrected time: a full ISO datetime, or a clock time (HH:MM[:SS]) on the same day."""
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        when = dt.datetime.combine(like.date(), dt.time.fromisoformat(value))
    return when if when.tzinfo is not None else when.replace(tzinfo=zone)


def _shift_languages(i: Intervention, delta: float, *, at_end: bool) -> None:
    """A corrected start or end adds or removes time in the language spoken at that end of the
    intervention (the first or the last), so the per-language seconds still add up to its length."""
    if not i.languages:
        return
    order = list(i.languages)[::-1] if at_end else list(i.languages)
    for label in order:
        taken = max(delta, -i.languages[label])
        i.languages[label] += taken
        delta -= taken
        if delta >= 0:
            break
    i.languages = {k: v for k, v in i.languages.items() if v > 0}


def _clip_spans(i: Intervention) -> None:
    """The turns at the floor within the corrected start and end."""
    spans = [(max(a, i.start), b if b is None or i.end is None else min(b, i.end)) for a, b in i.spans
             if (b is None or b > i.start) and (i.end is None or a < i.end)]
    if spans:
        spans[0] = (i.start, spans[0][1])
        spans[-1] = (spans[-1][0], i.end)
    i.spans = spans or [(i.start, i.end)]
    i.parts = len(i.spans)


def _apply_correction(i: Intervention, fieldname: str, value: str, zone: ZoneInfo) -> tuple[str, str]:
    """Apply one correction to an intervention; returns the old and the new value as a report shows them."""
    if fieldname in ("start", "end"):
        old = getattr(i, fieldname)
        paused = ((i.end - i.start).total_seconds() - i.seconds) if i.end is not None else 0.0
        setattr(i, fieldname, _parse_time(value, i.start, zone))
        if i.end is not None:
            before, i.seconds = i.seconds, max(0.0, (i.end - i.start).total_seconds() - paused)
            _shift_languages(i, i.seconds - before, at_end=fieldname == "end")
        _clip_spans(i)
        new = getattr(i, fieldname)
        return ("" if old is None else old.strftime("%H:%M:%S")), new.strftime("%H:%M:%S")
    labels = {"group": StakeholderGroup, "gender": Gender, "modality": Modality}
    attr = "speaker" if fieldname == "name" else fieldname
    old = getattr(i, attr) or ""
    if fieldname in labels:
        new = _label(labels[fieldname], value)
    elif fieldname == "language":
        new = language_name(value)
        i.languages = {}  # the corrected language stands for the whole intervention
    else:
        new = value
    setattr(i, attr, new)
    return old, new


def build_record(
    store,
    meeting_id: int,
    *,
    sittings: Iterable[int] | None = None,
    clear: Iterable[str] = (),
    now: dt.datetime | None = None,
) -> Record:
    """The record of a meeting (or of some of its sittings, by 1-based number).

    ``clear``: participant keys of protected identities the secretariat cleared for this export.
    ``now``: for a sitting still running, the moment the current speaker's time is counted to
    (default: the last event logged).
    """
    meeting: Meeting = load_meeting(store, meeting_id)
    clear = frozenset(clear)
    unknown = sorted(clear - {p.key for p in meeting.participants})
    if unknown:
        raise LookupError(Message("there is no participant {keys} in meeting {meeting} to clear",
                                  keys=", ".join(map(repr, unknown)), meeting=meeting_id))
    redactor = Redactor.for_participants(meeting.participants, clear)
    zone = ZoneInfo(meeting.time_zone)
    people: dict[str, Participant] = {p.key: p for p in meeting.participants}
    numbers = list(range(1, len(meeting.sittings) + 1)) if sittings is None else list(sittings)
    for n in numbers:
        if not 1 <= n <= len(meeting.sittings):
            raise LookupError(Message("meeting {meeting} has {count} sitting(s); there is no sitting {number}",
                                      meeting=meeting_id, count=len(meeting.sittings), number=n))
    fallback_language = meeting.pivot_language or (meeting.languages[0] if meeting.languages else None)

    sitting_records: list[SittingRecord] = []
    interventions: list[Intervention] = []
    not_heard: list[NotHeard] = []
    questions: list[QuestionRow] = []
    tours: list[TourTable] = []
    notes: list[NoteRow] = []
    corrections: list[tuple[int, RecordEvent]] = []
    journal: list[JournalRow] = []
    authors: list[str] = []

    for number in numbers:
        sitting = meeting.sittings[number - 1]
        with store.session() as session:
            snap = load_snapshot(session, sitting.id)
            info = load_programme_info(session, sitting.id)
        with store.engine.connect() as conn:
            events = read_events(conn, sitting.id)
            record_events = read_record(conn, sitting.id)
        turns = _Turns(snap, events)
        state = turns.state
        until = to_epoch(now) if now is not None else max([e.at for e in events] + [e.at for e in record_events] + [0.0])
        spoken_in: dict[int, dict[str, float]] = defaultdict(dict)  # entry -> language label -> seconds
        for (eid, code), secs in floor_time(state, until).items():
            if secs > 0 and (code or fallback_language):
                label = language_name(code or fallback_language)
                spoken_in[eid][label] = spoken_in[eid].get(label, 0.0) + secs
        by_segment = {s.id: s for s in sitting.segments}

        # segments: the programme's plan (moved, for a rehearsal, to when it ran) against what the fold says happened
        shift = state.shift
        rows = []
        for planned in snap.segments:
            seg = state.segs[planned.id]
            rows.append(SegmentRow(
                id=planned.id,
                sitting=number,
                title=planned.title,
                kind=planned.kind,
                status=seg.status,
                planned_start=snap.local(None if planned.start is None else planned.start + shift),
                planned_end=snap.local(None if planned.end is None else planned.end + shift),
                actual_start=snap.local(seg.actual_start),
                actual_end=snap.local(seg.actual_end if seg.status == DONE else (until if seg.status == RUNNING else None)),
                description=by_segment[planned.id].description,
            ))
        sitting_records.append(SittingRecord(
            number=number,
            id=sitting.id,
            title=sitting.title or (meeting.title if len(meeting.sittings) == 1 else f"Sitting {number}"),
            status=state.status,
            planned_start=snap.local(snap.start + shift),
            planned_end=snap.local(None if snap.end is None else snap.end + shift),
            actual_start=snap.local(state.opened_at),
            actual_end=snap.local(state.closed_at),
            segments=rows,
            rehearsal=state.rehearsal,
            rehearsal_shift=shift,
        ))
        titles = {s.id: s.title for s in snap.segments}
        kinds = {s.id: s.kind for s in snap.segments}

        # every entry that took the floor, in the order it first did
        spoke = sorted(turns.parts, key=lambda eid: turns.parts[eid][0][0])
        by_entry: dict[int, Intervention] = {}
        for eid in spoke:
            e = state.entries[eid]
            parts = turns.parts[eid]
            p = people.get(e.participant_key) if e.participant_key else None
            hidden = redactor.hides(e.participant_key)
            seconds = e.spoken
            if state.turn is not None and state.turn.entry_id == eid:
                seconds += state.turn.elapsed(until)
            end = parts[-1][1]
            allotment = None if e.allotment is None else e.allotment + turns.extension.get(eid, 0)
            item = Intervention(
                number=len(interventions) + 1,
                sitting=number,
                segment_id=e.segment_id,
                segment=titles[e.segment_id],
                segment_kind=kinds[e.segment_id],
                entry_id=eid,
                participant=None if hidden else e.participant_key,
                speaker=redactor.label(e.participant_key) or e.name,
                affiliation=None if hidden else (p.affiliation or p.delegation) if p is not None else e.delegation,
                role=_label(Role, e.role) if e.role else "Speaker",
                delegation=None if hidden else e.delegation,
                group=_label(StakeholderGroup, e.group),
                gender=_label(Gender, p.gender if p is not None else None),
                modality=_label(Modality, e.modality),
                language=language_name(e.language or fallback_language) if (e.language or fallback_language) else NOT_RECORDED,
                kind=e.kind,
                source=e.source,
                start=snap.local(parts[0][0]),
                end=snap.local(end),
                seconds=seconds,
                allotment=allotment,
                parts=len(parts),
                protected=hidden,
                spans=[(snap.local(a), snap.local(b)) for a, b in parts],
                languages=dict(spoken_in.get(eid, {})),
            )
            if len(item.languages) > 1:  # switched language: name them all, in the order spoken
                item.language = ", ".join(item.languages)
            interventions.append(item)
            by_entry[eid] = item

        for eid in state.not_heard:
            e = state.entries[eid]
            hidden = redactor.hides(e.participant_key)
            not_heard.append(NotHeard(
                sitting=number,
                segment=titles[e.segment_id],
                speaker=redactor.label(e.participant_key) or e.name,
                delegation=None if hidden else e.delegation,
                group=_label(StakeholderGroup, e.group),
                written_statement=e.written_statement,
            ))

        # the rapporteur's record, through its own fold and queries
        rapporteur = RapporteurRecord.replay(info, record_events)  # its fold leaves corrections to us
        asked = rapporteur.questions()
        labels = {q.id: q.label for q in asked}
        for q in asked:
            questions.append(QuestionRow(
                label=q.label,
                sitting=number,
                segment=titles.get(q.segment_id) if q.segment_id is not None else None,
                at=snap.local(q.at),
                asker=_shown(q.asker, redactor),
                addressed_to=[_shown(p, redactor) for p in q.addressed_to],
                text=q.text,
                source=SOURCE_LABELS.get(q.source, q.source),
                status=STATUS_LABELS.get(q.status, q.status),
                answers=[(", ".join(_shown(p, redactor) for p in a.by), a.note) for a in q.answers],
                merged_into=labels.get(q.merged_into) if q.merged_into is not None else None,
            ))
        for seg in info.tours:
            grid = rapporteur.tour_grid(seg.id)
            if not grid.rows:
                continue
            tours.append(TourTable(
                sitting=number,
                segment=seg.title,
                items=[(i.key, i.title, list(i.questions)) for i in grid.items],
                rows=[
                    TourRow(
                        stakeholder=_shown(r.stakeholder, redactor),
                        cells={k: " ".join(c.summary for c in cs) for k, cs in r.cells.items()},
                        general=" ".join(c.summary for c in r.general),
                        passed=r.passed,
                        seconds=r.seconds,
                    )
                    for r in grid.rows
                ],
            ))
        for n in rapporteur.notes():
            notes.append(NoteRow(
                sitting=number,
                kind=n.kind,
                text=n.text,
                owner=n.owner,
                speaker=_shown(n.speaker, redactor),
                segment=titles.get(n.segment_id) if n.segment_id is not None else None,
                at=snap.local(n.at),
            ))
        for e in record_events:
            if e.kind == CORRECTION:
                corrections.append((number, e))
            elif e.author and e.author != MODERATOR and e.author not in authors:
                authors.append(e.author)  # who logged the record: the rapporteurs

        # the two journals, for further analysis (payloads scrubbed)
        for ev in events:
            journal.append(JournalRow("moderator", number, ev.seq, ev.kind, snap.local(ev.at),
                                      None, ev.id in turns.undone, ev.payload))
        for ev in record_events:
            journal.append(JournalRow("rapporteur", number, ev.id, ev.kind, snap.local(ev.at),
                                      ev.author, False, ev.payload))

    # corrections, in the order they were made
    correction_rows = []
    for number, e in corrections:
        p = e.payload
        target = next((i for i in interventions if i.sitting == number and i.entry_id == p.get("entry_id")), None)
        old, new = "", str(p["value"])
        if target is not None:
            old, new = _apply_correction(target, p["field"], str(p["value"]), zone)
            target.corrected = True
        correction_rows.append(CorrectionRow(
            sitting=number,
            at=dt.datetime.fromtimestamp(e.at, zone),
            who=e.author or "",
            why=p.get("why", ""),
            intervention=target.number if target is not None else None,
            field=p["field"],
            old=old,
            new=new,
        ))

    chairs: list[str] = []
    rapporteurs: list[str] = []
    for sitting in (meeting.sittings[n - 1] for n in numbers):
        for seg in sitting.segments:
            for slot in seg.slots:
                p = slot.participant
                shown = redactor.labels.get(p.key) or p.display_name
                target = chairs if slot.role in CHAIR_ROLES else rapporteurs if slot.role == Role.RAPPORTEUR else None
                if target is not None and shown not in target:
                    target.append(shown)

    record = Record(
        meeting_id=meeting_id,
        title=meeting.title,
        subtitle=meeting.subtitle,
        organisers=list(meeting.organisers or []),
        co_sponsors=list(meeting.co_sponsors or []),
        venue=", ".join(x for x in (meeting.venue, meeting.room) if x) or None,
        format=meeting.format,
        platform=meeting.platform,
        webcast=meeting.webcast,
        time_zone=meeting.time_zone,
        languages=[language_name(c) for c in meeting.languages or []],
        description=meeting.description,
        moderators=chairs,
        rapporteurs=rapporteurs or authors,
        sittings=sitting_records,
        interventions=interventions,
        not_heard=not_heard,
        questions=questions,
        tours=tours,
        notes=notes,
        corrections=correction_rows,
        journal=journal,
        statistics=statistics(interventions),
        cleared=clear,
        protected=len(redactor.labels),
        made_at=dt.datetime.now(zone) if now is None else now.astimezone(zone),
        withhold=redactor.names,
        display_zones=list(meeting.display_zones or []),
    )
    return redactor.scrub(record)  # every string the record holds, free text of every kind included

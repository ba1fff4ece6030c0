"""The chair's / rapporteur's summary as a sequence of blocks, rendered alike by the Word and PDF writers.

The order follows the summaries the UN offices publish: title, date, venue,
organisers, moderator, rapporteur, speakers with affiliations, key issues,
discussion, Q&A, tour-de-table inputs, key messages, next steps; then an annex
of times and statistics with the timeline picture and the charts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator

from meetingdesk.programme.enums import MeetingFormat

from . import charts
from .record import Record, Stat


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str | None


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1, 2


@dataclass(frozen=True)
class Para:
    text: str
    italic: bool = False


@dataclass(frozen=True)
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative


@dataclass(frozen=True)
class Facts:
    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Image:
    png: bytes
    caption: str


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Title | Heading | Para | Bullets | Table | Facts | Image | PageBreak


def clock(when: dt.datetime | None) -> str:
    return "" if when is None else when.strftime("%H:%M:%S")


def minutes(seconds: float | None) -> str:
    """m:ss (h:mm:ss past an hour); "" when unknown."""
    if seconds is None:
        return ""
    s = int(round(abs(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    text = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    return ("−" if seconds < 0 and round(seconds) != 0 else "") + text


def signed(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if round(seconds) == 0:
        return "on time"
    return ("+" if seconds > 0 else "") + minutes(seconds)


def day(when: dt.datetime) -> str:
    return f"{when:%A} {when.day} {when:%B %Y}"


def header_text(record: Record) -> str:
    return f"{record.title} — {'rehearsal ' if record.rehearsal else ''}summary"


def _stats_table(stats: list[Stat], what: str) -> Table:
    return Table(
        [what, "Speaking time", "Share", "Interventions"],
        [[s.label, minutes(s.seconds), f"{s.share:.0%}", str(s.count)] for s in stats],
        [3, 1.4, 1, 1.3],
    )


def blocks(record: Record, *, pictures: bool = True) -> Iterator[Block]:
    yield Title(record.title, record.subtitle)
    first, last = record.sittings[0], record.sittings[-1]
    when = day(first.planned_start) if first.planned_start.date() == last.planned_start.date() else \
        f"{day(first.planned_start)} to {day(last.planned_start)}"
    times = "; ".join(
        f"{s.planned_start:%H:%M}–{s.planned_end:%H:%M}" if s.planned_end else f"from {s.planned_start:%H:%M}"
        for s in record.sittings
    ) + f" ({first.planned_start.tzname()})"
    fmt = MeetingFormat(record.format).label if record.format in MeetingFormat.values() else record.format
    facts = [("Date", when), ("Time", times)]
    if record.venue:
        facts.append(("Venue", record.venue))
    facts.append(("Format", ", ".join(x for x in (fmt, record.platform, record.webcast and f"webcast on {record.webcast}") if x)))
    if record.organisers:
        facts.append(("Organisers", "; ".join(record.organisers)))
    if record.co_sponsors:
        facts.append(("Co-sponsors", "; ".join(record.co_sponsors)))
    facts.append(("Moderator", ", ".join(record.moderators) or "—"))
    facts.append(("Rapporteur", ", ".join(record.rapporteurs) or "—"))
    if record.languages:
        facts.append(("Languages", ", ".join(record.languages)))
    yield Facts(facts)
    for sitting in record.sittings:
        if sitting.rehearsal_note:
            yield Para(sitting.rehearsal_note, italic=True)
    if record.protected:
        yield Para(f"{record.protected} speaker(s) with a protected identity appear by role only.", italic=True)

    yield Heading("Speakers", 1)
    speakers = record.speakers
    yield Bullets([f"{s.name}, {s.affiliation} ({s.roles})" if s.affiliation else f"{s.name} ({s.roles})"
                   for s in speakers] or ["Nobody took the floor."])

    yield Heading("Key issues", 1)
    issues = [f"{t}: {d}" if d else t for t, d in record.key_issues]
    if record.description:
        yield Para(record.description.strip())
    yield Bullets(issues or ["None recorded."])

    yield Heading("Discussion", 1)
    for seg in record.segments:
        if seg.status == "planned":
            continue
        when = "skipped" if seg.status == "skipped" else f"{clock(seg.actual_start)[:5]}–{clock(seg.actual_end)[:5]}"
        yield Heading(f"{seg.title} ({when})", 2)
        spoke = [i for i in record.interventions if i.segment_id == seg.id and i.sitting == seg.sitting]
        if spoke:
            yield Para("Speakers: " + "; ".join(
                f"{i.speaker} ({i.delegation})" if i.delegation and i.delegation not in i.speaker else i.speaker
                for i in spoke) + ".")
        said = [n for n in record.notes if n.segment == seg.title and n.sitting == seg.sitting and n.kind == "note"]
        if said:
            yield Bullets([f"{n.speaker}: {n.text}" if n.speaker else n.text for n in said])

    yield Heading("Questions and answers", 1)
    if record.questions:
        yield Table(
            ["", "Asked by", "To", "Question", "Answer", "Status"],
            [[q.label, q.asker or "", ", ".join(q.addressed_to), q.text,
              " ".join(f"{by}: {note}" if by else note for by, note in q.answers),
              f"merged with {q.merged_into}" if q.merged_into else q.status] for q in record.questions],
            [0.5, 1.4, 1.3, 2.6, 2.6, 1.0],
        )
    else:
        yield Para("No question was logged.")

    yield Heading("Tour de table: inputs", 1)
    if record.tours:
        for tour in record.tours:
            yield Heading(tour.segment, 2)
            for key, title, questions in tour.items:
                yield Para(f"{title}" + (": " + " ".join(f"({n}) {q}" for n, q in enumerate(questions, 1)) if questions else ""))
            yield Table(
                ["Stakeholder"] + [title for _k, title, _q in tour.items] + ["General", "Time"],
                [[r.stakeholder] + [r.cells.get(k, "") for k, _t, _q in tour.items]
                 + ["passed" if r.passed else r.general, minutes(r.seconds) if r.seconds else ""] for r in tour.rows],
                [1.5] + [2.5] * len(tour.items) + [1.5, 0.7],
            )
    else:
        yield Para("There was no tour de table.")

    yield Heading("Key messages", 1)
    yield Bullets([n.text for n in record.key_messages] or ["None recorded."], numbered=bool(record.key_messages))
    yield Heading("Next steps", 1)
    # bullets, not numbers: Word would carry the key messages' numbering on into the next steps
    yield Bullets([f"{n.text} ({n.owner})" if n.owner else n.text for n in record.next_steps] or ["None recorded."])

    if record.not_heard:
        yield Heading("Requests to speak not heard", 1)
        yield Table(
            ["Speaker", "Delegation", "Group", "Segment", "Written statement"],
            [[n.speaker, n.delegation or "", n.group, n.segment, "received" if n.written_statement else "—"]
             for n in record.not_heard],
            [2, 1.3, 1.3, 2.4, 1.2],
        )

    yield PageBreak()
    yield Heading("Annex: times and statistics", 1)
    yield Para(f"All times are local ({record.time_zone}). Over/under: actual length minus planned length.", italic=True)
    for sitting in record.sittings:
        if pictures:
            for png in charts.timeline_pages(record, sitting, dpi=110):
                yield Image(png, f"Timeline of {sitting.title}: planned (grey) against actual (blue), time over in red.")
    yield Heading("Segments: planned and actual", 2)
    yield Table(
        ["Segment", "Planned", "Actual", "Planned length", "Actual length", "Over/under"],
        [[s.title, f"{clock(s.planned_start)[:5]}–{clock(s.planned_end)[:5]}" if s.planned_start else "",
          "skipped" if s.status == "skipped" else f"{clock(s.actual_start)}–{clock(s.actual_end)}" if s.actual_start else "not held",
          minutes(s.planned_seconds), minutes(s.actual_seconds), signed(s.overrun)] for s in record.segments],
        [3, 1.2, 1.6, 1, 1, 1],
    )
    yield Heading("Interventions", 2)
    yield Table(
        ["#", "Speaker", "Role", "Group", "Modality", "Language", "From", "To", "Time", "Allotted", "Over"],
        [[str(i.number), i.speaker + (" *" if i.corrected else ""), i.role, i.group, i.modality, i.language,
          clock(i.start), clock(i.end), minutes(i.seconds), minutes(i.allotment),
          minutes(i.overtime) if i.overtime >= 0.5 else ""] for i in record.interventions],
        [0.55, 2.1, 1.1, 1.2, 0.9, 0.95, 1.1, 1.1, 0.75, 0.8, 0.75],
    )
    st = record.statistics
    yield Heading("Statistics", 2)
    yield Para(f"{st.interventions} interventions, {minutes(st.total_seconds)} of speaking time in all.")
    yield _stats_table(st.by_group, "Stakeholder group")
    yield _stats_table(st.by_gender, "Gender (where recorded)")
    yield _stats_table(st.by_modality, "Modality")
    yield _stats_table(st.by_language, "Floor language")
    yield _stats_table(st.panel_vs_floor, "Panel vs floor")
    if pictures:
        yield Image(charts.statistics(record, dpi=110), "Speaking time and interventions; planned vs actual length of each segment.")
    if record.corrections:
        yield Heading("Corrections to the record", 2)
        yield Table(
            ["When", "By", "Intervention", "Field", "Was", "Now", "Why"],
            [[c.at.strftime("%Y-%m-%d %H:%M"), c.who, str(c.intervention or ""), c.field, c.old, c.new, c.why]
             for c in record.corrections],
            [1.3, 1.2, 0.8, 0.8, 1.3, 1.3, 2.2],
        )
        yield Para("* corrected after the sitting (see the corrections above).", italic=True)

"""The chair's / rapporteur's summary as a sequence of blocks, rendered alike by the Word and PDF writers.

The order follows the summaries the UN offices publish: title, date, venue,
organisers, moderator, rapporteur, speakers with affiliations, key issues,
discussion, Q&A, tour-de-table inputs, key messages, next steps; then an annex
of times and statistics with the timeline picture and the charts, and a
landscape annex listing every intervention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from meetingdesk import i18n
from meetingdesk.i18n import _
from meetingdesk.programme.enums import MeetingFormat
from meetingdesk.programme.languages import named_language

from . import charts
from .record import Record, Stat

DPI = 110  # charts at print resolution
CHART_WIDTH = 6.7  # inches: the text width of an A4 page with 2 cm margins, so charts print at their own size
SHORT_TABLE = 15  # rows: a table this short is kept on one page


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
    keep: bool = False  # on the same page as what follows (a table's title)


@dataclass(frozen=True)
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """Columns are as wide as their content asks (see ``fit_columns``); a short table is kept on one
    page, a long one repeats its header row on every page."""

    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class Facts:
    rows: list[tuple[str, str]]  # a value may hold several lines


@dataclass(frozen=True)
class Image:
    png: bytes
    caption: str


@dataclass(frozen=True)
class Section:
    """A new page, and from it on the orientation given: a wide table goes in a landscape annex."""

    landscape: bool


Block = Title | Heading | Para | Bullets | Table | Facts | Image | Section


def clock(when: dt.datetime | None) -> str:
    return "" if when is None else i18n.time(when, seconds=True)


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
        return _("on time")
    return ("+" if seconds > 0 else "") + minutes(seconds)


def day(when: dt.datetime) -> str:
    return i18n.date(when)


def word(label: str) -> str:
    """A label of the record ("Civil society", "Online", "Not recorded") in the report's language."""
    return i18n.gettext(label)


def words(labels: str) -> str:
    """Labels the record joined ("Moderator, Panellist"), each in the report's language."""
    return ", ".join(word(label) for label in labels.split(", "))


def language(name: str) -> str:
    """A language the record names in English ("Nepali") in the report's language ("népalais")."""
    return named_language(name)


def header_text(record: Record) -> str:
    return _("{title} — rehearsal summary", title=record.title) if record.rehearsal else _("{title} — summary", title=record.title)


def texts(blocks: list[Block]) -> list[str]:
    """Every piece of text the blocks print (to find the fonts they need)."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Title):
            out += [b.text, b.subtitle or ""]
        elif isinstance(b, (Heading, Para)):
            out.append(b.text)
        elif isinstance(b, Bullets):
            out += b.items
        elif isinstance(b, Table):
            out += b.headers
            out += [cell for row in b.rows for cell in row]
        elif isinstance(b, Facts):
            out += [x for row in b.rows for x in row]
        elif isinstance(b, Image):
            out.append(b.caption)
    return out


def cells(block: Table | Facts) -> tuple[list[str] | None, list[list[str]], int]:
    """A table's header row (None for facts: their labels, in bold, are the first column), its rows and
    how many columns it has."""
    if isinstance(block, Facts):
        headers, rows = None, [list(r) for r in block.rows]
    else:
        headers, rows = block.headers, block.rows
    return headers, rows, len(rows[0]) if rows else len(headers or [])


def fit_columns(headers: list[str] | None, rows: list[list[str]], available: float, size: float,
                padding: float) -> list[float]:
    """Column widths (in the unit of ``available``, points) from what the columns hold, as a browser
    lays out a table: each column at least as wide as its longest word (so no word, header or value
    breaks in the middle), then the room left shared in proportion to how much more each would need
    to hold its longest text on one line. ``padding``: a cell's left plus right margin."""
    from . import fonts

    columns = list(zip(*([headers] if headers else []) + rows, strict=True))
    least, most = [], []
    for c, values in enumerate(columns):
        words = [0.0]
        lines = [0.0]
        for r, value in enumerate(values):
            bold = headers is not None and r == 0 or headers is None and c == 0
            for line in value.splitlines() or [""]:
                lines.append(fonts.width(line, size, bold=bold))
                words += [fonts.width(w, size, bold=bold) for w in line.split()]
        least.append(max(words) * 1.04 + padding)  # 4 %: kerning, and the office suite's own rounding
        most.append(max(lines) * 1.04 + padding)
    spare = available - sum(least)
    if spare <= 0:  # words must break somewhere: shrink every column alike
        return [w * available / sum(least) for w in least]
    wants = [m - w for m, w in zip(most, least, strict=True)]
    if sum(wants) <= spare:  # every text fits on one line: share what is left by the texts' lengths
        extra = spare - sum(wants)
        return [m + extra * m / sum(most) for m in most]
    return [w + spare * want / sum(wants) for w, want in zip(least, wants, strict=True)]


def _stats_table(stats: list[Stat], what: str, name: Callable[[str], str] = word) -> Table:
    return Table(
        [what, _("Speaking time"), _("Share"), _("Interventions")],
        [[name(s.label), minutes(s.seconds), f"{s.share:.0%}", str(s.count)] for s in stats],
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


SUBSTANTIVE = ("panel", "address", "interventions", "tour_de_table", "other")  # segments that raise issues


def key_issues(record: Record) -> list[str]:
    """What the meeting took up, from what was recorded: each segment held with the key messages
    logged during it, then the key messages tied to no segment. Segments of pure procedure (opening,
    closing, Q&A) appear only when a key message was logged in them. Texts are never shortened."""
    messages: dict[tuple[int, str | None], list[str]] = {}
    for note in record.key_messages:
        messages.setdefault((note.sitting, note.segment), []).append(_sentence(note.text))
    issues = []
    for seg in record.segments:
        said = messages.pop((seg.sitting, seg.title), [])
        if said:
            issues.append(f"{seg.title}: {' '.join(said)}")
        elif seg.status in ("done", "running") and seg.kind in SUBSTANTIVE:
            issues.append(seg.title)
    for tour in record.tours:
        issues.append(_("{segment}: inputs on {items}.", segment=tour.segment, items="; ".join(title for _k, title, _q in tour.items)))
    for said in messages.values():  # logged outside any segment
        issues += said
    return issues


def _when(record: Record) -> str:
    """The sittings' planned times in the home zone and every display zone, as the invitation gives them."""
    from meetingdesk.programme.zones import time_line

    lines = []
    for s in record.sittings:
        line = time_line(s.planned_start, s.planned_end, record.time_zone, record.display_zones)
        lines.append(f"{s.title}: {line}" if len(record.sittings) > 1 else line)
    return "\n".join(lines)


def blocks(record: Record, *, pictures: bool = True) -> Iterator[Block]:
    yield Title(record.title, record.subtitle)
    fmt = i18n.gettext(MeetingFormat(record.format).label) if record.format in MeetingFormat.values() else record.format
    facts = [(_("Date and time"), _when(record))]
    if record.venue:
        facts.append((_("Venue"), record.venue))
    facts.append((_("Format"), ", ".join(x for x in (fmt, record.platform, record.webcast and _("webcast on {webcast}", webcast=record.webcast)) if x)))
    if record.organisers:
        facts.append((_("Organisers"), "\n".join(record.organisers)))
    if record.co_sponsors:
        facts.append((_("Co-sponsors"), "\n".join(record.co_sponsors)))
    facts.append((_("Moderator"), ", ".join(record.moderators) or "—"))
    facts.append((_("Rapporteur"), ", ".join(record.rapporteurs) or "—"))
    if record.languages:
        facts.append((_("Languages"), ", ".join(language(name) for name in record.languages)))
    yield Facts(facts)
    for sitting in record.sittings:
        if sitting.rehearsal_note:
            yield Para(sitting.rehearsal_note, italic=True)
    if record.protected:
        yield Para(_("{protected} speaker(s) with a protected identity appear by role only.", protected=record.protected), italic=True)

    yield Heading(_("Speakers"), 1)
    speakers = record.speakers
    yield Bullets([_("{name}, {affiliation} ({roles})", name=s.name, affiliation=s.affiliation, roles=words(s.roles))
                   if s.affiliation else _("{name} ({roles})", name=s.name, roles=words(s.roles))
                   for s in speakers] or [_("Nobody took the floor.")])

    yield Heading(_("Key issues"), 1)
    yield Bullets(key_issues(record) or [_("None recorded.")])

    yield Heading(_("Discussion"), 1)
    for seg in record.segments:
        if seg.status == "planned":
            continue
        when = _("skipped") if seg.status == "skipped" else f"{clock(seg.actual_start)[:5]}–{clock(seg.actual_end)[:5]}"
        yield Heading(f"{seg.title} ({when})", 2)
        spoke = [i for i in record.interventions if i.segment_id == seg.id and i.sitting == seg.sitting]
        if spoke:
            yield Para(_("Speakers: {names}.", names="; ".join(
                f"{i.speaker} ({i.delegation})" if i.delegation and i.delegation not in i.speaker else i.speaker
                for i in spoke)))
        said = [n for n in record.notes if n.segment == seg.title and n.sitting == seg.sitting and n.kind == "note"]
        if said:
            yield Bullets([f"{n.speaker}: {n.text}" if n.speaker else n.text for n in said])

    yield Heading(_("Questions and answers"), 1)
    if record.questions:
        yield Table(
            ["", _("Asked by"), _("To"), _("Question"), _("Answer"), _("Status")],
            [[q.label, q.asker or "", ", ".join(q.addressed_to), q.text,
              " ".join(f"{by}: {note}" if by else note for by, note in q.answers),
              _("merged with {merged_into}", merged_into=q.merged_into) if q.merged_into else word(q.status)] for q in record.questions],
        )
    else:
        yield Para(_("No question was logged."))

    yield Heading(_("Tour de table: inputs"), 1)
    if record.tours:
        for tour in record.tours:
            yield Heading(tour.segment, 2)
            for _key, title, questions in tour.items:
                yield Para(f"{title}" + (": " + " ".join(f"({n}) {q}" for n, q in enumerate(questions, 1)) if questions else ""))
            yield Table(
                [_("Stakeholder")] + [title for _k, title, _q in tour.items] + [_("General"), _("Time")],
                [[r.stakeholder] + [r.cells.get(k, "") for k, _t, _q in tour.items]
                 + [_("passed") if r.passed else r.general, minutes(r.seconds) if r.seconds else ""] for r in tour.rows],
            )
    else:
        yield Para(_("There was no tour de table."))

    yield Heading(_("Key messages"), 1)
    yield Bullets([n.text for n in record.key_messages] or [_("None recorded.")], numbered=bool(record.key_messages))
    yield Heading(_("Next steps"), 1)
    # bullets, not numbers: Word would carry the key messages' numbering on into the next steps
    yield Bullets([_("{text} ({owner})", text=n.text, owner=n.owner) if n.owner else n.text for n in record.next_steps] or [_("None recorded.")])

    if record.not_heard:
        yield Heading(_("Requests to speak not heard"), 1)
        yield Table(
            [_("Speaker"), _("Delegation"), _("Group"), _("Segment"), _("Written statement")],
            [[n.speaker, n.delegation or "", n.group, n.segment, _("received") if n.written_statement else "—"]
             for n in record.not_heard],
        )

    yield Section(landscape=False)
    yield Heading(_("Annex: times and statistics"), 1)
    yield Para(_("All times are local ({time_zone}). Over/under: actual length minus planned length.", time_zone=record.time_zone),
               italic=True, keep=True)
    for sitting in record.sittings:
        caption = _("Timeline of {title}: planned (grey) against actual (blue), time over in red.", title=sitting.title) \
            if charts.speaker_rows_fit(record, sitting) else \
            (_("Timeline of {title}: each segment planned (grey) against its speakers' turns (blue), time over a speaker's allotment in red. The annex of interventions lists every speaker.", title=sitting.title))
        for png in charts.timeline_pages(record, sitting, dpi=DPI, width=CHART_WIDTH) if pictures else []:
            yield Image(png, caption)
    yield Heading(_("Segments: planned and actual"), 2)
    yield Table(
        [_("Segment"), _("Planned"), _("Actual"), _("Planned length"), _("Actual length"), _("Over/under")],
        [[s.title, f"{clock(s.planned_start)[:5]}–{clock(s.planned_end)[:5]}" if s.planned_start else "",
          _("skipped") if s.status == "skipped" else f"{clock(s.actual_start)}–{clock(s.actual_end)}" if s.actual_start else _("not held"),
          minutes(s.planned_seconds), minutes(s.actual_seconds), signed(s.overrun)] for s in record.segments],
    )
    if pictures:
        yield Image(charts.segment_lengths(record, dpi=DPI, width=CHART_WIDTH),
                    _("Planned against actual length of each segment; red: it ran over."))
    st = record.statistics
    yield Heading(_("Statistics"), 2)
    yield Para(_("{interventions} interventions, {minutes} of speaking time in all.", interventions=st.interventions, minutes=minutes(st.total_seconds)), keep=True)
    if pictures:
        yield Image(charts.breakdowns(record, dpi=DPI, width=CHART_WIDTH),
                    _("Speaking time (minutes · interventions · share) and number of interventions."))
    yield _stats_table(st.by_group, _("Stakeholder group"))
    yield _stats_table(st.by_gender, _("Gender (where recorded)"))
    yield _stats_table(st.by_modality, _("Modality"))
    yield _stats_table(st.by_language, _("Floor language"), language)
    yield _stats_table(st.panel_vs_floor, _("Panel vs floor"))

    # eleven columns of times and labels need the width of a landscape page
    yield Section(landscape=True)
    yield Heading(_("Annex: interventions"), 1)
    if record.corrections:
        yield Para(_("* corrected after the sitting (see the corrections below)."), italic=True, keep=True)
    yield Table(
        ["#", _("Speaker"), _("Role"), _("Group"), _("Modality"), _("Language"), _("From"), _("To"), _("Time"), _("Allotted"), _("Over")],
        [[str(i.number), i.speaker + (" *" if i.corrected else ""), words(i.role), word(i.group), word(i.modality), language(i.language),
          clock(i.start), clock(i.end), minutes(i.seconds), minutes(i.allotment),
          minutes(i.overtime) if i.overtime >= 0.5 else ""] for i in record.interventions],
    )
    if record.corrections:
        yield Heading(_("Corrections to the record"), 2)
        yield Table(
            [_("When"), _("By"), _("Intervention"), _("Field"), _("Was"), _("Now"), _("Why")],
            [[f"{i18n.date(c.at, 'short')} {i18n.time(c.at)}", c.who, str(c.intervention or ""), c.field, c.old, c.new, c.why]
             for c in record.corrections],
        )

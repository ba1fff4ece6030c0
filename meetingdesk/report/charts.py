"""Pictures of a record, as PNG bytes: the timeline (planned vs actual, overruns in red) and the statistics.

Each picture is drawn from data a function here returns (``timeline_rows``, ``breakdown_panels``,
``segment_bars``), so what a chart shows can be checked without looking at pixels. Drawn with
matplotlib's object API on the Agg canvas (no pyplot), so a worker thread of the UI can draw while
the window stays live. Names in any script draw in their Noto font (see ``fonts``): matplotlib
falls back on it glyph by glyph, and lays out Arabic right to left, shaped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import textwrap
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # before anything imports pyplot; never opens a window
# FreeType's auto-hinter (matplotlib's default) is the costliest step of a full day's timeline; at the
# report's print resolution unhinted glyphs read as well and draw about a fifth faster
matplotlib.rcParams["text.hinting"] = "no_hinting"

from matplotlib import dates as mdates  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from meetingdesk import i18n  # noqa: E402
from meetingdesk.i18n import _  # noqa: E402
from meetingdesk.programme.languages import named_language  # noqa: E402

from . import fonts  # noqa: E402
from .record import Record, SittingRecord, Stat  # noqa: E402

PLANNED = "#c9d3df"
PLANNED_EDGE = "#7d8fa3"
ACTUAL = "#2f6db5"
OVER = "#c8372d"
UNDER = "#5a9e4b"
FONT = 7.5


BASE_FAMILY = "DejaVu Sans"  # matplotlib's own font: Latin, Greek, Cyrillic


@functools.cache
def _register(path: str) -> None:
    from matplotlib import font_manager

    font_manager.fontManager.addfont(path)  # every face of a collection (.ttc)


@contextlib.contextmanager
def _fonts_for(texts):
    """Draw with matplotlib's own font and, for the scripts it lacks, the Noto font of each script
    the texts use (``fonts.MissingFont`` names the package when one is not installed)."""
    families = [BASE_FAMILY]
    for script, regular, bold in fonts.needed(list(texts)):
        if script.family == BASE_FAMILY:
            continue
        _register(str(regular))
        _register(str(bold))
        families.append(script.family)
    with matplotlib.rc_context({"font.family": families}):
        yield


def _png(fig: Figure, dpi: int) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})  # a little larger, much faster
    return out.getvalue()


def _short(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


# --------------------------------------------------------------------------- the timeline


@dataclass(frozen=True)
class TimelineRow:
    label: str
    segment: bool  # a segment's row (bold), else a speaker's
    planned: tuple[dt.datetime, dt.datetime] | None  # the segment's planned span, the speaker's allotment
    spans: list[tuple[dt.datetime, dt.datetime]]  # when it ran / they spoke
    over: list[tuple[dt.datetime, dt.datetime]]  # the parts of those spans past the plan (red)


def _past(spans: list[tuple[dt.datetime, dt.datetime]], allowed: float | None) -> list[tuple[dt.datetime, dt.datetime]]:
    """The parts of ``spans`` after the first ``allowed`` seconds of them (nothing when no limit)."""
    if allowed is None:
        return []
    out, left = [], allowed
    for a, b in spans:
        length = (b - a).total_seconds()
        if length > left:
            out.append((a + _delta(max(left, 0.0)), b))
        left -= length
    return out


def _turns(i) -> list[tuple[dt.datetime, dt.datetime]]:
    if i.parts == 1 and not i.corrected:
        return [(i.start, i.start + _delta(i.seconds))]  # pauses excluded
    return [(a, b if b is not None else a) for a, b in i.spans]


def speaker_rows_fit(record: Record, sitting: SittingRecord, rows_per_page: int | None = None) -> bool:
    """Whether a row per speaker fits a printed page (else the document's timeline has a row per segment)."""
    rows = len(sitting.segments) + sum(1 for i in record.interventions if i.sitting == sitting.number)
    return rows <= (rows_per_page or ROWS_PER_PAGE)


def timeline_rows(record: Record, sitting: SittingRecord, *, speakers: bool = True) -> list[TimelineRow]:
    """Planned vs actual for every segment and every speaker of a sitting.

    A segment's row shows its planned span and the time it actually ran, red past its planned length.
    Each speaker's row below shows the allotment from the moment they took the floor and the time they
    spoke, red past the allotment. Without ``speakers`` (a long sitting on paper) each segment's row
    shows its speakers' turns one after the other, each red past its own allotment.
    """
    rows: list[TimelineRow] = []
    for seg in sitting.segments:
        planned = (seg.planned_start, seg.planned_end) if seg.planned_start and seg.planned_end else None
        actual = [(seg.actual_start, seg.actual_end)] if seg.actual_start and seg.actual_end else []
        spoke = [i for i in record.interventions if i.sitting == sitting.number and i.segment_id == seg.id]
        if not speakers:
            turns = [span for i in spoke for span in _turns(i)]
            over = [part for i in spoke for part in _past(_turns(i), i.allotment)]
            label = i18n.ngettext("{title} ({count} speaker)", "{title} ({count} speakers)", len(spoke)).format(
                title=seg.title, count=len(spoke)) if spoke else seg.title
            rows.append(TimelineRow(label, True, planned, turns or actual, over))
            continue
        length = seg.planned_seconds if planned else None
        rows.append(TimelineRow(seg.title, True, planned, actual, _past(actual, length)))
        for i in spoke:
            allotted = (i.start, i.start + _delta(i.allotment)) if i.allotment is not None else None
            rows.append(TimelineRow(i.speaker, False, allotted, _turns(i), _past(_turns(i), i.allotment)))
    return rows


def timeline(record: Record, sitting: SittingRecord, *, dpi: int = 150, width: float = 7.0) -> bytes:
    """The whole sitting's timeline as one picture, a row per speaker (see ``timeline_pages``)."""
    return timeline_pages(record, sitting, dpi=dpi, width=width, rows_per_page=None)[0]


ROWS_PER_PAGE = 40  # timeline rows a printed page holds with its heading and caption (7.7 inches)


def timeline_pages(record: Record, sitting: SittingRecord, *, dpi: int = 150, width: float = 7.0,
                   rows_per_page: int | None = ROWS_PER_PAGE) -> list[bytes]:
    """The timeline of a sitting for print: a row per speaker where they fit a page, else a row per
    segment (a full day's 300 names are the annex of interventions' to list, not a picture's); cut
    into pictures of at most ``rows_per_page`` rows, all about as tall, on the same time axis. With
    ``rows_per_page`` None, one picture with a row per speaker."""
    speakers = rows_per_page is None or speaker_rows_fit(record, sitting, rows_per_page)
    rows = timeline_rows(record, sitting, speakers=speakers)
    count = max(1, -(-len(rows) // rows_per_page)) if rows_per_page else 1
    size = max(1, -(-len(rows) // count))
    pages = [rows[n:n + size] for n in range(0, len(rows), size)] or [[]]
    times = [t for row in rows for t in (row.planned or ()) + tuple(x for span in row.spans for x in span)]
    limits = (min(times).timestamp() / 86400.0, max(times).timestamp() / 86400.0) if times else None
    with _fonts_for([sitting.title] + [row.label for row in rows]):
        return [_png(timeline_figure(sitting, page, limits, record.zone, width, n, len(pages)), dpi)
                for n, page in enumerate(pages, 1)]


def timeline_figure(sitting: SittingRecord, rows: list[TimelineRow], limits, zone, width: float = 7.0,
                    n: int = 1, of: int = 1) -> Figure:
    height = max(2.2, 0.9 + 0.17 * len(rows))
    fig = Figure(figsize=(width, height))
    # fixed margins (room for the speakers' names on the left, the title above, the legend below):
    # a constrained layout measures every label several times over, seconds on a full day
    fig.subplots_adjust(left=2.6 / width, right=1 - 0.15 / width, top=1 - 0.35 / height, bottom=0.62 / height)
    ax = fig.add_subplot()

    def num(when) -> float:  # matplotlib's date number (days since 1970 UTC), without date2num's per-call zone work
        return when.timestamp() / 86400.0

    boxes: dict[str, list] = {"planned": [], "actual": [], "over": []}

    def box(kind: str, x0: float, x1: float, y: float, h: float) -> None:
        boxes[kind].append([(x0, y - h / 2), (x1, y - h / 2), (x1, y + h / 2), (x0, y + h / 2)])

    for y, row in enumerate(rows):
        h = 0.8 if row.segment else 0.55
        if row.planned is not None:
            box("planned", num(row.planned[0]), num(row.planned[1]), y, h)
        for kind, spans in (("actual", row.spans), ("over", row.over)):  # red drawn over the blue
            for a, b in spans:
                box(kind, num(a), num(b), y, h * 0.6)
    # one collection per kind of box: a full day's hundreds of rows draw in one go; a thin white edge
    # tells apart speakers whose turns follow each other on a segment's row
    for kind, colour, edge in (("planned", PLANNED, PLANNED_EDGE), ("actual", ACTUAL, "white"), ("over", OVER, "none")):
        ax.add_collection(PolyCollection(boxes[kind], facecolors=colour, edgecolors=edge,
                                         linewidths={"planned": 0.5, "actual": 0.3}.get(kind, 0), label=kind))
    if limits is not None:
        pad = (limits[1] - limits[0]) * 0.02
        ax.set_xlim(limits[0] - pad, limits[1] + pad)
    ax.set_yticks([])  # labels as plain texts: a tick per row costs a dozen artists each
    transform = ax.get_yaxis_transform()
    for y, row in enumerate(rows):
        ax.text(-0.01, y, _short(row.label, 40 if row.segment else 44), transform=transform, ha="right",
                va="center", fontsize=FONT, fontweight="bold" if row.segment else "normal")
    ax.set_ylim(max(len(rows), 1) - 0.5, -0.5)
    ax.xaxis_date(zone)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz=zone))
    ax.tick_params(axis="x", labelsize=FONT)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    when = f"{i18n.date(sitting.planned_start, 'long')}, {i18n.zone_name(sitting.planned_start)}" + (f" ({n}/{of})" if of > 1 else "")
    # a sitting's own name ("Morning") fits before the date; a meeting's title is the page's header already
    title = f"{sitting.title} — {when}" if len(sitting.title) <= 40 else when
    ax.set_title(title, fontsize=FONT + 1.5, loc="left")
    fig.legend(
        handles=[Patch(facecolor=PLANNED, edgecolor=PLANNED_EDGE, label=_("planned / allotted")),
                 Patch(facecolor=ACTUAL, label=_("actual")), Patch(facecolor=OVER, label=_("over time"))],
        fontsize=FONT, loc="lower center", frameon=False, ncols=3, bbox_to_anchor=(0.5, 0.0),
    )
    return fig


def _delta(seconds: float):
    return dt.timedelta(seconds=seconds)


# --------------------------------------------------------------------------- the statistics


@dataclass(frozen=True)
class Panel:
    """One bar chart of the statistics: a bar per label, its value, and the note printed beside it."""

    title: str
    labels: list[str]
    values: list[float]
    notes: list[str]
    unit: str  # of the values: "minutes" | "interventions"


def _minutes_panel(stats: list[Stat], title: str) -> Panel:
    name = named_language if title == _("By floor language") else i18n.gettext
    return Panel(title, [name(s.label) for s in stats], [s.seconds / 60 for s in stats],
                 [_("{minutes} min · {count} · {share}", minutes=i18n.number(s.seconds / 60, "0.0"), count=s.count,
                    share=i18n.percent(s.share)) for s in stats], "minutes")


def breakdown_panels(record: Record) -> list[Panel]:
    """Speaking time by stakeholder group, gender, modality, floor language, panel vs floor; and the
    number of interventions by group."""
    st = record.statistics
    return [
        _minutes_panel(st.by_group, _("Speaking time by stakeholder group")),
        _minutes_panel(st.by_gender, _("By gender (where recorded)")),
        _minutes_panel(st.by_modality, _("By modality")),
        _minutes_panel(st.by_language, _("By floor language")),
        _minutes_panel(st.panel_vs_floor, _("Panel vs floor (interventions, Q&A, tour de table)")),
        Panel(_("Number of interventions by group"), [i18n.gettext(s.label) for s in st.by_group], [float(s.count) for s in st.by_group],
              [str(s.count) for s in st.by_group], "interventions"),
    ]


@dataclass(frozen=True)
class SegmentBars:
    """Planned against actual minutes of each segment; ``over``: it ran over its planned length."""

    labels: list[str]
    planned: list[float]
    actual: list[float]
    over: list[bool]


def segment_bars(record: Record) -> SegmentBars:
    segs = record.segments
    several = len(record.sittings) > 1
    return SegmentBars(
        labels=[f"{s.sitting}. {s.title}" if several else s.title for s in segs],
        planned=[(s.planned_seconds or 0) / 60 for s in segs],
        actual=[(s.actual_seconds or 0) / 60 for s in segs],
        over=[(s.overrun or 0) > 0 for s in segs],
    )


def _draw_panel(ax, panel: Panel) -> None:
    labels = [_short(label, 24) for label in panel.labels][::-1]
    values = panel.values[::-1]
    colour = ACTUAL if panel.unit == "minutes" else PLANNED_EDGE
    bars = ax.barh(labels, values, color=colour, height=0.6)
    if panel.unit == "minutes":
        for bar, note in zip(bars, panel.notes[::-1], strict=True):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {note}", va="center", fontsize=FONT - 1)
        ax.set_xlabel(_("minutes"), fontsize=FONT)
        ax.set_xlim(0, max(values + [1]) * 2.0)  # room for the notes
    ax.set_title(panel.title, fontsize=FONT + 1, loc="left")
    ax.tick_params(labelsize=FONT)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _draw_segments(ax, bars: SegmentBars) -> None:
    labels = [textwrap.fill(_short(label, 40), 20) for label in bars.labels]
    xs = range(len(labels))
    ax.bar([x - 0.2 for x in xs], bars.planned, width=0.4, color=PLANNED, edgecolor=PLANNED_EDGE, linewidth=0.5,
           label=_("planned"))
    ax.bar([x + 0.2 for x in xs], bars.actual, width=0.4, color=[OVER if o else ACTUAL for o in bars.over], label=_("actual"))
    ax.set_xticks(list(xs))
    many = len(labels) > 6
    ax.set_xticklabels(labels, fontsize=FONT - 1.5, rotation=60 if many else 0, ha="right" if many else "center")
    ax.tick_params(axis="y", labelsize=FONT)
    ax.set_ylabel(_("minutes"), fontsize=FONT)
    ax.set_title(_("Planned vs actual length of each segment (red: ran over)"), fontsize=FONT + 1, loc="left")
    ax.legend(fontsize=FONT, frameon=False, ncols=2, loc="lower right", bbox_to_anchor=(1.0, 1.0))  # above the bars
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def breakdowns_figure(record: Record, width: float = 7.0) -> Figure:
    panels = breakdown_panels(record)
    fig = Figure(figsize=(width, 5.0))
    grid = fig.add_gridspec(3, 2, left=1.45 / width, right=0.99, top=0.96, bottom=0.08,
                            wspace=1.55 / (width / 2), hspace=0.6)
    for n, panel in enumerate(panels):
        _draw_panel(fig.add_subplot(grid[n // 2, n % 2]), panel)
    return fig


def segments_figure(record: Record, width: float = 7.0) -> Figure:
    bars = segment_bars(record)
    many = len(bars.labels) > 6
    height = 3.2 if many else 2.5
    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(left=0.6 / width, right=0.99, top=1 - 0.3 / height, bottom=(1.4 if many else 0.75) / height)
    _draw_segments(fig.add_subplot(), bars)
    return fig


def _statistics_texts(record: Record) -> list[str]:
    return [label for p in breakdown_panels(record) for label in p.labels] + segment_bars(record).labels


def breakdowns(record: Record, *, dpi: int = 150, width: float = 7.0) -> bytes:
    with _fonts_for(_statistics_texts(record)):
        return _png(breakdowns_figure(record, width), dpi)


def segment_lengths(record: Record, *, dpi: int = 150, width: float = 7.0) -> bytes:
    with _fonts_for(_statistics_texts(record)):
        return _png(segments_figure(record, width), dpi)


def statistics_figure(record: Record, width: float = 7.0) -> Figure:
    """All the statistics in one picture (the review window's): the breakdowns, then the segments."""
    fig = Figure(figsize=(width, 8.6))
    grid = fig.add_gridspec(4, 2, height_ratios=[1, 1, 1, 1.3], left=1.45 / width, right=0.99, top=0.97, bottom=0.09,
                            wspace=1.55 / (width / 2), hspace=0.55)
    for n, panel in enumerate(breakdown_panels(record)):
        _draw_panel(fig.add_subplot(grid[n // 2, n % 2]), panel)
    _draw_segments(fig.add_subplot(grid[3, :]), segment_bars(record))
    return fig


def statistics(record: Record, *, dpi: int = 150, width: float = 7.0) -> bytes:
    with _fonts_for(_statistics_texts(record)):
        return _png(statistics_figure(record, width), dpi)

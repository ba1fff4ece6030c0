"""Pictures of a record, as PNG bytes: the timeline (planned vs actual, overruns in red) and the statistics.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global
state), so a worker thread of the UI can draw while the window stays live.
"""

from __future__ import annotations

import io
import textwrap

import matplotlib

matplotlib.use("Agg")  # before anything imports pyplot; never opens a window
# FreeType's auto-hinter (matplotlib's default) is the costliest step of a full day's timeline; at the
# report's print resolution unhinted glyphs read as well and draw about a fifth faster
matplotlib.rcParams["text.hinting"] = "no_hinting"

from matplotlib import dates as mdates  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .record import Record, SittingRecord, Stat  # noqa: E402

PLANNED = "#c9d3df"
PLANNED_EDGE = "#7d8fa3"
ACTUAL = "#2f6db5"
OVER = "#c8372d"
UNDER = "#5a9e4b"
FONT = 7.5


def _png(fig: Figure, dpi: int) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})  # a little larger, much faster
    return out.getvalue()


def _short(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def timeline(record: Record, sitting: SittingRecord, *, dpi: int = 150, width: float = 7.0) -> bytes:
    """The whole sitting's timeline as one picture (see ``timeline_pages``)."""
    return timeline_pages(record, sitting, dpi=dpi, width=width, rows_per_page=None)[0]


def timeline_pages(record: Record, sitting: SittingRecord, *, dpi: int = 150, width: float = 7.0,
                   rows_per_page: int | None = 48) -> list[bytes]:
    """Planned vs actual for every segment and every speaker of a sitting.

    A segment's row shows its planned span (grey box) and the time it actually ran (blue, the part past
    its planned length in red). Each speaker's row below shows the allotment from the moment they took
    the floor (grey) and the time they spoke (blue, past the allotment in red).
    """
    zone = record.zone
    # each row: label, is a segment, planned (start, end), actual spans, the moment it went over time
    rows: list[tuple[str, bool, tuple | None, list[tuple], object]] = []
    for seg in sitting.segments:
        planned = (seg.planned_start, seg.planned_end) if seg.planned_start and seg.planned_end else None
        actual = [(seg.actual_start, seg.actual_end)] if seg.actual_start and seg.actual_end else []
        over = seg.actual_start + (seg.planned_end - seg.planned_start) if planned and actual else None
        rows.append((seg.title, True, planned, actual, over))
        for i in record.interventions:
            if i.sitting == sitting.number and i.segment_id == seg.id:
                planned = (i.start, i.start + _delta(i.allotment)) if i.allotment is not None else None
                spans = [(a, b if b is not None else a) for a, b in i.spans]
                if i.parts == 1 and not i.corrected:
                    spans = [(i.start, i.start + _delta(i.seconds))]  # pauses excluded
                elif i.corrected:
                    spans = [(i.start, i.end or i.start)]
                over = None
                if i.allotment is not None:  # the moment the allotment ran out, counting only time spoken
                    left = i.allotment
                    for a, b in spans:
                        length = (b - a).total_seconds()
                        if length > left:
                            over = a + _delta(left)
                            break
                        left -= length
                rows.append((i.speaker, False, planned, spans, over))
    if rows_per_page is None or len(rows) <= rows_per_page:
        pages = [rows]
    else:  # a page of a printed report holds about 48 rows; break between a segment and its speakers' rows
        pages, page = [], []
        for row in rows:
            if len(page) >= rows_per_page:
                pages.append(page)
                page = []
            page.append(row)
        pages.append(page)
    times = [t for _l, _s, planned, spans, _o in rows for t in ((planned or ()) + tuple(x for span in spans for x in span))]
    limits = (min(times).timestamp() / 86400.0, max(times).timestamp() / 86400.0) if times else None
    return [_timeline_page(sitting, page, limits, zone, dpi, width, n, len(pages)) for n, page in enumerate(pages, 1)]


def _timeline_page(sitting, rows, limits, zone, dpi, width, n, of) -> bytes:
    height = max(2.2, 0.9 + 0.17 * len(rows))
    fig = Figure(figsize=(width, height))
    # fixed margins (room for the speakers' names on the left, the title above, the legend below):
    # a constrained layout measures every label several times over, seconds on a full day
    fig.subplots_adjust(left=2.6 / width, right=1 - 0.15 / width, top=1 - 0.35 / height, bottom=0.62 / height)
    ax = fig.add_subplot()
    ys = []

    def num(when) -> float:  # matplotlib's date number (days since 1970 UTC), without date2num's per-call zone work
        return when.timestamp() / 86400.0

    boxes: dict[str, list] = {"planned": [], "actual": [], "over": []}

    def box(kind: str, x0: float, x1: float, y: float, h: float) -> None:
        boxes[kind].append([(x0, y - h / 2), (x1, y - h / 2), (x1, y + h / 2), (x0, y + h / 2)])

    for y, (_label, is_segment, planned, spans, over) in enumerate(rows):
        h = 0.8 if is_segment else 0.55
        ys.append(y)
        if planned is not None:
            box("planned", num(planned[0]), num(planned[1]), y, h)
        for a, b in spans:
            a, b = num(a), num(b)
            cut = num(over) if over is not None else None
            if cut is None or b <= cut:
                box("actual", a, b, y, h * 0.6)
            elif a >= cut:
                box("over", a, b, y, h * 0.6)
            else:
                box("actual", a, cut, y, h * 0.6)
                box("over", cut, b, y, h * 0.6)
    # one collection per kind of box: a full day's hundreds of rows draw in one go
    ax.add_collection(PolyCollection(boxes["planned"], facecolors=PLANNED, edgecolors=PLANNED_EDGE, linewidths=0.5))
    ax.add_collection(PolyCollection(boxes["actual"], facecolors=ACTUAL, edgecolors="none"))
    ax.add_collection(PolyCollection(boxes["over"], facecolors=OVER, edgecolors="none"))
    if limits is not None:
        pad = (limits[1] - limits[0]) * 0.02
        ax.set_xlim(limits[0] - pad, limits[1] + pad)
    ax.set_yticks([])  # labels as plain texts: a tick per row costs a dozen artists each
    transform = ax.get_yaxis_transform()
    for y, (label, seg, *_rest) in enumerate(rows):
        ax.text(-0.01, y, _short(label, 42) if seg else _short(label, 30), transform=transform, ha="right",
                va="center", fontsize=FONT, fontweight="bold" if seg else "normal")
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.xaxis_date(zone)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M", tz=zone))
    ax.tick_params(axis="x", labelsize=FONT)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    when = sitting.planned_start.strftime("%d %B %Y")
    part = f" ({n}/{of})" if of > 1 else ""
    ax.set_title(f"{_short(sitting.title, 42)} — {when}, {sitting.planned_start.tzname()}{part}",
                 fontsize=FONT + 1.5, loc="left")
    fig.legend(
        handles=[Patch(facecolor=PLANNED, edgecolor=PLANNED_EDGE, label="planned / allotted"),
                 Patch(facecolor=ACTUAL, label="actual"), Patch(facecolor=OVER, label="over time")],
        fontsize=FONT, loc="lower center", frameon=False, ncols=3, bbox_to_anchor=(0.5, 0.0),
    )
    return _png(fig, dpi)


def _delta(seconds: float):
    import datetime as dt

    return dt.timedelta(seconds=seconds)


def _bars(ax, stats: list[Stat], title: str) -> None:
    labels = [_short(s.label, 24) for s in stats][::-1]
    minutes = [s.seconds / 60 for s in stats][::-1]
    bars = ax.barh(labels, minutes, color=ACTUAL, height=0.6)
    for bar, s in zip(bars, stats[::-1]):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2,
                f" {s.seconds / 60:.1f} min · {s.count} · {s.share:.0%}", va="center", fontsize=FONT - 1)
    ax.set_title(title, fontsize=FONT + 1, loc="left")
    ax.tick_params(labelsize=FONT)
    ax.set_xlabel("minutes", fontsize=FONT)
    ax.set_xlim(0, max(minutes + [1]) * 2.0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def statistics(record: Record, *, dpi: int = 150, width: float = 7.0) -> bytes:
    """Speaking time by stakeholder group, gender, modality, floor language, panel vs floor;
    and planned vs actual minutes of every segment."""
    st = record.statistics
    fig = Figure(figsize=(width, 8.6))
    grid = fig.add_gridspec(4, 2, height_ratios=[1, 1, 1, 1.3], left=1.45 / width, right=0.99, top=0.97, bottom=0.09,
                            wspace=1.55 / (width / 2), hspace=0.55)
    _bars(fig.add_subplot(grid[0, 0]), st.by_group, "Speaking time by stakeholder group")
    _bars(fig.add_subplot(grid[0, 1]), st.by_gender, "By gender (where recorded)")
    _bars(fig.add_subplot(grid[1, 0]), st.by_modality, "By modality")
    _bars(fig.add_subplot(grid[1, 1]), st.by_language, "By floor language")
    _bars(fig.add_subplot(grid[2, 0]), st.panel_vs_floor, "Panel vs floor (interventions, Q&A, tour de table)")
    counts = fig.add_subplot(grid[2, 1])
    top = st.by_group
    counts.barh([_short(s.label, 24) for s in top][::-1], [s.count for s in top][::-1], color=PLANNED_EDGE, height=0.6)
    counts.set_title("Number of interventions by group", fontsize=FONT + 1, loc="left")
    counts.tick_params(labelsize=FONT)
    for side in ("top", "right"):
        counts.spines[side].set_visible(False)

    ax = fig.add_subplot(grid[3, :])
    segs = record.segments
    labels = [textwrap.fill(_short(f"{s.sitting}. {s.title}" if len(record.sittings) > 1 else s.title, 40), 20)
              for s in segs]
    planned = [(s.planned_seconds or 0) / 60 for s in segs]
    actual = [(s.actual_seconds or 0) / 60 for s in segs]
    xs = range(len(segs))
    ax.bar([x - 0.2 for x in xs], planned, width=0.4, color=PLANNED, edgecolor=PLANNED_EDGE, linewidth=0.5, label="planned")
    ax.bar([x + 0.2 for x in xs], actual, width=0.4,
           color=[OVER if (s.overrun or 0) > 0 else ACTUAL for s in segs], label="actual")
    ax.set_xticks(list(xs))
    many = len(segs) > 6
    ax.set_xticklabels(labels, fontsize=FONT - 1.5, rotation=60 if many else 0, ha="right" if many else "center")
    ax.tick_params(axis="y", labelsize=FONT)
    ax.set_ylabel("minutes", fontsize=FONT)
    ax.set_title("Planned vs actual length of each segment (red: ran over)", fontsize=FONT + 1, loc="left")
    ax.legend(fontsize=FONT, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _png(fig, dpi)

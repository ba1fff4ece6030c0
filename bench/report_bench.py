"""Report speed and memory on a full day: two sittings, 300 interventions, a rapporteur's log.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/report_bench.py [--runs 5] [--no-window]

Prints the median of several runs of (1) assembling the record from the programme and both
journals, (2) the whole Word report (record, timeline and charts, document) inside this process,
against a baseline measured in the same run: an empty python-docx document saved; (3) the command a
secretariat runs, `meetingdesk report ID --format docx`, as a whole process (start-up and imports
included) — goal ≤ 2 s — against the start of an interpreter that imports meetingdesk, the two run
in turn. Then the resident memory (RSS) with the full day open: the record and the review window
(goal ≤ 200 MB), against the RSS of the interpreter with the same modules imported and nothing open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the review window is measured without a screen

UTC = dt.timezone.utc
ZONE = "Europe/Zurich"


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def add_full_day(store) -> int:
    """A day of two 3-hour sittings, 150 speakers each in five segments. Returns the meeting id."""
    from meetingdesk.programme.model import Meeting, Participant, Segment, Sitting, SpeakerSlot

    groups = ["member_state", "observer_state", "un_entity", "civil_society", "private_sector", "academia"]
    meeting = Meeting(title="Working group on trafficking in persons: full day", time_zone=ZONE, format="hybrid",
                      languages=["en", "fr", "es"], organisers=["UNODC"], intervention_seconds=120)
    people = [Participant(key=f"p{i}", name=f"Speaker {i}", title="Ms." if i % 2 else "Mr.",
                          group=groups[i % len(groups)], delegation=f"Delegation {i % 60}",
                          gender="female" if i % 2 else "male", modality="online" if i % 5 == 0 else "in_person",
                          language=["en", "fr", "es"][i % 3], protected=(i == 7), position=i) for i in range(300)]
    meeting.participants = people
    sittings = []
    for n, (start, end) in enumerate(((dt.time(10), dt.time(13)), (dt.time(15), dt.time(18)))):
        sitting = Sitting(date=dt.date(2025, 3, 14), start=start, end=end, position=n, title=["Morning", "Afternoon"][n])
        segments = []
        for k in range(5):
            first = dt.datetime.combine(dt.date(2025, 3, 14), start) + dt.timedelta(minutes=36 * k)
            seg = Segment(title=f"Item {n * 5 + k + 1}: statements", kind="interventions" if k else "panel", position=k,
                          start=first.time(), end=(first + dt.timedelta(minutes=36)).time())
            seg.slots = [SpeakerSlot(participant=people[n * 150 + k * 30 + j], role="delegate" if k else "panellist",
                                     position=j, min_seconds=60, max_seconds=60) for j in range(30)]
            segments.append(seg)
        sitting.segments = segments
        sittings.append(sitting)
    meeting.sittings = sittings
    with store.session() as session:
        session.add(meeting)
        session.commit()
        return meeting.id, [s.id for s in sittings]


def run_full_day(store, sitting_ids) -> None:
    from meetingdesk.live import FakeClock, LiveSitting
    from meetingdesk.record import Record

    for n, sitting_id in enumerate(sitting_ids):
        clock = FakeClock(dt.datetime(2025, 3, 14, 9 + 5 * n, 0, tzinfo=UTC))  # 10:00 / 15:00 CET
        with LiveSitting.open(store, sitting_id, clock) as live, \
                Record.open(store, sitting_id, clock, live=live, author="Rapporteur") as rap:
            live.open_sitting()
            for k in range(5):
                live.start_segment()
                for j in range(30):
                    live.call_next()
                    clock.advance(55 + (j * 7) % 30)  # some run over their minute
                    if j % 6 == 0:
                        rap.add_question(f"Question {k}.{j} on the implementation of the protocol?", delegation=f"Delegation {j}")
                    if j % 10 == 0:
                        rap.add_key_message(f"Key message {n}.{k}.{j}: prevention must start early.")
                live.end_segment()
            rap.add_next_step("Circulate the chair's summary", owner="Secretariat")
            live.close_sitting()


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure_command(url: str, meeting_id: int, folder: Path, runs: int) -> tuple[float, float]:
    """Median wall time of the whole `meetingdesk report` command and of a bare interpreter importing
    meetingdesk, run in turn so that both see the same machine."""
    import subprocess

    report = [sys.executable, "-m", "meetingdesk", "--db", url, "report", str(meeting_id), "--format", "docx",
              "-o", str(folder / "command.docx")]
    base = [sys.executable, "-c", "import meetingdesk"]
    times: dict[str, list[float]] = {"report": [], "base": []}
    for _ in range(runs + 1):  # the first pair warms the disk cache and is not counted
        for name, cmd in (("report", report), ("base", base)):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
            times[name].append(time.perf_counter() - t0)
    return statistics.median(times["report"][1:]), statistics.median(times["base"][1:])


def measure_memory(url: str, meeting_id: int, *, window: bool) -> int:
    """RSS of a fresh process: modules imported (baseline), then the full day's record, then the review window."""
    from meetingdesk.report import charts  # noqa: F401
    from meetingdesk.report.record import build_record
    from meetingdesk.store import open_store

    app = None
    if window:
        from PySide6.QtWidgets import QApplication

        from ui.review import ReviewWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(url)
    gc.collect()
    base = rss_mb()
    print(f"baseline  RSS, fresh process, modules imported: {base:6.1f} MB")
    record = build_record(store, meeting_id)
    gc.collect()
    print(f"memory    RSS with the full day's record       : {rss_mb():6.1f} MB  (+{rss_mb() - base:.1f})")
    if app is not None:
        w = ReviewWindow(store, meeting_id)
        w.resize(1280, 800)
        w.show()
        app.processEvents()
        gc.collect()
        rss = rss_mb()
        print(f"memory    RSS with the review window open      : {rss:6.1f} MB  (+{rss - base:.1f})   goal <= 200 MB  "
              f"{'OK' if rss <= 200 else 'OVER'}")
        w.close()
    del record
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-window", action="store_true", help="skip the review window (no Qt)")
    parser.add_argument("--memory", nargs=2, metavar=("DB_URL", "MEETING_ID"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory:
        return measure_memory(args.memory[0], int(args.memory[1]), window=not args.no_window)

    from docx import Document

    from meetingdesk.report import charts  # noqa: F401  (matplotlib imported before the baseline RSS)
    from meetingdesk.report.record import build_record
    from meetingdesk.report.word import write_docx
    from meetingdesk.store import open_store

    if not args.no_window:
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept while the benchmark runs

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(f"sqlite:///{folder / 'day.sqlite'}")
        meeting_id, sitting_ids = add_full_day(store)
        run_full_day(store, sitting_ids)
        record = build_record(store, meeting_id)
        print(f"full day: {len(record.sittings)} sittings, {len(record.interventions)} interventions, "
              f"{len(record.questions)} questions, {len(record.journal)} journal events")
        # memory in a fresh process, as a secretariat opening the finished day would have it
        import subprocess

        cmd = [sys.executable, __file__, "--memory", f"sqlite:///{folder / 'day.sqlite'}", str(meeting_id)]
        if args.no_window:
            cmd.append("--no-window")
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout, end="")

        empty = median_time(lambda: Document().save(str(folder / "empty.docx")), args.runs)
        assemble = median_time(lambda: build_record(store, meeting_id), args.runs)
        word = median_time(lambda: write_docx(build_record(store, meeting_id), folder / "day.docx"), args.runs)
        print(f"baseline  empty python-docx document saved : {empty * 1000:7.1f} ms (median of {args.runs})")
        print(f"record    assembled from programme+journals: {assemble * 1000:7.1f} ms")
        print(f"word      whole report (record+charts+docx) : {word * 1000:7.1f} ms   goal <= 2000 ms  "
              f"{'OK' if word <= 2 else 'OVER'}")
        print(f"          report size {(folder / 'day.docx').stat().st_size / 1024:.0f} KiB")
        command, baseline = measure_command(f"sqlite:///{folder / 'day.sqlite'}", meeting_id, folder, args.runs)
        print(f"baseline  python -c 'import meetingdesk'     : {baseline * 1000:7.1f} ms (median of {args.runs}, in turn)")
        print(f"command   meetingdesk report --format docx  : {command * 1000:7.1f} ms   goal <= 2000 ms  "
              f"{'OK' if command <= 2 else 'OVER'}   ({command / baseline:.0f}x the baseline)")
        print(f"memory    RSS after {3 * args.runs} reports              : {rss_mb():6.1f} MB")
        store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

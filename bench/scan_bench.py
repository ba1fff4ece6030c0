"""What protecting identities costs a full day's report: the redaction of the record and the last scan
of each export, on bench/report_bench.py's day (two sittings, 300 interventions, a rapporteur's log).

    .venv/bin/python bench/scan_bench.py [--runs 5]

Two of the day's speakers are protected, with names of several parts ("Grace María Otiende",
"Charimaya Tamang"); nothing in the day names them, so every scan reads the whole file and finds
nothing: the figures are the cost a clean report pays. Prints medians of several runs and, against
the same run's baseline (an empty python-docx document saved, as report_bench.py), the ratio; then
the scan's share of the Word report, and the whole `meetingdesk report --format docx` command.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from report_bench import add_full_day, median_time, run_full_day  # noqa: E402

PROTECTED = {"p7": "Grace María Otiende", "p19": "Charimaya Tamang"}


def protect(store, meeting_id: int) -> None:
    from sqlalchemy import select

    from meetingdesk.programme.model import Participant

    with store.session() as session:
        for p in session.scalars(select(Participant).where(Participant.meeting_id == meeting_id)):
            p.protected = p.key in PROTECTED
            if p.protected:
                p.name, p.group = PROTECTED[p.key], "survivor_leader"
        session.commit()


def interleaved(first, second, runs: int) -> tuple[float, float]:
    """Medians of two measurements taken turn about, so both see the same load on a shared machine."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in zip((first, second), times, strict=True):
            gc.collect()
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return statistics.median(times[0]), statistics.median(times[1])


def command_time(db: str, meeting_id: int, out: Path, runs: int) -> float:
    cmd = [sys.executable, "-m", "meetingdesk", "--db", db, "report", str(meeting_id), "--format", "docx", "-o", str(out)]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from docx import Document

    from meetingdesk.report.export import export
    from meetingdesk.report.record import build_record
    from meetingdesk.report.redact import Redactor
    from meetingdesk.report.scan import scan
    from meetingdesk.report.word import write_docx
    from meetingdesk.store import open_store
    from meetingdesk.store.programmes import load_meeting

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = f"sqlite:///{folder / 'day.sqlite'}"
        store = open_store(db)
        meeting_id, sitting_ids = add_full_day(store)
        protect(store, meeting_id)
        run_full_day(store, sitting_ids)
        record = build_record(store, meeting_id)
        people = load_meeting(store, meeting_id).participants
        print(f"full day: {len(record.interventions)} interventions, {len(record.journal)} journal events, "
              f"protected: {', '.join(record.withheld.labels.values())}")

        empty = median_time(lambda: Document().save(str(folder / "empty.docx")), args.runs)
        # the walk over every string of an assembled record, by a new redactor (its cache cold); the
        # day names no protected person, so it reads everything and changes nothing, as build_record's
        fresh = [build_record(store, meeting_id) for _ in range(args.runs)]
        walk = median_time(lambda: Redactor.for_participants(people).scrub(fresh.pop()), args.runs)
        written = {fmt: export(record, fmt, folder / f"day.{fmt}", accept=True) for fmt in ("docx", "pdf", "csv", "json", "ics")}
        scans = {}
        for fmt, paths in written.items():
            scans[fmt] = median_time(lambda paths=paths: [scan(p, record.withheld) for p in paths], args.runs)
            found = [m for p in paths for m in scan(p, record.withheld)]
            assert not found, found
        word, word_scanned = interleaved(
            lambda: write_docx(build_record(store, meeting_id), folder / "w.docx"),
            lambda: export(build_record(store, meeting_id), "docx", folder / "e.docx"),
            args.runs,
        )

        print(f"baseline  empty python-docx document saved     : {empty * 1000:7.1f} ms (median of {args.runs})")
        print(f"redact    walk over every string of the record  : {walk * 1000:7.1f} ms   {walk / empty:5.1f}x baseline")
        for fmt, seconds in scans.items():
            size = sum(p.stat().st_size for p in written[fmt]) / 1024
            print(f"scan      {fmt:<5} ({size:6.0f} KiB)                 : {seconds * 1000:7.1f} ms   "
                  f"{seconds / empty:5.1f}x baseline")
        print(f"word      report, no scan (record+charts+docx)  : {word * 1000:7.1f} ms")
        print(f"word      report through export() (with scan)   : {word_scanned * 1000:7.1f} ms   "
              f"scan and rename {(word_scanned - word) * 1000:+.1f} ms (measured turn about)")
        command = command_time(db, meeting_id, folder / "cmd.docx", max(3, args.runs // 2))
        print(f"command   meetingdesk report --format docx      : {command * 1000:7.1f} ms   goal <= 2000 ms  "
              f"{'OK' if command <= 2 else 'OVER'}")
        store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

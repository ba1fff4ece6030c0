"""Agenda import on long pastes: the time must grow with the length of the text, not its square.

    .venv/bin/python bench/agenda_bench.py [--runs 5] [--lines 1000 4000 16000]

Two pastes of N lines: the agenda fixtures of the tests (real invitations: HTML, bullets, clock
times, speakers, tour-de-table questions) repeated until N lines long, and the constructive
dialogue's programme alone repeated (a long programme whose sittings give only "(CEST)", so the
zone is looked for in the place names of the text). For each paste and N it prints
the median of several runs of ``import_agenda``, the time per line, and that per-line time as a
ratio to the first (shortest) paste measured in the same run, interleaved round-robin: a ratio
near 1.0 is linear, one that grows with N is not. Goal: 16,000 lines in at most 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_LINES, GOAL_SECONDS = 16_000, 1.0


FIXTURES = ROOT / "tests" / "programme" / "fixtures"
PASTES = {
    "fixtures": sorted(FIXTURES.glob("*.txt")),
    "dialogue": [FIXTURES / "constructive-dialogue-2024-07-10-programme.txt"],
}


def paste(kind: str, lines: int) -> str:
    source = [line for path in PASTES[kind] for line in path.read_text(encoding="utf-8").splitlines()]
    return "\n".join((source * (lines // len(source) + 1))[:lines])


def main() -> None:
    from meetingdesk.programme.agenda_import import import_agenda

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, nargs="+", default=[1000, 4000, GOAL_LINES])
    args = parser.parse_args()
    texts = {(kind, n): paste(kind, n) for kind in PASTES for n in args.lines}
    times: dict[tuple[str, int], list[float]] = {key: [] for key in texts}
    for _ in range(args.runs):
        for key, text in texts.items():  # round-robin: every size sees the same machine conditions
            t = time.perf_counter()
            import_agenda(text, "paste.txt")
            times[key].append(time.perf_counter() - t)
    base = args.lines[0]
    print(f"import_agenda, median of {args.runs} runs; baseline: the {base:,}-line paste of the same kind, per line")
    for kind in PASTES:
        per_line_base = statistics.median(times[kind, base]) / base
        for n in args.lines:
            median = statistics.median(times[kind, n])
            ratio = (median / n) / per_line_base
            goal = ""
            if n == GOAL_LINES:
                goal = f"  goal ≤ {GOAL_SECONDS:g} s: {'ok' if median <= GOAL_SECONDS else 'MISSED'}"
            print(f"{kind:9} {n:>7,} lines  {median:8.3f} s  {median / n * 1e6:8.1f} µs/line  ×{ratio:6.2f} per line{goal}")


if __name__ == "__main__":
    main()

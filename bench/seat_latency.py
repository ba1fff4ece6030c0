"""How soon does a second seat show what the console did? Prints medians and p99.

    .venv/bin/python bench/seat_latency.py [--commands 300] [--gap 0.03]

A moderator process runs a sitting (SystemClock) and issues commands one after the other
(extend +30 / -30, pause / resume, a message), ``--gap`` seconds apart as a moderator's keys are;
a follower process, as a speaker display on another machine would, holds its own ``LiveSitting``
opened with ``follow=True`` and a ``Watch`` on an asyncio loop, and notes when its view shows each
event. Both stamp with CLOCK_MONOTONIC, which all processes of a machine share: the figure is
from the command's return in the moderator to the follower's ``view()`` built after taking the
event in (what its screen would then paint).

1. PostgreSQL: a throwaway server (Debian's binaries, as tests/postgres starts one); the append's
   trigger sends NOTIFY, the follower LISTENs (goal p99 <= 25 ms).
2. SQLite: two processes on one file; the follower looks at PRAGMA data_version every 10 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "live"))
sys.path.insert(0, str(ROOT / "tests" / "postgres"))

GOAL_MS = 25.0
UTC = dt.timezone.utc


def moderator(url: str, sitting: int, commands: int, gap: float) -> None:
    """Issue ``commands`` commands; print "seq t_ns" at each return."""
    from meetingdesk.live import LiveSitting, SystemClock
    from meetingdesk.store import open_store

    live = LiveSitting.open(open_store(url), sitting, SystemClock())
    live.open_sitting(rehearsal=True)
    live.start_segment()
    live.call_next()
    actions = [lambda: live.extend(30), lambda: live.extend(-30), live.pause, live.resume,
               lambda: live.message("Please conclude"), lambda: live.message("")]
    out = []
    for i in range(commands):
        time.sleep(gap)
        actions[i % len(actions)]()
        out.append(f"{live.last_seq} {time.monotonic_ns()}")
    live.close()
    print("\n".join(out), flush=True)


def follower(url: str, sitting: int) -> None:
    """Follow until stdin closes; print "seq t_ns" each time the view shows a new event."""
    from meetingdesk.live import LiveSitting, SystemClock, Watch
    from meetingdesk.store import open_store

    store = open_store(url)
    seen: list[str] = []

    async def main() -> None:
        live = LiveSitting.open(store, sitting, SystemClock(), follow=True)
        watch = Watch(store, name="second seat")
        watch.follow(live)

        def show(_change) -> None:
            live.view()  # what the screen paints
            seen.append(f"{live.last_seq} {time.monotonic_ns()}")

        live.subscribe(show)
        watch.start()
        await asyncio.sleep(0.5)  # connected and listening
        print("ready", flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes stdin
        watch.close()
        live.close()

    asyncio.run(main())
    print("\n".join(seen), flush=True)


def stamps(text: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            out.setdefault(int(parts[0]), int(parts[1]))
    return out


def run(url: str, sitting: int, commands: int, gap: float) -> list[float]:
    me = [sys.executable, str(Path(__file__).resolve())]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    seat = subprocess.Popen([*me, "--follower", url, str(sitting)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=env)
    assert seat.stdout.readline().strip() == "ready"
    done = subprocess.run([*me, "--moderator", url, str(sitting), str(commands), str(gap)], capture_output=True,
                          text=True, env=env, check=True)
    time.sleep(0.5)  # the last events reach the seat
    out, _ = seat.communicate("", timeout=60)
    returned, shown = stamps(done.stdout), stamps(out)
    missing = [seq for seq in returned if seq not in shown and not any(s > seq for s in shown)]
    if missing:
        raise SystemExit(f"the second seat never showed events {missing[:5]}")
    latencies = []
    for seq, t in returned.items():
        at = min((shown[s] for s in shown if s >= seq), default=None)
        latencies.append((at - t) / 1e6)
    return latencies


def report(label: str, latencies: list[float], goal: float | None = None) -> None:
    s = sorted(latencies)
    p99 = s[min(len(s) - 1, int(round(0.99 * (len(s) - 1))))]
    verdict = "" if goal is None else ("  ok" if p99 <= goal else f"  MISSED (goal p99 <= {goal:g} ms)")
    print(f"{label}: second seat: median {statistics.median(s):.1f} ms  p99 {p99:.1f} ms  "
          f"(max {s[-1]:.1f} ms, {len(s)} commands){verdict}")


def sitting_in(url: str) -> int:
    from meetingdesk.store import open_store
    from sample_sitting import add_programme

    store = open_store(url)
    try:
        return add_programme(store, dt.datetime.now(UTC))
    finally:
        store.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commands", type=int, default=300)
    parser.add_argument("--gap", type=float, default=0.03, help="seconds between two commands")
    parser.add_argument("--moderator", nargs=4, metavar=("URL", "SITTING", "N", "GAP"), help=argparse.SUPPRESS)
    parser.add_argument("--follower", nargs=2, metavar=("URL", "SITTING"), help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("postgresql", "sqlite"), action="append")
    args = parser.parse_args(argv)
    if args.moderator:
        url, sitting, n, gap = args.moderator
        moderator(url, int(sitting), int(n), float(gap))
        return 0
    if args.follower:
        follower(args.follower[0], int(args.follower[1]))
        return 0
    only = args.only or ["postgresql", "sqlite"]
    print(f"MeetingDesk seat latency — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; {args.commands} commands {args.gap * 1000:.0f} ms apart")
    if "postgresql" in only:
        from pg_server import PostgresServer, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            print("PostgreSQL: no server binaries (apt-get install postgresql): skipped")
        else:
            server = PostgresServer(bin_dir).start()
            try:
                report("PostgreSQL (NOTIFY/LISTEN)", run(server.url, sitting_in(server.url), args.commands, args.gap), GOAL_MS)
            finally:
                server.stop()
    if "sqlite" in only:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'seats.sqlite'}"
            report("SQLite, two processes on one file", run(url, sitting_in(url), args.commands, args.gap))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

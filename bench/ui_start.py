"""Cold start of MeetingDesk against a bare PySide6 window, in the same run: the first window
painted, the meetings listed, and the moderator console interactive.

Each start is a fresh Python process (so imports, fonts and Qt plugins load cold). Times are taken
by this parent, from the moment it spawns the child until the child prints that a stage is
reached; a window counts as painted when its first paint event has been handled, in the bare
window as in MeetingDesk. The kinds of start alternate so machine noise falls on all alike.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_start.py [--runs 9]

* bare: a QLabel of 1280×720, shown.
* MeetingDesk: the ``meetingdesk --smoke`` start (ui.app.run), on an existing SQLite database
  holding the four sample meetings (prepared once before timing, as on every start after the
  first): the main window painted before SQLAlchemy and the database load, then its meetings.
* console: the same start, then the HRC side event's sitting opened live (journal replay
  included) and its moderator console painted.

Settings, log and data folders are temporary (XDG_* variables), never the user's own. The
children may write bytecode caches (__pycache__), as an installed copy has them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("meetingdesk --smoke: first window painted", flush=True), app.quit()))
        return False

app = QApplication(sys.argv[:1])
w = QLabel("MeetingDesk")
w.resize(1280, 720)
first = FirstPaint()
w.installEventFilter(first)
w.show()
app.exec()
"""

APP = r"""
import sys
from ui import main
raise SystemExit(main(sys.argv[1:]))
"""

CONSOLE = r"""
import sys
from ui.app import run, show_and_paint

def open_hrc_console(window):
    from meetingdesk.store.programmes import find_meeting_by_title
    from ui.models import Roles
    window.choose_meeting(find_meeting_by_title(window.store, "Trafficking in children on the rise: immediate action required"))
    window.select_sitting(window.programme.data(window.programme.index(0, 0), Roles.ID))
    show_and_paint(window.run_selected_sitting())
    print("console painted", flush=True)

raise SystemExit(run(sys.argv[1], None, smoke=True, ready=open_hrc_console))
"""

PAINTED = "first window painted"
LISTED = " meetings in "
CONSOLE_PAINTED = "console painted"


def one(code: str, marks: tuple[str, ...], env: dict[str, str], *args: str) -> list[float]:
    """Seconds from spawning ``code`` until each of ``marks`` appears in its output, in order."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT)
    assert proc.stdout is not None
    times: list[float] = []
    for line in proc.stdout:
        if len(times) < len(marks) and marks[len(times)] in line:
            times.append(time.perf_counter() - t0)
    proc.wait()
    if len(times) < len(marks) or proc.returncode != 0:
        raise SystemExit(f"the child did not get through {marks} (exit {proc.returncode})")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=platform,
                   XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
                   XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy starts from compiled bytecode
        db = f"sqlite:///{home / 'bench.sqlite'}"
        sys.path.insert(0, str(ROOT))
        from meetingdesk.store import open_store
        from meetingdesk.store.programmes import ensure_samples

        store = open_store(db)
        ensure_samples(store)
        store.engine.dispose()

        kinds = {
            "bare": lambda: one(BARE, (PAINTED,), env),
            "app": lambda: one(APP, (PAINTED, LISTED), env, "--db", db, "--smoke"),
            "console": lambda: one(CONSOLE, (PAINTED, LISTED, CONSOLE_PAINTED), env, db),
        }
        for run in kinds.values():  # warm the file cache: "cold" means a new process, not a cold disk
            run()
        times: dict[str, list[list[float]]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            for kind, run in kinds.items():
                times[kind].append(run())

    def median(kind: str, mark: int) -> float:
        return statistics.median(t[mark] for t in times[kind])

    def spread(kind: str, mark: int) -> str:
        values = [t[mark] for t in times[kind]]
        return f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"

    bare = median("bare", 0)
    rows = [
        ("bare PySide6 window painted", "bare", 0, None),
        ("MeetingDesk first window painted", "app", 0, 1.5),
        ("MeetingDesk meetings listed", "app", 1, None),
        ("MeetingDesk console painted", "console", 2, None),
    ]
    print(f"runs: {args.runs} of each, alternating, a fresh process each (QT_QPA_PLATFORM={platform})")
    print(f"{'':38} {'median':>8}  {'ratio to bare':>13}")
    for label, kind, mark, goal in rows:
        m = median(kind, mark)
        verdict = "" if goal is None else (f"  goal <= {goal}x: " + ("ok" if m / bare <= goal else "MISSED"))
        print(f"{label:38} {m * 1000:6.0f} ms  {m / bare:12.2f}x  {spread(kind, mark)}{verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

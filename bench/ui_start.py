"""Cold start to an interactive moderator console, against a bare PySide6 window, in the same run.

Each start is a fresh Python process (so imports, fonts and Qt plugins load cold). The time is
measured by this parent from the moment it spawns the child until the child says its window has
been shown and the event loop has processed its first paint. The two kinds alternate so machine
noise falls on both alike.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_start.py [--runs 9]

The console start opens an existing SQLite database holding the four sample meetings (prepared once
before timing, as on every start after the first), builds the main window, opens the HRC side
event's sitting live (journal replay included) and shows its console.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("MeetingDesk")
w.resize(1280, 720)
w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

CONSOLE = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from meetingdesk.store import open_store
from meetingdesk.store.programmes import find_meeting_by_title
from ui.app import start
from ui.console import open_console
from ui.models import Roles
db, ini = sys.argv[1], sys.argv[2]
store = open_store(db)
window = start(store, QSettings(ini, QSettings.Format.IniFormat))
window.choose_meeting(find_meeting_by_title(store, "Trafficking in children on the rise: immediate action required"))
window.show()
sitting = window.programme.data(window.programme.index(0, 0), Roles.ID)
console = open_console(store, sitting, settings=window.settings)
console.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def one(code: str, *args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    if line.strip() != "ready":
        raise SystemExit(f"the child did not start (exit {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        ini = str(Path(tmp) / "settings.ini")
        sys.path.insert(0, str(ROOT))
        from meetingdesk.store import open_store
        from meetingdesk.store.programmes import ensure_samples

        store = open_store(db)
        ensure_samples(store)
        store.engine.dispose()

        one(BARE)  # warm the file cache for both: "cold" means a new process, not a cold disk
        one(CONSOLE, db, ini)
        bare, console = [], []
        for _ in range(args.runs):
            bare.append(one(BARE))
            console.append(one(CONSOLE, db, ini))

    mb, mc = statistics.median(bare), statistics.median(console)
    print(f"runs: {args.runs} each, alternating, fresh process each (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print(f"bare PySide6 window shown:        median {mb * 1000:7.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"MeetingDesk console interactive:  median {mc * 1000:7.0f} ms  (min {min(console) * 1000:.0f}, max {max(console) * 1000:.0f})")
    print(f"ratio console / bare:             {mc / mb:.2f}x  (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

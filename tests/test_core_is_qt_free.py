"""The core never imports Qt: every module of meetingdesk/ loads, and the command line runs, without it."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import meetingdesk

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"


def test_no_module_of_the_core_imports_qt_or_the_front_end():
    modules = [m.name for m in pkgutil.walk_packages(meetingdesk.__path__, "meetingdesk.")
               if ".migrations" not in m.name and not m.name.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync', 'ui'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_meetingdesk_command_checks_a_file_without_loading_qt():
    code = (
        "import sys, ui\n"
        f"code = ui.main(['check', {str(SAMPLE)!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "0 []"

"""On a bare Linux desktop the application names every system library Qt's xcb plugin misses, before Qt aborts."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import ui
from ui import system_libraries
from ui.system_libraries import DEBIAN_PACKAGES, needed, qt_folder, startup_problem, uses_xcb

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
X11 = {"DISPLAY": ":0"}


@pytest.fixture
def broken_qt(tmp_path) -> Path:
    """A copy of Qt's xcb plugin that needs two libraries no machine has (their names changed in the
    copy's own list of needed libraries, same length), beside Qt's real libraries."""
    qt = qt_folder()
    plugin = (qt / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    for name in (b"libxcb-icccm.so.4", b"libxcb-keysyms.so.1"):
        assert plugin.count(name + b"\0") == 1
        plugin = plugin.replace(name + b"\0", name[:-1] + b"9\0")
    platforms = tmp_path / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(plugin)
    (tmp_path / "Qt" / "lib").symlink_to(qt / "lib")
    return tmp_path / "Qt"


def test_the_libraries_the_plugin_needs_are_read_from_it_as_ldd_does():
    names = needed(qt_folder() / "plugins" / "platforms" / "libqxcb.so")
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libQt6XcbQpa.so.6"} <= set(names)
    # every system library Qt's X11 windows need has its package named (the README lists the same)
    qt_libraries = qt_folder() / "lib"
    system = {n for n in names if not (qt_libraries / n).exists() and not n.startswith(("libc.", "libm.", "libstdc++", "libgcc_s"))}
    assert system <= set(DEBIAN_PACKAGES)


def test_a_complete_installation_has_nothing_to_say():
    assert startup_problem(X11) is None


def test_every_missing_library_is_named_with_its_package(broken_qt, monkeypatch):
    monkeypatch.setitem(DEBIAN_PACKAGES, "libxcb-icccm.so.9", "libxcb-icccm9")
    assert startup_problem(X11, broken_qt) == (
        "MeetingDesk cannot open its windows: Qt's X11 platform plugin (xcb) needs system libraries missing on "
        "this computer: libxcb-icccm.so.9, libxcb-keysyms.so.9.\n"
        "On Debian or Ubuntu, install them with:\n  sudo apt-get install libxcb-icccm9"
    )


def test_the_application_says_so_and_stops_before_qt_aborts(broken_qt, monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(system_libraries, "qt_folder", lambda: broken_qt)
    assert ui.main(["run"]) == 2
    err = capsys.readouterr().err
    assert "needs system libraries missing on this computer: libxcb-icccm.so.9, libxcb-keysyms.so.9." in err


@pytest.mark.parametrize(("environ", "xcb"), [
    ({"DISPLAY": ":0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, False),
])
def test_only_a_start_on_x11_is_looked_at(environ, xcb):
    assert uses_xcb(environ) is xcb


def test_no_plugin_no_opinion(tmp_path):
    shutil.rmtree(tmp_path, ignore_errors=True)
    assert startup_problem(X11, tmp_path / "Qt") is None


def test_the_readme_lists_every_package():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    command = readme.split("sudo apt-get install libxcb-cursor0", 1)[1].split("```", 1)[0]
    listed = set(("libxcb-cursor0 " + command).replace("\\", " ").split())
    assert listed == set(DEBIAN_PACKAGES.values())

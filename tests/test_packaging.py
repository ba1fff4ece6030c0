"""What an installed copy is made of: the icon at every size, the desktop entry and AppStream
metadata, the version.

The bundle itself is built and run by `packaging/build.py --check` (in .ci/run), not here.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops

import meetingdesk

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.meetingdesk.MeetingDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_application_loads_the_icon_sizes_that_exist():
    from ui.app import APP_ID as app_id
    from ui.app import ICON_SIZES
    from ui.app import ICONS as icons

    assert (ICON_SIZES, icons, app_id) == (SIZES, ICONS, APP_ID)


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_exists_at_each_size(size):
    with Image.open(ICONS / f"meetingdesk-{size}.png") as png:
        assert png.size == (size, size) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] < 255 > png.getpixel((size // 2, size // 2))[3] - 1  # rounded corner, solid middle


def test_windows_and_macos_icons_hold_every_size_they_use():
    with Image.open(ICONS / "meetingdesk.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
    with Image.open(ICONS / "meetingdesk.icns") as icns:  # Pillow writes 16 and 32 pt at Retina scale only
        assert {w * scale for w, _h, scale in icns.info["sizes"]} == {32, 64, 128, 256, 512, 1024}


def test_the_pictures_are_what_the_svg_sources_draw(qapp):
    """packaging/icons.py regenerates them; a changed SVG without regenerated pictures fails here."""
    spec = importlib.util.spec_from_file_location("icons", ROOT / "packaging" / "icons.py")
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    for size in SIZES:
        drawn = icons.render(size)
        with Image.open(ICONS / f"meetingdesk-{size}.png") as stored:
            difference = ImageChops.difference(drawn, stored.convert("RGBA"))
            assert max(high for _low, high in difference.getextrema()) <= 8, f"meetingdesk-{size}.png is out of date"


def test_the_desktop_entry_starts_meetingdesk_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "MeetingDesk"
    assert desktop["Exec"].split()[0] == "meetingdesk" and desktop["Icon"] == APP_ID
    assert desktop["StartupWMClass"] == "MeetingDesk"  # the class Qt gives the windows (the application name)


def test_the_appstream_metadata_names_the_desktop_entry_and_this_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == meetingdesk.__version__


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed (Debian: appstream)")
def test_appstreamcli_validates_the_metadata():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate is not installed (Debian: desktop-file-utils)")
def test_desktop_file_validate_accepts_the_entry():
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_meetingdesk_version_prints_the_version_without_loading_qt():
    code = (
        "import sys, ui\n"
        "try:\n"
        "    ui.main(['--version'])\n"
        "except SystemExit as e:\n"
        "    print('exit', e.code, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.splitlines() == [f"meetingdesk {meetingdesk.__version__}", "exit 0 []"]

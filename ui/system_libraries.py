"""Before Qt opens a window on Linux (X11): are the system libraries of its xcb plugin there?

When one is missing Qt aborts with "Could not load the Qt platform plugin "xcb"", and names at
most libxcb-cursor0 whatever is missing. This reads the libraries the plugin and Qt's own
libraries need (the ELF file's DT_NEEDED entries, as ldd does), tries to load each system one,
and names every one that is missing, with the Debian/Ubuntu package that holds it. It imports
no Qt: it runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import mmap
import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

# The Debian/Ubuntu package of each system library Qt's xcb platform plugin and Qt's own libraries
# load (the README lists the same packages).
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}

DT_NEEDED, DT_STRTAB, PT_LOAD, PT_DYNAMIC = 1, 5, 1, 2


def needed(path: Path) -> list[str]:
    """The libraries an ELF shared object names as needed (its DT_NEEDED entries); [] if it is not ELF."""
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:  # pages read as touched
        return _needed(data)


def _needed(data: mmap.mmap) -> list[str]:
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2):
        return []
    wide = data[4] == 2  # 64-bit
    end = "<" if data[5] == 1 else ">"
    word = "Q" if wide else "I"
    phoff = struct.unpack_from(end + word, data, 32 if wide else 28)[0]
    phentsize, phnum = struct.unpack_from(end + "HH", data, 54 if wide else 42)
    loads, dynamic = [], None
    for i in range(phnum):
        at = phoff + i * phentsize
        if wide:
            p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIQQQQ", data, at)
        else:
            p_type, offset, vaddr, _paddr, filesz = struct.unpack_from(end + "IIIII", data, at)
        if p_type == PT_LOAD:
            loads.append((vaddr, offset, filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    entry = struct.Struct(end + ("qQ" if wide else "iI"))
    names, strtab = [], None
    for at in range(dynamic[0], dynamic[0] + dynamic[1], entry.size):
        tag, value = entry.unpack_from(data, at)
        if tag == 0:
            break
        if tag == DT_NEEDED:
            names.append(value)
        elif tag == DT_STRTAB:
            strtab = next((value - vaddr + offset for vaddr, offset, size in loads if vaddr <= value < vaddr + size), None)
    if strtab is None:
        return []
    return [data[strtab + n : data.find(b"\0", strtab + n)].decode() for n in names]


def missing_libraries(plugin: Path, qt_libraries: Path) -> list[str]:
    """The system libraries ``plugin`` needs, directly or through Qt's own libraries, that cannot be loaded."""
    missing: list[str] = []
    seen: set[str] = set()
    todo = [plugin]
    while todo:
        for name in needed(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            bundled = qt_libraries / name
            if bundled.exists():  # one of Qt's own: what it needs in turn
                todo.append(bundled)
                continue
            try:
                ctypes.CDLL(name)
            except OSError:
                missing.append(name)
    return missing


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open its windows through the xcb (X11) plugin."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # on Wayland, Qt takes its Wayland plugin first


def qt_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "Qt"


def startup_problem(environ: Mapping[str, str] = os.environ, qt: Path | None = None) -> str | None:
    """What keeps MeetingDesk from opening its windows, in plain words; None when nothing does (as far as
    can be told: on Linux with X11, the system libraries Qt's xcb plugin needs)."""
    if not uses_xcb(environ):
        return None
    qt = qt or qt_folder()
    plugin = qt / "plugins" / "platforms" / "libqxcb.so" if qt is not None else None
    if qt is None or plugin is None or not plugin.exists():
        return None
    missing = missing_libraries(plugin, qt / "lib")
    if not missing:
        return None
    packages = list(dict.fromkeys(DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES))
    text = (
        "MeetingDesk cannot open its windows: Qt's X11 platform plugin (xcb) needs system "
        f"librar{'ies' if len(missing) > 1 else 'y'} missing on this computer: {', '.join(missing)}."
    )
    if packages:
        text += f"\nOn Debian or Ubuntu, install {'them' if len(missing) > 1 else 'it'} with:\n  sudo apt-get install {' '.join(packages)}"
    return text

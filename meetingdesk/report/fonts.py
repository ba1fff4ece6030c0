"""Fonts for names in every script: which font covers a piece of text, where its file is, how wide text is.

Reports print names as their owners write them: Devanagari (Nepali speakers), Chinese, Arabic,
Cyrillic and the rest. The PDF embeds the Noto fonts of the scripts it needs, the charts fall back
on them, and the Word file names them on each run. Latin, Greek and Cyrillic take the body font
(Noto Sans, or the DejaVu Sans that ships with matplotlib where Noto is not installed); each other
script has its own Noto font, found among the system's fonts. A script whose font is missing stops
the export with a message naming the package to install, never a page of empty boxes.
"""

from __future__ import annotations

import bisect
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

CORE = "fonts-noto-core"  # Debian packages
CJK = "fonts-noto-cjk"


@dataclass(frozen=True)
class Script:
    name: str  # as a reader knows it: "Devanagari"
    family: str  # the font family's name, as Word and matplotlib know it
    files: tuple[str, str]  # regular, bold
    package: str  # the Debian package that installs it
    slot: str = "ascii"  # the Word font slot that draws it: ascii | cs (complex script) | eastAsia
    rtl: bool = False
    face: int = 0  # face of a font collection (.ttc)
    italic: str = ""  # the italic file, next to the regular one (the body font only)


def _noto(name: str, *, slot: str = "cs", rtl: bool = False) -> Script:
    stem = f"NotoSans{name.replace(' ', '')}"
    return Script(name, f"Noto Sans {name}", (f"{stem}-Regular.ttf", f"{stem}-Bold.ttf"), CORE, slot, rtl)


BODY = Script("Latin", "Noto Sans", ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), CORE, italic="NotoSans-Italic.ttf")
# where matplotlib's own copy of DejaVu Sans stands in for a missing Noto Sans (Latin, Greek, Cyrillic)
DEJAVU = Script("Latin", "DejaVu Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), "python3-matplotlib",
                italic="DejaVuSans-Oblique.ttf")
CHINESE = Script("Chinese, Japanese and Korean", "Noto Sans CJK SC", ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
                 CJK, "eastAsia", face=2)  # faces: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

ARABIC, HEBREW, DEVANAGARI = _noto("Arabic", rtl=True), _noto("Hebrew", rtl=True), _noto("Devanagari")

_BLOCKS: list[tuple[int, int, Script]] = sorted([
    (0x0530, 0x058F, _noto("Armenian", slot="ascii")),
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x0980, 0x09FF, _noto("Bengali")),
    (0x0A00, 0x0A7F, _noto("Gurmukhi")),
    (0x0A80, 0x0AFF, _noto("Gujarati")),
    (0x0B00, 0x0B7F, _noto("Oriya")),
    (0x0B80, 0x0BFF, _noto("Tamil")),
    (0x0C00, 0x0C7F, _noto("Telugu")),
    (0x0C80, 0x0CFF, _noto("Kannada")),
    (0x0D00, 0x0D7F, _noto("Malayalam")),
    (0x0D80, 0x0DFF, _noto("Sinhala")),
    (0x0E00, 0x0E7F, _noto("Thai")),
    (0x0E80, 0x0EFF, _noto("Lao")),
    (0x1000, 0x109F, _noto("Myanmar")),
    (0x10A0, 0x10FF, _noto("Georgian", slot="ascii")),
    (0x1100, 0x11FF, CHINESE),  # Hangul jamo
    (0x1200, 0x139F, _noto("Ethiopic", slot="ascii")),
    (0x1780, 0x17FF, _noto("Khmer")),
    (0x1CD0, 0x1CFF, DEVANAGARI),
    (0x2E80, 0x2FDF, CHINESE),
    (0x3000, 0x9FFF, CHINESE),  # CJK punctuation, kana, bopomofo, Hangul compatibility, ideographs
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0xA960, 0xA97F, CHINESE),
    (0xAC00, 0xD7FF, CHINESE),  # Hangul syllables
    (0xF900, 0xFAFF, CHINESE),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE30, 0xFE4F, CHINESE),
    (0xFE70, 0xFEFF, ARABIC),
    (0xFF00, 0xFFEF, CHINESE),  # full-width forms
    (0x20000, 0x3134F, CHINESE),
], key=lambda b: b[0])
_STARTS = [b[0] for b in _BLOCKS]


def script_of(char: str) -> Script | None:
    """The script font a character needs, or None when the body font draws it (Latin, Greek,
    Cyrillic, digits, punctuation). A sign Noto Sans lacks (the minus sign, arrows) takes DejaVu Sans."""
    code = ord(char)
    n = bisect.bisect_right(_STARTS, code) - 1
    if n >= 0 and code <= _BLOCKS[n][1]:
        return _BLOCKS[n][2]
    if code > 0x7E and body() is BODY and code not in _metrics(files(BODY)[0]).codes and not char.isspace():
        return DEJAVU
    return None


def runs(text: str) -> list[tuple[Script | None, str]]:
    """``text`` cut where the font it needs changes: [(None, "Ms. "), (Devanagari, "चरिमाया"), ...].
    A space stays in the run it is in (a script's font has one; not always Latin punctuation)."""
    if text.isascii():  # most of a report: the body font's, at once
        return [(None, text)]
    out: list[tuple[Script | None, str]] = []
    for char in text:
        script = script_of(char)
        if out and (script == out[-1][0] or (script is None and char == " ")):
            out[-1] = (out[-1][0], out[-1][1] + char)
        else:
            out.append((script, char))
    return out


def scripts_in(texts) -> list[Script]:
    """The script fonts a set of texts needs, in a stable order, each once; DejaVu Sans (for signs)
    last, so that a script's own font draws it where DejaVu has glyphs too (Arabic, Hebrew)."""
    chars = set().union(*map(set, texts)) if texts else set()
    found = {s.family: s for s in filter(None, map(script_of, chars))}
    return sorted(found.values(), key=lambda s: (s == DEJAVU, s.family))


# --------------------------------------------------------------------------- font files


class MissingFont(FileNotFoundError):
    """A script's font is not installed: the message names the package."""


def _font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    data = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return [data / "fonts", home / ".fonts", Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]


FONT_DIRS: list[Path] = _font_dirs()


@functools.cache
def _find(filename: str, dirs: tuple[Path, ...]) -> Path | None:
    for folder in dirs:
        # Debian's own places first: a walk of every font folder is the slow way
        for sub in ("truetype/noto", "opentype/noto", ""):
            candidate = folder / sub / filename
            if candidate.is_file():
                return candidate
    for folder in dirs:
        if folder.is_dir():
            for candidate in folder.rglob(filename):
                return candidate
    return None


def files(script: Script) -> tuple[Path, Path]:
    """The regular and bold font files of a script; ``MissingFont`` names the package when absent."""
    if script == DEJAVU:
        import matplotlib

        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        return folder / script.files[0], folder / script.files[1]
    regular, bold = (_find(name, tuple(FONT_DIRS)) for name in script.files)
    if regular is None or bold is None:
        raise MissingFont(
            f"the report needs the font {script.family} to print {script.name} text, and it is not installed: "
            f"install the {script.package} package (apt install {script.package}) or the font itself"
        )
    return regular, bold


@functools.cache
def _body(dirs: tuple[Path, ...]) -> Script:
    return BODY if all(_find(name, dirs) for name in BODY.files) else DEJAVU


def body() -> Script:
    """Noto Sans when it is installed, else matplotlib's DejaVu Sans (both cover Latin, Greek and Cyrillic)."""
    return _body(tuple(FONT_DIRS))


def needed(texts) -> list[tuple[Script, Path, Path]]:
    """Every script font the texts need, with its files; raises ``MissingFont`` for the first one missing."""
    return [(s, *files(s)) for s in scripts_in(texts)]


# --------------------------------------------------------------------------- widths


class _Metrics:
    """A font's characters and their advance widths (in ems), read with matplotlib's FreeType as asked."""

    def __init__(self, path: Path, face: int = 0):
        from matplotlib.ft2font import FT2Font

        self.font = FT2Font(str(path), face_index=face)
        self.font.set_size(72, 72)  # one pixel a point: an advance of 72 pixels is one em
        self.codes = set(self.font.get_charmap())
        self.ems: dict[str, float] = {}

    def em(self, char: str) -> float:
        """A character's width; one em where the font lacks it (as wide as the widest scripts draw it)."""
        width = self.ems.get(char)
        if width is None:
            from matplotlib.ft2font import LoadFlags

            code = ord(char)
            width = self.ems[char] = (self.font.load_char(code, flags=LoadFlags.NO_HINTING).linearHoriAdvance
                                      / 65536 / 72 if code in self.codes else 1.0)
        return width


@functools.cache
def _metrics(path: Path, face: int = 0) -> _Metrics:
    return _Metrics(path, face)


@functools.lru_cache(maxsize=4096)  # a table repeats its values ("Panellist", "In person") row after row
def _em_width(text: str, bold: bool, script: Script) -> float:
    metrics = _metrics(files(script)[1 if bold else 0])
    return sum(map(metrics.em, text))


def width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` in points at ``size`` in the body font (kerning ignored); a character the body
    font lacks counts as one em, as wide as the widest scripts draw it."""
    return size * _em_width(text, bold, body())

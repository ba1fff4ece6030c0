"""Programme files (``*.toml``, see ``docs/programme-format.md``): read, check, write back.

``examine`` reads a file and validates it (``meetingdesk.programme.validation``):
the meeting as a transient ORM graph (a ``Meeting`` attached to no session) and
every problem, each with its file, line and field; it never stops at the first
problem. ``load_programme`` raises ``ProgrammeError`` listing every error at
once. ``dump_programme`` writes a meeting back in the same format.

``tomllib`` gives no line numbers for values, so the ``SourceMap`` scans the
text for table headers and ``key =`` lines and maps each dotted field path
(``sittings[1].segments[0].slots[2].minutes``) to its line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path
from typing import Any

from meetingdesk.i18n import Message

from .model import Meeting
from .problems import Problem, ProgrammeError, SourceMap, UnreadableFile, join_path
from .schema import to_data
from .validation import Validation, validate

# --------------------------------------------------------------------------- source map

_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY_PATH = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_ARRAY_HEADER = re.compile(rf"^\s*\[\[\s*({_KEY_PATH})\s*\]\]")
_TABLE_HEADER = re.compile(rf"^\s*\[\s*({_KEY_PATH})\s*\]")
_KEY_LINE = re.compile(rf"^\s*({_KEY_PATH})\s*=")


def _split_key(text: str) -> list[str]:
    parts = re.findall(_BARE_OR_QUOTED, text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class _Scanner:
    """Tracks whether a position is inside a string or a bracketed value spanning lines."""

    def __init__(self) -> None:
        self.multiline: str | None = None  # '"""' or "'''" while inside a multi-line string
        self.depth = 0  # open [ and { of a value
        self.deepest = 0  # the most that were open at once

    @property
    def at_top(self) -> bool:
        return self.multiline is None and self.depth == 0

    def feed(self, text: str) -> None:
        i, n = 0, len(text)
        while i < n:
            if self.multiline:
                if self.multiline == '"""' and text[i] == "\\":
                    i += 2
                    continue
                if text.startswith(self.multiline, i):
                    i += 3
                    while i < n and text[i] == self.multiline[0]:  # up to two quotes may close the string
                        i += 1
                    self.multiline = None
                    continue
                i += 1
                continue
            c = text[i]
            if c == "#":
                return
            if text.startswith('"""', i) or text.startswith("'''", i):
                self.multiline = text[i : i + 3]
                i += 3
            elif c == '"':
                i += 1
                while i < n and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
                i += 1
            elif c == "'":
                end = text.find("'", i + 1)
                i = n if end < 0 else end + 1
            else:
                if c in "[{":
                    self.depth += 1
                    self.deepest = max(self.deepest, self.depth)
                elif c in "]}":
                    self.depth = max(0, self.depth - 1)
                i += 1


def build_source_map(text: str, file: str | None = None) -> SourceMap:
    smap = SourceMap(file=file)
    table = ""  # concrete path of the current table, e.g. "sittings[1].segments[0]"
    counts: dict[str, int] = {}  # concrete array path -> elements so far
    latest: dict[str, str] = {}  # generic array path ("sittings.segments") -> its latest concrete element

    def resolve(names: list[str]) -> str:
        generic = concrete = ""
        for name in names:
            generic = join_path(generic, name)
            concrete = latest.get(generic, join_path(concrete, name))
        return concrete

    scanner = _Scanner()
    for lineno, raw in enumerate(text.splitlines(), 1):
        if scanner.at_top:
            if m := _ARRAY_HEADER.match(raw):
                names = _split_key(m.group(1))
                generic = ".".join(names)
                base = join_path(resolve(names[:-1]), names[-1])
                index = counts.get(base, 0)
                counts[base] = index + 1
                table = f"{base}[{index}]"
                for key in [k for k in latest if k.startswith(generic + ".")]:
                    del latest[key]
                latest[generic] = table
                smap.lines.setdefault(base, lineno)
                smap.lines[table] = lineno
                continue
            if m := _TABLE_HEADER.match(raw):
                table = resolve(_split_key(m.group(1)))
                smap.lines.setdefault(table, lineno)
                continue
            if m := _KEY_LINE.match(raw):
                path = table
                for name in _split_key(m.group(1)):
                    path = join_path(path, name)
                smap.lines.setdefault(path, lineno)
                scanner.feed(raw[m.end() :])
                continue
        scanner.feed(raw)
    return smap


def read_text(path: str | Path, what: str = "") -> str:
    """The text of a file; ``UnreadableFile`` says in plain words why it cannot be read. ``what`` names
    what the file should be (a ``Message``; by default "a programme file")."""
    p = Path(path)
    if p.is_dir():
        raise UnreadableFile(str(path), Message("it is a folder, not {what}", what=what or Message("a programme file")))
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(str(path), Message("there is no such file")) from None
    except PermissionError:
        raise UnreadableFile(str(path), Message("permission denied")) from None
    except OSError as e:
        raise UnreadableFile(str(path), e.strerror or str(e)) from None
    if _utf16(raw):  # before UTF-8: UTF-16 of plain letters is valid UTF-8 full of zero bytes
        raise UnreadableFile(str(path), Message("it is UTF-16 text; save it as UTF-8 (in Notepad: File ▸ Save as, Encoding: UTF-8)"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UnreadableFile(str(path), Message("it is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8",
                                                byte=e.start + 1)) from None


def _utf16(raw: bytes) -> bool:
    """UTF-16 text, as Windows editors save "Unicode": a byte order mark, or a zero byte beside every letter."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = raw[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return False
    for zeros, encoding in ((sample[1::2], "utf-16-le"), (sample[0::2], "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros):
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return False
            return True
    return False


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")


def _syntax_problem(error: tomllib.TOMLDecodeError, text: str, file: str) -> Problem:
    what = str(error)
    line: int | None = None
    where: Message | None = None
    if m := _TOML_WHERE.search(what):
        line = int(m.group(1))
        what, where = what[: m.start()], Message("at column {column}", column=m.group(2))
    elif m := _TOML_END.search(what):
        line = max(1, len(text.splitlines()))
        what, where = what[: m.start()], Message("at the end of the file")
    said: str
    if m := re.fullmatch(r"Cannot declare \((.*?)\) twice", what):
        said = Message("the table [{table}] is written twice", table=".".join(re.findall(r"'([^']*)'", m.group(1))))
    elif what == "Cannot overwrite a value":
        said = Message("a key that already has a value is given another one")
    else:  # tomllib's own words (Python's, in English)
        said = what[:1].lower() + what[1:]
    if where is not None:
        said = Message("{what} {where}", what=said, where=where)
    return Problem("error", Message("this is not valid TOML: {error}", error=said), None, file, line)


def parse_programme(text: str, file: str | None = None) -> Validation:
    """The meeting of a programme's text and every problem of it (``examine`` for text in memory)."""
    smap = build_source_map(text, file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        return Validation(None, [_syntax_problem(e, text, file or "<programme>")])
    except RecursionError:  # tomllib reads a value inside a value by recursion
        return Validation(None, [_too_deep(text, file or "<programme>")])
    return validate(data, smap)


_DEEPEST = 100  # a programme nests three levels; hundreds are a broken or hostile file


def _too_deep(text: str, file: str) -> Problem:
    scanner = _Scanner()
    line = None
    for number, raw in enumerate(text.splitlines(), 1):
        scanner.feed(raw)
        if scanner.deepest > _DEEPEST:
            line = number
            break
    message = Message("this TOML cannot be read: lists or tables are nested more than {levels} levels deep; a programme needs three",
                      levels=_DEEPEST)
    return Problem("error", message, None, file, line)


def examine(path: str | Path) -> Validation:
    """The meeting of a file (None when it is not TOML) and all its problems, in file order.

    Raises ``UnreadableFile`` only when the file cannot be read as text.
    """
    return parse_programme(read_text(path), str(path))


def check_file(path: str | Path) -> list[Problem]:
    """Every problem of a programme file. Raises ``UnreadableFile`` only when it cannot be read at all."""
    return examine(path).problems


def load_programme(path: str | Path) -> Meeting:
    """A checked meeting, as a transient ORM graph; ``ProgrammeError`` lists every error of the file."""
    meeting, problems = examine(path)
    if meeting is None or any(p.is_error for p in problems):
        raise ProgrammeError(problems)
    return meeting


# --------------------------------------------------------------------------- writing


def _string(s: str) -> str:
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, dt.datetime):
        return v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {v!r} to a programme file")


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) for x in value)


def _write_table(out: list[str], header: str, table: dict[str, Any]) -> None:
    """A table's keys under its header, then the arrays of tables it holds (``[[sittings.segments]]``)."""
    name = header.strip("[]")
    out += ["", header]
    out += [f"{key} = {_value(v)}" for key, v in table.items() if not _is_tables(v)]
    for key, v in table.items():
        if _is_tables(v):
            for element in v:
                _write_table(out, f"[[{name}.{key}]]", element)


def dump_programme(meeting: Meeting) -> str:
    """The meeting as a programme file; ``load_programme`` of the result gives the same data back."""
    data = to_data(meeting)
    out = [f"format = {_value(data['format'])}"]
    for key, v in data.items():
        if isinstance(v, dict):
            _write_table(out, f"[{key}]", v)
        elif _is_tables(v):
            for element in v:
                _write_table(out, f"[[{key}]]", element)
    return "\n".join(out) + "\n"

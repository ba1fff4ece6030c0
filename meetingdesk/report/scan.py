"""The last scan of an export: every hidden name looked for in the bytes actually written.

Redaction works on the record; this reads the files back as a reader would get at their text, so it
also catches what redaction missed (a name in a title, a property, a file name):

* Word: every part of the package, unzipped (the document, headers, footers, core and app
  properties, relationships), and the text chunks of its pictures;
* PDF: every object's strings (document information, outlines) and every stream, decompressed;
  the page contents are decoded through their fonts' ToUnicode maps, since the text of an embedded
  font is written as glyph numbers, not letters;
* CSV, JSON, iCalendar: the text, with JSON strings decoded and calendar lines unfolded;
* the file's name itself.

Chart pictures are pixels: what they show is built from the redacted record (see ``charts.py``).
"""

from __future__ import annotations

import html
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.i18n import N_, Message
from meetingdesk.programme.identities import ProtectedNames, bare

CONTEXT = 50  # characters of context shown on each side of a mention


@dataclass(frozen=True)
class Mention:
    """A hidden name found in an export: the file, where in it, the name as written, its label, and
    the text before and after it."""

    file: str
    part: str  # "word/document.xml", "page 3", "document information", "file name", …
    found: str
    label: str
    before: str
    after: str

    def __str__(self) -> str:
        return self.said()

    def where(self) -> str:
        """The part, as a reader names it: "page 3" (English text, ``render()`` in the chosen language)."""
        if m := re.fullmatch(r"(page|object) (\d+)", self.part):
            return Message("page {number}", number=m[2]) if m[1] == "page" else Message("object {number}", number=m[2])
        return Message(_PARTS[self.part]) if self.part in _PARTS else self.part  # a Word package's part by its name

    def said(self) -> Message:
        """The mention in a line: English text, ``render()`` in the chosen language."""
        return Message("{file} ({part}): “{found}” in “…{before}{found}{after}…” (shown as {label})", file=self.file,
                       part=self.where(), found=self.found, before=self.before, after=self.after, label=self.label)

    @property
    def key(self) -> tuple[str, str, str]:
        """What an acceptance holds on to: the same name in the same place of the same file."""
        return self.file, self.part, self.found


# the parts of a file that are not named by the file itself (a Word package's parts are)
_PARTS = {"file name": N_("file name"), "text": N_("text"), "document information": N_("document information")}


class MentionsFound(Exception):
    """An export was not written: it would show hidden names (``mentions``)."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        super().__init__(f"{len(mentions)} mention(s) of a protected name; nothing was written")


def scan(path: Path, names: ProtectedNames, *, name: str | None = None) -> list[Mention]:
    """Every hidden name in the file at ``path``; ``name`` is the file's final name (default: its own)."""
    if not names:
        return []
    name = name or path.name
    found: list[Mention] = []
    read: dict[str, list[str]] = {}  # part -> the names found in it (a part may be read two ways)
    for part, text in [("file name", name), *_texts(path)]:
        earlier = read.get(part)
        here = read.setdefault(part, [])
        for m in names.find(text):
            folded = bare(m.text)
            if earlier is not None and any(folded in seen for seen in earlier):
                continue  # the second reading of a part lists only what the first did not find
            here.append(folded)
            found.append(Mention(name, part, m.text, m.label, _context(text[:m.start], -1), _context(text[m.end:], 1)))
    return found



def _context(text: str, side: int) -> str:
    """A few words of plain text next to a mention (markup dropped)."""
    window = re.sub(r"<[^>]*>", " ", text[-4 * CONTEXT:] if side < 0 else text[:4 * CONTEXT])
    plain = " ".join(window.split())
    if side < 0:
        cut = plain[-CONTEXT:]
        cut = cut.split(" ", 1)[-1] if len(plain) > CONTEXT and " " in cut else cut  # whole words
        return cut + (" " if window[-1:].isspace() else "")
    cut = plain[:CONTEXT]
    cut = cut.rsplit(" ", 1)[0] if len(plain) > CONTEXT and " " in cut else cut
    return (" " if window[:1].isspace() else "") + cut


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a reader could get out of the file."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        yield from _package(data)
    elif suffix == ".pdf":
        yield from _pdf(data)
    elif suffix == ".json":
        yield "text", _decode(data)
        try:
            yield "text", "\n".join(_strings(json.loads(data)))  # read again, \u escapes decoded
        except ValueError:
            pass
    elif suffix == ".ics":
        text = re.sub(r"\r?\n[ \t]", "", _decode(data))  # long lines are folded, possibly inside a name
        yield "text", re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], text)
    else:
        yield "text", _decode(data)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


# ------------------------------------------------------------------------------------ Word


def _package(data: bytes) -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            raw = z.read(info)
            if raw.startswith(b"\x89PNG"):
                yield info.filename, "\n".join(_png_text(raw))
            elif info.filename.endswith((".xml", ".rels")) or raw.lstrip().startswith(b"<?xml"):
                yield info.filename, html.unescape(_decode(raw))  # character references spelled out
            elif not _binary(raw):
                yield info.filename, _decode(raw)


_CONTROL = bytes([*range(9), *range(14, 32)])


def _binary(data: bytes) -> bool:
    """Pictures, fonts, glyph maps: bytes that are not text. Read as text they would spell short
    names by chance."""
    sample = data[:4096]
    return len(sample) - len(sample.translate(None, _CONTROL)) > len(sample) // 20


def _png_text(png: bytes) -> Iterator[str]:
    """The text chunks of a PNG picture (tEXt, zTXt, iTXt): what a picture says about itself."""
    pos = 8
    while pos + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"tEXt":
            yield body.decode("latin-1")
        elif kind == b"zTXt":
            keyword, _, rest = body.partition(b"\0")
            yield keyword.decode("latin-1") + " " + zlib.decompress(rest[1:]).decode("latin-1")
        elif kind == b"iTXt":
            keyword, _, rest = body.partition(b"\0")
            compressed, rest = rest[0], rest[2:]
            _language, _, rest = rest.partition(b"\0")
            _translated, _, text = rest.partition(b"\0")
            yield keyword.decode("latin-1") + " " + (zlib.decompress(text) if compressed else text).decode("utf-8", "replace")
        elif kind == b"IEND":
            break


# ------------------------------------------------------------------------------------ PDF

_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_REF = rb"(\d+)\s+\d+\s+R"
_LITERAL = rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)"
_HEX = rb"<[0-9A-Fa-f\s]*>"
_STRING = re.compile(rb"(" + _LITERAL + rb")|(?<!<)(" + _HEX + rb")(?!>)", re.S)
_NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_ARRAY = rb"\[(?:" + _LITERAL + rb"|" + _HEX + rb"|[^\]()<])*\]"
_OPERAND = rb"(?:" + _LITERAL + rb"|<<.*?>>|" + _HEX + rb"|" + _ARRAY + rb"|/[^\s/\[\]()<>{}%]*|" + _NUMBER + rb")"
# one instruction of a content stream: its operands, then its operator. Read a whole instruction at a
# time, a page's drawing (table borders, pictures) costs one match per instruction, not a try per byte
_INSTRUCTION = re.compile(rb"\s*((?:" + _OPERAND + rb"\s*)*)([A-Za-z'\"*]+)", re.S)
_FONT_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)")
_BT = re.compile(rb"(?<!\S)BT(?!\S)")  # a text object begins
_SHOWN = re.compile(rb"(" + _LITERAL + rb"|" + _HEX + rb")|(" + _NUMBER + rb")", re.S)  # in a TJ array
# right-to-left letters (Hebrew, Arabic…): a PDF holds them in the order they are drawn, right to left
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|.)", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_bytes(token: bytes) -> bytes:
    """The bytes a PDF string token (literal or hexadecimal) stands for."""
    if token.startswith(b"<"):
        digits = re.sub(rb"\s", b"", token[1:-1])
        return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())

    def unescape(m: re.Match[bytes]) -> bytes:
        c = m.group(1)
        if c[:1].isdigit():
            return bytes([int(c, 8) & 0xFF])
        if c in (b"\n", b"\r", b"\r\n"):
            return b""  # a line continued
        return _ESCAPES.get(c, c)

    return _ESCAPE.sub(unescape, token[1:-1]) if b"\\" in token else token[1:-1]


def _pdf_text(raw: bytes) -> str:
    """A string outside the page contents (document information, outlines): PDFDocEncoding or UTF-16."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")


@dataclass
class _Object:
    number: int
    head: bytes  # the dictionary (or the value)
    stream: bytes | None  # decompressed where it could be


def _objects(data: bytes) -> dict[int, _Object]:
    objects: dict[int, _Object] = {}
    pos = 0
    while (m := _OBJECT.search(data, pos)) is not None:
        start = m.end()
        end = data.find(b"endobj", start)
        if end < 0:
            end = len(data)
        keyword = re.compile(rb"\bstream\r?\n").search(data, start, end)
        if keyword is None:
            objects[int(m[1])] = _Object(int(m[1]), data[start:end], None)
            pos = end
            continue
        head = data[start:keyword.start()]
        length = re.search(rb"/Length\s+(\d+)(\s+\d+\s+R)?", head)
        body_start = keyword.end()
        if length and not length[2]:
            body = data[body_start:body_start + int(length[1])]
        else:  # an indirect length: up to the end of the stream
            body = data[body_start:data.find(b"endstream", body_start)]
        pos = max(body_start + len(body), data.find(b"endobj", body_start + len(body)))
        objects[int(m[1])] = _Object(int(m[1]), head, _decompress(head, body))
    return objects


def _decompress(head: bytes, body: bytes) -> bytes | None:
    filters = re.findall(rb"/(\w+Decode)\b", head.split(b"/DecodeParms")[0])
    if not filters:
        return body
    if filters == [b"FlateDecode"]:
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompressobj().decompress(body)  # what can be read of a damaged stream
    return None  # pictures (DCT, …): no text in them


class _Glyphs(dict):
    """Glyph code -> text, for ``str.translate``: a code the map does not know reads as nothing."""

    def __missing__(self, code: int) -> None:
        return None


_Font = tuple[int, _Glyphs]  # the width of a glyph code in bytes, and the codes' text


def _cmap(data: bytes) -> _Font:
    """A font's ToUnicode map."""
    space = re.search(rb"begincodespacerange\s*<([0-9A-Fa-f]+)>", data)
    width = len(space[1]) // 2 if space else 2
    out = _Glyphs()

    def text(hexdigits: bytes) -> str:
        return bytes.fromhex(hexdigits.decode()).decode("utf-16-be", "replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            a, b = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                for i, d in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", dst)):
                    out[a + i] = text(d)
            else:
                first = bytes.fromhex(dst[1:-1].decode())
                for i in range(min(b - a, 0xFFFF) + 1):
                    code = first[:-2] + (int.from_bytes(first[-2:], "big") + i).to_bytes(2, "big") if len(first) >= 2 else first
                    out[a + i] = code.decode("utf-16-be", "replace")
    return width, out


def _show(raw: bytes, font: _Font | None) -> str:
    """The text of a string shown in a font: each glyph code through the font's map."""
    if font is None:
        return raw.decode("latin-1")
    width, glyphs = font
    if width == 1:
        return raw.decode("latin-1").translate(glyphs)
    if width == 2:  # one UTF-16 unit per code: the codes as characters, mapped in one pass
        return raw[:len(raw) // 2 * 2].decode("utf-16-be", "surrogatepass").translate(glyphs)
    return "".join(glyphs[int.from_bytes(raw[i:i + width], "big")] or "" for i in range(0, len(raw), width))


def _text_instructions(content: bytes) -> Iterator[tuple[bytes, bytes]]:
    """(operands, operator) of every instruction inside the text objects (BT … ET) of a content
    stream; the drawing between them (table borders, pictures) is skipped unread."""
    pos = 0
    while (begin := _BT.search(content, pos)) is not None:
        pos = begin.end()
        yield b"", b"BT"
        while (m := _INSTRUCTION.match(content, pos)) is not None:
            pos = m.end()
            if m[2] == b"ET":
                break
            yield m[1], m[2]


def _page_text(content: bytes, fonts: dict[bytes, _Font | None]) -> Iterator[str]:
    """The text of a page, line by line, two ways.

    A line may be drawn in pieces placed one after the other (shaped text is cut wherever a glyph is
    positioned: "Gr" "ace"; a table row is a piece per cell), and a gap between pieces may be a space
    that is no character. So the pieces drawn at one height are read joined as they are, and joined
    by spaces; a line with right-to-left letters is read reversed as well.
    """
    lines: list[list[str]] = [[]]
    font = None
    line_y = y = 0.0  # where the current line starts, where text is drawn now

    def move(to: float) -> None:
        nonlocal y
        if to != y:
            lines.append([])
            y = to

    for operands, op in _text_instructions(content):
        if op == b"Tf":
            name = _FONT_NAME.match(operands)
            font = fonts.get(name[1]) if name else None
        elif op == b"TJ":  # [(Gr) 20 (ace) -300 (Otiende)] TJ: a large gap is a space
            parts = []
            for piece in _SHOWN.finditer(operands.strip()[1:-1]):
                if piece[1]:
                    parts.append(_show(_pdf_bytes(piece[1]), font))
                elif float(piece[2]) < -200:
                    parts.append(" ")
            lines[-1].append("".join(parts))
        elif op in (b"Tj", b"'", b'"'):
            if op != b"Tj":  # ' and " move to the next line first
                lines.append([])
            shown = list(_SHOWN.finditer(operands))
            if shown and shown[-1][1]:
                lines[-1].append(_show(_pdf_bytes(shown[-1][1]), font))
        elif op in (b"Td", b"TD", b"Tm"):
            numbers = operands.split()
            if len(numbers) >= 2:
                if op == b"Tm":  # placed: the line starts there
                    line_y = float(numbers[-1])
                else:  # moved, from the start of the line
                    line_y += float(numbers[-1])
                move(line_y)
        elif op == b"BT":  # the text matrix starts again from the page's origin
            line_y = 0.0
        elif op == b"T*":
            lines.append([])
    for join in ("", " "):
        texts = [join.join(pieces) for pieces in lines if pieces]
        yield "\n".join(texts + [t[::-1] for t in texts if _RTL.search(t)])


def _dictionary(head: bytes, key: bytes, objects: dict[int, _Object]) -> bytes:
    """The dictionary under ``key`` in ``head``, written in place or as a reference."""
    m = re.search(rb"/" + key + rb"\s*(?:" + _REF + rb"|<<)", head)
    if m is None:
        return b""
    if m[1]:
        target = objects.get(int(m[1]))
        return target.head if target else b""
    depth, i = 1, m.end()
    while depth and i < len(head):
        if head.startswith(b"<<", i):
            depth, i = depth + 1, i + 2
        elif head.startswith(b">>", i):
            depth, i = depth - 1, i + 2
        else:
            i += 1
    return head[m.end():i]


def _pdf(data: bytes) -> Iterator[tuple[str, str]]:
    objects = _objects(data)
    maps: dict[int, _Font] = {}
    for o in objects.values():
        if o.stream is not None and b"begincmap" in o.stream:
            maps[o.number] = _cmap(o.stream)
    # the pages in reading order, with the fonts their resources name
    kids: list[int] = []
    for o in objects.values():
        if re.search(rb"/Type\s*/Pages\b", o.head) and (listed := re.search(rb"/Kids\s*\[([^\]]*)\]", o.head)):
            kids += [int(k) for k in re.findall(_REF, listed[1])]
    contents: set[int] = set()
    pages = [objects[k] for k in kids if k in objects and re.search(rb"/Type\s*/Page\b", objects[k].head)]
    for n, page in enumerate(pages, 1):
        fonts = {}
        for name, ref in re.findall(rb"/([^\s/\[\]()<>{}%]+)\s*" + _REF, _dictionary(_dictionary(page.head, b"Resources", objects), b"Font", objects)):
            font = objects.get(int(ref))
            to_unicode = re.search(rb"/ToUnicode\s*" + _REF, font.head) if font else None
            fonts[name] = maps.get(int(to_unicode[1])) if to_unicode else None
        listed = re.search(rb"/Contents\s*(\[[^\]]*\]|" + _REF + rb")", page.head)
        refs = [int(r) for r in re.findall(_REF, listed[1])] if listed else []
        contents |= set(refs)
        streams = [objects[r].stream or b"" for r in refs if r in objects]
        for text in _page_text(b"\n".join(streams), fonts):
            yield f"page {n}", text
    # everything else: strings of every object (document information, outlines, links) and the
    # other streams (XMP metadata, forms) as text
    strings = [_pdf_text(_pdf_bytes(m[0])) for o in objects.values() for m in _STRING.finditer(o.head)]
    yield "document information", "\n".join(strings)
    for o in objects.values():
        if o.stream is None or o.number in contents or o.number in maps:
            continue
        if _binary(o.stream):
            continue  # pictures, font programs, glyph maps
        text = o.stream.decode("utf-8", "replace")
        yield f"object {o.number}", text + "\n" + "\n".join(_pdf_text(_pdf_bytes(m[0])) for m in _STRING.finditer(o.stream))


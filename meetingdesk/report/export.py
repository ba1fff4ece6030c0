"""One entry point for every export format: ``export(record, fmt, path) -> [paths written]``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from .record import Record
from .scan import Mention, MentionsFound, scan

FORMATS = ("docx", "pdf", "csv", "json", "ics")


MAX_STEM = 80  # characters of the title kept in a file name


def file_name(title: str, fmt: str, day: dt.date | None = None) -> str:
    """A name for the export of ``title`` (held on ``day``) that every system accepts: Windows refuses
    \\ / : * ? " < > | in a name (a colon is common in a meeting's title) and a trailing dot or space.
    A long title is shortened at a word boundary, never mid-word."""
    stem = re.sub(r'\s*(?:[\\/:*?"<>|\x00-\x1f]\s*)+', " - ", title)
    stem = " ".join(stem.split())
    if len(stem) > MAX_STEM:
        cut = stem.rfind(" ", 0, MAX_STEM + 1)
        stem = stem[: cut if cut > 0 else MAX_STEM]
    stem = stem.strip(" .-,;")
    if day is not None:
        stem = f"{stem} {day.isoformat()}".strip()
    return f"{stem or 'report'}.{fmt}"


def export(record: Record, fmt: str, path: str | Path, *, accept: bool | Iterable[Mention] = False) -> list[Path]:
    """Write the record in ``fmt`` (docx | pdf | csv | json | ics); returns the files written.

    The file is written next to its final name and renamed over it at the end, so a failed export
    never leaves half a report where a good one was. Before the rename, the last scan reads back
    what was written for every protected name the record withholds (``scan.py``); a name found
    raises ``MentionsFound`` and nothing is written, unless ``accept`` is True or lists that
    mention (a person looked at it and let it through).
    """
    if fmt not in FORMATS:
        raise ValueError(f"{fmt!r} is not an export format; one of: {', '.join(FORMATS)}")
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"the folder {path.parent} does not exist")
    writer: Callable[[Record, Path], list[Path]]
    if fmt == "docx":
        from .word import write_docx

        writer = lambda r, p: [write_docx(r, p)]  # noqa: E731
    elif fmt == "pdf":
        from .pdf import write_pdf

        writer = lambda r, p: [write_pdf(r, p)]  # noqa: E731
    elif fmt == "csv":
        from .data import write_csv as writer
    elif fmt == "json":
        from .data import write_json as writer
    else:
        from .ical import write_ics as writer
    tmp = path.with_name(f".tmp-{path.name}")  # same suffix: a companion file is named after it
    written = writer(record, tmp)
    finals = [path.with_name(w.name.removeprefix(".tmp-")) for w in written]
    try:
        let_through = set() if isinstance(accept, bool) else {m.key for m in accept}
        found = [m for w, final in zip(written, finals, strict=True) for m in scan(w, record.withheld, name=final.name)]
        unresolved = [m for m in found if accept is not True and m.key not in let_through]
        if unresolved:
            raise MentionsFound(unresolved)
    except BaseException:
        for w in written:
            w.unlink(missing_ok=True)
        raise
    for w, final in zip(written, finals, strict=True):
        w.replace(final)
    return finals

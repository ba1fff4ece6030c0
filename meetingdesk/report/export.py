"""One entry point for every export format: ``export(record, fmt, path) -> [paths written]``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from .record import Record

FORMATS = ("docx", "pdf", "csv", "json", "ics")


def file_name(title: str, fmt: str) -> str:
    """A name for the export of ``title`` that every system accepts: Windows refuses
    \\ / : * ? " < > | in a name (a colon is common in a meeting's title) and a trailing dot or space."""
    stem = re.sub(r'\s*(?:[\\/:*?"<>|\x00-\x1f]\s*)+', " - ", title[:60])
    stem = " ".join(stem.split()).strip(" .-")
    return f"{stem or 'report'}.{fmt}"


def export(record: Record, fmt: str, path: str | Path) -> list[Path]:
    """Write the record in ``fmt`` (docx | pdf | csv | json | ics); returns the files written.

    The file is written next to its final name and renamed over it at the end, so a failed export
    never leaves half a report where a good one was.
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
    out = []
    for w in written:
        final = path.with_name(w.name.removeprefix(".tmp-"))
        w.replace(final)
        out.append(final)
    return out

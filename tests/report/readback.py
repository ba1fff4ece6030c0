"""Read every export back with its own library, as plain text to search."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from docx import Document
from icalendar import Calendar
from pypdf import PdfReader


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.even_page_header):
            parts.extend(p.text for p in part.paragraphs)
    parts.append(doc.core_properties.title or "")
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages) + "\n" + str(reader.metadata)


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def ics_calendar(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def everything(paths: dict[str, list[Path]]) -> dict[str, str]:
    """Format -> all the text its files hold, as a reader of that format sees it (and the raw bytes)."""
    out = {}
    for fmt, files in paths.items():
        texts = []
        for path in files:
            raw = path.read_bytes().decode("utf-8", errors="replace")
            if fmt == "docx":
                texts.append(docx_text(path))
            elif fmt == "pdf":
                texts.append(pdf_text(path))
            elif fmt == "ics":
                cal = ics_calendar(path)
                texts.extend(str(ev.get("description", "")) + str(ev.get("summary", "")) for ev in cal.walk("VEVENT"))
                texts.append(raw)
            elif fmt == "json":
                texts.append(json.dumps(json.loads(raw), ensure_ascii=False))
                texts.append(raw)
            else:
                texts.append(raw)
        out[fmt] = "\n".join(texts)
    return out

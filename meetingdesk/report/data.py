"""The record as data for further analysis: CSV (speaker list, journal) and JSON (everything)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from .record import Record

SPEAKER_COLUMNS = [
    "number", "sitting", "segment", "segment_kind", "speaker", "participant", "affiliation", "role", "delegation",
    "group", "gender", "modality", "language", "kind", "source", "start", "end", "seconds", "allotment",
    "overtime", "parts", "status", "written_statement", "corrected", "rehearsal",
]
JOURNAL_COLUMNS = ["journal", "sitting", "number", "kind", "at", "author", "undone", "payload"]


def _iso(when: dt.datetime | None) -> str:
    return "" if when is None else when.isoformat(timespec="seconds")


def speaker_rows(record: Record) -> list[dict[str, Any]]:
    """Everyone who spoke, then everyone who asked and was not heard."""
    rows = []
    rehearsal = {s.number: s.rehearsal for s in record.sittings}
    for i in record.interventions:
        rows.append({
            "number": i.number, "sitting": i.sitting, "segment": i.segment, "segment_kind": i.segment_kind,
            "speaker": i.speaker, "participant": i.participant or "", "affiliation": i.affiliation or "",
            "role": i.role, "delegation": i.delegation or "", "group": i.group, "gender": i.gender,
            "modality": i.modality, "language": i.language, "kind": i.kind, "source": i.source,
            "start": _iso(i.start), "end": _iso(i.end), "seconds": round(i.seconds, 1),
            "allotment": "" if i.allotment is None else i.allotment, "overtime": round(i.overtime, 1),
            "parts": i.parts, "status": "heard", "written_statement": "", "corrected": i.corrected,
            "rehearsal": rehearsal[i.sitting],
        })
    for n in record.not_heard:
        rows.append({c: "" for c in SPEAKER_COLUMNS} | {
            "sitting": n.sitting, "segment": n.segment, "speaker": n.speaker, "delegation": n.delegation or "",
            "group": n.group, "status": "not heard", "written_statement": n.written_statement,
            "rehearsal": rehearsal[n.sitting],
        })
    return rows


def write_csv(record: Record, path: str | Path) -> list[Path]:
    """The speaker list at ``path`` and the two journals next to it (``<name>-journal.csv``)."""
    path = Path(path)
    journal = path.with_name(f"{path.stem}-journal{path.suffix or '.csv'}")
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # the BOM lets Excel read UTF-8 names
        writer = csv.DictWriter(f, SPEAKER_COLUMNS)
        writer.writeheader()
        writer.writerows(speaker_rows(record))
    with journal.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(JOURNAL_COLUMNS)
        for j in record.journal:
            writer.writerow([j.journal, j.sitting, j.number, j.kind, _iso(j.at), j.author or "", j.undone,
                             json.dumps(j.payload, ensure_ascii=False, sort_keys=True)])
    return [path, journal]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, frozenset, set)):
        return [_plain(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value)]
    return value


def as_json(record: Record) -> dict[str, Any]:
    data = _plain(record)
    data.pop("made_at", None)
    data["speakers"] = speaker_rows(record)
    data["segments"] = [
        _plain(s) | {"planned_seconds": s.planned_seconds, "actual_seconds": s.actual_seconds, "overrun": s.overrun}
        for s in record.segments
    ]
    data["rehearsal"] = record.rehearsal
    data["format_version"] = 1
    return data


def write_json(record: Record, path: str | Path) -> list[Path]:
    path = Path(path)
    path.write_text(json.dumps(as_json(record), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]

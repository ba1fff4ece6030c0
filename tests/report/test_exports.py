"""Every export format of a whole sitting, read back with its own library; protected names never leak."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from meetingdesk.cli import main
from meetingdesk.report.export import FORMATS, export
from meetingdesk.report.record import build_record
from readback import csv_rows, docx_text, everything, ics_calendar, pdf_text


def export_all(record, folder):
    folder.mkdir(exist_ok=True)
    return {fmt: export(record, fmt, folder / f"report.{fmt}") for fmt in FORMATS}


@pytest.fixture
def hrc_exports(store, hrc, tmp_path):
    return export_all(build_record(store, hrc[0]), tmp_path / "hrc")


def test_word_summary_holds_speakers_times_qa_and_key_messages(hrc_exports):
    (path,) = hrc_exports["docx"]
    text = docx_text(path)
    for expected in (
        "Trafficking in children on the rise: immediate action required",
        # the first page gives the sitting's times in every display zone, as the invitation does
        "Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)",
        "Palais des Nations, Geneva, Room XXII",
        "Moderator", "Dr. Najat Maalla M'jid", "Rapporteur", "Anna Rapporteur",
        "Ms. Charimaya Tamang, Shakti Samuha (CSO from Nepal) (Panellist)",
        "How can States share data on online recruitment?", "INTERPOL's ICSE database is open to every member country.",
        "Child trafficking is rising and prevention must start in schools.",
        "Publish the joint OSRSG-VAC/UNODC strategy (UNODC)",
        "Save the Children", "Annex: times and statistics",
        "14:19:00–14:45:20", "+1:20",  # the panel: actual times and its overrun
        "Survivor leader",
    ):
        assert expected in text, expected
    from docx import Document

    doc = Document(str(path))
    assert len(doc.inline_shapes) == 3  # the timeline, the segments' lengths, the breakdowns
    assert "summary" in doc.sections[0].header.paragraphs[0].text


def test_pdf_holds_the_same(hrc_exports):
    (path,) = hrc_exports["pdf"]
    text = " ".join(pdf_text(path).split())
    for expected in ("Dr. Najat Maalla M'jid", "Ms. Charimaya Tamang", "How can States share data on online recruitment?",
                     "14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)",
                     "Child trafficking is rising and prevention must start in schools.", "Annex: times and statistics",
                     "14:45:40", "Survivor leader"):
        assert expected in text, expected


def test_csv_speaker_list_and_journal(hrc_exports):
    speakers, journal = hrc_exports["csv"]
    rows = csv_rows(speakers)
    heard = [r for r in rows if r["status"] == "heard"]
    assert [r["speaker"] for r in heard][:3] == ["Dr. Najat Maalla M'jid", "Ms. Ghada Waly", "Survivor leader"]
    tamang = next(r for r in heard if r["speaker"] == "Ms. Charimaya Tamang")
    assert (tamang["language"], tamang["modality"], tamang["seconds"]) == ("Nepali", "Online", "300.0")
    assert tamang["start"] == "2025-03-14T14:35:50+01:00"
    assert [r["speaker"] for r in rows if r["status"] == "not heard"] == ["Save the Children"]
    events = csv_rows(journal)
    assert events[0]["kind"] == "sitting_opened" and events[0]["at"] == "2025-03-14T14:02:00+01:00"
    assert {"question_added", "note_added", "sitting_closed"} <= {e["kind"] for e in events}


def test_json_holds_everything(hrc_exports):
    (path,) = hrc_exports["json"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["title"].startswith("Trafficking in children")
    assert [s["overrun"] for s in data["segments"]] == [-200, 80, -70, 70]
    assert data["questions"][0]["answers"][0][0] == "Mr. Mark Beavan"
    assert "Survivors must be heard in the design of every response." in [n["text"] for n in data["notes"]]
    assert data["statistics"]["total_seconds"] == 3450
    logged = [e["kind"] for e in data["journal"] if e["journal"] == "rapporteur"]
    assert logged == ["note_added", "note_added", "note_added", "question_added", "question_added", "round_put",
                      "question_answered", "note_added", "note_added", "note_added"]


def test_ics_programme_with_time_zone(hrc_exports):
    (path,) = hrc_exports["ics"]
    cal = ics_calendar(path)
    (tz,) = cal.walk("VTIMEZONE")
    assert tz["TZID"] == "Europe/Zurich"
    (event,) = cal.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == dt.datetime(2025, 3, 14, 14, 0, tzinfo=ZoneInfo("Europe/Zurich"))
    assert start.astimezone(ZoneInfo("America/New_York")).hour == 9  # EDT already: 09:00, not the note's 9 EST
    assert event.decoded("dtend") - start == dt.timedelta(hours=1)
    assert "14:20–14:45 Actions taken and remaining challenges" in str(event["description"])
    assert "Mr. Mark Beavan" in str(event["description"])


def _office():
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not _office() and not os.environ.get("CI"), reason="LibreOffice is not installed (CI installs it)")
def test_libreoffice_opens_the_word_summary(hrc_exports, tmp_path):
    (path,) = hrc_exports["docx"]
    out = tmp_path / "lo"
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [_office() or "soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=180,
    )
    converted = out / "report.pdf"
    assert converted.exists(), result.stderr
    text = " ".join(pdf_text(converted).split())
    assert "Dr. Najat Maalla M'jid" in text and "Child trafficking is rising" in text and "Annex: times and statistics" in text


def _leaks(texts: dict[str, str], pattern: str) -> dict[str, list[str]]:
    found = {}
    for fmt, text in texts.items():
        hits = re.findall(pattern, text, flags=re.IGNORECASE)
        if hits:
            found[fmt] = hits
    return found


def test_a_protected_name_appears_in_no_export_unless_cleared(store, hrc, tmp_path):
    hidden = everything(export_all(build_record(store, hrc[0]), tmp_path / "hidden"))
    assert set(hidden) == set(FORMATS)
    assert _leaks(hidden, r"otiende|sophie") == {}
    assert all("Survivor leader" in text for fmt, text in hidden.items() if fmt != "ics")
    cleared = everything(export_all(build_record(store, hrc[0], clear={"otiende"}), tmp_path / "cleared"))
    assert set(_leaks(cleared, r"Sophie Otiende")) == set(FORMATS)


def test_hlpf_survivor_leader_pseudonym_never_exported(store, hlpf, tmp_path):
    record = build_record(store, hlpf[0])
    assert [i.speaker for i in record.interventions if i.protected] == ["Survivor leader"]
    texts = everything(export_all(record, tmp_path / "hlpf"))
    assert _leaks(texts, r"Survivor leader A\b|survivor-leader-a") == {}
    cleared = everything(export_all(build_record(store, hlpf[0], clear={"survivor-leader-a"}), tmp_path / "c"))
    assert set(_leaks(cleared, r"Survivor leader A\b")) == set(FORMATS)


def test_cli_report(store, hrc, db_url, tmp_path, capsys):
    out = tmp_path / "summary.docx"
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "docx", "-o", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert "Otiende" not in docx_text(out)
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "csv", "-o", str(tmp_path / "s.csv"),
                 "--sitting", "1", "--clear", "otiende"]) == 0
    assert "Ms. Sophie Otiende" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "s-journal.csv").exists()
    assert main(["--db", db_url, "report", "99", "--format", "json", "-o", str(tmp_path / "x.json")]) == 2
    assert "no meeting 99" in capsys.readouterr().err
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "json", "-o", str(tmp_path / "x.json"),
                 "--sitting", "3"]) == 2
    assert "there is no sitting 3" in capsys.readouterr().err
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "pdf", "-o", str(tmp_path / "nowhere" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err

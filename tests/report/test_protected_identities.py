"""Protected identities in the record and in every byte of every export.

Two protected survivor leaders in one sitting, named in every free-text field in every form a name
takes (see ``protected_samples``). Without clearance no part of their names reaches any export; with
one cleared, hers does and the other's still does not. And since free text can never be fully
trusted, every export reads back what it wrote and refuses to keep a file that names someone.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace

import matplotlib
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from meetingdesk import i18n
from meetingdesk.cli import main
from meetingdesk.programme.identities import ProtectedNames
from meetingdesk.report.export import FORMATS, export
from meetingdesk.report.record import build_record
from meetingdesk.report.scan import MentionsFound, scan
from protected_samples import FORMS, OTIENDE, TAMANG, every_byte, fold, run_survivors


@pytest.fixture
def survivors(store, tmp_path):
    return run_survivors(store, tmp_path)


@pytest.fixture
def chart_texts(monkeypatch):
    """Every text drawn into a chart (titles, axis and tick labels, legends) as the export draws it."""
    drawn: list[str] = []
    save = Figure.savefig

    def savefig(fig, *args, **kwargs):
        drawn.extend(t.get_text() for t in fig.findobj(Text))
        return save(fig, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", savefig)
    return drawn


def export_all(record, folder):
    folder.mkdir(exist_ok=True)
    return {fmt: export(record, fmt, folder / f"summary.{fmt}") for fmt in FORMATS}


def test_two_protected_people_of_one_group_have_distinct_labels_and_read_right(store, survivors):
    record = build_record(store, survivors[0])
    assert [s.name for s in record.speakers if s.name.startswith("Survivor")] == ["Survivor leader A", "Survivor leader B"]
    assert {s.name: s.roles for s in record.speakers}["Survivor leader B"] == "Panellist"  # no merged row
    q1, q2 = record.questions
    assert q1.addressed_to == ["Survivor leader A"]
    assert (q2.asker, q2.addressed_to) == ("Survivor leader B", ["Survivor leader A"])
    assert q2.text == "Survivor leader A, how did Survivor leader A’s group find the children?"
    assert q1.answers == [("Survivor leader A", "Survivor leader A explained the referral network [Survivor leader A].")]
    notes = {n.text: n.speaker for n in record.notes}
    assert notes["Her network (Survivor leader A’s) reaches 40 villages."] == "Survivor leader A"  # named by the rapporteur
    assert notes["Survivor leader A spoke about her recovery; Survivor leader A (as friends call her) was 14."] is None
    assert notes["Survivor leader B's NGO trains police (see Survivor leader B, 2019)."] is None
    assert record.protected == 2


def test_no_part_of_a_protected_name_reaches_any_byte_of_any_export(store, survivors, tmp_path, chart_texts):
    record = build_record(store, survivors[0])
    texts = every_byte(export_all(record, tmp_path / "hidden"))  # the last scan finds nothing: no MentionsFound
    assert set(texts) == set(FORMATS)
    assert {fmt: sorted(set(FORMS.findall(t))) for fmt, t in texts.items() if FORMS.search(t)} == {}
    assert "ms. survivor" not in " ".join(texts.values())
    for fmt in FORMATS:  # the calendar too: it lists each segment's speakers
        assert "survivor leader a" in texts[fmt] and "survivor leader b" in texts[fmt], fmt
    # the charts are drawn from the redacted record: their labels name no one either
    drawn = fold("\n".join(chart_texts))
    assert "survivor leader a" in drawn and not FORMS.search(drawn)


def test_clearing_one_lets_her_name_through_and_only_hers(store, survivors, tmp_path, chart_texts):
    record = build_record(store, survivors[0], clear={"otiende"})
    texts = every_byte(export_all(record, tmp_path / "cleared"))
    assert {fmt for fmt, t in texts.items() if "grace maria otiende" in t} == set(FORMATS)
    assert {fmt: sorted(set(TAMANG.findall(t))) for fmt, t in texts.items() if TAMANG.search(t)} == {}
    assert all("survivor leader b" in texts[fmt] for fmt in FORMATS)
    assert "grace maria otiende" in fold("\n".join(chart_texts)) and not TAMANG.search(fold("\n".join(chart_texts)))
    both = every_byte(export_all(build_record(store, survivors[0], clear={"otiende", "tamang"}), tmp_path / "both"))
    assert all(OTIENDE.search(t) and TAMANG.search(t) for t in both.values())


@pytest.fixture
def leaky(monkeypatch):
    """Redaction that misses everything: what the last scan must catch on its own."""
    monkeypatch.setattr(ProtectedNames, "redact", lambda self, text: text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_last_scan_reads_what_was_written_and_writes_nothing_while_a_name_is_there(store, survivors, tmp_path, leaky, fmt):
    record = build_record(store, survivors[0])
    if fmt == "ics":  # the calendar holds no free text but the segments' titles
        record.segments[0].title = "Tamang’s video"
    target = tmp_path / f"summary.{fmt}"
    with pytest.raises(MentionsFound) as found:
        export(record, fmt, target)
    assert list(tmp_path.glob("*summary*")) == []  # nothing written, no half file left either
    mentions = found.value.mentions
    assert {fold(m.found) for m in mentions} >= ({"grace", "otiende", "tamang"} if fmt != "ics" else {"tamang"})
    assert all(m.file.startswith("summary") and m.label.startswith("Survivor leader") for m in mentions)
    grace = next(m for m in mentions if m.found == "Grace" and "recovery" in m.after) if fmt != "ics" else None
    if grace is not None:
        assert grace.after.startswith(" spoke about her recovery")  # the context shows where it is
    written = export(record, fmt, target, accept=mentions)  # a person looked at them and let them through
    assert written[0] == target and target.exists()


def test_the_scan_reads_the_word_package_parts_and_the_pdf_streams_and_metadata(store, survivors, tmp_path):
    record = build_record(store, survivors[0])
    record.title = "A conversation with Grace"  # a name redaction did not see: in the title only
    with pytest.raises(MentionsFound) as docx:
        export(record, "docx", tmp_path / "s.docx")
    assert {"word/document.xml", "word/header1.xml", "docProps/core.xml"} <= {m.part for m in docx.value.mentions}
    with pytest.raises(MentionsFound) as pdf:
        export(record, "pdf", tmp_path / "s.pdf")
    parts = {m.part for m in pdf.value.mentions}
    assert "page 1" in parts and "document information" in parts  # glyphs decoded, and the /Title
    record.title = "A conversation"
    with pytest.raises(MentionsFound) as named:  # the file's own name
        export(record, "json", tmp_path / "notes for Grace.json")
    assert [(m.part, m.found) for m in named.value.mentions] == [("file name", "Grace")]
    path = export(record, "docx", tmp_path / "s.docx")[0]
    with zipfile.ZipFile(path) as z:  # and with nothing hidden left, the package is written whole
        assert "word/document.xml" in z.namelist()


def test_cli_report_lists_the_mentions_and_writes_only_when_told(store, survivors, db_url, tmp_path, capsys, leaky):
    out = tmp_path / "summary.docx"
    assert main(["--db", db_url, "report", str(survivors[0]), "--format", "docx", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "summary.docx (word/document.xml): “Grace”" in err and "shown as Survivor leader A" in err
    assert "nothing written" in err and "--accept-mentions" in err and not out.exists()
    assert main(["--db", db_url, "report", str(survivors[0]), "--format", "docx", "-o", str(out),
                 "--accept-mentions"]) == 0
    assert out.exists() and f"wrote {out}" in capsys.readouterr().out


def test_the_summary_names_the_rapporteur_not_the_moderators_console(store, survivors):
    import datetime as dt

    from meetingdesk.live import FakeClock
    from meetingdesk.record import MODERATOR, Record

    sitting = survivors[1]
    with Record.open(store, sitting, FakeClock(dt.datetime(2025, 3, 14, 14, tzinfo=dt.timezone.utc)),
                     author=MODERATOR) as console:  # the console's questions strip
        console.add_question("Any question from the room?")
    assert build_record(store, survivors[0]).rapporteurs == ["Anna Rapporteur"]


NOTO = Path("/usr/share/fonts/truetype/noto")


def _names():
    people = [SimpleNamespace(key="otiende", name="Grace María Otiende", title="Ms.", group="survivor_leader", protected=True),
              SimpleNamespace(key="zahra", name="فاطمة الزهراء", title=None, group="survivor_leader", protected=True)]
    return ProtectedNames.of(people)


def test_the_pdf_scan_reads_a_name_drawn_in_pieces(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", "", str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("dejavu", "", 11)
    pdf.text(20, 50, "Testimony of Gr")  # one word, two pieces drawn side by side
    pdf.text(49.5, 50, "ace, then a pause")
    pdf.text(20, 60, "Otiende")
    path = tmp_path / "pieces.pdf"
    pdf.output(str(path))
    found = scan(path, _names())
    assert [(m.part, m.found) for m in found] == [("page 1", "Grace"), ("page 1", "Otiende")]
    assert found[0].before == "Testimony of " and found[0].after.startswith(", then a pause")


@pytest.mark.skipif(not (NOTO / "NotoNaskhArabic-Regular.ttf").exists(), reason="the Noto fonts are not installed")
def test_the_pdf_scan_reads_shaped_text_and_right_to_left_names(tmp_path):
    pytest.importorskip("uharfbuzz")  # fpdf2 shapes text with HarfBuzz
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("noto", "", str(NOTO / "NotoSans-Regular.ttf"))
    pdf.add_font("arabic", "", str(NOTO / "NotoNaskhArabic-Regular.ttf"))
    pdf.set_fallback_fonts(["arabic"])
    pdf.set_text_shaping(True)  # glyphs placed one by one where kerning moves them
    pdf.add_page()
    pdf.set_font("noto", "", 11)
    pdf.multi_cell(0, 6, "Survivor leader: Grace María Otiende spoke; فاطمة الزهراء answered")
    path = tmp_path / "shaped.pdf"
    pdf.output(str(path))
    assert {(m.found, m.label) for m in scan(path, _names())} == {
        ("Grace María Otiende", "Survivor leader A"), ("فاطمة الزهراء", "Survivor leader B")}


@pytest.mark.parametrize(("code", "label"), [("fr", "personne survivante et dirigeante"), ("es", "lider sobreviviente")])
def test_in_french_and_spanish_the_labels_are_translated_and_still_name_no_one(store, survivors, tmp_path, code, label):
    i18n.set_language(code)
    try:
        record = build_record(store, survivors[0])
        texts = every_byte(export_all(record, tmp_path / code))  # the last scan finds nothing: no MentionsFound
    finally:
        i18n.set_language("en")
    assert {fmt: sorted(set(FORMS.findall(t))) for fmt, t in texts.items() if FORMS.search(t)} == {}
    for fmt in FORMATS:
        assert f"{label} a" in texts[fmt] and f"{label} b" in texts[fmt], fmt
    for fmt in ("docx", "pdf", "ics"):  # what people read; the CSV's and JSON's group column keeps its data values
        assert "survivor leader" not in texts[fmt], fmt
    # the words of a label are never taken for a name: a note that uses one is left as it is
    q = next(q for q in record.questions if q.asker.endswith(" B"))
    assert fold(q.asker) == f"{label} b"


def test_cli_report_lists_the_mentions_in_french(store, survivors, db_url, tmp_path, capsys, leaky):
    out = tmp_path / "resume.docx"
    try:
        assert main(["--db", db_url, "report", str(survivors[0]), "--format", "docx", "-o", str(out),
                     "--language", "fr"]) == 1
    finally:
        i18n.set_language("en")
    err = capsys.readouterr().err
    assert "resume.docx (word/document.xml) : « Grace »" in err or "resume.docx (word/document.xml)" in err
    assert "Personne survivante et dirigeante A" in err and "rien n’a été écrit" in err.casefold()
    assert "--accept-mentions" in err and not out.exists()

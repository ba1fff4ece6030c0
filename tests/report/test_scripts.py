"""Names in every script come out right: in the PDF (embedded Noto fonts, shaped), in the charts and in
the Word file. The HRC side event is run with four speakers renamed into Devanagari, Chinese, Arabic
and Cyrillic."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import warnings
import zipfile

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from meetingdesk.cli import main
from meetingdesk.report import charts, fonts
from meetingdesk.report.export import export
from meetingdesk.report.record import build_record
from meetingdesk.store import open_store
from report_samples import run_hrc

NAMES = {
    "tamang": "चरिमाया तामाङ",  # Nepali, Devanagari
    "beavan": "王毅",  # Chinese
    "choluj": "محمد بن سلمان",  # Arabic
    "arango": "Сергей Лавров",  # Russian, Cyrillic
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def scripts_db(tmp_path_factory):
    """The sitting, run once for the module: (database URL, meeting id)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('scripts') / 'scripts.sqlite'}"
    store = open_store(url)
    meeting_id, _ = run_hrc(store, names=NAMES)
    store.engine.dispose()
    return url, meeting_id


@pytest.fixture(scope="module")
def record(scripts_db):
    store = open_store(scripts_db[0])
    yield build_record(store, scripts_db[1])
    store.engine.dispose()


@pytest.fixture(scope="module")
def pdf(record, tmp_path_factory):
    (path,) = export(record, "pdf", tmp_path_factory.mktemp("pdf") / "scripts.pdf")
    return path


@functools.cache
def _cmap(path, face: int) -> dict[int, str]:
    return TTFont(str(path), fontNumber=face, lazy=True).getBestCmap()


def _glyph(path, face: int, char: str) -> str:
    """The glyph a font draws a character with (".notdef": a box)."""
    return _cmap(path, face).get(ord(char), ".notdef")


def test_every_character_of_the_names_has_a_real_glyph_in_the_font_chosen_for_it():
    for name in NAMES.values():
        for char in name.replace(" ", ""):
            script = fonts.script_of(char) or fonts.body()
            regular, bold = fonts.files(script)
            for path in (regular, bold):
                assert _glyph(path, script.face, char) != ".notdef", (name, char, path.name)


def _pypdf_text(path) -> str:
    # pypdf shows the code of a glyph that draws the second half of a shaped cluster (the "ra" behind
    # Devanagari's i-sign, which fpdf2 maps to no text) as a control character: drop those
    return re.sub("[\x00-\x08\x0b-\x1f]", "", "\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_pdf_embeds_shapes_and_extracts_every_script(pdf):
    path = pdf
    text = _pypdf_text(path)
    assert NAMES["arango"] in text and NAMES["tamang"] in text
    # pypdf reads a right-to-left run in the order it is drawn: the words of the Arabic name, right to left
    assert " ".join(reversed(NAMES["choluj"].split())) in text
    fonts_used = {str(f["/BaseFont"]) for page in PdfReader(str(path)).pages
                  for f in (v.get_object() for v in page["/Resources"]["/Font"].values())}
    assert {"/MPDFAA+NotoSansDevanagari", "/MPDFAA+NotoSansArabic", "/MPDFAA+NotoSansCJKSC"} <= fonts_used
    if shutil.which("pdftotext"):  # poppler reads the Chinese font's own code table (pypdf does not) and bidi order
        poppler = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        poppler = re.sub("[\u202a-\u202e]", "", poppler)  # its bidi embedding marks
        assert NAMES["beavan"] in poppler and NAMES["choluj"] in poppler and NAMES["arango"] in poppler


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed (CI installs it)")
def test_pdf_pages_render(pdf, tmp_path):
    path = pdf
    result = subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(str(path)).pages)


def test_charts_draw_every_name_with_a_font_that_has_it(record):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)" for a box
        for sitting in record.sittings:
            charts.timeline_pages(record, sitting, dpi=40)
        charts.breakdowns(record, dpi=40)
        charts.segment_lengths(record, dpi=40)
    labels = [row.label for row in charts.timeline_rows(record, record.sittings[0])]
    assert set(NAMES.values()) <= {label.split(". ", 1)[-1] for label in labels}


def _word_font(run, styles_default: str, char: str) -> str | None:
    fonts_el = run.find(f"{W}rPr/{W}rFonts")
    script = fonts.script_of(char)
    slot = script.slot if script else "ascii"
    if fonts_el is None:
        return styles_default
    return fonts_el.get(f"{W}{slot}")


def test_word_runs_name_fonts_that_cover_them(record, tmp_path):
    from lxml import etree

    (path,) = export(record, "docx", tmp_path / "scripts.docx")
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        styles = z.read("word/styles.xml").decode()
    assert 'w:ascii="Noto Sans"' in styles and 'w:eastAsia="Noto Sans CJK SC"' in styles
    families = {s.family: s for s in [fonts.BODY, fonts.CHINESE, fonts.DEJAVU]
                + [fonts.script_of(c) for name in NAMES.values() for c in name if fonts.script_of(c)]}
    checked = set()
    for run in body.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        for char in text.replace(" ", ""):
            family = _word_font(run, fonts.BODY.family, char)
            script = families[family]
            regular, _bold = fonts.files(script)
            assert _glyph(regular, script.face, char) != ".notdef", (text, char, family)
            checked.add(char)
        if any(fonts.script_of(c) and fonts.script_of(c).rtl for c in text):
            assert run.find(f"{W}rPr/{W}rtl") is not None, text
    assert set("".join(NAMES.values()).replace(" ", "")) <= checked


def test_a_missing_script_font_stops_the_export_naming_the_package(record, scripts_db, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(fonts, "FONT_DIRS", [tmp_path / "no-fonts"])
    with pytest.raises(fonts.MissingFont, match=r"Noto Sans Arabic .*apt install fonts-noto-core"):
        export(record, "pdf", tmp_path / "scripts.pdf")
    assert not (tmp_path / "scripts.pdf").exists()
    assert main(["--db", scripts_db[0], "report", str(record.meeting_id), "--format", "pdf",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "fonts-noto-core" in err and "Traceback" not in err
    # Latin-only text still prints, in matplotlib's own DejaVu Sans
    assert fonts.body() == fonts.DEJAVU


def test_text_after_a_line_in_a_fallback_font_keeps_its_own_font(tmp_path):
    """fpdf2 2.8.9 loses the main font after a line that starts in a fallback font (the next line's
    text goes missing); the PDF writer sets the font on the page whenever it changes."""
    from meetingdesk.report.pdf import _fonts, _Pdf

    lines = [NAMES["tamang"], NAMES["beavan"], NAMES["choluj"], NAMES["arango"], "Delegation of Chile"]
    pdf = _Pdf()
    _fonts(pdf, lines)
    pdf.add_page()
    for style in ("", "B"):
        pdf.set_font("body", style, 11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "lines.pdf"))
    text = _pypdf_text(tmp_path / "lines.pdf")
    assert text.count(NAMES["arango"]) == 2 and text.count("Delegation of Chile") == 2, text

"""The summary as a Word document (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import summary as s
from .record import Record

TEXT_WIDTH_CM = 17.0  # A4 with 2 cm margins


def _shade(cell, fill: str) -> None:
    pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    pr.append(shading)


def _page_number(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _table(doc, block: s.Table | s.Facts) -> None:
    if isinstance(block, s.Facts):
        headers, rows, widths = None, [list(r) for r in block.rows], [1, 4]
    else:
        headers, rows, widths = block.headers, block.rows, block.widths
    n = len(rows) + (1 if headers else 0)
    table = doc.add_table(rows=n, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(widths)
    table.autofit = False
    for c, column in enumerate(table.columns):  # the grid LibreOffice and Word lay the table out by
        column.width = Cm(TEXT_WIDTH_CM * widths[c] / total)
    cells = table._cells  # all cells at once: far cheaper than row by row on long tables
    cols = len(widths)
    size = Pt(7 if cols > 8 else 8 if cols > 4 else 9.5)
    all_rows = ([headers] if headers else []) + rows
    for r, values in enumerate(all_rows):
        for c, value in enumerate(values):
            cell = cells[r * cols + c]
            cell.width = Cm(TEXT_WIDTH_CM * widths[c] / total)
            run = cell.paragraphs[0].add_run(value)
            run.font.size = size
            if (headers and r == 0) or (not headers and c == 0):
                run.bold = True
                if headers:
                    _shade(cell, "DCE3EC")
    if headers:  # repeat the header row on every page
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    doc.add_paragraph()


def write_docx(record: Record, path: str | Path, *, pictures: bool = True) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    header = section.header.paragraphs[0]
    header.text = s.header_text(record)
    header.runs[0].font.size = Pt(8)
    header.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ").font.size = Pt(8)
    _page_number(footer)

    for block in s.blocks(record, pictures=pictures):
        if isinstance(block, s.Title):
            doc.add_heading(block.text, level=0)
            if block.subtitle:
                p = doc.add_paragraph()
                p.add_run(block.subtitle).italic = True
            p = doc.add_paragraph()
            p.add_run("Summary").bold = True
        elif isinstance(block, s.Heading):
            doc.add_heading(block.text, level=block.level)
        elif isinstance(block, s.Para):
            p = doc.add_paragraph()
            p.add_run(block.text).italic = block.italic
        elif isinstance(block, s.Bullets):
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                doc.add_paragraph(item, style=style)
        elif isinstance(block, (s.Table, s.Facts)):
            _table(doc, block)
        elif isinstance(block, s.Image):
            doc.add_picture(io.BytesIO(block.png), width=Cm(TEXT_WIDTH_CM))
            doc.add_paragraph(block.caption, style="Caption")
        elif isinstance(block, s.PageBreak):
            doc.add_page_break()
    doc.core_properties.title = record.title
    doc.core_properties.subject = "Summary"
    path = Path(path)
    doc.save(str(path))
    return path

"""The summary as a Word document (python-docx)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from . import summary as s
from .record import Record

TEXT_WIDTH_CM = 17.0  # A4 with 2 cm margins


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


def _styles(doc) -> dict[str, str]:
    """Style ids by name, looked up once: python-docx resolves a style name by scanning every style."""
    from docx.enum.style import WD_STYLE_TYPE

    ids = {name: doc.styles[name].style_id for name in ("List Bullet", "List Number", "Caption")}
    ids["grid"] = doc.styles["Table Grid"].style_id
    for points in (7, 8, 9.5):  # table text, set once as a style instead of on each of thousands of runs
        style = doc.styles.add_style(f"Table text {points}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(points)
        style.paragraph_format.space_after = Pt(0)
        ids[f"table {points}"] = style.style_id
    return ids


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell_xml(text: str, width: int, style: str, bold: bool, fill: str | None) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{props}<w:t xml:space="preserve">{escape(_INVALID_XML.sub("", text))}</w:t></w:r>' if text else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run}</w:p></w:tc>')


def _table(doc, block: s.Table | s.Facts, styles: dict[str, str]) -> None:
    """A table written as WordprocessingML and parsed once: python-docx's cell-by-cell API takes
    seconds on the 300 rows of a full day."""
    if isinstance(block, s.Facts):
        headers, rows, widths = None, [list(r) for r in block.rows], [1, 4]
    else:
        headers, rows, widths = block.headers, block.rows, block.widths
    total = sum(widths)
    twips = [int(TEXT_WIDTH_CM * 567 * w / total) for w in widths]
    style = styles[f"table {7 if len(widths) > 8 else 8 if len(widths) > 4 else 9.5}"]
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{styles['grid']}\"/>"
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        "</w:tblPr><w:tblGrid>" + "".join(f'<w:gridCol w:w="{t}"/>' for t in twips) + "</w:tblGrid>"
    ]
    if headers:  # repeated at the top of every page
        parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>'
                     + "".join(_cell_xml(h, t, style, True, "DCE3EC") for h, t in zip(headers, twips)) + "</w:tr>")
    for values in rows:
        parts.append("<w:tr>" + "".join(_cell_xml(v, t, style, not headers and c == 0, None)
                                        for c, (v, t) in enumerate(zip(values, twips))) + "</w:tr>")
    parts.append("</w:tbl>")
    after = doc.add_paragraph()
    after._p.addprevious(parse_xml("".join(parts)))


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

    styles = _styles(doc)
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
            style = styles["List Number" if block.numbered else "List Bullet"]
            for item in block.items:
                doc.add_paragraph(item)._p.style = style
        elif isinstance(block, (s.Table, s.Facts)):
            _table(doc, block, styles)
        elif isinstance(block, s.Image):
            doc.add_picture(io.BytesIO(block.png), width=Cm(TEXT_WIDTH_CM))
            doc.add_paragraph(block.caption)._p.style = styles["Caption"]
        elif isinstance(block, s.PageBreak):
            doc.add_page_break()
    doc.core_properties.title = record.title
    doc.core_properties.subject = "Summary"
    path = Path(path)
    doc.save(str(path))
    return path

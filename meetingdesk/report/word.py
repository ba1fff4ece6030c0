"""The summary as a Word document (python-docx).

Text is Noto Sans; a name in another script is its own run naming the Noto font of that script in
the slot Word draws it with (``eastAsia`` for Chinese, Japanese and Korean, ``cs`` for Arabic,
Hebrew and the Indic scripts, right to left where it runs so), so an office suite finds a font that
has its glyphs. Tables are as wide as their content asks (no word breaks in the middle), headings
stay with what follows them, short tables stay on one page, and the list of interventions has a
landscape annex of its own.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

import meetingdesk
from meetingdesk import i18n
from meetingdesk.i18n import _

from . import fonts
from . import summary as s
from .record import Record

PAGE = (21.0, 29.7)  # A4, cm
MARGIN_CM = 2.0
CELL_PADDING_PT = 10.8  # Word's default cell margins, 0.19 cm left and right
BODY_FONT = fonts.BODY.family
EAST_ASIAN_FONT = fonts.CHINESE.family


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


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _fonts_xml(script: fonts.Script | None) -> str:
    """The run properties that name the font drawing ``script`` (nothing for the body font's scripts)."""
    if script is None:
        return ""
    name = quoteattr(script.family)
    if script.slot == "eastAsia":
        return f'<w:rFonts w:ascii={name} w:hAnsi={name} w:eastAsia={name} w:hint="eastAsia"/>'
    if script.slot == "cs":
        return f'<w:rFonts w:ascii={name} w:hAnsi={name} w:cs={name}/><w:cs/>' + ("<w:rtl/>" if script.rtl else "")
    return f"<w:rFonts w:ascii={name} w:hAnsi={name}/>"


def _runs_xml(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """``text`` as runs, one per script; line breaks as Word's."""
    style = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    out = []
    for n, line in enumerate(_INVALID_XML.sub("", text).split("\n")):
        if n:
            out.append("<w:r><w:br/></w:r>")
        for script, chunk in fonts.runs(line):
            props = _fonts_xml(script) + style
            out.append(f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}'
                       f'<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')
    return "".join(out)


def _paragraph(doc, text: str, *, style: str | None = None, bold: bool = False, italic: bool = False,
               keep: bool = False):
    p = doc.add_paragraph()
    if style:
        p._p.style = style
    if keep:
        p.paragraph_format.keep_with_next = True
    for run in parse_xml(f"<w:p {nsdecls('w')}>{_runs_xml(text, bold=bold, italic=italic)}</w:p>"):
        p._p.append(run)
    return p


def _styles(doc) -> dict[str, str]:
    """Style ids by name, looked up once (python-docx resolves a style name by scanning every style);
    every style the summary uses draws in the body font, whatever the template's theme says."""
    from docx.enum.style import WD_STYLE_TYPE

    names = ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number", "Caption")
    ids = {}
    for name in names:
        style = doc.styles[name]
        ids[name] = style.style_id
        rpr = style.element.get_or_add_rPr()
        for old in rpr.findall(qn("w:rFonts")):
            rpr.remove(old)
        rpr.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" '
                                f'w:eastAsia="{EAST_ASIAN_FONT}" w:cs="{BODY_FONT}"/>'))
        if name.startswith(("Heading", "Title")):
            style.paragraph_format.keep_with_next = True
    ids["grid"] = doc.styles["Table Grid"].style_id
    for points in (8, 9):  # table text, set once as a style instead of on each of thousands of runs
        style = doc.styles.add_style(f"Table text {points}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.size = Pt(points)
        style.paragraph_format.space_after = Pt(0)
        ids[f"table {points}"] = style.style_id
    return ids


def _cell_xml(text: str, width: int, style: str, bold: bool, fill: str | None, keep: bool) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    keep_next = "<w:keepNext/>" if keep else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep_next}</w:pPr>{_runs_xml(text, bold=bold)}</w:p></w:tc>')


def _table(doc, block: s.Table | s.Facts, styles: dict[str, str], text_width_pt: float) -> None:
    """A table written as WordprocessingML and parsed once: python-docx's cell-by-cell API takes
    seconds on the 300 rows of a full day."""
    headers, rows, columns = s.cells(block)
    size = 8 if columns > 5 else 9
    widths = s.fit_columns(headers, rows, text_width_pt, size, CELL_PADDING_PT)
    twips = [int(w * 20) for w in widths]
    style = styles[f"table {size}"]
    short = len(rows) <= s.SHORT_TABLE  # kept on one page: every row keeps with the next but the last
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{styles['grid']}\"/>"
        f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        "</w:tblPr><w:tblGrid>" + "".join(f'<w:gridCol w:w="{t}"/>' for t in twips) + "</w:tblGrid>"
    ]
    if headers:  # repeated at the top of every page, and never left alone at the foot of one
        parts.append('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
                     + "".join(_cell_xml(h, t, style, True, "DCE3EC", True) for h, t in zip(headers, twips, strict=True)) + "</w:tr>")
    for n, values in enumerate(rows, 1):
        keep = short and n < len(rows)
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                     + "".join(_cell_xml(v, t, style, not headers and c == 0, None, keep)
                               for c, (v, t) in enumerate(zip(values, twips, strict=True))) + "</w:tr>")
    parts.append("</w:tbl>")
    after = doc.add_paragraph()
    after.paragraph_format.space_after = Pt(4)
    after._p.addprevious(parse_xml("".join(parts)))


def _page(section, landscape: bool) -> float:
    """Set a section's page; returns the width of its text in points."""
    width, height = PAGE[::-1] if landscape else PAGE
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(width), Cm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    return (width - 2 * MARGIN_CM) / 2.54 * 72


def _properties(doc, record: Record, author: str) -> None:
    """Title, subject, author and times of the file (not the template's "python-docx" of 2013), and no
    thumbnail: the template's is a blank page."""
    made = record.made_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props = doc.core_properties
    props.title = record.title
    props.subject = (_("Summary: {subtitle}", subtitle=record.subtitle) if record.subtitle else _("Summary"))
    props.language = i18n.cldr().replace("_", "-")  # the proofing language of the whole text
    props.author = props.last_modified_by = author
    props.created = props.modified = made
    props.comments = props.keywords = props.category = ""
    props.revision = 1
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:  # the template's says "Microsoft Macintosh Word"
            rel.target_part._blob = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                f"<Application>MeetingDesk {escape(meetingdesk.__version__)}</Application>"
                f"<Company>{escape(author)}</Company></Properties>"
            ).encode()


def write_docx(record: Record, path: str | Path, *, pictures: bool = True, author: str | None = None) -> Path:
    """``author``: the office the file is from (default: the programme's organisers)."""
    doc = Document()
    section = doc.sections[0]
    text_width = _page(section, landscape=False)
    styles = _styles(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    header = section.header.paragraphs[0]
    header.text = s.header_text(record)
    header.runs[0].font.size = Pt(8)
    header.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(_("Page ")).font.size = Pt(8)
    _page_number(footer)

    for block in s.blocks(record, pictures=pictures):
        if isinstance(block, s.Title):
            _paragraph(doc, block.text, style=styles["Title"])
            if block.subtitle:
                _paragraph(doc, block.subtitle, italic=True)
            _paragraph(doc, _("Summary"), bold=True, keep=True)
        elif isinstance(block, s.Heading):
            _paragraph(doc, block.text, style=styles[f"Heading {block.level}"])
        elif isinstance(block, s.Para):
            _paragraph(doc, block.text, italic=block.italic, keep=block.keep)
        elif isinstance(block, s.Bullets):
            style = styles["List Number" if block.numbered else "List Bullet"]
            for item in block.items:
                _paragraph(doc, item, style=style)
        elif isinstance(block, (s.Table, s.Facts)):
            _table(doc, block, styles, text_width)
        elif isinstance(block, s.Image):
            doc.add_picture(io.BytesIO(block.png), width=Cm(PAGE[0] - 2 * MARGIN_CM))
            doc.paragraphs[-1].paragraph_format.keep_with_next = True  # the caption goes with its picture
            _paragraph(doc, block.caption, style=styles["Caption"])
        elif isinstance(block, s.Section):
            text_width = _page(doc.add_section(WD_SECTION.NEW_PAGE), block.landscape)
    _properties(doc, record, author if author is not None else "; ".join(record.organisers))
    path = Path(path)
    doc.save(str(path))
    return path

"""The summary as PDF (fpdf2, pure Python: no office suite needed).

The text font is Noto Sans (or the DejaVu Sans that ships inside matplotlib where Noto is not
installed): Latin, Greek and Cyrillic. A name in another script falls back, glyph by glyph, on the
Noto font of that script, embedded like the rest; where such text is present HarfBuzz shapes it
(Devanagari conjuncts, joined Arabic laid out right to left). A font that is missing stops the
export with a message naming the package (``fonts.MissingFont``).
"""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableCellFillMode

from meetingdesk.i18n import _

from . import fonts
from . import summary as s
from .record import Record

MARGIN = 18  # mm
PT = 25.4 / 72  # mm per point
CELL_PADDING = 1.0  # mm, left and right of a cell's text
LINES = 12  # mm: the room a few lines of text take


class _Pdf(FPDF):
    header_text = ""

    def header(self) -> None:
        self.set_font("body", "", 7)
        self.set_text_color(100)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("body", "", 7)
        self.cell(0, 5, _("Page {number}", number=self.page_no()), align="C")

    # fpdf2 2.8.9: a line that starts in a fallback font sets the page's font inside a q…Q that it then
    # closes, while remembering it as set; the next line in the main font is then drawn with no font
    # (text missing) or the wrong one. Setting the font on the page as soon as it is chosen avoids that.
    def set_font(self, family=None, style="", size=0) -> None:
        super().set_font(family, style, size)
        self._font_on_page()

    def set_font_size(self, size) -> None:
        super().set_font_size(size)
        self._font_on_page()

    def _font_on_page(self) -> None:
        if self.page and not self.current_font_is_set_on_page and self.current_font is not None:
            self._out(self._set_font_for_page(self.current_font, self.font_size_pt))

    def room(self) -> float:
        """Height left on the page above the bottom margin, mm."""
        return self.page_break_trigger - self.y


def _fonts(pdf: FPDF, texts: list[str]) -> None:
    body = fonts.body()
    regular, bold = fonts.files(body)
    pdf.add_font("body", "", str(regular))
    pdf.add_font("body", "B", str(bold))
    pdf.add_font("body", "I", str(regular.with_name(body.italic)))
    fallbacks = []
    for n, (script, regular, bold) in enumerate(fonts.needed(texts)):
        pdf.add_font(f"script{n}", "", str(regular), collection_font_number=script.face)
        pdf.add_font(f"script{n}", "B", str(bold), collection_font_number=script.face)
        fallbacks.append(f"script{n}")
    if fallbacks:
        pdf.set_fallback_fonts(fallbacks, exact_match=False)  # italic text falls back on the upright face
        pdf.set_text_shaping(True, direction="ltr")  # the document runs left to right; Arabic names within it do not


def _table(pdf: _Pdf, block: s.Table | s.Facts) -> None:
    headers, rows, columns = s.cells(block)
    size = 7.5 if columns > 5 else 8.5
    widths = s.fit_columns(headers, rows, pdf.epw / PT, size, 2 * CELL_PADDING / PT)
    line = size * 0.5
    short = _short_table_height(block)
    if short is not None and pdf.room() < short:
        pdf.add_page(orientation=pdf.cur_orientation.value)  # a short table is kept on one page
    pdf.set_font("body", "", size)
    with pdf.table(
        col_widths=[w * PT for w in widths],
        width=min(sum(widths) * PT, pdf.epw),
        first_row_as_headings=headers is not None,
        headings_style=None if headers is None else _heading_style(),
        line_height=line,
        padding=(0.6, CELL_PADDING),
        cell_fill_color=245 if headers else None,
        cell_fill_mode=TableCellFillMode.ROWS if headers else TableCellFillMode.NONE,
        text_align="LEFT",
    ) as table:
        for values in ([headers] if headers else []) + rows:
            row = table.row()
            for c, value in enumerate(values):
                row.cell(value, style=_label_style() if headers is None and c == 0 else None)
    pdf.ln(2)


def _short_table_height(block: s.Table | s.Facts) -> float | None:
    """The height of a table kept on one page (mm, roughly), None for a long one."""
    rows = len(block.rows) + (isinstance(block, s.Table))
    return rows * 5.0 + 2 if len(block.rows) <= s.SHORT_TABLE else None


def _picture_height(block: s.Image, width: float) -> float:
    from PIL import Image as Picture

    with Picture.open(io.BytesIO(block.png)) as picture:
        return width * picture.height / picture.width


def _kept(following: list[s.Block], width: float) -> float:
    """The room what follows a heading must find on the same page: a short table or (most of) a picture,
    else a few lines; through a paragraph kept with what follows it."""
    for block in following:
        if isinstance(block, s.Para) and block.keep:
            continue
        if isinstance(block, (s.Table, s.Facts)):
            return _short_table_height(block) or LINES * 2
        if isinstance(block, s.Image):
            return 0.8 * _picture_height(block, width) + 9
        return LINES
    return 0.0


def _image(pdf: _Pdf, block: s.Image, width: float) -> None:
    """A picture at the text's width; where it does not fit on the page, shrunk to fit when it loses at
    most a fifth of its size, else on the next page."""
    height = _picture_height(block, width)
    caption = 9
    if pdf.room() < height + caption:
        if pdf.room() >= 0.8 * height + caption:
            width *= (pdf.room() - caption) / height
            height = pdf.room() - caption
        else:
            pdf.add_page(orientation=pdf.cur_orientation.value)
    pdf.image(io.BytesIO(block.png), x=pdf.l_margin + (pdf.epw - width) / 2, w=width, h=height)
    pdf.set_font("body", "I", 8)
    pdf.multi_cell(0, 4, block.caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def write_pdf(record: Record, path: str | Path, *, pictures: bool = True, author: str | None = None) -> Path:
    """``author``: the office the file is from (default: the programme's organisers)."""
    blocks = list(s.blocks(record, pictures=pictures))
    pdf = _Pdf(format="A4")
    pdf.header_text = s.header_text(record)
    _fonts(pdf, s.texts(blocks) + [pdf.header_text])
    pdf.set_margins(MARGIN, 15, MARGIN)
    pdf.set_auto_page_break(True, 16)
    pdf.set_title(record.title)
    pdf.set_subject(_("Summary: {subtitle}", subtitle=record.subtitle) if record.subtitle else _("Summary"))
    pdf.set_author(author if author is not None else "; ".join(record.organisers))
    pdf.set_creator("MeetingDesk")
    pdf.set_creation_date(record.made_at)
    pdf.add_page()
    for n, block in enumerate(blocks):
        if isinstance(block, s.Title):
            pdf.set_font("body", "B", 16)
            pdf.multi_cell(0, 8, block.text, new_x="LMARGIN", new_y="NEXT")
            if block.subtitle:
                pdf.set_font("body", "I", 10)
                pdf.multi_cell(0, 6, block.subtitle, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("body", "B", 11)
            pdf.cell(0, 8, _("Summary"), new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, s.Heading):
            if pdf.room() < 12 + _kept(blocks[n + 1:], pdf.epw):  # on the same page as what follows
                pdf.add_page(orientation=pdf.cur_orientation.value)
            pdf.ln(2)
            pdf.set_font("body", "B", 13 if block.level == 1 else 10.5)
            pdf.multi_cell(0, 7 if block.level == 1 else 6, block.text, new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, s.Para):
            if block.keep and pdf.room() < 10 + _kept(blocks[n + 1:], pdf.epw):
                pdf.add_page(orientation=pdf.cur_orientation.value)
            pdf.set_font("body", "I" if block.italic else "", 9.5)
            pdf.multi_cell(0, 5, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, s.Bullets):
            pdf.set_font("body", "", 9.5)
            for number, item in enumerate(block.items, 1):
                pdf.cell(7, 5, f"{number}." if block.numbered else "•")
                pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, (s.Table, s.Facts)):
            _table(pdf, block)
        elif isinstance(block, s.Image):
            _image(pdf, block, pdf.epw)
        elif isinstance(block, s.Section):
            pdf.add_page(orientation="L" if block.landscape else "P")
    path = Path(path)
    pdf.output(str(path))
    return path


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(220, 227, 236))


def _label_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD")

"""The summary as PDF (fpdf2, pure Python: no office suite needed).

The text font is the DejaVu Sans that ships inside matplotlib (a dependency
already), so names in any Latin, Greek or Cyrillic script print on every machine.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from fpdf import FPDF
from fpdf.enums import TableCellFillMode

from . import summary as s
from .record import Record

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"


class _Pdf(FPDF):
    header_text = ""

    def header(self) -> None:
        self.set_font("dejavu", "", 7)
        self.set_text_color(100)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dejavu", "", 7)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def write_pdf(record: Record, path: str | Path, *, pictures: bool = True) -> Path:
    pdf = _Pdf(format="A4")
    pdf.header_text = s.header_text(record)
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("dejavu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.set_title(record.title)
    pdf.add_page()
    width = pdf.epw
    for block in s.blocks(record, pictures=pictures):
        if isinstance(block, s.Title):
            pdf.set_font("dejavu", "B", 16)
            pdf.multi_cell(0, 8, block.text, new_x="LMARGIN", new_y="NEXT")
            if block.subtitle:
                pdf.set_font("dejavu", "I", 10)
                pdf.multi_cell(0, 6, block.subtitle, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dejavu", "B", 11)
            pdf.cell(0, 8, "Summary", new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, s.Heading):
            pdf.ln(2)
            pdf.set_font("dejavu", "B", 13 if block.level == 1 else 10.5)
            pdf.multi_cell(0, 7 if block.level == 1 else 6, block.text, new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, s.Para):
            pdf.set_font("dejavu", "I" if block.italic else "", 9.5)
            pdf.multi_cell(0, 5, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, s.Bullets):
            pdf.set_font("dejavu", "", 9.5)
            for n, item in enumerate(block.items, 1):
                mark = f"{n}." if block.numbered else "•"
                pdf.cell(7, 5, mark)
                pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, (s.Table, s.Facts)):
            if isinstance(block, s.Facts):
                headers, rows, widths = None, [list(r) for r in block.rows], [1, 4]
            else:
                headers, rows, widths = block.headers, block.rows, block.widths
            size = 7 if len(widths) > 4 else 8.5
            pdf.set_font("dejavu", "", size)
            total = sum(widths)
            with pdf.table(
                col_widths=[width * w / total for w in widths],
                first_row_as_headings=headers is not None,
                headings_style=None if headers is None else _heading_style(),
                line_height=size * 0.5,
                cell_fill_color=245 if headers else None,
                cell_fill_mode=TableCellFillMode.ROWS if headers else TableCellFillMode.NONE,
                text_align="LEFT",
            ) as table:
                for values in ([headers] if headers else []) + rows:
                    row = table.row()
                    for value in values:
                        row.cell(value)
            pdf.ln(2)
        elif isinstance(block, s.Image):
            pdf.image(io.BytesIO(block.png), w=width)
            pdf.set_font("dejavu", "I", 8)
            pdf.multi_cell(0, 4, block.caption, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif isinstance(block, s.PageBreak):
            pdf.add_page()
    path = Path(path)
    pdf.output(str(path))
    return path


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(220, 227, 236))

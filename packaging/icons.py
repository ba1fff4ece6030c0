"""Render the application icon from its SVG sources: PNGs of every size, a Windows .ico, a macOS .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py

resources/icons/meetingdesk.svg is drawn for 48 px and up; meetingdesk-small.svg is the same mark
simplified for 16-32 px, where the large one's details blur. Qt's SVG renderer draws the PNGs;
Pillow (installed with matplotlib) packs them into the .ico and the .icns, each size drawn for
itself rather than scaled from the largest.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.app import ICON_SIZES, ICONS  # noqa: E402  (the sizes the application loads)

SMALL = 32  # this size and below come from the small drawing
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses up to 256
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's writer takes: 16 to 512 pt, at 2x for Retina screens


def render(size: int) -> Image.Image:
    source = ICONS / ("meetingdesk-small.svg" if size <= SMALL else "meetingdesk.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs it)
    images = {size: render(size) for size in sorted({*ICON_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in ICON_SIZES:
        path = ICONS / f"meetingdesk-{size}.png"
        images[size].save(path, optimize=True)
        print(f"wrote {path.relative_to(ROOT)}")
    largest = max(ICO_SIZES)
    images[largest].save(ICONS / "meetingdesk.ico", sizes=[(s, s) for s in ICO_SIZES],
                         append_images=[images[s] for s in ICO_SIZES if s != largest])
    print(f"wrote {(ICONS / 'meetingdesk.ico').relative_to(ROOT)}")
    largest = max(ICNS_SIZES)
    images[largest].save(ICONS / "meetingdesk.icns", append_images=[images[s] for s in ICNS_SIZES if s != largest])
    print(f"wrote {(ICONS / 'meetingdesk.icns').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

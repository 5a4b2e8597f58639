"""Draw the app icon (resources/icons/udsat.svg → udsat.png, udsat.ico) with Qt and Pillow.

.venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="16" y="16" width="224" height="224" rx="40" fill="#1f3a5f"/>
  <rect x="56" y="52" width="144" height="160" rx="12" fill="#ffffff"/>
  <rect x="80" y="84" width="96" height="12" rx="6" fill="#9aa5b1"/>
  <rect x="80" y="112" width="96" height="12" rx="6" fill="#9aa5b1"/>
  <rect x="80" y="140" width="60" height="12" rx="6" fill="#9aa5b1"/>
  <path d="M150 176 l14 14 l30 -34" stroke="#2e8b57" stroke-width="14" fill="none"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([])
    (ICONS / "udsat.svg").write_text(SVG, encoding="utf-8")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(SVG.encode())).render(painter)
    painter.end()
    image.save(str(ICONS / "udsat.png"))
    Image.open(ICONS / "udsat.png").save(
        ICONS / "udsat.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)]
    )
    del app
    print(sorted(p.name for p in ICONS.iterdir()))


if __name__ == "__main__":
    main()

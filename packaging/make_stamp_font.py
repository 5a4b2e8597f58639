"""Build resources/fonts/UdsatStampSans.ttf from DejaVu Sans for pyHanko's signature stamp.

pyHanko (with the fontTools/uharfbuzz versions we use) writes glyph widths in font units, which
is right only for fonts with 1,000 units per em; DejaVu Sans has 2,048, so stamp text came out
twice as wide as it should. This derives a 1,000-unit, Latin-only subset. The Bitstream Vera /
DejaVu licence lets modified fonts be distributed under a new name, hence the rename.

    .venv/bin/python packaging/make_stamp_font.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
TARGET = ROOT / "resources" / "fonts" / "UdsatStampSans.ttf"
NAME = "Udsat Stamp Sans"


def main() -> None:
    font = TTFont(SOURCE)
    options = subset.Options()
    # the stamp needs no shaping: without layout tables pyHanko subsets it several times faster
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF", "kern"]
    options.hinting = False  # a stamp is printed or zoomed, never rendered at 8 px
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    # Latin-1 and Latin Extended-A (names from across Europe) and the punctuation a stamp uses
    subsetter.populate(
        unicodes=[*range(0x20, 0x17F), 0x2013, 0x2014, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026]
    )
    subsetter.subset(font)
    scale_upem(font, 1000)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = NAME
        elif record.nameID == 6:
            record.string = NAME.replace(" ", "")
    font.save(TARGET)
    print(TARGET, TARGET.stat().st_size)


if __name__ == "__main__":
    main()

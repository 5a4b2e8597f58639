"""The citizen's access log as a PDF (the right of access to who has looked at their data).

It is the one document meant for the citizen, so it is a tagged PDF (PDF/UA-1: a structure
tree in reading order, the table's header cells marked as such, /Lang, the title shown) as
well as PDF/A-2b, on every platform the product runs on. ReportLab, which lays out the other
documents, cannot tag (its open-source edition writes no structure tree, no /MarkInfo and no
marked content); Typst can, and its Python binding ships as one self-contained wheel for
Linux and Windows (no system libraries): Typst lays the log out in the same page frame
(frame.py's measures) and writes it as PDF/A-2b + PDF/UA-1, checking both standards' rules
itself; `to_pdfa` then gives it the same XMP and OutputIntent as every other filed document.

The log's data (names, actions, purposes) never becomes Typst markup: it goes in as one JSON
value through `sys.inputs`, and the template only places those strings as text, so a value
such as `#read("/etc/passwd")` or `]` is printed as it is (a test proves it).

What it says about itself is only what is true (issue 32): it is not signed, so it does not
claim to be unchanged; it says what the program's check of the log found when it was printed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from functools import cache
from importlib import resources

import pikepdf
import typst

from udsat_desktop.core.auditlog import AccessLog
from udsat_desktop.core.danish import format_date
from udsat_desktop.reports.frame import (
    AUTHOR,
    BOTTOM,
    CREATOR,
    FOOTER_Y,
    LETTERHEAD,
    MARGIN,
    TOP,
    keep_together,
)
from udsat_desktop.reports.pdfa import to_pdfa

TITLE = "Log over adgang til dine oplysninger"
HEADERS = ("Tidspunkt", "Medarbejder", "Hvad skete der", "Formål")
CHECKED = (
    "Da loggen blev udskrevet, fandt Udsat Desktops kontrol ingen ændrede eller slettede poster "
    "i loggen. Denne udskrift er ikke underskrevet digitalt."
)
BROKEN = "ADVARSEL: loggens kontrol fandt en ændret eller slettet post."
INTRO = (
    "Her står hver gang en medarbejder i taskforcen har vist, søgt efter, ændret, udskrevet, "
    "delt eller udleveret dine oplysninger i Udsat Desktop: hvornår, hvem, hvad og hvorfor. "
    "Når en gennemgang blev skrevet i flere omgange samme dag, står det som én linje."
)
# DejaVu Sans's (typographic) ascender and descender, in em: a line's box in Typst, to which
# the leading adds up to the line height the other documents use (9.5/13, 8/10, 8.5/11 pt)
ASCENDER, DESCENDER = 0.76, 0.24

# The page frame of frame.py in Typst: A4, the same margins, DejaVu Sans (the bundled files
# only), 9.5/13 pt text, the grey 8 pt letterhead and footer ("Side n af N", a pagination
# artifact: Typst marks page headers and footers as artifacts), a grid of four columns whose
# header row repeats on every page. Every value in it comes from `sys.inputs.data`, a JSON
# object, and is placed as a string: nothing from the log is ever read as markup.
TEMPLATE = """
#let d = json(bytes(sys.inputs.data))
#let grey = rgb("#444444")
#let lead(size, line) = line - %(extent)s * size
#set document(title: d.doctitle, author: d.author)
#set text(font: "DejaVu Sans", size: 9.5pt, lang: "da", region: "DK", hyphenate: false,
  top-edge: "ascender", bottom-edge: "descender")
#set par(leading: lead(9.5pt, 13pt), spacing: 7pt, justify: false)
#set block(spacing: 7pt)
#set page(
  paper: "a4",
  margin: (top: %(top).2fpt, left: %(side).2fpt, right: %(side).2fpt, bottom: %(bottom).2fpt),
  footer-descent: %(descent).2fpt,
  footer: context text(size: 8pt, fill: grey, {
    d.footer
    h(1fr)
    "Side " + str(counter(page).get().first()) + " af " + str(counter(page).final().first())
  }),
)
#show heading: set text(size: 16pt, weight: "bold")
#show heading: set block(above: 4pt, below: 6pt)
#show heading: set par(leading: lead(16pt, 20pt))
#set heading(numbering: none)
#text(size: 8pt, fill: grey, par(leading: lead(8pt, 10pt), d.letterhead))
#heading(level: 1, d.title)
#par(d.who)
#text(size: 8pt, fill: grey, par(leading: lead(8pt, 10pt), d.intro))
#if d.cpr != "" { text(size: 8pt, fill: grey, par(leading: lead(8pt, 10pt), d.cpr)) }
#set table(stroke: 0.4pt + rgb("#9aa5b1"), inset: (x: 4pt, y: 3.25pt), align: left + top)
#text(size: 8.5pt, table(
  columns: (37mm, 38mm, 52mm, 43mm),
  fill: (_, y) => if y == 0 { rgb("#e8edf3") },
  table.header(..d.headers.map(h => text(weight: "bold", h))),
  ..d.rows.flatten().map(c => par(leading: lead(8.5pt, 11pt), c)),
))
"""


def cpr_sentence(log: AccessLog) -> str:
    """Why the CPR number is processed, in the words of the case's template."""
    return f"Hjemmel for behandlingen af dit CPR-nummer: {log.cpr_basis}."


def _template() -> bytes:
    return (
        TEMPLATE
        % {
            "extent": ASCENDER + DESCENDER,
            "top": TOP,
            "side": MARGIN,
            "bottom": BOTTOM,
            # the footer's baseline FOOTER_Y above the page's edge, as in frame.draw_footer
            "descent": BOTTOM - FOOTER_Y - ASCENDER * 8,
        }
    ).encode()


@cache
def _fonts() -> typst.Fonts:
    """The bundled DejaVu fonts only: no system font, none of Typst's own."""
    folder = resources.files("udsat_desktop.resources") / "fonts"
    return typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(folder)]
    )


def access_log_data(log: AccessLog, today: dt.date | None = None) -> dict[str, object]:
    """What the template places, all of it plain strings."""
    printed = keep_together(format_date(today or dt.date.today(), long=True))
    rows = [
        [keep_together(line.when), line.who, line.what, line.purpose] for line in log.lines
    ] or [["–", "", "Ingen registreringer", ""]]
    return {
        "doctitle": f"Adgangslog for sag {log.case_key}",
        "author": AUTHOR,
        "letterhead": LETTERHEAD,
        "title": TITLE,
        "who": f"{log.name}, CPR-nr. {log.cpr_masked} (sag {log.case_key}). Udskrevet {printed}.",
        "intro": INTRO + " " + (CHECKED if log.chain_ok else BROKEN),
        "cpr": cpr_sentence(log) if log.cpr_basis else "",
        "footer": f"Adgangslog · sag {log.case_key}",
        "headers": list(HEADERS),
        "rows": rows,
    }


def render_access_log(log: AccessLog, today: dt.date | None = None) -> bytes:
    """The tagged PDF/UA-1 and PDF/A-2b file: it is filed as the citizen's record."""
    pdf = typst.compile(
        _template(),
        font_paths=_fonts(),
        sys_inputs={"data": json.dumps(access_log_data(log, today))},
        pdf_standards=["a-2b", "ua-1"],
    )
    return to_pdfa(_as_ours(pdf), ua=True)


def _as_ours(pdf: bytes) -> bytes:
    """The document information as in the other documents (Creator: the product, Producer:
    the library); the bookmark's destination written in the bookmark itself (Typst refers to
    an indirect array, which is valid but which PDFBox's Preflight cannot read); no
    /MarkInfo /Suspects false (the default, which poppler reports as a syntax error)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        info = doc.docinfo
        info.Producer = info.get("/Creator", "Typst")
        info.Creator = CREATOR
        mark = doc.Root.get("/MarkInfo")
        if mark is not None and "/Suspects" in mark and not bool(mark.Suspects):
            del mark["/Suspects"]
        outlines = doc.Root.get("/Outlines")
        item = outlines.get("/First") if outlines is not None else None
        while item is not None:
            if "/Dest" in item and item.Dest.is_indirect:
                item.Dest = pikepdf.Array(list(item.Dest))
            item = item.get("/Next")
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()

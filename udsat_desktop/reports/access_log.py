"""The citizen's access log as a PDF (the right of access to who has looked at their data).

It is the one document meant for the citizen, so it is a tagged PDF (PDF/UA-1: a structure
tree in reading order, the table's header cells marked as such, /Lang, the title shown) as
well as PDF/A-2b. ReportLab, which lays out the other documents, cannot tag (its open-source
edition writes no structure tree, no /MarkInfo and no marked content); WeasyPrint can, so this
one document is laid out as HTML in the same page frame (frame.css) and written by WeasyPrint
with its PDF/UA-1 variant; `to_pdfa` then makes it PDF/A-2b (and keeps the structure).

What it says about itself is only what is true (issue 32): it is not signed, so it does not
claim to be unchanged; it says what the program's check of the log found when it was printed.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from html import escape
from typing import Any

from udsat_desktop.core.auditlog import AccessLog
from udsat_desktop.core.danish import format_date
from udsat_desktop.reports.frame import (
    AUTHOR,
    CREATOR,
    FONT,
    LANG,
    LETTERHEAD,
    css,
    document,
    letterhead,
    numbered,
    para,
    styles,
)
from udsat_desktop.reports.pdfa import to_pdfa

log_file = logging.getLogger(__name__)

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


def cpr_sentence(log: AccessLog) -> str:
    """Why the CPR number is processed, in the words of the case's template."""
    return f"Hjemmel for behandlingen af dit CPR-nummer: {log.cpr_basis}."


def access_log_html(log: AccessLog, today: dt.date | None = None) -> str:
    """The log as an HTML document in the page frame (what WeasyPrint lays out)."""
    printed = format_date(today or dt.date.today(), long=True)
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{escape(cell)}</td>" for cell in (line.when, line.who, line.what, line.purpose)
        )
        + "</tr>"
        for line in log.lines
    ) or ("<tr><td>–</td><td></td><td>Ingen registreringer</td><td></td></tr>")
    heads = "".join(f'<th scope="col">{h}</th>' for h in HEADERS)
    footer = escape(f"Adgangslog · sag {log.case_key}").replace('"', '\\"')
    return f"""<!DOCTYPE html>
<html lang="{LANG}">
<head>
<meta charset="utf-8">
<title>{escape(f"Adgangslog for sag {log.case_key}")}</title>
<meta name="author" content="{escape(AUTHOR)}">
<meta name="generator" content="{escape(CREATOR)}">
<style>{css()}
@page {{ @bottom-left {{ content: "{footer}"; }} }}
table {{ table-layout: fixed; }}
col.when {{ width: 37mm; }} col.who {{ width: 38mm; }} col.what {{ width: 52mm; }}
col.purpose {{ width: 43mm; }}
</style>
</head>
<body>
<p class="letterhead">{escape(LETTERHEAD)}</p>
<h1>{TITLE}</h1>
<p>{escape(log.name)}, CPR-nr. {escape(log.cpr_masked)} (sag {escape(log.case_key)}).
Udskrevet {printed}.</p>
<p class="small">{INTRO}
{CHECKED if log.chain_ok else BROKEN}</p>
{f'<p class="small">{escape(cpr_sentence(log))}</p>' if log.cpr_basis else ""}
<table>
<colgroup><col class="when"><col class="who"><col class="what"><col class="purpose"></colgroup>
<thead><tr>{heads}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def render_access_log(log: AccessLog) -> bytes:
    """The tagged PDF/UA-1 and PDF/A-2b file: it is filed as the citizen's record.

    Where WeasyPrint cannot run (Pango, its text layout, is not installed: the Windows
    installer does not carry it yet) the citizen still gets the log, in the same frame and
    wording, untagged (PDF/A-2b only), and a warning in the log file says so."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango's libraries are not installed
        log_file.warning(
            "access log written untagged (not PDF/UA): WeasyPrint unavailable (%s)",
            type(exc).__name__,
        )
        return to_pdfa(_untagged(log))
    pdf = HTML(string=access_log_html(log)).write_pdf(pdf_variant="pdf/ua-1")
    return to_pdfa(_footers_as_artifacts(pdf), ua=True)


def _untagged(log: AccessLog, today: dt.date | None = None) -> bytes:
    """The same document with ReportLab, in the page frame, without tags."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    st = styles()
    buf = io.BytesIO()
    doc = document(buf, f"Adgangslog for sag {log.case_key}", bookmarks=False)
    printed = format_date(today or dt.date.today(), long=True)
    story: list[Any] = [
        *letterhead(TITLE),
        Spacer(1, 4),
        para(
            f"{log.name}, CPR-nr. {log.cpr_masked} (sag {log.case_key}). Udskrevet {printed}.",
            st["base"],
        ),
        para(" ".join(INTRO.split()) + " " + (CHECKED if log.chain_ok else BROKEN), st["small"]),
        *([para(cpr_sentence(log), st["small"])] if log.cpr_basis else []),
        Spacer(1, 6),
    ]
    rows: list[list[Any]] = [[para(h, st["label"]) for h in HEADERS]]
    rows += [
        [para(cell, st["cell"]) for cell in (line.when, line.who, line.what, line.purpose)]
        for line in log.lines
    ] or [[para(c, st["cell"]) for c in ("–", "", "Ingen registreringer", "")]]
    table = Table(rows, colWidths=[37 * mm, 38 * mm, 52 * mm, 43 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ]
        )
    )
    story.append(table)
    doc.build(story, canvasmaker=numbered(f"Adgangslog · sag {log.case_key}"))
    return buf.getvalue()


def _footers_as_artifacts(pdf: bytes) -> bytes:
    """WeasyPrint gives the page's margin boxes (our footer) marked content with an MCID and
    structure elements that it leaves out of the tree (a PDF 2.0 artifact would be the right
    place, its comment says). In PDF/UA-1 such content must be an artifact: each sequence whose
    MCID no element in the tree reaches becomes a pagination artifact, and its /ParentTree
    entry is cleared."""
    import io

    import pikepdf
    from pikepdf import Dictionary, Name

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        tree = doc.Root.StructTreeRoot
        reached = _reached(tree)
        parents = dict(_number_tree(tree.ParentTree))
        for page in doc.pages:
            ops: list[Any] = list(pikepdf.parse_content_stream(page))
            where: Any = page.objgen
            changed = False
            for index, (operands, operator) in enumerate(ops):
                if str(operator) != "BDC" or not isinstance(operands[1], Dictionary):
                    continue
                mcid = operands[1].get("/MCID")
                if mcid is None or (where, int(mcid)) in reached:
                    continue
                ops[index] = pikepdf.ContentStreamInstruction(
                    [Name.Artifact, Dictionary(Type=Name.Pagination)], pikepdf.Operator("BDC")
                )
                key = page.obj.get("/StructParents")
                if key is not None and int(key) in parents:
                    entries = parents[int(key)]
                    if int(mcid) < len(entries):
                        entries[int(mcid)] = None
                changed = True
            if changed:
                page.Contents = doc.make_stream(pikepdf.unparse_content_stream(ops))
        _add_cid_sets(doc)
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()


def _add_cid_sets(doc: Any) -> None:
    """A /CIDSet for each subset CID font, as PDF/A-1 requires and PDF/A-2 allows (PDFBox
    Preflight checks the PDF/A-1 rules): WeasyPrint subsets keeping the glyph ids
    (CIDToGIDMap /Identity), and its /W array names every glyph it kept."""
    from pikepdf import Array, Name

    done: set[Any] = set()
    for page in doc.pages:
        for font in (page.Resources.get("/Font") or {}).values():
            if font.get("/Subtype") != Name.Type0:
                continue
            cid_font = font.DescendantFonts[0]
            descriptor = cid_font.FontDescriptor
            if descriptor.objgen in done or "/CIDSet" in descriptor:
                continue
            if cid_font.get("/CIDToGIDMap") != Name.Identity:
                continue
            done.add(descriptor.objgen)
            cids = {0}
            widths = list(cid_font.get("/W") or [])
            i = 0
            while i < len(widths):
                first = int(widths[i])
                if isinstance(widths[i + 1], Array):
                    cids.update(range(first, first + len(widths[i + 1])))
                    i += 2
                else:
                    cids.update(range(first, int(widths[i + 1]) + 1))
                    i += 3
            bits = bytearray(max(cids) // 8 + 1)
            for cid in cids:
                bits[cid // 8] |= 0x80 >> (cid % 8)
            descriptor.CIDSet = doc.make_stream(bytes(bits))


def _reached(tree: Any) -> set[tuple[tuple[int, int], int]]:
    """(page, MCID) of every marked-content sequence an element in the tree refers to."""
    from pikepdf import Array, Dictionary, Name

    reached: set[tuple[tuple[int, int], int]] = set()

    def walk(node: Any, page: Any) -> None:
        kids = node.get("/K")
        for kid in kids if isinstance(kids, Array) else [] if kids is None else [kids]:
            if isinstance(kid, int):
                reached.add((page.objgen if page is not None else (0, 0), int(kid)))
            elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
                reached.add((kid.get("/Pg", page).objgen, int(kid.MCID)))
            elif isinstance(kid, Dictionary) and "/S" in kid:
                walk(kid, kid.get("/Pg", page))

    walk(tree, None)
    return reached


def _number_tree(node: Any) -> list[tuple[int, Any]]:
    """The (key, value) pairs of a PDF number tree."""
    pairs: list[tuple[int, Any]] = []
    nums = node.get("/Nums")
    if nums is not None:
        pairs += [(int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2)]
    for kid in node.get("/Kids") or []:
        pairs += _number_tree(kid)
    return pairs

"""The review summary as an A4 PDF (ReportLab) in the one page frame (frame.py): Danish,
fonts embedded (DejaVu), a bookmark per heading, the signature boxes on the last page."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from udsat_desktop.core.danish import format_date
from udsat_desktop.core.summary import Summary, SummaryPartHeading
from udsat_desktop.reports.frame import (
    BOLD,
    FONT,
    GREY,
    NAVY,
    TEXT_WIDTH,
    document,
    letterhead,
    numbered,
    para,
    styles,
)

SIGNATURE_BOX = (20 * mm, 18 * mm, 120 * mm, 40 * mm)  # x1, y1, x2, y2 on the last page
COSIGNATURE_BOX = (122 * mm, 18 * mm, 190 * mm, 40 * mm)


_GRID = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
)


_CELL_PADDING = 8  # LEFTPADDING + RIGHTPADDING


def _cell(text: str, style: ParagraphStyle, width: float | None) -> Paragraph | str:
    """A short one-line cell is drawn as a plain string: a Paragraph costs a markup parse and
    two wraps per cell, which dominated rendering time."""
    if (
        width is not None
        and "\n" not in text
        and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - _CELL_PADDING
    ):
        return text
    if width is not None:
        text = _hyphenate(text, style, width - _CELL_PADDING)
    return para(text, style)


SOFT_HYPHEN = "\xad"


@cache
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="da_DK", left=2, right=2)


def _hyphenate(text: str, style: ParagraphStyle, width: float) -> str:
    """Soft hyphens at Danish hyphenation points, only in words wider than `width` (the only
    words that must break); every other word stays whole and wraps at a space."""
    if SOFT_HYPHEN in text:
        return text
    words = text.split(" ")
    changed = False
    for i, word in enumerate(words):
        if (
            len(word) < 5
            or "\n" in word
            or pdfmetrics.stringWidth(word, style.fontName, style.fontSize) <= width
        ):
            continue
        kept: list[int] = []
        for pos in _hyphenator().positions(word):
            if kept and pos - kept[-1] < 2:  # no one-letter piece ("me-d-ar..."): the later
                kept[-1] = pos  # point is the better one in a compound
            else:
                kept.append(pos)
        if kept:
            pieces = [word[a:b] for a, b in zip([0, *kept], [*kept, len(word)], strict=True)]
            words[i] = SOFT_HYPHEN.join(pieces)
            changed = True
    return " ".join(words) if changed else text


def _column_widths(
    headers: tuple[str, ...],
    rows: list[tuple[str, ...]],
    total: float,
    st: dict[str, ParagraphStyle],
) -> list[float]:
    """Room where the text is: every column at least as wide as its longest word (so words
    wrap at spaces), the rest shared by how much text each column holds."""

    def width(text: str, style: ParagraphStyle) -> float:
        return float(pdfmetrics.stringWidth(text, style.fontName, style.fontSize))

    least, natural = [], []
    for c, head in enumerate(headers):
        cells = [(head, st["label"])] + [(row[c], st["cell"]) for row in rows]
        least.append(
            max(width(w, style) for text, style in cells for w in text.split() or [""])
            + _CELL_PADDING
            + 1
        )
        natural.append(
            max(width(line, style) for text, style in cells for line in text.split("\n"))
            + _CELL_PADDING
            + 1
        )
    if sum(least) >= total:  # too many long words: share by need (long words hyphenate)
        return [total * w / sum(least) for w in least]
    if sum(natural) <= total:  # everything fits on one line: the rest goes evenly
        extra = (total - sum(natural)) / len(headers)
        return [n + extra for n in natural]
    # short columns get all they need; the long ones share what is left by how much text
    # they hold, never below their longest word
    widths: dict[int, float] = {}
    while True:
        rest = [c for c in range(len(headers)) if c not in widths]
        share = (total - sum(widths.values())) / len(rest)
        short = [c for c in rest if natural[c] <= share]
        if not short or len(short) == len(rest):
            break
        widths.update((c, natural[c]) for c in short)
    rest = [c for c in range(len(headers)) if c not in widths]
    room = total - sum(widths.values())
    for c in rest:
        widths[c] = max(least[c], room * natural[c] / sum(natural[r] for r in rest))
    over = sum(widths.values()) - total
    if over > 0:  # the longest-word floors took some: take it back from the widest
        flexible = {c: widths[c] - least[c] for c in rest}
        for c in rest:
            widths[c] -= over * flexible[c] / (sum(flexible.values()) or 1)
    return [widths[c] for c in range(len(headers))]


def _table(
    headers: tuple[str, ...],
    rows: list[tuple[str, ...]],
    st: dict[str, ParagraphStyle],
    widths: list[float],
    remarks: list[str] | None = None,
) -> Table:
    """A grid with a header row. `remarks`: per row, a remark printed in a row of its own
    right under it, across the whole width."""
    cols = widths
    data: list[list[Paragraph | str]] = [
        [_cell(h, st["label"], w) for h, w in zip(headers, cols, strict=True)]
    ]
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for n, row in enumerate(rows):
        # an empty cell says so with "–", as an empty field does
        data.append([_cell(c or "–", st["cell"], w) for c, w in zip(row, cols, strict=True)])
        remark = (remarks or [""] * len(rows))[n]
        if remark:
            data.append(
                [_cell(f"Bemærkning: {remark}", st["remark"], sum(cols))]
                + ["" for _ in headers[1:]]
            )
            spans.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    if not rows:
        data.append(["Ingen"] + ["" for _ in headers[1:]])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    if spans:
        table.setStyle(TableStyle(spans))
    table.setStyle(_GRID)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, 0), 9),
                ("FONTSIZE", (0, 1), (-1, -1), 8.5),
                ("LEADING", (0, 0), (-1, -1), 11),
            ]
        )
    )
    return table


def stamp_text(name: str, initials: str, organisation: str, role: str, when: dt.datetime) -> str:
    """The visible text of a signature: name, organisation, role and time."""
    return (
        f"Underskrevet digitalt af\n{name} ({initials})\n{organisation} · {role}\n"
        f"{when.strftime('%d.%m.%Y kl. %H.%M')}"
    )


def _replaces_rows(summary: Summary) -> list[tuple[str, str]]:
    """The head's rows of a correction: which version it replaces, and why."""
    if not summary.replaces:
        return []
    rows = [("Erstatter", f"Denne version erstatter gennemgang {summary.replaces}")]
    if summary.correction_reason:
        rows.append(("Årsag til rettelsen", summary.correction_reason))
    return rows


def _correction_block(summary: Summary, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    """A correction says what changed against the version it replaces (issue 29): each field
    old → new; a long text as "ændret"."""
    if not summary.replaces:
        return []
    out: list[Any] = [para("Ændringer i forhold til den erstattede version", st["h2"])]
    if not summary.changes:
        return [*out, para("Ingen felter er ændret.", st["base"])]
    out.append(
        _table(
            ("Felt", "Før", "Nu"),
            [tuple(change) for change in summary.changes],
            st,
            [60 * mm, (width - 60 * mm) / 2, (width - 60 * mm) / 2],
        )
    )
    if any(old == "ændret" for _label, old, _new in summary.changes):
        out.append(
            para(
                "»ændret«: en længere tekst er ændret; den nye står nedenfor, den gamle i den "
                "erstattede version.",
                st["small"],
            )
        )
    return out


def _part_heading(heading: SummaryPartHeading, st: dict[str, ParagraphStyle]) -> list[Any]:
    """A part's heading and, when the template gives one, its note."""
    out: list[Any] = [para(heading.title, st["part"])]
    if heading.note:
        out.append(para(heading.note, st["small"]))
    return out


def _decision_parts(summary: Summary, st: dict[str, ParagraphStyle]) -> list[Any]:
    """The template's decision section (partshøring, begrundelse, klagevejledning) as a part
    of its own, headed by the template's words; nothing when the review leads to no decision."""
    out: list[Any] = []
    for section in summary.sections:
        if not section.decision:
            continue
        out.extend(_part_heading(SummaryPartHeading("", section.title), st))
        for row in section.rows:
            out.extend([para(row.label, st["question"]), para(row.text, st["base"]), Spacer(1, 3)])
    return out


def render_summary(summary: Summary, signature_stamp: str | None = None) -> bytes:
    """The summary PDF. With `signature_stamp` the text of the (primary) signature is drawn in
    its box, to be signed straight after with a signature field over that box; the text is
    then part of what the signature covers."""
    st = styles()
    buf = io.BytesIO()
    width = TEXT_WIDTH
    title = f"Gennemgang af sag {summary.case_key}"
    doc = document(
        buf,
        title,
        bottom=48 * mm,  # room for the signature boxes
        subject=f"{summary.template_id} v{summary.template_version}",
        keywords=f"{summary.case_key},{summary.review_key}",
    )
    story: list[Any] = [*letterhead(title), Spacer(1, 4)]
    reviewers = ", ".join(f"{n} ({o})" for n, o in summary.reviewers)
    head = [
        ("Borger", f"{summary.name}, CPR-nr. {summary.cpr_shown}"),
        (
            "Sagsnøgle / gennemgang",
            f"{summary.case_key} / {summary.review_key} (version {summary.version})",
        ),
        ("Dato for gennemgang", format_date(summary.review_date, long=True)),
        ("Gennemgået af", reviewers),
        ("Skabelon", f"{summary.template_id} version {summary.template_version}"),
        ("Status", summary.status),
    ]
    head += _replaces_rows(summary)
    label_w, text_w = 45 * mm, width - 45 * mm
    story.append(
        Table(
            [[_cell(a, st["label"], label_w), _cell(b, st["base"], text_w)] for a, b in head],
            colWidths=[label_w, text_w],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTNAME", (0, 0), (0, -1), BOLD),
                    ("FONTSIZE", (0, 0), (0, -1), 9),
                    ("FONTSIZE", (1, 0), (1, -1), 9.5),
                    ("LEADING", (0, 0), (-1, -1), 13),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
                ]
            ),
        )
    )

    story += _correction_block(summary, st, width)

    def sections(part: str) -> None:
        for section in summary.sections:
            if section.part != part or section.decision:
                continue
            story.append(para(section.title, st["h2"]))
            for row in section.rows:
                # the question stays with the first lines of its answer; a long answer may split
                story.extend(
                    [para(row.label, st["question"]), para(row.text, st["base"]), Spacer(1, 3)]
                )
            for table in section.tables:
                story.append(para(table.title, st["tabletitle"]))
                story.append(
                    _table(
                        table.headers,
                        list(table.rows),
                        st,
                        _column_widths(table.headers, list(table.rows), width, st),
                    )
                )

    def steps_and_recommendation() -> None:
        story.append(para("Næste skridt", st["h2"]))
        step_widths = [68 * mm, 22 * mm, 36 * mm, 20 * mm, width - 146 * mm]
        story.append(
            _table(
                ("Type", "Ansvarlig", "Person", "Frist", "Status"),
                [tuple(step[:5]) for step in summary.next_steps],
                st,
                step_widths,
                remarks=[step[5] if len(step) > 5 else "" for step in summary.next_steps],
            )
        )
        if summary.cancelled_steps:
            story.append(para("Annullerede skridt (gælder ikke længere)", st["tabletitle"]))
            story.append(
                _table(
                    ("Type", "Ansvarlig", "Person", "Frist"),
                    [tuple(step[:4]) for step in summary.cancelled_steps],
                    st,
                    [*step_widths[:3], width - sum(step_widths[:3])],
                    remarks=[step[4] for step in summary.cancelled_steps],
                )
            )
        story.append(para("Anbefaling", st["h2"]))
        story.append(para(summary.recommendation or "–", st["base"]))

    def consents() -> None:
        story.append(para("Samtykke", st["h2"]))
        story.append(
            _table(
                ("Formål", "Status", "Form", "Dato", "Udløber"),
                [(tuple(c) + ("–",) * 5)[:5] for c in summary.consents],
                st,
                [72 * mm, 24 * mm, 24 * mm, 24 * mm, width - 144 * mm],
                remarks=list(summary.consent_remarks) or None,
            )
        )
        if summary.legal_bases:
            story.append(
                para("Behandling med hjemmel i loven (kræver ikke samtykke)", st["tabletitle"])
            )
            story.append(
                _table(
                    ("Oplysninger (modtager)", "Hjemmel"),
                    list(summary.legal_bases),
                    st,
                    [72 * mm, width - 72 * mm],
                )
            )

    if any(section.part and not section.decision for section in summary.sections):
        # part A can be used on its own (it describes only); the template names both parts
        story.extend(_part_heading(summary.part("A"), st))
        sections("A")
        sections("")
        story.extend(_part_heading(summary.part("B"), st))
        sections("B")
        steps_and_recommendation()
        consents()
    else:  # a template from before the split prints as it always did
        sections("")
        consents()
        steps_and_recommendation()
    # the decision's records (when the review leads to one) close the summary, before the
    # signatures that cover them
    story += _decision_parts(summary, st)

    footer = f"Sag {summary.case_key} · {summary.review_key}"
    if summary.template_edition:  # which correction of the template it was made on
        footer += f" · {summary.template_edition}"
    doc.build(story, canvasmaker=numbered(footer, last_page=_signature_boxes(signature_stamp)))
    return buf.getvalue()


def _signature_boxes(stamp: str | None) -> Any:
    """What the last page carries: the two signature boxes, and the primary signature's text
    when the summary is rendered to be signed at once."""

    def draw(canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(colors.HexColor("#9aa5b1"))
        for x1, y1, x2, y2 in (SIGNATURE_BOX, COSIGNATURE_BOX):
            canvas.rect(x1, y1, x2 - x1, y2 - y1)
        canvas.drawString(
            SIGNATURE_BOX[0], SIGNATURE_BOX[3] + 2 * mm, "Underskrift (digital, PAdES)"
        )
        canvas.drawString(COSIGNATURE_BOX[0], COSIGNATURE_BOX[3] + 2 * mm, "Medunderskrift")
        if stamp:
            text = canvas.beginText(SIGNATURE_BOX[0] + 3 * mm, SIGNATURE_BOX[3] - 5 * mm)
            text.setFont(FONT, 8, leading=10)
            text.setFillColor(colors.black)
            text.textLines(stamp)
            canvas.drawText(text)
        canvas.restoreState()

    return draw

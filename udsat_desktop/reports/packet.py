"""The meeting packet for the forum a case is presented to (its name comes from the template).

One PDF (`moedepakke_<date>.pdf`): a cover page with the agenda (time slot, case key, masked
CPR, caseworker, the packet pages of each case), then every case's signed summary, with page
numbers across the whole packet. Signatures cannot survive being merged into another PDF's
page tree, so the packet does two things at once:

- for reading and printing, each summary's pages are copied into the packet and numbered
  ("Mødepakke 03.12.2026 · side 4 af 17");
- for proof, each signed summary is attached to the packet unchanged (PDF file attachment,
  byte-identical) and written beside it in the same folder (`NN_<case-key>_<review>.pdf`), where
  `udsat verify` or any PDF reader checks its signature.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from udsat_desktop.core.danish import format_date
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.meetings import MeetingInfo
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.checklists import require_forum
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.reports.pdf import BOLD, FONT, _fonts, _styles
from udsat_desktop.reports.pdfa import to_pdfa


class PacketError(UserError):
    pass


@dataclass(frozen=True)
class PacketFile:
    packet: Path
    originals: list[Path]
    pages: int
    sha256: str


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _agenda(
    meeting: MeetingInfo, ranges: list[tuple[int, int]], total: int, agenda_pages: int
) -> bytes:
    _fonts()
    st = _styles()
    buf = io.BytesIO()
    date_text = format_date(meeting.meeting_date, long=True)
    forum = require_forum(meeting.meeting_date)  # the forum's name and roles from the template
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"Mødepakke, {forum.title.lower()} {date_text}",
        author="Taskforcen, Københavns Kommune",
        creator="Udsat Desktop",
        lang="da-DK",
        initialFontName=FONT,
    )
    story: list[Any] = [
        Paragraph("Københavns Kommune · Taskforce for udsatte ledige", st["small"]),
        Paragraph(f"{forum.title} – mødepakke {date_text}", st["title"]),
        Spacer(1, 6),
    ]
    info = [
        (
            "Tid",
            f"kl. {meeting.start_time.replace(':', '.')}, "
            f"{meeting.minutes_per_case} minutter pr. sag",
        ),
        ("Sted", meeting.place or "–"),
    ]
    roles = forum.participant_labels()
    info += [(roles.get(role, role), name) for role, name in meeting.participants.items() if name]
    table = Table(info, colWidths=[45 * mm, 125 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (0, -1), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Spacer(1, 8), Paragraph("Dagsorden", st["h2"])]
    rows: list[list[str]] = [["Tid", "Sag", "CPR-nr.", "Sagsbehandler", "Enhed", "Sider"]]
    for item, (first, last) in zip(meeting.items, ranges, strict=True):
        begin, end = meeting.slot(item.position)
        rows.append(
            [
                f"{begin}–{end}",
                item.case_key,
                item.cpr_masked,
                item.caseworker,
                item.unit,
                f"{first}–{last}",
            ]
        )
    agenda = Table(
        rows,
        colWidths=[24 * mm, 24 * mm, 26 * mm, 48 * mm, 28 * mm, 20 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    agenda.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ]
        )
    )
    story += [
        agenda,
        Spacer(1, 10),
        Paragraph(
            "Hver sammenfatning er underskrevet digitalt. Siderne i denne pakke er en kopi til "
            "læsning og udskrift; de underskrevne originaler er vedhæftet pakken og ligger i samme "
            "mappe, hvor underskrifterne kan kontrolleres.",
            st["small"],
        ),
    ]

    def footer(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(
            A4[0] - 20 * mm,
            10 * mm,
            f"Mødepakke {meeting.meeting_date:%d.%m.%Y} · side {canvas.getPageNumber()} af {total}",
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _overlay(meeting: MeetingInfo, first: int, count: int, total: int, case_key: str) -> bytes:
    """One page per summary page: the packet's running header."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for n in range(first, first + count):
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#1f3a5f"))
        canvas.drawRightString(
            A4[0] - 20 * mm,
            A4[1] - 9 * mm,
            f"Mødepakke {meeting.meeting_date:%d.%m.%Y} · sag {case_key} · side {n} af {total}",
        )
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _strip_annotations(page: Any) -> None:
    """A copied summary page keeps no annotations: its signature widgets belong to the signed
    original (attached), not to the copy."""
    from pypdf.generic import NameObject

    if NameObject("/Annots") in page:
        del page[NameObject("/Annots")]


def build_packet(meeting: MeetingInfo, summaries: list[bytes], out_dir: Path) -> PacketFile:
    """Write the packet and the unchanged signed summaries into `out_dir` (created)."""
    from pypdf import PdfReader, PdfWriter

    if not meeting.items:
        raise PacketError(Msg("Mødet har ingen sager endnu"))
    if len(summaries) != len(meeting.items):
        raise PacketError(Msg("Der mangler en underskreven sammenfatning"))
    _fonts()
    counts = [_page_count(pdf) for pdf in summaries]
    agenda_pages = 1
    for _ in range(3):  # the agenda's own length decides every later page number
        ranges, page = [], agenda_pages
        for count in counts:
            ranges.append((page + 1, page + count))
            page += count
        total = page
        agenda = _agenda(meeting, ranges, total, agenda_pages)
        actual = _page_count(agenda)
        if actual == agenda_pages:
            break
        agenda_pages = actual
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(agenda)))
    originals: list[Path] = []
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for index, (item, pdf, (first, _last)) in enumerate(
        zip(meeting.items, summaries, ranges, strict=True), start=1
    ):
        reader = PdfReader(io.BytesIO(pdf))
        overlay = PdfReader(
            io.BytesIO(_overlay(meeting, first, len(reader.pages), total, item.case_key))
        )
        start = len(writer.pages)
        writer.append(reader, import_outline=False)
        for offset, copied in enumerate(writer.pages[start:]):
            _strip_annotations(copied)
            copied.merge_page(overlay.pages[offset])
        name = f"{index:02d}_{item.case_key}_{item.review_key}.pdf"
        writer.add_attachment(name, pdf)
        original = out_dir / name
        write_atomic(original, pdf, mode=0o600)
        originals.append(original)
    # the copies are for reading: no form (a signature field without its signed bytes is
    # what validators report as a broken signature); the proof is in the attachments
    for key in ("/AcroForm", "/Perms"):
        if key in writer.root_object:
            del writer.root_object[key]
    writer.add_metadata(
        {
            "/Title": f"Mødepakke, {require_forum(meeting.meeting_date).title.lower()} "
            f"{meeting.meeting_date:%d.%m.%Y}",
            "/Author": "Taskforcen, Københavns Kommune",
            "/Creator": "Udsat Desktop",
        }
    )
    buf = io.BytesIO()
    writer.write(buf)
    # PDF/A-3b: the archival form that allows the attached signed originals
    data = to_pdfa(buf.getvalue(), part=3)
    packet = out_dir / f"moedepakke_{meeting.meeting_date.isoformat()}.pdf"
    write_atomic(packet, data, mode=0o600)
    return PacketFile(packet, originals, total, hashlib.sha256(data).hexdigest())


def packet_attachments(packet: bytes) -> dict[str, bytes]:
    """The signed summaries attached to a packet, by file name (for checks and tests)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(packet))
    return {name: data[0] for name, data in reader.attachments.items()}

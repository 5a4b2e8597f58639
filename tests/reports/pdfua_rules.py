"""A focused check of the machine-checkable part of PDF/UA-1 (ISO 14289-1, as the Matterhorn
Protocol lists its failure conditions), written with pikepdf independently of the code that
tags the access log (WeasyPrint).

veraPDF, the reference PDF/UA validator, is in none of the registries this project reaches
(PyPI, npm, Debian); the few PyPI packages claiming PDF/UA checks are months old, unranked and
unknown, so this check is our own, and says so. It covers:

- 06-001 /MarkInfo /Marked true; 01-002 no /Suspects true; 06-002 pdfuaid:part 1 in XMP;
  06-003 dc:title in XMP; 07-001 ViewerPreferences /DisplayDocTitle true;
  11-006 a catalog /Lang;
- 01-005/01-006 every painted thing (text, paths, images) is inside marked content that is
  either an artifact or has an MCID the structure tree's /ParentTree maps back to an element;
  01-003 no MCID-tagged content left outside the tree;
- 02-001/02-003 structure types are standard or role-mapped to standard ones;
- 14-002/14-003 the first heading is H or H1 and no heading level is skipped;
- 15-001..15-005 tables: TR under Table/THead/TBody/TFoot, only TH/TD in a TR, header cells
  (TH) present, each TH with a /Scope or every TD naming its headers (/Headers);
- 13-004 every Figure has /Alt or /ActualText;
- 28-002/28-009 every annotation is in the tree (Annot/Link/Form) and a page with
  annotations has /Tabs /S;
- 31-001/31-027 every font is embedded and maps its glyphs to Unicode (/ToUnicode or a
  standard encoding).
"""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Name

STANDARD = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu",
    "WT", "WP", "Figure", "Formula", "Form",
}  # fmt: skip
PAINTING = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "BI"}


def _attributes(element: Any) -> list[Any]:
    attrs = element.get("/A")
    if attrs is None:
        return []
    return list(attrs) if isinstance(attrs, pikepdf.Array) else [attrs]


class _Tree:
    def __init__(self, pdf: Any) -> None:
        root = pdf.Root.StructTreeRoot
        self.role_map = {str(k)[1:]: str(v)[1:] for k, v in (root.get("/RoleMap") or {}).items()}
        self.elements: list[tuple[Any, str, Any]] = []  # (element, type, parent type)
        self.mcids: set[tuple[tuple[int, int], int]] = set()  # (page objgen, mcid)
        self.annotations: set[tuple[int, int]] = set()
        self._walk(root, "", None)

    def kind(self, element: Any) -> str:
        kind = str(element.S)[1:]
        seen = set()
        while kind not in STANDARD and kind in self.role_map and kind not in seen:
            seen.add(kind)
            kind = self.role_map[kind]
        return kind

    def _walk(self, node: Any, parent: str, page: Any) -> None:
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int):
                self.mcids.add(((page.objgen if page is not None else (0, 0)), int(kid)))
            elif isinstance(kid, pikepdf.Dictionary):
                kind_name = kid.get("/Type")
                if kind_name == Name.MCR:
                    owner = kid.get("/Pg", page)
                    self.mcids.add((owner.objgen, int(kid.MCID)))
                elif kind_name == Name.OBJR:
                    self.annotations.add(kid.Obj.objgen)
                elif "/S" in kid:
                    kind = self.kind(kid)
                    self.elements.append((kid, kind, parent))
                    self._walk(kid, kind, kid.get("/Pg", page))


def _content_findings(pdf: Any, tree: _Tree) -> list[str]:
    found: list[str] = []
    for number, page in enumerate(pdf.pages, start=1):
        found += _page_content(number, page, tree)
        annots = page.obj.get("/Annots") or []
        for annot in annots:
            if int(annot.get("/F", 0)) & 2:  # hidden
                continue
            if annot.objgen not in tree.annotations:
                found.append(f"page {number}: annotation {annot.get('/Subtype')} not in the tree")
        if len(annots) and page.obj.get("/Tabs") != Name.S:
            found.append(f"page {number}: annotations but no /Tabs /S")
    return found


def _page_content(number: int, page: Any, tree: _Tree) -> list[str]:
    found: list[str] = []
    if True:
        stack: list[tuple[str, int | None]] = []
        untagged = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    mcid = operands[1].get("/MCID")
                stack.append((tag, None if mcid is None else int(mcid)))
                if mcid is not None and (page.objgen, int(mcid)) not in tree.mcids:
                    found.append(f"page {number}: MCID {int(mcid)} is not in the structure tree")
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINTING:
                tagged = any(tag == "/Artifact" or mcid is not None for tag, mcid in stack)
                if not tagged:
                    untagged += 1
        if untagged:
            found.append(f"page {number}: {untagged} painting operators untagged, no artifact")
    return found


def _structure_findings(tree: _Tree) -> list[str]:
    found: list[str] = []
    levels = []
    for element, kind, parent in tree.elements:
        if kind not in STANDARD:
            found.append(f"structure type {element.S} is not standard nor role-mapped")
        if kind in ("H", "H1", "H2", "H3", "H4", "H5", "H6"):
            levels.append(kind)
        if kind == "Figure" and "/Alt" not in element and "/ActualText" not in element:
            found.append("a Figure without /Alt")
        if kind == "TR" and parent not in ("Table", "THead", "TBody", "TFoot"):
            found.append(f"TR under {parent}")
        if parent == "TR" and kind not in ("TH", "TD"):
            found.append(f"{kind} inside a TR")
    numbered = [int(k[1]) for k in levels if k != "H"]
    if numbered:
        if numbered[0] != 1:
            found.append(f"the first heading is H{numbered[0]}")
        for before, after in itertools.pairwise(numbered):
            if after > before + 1:
                found.append(f"heading level skipped: H{before} to H{after}")
    return found + _table_findings(tree)


def _table_findings(tree: _Tree) -> list[str]:
    found: list[str] = []
    headers = [e for e, kind, _p in tree.elements if kind == "TH"]
    cells = [e for e, kind, _p in tree.elements if kind == "TD"]
    if any(kind == "Table" for _e, kind, _p in tree.elements):
        if not headers:
            found.append("a table without header cells (TH)")
        scoped = all(
            any("/Scope" in a for a in _attributes(th) if isinstance(a, pikepdf.Dictionary))
            for th in headers
        )
        named = cells and all(
            any("/Headers" in a for a in _attributes(td) if isinstance(a, pikepdf.Dictionary))
            for td in cells
        )
        if headers and not (scoped or named):
            found.append("table header cells have neither /Scope nor /Headers on the cells")
    return found


def _font_findings(pdf: Any) -> list[str]:
    found = set()
    for page in pdf.pages:
        fonts = (page.obj.get("/Resources") or {}).get("/Font") or {}
        for key, font in fonts.items():
            target = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                found.add(f"font {key} is not embedded")
            if "/ToUnicode" not in font and font.get("/Encoding") not in (
                Name.WinAnsiEncoding,
                Name.MacRomanEncoding,
                Name.StandardEncoding,
            ):
                found.add(f"font {key} has no Unicode mapping")
    return sorted(found)


def pdfua_findings(path: Path) -> list[str]:
    """Every breach of the rules above; [] when none."""
    with pikepdf.open(io.BytesIO(path.read_bytes())) as pdf:
        root = pdf.Root
        found: list[str] = []
        mark = root.get("/MarkInfo")
        if mark is None or not bool(mark.get("/Marked", False)):
            found.append("/MarkInfo /Marked is not true")
        if mark is not None and bool(mark.get("/Suspects", False)):
            found.append("/MarkInfo /Suspects is true")
        if "/Lang" not in root or not str(root.Lang).strip():
            found.append("no /Lang")
        prefs = root.get("/ViewerPreferences")
        if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
            found.append("DisplayDocTitle is not true")
        meta = pdf.open_metadata()
        if meta.get("pdfuaid:part") != "1":
            found.append("no pdfuaid:part 1 in XMP")
        if not meta.get("dc:title"):
            found.append("no dc:title in XMP")
        if "/StructTreeRoot" not in root:
            return [*found, "no structure tree"]
        tree = _Tree(pdf)
        return (
            found + _content_findings(pdf, tree) + _structure_findings(tree) + _font_findings(pdf)
        )

"""The one A4 page frame of every PDF the product writes: summaries, meeting packets and the
citizen's access log (issue 32; before, each module set up its own).

It holds what the documents share: the embedded fonts (DejaVu) and paragraph styles, the
margins, the letterhead over the title, the document information (author, creator, language)
and the footer with the page numbers. The footer is drawn as a pagination artifact (a marked
content sequence, ISO 32000-1 14.8.2.2), so that assistive technology skips it and the
meeting packet can take a summary's own numbers off its copy and number the packet once
(`strip_pagination`). The access log, which must be tagged and is laid out by Typst (see
access_log.py), uses the same measures (margins, footer line, letterhead, fonts).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
AUTHOR = "Taskforcen, Københavns Kommune"
CREATOR = "Udsat Desktop"
LANG = "da-DK"
LETTERHEAD = "Københavns Kommune · Taskforce for udsatte ledige"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm  # left and right
TOP = 18 * mm
BOTTOM = 20 * mm
FOOTER_Y = 10 * mm  # baseline of the footer line
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GREY = colors.HexColor("#444444")
NAVY = colors.HexColor("#1f3a5f")
# the marked-content tag around the footer (ISO 32000-1 14.8.2.2.2: a pagination artifact)
PAGINATION_BEGIN = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
PAGINATION_END = "EMC"


@cache
def fonts() -> None:
    folder = resources.files("udsat_desktop.resources") / "fonts"
    for name in (FONT, BOLD):
        with resources.as_file(folder / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def font_path(name: str) -> str:
    return str(resources.files("udsat_desktop.resources") / "fonts" / f"{name}.ttf")


def stamp_font_path() -> str:
    """The font of the visible signature stamp (see packaging/make_stamp_font.py)."""
    return font_path("UdsatStampSans")


@cache
def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20),
        # a heading never ends a page: it goes with what follows it
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
            textColor=NAVY,
            keepWithNext=1,
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontName=BOLD, fontSize=9, leading=12, embeddedHyphenation=1
        ),
        "tabletitle": ParagraphStyle(
            "tabletitle",
            parent=base,
            fontName=BOLD,
            fontSize=9,
            leading=12,
            keepWithNext=1,
            spaceBefore=5,
            spaceAfter=1,
        ),
        "question": ParagraphStyle(
            "question", parent=base, fontName=BOLD, fontSize=9, leading=12, keepWithNext=1
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        # a word breaks only where it must (wider than its column), at a Danish hyphenation
        # point (soft hyphens put in by pdf._hyphenate), never in the middle of a syllable
        "cell": ParagraphStyle(
            "cell", parent=base, fontSize=8.5, leading=11, embeddedHyphenation=1
        ),
        "remark": ParagraphStyle(
            "remark",
            parent=base,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#333333"),
            embeddedHyphenation=1,
        ),
        # the summary's part A / part B headings: a band across the page, never at a page end
        "part": ParagraphStyle(
            "part",
            parent=base,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=14,
            spaceAfter=4,
            keepWithNext=1,
            textColor=colors.white,
            backColor=NAVY,
            borderPadding=(3, 4, 3, 4),
        ),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    markup = escape(text).replace("\n", "<br/>")
    if style.name in _TEMPLATE_STYLES:
        return Paragraph(markup, style, frags=[f.clone() for f in _parsed(markup, style)])
    if text and markup == text and text.strip() == text and "  " not in text:
        # plain one-paragraph text (no line breaks, no &, <, >): one fragment in the style, as
        # the markup parser would make it, without running it (byte-identical; see the tests)
        frag = _parsed("x", style)[0].clone()
        frag.text = text
        return Paragraph(markup, style, frags=[frag])
    return Paragraph(markup, style)


_TEMPLATE_STYLES = frozenset({"label", "question", "h2", "title", "small", "tabletitle"})


@lru_cache(maxsize=2048)
def _parsed(markup: str, style: ParagraphStyle) -> list[Any]:
    """Headings and questions come from the template and repeat in every summary of a batch:
    parse their markup once. (Answers are parsed each time.) The output is byte-identical."""
    from reportlab.platypus.paraparser import ParaParser

    _style, frags, _bullet = ParaParser().parse(markup, style)
    return list(frags)


def keep_together(text: str) -> str:
    """Spaces that never break a line: a date ("3. december 2026") or a time slot stays whole."""
    return text.replace(" ", "\xa0")


_OUTLINE_LEVELS = {"title": 0, "part": 1, "h2": 1}


class _Outlined(SimpleDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    """Bookmarks: one per heading (title, part, h2), nested by level."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Paragraph):
            return
        level = _OUTLINE_LEVELS.get(flowable.style.name)
        if level is None:
            return
        if level > 0 and not self._outlined:
            return  # no bookmark under a document without a title bookmark
        text = flowable.getPlainText().replace("\xad", "")
        key = f"h{len(self._outlined)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self._outlined.append(key)


def document(
    buf: io.BytesIO,
    title: str,
    *,
    bottom: float = BOTTOM,
    subject: str | None = None,
    keywords: str | None = None,
    bookmarks: bool = True,
) -> SimpleDocTemplate:
    """An A4 document with the frame's margins and document information."""
    fonts()
    kind = _Outlined if bookmarks else SimpleDocTemplate
    doc = kind(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=bottom,
        title=title,
        author=AUTHOR,
        subject=subject or "",
        creator=CREATOR,
        keywords=keywords or "",
        lang=LANG,
        initialFontName=FONT,
        displayDocTitle=1,
    )
    doc._outlined = []
    return doc


def letterhead(title: str) -> list[Flowable]:
    """The letterhead line and the document's title."""
    st = styles()
    return [para(LETTERHEAD, st["small"]), para(title, st["title"])]


def draw_footer(canvas: Canvas, left: str, right: str) -> None:
    """The footer line, as a pagination artifact."""
    canvas.saveState()
    canvas.addLiteral(PAGINATION_BEGIN)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    if left:
        canvas.drawString(MARGIN, FOOTER_Y, left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, right)
    canvas.addLiteral(PAGINATION_END)
    canvas.restoreState()


def page_of(number: int, total: int) -> str:
    return f"Side {number} af {total}"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds pages back until the end so every footer can say "Side X af Y" in one pass.
    `last_page` draws what belongs on the last page only (the summary's signature boxes);
    `numbering(n, total)` overrides the right-hand text (the packet numbers its agenda in
    the packet's own count)."""

    def __init__(
        self,
        *args: Any,
        footer: str,
        last_page: Callable[[Canvas], None] | None = None,
        numbering: Callable[[int, int], str] = page_of,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._last_page = last_page
        self._numbering = numbering
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            number = self.getPageNumber()
            draw_footer(self, self._footer, self._numbering(number, total))
            if number == total and self._last_page is not None:
                self._last_page(self)
            super().showPage()
        super().save()


def numbered(
    footer: str,
    last_page: Callable[[Canvas], None] | None = None,
    numbering: Callable[[int, int], str] = page_of,
) -> Callable[..., NumberedCanvas]:
    """The `canvasmaker` for `doc.build`."""
    return lambda *a, **k: NumberedCanvas(
        *a, footer=footer, last_page=last_page, numbering=numbering, **k
    )


def pdf_date(when: dt.datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm')."""
    offset = when.strftime("%z") or "+0000"
    return f"D:{when:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def strip_pagination(pdf: bytes) -> bytes:
    """The same pages without their footers (pagination artifacts): for copies that are
    numbered anew (the meeting packet). Content outside the artifacts is left as it is."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            ops: list[Any] = list(pikepdf.parse_content_stream(page))
            kept: list[Any] = []
            depth = 0
            for operands, operator in ops:
                name = str(operator)
                if depth:
                    depth += {"BDC": 1, "BMC": 1, "EMC": -1}.get(name, 0)
                    continue
                if (
                    name == "BDC"
                    and operands[0] == pikepdf.Name.Artifact
                    and isinstance(operands[1], pikepdf.Dictionary)
                    and operands[1].get("/Type") == pikepdf.Name.Pagination
                ):
                    depth = 1
                    continue
                kept.append((operands, operator))
            if len(kept) != len(ops):
                page.Contents = doc.make_stream(pikepdf.unparse_content_stream(kept))
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()

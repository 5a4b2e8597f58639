"""Printing summaries and meeting packets: Qt's print dialog with a preview, pages rendered
from the PDF with QtPdf at the printer's resolution. Every print is audited."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.meetings import summary_pdf
from udsat_desktop.ui.common.i18n import fill, translate

log = logging.getLogger(__name__)


class PdfPrintJob:
    """Paints the pages of one PDF onto a printer (or the preview's printer)."""

    def __init__(self, pdf: Path | bytes) -> None:
        self.document = QPdfDocument()
        if isinstance(pdf, bytes):  # a signed summary from the encrypted store: never on disk
            self._buffer = QBuffer()
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            error = self.document.error()
        else:
            error = self.document.load(str(pdf))
        if error != QPdfDocument.Error.None_:
            raise OSError(
                fill(translate("Printing", "PDF'en kan ikke åbnes til udskrift (%1)"), error.name)
            )
        self.pages_printed = 0

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("Printing", "Printeren kan ikke startes"))
        try:
            # 300 dpi is print quality for text; a 1,200 dpi printer would otherwise get a
            # 140-megapixel image per page
            dpi = min(printer.resolution(), 300)
            first, last = 0, self.page_count - 1
            if printer.printRange() == QPrinter.PrintRange.PageRange:
                first = max(0, printer.fromPage() - 1)
                last = min(last, printer.toPage() - 1)
            self.pages_printed = 0
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                pixels = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
                image = self.document.render(index, pixels)
                target = painter.viewport()
                fitted = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # the paint engine scales (and a PDF/PostScript engine keeps the 300 dpi image)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
                self.pages_printed += 1
        finally:
            painter.end()


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setPageSize(printer.pageLayout().pageSize())
    return printer


def audit_print(
    db: Any, profile: Any, pdf: Path, pages: int, printer: QPrinter, cases: list[int] | None = None
) -> None:
    """A print is an access to every case in it (`cases`: their ids)."""

    audit.append_now(
        db,
        profile.user_id,
        "print",
        None,
        file=pdf.name,
        pages=pages,
        copies=printer.copyCount(),
        printer=printer.printerName() or "pdf",
        cases=audit.case_ids(cases or []),
    )
    log.info("printed %d pages", pages)


def print_pdf(
    parent: QWidget | None,
    db: Any,
    profile: Any,
    pdf: Path | bytes,
    *,
    preview: bool = True,
    name: str = "",
    cases: list[int] | None = None,
) -> QPrintPreviewDialog | QPrintDialog:
    """Open the preview (or the plain print dialog); printing from it is audited. Returns the
    dialog, shown non-modally so the window stays usable. `pdf` is a file or, for a signed
    summary read from the encrypted store, its bytes with `name` for the title and the log."""
    job = PdfPrintJob(pdf)
    printer = make_printer()
    pdf = Path(name) if isinstance(pdf, bytes) else pdf
    printer.setDocName(pdf.stem)

    def paint(target: QPrinter) -> None:
        job.paint(target)

    dialog: QPrintPreviewDialog | QPrintDialog
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(fill(translate("Printing", "Udskriv – %1"), pdf.name))
        dialog.paintRequested.connect(paint)
        dialog.accepted.connect(
            lambda: audit_print(db, profile, pdf, job.pages_printed, printer, cases)
        )
    else:
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, job.page_count)

        def accepted() -> None:
            job.paint(printer)
            audit_print(db, profile, pdf, job.pages_printed, printer, cases)

        dialog.accepted.connect(accepted)
    dialog.setProperty("job", job)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def print_to(
    printer: QPrinter,
    db: Any,
    profile: Any,
    pdf: Path | bytes,
    name: str = "",
    cases: list[int] | None = None,
) -> int:
    """Print without a dialog (tests, and 'print again'); returns the pages printed."""
    job = PdfPrintJob(pdf)
    job.paint(printer)
    audit_print(
        db,
        profile,
        Path(name) if isinstance(pdf, bytes) else pdf,
        job.pages_printed,
        printer,
        cases,
    )
    return job.pages_printed


def local_printable(
    db: Any, paths: Any, share: Path | None, case_key: str, review_key: str
) -> bytes | None:
    """On a worker: the signed summary's bytes from the encrypted store (a colleague's once
    the coordinator's ingest has unsealed it), so no plain copy is written to disk and the
    share, whose copies are sealed, is never read for it."""

    return summary_pdf(db, paths, None, case_key, review_key)

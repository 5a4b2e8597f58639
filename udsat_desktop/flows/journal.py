"""Journal export (journalisering): every signed review's PDF/A summary plus a manifest in CSV
and JSON that a case system's bulk import reads.

One row per signed review (own reviews and those ingested from the team): CPR, name, case key,
document title, review date, signer(s), the verification verdict, the PAdES level and the
SHA-256 of the exported file; a CSV cell a spreadsheet would take for a formula is kept as text
(`core.spreadsheet`). The export is written to a new folder atomically file by file
and is audited per case (action "export", kind "journalisering"), so it appears in the
citizen's access log. Coordinators only.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from udsat_desktop.core.auditlog import EXPORT_JOURNAL
from udsat_desktop.core.errors import UserError
from udsat_desktop.core.spreadsheet import csv_row
from udsat_desktop.core.status import require_coordinator
from udsat_desktop.core.text import Msg
from udsat_desktop.platform.fsutil import write_atomic
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports.signing import verify_pdf
from udsat_desktop.reports.verdicts import SignatureReport, Verdict
from udsat_desktop.reports.verify import SEVERITY
from udsat_desktop.store import audit_append as audit
from udsat_desktop.store.db import Database
from udsat_desktop.store.meetings import summary_pdf
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.versions import journal_documents
from udsat_desktop.sync.roster.certs import local_trust

COLUMNS = (
    "cpr",
    "navn",
    "sagsnoegle",
    "gennemgang",
    "dokumenttitel",
    "dokumentdato",
    "underskrivere",
    "verifikation",
    "pades_niveau",
    "pdfa",
    "fil",
    "sha256",
)


class JournalError(UserError):
    """One Danish sentence for the user."""


@dataclass(frozen=True)
class JournalRow:
    cpr: str
    navn: str
    sagsnoegle: str
    gennemgang: str
    dokumenttitel: str
    dokumentdato: str
    underskrivere: str
    verifikation: str
    pades_niveau: str
    pdfa: str
    fil: str
    sha256: str


@dataclass(frozen=True)
class NotExported:
    """A document that was not exported, and why (Danish): only an intact document whose every
    signature is by a member the roster knows reaches the case system."""

    sagsnoegle: str
    gennemgang: str
    verifikation: str
    underskrivere: str
    reason: str


@dataclass(frozen=True)
class JournalResult:
    folder: Path
    rows: list[JournalRow]
    missing: list[str]  # case keys whose signed PDF could not be found
    not_exported: list[NotExported] = field(default_factory=list)


def _title(pdf: bytes, case_key: str) -> tuple[str, bool]:
    """The document's title and whether it declares PDF/A (summaries signed before PDF/A came
    in are exported as they are: a signature cannot be kept across a conversion)."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            title = str(doc.docinfo.get("/Title", "")) or f"Gennemgang af sag {case_key}"
            meta = doc.open_metadata()
            return title, bool(meta.pdfa_status)
    except Exception:
        return f"Gennemgang af sag {case_key}", False


def export_journal(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    out_dir: Path,
    since: dt.date | None = None,
) -> JournalResult:
    require_coordinator(profile.role, "eksportere til journalisering")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(
            Msg("Mappen kan ikke oprettes: {strerror}", strerror=exc.strerror)
        ) from None
    trusted = local_trust(paths)
    rows: list[JournalRow] = []
    missing: list[str] = []
    not_exported: list[NotExported] = []
    for case_id, cpr, name, case_key, review_key, date in journal_documents(db, since):
        pdf = summary_pdf(db, paths, share, case_key, review_key)
        if pdf is None:
            missing.append(case_key)
            continue
        reports = verify_pdf(pdf, trusted)
        verdicts = {r.verdict for r in reports}
        verdict = next(v for v in SEVERITY if v in verdicts)  # the worst signature's
        if verdict is not Verdict.TRUSTED:
            # filed under the citizen's CPR and name, a document must be what named colleagues
            # signed: anything else is listed apart with the reason, never exported
            not_exported.append(
                NotExported(
                    case_key,
                    review_key,
                    verdict.value,
                    "; ".join(r.signer for r in reports if r.signer),
                    _not_trusted_reason(verdict, reports),
                )
            )
            continue
        title, pdfa = _title(pdf, case_key)
        file_name = f"{case_key}_{review_key}.pdf"
        write_atomic(out_dir / file_name, pdf, mode=0o600)
        levels = sorted({r.level for r in reports if r.level})
        rows.append(
            JournalRow(
                cpr=cpr,
                navn=name,
                sagsnoegle=case_key,
                gennemgang=review_key,
                dokumenttitel=title,
                dokumentdato=date.isoformat(),
                underskrivere="; ".join(r.signer for r in reports if r.signer),
                verifikation=verdict.value,
                pades_niveau=", ".join(levels),
                pdfa="ja" if pdfa else "nej",
                fil=file_name,
                sha256=hashlib.sha256(pdf).hexdigest(),
            )
        )
        audit.append_now(
            db, profile.user_id, "export", case_id, kind=EXPORT_JOURNAL, review=review_key
        )
    text = io.StringIO(newline="")
    # `;` between fields: the list separator of a Danish Windows, which Excel splits on when
    # the file is opened (a comma-separated file lands in one column there)
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    # a name (or any text) that Excel would take for a formula stays text: a leading apostrophe
    writer.writerows(csv_row(getattr(row, c) for c in COLUMNS) for row in rows)
    # UTF-8 with a byte-order mark: Excel and most bulk importers read æ, ø, å right
    write_atomic(out_dir / "manifest.csv", ("\ufeff" + text.getvalue()).encode("utf-8"), mode=0o600)
    write_atomic(
        out_dir / "manifest.json",
        json.dumps(
            {
                "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "since": since.isoformat() if since else None,
                "documents": [asdict(r) for r in rows],
                "not_exported": [asdict(r) for r in not_exported],
            },
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8"),
        mode=0o600,
    )
    return JournalResult(out_dir, rows, missing, not_exported)


_WHY = {
    Verdict.UNKNOWN_SIGNER: Msg("underskriveren er ikke på teamets holdliste"),
    Verdict.REVOKED_SIGNER: Msg("underskriveren er tilbagekaldt fra teamet"),
    Verdict.MODIFIED: Msg("dokumentet er ændret efter underskrift"),
    Verdict.UNSIGNED: Msg("dokumentet er ikke underskrevet"),
    Verdict.UNCHECKED: Msg("underskriften kunne ikke kontrolleres"),
}


def _not_trusted_reason(verdict: Verdict, reports: list[SignatureReport]) -> str:
    detail = next((r.reason for r in reports if r.verdict is verdict and r.reason), "")
    why = _WHY.get(verdict) or Msg("dokumentet er ikke intakt med en kendt underskriver")
    return Msg("{why} ({detail})", why=why, detail=detail) if detail else why

"""Sync through the shared folder: publish who I am, push the outbox, claim cases, pull and
make assignments, and (coordinators) ingest every reviewer's records.

Each step works on what is reachable and records what it could not do; nothing local is given
up until the share holds a verified copy. The layout is in ARCHITECTURE.md.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import secrets
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from udsat_desktop.core.danish import sort_key
from udsat_desktop.core.status import CaseStatus, Role
from udsat_desktop.paths import AppPaths
from udsat_desktop.store import audit
from udsat_desktop.store.bulk import insert_cases
from udsat_desktop.store.db import Database
from udsat_desktop.store.models import (
    Case,
    Claim,
    IngestedRecord,
    PulledAssignment,
    Reviewer,
    Secret,
    SyncFile,
    utcnow,
)
from udsat_desktop.store.queue import Profile
from udsat_desktop.sync import sealed
from udsat_desktop.sync.pending import pending_count, pending_files, sent_folder
from udsat_desktop.sync.share import (
    ShareError,
    WriteOnceConflict,
    check_share,
    ensure_layout,
    file_sha256,
    is_part,
    publish_once,
    publish_replace,
    remove_stale_parts,
)

log = logging.getLogger(__name__)

ENCRYPTION_SECRET = "x25519_private"
RECORD_FORMAT = "udsat-review-record/1"
ASSIGNMENT_FORMAT = "udsat-assignment/1"


class NotAllowed(Exception):
    """A coordinator-only action attempted by a reviewer."""


def require_coordinator(profile: Profile, what: str) -> None:
    if profile.role is not Role.COORDINATOR:
        raise NotAllowed(f"Kun en koordinator kan {what}.")


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# ----------------------------------------------------------------------------- identity


def encryption_key(db: Database) -> bytes:
    """This installation's X25519 private key, made on first use, kept in the database."""
    with db.session() as s:
        row = s.get(Secret, ENCRYPTION_SECRET)
        if row is None:
            row = Secret(name=ENCRYPTION_SECRET, value=sealed.new_private_key())
            s.add(row)
        return bytes(row.value)


def publish_identity(db: Database, paths: AppPaths, profile: Profile, share: Path) -> None:
    """reviewers/<user>.json (name, organisation, role, public encryption key) and every
    certificate of mine (<user>-<fingerprint>.crt; old ones stay, so old signatures verify)."""
    from udsat_desktop.sync.outbox import trust_folder

    public = sealed.public_of(encryption_key(db))
    info = {"format": "udsat-reviewer/1", "user_id": profile.user_id, "name": profile.name,
            "initials": profile.initials, "organisation": profile.organisation.value,
            "role": profile.role.value,
            "x25519_public": base64.b64encode(public).decode("ascii")}
    target = share / "reviewers" / f"{profile.user_id}.json"
    data = json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8")
    if not target.exists() or target.read_bytes() != data:
        publish_replace(target, data)
    own = trust_folder(paths) / f"{profile.user_id}.crt"
    if own.exists():
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        pem = own.read_bytes()
        fingerprint = x509.load_pem_x509_certificate(pem).fingerprint(hashes.SHA256()).hex()
        publish_once(share / "reviewers" / f"{profile.user_id}-{fingerprint[:16]}.crt", pem)


def refresh_trust(db: Database, paths: AppPaths, share: Path) -> int:
    """Copy the team's certificates into the local trust list and learn the team's members."""
    from cryptography import x509

    from udsat_desktop.fsutil import write_atomic
    from udsat_desktop.sync.outbox import trust_folder

    folder = trust_folder(paths)
    folder.mkdir(parents=True, exist_ok=True)
    added = 0
    for path in sorted((share / "reviewers").glob("*.crt")):
        if is_part(path):
            continue
        local = folder / path.name
        try:
            pem = path.read_bytes()
            x509.load_pem_x509_certificate(pem)
        except (OSError, ValueError):
            log.warning("certificate %s on the share is unreadable; skipped", path.name)
            continue
        if not local.exists() or local.read_bytes() != pem:
            write_atomic(local, pem, mode=0o644)
            added += 1
    with db.session() as s:
        for member in team(share):
            s.merge(Reviewer(user_id=member["user_id"], name=member["name"],
                             initials=member["initials"],
                             organisation=member["organisation"]))
    return added


def team(share: Path) -> list[dict[str, Any]]:
    members = []
    for path in sorted((share / "reviewers").glob("*.json")):
        if is_part(path):
            continue
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
            if info.get("format") == "udsat-reviewer/1" and info.get("user_id") == path.stem:
                base64.b64decode(info["x25519_public"], validate=True)
                members.append(info)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("reviewer file %s on the share is unreadable; skipped", path.name)
    return members


# ----------------------------------------------------------------------------- outbox


@dataclass
class SyncReport:
    reachable: bool = True
    problem: str = ""
    published: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    claim_clashes: list[str] = field(default_factory=list)
    claims_confirmed: int = 0
    assignments: int = 0
    assigned_cases: int = 0
    pending: int = 0

    @property
    def ok(self) -> bool:
        return self.reachable and not self.failed and not self.conflicts

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["ok"] = self.ok
        return data


def targets_of(record: dict[str, Any]) -> tuple[str, str]:
    """Where a review's PDF and record go on the share (relative paths)."""
    year = str(record["review_date"])[:4]
    case_key, review_id = record["case_key"], record["review_id"]
    for part in (year, case_key, review_id):
        if not part or "/" in part or "\\" in part or part.startswith("."):
            raise ValueError("unsafe name in record")
    return f"summaries/{year}/{case_key}/{review_id}.pdf", f"records/{review_id}.json"


def push_outbox(db: Database, paths: AppPaths, share: Path, report: SyncReport) -> None:
    """Each record and its PDF: PDF first, record after, so a record on the share always has
    its complete PDF; the local pair moves to outbox/sendt only when both are verified."""
    for folder in ("records", "summaries"):
        remove_stale_parts(share / folder)
    remove_stale_parts(paths.outbox, suffix=".tmp")  # a signature interrupted mid-write
    for record_path in [p for p in pending_files(paths) if p.suffix == ".json"]:
        pdf_path = record_path.with_suffix(".pdf")
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
            pdf_target, record_target = targets_of(record)
        except (OSError, ValueError, KeyError) as exc:
            report.failed.append((record_path.name, f"ulæselig post i udbakken ({exc})"))
            continue
        if not pdf_path.exists():
            report.failed.append((record_path.name, "PDF'en mangler i udbakken"))
            continue
        ok = True
        for local, target in ((pdf_path, pdf_target), (record_path, record_target)):
            ok = ok and _push_one(db, local, share, target, report)
        if ok:
            sent = sent_folder(paths)
            sent.mkdir(parents=True, exist_ok=True)
            for local in (pdf_path, record_path):
                local.replace(sent / local.name)
            _mark_case_synced(db, record.get("case_key", ""), record.get("review_id", ""))


def _push_one(db: Database, local: Path, share: Path, target: str, report: SyncReport) -> bool:
    data = local.read_bytes()
    digest = file_sha256(local)
    state, message = "synkroniseret", None
    try:
        if publish_once(share / target, data):
            report.published.append(target)
        else:
            report.already_there.append(target)
    except WriteOnceConflict as exc:
        state, message = "konflikt", str(exc)
        report.conflicts.append((local.name, str(exc)))
    except ShareError as exc:
        state, message = "venter", str(exc)
        report.failed.append((local.name, str(exc)))
    with db.session() as s:
        row = s.get(SyncFile, local.name) or SyncFile(name=local.name, target=target,
                                                      sha256=digest, state=state, attempts=0)
        s.add(row)
        row.state, row.message, row.sha256, row.target = state, message, digest, target
        row.attempts = (row.attempts or 0) + 1
        row.last_attempt = utcnow()
        if state == "synkroniseret":
            row.synced_at = utcnow()
    return state == "synkroniseret"


def _mark_case_synced(db: Database, case_key: str, review_id: str) -> None:
    with db.session() as s:
        case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
        if case is not None and case.status == CaseStatus.UNDERSKREVET.value:
            case.status = CaseStatus.SYNKRONISERET.value
            audit.append(s, "system", "sync", case.id, review=review_id)


def sync_log(db: Database) -> list[SyncFile]:
    with db.read_session() as s:
        return list(s.scalars(select(SyncFile).order_by(SyncFile.last_attempt.desc())))


# ----------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class ClaimResult:
    state: str            # held | queued | clash | second
    holder: str | None = None
    holder_claimed_at: str | None = None

    @property
    def taken_by_other(self) -> bool:
        return self.state == "clash"


def _claim_blob(case_key: str, user_id: str, at: str) -> bytes:
    return json.dumps({"format": "udsat-claim/1", "case_key": case_key, "user_id": user_id,
                       "claimed_at": at}).encode("utf-8")


def _read_claim(path: Path) -> tuple[str | None, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data["user_id"]), str(data.get("claimed_at") or "")
    except (OSError, ValueError, KeyError, TypeError):
        return None, None


def claim_case(db: Database, profile: Profile, case_key: str, share: Path | None, *,
               second: bool = False) -> ClaimResult:
    """Claim a case before reviewing it. Online: an exclusive create in claims/; the first
    reviewer wins. Offline: queued and checked at the next sync. `second` records that the
    user goes on as an explicit second review of a case someone else holds."""
    with db.session() as s:
        row = s.get(Claim, case_key)
        if row is not None and row.state in ("held", "second"):
            return ClaimResult(row.state, row.holder, row.holder_claimed_at)
        if row is not None and row.state == "clash" and second:
            row.state = "second"
            audit.append(s, profile.user_id, "claim_second", None, case_key=case_key)
            return ClaimResult("second", row.holder, row.holder_claimed_at)
        at = row.claimed_at if row is not None else _now_iso()
        if row is None:
            row = Claim(case_key=case_key, user_id=profile.user_id, claimed_at=at,
                        state="queued")
            s.add(row)
    result = _try_claim(db, profile, case_key, share, second=second)
    return result


def _try_claim(db: Database, profile: Profile, case_key: str, share: Path | None, *,
               second: bool = False) -> ClaimResult:
    with db.session() as s:
        row = s.get(Claim, case_key)
        assert row is not None
        state, holder, holder_at = "queued", None, None
        if share is not None:
            target = share / "claims" / f"{case_key}.json"
            try:
                try:
                    publish_once(target, _claim_blob(case_key, profile.user_id, row.claimed_at))
                    state, holder, holder_at = "held", profile.user_id, row.claimed_at
                except WriteOnceConflict:
                    holder, holder_at = _read_claim(target)
                    mine = holder == profile.user_id
                    state = "held" if mine else ("second" if second else "clash")
            except ShareError:
                state = "queued"
        row.state, row.holder, row.holder_claimed_at = state, holder, holder_at
        row.checked_at = utcnow() if state != "queued" else row.checked_at
        if state in ("held", "clash", "second"):
            audit.append(s, profile.user_id, f"claim_{state}", None, case_key=case_key)
        return ClaimResult(state, holder, holder_at)


def check_queued_claims(db: Database, profile: Profile, share: Path,
                        report: SyncReport) -> None:
    with db.read_session() as s:
        queued = list(s.scalars(select(Claim.case_key).where(Claim.state == "queued")))
    for case_key in queued:
        result = _try_claim(db, profile, case_key, share)
        if result.state == "held":
            report.claims_confirmed += 1
        elif result.state == "clash":
            report.claim_clashes.append(case_key)


def claim_clashes(db: Database) -> list[Claim]:
    with db.read_session() as s:
        return list(s.scalars(select(Claim).where(Claim.state == "clash")))


# ----------------------------------------------------------------------------- assignments

_CASE_FIELDS = ("case_key", "cpr", "name", "benefit_type", "unemployment_pct", "caseworker",
                "jobcenter_unit", "sof_contact", "homeless", "substance_abuse",
                "mental_illness", "close_to_clarification", "priority", "deadline",
                "start_date", "note")


def assign_cases(db: Database, profile: Profile, share: Path, to_user: str,
                 case_keys: Iterable[str]) -> tuple[Path, int]:
    """Assign cases to a reviewer: locally, and as a file only that reviewer can open."""
    require_coordinator(profile, "tildele sager")
    keys = list(dict.fromkeys(case_keys))
    member = next((m for m in team(share) if m["user_id"] == to_user), None)
    if member is None:
        raise ShareError(f"{to_user} har ikke offentliggjort en nøgle på fællesmappen endnu "
                         "(de skal synkronisere én gang først)")
    with db.session() as s:
        rows = list(s.scalars(select(Case).where(Case.case_key.in_(keys))))
        missing = sorted(set(keys) - {r.case_key for r in rows})
        if missing:
            raise ValueError(f"Ukendte sagsnøgler: {', '.join(missing)}")
        cases = [{f: _plain(getattr(r, f)) for f in _CASE_FIELDS} for r in rows]
    batch = f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
    header = {"format": ASSIGNMENT_FORMAT, "batch": batch, "to": to_user,
              "from": profile.user_id, "created": _now_iso()}
    blob = sealed.seal(base64.b64decode(member["x25519_public"]),
                       json.dumps({"cases": cases}, ensure_ascii=False).encode("utf-8"), header)
    target = share / "assignments" / to_user / f"{batch}.json"
    publish_once(target, blob)
    from udsat_desktop.store.cases import assign

    assign(db, [r.id for r in rows], to_user)
    with db.session() as s:
        for r in rows:
            audit.append(s, profile.user_id, "assign", r.id, to=to_user, batch=batch)
    return target, len(rows)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def pull_assignments(db: Database, profile: Profile, share: Path, report: SyncReport) -> None:
    """Bring my assignments into the local queue ("Hent mine sager"); each batch once."""
    folder = share / "assignments" / profile.user_id
    if not folder.is_dir():
        return
    private = encryption_key(db)
    with db.read_session() as s:
        done = set(s.scalars(select(PulledAssignment.name)))
    for path in sorted(folder.glob("*.json")):
        if is_part(path) or path.name in done:
            continue
        try:
            header, plain = sealed.open_sealed(private, path.read_bytes())
            if header.get("to") != profile.user_id:
                raise sealed.SealError("tildelt en anden bruger")
            cases = json.loads(plain)["cases"]
        except (OSError, sealed.SealError, ValueError, KeyError) as exc:
            report.failed.append((path.name, f"tildelingen kan ikke læses: {exc}"))
            continue
        count = _take_cases(db, profile, cases, header)
        with db.session() as s:
            s.add(PulledAssignment(name=path.name, cases=count))
        report.assignments += 1
        report.assigned_cases += count


def _take_cases(db: Database, profile: Profile, cases: list[dict[str, Any]],
                header: dict[str, Any]) -> int:
    def date(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    with db.session() as s:
        known = {c.case_key: c for c in s.scalars(
            select(Case).where(Case.case_key.in_([c["case_key"] for c in cases])))}
        new_rows = []
        for item in cases:
            values = {f: item.get(f) for f in _CASE_FIELDS}
            values["deadline"], values["start_date"] = (date(values["deadline"]),
                                                         date(values["start_date"]))
            row = known.get(item["case_key"])
            if row is None:
                values.update(name_sort=sort_key(values["name"]),
                              status=CaseStatus.TILDELT.value,
                              assigned_reviewer=profile.user_id, created_at=utcnow(),
                              updated_at=utcnow())
                new_rows.append(values)
                continue
            row.assigned_reviewer = profile.user_id
            if row.status == CaseStatus.NY.value:
                row.status = CaseStatus.TILDELT.value
        if new_rows:
            insert_cases(s, new_rows)
        audit.append(s, profile.user_id, "pull_assignment", None, batch=header.get("batch"),
                     cases=len(cases), by=header.get("from"))
    return len(cases)


# ----------------------------------------------------------------------------- full sync


def sync(db: Database, paths: AppPaths, profile: Profile, share: Path | None) -> SyncReport:
    """One round: publish identity, refresh trust, claims, assignments, outbox."""
    report = SyncReport()
    try:
        check_share(share)
        assert share is not None
        ensure_layout(share)
        publish_identity(db, paths, profile, share)
        refresh_trust(db, paths, share)
        check_queued_claims(db, profile, share, report)
        pull_assignments(db, profile, share, report)
        push_outbox(db, paths, share, report)
    except ShareError as exc:
        report.reachable = False
        report.problem = str(exc)
    report.pending = pending_count(paths)
    with db.session() as s:
        audit.append(s, profile.user_id, "sync", None, published=len(report.published),
                     failed=len(report.failed), reachable=report.reachable)
    log.info("sync: %d published, %d failed, %d conflicts, reachable=%s",
             len(report.published), len(report.failed), len(report.conflicts),
             report.reachable)
    return report


# ----------------------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    modified: list[str] = field(default_factory=list)
    unknown_signer: list[str] = field(default_factory=list)
    unsigned: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    cases_updated: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.modified or self.unsigned or self.problems)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["ok"] = self.ok
        return data


_REQUIRED = ("review_id", "case_key", "review_date", "pdf_sha256", "reviewers", "template")


def ingest(db: Database, paths: AppPaths, profile: Profile, share: Path | None, *,
           full: bool = False) -> IngestReport:
    """Read every record on the share into the local store, verify its PDF (hash and
    signature), flag conflicting reviews of one case, and update case statuses. Incremental:
    a record whose file sizes and times (record and PDF) are unchanged since the last ingest is
    not read again, unless `full` asks for every PDF to be verified anew."""
    import time

    from udsat_desktop.reports.signing import Verdict, trust_list, verify_pdf
    from udsat_desktop.sync.outbox import trust_folder

    require_coordinator(profile, "indlæse gennemgange fra fællesmappen")
    started = time.perf_counter()
    check_share(share)
    assert share is not None
    report = IngestReport()
    with contextlib.suppress(ShareError):
        refresh_trust(db, paths, share)
    folder = share / "records"
    with db.read_session() as s:
        seen = {r.review_key: (r.pdf_path, r.source_size, r.source_mtime_ns)
                for r in s.execute(select(IngestedRecord.review_key, IngestedRecord.pdf_path,
                                          IngestedRecord.source_size,
                                          IngestedRecord.source_mtime_ns))}
    trusted = None
    touched_cases: set[str] = set()
    entries = sorted(folder.iterdir()) if folder.is_dir() else []
    for path in entries:
        if is_part(path) or path.suffix != ".json":
            continue
        known = seen.get(path.stem)
        try:
            stamp = _stamp(path, share / known[0] if known else None)
        except OSError:
            stamp = None
        if not full and known is not None and stamp is not None and known[1:] == stamp:
            report.unchanged += 1
            continue
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
                raise ValueError("ikke en gennemgangspost")
            missing = [k for k in _REQUIRED if k not in record]
            if missing:
                raise ValueError(f"mangler {', '.join(missing)}")
            if record["review_id"] != path.stem:
                raise ValueError("filnavnet passer ikke til posten")
            pdf_rel, _ = targets_of(record)
            pdf = (share / pdf_rel).read_bytes()
            stamp = _stamp(path, share / pdf_rel)
        except FileNotFoundError:
            report.problems.append((path.name, "PDF'en mangler på fællesmappen"))
            continue
        except (OSError, ValueError, KeyError, TypeError) as exc:
            report.problems.append((path.name, f"ulæselig post: {exc}"))
            continue
        import hashlib

        if hashlib.sha256(pdf).hexdigest() != record["pdf_sha256"]:
            verdict = Verdict.MODIFIED
        else:
            if trusted is None:
                trusted = trust_list(trust_folder(paths))
            reports = verify_pdf(pdf, trusted)
            verdicts = {r.verdict for r in reports}
            verdict = next((v for v in (Verdict.MODIFIED, Verdict.UNSIGNED,
                                        Verdict.UNKNOWN_SIGNER) if v in verdicts),
                           Verdict.TRUSTED)
        {Verdict.MODIFIED: report.modified, Verdict.UNSIGNED: report.unsigned,
         Verdict.UNKNOWN_SIGNER: report.unknown_signer}.get(verdict, []).append(
            record["review_id"])
        with db.session() as s:
            row = s.get(IngestedRecord, record["review_id"]) or IngestedRecord(
                review_key=record["review_id"])
            s.add(row)
            row.case_key = record["case_key"]
            row.reviewers = ",".join(str(r) for r in record["reviewers"])[:200]
            row.review_date = dt.date.fromisoformat(str(record["review_date"]))
            row.signed_at = record.get("signed_at")
            row.pdf_path, row.pdf_sha256 = pdf_rel, record["pdf_sha256"]
            row.verdict, row.conflict = verdict.name, False
            row.record = json.dumps(record, ensure_ascii=False)
            row.source_size, row.source_mtime_ns = stamp
            row.ingested_at = utcnow()
            audit.append(s, profile.user_id, "ingest", None, review=record["review_id"],
                         case_key=record["case_key"], verdict=verdict.name)
        report.new += 1
        touched_cases.add(record["case_key"])
    if touched_cases:
        report.cases_updated = _apply_to_cases(db, profile, touched_cases, report)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _stamp(record: Path, pdf: Path | None) -> tuple[int, int]:
    """What tells a re-ingest that a record or its PDF changed without reading either: their
    sizes and modification times together."""
    a = record.stat()
    if pdf is None:
        return a.st_size, a.st_mtime_ns
    b = pdf.stat()
    return a.st_size + b.st_size, max(a.st_mtime_ns, b.st_mtime_ns)


def _apply_to_cases(db: Database, profile: Profile, case_keys: set[str],
                    report: IngestReport) -> int:
    """Conflicts (two current reviews of one case, neither replacing the other) are flagged on
    both; a case with an intact, signed review becomes "Synkroniseret"."""
    updated = 0
    with db.session() as s:
        for case_key in sorted(case_keys):
            rows = list(s.scalars(select(IngestedRecord)
                                  .where(IngestedRecord.case_key == case_key)))
            replaced = {json.loads(r.record).get("replaces_review_id") for r in rows}
            current = [r for r in rows if r.review_key not in replaced]
            conflict = len(current) > 1
            for r in rows:
                r.conflict = conflict and r in current
            if conflict:
                report.conflicts.append(case_key)
            case = s.scalars(select(Case).where(Case.case_key == case_key)).first()
            good = any(r.verdict in ("TRUSTED", "UNKNOWN_SIGNER") for r in current)
            if case is not None and good and case.status in (
                    CaseStatus.NY.value, CaseStatus.TILDELT.value,
                    CaseStatus.UNDER_GENNEMGANG.value, CaseStatus.KLAR_TIL_UNDERSKRIFT.value,
                    CaseStatus.UNDERSKREVET.value):
                case.status = CaseStatus.SYNKRONISERET.value
                audit.append(s, profile.user_id, "status", case.id,
                             to=CaseStatus.SYNKRONISERET.value, by="ingest")
                updated += 1
    return updated


def ingested_for_case(db: Database, case_key: str) -> list[IngestedRecord]:
    with db.read_session() as s:
        return list(s.scalars(select(IngestedRecord).where(IngestedRecord.case_key == case_key)
                              .order_by(IngestedRecord.review_date)))


def copy_summary(share: Path, record: IngestedRecord, target: Path) -> None:
    shutil.copyfile(share / record.pdf_path, target)

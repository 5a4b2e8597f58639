"""A coordinator's intake: every reviewer's records and PDFs on the share, verified (in worker
processes when there are many), bound to their record and taken into the store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from udsat_desktop.core.status import require_coordinator
from udsat_desktop.core.text import Msg, message_of, reason_of
from udsat_desktop.platform.paths import AppPaths
from udsat_desktop.reports import verify_pool
from udsat_desktop.store import ingest_batch
from udsat_desktop.store import sync_state as state
from udsat_desktop.store import sync_work as work
from udsat_desktop.store.db import Database
from udsat_desktop.store.meetings import follow_latest
from udsat_desktop.store.published import forget_stored_pdf, ingested_as, owners
from udsat_desktop.store.queue import Profile
from udsat_desktop.store.signed_pdfs import ingested_without_pdf
from udsat_desktop.store.versions import open_conflict_keys
from udsat_desktop.sync import ingest_worker, refusals, sealed
from udsat_desktop.sync.decisions import exchange_decisions
from udsat_desktop.sync.identity import absorb_own_certificates, refresh_trust, signed_share_id
from udsat_desktop.sync.ingest_ltv import add_ltv_after_ingest
from udsat_desktop.sync.ingest_run import Progress, Told
from udsat_desktop.sync.keys import encryption_key
from udsat_desktop.sync.layout import KIND_SUMMARY
from udsat_desktop.sync.published_held import absorb_lists, compare_with_store, listed_before
from udsat_desktop.sync.record_listing import Budget, record_entries
from udsat_desktop.sync.report import IngestReport, _refuse, _refused, _rel, skip_known
from udsat_desktop.sync.roster.certs import trust_set as roster_trust_set
from udsat_desktop.sync.roster.pins import current
from udsat_desktop.sync.share.errors import HostileFile, ShareError
from udsat_desktop.sync.share.handles import session
from udsat_desktop.sync.share.marker import check_identity, check_share
from udsat_desktop.sync.share.read import read_share_file
from udsat_desktop.sync.trust import canonical, record_facts

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- ingest


_REQUIRED = ingest_worker.REQUIRED  # what a record must name (checked in sync/ingest_worker.py)


INGEST_PARALLEL_FROM = 150  # below this, starting worker processes costs more than it saves
BATCH = 100  # records kept in the store per transaction: a kill loses at most these
BATCH_S = 2.0  # ... or what was verified in this long, whichever comes first


def ingest(
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path | None,
    *,
    full: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IngestReport:
    """`_ingest` in one run of remembered refusals and a reading budget (sync/refusals.py).
    `progress(done, total, seconds_left)` is told after each batch kept; when `cancelled()`
    turns true the ingest keeps what it has verified and returns (`report.cancelled`): the
    next ingest goes on from there."""
    require_coordinator(profile.role, "indlæse gennemgange fra fællesmappen")
    check_share(share)
    assert share is not None
    with refusals.refusal_run(db, share, profile.user_id) as run:
        report = _ingest(
            db,
            paths,
            profile,
            share,
            full=full,
            workers=workers,
            progress=progress,
            cancelled=cancelled,
        )
    report.known_refusals, report.left_unread = len(run.known), dict(run.left_unread)
    return report


# Complexity (C901): the ingest pipeline (select, read, verify, store); each refusal is one early
# `continue`.
def _ingest(  # noqa: C901
    db: Database,
    paths: AppPaths,
    profile: Profile,
    share: Path,
    *,
    full: bool,
    workers: int | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IngestReport:
    """Read every record on the share into the local store, verify its PDF completely, bind
    the record to it, flag conflicting reviews of one case, and update case statuses.

    A record's facts count only as its signer's word: the record carries a signature by the
    key that signed its PDF, that key is the roster's for the member the record names as
    signer, every co-signature is by a reviewer the record names, and the PDF says (in the
    signed revision's keywords) which case and review it is. The first content seen under a
    review id is kept: different content later is a conflict, never an update. A summary by
    an unknown or revoked signer is kept and shown as such but does not count as reviewed.

    Incremental: a record whose file sizes and times (record and PDF) are unchanged since the
    last ingest is not read again, unless `full` asks for every PDF to be verified anew.
    Signature validation (pyHanko, ~20 ms a PDF) runs in worker processes when there are many
    records to read; records are stored in the order of the share."""
    started = time.perf_counter()
    check_identity(share, paths.config, signed_share_id(db, paths))
    report = IngestReport()
    with contextlib.suppress(ShareError):
        refresh_trust(db, paths, share, None, profile)
        absorb_own_certificates(db, paths, profile, share)
    held = current(paths)
    trust_set = roster_trust_set(held) if held else None

    with session():
        absorb_lists(db, held, share, report)  # whose each id is, before reading
    seen = work.ingested_stamps(db)
    private = encryption_key(db)  # sealed records and summaries are opened with it
    without_pdf = ingested_without_pdf(db)  # ingested before the store kept the PDFs
    todo: list[Path] = []  # records new or changed since the last ingest
    again: set[str] = set()  # unchanged records that `full` verifies anew: not new
    with session():
        entries = record_entries(share, report.problems)
        budget = Budget(db, share)
        for entry in entries:
            if skip_known(entry, share, report):
                continue  # refused before and unchanged: not read again (reported)
            path = entry.path
            known = seen.get(path.stem)
            try:
                stamp = _stamp(path, share / known[0] if known else None)
            except (OSError, ShareError):
                stamp = None
            if (
                known is not None
                and stamp is not None
                and known[1:] == stamp
                and path.stem not in without_pdf
            ):
                if not full:
                    report.unchanged += 1
                    continue
                again.add(path.stem)
            if budget.may_read(entry):
                todo.append(path)  # the rest: the next ingest (`left_unread`)

    told = Told(len(todo), progress)
    told.tell()

    def refuse(path: Path, reason: str) -> None:
        report.refused.append((path.name, reason))
        _refuse(db, None, _rel(share, path), reason, profile)

    def unreadable(path: Path, why: str, *, lasting: bool = True) -> None:
        """A record that cannot be read: reported; remembered unless the cause may pass."""
        report.problems.append((path.name, why))
        if lasting and (run := refusals.current()) is not None:
            run.note(_rel(share, path), why)

    def not_for_me(path: Path, why: str) -> None:
        """Sealed, but not to me (sealed before I joined the roster, or to another team):
        said in the report and the sync log, and the rest of the ingest goes on."""
        report.problems.append((path.name, why))
        _refused(db, None, _rel(share, path), why)

    def pdf_broken(pdf_rel: str, problem: str) -> None:
        """The record was read and its signature checked: what failed is its PDF."""
        report.problems.append(
            (
                Path(pdf_rel).name,
                Msg("PDF'en (resuméet) er beskadiget eller ulæselig: {problem}", problem=problem),
            )
        )

    # Complexity (C901): one early `return` per reason a record is refused, in the order they are
    # checked (the record's read, its opening and signature, its signer, its PDF, its id).
    def accepted(  # noqa: C901
        fetched: ingest_worker.Fetched, got: ingest_worker.Opened
    ) -> tuple[dict[str, Any], str, bytes, tuple[int, int], Any] | None:
        """A record read ahead and opened (sync/ingest_worker.py: unsealed, parsed, its own
        signature checked, its PDF opened and checked) judged against the roster and the
        store: (record, its PDF's path, the PDF, stamp, the PDF's verdict) to keep, or None
        when it is refused (each reason said and kept as before)."""
        path = fetched.path
        told.read += 1
        if got[0] == "read":
            try:
                assert fetched.error is not None
                raise fetched.error  # the read's own error, handled where it was before
            except HostileFile as exc:
                unreadable(path, str(exc))
                return None
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                why = Msg("ulæselig post: {problem}", problem=message_of(exc))
                unreadable(path, why, lasting=not isinstance(exc, OSError))
                return None
        if got[0] == "not_for_me":
            not_for_me(path, got[1])
            return None
        if got[0] == "unreadable":
            unreadable(path, got[1])
            return None
        if got[0] == "refused":
            refuse(path, got[1])
            return None
        _ok, record, cert_fp, pdf_rel, pdf_part = got
        facts = canonical(record_facts(record))  # what it says, before the marks added here
        member = held.signer_of_certificate(cert_fp) if held else None
        if member is not None and (
            record.get("signed_by") != member.user_id or member.user_id not in record["reviewers"]
        ):
            refuse(
                path,
                Msg(
                    "posten er afvist: den nævner ikke {user_id}, som underskrev den",
                    user_id=member.user_id,
                ),
            )
            return None
        record["_signer_cert"] = cert_fp
        record["_signer_member"] = member.user_id if member else ""
        record["_revoked"] = bool(member and not member.active)
        record["_revoked_at"] = member.revoked_at if member else None
        # a revoked member's review their published list named before the revocation
        record["_listed_before"] = bool(
            member
            and member.revoked_at
            and listed_before(
                db, member.user_id, record["review_id"], record["pdf_sha256"], member.revoked_at
            )
        )
        found: Any = None
        if pdf_part is not None and pdf_part[0] == "not_for_me":
            not_for_me(share / pdf_rel, Msg("PDF'en kan ikke læses: {reason}", reason=pdf_part[1]))
            return None
        if pdf_part is not None and pdf_part[0] == "broken":
            pdf_broken(pdf_rel, pdf_part[1])
            return None
        try:
            if pdf_part is not None:  # read ahead, opened and checked with the record
                _pdf, pdf, found = pdf_part
                assert fetched.stamp is not None
                stamp = fetched.stamp
            else:  # not read ahead (the old layout), or its read failed: as before, here
                if pdf_rel == fetched.pdf_rel and fetched.pdf_error is not None:
                    raise fetched.pdf_error
                pdf = sealed.unseal_share_file(
                    private,
                    read_share_file(share / pdf_rel, "pdf", share=share),
                    name=pdf_rel,
                    kind=KIND_SUMMARY,
                )
                stamp = _stamp(path, share / pdf_rel)
        except FileNotFoundError:
            report.problems.append((path.name, Msg("PDF'en mangler på fællesmappen")))
            return None
        except HostileFile as exc:
            report.problems.append((Path(pdf_rel).name, str(exc)))
            return None
        except sealed.NotForMe as exc:
            not_for_me(share / pdf_rel, Msg("PDF'en kan ikke læses: {reason}", reason=str(exc)))
            return None
        except (OSError, ShareError, sealed.SealError) as exc:
            pdf_broken(pdf_rel, reason_of(exc))
            return None
        if found is None:
            found = _verdict((pdf, record["pdf_sha256"]))
        # only an id ingested before can conflict: no query for a new one
        first = work.first_seen(db, record["review_id"]) if record["review_id"] in seen else None
        if first is not None and first != facts:
            displaced = _displaces(db, record, member)
            if displaced is not None:
                # what was under the id does not hold it (an unknown signer, or not the
                # member whose published list names the id): the trusted content does
                record["_displaces"] = displaced
                told.yielded += 1
                return record, pdf_rel, pdf, stamp, found
            report.content_conflicts.append(record["review_id"])
            reason = Msg("en anden post med samme gennemgangs-id er set før; den første beholdes")
            state.log_file(db, path.name, f"records/{path.name}", "", "konflikt", reason)
            state.audit_refused(db, profile.user_id, f"records/{path.name}", reason)
            return None
        told.yielded += 1
        return record, pdf_rel, pdf, stamp, found

    if workers is None:
        workers = verify_pool.workers_for(len(todo), INGEST_PARALLEL_FROM)
    report.to_read = len(todo)
    lists = {
        "MODIFIED": report.modified,
        "UNSIGNED": report.unsigned,
        "UNKNOWN_SIGNER": report.unknown_signer,
        "REVOKED_SIGNER": report.revoked_signer,
        "UNCHECKED": report.unchecked,
    }
    batch: list[ingest_batch.Ingested] = []  # verified, kept in the store in one transaction
    displaced_cases: set[str] = set()

    def commit() -> None:
        """The batch in one transaction, then what it says in the report (a kill loses at
        most this batch; the next ingest reads it again: nothing lost, nothing twice)."""
        if not batch:
            return
        kept, updated, _conflicts = ingest_batch.store_ingested_batch(db, batch, profile.user_id)
        report.cases_updated += updated
        for item, ok in zip(batch, kept, strict=True):
            review_id, reason = (
                item.record["review_id"],
                report.reasons.pop(item.record["review_id"], ""),
            )
            if not ok:  # an honest review ingested intact before: the new file is refused
                report.problems.append(
                    (
                        review_id,
                        Msg(
                            "filen på fællesmappen er en anden end den, der blev indlæst og "
                            "kontrolleret før; den kontrollerede udgave beholdes ({reason})",
                            reason=reason or item.verdict,
                        ),
                    )
                )
                continue
            lists.get(item.verdict, []).append(review_id)
            if reason:
                report.reasons[review_id] = reason
            if review_id in again:
                report.unchanged += 1
            else:
                report.new += 1
        follow_latest(db, profile.user_id, {i.record["case_key"] for i in batch})
        told.done += len(batch)
        batch.clear()
        told.tell()

    stop = cancelled or (lambda: False)
    trust = verify_pool.plain_trust(trust_set)
    verify_pool.init_worker(trust)  # for a PDF checked here (one not read ahead)
    # the share read a few files at a time ahead of the checks, the checks (opening, the
    # record's signature, the PDF's) in worker processes; the roster and the store here
    ahead = ingest_worker.fetched_ahead(share, todo, lambda p: _rel(share, p), stop)
    results = verify_pool.checked(
        trust,
        ahead,
        ingest_worker.wire,
        workers,
        functools.partial(ingest_worker.opened, verdict=_verdict),
        stop,
        secret=private,
        # enough queued that the workers go on while a batch is kept here (~1 s a batch)
        in_flight=verify_pool.IN_FLIGHT + BATCH // max(workers, 1),
    )
    started_batch = time.monotonic()
    try:
        for fetched, got in results:
            taken = accepted(fetched, got)
            if taken is None:
                continue
            record, pdf_rel, pdf, stamp, found = taken
            verdict, reason = _bind(record, found, held)
            if reason:
                log.info("record %s: %s", record["review_id"], verdict)
                _refuse(db, None, f"records/{record['review_id']}.json", reason, profile)
                report.reasons[record["review_id"]] = reason  # moved to the report at commit
            clean = {k: v for k, v in record.items() if not k.startswith("_")}
            if "_displaces" in record and verdict not in ("MODIFIED", "UNSIGNED", "UNCHECKED"):
                commit()  # what came before is kept first: the displaced row is its own
                forget_stored_pdf(db, record["review_id"])  # the summary kept before was not it
                if record["_displaces"]:
                    displaced_cases.add(record["_displaces"])
            # the plain summary lives only in the encrypted store: printing and packets read it
            # from here, never from the share
            failed = verdict in ("MODIFIED", "UNSIGNED", "UNCHECKED")
            kept_pdf = None if failed else pdf
            batch.append(ingest_batch.Ingested(clean, pdf_rel, stamp, verdict, kept_pdf))
            if len(batch) >= BATCH or time.monotonic() - started_batch >= BATCH_S:
                commit()
                started_batch = time.monotonic()
    except verify_pool.Cancelled:
        report.cancelled = True
    finally:
        results.close()  # on a cancel: the checks under way are dropped, not awaited
        ahead.close()  # ... and the reads not started
        verify_pool.forget_secret()
    commit()  # what was verified before a cancel is kept too
    report.handled = min(told.handled(), report.to_read)
    if displaced_cases:
        ingest_batch.apply_ingest(db, profile.user_id, displaced_cases)
        follow_latest(db, profile.user_id, displaced_cases)
    if report.cancelled:
        report.conflicts = sorted(open_conflict_keys(db))
        report.seconds = round(time.perf_counter() - started, 3)
        return report  # the rest (decisions, validation data, lists) at the next ingest

    with contextlib.suppress(ShareError, OSError):
        exchange_decisions(db, paths, profile, share, report)

    # a conflict stays one until a coordinator decides it: every ingest says so
    report.conflicts = sorted(open_conflict_keys(db))

    add_ltv_after_ingest(db, paths, share, report)  # the one call: validation data added later
    with session():
        compare_with_store(db, share, report)  # what members published, not here
    report.seconds = round(time.perf_counter() - started, 3)
    return report


SIGNED_AHEAD = dt.timedelta(days=1)  # a signature "from the future": clocks and time zones
# A review is dated the day it is opened and signed later, so an honest date never lies after
# its signature; a quarter's leeway keeps rehearsals with a coming template's date working
# and still refuses a review dated years ahead (2099), which would count as reviewed for good.
REVIEW_AHEAD = dt.timedelta(days=92)


def implausible_dates(review_date: object, signed_at: str, now: dt.datetime | None = None) -> str:
    """Why a review's date cannot be right, judged by its signature's time (a review is not
    dated months after it was signed, nor signed in the future); "" when it can. A review
    dated 2099 must not count as reviewed for decades."""
    try:
        day = dt.date.fromisoformat(str(review_date))
    except ValueError:
        return Msg("gennemgangens dato kan ikke læses")
    if not signed_at:
        return Msg("underskriften har intet tidspunkt at holde gennemgangens dato op mod")
    signed = dt.datetime.fromisoformat(signed_at)
    if signed.tzinfo is None:
        signed = signed.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    if signed - now > SIGNED_AHEAD:
        return Msg(
            "underskriften siger, at den er lavet {signed}, som ligger i fremtiden",
            signed=signed.date(),
        )
    if day > (signed + REVIEW_AHEAD).date():
        return Msg(
            "gennemgangen er dateret {day}, efter den blev underskrevet {signed}",
            day=day,
            signed=signed.date(),
        )
    return ""


def _bind(
    record: dict[str, Any], found: tuple[str, list[str], str, str, str, str], held: Any
) -> tuple[str, str]:
    """The verdict stored for a record, from its PDF's check and the record's binding to it;
    and the reason when the record does not hold together (audited)."""
    verdict, signers, keywords, reason, stamped, signed_at = found
    if verdict in ("MODIFIED", "UNSIGNED", "UNCHECKED"):
        return verdict, reason
    if signers[:1] != [record["_signer_cert"]]:
        return "MODIFIED", Msg("PDF'en er ikke underskrevet med den nøgle, der underskrev posten")
    if keywords != f"{record['case_key']},{record['review_id']}":
        return "MODIFIED", Msg("PDF'en hører til en anden sag eller gennemgang end posten")
    for fp in signers[1:]:
        member = held.signer_of_certificate(fp) if held else None
        if member is None or member.user_id not in record["reviewers"]:
            return "MODIFIED", Msg("en medunderskrift er ikke fra en af gennemgangens gennemgåere")
    if not record["_signer_member"]:
        return "UNKNOWN_SIGNER", Msg(
            "underskriveren er ikke på teamets holdliste; gennemgangen tælles ikke"
        )
    if record["_revoked"] or verdict == "REVOKED_SIGNER":
        if not _before_revocation(record, stamped):
            return "REVOKED_SIGNER", Msg(
                "underskriveren er tilbagekaldt, og underskriften er ikke vist at være fra før "
                "tilbagekaldelsen; gennemgangen tælles ikke"
            )
        verdict = "TRUSTED"  # signed while the signer was on the team: it stays valid
    wrong = implausible_dates(record["review_date"], signed_at)
    if wrong:  # signed by a member, but not believable: flagged, never counted as reviewed
        return "UNCHECKED", Msg("{wrong}; gennemgangen tælles ikke", wrong=wrong)
    return verdict, ""


def _before_revocation(record: dict[str, Any], stamped: str) -> bool:
    """A revoked member's signature counts when it was made before `revoked_at`: by a trusted
    time (an intact RFC 3161 timestamp on the signature) where there is one, otherwise by the
    member's published list as this coordinator received it (the order, never the member's own
    clock: sync/published.py)."""
    revoked_at = record.get("_revoked_at")
    if not revoked_at:
        return False
    if stamped:
        try:
            return dt.datetime.fromisoformat(stamped) < dt.datetime.fromisoformat(revoked_at)
        except ValueError:
            return False
    return bool(record.get("_listed_before"))


def _displaces(db: Database, record: dict[str, Any], member: Any) -> str | None:
    """Whether this record, signed by a roster member, takes an id whose stored content does
    not hold it: content from an unknown signer (or one that failed) never pins an id, and a
    member's published list says whose an id is. Returns the case key of what is displaced
    ("" when unknown), or None when the first content stays (a conflict)."""
    if member is None:
        return None
    stored = ingested_as(db, record["review_id"])
    if stored is None:
        return None
    verdict, stored_pdf, stored_text = stored
    try:
        old = json.loads(stored_text)
    except ValueError:
        old = {}
    old_case = str(old.get("case_key") or "") if isinstance(old, dict) else ""
    if verdict not in ("TRUSTED", "REVOKED_SIGNER"):
        return None if verdict == work.RETAINED else old_case
    # when the coordinator first held each member's claim to the id (the first list wins;
    # two lists naming it at once are a conflict for her to decide)
    first: dict[tuple[str, str], str] = {}
    for user, digest, received in sorted(owners(db, record["review_id"]), key=lambda o: o[2]):
        first.setdefault((user, digest), received)
    mine = first.get((member.user_id, record["pdf_sha256"]))
    theirs = first.get(
        (str(old.get("signed_by") or "") if isinstance(old, dict) else "", stored_pdf)
    )
    if mine is not None and (theirs is None or mine < theirs):
        return old_case
    return None


# the check of one PDF, run in worker processes (reports/verify_pool.py); the names stay here
# for the benchmarks' baseline (benchmarks/legacy_ingest.py) and the tests
_verdict = verify_pool.verdict
_verdict_init = verify_pool.init_worker
_TRUSTED = verify_pool._TRUSTED


_stamp = ingest_worker.stamp_of  # (the name the tests and benchmarks know)

"""SQLAlchemy 2 models of the local store.

Reviews, consents, next steps and the audit log are added by their own migrations as those
parts of the product land; this module holds what exists in the schema today.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from udsat_desktop.core.consent import StepStatus
from udsat_desktop.core.status import CaseStatus, ReviewStatus

# the rows of the partial index ix_signed_pdf_ltv; defined where the query that uses it lives
# (SQLAlchemy-free, for the sync's start), so that both say the same
from udsat_desktop.store.signed_pdfs import SIGNED_PDF_LTV_MENTIONED


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class UserProfile(Base):
    """The local user of this installation (one row)."""

    __tablename__ = "user_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10))
    organisation: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Reviewer(Base):
    """Taskforce members known to this installation (the local user, demo team, and later the
    colleagues whose certificates the shared folder publishes)."""

    __tablename__ = "reviewer"

    user_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10))
    organisation: Mapped[str] = mapped_column(String(10))


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source_name: Mapped[str] = mapped_column(String(260))
    source_kind: Mapped[str] = mapped_column(String(10))
    imported_by: Mapped[str | None] = mapped_column(String(40))
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rows_duplicate: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    """A citizen in the target group. `case_key` is the pseudonymous id used outside the store."""

    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), unique=True)
    cpr: Mapped[str] = mapped_column(String(11), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_sort: Mapped[str] = mapped_column(String(200), index=True)
    benefit_type: Mapped[str | None] = mapped_column(String(100))
    unemployment_pct: Mapped[float | None] = mapped_column(Float)
    caseworker: Mapped[str | None] = mapped_column(String(200))
    jobcenter_unit: Mapped[str | None] = mapped_column(String(100), index=True)
    sof_contact: Mapped[str | None] = mapped_column(String(200))
    homeless: Mapped[bool] = mapped_column(Boolean, default=False)
    substance_abuse: Mapped[bool] = mapped_column(Boolean, default=False)
    mental_illness: Mapped[bool] = mapped_column(Boolean, default=False)
    close_to_clarification: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=2, index=True)
    status: Mapped[str] = mapped_column(String(24), default=CaseStatus.NEW.value, index=True)
    assigned_reviewer: Mapped[str | None] = mapped_column(String(40), index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    # the case's KLE group, when the target list gave one (retention follows its rule)
    kle: Mapped[str | None] = mapped_column(String(20))
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_case_status_name", "status", "name_sort"),)


class Review(Base):
    """One review of a case against one template version. Signed reviews are never edited: a
    correction is a new version that points at the one it replaces."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_key: Mapped[str] = mapped_column(String(24), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    replaces_review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id"))
    template_id: Mapped[str] = mapped_column(String(60))
    template_version: Mapped[str] = mapped_column(String(20))
    # the correction (rettelse) of the template version; an unsigned review follows the newest
    template_revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # JSON: what the reviewer is told after the review moved to a corrected revision
    errata_notice: Mapped[str | None] = mapped_column(Text)
    review_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ReviewStatus.DRAFT.value, index=True)
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    primary_reviewer: Mapped[str] = mapped_column(String(40))
    co_reviewer: Mapped[str | None] = mapped_column(String(40))
    current_section: Mapped[str | None] = mapped_column(String(60))
    current_field: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    ready_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    correction_reason: Mapped[str | None] = mapped_column(Text)  # why a correction was made

    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_review_case_version"),)


class Consent(Base):
    """A consent recorded for a case (not for one review). Changes append a new row, so the
    history of who recorded what and when is kept; the newest row per purpose is in force."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(20))
    recorded_by: Mapped[str] = mapped_column(String(40))
    expires: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # a refusal's outcome in the words of the template it was recorded under, kept as said
    outcome: Mapped[str | None] = mapped_column(Text)
    template_id: Mapped[str | None] = mapped_column(String(60))
    template_version: Mapped[str | None] = mapped_column(String(20))


class NextStep(Base):
    __tablename__ = "next_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="SET NULL"))
    type: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(String(10), index=True)
    person: Mapped[str | None] = mapped_column(String(200), index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=StepStatus.OPEN.value, index=True)
    consent_flag: Mapped[str | None] = mapped_column(Text)  # why a withdrawn consent blocks it
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained log of personal-data access and changes (DOMAIN.md §4)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO timestamp, part of the hashed content
    user_id: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Secret(Base):
    """Small secrets of this installation (the X25519 key assignments are encrypted to); they
    live inside the encrypted database, never in a file of their own."""

    __tablename__ = "secret"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Claim(Base):
    """This user's claim on a case: queued offline, held, a clash, or an explicit second
    review of a case someone else holds."""

    __tablename__ = "claim"

    case_key: Mapped[str] = mapped_column(String(16), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(40))
    claimed_at: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), index=True)
    holder: Mapped[str | None] = mapped_column(String(40))
    holder_claimed_at: Mapped[str | None] = mapped_column(String(32))
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncFile(Base):
    """The sync log: one row per outbox file and its state on the share."""

    __tablename__ = "sync_file"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    target: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt: Mapped[dt.datetime | None] = mapped_column(DateTime)
    synced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    message: Mapped[str | None] = mapped_column(Text)


class ShareRefusal(Base):
    """A file on the share that was refused (issue 31), by path, size and modification time:
    not read again while unchanged (db/versions/0013_h31a_refusals.py)."""

    __tablename__ = "share_refusal"

    path: Mapped[str] = mapped_column(String(400), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    refused_at: Mapped[str] = mapped_column(String(32))


class IngestedRecord(Base):
    """A review record read from the share by a coordinator, with the verdict on its PDF."""

    __tablename__ = "ingested_record"

    review_key: Mapped[str] = mapped_column(String(24), primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    reviewers: Mapped[str] = mapped_column(String(200))
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    signed_at: Mapped[str | None] = mapped_column(String(32))
    pdf_path: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(40))
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    record: Mapped[str] = mapped_column(Text)
    source_size: Mapped[int] = mapped_column(Integer)
    source_mtime_ns: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PulledAssignment(Base):
    __tablename__ = "pulled_assignment"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)
    pulled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Meeting(Base):
    """A meeting of the forum a case is presented to: one per date."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    start_time: Mapped[str] = mapped_column(String(5))
    minutes_per_case: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200))
    participants: Mapped[str] = mapped_column(Text)  # JSON: role -> name
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MeetingCase(Base):
    """A case on a meeting's agenda, the signed review presented, and the team's answer."""

    __tablename__ = "meeting_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    review_key: Mapped[str] = mapped_column(String(24))
    position: Mapped[int] = mapped_column(Integer)
    recommendation: Mapped[str | None] = mapped_column(String(60))
    recommendation_note: Mapped[str | None] = mapped_column(Text)
    weighed: Mapped[str | None] = mapped_column(Text)  # JSON: area -> text
    see_again: Mapped[bool | None] = mapped_column(Boolean)
    recorded_by: Mapped[str | None] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("meeting_id", "case_key", name="uq_meeting_case"),)


class AuditAnchor(Base):
    """Where a retention purge cut the audit chain: the first entry kept and the hash it
    chains to. Append-only like the log."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    purged_before: Mapped[str] = mapped_column(String(32))
    purged_count: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(32))


class LegalHold(Base):
    """A legal hold on a case (a complaint or an access request): while it is not lifted,
    neither the case's data nor its audit entries are deleted by retention."""

    __tablename__ = "legal_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lifted_by: Mapped[str | None] = mapped_column(String(64))
    lifted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class RetentionRule(Base):
    """The municipality's bevaring/kassation rule for the case data, per KLE group, as the
    coordinator recorded it (with the decision's reference). Append-only: the newest row is
    the rule in force."""

    __tablename__ = "retention_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    kle: Mapped[str] = mapped_column(String(20))
    disposition: Mapped[str] = mapped_column(String(10))  # "bevaring" | "kassation"
    years: Mapped[int | None] = mapped_column(Integer)  # kassation after this many years
    decision: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # the default rule: its KLE group is that of every case without one of its own
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SignedPdf(Base):
    """A signed summary (the exact signed bytes), from the moment it is signed (mine: while
    `outbox_queue` lists it, it still waits for the share) or ingested (a colleague's):
    printing, packets and `udsat summary` read it here."""

    __tablename__ = "signed_pdf"
    # the summaries whose record mentions "ltv" (they may wait for validation data), found
    # without reading every row: a row's record lies after its PDF (migration 0007)
    __table_args__ = (
        Index("ix_signed_pdf_ltv", "review_key", sqlite_where=text(SIGNED_PDF_LTV_MENTIONED)),
    )

    review_key: Mapped[str] = mapped_column(String(24), primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    record: Mapped[str | None] = mapped_column(Text)
    stored_at: Mapped[str] = mapped_column(String(32))


class AuditHead(Base):
    """An audit chain head this app has published to the share (signed, write-once)."""

    __tablename__ = "audit_head"

    seq: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[str] = mapped_column(String(32))
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)  # the file, to put back (0010)


class OutboxQueue(Base):
    """A signed summary still to be pushed to the share (issue 36): its bytes and record are
    in `signed_pdf` from the moment it is signed; this row is removed once the share holds a
    verified, sealed copy. The queue of unsent work is inside the encrypted store."""

    __tablename__ = "outbox_queue"

    review_key: Mapped[str] = mapped_column(String(24), primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16))
    queued_at: Mapped[str] = mapped_column(String(32))


class Notice(Base):
    """Something the user is told once, at the next start of the CLI or the window (then the
    row is removed): e.g. how many plain outbox files of an earlier version were taken in."""

    __tablename__ = "notice"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))


class ConflictDecision(Base):
    """A coordinator's decision of which signed review of a case counts when there are two or
    more that do not replace each other; made here or read (signed, sealed) from the share."""

    __tablename__ = "conflict_decision"

    decision_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    valid_review_key: Mapped[str] = mapped_column(String(24))
    overruled: Mapped[str] = mapped_column(Text)  # JSON list of review keys not in force
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(40))
    decided_at: Mapped[str] = mapped_column(String(32))
    signed: Mapped[bytes | None] = mapped_column(LargeBinary)  # the signed envelope
    source: Mapped[str] = mapped_column(String(16))  # "lokal" or "fællesmappe"
    published_at: Mapped[str | None] = mapped_column(String(32))


class CaseHandover(Base):
    """A case a coordinator handed from this reviewer to someone else (issue 29): shown in
    the queue and the case panel, and asked about before the old reviewer signs it."""

    __tablename__ = "case_handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_key: Mapped[str] = mapped_column(String(16), index=True)
    from_user: Mapped[str] = mapped_column(String(40))
    to_user: Mapped[str] = mapped_column(String(40))
    by_user: Mapped[str] = mapped_column(String(40))
    at: Mapped[str] = mapped_column(String(32))
    batch: Mapped[str] = mapped_column(String(80))


class PublishedItem(Base):
    """This member's list of what they published (issue 28): append-only, hash-chained;
    each entry's hash covers the one before it (sync/published.py)."""

    __tablename__ = "published_item"

    seq: Mapped[int] = mapped_column(primary_key=True)
    review_key: Mapped[str] = mapped_column(String(24), unique=True)
    record_path: Mapped[str] = mapped_column(String(200))
    pdf_path: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    record_sha256: Mapped[str] = mapped_column(String(64))
    replaces: Mapped[str | None] = mapped_column(String(24))
    at: Mapped[str] = mapped_column(String(32))
    hash: Mapped[str] = mapped_column(String(64))


class PublishedChunk(Base):
    """A signed piece of this member's list as published (write-once on the share)."""

    __tablename__ = "published_chunk"

    count: Mapped[int] = mapped_column(primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class HeldList(Base):
    """A coordinator's copy of a member's published list: how far it is known (issue 28)."""

    __tablename__ = "held_list"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))


class HeldChunk(Base):
    """A signed piece of a member's list as the coordinator first read it (put back on the
    share when it disappears there)."""

    __tablename__ = "held_chunk"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[str] = mapped_column(String(32))


class HeldItem(Base):
    """One entry of a member's published list as the coordinator holds it; `matched` once the
    store holds that very review (same id, PDF hash and signer)."""

    __tablename__ = "held_item"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_key: Mapped[str] = mapped_column(String(24), index=True)
    record_path: Mapped[str] = mapped_column(String(200))
    pdf_path: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    replaces: Mapped[str | None] = mapped_column(String(24))
    at: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[str] = mapped_column(String(32))
    matched: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class HeldAuditHead(Base):
    """A member's audit head as the coordinator read it from the share (a second holder:
    put back when it disappears there)."""

    __tablename__ = "held_audit_head"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[str] = mapped_column(String(32))

"""SQLAlchemy 2 models of the local store.

Reviews, consents, next steps and the audit log are added by their own migrations as those
parts of the product land; this module holds what exists in the schema today.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from udsat_desktop.core.status import CaseStatus


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
    status: Mapped[str] = mapped_column(String(24), default=CaseStatus.NY.value, index=True)
    assigned_reviewer: Mapped[str | None] = mapped_column(String(40), index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_case_status_name", "status", "name_sort"),)

"""Reviews, consents, next steps and the audit log.

Revision ID: 0002_reviews
Revises: 0001_cases
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reviews"
down_revision: str | None = "0001_cases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("review_key", sa.String(24), nullable=False, unique=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("case.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("replaces_review_id", sa.Integer(), sa.ForeignKey("review.id"), nullable=True),
        sa.Column("template_id", sa.String(60), nullable=False),
        sa.Column("template_version", sa.String(20), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("primary_reviewer", sa.String(40), nullable=False),
        sa.Column("co_reviewer", sa.String(40), nullable=True),
        sa.Column("current_section", sa.String(60), nullable=True),
        sa.Column("current_field", sa.String(60), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("ready_at", sa.DateTime(), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("case_id", "version", name="uq_review_case_version"),
    )
    op.create_index("ix_review_case_id", "review", ["case_id"])
    op.create_index("ix_review_status", "review", ["status"])
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("case.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("recorded_by", sa.String(40), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_consent_case_id", "consent", ["case_id"])
    op.create_table(
        "next_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("case.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "review_id",
            sa.Integer(),
            sa.ForeignKey("review.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("organisation", sa.String(10), nullable=False),
        sa.Column("person", sa.String(200), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("consent_flag", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    for column in ("case_id", "organisation", "person", "deadline", "status"):
        op.create_index(f"ix_next_step_{column}", "next_step", [column])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(40), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    for column in ("user_id", "action", "case_id"):
        op.create_index(f"ix_audit_log_{column}", "audit_log", [column])
    # Append-only: the database itself refuses to change or delete a log entry.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.drop_table("audit_log")
    op.drop_table("next_step")
    op.drop_table("consent")
    op.drop_table("review")

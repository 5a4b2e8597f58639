"""Shared-folder sync: local secrets, claims, the sync log, ingested records, pulled assignments.

Revision ID: 0003_sync
Revises: 0002_reviews
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync"
down_revision: str | None = "0002_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "secret",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "claim",
        sa.Column("case_key", sa.String(16), primary_key=True),
        sa.Column("user_id", sa.String(40), nullable=False),
        sa.Column("claimed_at", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(40), nullable=True),
        sa.Column("holder_claimed_at", sa.String(32), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_claim_state", "claim", ["state"])
    op.create_table(
        "sync_file",
        sa.Column("name", sa.String(120), primary_key=True),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt", sa.DateTime(), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
    )
    op.create_index("ix_sync_file_state", "sync_file", ["state"])
    op.create_table(
        "ingested_record",
        sa.Column("review_key", sa.String(24), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False),
        sa.Column("reviewers", sa.String(200), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("signed_at", sa.String(32), nullable=True),
        sa.Column("pdf_path", sa.String(200), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(40), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("source_size", sa.Integer(), nullable=False),
        sa.Column("source_mtime_ns", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_ingested_record_case_key", "ingested_record", ["case_key"])
    op.create_table(
        "pulled_assignment",
        sa.Column("name", sa.String(120), primary_key=True),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("pulled_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("pulled_assignment", "ingested_record", "sync_file", "claim", "secret"):
        op.drop_table(table)

"""Signed summaries inside the encrypted store: once a summary has reached the share, the
outbox's plain PDF is removed and the signed bytes live here (printing, packets and `udsat
summary` read them from here).

Revision ID: 0006_16_signed_pdf
Revises: 0005_audit_anchor
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_16_signed_pdf"
down_revision: str | None = "0006_17_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "signed_pdf",
        sa.Column("review_key", sa.String(24), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False, index=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("record", sa.Text(), nullable=True),
        sa.Column("stored_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("published_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("signed_pdf")

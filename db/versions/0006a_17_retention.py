"""Case-data retention: legal holds (complaints, access requests) that stop deletion.

Revision ID: 0006_17_retention
Revises: 0005_audit_anchor
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_17_retention"
down_revision: str | None = "0005_audit_anchor"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "legal_hold",
        sa.Column("id", sa.Integer(), primary_key=True),
        # by case key: a hold outlives nothing it protects, and survives a re-import
        sa.Column("case_key", sa.String(16), nullable=False, index=True),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lifted_by", sa.String(64), nullable=True),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("legal_hold")

"""Audit retention: an anchor where a purge cut the chain, so what remains still verifies.

Revision ID: 0005_audit_anchor
Revises: 0004_meetings
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_audit_anchor"
down_revision: str | None = "0004_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("purged_before", sa.String(32), nullable=False),
        sa.Column("purged_count", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.execute(
        "CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor "
        "BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor "
        "BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_anchor_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_anchor_no_delete")
    op.drop_table("audit_anchor")

"""Refusals remembered (issue 31): each file on the share that was refused, by its path, size
and modification time, so an unchanged refused file is not read again (still reported, marked
as known). Local, in the encrypted store.

Revision ID: 0013_h31a_refusals
Revises: 0012_h30c_retention
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_h31a_refusals"
down_revision: str | None = "0012_h30c_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "share_refusal",
        sa.Column("path", sa.String(400), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mtime_ns", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("share_refusal")

"""Retention as the municipality's rule (issue 30, item 8): bevaring or kassation of the case
data per KLE group, as the coordinator records it with the decision's reference. Append-only:
the newest row is the rule in force, the earlier ones its history.

Revision ID: 0012_h30c_retention
Revises: 0011_h30b_errata
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_h30c_retention"
down_revision: str | None = "0011_h30b_errata"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_rule",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kle", sa.String(20), nullable=False),
        sa.Column("disposition", sa.String(10), nullable=False),
        sa.Column("years", sa.Integer(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retention_rule")

"""Retention per KLE group (issue 30, item 8, the rest): each case carries its KLE group (from
the target list, or else its template's, or the store's default), and a rule may be marked as
the default for cases without a group of their own. Rules stay append-only: per KLE group the
newest row is in force.

Revision ID: 0015_h30e_retention_kle
Revises: 0013_h31a_refusals
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_h30e_retention_kle"
down_revision: str | None = "0013_h31a_refusals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("case", sa.Column("kle", sa.String(20), nullable=True))
    op.add_column(
        "retention_rule",
        sa.Column("is_default", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # a refused consent's outcome as the template said it when it was recorded, and the
    # template the consent was recorded under (its labels are read through that template)
    op.add_column("consent", sa.Column("outcome", sa.Text(), nullable=True))
    op.add_column("consent", sa.Column("template_id", sa.String(60), nullable=True))
    op.add_column("consent", sa.Column("template_version", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("template_version")
        batch.drop_column("template_id")
        batch.drop_column("outcome")
    with op.batch_alter_table("retention_rule") as batch:
        batch.drop_column("is_default")
    with op.batch_alter_table("case") as batch:
        batch.drop_column("kle")

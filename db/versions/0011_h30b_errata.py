"""Errata (issue 30): each review records the revision of its template version it was made
or last opened with (existing reviews: 1, the version as first issued), and the notice the
reviewer is shown when an unsigned review moved to a corrected revision.

Revision ID: 0011_h30b_errata
Revises: 0010_i28b_published
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_h30b_errata"
down_revision: str | None = "0010_i28b_published"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.add_column(
            sa.Column("template_revision", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("errata_notice", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.drop_column("errata_notice")
        batch.drop_column("template_revision")

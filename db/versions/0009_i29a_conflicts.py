"""Conflicts decided by a coordinator, reassignments told to the reviewer they take a case
from, and the reason a correction gives (issue 29).

- `conflict_decision`: which of two or more signed reviews of one case counts, why, and who
  decided (the signed file as published on the share, so it can be published again);
- `case_handover`: a case this reviewer held that a coordinator handed to someone else;
- `review.correction_reason`: why a correction was made (printed in its summary).

Revision ID: 0009_i29a_conflicts
Revises: 0008_i36_outbox_queue
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_i29a_conflicts"
down_revision: str | None = "0008_i36_outbox_queue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conflict_decision",
        sa.Column("decision_id", sa.String(40), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False, index=True),
        sa.Column("valid_review_key", sa.String(24), nullable=False),
        sa.Column("overruled", sa.Text(), nullable=False),  # JSON list of review keys
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(40), nullable=False),
        sa.Column("decided_at", sa.String(32), nullable=False),
        sa.Column("signed", sa.LargeBinary(), nullable=True),  # the signed envelope
        sa.Column("source", sa.String(16), nullable=False),  # "lokal" or "fællesmappe"
        sa.Column("published_at", sa.String(32), nullable=True),
    )
    op.create_table(
        "case_handover",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False, index=True),
        sa.Column("from_user", sa.String(40), nullable=False),
        sa.Column("to_user", sa.String(40), nullable=False),
        sa.Column("by_user", sa.String(40), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("batch", sa.String(80), nullable=False),
    )
    # a nullable column: SQLite adds it in place, no copy of the table
    op.add_column("review", sa.Column("correction_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review") as batch:
        batch.drop_column("correction_reason")
    op.drop_table("case_handover")
    op.drop_table("conflict_decision")

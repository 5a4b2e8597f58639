"""The queue of unsent work inside the encrypted store (issue 36): a signed summary's bytes and
record go into `signed_pdf` when it is signed, and `outbox_queue` lists those still to be
pushed to the share. Nothing waits in a plain `outbox/` folder any more. `notice` holds a
message for the user that is told once (the plain outbox of an earlier version taken in).

Revision ID: 0008_i36_outbox_queue
Revises: 0007_perf6_ltv_index
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_i36_outbox_queue"
down_revision: str | None = "0007_perf6_ltv_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_queue",
        sa.Column("review_key", sa.String(24), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False),
        sa.Column("queued_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "notice",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("notice")
    op.drop_table("outbox_queue")

"""Nothing lost unnoticed (issue 28): each member's list of what they published (append-only,
hash-chained, signed pieces put on the share), a coordinator's copy of every member's list
and audit heads (a second holder that puts back what disappears), and the bytes of each audit
head this app published (to put it back).

Revision ID: 0010_i28b_published
Revises: 0009_i29a_conflicts
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_i28b_published"
down_revision: str | None = "0009_i29a_conflicts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_head") as batch:
        batch.add_column(sa.Column("blob", sa.LargeBinary(), nullable=True))
    op.create_table(
        "published_item",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("review_key", sa.String(24), nullable=False, unique=True),
        sa.Column("record_path", sa.String(200), nullable=False),
        sa.Column("pdf_path", sa.String(200), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("record_sha256", sa.String(64), nullable=False),
        sa.Column("replaces", sa.String(24), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "published_chunk",
        sa.Column("count", sa.Integer(), primary_key=True),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "held_list",
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
    )
    op.create_table(
        "held_chunk",
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("count", sa.Integer(), primary_key=True),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "held_item",
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("review_key", sa.String(24), nullable=False, index=True),
        sa.Column("record_path", sa.String(200), nullable=False),
        sa.Column("pdf_path", sa.String(200), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("replaces", sa.String(24), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("matched", sa.Boolean(), nullable=False, index=True),
    )
    op.create_table(
        "held_audit_head",
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "held_audit_head",
        "held_item",
        "held_chunk",
        "held_list",
        "published_chunk",
        "published_item",
    ):
        op.drop_table(table)
    with op.batch_alter_table("audit_head") as batch:
        batch.drop_column("blob")

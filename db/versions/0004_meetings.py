"""Rehabiliteringsteam meetings, their cases in agenda order, and the team's recommendations.

Revision ID: 0004_meetings
Revises: 0003_sync
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_meetings"
down_revision: str | None = "0003_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_date", sa.Date(), nullable=False, unique=True),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("minutes_per_case", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "meeting_case",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey("meeting.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("case_key", sa.String(16), nullable=False),
        sa.Column("review_key", sa.String(24), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recommendation", sa.String(60), nullable=True),
        sa.Column("recommendation_note", sa.Text(), nullable=True),
        sa.Column("weighed", sa.Text(), nullable=True),
        sa.Column("see_again", sa.Boolean(), nullable=True),
        sa.Column("recorded_by", sa.String(40), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("meeting_id", "case_key", name="uq_meeting_case"),
    )
    op.create_index("ix_meeting_case_meeting_id", "meeting_case", ["meeting_id"])
    op.create_index("ix_meeting_case_case_key", "meeting_case", ["case_key"])


def downgrade() -> None:
    op.drop_table("meeting_case")
    op.drop_table("meeting")

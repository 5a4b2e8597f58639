"""Cases, import batches, the local user profile, known reviewers and the case search index.

Revision ID: 0001_cases
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_cases"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "user_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("initials", sa.String(10), nullable=False),
        sa.Column("organisation", sa.String(10), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "reviewer",
        sa.Column("user_id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("initials", sa.String(10), nullable=False),
        sa.Column("organisation", sa.String(10), nullable=False),
    )
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("source_name", sa.String(260), nullable=False),
        sa.Column("source_kind", sa.String(10), nullable=False),
        sa.Column("imported_by", sa.String(40), nullable=True),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("rows_updated", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("rows_duplicate", sa.Integer(), nullable=False),
    )
    op.create_table(
        "case",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_key", sa.String(16), nullable=False, unique=True),
        sa.Column("cpr", sa.String(11), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_sort", sa.String(200), nullable=False),
        sa.Column("benefit_type", sa.String(100), nullable=True),
        sa.Column("unemployment_pct", sa.Float(), nullable=True),
        sa.Column("caseworker", sa.String(200), nullable=True),
        sa.Column("jobcenter_unit", sa.String(100), nullable=True),
        sa.Column("sof_contact", sa.String(200), nullable=True),
        sa.Column("homeless", sa.Boolean(), nullable=False),
        sa.Column("substance_abuse", sa.Boolean(), nullable=False),
        sa.Column("mental_illness", sa.Boolean(), nullable=False),
        sa.Column("close_to_clarification", sa.Boolean(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("assigned_reviewer", sa.String(40), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "import_batch_id",
            sa.Integer(),
            sa.ForeignKey("import_batch.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    for column in (
        "name_sort",
        "jobcenter_unit",
        "priority",
        "status",
        "assigned_reviewer",
        "deadline",
        "import_batch_id",
    ):
        op.create_index(f"ix_case_{column}", "case", [column])
    op.create_index("ix_case_status_name", "case", ["status", "name_sort"])

    # Search as you type over name, case key and CPR digits. A separate FTS5 table kept in
    # step by triggers (store/bulk.py suspends the insert trigger for bulk inserts); prefix
    # indexes make one- to three-character prefixes fast.
    op.execute(
        "CREATE VIRTUAL TABLE case_fts USING fts5("
        "name, case_key, cpr_digits, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(
        'CREATE TRIGGER case_fts_insert AFTER INSERT ON "case" BEGIN '
        "INSERT INTO case_fts(rowid, name, case_key, cpr_digits) "
        "VALUES (new.id, new.name, new.case_key, replace(new.cpr, '-', '')); END"
    )
    op.execute(
        'CREATE TRIGGER case_fts_delete AFTER DELETE ON "case" BEGIN '
        "DELETE FROM case_fts WHERE rowid = old.id; END"
    )
    op.execute(
        'CREATE TRIGGER case_fts_update AFTER UPDATE OF name, case_key, cpr ON "case" BEGIN '
        "DELETE FROM case_fts WHERE rowid = old.id; "
        "INSERT INTO case_fts(rowid, name, case_key, cpr_digits) "
        "VALUES (new.id, new.name, new.case_key, replace(new.cpr, '-', '')); END"
    )


def downgrade() -> None:
    for trigger in ("case_fts_insert", "case_fts_delete", "case_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS case_fts")
    op.drop_table("case")
    op.drop_table("import_batch")
    op.drop_table("reviewer")
    op.drop_table("user_profile")

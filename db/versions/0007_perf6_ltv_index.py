"""A partial index over the stored signed summaries whose record mentions "ltv" (those that
may still wait for validation data), so that every ingest finds them without reading the
other rows: their record lies after the PDF in the row, and reaching it meant reading (and
decrypting) every stored PDF.

Revision ID: 0007_perf6_ltv_index
Revises: 0006_16_signed_pdf
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_perf6_ltv_index"
down_revision: str | None = "0006_16_signed_pdf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the same expression as store/models.py and signed_pdfs.stored_waiting_for_ltv's WHERE
LTV_MENTIONED = "instr(record, '\"ltv\"') > 0"


def upgrade() -> None:
    op.create_index(
        "ix_signed_pdf_ltv",
        "signed_pdf",
        ["review_key"],
        sqlite_where=sa.text(LTV_MENTIONED),
    )


def downgrade() -> None:
    op.drop_index("ix_signed_pdf_ltv", table_name="signed_pdf")

"""The access log's entries by patient, kept by integration instead of an index of the log.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_by_patient",
        sa.Column("practice_id", sa.String(64), nullable=False),
        sa.Column("patient_id", sa.String(64), nullable=False),
        sa.Column("leaf_index", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "patient_id", "leaf_index"),
        sqlite_with_rowid=False,
    )
    # The entries integrated so far; integration adds the others as it reaches them.
    op.execute(
        "INSERT INTO access_by_patient (practice_id, patient_id, leaf_index) "
        "SELECT practice_id, patient_id, leaf_index FROM access_log "
        "WHERE patient_id IS NOT NULL "
        "AND leaf_index < (SELECT size FROM audit_tree WHERE log_id = 1)"
    )
    op.drop_index("ix_access_log_patient", table_name="access_log")


def downgrade() -> None:
    op.create_index("ix_access_log_patient", "access_log", ["practice_id", "patient_id"])
    op.drop_table("access_by_patient")

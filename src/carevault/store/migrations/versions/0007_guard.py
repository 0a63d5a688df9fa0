"""The guard: honeytoken records and the alerts it raises.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "honeytokens",
        sa.Column("practice_id", sa.String(64), nullable=False),
        sa.Column("patient_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "patient_id"),
    )
    op.create_table(
        "guard_alerts",
        sa.Column("practice_id", sa.String(64), nullable=False),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account_id", sa.String(64)),
        sa.Column("username", sa.String(100)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("numbers", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "id"),
    )
    op.create_index("ix_guard_alerts_created", "guard_alerts", ["practice_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_guard_alerts_created", table_name="guard_alerts")
    op.drop_table("guard_alerts")
    op.drop_table("honeytokens")

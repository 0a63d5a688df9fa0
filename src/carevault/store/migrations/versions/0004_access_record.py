"""The access record says who asked from where, and on what basis; break-the-glass grants;
bulk export requests (four eyes).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.add_column(sa.Column("reason", sa.String(100)))
        batch.add_column(sa.Column("credential_id", sa.String(ID)))
        batch.add_column(sa.Column("source", sa.String(64)))
        batch.add_column(sa.Column("user_agent", sa.String(200)))
    op.create_table(
        "break_glass_grants",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("account_id", sa.String(ID), nullable=False),
        sa.Column("patient_id", sa.String(ID), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "id"),
    )
    op.create_index(
        "ix_break_glass_account_patient",
        "break_glass_grants",
        ["practice_id", "account_id", "patient_id"],
    )
    op.create_index("ix_break_glass_created", "break_glass_grants", ["practice_id", "created_at"])
    op.create_table(
        "export_requests",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("requested_by", sa.String(ID), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_by", sa.String(ID)),
        sa.Column("approved_at", sa.DateTime(timezone=True)),
        sa.Column("downloaded_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("practice_id", "id"),
    )


def downgrade() -> None:
    op.drop_table("export_requests")
    op.drop_table("break_glass_grants")
    with op.batch_alter_table("access_log") as batch:
        for column in ("user_agent", "source", "credential_id", "reason"):
            batch.drop_column(column)

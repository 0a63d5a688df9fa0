"""One checkpointer at a time integrates new entries and signs checkpoints: the one holding
the lease kept in audit_tree (integrator, integrator_until). Every server worker runs a
checkpointer; each read and hashed every new entry, and all but one threw the work away.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_ID = 64


def upgrade() -> None:
    with op.batch_alter_table("audit_tree") as batch:
        batch.add_column(sa.Column("integrator", sa.String(_ID)))
        batch.add_column(sa.Column("integrator_until", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("audit_tree") as batch:
        batch.drop_column("integrator_until")
        batch.drop_column("integrator")

"""Failed logins count within a window for every username: usernames no account holds are
counted and locked as accounts are (login_lockouts, keyed by a hash of the name), and an
account's count opens a window (accounts.failures_since) instead of being cleared by a
success, so that a login's answers do not tell which usernames exist.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_lockouts",
        sa.Column("username_hash", sa.String(64), primary_key=True),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("failures_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True)),
    )
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("failures_since", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("failures_since")
    op.drop_table("login_lockouts")

"""Identity: store-wide usernames, OTP and lockout columns on accounts; login sessions,
service tokens and login-throttle counters.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = 64


def _tz() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    _accounts()
    _sessions()
    _service_tokens()
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("window_start", _tz(), nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
    )


def _accounts() -> None:
    # SQLite cannot alter a constraint in place: batch mode copies the table.
    with op.batch_alter_table("accounts") as batch:
        batch.drop_constraint("uq_accounts_practice_username", type_="unique")
        batch.create_unique_constraint("uq_accounts_username", ["username"])
        batch.add_column(sa.Column("practitioner_id", sa.String(ID)))
        batch.add_column(sa.Column("otp_secret", sa.LargeBinary))
        batch.add_column(sa.Column("otp_last_step", sa.BigInteger))
        batch.add_column(sa.Column("last_login_at", _tz()))
        batch.add_column(sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", _tz()))
        batch.add_column(sa.Column("disabled_reason", sa.String(32)))
    op.create_index("ix_accounts_practice", "accounts", ["practice_id", "username"])


def _sessions() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("account_id", sa.String(ID), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("last_seen_at", _tz(), nullable=False),
        sa.Column("expires_at", _tz(), nullable=False),
        sa.Column("revoked_at", _tz()),
        sa.Column("source_address", sa.String(64)),
        sa.Column("user_agent", sa.String(256)),
    )
    op.create_index("ix_sessions_token_hash", "sessions", ["token_hash"], unique=True)
    op.create_index("ix_sessions_account", "sessions", ["account_id"])


def _service_tokens() -> None:
    op.create_table(
        "service_tokens",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("account_id", sa.String(ID), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("scopes", sa.Text, nullable=False),
        sa.Column("label", sa.String(100)),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("expires_at", _tz(), nullable=False),
        sa.Column("revoked_at", _tz()),
        sa.Column("last_used_at", _tz()),
    )
    op.create_index("ix_service_tokens_token_hash", "service_tokens", ["token_hash"], unique=True)
    op.create_index("ix_service_tokens_practice", "service_tokens", ["practice_id", "account_id"])

"""The encrypted record store: practices, keys, patients, resources, blind indexes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 64


def _tz() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "practices",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("kek_key_id", sa.BigInteger, nullable=False),
        sa.Column("kek_version", sa.Integer, nullable=False),
    )
    op.create_table(
        "practice_secrets",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("key_id", sa.BigInteger, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kek_version", sa.Integer, nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "purpose", "version"),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("disabled_at", _tz()),
        sa.UniqueConstraint("practice_id", "username", name="uq_accounts_practice_username"),
    )
    op.create_table(
        "patients",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("updated_at", _tz(), nullable=False),
        *[
            sa.Column(field, sa.LargeBinary, nullable=False)
            for field in ("name", "birth_date", "gender", "identifier", "telecom", "address")
        ],
        sa.Column("extra", sa.LargeBinary, nullable=False),
        sa.Column("index_values", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "id"),
    )
    op.create_table(
        "patient_keys",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("patient_id", sa.String(ID), nullable=False),
        sa.Column("key_id", sa.BigInteger, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kek_version", sa.Integer, nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "patient_id", "version"),
    )
    op.create_table(
        "blind_indexes",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("index_name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Column("patient_id", sa.String(ID), nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "index_name", "value", "patient_id"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "resources",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("resource_type", sa.String(32), nullable=False),
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("patient_id", sa.String(ID)),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("updated_at", _tz(), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.LargeBinary),
        sa.PrimaryKeyConstraint("practice_id", "resource_type", "id"),
    )
    op.create_index(
        "ix_resources_patient", "resources", ["practice_id", "patient_id", "resource_type"]
    )
    op.create_table(
        "care_team_members",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("care_team_id", sa.String(ID), nullable=False),
        sa.Column("patient_id", sa.String(ID), nullable=False),
        sa.Column("practitioner_id", sa.String(ID), nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "care_team_id", "practitioner_id"),
    )
    op.create_index(
        "ix_care_team_members_practitioner",
        "care_team_members",
        ["practice_id", "practitioner_id", "patient_id"],
    )
    op.create_index(
        "ix_care_team_members_patient", "care_team_members", ["practice_id", "patient_id"]
    )
    op.create_table(
        "imports",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("source_digest", sa.String(64), nullable=False),
        sa.Column("lines_done", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("updated_at", _tz(), nullable=False),
        sa.PrimaryKeyConstraint("practice_id", "source_digest"),
    )
    op.create_table(
        "access_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("at", _tz(), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("resource_type", sa.String(32)),
        sa.Column("resource_id", sa.String(ID)),
        sa.Column("patient_id", sa.String(ID)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(200)),
    )
    op.create_index("ix_access_log_practice_at", "access_log", ["practice_id", "at"])
    op.create_index("ix_access_log_patient", "access_log", ["practice_id", "patient_id"])

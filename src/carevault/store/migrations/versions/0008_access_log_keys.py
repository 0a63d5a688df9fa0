"""The access log is keyed by the entry's leaf index (the surrogate ``seq`` goes), and its
patient index is ordered by segment of the log before patient: an append then writes into the
newest segment's pages only, not into a random page of an index as large as the log.

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

_ID = 64
# Frozen here: the index's expression must stay the one the queries of this revision use.
_PATIENT_SEGMENT = sa.text("(leaf_index / 16384)")
_COLUMNS = (
    "practice_id, at, actor, action, resource_type, resource_id, patient_id, outcome, detail, "
    "reason, credential_id, source, user_agent, leaf_index"
)


def upgrade() -> None:
    op.drop_index("ix_access_log_patient", "access_log")
    op.drop_index("ix_access_log_leaf", "access_log")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot change a table's key: the log moves to a table keyed by its rowid.
        _copy_into(_entries_table("access_log_new", keyed_by_leaf=True))
    else:
        op.drop_column("access_log", "seq")  # and the primary key it carried
        op.create_primary_key("access_log_pkey", "access_log", ["leaf_index"])
    op.create_index(
        "ix_access_log_patient_segment",
        "access_log",
        ["practice_id", _PATIENT_SEGMENT, "patient_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_access_log_patient_segment", "access_log")
    if op.get_bind().dialect.name == "sqlite":
        _copy_into(_entries_table("access_log_new", keyed_by_leaf=False))
    else:
        op.drop_constraint("access_log_pkey", "access_log", type_="primary")
        op.add_column("access_log", sa.Column("seq", sa.Integer, sa.Identity()))
        op.execute("UPDATE access_log SET seq = leaf_index + 1")
        op.execute(
            "SELECT setval(pg_get_serial_sequence('access_log', 'seq'), "
            "coalesce(max(seq), 0) + 1, false) FROM access_log"
        )
        op.create_primary_key("access_log_pkey", "access_log", ["seq"])
    op.create_index("ix_access_log_patient", "access_log", ["practice_id", "patient_id"])
    op.create_index("ix_access_log_leaf", "access_log", ["leaf_index"], unique=True)


def _entries_table(name: str, *, keyed_by_leaf: bool) -> sa.Table:
    key: list[sa.Column[int]] = (
        [sa.Column("leaf_index", sa.Integer, primary_key=True, autoincrement=False)]
        if keyed_by_leaf
        else [
            sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("leaf_index", sa.BigInteger, nullable=False),
        ]
    )
    return op.create_table(
        name,
        *key,
        sa.Column("practice_id", sa.String(_ID), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("resource_type", sa.String(32)),
        sa.Column("resource_id", sa.String(_ID)),
        sa.Column("patient_id", sa.String(_ID)),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(200)),
        sa.Column("reason", sa.String(100)),
        sa.Column("credential_id", sa.String(_ID)),
        sa.Column("source", sa.String(64)),
        sa.Column("user_agent", sa.String(200)),
    )


def _copy_into(table: sa.Table) -> None:
    """SQLite: the entries into ``table`` in log order, which then replaces access_log (with
    the index on practice and time)."""
    op.execute(
        f"INSERT INTO {table.name} ({_COLUMNS}) "  # noqa: S608 - our own names
        f"SELECT {_COLUMNS} FROM access_log ORDER BY leaf_index"
    )
    op.drop_table("access_log")  # and its index
    op.rename_table(table.name, "access_log")
    op.create_index("ix_access_log_practice_at", "access_log", ["practice_id", "at"])

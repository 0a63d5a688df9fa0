"""The access log becomes a Merkle log: each entry gets its leaf index; tiles of hashes,
signed checkpoints and witnesses' cosignatures are kept beside it. Patients get accounts of
their own (to see who opened their record).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.add_column(sa.Column("leaf_index", sa.BigInteger))
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("patient_id", sa.String(64)))
    # Entries written before the log existed join it in the order they were appended.
    op.execute(
        "UPDATE access_log SET leaf_index = numbered.position - 1 FROM "
        "(SELECT seq, row_number() OVER (ORDER BY seq) AS position FROM access_log) AS numbered "
        "WHERE access_log.seq = numbered.seq"
    )
    with op.batch_alter_table("access_log") as batch:
        batch.alter_column("leaf_index", existing_type=sa.BigInteger, nullable=False)
    op.create_index("ix_access_log_leaf", "access_log", ["leaf_index"], unique=True)
    op.create_table(
        "audit_state",
        sa.Column("log_id", sa.Integer, primary_key=True),
        sa.Column("next_index", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "audit_tree",
        sa.Column("log_id", sa.Integer, primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("pruned_below", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO audit_state (log_id, next_index) SELECT 1, count(*) FROM access_log")
    op.execute("INSERT INTO audit_tree (log_id, size, pruned_below) VALUES (1, 0, 0)")
    op.create_table(
        "audit_tiles",
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("tile_index", sa.BigInteger, nullable=False),
        sa.Column("hashes", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("level", "tile_index"),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("size", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "audit_cosignatures",
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("witness", sa.String(100), nullable=False),
        sa.Column("line", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("size", "witness"),
    )


def downgrade() -> None:
    for table in ("audit_cosignatures", "audit_checkpoints", "audit_tiles", "audit_tree"):
        op.drop_table(table)
    op.drop_table("audit_state")
    op.drop_index("ix_access_log_leaf", "access_log")
    with op.batch_alter_table("access_log") as batch:
        batch.drop_column("leaf_index")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("patient_id")

"""Care relations: every fact that puts a practitioner in a patient's care, not only CareTeams.

care_team_members becomes care_relations, whose rows name their basis (care_team,
general_practitioner, registered_by, encounter) and, for an encounter, its date. The existing
care-team rows are copied as basis "care_team". The other bases are read from sealed
resources, which a migration cannot open (it holds no key): they are made as resources are
written from now on, and a resource written before this revision gets them when it is next
written.

The patient index of resources gains the resource id, so that a page of one patient's resources
of one type is read in id order from it.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ID = 64


def upgrade() -> None:
    op.create_table(
        "care_relations",
        sa.Column("practice_id", sa.String(ID), nullable=False),
        sa.Column("source_id", sa.String(ID), nullable=False),
        sa.Column("basis", sa.String(32), nullable=False),
        sa.Column("patient_id", sa.String(ID), nullable=False),
        sa.Column("practitioner_id", sa.String(ID), nullable=False),
        sa.Column("on_date", sa.Date),
        sa.PrimaryKeyConstraint(
            "practice_id", "practitioner_id", "patient_id", "source_id", "basis"
        ),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_care_relations_source", "care_relations", ["practice_id", "source_id"])
    op.create_index("ix_care_relations_patient", "care_relations", ["practice_id", "patient_id"])
    op.execute(
        "INSERT INTO care_relations (practice_id, source_id, basis, patient_id, practitioner_id)"
        " SELECT practice_id, care_team_id, 'care_team', patient_id, practitioner_id"
        " FROM care_team_members"
    )
    op.drop_index("ix_care_team_members_patient", table_name="care_team_members")
    op.drop_index("ix_care_team_members_practitioner", table_name="care_team_members")
    op.drop_table("care_team_members")
    _patient_index(["practice_id", "patient_id", "resource_type", "id"])


def _patient_index(columns: list[str]) -> None:
    op.drop_index("ix_resources_patient", table_name="resources")
    op.create_index("ix_resources_patient", "resources", columns)


def downgrade() -> None:
    """Back to care-team rows only: the other bases are lost."""
    _patient_index(["practice_id", "patient_id", "resource_type"])
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
    op.execute(
        "INSERT INTO care_team_members (practice_id, care_team_id, patient_id, practitioner_id)"
        " SELECT practice_id, source_id, patient_id, practitioner_id"
        " FROM care_relations WHERE basis = 'care_team'"
    )
    op.drop_table("care_relations")

"""Tables. Every row that belongs to a practice carries ``practice_id``.

Columns named after a field (``name``, ``telecom``, ``body`` ...) hold AES-GCM ciphertexts
made by carevault.crypto; nothing identifying or clinical is stored in the clear. What is
clear, and so visible to whoever copies the database: random ids, versions, timestamps of
writes, key ids, truncated blind-index values, the type of each resource and the patient it
belongs to (hence how many encounters, notes or results a patient has), care-team membership
(which practitioner id cares for which patient id), ciphertext lengths (padded to 32 bytes),
and the access log (ids, actions, times).
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect

metadata = MetaData()


class IndexValues(TypeDecorator[list[tuple[str, int]]]):
    """A patient's blind-index values, (index name, value) pairs, packed as JSON: kept with
    the patient so that exactly its index rows are deleted when it changes."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        return None if value is None else orjson.dumps([[name, v] for name, v in value])

    def process_result_value(self, value: Any, dialect: Dialect) -> list[tuple[str, int]] | None:
        return None if value is None else [(str(n), int(v)) for n, v in orjson.loads(value)]


ID = 64  # random UUIDs (36) and FHIR logical ids (<= 64)

store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

practices = Table(
    "practices",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("kek_key_id", BigInteger, nullable=False),
    Column("kek_version", Integer, nullable=False),
)

practice_secrets = Table(
    "practice_secrets",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("purpose", String(32), nullable=False),
    Column("key_id", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
    Column("kek_version", Integer, nullable=False),
    Column("wrapped", LargeBinary, nullable=False),
    PrimaryKeyConstraint("practice_id", "purpose", "version"),
)

accounts = Table(
    "accounts",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("practice_id", String(ID), nullable=False),
    Column("username", String(100), nullable=False),
    Column("role", String(32), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True)),
    UniqueConstraint("practice_id", "username", name="uq_accounts_practice_username"),
)

patients = Table(
    "patients",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("id", String(ID), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("name", LargeBinary, nullable=False),
    Column("birth_date", LargeBinary, nullable=False),
    Column("gender", LargeBinary, nullable=False),
    Column("identifier", LargeBinary, nullable=False),
    Column("telecom", LargeBinary, nullable=False),
    Column("address", LargeBinary, nullable=False),
    Column("extra", LargeBinary, nullable=False),
    Column("index_values", IndexValues, nullable=False),
    PrimaryKeyConstraint("practice_id", "id"),
)

patient_keys = Table(
    "patient_keys",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("patient_id", String(ID), nullable=False),
    Column("key_id", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
    Column("kek_version", Integer, nullable=False),
    Column("wrapped", LargeBinary, nullable=False),
    PrimaryKeyConstraint("practice_id", "patient_id", "version"),
)

blind_indexes = Table(
    "blind_indexes",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("index_name", String(32), nullable=False),
    Column("value", BigInteger, nullable=False),
    Column("patient_id", String(ID), nullable=False),
    # The key is the lookup: one B-tree (SQLite: WITHOUT ROWID), no per-patient index, which
    # halved the cost of writing index rows. A patient's rows are found by its index_values.
    PrimaryKeyConstraint("practice_id", "index_name", "value", "patient_id"),
    sqlite_with_rowid=False,
)

resources = Table(
    "resources",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("resource_type", String(32), nullable=False),
    Column("id", String(ID), nullable=False),
    Column("patient_id", String(ID)),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("text", LargeBinary),
    PrimaryKeyConstraint("practice_id", "resource_type", "id"),
    Index("ix_resources_patient", "practice_id", "patient_id", "resource_type"),
)

care_team_members = Table(
    "care_team_members",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("care_team_id", String(ID), nullable=False),
    Column("patient_id", String(ID), nullable=False),
    Column("practitioner_id", String(ID), nullable=False),
    PrimaryKeyConstraint("practice_id", "care_team_id", "practitioner_id"),
    Index("ix_care_team_members_practitioner", "practice_id", "practitioner_id", "patient_id"),
    Index("ix_care_team_members_patient", "practice_id", "patient_id"),
)

imports = Table(
    "imports",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("source_digest", String(64), nullable=False),
    Column("lines_done", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("practice_id", "source_digest"),
)

access_log = Table(
    "access_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("practice_id", String(ID), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("resource_type", String(32)),
    Column("resource_id", String(ID)),
    Column("patient_id", String(ID)),
    Column("outcome", String(16), nullable=False),
    Column("detail", String(200)),
    Index("ix_access_log_practice_at", "practice_id", "at"),
    Index("ix_access_log_patient", "practice_id", "patient_id"),
)

"""Tables. Every row that belongs to a practice carries ``practice_id``.

Columns named after a field (``name``, ``telecom``, ``body`` ...) hold AES-GCM ciphertexts
made by carevault.crypto; nothing identifying or clinical is stored in the clear. What is
clear, and so visible to whoever copies the database: random ids, versions, timestamps of
writes, key ids, truncated blind-index values, the type of each resource and the patient it
belongs to (hence how many encounters, notes or results a patient has), the care relations
(which practitioner id cares for which patient id, on what basis, and the date of each
encounter: see ``care_relations``), ciphertext lengths (padded to 32 bytes),
the access log (ids, actions, times), and staff accounts: usernames, roles, Argon2id
password hashes, login times, and the source address and user agent of each login session
(OTP secrets are sealed; session and service tokens are kept as SHA-256 hashes only).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import (
    BigInteger,
    Column,
    Date,
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
    literal_column,
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


class UtcDateTime(TypeDecorator[datetime]):
    """An instant, written in UTC and read back aware (SQLite keeps no zone: it would return a
    naive value, and compare local times written by one clock with UTC ones by another)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("an instant needs a time zone")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        instant: datetime = value
        return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


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
    # Unique in the whole store: a login names only the username, and one store may host many
    # practices.
    Column("username", String(100), nullable=False),
    Column("role", String(32), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("disabled_at", UtcDateTime),
    Column("practitioner_id", String(ID)),
    Column("otp_secret", LargeBinary),  # sealed with the practice's staff key
    Column("otp_last_step", BigInteger),  # the last accepted TOTP time step (replays refused)
    Column("last_login_at", UtcDateTime),
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", UtcDateTime),
    Column("disabled_reason", String(32)),
    Column("patient_id", String(ID)),  # a patient's own account (the portal), migration 0005
    Column("enabled_at", UtcDateTime),  # enabled again after a disabling (migration 0009)
    # When the window of failed_logins opened (migration 0011): failures count within a day of
    # the first, a success giving back only its own, as for usernames no account holds.
    Column("failures_since", UtcDateTime),
    UniqueConstraint("username", name="uq_accounts_username"),
    Index("ix_accounts_practice", "practice_id", "username"),
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
    Column("findings", LargeBinary),  # what the classifier found in free text (0006)
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
    # What the classifier found in the resource's free text (migration 0006), sealed like
    # the body: the categories, offsets and qualifiers of each finding, never the words.
    Column("findings", LargeBinary),
    PrimaryKeyConstraint("practice_id", "resource_type", "id"),
    # With the id: a patient's resources of one type come in id order, pages without a sort,
    # and no planner (SQLite has no statistics until an import) prefers the primary key.
    Index("ix_resources_patient", "practice_id", "patient_id", "resource_type", "id"),
)

# Metadata in the clear, on purpose: who is in whose care, on what basis, and the date of each
# encounter. The access policy decides on these facts without decrypting anything; the price
# is that a copy of the database shows which practitioner sees which patient, and when.
# One row per (source resource, basis, practitioner); the bases (made in records._prepare):
#   care_team             a Practitioner participant of a CareTeam      (source: the CareTeam)
#   general_practitioner  Patient.generalPractitioner (médecin traitant) (source: the Patient)
#   registered_by         the clinician who created the Patient         (source: the Patient)
#   encounter             a Practitioner participant of an Encounter; on_date: its start date
#                         (else the day it was first written)           (source: the Encounter)
#   appointment           a Practitioner participant of a planned Encounter (a booking), on
#                         its start date: opens the record on that day only (migration 0007)
ENCOUNTER = "encounter"
APPOINTMENT = "appointment"
care_relations = Table(
    "care_relations",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("source_id", String(ID), nullable=False),
    Column("basis", String(32), nullable=False),
    Column("patient_id", String(ID), nullable=False),
    Column("practitioner_id", String(ID), nullable=False),
    Column("on_date", Date),
    # The key is the policy's lookup (is this practitioner in this patient's care?), so it is
    # answered from the table itself: with a secondary index instead, SQLite's planner, before
    # any ANALYZE, scanned the practice's whole key (1.6 ms a read at 2,000 patients).
    PrimaryKeyConstraint("practice_id", "practitioner_id", "patient_id", "source_id", "basis"),
    Index("ix_care_relations_source", "practice_id", "source_id"),
    Index("ix_care_relations_patient", "practice_id", "patient_id"),
    sqlite_with_rowid=False,  # the key is the table: one B-tree fewer to write per row
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
    # The entry's place in the Merkle log (migration 0005), given in the appending transaction
    # from audit_state.next_index, so committed entries are numbered without gaps; the key
    # since migration 0008 (on SQLite the rowid itself: no other index to keep per append).
    Column(
        "leaf_index",
        BigInteger().with_variant(Integer(), "sqlite"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("practice_id", String(ID), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("resource_type", String(32)),
    Column("resource_id", String(ID)),
    Column("patient_id", String(ID)),
    Column("outcome", String(16), nullable=False),
    Column("detail", String(200)),
    # Who asked from where (migration 0004): the basis the policy allowed on ("care_team",
    # "break-glass:<grant id>", ...) or the rule that refused, the credential (session or
    # token id, never the token), the source address and user agent.
    Column("reason", String(100)),
    Column("credential_id", String(ID)),
    Column("source", String(64)),
    Column("user_agent", String(200)),
)

# The log is searched segment by segment (see audit_queries.search_entries), through one index
# per append beside the key: each index an append writes cost it about a fifth of its rate.
#
# A patient's entries: keyed by patient first, each append wrote into a random page of an
# index that grows with the log (a 1,000-entry batch dirtied about 1,000 pages, and appends ran
# at half speed by 2 million entries); keyed by segment first, appends write only into the
# newest segment's pages. Patient ids are unique across practices: the practice is checked on
# the row (migration 0010 took it out of the index).
LOG_SEGMENT_ENTRIES = 16_384
log_segment = access_log.c.leaf_index // literal_column(str(LOG_SEGMENT_ENTRIES), Integer)
Index("ix_access_log_segment_patient", log_segment, access_log.c.patient_id)

# When each practice's entries in each segment were made (earliest, latest), written with the
# entries: the DPO's search by date and retention's cut-off find their segments here, instead
# of through an index on (practice, time) that every append had to write (migration 0010). A
# segment is listed for every practice whose entries a transaction appended into it.
access_log_segments = Table(
    "access_log_segments",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("segment", BigInteger, nullable=False),
    Column("first_at", DateTime(timezone=True), nullable=False),
    Column("last_at", DateTime(timezone=True), nullable=False),
    PrimaryKeyConstraint("practice_id", "segment"),
)

# -- audit: the access log as an RFC 9162 Merkle tree (one log per store) ------------------------
# Nothing here is personal: hashes, sizes, signed checkpoints.

audit_state = Table(
    "audit_state",
    metadata,
    Column("log_id", Integer, primary_key=True),  # always 1: one log per store
    Column("next_index", BigInteger, nullable=False),  # the next entry's leaf index
)

audit_tree = Table(
    "audit_tree",
    metadata,
    Column("log_id", Integer, primary_key=True),
    Column("size", BigInteger, nullable=False),  # entries integrated into the tiles
    Column("pruned_below", BigInteger, nullable=False),  # entries before this were pruned
    # Which checkpointer integrates and checkpoints, until when (migration 0012): each server
    # worker runs one, and without a lease each read and hashed every new entry, the work of
    # all but one thrown away, on the cores the requests need.
    Column("integrator", String(ID)),
    Column("integrator_until", UtcDateTime),
)

# Hashes in tiles, as C2SP tlog-tiles: the tile (level L, index N) holds up to 256 hashes of
# the tree's nodes at height 8L, from node 256N on; a partial tile is rewritten as it grows.
audit_tiles = Table(
    "audit_tiles",
    metadata,
    Column("level", Integer, nullable=False),
    Column("tile_index", BigInteger, nullable=False),
    Column("hashes", LargeBinary, nullable=False),
    PrimaryKeyConstraint("level", "tile_index"),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("issued_at", UtcDateTime, nullable=False),
    Column("note", LargeBinary, nullable=False),  # the signed checkpoint (C2SP signed note)
)

audit_cosignatures = Table(
    "audit_cosignatures",
    metadata,
    Column("size", BigInteger, nullable=False),
    Column("witness", String(100), nullable=False),
    Column("line", Text, nullable=False),  # the witness's cosignature line on that checkpoint
    Column("received_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("size", "witness"),
)

# -- access: login sessions, service tokens, login throttling -----------------------------------
# Tokens are kept as their SHA-256 only; the token itself is shown once and never stored.

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("practice_id", String(ID), nullable=False),
    Column("account_id", String(ID), nullable=False),
    Column("token_hash", LargeBinary(32), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime),
    Column("source_address", String(64)),
    Column("user_agent", String(256)),
    Index("ix_sessions_token_hash", "token_hash", unique=True),
    Index("ix_sessions_account", "account_id"),
)

service_tokens = Table(
    "service_tokens",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("practice_id", String(ID), nullable=False),
    Column("account_id", String(ID), nullable=False),
    Column("token_hash", LargeBinary(32), nullable=False),
    Column("scopes", Text, nullable=False),  # space-separated, as in OAuth
    Column("label", String(100)),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime),
    Column("last_used_at", UtcDateTime),
    Index("ix_service_tokens_token_hash", "token_hash", unique=True),
    Index("ix_service_tokens_practice", "practice_id", "account_id"),
)

login_throttle = Table(
    "login_throttle",
    metadata,
    # "account:<username>" or "address:<source address>": failures counted in a fixed window
    # that opens at the first failure, shared by every worker through the database.
    Column("key", String(200), primary_key=True),
    Column("window_start", UtcDateTime, nullable=False),
    Column("failures", Integer, nullable=False),
)

# Failed logins under usernames no account holds, counted and locked as an account's are
# (accounts.failed_logins, failures_since, locked_until): a login's answers must not tell
# which usernames exist, and only accounts used to lock (migration 0011). Keyed by a hash of
# the name as typed: people type their password in the username field.
login_lockouts = Table(
    "login_lockouts",
    metadata,
    Column("username_hash", String(64), primary_key=True),
    Column("failed_logins", Integer, nullable=False),
    Column("failures_since", UtcDateTime, nullable=False),
    Column("locked_until", UtcDateTime),
)


# Break-the-glass grants (migration 0004): a clinician outside a patient's care relation who gave
# a reason. The reason is free text a clinician typed, so it is sealed (staff key); the DPO
# reads it. Who opened whose record, and until when, is in the clear, as in the access log.
break_glass_grants = Table(
    "break_glass_grants",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("id", String(ID), nullable=False),
    Column("account_id", String(ID), nullable=False),
    Column("patient_id", String(ID), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("reason", LargeBinary, nullable=False),
    PrimaryKeyConstraint("practice_id", "id"),
    Index("ix_break_glass_account_patient", "practice_id", "account_id", "patient_id"),
    Index("ix_break_glass_created", "practice_id", "created_at"),
)


# Bulk export requests (migration 0004): a practice admin asks, a second admin approves (four
# eyes), the asker downloads once before it expires. Ids and times only.
export_requests = Table(
    "export_requests",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("id", String(ID), nullable=False),
    Column("requested_by", String(ID), nullable=False),
    Column("requested_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("approved_by", String(ID)),
    Column("approved_at", UtcDateTime),
    Column("downloaded_at", UtcDateTime),
    PrimaryKeyConstraint("practice_id", "id"),
)


# The guard (migration 0007). Honeytokens: decoy patients, stored like any patient (sealed,
# indexed), listed here so that the guard knows that opening one is an alarm. A copy of the
# database shows which ids are decoys; a reader of the API cannot tell.
honeytokens = Table(
    "honeytokens",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("patient_id", String(ID), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("practice_id", "patient_id"),
)

# What the guard did and why, for the practice's DPO: account ids and usernames (staff), counts
# and rules; never a patient's id or anything typed about a patient.
guard_alerts = Table(
    "guard_alerts",
    metadata,
    Column("practice_id", String(ID), nullable=False),
    Column("id", String(ID), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("account_id", String(ID)),
    Column("username", String(100)),
    Column("kind", String(32), nullable=False),
    Column("action", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("numbers", Text, nullable=False),  # JSON
    PrimaryKeyConstraint("practice_id", "id"),
    Index("ix_guard_alerts_created", "practice_id", "created_at"),
)

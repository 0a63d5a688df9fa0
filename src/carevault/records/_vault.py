"""The record store of one or more practices: every write seals, every read opens.

``Vault`` opens a store with a key provider; ``Vault.practice(id)`` gives the
:class:`PracticeRecords` of one practice, scoped by that id in every query it makes.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from itertools import groupby, islice
from typing import Any

from sqlalchemy import Connection

from carevault.crypto import KekRef, KeyProvider, Keyring, RecordContext, stored_kek
from carevault.errors import InputError, NotFoundError
from carevault.logs import get_logger
from carevault.records import _fhir, _patients
from carevault.records._criteria import Criteria
from carevault.records._fhir import PATIENT_SCOPED, SUPPORTED, Resource
from carevault.records._keys import PracticeKeys, create_practice_keys
from carevault.records._prepare import (
    BASES_MADE_BY,
    ENCOUNTER,
    REGISTERED_BY,
    Prepared,
    Relation,
    check,
    decode,
    prepare,
)
from carevault.store import Store, queries

Clock = Callable[[], datetime]
WriteHook = Callable[[Connection, str], None]  # (transaction, id written): e.g. its access record
SEARCH_MAX = 100
_security = get_logger("security")
_SEARCH_MARGIN = 4  # candidates decrypted beyond those still needed, per round
_CANDIDATE_PAGE = 256
_FILTERED_PAGE = 100  # a patient's resources decrypted per round when a filter may drop some
STAFF_TYPES = tuple(t for t in SUPPORTED if t != "Patient" and t not in PATIENT_SCOPED)


def record_id(value: str, kind: str) -> str:
    """A record id as carevault makes them (a UUID), or InputError. Checked before an id from
    input is logged or recorded, since a mistyped id may be a name."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise InputError(f"that is not a {kind} id (carevault ids are UUIDs)") from None


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WriteResult:
    created: int = 0
    updated: int = 0
    patients_created: int = 0
    rejected: list[tuple[Prepared, str]] = field(default_factory=list)
    written: list[Prepared] = field(default_factory=list)


@dataclass(frozen=True)
class StoreIdentity:
    """What `init` writes last: the store's id (which its key file must carry) and the
    practice commands use when none is named."""

    store_id: str | None
    default_practice: str | None

    @classmethod
    def read(cls, store: Store) -> StoreIdentity:
        with store.transaction() as connection:
            return cls(
                queries.get_meta(connection, "store_id"),
                queries.get_meta(connection, "default_practice"),
            )

    def write(self, store: Store) -> None:
        if self.store_id is None or self.default_practice is None:
            raise ValueError("a store identity needs both a store id and a practice")
        with store.transaction() as connection:
            queries.set_meta(connection, "default_practice", self.default_practice)
            queries.set_meta(connection, "store_id", self.store_id)


class Vault:
    """A store and its key provider."""

    def __init__(
        self, store: Store, provider: KeyProvider, *, population: int, clock: Clock = utc_now
    ) -> None:
        self.store = store
        self.provider = provider
        self._population = population
        self._clock = clock
        self._open: dict[str, PracticeRecords] = {}

    def create_practice(self, name: str) -> str:
        name = name.strip()
        if not name or len(name) > 200:
            raise InputError("practice name must be 1-200 characters")
        practice_id = str(uuid.uuid4())
        with self.store.transaction() as connection:
            kek = create_practice_keys(self.provider, connection, practice_id)
            queries.insert_practice(
                connection,
                {
                    "id": practice_id,
                    "name": name,
                    "created_at": self._clock(),
                    "kek_key_id": kek.key_id,
                    "kek_version": kek.version,
                },
            )
        return practice_id

    def practices(self) -> list[dict[str, str]]:
        with self.store.transaction() as connection:
            return [{"id": r["id"], "name": r["name"]} for r in queries.list_practices(connection)]

    def practice(self, practice_id: str) -> PracticeRecords:
        records = self._open.get(practice_id)
        if records is None:
            with self.store.transaction() as connection:
                practice = queries.get_practice(connection, practice_id)
                if practice is None:
                    raise NotFoundError(f"no practice {practice_id} in this store")
                secrets_rows = queries.get_secrets(connection, practice_id)
            keys = PracticeKeys(self.provider, practice, secrets_rows, population=self._population)
            records = PracticeRecords(self.store, self.provider, keys, self._clock)
            records.retire_old_keks()
            self._open[practice_id] = records
        return records

    def close(self) -> None:
        self.provider.close()
        self.store.close()


class PracticeRecords:
    """Reads and writes of one practice's records."""

    def __init__(
        self, store: Store, provider: KeyProvider, keys: PracticeKeys, clock: Clock
    ) -> None:
        self._store = store
        self._provider = provider
        self.keys = keys
        self.practice_id = keys.practice_id
        self._clock = clock

    # -- writes --------------------------------------------------------------------------------

    def add(
        self,
        resource: Resource,
        *,
        registered_by: str | None = None,
        on_written: WriteHook | None = None,
    ) -> Resource:
        """Create one resource (FHIR create: the store assigns the id). ``registered_by``: the
        Practitioner creating a Patient, kept as its care relation across updates.
        ``on_written(connection, id)`` runs in the write's transaction (its access record)."""
        where = _named_type(resource)
        checked = check(resource, where=where)
        prepared = prepare(
            checked, resource_id=str(uuid.uuid4()), where=where, indexer=self.keys.indexer
        )
        registrar: list[tuple[str, str]] = []
        if registered_by is not None:
            prepared = _registered(prepared, registered_by, where)
            registrar = [("Practitioner", registered_by)]
        with self._store.transaction() as connection:
            self._check_local_references(connection, checked, where, also=registrar)
            self._written(connection, self.write(connection, [prepared]), prepared.id, on_written)
        return self.get(prepared.resource_type, prepared.id)

    def update(
        self,
        resource_type: str,
        resource_id: str,
        resource: Resource,
        *,
        on_written: WriteHook | None = None,
    ) -> Resource:
        """FHIR update of a stored resource (never a create): the body names the same type
        and id; a resource stays with its patient. Returns the stored new version."""
        where = _supported(resource_type)
        if resource.get("resourceType") != resource_type:
            raise InputError(f"{where}: the body's resourceType must be {resource_type}")
        if resource.get("id") != resource_id:
            raise InputError(f"{where}: the body's id must be the id of the resource updated")
        checked = check(resource, where=where)
        prepared = prepare(checked, resource_id=resource_id, where=where, indexer=self.keys.indexer)
        with self._store.transaction() as connection:
            # Writes of a practice queue on its row (PostgreSQL): what is read next is current.
            self.sync_kek(connection)
            owner = self._owner(connection, resource_type, resource_id)
            if resource_type != "Patient" and prepared.patient_id != owner:
                raise InputError(f"{where}: subject cannot change: a resource keeps its patient")
            self._check_local_references(connection, checked, where)
            self._written(connection, self.write(connection, [prepared]), resource_id, on_written)
        return self.get(resource_type, resource_id)

    @staticmethod
    def _written(
        connection: Connection, result: WriteResult, resource_id: str, hook: WriteHook | None
    ) -> None:
        """A rejected write raises (rolling the transaction back); a written one runs the hook
        in the same transaction."""
        if result.rejected:
            raise InputError(result.rejected[0][1])
        if hook is not None:
            hook(connection, resource_id)

    def delete(
        self, resource_type: str, resource_id: str, *, on_written: WriteHook | None = None
    ) -> None:
        """FHIR delete. A Patient is crypto-shredded (:meth:`delete_patient`); any other
        resource loses its row and the care relations it made."""
        if resource_type == "Patient":
            self.delete_patient(resource_id, on_written=on_written)
            return
        _supported(resource_type)
        with self._store.transaction() as connection:
            deleted = queries.delete_resource(
                connection, self.practice_id, resource_type, resource_id
            )
            if deleted == 0:
                raise NotFoundError(f"no {resource_type}/{resource_id} in this practice")
            bases = BASES_MADE_BY.get(resource_type)
            if bases:
                queries.delete_care_relations(connection, self.practice_id, resource_id, bases)
            if on_written is not None:
                on_written(connection, resource_id)

    def add_note(self, patient_id: str, text: str, *, author_id: str | None = None) -> Resource:
        if not text.strip():
            raise InputError("a note needs some text")
        document = _fhir.note_document(
            patient_id=patient_id, text=text, date=self._clock().isoformat(), author_id=author_id
        )
        return self.add(document)

    def _check_local_references(
        self,
        connection: Connection,
        resource: Resource,
        where: str,
        also: Sequence[tuple[str, str]] = (),
    ) -> None:
        wanted = [ref for ref in _fhir.references_in(resource) if ref[0] != "Patient"]
        wanted.extend(also)
        found = queries.get_resource_versions(connection, self.practice_id, wanted)
        for ref in wanted:
            if ref not in found:
                raise NotFoundError(f"{where}: reference {ref[0]}/{ref[1]} not found")

    def write(self, connection: Connection, items: Sequence[Prepared]) -> WriteResult:
        """Seal and write a batch in the caller's transaction. Items whose patient does not
        exist are rejected (and reported), the rest are written."""
        batch = _Batch(self, connection, items)
        for item in items:
            if item.resource_type == "Patient":
                batch.put_patient(item)
            else:
                batch.put_resource(item)
        return batch.flush()

    def _patient_row(
        self, item: Prepared, keyring: Keyring, version: int, now: datetime, previous: Any
    ) -> dict[str, Any]:
        row: dict[str, Any] = {
            "practice_id": self.practice_id,
            "id": item.id,
            "version": version,
            "created_at": previous["created_at"] if previous else now,
            "updated_at": now,
            "index_values": item.index_values,
            "findings": None,  # a rewrite without findings clears the last version's
        }
        row.update(keyring.seal_record(item.plaintexts, self._record("Patient", item.id, version)))
        return row

    def _index_rows(self, item: Prepared) -> list[dict[str, Any]]:
        return [
            {
                "practice_id": self.practice_id,
                "index_name": name,
                "value": value,
                "patient_id": item.id,
            }
            for name, value in item.index_values
        ]

    def _resource_row(
        self, item: Prepared, keyring: Keyring, version: int, now: datetime, previous: Any
    ) -> dict[str, Any]:
        sealed = keyring.seal_record(
            item.plaintexts, self._record(item.resource_type, item.id, version)
        )
        return {
            "practice_id": self.practice_id,
            "resource_type": item.resource_type,
            "id": item.id,
            "patient_id": item.patient_id,
            "version": version,
            "created_at": previous["created_at"] if previous else now,
            "updated_at": now,
            "body": sealed["body"],
            "text": sealed.get("text"),
            "findings": sealed.get("findings"),
        }

    def _relation_rows(
        self, item: Prepared, patient_id: str, first_written: date
    ) -> list[dict[str, Any]]:
        """Care-relation rows; an encounter without a start date counts from the day it was
        first written."""
        return [
            {
                "practice_id": self.practice_id,
                "source_id": item.id,
                "basis": relation.basis,
                "patient_id": patient_id,
                "practitioner_id": relation.practitioner_id,
                "on_date": relation.on_date
                or (first_written if relation.basis == ENCOUNTER else None),
            }
            for relation in item.relations
        ]

    def _record(self, resource_type: str, resource_id: str, version: int) -> RecordContext:
        return RecordContext(self.practice_id, resource_type, resource_id, version)

    # -- reads ---------------------------------------------------------------------------------

    def get(self, resource_type: str, resource_id: str) -> Resource:
        if resource_type == "Patient":
            return self.get_patient(resource_id)
        with self._store.transaction() as connection:
            row = queries.get_resource(connection, self.practice_id, resource_type, resource_id)
            if row is None:
                raise NotFoundError(f"no {resource_type}/{resource_id} in this practice")
            return self._open_resource(connection, row)

    def get_patient(self, patient_id: str) -> Resource:
        with self._store.transaction() as connection:
            row = queries.get_patient(connection, self.practice_id, patient_id)
            if row is None:
                raise NotFoundError(f"no Patient/{patient_id} in this practice")
            keyring = self.keys.patient_keyrings(connection, [patient_id])[patient_id]
        return _PatientOpener(self, row, keyring).whole()

    def patient_resources(
        self, patient_id: str, resource_type: str | None = None
    ) -> list[Resource]:
        with self._store.transaction() as connection:
            rows = queries.list_patient_resources(
                connection, self.practice_id, patient_id, resource_type
            )
            return [self._open_resource(connection, row) for row in rows]

    def findings(self, resource_type: str, resource_id: str) -> list[dict[str, Any]]:
        """What the classifier found in a resource's free text when it was last written:
        each finding's field, offsets, category and qualifiers (see carevault.classify)."""
        resource_type = _supported(resource_type)
        with self._store.transaction() as connection:
            if resource_type == "Patient":
                row = queries.get_patients(connection, self.practice_id, [resource_id]).get(
                    resource_id
                )
            else:
                row = queries.get_resource(connection, self.practice_id, resource_type, resource_id)
            if row is None:
                raise NotFoundError(f"no {resource_type}/{resource_id} in this practice")
            if row["findings"] is None:
                return []
            patient_id = resource_id if resource_type == "Patient" else row["patient_id"]
            if patient_id:
                keyring = self.keys.patient_keyrings(connection, [patient_id])[patient_id]
            else:
                keyring = self.keys.staff
            record = self._record(resource_type, resource_id, row["version"])
            return list(decode(keyring.open_field(row["findings"], record, "findings")))

    def patient_of(self, resource_type: str, resource_id: str) -> str | None:
        """The patient a stored resource belongs to (a Patient: itself; staff resources:
        None), read from its row without decrypting; NotFoundError if there is none."""
        with self._store.transaction() as connection:
            return self._owner(connection, _supported(resource_type), resource_id)

    def _owner(self, connection: Connection, resource_type: str, resource_id: str) -> str | None:
        owner = queries.get_owner(connection, self.practice_id, resource_type, resource_id)
        if owner is None:
            raise NotFoundError(f"no {resource_type}/{resource_id} in this practice")
        return None if owner["patient_id"] is None else str(owner["patient_id"])

    def care_relation(
        self, practitioner_id: str, patient_id: str, *, encounter_since: date
    ) -> str | None:
        """The basis that puts this practitioner in this patient's care: "care_team",
        "general_practitioner", "registered_by" (in that order of preference) or "encounter"
        (one on or after ``encounter_since`` and not in the future: a date written ahead
        opens nothing); None if nothing does. One indexed query on clear metadata: nothing
        is decrypted."""
        with self._store.transaction() as connection:
            return queries.find_care_relation(
                connection,
                self.practice_id,
                practitioner_id,
                patient_id,
                encounter_since,
                until=self._clock().date(),
            )

    def list_resources(
        self, resource_type: str, *, limit: int = 20, after: str | None = None
    ) -> list[Resource]:
        """A page of the practice's staff resources (Practitioner) in id order, those after
        ``after``: the last id of a page asks for the next."""
        if resource_type not in STAFF_TYPES:
            raise InputError(f"only {', '.join(STAFF_TYPES)} resources are listed")
        _check_limit(limit)
        with self._store.transaction() as connection:
            rows = queries.page_resources(
                connection, self.practice_id, resource_type, after=after, limit=limit
            )
            return [self._open_resource(connection, row) for row in rows]

    def search_patient_resources(
        self,
        resource_type: str,
        patient_id: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        category: str | None = None,
        limit: int = 20,
        after: str | None = None,
    ) -> list[Resource]:
        """A page of one patient's resources of one type, in id order, those after ``after``:
        read through the patient's index, decrypted, then kept if their date lies in
        ``date_from``..``date_to`` (inclusive) and their category matches (see
        :mod:`carevault.records._criteria` for what date and category mean per type)."""
        criteria = Criteria(resource_type, date_from, date_to, category)
        _check_limit(limit)
        page = _FILTERED_PAGE if criteria.filters else limit
        with self._store.transaction() as connection:
            matching = self._matching(connection, criteria, patient_id, after, page)
            return list(islice(matching, limit))

    def _matching(
        self,
        connection: Connection,
        criteria: Criteria,
        patient_id: str,
        after: str | None,
        page: int,
    ) -> Iterator[Resource]:
        """The patient's resources that match, read and decrypted a page at a time as asked."""
        while rows := queries.page_resources(
            connection,
            self.practice_id,
            criteria.resource_type,
            patient_id=patient_id,
            after=after,
            limit=page,
        ):
            for row in rows:
                resource = self._open_resource(connection, row)
                if criteria.matches(resource):
                    yield resource
            if len(rows) < page:
                return
            after = rows[-1]["id"]

    def search_patients(
        self, query: _patients.PatientQuery, *, limit: int = 20, after: str | None = None
    ) -> list[Resource]:
        """Patients matching every criterion, confirmed after decryption, at most ``limit``,
        in id order; ``after``: only those after this id (the last of the previous page)."""
        _check_limit(limit)
        matched: list[Resource] = []
        with self._store.transaction() as connection:
            candidates = self._candidates(connection, self._lookups(query), after)
            # Most candidates of a common name are that name: ask for a few more than needed.
            while len(matched) < limit:
                chunk = list(islice(candidates, limit - len(matched) + _SEARCH_MARGIN))
                if not chunk:
                    break
                matched.extend(self._confirmed(connection, chunk, query))
        return matched[:limit]

    def _lookups(self, query: _patients.PatientQuery) -> _patients.Lookups:
        """The blind-index values to read: every one of ``all_of`` (intersected), or, for a
        name alone, any one of ``any_of`` (merged)."""
        indexer = self.keys.indexer
        terms = _patients.query_terms(query)
        alternatives = [] if terms else _patients.name_terms(query)
        return _patients.Lookups(
            all_of=tuple((name, indexer.compute(name, term)) for name, term in terms),
            any_of=tuple((name, indexer.compute(name, term)) for name, term in alternatives),
        )

    def _candidates(
        self, connection: Connection, lookups: _patients.Lookups, after: str | None
    ) -> Iterator[str]:
        """Patient ids in id order, after ``after``: those under every value of ``all_of``
        (one value is read page by page, as confirmation needs them; several are
        intersected), or those under any value of ``any_of`` (each read page by page)."""
        if lookups.any_of or len(lookups.all_of) == 1:
            pages = [
                self._paged(connection, n, v, after) for n, v in lookups.any_of or lookups.all_of
            ]
            yield from (patient_id for patient_id, _ in groupby(heapq.merge(*pages)))
            return
        candidates: list[str] | None = None
        for name, value in lookups.all_of:
            ids = queries.find_by_blind_index(
                connection, self.practice_id, name, value, after=after
            )
            if candidates is None:
                candidates = ids
            else:
                found = set(ids)
                candidates = [i for i in candidates if i in found]
        yield from candidates or []

    def _paged(
        self, connection: Connection, name: str, value: int, after: str | None
    ) -> Iterator[str]:
        while page := queries.find_by_blind_index(
            connection, self.practice_id, name, value, after=after, limit=_CANDIDATE_PAGE
        ):
            yield from page
            after = page[-1]

    def _confirmed(
        self, connection: Connection, patient_ids: list[str], query: _patients.PatientQuery
    ) -> Iterator[Resource]:
        """The candidates that match the query (blind indexes only say 'maybe'), opened in
        full; the others are opened no further than the fields the query names."""
        rows = queries.get_patients(connection, self.practice_id, patient_ids)
        keyrings = self.keys.patient_keyrings(connection, list(rows))
        asked = _patients.fields_for(query)
        rest = [name for name in _patients.STORED_FIELDS if name not in asked]
        for patient_id in patient_ids:
            row = rows.get(patient_id)
            if row is None:
                continue
            opened = _PatientOpener(self, row, keyrings[patient_id])
            parts = opened.fields(asked)
            if _patients.matches(_patients.merge(parts), query):
                yield opened.resource({**parts, **opened.fields(rest)})

    def iter_patient_ids(self, *, batch: int = 500) -> Iterator[list[str]]:
        after: str | None = None
        while True:
            with self._store.transaction() as connection:
                ids = queries.page_patient_ids(
                    connection, self.practice_id, after=after, limit=batch
                )
            if not ids:
                return
            yield ids
            after = ids[-1]

    def patients_by_id(self, patient_ids: Sequence[str]) -> dict[str, Resource]:
        with self._store.transaction() as connection:
            return self._open_patients(connection, patient_ids)

    def practitioners(self) -> list[Resource]:
        """Every Practitioner of the practice (export; the API pages with list_resources)."""
        with self._store.transaction() as connection:
            rows = list(
                queries.iter_resources(
                    connection, self.practice_id, "Practitioner", with_patient=False
                )
            )
            return [self._open_resource(connection, row) for row in rows]

    def count_patients(self) -> int:
        with self._store.transaction() as connection:
            return queries.count_patients(connection, self.practice_id)

    def _open_patients(
        self, connection: Connection, patient_ids: Sequence[str]
    ) -> dict[str, Resource]:
        rows = queries.get_patients(connection, self.practice_id, patient_ids)
        keyrings = self.keys.patient_keyrings(connection, list(rows))
        return {
            patient_id: _PatientOpener(self, row, keyrings[patient_id]).whole()
            for patient_id, row in rows.items()
        }

    def _open_resource(self, connection: Connection, row: Any) -> Resource:
        resource_type, resource_id, version = row["resource_type"], row["id"], row["version"]
        patient_id = row["patient_id"]
        if patient_id:
            keyring = self.keys.patient_keyrings(connection, [patient_id])[patient_id]
        else:
            keyring = self.keys.staff
        record = self._record(resource_type, resource_id, version)
        body = decode(keyring.open_field(row["body"], record, "body"))
        if row["text"] is not None:
            text = decode(keyring.open_field(row["text"], record, "text"))
            body = _fhir.with_note_data(body, [(int(i), str(t)) for i, t in text])
        body["resourceType"] = resource_type
        return _with_meta(body, resource_id, version, row["updated_at"])

    # -- erasure -------------------------------------------------------------------------------

    def delete_patient(self, patient_id: str, *, on_written: WriteHook | None = None) -> int:
        """Crypto-shred a patient: destroy the data key, delete the rows, then move the
        practice to a new KEK version and destroy the old one, so that the copy of the
        wrapped key inside any earlier backup can no longer be unwrapped either.
        Returns the number of data keys re-wrapped."""

        def erase(connection: Connection) -> None:
            if queries.delete_patient_keys(connection, self.practice_id, patient_id) == 0:
                raise NotFoundError(f"no Patient/{patient_id} in this practice")
            queries.delete_patient(connection, self.practice_id, patient_id)
            if on_written is not None:
                on_written(connection, patient_id)

        rewrapped = self._rekey(erase)
        self.keys.forget(patient_id)
        return rewrapped

    def rotate_kek(self) -> KekRef:
        """Re-wrap every key of the practice under a new KEK version; destroy the old one."""
        self._rekey(lambda _connection: None)
        return self.keys.kek

    def _rekey(self, change: Callable[[Connection], None]) -> int:
        """Apply ``change`` and move every key to a new KEK version, in one transaction that
        holds the practice row, then destroy every older KEK version.

        Crash-safe: the new KEK is destroyed on failure only if the database does not use it
        (a failed COMMIT may have landed); older versions left behind by a crash after the
        commit are destroyed at the next opening of the practice (see retire_old_keks)."""
        new_kek: KekRef | None = None
        try:
            with self._store.transaction() as connection:
                self.sync_kek(connection)
                new_kek = self.keys.kek.next_version()
                if self._provider.has_kek(new_kek):
                    # A leftover of a rotation that died between create_kek and COMMIT
                    # (SIGKILL, power loss: the handler below never ran). We hold the practice
                    # row, so no other rotation is using it, and the store wraps nothing under
                    # it (the row names the version before): safe to destroy, and needed, or
                    # every later erasure would fail on "already exists".
                    _security.warning("orphan_kek_destroyed", kek=new_kek.label)
                    self._provider.destroy_kek(new_kek)
                self._provider.create_kek(new_kek)
                change(connection)
                rewrapped = self.keys.rewrap_all(connection, new_kek)
                queries.set_practice_kek_version(connection, self.practice_id, new_kek.version)
        except BaseException:
            if new_kek is not None and self._kek_version_in_store() != new_kek.version:
                self._provider.destroy_kek(new_kek)
            raise
        self.keys.switch_kek(new_kek)
        self.retire_old_keks()
        return rewrapped

    def sync_kek(self, connection: Connection) -> None:
        """Lock the practice row and follow the KEK version another process may have moved
        to, so nothing is ever wrapped under a version that is being retired."""
        version = queries.lock_practice_kek_version(connection, self.practice_id)
        if version != self.keys.kek.version:
            self.keys.switch_kek(
                stored_kek(self.practice_id, key_id=self.keys.kek.key_id, version=version)
            )

    def retire_old_keks(self) -> None:
        """Destroy every KEK version older than the one in use, and remember how far we got."""
        marker = f"kek-live-from/{self.practice_id}"
        with self._store.transaction() as connection:
            live_from = int(queries.get_meta(connection, marker) or 1)
        current = self.keys.kek
        for version in range(live_from, current.version):
            self._provider.destroy_kek(KekRef(self.practice_id, current.key_id, version))
        if live_from < current.version:
            with self._store.transaction() as connection:
                queries.set_meta(connection, marker, str(current.version))

    def _kek_version_in_store(self) -> int:
        with self._store.transaction() as connection:
            return queries.lock_practice_kek_version(connection, self.practice_id)


class _PatientOpener:
    """Opens the sealed fields of one stored patient row, as many or as few as asked."""

    def __init__(self, records: PracticeRecords, row: Any, keyring: Keyring) -> None:
        self._row = row
        self._keyring = keyring
        self._record = records._record("Patient", row["id"], row["version"])

    def fields(self, names: Sequence[str]) -> dict[str, Any]:
        row = self._row
        opened = self._keyring.open_record({name: row[name] for name in names}, self._record)
        return {name: decode(plaintext) for name, plaintext in opened.items()}

    def resource(self, parts: dict[str, Any]) -> Resource:
        row = self._row
        return _with_meta(_patients.merge(parts), row["id"], row["version"], row["updated_at"])

    def whole(self) -> Resource:
        return self.resource(self.fields(_patients.STORED_FIELDS))


class _Batch:
    """One batch write: existing rows and keys loaded once, new rows inserted together."""

    def __init__(
        self, records: PracticeRecords, connection: Connection, items: Sequence[Prepared]
    ) -> None:
        self._records = records
        self._connection = connection
        self._practice_id = records.practice_id
        self._now = records._clock()
        records.sync_kek(connection)
        self.result = WriteResult()
        patient_ids = [i.id for i in items if i.resource_type == "Patient"]
        self._patients: dict[str, Mapping[Any, Any]] = dict(
            queries.get_patients(connection, self._practice_id, patient_ids)
        )
        self._others: dict[tuple[str, str], Mapping[Any, Any]] = dict(
            queries.get_resource_versions(
                connection,
                self._practice_id,
                [(i.resource_type, i.id) for i in items if i.resource_type != "Patient"],
            )
        )
        self._keyrings = self._load_keyrings(items, patient_ids)
        self._patient_rows: list[dict[str, Any]] = []
        self._index_rows: list[dict[str, Any]] = []
        self._resource_rows: list[dict[str, Any]] = []
        self._relation_rows: list[dict[str, Any]] = []

    def _load_keyrings(
        self, items: Sequence[Prepared], patient_ids: list[str]
    ) -> dict[str, Keyring]:
        """Keyrings of every patient the batch touches; new patients get a fresh data key."""
        keys = self._records.keys
        keyrings: dict[str, Keyring] = {}
        new_key_rows = []
        for patient_id in patient_ids:
            if patient_id not in self._patients and patient_id not in keyrings:
                keyrings[patient_id], row = keys.new_patient_keyring(patient_id)
                new_key_rows.append(row)
        referenced = {i.patient_id for i in items if i.patient_id} | set(self._patients)
        to_load = [p for p in referenced if p not in keyrings]
        existing = queries.get_patient_keys(self._connection, self._practice_id, to_load)
        keyrings.update(keys.patient_keyrings(self._connection, list(existing)))
        queries.insert_patient_keys(self._connection, new_key_rows)
        return keyrings

    def put_patient(self, item: Prepared) -> None:
        previous = self._patients.get(item.id)
        version = previous["version"] + 1 if previous else 1
        row = self._records._patient_row(
            item, self._keyrings[item.id], version, self._now, previous
        )
        if previous:
            queries.replace_patient(self._connection, self._practice_id, row)
            queries.delete_blind_indexes(
                self._connection, self._practice_id, item.id, previous["index_values"]
            )
            self.result.updated += 1
        else:
            self._patients[item.id] = row
            self._patient_rows.append(row)
            self.result.created += 1
            self.result.patients_created += 1
        self._index_rows.extend(self._records._index_rows(item))
        self._relate(item, item.id, previous)
        self.result.written.append(item)

    def put_resource(self, item: Prepared) -> None:
        if item.patient_id is not None and item.patient_id not in self._keyrings:
            self._reject(item, f"subject Patient/{item.patient_id} not found")
            return
        previous = self._others.get((item.resource_type, item.id))
        if previous is not None and previous["patient_id"] != item.patient_id:
            self._reject(item, f"{item.resource_type}/{item.id} belongs to another patient")
            return
        version = previous["version"] + 1 if previous else 1
        keyring = self._keyrings[item.patient_id] if item.patient_id else self._records.keys.staff
        row = self._records._resource_row(item, keyring, version, self._now, previous)
        if previous:
            queries.replace_resource(self._connection, self._practice_id, row)
            self.result.updated += 1
        else:
            self._others[(item.resource_type, item.id)] = row
            self._resource_rows.append(row)
            self.result.created += 1
        if item.patient_id is not None:
            self._relate(item, item.patient_id, previous)
        self.result.written.append(item)

    def _relate(self, item: Prepared, patient_id: str, previous: Any) -> None:
        """The care relations of a new resource join the bulk insert; those of a rewritten
        one replace its relations on the bases it makes (registered_by stays)."""
        if previous is None:
            if item.relations:
                rows = self._records._relation_rows(item, patient_id, self._now.date())
                self._relation_rows.extend(rows)
            return
        bases = {*BASES_MADE_BY.get(item.resource_type, ()), *(r.basis for r in item.relations)}
        if bases:
            rows = self._records._relation_rows(item, patient_id, previous["created_at"].date())
            queries.replace_care_relations(
                self._connection, self._practice_id, item.id, sorted(bases), rows
            )

    def _reject(self, item: Prepared, reason: str) -> None:
        self.result.rejected.append((item, f"{item.source}: {reason}"))

    def flush(self) -> WriteResult:
        queries.insert_patients(self._connection, self._patient_rows)
        queries.insert_blind_indexes(self._connection, self._index_rows)
        queries.insert_resources(self._connection, self._resource_rows)
        queries.insert_care_relations(self._connection, self._relation_rows)
        return self.result


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= SEARCH_MAX:
        raise InputError(f"limit must be between 1 and {SEARCH_MAX}")


def _supported(resource_type: str) -> str:
    """The type, if carevault keeps it (an unknown one is not echoed: it is input)."""
    if resource_type not in SUPPORTED:
        raise InputError(f"unsupported resource type (expected one of {', '.join(SUPPORTED)})")
    return resource_type


def _named_type(resource: Resource) -> str:
    """The body's type to name in messages, if carevault keeps it: anything else is input,
    which could be anything a user typed, and is not echoed."""
    kind = resource.get("resourceType")
    return kind if isinstance(kind, str) and kind in SUPPORTED else "resource"


def _registered(prepared: Prepared, practitioner_id: str, where: str) -> Prepared:
    """A new Patient with the clinician who registers it among its care relations."""
    if prepared.resource_type != "Patient":
        raise InputError(f"{where}: only a Patient is registered by a practitioner")
    relation = Relation(REGISTERED_BY, practitioner_id)
    return replace(prepared, relations=(*prepared.relations, relation))


def _with_meta(resource: Resource, resource_id: str, version: int, updated: datetime) -> Resource:
    stamp = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
    meta: dict[str, Any] = {"versionId": str(version), "lastUpdated": stamp.isoformat()}
    security = (resource.get("meta") or {}).get("security")
    if security:  # the labels carevault gave the free text when it was written
        meta["security"] = security
    return {
        "resourceType": resource["resourceType"],
        "id": resource_id,
        "meta": meta,
        **{k: v for k, v in resource.items() if k not in ("resourceType", "id", "meta")},
    }

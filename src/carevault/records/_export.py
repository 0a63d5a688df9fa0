"""The practice's own decrypting export, as FHIR resources in dependency order."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from carevault.records._fhir import Resource
from carevault.records._vault import PracticeRecords


def export_resources(
    records: PracticeRecords, *, on_patient: Callable[[str], None] | None = None
) -> Iterator[Resource]:
    """Practitioners, then each patient followed by its resources.

    ``on_patient(id)`` is called before a patient's data is yielded, so the caller can put the
    access on the record first (fail closed)."""
    yield from records.practitioners()
    for ids in records.iter_patient_ids():
        patients = records.patients_by_id(ids)
        for patient_id in ids:
            if patient_id not in patients:
                continue
            if on_patient is not None:
                on_patient(patient_id)
            yield patients[patient_id]
            yield from records.patient_resources(patient_id)

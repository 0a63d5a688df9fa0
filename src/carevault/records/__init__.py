"""The domain: patients, notes, observations, care teams; FHIR mapping; import and export."""

from carevault.records._export import export_resources
from carevault.records._fhir import SUPPORTED, parse_json
from carevault.records._import import ImportReport, import_file
from carevault.records._patients import PatientQuery
from carevault.records._prepare import Prepared
from carevault.records._vault import (
    PracticeRecords,
    StoreIdentity,
    Vault,
    WriteResult,
    record_id,
    utc_now,
)

__all__ = [
    "SUPPORTED",
    "ImportReport",
    "PatientQuery",
    "PracticeRecords",
    "Prepared",
    "StoreIdentity",
    "Vault",
    "WriteResult",
    "export_resources",
    "import_file",
    "parse_json",
    "record_id",
    "utc_now",
]

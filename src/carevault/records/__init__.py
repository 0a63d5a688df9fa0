"""The domain: patients, notes, observations, care teams; FHIR mapping; import and export."""

from carevault.records._export import export_resources
from carevault.records._fhir import SUPPORTED, parse_json
from carevault.records._import import ImportReport, import_file
from carevault.records._open import PassphrasePrompt, keep_index_bits, open_provider, open_vault
from carevault.records._patients import PatientQuery
from carevault.records._prepare import Prepared
from carevault.records._vault import (
    PracticeRecords,
    StoreIdentity,
    Vault,
    WriteHook,
    WriteResult,
    record_id,
    utc_now,
)

__all__ = [
    "SUPPORTED",
    "ImportReport",
    "PassphrasePrompt",
    "PatientQuery",
    "PracticeRecords",
    "Prepared",
    "StoreIdentity",
    "Vault",
    "WriteHook",
    "WriteResult",
    "export_resources",
    "import_file",
    "keep_index_bits",
    "open_provider",
    "open_vault",
    "parse_json",
    "record_id",
    "utc_now",
]

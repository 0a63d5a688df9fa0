"""The only place that touches keys or ciphertext.

Recipes, no algorithm choices: a :class:`Keyring` seals and opens field values bound to a
:class:`FieldContext`; a :class:`KeyProvider` wraps and unwraps data keys under KEKs it never
lets out; a :class:`BlindIndexer` makes search tokens. One failure type for everything that
does not open: :class:`~carevault.errors.DecryptionError`.
"""

from carevault.crypto._aead import DataKey, FieldContext, RecordContext
from carevault.crypto._aead import random_key_material as new_secret_key
from carevault.crypto._blind import (
    BlindIndexer,
    IdDeriver,
    fold,
    normalize_name,
    normalize_nir,
    normalize_phone,
    plan_index_bits,
)
from carevault.crypto._keyring import Keyring, new_data_key
from carevault.crypto._local import LocalKeyProvider
from carevault.crypto._pkcs11 import Pkcs11KeyProvider
from carevault.crypto._provider import KekRef, KeyProvider
from carevault.crypto._signing import verify_ed25519
from carevault.crypto._wrapping import (
    check_stored_key,
    stored_kek,
    unwrap_data_key,
    wrap_data_key,
    wrapping_aad,
)

__all__ = [
    "BlindIndexer",
    "DataKey",
    "FieldContext",
    "IdDeriver",
    "KekRef",
    "KeyProvider",
    "Keyring",
    "LocalKeyProvider",
    "Pkcs11KeyProvider",
    "RecordContext",
    "check_stored_key",
    "fold",
    "new_data_key",
    "new_secret_key",
    "normalize_name",
    "normalize_nir",
    "normalize_phone",
    "plan_index_bits",
    "stored_kek",
    "unwrap_data_key",
    "verify_ed25519",
    "wrap_data_key",
    "wrapping_aad",
]

"""Blind indexes: search encrypted fields without the plaintext (CipherSweet's design).

For each index, a key is derived with HKDF-SHA256 from the practice's dedicated index key
(info = ``carevault/blind-index/v1/<index name>``). The index value is HMAC-SHA256 of the
normalized plaintext under that key, truncated to ``bits`` bits. Truncation is deliberate:
with a planned population R, CipherSweet's sizing rule keeps the expected number of
coincidences C = R / 2**bits within 2 <= C < sqrt(R). At least two records share each index
value, so an index value alone never singles a patient out of a stolen database, while a
search still decrypts only a handful of candidates, which the caller confirms.

Known limitations. The size is planned for the configured population
(``CAREVAULT_INDEX_POPULATION``, default 100,000): a practice far smaller than planned has
index values that single out a patient (at 1,000 patients and 15 bits, most family names have
a value of their own), so plan for the practice's real size. The rule is applied per index:
an attacker who intersects several indexes of the same row narrows candidates further;
CipherSweet's stricter variant sums the bits of all indexes, which would make searches scan a
large share of the practice. Equal names still share a value: frequency analysis of a stolen
index tells that the most common value is probably the most common name, without the key.
"""

from __future__ import annotations

import hmac
import math
import re
import unicodedata
from typing import NoReturn

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO_PREFIX = b"carevault/blind-index/v1/"
_RECENT_IDS = 4096
_NOT_DIGIT = re.compile(r"\D")
_NOT_NIR = re.compile(r"[^0-9AB]")


def plan_index_bits(population: int) -> int:
    """The largest output size that keeps at least two coincidences at ``population`` rows."""
    if population < 16:
        raise ValueError("plan blind indexes for at least 16 records")
    bits = math.floor(math.log2(population / 2))
    lowest = math.floor(math.log2(population) / 2) + 1  # keeps C < sqrt(R)
    return max(bits, lowest)


class BlindIndexer:
    """Computes truncated blind indexes for one practice."""

    __slots__ = ("_bits", "_derivers", "_keys", "_mask", "_root")

    def __init__(self, index_key: bytes, *, population: int) -> None:
        if len(index_key) != 32:
            raise ValueError("an index key is 32 bytes")
        self._root = index_key
        self._bits = plan_index_bits(population)
        self._mask = (1 << self._bits) - 1
        self._keys: dict[str, bytes] = {}
        self._derivers: dict[str, IdDeriver] = {}

    @property
    def bits(self) -> int:
        return self._bits

    def __reduce__(self) -> NoReturn:
        raise TypeError("a BlindIndexer holds a key: it is never pickled")

    def compute(self, index_name: str, normalized: str) -> int:
        """Index value of an already normalized string (see the ``normalize_*`` helpers)."""
        key = self._keys.get(index_name)
        if key is None:
            key = HKDF(
                algorithm=hashes.SHA256(),
                length=32,
                salt=None,
                info=_INFO_PREFIX + index_name.encode(),
            ).derive(self._root)
            self._keys[index_name] = key
        digest = hmac.digest(key, normalized.encode(), "sha256")
        return int.from_bytes(digest[:8], "big") & self._mask

    def derived_id(self, purpose: str, value: str) -> str:
        """A UUID-shaped id derived from ``value`` under a key of its own: the same value
        always gives the same id, and without the key the id says nothing of the value."""
        return self.id_deriver(purpose).derive(value)

    def id_deriver(self, purpose: str) -> IdDeriver:
        """The deriver of ids for one purpose: it holds that purpose's key and nothing else."""
        deriver = self._derivers.get(purpose)
        if deriver is None:
            key = HKDF(
                algorithm=hashes.SHA256(),
                length=32,
                salt=None,
                info=b"carevault/derived-id/v1/" + purpose.encode(),
            ).derive(self._root)
            deriver = self._derivers[purpose] = IdDeriver(key)
        return deriver


class IdDeriver:
    """Stable ids derived from values under one key (HMAC-SHA256, shaped as a UUID v4).
    Like the indexer it comes from, it refuses to be pickled: its key is never written to a
    pipe or a file."""

    __slots__ = ("_key", "_recent")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("an id key is 32 bytes")
        self._key = key
        self._recent: dict[str, str] = {}  # references repeat: a practitioner on every note

    def derive(self, value: str) -> str:
        derived = self._recent.get(value)
        if derived is None:
            if len(self._recent) >= _RECENT_IDS:
                self._recent.clear()
            derived = _uuid4_text(hmac.digest(self._key, value.encode(), "sha256")[:16])
            self._recent[value] = derived
        return derived

    def __reduce__(self) -> NoReturn:
        raise TypeError("an IdDeriver holds a key: it is never pickled")


def _uuid4_text(raw: bytes) -> str:
    """``str(uuid.UUID(bytes=raw, version=4))``, without building a UUID object."""
    marked = bytearray(raw)
    marked[6] = (marked[6] & 0x0F) | 0x40  # version 4
    marked[8] = (marked[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = marked.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def fold(text: str) -> str:
    """Case- and accent-fold: 'Lefèvre-Dubois' -> 'lefevredubois'. Letters outside the
    Latin alphabet ('Иванов') are kept, case-folded, rather than folded away to nothing."""
    if not text or max(text) < _TABLE_END:
        return text.translate(_FOLD_TABLE)
    return _fold_slowly(text)


def _fold_slowly(text: str) -> str:
    """The definition of :func:`fold`. It works character by character (each character
    folds on its own, combining marks to nothing), so the Latin range is tabulated below."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    return "".join(ch for ch in stripped if ch.isalpha() and (ch.isascii() or not _is_latin(ch)))


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


_TABLE_END = "\u0250"  # Basic Latin to Latin Extended-B: nearly every name written in France
_FOLD_TABLE = {code: _fold_slowly(chr(code)) for code in range(ord(_TABLE_END))}


def normalize_name(name: str) -> str:
    return fold(name)


def normalize_phone(phone: str) -> str:
    """French numbers to national form: '+33 6 12 34 56 78' -> '0612345678'."""
    digits = _NOT_DIGIT.sub("", phone.replace("(0)", ""))  # '+33 (0)6 ...' is common
    if phone.strip().startswith("+33") or (digits.startswith("33") and len(digits) == 11):
        digits = "0" + digits[2:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    return digits


def normalize_nir(nir: str) -> str:
    return _NOT_NIR.sub("", nir.upper())

"""C2SP signed notes, checkpoints and cosignatures: encoding and checking, no keys.

- c2sp.org/signed-note: a text ending in a newline, a blank line, then signature lines
  ``— <key name> base64(key ID || signature)``. Key IDs are
  SHA-256(name || 0x0A || type byte || public key)[:4]; verifier keys ("vkeys") are written
  ``<name>+<hex key ID>+base64(type byte || public key)`` as golang.org/x/mod/sumdb/note does.
- c2sp.org/tlog-checkpoint: the text is ``<origin>\\n<size>\\n<base64 root>\\n`` and optional
  non-empty extension lines.
- c2sp.org/tlog-cosignature (cosignature/v1, type 0x04): a witness signs
  ``cosignature/v1\\ntime <seconds>\\n`` + the checkpoint text, and the signature is the 8-byte
  big-endian timestamp followed by the 64-byte Ed25519 signature.

Signing is a callable handed in (the key stays in carevault.crypto); checking uses
:func:`carevault.crypto.verify_ed25519`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from carevault.audit._merkle import HASH_BYTES
from carevault.crypto import verify_ed25519

ALG_ED25519 = 0x01
ALG_COSIGNATURE_V1 = 0x04
MAX_SIGNATURES = 100  # as golang.org/x/mod/sumdb/note; the spec asks for at least 16
MAX_TREE_SIZE = 2**64 - 1
_ED25519_KEY_BYTES = 32
_ED25519_SIGNATURE_BYTES = 64
_KEY_ID_BYTES = 4
_TIMESTAMP_BYTES = 8
_SIGNATURE_PREFIX = "— "  # em dash U+2014, space
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")  # at most 2**64 - 1: 20 digits
_HEX_KEY_ID = re.compile(r"[0-9a-fA-F]{8}")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # every ASCII control character but newline


class NoteError(ValueError):
    """A note, checkpoint, signature line or vkey that is malformed, or does not verify."""


class UnverifiedNoteError(NoteError):
    """A well-formed note with no valid signature from a known key, or with an invalid one."""


class ForeignCheckpointError(NoteError):
    """A checkpoint signed by the key, but of another log (origin)."""

    def __init__(self, origin: str, expected: str) -> None:
        super().__init__(f"checkpoint is of log {origin}, not {expected}")
        self.origin = origin


@dataclass(frozen=True)
class Checkpoint:
    """A log's tree head as c2sp.org/tlog-checkpoint writes it; valid by construction."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.origin or "\n" in self.origin or _CONTROL.search(self.origin):
            raise NoteError("checkpoint origin must be one non-empty line of text")
        if not 0 <= self.size <= MAX_TREE_SIZE:
            raise NoteError(f"checkpoint tree size {self.size} is out of range")
        if len(self.root) != HASH_BYTES:
            raise NoteError(f"checkpoint root hash must be {HASH_BYTES} bytes")
        for extension in self.extensions:
            if not extension or "\n" in extension or _CONTROL.search(extension):
                raise NoteError("checkpoint extension lines must be non-empty single lines")

    def body(self) -> bytes:
        """The note text: origin, size, base64 root and extension lines, each ending in \\n."""
        lines = [self.origin, str(self.size), _b64(self.root), *self.extensions]
        return "".join(f"{line}\n" for line in lines).encode()

    @classmethod
    def parse(cls, body: bytes) -> Checkpoint:
        """Strict: whatever parses has ``body()`` equal to ``body``; NoteError otherwise."""
        lines = _text_of(body, "checkpoint").split("\n")[:-1]
        if len(lines) < 3:
            raise NoteError("a checkpoint has at least 3 lines: origin, tree size, root hash")
        origin, size, root, *extensions = lines
        if not _DECIMAL.fullmatch(size):
            raise NoteError("checkpoint tree size is not a decimal number without leading zeros")
        decoded = _b64_decode(root, "checkpoint root hash")
        if len(decoded) != HASH_BYTES:
            raise NoteError(f"checkpoint root hash is {len(decoded)} bytes, not {HASH_BYTES}")
        if _b64(decoded) != root:  # else two texts, two signatures, one checkpoint
            raise NoteError("checkpoint root hash is not in canonical base64")
        return cls(origin, int(size), decoded, tuple(extensions))


@dataclass(frozen=True)
class NoteSigner:
    """An Ed25519 (type 0x01) note signer: the key's name, public key, and a way to sign."""

    name: str
    public_key: bytes
    sign: Callable[[bytes], bytes]

    def __post_init__(self) -> None:
        _check_name(self.name)
        _check_public_key(self.public_key)

    @property
    def key_id(self) -> bytes:
        return key_id_of(self.name, ALG_ED25519, self.public_key)

    @property
    def vkey(self) -> str:
        return _vkey(self.name, ALG_ED25519, self.public_key)


@dataclass(frozen=True)
class NoteVerifier:
    """A key notes are checked against: Ed25519 (0x01) or cosignature/v1 (0x04)."""

    name: str
    key_id: bytes
    public_key: bytes
    alg: int

    def __post_init__(self) -> None:
        _check_name(self.name)
        if self.alg not in (ALG_ED25519, ALG_COSIGNATURE_V1):
            raise NoteError(f"signature type {self.alg:#04x} is not supported (0x01, 0x04 are)")
        _check_public_key(self.public_key)
        if self.key_id != key_id_of(self.name, self.alg, self.public_key):
            raise NoteError(f"key ID {self.key_id.hex()} does not match key {self.name}")

    @classmethod
    def from_vkey(cls, vkey: str) -> NoteVerifier:
        """Parse ``<name>+<hex key ID>+<base64(type || public key)>``."""
        name, _, rest = vkey.partition("+")
        hex_id, _, encoded = rest.partition("+")
        if not _HEX_KEY_ID.fullmatch(hex_id):
            raise NoteError("a vkey is <name>+<8 hex digits>+<base64 key>")
        _check_name(name)
        key = _b64_decode(encoded, "vkey key")
        if len(key) != 1 + _ED25519_KEY_BYTES:
            raise NoteError(f"vkey key is {len(key)} bytes, not 1 + {_ED25519_KEY_BYTES}")
        return cls(name, bytes.fromhex(hex_id), key[1:], key[0])

    @property
    def vkey(self) -> str:
        return _vkey(self.name, self.alg, self.public_key)

    def verify(self, body: bytes, signature: bytes) -> bool:
        """Whether ``signature`` (without its key ID) is this key's signature of ``body``."""
        if self.alg == ALG_ED25519:
            return verify_ed25519(self.public_key, body, signature)
        if len(signature) != _TIMESTAMP_BYTES + _ED25519_SIGNATURE_BYTES:
            return False
        timestamp = int.from_bytes(signature[:_TIMESTAMP_BYTES], "big")
        message = _cosigned_message(body, timestamp)
        return verify_ed25519(self.public_key, message, signature[_TIMESTAMP_BYTES:])


@dataclass(frozen=True)
class NoteSignature:
    """One signature line: key name, key ID, signature bytes, and the line (ending in \\n)."""

    name: str
    key_id: bytes
    signature: bytes
    line: str

    @property
    def timestamp(self) -> int | None:
        """The time a cosignature/v1 says it was made (None if too short to be one)."""
        if len(self.signature) != _TIMESTAMP_BYTES + _ED25519_SIGNATURE_BYTES:
            return None
        return int.from_bytes(self.signature[:_TIMESTAMP_BYTES], "big")


def key_id_of(name: str, alg: int, public_key: bytes) -> bytes:
    """SHA-256(name || 0x0A || type byte || public key)[:4] (c2sp.org/signed-note)."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + public_key).digest()[:4]


def witness_vkey(name: str, public_key: bytes) -> str:
    """The vkey of a cosignature/v1 witness key."""
    _check_name(name)
    _check_public_key(public_key)
    return _vkey(name, ALG_COSIGNATURE_V1, public_key)


def sign_note(body: bytes, signer: NoteSigner) -> bytes:
    """The signed note: ``body``, a blank line, and the signer's signature line."""
    _text_of(body, "note text")
    signature = signer.sign(body)
    return body + b"\n" + _signature_line(signer.name, signer.key_id + signature).encode()


def cosign(
    body: bytes, name: str, public_key: bytes, sign: Callable[[bytes], bytes], timestamp: int
) -> str:
    """One cosignature/v1 signature line (ending in \\n) over the checkpoint ``body``."""
    _text_of(body, "checkpoint")
    _check_name(name)
    if not 0 <= timestamp < 2**64:
        raise NoteError(f"cosignature timestamp {timestamp} is out of range")
    signature = sign(_cosigned_message(body, timestamp))
    if len(signature) != _ED25519_SIGNATURE_BYTES:
        raise NoteError("the cosigner did not return a 64-byte Ed25519 signature")
    key = key_id_of(name, ALG_COSIGNATURE_V1, public_key)
    return _signature_line(name, key + timestamp.to_bytes(_TIMESTAMP_BYTES, "big") + signature)


def parse_note(note: bytes) -> tuple[bytes, list[NoteSignature]]:
    """The text and the signatures of a signed note, checked for form only."""
    text = _text_of(note, "signed note")
    split = text.rfind("\n\n")
    if split < 0:
        raise NoteError("signed note has no blank line before its signatures")
    body, signature_block = text[: split + 1], text[split + 2 :]
    if not signature_block:
        raise NoteError("signed note has no signature")
    lines = signature_block.split("\n")[:-1]
    if len(lines) > MAX_SIGNATURES:
        raise NoteError(f"signed note has more than {MAX_SIGNATURES} signatures")
    return body.encode(), [_parse_signature_line(line) for line in lines]


def verify_note(note: bytes, verifiers: Sequence[NoteVerifier]) -> tuple[bytes, list[NoteVerifier]]:
    """The note's text and the known keys that signed it (each once, in signature order).

    Signatures by unknown keys are ignored. UnverifiedNoteError if a known key's signature does
    not verify, or if no known key signed; NoteError if the note is malformed.
    """
    known = _by_name_and_key_id(verifiers)
    body, signatures = parse_note(note)
    signed_by: list[NoteVerifier] = []
    for signature in signatures:
        verifier = known.get((signature.name, signature.key_id))
        if verifier is None or verifier in signed_by:
            continue
        if not verifier.verify(body, signature.signature):
            raise UnverifiedNoteError(
                f"invalid signature for key {signature.name}+{signature.key_id.hex()}"
            )
        signed_by.append(verifier)
    if not signed_by:
        raise UnverifiedNoteError("note has no valid signature from a known key")
    return body, signed_by


def add_signatures(note: bytes, lines: Sequence[str]) -> bytes:
    """``note`` with the signature ``lines`` (each ending in \\n) appended; lines already
    present are not repeated."""
    _, present = parse_note(note)
    seen = {signature.line for signature in present}
    added: list[str] = []
    for line in lines:
        if not line.endswith("\n"):
            raise NoteError("a signature line must end in a newline")
        signature = _parse_signature_line(line[:-1])
        if signature.line not in seen:
            seen.add(signature.line)
            added.append(signature.line)
    if len(present) + len(added) > MAX_SIGNATURES:
        raise NoteError(f"a signed note carries at most {MAX_SIGNATURES} signatures")
    return note + "".join(added).encode()


def _parse_signature_line(line: str) -> NoteSignature:
    if not line.startswith(_SIGNATURE_PREFIX):
        raise NoteError("a signature line starts with an em dash and a space")
    name, _, encoded = line[len(_SIGNATURE_PREFIX) :].partition(" ")
    _check_name(name)
    raw = _b64_decode(encoded, f"signature by {name}")
    if len(raw) <= _KEY_ID_BYTES:
        raise NoteError(f"signature by {name} is too short to hold a key ID and a signature")
    return NoteSignature(name, raw[:_KEY_ID_BYTES], raw[_KEY_ID_BYTES:], line + "\n")


def _by_name_and_key_id(
    verifiers: Sequence[NoteVerifier],
) -> dict[tuple[str, bytes], NoteVerifier]:
    known: dict[tuple[str, bytes], NoteVerifier] = {}
    for verifier in verifiers:
        pair = (verifier.name, verifier.key_id)
        if known.setdefault(pair, verifier) != verifier:
            raise NoteError(f"two different keys share name and key ID {verifier.vkey}")
    return known


def _cosigned_message(body: bytes, timestamp: int) -> bytes:
    return f"cosignature/v1\ntime {timestamp}\n".encode() + body


def _signature_line(name: str, raw: bytes) -> str:
    return f"{_SIGNATURE_PREFIX}{name} {_b64(raw)}\n"


def _vkey(name: str, alg: int, public_key: bytes) -> str:
    return f"{name}+{key_id_of(name, alg, public_key).hex()}+{_b64(bytes([alg]) + public_key)}"


def _text_of(data: bytes, what: str) -> str:
    """``data`` as note text: UTF-8, no control characters but newline, ending in one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NoteError(f"{what} is not valid UTF-8") from None
    if _CONTROL.search(text):
        raise NoteError(f"{what} holds a control character other than newline")
    if not text.endswith("\n"):
        raise NoteError(f"{what} does not end in a newline")
    return text


def _check_name(name: str) -> None:
    """Key names are non-empty, without Unicode spaces or '+' (c2sp.org/signed-note)."""
    if not name or "+" in name or any(c.isspace() for c in name) or _CONTROL.search(name):
        raise NoteError(f"key name {name[:80]!r} is empty or holds a space or '+'")


def _check_public_key(public_key: bytes) -> None:
    if len(public_key) != _ED25519_KEY_BYTES:
        raise NoteError(f"an Ed25519 public key is {_ED25519_KEY_BYTES} bytes")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _b64_decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise NoteError(f"{what} is not valid base64") from None


def open_checkpoint(note: bytes, log_key: NoteVerifier) -> Checkpoint:
    """The checkpoint a signed note holds, signed by ``log_key`` and of its log (origin =
    the key's name). UnverifiedNoteError, ForeignCheckpointError, or NoteError if malformed."""
    body, _ = verify_note(note, [log_key])
    checkpoint = Checkpoint.parse(body)
    if checkpoint.origin != log_key.name:
        raise ForeignCheckpointError(checkpoint.origin, log_key.name)
    return checkpoint

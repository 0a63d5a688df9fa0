"""A witness (c2sp.org/tlog-witness): it cosigns a log's checkpoint only if the checkpoint
extends the last one it cosigned for that log, so two views of one log cannot both be cosigned.

A witness lives in a directory (mode 0700)::

    witness.json                    {"format": "carevault-witness/1", "name": "<key name>",
                                     "logs": {"<origin>": "<log vkey>"}}
    witness-key.json                its Ed25519 key, in a carevault key file (carevault.crypto)
    checkpoints/<sha256(origin)>.note   the latest checkpoint cosigned for each log: the log's
                                     signed note with the witness's cosignature appended
    checkpoints/<sha256(origin)>.lock   the lock that makes check-then-store atomic

HTTP (:func:`create_witness_app`)::

    POST /add-checkpoint            as c2sp.org/tlog-witness specifies
    GET  /latest?origin=<origin>    the latest cosigned checkpoint of that log (text/plain),
                                    404 if none; for monitors and ``audit verify``

Errors::

    WitnessError (CarevaultError)        the witness cannot be set up or opened
    ├── CheckpointRefusedError           add-checkpoint refused; ``status`` is the HTTP status
    │   ├── MalformedRequestError        400: the body is not a request, or old size > size
    │   ├── UnsignedCheckpointError      403: no valid signature by the log's trusted key
    │   ├── UnknownLogError              404: no log with that origin is trusted
    │   ├── CheckpointConflictError      409: old size is not the last size cosigned
    │   │                                     (``latest_size``), or same size, another root
    │   └── InconsistentCheckpointError  422: the consistency proof does not hold
    ├── WitnessRejected                  client: the witness refused (``status``,
    │                                     ``latest_size`` on 409)
    └── WitnessUnavailable               client: no usable answer (network, timeout, 5xx)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import Any

from carevault.audit._merkle import EMPTY_ROOT, HASH_BYTES, ProofError, verify_consistency
from carevault.audit._note import (
    ALG_ED25519,
    Checkpoint,
    NoteError,
    NoteVerifier,
    UnverifiedNoteError,
    cosign,
    parse_note,
    verify_note,
    witness_vkey,
)
from carevault.crypto import LocalKeyProvider
from carevault.errors import CarevaultError, ConfigError
from carevault.files import exclusive_lock, write_atomically
from carevault.logs import get_logger

FORMAT = "carevault-witness/1"
CONFIG_FILE = "witness.json"
KEY_FILE = "witness-key.json"
CHECKPOINTS_DIR = "checkpoints"
SIGNING_KEY = "witness"  # the key's name inside the key file
MAX_PROOF_LINES = 63  # c2sp.org/tlog-witness: clients send no more
_MAX_ANSWER_BYTES = 1 << 20
_OLD_LINE = re.compile(rb"old (0|[1-9][0-9]{0,19})")
_DECIMAL_LINE = re.compile(r"(0|[1-9][0-9]{0,19})\n")

_log = get_logger("witness")


class WitnessError(CarevaultError):
    """The witness cannot be set up, opened or reached; the message names why."""


class CheckpointRefusedError(WitnessError):
    """An add-checkpoint request refused; ``status`` is the HTTP status to answer with."""

    status = 400


class MalformedRequestError(CheckpointRefusedError):
    status = 400


class UnsignedCheckpointError(CheckpointRefusedError):
    status = 403


class UnknownLogError(CheckpointRefusedError):
    status = 404


class CheckpointConflictError(CheckpointRefusedError):
    """The request does not start from the last checkpoint cosigned, of ``latest_size``."""

    status = 409

    def __init__(self, message: str, *, latest_size: int) -> None:
        super().__init__(message)
        self.latest_size = latest_size


class InconsistentCheckpointError(CheckpointRefusedError):
    status = 422


class WitnessRejected(WitnessError):  # noqa: N818 - the name the log's publisher codes against
    """The witness answered with a refusal: HTTP ``status``; on 409, ``latest_size`` is the
    size it last cosigned (None if it did not say)."""

    def __init__(self, status: int, message: str, latest_size: int | None = None) -> None:
        super().__init__(f"witness refused the checkpoint (HTTP {status}): {message}")
        self.status = status
        self.latest_size = latest_size


class WitnessUnavailable(WitnessError):  # noqa: N818 - the name the log's publisher codes against
    """No usable answer from the witness: unreachable, timed out, or a server error."""


@dataclass(frozen=True)
class AddCheckpointRequest:
    """A parsed add-checkpoint body; ``checkpoint`` is parsed, not yet verified."""

    old_size: int
    proof: tuple[bytes, ...]
    note: bytes
    checkpoint: Checkpoint

    @classmethod
    def parse(cls, body: bytes) -> AddCheckpointRequest:
        """``old <size>``, up to 63 base64 hashes, an empty line, the signed checkpoint; each
        line ends in a newline. MalformedRequestError naming the problem otherwise."""
        head, separator, note = body.partition(b"\n\n")
        if not separator:
            raise MalformedRequestError("request has no empty line before the checkpoint")
        old_line, *proof_lines = head.split(b"\n")
        old = _OLD_LINE.fullmatch(old_line)
        if old is None:
            raise MalformedRequestError("request does not start with an 'old <size>' line")
        if len(proof_lines) > MAX_PROOF_LINES:
            raise MalformedRequestError(f"request has more than {MAX_PROOF_LINES} proof lines")
        proof = tuple(_proof_hash(line, number) for number, line in enumerate(proof_lines, 1))
        try:
            checkpoint = Checkpoint.parse(parse_note(note)[0])
        except NoteError as exc:
            raise MalformedRequestError(f"request's checkpoint is malformed: {exc}") from None
        return cls(int(old.group(1)), proof, note, checkpoint)


def add_checkpoint_body(old_size: int, proof: Sequence[bytes], signed_checkpoint: bytes) -> bytes:
    """The add-checkpoint request body (c2sp.org/tlog-witness)."""
    lines = [f"old {old_size}", *(base64.b64encode(hash_).decode() for hash_ in proof)]
    return "".join(f"{line}\n" for line in lines).encode() + b"\n" + signed_checkpoint


class Witness:
    """A directory-backed witness. Make one with :meth:`init`, then :meth:`open` it."""

    def __init__(self, directory: Path, name: str, keys: LocalKeyProvider) -> None:
        self._directory = directory
        self._name = name
        self._keys = keys
        self._public_key = keys.signing_public_key(SIGNING_KEY)

    @classmethod
    def init(cls, directory: Path, name: str) -> Witness:
        """Create the directory (0700), the witness's key, and an empty list of logs."""
        try:
            witness_vkey(name, bytes(32))  # a stand-in key: only the name is checked
        except NoteError as exc:
            raise WitnessError(f"witness name: {exc}") from None
        if directory.exists() and any(directory.iterdir()):
            raise WitnessError(f"{directory} is not empty; a witness needs a directory of its own")
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        directory.chmod(0o700)
        keys = LocalKeyProvider.create(directory / KEY_FILE, store_id=_store_id(name))
        keys.create_signing_key(SIGNING_KEY)
        (directory / CHECKPOINTS_DIR).mkdir(mode=0o700)
        _write_config(directory, {"format": FORMAT, "name": name, "logs": {}})
        return cls(directory, name, keys)

    @classmethod
    def open(cls, directory: Path) -> Witness:
        name = _read_config(directory)["name"]
        keys = LocalKeyProvider.open(directory / KEY_FILE, expected_store_id=_store_id(name))
        return cls(directory, name, keys)

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def name(self) -> str:
        return self._name

    @property
    def public_key(self) -> bytes:
        return self._public_key

    @property
    def vkey(self) -> str:
        """The witness's cosignature/v1 verifier key, for the logs and their verifiers."""
        return witness_vkey(self._name, self._public_key)

    def trusted_logs(self) -> dict[str, str]:
        """Origin -> the log's vkey, for every log this witness cosigns."""
        return dict(_read_config(self._directory)["logs"])

    def trust(self, origin: str, log_vkey: str) -> None:
        """Cosign the log ``origin`` from now on, checking its checkpoints with ``log_vkey``
        (an Ed25519 note key); replaces the key of a log already trusted."""
        try:
            Checkpoint(origin, 0, EMPTY_ROOT)
            verifier = NoteVerifier.from_vkey(log_vkey)
        except NoteError as exc:
            raise WitnessError(f"cannot trust log {origin[:200]!r}: {exc}") from None
        if verifier.alg != ALG_ED25519:
            raise WitnessError("a log's key is an Ed25519 note key (type 0x01)")
        with exclusive_lock(self._directory / f".{CONFIG_FILE}.lock"):
            config = _read_config(self._directory)
            config["logs"][origin] = verifier.vkey
            _write_config(self._directory, config)

    def add_checkpoint(self, request_body: bytes, now: int) -> bytes:
        """Handle one add-checkpoint request (c2sp.org/tlog-witness): the cosignature line to
        answer with, once the checkpoint is stored; a CheckpointRefusedError if refused."""
        # 1. The request is well formed (400).
        request = AddCheckpointRequest.parse(request_body)
        checkpoint = request.checkpoint
        # 2. The log is one this witness follows (404).
        log_key = self._log_key(checkpoint.origin)
        # 3. The log's trusted key signed it; signatures by other keys are ignored (403).
        log_signature = _log_signature_line(request.note, log_key)
        # 4. The old size is no larger than the new (400).
        if request.old_size > checkpoint.size:
            raise MalformedRequestError(
                f"old size {request.old_size} is larger than the checkpoint's {checkpoint.size}"
            )
        # 5. Check against the last checkpoint cosigned and store the new one as one step, so
        #    two requests racing cannot roll the log back (the spec's race).
        with exclusive_lock(self._checkpoint_path(checkpoint.origin).with_suffix(".lock")):
            self._check_extends_latest(request)
            body = checkpoint.body()  # the text the log signed: Checkpoint.parse is strict
            line = cosign(body, self._name, self._public_key, self._sign, timestamp=now)
            cosigned = body + b"\n" + log_signature.encode() + line.encode()
            write_atomically(self._checkpoint_path(checkpoint.origin), cosigned)
        _log.info("cosigned", origin=checkpoint.origin, size=checkpoint.size)
        return line.encode()

    def latest(self, origin: str) -> bytes | None:
        """The latest checkpoint cosigned for ``origin`` (the log's signature and this
        witness's cosignature), or None."""
        try:
            return self._checkpoint_path(origin).read_bytes()
        except FileNotFoundError:
            return None

    def _check_extends_latest(self, request: AddCheckpointRequest) -> None:
        checkpoint = request.checkpoint
        latest = self._latest_checkpoint(checkpoint.origin)
        latest_size, latest_root = (0, EMPTY_ROOT) if latest is None else latest
        # 5a. The client starts from the size this witness last cosigned (409).
        if request.old_size != latest_size:
            raise CheckpointConflictError(
                f"old size {request.old_size} is not {latest_size}, the size last cosigned",
                latest_size=latest_size,
            )
        # 5b. The same size with another root is another log: a fork (409).
        if checkpoint.size == latest_size and checkpoint.root != latest_root:
            _log.warning("fork_refused", origin=checkpoint.origin, size=checkpoint.size)
            raise CheckpointConflictError(
                f"another root for size {latest_size}, the size last cosigned",
                latest_size=latest_size,
            )
        # 5c. The new tree extends the one cosigned (422); kept in the log as evidence.
        try:
            verify_consistency(
                latest_size, checkpoint.size, latest_root, checkpoint.root, request.proof
            )
        except ProofError as exc:
            _log.warning(
                "inconsistent_checkpoint_refused",
                origin=checkpoint.origin,
                old_size=latest_size,
                size=checkpoint.size,
                root=base64.b64encode(checkpoint.root).decode(),
                message=str(exc),
            )
            raise InconsistentCheckpointError(str(exc)) from None

    def _latest_checkpoint(self, origin: str) -> tuple[int, bytes] | None:
        note = self.latest(origin)
        if note is None:
            return None
        try:
            stored = Checkpoint.parse(parse_note(note)[0])
        except NoteError as exc:
            raise WitnessError(f"the stored checkpoint of {origin} is corrupt: {exc}") from None
        return stored.size, stored.root

    def _log_key(self, origin: str) -> NoteVerifier:
        vkey = self.trusted_logs().get(origin)
        if vkey is None:
            raise UnknownLogError(f"this witness does not follow the log {origin[:200]}")
        return NoteVerifier.from_vkey(vkey)

    def _checkpoint_path(self, origin: str) -> Path:
        digest = hashlib.sha256(origin.encode()).hexdigest()
        return self._directory / CHECKPOINTS_DIR / f"{digest}.note"

    def _sign(self, message: bytes) -> bytes:
        return self._keys.sign(SIGNING_KEY, message)


def submit_checkpoint(
    url: str, old_size: int, proof: Sequence[bytes], signed_checkpoint: bytes, timeout: float
) -> list[str]:
    """POST an add-checkpoint request to ``url`` (the witness's .../add-checkpoint); its
    signature lines, each ending in a newline. WitnessRejected if it refuses (4xx),
    WitnessUnavailable if it gives no usable answer."""
    body = add_checkpoint_body(old_size, proof, signed_checkpoint)
    request = urllib.request.Request(_checked(url), data=body, method="POST")  # noqa: S310 - http(s) only
    answer = _http(request, timeout)
    try:
        _, signatures = parse_note(b"-\n\n" + answer)
    except NoteError as exc:
        raise WitnessRejected(200, f"the answer is not signature lines: {exc}") from None
    return [signature.line for signature in signatures]


def fetch_latest(url: str, origin: str, timeout: float) -> bytes | None:
    """GET the latest checkpoint a witness cosigned for ``origin`` from ``url`` (its
    .../latest); None if it has none. Errors as :func:`submit_checkpoint`."""
    query = urllib.parse.urlencode({"origin": origin})
    try:
        request = urllib.request.Request(f"{_checked(url)}?{query}")  # noqa: S310 - http(s) only
        return _http(request, timeout)
    except WitnessRejected as refused:
        if refused.status == 404:
            return None
        raise


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A witness that redirects is answered as a refusal, never followed (a POST would
    silently become a GET)."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _http(request: urllib.request.Request, timeout: float) -> bytes:
    """The body of a 2xx answer; WitnessRejected for 3xx-4xx, WitnessUnavailable otherwise."""
    try:
        with _opener.open(request, timeout=timeout) as response:
            return bytes(response.read(_MAX_ANSWER_BYTES))
    except urllib.error.HTTPError as refused:
        raise _refusal(refused) from None
    except (urllib.error.URLError, OSError, HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise WitnessUnavailable(f"witness {request.full_url} gives no answer: {reason}") from None


def _refusal(refused: urllib.error.HTTPError) -> WitnessError:
    try:
        text = refused.read(4096).decode("utf-8", "replace")
    except (OSError, HTTPException):
        text = ""
    finally:
        refused.close()
    if refused.code >= 500:
        return WitnessUnavailable(f"witness error (HTTP {refused.code}): {text.strip()[:200]}")
    latest_size = None
    if refused.code == 409 and _DECIMAL_LINE.fullmatch(text):
        latest_size = int(text)
    return WitnessRejected(refused.code, text.strip()[:200] or str(refused.reason), latest_size)


def _checked(url: str) -> str:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(f"witness URL {url[:200]!r} is not http:// or https://")
    return url


def _log_signature_line(note: bytes, log_key: NoteVerifier) -> str:
    """The log's signature line of a checkpoint, once it verifies with ``log_key``."""
    try:
        verify_note(note, [log_key])
    except UnverifiedNoteError as exc:
        raise UnsignedCheckpointError(f"not signed by the log's key: {exc}") from None
    except NoteError as exc:
        raise MalformedRequestError(f"request's checkpoint is malformed: {exc}") from None
    _, signatures = parse_note(note)
    return next(
        signature.line
        for signature in signatures
        if (signature.name, signature.key_id) == (log_key.name, log_key.key_id)
    )


def _proof_hash(line: bytes, number: int) -> bytes:
    try:
        decoded = base64.b64decode(line, validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    if len(decoded) != HASH_BYTES:
        raise MalformedRequestError(f"proof line {number} is not a base64 {HASH_BYTES}-byte hash")
    return decoded


def _read_config(directory: Path) -> dict[str, Any]:
    path = directory / CONFIG_FILE
    try:
        config = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise WitnessError(f"{directory} is not a witness (no {CONFIG_FILE}); run init") from None
    except (OSError, ValueError) as exc:
        raise WitnessError(f"{path} cannot be read: {exc}") from None
    if (
        not isinstance(config, dict)
        or config.get("format") != FORMAT
        or not isinstance(config.get("name"), str)
        or not isinstance(config.get("logs"), dict)
    ):
        raise WitnessError(f"{path} is not a {FORMAT} file")
    return config


def _write_config(directory: Path, config: dict[str, Any]) -> None:
    write_atomically(directory / CONFIG_FILE, json.dumps(config, indent=1).encode() + b"\n")


def _store_id(name: str) -> str:
    return f"witness-{name}"

"""The witness (c2sp.org/tlog-witness) over real HTTP, its client, and its CLI."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from carevault.api import create_witness_app
from carevault.audit._merkle import (
    NodeReader,
    consistency_proof,
    leaf_hash,
    node_hash,
    root_hash,
)
from carevault.audit._note import (
    Checkpoint,
    NoteSigner,
    NoteVerifier,
    add_signatures,
    parse_note,
    sign_note,
    verify_note,
)
from carevault.audit._witness import (
    CheckpointConflictError,
    CheckpointRefusedError,
    InconsistentCheckpointError,
    MalformedRequestError,
    UnknownLogError,
    UnsignedCheckpointError,
    Witness,
    WitnessError,
    WitnessRejected,
    WitnessUnavailable,
    add_checkpoint_body,
    fetch_latest,
    submit_checkpoint,
)
from carevault.errors import ConfigError
from support.cli import CLI
from support.serving import serving

ORIGIN = "carevault.example/log-1"
WITNESS_NAME = "witness.example/w1"
NOW = 1_700_000_000


class FakeLog:
    """A log in memory: entries, the RFC 9162 tree over them, checkpoints signed by its key."""

    def __init__(self, key: Ed25519PrivateKey, origin: str = ORIGIN, tag: str = "a") -> None:
        self.signer = NoteSigner(origin, key.public_key().public_bytes_raw(), key.sign)
        self.origin = origin
        self.tag = tag
        self.entries: list[bytes] = []

    @property
    def vkey(self) -> str:
        return self.signer.vkey

    def append(self, count: int) -> None:
        start = len(self.entries)
        self.entries += [f"{self.tag} {i}".encode() for i in range(start, start + count)]

    def note(self, size: int) -> bytes:
        root = root_hash(size, self._reader())
        return sign_note(Checkpoint(self.origin, size, root).body(), self.signer)

    def proof(self, old: int, new: int) -> list[bytes]:
        return [] if old == 0 else consistency_proof(old, new, self._reader())

    def request(self, old: int, new: int) -> bytes:
        return add_checkpoint_body(old, self.proof(old, new), self.note(new))

    def _reader(self) -> NodeReader:
        nodes = {(0, i): leaf_hash(entry) for i, entry in enumerate(self.entries)}
        height = 1
        while 1 << height <= len(self.entries):
            for index in range(len(self.entries) >> height):
                left, right = nodes[height - 1, 2 * index], nodes[height - 1, 2 * index + 1]
                nodes[height, index] = node_hash(left, right)
            height += 1
        return lambda h, i: nodes[h, i]


@pytest.fixture
def log_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def log(log_key: Ed25519PrivateKey) -> FakeLog:
    log = FakeLog(log_key)
    log.append(5)
    return log


@pytest.fixture
def witness(tmp_path: Path, log: FakeLog) -> Witness:
    witness = Witness.init(tmp_path / "witness", WITNESS_NAME)
    witness.trust(ORIGIN, log.vkey)
    return witness


@pytest.fixture
def url(witness: Witness) -> Iterator[str]:
    with serving(create_witness_app(witness, clock=lambda: NOW)) as base:
        yield base


def _verifiers(witness: Witness, log: FakeLog) -> tuple[NoteVerifier, NoteVerifier]:
    return NoteVerifier.from_vkey(log.vkey), NoteVerifier.from_vkey(witness.vkey)


def _post(url: str, body: bytes) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=body, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, answer.headers["content-type"], answer.read()
    except urllib.error.HTTPError as refused:
        with refused:
            return refused.code, refused.headers["content-type"], refused.read()


# --- The protocol over real HTTP ------------------------------------------------------------
def test_a_first_then_a_consistent_checkpoint_are_cosigned(
    url: str, witness: Witness, log: FakeLog
) -> None:
    log_verifier, witness_verifier = _verifiers(witness, log)
    first = log.note(5)
    lines = submit_checkpoint(f"{url}/add-checkpoint", 0, [], first, timeout=5)
    assert len(lines) == 1 and lines[0].startswith(f"— {WITNESS_NAME} ")
    assert verify_note(add_signatures(first, lines), [witness_verifier])[1] == [witness_verifier]

    log.append(3)
    second = log.note(8)
    lines = submit_checkpoint(f"{url}/add-checkpoint", 5, log.proof(5, 8), second, timeout=5)
    cosigned = add_signatures(second, lines)
    body, signed_by = verify_note(cosigned, [log_verifier, witness_verifier])
    assert signed_by == [log_verifier, witness_verifier]
    assert parse_note(cosigned)[1][1].timestamp == NOW

    stored = witness.latest(ORIGIN)
    assert stored is not None
    assert verify_note(stored, [log_verifier, witness_verifier]) == (
        body,
        [log_verifier, witness_verifier],
    )
    assert Checkpoint.parse(body).size == 8
    assert fetch_latest(f"{url}/latest", ORIGIN, timeout=5) == stored
    assert fetch_latest(f"{url}/latest", "other.example/log", timeout=5) is None


def test_a_stale_old_size_gets_409_and_the_latest_size(
    url: str, witness: Witness, log: FakeLog
) -> None:
    witness.add_checkpoint(log.request(0, 5), NOW)
    log.append(3)
    witness.add_checkpoint(log.request(5, 8), NOW)
    log.append(1)
    status, content_type, body = _post(f"{url}/add-checkpoint", log.request(5, 9))
    assert (status, content_type, body) == (409, "text/x.tlog.size", b"8\n")
    with pytest.raises(WitnessRejected) as refused:
        submit_checkpoint(f"{url}/add-checkpoint", 0, [], log.note(9), timeout=5)
    assert (refused.value.status, refused.value.latest_size) == (409, 8)


def test_a_bad_consistency_proof_gets_422(url: str, witness: Witness, log: FakeLog) -> None:
    witness.add_checkpoint(log.request(0, 5), NOW)
    log.append(4)
    proof = log.proof(5, 9)
    proof[0] = bytes([proof[0][0] ^ 1]) + proof[0][1:]
    with pytest.raises(WitnessRejected) as refused:
        submit_checkpoint(f"{url}/add-checkpoint", 5, proof, log.note(9), timeout=5)
    assert refused.value.status == 422
    assert "does not lead to the" in str(refused.value)
    with pytest.raises(WitnessRejected) as refused:
        submit_checkpoint(f"{url}/add-checkpoint", 5, proof[1:], log.note(9), timeout=5)
    assert refused.value.status == 422


def test_an_unknown_origin_gets_404(url: str, log_key: Ed25519PrivateKey) -> None:
    stranger = FakeLog(log_key, origin="stranger.example/log")
    stranger.append(2)
    status, _, body = _post(f"{url}/add-checkpoint", stranger.request(0, 2))
    assert status == 404
    assert b"does not follow the log stranger.example/log" in body


def test_a_checkpoint_signed_by_another_key_gets_403(url: str) -> None:
    impostor = FakeLog(Ed25519PrivateKey.generate())  # same origin and name, another key
    impostor.append(5)
    with pytest.raises(WitnessRejected) as refused:
        submit_checkpoint(f"{url}/add-checkpoint", 0, [], impostor.note(5), timeout=5)
    assert refused.value.status == 403


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda body: b"old 0\n", b"empty line before"),
        (lambda body: body.replace(b"old 0\n\n", b"old 0\n"), b"proof line 1"),
        (lambda body: body.replace(b"old 0", b"old 00"), b"'old <size>' line"),
        (lambda body: body.replace(b"old 0", b"new 0"), b"'old <size>' line"),
        (lambda body: body.replace(b"old 0\n", b"old 0\nnot-a-hash\n"), b"proof line 1"),
        (lambda body: body.replace(b"old 0\n", b"old 0\nAAAA\n"), b"proof line 1"),
        (lambda body: body.replace(b"old 0", b"old 6"), b"larger than the checkpoint's 5"),
        (lambda body: body.replace(b"\n5\n", b"\nfive\n"), b"checkpoint is malformed"),
        (lambda body: body[:-1], b"checkpoint is malformed"),
        (lambda body: b"old 0\n" + b"AAAA\n" * 64 + body[5:], b"more than 63 proof lines"),
    ],
)
def test_a_malformed_request_gets_400(
    url: str, log: FakeLog, mangle: object, message: bytes
) -> None:
    assert callable(mangle)
    status, _, body = _post(f"{url}/add-checkpoint", mangle(log.request(0, 5)))
    assert status == 400
    assert message in body


def test_a_tree_size_beyond_64_bits_gets_400(url: str, log: FakeLog) -> None:
    body = log.request(0, 5).replace(b"\n5\n", b"\n" + b"9" * 5000 + b"\n", 1)
    status, _, answer = _post(f"{url}/add-checkpoint", body)
    assert status == 400
    assert b"tree size" in answer


def test_an_oversized_request_gets_400(url: str) -> None:
    status, _, body = _post(f"{url}/add-checkpoint", b"old 0\n" + b"x" * (1 << 20))
    assert status == 400
    assert b"larger than" in body


def test_latest_needs_an_origin(url: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{url}/latest", timeout=5)
    refused.value.close()
    assert refused.value.code == 400


# --- Split views, sizes and crashes -----------------------------------------------------------
def test_a_fork_of_the_log_is_not_cosigned(witness: Witness, log_key: Ed25519PrivateKey) -> None:
    """Two logs with one origin and one key (a split view): the witness follows the first."""
    honest, fork = FakeLog(log_key, tag="honest"), FakeLog(log_key, tag="fork")
    honest.append(5)
    fork.append(7)
    witness.add_checkpoint(honest.request(0, 5), NOW)
    stored = witness.latest(ORIGIN)

    with pytest.raises(CheckpointConflictError) as same_size:
        witness.add_checkpoint(fork.request(5, 5), NOW)
    assert same_size.value.latest_size == 5
    with pytest.raises(InconsistentCheckpointError):
        witness.add_checkpoint(fork.request(5, 7), NOW)
    with pytest.raises(CheckpointConflictError):
        witness.add_checkpoint(fork.request(0, 7), NOW)
    assert witness.latest(ORIGIN) == stored

    honest.append(2)
    witness.add_checkpoint(honest.request(5, 7), NOW)  # the log it follows goes on


def test_the_same_checkpoint_again_is_cosigned_again(witness: Witness, log: FakeLog) -> None:
    witness.add_checkpoint(log.request(0, 5), NOW)
    line = witness.add_checkpoint(log.request(5, 5), NOW + 60)
    assert parse_note(b"-\n\n" + line)[1][0].timestamp == NOW + 60


def test_an_empty_log_is_cosigned_only_with_the_empty_root(
    witness: Witness, log_key: Ed25519PrivateKey
) -> None:
    empty = FakeLog(log_key)
    witness.add_checkpoint(empty.request(0, 0), NOW)
    bogus = sign_note(Checkpoint(ORIGIN, 0, b"\x01" * 32).body(), empty.signer)
    with pytest.raises(CheckpointConflictError):
        witness.add_checkpoint(add_checkpoint_body(0, [], bogus), NOW)


def test_refusals_carry_their_http_status(witness: Witness, log: FakeLog) -> None:
    cases: list[tuple[bytes, type[CheckpointRefusedError], int]] = [
        (b"garbage", MalformedRequestError, 400),
        (FakeLog(Ed25519PrivateKey.generate()).request(0, 0), UnsignedCheckpointError, 403),
        (FakeLog(Ed25519PrivateKey.generate(), "x.example/l").request(0, 0), UnknownLogError, 404),
        (log.request(0, 5).replace(b"old 0", b"old 3"), CheckpointConflictError, 409),
    ]
    for body, error, status in cases:
        with pytest.raises(error) as refused:
            witness.add_checkpoint(body, NOW)
        assert refused.value.status == status


def test_a_crash_while_storing_leaves_the_previous_checkpoint(
    witness: Witness, log: FakeLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    witness.add_checkpoint(log.request(0, 5), NOW)
    before = witness.latest(ORIGIN)
    log.append(3)

    def crash(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="No space left"):
        witness.add_checkpoint(log.request(5, 8), NOW)
    with TestClient(create_witness_app(witness)) as client:
        answer = client.post("/add-checkpoint", content=log.request(5, 8))
    assert answer.status_code == 500
    monkeypatch.undo()

    assert witness.latest(ORIGIN) == before
    leftovers = [p.name for p in (witness.directory / "checkpoints").iterdir()]
    assert sorted(Path(name).suffix for name in leftovers) == [".lock", ".note"]
    witness.add_checkpoint(log.request(5, 8), NOW)  # nothing half-done blocks the next one


def test_two_processes_racing_cosign_only_one(witness: Witness, log: FakeLog) -> None:
    """Two witnesses on one directory (as two processes would be), each given a different
    extension of size 5: the lock lets exactly one through; the other sees its size."""
    witness.add_checkpoint(log.request(0, 5), NOW)
    log.append(4)
    outcomes: dict[int, str | int] = {}

    def submit(size: int) -> None:
        copy = Witness.open(witness.directory)
        try:
            copy.add_checkpoint(log.request(5, size), NOW)
            outcomes[size] = "cosigned"
        except CheckpointConflictError as exc:
            outcomes[size] = exc.latest_size

    threads = [threading.Thread(target=submit, args=(size,)) for size in (8, 9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    [winner] = [size for size, outcome in outcomes.items() if outcome == "cosigned"]
    [loser] = [size for size in outcomes if size != winner]
    assert outcomes[loser] == winner
    stored = witness.latest(ORIGIN)
    assert stored is not None
    assert Checkpoint.parse(parse_note(stored)[0]).size == winner


# --- Setting up -----------------------------------------------------------------------------
def test_init_makes_a_private_directory_and_refuses_to_overwrite(tmp_path: Path) -> None:
    witness = Witness.init(tmp_path / "w", WITNESS_NAME)
    assert stat.S_IMODE((tmp_path / "w").stat().st_mode) == 0o700
    assert NoteVerifier.from_vkey(witness.vkey).name == WITNESS_NAME
    assert Witness.open(tmp_path / "w").vkey == witness.vkey
    with pytest.raises(WitnessError, match="not empty"):
        Witness.init(tmp_path / "w", WITNESS_NAME)
    with pytest.raises(WitnessError, match="witness name"):
        Witness.init(tmp_path / "other", "has space")
    with pytest.raises(WitnessError, match="not a witness"):
        Witness.open(tmp_path)


def test_trust_checks_the_log_key(witness: Witness, log: FakeLog) -> None:
    with pytest.raises(WitnessError, match="cannot trust log"):
        witness.trust(ORIGIN, "not a vkey")
    with pytest.raises(WitnessError, match="Ed25519 note key"):
        witness.trust(ORIGIN, witness.vkey)
    with pytest.raises(WitnessError, match="cannot trust log"):
        witness.trust("", log.vkey)
    assert witness.trusted_logs() == {ORIGIN: log.vkey}


# --- The client -------------------------------------------------------------------------------
def test_the_client_reports_an_unreachable_witness(log: FakeLog) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(WitnessUnavailable, match="gives no answer"):
        submit_checkpoint(f"http://127.0.0.1:{port}/add-checkpoint", 0, [], log.note(5), 2)
    with pytest.raises(ConfigError, match="not http"):
        submit_checkpoint("file:///etc/passwd", 0, [], log.note(5), 2)


def test_the_client_reports_server_errors_and_nonsense(log: FakeLog) -> None:
    async def broken(_: object) -> PlainTextResponse:
        return PlainTextResponse("boom", status_code=503)

    async def nonsense(_: object) -> PlainTextResponse:
        return PlainTextResponse("hello\n")

    app = Starlette(
        routes=[
            Route("/broken", broken, methods=["POST"]),
            Route("/nonsense", nonsense, methods=["POST"]),
        ]
    )
    with serving(app) as base:
        with pytest.raises(WitnessUnavailable, match="HTTP 503"):
            submit_checkpoint(f"{base}/broken", 0, [], log.note(5), 5)
        with pytest.raises(WitnessRejected, match="not signature lines"):
            submit_checkpoint(f"{base}/nonsense", 0, [], log.note(5), 5)


# --- The CLI --------------------------------------------------------------------------------
def test_the_cli_sets_up_a_witness_and_shows_what_it_cosigned(
    cli: CLI, tmp_path: Path, log: FakeLog
) -> None:
    directory = str(tmp_path / "w")
    code, out, err = cli("audit", "witness", "init", "--dir", directory, "--name", WITNESS_NAME)
    assert code == 0, err
    vkey = out.strip()
    assert NoteVerifier.from_vkey(vkey).name == WITNESS_NAME
    code, out, err = cli(
        "audit",
        "witness",
        "trust",
        "--dir",
        directory,
        "--origin",
        ORIGIN,
        "--vkey",
        log.vkey,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == {"origin": ORIGIN, "vkey": log.vkey}

    code, _, err = cli("audit", "witness", "latest", "--dir", directory, "--origin", ORIGIN)
    assert (code, err) == (1, f"error: no checkpoint of {ORIGIN} cosigned yet\n")
    Witness.open(Path(directory)).add_checkpoint(log.request(0, 5), NOW)
    code, out, err = cli("audit", "witness", "latest", "--dir", directory, "--origin", ORIGIN)
    assert code == 0, err
    assert (
        verify_note(out.encode(), [NoteVerifier.from_vkey(vkey)])[0] == parse_note(log.note(5))[0]
    )


def test_the_cli_init_speaks_json_and_names_errors(cli: CLI, tmp_path: Path) -> None:
    code, out, err = cli(
        "audit", "witness", "init", "--dir", str(tmp_path / "w"), "--name", "w1", "--json"
    )
    assert code == 0, err
    assert set(json.loads(out)) == {"name", "vkey", "dir"}
    code, out, err = cli("audit", "witness", "init", "--dir", str(tmp_path / "w"), "--name", "w1")
    assert code == 1 and "not empty" in err
    code, _, err = cli(
        "audit", "witness", "trust", "--dir", str(tmp_path / "w"), "--origin", "o", "--vkey", "x"
    )
    assert code == 1 and err.startswith("error: cannot trust log 'o'")


def test_the_cli_serves_the_witness_app(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Witness.init(tmp_path / "w", WITNESS_NAME)
    served: list[tuple[object, dict[str, object]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append((app, options)))
    code, _, err = cli("audit", "witness", "serve", "--dir", str(tmp_path / "w"), "--port", "7999")
    assert code == 0, err
    [(app, options)] = served
    assert isinstance(app, Starlette)
    assert (options["host"], options["port"]) == ("127.0.0.1", 7999)

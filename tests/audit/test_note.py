"""Signed notes, checkpoints and cosignatures against the C2SP specs and the Go reference."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from carevault.audit._note import (
    ALG_COSIGNATURE_V1,
    ALG_ED25519,
    Checkpoint,
    ForeignCheckpointError,
    NoteError,
    NoteSigner,
    NoteVerifier,
    UnverifiedNoteError,
    add_signatures,
    cosign,
    key_id_of,
    open_checkpoint,
    parse_note,
    sign_note,
    verify_note,
    witness_vkey,
)

# golang.org/x/mod sumdb/note/note_test.go (TestSign, TestOpen, TestNewVerifier; commit
# 02c991387e35f9e4c0a9b7ce137717055f8d716d). The skey is PRIVATE+KEY+PeterNeumann+c74f20a3+
# base64(0x01 || Ed25519 seed).
PETER_SEED = base64.b64decode("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")[1:]
PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
TEXT = (
    b"If you think cryptography is the answer to your problem,\n"
    b"then you don't know what your problem is.\n"
)
PETER_SIG = (
    "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotp"
    "RZb6KE6RyyBwJnAM=\n"
).encode()
ENOCH_SIG = (
    "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox3"
    "3WWd1RvMc+QQ=\n"
).encode()
# The c2sp.org/tlog-checkpoint and tlog-cosignature example checkpoint, and the first bytes of
# the example cosignature: key ID, then the timestamp of the spec's "time 1679315147" line.
SPEC_CHECKPOINT = (
    b"example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
)
SPEC_COSIGNATURE_PREFIX = "jWbPPwAAAABkGFDL"


def _new_signer(name: str) -> tuple[NoteSigner, Ed25519PrivateKey]:
    private = Ed25519PrivateKey.generate()
    return NoteSigner(name, private.public_key().public_bytes_raw(), private.sign), private


# --- Verifier keys --------------------------------------------------------------------------
def test_the_go_vkey_parses_with_its_key_id() -> None:
    verifier = NoteVerifier.from_vkey(PETER_VKEY)
    assert (verifier.name, verifier.key_id.hex(), verifier.alg) == (
        "PeterNeumann",
        "c74f20a3",
        ALG_ED25519,
    )
    assert verifier.vkey == PETER_VKEY


def test_a_vkey_whose_key_holds_a_plus_parses() -> None:
    # transparency-dev/formats note/note_cosigv1_test.go ("works"; commit 210e7601).
    verifier = NoteVerifier.from_vkey("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6")
    assert verifier.key_id.hex() == "7997405c"


def test_every_mangled_vkey_is_refused() -> None:
    """As TestNewVerifier does: every proper substring, and every byte bumped by one."""
    for start in range(len(PETER_VKEY) + 1):
        for end in range(start + 1, len(PETER_VKEY) + 1):
            if (start, end) != (0, len(PETER_VKEY)):
                with pytest.raises(NoteError):
                    NoteVerifier.from_vkey(PETER_VKEY[start:end])
    for position in range(len(PETER_VKEY)):
        bumped = chr(ord(PETER_VKEY[position]) + 1)
        with pytest.raises(NoteError):
            NoteVerifier.from_vkey(PETER_VKEY[:position] + bumped + PETER_VKEY[position + 1 :])


@pytest.mark.parametrize(
    ("vkey", "message"),
    [
        # Wrong key length and unknown algorithm, each with a matching key hash (Go's test).
        (
            "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",
            "not 1 \\+ 32",
        ),
        ("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "type 0x65"),
        ("rekor.sigstore.dev+12345678+AwEB", "not 1 \\+ 32"),
        ("rekor.sigstore.dev+12345678+THIS_IS_NOT_BASE64!", "not valid base64"),
        ("bananas.sigstore.dev+12344556", "not 1 \\+ 32"),
        ("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "space"),
        ("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "does not match"),
        ("PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "8 hex digits"),
    ],
)
def test_bad_vkeys_are_named(vkey: str, message: str) -> None:
    with pytest.raises(NoteError, match=message):
        NoteVerifier.from_vkey(vkey)


# --- Ed25519 notes --------------------------------------------------------------------------
def test_signing_reproduces_the_go_note() -> None:
    private = Ed25519PrivateKey.from_private_bytes(PETER_SEED)
    signer = NoteSigner("PeterNeumann", private.public_key().public_bytes_raw(), private.sign)
    assert signer.vkey == PETER_VKEY
    assert signer.key_id.hex() == "c74f20a3"
    assert sign_note(TEXT, signer) == TEXT + b"\n" + PETER_SIG


def test_known_keys_are_verified_and_unknown_ones_ignored() -> None:
    peter, enoch = NoteVerifier.from_vkey(PETER_VKEY), NoteVerifier.from_vkey(ENOCH_VKEY)
    note = TEXT + b"\n" + PETER_SIG + ENOCH_SIG
    assert verify_note(note, [peter]) == (TEXT, [peter])
    assert verify_note(note, [peter, enoch]) == (TEXT, [peter, enoch])
    assert verify_note(note, [enoch, peter, enoch]) == (TEXT, [peter, enoch])
    doubled = TEXT + b"\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG
    assert verify_note(doubled, [peter]) == (TEXT, [peter])
    with pytest.raises(UnverifiedNoteError, match="no valid signature from a known key"):
        verify_note(note, [])


def test_a_bad_signature_by_a_known_key_rejects_the_note() -> None:
    peter, enoch = NoteVerifier.from_vkey(PETER_VKEY), NoteVerifier.from_vkey(ENOCH_VKEY)
    bad_enoch = ENOCH_SIG[:60] + b"ABCD" + ENOCH_SIG[60:]
    with pytest.raises(UnverifiedNoteError, match=r"invalid signature for key EnochRoot\+af0cfe78"):
        verify_note(TEXT + b"\n" + PETER_SIG + bad_enoch, [peter, enoch])
    assert verify_note(TEXT + b"\n" + PETER_SIG + bad_enoch, [peter]) == (TEXT, [peter])
    with pytest.raises(UnverifiedNoteError):
        verify_note(b"Another text.\n\n" + PETER_SIG, [peter])


@pytest.mark.parametrize(
    ("note", "message"),
    [
        (TEXT, "no blank line"),
        (TEXT + b"\n", "no signature"),
        (TEXT + b"\n" + PETER_SIG[:-1], "does not end in a newline"),
        (b"\x01" + TEXT + b"\n" + PETER_SIG, "control character"),
        (b"\xff" + TEXT + b"\n" + PETER_SIG, "not valid UTF-8"),
        (TEXT + b"\n" + "— Bad Name x08go/ZJkuBS9UG\n".encode(), "not valid base64"),
        (TEXT + b"\n" + PETER_SIG + b"Unexpected line.\n", "starts with an em dash"),
        (TEXT + b"\n" + "— PeterNeumann AAAA\n".encode(), "too short"),
        (TEXT + b"\n" + "— Peter+Neumann AAAAAAAA\n".encode(), "space or '\\+'"),
        (TEXT + b"\n" + PETER_SIG * 101, "more than 100 signatures"),
    ],
)
def test_malformed_notes_are_named(note: bytes, message: str) -> None:
    with pytest.raises(NoteError, match=message):
        parse_note(note)
    with pytest.raises(NoteError, match=message):
        verify_note(note, [NoteVerifier.from_vkey(PETER_VKEY)])


def test_parse_note_splits_at_the_last_blank_line() -> None:
    body, signatures = parse_note(b"a\n\nb\n\n" + PETER_SIG + ENOCH_SIG)
    assert body == b"a\n\nb\n"
    assert [(s.name, s.key_id.hex()) for s in signatures] == [
        ("PeterNeumann", "c74f20a3"),
        ("EnochRoot", "af0cfe78"),
    ]
    assert signatures[0].line.encode() == PETER_SIG
    assert len(signatures[0].signature) == 64


def test_signers_and_verifiers_are_valid_by_construction() -> None:
    key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    for name in ("", "a b", "a+b", "a\u2003b"):
        with pytest.raises(NoteError, match="key name"):
            NoteSigner(name, key, lambda _: b"")
    with pytest.raises(NoteError, match="32 bytes"):
        NoteSigner("log", key[:31], lambda _: b"")
    with pytest.raises(NoteError, match="does not match"):
        NoteVerifier("log", b"\x00" * 4, key, ALG_ED25519)
    with pytest.raises(NoteError, match="not supported"):
        NoteVerifier("log", key_id_of("log", 2, key), key, 2)
    with pytest.raises(NoteError, match="does not end in a newline"):
        sign_note(b"no newline", _new_signer("log")[0])


# --- Checkpoints ----------------------------------------------------------------------------
def test_the_spec_checkpoint_round_trips() -> None:
    checkpoint = Checkpoint.parse(SPEC_CHECKPOINT)
    assert (checkpoint.origin, checkpoint.size, checkpoint.extensions) == (
        "example.com/behind-the-sofa",
        20852163,
        (),
    )
    assert base64.b64encode(checkpoint.root) == b"CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="
    assert checkpoint.body() == SPEC_CHECKPOINT


def test_extension_lines_round_trip() -> None:
    checkpoint = Checkpoint("carevault.example/log", 0, b"\x07" * 32, ("one", "two two"))
    body = checkpoint.body()
    assert body == (
        b"carevault.example/log\n0\nBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\none\ntwo two\n"
    )
    assert Checkpoint.parse(body) == checkpoint


ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"origin\n5\n", "at least 3 lines"),
        (f"origin\n05\n{ROOT}\n".encode(), "without leading zeros"),
        (f"origin\n+5\n{ROOT}\n".encode(), "without leading zeros"),
        (f"origin\n 5\n{ROOT}\n".encode(), "without leading zeros"),
        (f"origin\n5_0\n{ROOT}\n".encode(), "without leading zeros"),
        (f"origin\n\u0665\n{ROOT}\n".encode(), "without leading zeros"),
        (f"origin\n{2**64}\n{ROOT}\n".encode(), "out of range"),
        (b"origin\n5\nnot base64!\n", "not valid base64"),
        (b"origin\n5\nAAAA\n", "3 bytes, not 32"),
        (b"origin\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n", "canonical base64"),
        (f"\n5\n{ROOT}\n".encode(), "origin must be one non-empty line"),
        (f"origin\n5\n{ROOT}\n\next\n".encode(), "extension lines must be non-empty"),
        (f"origin\n5\n{ROOT}".encode(), "does not end in a newline"),
        (f"origin\n5\n{ROOT}\n".encode() + b"\xc3", "not valid UTF-8"),
        (f"ori\tgin\n5\n{ROOT}\n".encode(), "control character"),
    ],
)
def test_malformed_checkpoints_are_named(body: bytes, message: str) -> None:
    with pytest.raises(NoteError, match=message):
        Checkpoint.parse(body)


def test_checkpoints_are_valid_by_construction() -> None:
    with pytest.raises(NoteError, match="root hash must be 32 bytes"):
        Checkpoint("origin", 1, b"short")
    with pytest.raises(NoteError, match="tree size -1 is out of range"):
        Checkpoint("origin", -1, b"\x00" * 32)
    with pytest.raises(NoteError, match="origin"):
        Checkpoint("two\nlines", 1, b"\x00" * 32)


# --- Cosignatures ---------------------------------------------------------------------------
def test_a_cosignature_signs_the_spec_message() -> None:
    signed: list[bytes] = []

    def sign(message: bytes) -> bytes:
        signed.append(message)
        return b"\x00" * 64

    key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    line = cosign(SPEC_CHECKPOINT, "witness.example.com/w1", key, sign, 1679315147)
    assert signed == [b"cosignature/v1\ntime 1679315147\n" + SPEC_CHECKPOINT]
    assert line.startswith("— witness.example.com/w1 ") and line.endswith("\n")
    raw = base64.b64decode(line.split(" ")[2])
    assert raw[:4] == key_id_of("witness.example.com/w1", ALG_COSIGNATURE_V1, key)
    assert len(raw) == 4 + 8 + 64
    # The timestamp is big-endian, as in the spec's example (key ID aside).
    spec_raw = base64.b64decode(SPEC_COSIGNATURE_PREFIX)
    assert raw[4:12] == spec_raw[4:12] == (1679315147).to_bytes(8, "big")


def test_a_cosigned_checkpoint_verifies_with_the_log_and_witness_keys() -> None:
    log, _ = _new_signer("carevault.example/log")
    witness_private = Ed25519PrivateKey.generate()
    witness_key = witness_private.public_key().public_bytes_raw()
    body = Checkpoint("carevault.example/log", 42, b"\x01" * 32).body()
    note = sign_note(body, log)
    line = cosign(body, "witness.example/w1", witness_key, witness_private.sign, 1700000000)
    cosigned = add_signatures(note, [line])
    log_verifier = NoteVerifier.from_vkey(log.vkey)
    witness_verifier = NoteVerifier.from_vkey(witness_vkey("witness.example/w1", witness_key))
    assert witness_verifier.alg == ALG_COSIGNATURE_V1
    assert verify_note(cosigned, [log_verifier, witness_verifier]) == (
        body,
        [log_verifier, witness_verifier],
    )
    assert parse_note(cosigned)[1][1].timestamp == 1700000000
    # The same key as a plain Ed25519 key has another key ID: the cosignature is not its.
    plain = NoteVerifier.from_vkey(NoteSigner("witness.example/w1", witness_key, bytes).vkey)
    assert plain.key_id != witness_verifier.key_id
    with pytest.raises(UnverifiedNoteError):
        verify_note(cosigned, [plain])


def test_a_cosignature_covers_the_whole_body_and_its_time() -> None:
    private = Ed25519PrivateKey.generate()
    key = private.public_key().public_bytes_raw()
    verifier = NoteVerifier.from_vkey(witness_vkey("w", key))
    body = Checkpoint("log", 1, b"\x02" * 32, ("ext",)).body()
    line = cosign(body, "w", key, private.sign, 1700000000)
    other_body = Checkpoint("log", 1, b"\x02" * 32, ("exu",)).body()
    with pytest.raises(UnverifiedNoteError, match="invalid signature"):
        verify_note(other_body + b"\n" + line.encode(), [verifier])
    raw = bytearray(base64.b64decode(line.split(" ")[2]))
    raw[11] ^= 1  # one second later
    moved = f"— w {base64.b64encode(bytes(raw)).decode()}\n"
    with pytest.raises(UnverifiedNoteError, match="invalid signature"):
        verify_note(body + b"\n" + moved.encode(), [verifier])


def test_add_signatures_appends_once_and_checks_the_lines() -> None:
    note = TEXT + b"\n" + PETER_SIG
    assert add_signatures(note, [ENOCH_SIG.decode(), ENOCH_SIG.decode()]) == note + ENOCH_SIG
    assert add_signatures(note, [PETER_SIG.decode()]) == note
    with pytest.raises(NoteError, match="must end in a newline"):
        add_signatures(note, [ENOCH_SIG.decode()[:-1]])
    with pytest.raises(NoteError, match="em dash"):
        add_signatures(note, ["- EnochRoot AAAAAAAA\n"])
    many = [f"— k{i} AAAAAAAA\n" for i in range(100)]
    with pytest.raises(NoteError, match="at most 100"):
        add_signatures(note, many)


def test_note_errors_are_value_errors() -> None:
    assert issubclass(UnverifiedNoteError, NoteError)
    assert issubclass(NoteError, ValueError)


def test_open_checkpoint_wants_the_logs_own_key_and_origin() -> None:
    signer, _ = _new_signer("log.example/a")
    verifier = NoteVerifier.from_vkey(signer.vkey)
    mine = sign_note(Checkpoint("log.example/a", 3, bytes(32)).body(), signer)
    assert open_checkpoint(mine, verifier) == Checkpoint("log.example/a", 3, bytes(32))
    foreign = sign_note(Checkpoint("log.example/b", 3, bytes(32)).body(), signer)
    with pytest.raises(ForeignCheckpointError) as refused:
        open_checkpoint(foreign, verifier)
    assert refused.value.origin == "log.example/b"
    other, _ = _new_signer("log.example/a")
    with pytest.raises(UnverifiedNoteError):
        open_checkpoint(mine, NoteVerifier.from_vkey(other.vkey))

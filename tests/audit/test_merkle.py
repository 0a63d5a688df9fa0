"""RFC 9162 tree math against a naive implementation of the RFC's definitions and against
published vectors."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest

from carevault.audit._merkle import (
    EMPTY_ROOT,
    HASH_BYTES,
    NodeReader,
    ProofError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_hash,
    subtree_hash,
    verify_consistency,
    verify_inclusion,
)

# --- Published vectors ---------------------------------------------------------------------
# Leaves, node hashes and roots: transparency-dev/merkle testonly/constants.go (LeafInputs,
# NodeHashes, RootHashes; commit 77f1b57d7aa25fcd2e51273166b6b2b0e74923b1), the same corpus as
# certificate-transparency's merkle_tree_test.
CT_LEAVES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = {
    0: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}
CT_NODES = {
    (0, 1): "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    (0, 7): "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
    (1, 1): "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
    (1, 3): "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
    (2, 1): "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
}
# Inclusion and consistency proofs: transparency-dev/merkle log_verifier_test.go
# (inclusionProofs, consistencyProofs; commit 24812aa171badc68c621b6cab6910481b8e87af0).
# There, leaves are numbered from 1; here, indexes from 0.
CT_INCLUSION = {
    (0, 1): [],
    (0, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (5, 8): [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 3): ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
    (1, 5): [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
}
CT_CONSISTENCY = {
    (1, 1): [],
    (1, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (6, 8): [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 5): [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
}


# --- An independent, naive implementation of RFC 9162 §2.1 --------------------------------
def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def naive_mth(entries: Sequence[bytes]) -> bytes:
    n = len(entries)
    if n == 0:
        return _sha256(b"")
    if n == 1:
        return _sha256(b"\x00" + entries[0])
    k = _split(n)
    return _sha256(b"\x01" + naive_mth(entries[:k]) + naive_mth(entries[k:]))


def naive_path(m: int, entries: Sequence[bytes]) -> list[bytes]:
    n = len(entries)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*naive_path(m, entries[:k]), naive_mth(entries[k:])]
    return [*naive_path(m - k, entries[k:]), naive_mth(entries[:k])]


def naive_subproof(m: int, entries: Sequence[bytes], b: bool) -> list[bytes]:
    n = len(entries)
    if m == n:
        return [] if b else [naive_mth(entries)]
    k = _split(n)
    if m <= k:
        return [*naive_subproof(m, entries[:k], b), naive_mth(entries[k:])]
    return [*naive_subproof(m - k, entries[k:], False), naive_mth(entries[:k])]


def naive_proof(m: int, entries: Sequence[bytes]) -> list[bytes]:
    return naive_subproof(m, entries, True)


def perfect_nodes(entries: Sequence[bytes]) -> dict[tuple[int, int], bytes]:
    """Every perfect subtree's hash, keyed (height, index), computed with the naive MTH."""
    nodes: dict[tuple[int, int], bytes] = {}
    height = 0
    while 1 << height <= len(entries):
        width = 1 << height
        for index in range(len(entries) // width):
            nodes[height, index] = naive_mth(entries[index * width : (index + 1) * width])
        height += 1
    return nodes


def reader_of(nodes: dict[tuple[int, int], bytes]) -> NodeReader:
    return lambda height, index: nodes[height, index]


ENTRIES = [f"entry {i}".encode() for i in range(80)]
NODES = perfect_nodes(ENTRIES)
READ = reader_of(NODES)
ROOTS = [naive_mth(ENTRIES[:n]) for n in range(len(ENTRIES) + 1)]


# --- Against the published vectors ---------------------------------------------------------
CT_READ = reader_of(perfect_nodes(CT_LEAVES))


def test_hashes_are_domain_separated_sha256() -> None:
    assert HASH_BYTES == 32
    assert EMPTY_ROOT.hex() == CT_ROOTS[0]
    assert leaf_hash(b"") == _sha256(b"\x00")
    assert node_hash(b"l" * 32, b"r" * 32) == _sha256(b"\x01" + b"l" * 32 + b"r" * 32)


@pytest.mark.parametrize("size", range(9))
def test_roots_of_the_reference_leaves(size: int) -> None:
    assert root_hash(size, CT_READ).hex() == CT_ROOTS[size]


@pytest.mark.parametrize("position", sorted(CT_NODES))
def test_node_hashes_of_the_reference_leaves(position: tuple[int, int]) -> None:
    height, index = position
    start = index << height
    assert subtree_hash(start, start + (1 << height), CT_READ).hex() == CT_NODES[position]


@pytest.mark.parametrize(("index", "size"), sorted(CT_INCLUSION))
def test_published_inclusion_proofs(index: int, size: int) -> None:
    proof = inclusion_proof(index, size, CT_READ)
    assert [h.hex() for h in proof] == CT_INCLUSION[index, size]
    root = bytes.fromhex(CT_ROOTS[size])
    verify_inclusion(leaf_hash(CT_LEAVES[index]), index, size, proof, root)


@pytest.mark.parametrize(("old", "new"), sorted(CT_CONSISTENCY))
def test_published_consistency_proofs(old: int, new: int) -> None:
    proof = consistency_proof(old, new, CT_READ)
    assert [h.hex() for h in proof] == CT_CONSISTENCY[old, new]
    verify_consistency(old, new, bytes.fromhex(CT_ROOTS[old]), bytes.fromhex(CT_ROOTS[new]), proof)


# --- Against the naive implementation, exhaustively ----------------------------------------
def test_roots_match_the_naive_mth_for_every_size() -> None:
    for size in range(len(ENTRIES) + 1):
        assert root_hash(size, READ) == ROOTS[size], size


def test_inclusion_proofs_match_and_verify_for_every_index() -> None:
    for size in range(1, len(ENTRIES) + 1):
        for index in range(size):
            proof = inclusion_proof(index, size, READ)
            assert proof == naive_path(index, ENTRIES[:size]), (index, size)
            verify_inclusion(leaf_hash(ENTRIES[index]), index, size, proof, ROOTS[size])


def test_consistency_proofs_match_and_verify_for_every_pair() -> None:
    for new in range(1, len(ENTRIES) + 1):
        for old in range(1, new + 1):
            proof = consistency_proof(old, new, READ)
            expected = [] if old == new else naive_proof(old, ENTRIES[:new])
            assert proof == expected, (old, new)
            verify_consistency(old, new, ROOTS[old], ROOTS[new], proof)


def test_every_subtree_a_proof_uses_matches_the_naive_mth() -> None:
    for end in range(1, len(ENTRIES) + 1):
        for start in range(end):
            width = end - start
            if start % (1 << (width - 1).bit_length()) == 0:
                assert subtree_hash(start, end, READ) == naive_mth(ENTRIES[start:end])


def test_a_range_that_is_not_a_subtree_is_refused() -> None:
    with pytest.raises(ProofError, match=r"\[1, 3\) is not a subtree"):
        subtree_hash(1, 3, READ)
    with pytest.raises(ProofError, match="empty"):
        subtree_hash(4, 4, READ)


# --- Tampering ---------------------------------------------------------------------------
def _flipped(proof: list[bytes], position: int) -> list[bytes]:
    changed = list(proof)
    changed[position] = bytes([changed[position][0] ^ 0x10]) + changed[position][1:]
    return changed


def _inclusion_refused(leaf: bytes, index: int, size: int, proof: list[bytes]) -> bool:
    root = ROOTS[size] if 0 < size <= len(ENTRIES) else ROOTS[-1]
    try:
        verify_inclusion(leaf, index, size, proof, root)
    except ProofError:
        return True
    return False


def test_tampered_inclusion_proofs_are_refused() -> None:
    for size in range(1, 40):
        for index in range(size):
            leaf = leaf_hash(ENTRIES[index])
            proof = inclusion_proof(index, size, READ)
            tampered = [
                *(_flipped(proof, i) for i in range(len(proof))),
                proof[:-1] if proof else [b"\x00" * 32],
                [*proof, ROOTS[size]],
                [ROOTS[size], *proof],
            ]
            for bad in tampered:
                assert _inclusion_refused(leaf, index, size, bad), (index, size, bad)
            assert _inclusion_refused(leaf_hash(b"other"), index, size, proof)
            for other_index in {index - 1, index + 1, index ^ 2} - {index}:
                if 0 <= other_index < size:
                    assert _inclusion_refused(leaf, other_index, size, proof), (index, size)
            for other_size in {size - 1, size + 1, size * 2} - {size}:
                if index < other_size:
                    assert _inclusion_refused(leaf, index, other_size, proof), (index, size)


def _consistency_refused(
    old: int, new: int, old_root: bytes, new_root: bytes, proof: list[bytes]
) -> bool:
    try:
        verify_consistency(old, new, old_root, new_root, proof)
    except ProofError:
        return True
    return False


def test_tampered_consistency_proofs_are_refused() -> None:
    for new in range(2, 40):
        for old in range(1, new):
            proof = consistency_proof(old, new, READ)
            roots = (ROOTS[old], ROOTS[new])
            tampered = [
                *(_flipped(proof, i) for i in range(len(proof))),
                proof[:-1],
                [*proof, ROOTS[new]],
                [ROOTS[old], *proof],
                [proof[0], *proof],
                [],
            ]
            for bad in tampered:
                assert _consistency_refused(old, new, *roots, bad), (old, new, bad)
            assert _consistency_refused(old, new, roots[1], roots[0], proof)
            assert _consistency_refused(old, new, ROOTS[old - 1], roots[1], proof)
            assert _consistency_refused(old, new, roots[0], ROOTS[new - 1], proof)
            for other_old in {old - 1, old + 1, old ^ 2} - {old}:
                if 0 < other_old < new:
                    assert _consistency_refused(other_old, new, *roots, proof), (old, new)
            # As transparency-dev/merkle corrupts sizes: new + 1 may be consistent with these
            # hashes (the last one could be the root of a 2-leaf subtree), so it is not used.
            for other_new in {new * 2, new // 2} - {new}:
                if old < other_new <= len(ENTRIES):
                    assert _consistency_refused(old, other_new, *roots, proof), (old, new)


# --- Edge cases and messages --------------------------------------------------------------
def test_trivial_consistency() -> None:
    verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
    verify_consistency(0, 5, EMPTY_ROOT, ROOTS[5], [])
    verify_consistency(5, 5, ROOTS[5], ROOTS[5], [])
    assert consistency_proof(5, 5, READ) == []


def test_equal_sizes_need_equal_roots_and_no_proof() -> None:
    with pytest.raises(ProofError, match="two different roots for the same tree size 5"):
        verify_consistency(5, 5, ROOTS[5], ROOTS[6], [])
    with pytest.raises(ProofError, match="two different roots for the same tree size 0"):
        verify_consistency(0, 0, EMPTY_ROOT, ROOTS[1], [])
    with pytest.raises(ProofError, match="proof has 1 hashes, expected 0"):
        verify_consistency(5, 5, ROOTS[5], ROOTS[5], [ROOTS[5]])
    with pytest.raises(ProofError, match="proof has 1 hashes, expected 0"):
        verify_consistency(0, 5, EMPTY_ROOT, ROOTS[5], [ROOTS[5]])


def test_messages_name_what_failed() -> None:
    proof = inclusion_proof(3, 10, READ)
    with pytest.raises(ProofError, match="does not lead to the checkpoint's root"):
        verify_inclusion(leaf_hash(b"x"), 3, 10, proof, ROOTS[10])
    with pytest.raises(ProofError, match="proof has 3 hashes, expected 4"):
        verify_inclusion(leaf_hash(ENTRIES[3]), 3, 10, proof[:3], ROOTS[10])
    with pytest.raises(ProofError, match="leaf index 10 is out of range for a tree of 10"):
        verify_inclusion(leaf_hash(ENTRIES[3]), 10, 10, proof, ROOTS[10])
    with pytest.raises(ProofError, match=r"leaf hash .* must be 32 bytes, got 7"):
        verify_inclusion(b"entry 3", 3, 10, proof, ROOTS[10])
    with pytest.raises(ProofError, match="does not lead to the old root"):
        verify_consistency(3, 10, ROOTS[4], ROOTS[10], consistency_proof(3, 10, READ))
    with pytest.raises(ProofError, match="does not lead to the new root"):
        verify_consistency(3, 10, ROOTS[3], ROOTS[9], consistency_proof(3, 10, READ))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: inclusion_proof(5, 5, READ), "leaf index 5 is out of range"),
        (lambda: inclusion_proof(-1, 5, READ), "leaf index -1 is out of range"),
        (lambda: inclusion_proof(0, 0, READ), "leaf index 0 is out of range"),
        (lambda: consistency_proof(6, 5, READ), "old tree size 6 is larger than new"),
        (lambda: consistency_proof(0, 5, READ), "from an empty tree"),
        (lambda: consistency_proof(-1, 5, READ), "old tree size -1 is negative"),
        (lambda: root_hash(-2, READ), "tree size -2 is negative"),
        (
            lambda: verify_consistency(6, 5, ROOTS[6], ROOTS[5], []),
            "old tree size 6 is larger than new tree size 5",
        ),
    ],
)
def test_bad_arguments_are_named(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(ProofError, match=message):
        call()


def test_proof_errors_are_value_errors() -> None:
    assert issubclass(ProofError, ValueError)

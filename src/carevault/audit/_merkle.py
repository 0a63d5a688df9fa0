"""RFC 9162 Merkle tree math: hashes, inclusion and consistency proofs, and their checks.

Pure functions over a :data:`NodeReader`, which hands out the hashes of *perfect* subtrees
(2**height leaves, aligned on their size); whoever stores the tree decides how. Any hash the
proofs need is one of those subtrees or a fold of a few of them, so a proof costs O(log n)
reads and at most one fold of O(log n) hashes.

Verification follows RFC 9162 §2.1.3.2 and §2.1.4.2 step by step (also c2sp.org/merkle-tree).
Every failure is a :class:`ProofError` whose message names what failed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_BYTES = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

NodeReader = Callable[[int, int], bytes]
"""(height, index) -> hash of the perfect subtree over leaves [index * 2**height,
(index + 1) * 2**height). Only called for subtrees that exist."""


class ProofError(ValueError):
    """A proof that does not verify, or arguments no proof can exist for."""


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def subtree_hash(start: int, end: int, read_node: NodeReader) -> bytes:
    """MTH of leaves [start, end): the range must be a subtree of the log's trees, i.e. start
    is a multiple of the smallest power of two >= end - start (every hash a proof holds is)."""
    width = end - start
    if start < 0 or width <= 0:
        raise ProofError(f"leaf range [{start}, {end}) is empty or negative")
    if start % (1 << (width - 1).bit_length()):
        raise ProofError(f"leaf range [{start}, {end}) is not a subtree of the log")
    # The split rule (left part = largest power of two below the width) makes the range a
    # sequence of perfect subtrees, largest first, folded from the right.
    nodes: list[bytes] = []
    position = start
    for height in range(width.bit_length() - 1, -1, -1):
        if width >> height & 1:
            nodes.append(read_node(height, position >> height))
            position += 1 << height
    folded = nodes[-1]
    for left in reversed(nodes[:-1]):
        folded = node_hash(left, folded)
    return folded


def root_hash(size: int, read_node: NodeReader) -> bytes:
    _check_size(size, "tree size")
    return EMPTY_ROOT if size == 0 else subtree_hash(0, size, read_node)


def inclusion_proof(index: int, size: int, read_node: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.3.1 PATH(index, D[0:size]): sibling hashes, the leaf's first."""
    _check_index(index, size)
    outermost_first: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        middle = start + _largest_power_of_two_below(end - start)
        if index < middle:
            outermost_first.append(subtree_hash(middle, end, read_node))
            end = middle
        else:
            outermost_first.append(subtree_hash(start, middle, read_node))
            start = middle
    return outermost_first[::-1]


def consistency_proof(old_size: int, new_size: int, read_node: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.4.1 PROOF(old_size, D[0:new_size]) for 0 < old_size <= new_size."""
    _check_sizes(old_size, new_size)
    if old_size == 0:
        raise ProofError("no consistency proof exists from an empty tree (it is implied)")
    outermost_first: list[bytes] = []
    start, end = 0, new_size
    old_is_a_whole_subtree = True  # SUBPROOF's b: the old root itself is known to the verifier
    while old_size != end:
        middle = start + _largest_power_of_two_below(end - start)
        if old_size <= middle:
            outermost_first.append(subtree_hash(middle, end, read_node))
            end = middle
        else:
            outermost_first.append(subtree_hash(start, middle, read_node))
            start = middle
            old_is_a_whole_subtree = False
    if not old_is_a_whole_subtree:
        outermost_first.append(subtree_hash(start, end, read_node))
    return outermost_first[::-1]


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """Check that ``leaf`` (the leaf HASH, leaf_hash(entry), as RFC 9162 §2.1.3.2 takes it) is
    at ``index`` in the tree of ``size`` leaves whose root is ``root``; ProofError if not."""
    _check_index(index, size)
    _check_hash(leaf, "leaf hash (pass leaf_hash(entry), not the entry)")
    _check_hash(root, "root hash")
    _check_proof(proof, _inclusion_proof_length(index, size), f"inclusion proof of {index}")
    # RFC 9162 §2.1.3.2 steps 2-5.
    fn, sn, computed = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise ProofError(f"inclusion proof of {index} in {size} has too many hashes")
        if fn & 1 or fn == sn:
            computed = node_hash(sibling, computed)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            computed = node_hash(computed, sibling)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError(f"inclusion proof of {index} in {size} has too few hashes")
    if computed != root:
        raise ProofError(
            f"inclusion proof of leaf {index} in a tree of {size} does not lead to the "
            f"checkpoint's root (computed {computed.hex()}, expected {root.hex()})"
        )


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Check that the tree of ``new_size`` leaves and root ``new_root`` extends the one of
    ``old_size`` and ``old_root``; ProofError if not. An empty old tree is consistent with
    any tree (empty proof); equal sizes need an empty proof and equal roots."""
    _check_sizes(old_size, new_size)
    _check_hash(old_root, "old root hash")
    _check_hash(new_root, "new root hash")
    _check_proof(
        proof,
        _consistency_proof_length(old_size, new_size),
        f"consistency proof from {old_size} to {new_size}",
    )
    if old_size == new_size:
        if old_root != new_root:
            raise ProofError(
                f"two different roots for the same tree size {old_size} "
                f"({old_root.hex()} and {new_root.hex()})"
            )
        return
    if old_size == 0:
        return
    old_computed, new_computed = _roots_from_consistency_proof(old_size, new_size, old_root, proof)
    if old_computed != old_root:
        raise ProofError(
            f"consistency proof from {old_size} to {new_size} does not lead to the old root "
            f"(computed {old_computed.hex()}, expected {old_root.hex()})"
        )
    if new_computed != new_root:
        raise ProofError(
            f"consistency proof from {old_size} to {new_size} does not lead to the new root "
            f"(computed {new_computed.hex()}, expected {new_root.hex()})"
        )


def _roots_from_consistency_proof(
    old_size: int, new_size: int, old_root: bytes, proof: Sequence[bytes]
) -> tuple[bytes, bytes]:
    """RFC 9162 §2.1.4.2 steps 2-6 for 0 < old_size < new_size: the old and new roots the
    proof leads to."""
    path = [old_root, *proof] if old_size & (old_size - 1) == 0 else list(proof)  # step 2
    fn, sn = old_size - 1, new_size - 1  # step 3
    while fn & 1:  # step 4
        fn, sn = fn >> 1, sn >> 1
    old_computed = new_computed = path[0]  # step 5
    for hash_ in path[1:]:  # step 6
        if sn == 0:
            raise ProofError(f"consistency proof from {old_size} to {new_size} is too long")
        if fn & 1 or fn == sn:
            old_computed = node_hash(hash_, old_computed)
            new_computed = node_hash(hash_, new_computed)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            new_computed = node_hash(new_computed, hash_)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:  # step 7
        raise ProofError(f"consistency proof from {old_size} to {new_size} is too short")
    return old_computed, new_computed


def _inclusion_proof_length(index: int, size: int) -> int:
    """The number of hashes in PATH(index, D[size]), found without hashing."""
    length, start, end = 0, 0, size
    while end - start > 1:
        middle = start + _largest_power_of_two_below(end - start)
        start, end = (start, middle) if index < middle else (middle, end)
        length += 1
    return length


def _consistency_proof_length(old_size: int, new_size: int) -> int:
    if old_size in (0, new_size):
        return 0
    length, start, end, whole = 0, 0, new_size, True
    while old_size != end:
        middle = start + _largest_power_of_two_below(end - start)
        if old_size <= middle:
            end = middle
        else:
            start, whole = middle, False
        length += 1
    return length + (0 if whole else 1)


def _largest_power_of_two_below(width: int) -> int:
    """The k of RFC 9162's split: the largest power of two smaller than width (> 1)."""
    return 1 << ((width - 1).bit_length() - 1)


def _check_proof(proof: Sequence[bytes], expected: int, what: str) -> None:
    if len(proof) != expected:
        raise ProofError(f"{what}: proof has {len(proof)} hashes, expected {expected}")
    for position, hash_ in enumerate(proof):
        _check_hash(hash_, f"{what}: hash {position} of the proof")


def _check_hash(value: bytes, what: str) -> None:
    if len(value) != HASH_BYTES:
        raise ProofError(f"{what} must be {HASH_BYTES} bytes, got {len(value)}")


def _check_size(size: int, what: str) -> None:
    if size < 0:
        raise ProofError(f"{what} {size} is negative")


def _check_index(index: int, size: int) -> None:
    _check_size(size, "tree size")
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is out of range for a tree of {size} leaves")


def _check_sizes(old_size: int, new_size: int) -> None:
    _check_size(old_size, "old tree size")
    _check_size(new_size, "new tree size")
    if old_size > new_size:
        raise ProofError(f"old tree size {old_size} is larger than new tree size {new_size}")

"""The tiled tree against a naive RFC 9162 Merkle tree hash, across tile boundaries."""

from __future__ import annotations

import random

import pytest

from carevault.audit._tiles import EMPTY_ROOT, NodeReader, TreeEdge, leaf_hashes
from carevault.errors import AuditIntegrityError
from support.audit import naive_root


def grow(sizes: list[int]) -> tuple[list[bytes], dict[tuple[int, int], bytes], list[bytes]]:
    """Append batches of the given sizes; the leaves, the stored tiles, the root after each."""
    leaves = leaf_hashes(str(i).encode() for i in range(sum(sizes)))
    tiles: dict[tuple[int, int], bytes] = {}
    roots = []
    position = 0
    for size in sizes:
        edge = TreeEdge.load(position, lambda lv, ix: tiles.get((lv, ix)))
        tiles.update(edge.append(leaves[position : position + size]))
        position += size
        roots.append(edge.root())
    return leaves, tiles, roots


def test_empty_tree_has_the_empty_root() -> None:
    assert TreeEdge.load(0, lambda lv, ix: None).root() == EMPTY_ROOT == naive_root([])


def test_roots_match_the_naive_tree_hash_at_every_size_through_two_tiles() -> None:
    leaves, _, roots = grow([1] * 600)
    for size, root in enumerate(roots, start=1):
        assert root == naive_root(leaves[:size]), size


def test_batches_across_the_second_tile_level_match() -> None:
    rng = random.Random(7)
    sizes = [rng.randint(1, 9000) for _ in range(12)]
    leaves, _, roots = grow(sizes)
    position = 0
    for size, root in zip(sizes, roots, strict=True):
        position += size
        assert root == naive_root(leaves[:position])


def test_every_complete_node_is_read_back_from_the_tiles() -> None:
    leaves, tiles, _ = grow([700, 33, 1])
    reader = NodeReader(lambda lv, ix: tiles.get((lv, ix)))
    for height in range(0, 10):
        width = 1 << height
        for index in range(len(leaves) // width):
            expected = naive_root(leaves[index * width : (index + 1) * width])
            assert reader(height, index) == expected, (height, index)


def test_an_incomplete_node_is_refused() -> None:
    _, tiles, _ = grow([300])
    reader = NodeReader(lambda lv, ix: tiles.get((lv, ix)))
    with pytest.raises(AuditIntegrityError, match="node 8/1"):
        reader(8, 1)


def test_a_shortened_edge_tile_is_named() -> None:
    _, tiles, _ = grow([300])
    tiles[(0, 1)] = tiles[(0, 1)][:-32]
    with pytest.raises(AuditIntegrityError, match="tile 0/1 should hold 44 hashes, found 43"):
        TreeEdge.load(300, lambda lv, ix: tiles.get((lv, ix)))


def test_an_earlier_tree_is_loaded_from_tiles_that_grew_since() -> None:
    leaves, tiles, _ = grow([700, 300])
    edge = TreeEdge.load(600, lambda lv, ix: tiles.get((lv, ix)))
    assert edge.root() == naive_root(leaves[:600])

"""The Merkle tree kept as tiles of hashes (C2SP tlog-tiles): tile (L, N) holds up to 256
hashes of the nodes at height 8L numbered from 256N. Appending touches only the right edge:
the partial tile of each level; a tile that fills up is final and its root feeds the level
above. Every other node's hash is computed from at most 128 hashes of one tile."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from hashlib import sha256

from carevault.audit._merkle import EMPTY_ROOT, HASH_BYTES
from carevault.errors import AuditIntegrityError

HASH = HASH_BYTES
TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT

TileFetcher = Callable[[int, int], bytes | None]  # (level, tile index) -> the tile's hashes


def leaf_hashes(entries: Iterable[bytes]) -> list[bytes]:
    return [sha256(b"\x00" + entry).digest() for entry in entries]


def split(data: bytes) -> list[bytes]:
    return [data[i : i + HASH] for i in range(0, len(data), HASH)]


def perfect_root(hashes: Sequence[bytes]) -> bytes:
    """The root over a power-of-two number of equal-height subtree hashes."""
    level = list(hashes)
    while len(level) > 1:
        level = [
            sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)
        ]
    return level[0]


def fold_right(parts: Sequence[bytes]) -> bytes:
    """RFC 9162's root over subtrees of decreasing size, left to right."""
    accumulated = parts[-1]
    for part in reversed(parts[:-1]):
        accumulated = sha256(b"\x01" + part + accumulated).digest()
    return accumulated


def decreasing_perfect_roots(hashes: Sequence[bytes]) -> list[bytes]:
    """Roots of the power-of-two runs that ``hashes`` splits into, largest first."""
    roots = []
    start, remaining = 0, len(hashes)
    while remaining:
        run = 1 << (remaining.bit_length() - 1)
        roots.append(perfect_root(hashes[start : start + run]))
        start, remaining = start + run, remaining - run
    return roots


class TreeEdge:
    """The right edge of a tree of ``size`` leaves: the partial tile of every level."""

    def __init__(self, size: int, partial: list[list[bytes]]) -> None:
        self.size = size
        self._partial = partial

    @classmethod
    def load(cls, size: int, fetch: TileFetcher) -> TreeEdge:
        """The edge of the tree of ``size`` leaves, from stored tiles (which may have grown
        since: a tree of an earlier size is the start of each tile)."""
        partial: list[list[bytes]] = []
        count, level = size, 0
        while count:
            width, tile_index = count % TILE_WIDTH, count // TILE_WIDTH
            data = fetch(level, tile_index) if width else b""
            if data is None or len(data) < width * HASH:
                found = "no tile" if data is None else f"{len(data) // HASH} hashes"
                raise AuditIntegrityError(
                    f"tile {level}/{tile_index} should hold {width} hashes, found {found}"
                )
            partial.append(split(data[: width * HASH]))
            count, level = count // TILE_WIDTH, level + 1
        return cls(size, partial)

    def append(self, leaves: Sequence[bytes]) -> dict[tuple[int, int], bytes]:
        """Add leaf hashes; returns the tiles to write, by (level, tile index)."""
        changed: dict[tuple[int, int], bytes] = {}
        self._add(0, self.size, list(leaves), changed)
        self.size += len(leaves)
        return changed

    def _add(
        self, level: int, count: int, hashes: list[bytes], changed: dict[tuple[int, int], bytes]
    ) -> None:
        """Add ``hashes`` to ``level``, which holds ``count`` nodes before them."""
        if level == len(self._partial):
            self._partial.append([])
        tile, tile_index = self._partial[level], count // TILE_WIDTH
        parents: list[bytes] = []
        position = 0
        while position < len(hashes):
            taken = hashes[position : position + TILE_WIDTH - len(tile)]
            tile.extend(taken)
            position += len(taken)
            if len(tile) == TILE_WIDTH:
                changed[(level, tile_index)] = b"".join(tile)
                parents.append(perfect_root(tile))
                tile, tile_index = [], tile_index + 1
        self._partial[level] = tile
        if tile:
            changed[(level, tile_index)] = b"".join(tile)
        if parents:
            self._add(level + 1, count // TILE_WIDTH, parents, changed)

    def root(self) -> bytes:
        accumulated: bytes | None = None
        for tile in self._partial:
            parts = decreasing_perfect_roots(tile)
            if accumulated is not None:
                parts.append(accumulated)
            if parts:
                accumulated = fold_right(parts)
        return accumulated or EMPTY_ROOT


class NodeReader:
    """Hashes of complete nodes, from tiles. Each tile read is hashed up once into the
    subtrees it holds (255 hashes for a full one). The log only grows, so a tile's first
    hashes never change: subtrees are kept in ``cache`` by (level, index, width), partial
    tiles included, shared by every proof (see :class:`TileCache`)."""

    def __init__(self, fetch: TileFetcher, cache: TileCache | None = None) -> None:
        self._fetch = fetch
        self._cache = cache if cache is not None else TileCache()
        self._read: dict[tuple[int, int], list[list[bytes]]] = {}  # this reader's tiles

    def __call__(self, height: int, index: int) -> bytes:
        level, below = divmod(height, TILE_HEIGHT)
        tile_index, offset = divmod(index << below, TILE_WIDTH)
        subtrees = self._subtrees(level, tile_index)
        row = subtrees[below] if below < len(subtrees) else []
        if offset >> below >= len(row):
            raise AuditIntegrityError(f"node {height}/{index} is not in tile {level}/{tile_index}")
        return row[offset >> below]

    def _subtrees(self, level: int, tile_index: int) -> list[list[bytes]]:
        found = self._read.get((level, tile_index)) or self._cache.get(
            (level, tile_index, TILE_WIDTH)
        )
        if found is None:
            data = self._fetch(level, tile_index)
            if data is None:
                raise AuditIntegrityError(f"tile {level}/{tile_index} is missing")
            key = (level, tile_index, len(data) // HASH)
            found = self._cache.get(key)
            if found is None:
                found = _subtrees_of(split(data))
                self._cache.put(key, found)
        self._read[(level, tile_index)] = found
        return found


class TileCache:
    """The subtrees of recently read tiles, least recently used dropped first (about 40 kB
    a tile: the default keeps some 40 MB at most)."""

    def __init__(self, capacity: int = 1024) -> None:
        self._capacity = capacity
        self._tiles: OrderedDict[tuple[int, int, int], list[list[bytes]]] = OrderedDict()
        self._lock = threading.Lock()  # proofs are served from several threads

    def get(self, key: tuple[int, int, int]) -> list[list[bytes]] | None:
        with self._lock:
            found = self._tiles.get(key)
            if found is not None:
                self._tiles.move_to_end(key)
            return found

    def put(self, key: tuple[int, int, int], subtrees: list[list[bytes]]) -> None:
        with self._lock:
            self._tiles[key] = subtrees
            if len(self._tiles) > self._capacity:
                self._tiles.popitem(last=False)


def _subtrees_of(hashes: list[bytes]) -> list[list[bytes]]:
    """[the hashes, the roots of their complete pairs, of their complete fours, ...]."""
    levels = [hashes]
    while len(levels[-1]) > 1:
        below = levels[-1]
        levels.append(
            [
                sha256(b"\x01" + below[i] + below[i + 1]).digest()
                for i in range(0, len(below) - 1, 2)
            ]
        )
    return levels

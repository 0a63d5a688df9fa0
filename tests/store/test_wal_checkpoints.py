"""A server folds SQLite's WAL into the database from a thread of its own: once it takes the
checkpoints over, its connections leave them (but for a far backstop), and checkpoint_wal
copies what the commits wrote. PostgreSQL has nothing of the kind."""

from __future__ import annotations

from sqlalchemy import text

from carevault.store import Store
from support.migrations import migrate


def autocheckpoint(store: Store) -> int:
    with store.engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def write_some(store: Store) -> None:
    with store.transaction() as connection:
        for number in range(50):
            connection.execute(
                text("INSERT INTO store_meta (key, value) VALUES (:key, :value)"),
                {"key": f"k{number}", "value": "v" * 500},
            )


def test_a_server_takes_the_wal_checkpoints_over(store: Store) -> None:
    migrate(store, "head")
    if store.dialect != "sqlite":
        assert store.take_over_wal_checkpoints() is False
        assert store.checkpoint_wal() == (0, 0)
        return
    assert autocheckpoint(store) == 10_000
    assert store.take_over_wal_checkpoints() is True
    assert autocheckpoint(store) == 100_000  # every connection made since: the backstop only
    write_some(store)
    frames, copied = store.checkpoint_wal()
    assert frames > 0
    assert copied == frames  # nobody was reading: all of it is in the database now
    assert store.checkpoint_wal() == (frames, frames)  # nothing new: nothing more to copy

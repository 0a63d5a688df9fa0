"""Making a new store: its data folder, database, key, first practice and admin account.

Below the command line (``carevault init``, the demo, the simulator and the tests all make
stores), above access, audit and records, which it puts together.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from carevault.access import check_new_account, create_account
from carevault.audit import open_log
from carevault.config import Settings, write_settings_file
from carevault.crypto import KeyProvider, LocalKeyProvider
from carevault.errors import ConfigError
from carevault.records import StoreIdentity, Vault, keep_index_bits, open_provider, utc_now
from carevault.store import Store


def create_store(
    settings: Settings, *, practice_name: str, admin: str, passphrase: str | None
) -> dict[str, Any]:
    """Make the data folder, migrate the database, create the key, the first practice and
    its admin. On any failure, what was created is removed again."""
    check_new_account(username=admin, role="practice_admin")  # before anything is made
    created_dir = not settings.data.exists()
    settings.data.mkdir(mode=0o700, parents=True, exist_ok=True)
    store = Store.connect(settings.effective_database_url)
    if store.is_initialized():
        store.close()
        raise ConfigError(f"{settings.data} already holds a carevault store; nothing changed")
    store_id = str(uuid.uuid4())
    key_path = settings.key_file_for(store_id)
    if settings.key_provider == "local" and key_path.exists():
        store.close()
        raise ConfigError(f"key file {key_path} already exists; refusing to overwrite it")
    provider: KeyProvider | None = None
    try:
        provider = _new_provider(settings, key_path, store_id, passphrase)
        store.migrate()
        keep_index_bits(store, settings.index_population)
        _make_private(settings)
        vault = Vault(store, provider, population=settings.index_population)
        practice_id = vault.create_practice(practice_name)
        account = create_account(
            store,
            practice_id,
            username=admin,
            role="practice_admin",
            staff_keyring=vault.practice(practice_id).keys.staff,
            clock=utc_now,
        )
        log = open_log(settings, store, provider, store_id, utc_now)
        StoreIdentity(store_id, practice_id).write(store)  # last: the store now counts as made
        write_settings_file(
            settings,
            key_path if settings.key_provider == "local" else None,
            audit_log_key=log.verifier.vkey,
        )
    except BaseException:
        store.close()
        if settings.uses_sqlite:
            _remove_sqlite(settings.data)
        if created_dir:
            shutil.rmtree(settings.data, ignore_errors=True)
        if settings.key_provider == "local":
            key_path.unlink(missing_ok=True)
        raise
    finally:
        if provider is not None:
            provider.close()
    store.close()
    return {
        "data": str(settings.data.resolve()),
        "store_id": store_id,
        "practice_id": practice_id,
        "key_provider": settings.key_provider,
        "key_file": str(key_path.resolve()) if settings.key_provider == "local" else None,
        "key_sealed": passphrase is not None,
        "audit_log_key": log.verifier.vkey,
        "admin": {
            "username": account.username,
            "password": account.password,
            "otp_uri": account.otp_uri,
        },
    }


def _new_provider(
    settings: Settings, key_path: Path, store_id: str, passphrase: str | None
) -> KeyProvider:
    if settings.key_provider == "local":
        return LocalKeyProvider.create(key_path, store_id, passphrase)
    return open_provider(settings, store_id)


def _make_private(settings: Settings) -> None:
    """The database file is ciphertext, but still nobody else's business: owner only."""
    if settings.uses_sqlite:
        for suffix in ("", "-wal", "-shm"):
            path = settings.data / f"carevault.db{suffix}"
            if path.exists():
                path.chmod(0o600)


def _remove_sqlite(data: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        (data / f"carevault.db{suffix}").unlink(missing_ok=True)

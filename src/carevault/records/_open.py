"""Opening a store as configured: its database, its identity, its key provider."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from carevault.config import Settings
from carevault.crypto import KeyProvider, LocalKeyProvider, Pkcs11KeyProvider, plan_index_bits
from carevault.errors import ConfigError, ConflictError
from carevault.records._vault import Clock, StoreIdentity, Vault, utc_now
from carevault.store import Store, queries

_INDEX_BITS = "index_bits"

PassphrasePrompt = Callable[[], str]


def open_vault(
    settings: Settings, *, ask_passphrase: PassphrasePrompt | None = None, clock: Clock = utc_now
) -> Vault:
    """The initialized store the settings name, with its keys. ``ask_passphrase`` is called
    when the key file is sealed and no passphrase is configured (a terminal prompt)."""
    if settings.database_url is None and not (settings.data / "carevault.db").exists():
        raise ConfigError(
            f"no carevault store in {settings.data}: run `carevault init --data {settings.data}`"
        )
    store = Store.connect(settings.effective_database_url)
    try:
        if not store.is_initialized():
            raise ConfigError("the database has no carevault store: run `carevault init`")
        identity = StoreIdentity.read(store)
        keep_index_bits(store, settings.index_population)
        provider = open_provider(settings, identity.store_id, ask_passphrase)
    except BaseException:
        store.close()
        raise
    return Vault(store, provider, population=settings.index_population, clock=clock)


def keep_index_bits(store: Store, population: int) -> None:
    """Blind indexes are cut to a number of bits planned from the population; the store keeps
    the bits its index rows were made at, since a search at other bits finds none of them.
    ConfigError if the population configured asks for other bits while any row exists (a
    store with none takes the new size)."""
    bits = plan_index_bits(population)
    try:
        _keep_index_bits(store, population, bits)
    except ConflictError:  # another worker recorded them first, at its own start: compare
        _keep_index_bits(store, population, bits)


def _keep_index_bits(store: Store, population: int, bits: int) -> None:
    with store.transaction() as connection:
        kept = queries.get_meta(connection, _INDEX_BITS)
        if kept == str(bits):
            return
        if kept is not None and queries.has_blind_indexes(connection):
            raise ConfigError(
                f"CAREVAULT_INDEX_POPULATION ({population:,}) sizes blind indexes at {bits} "
                f"bits, but this store's were made at {kept}: its patients would no longer be "
                f"found by search. Set it back (a population such as {2 ** (int(kept) + 1):,}"
                f" gives {kept} bits); a store is not re-indexed"
            )
        queries.set_meta(connection, _INDEX_BITS, str(bits))


def open_provider(
    settings: Settings, store_id: str | None, ask_passphrase: PassphrasePrompt | None = None
) -> KeyProvider:
    if settings.key_provider == "pkcs11":
        if settings.pkcs11_pin is None:
            raise ConfigError("the pkcs11 key provider needs CAREVAULT_PKCS11_PIN")
        return Pkcs11KeyProvider.open(
            settings.pkcs11_module, settings.pkcs11_token, settings.pkcs11_pin.get_secret_value()
        )
    passphrase = settings.key_passphrase.get_secret_value() if settings.key_passphrase else None
    if store_id is None:
        raise ConfigError("the store has no id: was `carevault init` interrupted?")
    key_file = settings.key_file_for(store_id)
    if passphrase is None and ask_passphrase is not None and _is_sealed(key_file):
        passphrase = ask_passphrase()
    return LocalKeyProvider.open(key_file, store_id, passphrase)


def _is_sealed(path: Path) -> bool:
    try:
        return b'"sealed"' in path.read_bytes()
    except OSError:
        return False

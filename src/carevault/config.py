"""Settings: environment variables (CAREVAULT_*) and a TOML file, nothing else reads env.

Precedence, highest first: explicit overrides (CLI flags), environment, the data folder's
``carevault.toml`` (written by ``carevault init``; never holds a secret), defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)
from sqlalchemy.engine import make_url

from carevault.errors import ConfigError

DEFAULT_DATA_DIR = Path("carevault-data")
SETTINGS_FILE_NAME = "carevault.toml"
DEFAULT_PKCS11_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


class Settings(BaseSettings):
    """Every knob carevault has. Built by :func:`load_settings`."""

    model_config = SettingsConfigDict(env_prefix="CAREVAULT_", extra="ignore", frozen=True)

    data: Path = Field(default=DEFAULT_DATA_DIR, description="the data folder")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default SQLite in the data folder"
    )
    key_provider: Literal["local", "pkcs11"] = "local"
    key_file: Path | None = Field(
        default=None, description="the key file (recorded by init); default KEY_DIR/<store>.key"
    )
    key_dir: Path | None = Field(
        default=None, description="where init puts key files; default ~/.config/carevault/keys"
    )
    key_passphrase: SecretStr | None = None
    pkcs11_module: str = DEFAULT_PKCS11_MODULE
    pkcs11_token: str = "carevault"  # noqa: S105 - a token label, not a secret
    pkcs11_pin: SecretStr | None = None
    index_population: int = Field(
        default=100_000, ge=16, description="planned patients per practice (blind-index sizing)"
    )
    log_file: Path | None = Field(default=None, description="default: DATA/logs/carevault.log")
    # -- identity: sessions, login throttling, lockout, account lifecycle --
    session_idle_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="a session unused this long ends"
    )
    session_max_hours: int = Field(
        default=8, ge=1, le=7 * 24, description="a session ends this long after login"
    )
    account_dormant_days: int = Field(
        default=60, ge=1, description="an account unused this long is disabled at next login"
    )
    login_window_minutes: int = Field(
        default=15, ge=1, le=24 * 60, description="failed logins are counted in this window"
    )
    login_account_failures: int = Field(
        default=5, ge=1, description="failures per account in a window before it is throttled"
    )
    login_address_failures: int = Field(
        default=20, ge=1, description="failures per source address in a window (shared NATs)"
    )
    login_lockout_failures: int = Field(
        default=10, ge=2, description="failures within a day that lock the username"
    )
    login_lockout_minutes: int = Field(
        default=60, ge=1, description="a lock ends after this long (or `carevault user unlock`)"
    )
    service_token_max_days: int = Field(
        default=365, ge=1, le=3650, description="the longest a service token may be valid"
    )
    # -- the API's authorization and limits --
    care_encounter_months: int = Field(
        default=18, ge=1, le=240, description="an encounter keeps its author in the care team"
    )
    break_glass_hours: int = Field(default=24, ge=1, le=168, description="break-the-glass grant")
    api_max_body_bytes: int = Field(default=1_048_576, ge=1024, description="request body cap")
    api_max_json_depth: int = Field(default=32, ge=4, le=256, description="JSON nesting cap")
    api_rate_per_second: float = Field(
        default=50.0, gt=0, description="sustained requests per second per session or token"
    )
    api_rate_burst: int = Field(default=200, ge=1, description="requests allowed in a burst")
    # -- the audit log: checkpoints, witnesses, retention --
    audit_origin: str | None = Field(
        default=None, description="the log's origin line; default carevault.local/<store id>"
    )
    audit_log_key: str | None = Field(
        default=None, description="the log's verifier key (recorded by init): verify pins it"
    )
    audit_checkpoint_seconds: float = Field(
        default=10.0, gt=0, le=3600, description="a checkpoint at least this often (if grown)"
    )
    audit_checkpoint_entries: int = Field(
        default=10_000, ge=1, description="a checkpoint after at most this many new entries"
    )
    audit_witnesses: list[str] = Field(
        default_factory=list, description='witnesses, each "<url> <verifier key>"'
    )
    audit_witness_quorum: int = Field(
        default=1, ge=0, description="cosignatures that make a checkpoint trusted"
    )
    audit_retention_days: int = Field(
        default=3 * 365,
        ge=1,
        description="entries older than this may be pruned (CNIL: 6 months-3 years)",
    )

    # -- the guard: mass-extraction detection and its alerts --
    guard_enabled: bool = Field(
        default=True, description="watch every access (off only for a baseline benchmark)"
    )
    guard_redis_url: str | None = Field(
        default=None,
        description="Redis for the guard's counters when several workers run (redis://...)",
    )
    guard_smtp_host: str | None = Field(default=None, description="SMTP relay for alerts")
    guard_smtp_port: int = Field(default=25, ge=1, le=65535)
    guard_smtp_starttls: bool = False
    guard_smtp_username: str | None = None
    guard_smtp_password: SecretStr | None = None
    guard_smtp_from: str = "carevault@localhost"
    guard_alert_emails: list[str] = Field(
        default_factory=list, description="the DPO addresses alerts are e-mailed to"
    )
    guard_webhook_url: str | None = Field(default=None, description="alerts POSTed here")
    guard_webhook_secret: SecretStr | None = Field(
        default=None, description="HMAC-SHA256 key signing each webhook body"
    )
    # -- simulation only: never set on a production server --
    simulated_clock_file: Path | None = Field(
        default=None,
        description="simulation only: the clock is the wall clock plus the offset in this file",
    )

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("only sqlite:// and postgresql+psycopg:// URLs are supported")
        return value

    @field_validator("audit_witnesses")
    @classmethod
    def _witness_entries(cls, value: list[str]) -> list[str]:
        for entry in value:
            url, _, key = entry.strip().partition(" ")
            if not url.startswith(("http://", "https://")) or not key.strip():
                raise ValueError(f'a witness is "<http(s) url> <verifier key>", not {entry!r}')
        return value

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data / 'carevault.db').resolve()}"

    def key_file_for(self, store_id: str) -> Path:
        """The key file: as configured, else one per store outside the data folder, so that
        copying or backing up the data folder never takes the key with it."""
        if self.key_file is not None:
            return self.key_file
        return (self.key_dir or _default_key_dir()) / f"{store_id}.key"

    @property
    def effective_log_file(self) -> Path:
        return self.log_file or self.data / "logs" / "carevault.log"

    @property
    def uses_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _toml_path_for(init_settings, env_settings)
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None and toml_file.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)


def _toml_path_for(
    init_settings: PydanticBaseSettingsSource, env_settings: PydanticBaseSettingsSource
) -> Path | None:
    data = init_settings().get("data") or env_settings().get("data") or DEFAULT_DATA_DIR
    return Path(data) / SETTINGS_FILE_NAME


def _default_key_dir() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME")
    return (Path(config_home) if config_home else Path.home() / ".config") / "carevault" / "keys"


def load_settings(**overrides: Any) -> Settings:
    """Settings from overrides (None values ignored), environment and the data folder's TOML."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid settings: {problems}") from exc


def write_settings_file(
    settings: Settings, key_file: Path | None, *, audit_log_key: str | None = None
) -> Path:
    """Record the non-secret choices of ``init`` so later commands find them."""
    lines = [f'key_provider = "{settings.key_provider}"']
    if audit_log_key is not None:
        lines.append(f'audit_log_key = "{audit_log_key}"')
    if key_file is not None:
        lines.append(f'key_file = "{key_file.resolve()}"')
    if settings.key_provider == "pkcs11":
        lines.append(f'pkcs11_module = "{settings.pkcs11_module}"')
        lines.append(f'pkcs11_token = "{settings.pkcs11_token}"')
    url = settings.database_url
    if url and make_url(url).password is None and "password" not in url:  # nor in the query
        lines.append(f'database_url = "{url}"')
    path = settings.data / SETTINGS_FILE_NAME
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def pin_log_key(settings: Settings, vkey: str) -> None:
    """Record the access log's verifier key in the data folder's carevault.toml (for a store
    made before the log had one): from then on `audit verify` checks against it."""
    path = settings.data / SETTINGS_FILE_NAME
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if "audit_log_key" in existing:
        raise ConfigError(f"{path} already records a log key")
    path.write_text(f'{existing.rstrip()}\naudit_log_key = "{vkey}"\n'.lstrip(), encoding="utf-8")
    os.chmod(path, 0o600)

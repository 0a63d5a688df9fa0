"""Real SoftHSM2 tokens for tests (Debian/Ubuntu package ``softhsm2``).

Three facts decide how this works:

1. SoftHSM reads ``SOFTHSM2_CONF`` (and so its token directory) at ``C_Initialize`` only, and
   python-pkcs11 loads and initialises a module once per process. So every token of a test
   process must live in one directory: get it from :func:`shared_softhsm_directory`. Asking
   for another directory once the library is loaded is refused with a RuntimeError.
2. SoftHSM never rescans its token directory: a token that ``softhsm2-util`` adds after the
   library was initialised stays invisible to this process. So tokens are made with
   ``softhsm2-util --init-token --free`` (same ``SOFTHSM2_CONF``) while the library is not loaded
   yet, and afterwards in-process, through PKCS#11 itself (``C_InitToken`` on the free slot,
   then ``C_InitPIN``), which SoftHSM shows at once without disturbing open sessions.
   Re-initialising the library instead (``C_Finalize``/``C_Initialize``) would kill every open
   session of the process.
3. A missing ``softhsm2-util`` or module is a RuntimeError, never a skip: CI must not pass HSM
   tests by skipping them.
"""

from __future__ import annotations

import ctypes
import os
import re
import secrets
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pkcs11
import pytest
from pkcs11.constants import TokenFlag

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
_LABEL = re.compile(r"^[\x21-\x7e][\x20-\x7e]{0,31}$")
_CKR_OK = 0

_active_directory: Path | None = None
_shared_directory: Path | None = None
_labels_made: set[str] = set()


@dataclass(frozen=True)
class SoftHsmToken:
    """An initialised SoftHSM token; its PINs are random and meant for tests only."""

    module_path: str
    token_label: str
    pin: str = field(repr=False)
    so_pin: str = field(repr=False)
    conf_path: Path


def shared_softhsm_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one token directory of this process (made on first use; the same for every caller)."""
    global _shared_directory  # noqa: PLW0603 - one SoftHSM configuration per process (fact 1)
    if _active_directory is not None:
        return _active_directory
    if _shared_directory is None:
        _shared_directory = tmp_path_factory.mktemp("softhsm")
    return _shared_directory


def unique_token_label(prefix: str = "cv") -> str:
    """A fresh token label (at most 32 characters, as PKCS#11 requires)."""
    return f"{prefix[:16]}-{secrets.token_hex(6)}"


def make_softhsm_token(directory: Path, label: str = "carevault-test") -> SoftHsmToken:
    """Initialise a new SoftHSM token labelled ``label`` in ``directory``/tokens.

    Writes ``directory``/softhsm2.conf and points ``SOFTHSM2_CONF`` at it (child processes
    inherit it). Raises RuntimeError if SoftHSM is not installed, if ``label`` was already
    used in this process, or if SoftHSM already runs here with another directory.
    """
    global _active_directory  # noqa: PLW0603 - one SoftHSM configuration per process (fact 1)

    util = shutil.which("softhsm2-util")
    if util is None:
        raise RuntimeError(
            "softhsm2-util not found on PATH: install SoftHSM2 (apt-get install softhsm2); "
            "the PKCS#11 tests need a real token and are never skipped"
        )
    module = os.path.realpath(SOFTHSM_MODULE)
    if not os.path.isfile(module):
        raise RuntimeError(f"SoftHSM2 module {SOFTHSM_MODULE} not found: install softhsm2")
    if not _LABEL.match(label):
        raise ValueError("a token label is 1-32 printable ASCII characters")
    if label in _labels_made:
        raise RuntimeError(f"a SoftHSM token labelled {label!r} was already made in this process")

    directory = directory.resolve()
    loaded = _library_loaded(module)
    if loaded and _active_directory is None:
        raise RuntimeError(
            "SoftHSM was loaded in this process before make_softhsm_token() set SOFTHSM2_CONF; "
            "make the first token before opening any PKCS#11 provider"
        )
    if loaded and _active_directory != directory:
        raise RuntimeError(
            f"SoftHSM is already initialised in this process with token directory "
            f"{_active_directory}; it reads SOFTHSM2_CONF only once per process, so every "
            "token must live in one directory: use shared_softhsm_directory()"
        )
    tokens = directory / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\n"
        "objectstore.backend = file\n"
        "log.level = ERROR\n"
        "slots.removable = false\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    _active_directory = directory

    pin, so_pin = secrets.token_hex(8), secrets.token_hex(8)
    if loaded:
        _init_token_in_process(module, label, pin, so_pin)
    else:
        _init_token_with_util(util, label, pin, so_pin)
    _labels_made.add(label)
    return SoftHsmToken(SOFTHSM_MODULE, label, pin, so_pin, conf)


def _library_loaded(module: str) -> bool:
    try:
        ctypes.CDLL(module, mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
    except OSError:
        return False
    return True


def _init_token_with_util(util: str, label: str, pin: str, so_pin: str) -> None:
    command = [util, "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", so_pin]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise RuntimeError(f"softhsm2-util could not initialise token {label!r}: {output}")


def _init_token_in_process(module: str, label: str, pin: str, so_pin: str) -> None:
    library = pkcs11.lib(module)  # the process's instance (python-pkcs11 caches it by path)
    free = [
        slot
        for slot in library.get_slots()
        if not slot.get_token().flags & TokenFlag.TOKEN_INITIALIZED
    ]
    if not free:
        raise RuntimeError("SoftHSM shows no free slot to initialise a token in")
    init_token = ctypes.CDLL(module).C_InitToken  # python-pkcs11 does not wrap C_InitToken
    init_token.argtypes = [ctypes.c_ulong, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    init_token.restype = ctypes.c_ulong
    so_pin_bytes = so_pin.encode()
    padded_label = label.encode().ljust(32, b" ")
    rv = init_token(free[0].slot_id, so_pin_bytes, len(so_pin_bytes), padded_label)
    if rv != _CKR_OK:
        raise RuntimeError(f"C_InitToken for token {label!r} failed with CKR 0x{rv:08x}")
    token = library.get_token(token_label=label)
    with token.open(rw=True, so_pin=so_pin) as session:
        session.init_pin(pin)

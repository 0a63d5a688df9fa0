"""Who you are (passwords, accounts) and what you may do."""

from carevault.access._accounts import NewAccount, check_new_account, create_account
from carevault.access._passwords import generate_password, hash_password, verify_password
from carevault.access._principal import CLINICAL_ROLES, ROLES, Principal

__all__ = [
    "CLINICAL_ROLES",
    "ROLES",
    "NewAccount",
    "Principal",
    "check_new_account",
    "create_account",
    "generate_password",
    "hash_password",
    "verify_password",
]

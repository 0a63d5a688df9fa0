"""Who you are (passwords, accounts) and what you may do."""

from carevault.access._accounts import ROLES, NewAccount, check_new_account, create_account
from carevault.access._passwords import generate_password, hash_password, verify_password

__all__ = [
    "ROLES",
    "NewAccount",
    "check_new_account",
    "create_account",
    "generate_password",
    "hash_password",
    "verify_password",
]

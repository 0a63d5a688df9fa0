"""Who you are (passwords, OTP, sessions, tokens) and what you may do."""

from carevault.access._accounts import (
    AccountInfo,
    NewAccount,
    check_new_account,
    check_username_free,
    create_account,
    disable_account,
    disable_in,
    enable_account,
    list_accounts,
    reset_otp,
    reset_password,
    unlock_account,
)
from carevault.access._authenticator import Authenticator
from carevault.access._break_glass import BreakGlass, Grant
from carevault.access._exports import ExportApprovals, ExportRequest
from carevault.access._passwords import (
    check_password,
    generate_password,
    hash_password,
    verify_password,
)
from carevault.access._principal import CLINICAL_ROLES, ROLES, Principal
from carevault.access._scopes import check_scopes, scope_allows
from carevault.access._service_tokens import (
    IssuedServiceToken,
    ServiceTokenInfo,
    issue_service_token,
    list_service_tokens,
    revoke_service_token,
)
from carevault.access._sessions import IssuedToken

__all__ = [
    "CLINICAL_ROLES",
    "ROLES",
    "AccountInfo",
    "Authenticator",
    "BreakGlass",
    "ExportApprovals",
    "ExportRequest",
    "Grant",
    "IssuedServiceToken",
    "IssuedToken",
    "NewAccount",
    "Principal",
    "ServiceTokenInfo",
    "check_new_account",
    "check_password",
    "check_scopes",
    "check_username_free",
    "create_account",
    "disable_account",
    "disable_in",
    "enable_account",
    "generate_password",
    "hash_password",
    "issue_service_token",
    "list_accounts",
    "list_service_tokens",
    "reset_otp",
    "reset_password",
    "revoke_service_token",
    "scope_allows",
    "unlock_account",
    "verify_password",
]

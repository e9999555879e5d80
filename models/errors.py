"""Coded domain errors. They carry a code and parameters, never sentences: the desktop translates them."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error a service raises on purpose."""

    code: str = "domain_error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params: dict[str, Any] = params
        super().__init__(self.code, params)

    def __str__(self) -> str:  # for logs and the CLI
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class ValidationError(DomainError):
    """Bad input. ``field`` names the offending field where there is one."""

    code = "invalid"


class PermissionDenied(DomainError):
    code = "permission_denied"


class ConflictError(DomainError):
    """Someone else saved the record since it was read (stale version)."""

    code = "conflict"


class NotFound(DomainError):
    code = "not_found"


class DuplicateSuspected(DomainError):
    code = "duplicate_suspected"


class AuthenticationFailed(DomainError):
    code = "auth_failed"


class AccountLocked(DomainError):
    code = "account_locked"


class SchemaMismatch(DomainError):
    """The database was made by another version of Maane (or is empty)."""

    code = "schema_mismatch"


class DatabaseUnavailable(DomainError):
    code = "db_unavailable"

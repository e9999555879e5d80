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
    """The database cannot be used. ``reason`` says why in a code (the client words it in the user's
    language); ``detail`` keeps the driver's own text for the administrator."""

    code = "db_unavailable"

    # (code, fragments of the driver's message: psycopg/libpq, sqlite3, the socket probe), first match wins
    _REASONS: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("auth", ("password authentication failed", "authentication failed", "no password supplied",
                  "not permitted to log in", "role \"")),
        ("no_such_database", ("database \"",)),
        ("host_unknown", ("could not translate host name", "name or service not known", "nodename nor servname",
                          "getaddrinfo failed", "temporary failure in name resolution", "no such host")),
        ("refused", ("connection refused", "actively refused", "errno 111", "winerror 10061")),
        ("timeout", ("timeout expired", "timed out", "connection timed out")),
        ("unreachable", ("no route to host", "network is unreachable", "host is unreachable")),
        ("too_many", ("too many connections", "remaining connection slots")),
        ("server_starting", ("the database system is starting up", "the database system is shutting down")),
        ("not_a_database", ("file is not a database", "file is encrypted", "database disk image is malformed")),
        ("locked", ("database is locked",)),
        ("cannot_open", ("unable to open database file", "readonly database", "permission denied")),
    )

    @classmethod
    def from_driver(cls, detail: str, **params: Any) -> DatabaseUnavailable:
        """From a driver's message: the reason classified, the text kept as ``detail``."""
        low = detail.lower()
        reason = next((code for code, fragments in cls._REASONS if any(f in low for f in fragments)), "other")
        return cls(detail=detail.strip(), reason=reason, **params)

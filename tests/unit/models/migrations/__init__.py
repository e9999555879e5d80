"""Helpers of the migration tests."""

from __future__ import annotations

import pytest


def secured_as_before_0017(monkeypatch: pytest.MonkeyPatch) -> None:
    """The declarations, and the generator's referral policies, as revision 0016 left them, for a database at
    an older revision: revision 0017 re-secured case_notes (read only by the roles that write notes),
    club_requests (only by the roles that file or run club requests) and referrals / referral_persons (the
    club worker inserts one, open, in her own name). And tasks as they were until revision 0022 (which added the
    confidential tasks, their readers and guard)."""
    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models import security
    from models.base import Base
    from models.security import TableSecurity

    tables = Base.metadata.tables
    monkeypatch.setitem(tables["case_notes"].info, security.SECURITY_KEY,
                        TableSecurity.file("file_id", author_column="author_id", signed_column="signed_at"))
    monkeypatch.setitem(tables["club_requests"].info, security.SECURITY_KEY,
                        TableSecurity.file("file_id", person_column="person_id"))
    monkeypatch.setitem(tables["tasks"].info, security.SECURITY_KEY,
                        TableSecurity.file("file_id", assignee_column="assignee_id"))
    monkeypatch.setattr(security, "_REFERRAL_INSERTER", security._REFERRAL_WRITER)
    monkeypatch.setattr(security, "_ROWS_INSERTER", security._REFERRAL_WRITER)

"""Retention of the access log: at least 24 months (Privacy Protection (Data Security) Regulations 2017,
reg. 10), then a documented purge (``maane audit purge``).

The purge runs as the database's owner, never as a Maane role. On PostgreSQL it calls the owner's definer
function ``maane_purge_audit`` (revision 0009), the one DELETE the append-only triggers let through; no Maane
role may execute it. On SQLite (one PC) whoever holds the file is its owner. Either way a cutoff less than
24 months ago is refused, the rows before the cutoff are removed (with the files a list showed), and a row
``audit_purge`` records the cutoff, the count and who purged; no purge removes a purge row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, insert, select, text

from models.audit.dto import PurgeResult
from models.audit.entities import AuditEvent, AuditEventFile
from models.db import Database
from models.errors import ValidationError

RETENTION_MONTHS = 24
PURGE_ACTION = "audit_purge"


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the 29th of February and the 31st fall back to the
    last day of the month)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def latest_cutoff(today: date | None = None) -> date:
    """The newest cutoff a purge accepts: 24 months before today (UTC)."""
    return months_before(today or datetime.now(UTC).date(), RETENTION_MONTHS)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def check_cutoff(before: date) -> None:
    newest = latest_cutoff()
    if before > newest:
        raise ValidationError("audit_retention", field="before", value=before.isoformat(), min=newest.isoformat(),
                              months=RETENTION_MONTHS)


def count_purgeable(db: Database, before: date) -> int:
    check_cutoff(before)
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.at < _start(before), AuditEvent.action != PURGE_ACTION)) or 0)


_PG_PURGE = text("SELECT maane_purge_audit(CAST(:before AS timestamptz))")


def purge(db: Database, before: date, *, who: str) -> PurgeResult:
    """Remove the audit events before ``before`` (00:00 UTC of that day), as the database owner; record
    the purge. ``who`` names the operator on SQLite (PostgreSQL stamps the login itself)."""
    check_cutoff(before)
    with db.session() as s:
        if db.is_postgres:
            removed = int(s.execute(_PG_PURGE, {"before": _start(before)}).scalar_one())
        else:
            old = select(AuditEvent.id).where(AuditEvent.at < _start(before), AuditEvent.action != PURGE_ACTION)
            s.connection().execute(delete(AuditEventFile).where(AuditEventFile.audit_id.in_(old)))
            result = cast(CursorResult[Any], s.connection().execute(delete(AuditEvent).where(
                AuditEvent.at < _start(before), AuditEvent.action != PURGE_ACTION)))
            removed = int(result.rowcount)
            s.execute(insert(AuditEvent).values(
                user_name=who[:63], action=PURGE_ACTION, entity="audit", allowed=True,
                detail=f'{{"before": "{_start(before).isoformat()}", "removed": {removed}}}'))
    return PurgeResult(before, removed, True)

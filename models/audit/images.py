"""The old and new values of every change, on SQLite as PostgreSQL's triggers record them.

On PostgreSQL the trigger ``maane_audit_row`` (revision 0001) writes, for each inserted, updated or deleted
row of an audited table, an event ``db_insert``/``db_update``/``db_delete`` whose detail is
``{"old": row, "new": row}``. SQLite has no login to stamp, so the services' sessions write the same events
as the unit of work writes each row (mapper events, so a phone removed by a cascade is seen too;
``ServiceBase._tx`` names the user in ``Session.info``): the access-log review then shows "what changed from
what to what" alike on both databases. Bulk statements that bypass the unit of work (``Query.delete``) are
not seen here; the service's own event records those.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import object_session

from models.base import Base
from models.security import declaration_of

AUDIT_USER = "maane_audit_user"  # Session.info key: the username the row images are recorded for
_NOT_RECORDED = {"users": ("password_hash",)}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _image(obj: Any, *, old: bool) -> dict[str, Any] | None:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table
    skip = _NOT_RECORDED.get(str(getattr(table, "name", "")), ())
    out: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        name = prop.columns[0].name
        if name in skip:
            continue
        if old:
            history = state.attrs[prop.key].history
            if history.deleted:
                value = history.deleted[0]
            elif history.unchanged:
                value = history.unchanged[0]
            elif prop.key in state.dict:
                value = state.dict[prop.key]
            else:
                continue
        else:
            if prop.key not in state.dict:
                continue
            value = state.dict[prop.key]
        out[name] = _json_value(value)
    return out


def _audited(obj: Any) -> str | None:
    table = getattr(inspect(obj).mapper, "local_table", None)
    if table is None:
        return None
    d = declaration_of(table)
    return str(table.name) if d is not None and d.audit else None


def _changed(obj: Any) -> bool:
    state = inspect(obj)
    return any(state.attrs[p.key].history.has_changes() for p in state.mapper.column_attrs)


def _record(op: str, connection: Connection, target: Any) -> None:
    """One row image, as the flush writes the row (mapper events: orphans removed by a cascade too)."""
    session = object_session(target)
    user = session.info.get(AUDIT_USER) if session is not None else None
    if not user or connection.dialect.name != "sqlite":  # PostgreSQL: its triggers write them
        return
    table = _audited(target)
    if table is None or (op == "update" and not _changed(target)):
        return
    from models.audit.entities import AuditEvent

    old = _image(target, old=True) if op in ("update", "delete") else None
    new = _image(target, old=False) if op in ("insert", "update") else None
    row = new if new is not None else old or {}
    entity_id = row.get("id")
    file_id = entity_id if table == "family_files" else row.get("file_id")
    connection.execute(insert(AuditEvent).values(
        user_name=str(user), action=f"db_{op}", entity=table,
        entity_id=entity_id if isinstance(entity_id, int) else None,
        file_id=file_id if isinstance(file_id, int) else None, allowed=True,
        detail=json.dumps({"old": old, "new": new}, ensure_ascii=False, default=str)))


def _after_insert(_mapper: Any, connection: Connection, target: Any) -> None:
    _record("insert", connection, target)


def _after_update(_mapper: Any, connection: Connection, target: Any) -> None:
    _record("update", connection, target)


def _after_delete(_mapper: Any, connection: Connection, target: Any) -> None:
    _record("delete", connection, target)


event.listen(Base, "after_insert", _after_insert, propagate=True)
event.listen(Base, "after_update", _after_update, propagate=True)
event.listen(Base, "after_delete", _after_delete, propagate=True)

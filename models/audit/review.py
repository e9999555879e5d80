"""The access-log review's vocabulary, Qt-free: the kinds of action a reviewer filters by, and how a row
image (``{"old": row, "new": row}``, written by PostgreSQL's triggers and on SQLite by
``models.audit.images``) becomes field-by-field changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from models.audit.dto import FieldChange

# Kind -> the action codes recorded for it (the services' own, the denials' Action values, the triggers').
ACTION_KINDS: dict[str, tuple[str, ...]] = {
    "view": ("view", "view_notes", "list", "view_file", "view_person", "view_files"),
    "search": ("search",),
    "change": ("create", "update", "close", "reopen", "reassign", "restrict", "add_member", "sign", "correct",
               "db_insert", "db_update", "db_delete", "open_file", "edit_file", "close_file", "reassign_file",
               "restrict_file", "write_note", "manage_tasks", "edit_person",
               # intake (models.intake): a referral's outcomes and hand-over, persons linked or confirmed new
               "attach", "hand_over", "refer_elsewhere", "no_intervention", "link_person", "confirm_new_person",
               "receive_referrals",
               # editing a family file's members (models.families)
               "remove_member", "change_relation"),
    "export": ("export", "print", "save"),
    "sign_in": ("login",),
    "staff": ("list_staff", "staff_add", "staff_deactivate", "staff_password", "staff_unlock",
              "staff_change_request", "staff_change_decide", "manage_users", "decide_staff_changes"),
    "audit": ("view_audit", "review_access_log", "view_all_audit", "view_file_audit", "audit_export",
              "audit_purge"),
}
KIND_ORDER: tuple[str, ...] = tuple(ACTION_KINDS)

# Columns that change with every save and say nothing a reviewer asks about; search keys are derived.
_NOISE = frozenset({"id", "version", "created_at", "created_by", "updated_at", "updated_by", "password_hash",
                    "failed_logins"})
# The file an image's row belongs to: the review's file column says it already.
_IN_FILE_COLUMN = frozenset({"file_id"})
# Columns holding a staff member's, a team's or a person's id: shown by name.
PERSON_COLUMNS = frozenset({"person_id"})
USER_COLUMNS = frozenset({"worker_id", "assignee_id", "author_id", "user_id",
                          # referrals and club requests (revision 0014)
                          "intake_worker_id", "handed_to_id", "decided_by_id", "requested_by_id"})
TEAM_COLUMNS = frozenset({"team_id", "old_team_id", "new_team_id"})
# The detail keys a service writes that tell the reviewer what, in a few words.
_SUMMARY_KEYS = ("query", "id_number", "reason", "user", "username", "name")


def actions_of(kinds: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for kind in kinds:
        out += ACTION_KINDS.get(kind, ())
    return tuple(dict.fromkeys(out))


def parse_detail(detail: str) -> dict[str, Any]:
    if not detail or not detail.startswith("{"):
        return {}
    try:
        parsed = json.loads(detail)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def person_ids(detail: Mapping[str, Any]) -> set[int]:
    """The persons a row image names (their names are looked up once per page)."""
    out = set()
    for side in ("old", "new"):
        image = detail.get(side)
        if isinstance(image, dict):
            out |= {v for k, v in image.items() if k in PERSON_COLUMNS and isinstance(v, int)}
    return out


def _words(field: str, value: Any, users: Mapping[int, str], teams: Mapping[int, str],
           persons: Mapping[int, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, int) and field in USER_COLUMNS:
        return users.get(value, str(value))
    if isinstance(value, int) and field in TEAM_COLUMNS:
        return teams.get(value, str(value))
    if isinstance(value, int) and field in PERSON_COLUMNS:
        return persons.get(value, str(value))
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        # ISO dates and times from either database: "2026-11-28" or "2026-11-28T21:32:00+00:00"
        day = f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
        return day if len(value) == 10 else f"{day} {value[11:16]}"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def row_changes(detail: Mapping[str, Any], users: Mapping[int, str], teams: Mapping[int, str],
                persons: Mapping[int, str] | None = None) -> tuple[FieldChange, ...]:
    """The fields a row image changed, in the row's column order: for an update those whose value differs,
    for an insert the fields given a value, for a delete the fields the row had."""
    old = detail.get("old") if isinstance(detail.get("old"), dict) else None
    new = detail.get("new") if isinstance(detail.get("new"), dict) else None
    if old is None and new is None:
        return ()
    fields = list(dict.fromkeys([*(new or {}), *(old or {})]))
    names = persons or {}
    out = []
    for field in fields:
        if field in _NOISE or field in _IN_FILE_COLUMN or field.endswith(("_key", "_keys", "_rank")):
            continue
        before = (old or {}).get(field)
        after = (new or {}).get(field)
        if old is not None and new is not None and before == after:
            continue
        if old is None and after in (None, "", False):
            continue
        if new is None and before in (None, ""):
            continue
        out.append(FieldChange(field, _words(field, before, users, teams, names),
                               _words(field, after, users, teams, names)))
    return tuple(out)


def summary_of(detail: Mapping[str, Any]) -> str:
    """The few words a service recorded beside an event (a search's text, a reason, a changed field list)."""
    parts = [str(detail[k]) for k in _SUMMARY_KEYS if detail.get(k) not in (None, "")]
    changed = detail.get("changed")
    if isinstance(changed, list) and changed:
        parts.append(", ".join(str(c) for c in changed))
    return " · ".join(parts)

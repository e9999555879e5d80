"""The one place where coded domain errors and coded values become words in the user's language.

Strings are English in the code and translated by Qt Linguist files (resources/translations)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.errors import DomainError


def field_name(field: str | None) -> str:
    names = {
        "family_name": QCoreApplication.translate("Messages", "family name"),
        "address": QCoreApplication.translate("Messages", "address"),
        "locality": QCoreApplication.translate("Messages", "locality"),
        "neighbourhood": QCoreApplication.translate("Messages", "neighbourhood"),
        "file_number": QCoreApplication.translate("Messages", "file number"),
        "opened_on": QCoreApplication.translate("Messages", "opening date"),
        "closed_on": QCoreApplication.translate("Messages", "closing date"),
        "close_reason": QCoreApplication.translate("Messages", "reason for closing"),
        "status": QCoreApplication.translate("Messages", "status"),
        "team_id": QCoreApplication.translate("Messages", "team"),
        "worker_id": QCoreApplication.translate("Messages", "worker"),
        "assignee_id": QCoreApplication.translate("Messages", "assignee"),
        "relation": QCoreApplication.translate("Messages", "relation"),
        "person_id": QCoreApplication.translate("Messages", "person"),
        "first_name": QCoreApplication.translate("Messages", "first name"),
        "last_name": QCoreApplication.translate("Messages", "last name"),
        "id_number": QCoreApplication.translate("Messages", "ID number"),
        "id_kind": QCoreApplication.translate("Messages", "kind of identity document"),
        "birth_date": QCoreApplication.translate("Messages", "birth date"),
        "sex": QCoreApplication.translate("Messages", "sex"),
        "preferred_language": QCoreApplication.translate("Messages", "preferred language"),
        "phones": QCoreApplication.translate("Messages", "phone"),
        "kind": QCoreApplication.translate("Messages", "kind of note"),
        "note_date": QCoreApplication.translate("Messages", "note date"),
        "text": QCoreApplication.translate("Messages", "text"),
        "title": QCoreApplication.translate("Messages", "title"),
        "due_date": QCoreApplication.translate("Messages", "due date"),
        "query": QCoreApplication.translate("Messages", "search"),
        "username": QCoreApplication.translate("Messages", "user name"),
        "password": QCoreApplication.translate("Messages", "password"),
        "full_name": QCoreApplication.translate("Messages", "full name"),
        "role": QCoreApplication.translate("Messages", "role"),
        "team": QCoreApplication.translate("Messages", "team"),
        "name_birth_date": QCoreApplication.translate("Messages", "name and birth date"),
    }
    if not field:
        return ""
    return names.get(field, field)


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return str(value or "")


def message_for(error: DomainError) -> str:
    """A sentence for the user about ``error``, in the UI language."""
    p = error.params
    code = error.code
    field = field_name(p.get("field"))
    validation = {
        "required": QCoreApplication.translate("Messages", "Please fill in the {field}."),
        "too_long": QCoreApplication.translate("Messages", "The {field} is too long (at most {max} characters)."),
        "id_check_digit": QCoreApplication.translate("Messages", "The ID number is not valid (check digit)."),
        "birth_date_future": QCoreApplication.translate("Messages", "The birth date cannot be in the future."),
        "birth_date_too_old": QCoreApplication.translate("Messages", "The birth date is too far in the past."),
        "date_future": QCoreApplication.translate("Messages", "The {field} cannot be in the future."),
        "file_number_taken": QCoreApplication.translate("Messages", "The file number {value} is already taken."),
        "file_number_format": QCoreApplication.translate("Messages", "The file number must look like 2026/0001."),
        "query_too_long": QCoreApplication.translate("Messages", "The search text is too long (at most {max} characters)."),
        "already_closed": QCoreApplication.translate("Messages", "The file is already closed."),
        "not_closed": QCoreApplication.translate("Messages", "The file is not closed."),
        "closed_before_opened": QCoreApplication.translate("Messages", "The closing date is before the file was opened."),
        "invalid_choice": QCoreApplication.translate("Messages", "Please choose a valid {field}."),
        "worker_invalid": QCoreApplication.translate("Messages", "This worker cannot be assigned files."),
        "team_not_own": QCoreApplication.translate("Messages", "You can only choose your own team."),
        "team_unknown": QCoreApplication.translate("Messages", "The team does not exist."),
        "team_name_invalid": QCoreApplication.translate("Messages", "The team name is not valid."),
        "note_signed": QCoreApplication.translate("Messages", "The note is signed and can no longer be changed; write a correction instead."),
        "note_not_signed": QCoreApplication.translate("Messages", "Only a signed note can be corrected."),
        "phone_invalid": QCoreApplication.translate("Messages", "The phone number {value} is not valid."),
        "passport_invalid": QCoreApplication.translate("Messages", "The passport number is not valid."),
        "already_member": QCoreApplication.translate("Messages", "This person is already a member of the family file."),
        "username_invalid": QCoreApplication.translate("Messages", "The user name may contain only lower-case Latin letters, digits and _."),
        "role_unknown": QCoreApplication.translate("Messages", "Unknown role."),
        "password_invalid": QCoreApplication.translate("Messages", "The password is not valid."),
        "security_not_installed": QCoreApplication.translate("Messages", "The database security roles are not installed ({role}). Ask the system administrator to run: maane db upgrade"),
        "password_too_short": QCoreApplication.translate("Messages", "The password is too short (at least {min} characters)."),
        "sqlite_on_network": QCoreApplication.translate("Messages", "The database file {path} is on a network drive, where SQLite is not safe. "
                                "Several users need the shared PostgreSQL database."),
        "unsupported_database": QCoreApplication.translate("Messages", "This kind of database is not supported."),
        "invalid": QCoreApplication.translate("Messages", "The {field} is not valid."),
    }
    if code in validation:
        template = validation[code]
    elif code == "permission_denied":
        template = QCoreApplication.translate("Messages", "You are not allowed to do this. The attempt was recorded.")
    elif code == "conflict":
        template = QCoreApplication.translate("Messages", "Someone else changed this record since you opened it. Reload it to see the "
                      "current version, then try again.")
    elif code == "not_found":
        template = QCoreApplication.translate("Messages", "The record was not found; it may have been removed.")
    elif code == "duplicate_suspected":
        if p.get("field") == "username":
            template = QCoreApplication.translate("Messages", "A user with this name already exists.")
        elif p.get("field") == "name_birth_date":
            template = QCoreApplication.translate("Messages", "A person with the same name and birth date already exists.")
        else:
            template = QCoreApplication.translate("Messages", "A person with this ID number already exists.")
    elif code == "auth_failed":
        if p.get("reason") == "no_maane_user":
            template = QCoreApplication.translate("Messages", "The login {login} is not a Maane user. Ask the system administrator.")
        elif p.get("remaining") is not None:
            template = QCoreApplication.translate("Messages", "Wrong user name or password. {remaining} attempts left before the account is locked.")
        else:
            template = QCoreApplication.translate("Messages", "Wrong user name or password.")
    elif code == "account_locked":
        template = QCoreApplication.translate("Messages", "The account is locked after too many failed attempts. Try again after {until}.")
    elif code == "schema_mismatch":
        if p.get("found") is None:
            template = QCoreApplication.translate("Messages", "The database holds no Maane data structure (expected revision {expected}). "
                          "Ask the system administrator to run: maane db upgrade")
        else:
            template = QCoreApplication.translate("Messages", "The database is at revision {found}, this program needs revision {expected}. "
                          "Ask the system administrator to run: maane db upgrade")
    elif code == "db_unavailable":
        template = QCoreApplication.translate("Messages", "The database cannot be reached. Check the network connection or the database "
                      "settings.")
    else:
        template = QCoreApplication.translate("Messages", "The action failed ({code}).")
    values = {k: _when(v) if k == "until" else v for k, v in p.items()}
    values.update(field=field, code=code)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


# ---- coded values -----------------------------------------------------------------------------------------
def role_label(role: str) -> str:
    return {
        "intake_worker": QCoreApplication.translate("Messages", "intake social worker"),
        "family_worker": QCoreApplication.translate("Messages", "family social worker"),
        "youth_law_worker": QCoreApplication.translate("Messages", "youth-law social worker"),
        "committee_coordinator": QCoreApplication.translate("Messages", "committee coordinator"),
        "club_worker": QCoreApplication.translate("Messages", "clubs social worker"),
        "team_head": QCoreApplication.translate("Messages", "team head"),
        "manager": QCoreApplication.translate("Messages", "department manager"),
        "admin": QCoreApplication.translate("Messages", "system administrator"),
    }.get(role, role)


def status_label(status: str) -> str:
    return {"open": QCoreApplication.translate("Messages", "open"), "closed": QCoreApplication.translate("Messages", "closed")}.get(status, status)


def relation_label(relation: str) -> str:
    return {"parent": QCoreApplication.translate("Messages", "parent"), "child": QCoreApplication.translate("Messages", "child"), "other": QCoreApplication.translate("Messages", "other")}.get(relation, relation)


def note_kind_label(kind: str) -> str:
    return {
        "home_visit": QCoreApplication.translate("Messages", "home visit"),
        "office_meeting": QCoreApplication.translate("Messages", "office meeting"),
        "phone_call": QCoreApplication.translate("Messages", "phone call"),
        "service_contact": QCoreApplication.translate("Messages", "contact with another service"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(kind, kind)


def close_reason_label(reason: str) -> str:
    return {
        "goals_met": QCoreApplication.translate("Messages", "treatment goals met"),
        "moved": QCoreApplication.translate("Messages", "moved away"),
        "refused": QCoreApplication.translate("Messages", "family refused treatment"),
        "transferred": QCoreApplication.translate("Messages", "transferred to another service"),
        "no_contact": QCoreApplication.translate("Messages", "no contact with the family"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(reason, reason)


def audit_action_label(action: str) -> str:
    return {
        "view": QCoreApplication.translate("Messages", "viewed"),
        "search": QCoreApplication.translate("Messages", "searched"),
        "create": QCoreApplication.translate("Messages", "created"),
        "update": QCoreApplication.translate("Messages", "changed"),
        "close": QCoreApplication.translate("Messages", "file closed"),
        "reopen": QCoreApplication.translate("Messages", "file reopened"),
        "reassign": QCoreApplication.translate("Messages", "reassigned"),
        "restrict": QCoreApplication.translate("Messages", "restriction changed"),
        "add_member": QCoreApplication.translate("Messages", "member added"),
        "sign": QCoreApplication.translate("Messages", "note signed"),
        "correct": QCoreApplication.translate("Messages", "note corrected"),
        "view_audit": QCoreApplication.translate("Messages", "viewed the access log"),
        "login": QCoreApplication.translate("Messages", "signed in"),
        "print": QCoreApplication.translate("Messages", "printed"),
        "export": QCoreApplication.translate("Messages", "exported"),
    }.get(action, action)

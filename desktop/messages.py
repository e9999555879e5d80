"""Where coded domain errors and coded values become words in the user's language.

The error sentences are plain data in ``desktop.catalogue`` (shared with the command line, which loads no
Qt); here they are translated by Qt Linguist files (resources/translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from desktop.catalogue import CONTEXT, FIELD_NAMES, render
from models.errors import DomainError


def field_name(field: str | None) -> str:
    if not field:
        return ""
    return QCoreApplication.translate(CONTEXT, FIELD_NAMES[field]) if field in FIELD_NAMES else field


def message_for(error: DomainError) -> str:
    """A sentence for the user about ``error``, in the UI language (the words: desktop.catalogue)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return render(error, lambda text: QCoreApplication.translate(CONTEXT, text), isolate=rtl)


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

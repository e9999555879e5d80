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
        "remove_member": QCoreApplication.translate("Messages", "member removed"),
        "change_relation": QCoreApplication.translate("Messages", "member's relation changed"),
        "sign": QCoreApplication.translate("Messages", "note signed"),
        "correct": QCoreApplication.translate("Messages", "note corrected"),
        "view_audit": QCoreApplication.translate("Messages", "viewed the access log"),
        "login": QCoreApplication.translate("Messages", "signed in"),
        "print": QCoreApplication.translate("Messages", "printed"),
        "export": QCoreApplication.translate("Messages", "exported"),
    }.get(action, action)


# ---- intake (desktop/intake) -------------------------------------------------------------------------------
def channel_label(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Messages", "phone"),
        "walk_in": QCoreApplication.translate("Messages", "walk-in"),
        "letter": QCoreApplication.translate("Messages", "letter"),
        "email": QCoreApplication.translate("Messages", "e-mail"),
    }.get(code, code)


def source_label(code: str) -> str:
    return {
        "self": QCoreApplication.translate("Messages", "self-referral"),
        "school": QCoreApplication.translate("Messages", "school"),
        "kindergarten": QCoreApplication.translate("Messages", "kindergarten"),
        "health": QCoreApplication.translate("Messages", "health service"),
        "police": QCoreApplication.translate("Messages", "police"),
        "court": QCoreApplication.translate("Messages", "court"),
        "department_service": QCoreApplication.translate("Messages", "another service of the department"),
        "anonymous": QCoreApplication.translate("Messages", "anonymous"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(code, code)


def urgency_label(code: str) -> str:
    return {
        "immediate": QCoreApplication.translate("Messages", "immediate"),
        "day": QCoreApplication.translate("Messages", "within 24 hours"),
        "week": QCoreApplication.translate("Messages", "within a week"),
        "routine": QCoreApplication.translate("Messages", "routine"),
    }.get(code, code)


def referral_status_label(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Messages", "open: no outcome yet"),
        "awaiting_handover": QCoreApplication.translate("Messages", "waiting for hand-over"),
        "closed": QCoreApplication.translate("Messages", "closed"),
    }.get(code, code)


def outcome_label(code: str) -> str:
    return {
        "new_file": QCoreApplication.translate("Messages", "new family file opened"),
        "attached": QCoreApplication.translate("Messages", "attached to an existing file"),
        "referred_elsewhere": QCoreApplication.translate("Messages", "referred elsewhere"),
        "no_intervention": QCoreApplication.translate("Messages", "no intervention"),
    }.get(code, code)


def elsewhere_service_label(code: str) -> str:
    return {
        "health": QCoreApplication.translate("Messages", "health services"),
        "education": QCoreApplication.translate("Messages", "education services"),
        "national_insurance": QCoreApplication.translate("Messages", "National Insurance Institute"),
        "employment": QCoreApplication.translate("Messages", "employment service"),
        "housing": QCoreApplication.translate("Messages", "housing"),
        "legal_aid": QCoreApplication.translate("Messages", "legal aid"),
        "other_municipality": QCoreApplication.translate("Messages", "social services of another municipality"),
        "nonprofit": QCoreApplication.translate("Messages", "a non-profit organisation"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(code, code)


def no_intervention_label(code: str) -> str:
    return {
        "information_only": QCoreApplication.translate("Messages", "information only"),
        "resolved": QCoreApplication.translate("Messages", "resolved without intervention"),
        "declined": QCoreApplication.translate("Messages", "the family declined"),
        "not_eligible": QCoreApplication.translate("Messages", "not within the department's services"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(code, code)


def duplicate_reason_label(code: str) -> str:
    """Why a known person may be the one being entered (models.people.dto.DuplicateCandidate.reasons)."""
    return {
        "id_number": QCoreApplication.translate("Messages", "same ID number"),
        "phone": QCoreApplication.translate("Messages", "a phone number in common"),
        "name": QCoreApplication.translate("Messages", "same name"),
        "name_variant": QCoreApplication.translate("Messages", "spelling variant of the name"),
        "name_arabic": QCoreApplication.translate("Messages", "same name in Arabic letters"),
        "name_latin": QCoreApplication.translate("Messages", "same name in Latin letters"),
        "birth_date": QCoreApplication.translate("Messages", "same birth date"),
        "birth_date_near": QCoreApplication.translate("Messages", "a close birth date"),
        "address": QCoreApplication.translate("Messages", "same address"),
    }.get(code, code)


# ---- committees (issue 9) ---------------------------------------------------------------------------------
def committee_level_label(code: str) -> str:
    return {
        "regular": QCoreApplication.translate("Messages", "regular committee"),
        "expanded": QCoreApplication.translate("Messages", "expanded committee"),
    }.get(code, code)


def meeting_status_label(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("Messages", "planned"),
        "held": QCoreApplication.translate("Messages", "held"),
        "cancelled": QCoreApplication.translate("Messages", "cancelled"),
    }.get(code, code)


def hearing_reason_label(code: str) -> str:
    return {
        "first_hearing": QCoreApplication.translate("Messages", "first hearing"),
        "review": QCoreApplication.translate("Messages", "review of the plan"),
        "out_of_home": QCoreApplication.translate("Messages", "out-of-home placement"),
        "annual_review": QCoreApplication.translate("Messages", "annual review of a placed child"),
        "urgent": QCoreApplication.translate("Messages", "urgent: within a week"),
    }.get(code, code)


def participant_kind_label(code: str) -> str:
    return {
        "mother": QCoreApplication.translate("Messages", "mother"),
        "father": QCoreApplication.translate("Messages", "father"),
        "guardian": QCoreApplication.translate("Messages", "other guardian"),
        "minor": QCoreApplication.translate("Messages", "the minor"),
        "family_worker": QCoreApplication.translate("Messages", "family worker"),
        "youth_law_worker": QCoreApplication.translate("Messages", "youth-law worker"),
        "homeroom_teacher": QCoreApplication.translate("Messages", "homeroom teacher"),
        "school_counsellor": QCoreApplication.translate("Messages", "school counsellor"),
        "educational_psychologist": QCoreApplication.translate("Messages", "educational psychologist"),
        "health": QCoreApplication.translate("Messages", "nurse or doctor"),
        "foster_care_service": QCoreApplication.translate("Messages", "foster-care service"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(code, code)


def invitation_method_label(code: str) -> str:
    return {
        "mail": QCoreApplication.translate("Messages", "by mail"),
        "email": QCoreApplication.translate("Messages", "by e-mail"),
        "phone": QCoreApplication.translate("Messages", "by phone"),
        "in_person": QCoreApplication.translate("Messages", "in person"),
    }.get(code, code)


def letter_language_label(code: str) -> str:
    return {
        "he": QCoreApplication.translate("Messages", "Hebrew"),
        "ar": QCoreApplication.translate("Messages", "Arabic"),
    }.get(code, code)


def decision_kind_label(code: str) -> str:
    return {
        "community_plan": QCoreApplication.translate("Messages", "treatment plan in the community"),
        "foster_family": QCoreApplication.translate("Messages", "placement in a foster family"),
        "residential": QCoreApplication.translate("Messages", "placement in a residential setting"),
        "court_recommendation": QCoreApplication.translate("Messages", "recommendation to the court"),
        "other": QCoreApplication.translate("Messages", "other"),
    }.get(code, code)


def placement_setting_label(code: str) -> str:
    return {
        "foster_family": QCoreApplication.translate("Messages", "foster family"),
        "residential": QCoreApplication.translate("Messages", "residential setting"),
    }.get(code, code)


def protocol_status_label(code: str) -> str:
    return {
        "none": QCoreApplication.translate("Messages", "no protocol"),
        "draft": QCoreApplication.translate("Messages", "draft"),
        "final": QCoreApplication.translate("Messages", "final"),
    }.get(code, code)

"""What the foster-care screens share (the referrals page, the referral window, its dialogs, the file's tab):
the words for the foster codes (models.codes: FOSTER_KINDS, FOSTER_STATUSES, FOSTER_END_REASONS,
FOSTER_REJECT_REASONS, FOSTER_DOCUMENT_KINDS, FOSTER_VISIT_KINDS), in the context "Foster" (translated by Qt
Linguist: every word written out where lupdate sees it), the foster clock, a warning cell and the file size."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

WARNING_COLOR = "#a61b1b"  # the client's red: the committee decision missing, an overdue review


def today() -> date:
    """The foster referrals' today: models.foster.rules.today() (one place; the tests move it)."""
    from models.foster import rules

    return rules.today()


def is_backwards(from_status: str, to_status: str) -> bool:
    from models.foster import rules

    return rules.is_backwards(from_status, to_status)


def mark_warning(item: QTableWidgetItem, tooltip: str = "") -> None:
    """A cell that needs attention: red and bold, with a tooltip saying why (colour alone is not enough)."""
    item.setForeground(QBrush(QColor(WARNING_COLOR)))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    if tooltip:
        item.setToolTip(tooltip)


def fmt_size(size: int) -> str:
    """A document's size: "820 KB", "1.4 MB" (isolated left to right)."""
    text = f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"
    return f"\u2066{text}\u2069"  # left to right in a right-to-left cell ("45 KB", not "KB 45")


def committee_missing_text() -> str:
    return QCoreApplication.translate("Foster", "committee decision missing")


# ---- codes in words ---------------------------------------------------------------------------------------
def kind_label(code: str) -> str:
    return {
        "emergency": QCoreApplication.translate("Foster", "emergency foster care"),
        "short_term": QCoreApplication.translate("Foster", "short-term foster care"),
        "long_term": QCoreApplication.translate("Foster", "long-term foster care"),
        "kinship": QCoreApplication.translate("Foster", "kinship foster care"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("Foster", "draft"),
        "sent": QCoreApplication.translate("Foster", "sent to the service"),
        "assessment": QCoreApplication.translate("Foster", "in assessment by the service"),
        "proposed": QCoreApplication.translate("Foster", "family proposed"),
        "matched": QCoreApplication.translate("Foster", "matched"),
        "placed": QCoreApplication.translate("Foster", "placed"),
        "ended": QCoreApplication.translate("Foster", "ended"),
        "rejected": QCoreApplication.translate("Foster", "rejected"),
    }.get(code, code)


def end_reason_label(code: str) -> str:
    return {
        "returned_home": QCoreApplication.translate("Foster", "returned home"),
        "adoption": QCoreApplication.translate("Foster", "adoption"),
        "moved_placement": QCoreApplication.translate("Foster", "moved to another placement"),
        "came_of_age": QCoreApplication.translate("Foster", "came of age"),
        "other": QCoreApplication.translate("Foster", "other"),
    }.get(code, code)


def reject_reason_label(code: str) -> str:
    return {
        "no_family_found": QCoreApplication.translate("Foster", "no suitable family found"),
        "not_suitable": QCoreApplication.translate("Foster", "foster care does not suit the child"),
        "parents_object": QCoreApplication.translate("Foster", "the parents object"),
        "other": QCoreApplication.translate("Foster", "other"),
    }.get(code, code)


def document_kind_label(code: str) -> str:
    return {
        "protocol": QCoreApplication.translate("Foster", "committee protocol"),
        "assessment": QCoreApplication.translate("Foster", "assessment"),
        "medical": QCoreApplication.translate("Foster", "medical document"),
        "school": QCoreApplication.translate("Foster", "school report"),
        "court": QCoreApplication.translate("Foster", "court document"),
        "other": QCoreApplication.translate("Foster", "other document"),
    }.get(code, code)


def visit_kind_label(code: str) -> str:
    return {
        "parents_visit": QCoreApplication.translate("Foster", "visit with the parents"),
        "worker_visit": QCoreApplication.translate("Foster", "worker's visit"),
        "phone_call": QCoreApplication.translate("Foster", "phone call"),
        "other": QCoreApplication.translate("Foster", "other"),
    }.get(code, code)


def status_filter_label(code: str) -> str:
    """The page's status filter: "open" (everything not ended or rejected), "" (all) or a status."""
    if code == "open":
        return QCoreApplication.translate("Foster", "open (not ended or rejected)")
    if code == "":
        return QCoreApplication.translate("Foster", "all")
    return status_label(code)

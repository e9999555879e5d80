"""The tabs of a family file. Each tab is a module of its own; a module adds its tab to ``FILE_TABS``
(title, when it is shown, how it is built). Order here is the order on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.families.tabs.access_log import AccessLogTab
from desktop.families.tabs.base import FileTab, FileTabSpec
from desktop.families.tabs.members import MembersTab
from desktop.families.tabs.notes import NotesTab
from desktop.families.tabs.tasks import TasksTab
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.families.file_view import FileView
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser


def _committee_tab_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.committees.file_tab import visible

    return visible(can, user)


def _committee_tab(view: FileView) -> FileTab:
    from desktop.committees.file_tab import CommitteeTab

    return CommitteeTab(view)


def _club_tab_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.clubs.file_tab import visible

    return visible(can, user)


def _club_tab(view: FileView) -> FileTab:
    from desktop.clubs.file_tab import ClubTab

    return ClubTab(view)


def _risk_reports_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.forum.file_tab import visible

    return visible(can, user)


def _risk_reports_tab(view: FileView) -> FileTab:
    from desktop.forum.file_tab import YouthLawTab

    return YouthLawTab(view)


def _foster_tab_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.foster.file_tab import visible

    return visible(can, user)


def _foster_tab(view: FileView) -> FileTab:
    from desktop.foster.file_tab import FosterTab

    return FosterTab(view)


def _daycare_tab_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.daycare.file_tab import visible

    return visible(can, user)


def _daycare_tab(view: FileView) -> FileTab:
    from desktop.daycare.file_tab import DaycareTab

    return DaycareTab(view)


def _therapy_tab_visible(can: FileCapabilities, user: CurrentUser) -> bool:
    from desktop.therapy.file_tab import visible

    return visible(can, user)


def _therapy_tab(view: FileView) -> FileTab:
    from desktop.therapy.file_tab import TherapyTab

    return TherapyTab(view)


def _notes_visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    """The case notes are read by those who write them: not the club worker (revision 0017), who reads a
    file's members, tasks and club rows."""
    return allowed(user.role, Action.WRITE_NOTE)


FILE_TABS: list[FileTabSpec] = [
    FileTabSpec("members", lambda: QCoreApplication.translate("FileView", "Members"),
                lambda can, user: True, MembersTab),
    FileTabSpec("notes", lambda: QCoreApplication.translate("FileView", "Notes"),
                _notes_visible, NotesTab),
    FileTabSpec("tasks", lambda: QCoreApplication.translate("FileView", "Tasks"),
                lambda can, user: True, TasksTab),
    # the treatment-plan committee's hearings and placements of the family (issue 9; desktop.committees)
    FileTabSpec("committees", lambda: QCoreApplication.translate("FileView", "Committee"),
                _committee_tab_visible, _committee_tab),
    # the children's club requests, enrolments, attendance and the family's club fees (issue 10; desktop.clubs)
    FileTabSpec("clubs", lambda: QCoreApplication.translate("FileView", "Club"),
                _club_tab_visible, _club_tab),
    # the children's foster-care referrals, their pipeline, placement and annual review (issue 11; desktop.foster)
    FileTabSpec("foster", lambda: QCoreApplication.translate("FileView", "Foster care"),
                _foster_tab_visible, _foster_tab),
    # the reports about the children at risk and the youth-law forum's decisions (issue 11; desktop.forum)
    FileTabSpec("risk_reports", lambda: QCoreApplication.translate("FileView", "Youth law"),
                _risk_reports_visible, _risk_reports_tab),
    # the toddlers' day-care cases, their parents' share step by step (issue 11; desktop.daycare)
    FileTabSpec("daycare", lambda: QCoreApplication.translate("FileView", "Day-care"),
                _daycare_tab_visible, _daycare_tab),
    # the family's referrals to the therapy centre (issue 11; desktop.therapy)
    FileTabSpec("therapy", lambda: QCoreApplication.translate("FileView", "Therapy"),
                _therapy_tab_visible, _therapy_tab),
    FileTabSpec("access_log", lambda: QCoreApplication.translate("FileView", "Access log"),
                lambda can, user: can.view_audit, AccessLogTab),
]

__all__ = ["FILE_TABS", "FileTab", "FileTabSpec"]

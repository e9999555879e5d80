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


FILE_TABS: list[FileTabSpec] = [
    FileTabSpec("members", lambda: QCoreApplication.translate("FileView", "Members"),
                lambda can, user: True, MembersTab),
    FileTabSpec("notes", lambda: QCoreApplication.translate("FileView", "Notes"),
                lambda can, user: True, NotesTab),
    FileTabSpec("tasks", lambda: QCoreApplication.translate("FileView", "Tasks"),
                lambda can, user: True, TasksTab),
    # the treatment-plan committee's hearings and placements of the family (issue 9; desktop.committees)
    FileTabSpec("committees", lambda: QCoreApplication.translate("FileView", "Committee"),
                _committee_tab_visible, _committee_tab),
    FileTabSpec("access_log", lambda: QCoreApplication.translate("FileView", "Access log"),
                lambda can, user: can.view_audit, AccessLogTab),
]

__all__ = ["FILE_TABS", "FileTab", "FileTabSpec"]

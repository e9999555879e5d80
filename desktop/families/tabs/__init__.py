"""The tabs of a family file. Each tab is a module of its own; a module adds its tab to ``FILE_TABS``
(title, when it is shown, how it is built). Order here is the order on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.families.tabs.access_log import AccessLogTab
from desktop.families.tabs.base import FileTab, FileTabSpec
from desktop.families.tabs.members import MembersTab
from desktop.families.tabs.notes import NotesTab
from desktop.families.tabs.tasks import TasksTab

FILE_TABS: list[FileTabSpec] = [
    FileTabSpec("members", lambda: QCoreApplication.translate("FileView", "Members"),
                lambda can, user: True, MembersTab),
    FileTabSpec("notes", lambda: QCoreApplication.translate("FileView", "Notes"),
                lambda can, user: True, NotesTab),
    FileTabSpec("tasks", lambda: QCoreApplication.translate("FileView", "Tasks"),
                lambda can, user: True, TasksTab),
    FileTabSpec("access_log", lambda: QCoreApplication.translate("FileView", "Access log"),
                lambda can, user: can.view_audit, AccessLogTab),
]

__all__ = ["FILE_TABS", "FileTab", "FileTabSpec"]

"""The committees page (the coordinator's day): the meetings list, and the open meeting in its place (Esc
goes back to the list). A new meeting (Ctrl+N) is a dialog over the list; once saved, it opens, so the
coordinator can put the cases on its agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.committees.meeting_dialog import MeetingDialog
from desktop.committees.meeting_view import MeetingView
from desktop.committees.meetings import MeetingsView
from desktop.ops import Ops
from models.committees.dto import MeetingDTO

if TYPE_CHECKING:
    from models.services import Services


class CommitteesPage(QStackedWidget):
    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeesPage")
        self.services, self.ops = services, ops
        self.meetings = MeetingsView(services, ops, self)
        self.meetings.open_requested.connect(self.open_meeting)
        self.meetings.new_requested.connect(self.new_meeting)
        self.addWidget(self.meetings)
        self.view: MeetingView | None = None
        self.form: MeetingDialog | None = None

    def new_meeting(self) -> MeetingDialog:
        dialog = MeetingDialog(self.services, self.ops, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._created)
        self.form = dialog
        dialog.open()
        return dialog

    def _created(self, meeting: MeetingDTO) -> None:
        view = self.open_meeting(meeting.id)
        view.show_meeting(meeting)

    def open_meeting(self, meeting_id: int) -> MeetingView:
        if self.view is not None:
            self.removeWidget(self.view)
            self.view.deleteLater()
        self.view = MeetingView(self.services, self.ops, meeting_id, self)
        self.view.back_requested.connect(self.back_to_list)
        self.addWidget(self.view)
        self.setCurrentWidget(self.view)
        self.view.agenda.setFocus()
        return self.view

    def back_to_list(self) -> None:
        self.setCurrentWidget(self.meetings)
        if self.view is not None and self.view.meeting is not None:
            self.meetings.select(self.view.meeting.id)
        self.meetings.table.setFocus()

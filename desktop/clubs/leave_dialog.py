"""A child leaves the club: the date (today by default; not before the start), the reason (LEAVE_REASONS) and
a note; asks first. The seat is free from that day; the Clubs page then says who is next on the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.clubs.common import leave_reason_label, today
from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.clubs.dto import RosterRow
from models.codes import LEAVE_REASONS

if TYPE_CHECKING:
    from models.services import Services


class LeaveDialog(ServiceDialog):
    """``saved(EnrolmentDTO)``: the enrolment with its leaving."""

    def __init__(self, services: Services, ops: Ops, row: RosterRow, club_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Leaving the club — %1").replace("%1", row.child_name), parent)
        self.setObjectName("leaveDialog")
        self.services, self.row, self.club_name = services, row, club_name
        self.version = row.version
        self.left_on = make_date_edit(max(today(), row.starts_on), self, minimum=row.starts_on)
        self.left_on.setObjectName("leaveDate")
        self.reason = QComboBox(self)
        self.reason.setObjectName("leaveReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        for code in LEAVE_REASONS:
            self.reason.addItem(leave_reason_label(code), code)
        self.note = plain_text_edit(self, 70)
        self.note.setObjectName("leaveNote")
        started = QLabel(self.tr("In the club since %1.").replace("%1", fmt_date(row.starts_on)), self)
        self.form.addRow(started)
        for text, field in ((self.tr("&Leaves on:"), self.left_on), (self.tr("&Reason:"), self.reason),
                            (self.tr("&Note:"), self.note)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        club = self.club_name or self.tr("the club")
        return (self.tr("Record that %1 leaves %2 on %3? The seat is free from that day.")
                .replace("%1", self.row.child_name).replace("%2", club).replace("%3", fmt_date(to_date(self.left_on))))

    def confirm_button_text(self) -> str:
        return self.tr("Record the leaving")

    def _reload(self) -> None:
        clubs, eid = self.services.clubs, self.row.enrolment_id
        self.ops.query(self, lambda: clubs.enrolment(eid), lambda e: self.set_version(e.version),
                       failure=self.show_error)

    def service_call(self) -> Callable[[], Any]:
        clubs, eid, version = self.services.clubs, self.row.enrolment_id, self.version
        assert version is not None
        left_on, reason, note = to_date(self.left_on), self.reason.currentData(), self.note.toPlainText().strip()
        return lambda: clubs.leave(eid, version, left_on, reason, note)

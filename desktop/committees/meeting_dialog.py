"""A meeting's details (new or edited): date (dd/mm/yyyy, not in the past), time, place, level, chair (the
team heads and the manager), coordinator, notes; and the cancellation of a meeting with its reason. Each
saves with one service call off the GUI thread (``ServiceDialog``): a refused save keeps what was typed and
says why; Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTimeEdit, QWidget

from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import committee_level_label, role_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.codes import COMMITTEE_LEVELS
from models.committees.dto import MeetingDTO, MeetingInput
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services
    from models.users.dto import UserRef

DEFAULT_START = time(9, 0)


class MeetingDialog(ServiceDialog):
    """New meeting (``meeting`` None) or the meeting's details to edit. ``saved(MeetingDTO)``."""

    def __init__(self, services: Services, ops: Ops, meeting: MeetingDTO | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New committee meeting") if meeting is None else self.tr("Meeting of %1").replace(
            "%1", fmt_date(meeting.held_on))
        super().__init__(ops, title, parent)
        self.setObjectName("meetingDialog")
        self.setMinimumWidth(520)
        self.services, self.meeting = services, meeting
        self.version = None if meeting is None else meeting.version
        self.held_on = make_date_edit(meeting.held_on if meeting else date.today() + timedelta(days=21), self)
        self.starts_at = QTimeEdit(self)
        self.starts_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 09:30, not 30:09
        self.starts_at.setDisplayFormat("HH:mm")
        start = meeting.starts_at if meeting else DEFAULT_START
        self.starts_at.setTime(QTime(start.hour, start.minute))
        self.place = QLineEdit(meeting.place if meeting else "", self)
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("e.g. the department's meeting room, 2nd floor"))
        self.level = QComboBox(self)
        for code in COMMITTEE_LEVELS:
            self.level.addItem(committee_level_label(code), code)
        if meeting is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(meeting.level)))
        self.chair = QComboBox(self)
        self.chair.setObjectName("meetingChair")
        self.chair.setEnabled(False)
        self.coordinator = QComboBox(self)
        self.coordinator.setObjectName("meetingCoordinator")
        self.coordinator.setEnabled(False)
        self.notes = plain_text_edit(self, 60)
        # a meeting's details are read by all staff (models.committees.entities): its notes are logistics
        self.notes.setPlaceholderText(self.tr("Seen by all staff: no details of families or children here"))
        if meeting is not None:
            self.notes.setPlainText(meeting.notes)
        for text, field in ((self.tr("&Date:"), self.held_on), (self.tr("&Time:"), self.starts_at),
                            (self.tr("&Place:"), self.place), (self.tr("&Level:"), self.level),
                            (self.tr("C&hair:"), self.chair), (self.tr("C&oordinator:"), self.coordinator),
                            (self.tr("&Notes:"), self.notes)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.set_ready(False)
        committees = services.committees
        self.busy_bar.show()
        self.ops.query(self, lambda: (committees.chairs(), committees.coordinators()), self._people_loaded,
                       failure=self._load_failed)
        self.held_on.setFocus()

    def _people_loaded(self, result: tuple[list[UserRef], list[UserRef]]) -> None:
        chairs, coordinators = result
        self.busy_bar.hide()
        m = self.meeting
        for combo, users, current in ((self.chair, chairs, m.chair.id if m else None),
                                      (self.coordinator, coordinators,
                                       m.coordinator.id if m else self.services.user.id)):
            combo.clear()
            for u in users:
                combo.addItem(f"{u.full_name} ({role_label(u.role)})", u.id)
            if current is not None and combo.findData(current) < 0 and m is not None:
                ref = m.chair if combo is self.chair else m.coordinator
                combo.addItem(ref.full_name, ref.id)  # no longer active or of another role: shown as is
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))
            combo.setEnabled(True)
        self.set_ready(self.chair.count() > 0)
        if not chairs:
            self.error_label.setText(self.tr("No team head or manager can chair the committee: ask the "
                                             "administrator."))
            self.error_label.show()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def value(self) -> MeetingInput:
        t = self.starts_at.time()
        return MeetingInput(held_on=to_date(self.held_on), starts_at=time(t.hour(), t.minute()),
                            place=self.place.text().strip(), level=self.level.currentData(),
                            chair_id=self.chair.currentData(), coordinator_id=self.coordinator.currentData(),
                            notes=self.notes.toPlainText())

    def submit(self) -> None:
        """A date in the past is refused here, with the reason, before any call (the service refuses it too)."""
        if not self.pending and to_date(self.held_on) < date.today() and (
                self.meeting is None or to_date(self.held_on) != self.meeting.held_on):
            self.error_label.setText(self.tr("The meeting date %1 has already passed: please choose today or a "
                                             "later date.").replace("%1", fmt_date(to_date(self.held_on))))
            self.error_label.show()
            self.held_on.setFocus()
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        committees, data, m, version = self.services.committees, self.value(), self.meeting, self.version
        if m is None:
            return lambda: committees.create_meeting(data)
        assert version is not None
        return lambda: committees.update_meeting(m.id, version, data)


class CancelMeetingDialog(ServiceDialog):
    """Cancel a planned meeting: the reason is required; asks before (the cases stay, to move elsewhere)."""

    def __init__(self, services: Services, ops: Ops, meeting: MeetingDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Cancel the meeting of %1").replace("%1", fmt_date(meeting.held_on)), parent)
        self.setObjectName("cancelMeetingDialog")
        self.services, self.meeting = services, meeting
        self.version = meeting.version
        self.reason = plain_text_edit(self, 80)
        self.reason.setPlaceholderText(self.tr("Seen by all staff: no details of families or children here"))
        caption = QLabel(self.tr("&Reason:"), self)
        caption.setBuddy(self.reason)
        self.form.addRow(caption, self.reason)
        save_with_ctrl_enter(self, self.submit)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        n = len(self.meeting.cases)
        return self.tr("Cancel the meeting? Its %n case(s) stay on its agenda; the participants are not told "
                       "automatically.", "", n)

    def confirm_button_text(self) -> str:
        return self.tr("Cancel the meeting")

    def service_call(self) -> Callable[[], Any]:
        committees, mid, reason = self.services.committees, self.meeting.id, self.reason.toPlainText().strip()
        version = self.version if self.version is not None else self.meeting.version
        return lambda: committees.cancel_meeting(mid, version, reason)

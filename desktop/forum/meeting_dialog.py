"""A youth-law forum meeting, new or edited: the date (the next Sunday proposed: the forum meets weekly),
the chair (among the forum's members: the youth-law workers, team heads and the manager), the attendees one
per line (staff and guests), whether the district youth-law worker attends (monthly), notes. Saves with one
service call off the GUI thread: a refused save keeps what was typed and says why; Ctrl+Enter saves."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.forum.common import next_sunday, today
from desktop.messages import role_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.errors import DomainError
from models.forum.dto import ForumMeetingDTO, ForumMeetingInput

if TYPE_CHECKING:
    from models.services import Services
    from models.users.dto import UserRef


def proposed_date(day: date, taken: Collection[date] = ()) -> date:
    """A new meeting's date: the next Sunday (``day`` itself on a Sunday) that has no meeting yet."""
    held_on = next_sunday(day)
    while held_on in taken:
        held_on += timedelta(days=7)
    return held_on


def attendee_lines(text: str) -> tuple[str, ...]:
    """The attendees typed one per line: each line trimmed, empty lines dropped, a name typed twice once."""
    seen: list[str] = []
    for line in text.splitlines():
        name = " ".join(line.split())
        if name and name not in seen:
            seen.append(name)
    return tuple(seen)


class ForumMeetingDialog(ServiceDialog):
    """New meeting (``meeting`` None) or the meeting's details to edit. ``saved(ForumMeetingDTO)``."""

    def __init__(self, services: Services, ops: Ops, meeting: ForumMeetingDTO | None = None,
                 parent: QWidget | None = None, *, taken: Collection[date] = ()) -> None:
        title = (self.tr("New forum meeting") if meeting is None
                 else self.tr("Forum meeting of %1").replace("%1", fmt_date(meeting.held_on)))
        super().__init__(ops, title, parent)
        self.setObjectName("forumMeetingDialog")
        self.setMinimumWidth(520)
        self.services, self.meeting = services, meeting
        self.version = None if meeting is None else meeting.version
        self.held_on = make_date_edit(meeting.held_on if meeting else proposed_date(today(), taken), self)
        self.chair = QComboBox(self)
        self.chair.setObjectName("forumChair")
        self.chair.setEnabled(False)
        self.attendees = plain_text_edit(self, 110)
        self.attendees.setObjectName("forumAttendees")
        self.attendees.setPlaceholderText(self.tr("One name per line: the forum's members and guests"))
        self.district = QCheckBox(self.tr("The district youth-law worker &attends (monthly)"), self)
        self.district.setObjectName("forumDistrict")
        self.notes = plain_text_edit(self, 60)
        self.notes.setObjectName("forumNotes")
        # a meeting is read by every role (models.forum.entities): its notes are logistics
        self.notes.setPlaceholderText(self.tr("Seen by all staff: no details of families or children here"))
        if meeting is not None:
            self.attendees.setPlainText("\n".join(meeting.attendees))
            self.district.setChecked(meeting.monthly_district)
            self.notes.setPlainText(meeting.notes)
        for text, field in ((self.tr("&Date:"), self.held_on), (self.tr("C&hair:"), self.chair),
                            (self.tr("A&ttendees:"), self.attendees)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.district)
        caption = QLabel(self.tr("&Notes:"), self)
        caption.setBuddy(self.notes)
        self.form.addRow(caption, self.notes)
        save_with_ctrl_enter(self, self.submit)
        self.set_ready(False)
        self.busy_bar.show()
        forum = services.forum
        self.ops.query(self, forum.members, self._members_loaded, failure=self._load_failed)
        self.held_on.setFocus()

    def _members_loaded(self, members: list[UserRef]) -> None:
        self.busy_bar.hide()
        m = self.meeting
        current = m.chair.id if m is not None and m.chair is not None else self.services.user.id
        self.chair.clear()
        for u in members:
            self.chair.addItem(f"{u.full_name} ({role_label(u.role)})", u.id)
        if m is not None and m.chair is not None and self.chair.findData(m.chair.id) < 0:
            self.chair.addItem(m.chair.full_name, m.chair.id)  # no longer a member: shown as is
        self.chair.setCurrentIndex(max(0, self.chair.findData(current)))
        self.chair.setEnabled(True)
        self.set_ready(self.chair.count() > 0)
        if not members:
            self.error_label.setText(self.tr("Nobody can chair the forum: ask the administrator for the youth-law "
                                             "workers' and team heads' accounts."))
            self.error_label.show()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def value(self) -> ForumMeetingInput:
        return ForumMeetingInput(held_on=to_date(self.held_on), chair_id=self.chair.currentData(),
                                 attendees=attendee_lines(self.attendees.toPlainText()),
                                 notes=self.notes.toPlainText().strip(), monthly_district=self.district.isChecked())

    def service_call(self) -> Callable[[], Any]:
        forum, data, m, version = self.services.forum, self.value(), self.meeting, self.version
        if m is None:
            return lambda: forum.create_meeting(data)
        assert version is not None
        return lambda: forum.update_meeting(m.id, version, data)

"""One meeting: its details (edit, cancel with a reason), its agenda (the cases in order: child, age, file
number, family, reason, requested by, participants invited/confirmed, protocol) with Add case, Edit,
Remove, Move up/down and Protocol…; and the selected case's participants (kind, name, organisation,
contact, language, method, invited on, confirmed) with Add, Add the family, Edit, Remove and Confirmed.
"Invitations…" opens the batch of letters. Esc goes back to the list, F5 reloads; the view reloads itself
when the meeting changes (``changes.meetings``). Every call goes through the operation layer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.committees.case_dialog import CaseDialog, age_text
from desktop.committees.common import announcing, fmt_time, weekday_name
from desktop.committees.meeting_dialog import CancelMeetingDialog, MeetingDialog
from desktop.committees.participant_dialog import FamilyParticipantsDialog, ParticipantDialog, contact_text
from desktop.families.dialogs import ask
from desktop.messages import (
    committee_level_label,
    hearing_reason_label,
    invitation_method_label,
    letter_language_label,
    meeting_status_label,
    message_for,
    participant_kind_label,
    protocol_status_label,
)
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, fmt_count, select_row
from models.changes import Changes
from models.committees.dto import CaseDTO, MeetingDTO, ParticipantDTO
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

(A_CHILD, A_AGE, A_FILE, A_FAMILY, A_REASON, A_REQUESTED, A_PARTICIPANTS, A_PROTOCOL) = range(8)
(P_KIND, P_NAME, P_ORGANISATION, P_CONTACT, P_LANGUAGE, P_METHOD, P_INVITED, P_CONFIRMED) = range(8)


class MeetingView(QWidget):
    """``back_requested``: Esc or Back. ``loaded`` fires each time the meeting is shown."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingView")
        self.services, self.ops, self.meeting_id = services, ops, meeting_id
        self.meeting: MeetingDTO | None = None
        self.loading = False
        self.dialog: QDialog | None = None
        self.can_manage = allowed(services.user.role, Action.MANAGE_COMMITTEES)

        self.back_action = ViewAction(self, self.tr("&Back to the meetings"), QKeySequence(Qt.Key.Key_Escape),
                                      self.back_requested.emit, name="backToMeetings")
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.edit_button = self._button(self.tr("&Edit details…"), "editMeeting", self.edit_meeting)
        self.cancel_button = self._button(self.tr("Cancel the &meeting…"), "cancelMeeting", self.cancel_meeting)
        self.invitations_button = self._button(self.tr("&Invitations…"), "invitations", self.invitations)
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshMeeting")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        # the details, one label each (a line mixing Hebrew names and Latin digits would reorder its parts)
        self.detail_labels: dict[str, QLabel] = {}
        details_row = QHBoxLayout()
        for key in ("when", "place", "level", "status", "chair", "coordinator"):
            label = QLabel(self)
            label.setObjectName(f"meeting_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = label
            details_row.addWidget(label)
            details_row.addSpacing(18)
        details_row.addStretch(1)
        self.details = QLabel(self)  # the notes, and the reason of a cancellation
        self.details.setObjectName("meetingDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("meetingError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # the agenda
        self.agenda = Table([self.tr("Child"), self.tr("Age"), self.tr("File no."), self.tr("Family"),
                             self.tr("Reason"), self.tr("Requested by"), self.tr("Invited / confirmed"),
                             self.tr("Protocol")], self, stretch=A_REASON, sortable=False,
                            empty_text=self.tr("No cases on the agenda yet"), name="agendaTable")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setWordWrap(False)
        self.agenda.itemSelectionChanged.connect(self._case_selected)
        self.agenda.activated.connect(lambda _i: self.open_protocol())
        self.add_case_button = self._button(self.tr("&Add case…"), "addCase", self.add_case)
        self.edit_case_button = self._button(self.tr("E&dit case…"), "editCase", self.edit_case)
        self.remove_case_button = self._button(self.tr("&Remove case"), "removeCase", self.remove_case)
        self.up_button = self._button(self.tr("Move &up"), "moveUp", lambda: self.move_case(-1))
        self.down_button = self._button(self.tr("Move do&wn"), "moveDown", lambda: self.move_case(1))
        self.protocol_button = self._button(self.tr("Pro&tocol…"), "openProtocol", self.open_protocol)
        agenda_box = QGroupBox(self.tr("Agenda"), self)
        agenda_buttons = QHBoxLayout()
        for b in (self.add_case_button, self.edit_case_button, self.remove_case_button, self.up_button,
                  self.down_button):
            agenda_buttons.addWidget(b)
        agenda_buttons.addStretch(1)
        agenda_buttons.addWidget(self.protocol_button)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addLayout(agenda_buttons)
        agenda_layout.addWidget(self.agenda, 1)

        # the selected case's participants
        self.participants = Table([self.tr("Kind"), self.tr("Name"), self.tr("Organisation"), self.tr("Contact"),
                                   self.tr("Language"), self.tr("Method"), self.tr("Invited on"),
                                   self.tr("Confirmed")], self, stretch=P_CONTACT, sortable=False,
                                  empty_text=self.tr("No participants yet: add the family first"),
                                  name="participantsTable")
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setWordWrap(False)
        self.participants.itemSelectionChanged.connect(self._update_buttons)
        self.participants.activated.connect(lambda _i: self.edit_participant())
        self.add_participant_button = self._button(self.tr("Add &participant…"), "addParticipant",
                                                   self.add_participant)
        self.add_family_button = self._button(self.tr("Add the &family…"), "addFamily", self.add_family)
        self.edit_participant_button = self._button(self.tr("Edit parti&cipant…"), "editParticipant",
                                                    self.edit_participant)
        self.remove_participant_button = self._button(self.tr("Remove participa&nt"), "removeParticipant",
                                                      self.remove_participant)
        self.confirmed_button = self._button(self.tr("C&onfirmed"), "confirmedToggle", self.toggle_confirmed)
        self.confirmed_button.setCheckable(True)
        self.confirmed_button.setToolTip(self.tr("The participant confirmed they will come"))
        self.participants_box = QGroupBox(self.tr("Participants"), self)
        participant_buttons = QHBoxLayout()
        for b in (self.add_participant_button, self.add_family_button, self.edit_participant_button,
                  self.remove_participant_button):
            participant_buttons.addWidget(b)
        participant_buttons.addStretch(1)
        participant_buttons.addWidget(self.confirmed_button)
        participants_layout = QVBoxLayout(self.participants_box)
        participants_layout.addLayout(participant_buttons)
        participants_layout.addWidget(self.participants, 1)

        top = QHBoxLayout()
        top.addWidget(self.back_action.button)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.edit_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.invitations_button)
        top.addWidget(self.refresh_action.button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(agenda_box)
        splitter.addWidget(self.participants_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(details_row)
        layout.addWidget(self.details)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        for b in (self.edit_button, self.cancel_button, self.invitations_button, self.add_case_button,
                  self.edit_case_button, self.remove_case_button, self.up_button, self.down_button,
                  self.add_participant_button, self.add_family_button, self.edit_participant_button,
                  self.remove_participant_button, self.confirmed_button):
            b.setVisible(self.can_manage)
        self._update_buttons()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    def _button(self, text: str, name: str, handler: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        committees, mid = self.services.committees, self.meeting_id
        self.loading = True
        self.busy_bar.show()
        self.ops.query(self, lambda: committees.meeting(mid), self.show_meeting, failure=self._failed,
                       key=("meeting", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.show_error(exc)
        self.loaded.emit()

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.meeting_id in changes.meetings or (self.meeting is not None and changes.files & {
                c.file_id for c in self.meeting.cases}):
            self.refresh()

    def show_meeting(self, meeting: MeetingDTO) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        selected_case, selected_participant = self.selected_case_id(), self.selected_participant_id()
        self.meeting = meeting
        m = meeting
        self.title.setText(self.tr("Meeting of %1").replace("%1", fmt_date(m.held_on)))
        labels = self.detail_labels
        labels["when"].setText(self.tr("%1, %2 at %3").replace("%1", weekday_name(m.held_on)).replace(
            "%2", fmt_date(m.held_on)).replace("%3", fmt_time(m.starts_at)))
        labels["place"].setText(m.place)
        labels["level"].setText(committee_level_label(m.level))
        labels["status"].setText(meeting_status_label(m.status))
        labels["status"].setStyleSheet("color: #a61b1b; font-weight: bold;" if m.status == "cancelled" else "")
        labels["chair"].setText(self.tr("Chair: %1").replace("%1", m.chair.full_name))
        labels["coordinator"].setText(self.tr("Coordinator: %1").replace("%1", m.coordinator.full_name))
        lines = []
        if m.status == "cancelled" and m.cancel_reason:
            lines.append(self.tr("Cancelled: %1").replace("%1", m.cancel_reason))
        if m.notes:
            lines.append(m.notes)
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        rows = []
        for c in m.cases:
            participants = c.participants
            invited = sum(1 for p in participants if p.invited_on is not None)
            confirmed = sum(1 for p in participants if p.confirmed)
            counts = Item(f"{fmt_count(invited)} / {fmt_count(confirmed)} ({fmt_count(len(participants))})", c.id)
            counts.setToolTip(self.tr("%1 invited, %2 confirmed, of %3 participants").replace(
                "%1", str(invited)).replace("%2", str(confirmed)).replace("%3", str(len(participants))))
            requested = Item(c.requested_by_name + (f" ({c.requested_by_role})" if c.requested_by_role else ""), c.id)
            rows.append([Item(c.child.full_name, c.id), Item(age_text(c.child.birth_date, m.held_on), c.id),
                         Item(c.file_number, c.id), Item(c.family_name, c.id),
                         Item(hearing_reason_label(c.reason), c.id), requested, counts,
                         Item(protocol_status_label(c.protocol_status), c.id)])
        self.agenda.set_rows(rows)
        ids = [c.id for c in m.cases]
        if ids:
            select_row(self.agenda, ids.index(selected_case) if selected_case in ids else 0)
        self._case_selected(keep=selected_participant)
        self.loaded.emit()

    # ---- the selection -----------------------------------------------------------------------------------
    def selected_case_id(self) -> int | None:
        row = self.agenda.currentRow()
        item = self.agenda.item(row, A_CHILD) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected_case(self) -> CaseDTO | None:
        cid = self.selected_case_id()
        if self.meeting is None or cid is None:
            return None
        return next((c for c in self.meeting.cases if c.id == cid), None)

    def selected_participant_id(self) -> int | None:
        row = self.participants.currentRow()
        item = self.participants.item(row, P_KIND) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected_participant(self) -> ParticipantDTO | None:
        case, pid = self.selected_case(), self.selected_participant_id()
        if case is None or pid is None:
            return None
        return next((p for p in case.participants if p.id == pid), None)

    def _case_selected(self, keep: int | None = None) -> None:
        case = self.selected_case()
        participants = case.participants if case else ()
        self.participants_box.setTitle(self.tr("Participants — %1").replace("%1", case.child.full_name) if case
                                       else self.tr("Participants"))
        rows = []
        for p in participants:
            rows.append([Item(participant_kind_label(p.kind), p.id), Item(p.name, p.id),
                         Item(", ".join(x for x in (p.organisation, p.role_title) if x), p.id),
                         Item(contact_text(p), p.id), Item(letter_language_label(p.language), p.id),
                         Item(invitation_method_label(p.method), p.id), Item(fmt_date(p.invited_on), p.id),
                         Item(self.tr("yes") if p.confirmed else self.tr("no"), p.id)])
            rows[-1][P_CONTACT].setToolTip(contact_text(p))
        self.participants.set_rows(rows)
        ids = [p.id for p in participants]
        if ids:
            select_row(self.participants, ids.index(keep) if keep in ids else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        m, case, p = self.meeting, self.selected_case(), self.selected_participant()
        planned = m is not None and m.status == "planned"
        open_case = case is not None and case.protocol_status == "none"
        row = self.agenda.currentRow()
        self.edit_button.setEnabled(m is not None and m.status != "cancelled")
        self.cancel_button.setEnabled(planned)
        self.invitations_button.setEnabled(planned and any(c.participants for c in m.cases) if m else False)
        self.add_case_button.setEnabled(planned)
        self.edit_case_button.setEnabled(case is not None and m is not None and m.status != "cancelled")
        self.remove_case_button.setEnabled(planned and open_case)
        self.up_button.setEnabled(planned and case is not None and row > 0)
        self.down_button.setEnabled(planned and case is not None and 0 <= row < self.agenda.rowCount() - 1)
        self.protocol_button.setEnabled(case is not None and m is not None and m.status != "cancelled")
        self.add_participant_button.setEnabled(case is not None and m is not None and m.status != "cancelled")
        self.add_family_button.setEnabled(case is not None and m is not None and m.status != "cancelled")
        self.edit_participant_button.setEnabled(p is not None)
        self.remove_participant_button.setEnabled(p is not None)
        self.confirmed_button.setEnabled(p is not None)
        blocked = self.confirmed_button.blockSignals(True)
        self.confirmed_button.setChecked(bool(p and p.confirmed))
        self.confirmed_button.blockSignals(blocked)

    # ---- dialogs -----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if hasattr(dialog, "saved"):
            dialog.saved.connect(lambda _r: self.refresh())
        if hasattr(dialog, "reload_requested"):
            dialog.reload_requested.connect(lambda: self._reload_into(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reload_into(self, dialog: QDialog) -> None:
        """After a conflict: fetch the meeting again and give the dialog the record's new version (what the
        user typed stays)."""
        committees, mid = self.services.committees, self.meeting_id

        def arrived(meeting: MeetingDTO) -> None:
            self.show_meeting(meeting)
            version = _current_version(meeting, dialog)
            if version is not None and hasattr(dialog, "set_version"):
                dialog.set_version(version)

        self.ops.query(self, lambda: committees.meeting(mid), arrived, failure=self._failed)

    def new_meeting_dialog(self) -> MeetingDialog:
        return MeetingDialog(self.services, self.ops, None, self)

    def edit_meeting(self) -> MeetingDialog | None:
        if self.meeting is None:
            return None
        return self._open(MeetingDialog(self.services, self.ops, self.meeting, self))  # type: ignore[return-value]

    def cancel_meeting(self) -> CancelMeetingDialog | None:
        if self.meeting is None:
            return None
        return self._open(CancelMeetingDialog(self.services, self.ops, self.meeting, self))  # type: ignore[return-value]

    def add_case(self) -> CaseDialog | None:
        if self.meeting is None:
            return None
        return self._open(CaseDialog(self.services, self.ops, self.meeting, None, self))  # type: ignore[return-value]

    def edit_case(self) -> CaseDialog | None:
        case = self.selected_case()
        if self.meeting is None or case is None:
            return None
        return self._open(CaseDialog(self.services, self.ops, self.meeting, case, self))  # type: ignore[return-value]

    def add_participant(self) -> ParticipantDialog | None:
        case = self.selected_case()
        if case is None:
            return None
        return self._open(ParticipantDialog(self.services, self.ops, case, None, self))  # type: ignore[return-value]

    def add_family(self) -> FamilyParticipantsDialog | None:
        case = self.selected_case()
        if case is None:
            return None
        return self._open(FamilyParticipantsDialog(self.services, self.ops, case, self))  # type: ignore[return-value]

    def edit_participant(self) -> ParticipantDialog | None:
        case, p = self.selected_case(), self.selected_participant()
        if case is None or p is None or not self.can_manage:
            return None
        return self._open(ParticipantDialog(self.services, self.ops, case, p, self))  # type: ignore[return-value]

    def invitations(self) -> QDialog | None:
        if self.meeting is None:
            return None
        from desktop.committees.invitations import InvitationsDialog

        return self._open(InvitationsDialog(self.services, self.ops, self.meeting, self))

    def open_protocol(self) -> QDialog | None:
        case = self.selected_case()
        if self.meeting is None or case is None:
            return None
        try:
            from desktop.committees.protocol import (
                ProtocolDialog,  # helper "protocol"'s module, when it is there
            )
        except ImportError:
            self.error_label.setText(self.tr("The protocol screen is not available in this version."))
            self.error_label.show()
            return None
        dialog = ProtocolDialog(self.services, self.ops, self.meeting, case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.open()
        return dialog

    # ---- direct actions ----------------------------------------------------------------------------------
    def _write(self, call: Any) -> None:
        self.busy_bar.show()
        self.ops.write(self, call, self._written, failure=self._failed)

    def _written(self, result: Any) -> None:
        self.busy_bar.hide()
        if isinstance(result, MeetingDTO) and result.id == self.meeting_id:
            self.show_meeting(result)
        else:
            self.refresh()

    def remove_case(self) -> None:
        case = self.selected_case()
        if case is None:
            return
        committees, cid, version = self.services.committees, case.id, case.version
        ask(self, self.tr("Remove case"),
            self.tr("Remove %1's case from the agenda, with its participants?").replace("%1", case.child.full_name),
            self.tr("Remove"), lambda: self._write(lambda: committees.remove_case(cid, version)))

    def move_case(self, step: int) -> None:
        case = self.selected_case()
        if case is None or self.meeting is None:
            return
        position = case.position + step
        if not 1 <= position <= len(self.meeting.cases):
            return
        committees, cid, version = self.services.committees, case.id, case.version
        self._write(lambda: committees.move_case(cid, version, position))

    def remove_participant(self) -> None:
        p, case = self.selected_participant(), self.selected_case()
        if p is None or case is None:
            return
        committees, pid, version = self.services.committees, p.id, p.version
        ask(self, self.tr("Remove participant"),
            self.tr("Remove %1 from the participants of %2's case?").replace("%1", p.name).replace(
                "%2", case.child.full_name),
            self.tr("Remove"), lambda: self._write(announcing(lambda: committees.remove_participant(pid, version),
                                                              self.meeting_id)))

    def toggle_confirmed(self) -> None:
        p = self.selected_participant()
        if p is None:
            return
        committees, pid, version, confirmed = self.services.committees, p.id, p.version, not p.confirmed
        self._write(announcing(lambda: committees.set_confirmed(pid, version, confirmed), self.meeting_id))

    # ---- for tests and the screen reader -----------------------------------------------------------------
    def agenda_children(self) -> list[str]:
        return [self.agenda.item(r, A_CHILD).text() for r in range(self.agenda.rowCount())]  # type: ignore[union-attr]

    def participant_names(self) -> list[str]:
        return [self.participants.item(r, P_NAME).text()  # type: ignore[union-attr]
                for r in range(self.participants.rowCount())]


def _current_version(meeting: MeetingDTO, dialog: QDialog) -> int | None:
    """The fresh version of the record ``dialog`` edits (the meeting, a case or a participant)."""
    from desktop.committees.participant_dialog import ParticipantDialog as _PD

    if isinstance(dialog, MeetingDialog | CancelMeetingDialog):
        return meeting.version
    if isinstance(dialog, CaseDialog) and dialog.case is not None:
        case = next((c for c in meeting.cases if c.id == dialog.case.id), None)
        return None if case is None else case.version
    if isinstance(dialog, _PD) and dialog.participant is not None:
        pid = dialog.participant.id
        for c in meeting.cases:
            for p in c.participants:
                if p.id == pid:
                    return p.version
    return None

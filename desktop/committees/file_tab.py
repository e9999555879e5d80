"""The committee tab of the family file (ועדות): the next review date at the top, the family's hearings
(date, child, reason, status, the decisions of final protocols) and the children's placements out of home
(Record placement… and End placement… for those who manage the committee). Loads off the GUI thread when
the tab is first shown and again when the file or a meeting changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.committees.placement_dialog import EndPlacementDialog, PlacementDialog
from desktop.families.tabs.base import FileTab
from desktop.messages import (
    decision_kind_label,
    hearing_reason_label,
    meeting_status_label,
    message_for,
    placement_setting_label,
    protocol_status_label,
)
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew
from desktop.widgets.due import is_overdue
from desktop.widgets.tables import Item, Table
from models.changes import Changes
from models.committees.dto import FileCommittees, PlacementDTO
from models.errors import DomainError
from models.families.dto import FileDetail
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.families.file_view import FileView
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.VIEW_COMMITTEES)


class CommitteeTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.data: FileCommittees | None = None
        self.loaded_once = False
        self.can_manage = allowed(view.services.user.role, Action.MANAGE_COMMITTEES)
        self.next_review_label = QLabel(self)
        self.next_review_label.setObjectName("nextReview")
        self.next_review_label.setWordWrap(True)
        self.next_review_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        font = self.next_review_label.font()
        font.setBold(True)
        self.next_review_label.setFont(font)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hearings = QGroupBox(self.tr("Hearings"), self)
        self.hearings_table = Table([self.tr("Date"), self.tr("Child"), self.tr("Reason"), self.tr("Status"),
                                     self.tr("Decisions"), self.tr("Next review")], hearings, stretch=4,
                                    empty_text=self.tr("The family has not been heard by the committee."),
                                    name="hearingsTable")
        self.hearings_table.setAccessibleName(self.tr("Hearings"))
        hearings_layout = QVBoxLayout(hearings)
        # a final out-of-home decision becomes a foster-care referral (issue 11; desktop.foster)
        self.foster_button = QPushButton(self.tr("Foster referral…"), hearings)
        self.foster_button.setObjectName("fosterFromDecision")
        self.foster_button.setToolTip(self.tr("A referral to the foster-care service carrying out the selected "
                                              "hearing's out-of-home decision"))
        self.foster_button.setVisible(allowed(view.services.user.role, Action.MANAGE_FOSTER))
        self.foster_button.clicked.connect(lambda _c=False: self.open_foster_referral())
        hearings_layout.addWidget(self.foster_button, 0, Qt.AlignmentFlag.AlignLeading)
        hearings_layout.addWidget(self.hearings_table)
        placements = QGroupBox(self.tr("Placements out of home"), self)
        self.placements_table = Table([self.tr("Child"), self.tr("Setting"), self.tr("Since"), self.tr("Until"),
                                       self.tr("Annual review")], placements, stretch=1,
                                      empty_text=self.tr("No placements."), name="placementsTable")
        self.placements_table.setAccessibleName(self.tr("Placements out of home"))
        self.placements_table.itemSelectionChanged.connect(self._update_actions)
        self.record_action = ViewAction(view, self.tr("Record placement…"), "Ctrl+Shift+P", self.open_record,
                                        button_parent=placements, name="recordPlacement")
        self.end_action = ViewAction(view, self.tr("End placement…"), "Ctrl+Shift+X", self.open_end,
                                     button_parent=placements, name="endPlacement")
        bar = QHBoxLayout()
        bar.addWidget(self.record_action.button)
        bar.addWidget(self.end_action.button)
        bar.addStretch(1)
        placements_layout = QVBoxLayout(placements)
        placements_layout.addLayout(bar)
        placements_layout.addWidget(self.placements_table)
        for a in (self.record_action, self.end_action):
            a.setVisible(self.can_manage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_review_label)
        layout.addWidget(self.error_label)
        layout.addWidget(hearings, 3)
        layout.addWidget(placements, 2)
        view.ops.bus.subscribe(self, self._changed)
        self._update_actions()

    # ---- loading -----------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        if self.loaded_once or self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded_once:
            self.load()

    def load(self) -> None:
        self.loaded_once = True
        committees, file_id = self.view.services.committees, self.view.file_id
        self.view.ops.query(self, lambda: committees.file_committees(file_id), self.show_committees,
                            failure=self._failed, key=("file-committees", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.loaded_once and changes.meetings and not changes.touches_file(self.view.file_id):
            self.load()  # a meeting changed (its date, a cancellation): the file view reloads for its own changes

    def show_committees(self, data: FileCommittees) -> None:
        self.data = data
        self.error_label.hide()
        if data.next_review_on is None:
            self.next_review_label.setText(self.tr("Next review: none scheduled."))
        else:
            text = self.tr("Next review: %1").replace("%1", fmt_date_with_hebrew(data.next_review_on))
            if is_overdue(data.next_review_on):
                text += " · " + QCoreApplication.translate("Due", "overdue")
            self.next_review_label.setText(text)
        rows = []
        for h in data.hearings:
            status = meeting_status_label(h.meeting_status)
            if h.meeting_status != "cancelled":
                status += " · " + protocol_status_label(h.protocol_status)
            decisions = "\n".join(f"{decision_kind_label(d.kind)}: {d.text}" for d in h.decisions)
            cell = Item(decisions, h.case_id)
            cell.setToolTip(decisions)
            rows.append([Item(fmt_date(h.held_on), h.case_id, h.held_on.toordinal()), Item(h.child_name, h.case_id),
                         Item(hearing_reason_label(h.reason), h.case_id), Item(status, h.case_id), cell,
                         Item(fmt_date(h.next_review_on), h.case_id,
                              h.next_review_on.toordinal() if h.next_review_on else 10**7)])
        self.hearings_table.set_rows(rows)
        self.hearings_table.resizeRowsToContents()
        rows = []
        for p in data.placements:
            until = fmt_date(p.ended_on) + (f" ({p.end_reason})" if p.end_reason else "") if p.ended_on else ""
            review = Item(fmt_date(p.annual_review_on), p.id,
                          p.annual_review_on.toordinal() if p.annual_review_on else 10**7)
            rows.append([Item(p.child.full_name, p.id), Item(placement_setting_label(p.setting), p.id),
                         Item(fmt_date(p.started_on), p.id, p.started_on.toordinal()), Item(until, p.id), review])
        self.placements_table.set_rows(rows)
        self._update_actions()

    # ---- placements --------------------------------------------------------------------------------------
    def selected_placement(self) -> PlacementDTO | None:
        if self.data is None:
            return None
        item = self.placements_table.item(self.placements_table.currentRow(), 0)
        pid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.data.placements if p.id == pid), None)

    def _update_actions(self) -> None:
        p = self.selected_placement()
        self.end_action.setEnabled(p is not None and p.ended_on is None)

    def open_record(self) -> PlacementDialog | None:
        if not self.can_manage:
            return None
        dialog = PlacementDialog(self.view.ops, self.view.services.committees, self.view.file_id, self.view,
                                 hearings=self.data.hearings if self.data is not None else ())
        return self.view.open_dialog(dialog, self.placements_table)

    def open_end(self) -> EndPlacementDialog | None:
        p = self.selected_placement()
        if not self.can_manage or p is None or p.ended_on is not None:
            return None
        dialog = EndPlacementDialog(self.view.ops, self.view.services.committees, p, self.view)
        pid = p.id

        def reloaded(data: FileCommittees) -> None:  # after a conflict: the placement's version now
            self.show_committees(data)
            now = next((x for x in data.placements if x.id == pid), None)
            if now is not None:
                dialog.set_version(now.version)

        committees, file_id = self.view.services.committees, self.view.file_id
        dialog.reload_requested.connect(lambda: self.view.ops.query(
            self, lambda: committees.file_committees(file_id), reloaded, failure=dialog.show_error))
        self.view.dialog = dialog
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self.view._after_dialog(self.placements_table)))
        dialog.open()
        return dialog

    # ---- a foster-care referral from an out-of-home decision (issue 11; desktop.foster) ------------------
    def selected_hearing(self):  # -> Hearing | None
        if self.data is None:
            return None
        item = self.hearings_table.item(self.hearings_table.currentRow(), 0)
        cid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((h for h in self.data.hearings if h.case_id == cid), None)

    def open_foster_referral(self) -> None:
        """The referral to the foster-care service carrying out the selected hearing's final out-of-home
        decision, filled from it (the foster module's dialog); a decision already referred says so."""
        from models.codes import OUT_OF_HOME_DECISIONS

        h = self.selected_hearing()
        if h is None or not any(d.kind in OUT_OF_HOME_DECISIONS for d in h.decisions):
            self.error_label.setText(self.tr("Choose a hearing whose final decision is an out-of-home placement."))
            self.error_label.show()
            return
        foster, file_id, case_id = self.view.services.foster, self.view.file_id, h.case_id

        def arrived(options: list) -> None:
            from desktop.foster.dialogs import FosterReferralDialog

            option = next((o for o in options if o.case_id == case_id), None)
            if option is None or option.has_referral:
                self.error_label.setText(self.tr("This decision already has its foster-care referral (the file's "
                                                 "Foster care tab)."))
                self.error_label.show()
                return
            self.error_label.hide()
            dialog = FosterReferralDialog(self.view.services, self.view.ops, file_id, self.view, decision=option)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.view.dialog = dialog
            dialog.open()

        self.view.ops.query(self, lambda: foster.decision_options(file_id, h.child_id), arrived,
                            failure=self._failed)

    def focus_target(self) -> QWidget:
        return self.hearings_table

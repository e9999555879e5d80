"""The Clubs page (the club worker's day): on top, the overview of the clubs (capacity, enrolled, free,
waiting, attendance this month, arrears) and the actions New club (Ctrl+N), Edit club, School referral,
Calendar, Charge the month, Refresh (F5); below, the selected club in tabs: its waiting list, the children
enrolled, attendance and fees.

When the selected club has a free seat and children waiting, a banner says so and who is next, with a button
to enrol that child: after a child leaves, the club worker sees at once who takes the seat.

The attendance and fees tabs are built the first time they are shown (``attendance_view()``,
``fees_view()``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.club_dialog import ClubDialog
from desktop.clubs.common import FlowLayout
from desktop.clubs.enrol_dialog import EnrolDialog
from desktop.clubs.leave_dialog import LeaveDialog
from desktop.clubs.overview import OverviewView
from desktop.clubs.roster import RosterView
from desktop.clubs.school_referral import SchoolReferralDialog
from desktop.clubs.waiting import WaitingView
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from models.clubs.dto import ClubDTO, EnrolmentDTO, RequestDTO, RosterRow, WaitingList, WaitingRow
from models.errors import DomainError

if TYPE_CHECKING:
    from desktop.clubs.attendance import AttendanceView
    from desktop.clubs.fees import FeesView
    from models.intake.dto import ReferralDTO
    from models.services import Services

TAB_WAITING, TAB_CHILDREN, TAB_ATTENDANCE, TAB_FEES = range(4)


class ClubsPage(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file (on its Club tab)."""

    open_file_requested = Signal(int)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubsPage")
        self.services, self.ops = services, ops
        self.club_id: int | None = None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.next_row: WaitingRow | None = None
        self._select_after: int | None = None
        self.attendance: AttendanceView | None = None
        self.fees: FeesView | None = None

        title = QLabel(self.tr("Therapeutic clubs"), self)
        title.setObjectName("pageTitle")
        self.new_action = ViewAction(self, self.tr("&New club…"), QKeySequence.StandardKey.New, self.new_club,
                                     name="newClub")
        self.edit_button = self._button(self.tr("Edit clu&b…"), "editClub", self.edit_club)
        self.referral_button = self._button(self.tr("School &referral…"), "schoolReferral", self.school_referral)
        self.referral_button.setToolTip(self.tr("A kindergarten or school refers a child for a club"))
        self.calendar_button = self._button(self.tr("&Calendar…"), "clubCalendar", self.open_calendar)
        self.charge_button = self._button(self.tr("Charge the &month…"), "chargeMonth", self.charge_month)
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshClubs")
        actions = FlowLayout()
        for b in (self.new_action.button, self.edit_button, self.referral_button, self.calendar_button,
                  self.charge_button, self.refresh_action.button):
            actions.addWidget(b)

        self.overview = OverviewView(services, ops, self)
        self.overview.club_selected.connect(self._club_selected)
        self.overview.club_entered.connect(lambda _id: self.focus_tab())
        self.overview.loaded.connect(self._overview_loaded)

        # the seat that is free, and who is next
        self.banner = QFrame(self)
        self.banner.setObjectName("seatBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#seatBanner { background: #e8f3e8; border: 1px solid #5b8c5a; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("seatBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Enrol the ne&xt child…"), self.banner)
        self.banner_button.setObjectName("enrolNext")
        self.banner_button.clicked.connect(lambda _c=False: self.enrol_next())
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clubTabs")
        self.waiting = WaitingView(services, ops, self.tabs)
        self.waiting.enrol_requested.connect(self.enrol)
        self.waiting.open_file_requested.connect(self.open_file_requested.emit)
        self.waiting.loaded.connect(self._waiting_loaded)
        self.roster = RosterView(services, ops, self.tabs)
        self.roster.enrol_requested.connect(lambda: self.enrol(None))
        self.roster.edit_requested.connect(self.edit_enrolment)
        self.roster.leave_requested.connect(self.leave)
        self.roster.open_file_requested.connect(self.open_file_requested.emit)
        self.attendance_tab, self.fees_tab = QWidget(self.tabs), QWidget(self.tabs)
        for holder in (self.attendance_tab, self.fees_tab):
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.waiting, self.tr("&Waiting list"))
        self.tabs.addTab(self.roster, self.tr("C&hildren"))
        self.tabs.addTab(self.attendance_tab, self.tr("A&ttendance"))
        self.tabs.addTab(self.fees_tab, self.tr("&Fees"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("clubsError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.banner)
        lower_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.overview)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.overview.table, self.tabs)
        self._update_actions()
        name_widgets(self)
        self.overview.refresh()

    def _button(self, text: str, name: str, handler: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- the selected club -------------------------------------------------------------------------------
    def _club_selected(self, club_id: int) -> None:
        self.club_id = None if club_id < 0 else club_id
        self._set_banner(None)
        self.waiting.set_club(self.club_id)
        self.roster.set_club(self.club_id)
        if self.attendance is not None:
            self.attendance.set_club(self.club_id)
        if self.fees is not None:
            self.fees.set_club(self.club_id)
        self._update_actions()

    def _overview_loaded(self) -> None:
        # every club in sight (six in the department): the overview is as tall as its rows, up to eight
        table = self.overview.table
        rows = min(table.rowCount(), 8)
        height = (table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(rows))
                  + 2 * table.frameWidth() + 2)
        table.setMinimumHeight(max(height, 120))
        if self._select_after is not None and self._select_after in [r.club_id for r in self.overview.rows]:
            self.overview.select(self._select_after)
            self._select_after = None

    def club_name(self, club_id: int | None = None) -> str:
        wanted = self.club_id if club_id is None else club_id
        return next((r.name for r in self.overview.rows if r.club_id == wanted), "")

    def _update_actions(self) -> None:
        has = self.club_id is not None
        self.edit_button.setEnabled(has)

    def refresh(self) -> None:
        """F5: the overview and the selected club's tabs."""
        self.overview.refresh()
        self.waiting.refresh()
        self.roster.refresh()
        if self.attendance is not None:
            self.attendance.set_club(self.club_id)
        if self.fees is not None:
            self.fees.set_club(self.club_id)

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    # ---- the tabs ----------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == TAB_ATTENDANCE:
            self.attendance_view()
        elif index == TAB_FEES:
            self.fees_view()

    def attendance_view(self) -> AttendanceView:
        """The attendance tab's view (built the first time it is needed)."""
        if self.attendance is None:
            from desktop.clubs.attendance import AttendanceView

            self.attendance = AttendanceView(self.services, self.ops, self.attendance_tab)
            self._place(self.attendance_tab, self.attendance)
            self.attendance.set_club(self.club_id)
        return self.attendance

    def fees_view(self) -> FeesView:
        """The fees tab's view (built the first time it is needed)."""
        if self.fees is None:
            from desktop.clubs.fees import FeesView

            self.fees = FeesView(self.services, self.ops, self.fees_tab)
            self._place(self.fees_tab, self.fees)
            self.fees.set_club(self.club_id)
        return self.fees

    def _place(self, holder: QWidget, view: QWidget) -> None:
        layout = holder.layout()
        if layout is not None:
            layout.addWidget(view)
        if hasattr(view, "open_file_requested"):
            view.open_file_requested.connect(self.open_file_requested.emit)
        name_widgets(self)

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        return self.tabs.currentWidget()

    def focus_tab(self) -> None:
        """Enter on a club: to the list of the tab shown below."""
        index = self.tabs.currentIndex()
        if index == TAB_WAITING:
            self.waiting.table.setFocus()
        elif index == TAB_CHILDREN:
            self.roster.table.setFocus()
        else:
            widget = self.tabs.currentWidget()
            if widget is not None:
                widget.setFocus()
                widget.focusNextChild()

    def show_waiting(self, club_id: int) -> None:
        """The waiting list of ``club_id`` (a full club's, when an enrolment was refused: its numbers are read
        again, someone took the seat meanwhile)."""
        if club_id != self.club_id:
            self.overview.select(club_id)
        self.refresh()
        self.tabs.setCurrentIndex(TAB_WAITING)
        self.waiting.table.setFocus()

    # ---- the banner: a seat is free ----------------------------------------------------------------------
    def _waiting_loaded(self, waiting: WaitingList | None) -> None:
        if waiting is None or waiting.club_id != self.club_id:
            self._set_banner(None)
            return
        nxt = waiting.next if waiting.free > 0 else None
        self._set_banner(nxt, waiting)

    def _set_banner(self, row: WaitingRow | None, waiting: WaitingList | None = None) -> None:
        self.next_row = row
        if row is None or waiting is None:
            self.banner.hide()
            return
        text = (self.tr("A seat is free in %1: next on the list is %2 (file %3).")
                .replace("%1", waiting.club_name).replace("%2", row.child_name).replace("%3", row.file_number))
        if waiting.free > 1:
            text += " " + self.tr("%n seat(s) free.", "", waiting.free)
        self.banner_label.setText(text)
        self.banner_button.setAccessibleName(self.tr("Enrol %1").replace("%1", row.child_name))
        self.banner.show()

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisibleTo(self) else ""

    def enrol_next(self) -> EnrolDialog | None:
        if self.next_row is None:
            return None
        return self.enrol(self.next_row)

    # ---- dialogs -----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_club(self) -> ClubDialog:
        dialog = ClubDialog(self.services, self.ops, None, self)
        dialog.saved.connect(self._club_saved)
        self._open(dialog)
        return dialog

    def edit_club(self) -> None:
        club_id = self.club_id
        if club_id is None:
            return
        clubs = self.services.clubs

        def arrived(club: ClubDTO) -> None:
            dialog = ClubDialog(self.services, self.ops, club, self)
            dialog.saved.connect(self._club_saved)
            self._open(dialog)

        self.ops.query(self, lambda: clubs.club(club_id), arrived, failure=self.show_error)

    def _club_saved(self, club: ClubDTO) -> None:
        self._select_after = club.id
        self.error_label.hide()

    def enrol(self, row: WaitingRow | None = None) -> EnrolDialog:
        """The enrolment dialog: for the child of a waiting request (``row``), or a child to find."""
        dialog = EnrolDialog(self.services, self.ops, self, club_id=self.club_id, request=row)
        dialog.waiting_list_requested.connect(self.show_waiting)
        self._open(dialog)
        return dialog

    def edit_enrolment(self, enrolment: EnrolmentDTO) -> EnrolDialog:
        dialog = EnrolDialog(self.services, self.ops, self, enrolment=enrolment)
        self._open(dialog)
        return dialog

    def leave(self, row: RosterRow) -> LeaveDialog:
        dialog = LeaveDialog(self.services, self.ops, row, self.club_name(), self)
        dialog.saved.connect(lambda _e: self.tabs.setCurrentIndex(TAB_WAITING))
        self._open(dialog)
        return dialog

    def school_referral(self) -> SchoolReferralDialog:
        dialog = SchoolReferralDialog(self.services, self.ops, self)
        dialog.saved.connect(self._referred)
        dialog.request_filed.connect(self._request_filed)
        self._open(dialog)
        return dialog

    def _referred(self, referral: ReferralDTO) -> None:
        self._inform(self.tr("Referral %1 is in intake's queue. Intake will open the family's file and file the "
                             "club request; the child then appears on the waiting list.").replace("%1", referral.number))

    def _request_filed(self, request: RequestDTO) -> None:
        club = request.preferred_club_name or self.tr("every club")
        self._inform(self.tr("The club request for %1 is on the waiting list of %2.")
                     .replace("%1", request.child_name).replace("%2", club))

    def _inform(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Therapeutic clubs"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("clubsInfoBox")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_box = box
        box.open()
        return box

    def open_calendar(self) -> QDialog:
        from desktop.clubs.calendar_view import CalendarDialog

        dialog = CalendarDialog(self.services, self.ops, self)
        self._open(dialog)
        return dialog

    def charge_month(self) -> None:
        from desktop.clubs.fees import charge_month

        charge_month(self, self.services, self.ops)

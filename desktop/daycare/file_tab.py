"""The Day-care tab of the family file (מעון יום): the day-care cases of the family's toddlers (child, school
year, age in months on 1 September, ground, status, centre, start, the parents' monthly share) and, for the
selected case, its share step by step. Actions as on the Day-care page, for those who prepare and decide
day-care (MANAGE_DAYCARE): New day-care case (Ctrl+Shift+I), Edit (a draft), Approve, Place, End, Print
approval letter (Ctrl+Shift+B); their shortcuts act while the focus is in the tab. Loads off the GUI thread
when the tab is first shown, and again when the file or a case changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.daycare.actions import ApproveDialog, EndDialog, PlaceDialog
from desktop.daycare.case_dialog import DaycareCaseDialog
from desktop.daycare.common import (
    CalculationTable,
    fmt_money,
    ground_label,
    school_year_text,
    status_label,
)
from desktop.families.tabs.base import FileTab
from desktop.messages import message_for
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.daycare.dto import DaycareCaseDTO
from models.errors import DomainError
from models.families.dto import FileDetail
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.daycare.printing import DaycarePreview
    from desktop.families.file_view import FileView
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.VIEW_DAYCARE)


class DaycareTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.can_manage = allowed(view.services.user.role, Action.MANAGE_DAYCARE)
        self.cases: list[DaycareCaseDTO] = []
        self.loaded_once = False
        self.loading = False
        self.dialog: QDialog | None = None
        self.preview: DaycarePreview | None = None
        self._select_after: int | None = None

        self.error_label = QLabel(self)
        self.error_label.setObjectName("daycareTabError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.new_action = ViewAction(self, self.tr("New &day-care case…"), "Ctrl+Shift+I", self.open_new,
                                     name="newDaycareCaseInFile")
        self.edit_button = self._button(self.tr("Edit the cas&e…"), "editDaycareCaseInFile", self.edit_case)
        self.approve_button = self._button(self.tr("Appro&ve…"), "approveDaycareCaseInFile", self.approve)
        self.place_button = self._button(self.tr("Place in a &centre…"), "placeDaycareCaseInFile", self.place)
        self.end_button = self._button(self.tr("End day-care…"), "endDaycareCaseInFile", self.end)
        self.print_action = ViewAction(self, self.tr("Print the approval &letter"), "Ctrl+Shift+B",
                                       self.print_letter, name="printDaycareApprovalInFile")
        bar = QHBoxLayout()
        for b in (self.new_action.button, self.edit_button, self.approve_button, self.place_button,
                  self.end_button, self.print_action.button):
            b.setVisible(self.can_manage)
            bar.addWidget(b)
        self.new_action.setVisible(self.can_manage)
        self.print_action.setVisible(self.can_manage)
        bar.addStretch(1)

        self.table = Table([self.tr("Child"), self.tr("School year"), self.tr("Age (months, 1 Sept.)"),
                            self.tr("Ground"), self.tr("Status"), self.tr("Day-care centre"), self.tr("Starts on"),
                            self.tr("Parents' share")], self, stretch=5,
                           empty_text=self.tr("No day-care case for the family's toddlers."), name="daycareFileCases")
        self.table.setAccessibleName(self.tr("Day-care cases"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda _item: self.edit_case())
        self.share_box = QGroupBox(self.tr("The parents' share, step by step"), self)
        self.calc_table = CalculationTable(self.share_box, name="daycareFileCalculation")
        self.calc_table.setMinimumWidth(460)
        self.detail_label = QLabel(self.share_box)
        self.detail_label.setObjectName("daycareFileDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        share_layout = QHBoxLayout(self.share_box)
        share_layout.addWidget(self.calc_table, 3)
        share_layout.addWidget(self.detail_label, 2)
        self.share_box.setMaximumHeight(270)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.share_box)
        view.ops.bus.subscribe(self, self._changed)
        self._update_actions()

    def _button(self, text: str, name: str, handler: Callable[[], object]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- loading -----------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        if self.loaded_once or self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded_once:
            self.load()

    def load(self) -> None:
        self.loaded_once = True
        self.loading = True
        daycare, file_id = self.view.services.daycare, self.view.file_id
        self.view.ops.query(self, lambda: daycare.file_cases(file_id), self._loaded, failure=self._failed,
                            key=("file-daycare", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        # a case changed (the file view reloads itself, and this tab with it, for its own file's changes)
        if self.loaded_once and changes.daycare and not changes.touches_file(self.view.file_id):
            self.load()

    def _loaded(self, cases: list[DaycareCaseDTO]) -> None:
        self.loading = False
        self.error_label.hide()
        wanted = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.cases = list(cases)
        self.table.set_rows([[Item(c.child.full_name, c.id), Item(school_year_text(c.school_year), c.id, c.school_year),
                              Item(str(c.age_months), c.id, c.age_months), Item(ground_label(c.ground), c.id),
                              Item(status_label(c.status), c.id), Item(c.centre_name, c.id),
                              Item(fmt_date(c.start_on), c.id, c.start_on.toordinal() if c.start_on else 0),
                              Item(fmt_money(c.calculation.parent_share), c.id, c.calculation.parent_share)]
                             for c in self.cases])
        index = next((i for i in range(self.table.rowCount())
                      if (it := self.table.item(i, 0)) is not None and it.data(Qt.ItemDataRole.UserRole) == wanted),
                     0 if self.cases else -1)
        if index >= 0:
            select_row(self.table, index)
        self._selected()

    # ---- the selected case -------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> DaycareCaseDTO | None:
        cid = self.selected_id()
        return next((c for c in self.cases if c.id == cid), None)

    def _selected(self) -> None:
        c = self.selected()
        self.calc_table.show_calculation(c.calculation if c is not None else None)
        if c is None:
            self.detail_label.setText("")
        else:
            parts = [self.tr("%1, %2 months on 1 September %3.").replace("%1", c.child.full_name)
                     .replace("%2", str(c.age_months)).replace("%3", str(c.school_year))]
            if c.approved_by:
                parts.append(self.tr("Approved by %1.").replace("%1", c.approved_by))
            if c.status == "ended" and c.ended_on is not None:
                parts.append(self.tr("Ended on %1: %2").replace("%1", fmt_date(c.ended_on)).replace("%2", c.end_reason))
            self.detail_label.setText(" ".join(parts))
        self._update_actions()

    def _update_actions(self) -> None:
        c = self.selected()
        status = c.status if c is not None else ""
        self.edit_button.setEnabled(status == "draft")
        self.approve_button.setEnabled(status == "draft")
        self.place_button.setEnabled(status in ("approved", "placed"))
        self.end_button.setEnabled(status in ("draft", "approved", "placed"))
        self.print_action.setEnabled(status in ("approved", "placed"))

    # ---- actions -----------------------------------------------------------------------------------------
    def _after(self, focus: QWidget) -> None:
        QTimer.singleShot(0, lambda: self.view._after_dialog(focus))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        if isinstance(dialog, DaycareCaseDialog | ApproveDialog | PlaceDialog | EndDialog):
            dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self._after(self.table))
        dialog.open()
        return dialog

    def _saved(self, case: DaycareCaseDTO) -> None:
        self._select_after = case.id

    def open_new(self, person_id: int | None = None) -> DaycareCaseDialog | None:
        if not self.can_manage:
            return None
        dialog = DaycareCaseDialog(self.view.services, self.view.ops, self.view.file_id, self.view,
                                   person_id=person_id)
        self._open(dialog)
        return dialog

    def _for(self, wanted: tuple[str, ...], make: Callable[[DaycareCaseDTO], QDialog]) -> QDialog | None:
        c = self.selected()
        if c is None or c.status not in wanted or not self.can_manage:
            return None
        return self._open(make(c))

    def edit_case(self) -> QDialog | None:
        services, ops = self.view.services, self.view.ops
        return self._for(("draft",), lambda c: DaycareCaseDialog(services, ops, c.file_id, self.view, case=c))

    def approve(self) -> QDialog | None:
        return self._for(("draft",), lambda c: ApproveDialog(self.view.services, self.view.ops, c, self.view))

    def place(self) -> QDialog | None:
        return self._for(("approved", "placed"), lambda c: PlaceDialog(self.view.services, self.view.ops, c, self.view))

    def end(self) -> QDialog | None:
        return self._for(("draft", "approved", "placed"),
                         lambda c: EndDialog(self.view.services, self.view.ops, c, self.view))

    def print_letter(self) -> DaycarePreview | None:
        c = self.selected()
        if c is None or c.status not in ("approved", "placed"):
            return None
        from desktop.daycare.printing import print_approval_letter

        self.preview = print_approval_letter(self, self.view.services, self.view.ops, c.id)
        return self.preview

    def focus_target(self) -> QWidget:
        return self.table

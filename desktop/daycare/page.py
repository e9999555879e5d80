"""The Day-care page (מעונות יום, toddlers at risk): the day-care cases of the files the user sees (the child,
the file, the age in months on 1 September, the school year, the ground, the status, the centre, the start
date, the parents' monthly share), filtered by status and school year; above them the registration banner
(day-care registration runs in February and March: "Registration for day-care opens on 1 February" in the
30 days before, "Registration is open until 31 March" while it runs).

Actions: New case (Ctrl+N), Edit (a draft; Enter), Approve, Place, End, Print approval letter (Ctrl+P), Open the
file, Refresh (F5). For those who keep the income-level table (the manager), its editor is the page's second
tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.daycare.actions import ApproveDialog, EndDialog, PlaceDialog
from desktop.daycare.case_dialog import DaycareCaseDialog
from desktop.daycare.common import (
    fmt_money,
    ground_label,
    registration_text,
    school_year_text,
    status_label,
    today,
)
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.codes import DAYCARE_STATUSES
from models.daycare import rules
from models.daycare.dto import DaycareCaseDTO, DaycareRow
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.daycare.income_tables import IncomeTablesView
    from desktop.daycare.printing import DaycarePreview
    from models.services import Services

TAB_CASES, TAB_INCOME = range(2)
COL_CHILD, COL_FILE, COL_AGE, COL_YEAR, COL_GROUND, COL_STATUS, COL_CENTRE, COL_START, COL_SHARE = range(9)


class DaycarePage(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file (on its Day-care tab)."""

    open_file_requested = Signal(int)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daycarePage")
        self.services, self.ops = services, ops
        role = services.user.role
        self.can_manage = allowed(role, Action.MANAGE_DAYCARE)
        self.can_keep_table = allowed(role, Action.MANAGE_INCOME_TABLE)
        self.rows: list[DaycareRow] = []
        self.loading = False
        self.dialog: QDialog | None = None
        self.preview: DaycarePreview | None = None
        self.income: IncomeTablesView | None = None
        self._select_after: int | None = None

        title = QLabel(self.tr("Day-care for toddlers at risk"), self)
        title.setObjectName("pageTitle")

        # the registration window
        self.banner = QFrame(self)
        self.banner.setObjectName("registrationBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#registrationBanner { background: #fdf3e1; border: 1px solid #c58a1c; }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("registrationBannerText")
        self.banner_label.setWordWrap(True)
        font = self.banner_label.font()
        font.setBold(True)
        self.banner_label.setFont(font)
        QHBoxLayout(self.banner).addWidget(self.banner_label, 1)

        # the actions
        self.new_action = ViewAction(self, self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case,
                                     name="newDaycareCase")
        self.edit_button = self._button(self.tr("&Edit…"), "editDaycareCase", self.edit_case)
        self.approve_button = self._button(self.tr("&Approve…"), "approveDaycareCase", self.approve)
        self.place_button = self._button(self.tr("P&lace…"), "placeDaycareCase", self.place)
        self.end_button = self._button(self.tr("En&d day-care…"), "endDaycareCase", self.end)
        self.print_action = ViewAction(self, self.tr("&Print approval letter"), QKeySequence.StandardKey.Print,
                                       self.print_letter, name="printDaycareApproval")
        self.open_button = self._button(self.tr("Open the &file"), "openDaycareFile", self.open_file)
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshDaycare")
        for w in (self.new_action, self.print_action):
            w.setVisible(self.can_manage)
        for b in (self.edit_button, self.approve_button, self.place_button, self.end_button):
            b.setVisible(self.can_manage)
        actions = FlowLayout()
        for b in (self.new_action.button, self.edit_button, self.approve_button, self.place_button,
                  self.end_button, self.print_action.button, self.open_button, self.refresh_action.button):
            actions.addWidget(b)

        # the filters and the cases
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("daycareStatusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for code in DAYCARE_STATUSES:
            self.status_filter.addItem(status_label(code), code)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("daycareYearFilter")
        self.year_filter.addItem(self.tr("All"), None)
        current = rules.school_year_of(today())
        for y in (current + 1, current, current - 1):
            self.year_filter.addItem(school_year_text(y), y)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("S&tatus:"), self.status_filter), (self.tr("School &year:"), self.year_filter)):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("daycareCount")
        filters.addWidget(self.count_label)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = Table([self.tr("Child"), self.tr("File"), self.tr("Age (months, 1 Sept.)"), self.tr("School year"),
                            self.tr("Ground"), self.tr("Status"), self.tr("Day-care centre"), self.tr("Starts on"),
                            self.tr("Parents' share")], self, stretch=COL_CENTRE,
                           empty_text=self.tr("No day-care case in the files you see."), name="daycareCases")
        self.table.setAccessibleName(self.tr("Day-care cases"))
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemActivated.connect(lambda _item: self.edit_case())

        self.error_label = QLabel(self)
        self.error_label.setObjectName("daycareError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        cases = QWidget(self)
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addLayout(actions)
        cases_layout.addLayout(filters)
        cases_layout.addWidget(self.error_label)
        cases_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("daycareTabs")
        self.tabs.addTab(cases, self.tr("&Cases"))
        if self.can_keep_table:
            self.income_tab = QWidget(self.tabs)
            QVBoxLayout(self.income_tab).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self.income_tab, self.tr("&Income levels"))
            self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        ops.bus.subscribe(self, self._changed)
        self.show_banner()
        self._update_actions()
        name_widgets(self)
        self.refresh()

    def _button(self, text: str, name: str, handler: Callable[[], Any]) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- the banner --------------------------------------------------------------------------------------
    def show_banner(self) -> None:
        text = registration_text(*rules.registration_notice(today()))
        self.banner_label.setText(text)
        self.banner.setVisible(bool(text))

    def banner_text(self) -> str:
        return self.banner_label.text() if self.banner.isVisibleTo(self) else ""

    # ---- the cases ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: the cases again (and the banner: the day may have changed)."""
        self.show_banner()
        self.loading = True
        daycare, status, year = self.services.daycare, self.status_filter.currentData(), self.year_filter.currentData()
        self.ops.query(self, lambda: daycare.cases(status=status, school_year=year), self._loaded,
                       failure=self._failed, key=("daycare-cases", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.show_error(exc)

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.daycare or changes.files:
            self.refresh()

    def _loaded(self, rows: list[DaycareRow]) -> None:
        self.loading = False
        self.error_label.hide()
        wanted = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.rows = list(rows)
        cells = []
        for r in self.rows:
            cells.append([Item(r.child_name, r.id), Item(r.file_number, r.id),
                          Item(str(r.age_months), r.id, r.age_months),
                          Item(school_year_text(r.school_year), r.id, r.school_year),
                          Item(ground_label(r.ground), r.id), Item(status_label(r.status), r.id),
                          Item(r.centre_name, r.id),
                          Item(fmt_date(r.start_on), r.id, r.start_on.toordinal() if r.start_on else 0),
                          Item(fmt_money(r.parent_share), r.id, r.parent_share)])
        self.table.set_rows(cells)
        self.count_label.setText(self.tr("%n case(s)", "", len(self.rows)))
        if wanted is not None:
            self.select(wanted)
        elif self.rows:
            select_row(self.table, 0)
        self._update_actions()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> DaycareRow | None:
        cid = self.selected_id()
        return next((r for r in self.rows if r.id == cid), None)

    def select(self, case_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == case_id:
                select_row(self.table, row)
                return True
        return False

    def _update_actions(self) -> None:
        r = self.selected()
        status = r.status if r is not None else ""
        self.edit_button.setEnabled(status == "draft")
        self.approve_button.setEnabled(status == "draft")
        self.place_button.setEnabled(status in ("approved", "placed"))  # placed: its centre or start corrected
        self.end_button.setEnabled(status in ("draft", "approved", "placed"))
        self.print_action.setEnabled(status in ("approved", "placed"))
        self.open_button.setEnabled(r is not None)

    # ---- the tabs ----------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == TAB_INCOME:
            self.income_view()

    def income_view(self) -> IncomeTablesView:
        """The income-level table's editor (built the first time it is shown)."""
        if self.income is None:
            from desktop.daycare.income_tables import IncomeTablesView

            self.income = IncomeTablesView(self.services, self.ops, self.income_tab)
            layout = self.income_tab.layout()
            if layout is not None:
                layout.addWidget(self.income)
            name_widgets(self)
        return self.income

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        return self.tabs.currentWidget()

    # ---- dialogs -----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        if isinstance(dialog, DaycareCaseDialog | ApproveDialog | PlaceDialog | EndDialog):
            dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, case: DaycareCaseDTO) -> None:
        self._select_after = case.id
        self.error_label.hide()

    def new_case(self) -> DaycareCaseDialog | None:
        if not self.can_manage:
            return None
        dialog = DaycareCaseDialog(self.services, self.ops, None, self)
        self._open(dialog)
        return dialog

    def _with_case(self, wanted: tuple[str, ...], make: Callable[[DaycareCaseDTO], QDialog]) -> None:
        """Read the selected case (fresh: its version) and open ``make(case)`` when its status is ``wanted``."""
        r = self.selected()
        if r is None or r.status not in wanted or not self.can_manage:
            return
        daycare, cid = self.services.daycare, r.id

        def arrived(case: DaycareCaseDTO) -> None:
            if case.status in wanted:
                self._open(make(case))
            else:  # moved on meanwhile: show it as it is now
                self.refresh()

        self.ops.query(self, lambda: daycare.case(cid), arrived, failure=self.show_error)

    def edit_case(self) -> None:
        self._with_case(("draft",), lambda c: DaycareCaseDialog(self.services, self.ops, c.file_id, self, case=c))

    def approve(self) -> None:
        self._with_case(("draft",), lambda c: ApproveDialog(self.services, self.ops, c, self))

    def place(self) -> None:
        self._with_case(("approved", "placed"), lambda c: PlaceDialog(self.services, self.ops, c, self))

    def end(self) -> None:
        self._with_case(("draft", "approved", "placed"), lambda c: EndDialog(self.services, self.ops, c, self))

    def print_letter(self) -> DaycarePreview | None:
        r = self.selected()
        if r is None or r.status not in ("approved", "placed"):
            return None
        from desktop.daycare.printing import print_approval_letter

        self.preview = print_approval_letter(self, self.services, self.ops, r.id)
        return self.preview

    def open_file(self) -> None:
        r = self.selected()
        if r is not None:
            self.open_file_requested.emit(r.file_id)

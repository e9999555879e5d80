"""What is done to a day-care case once it is prepared, shared by the Day-care page and the file's tab:
Approve (a draft: asks first, the approver is recorded), Place (an approved case: the day-care centre and the
start date), End (a placed or approved case: the date and the reason), and the approval letter. Each answer
announces the case's changes; the screens that show it reload themselves."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.committees.common import save_with_ctrl_enter
from desktop.daycare.common import fmt_money, school_year_text, today
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.daycare import rules
from models.daycare.dto import DaycareCaseDTO

if TYPE_CHECKING:
    from models.services import Services

CENTRE_MAX, REASON_MAX = 200, 500


def case_title(case: DaycareCaseDTO) -> str:
    """"נועה כהן, 2026-2027"."""
    return f"{case.child.full_name}, {school_year_text(case.school_year)}"


class ApproveDialog(ServiceDialog):
    """Approve a draft: what is approved (the child, the year, the share) and a question before saving.
    ``saved(DaycareCaseDTO)``."""

    def __init__(self, services: Services, ops: Ops, case: DaycareCaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Approve day-care — %1").replace("%1", case_title(case)), parent)
        self.setObjectName("daycareApproveDialog")
        self.services, self.case, self.version = services, case, case.version
        summary = QLabel(self.tr("%1 (%2 months on 1 September), school year %3. The parents' share: %4 a month.")
                         .replace("%1", case.child.full_name).replace("%2", str(case.age_months))
                         .replace("%3", school_year_text(case.school_year))
                         .replace("%4", fmt_money(case.calculation.parent_share)), self)
        summary.setObjectName("daycareApproveSummary")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)

    def confirmation(self) -> str | None:
        return self.tr("Approve day-care for %1? The case can no longer be changed once approved.").replace(
            "%1", self.case.child.full_name)

    def confirm_button_text(self) -> str:
        return self.tr("Approve")

    def _reload(self) -> None:
        daycare, cid = self.services.daycare, self.case.id
        self.ops.query(self, lambda: daycare.case(cid), lambda c: self.set_version(c.version), failure=self.show_error)

    def service_call(self) -> Callable[[], Any]:
        daycare, cid, version = self.services.daycare, self.case.id, self.version
        assert version is not None
        return lambda: daycare.approve(cid, version)


class PlaceDialog(ServiceDialog):
    """The placement of an approved case: the day-care centre and the start date (by default 1 September of
    the school year, or today if later). ``saved(DaycareCaseDTO)``."""

    def __init__(self, services: Services, ops: Ops, case: DaycareCaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Place in day-care — %1").replace("%1", case_title(case)), parent)
        self.setObjectName("daycarePlaceDialog")
        self.services, self.case, self.version = services, case, case.version
        self.centre = QLineEdit(case.centre_name, self)
        self.centre.setObjectName("daycareCentre")
        self.centre.setMaxLength(CENTRE_MAX)
        self.centre.setPlaceholderText(self.tr("The day-care centre's name and locality"))
        self.start_on = make_date_edit(case.start_on or max(rules.september_first(case.school_year), today()), self)
        self.start_on.setObjectName("daycareStartOn")
        for text, field in ((self.tr("Day-care &centre:"), self.centre), (self.tr("&Starts on:"), self.start_on)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)
        self.centre.setFocus()

    def _reload(self) -> None:
        daycare, cid = self.services.daycare, self.case.id
        self.ops.query(self, lambda: daycare.case(cid), lambda c: self.set_version(c.version), failure=self.show_error)

    def service_call(self) -> Callable[[], Any]:
        daycare, cid, version = self.services.daycare, self.case.id, self.version
        assert version is not None
        centre, start_on = self.centre.text().strip(), to_date(self.start_on)
        return lambda: daycare.place(cid, version, centre, start_on)


class EndDialog(ServiceDialog):
    """The end of a case's day-care: the date (today by default, not before the start) and the reason; asks
    first. ``saved(DaycareCaseDTO)``."""

    def __init__(self, services: Services, ops: Ops, case: DaycareCaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("End day-care — %1").replace("%1", case_title(case)), parent)
        self.setObjectName("daycareEndDialog")
        self.services, self.case, self.version = services, case, case.version
        start = case.start_on
        self.ended_on = make_date_edit(max(today(), start) if start else today(), self, minimum=start)
        self.ended_on.setObjectName("daycareEndedOn")
        self.reason = plain_text_edit(self, 70)
        self.reason.setObjectName("daycareEndReason")
        if start is not None:
            self.form.addRow(QLabel(self.tr("In day-care at %1 since %2.").replace("%1", case.centre_name)
                                    .replace("%2", fmt_date(start)), self))
        for text, field in ((self.tr("&Ends on:"), self.ended_on), (self.tr("&Reason:"), self.reason)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        save_with_ctrl_enter(self, self.submit)
        self.reload_requested.connect(self._reload)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        return self.tr("End the day-care of %1 on %2?").replace("%1", self.case.child.full_name).replace(
            "%2", fmt_date(to_date(self.ended_on)))

    def confirm_button_text(self) -> str:
        return self.tr("End the day-care")

    def _reload(self) -> None:
        daycare, cid = self.services.daycare, self.case.id
        self.ops.query(self, lambda: daycare.case(cid), lambda c: self.set_version(c.version), failure=self.show_error)

    def service_call(self) -> Callable[[], Any]:
        daycare, cid, version = self.services.daycare, self.case.id, self.version
        assert version is not None
        ended_on, reason = to_date(self.ended_on), self.reason.toPlainText().strip()[:REASON_MAX]
        return lambda: daycare.end(cid, version, ended_on, reason)

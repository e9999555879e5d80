"""The Youth law tab of the family file (חוק הנוער): the reports about the file's children at risk, each with
its urgency, who reported, whether it waits for the youth-law forum or what the forum decided (the
intervention, the worker in charge, the due date, the task). The forum's members see every report of the
file; a family or intake worker sees the reports she recorded (row-level security: the service returns
what the user may read).

Actions: Report a child at risk… (Ctrl+Shift+K) and Correct the report… for a report still waiting for the
forum. Loads off the GUI thread when the tab is first shown and again when reports of the file change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.families.tabs.base import FileTab
from desktop.forum.common import (
    URGENCY_ORDER,
    intervention_label,
    mark_urgency,
    report_kind_label,
    reporter_kind_label,
    today,
    urgency_label,
)
from desktop.messages import message_for
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import due_text, is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table
from models.changes import Changes
from models.errors import DomainError
from models.families.dto import FileDetail
from models.forum.dto import RiskReportDTO
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.families.file_view import FileView
    from desktop.forum.report_dialog import ReportDialog
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser

(COL_CHILD, COL_REPORTED, COL_KIND, COL_URGENCY, COL_REPORTER, COL_STATUS, COL_DECISION, COL_RESPONSIBLE,
 COL_DUE, COL_TASK) = range(10)


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.REPORT_RISK) or allowed(user.role, Action.RUN_FORUM)


class YouthLawTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.setObjectName("youthLawTab")
        role = view.services.user.role
        self.can_report = allowed(role, Action.REPORT_RISK)
        self.forum_member = allowed(role, Action.RUN_FORUM)
        self.reports: list[RiskReportDTO] = []
        self.loaded_once = False
        self.loading = False
        self.dialog: QWidget | None = None

        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("youthLawIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(
            self.tr("Reports about the file's children at risk. Each waits for the youth-law forum, which decides "
                    "the intervention and the worker in charge.") if self.forum_member else
            self.tr("The reports you recorded about the file's children at risk, and what the youth-law forum "
                    "decided."))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("youthLawError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.report_action = ViewAction(view, self.tr("Report a child at &risk…"), "Ctrl+Shift+K", self.open_report,
                                        button_parent=self, name="reportRisk")
        self.report_action.setVisible(self.can_report)
        self.correct_action = ViewAction(view, self.tr("Correct the re&port…"), "Ctrl+Shift+Q", self.open_correct,
                                         button_parent=self, name="correctReport")
        self.correct_action.setVisible(self.can_report)
        bar = QHBoxLayout()
        bar.addWidget(self.intro_label, 1)
        bar.addWidget(self.report_action.button)
        bar.addWidget(self.correct_action.button)

        self.table = Table([self.tr("Child"), self.tr("Reported on"), self.tr("Kind"), self.tr("Urgency"),
                            self.tr("Reported by"), self.tr("Status"), self.tr("Decision"), self.tr("Responsible"),
                            self.tr("Due"), self.tr("Task")], self, stretch=COL_REPORTER,
                           empty_text=self.tr("No report about the family's children."), name="riskReportsTable")
        self.table.setAccessibleName(self.tr("Reports about children at risk"))
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("reportDescriptionText")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.description_label)
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
        self.loading = True
        forum, file_id = self.view.services.forum, self.view.file_id
        self.view.ops.query(self, lambda: forum.file_reports(file_id), self.show_reports, failure=self._failed,
                            key=("file-reports", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        # a report decided at the forum (the file view reloads itself for its own file's changes)
        if self.loaded_once and (changes.reports or changes.forum) and not changes.touches_file(self.view.file_id):
            self.load()

    def _task_text(self, r: RiskReportDTO) -> str:
        if r.task_id is None:
            return ""
        detail = self.view.detail
        task = next((t for t in detail.tasks if t.id == r.task_id), None) if detail is not None else None
        if task is None:
            return self.tr("sent")
        return self.tr("done") if task.done else self.tr("open")

    def show_reports(self, reports: list[RiskReportDTO]) -> None:
        self.loading = False
        self.error_label.hide()
        selected = self.selected_report()
        # waiting for the forum first (most urgent, oldest first), then the decided ones (the latest first)
        waiting = sorted((r for r in reports if not r.decided),
                         key=lambda r: (URGENCY_ORDER.get(r.urgency, 9), r.reported_on, r.id))
        decided = sorted((r for r in reports if r.decided), key=lambda r: (r.meeting_on or r.reported_on, r.id),
                         reverse=True)
        self.reports = waiting + decided
        day = today()
        rows = []
        for r in self.reports:
            urgency = Item(urgency_label(r.urgency), r.id)
            if not r.decided:
                mark_urgency(urgency, r.urgency)
            if r.decided:
                status = Item(self.tr("decided %1").replace("%1", fmt_date(r.meeting_on)), r.id,
                              (r.meeting_on or r.reported_on).toordinal())
            else:
                status = Item(self.tr("waiting, %n day(s)", "", r.days_open), r.id, -r.days_open)
                status.setForeground(urgency.foreground())
            due = Item(due_text(r.due_on, False, day) if r.due_on else "", r.id, r.due_on.toordinal() if r.due_on else 0)
            if is_overdue(r.due_on, False, day):
                mark_overdue(due)
            reporter = Item(" · ".join(x for x in (reporter_kind_label(r.reporter_kind), r.reporter_name) if x), r.id)
            reporter.setToolTip(" · ".join(x for x in (reporter.text(), r.reporter_phone) if x))
            decision = Item(intervention_label(r.intervention) if r.decided else "", r.id)
            if r.decision_note:
                decision.setToolTip(r.decision_note)
            rows.append([Item(r.child.full_name, r.id), Item(fmt_date(r.reported_on), r.id, r.reported_on.toordinal()),
                         Item(report_kind_label(r.kind), r.id), urgency, reporter, status, decision,
                         Item(r.responsible.full_name if r.responsible else "", r.id), due,
                         Item(self._task_text(r), r.id)])
        self.table.set_rows(rows)
        if self.reports:
            ids = [r.id for r in self.reports]
            row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.table.setCurrentCell(row, 0)
        self._update_actions()

    # ---- the selection -----------------------------------------------------------------------------------
    def selected_report(self) -> RiskReportDTO | None:
        item = self.table.item(self.table.currentRow(), COL_CHILD)
        rid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.reports if r.id == rid), None)

    def child_names(self) -> list[str]:
        return [r.child.full_name for r in self.reports]

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return "" if item is None else item.text()

    def _update_actions(self) -> None:
        r = self.selected_report()
        self.correct_action.setEnabled(r is not None and not r.decided)
        if r is None:
            self.description_label.clear()
            return
        text = r.description
        if r.decided and r.decision_note:
            text += "\n" + self.tr("The forum's note: %1").replace("%1", r.decision_note)
        self.description_label.setText(text)

    # ---- actions -----------------------------------------------------------------------------------------
    def _after(self, focus: QWidget) -> None:
        QTimer.singleShot(0, lambda: self.view._after_dialog(focus))

    def open_report(self) -> ReportDialog | None:
        if not self.can_report:
            return None
        from desktop.forum.report_dialog import ReportDialog

        dialog = ReportDialog(self.view.services, self.view.ops, self.view.file_id, self.view)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._after(self.table))
        dialog.open()
        return dialog

    def open_correct(self) -> ReportDialog | None:
        r = self.selected_report()
        if not self.can_report or r is None or r.decided:
            return None
        from desktop.forum.report_dialog import ReportDialog

        dialog = ReportDialog(self.view.services, self.view.ops, self.view.file_id, self.view, report=r)
        dialog.reload_requested.connect(lambda: self._reload_into(dialog))
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._after(self.table))
        dialog.open()
        return dialog

    def _reload_into(self, dialog: ReportDialog) -> None:
        """After a conflict: the report's new version into the dialog (what was typed stays)."""
        if dialog.report is None:
            return
        forum, rid = self.view.services.forum, dialog.report.id

        def arrived(report: RiskReportDTO) -> None:
            dialog.report = report
            dialog.set_version(report.version)

        self.view.ops.query(self, lambda: forum.report(rid), arrived, failure=dialog.show_error)

    def focus_target(self) -> QWidget:
        return self.table

"""The forum's decision on one report (Decide, Enter on the agenda): the report in full (the child and age,
the file, when and by whom it was reported, its kind, urgency and description), then the decision: the
intervention, the worker in charge (the users who may see the file), the due date (proposed from the
report's urgency: immediate within a day of the meeting, 24 hours within two, a week within seven; a routine
report two weeks) and a note. Saving makes the task for the worker (``services.forum.decide``); a decision
of no further action has no worker, due date or task.

Two members deciding one report at once: the second is told (a conflict), keeps what was typed and may
reload the report: a report decided meanwhile says by whom and how, and cannot be decided again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.forum.common import (
    age_text,
    channel_label,
    due_limit_days,
    intervention_label,
    proposed_due,
    report_kind_label,
    reporter_kind_label,
    urgency_color,
    urgency_label,
)
from desktop.messages import role_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew, make_date_edit, to_date
from models.codes import FORUM_INTERVENTIONS
from models.errors import DomainError
from models.forum.dto import ForumDecisionInput, ForumMeetingDTO, RiskReportDTO

if TYPE_CHECKING:
    from models.services import Services
    from models.users.dto import UserRef

NO_FURTHER_ACTION = "no_further_action"


class DecisionDialog(ServiceDialog):
    """``saved(RiskReportDTO)``: the report, decided."""

    def __init__(self, services: Services, ops: Ops, report_id: int, meeting: ForumMeetingDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Forum decision"), parent)
        self.setObjectName("decisionDialog")
        self.resize(720, 720)
        self.services, self.report_id, self.meeting = services, report_id, meeting
        self.report: RiskReportDTO | None = None
        self.users: list[UserRef] = []

        # the report, read only
        self.report_box = QGroupBox(self.tr("The report"), self)
        report_form = QFormLayout(self.report_box)
        report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.child_label = self._value("decisionChild")
        self.file_label = self._value("decisionFile")
        self.reported_label = self._value("decisionReported")
        self.reporter_label = self._value("decisionReporter")
        self.kind_label = self._value("decisionKind")
        self.urgency_label = self._value("decisionUrgency")
        self.recorded_label = self._value("decisionRecorded")
        self.description = plain_text_edit(self.report_box, 110)
        self.description.setObjectName("decisionDescription")
        self.description.setReadOnly(True)
        self.description.setAccessibleName(self.tr("Description of the report"))
        for text, value in ((self.tr("Child:"), self.child_label), (self.tr("Family file:"), self.file_label),
                            (self.tr("Reported on:"), self.reported_label),
                            (self.tr("Reported by:"), self.reporter_label), (self.tr("Kind:"), self.kind_label),
                            (self.tr("Urgency:"), self.urgency_label), (self.tr("Recorded by:"), self.recorded_label),
                            (self.tr("Description:"), self.description)):
            caption = QLabel(text, self.report_box)
            caption.setBuddy(value)
            report_form.addRow(caption, value)
        self.form.addRow(self.report_box)

        # the decision
        self.meeting_label = QLabel(self.tr("At the forum's meeting of %1").replace(
            "%1", fmt_date_with_hebrew(meeting.held_on)), self)
        self.meeting_label.setObjectName("decisionMeeting")
        self.intervention = QComboBox(self)
        self.intervention.setObjectName("decisionIntervention")
        for code in FORUM_INTERVENTIONS:
            self.intervention.addItem(intervention_label(code), code)
        self.responsible = QComboBox(self)
        self.responsible.setObjectName("decisionResponsible")
        self.responsible.setEnabled(False)
        self.due_on = make_date_edit(meeting.held_on, self, minimum=meeting.held_on)
        self.due_on.setObjectName("decisionDue")
        self.due_hint = QLabel(self)
        self.due_hint.setObjectName("decisionDueHint")
        self.due_hint.setWordWrap(True)
        self.note = plain_text_edit(self, 80)
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("What the worker is to do: the task's description"))
        self.form.addRow("", self.meeting_label)
        for text, field in ((self.tr("&Intervention:"), self.intervention),
                            (self.tr("&Worker in charge:"), self.responsible), (self.tr("D&ue date:"), self.due_on)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.form.addRow("", self.due_hint)
        caption = QLabel(self.tr("N&ote:"), self)
        caption.setBuddy(self.note)
        self.form.addRow(caption, self.note)
        self.intervention.currentIndexChanged.connect(self._intervention_changed)
        self.reload_button.setText(self.tr("Reload the report"))
        self.reload_requested.connect(self.reload)
        save_with_ctrl_enter(self, self.submit)

        self.set_ready(False)
        self.busy_bar.show()
        self._load(first=True)
        self.intervention.setFocus()

    def _value(self, name: str) -> QLabel:
        label = QLabel(self.report_box)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ---- loading -----------------------------------------------------------------------------------------
    def _load(self, *, first: bool) -> None:
        forum, rid = self.services.forum, self.report_id

        def read() -> tuple[RiskReportDTO, list[UserRef]]:
            report = forum.report(rid)
            return report, forum.assignable(report.file_id)

        self.ops.query(self, read, lambda answer: self._loaded(*answer, first=first), failure=self._load_failed)

    def reload(self) -> None:
        """After a conflict: the report's current version; what the user typed stays."""
        self.busy_bar.show()
        self._load(first=False)

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _loaded(self, report: RiskReportDTO, users: list[UserRef], *, first: bool) -> None:
        self.busy_bar.hide()
        self.report = report
        self.set_version(report.version)
        self._show_report(report)
        if first:
            self.users = users
            self.responsible.clear()
            self.responsible.addItem(self.tr("— choose the worker —"), None)
            for u in users:
                self.responsible.addItem(f"{u.full_name} ({role_label(u.role)})", u.id)
            recorder = next((u.id for u in users if u.full_name == report.recorded_by), None)
            if recorder is not None:
                self.responsible.setCurrentIndex(self.responsible.findData(recorder))
            self.due_on.setValue(proposed_due(report.urgency, self.meeting.held_on))
            self._intervention_changed()
        if report.decided:
            who = report.responsible.full_name if report.responsible else ""
            text = (self.tr("This report was decided meanwhile, at the meeting of %1: %2.")
                    .replace("%1", fmt_date(report.meeting_on)).replace("%2", intervention_label(report.intervention)))
            if who:
                text += " " + self.tr("In charge: %1.").replace("%1", who)
            self.error_label.setText(text)
            self.error_label.show()
            self.set_ready(False)
            return
        self.set_ready(True)

    def _show_report(self, r: RiskReportDTO) -> None:
        self.setWindowTitle(self.tr("Forum decision — %1").replace("%1", r.child.full_name))
        age = age_text(r.age_years, r.age_months)
        self.child_label.setText(f"{r.child.full_name} ({age})" if age else r.child.full_name)
        self.file_label.setText(f"{r.file_number} — {r.family_name}")
        self.reported_label.setText(self.tr("%1 · open %n day(s)", "", r.days_open).replace("%1", fmt_date(r.reported_on)))
        reporter = [reporter_kind_label(r.reporter_kind)]
        reporter += [x for x in (r.reporter_name, r.reporter_phone) if x]
        if r.channel == "referral":
            reporter.append(channel_label(r.channel))
        self.reporter_label.setText(" · ".join(reporter))
        self.kind_label.setText(report_kind_label(r.kind))
        self.urgency_label.setText(urgency_label(r.urgency))
        color = urgency_color(r.urgency)
        self.urgency_label.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
        self.recorded_label.setText(r.recorded_by)
        self.description.setPlainText(r.description)
        days = due_limit_days(r.urgency)
        if days is None:
            self.due_hint.setText(self.tr("A routine report: two weeks after the meeting are proposed."))
        else:
            self.due_hint.setText(self.tr("A report of urgency \u201c%1\u201d is due at the latest %n day(s) after "
                                          "the meeting.", "", days).replace("%1", urgency_label(r.urgency)))

    def _intervention_changed(self, *_args: object) -> None:
        """No further action: no worker, no due date, no task."""
        act = self.intervention.currentData() != NO_FURTHER_ACTION
        self.responsible.setEnabled(act and bool(self.users))
        self.due_on.setEnabled(act)

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> ForumDecisionInput:
        act = self.intervention.currentData() != NO_FURTHER_ACTION
        return ForumDecisionInput(intervention=self.intervention.currentData(),
                                  responsible_id=self.responsible.currentData() if act else None,
                                  due_on=to_date(self.due_on) if act else None, note=self.note.toPlainText().strip())

    def service_call(self) -> Callable[[], Any]:
        forum, rid, mid, data = self.services.forum, self.report_id, self.meeting.id, self.value()
        version = self.version if self.version is not None else 0
        return lambda: forum.decide(rid, version, mid, data)

    def confirmation(self) -> str | None:
        return self.tr("Record the decision? A decision is final: a correction is a new report.")

    def confirm_button_text(self) -> str:
        return self.tr("Record the decision")

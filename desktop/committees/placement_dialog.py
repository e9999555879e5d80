"""Placements out of home (השמה חוץ-ביתית): record that a child of the file was placed (a foster family or a
residential setting, from a date, carrying out a committee decision), or end a placement. The child's
annual review is computed from the open placement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import decision_kind_label, placement_setting_label
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.codes import OUT_OF_HOME_DECISIONS, PLACEMENT_SETTINGS
from models.committees.dto import Hearing, PlacementDTO, PlacementInput

if TYPE_CHECKING:
    from desktop.ops import Ops
    from models.committees.service import CommitteeService


class PlacementDialog(ServiceDialog):
    """Record a placement: the committee decision it carries out (an out-of-home decision of one of the file's
    final protocols, which also chooses the child and the setting), the child (the file's children load off
    the GUI thread), the setting, the starting date (not in the future), a note."""

    def __init__(self, ops: Ops, committees: CommitteeService, file_id: int, parent: QWidget | None = None, *,
                 hearings: Sequence[Hearing] = ()) -> None:
        super().__init__(ops, self.tr("Record placement"), parent)
        self.setObjectName("placementDialog")
        self._committees, self._file_id = committees, file_id
        # the out-of-home decisions of the file's final protocols, newest first: the placement carries one out
        self.decisions = [(h, d) for h in hearings for d in h.decisions if d.kind in OUT_OF_HOME_DECISIONS]
        self.decision = QComboBox(self)
        self.decision.addItem(self.tr("(none)"), None)
        for h, d in self.decisions:
            self.decision.addItem(f"{fmt_date(h.held_on)} — {h.child_name} — {decision_kind_label(d.kind)}", d.id)
        self.decision.setEnabled(bool(self.decisions))
        self.child = QComboBox(self)
        self.child.setEnabled(False)
        self.setting = QComboBox(self)
        for code in PLACEMENT_SETTINGS:
            self.setting.addItem(placement_setting_label(code), code)
        self.started_on = make_date_edit(date.today(), self, maximum=date.today())
        self.note = plain_text_edit(self, 80)
        for caption, field in ((self.tr("Carries out the &decision:"), self.decision),
                               (self.tr("&Child:"), self.child), (self.tr("&Setting:"), self.setting),
                               (self.tr("&Placed on:"), self.started_on), (self.tr("&Note:"), self.note)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.decision.currentIndexChanged.connect(self._decision_chosen)
        self.set_ready(False)
        ops.query(self, lambda: committees.file_children(file_id), self._children, failure=self.show_error)

    def _children(self, children: list[Any]) -> None:
        for c in children:
            born = f" ({fmt_date(c.birth_date)})" if c.birth_date else ""
            self.child.addItem(c.full_name + born, c.id)
        self.child.setEnabled(bool(children))
        self.set_ready(bool(children))
        self._decision_chosen()

    def _decision_chosen(self, *_args: object) -> None:
        """A decision chosen: its child and its setting (a foster family, a residential setting)."""
        index = self.decision.currentIndex() - 1
        if not 0 <= index < len(self.decisions):
            return
        hearing, decision = self.decisions[index]
        child = self.child.findData(hearing.child_id)
        if child >= 0:
            self.child.setCurrentIndex(child)
        setting = self.setting.findData(decision.kind)
        if setting >= 0:
            self.setting.setCurrentIndex(setting)

    def service_call(self) -> Callable[[], Any]:
        committees = self._committees
        data = PlacementInput(self._file_id, self.child.currentData(), self.setting.currentData(),
                              to_date(self.started_on), self.decision.currentData(), self.note.toPlainText().strip())
        return lambda: committees.record_placement(data)


class EndPlacementDialog(ServiceDialog):
    """End a placement: the date (not before it started, not in the future) and the reason."""

    def __init__(self, ops: Ops, committees: CommitteeService, placement: PlacementDTO,
                 parent: QWidget | None = None) -> None:
        title = self.tr("End placement — %1").replace("%1", placement.child.full_name)
        super().__init__(ops, title, parent)
        self.setObjectName("endPlacementDialog")
        self._committees, self._placement = committees, placement
        self.version = placement.version
        self.ended_on = make_date_edit(date.today(), self, minimum=placement.started_on, maximum=date.today())
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        info = QLabel(self.tr("%1 since %2").replace("%1", placement_setting_label(placement.setting))
                      .replace("%2", fmt_date(placement.started_on)), self)
        self.form.addRow(info)
        for caption, field in ((self.tr("&Ended on:"), self.ended_on), (self.tr("&Reason:"), self.reason)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            self.form.addRow(label, field)

    def confirmation(self) -> str | None:
        return self.tr("End the placement? The child's annual review is no longer computed from it.")

    def confirm_button_text(self) -> str:
        return self.tr("End placement")

    def service_call(self) -> Callable[[], Any]:
        committees, pid, version = self._committees, self._placement.id, self.version or self._placement.version
        ended, reason = to_date(self.ended_on), self.reason.text().strip()
        return lambda: committees.end_placement(pid, version, ended, reason)

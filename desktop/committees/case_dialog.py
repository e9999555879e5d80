"""A case on the agenda: the family file (found as in intake's attach dialog: number, family name, ID number
or phone of a member), then the child (the file's children), the reason, who asked for the hearing and the
background report. Editing a case keeps its file and child. While the reason is not urgent and the meeting
is less than 14 days away, the dialog says so (the parents cannot be invited in time); the service's own
refusal shows as the message and the form keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.committees.common import notice_days, notice_too_short, notice_warning, save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import hearing_reason_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date
from desktop.widgets.file_finder import FileFinder
from models.codes import HEARING_REASONS
from models.committees.dto import CaseDTO, CaseInput, MeetingDTO, PersonBrief
from models.errors import DomainError

if TYPE_CHECKING:
    from models.families.dto import FileRow
    from models.services import Services

def age_text(birth: date | None, on: date) -> str:
    if birth is None:
        return ""
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return str(max(years, 0))


class CaseDialog(ServiceDialog):
    """Add a case to ``meeting`` (``case`` None) or edit one. ``saved(CaseDTO)``."""

    def __init__(self, services: Services, ops: Ops, meeting: MeetingDTO, case: CaseDTO | None = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Add a case — meeting of %1") if case is None else self.tr("Case — meeting of %1")).replace(
            "%1", fmt_date(meeting.held_on))
        super().__init__(ops, title, parent)
        self.setObjectName("caseDialog")
        self.resize(760, 560)
        self.services, self.meeting, self.case = services, meeting, case
        self.version = None if case is None else case.version
        self.file_children: list[PersonBrief] = []

        self.finder = FileFinder(services, ops, self, name="case")
        self.query, self.files = self.finder.query, self.finder.files
        self.files.setMaximumHeight(170)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("caseFile")
        self.child = QComboBox(self)
        self.child.setObjectName("caseChild")
        self.child.setEnabled(False)
        self.reason = QComboBox(self)
        self.reason.setObjectName("caseReason")
        for code in HEARING_REASONS:
            self.reason.addItem(hearing_reason_label(code), code)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeWarning")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.notice_label.hide()
        self.requested_by_name = QLineEdit(self)
        self.requested_by_name.setMaxLength(120)
        self.requested_by_role = QLineEdit(self)
        self.requested_by_role.setMaxLength(120)
        self.requested_by_role.setPlaceholderText(self.tr("social worker, psychologist, counsellor, doctor, nurse…"))
        self.background = plain_text_edit(self, 120)

        if case is None:
            self._caption(self.tr("&Find the file:"), self.query)
            self._caption(self.tr("F&amily files:"), self.files)
        else:
            self.query.hide()
            self.files.hide()
            self.file_label.setText(f"{case.file_number} — {case.family_name}")
            self.form.addRow(self.tr("Family file:"), self.file_label)
        self._caption(self.tr("&Child:"), self.child)
        self._caption(self.tr("&Reason:"), self.reason)
        self.form.addRow("", self.notice_label)
        self._caption(self.tr("Re&quested by:"), self.requested_by_name)
        self._caption(self.tr("Their &profession:"), self.requested_by_role)
        self._caption(self.tr("&Background report:"), self.background)
        save_with_ctrl_enter(self, self.submit)

        self.finder.found.connect(self._found)
        self.finder.failed.connect(self._load_failed)
        self.files.itemSelectionChanged.connect(self._file_chosen)
        self.reason.currentIndexChanged.connect(self._reason_changed)

        if case is not None:
            self.child.addItem(case.child.full_name, case.child.id)
            self.reason.setCurrentIndex(max(0, self.reason.findData(case.reason)))
            self.requested_by_name.setText(case.requested_by_name)
            self.requested_by_role.setText(case.requested_by_role)
            self.background.setPlainText(case.background)
            self.reason.setFocus()
        else:
            self.set_ready(False)
            self.query.setFocus()
        self._reason_changed()

    def _caption(self, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search field searches (it must not save the case of the previous search)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier) and (
                self.query.hasFocus() or self.files.hasFocus()):
            if self.files.hasFocus():
                self.child.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- the file and the child --------------------------------------------------------------------------
    def _found(self, rows: list[FileRow]) -> None:
        if not rows:
            self.child.clear()
            self.child.setEnabled(False)
            self.set_ready(False)

    def chosen_file_id(self) -> int | None:
        if self.case is not None:
            return self.case.file_id
        return self.finder.chosen_file_id()

    def _file_chosen(self) -> None:
        file_id = self.chosen_file_id()
        self.child.clear()
        self.child.setEnabled(False)
        self.set_ready(False)
        if file_id is None:
            return
        committees = self.services.committees
        self.ops.query(self, lambda: committees.file_children(file_id), self._children_loaded,
                       failure=self._load_failed, key=("case-children", id(self)))

    def _children_loaded(self, children: list[PersonBrief]) -> None:
        self.file_children = list(children)
        on = self.meeting.held_on
        for c in self.file_children:
            age = age_text(c.birth_date, on)
            self.child.addItem(f"{c.full_name} ({age})" if age else c.full_name, c.id)
        self.child.setEnabled(bool(self.file_children))
        self.set_ready(bool(self.file_children))
        if not self.file_children:
            self.error_label.setText(self.tr("This family file has no children: a hearing is about a child of "
                                             "the file."))
            self.error_label.show()
        else:
            self.error_label.hide()

    def _load_failed(self, exc: DomainError) -> None:
        self.show_error(exc)

    # ---- the 14-day rule ---------------------------------------------------------------------------------
    def _reason_changed(self, *_args: object) -> None:
        reason = self.reason.currentData()
        late = notice_too_short(self.meeting.held_on, reason)
        self.notice_label.setVisible(late)
        if late:
            self.notice_label.setText(notice_warning(notice_days(self.meeting.held_on)))

    def warning_text(self) -> str:
        return self.notice_label.text() if self.notice_label.isVisibleTo(self) else ""

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> CaseInput:
        file_id = self.chosen_file_id()
        assert file_id is not None
        return CaseInput(file_id=file_id, child_id=self.child.currentData(), reason=self.reason.currentData(),
                         requested_by_name=self.requested_by_name.text().strip(),
                         requested_by_role=self.requested_by_role.text().strip(),
                         background=self.background.toPlainText())

    def submit(self) -> None:
        if self.chosen_file_id() is None or self.child.currentData() is None:
            return
        super().submit()

    def service_call(self) -> Callable[[], Any]:
        committees, data, case, version, mid = (self.services.committees, self.value(), self.case, self.version,
                                                self.meeting.id)
        if case is None:
            return lambda: committees.add_case(mid, data)
        assert version is not None
        return lambda: committees.update_case(case.id, version, data)

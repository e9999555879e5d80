"""The forms of a foster-care referral, each a ServiceDialog (saved off the GUI thread; a refused save keeps what
was typed and says why; a conflict offers Reload, after which the owner gives the dialog the referral's new
version):

- ``FosterReferralDialog``: a new referral (the child of the file, the kind, the foster-care service, why and the
  child's needs, the contact arrangements, and the committee decision it carries out, chosen from the child's
  final out-of-home decisions; or, for the youth-law worker, team head and manager only, "Emergency, committee
  to follow" with the emergency's reason) or the details of one (draft to matched);
- ``FosterMoveDialog``: "Move to…" one of the statuses the referral may go to now, on a day (not in the future);
  "placed" asks the foster family's code and locality, "ended" and "rejected" their reason, a move back along
  the pipeline a reason (required);
- ``FosterDecisionDialog``: the committee's decision of an emergency referral, once the committee decided;
- ``FosterDocumentDialog``: a PDF from disk with its kind and title;
- ``FosterVisitDialog``: a visit or a call (day, kind, with whom, a note)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.foster.common import (
    document_kind_label,
    end_reason_label,
    is_backwards,
    kind_label,
    reject_reason_label,
    status_label,
    today,
    visit_kind_label,
)
from desktop.messages import decision_kind_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew, make_date_edit, to_date
from models.codes import (
    FOSTER_DOCUMENT_KINDS,
    FOSTER_EMERGENCY_COMMITTEE_DAYS,
    FOSTER_END_REASONS,
    FOSTER_KINDS,
    FOSTER_REJECT_REASONS,
    FOSTER_VISIT_KINDS,
)
from models.errors import DomainError, ValidationError
from models.foster.dto import DecisionOption, FosterMove, FosterReferralDTO, FosterReferralInput
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.committees.dto import PersonBrief
    from models.services import Services

EMERGENCY = -1  # the decision chooser's "Emergency, committee to follow"
NAME_MAX = 200


def decision_text(option: DecisionOption) -> str:
    """"14/12/2026 · foster family: long-term placement…" (one line)."""
    text = " ".join(option.text.split())
    if len(text) > 90:
        text = text[:89] + "…"
    return f"{fmt_date(option.held_on)} · {decision_kind_label(option.kind)}: {text}"


def _caption(dialog: ServiceDialog, text: str, field: QWidget) -> QLabel:
    caption = QLabel(text, dialog)
    caption.setBuddy(field)
    dialog.form.addRow(caption, field)
    return caption


class FosterReferralDialog(ServiceDialog):
    """A new referral of a child of ``file_id`` (``referral`` None), or the details of ``referral``.
    ``decision``: the committee decision the page's "Create referral" starts from (its child and decision
    chosen). The child's decisions are read when the child is chosen (``ready`` meanwhile)."""

    def __init__(self, services: Services, ops: Ops, file_id: int, parent: QWidget | None = None, *,
                 referral: FosterReferralDTO | None = None, decision: DecisionOption | None = None,
                 family_name: str = "") -> None:
        if referral is not None:
            title = self.tr("Foster referral — %1").replace("%1", referral.child.full_name)
        else:
            title = self.tr("New foster referral") + (f" — {family_name}" if family_name else "")
        super().__init__(ops, title, parent)
        self.setObjectName("fosterReferralDialog")
        self.resize(620, 620)
        self.services, self.file_id, self.referral, self.start = services, file_id, referral, decision
        self.may_emergency = allowed(services.user.role, Action.EMERGENCY_FOSTER)
        self.options: list[DecisionOption] = []
        self.version = referral.version if referral is not None else None

        self.child = QComboBox(self)
        self.child.setObjectName("fosterChild")
        self.kind = QComboBox(self)
        self.kind.setObjectName("fosterKind")
        for code in FOSTER_KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(self.kind.findData("long_term"))
        self._was_emergency = False
        self.decision = QComboBox(self)
        self.decision.setObjectName("fosterDecision")
        self.emergency_reason = plain_text_edit(self, 60)
        self.emergency_reason.setObjectName("emergencyReason")
        self.service = QLineEdit(self)
        self.service.setObjectName("fosterService")
        self.service.setMaxLength(NAME_MAX)
        self.service.setPlaceholderText(self.tr("e.g. the district's foster-care service"))
        self.reason = plain_text_edit(self, 110)
        self.reason.setObjectName("fosterReason")
        self.contact = plain_text_edit(self, 60)
        self.contact.setObjectName("fosterContact")
        self.emergency_note = QLabel(self)
        self.emergency_note.setObjectName("emergencyNote")
        self.emergency_note.setWordWrap(True)
        self.emergency_note.setStyleSheet("color: #8a5a00;")

        _caption(self, self.tr("C&hild:"), self.child)
        if referral is None:
            _caption(self, self.tr("Committee &decision:"), self.decision)
            self.emergency_caption = _caption(self, self.tr("&Emergency reason:"), self.emergency_reason)
            self.form.addRow(self.emergency_note)
        else:
            self.emergency_caption = QLabel(self)
            self.decision.hide()
            self.emergency_reason.hide()
            self.emergency_note.hide()
        _caption(self, self.tr("&Kind:"), self.kind)
        _caption(self, self.tr("Foster-care &service:"), self.service)
        _caption(self, self.tr("&Why foster care, the child's needs:"), self.reason)
        _caption(self, self.tr("C&ontact with the parents:"), self.contact)

        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())
        self.child.currentIndexChanged.connect(lambda _i: self._child_changed())
        save_with_ctrl_enter(self, self.submit)
        if referral is not None:
            self.child.addItem(referral.child.full_name, referral.child.id)
            self.child.setEnabled(False)
            self.kind.setCurrentIndex(max(0, self.kind.findData(referral.kind)))
            self.service.setText(referral.service_name)
            self.reason.setPlainText(referral.reason)
            self.contact.setPlainText(referral.contact_arrangements)
            self.service.setFocus()
        else:
            self.set_ready(False)
            self._load_children()
            self.decision.setFocus()
        self._decision_changed()

    # ---- the child and the decisions -----------------------------------------------------------------------
    def _load_children(self) -> None:
        committees, file_id = self.services.committees, self.file_id
        self.ops.query(self, lambda: committees.file_children(file_id), self._children_loaded,
                       failure=self.show_error)

    def _children_loaded(self, children: Sequence[PersonBrief]) -> None:
        blocked = self.child.blockSignals(True)
        self.child.clear()
        for c in children:
            self.child.addItem(c.full_name, c.id)
        wanted = self.start.child.id if self.start is not None else None
        if wanted is not None and self.child.findData(wanted) >= 0:
            self.child.setCurrentIndex(self.child.findData(wanted))
        self.child.blockSignals(blocked)
        if not children:
            self.error_label.setText(self.tr("The family file has no children: add the child to the file first."))
            self.error_label.show()
            return
        self._child_changed()

    def _child_changed(self) -> None:
        child_id = self.child.currentData()
        if child_id is None or self.referral is not None:
            return
        self.set_ready(False)
        foster, file_id = self.services.foster, self.file_id
        self.ops.query(self, lambda: foster.decision_options(file_id, child_id), self._options_loaded,
                       failure=self._options_failed, key=("foster-options", id(self)))

    def _options_failed(self, exc: DomainError) -> None:
        self.show_error(exc)
        self.set_ready(True)

    def _options_loaded(self, options: Sequence[DecisionOption]) -> None:
        self.options = [o for o in options if not o.has_referral]
        blocked = self.decision.blockSignals(True)
        self.decision.clear()
        if not self.options:
            self.decision.addItem(self.tr("No final out-of-home decision of the committee for this child"), None)
        for o in self.options:
            self.decision.addItem(decision_text(o), o.decision_id)
        if self.may_emergency:
            self.decision.addItem(self.tr("Emergency, committee to follow"), EMERGENCY)
        if self.start is not None and self.decision.findData(self.start.decision_id) >= 0:
            self.decision.setCurrentIndex(self.decision.findData(self.start.decision_id))
        self.decision.blockSignals(blocked)
        self._decision_changed()
        # without a decision only the roles allowed an emergency referral may go on
        self.set_ready(bool(self.options) or self.may_emergency)
        if not self.options and not self.may_emergency:
            self.error_label.setText(self.tr("A referral carries out a final committee decision for an out-of-home "
                                             "placement of the child. In an emergency, the youth-law worker, the "
                                             "team head or the manager makes it before the committee decides."))
            self.error_label.show()

    def emergency(self) -> bool:
        return self.referral is None and self.decision.currentData() == EMERGENCY

    def _decision_changed(self) -> None:
        emergency = self.emergency()
        self.emergency_reason.setVisible(emergency)
        self.emergency_caption.setVisible(emergency)
        if emergency != self._was_emergency and self.referral is None:
            # an emergency without a decision is emergency foster care; back to a decision: long-term by default
            self.kind.setCurrentIndex(self.kind.findData("emergency" if emergency else "long_term"))
        self._was_emergency = emergency
        if emergency:
            due = fmt_date_with_hebrew(today() + timedelta(days=FOSTER_EMERGENCY_COMMITTEE_DAYS))
            self.emergency_note.setText(self.tr("Without a committee decision: the committee must decide by %1. "
                                                "A task to bring the referral to the committee is made for you.")
                                        .replace("%1", due))
        self.emergency_note.setVisible(emergency)

    # ---- saving --------------------------------------------------------------------------------------------
    def data(self) -> FosterReferralInput:
        decision = self.decision.currentData()
        child = self.child.currentData()
        return FosterReferralInput(
            file_id=self.file_id, child_id=int(child) if child is not None else 0, kind=self.kind.currentData(),
            service_name=self.service.text().strip(), reason=self.reason.toPlainText().strip(),
            decision_id=decision if isinstance(decision, int) and decision > 0 else None,
            emergency_reason=self.emergency_reason.toPlainText().strip() if self.emergency() else "",
            contact_arrangements=self.contact.toPlainText().strip(),
            worker_id=self.referral.worker.id if self.referral is not None and self.referral.worker else None)

    def service_call(self) -> Callable[[], Any]:
        foster, data, referral, version = self.services.foster, self.data(), self.referral, self.version
        if referral is None:
            return lambda: foster.create(data)
        assert version is not None
        return lambda: foster.update(referral.id, version, data)


class FosterMoveDialog(ServiceDialog):
    """Move ``referral`` to one of its ``next_statuses``; ``to_status`` preselects one."""

    def __init__(self, services: Services, ops: Ops, referral: FosterReferralDTO, parent: QWidget | None = None,
                 *, to_status: str | None = None) -> None:
        super().__init__(ops, self.tr("Move the referral — %1").replace("%1", referral.child.full_name), parent)
        self.setObjectName("fosterMoveDialog")
        self.services, self.referral = services, referral
        self.version = referral.version
        self.now = QLabel(self)
        self.now.setObjectName("moveNow")
        self.now.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("moveTo")
        self.on = make_date_edit(today(), self, maximum=today())
        self.on.setObjectName("moveOn")
        self.family_code = QLineEdit(self)
        self.family_code.setObjectName("familyCode")
        self.family_code.setMaxLength(40)
        self.locality = QLineEdit(self)
        self.locality.setObjectName("fosterLocality")
        self.locality.setMaxLength(120)
        self.end_reason = QComboBox(self)
        self.end_reason.setObjectName("endReason")
        for code in FOSTER_END_REASONS:
            self.end_reason.addItem(end_reason_label(code), code)
        self.reject_reason = QComboBox(self)
        self.reject_reason.setObjectName("rejectReason")
        for code in FOSTER_REJECT_REASONS:
            self.reject_reason.addItem(reject_reason_label(code), code)
        self.reason = plain_text_edit(self, 70)
        self.reason.setObjectName("moveReason")
        self.backwards_note = QLabel(self.tr("A move back along the pipeline needs a reason."), self)
        self.backwards_note.setObjectName("backwardsNote")
        self.backwards_note.setWordWrap(True)
        self.backwards_note.setStyleSheet("color: #8a5a00;")

        self.form.addRow(self.now)
        _caption(self, self.tr("Move &to:"), self.status)
        self.on_caption = _caption(self, self.tr("&On:"), self.on)
        self.code_caption = _caption(self, self.tr("Foster &family's code:"), self.family_code)
        self.locality_caption = _caption(self, self.tr("&Locality:"), self.locality)
        self.end_caption = _caption(self, self.tr("&Why it ended:"), self.end_reason)
        self.reject_caption = _caption(self, self.tr("Why the service re&jected it:"), self.reject_reason)
        self.reason_caption = _caption(self, self.tr("&Reason:"), self.reason)
        self.form.addRow(self.backwards_note)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        save_with_ctrl_enter(self, self.submit)
        self.set_referral(referral, to_status)
        self.status.setFocus()

    def set_referral(self, referral: FosterReferralDTO, to_status: str | None = None) -> None:
        """The referral as it is now (again after a reload): its statuses offered, what was typed kept."""
        wanted = to_status or self.status.currentData()
        self.referral = referral
        self.now.setText(self.tr("Now: %1 since %2.").replace("%1", status_label(referral.status))
                         .replace("%2", fmt_date(referral.status_on)))
        blocked = self.status.blockSignals(True)
        self.status.clear()
        for code in referral.next_statuses:
            text = status_label(code)
            if is_backwards(referral.status, code):
                text = self.tr("%1 (back)").replace("%1", text)
            self.status.addItem(text, code)
        if wanted is not None and self.status.findData(wanted) >= 0:
            self.status.setCurrentIndex(self.status.findData(wanted))
        self.status.blockSignals(blocked)
        self.set_ready(bool(referral.next_statuses))
        self._status_changed()

    def _status_changed(self) -> None:
        to = self.status.currentData()
        placed, ended, rejected = to == "placed", to == "ended", to == "rejected"
        backwards = to is not None and is_backwards(self.referral.status, to)
        for caption, field, shown in ((self.code_caption, self.family_code, placed),
                                      (self.locality_caption, self.locality, placed),
                                      (self.end_caption, self.end_reason, ended),
                                      (self.reject_caption, self.reject_reason, rejected)):
            caption.setVisible(shown)
            field.setVisible(shown)
        self.backwards_note.setVisible(backwards)
        self.reason_caption.setText(self.tr("&Reason (required):") if backwards else self.tr("&Reason:"))
        if placed:
            self.on_caption.setText(self.tr("Placed &on:"))
        elif ended:
            self.on_caption.setText(self.tr("Ended &on:"))
        else:
            self.on_caption.setText(self.tr("&On:"))

    def the_move(self) -> FosterMove:
        to = self.status.currentData() or ""
        return FosterMove(to_status=to, on=to_date(self.on), reason=self.reason.toPlainText().strip(),
                          foster_family_code=self.family_code.text().strip() if to == "placed" else "",
                          foster_locality=self.locality.text().strip() if to == "placed" else "",
                          end_reason=self.end_reason.currentData() if to == "ended" else "",
                          reject_reason=self.reject_reason.currentData() if to == "rejected" else "")

    def confirmation(self) -> str | None:
        to = self.status.currentData()
        if to in ("ended", "rejected"):
            return (self.tr("Move the referral of %1 to \"%2\"? It cannot be moved again afterwards.")
                    .replace("%1", self.referral.child.full_name).replace("%2", status_label(to)))
        if to == "placed":
            return (self.tr("Record that %1 was placed with foster family %2 on %3? The committee's placement is "
                            "recorded too, and the annual review set.")
                    .replace("%1", self.referral.child.full_name).replace("%2", self.family_code.text().strip())
                    .replace("%3", fmt_date(to_date(self.on))))
        return None

    def confirm_button_text(self) -> str:
        return self.tr("Move")

    def service_call(self) -> Callable[[], Any]:
        foster, rid, version, move = self.services.foster, self.referral.id, self.version, self.the_move()
        assert version is not None
        return lambda: foster.move(rid, version, move)


class FosterDecisionDialog(ServiceDialog):
    """The committee decision an emergency referral carries out, once the committee has decided: its task
    to bring the referral to the committee is then done."""

    def __init__(self, services: Services, ops: Ops, referral: FosterReferralDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Attach the committee decision — %1").replace("%1", referral.child.full_name),
                         parent)
        self.setObjectName("attachDecisionDialog")
        self.services, self.referral = services, referral
        self.version = referral.version
        self.decision = QComboBox(self)
        self.decision.setObjectName("attachDecision")
        self.empty = QLabel(self.tr("The committee has not decided on an out-of-home placement of this child yet "
                                    "(a final protocol). Record its hearing first."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        _caption(self, self.tr("Committee &decision:"), self.decision)
        self.form.addRow(self.empty)
        self.set_ready(False)
        foster, file_id, child_id = services.foster, referral.file_id, referral.child.id
        self.ops.query(self, lambda: foster.decision_options(file_id, child_id), self._loaded,
                       failure=self.show_error)

    def _loaded(self, options: Sequence[DecisionOption]) -> None:
        for o in options:
            if not o.has_referral:
                self.decision.addItem(decision_text(o), o.decision_id)
        self.empty.setVisible(self.decision.count() == 0)
        self.set_ready(self.decision.count() > 0)

    def service_call(self) -> Callable[[], Any]:
        foster, rid, version, decision = (self.services.foster, self.referral.id, self.version,
                                          self.decision.currentData())
        assert version is not None
        return lambda: foster.attach_decision(rid, version, decision)


class FosterDocumentDialog(ServiceDialog):
    """A PDF from disk attached to the referral (its kind and a title; the file chosen with Choose…)."""

    def __init__(self, services: Services, ops: Ops, referral: FosterReferralDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Attach a document — %1").replace("%1", referral.child.full_name), parent)
        self.setObjectName("fosterDocumentDialog")
        self.services, self.referral = services, referral
        self.file_dialog: QFileDialog | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        for code in FOSTER_DOCUMENT_KINDS:
            self.kind.addItem(document_kind_label(code), code)
        self.kind.setCurrentIndex(self.kind.findData("assessment"))
        self.path = QLineEdit(self)
        self.path.setObjectName("documentPath")
        self.path.setPlaceholderText(self.tr("A PDF file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("chooseDocument")
        self.choose_button.clicked.connect(lambda _c=False: self.choose())
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(self.choose_button)
        self.title = QLineEdit(self)
        self.title.setObjectName("documentTitle")
        self.title.setMaxLength(NAME_MAX)
        caption = QLabel(self.tr("&File:"), self)
        caption.setBuddy(self.path)
        self.form.addRow(caption, row)
        _caption(self, self.tr("&Kind:"), self.kind)
        _caption(self, self.tr("&Title:"), self.title)
        save_with_ctrl_enter(self, self.submit)
        self.choose_button.setFocus()

    def choose(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose a PDF document"))
        dialog.setObjectName("chooseDocumentDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same dialog everywhere (tests)
        dialog.fileSelected.connect(self.set_path)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        if not self.title.text().strip():
            self.title.setText(Path(path).stem.replace("_", " "))

    def service_call(self) -> Callable[[], Any]:
        foster, rid = self.services.foster, self.referral.id
        path, kind, title = self.path.text().strip(), self.kind.currentData(), self.title.text().strip()

        def attach() -> Any:
            if not path:
                raise ValidationError("required", field="filename")
            try:
                content = Path(path).read_bytes()
            except OSError as exc:
                raise ValidationError("logo_file_unreadable", field="filename", path=path) from exc
            return foster.add_document(rid, kind, title, Path(path).name, content)

        return attach


class FosterVisitDialog(ServiceDialog):
    """A visit or a call recorded with the referral (not in the future)."""

    def __init__(self, services: Services, ops: Ops, referral: FosterReferralDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Record a visit — %1").replace("%1", referral.child.full_name), parent)
        self.setObjectName("fosterVisitDialog")
        self.services, self.referral = services, referral
        self.on = make_date_edit(today(), self, maximum=today())
        self.on.setObjectName("visitOn")
        self.kind = QComboBox(self)
        self.kind.setObjectName("visitKind")
        for code in FOSTER_VISIT_KINDS:
            self.kind.addItem(visit_kind_label(code), code)
        self.with_whom = QLineEdit(self)
        self.with_whom.setObjectName("visitWith")
        self.with_whom.setMaxLength(NAME_MAX)
        self.note = plain_text_edit(self, 90)
        self.note.setObjectName("visitNote")
        _caption(self, self.tr("&Day:"), self.on)
        _caption(self, self.tr("&Kind:"), self.kind)
        _caption(self, self.tr("&With whom:"), self.with_whom)
        _caption(self, self.tr("&Note:"), self.note)
        save_with_ctrl_enter(self, self.submit)
        self.on.setFocus(Qt.FocusReason.OtherFocusReason)

    def service_call(self) -> Callable[[], Any]:
        foster, rid = self.services.foster, self.referral.id
        on, kind, who, note = (to_date(self.on), self.kind.currentData(), self.with_whom.text().strip(),
                               self.note.toPlainText().strip())
        return lambda: foster.add_visit(rid, on, kind, who, note)

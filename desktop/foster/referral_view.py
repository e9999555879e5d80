"""One foster-care referral in a window of its own (not modal: the page and the file stay usable): the child,
the kind, the foster-care service, the worker and the committee's decision it carries out (or, in an
emergency, a red flag "committee decision missing" with the day the committee must decide by); the status
pipeline as steps (draft, sent, in assessment, family proposed, matched, placed; then ended or rejected), each
with its date and who moved it, and the history of every move with its reason; the placement as the service
reported it and the annual review; the documents attached (add a PDF, open, remove) and the visits.

Actions: Move to… (Ctrl+M), Attach decision… (Ctrl+D, an emergency referral), Edit details… (Ctrl+E), Print
the referral (Ctrl+P: the referral form, the committee's protocol and the documents as one PDF), Placement
summary (Ctrl+Shift+P), Open the family file (Ctrl+O), Close (Esc); Add document… (Ctrl+Shift+A), Open
document (Enter on it), Remove document… (Delete), Record a visit… (Ctrl+Shift+V). It reloads itself when the
referral changes (here, on the page, in the file's tab, or by a colleague's write announced on this client)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.families.dialogs import ServiceDialog, ask
from desktop.foster.common import (
    committee_missing_text,
    document_kind_label,
    end_reason_label,
    fmt_size,
    kind_label,
    reject_reason_label,
    status_label,
    visit_kind_label,
)
from desktop.foster.dialogs import (
    FosterDecisionDialog,
    FosterDocumentDialog,
    FosterMoveDialog,
    FosterReferralDialog,
    FosterVisitDialog,
)
from desktop.foster.printing import FosterPreview, open_document, print_package, print_summary
from desktop.messages import decision_kind_label, message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew
from desktop.widgets.due import is_overdue
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.codes import FOSTER_PIPELINE
from models.errors import DomainError
from models.foster.dto import FosterEventDTO, FosterReferralDTO
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

D = TypeVar("D", bound=ServiceDialog)

STEP_DONE = "#e6f2e6"
STEP_NOW = "#dce8f7"
STEP_LATER = "#f3f3f3"
STEP_STOPPED = "#f9e3e1"
DOC_KIND, DOC_TITLE, DOC_FILE, DOC_SIZE, DOC_BY, DOC_AT = range(6)


def last_event_to(events: tuple[FosterEventDTO, ...], status: str) -> FosterEventDTO | None:
    """The latest move into ``status`` (a step reached twice, after a move back, shows its last day)."""
    return next((e for e in reversed(events) if e.to_status == status), None)


class FosterPipeline(QFrame):
    """The pipeline as a row of steps (right to left in Hebrew and Arabic): each step's name, the day it was
    reached and who moved it; the steps passed tinted green, the current one blue and bold, the ones ahead
    grey; an ended or rejected referral adds its last step in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fosterPipeline")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.steps: dict[str, QLabel] = {}

    def show_referral(self, r: FosterReferralDTO) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.steps = {}
        statuses = list(FOSTER_PIPELINE)
        if r.status in ("ended", "rejected"):
            statuses.append(r.status)
        current = statuses.index(r.status) if r.status in statuses else 0
        if r.status == "rejected":  # rejected before placement: the steps after the last reached are not done
            reached = max((statuses.index(e.from_status) for e in r.events if e.to_status == "rejected"
                           and e.from_status in statuses), default=0)
        else:
            reached = current
        for i, status in enumerate(statuses):
            event = last_event_to(r.events, status)
            lines = [status_label(status)]
            if event is not None and (i <= reached or i == current):
                lines.append(fmt_date(event.moved_on))
                lines.append(event.moved_by)
            label = QLabel("\n".join(lines), self)
            label.setObjectName(f"step_{status}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMinimumWidth(90)
            if i == current:
                colour = STEP_STOPPED if status in ("ended", "rejected") else STEP_NOW
                style = f"background: {colour}; border: 2px solid #2f5d8a; font-weight: bold; padding: 4px;"
                label.setAccessibleDescription(QCoreApplication.translate("Foster", "current step"))
            elif i <= reached:
                style = f"background: {STEP_DONE}; border: 1px solid #5b8c5a; padding: 4px;"
                label.setAccessibleDescription(QCoreApplication.translate("Foster", "done"))
            else:
                style = f"background: {STEP_LATER}; color: #707070; border: 1px dashed #b0b0b0; padding: 4px;"
                label.setAccessibleDescription(QCoreApplication.translate("Foster", "not reached"))
            label.setStyleSheet(style)
            label.setAccessibleName(" ".join(lines))
            self.steps[status] = label
            self.row.addWidget(label, 1)

    def step_text(self, status: str) -> str:
        label = self.steps.get(status)
        return label.text() if label is not None else ""

    def current(self) -> str:
        return next((s for s, label in self.steps.items() if "2px solid" in label.styleSheet()), "")


class FosterReferralView(QDialog):
    """``open_file_requested(file_id)`` asks the main window to open the family file on its foster tab;
    ``loaded`` after each load."""

    open_file_requested = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fosterReferralView")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1100, 760)
        self.services, self.ops, self.referral_id = services, ops, referral_id
        self.referral: FosterReferralDTO | None = None
        self.loading = True
        self.dialog: ServiceDialog | None = None
        self.preview: FosterPreview | None = None
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        role = services.user.role
        self.can_manage = allowed(role, Action.MANAGE_FOSTER)
        self.setWindowTitle(self.tr("Foster referral"))

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("committeeMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.missing_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("referralError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()

        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("The referral"), self)
        grid = QFormLayout(details)
        for key, caption in (("kind", self.tr("Kind:")), ("service", self.tr("Foster-care service:")),
                             ("worker", self.tr("Worker:")), ("status", self.tr("Status:")),
                             ("decision", self.tr("Committee decision:")), ("reason", self.tr("Why foster care:")),
                             ("contact", self.tr("Contact with the parents:"))):
            value = QLabel(details)
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addRow(QLabel(caption, details), value)
            self.fields[key] = value
        placement = QGroupBox(self.tr("Placement"), self)
        pgrid = QFormLayout(placement)
        for key, caption in (("family_code", self.tr("Foster family's code:")), ("locality", self.tr("Locality:")),
                             ("placed_on", self.tr("Placed on:")), ("annual_review", self.tr("Annual review:")),
                             ("ended", self.tr("Ended:"))):
            value = QLabel(placement)
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            pgrid.addRow(QLabel(caption, placement), value)
            self.fields[key] = value
        top = QHBoxLayout()
        top.addWidget(details, 3)
        top.addWidget(placement, 2)

        self.pipeline = FosterPipeline(self)

        # actions of the referral
        self.move_action = ViewAction(self, self.tr("&Move to…"), "Ctrl+M", self.open_move, name="moveReferral")
        self.attach_action = ViewAction(self, self.tr("Attach &decision…"), "Ctrl+D", self.open_attach,
                                        name="attachDecision")
        self.edit_action = ViewAction(self, self.tr("&Edit details…"), "Ctrl+E", self.open_edit, name="editReferral")
        self.print_action = ViewAction(self, self.tr("&Print the referral"), QKeySequence.StandardKey.Print,
                                       self.print_referral, name="printReferral")
        self.summary_action = ViewAction(self, self.tr("Placement &summary"), "Ctrl+Shift+P", self.print_summary,
                                         name="printPlacementSummary")
        self.file_action = ViewAction(self, self.tr("Open the &family file"), "Ctrl+O", self.open_file,
                                      name="openFosterFile")
        self.close_action = ViewAction(self, self.tr("Close"), QKeySequence(Qt.Key.Key_Escape), self.close,
                                       name="closeReferral")
        self.print_action.button.setToolTip(self.tr("The referral form, the committee's protocol and the attached "
                                                    "documents as one PDF (Ctrl+P)"))
        actions = FlowLayout()
        for a in (self.move_action, self.attach_action, self.edit_action, self.print_action, self.summary_action,
                  self.file_action, self.close_action):
            actions.addWidget(a.button)

        # history, documents, visits
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("referralTabs")
        self.events_table = Table([self.tr("Date"), self.tr("Step"), self.tr("From"), self.tr("Moved by"),
                                   self.tr("Reason")], self, stretch=4, sortable=False, name="eventsTable")
        self.events_table.setAccessibleName(self.tr("History"))
        docs = QWidget(self)
        self.documents_table = Table([self.tr("Kind"), self.tr("Title"), self.tr("File"), self.tr("Size"),
                                      self.tr("Added by"), self.tr("Added on")], docs, stretch=DOC_TITLE,
                                     empty_text=self.tr("No documents attached. The committee's protocol is added "
                                                        "to the printed referral by itself."),
                                     name="documentsTable")
        self.documents_table.setAccessibleName(self.tr("Documents"))
        self.documents_table.activated.connect(lambda _i: self.open_selected_document())
        self.documents_table.itemSelectionChanged.connect(self._update_actions)
        self.add_document_action = ViewAction(self, self.tr("&Add document…"), "Ctrl+Shift+A", self.open_add_document,
                                              button_parent=docs, name="addDocument")
        self.open_document_action = ViewAction(self, self.tr("&Open document"), "Ctrl+Shift+O",
                                               self.open_selected_document, button_parent=docs, name="openDocument")
        self.remove_document_action = ViewAction(self, self.tr("&Remove document…"), QKeySequence(Qt.Key.Key_Delete),
                                                 self.remove_document, button_parent=docs, name="removeDocument")
        doc_bar = QHBoxLayout()
        for a in (self.add_document_action, self.open_document_action, self.remove_document_action):
            doc_bar.addWidget(a.button)
        doc_bar.addStretch(1)
        docs_layout = QVBoxLayout(docs)
        docs_layout.addLayout(doc_bar)
        docs_layout.addWidget(self.documents_table, 1)
        visits = QWidget(self)
        self.visits_table = Table([self.tr("Day"), self.tr("Kind"), self.tr("With whom"), self.tr("Note"),
                                   self.tr("Recorded by")], visits, stretch=3,
                                  empty_text=self.tr("No visits recorded."), name="visitsTable")
        self.visits_table.setAccessibleName(self.tr("Visits"))
        self.visit_action = ViewAction(self, self.tr("Record a &visit…"), "Ctrl+Shift+V", self.open_visit,
                                       button_parent=visits, name="addVisit")
        visits_bar = QHBoxLayout()
        visits_bar.addWidget(self.visit_action.button)
        visits_bar.addStretch(1)
        visits_layout = QVBoxLayout(visits)
        visits_layout.addLayout(visits_bar)
        visits_layout.addWidget(self.visits_table, 1)
        self.tabs.addTab(self.events_table, self.tr("History"))
        self.tabs.addTab(docs, self.tr("Documents"))
        self.tabs.addTab(visits, self.tr("Visits"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(self.pipeline)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for a in (self.move_action, self.attach_action, self.edit_action, self.add_document_action,
                  self.remove_document_action, self.visit_action):
            a.setVisible(self.can_manage)
        self._update_actions()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    # ---- loading -------------------------------------------------------------------------------------------
    def refresh(self, then: Callable[[FosterReferralDTO], None] | None = None) -> None:
        foster, rid = self.services.foster, self.referral_id
        self.loading = True

        def arrived(r: FosterReferralDTO) -> None:
            self.show_referral(r)
            if then is not None:
                then(r)

        self.ops.query(self, lambda: foster.referral(rid), arrived, failure=self._failed,
                       key=("foster-referral", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.show_error(exc)
        self.loaded.emit()

    def show_error(self, exc: DomainError) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if self.referral_id in changes.foster:
            self.refresh()

    def show_referral(self, r: FosterReferralDTO) -> None:
        self.loading = False
        self.referral = r
        self.error_label.hide()
        age = "" if r.age_years is None else self.tr(", %n year(s)", "", r.age_years)
        self.setWindowTitle(self.tr("Foster referral — %1").replace("%1", r.child.full_name))
        self.title.setText(self.tr("Foster referral: %1%2 · file %3 · %4").replace("%1", r.child.full_name)
                           .replace("%2", age).replace("%3", r.file_number).replace("%4", r.family_name))
        if r.committee_missing:
            text = committee_missing_text()
            if r.committee_due_on is not None:
                text = self.tr("Committee decision missing: the committee must decide by %1.").replace(
                    "%1", fmt_date_with_hebrew(r.committee_due_on))
                if is_overdue(r.committee_due_on):
                    text += " · " + QCoreApplication.translate("Due", "overdue")
            self.missing_label.setText(text)
        self.missing_label.setVisible(r.committee_missing)
        f = self.fields
        f["kind"].setText(kind_label(r.kind))
        f["service"].setText(r.service_name)
        f["worker"].setText(r.worker.full_name if r.worker is not None else "")
        status = self.tr("%1 since %2").replace("%1", status_label(r.status)).replace("%2", fmt_date(r.status_on))
        if r.status_reason:
            status += f" — {r.status_reason}"
        f["status"].setText(status)
        if r.decision is not None:
            f["decision"].setText(f"{decision_kind_label(r.decision.kind)} ({fmt_date(r.decision.held_on)}): "
                                  f"{r.decision.text}")
            f["decision"].setStyleSheet("")
        else:
            f["decision"].setText(self.tr("None yet (emergency): %1").replace("%1", r.emergency_reason))
            f["decision"].setStyleSheet("color: #a61b1b;")
        f["reason"].setText(r.reason)
        f["contact"].setText(r.contact_arrangements or self.tr("not recorded"))
        f["family_code"].setText(r.foster_family_code)
        f["locality"].setText(r.foster_locality)
        f["placed_on"].setText(fmt_date_with_hebrew(r.placed_on))
        review = fmt_date_with_hebrew(r.annual_review_on)
        if r.annual_review_on is not None and r.open and is_overdue(r.annual_review_on):
            review += " · " + QCoreApplication.translate("Due", "overdue")
        f["annual_review"].setText(review)
        ended = ""
        if r.ended_on is not None:
            ended = f"{fmt_date(r.ended_on)} · {end_reason_label(r.end_reason)}"
        elif r.reject_reason:
            ended = self.tr("rejected: %1").replace("%1", reject_reason_label(r.reject_reason))
        f["ended"].setText(ended)
        self.pipeline.show_referral(r)

        self.events_table.set_rows([[Item(fmt_date(e.moved_on), i), Item(status_label(e.to_status), i),
                                     Item(status_label(e.from_status) if e.from_status else self.tr("created"), i),
                                     Item(e.moved_by, i), Item(e.reason, i)]
                                    for i, e in enumerate(r.events)])
        self.events_table.resizeRowsToContents()
        selected = self.selected_document_id()
        self.documents_table.set_rows([[Item(document_kind_label(d.kind), d.id), Item(d.title, d.id),
                                        Item(d.filename, d.id), Item(fmt_size(d.size), d.id, d.size),
                                        Item(d.added_by, d.id),
                                        Item(fmt_date(d.added_at.date()), d.id, d.added_at.isoformat())]
                                       for d in r.documents])
        ids = [d.id for d in r.documents]
        if ids:
            select_row(self.documents_table, ids.index(selected) if selected in ids else 0)
        self.visits_table.set_rows([[Item(fmt_date(v.visited_on), v.id, v.visited_on.toordinal()),
                                     Item(visit_kind_label(v.kind), v.id), Item(v.with_whom, v.id),
                                     Item(v.note, v.id), Item(v.recorded_by, v.id)] for v in r.visits])
        self.visits_table.resizeRowsToContents()
        self.tabs.setTabText(1, self.tr("Documents (%1)").replace("%1", str(len(r.documents))))
        self.tabs.setTabText(2, self.tr("Visits (%1)").replace("%1", str(len(r.visits))))
        self._update_actions()
        self.loaded.emit()

    # ---- the actions ---------------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        r = self.referral
        self.move_action.setEnabled(r is not None and bool(r.next_statuses))
        self.attach_action.setEnabled(r is not None and r.decision is None and r.open)
        self.attach_action.setVisible(self.can_manage and (r is None or r.decision is None))
        self.edit_action.setEnabled(r is not None and r.status in ("draft", "sent", "assessment", "proposed",
                                                                   "matched"))
        self.print_action.setEnabled(r is not None)
        self.summary_action.setEnabled(r is not None)
        self.file_action.setEnabled(r is not None)
        has_doc = self.selected_document_id() is not None
        self.open_document_action.setEnabled(has_doc)
        self.remove_document_action.setEnabled(has_doc)
        self.add_document_action.setEnabled(r is not None)
        self.visit_action.setEnabled(r is not None and r.status == "placed")
        self.visit_action.button.setToolTip(self.tr("Visits are recorded once the child is placed (Ctrl+Shift+V)"))

    def _open(self, dialog: D, reload_version: bool = True) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if reload_version:
            dialog.reload_requested.connect(lambda: self._reload_into(dialog))
        self.dialog = dialog
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self._after_dialog))
        dialog.open()
        return dialog

    def _after_dialog(self) -> None:
        if self.isVisible():
            self.activateWindow()

    def _reload_into(self, dialog: ServiceDialog) -> None:
        """After a conflict (a colleague moved or changed the referral): read it again, show it and give the
        dialog its new version; what the user typed stays (a move dialog offers the statuses allowed now)."""

        def arrived(r: FosterReferralDTO) -> None:
            if isinstance(dialog, FosterMoveDialog):
                dialog.set_referral(r)
            dialog.set_version(r.version)

        self.refresh(then=arrived)

    def open_move(self, to_status: str | None = None) -> FosterMoveDialog | None:
        r = self.referral
        if r is None or not self.can_manage or not r.next_statuses:
            return None
        return self._open(FosterMoveDialog(self.services, self.ops, r, self, to_status=to_status))

    def open_attach(self) -> FosterDecisionDialog | None:
        r = self.referral
        if r is None or not self.can_manage or r.decision is not None:
            return None
        return self._open(FosterDecisionDialog(self.services, self.ops, r, self))

    def open_edit(self) -> FosterReferralDialog | None:
        r = self.referral
        if r is None or not self.can_manage:
            return None
        return self._open(FosterReferralDialog(self.services, self.ops, r.file_id, self, referral=r))

    def open_add_document(self) -> FosterDocumentDialog | None:
        r = self.referral
        if r is None or not self.can_manage:
            return None
        self.tabs.setCurrentIndex(1)
        return self._open(FosterDocumentDialog(self.services, self.ops, r, self), reload_version=False)

    def open_visit(self) -> FosterVisitDialog | None:
        r = self.referral
        if r is None or not self.can_manage or r.status != "placed":
            return None
        self.tabs.setCurrentIndex(2)
        return self._open(FosterVisitDialog(self.services, self.ops, r, self), reload_version=False)

    def selected_document_id(self) -> int | None:
        row = self.documents_table.currentRow()
        item = self.documents_table.item(row, DOC_TITLE) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def open_selected_document(self) -> FosterPreview | None:
        r, did = self.referral, self.selected_document_id()
        if r is None or did is None:
            return None
        doc = next((d for d in r.documents if d.id == did), None)
        title = doc.title if doc is not None else ""
        self.preview = open_document(self, self.services, self.ops, r.id, r.file_id, did, title)
        return self.preview

    def remove_document(self) -> QMessageBox | None:
        r, did = self.referral, self.selected_document_id()
        if r is None or did is None or not self.can_manage:
            return None
        doc = next((d for d in r.documents if d.id == did), None)
        foster = self.services.foster
        text = self.tr("Remove the document \"%1\" from the referral?").replace("%1", doc.title if doc else "")

        def remove() -> None:
            self.ops.write(self, lambda: foster.remove_document(did), failure=self.show_error)

        self.confirm_box = ask(self, self.tr("Remove document"), text, self.tr("Remove"), remove)
        return self.confirm_box

    def print_referral(self) -> FosterPreview | None:
        r = self.referral
        if r is None:
            return None
        self.preview = print_package(self, self.services, self.ops, r.id, r.child.full_name)
        return self.preview

    def print_summary(self) -> FosterPreview | None:
        r = self.referral
        if r is None:
            return None
        self.preview = print_summary(self, self.services, self.ops, r.id, r.child.full_name)
        return self.preview

    def open_file(self) -> None:
        if self.referral is not None:
            self.open_file_requested.emit(self.referral.file_id)


def created_message(parent: QWidget, referral: FosterReferralDTO) -> QMessageBox | None:
    """After an emergency referral was made without a committee decision: Maane says a task was made and by
    when the committee must decide."""
    if referral.committee_due_on is None:
        return None
    text = (QCoreApplication.translate("Foster", "The referral was made without a committee decision. A task was "
                                                 "made for you: bring it to the committee by %1.")
            .replace("%1", fmt_date_with_hebrew(referral.committee_due_on)))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Foster", "Emergency referral"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("emergencyCreatedBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def open_referral(parent: QWidget, services: Services, ops: Ops, referral_id: int,
                  open_file: Callable[[int], None] | None = None) -> FosterReferralView:
    """The referral's window, parented to the main window (it stays open when the screen that asked changes)."""
    view = FosterReferralView(services, ops, referral_id, parent.window())
    if open_file is not None:
        view.open_file_requested.connect(open_file)
    view.show()
    return view

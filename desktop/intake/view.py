"""A referral (פנייה): everything recorded, its age and the date by which it needs an outcome, and what can be
done next: for an open one the outcomes (open a family file, attach to an existing file, refer elsewhere,
no intervention) and "Edit"; for one waiting for hand-over, "Hand over"; for any, "Print intake summary";
for one referred elsewhere, "Print referral letter". Loads off the GUI thread; reloads when it changes
anywhere (``changes.referrals``). Escape goes back to the queue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import ServiceDialog, ask
from desktop.intake.outcomes import (
    AttachDialog,
    HandOverDialog,
    NoInterventionDialog,
    OpenFileDialog,
    ReferElsewhereDialog,
)
from desktop.intake.printing import (
    INTAKE_SUMMARY,
    REFERRAL_LETTER,
    IntakePreview,
    open_intake_form,
    referral_language,
)
from desktop.intake.referral_form import ReferralDialog
from desktop.messages import (
    channel_label,
    elsewhere_service_label,
    message_for,
    no_intervention_label,
    outcome_label,
    referral_status_label,
    relation_label,
    source_label,
    urgency_label,
)
from desktop.ops import Ops
from desktop.printing.summary_dialog import LANGUAGE_NAMES
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import OVERDUE_COLOR
from desktop.widgets.duplicates import candidate_name
from desktop.widgets.tables import Item, Table, with_count
from models.changes import Changes
from models.errors import DomainError
from models.intake.dto import ReferralDTO
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

D = TypeVar("D", bound=ServiceDialog)


class ReferralView(QWidget):
    """``back_requested``: Escape; ``open_file_requested(file_id)``: the file the referral led to;
    ``loaded``: each time the referral has been (re)loaded."""

    back_requested = Signal()
    open_file_requested = Signal(int, str)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, referral_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralView")
        self.services, self.ops, self.referral_id = services, ops, referral_id
        self.referral: ReferralDTO | None = None
        self.dialog: ServiceDialog | None = None
        self.preview: IntakePreview | None = None
        self.question: QMessageBox | None = None

        self.back = ViewAction(self, self.tr("Back to the queue"), QKeySequence(Qt.Key.Key_Escape),
                               self.back_requested.emit, name="backButton")
        self.title = QLabel(self)
        self.title.setObjectName("referralTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("referralStatus")
        self.age_label = QLabel(self)
        self.age_label.setObjectName("referralAge")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("referralError")
        self.error_label.setStyleSheet(f"color: {OVERDUE_COLOR};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # what was recorded; every value on the reading side, whatever its own direction (a date, an English
        # word), so the column reads as one
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        align = ((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
                 | Qt.AlignmentFlag.AlignVCenter)
        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("The referral"), self)
        form = QFormLayout(details)
        for key, caption in (("received", self.tr("Received:")), ("channel", self.tr("Channel:")),
                             ("source", self.tr("Source:")), ("referrer", self.tr("Referrer:")),
                             ("urgency", self.tr("Urgency:")), ("due", self.tr("Outcome due by:")),
                             ("worker", self.tr("Intake worker:")), ("problem", self.tr("Presenting problem:")),
                             ("notes", self.tr("Notes:"))):
            label = QLabel(details)
            label.setObjectName(f"field_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(align)
            self.fields[key] = label
            form.addRow(caption, label)
        self.persons = Table([self.tr("Person"), self.tr("ID number"), self.tr("Birth date"), self.tr("Relation")],
                             self, stretch=0, sortable=False, name="referralViewPersons")
        self.persons.setAccessibleName(self.tr("Persons concerned"))
        self.persons.setMaximumHeight(140)
        outcome_box = QGroupBox(self.tr("Outcome"), self)
        outcome_form = QFormLayout(outcome_box)
        for key, caption in (("outcome", self.tr("Outcome:")), ("decided", self.tr("Decided on:")),
                             ("file", self.tr("Family file:")), ("detail", self.tr("Details:")),
                             ("handed", self.tr("Handed to:"))):
            label = QLabel(outcome_box)
            label.setObjectName(f"field_{key}")
            label.setWordWrap(True)
            label.setAlignment(align)
            self.fields[key] = label
            outcome_form.addRow(caption, label)

        # what can be done
        self.edit_action = ViewAction(self, self.tr("&Edit…"), "Ctrl+E", self.edit, name="editReferral")
        self.open_file_action = ViewAction(self, self.tr("Open a family &file…"), "Ctrl+Shift+F", self.open_new_file,
                                           name="openFileOutcome")
        self.attach_action = ViewAction(self, self.tr("&Attach to an existing file…"), "Ctrl+Shift+A", self.attach,
                                        name="attachOutcome")
        self.elsewhere_action = ViewAction(self, self.tr("&Refer elsewhere…"), "Ctrl+Shift+R", self.refer_elsewhere,
                                           name="elsewhereOutcome")
        self.no_intervention_action = ViewAction(self, self.tr("&No intervention…"), "Ctrl+Shift+N",
                                                 self.no_intervention, name="noInterventionOutcome")
        self.hand_over_action = ViewAction(self, self.tr("&Hand over…"), "Ctrl+Shift+H", self.hand_over,
                                           name="handOver")
        self.go_to_file_action = ViewAction(self, self.tr("Go to the family file"), "Ctrl+G", self.go_to_file,
                                            name="goToFile")
        # a referral attached to a file, passed to the youth-law forum as a report (issue 11; desktop.forum)
        self.forum_action = ViewAction(self, self.tr("Send to the &youth-law forum…"), "Ctrl+Shift+Y",
                                       self.send_to_forum, name="sendToForum")
        self.summary_action = ViewAction(self, self.tr("Print intake &summary…"), QKeySequence.StandardKey.Print,
                                         lambda: self.print_form(INTAKE_SUMMARY), name="printSummary")
        self.letter_action = ViewAction(self, self.tr("Print referral &letter…"), "Ctrl+Shift+L",
                                        lambda: self.print_form(REFERRAL_LETTER), name="printLetter")
        self.language = QComboBox(self)
        self.language.setObjectName("printLanguage")
        self.language.setAccessibleName(self.tr("Language of the printed form"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.outcome_actions = (self.open_file_action, self.attach_action, self.elsewhere_action,
                                self.no_intervention_action)

        top = QHBoxLayout()
        top.addWidget(self.back.button)
        top.addWidget(self.title)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.age_label)
        top.addWidget(self.busy_bar)
        actions = QHBoxLayout()
        for a in (self.edit_action, *self.outcome_actions, self.hand_over_action, self.go_to_file_action,
                  self.forum_action):
            actions.addWidget(a.button)
        actions.addStretch(1)
        printing = QHBoxLayout()
        printing.addWidget(self.summary_action.button)
        printing.addWidget(self.letter_action.button)
        language_caption = QLabel(self.tr("Lan&guage:"), self)
        language_caption.setBuddy(self.language)
        printing.addWidget(language_caption)
        printing.addWidget(self.language)
        printing.addStretch(1)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(details)
        body_layout.addWidget(self.persons)
        body_layout.addWidget(outcome_box)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addLayout(printing)
        layout.addWidget(scroll, 1)
        for a in (*self.outcome_actions, self.edit_action, self.hand_over_action, self.go_to_file_action,
                  self.letter_action, self.summary_action, self.forum_action):
            a.setVisible(False)
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.reload()

    # ---- loading -----------------------------------------------------------------------------------------
    def reload(self) -> None:
        intake, rid = self.services.intake, self.referral_id
        self.busy_bar.show()
        self.ops.query(self, lambda: intake.get(rid), self.show_referral, failure=self._failed,
                       key=("referral", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _changed(self, changes: Changes, origin: object) -> None:
        if self.referral_id in changes.referrals:
            self.reload()

    def show_referral(self, r: ReferralDTO) -> None:
        self.busy_bar.hide()
        self.error_label.hide()
        self.referral = r
        today = date.today()
        self.title.setText(self.tr("Referral %1").replace("%1", r.number))
        status = referral_status_label(r.status)
        if r.overdue(today):
            status += " · " + self.tr("overdue")
        self.status_label.setText(status)
        self.status_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if r.overdue(today) else "")
        age = r.age_days(today)
        self.age_label.setText(with_count(self.tr("Received %n day(s) ago", "", age), age))
        f = self.fields
        f["received"].setText(fmt_date(r.received_on))
        f["channel"].setText(channel_label(r.channel))
        f["source"].setText(source_label(r.source))
        ref = r.referrer
        f["referrer"].setText(" · ".join(x for x in (ref.name, ref.role, ref.organisation, ref.phone) if x) or "—")
        f["urgency"].setText(urgency_label(r.urgency))
        f["due"].setText(fmt_date(r.due_by))
        f["due"].setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if r.overdue(today) else "")
        f["worker"].setText(r.intake_worker.full_name)
        f["problem"].setText(r.problem)
        f["notes"].setText(r.notes or "—")
        rows = []
        for p in r.persons:
            born, number = Item(fmt_date(p.person.birth_date)), Item(p.person.id_number or "")
            for cell in (born, number):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            # the name in Hebrew, and in Arabic and Latin letters where recorded
            rows.append([Item(candidate_name(p.person), p.person.id), number, born, Item(relation_label(p.relation))])
        self.persons.set_rows(rows)
        f["outcome"].setText(outcome_label(r.outcome) if r.outcome else self.tr("no outcome yet"))
        f["decided"].setText(fmt_date(r.decided_on) or "—")
        f["file"].setText(r.file_number or "—")
        detail = ""
        if r.outcome == "referred_elsewhere":
            detail = " · ".join(x for x in (elsewhere_service_label(r.elsewhere_service), r.elsewhere_detail) if x)
        elif r.outcome == "no_intervention":
            detail = no_intervention_label(r.no_intervention_reason)
        if r.outcome_note:
            detail = f"{detail} — {r.outcome_note}" if detail else r.outcome_note
        f["detail"].setText(detail or "—")
        f["handed"].setText(r.handed_to.full_name if r.handed_to else "—")
        is_open = r.status == "open"
        for a in self.outcome_actions:
            a.setVisible(is_open)
        self.edit_action.setVisible(is_open)
        self.hand_over_action.setVisible(r.status == "awaiting_handover")
        self.go_to_file_action.setVisible(r.file_id is not None)
        self.forum_action.setVisible(r.file_id is not None and allowed(self.services.user.role, Action.REPORT_RISK))
        self.summary_action.setVisible(True)
        self.letter_action.setVisible(r.outcome == "referred_elsewhere")
        self.language.setCurrentIndex(max(0, self.language.findData(referral_language(r))))
        self.loaded.emit()

    # ---- actions -----------------------------------------------------------------------------------------
    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.reload_requested.connect(lambda: self._reload_into(dialog))
        focus = self.focusWidget()
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self._after_dialog(focus)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_dialog(self, focus: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return  # the view went (another referral opened) while the dialog was open
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        elif self.isVisible():
            self.setFocus()

    def _reload_into(self, dialog: ServiceDialog) -> None:
        intake, rid = self.services.intake, self.referral_id

        def got(r: ReferralDTO) -> None:
            self.show_referral(r)
            dialog.set_version(r.version)

        self.ops.query(self, lambda: intake.get(rid), got, failure=dialog.show_error)

    def edit(self) -> ReferralDialog | None:
        if self.referral is None or self.referral.status != "open":
            return None
        return self._open(ReferralDialog(self.services, self.ops, self, referral=self.referral))

    def open_new_file(self) -> OpenFileDialog | None:
        if self.referral is None or self.referral.status != "open":
            return None
        return self._open(OpenFileDialog(self.services, self.ops, self.referral, self))

    def attach(self) -> AttachDialog | None:
        if self.referral is None or self.referral.status != "open":
            return None
        return self._open(AttachDialog(self.services, self.ops, self.referral, self))

    def refer_elsewhere(self) -> ReferElsewhereDialog | None:
        if self.referral is None or self.referral.status != "open":
            return None
        dialog = self._open(ReferElsewhereDialog(self.services, self.ops, self.referral, self))
        dialog.saved.connect(self._offer_letter)
        return dialog

    def _offer_letter(self, r: ReferralDTO) -> None:
        self.show_referral(r)
        self.question = ask(self, self.tr("Referral letter"),
                            self.tr("The referral is closed as referred elsewhere. Print the referral letter now?"),
                            self.tr("Print the letter"), self._print_letter)

    def _print_letter(self) -> None:
        self.print_form(REFERRAL_LETTER)

    def no_intervention(self) -> NoInterventionDialog | None:
        if self.referral is None or self.referral.status != "open":
            return None
        return self._open(NoInterventionDialog(self.services, self.ops, self.referral, self))

    def hand_over(self) -> HandOverDialog | None:
        if self.referral is None or self.referral.status != "awaiting_handover":
            return None
        return self._open(HandOverDialog(self.services, self.ops, self.referral, self))

    def send_to_forum(self) -> QWidget | None:
        """The referral, attached to a file, to the youth-law forum's agenda (desktop.forum.referral_dialog)."""
        r = self.referral
        if r is None or r.file_id is None or not allowed(self.services.user.role, Action.REPORT_RISK):
            return None
        from desktop.forum.referral_dialog import ForumReferralDialog

        return self._open(ForumReferralDialog(self.services, self.ops, r, self))

    def go_to_file(self) -> None:
        if self.referral is not None and self.referral.file_id is not None:
            self.open_file_requested.emit(self.referral.file_id, "")

    def print_form(self, form: str) -> IntakePreview | None:
        r = self.referral
        if r is None or (form == REFERRAL_LETTER and r.outcome != "referred_elsewhere"):
            return None
        self.preview = open_intake_form(self.services, self.ops, r, form, self.language.currentData(), self.window())
        return self.preview

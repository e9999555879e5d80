"""The invitations of a meeting, in one batch: a checklist of the meeting's participants, case by case
(checked by default: those not yet invited; the parents first), the 14-day rule said before trying (the
parents of a non-urgent case with less than 14 days left); Preview builds the letters as ONE PDF, each
letter in its addressee's language (``reports.forms.committee_invitation``), shown in the print preview
with Print and Save; once printed or saved, ``record_invitations`` writes the sending date on each
participant (and the service audits a print of each family's letters). A refusal of the service (the
notice too short) is shown as the message and the checklist stays as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.committees.common import announcing, notice_days, notice_too_short, notice_warning
from desktop.messages import (
    hearing_reason_label,
    invitation_method_label,
    letter_language_label,
    message_for,
    participant_kind_label,
)
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date
from models.committees.dto import InvitationBatch, MeetingDTO, ParticipantDTO
from models.errors import DomainError

if TYPE_CHECKING:
    from desktop.printing.preview import PreviewWindow
    from models.services import Services

FORM = "committee_invitation"
(C_NAME, C_KIND, C_LANGUAGE, C_METHOD, C_INVITED) = range(5)
ROW_HEIGHT = 26


def default_checked(p: ParticipantDTO) -> bool:
    return p.invited_on is None


def in_order(participants: tuple[ParticipantDTO, ...]) -> list[ParticipantDTO]:
    """The parents first, then the others, each group in the order they were added."""
    return sorted(participants, key=lambda p: (not p.is_parent, p.id))


class InvitationsDialog(QDialog):
    """``recorded(list[ParticipantDTO])`` once the batch printed or saved is recorded."""

    recorded = Signal(object)

    def __init__(self, services: Services, ops: Ops, meeting: MeetingDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsDialog")
        self.setWindowTitle(self.tr("Invitations — meeting of %1").replace("%1", fmt_date(meeting.held_on)))
        self.resize(820, 520)
        self.services, self.ops, self.meeting = services, ops, meeting
        self.items: dict[int, QTreeWidgetItem] = {}
        self.preview: PreviewWindow | None = None
        self.batch: InvitationBatch | None = None
        self.last_error: DomainError | None = None

        intro = QLabel(self.tr("Each letter is printed in its addressee's language. The date sent is recorded "
                               "once the letters are printed or saved."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("invitationList")
        self.tree.setAccessibleName(self.tr("Participants to invite"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Language"), self.tr("Method"),
                                   self.tr("Invited on")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        caption = QLabel(self.tr("&Participants:"), self)
        caption.setBuddy(self.tree)
        for case in meeting.cases:
            head = QTreeWidgetItem(self.tree, [f"{case.child.full_name} — {case.file_number} "
                                               f"({hearing_reason_label(case.reason)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            head.setSizeHint(0, QSize(0, ROW_HEIGHT))
            for p in in_order(case.participants):
                item = QTreeWidgetItem(head, [p.name, participant_kind_label(p.kind), letter_language_label(p.language),
                                              invitation_method_label(p.method), fmt_date(p.invited_on)])
                item.setData(0, Qt.ItemDataRole.UserRole, p.id)
                item.setSizeHint(0, QSize(0, ROW_HEIGHT))  # Hebrew and Arabic rows the same height
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if default_checked(p) else Qt.CheckState.Unchecked)
                self.items[p.id] = item
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(C_NAME, header.ResizeMode.Stretch)
        for col in (C_KIND, C_LANGUAGE, C_METHOD, C_INVITED):
            header.setSectionResizeMode(col, header.ResizeMode.ResizeToContents)

        self.all_button = QPushButton(self.tr("Check &all"), self)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("Check &none"), self)
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("invitationCount")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeWarning")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.notice_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setAccessibleName(self.tr("Preparing the letters…"))
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = self.buttons.addButton(self.tr("Pre&view the letters…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("previewInvitations")
        self.preview_button.setDefault(True)
        self.buttons.accepted.connect(self.open_preview)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(caption)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.tree.itemChanged.connect(lambda _i, _c: self._update())
        self._update()
        name_widgets(self)
        first = next(iter(self.items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    # ---- the checklist -----------------------------------------------------------------------------------
    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.items.values():
            item.setCheckState(0, state)

    def set_checked(self, participant_id: int, checked: bool) -> None:
        self.items[participant_id].setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        """The checked participants, in the list's order (case by case, parents first)."""
        return [pid for pid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def late_parents(self) -> list[ParticipantDTO]:
        """The checked parents of non-urgent cases whose notice would be under 14 days if sent today."""
        chosen = set(self.chosen())
        return [p for c in self.meeting.cases if notice_too_short(self.meeting.held_on, c.reason)
                for p in c.participants if p.is_parent and p.id in chosen]

    def _update(self) -> None:
        n = len(self.chosen())
        self.count_label.setText(self.tr("%n letter(s)", "", n))
        self.preview_button.setEnabled(n > 0)
        late = self.late_parents()
        self.notice_label.setVisible(bool(late))
        if late:
            names = ", ".join(p.name for p in late)
            self.notice_label.setText(notice_warning(notice_days(self.meeting.held_on)) + " "
                                      + self.tr("Parents concerned: %1.").replace("%1", names))

    # ---- the batch ---------------------------------------------------------------------------------------
    def open_preview(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        committees, mid = self.services.committees, self.meeting.id
        self.error_label.hide()
        self.busy_bar.show()
        self.preview_button.setEnabled(False)
        self.ops.query(self, lambda: committees.invitation_batch(mid, ids), lambda b: self._batch_ready(b, ids),
                       failure=self._failed)

    def _failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self._update()

    def _batch_ready(self, batch: InvitationBatch, ids: list[int]) -> None:
        self.busy_bar.hide()
        self._update()
        self.batch = batch
        self.preview = open_invitations_preview(self.services, self.ops, self.meeting, batch, ids, self)
        self.preview.output_recorded.connect(lambda _kind: self.recorded.emit(ids))


def open_invitations_preview(services: Services, ops: Ops, meeting: MeetingDTO, batch: InvitationBatch,
                             ids: list[int], parent: QWidget | None = None) -> PreviewWindow:
    """The letters of ``batch`` in the print preview; its print or save records the invitations of ``ids``."""
    from desktop.printing.jobs import Printed
    from desktop.printing.preview import PreviewWindow

    chosen = set(ids)
    file_ids = tuple(sorted({c.file_id for c in meeting.cases if any(p.id in chosen for p in c.participants)}))

    def build() -> Printed:
        from reports.forms import committee_invitation

        return Printed(committee_invitation.build(batch, "he"), FORM, file_ids)

    class InvitationsPreview(PreviewWindow):
        def _record(self, kind: str) -> None:
            committees, mid = services.committees, meeting.id
            self.ops.write(self, announcing(lambda: committees.record_invitations(mid, ids, kind), mid),
                           lambda _r: self.output_recorded.emit(kind),
                           failure=lambda exc: self.show_error(message_for(exc)))

    title = QCoreApplication.translate("Invitations", "Invitations — meeting of %1").replace(
        "%1", fmt_date(meeting.held_on))
    window = InvitationsPreview(services, ops, build, parent, title=title)
    window.setObjectName("invitationsPreview")
    window.show()
    return window

"""The Therapy tab of the family file (טיפולים): the family's referrals to the therapy centre, the open ones
first, then the newest: who (a child, a parent, the family), the kind, the status, the referral date and how
long it waited, the therapist, the sessions held, the end and its reason, who referred; the selected
referral's reason and course below the table. "Refer to therapy…" (Ctrl+Shift+H) opens the referral form
for those who refer (REFER_THERAPY), on an open file. Shown to the roles that read the referrals
(VIEW_THERAPY). Loads off the GUI thread when the tab is first shown, and again whenever the file view
reloads (a referral's change names its file: the file view reloads itself for it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.families.tabs.base import FileTab
from desktop.messages import message_for
from desktop.therapy.common import days_text, end_reason_label, kind_label, status_label, who_text
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table
from models.errors import DomainError
from models.families.dto import FileDetail
from models.roles import Action, allowed
from models.therapy.dto import TherapyReferralDTO

if TYPE_CHECKING:
    from desktop.families.file_view import FileView
    from desktop.therapy.dialogs import ReferDialog
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser

(COL_WHO, COL_KIND, COL_STATUS, COL_REFERRED, COL_WAITED, COL_THERAPIST, COL_SESSIONS, COL_ENDED,
 COL_BY) = range(9)
STATUS_ORDER = {"waiting": 0, "in_treatment": 1, "ended": 2}


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.VIEW_THERAPY)


class TherapyTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.can_refer = allowed(view.services.user.role, Action.REFER_THERAPY)
        self.referrals: tuple[TherapyReferralDTO, ...] = ()
        self.loaded_once = False
        self.loading = False
        self.dialog: QWidget | None = None

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("therapySummary")
        self.summary_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("therapyTabError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.refer_action = ViewAction(view, self.tr("Refer to &therapy…"), "Ctrl+Shift+H", self.open_refer,
                                       button_parent=self, name="referTherapy")
        self.refer_action.setVisible(self.can_refer)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.refer_action.button)

        self.table = Table([self.tr("Who"), self.tr("Kind"), self.tr("Status"), self.tr("Referred on"),
                            self.tr("Waited"), self.tr("Therapist"), self.tr("Sessions"), self.tr("Ended"),
                            self.tr("Referred by")], self, stretch=COL_ENDED,
                           empty_text=self.tr("Nobody of the family was referred to the therapy centre."),
                           name="therapyTable")
        self.table.setAccessibleName(self.tr("Therapy referrals"))
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("therapyDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail_label, 1)

    # ---- loading -----------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        self.refer_action.setEnabled(detail.file.status == "open")
        if self.loaded_once or self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded_once:
            self.load()

    def load(self) -> None:
        self.loaded_once = True
        self.loading = True
        therapy, file_id = self.view.services.therapy, self.view.file_id
        self.view.ops.query(self, lambda: therapy.file_referrals(file_id), self.show_referrals, failure=self._failed,
                            key=("file-therapy", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def show_referrals(self, referrals: tuple[TherapyReferralDTO, ...]) -> None:
        self.loading = False
        self.error_label.hide()
        selected = self.selected()
        self.referrals = referrals
        rows = []
        for r in referrals:
            waited = Item(days_text(r.waiting_days), r.id, r.waiting_days)
            ended = ""
            if r.ended_on is not None:
                ended = f"{fmt_date(r.ended_on)} · {end_reason_label(r.end_reason)}"
            sessions = Item(str(r.sessions_held) if r.started_on else "", r.id, r.sessions_held)
            sessions.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rows.append([Item(who_text(r.person_name, r.subject), r.id), Item(kind_label(r.kind), r.id),
                         Item(status_label(r.status), r.id, STATUS_ORDER.get(r.status, 9)),
                         Item(fmt_date(r.referred_on), r.id, r.referred_on.toordinal()), waited,
                         Item(r.therapist, r.id), sessions, Item(ended, r.id), Item(r.referred_by_name, r.id)])
        self.table.set_rows(rows)
        waiting = sum(1 for r in referrals if r.status == "waiting")
        treating = sum(1 for r in referrals if r.status == "in_treatment")
        self.summary_label.setText(self.tr("Waiting: %1 · In treatment: %2").replace("%1", str(waiting))
                                   .replace("%2", str(treating)) if referrals else "")
        if referrals:
            ids = [r.id for r in referrals]
            self.table.setCurrentCell(ids.index(selected.id) if selected is not None and selected.id in ids else 0, 0)
        self._show_selected()

    def selected(self) -> TherapyReferralDTO | None:
        item = self.table.item(self.table.currentRow(), 0)
        rid = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.referrals if r.id == rid), None)

    def _show_selected(self) -> None:
        """The selected referral's reason and course, in full."""
        r = self.selected()
        if r is None:
            self.detail_label.clear()
            return
        lines = [self.tr("Reason: %1").replace("%1", r.reason)]
        if r.started_on is not None:
            lines.append(self.tr("In treatment with %1 since %2 (waited %3); %4 sessions held.")
                         .replace("%1", r.therapist).replace("%2", fmt_date(r.started_on))
                         .replace("%3", days_text(r.waiting_days)).replace("%4", str(r.sessions_held)))
        if r.ended_on is not None:
            end = self.tr("Ended on %1: %2.").replace("%1", fmt_date(r.ended_on)).replace(
                "%2", end_reason_label(r.end_reason))
            lines.append(f"{end} {r.end_note}".strip())
        self.detail_label.setText("\n".join(lines))

    # ---- actions -----------------------------------------------------------------------------------------
    def open_refer(self) -> ReferDialog | None:
        detail = self.view.detail
        if not self.can_refer or detail is None or detail.file.status != "open":
            return None
        from desktop.therapy.dialogs import ReferDialog

        dialog = ReferDialog(self.view.services, self.view.ops, self.view.file_id, self.view)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, lambda: self.view._after_dialog(self.table)))
        dialog.open()
        return dialog

    def focus_target(self) -> QWidget:
        return self.table

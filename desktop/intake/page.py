"""The intake page: the queue, and the open referral in its place (Escape goes back to the queue). A new
referral (Ctrl+N) is a dialog over the queue; once saved it opens, so the worker can decide its outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.intake.queue import IntakeQueueView
from desktop.intake.referral_form import ReferralDialog
from desktop.intake.view import ReferralView
from desktop.ops import Ops
from models.intake.dto import ReferralDTO

if TYPE_CHECKING:
    from models.services import Services


class IntakePage(QStackedWidget):
    """``open_file_requested(file_id, tab)``: the referral's family file, for the main window to show."""

    open_file_requested = Signal(int, str)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.services, self.ops = services, ops
        self.queue = IntakeQueueView(services, ops, self)
        self.queue.open_requested.connect(self.open_referral)
        self.queue.new_requested.connect(self.new_referral)
        self.addWidget(self.queue)
        self.view: ReferralView | None = None
        self.form: ReferralDialog | None = None

    def new_referral(self) -> ReferralDialog:
        dialog = ReferralDialog(self.services, self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._created)
        self.form = dialog
        dialog.open()
        return dialog

    def _created(self, referral: ReferralDTO) -> None:
        view = self.open_referral(referral.id)
        view.show_referral(referral)

    def open_referral(self, referral_id: int) -> ReferralView:
        if self.view is not None:
            self.removeWidget(self.view)
            self.view.deleteLater()
        self.view = ReferralView(self.services, self.ops, referral_id, self)
        self.view.back_requested.connect(self.back_to_queue)
        self.view.open_file_requested.connect(self.open_file_requested)
        self.addWidget(self.view)
        self.setCurrentWidget(self.view)
        self.view.setFocus()
        return self.view

    def back_to_queue(self) -> None:
        self.setCurrentWidget(self.queue)
        self.queue.table.setFocus()

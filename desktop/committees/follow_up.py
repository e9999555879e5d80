"""The committee follow-up page (מעקב ועדה): the committee tasks whose due date has passed (the most overdue
first, the days overdue in red) and the children's reviews due within the next FOLLOW_UP_DAYS days or overdue
(from the last final protocol's next review, or computed from an open placement: the annual review). Enter or
a double-click opens the family file; F5 reloads; it reloads itself when a meeting, a task or a file changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for, placement_setting_label
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import mark_overdue
from desktop.widgets.tables import Item, Table, with_count
from models.changes import Changes
from models.codes import FOLLOW_UP_DAYS
from models.committees.dto import FollowUp
from models.errors import DomainError

if TYPE_CHECKING:
    from models.services import Services

TASK_DAYS, TASK_FILE, TASK_CHILD, TASK_TITLE, TASK_RESPONSIBLE, TASK_MEETING = range(6)
REVIEW_DUE, REVIEW_CHILD, REVIEW_FILE, REVIEW_SOURCE, REVIEW_SCHEDULED = range(5)


class FollowUpView(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file."""

    open_file_requested = Signal(int)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("committeeFollowUp")
        self._services, self._ops = services, ops
        self.follow_up: FollowUp | None = None
        self.loading = False
        title = QLabel(self.tr("Committee follow-up"), self)
        title.setObjectName("pageTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Refresh") + " (F5)")
        self.refresh_button.setShortcut(Qt.Key.Key_F5)
        self.refresh_button.clicked.connect(self.refresh)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("followUpError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        tasks_box = QGroupBox(self.tr("Overdue committee tasks"), self)
        self.tasks_count = QLabel(tasks_box)
        self.tasks_table = Table([self.tr("Days overdue"), self.tr("File no."), self.tr("Child"), self.tr("Task"),
                                  self.tr("Responsible"), self.tr("Meeting")], tasks_box, stretch=TASK_TITLE,
                                 empty_text=self.tr("No overdue committee tasks"), name="overdueTasksTable")
        self.tasks_table.setAccessibleName(self.tr("Overdue committee tasks"))
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.addWidget(self.tasks_count)
        tasks_layout.addWidget(self.tasks_table, 1)

        reviews_box = QGroupBox(self.tr("Reviews due in the next %n day(s)", "", FOLLOW_UP_DAYS), self)
        self.reviews_count = QLabel(reviews_box)
        self.reviews_table = Table([self.tr("Due"), self.tr("Child"), self.tr("File no."), self.tr("Source"),
                                    self.tr("Scheduled")], reviews_box, stretch=REVIEW_SOURCE,
                                   empty_text=self.tr("No reviews due"), name="reviewsDueTable")
        self.reviews_table.setAccessibleName(self.tr("Reviews due"))
        reviews_layout = QVBoxLayout(reviews_box)
        reviews_layout.addWidget(self.reviews_count)
        reviews_layout.addWidget(self.reviews_table, 1)

        for table in (self.tasks_table, self.reviews_table):
            table.itemDoubleClicked.connect(self._open_item)
            table.activated.connect(lambda index, t=table: self._open_item(t.item(index.row(), index.column())))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(tasks_box, 1)
        layout.addWidget(reviews_box, 1)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    def refresh(self) -> None:
        committees = self._services.committees
        self.loading = True
        self.busy_bar.show()
        self._ops.query(self, committees.follow_up, self._show, failure=self._failed, key=("follow-up", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, f: FollowUp) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        self.follow_up = f
        rows = []
        for t in f.overdue_tasks:
            days = Item(self.tr("%n day(s)", "", t.days_overdue), t.file_id, t.days_overdue)
            mark_overdue(days)
            days.setToolTip(self.tr("Due %1").replace("%1", fmt_date(t.due_on)))
            title = Item(t.title, t.file_id)
            title.setToolTip(t.title)
            rows.append([days, Item(t.file_number, t.file_id), Item(t.child_name, t.file_id), title,
                         Item(t.responsible_name, t.file_id),
                         Item(fmt_date(t.held_on), t.file_id, t.held_on.toordinal())])
        self.tasks_table.set_rows(rows)
        n = len(f.overdue_tasks)
        text = (self.tr("The %n most overdue task(s) of more", "", n) if f.more_tasks
                else self.tr("%n overdue task(s)", "", n))
        self.tasks_count.setText(with_count(text, n))
        rows = []
        for r in f.reviews:
            due = Item(fmt_date(r.due_on), r.file_id, r.due_on.toordinal())
            if r.due_on < f.today:
                due.setText(fmt_date(r.due_on) + " · " + self.tr("overdue"))
                mark_overdue(due)
            if r.source == "placement":
                source = self.tr("annual review of a placement (%1)").replace("%1", placement_setting_label(r.setting))
            else:
                source = self.tr("the last protocol's next review")
            if r.last_hearing_on is not None:
                source += " · " + self.tr("last heard %1").replace("%1", fmt_date(r.last_hearing_on))
            scheduled = Item(self.tr("scheduled") if r.scheduled_meeting_id is not None else "", r.file_id,
                             0 if r.scheduled_meeting_id is not None else 1)
            rows.append([due, Item(r.child_name, r.file_id),
                         Item(f"{r.file_number} · {r.family_name}", r.file_id, r.file_number), Item(source, r.file_id),
                         scheduled])
        self.reviews_table.set_rows(rows)
        n = len(f.reviews)
        text = (self.tr("The %n soonest review(s) of more", "", n) if f.more_reviews
                else self.tr("%n review(s) due", "", n))
        self.reviews_count.setText(with_count(text, n))
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.meetings or changes.tasks or changes.files:
            self.refresh()

    def _open_item(self, item: QTableWidgetItem | None) -> None:
        if item is None:
            return
        file_id = item.data(Qt.ItemDataRole.UserRole)
        if file_id is not None:
            self.open_file_requested.emit(int(file_id))

"""My open tasks (המשימות שלי): soonest due first; Enter or double-click opens the file on its Tasks tab;
tick to mark done. Loads off the GUI thread and refreshes itself when a task or a file changes anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.due import due_text, is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table, with_count
from models.changes import Changes
from models.errors import DomainError
from models.tasks.dto import TaskDTO

if TYPE_CHECKING:
    from models.services import Services

COL_DONE, COL_FILE, COL_FAMILY, COL_TASK, COL_DUE = range(5)


class MyTasksView(QWidget):
    """``open_file_requested(file_id, tab)`` asks the main window to open a file on a tab."""

    open_file_requested = Signal(int, str)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._tasks: dict[int, TaskDTO] = {}
        self.loading = False
        title = QLabel(self.tr("My open tasks"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskCount")
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
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("Done"), self.tr("File no."), self.tr("Family"), self.tr("Task"), self.tr("Due")],
                           self, stretch=COL_TASK, empty_text=self.tr("No open tasks"), name="myTasksTable")
        self.table.setAccessibleName(self.tr("My open tasks"))
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemDoubleClicked.connect(self._open_item)
        self.table.activated.connect(lambda index: self._open_item(self.table.item(index.row(), index.column())))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.count_label)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    def refresh(self) -> None:
        tasks = self._services.tasks
        self.loading = True
        self.busy_bar.show()
        self._ops.query(self, tasks.my_open_tasks, self._show, failure=self._failed, key=("my-tasks", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _show(self, tasks: list[TaskDTO]) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        self._tasks = {t.id: t for t in tasks}
        rows = []
        for t in tasks:
            done = Item("", t.id, 0)
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Done"))
            due = Item(due_text(t.due_date), t.id, t.due_date.toordinal() if t.due_date else 10**7)
            if is_overdue(t.due_date):
                mark_overdue(due)
            title = Item(t.title, t.id)
            if t.description:
                title.setToolTip(t.description)
            rows.append([done, Item(t.file_number, t.id), Item(t.family_name, t.id), title, due])
        self.table.set_rows(rows)
        self.count_label.setText(with_count(self.tr("%n open task(s)", "", len(tasks)), len(tasks)))
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.tasks or changes.files:
            self.refresh()

    def _task(self, item: QTableWidgetItem | None) -> TaskDTO | None:
        return None if item is None else self._tasks.get(item.data(Qt.ItemDataRole.UserRole))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        t = self._task(item)
        if item.column() != COL_DONE or t is None or item.checkState() != Qt.CheckState.Checked:
            return
        tasks = self._services.tasks

        def refused(exc: DomainError) -> None:
            self._failed(exc)
            self.refresh()

        self._ops.write(self, lambda: tasks.set_done(t.id, t.version, True), failure=refused)

    def _open_item(self, item: QTableWidgetItem | None) -> None:
        t = self._task(item)
        if t is not None and item is not None and item.column() != COL_DONE:
            self.open_file_requested.emit(t.file_id, "tasks")

"""The file's tasks: tick to mark done (or not done), add a task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.families.dialogs import TaskDialog
from desktop.families.tabs.base import FileTab
from desktop.widgets.actions import ViewAction
from desktop.widgets.due import due_text, is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table
from models.families.dto import FileDetail
from models.tasks.dto import TaskDTO

if TYPE_CHECKING:
    from desktop.families.file_view import FileView


class TasksTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.tasks: dict[int, TaskDTO] = {}
        self.table = Table([QCoreApplication.translate("FileView", "Done"),
                            QCoreApplication.translate("FileView", "Task"),
                            QCoreApplication.translate("FileView", "Due"),
                            QCoreApplication.translate("FileView", "Assignee")], self, stretch=1,
                           empty_text=self.tr("No tasks in this file."), name="tasksTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Tasks"))
        self.table.itemChanged.connect(self._item_changed)
        self.new_action = ViewAction(view, QCoreApplication.translate("FileView", "New task"), "Ctrl+T",
                                     self.open_new_task, button_parent=self)
        self.new_task_button = self.new_action.button
        bar = QHBoxLayout()
        bar.addWidget(self.new_task_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.can_tick = False

    def show_detail(self, detail: FileDetail) -> None:
        self.tasks = {t.id: t for t in detail.tasks}
        self.can_tick = detail.can.manage_tasks
        rows = []
        for t in detail.tasks:
            done = Item("", t.id, (t.done, t.id))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.can_tick:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            done.setFlags(flags)
            done.setCheckState(Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.AccessibleTextRole, QCoreApplication.translate("FileView", "Done"))
            due = Item(due_text(t.due_date, t.done), t.id, t.due_date.toordinal() if t.due_date else 10**7)
            if is_overdue(t.due_date, t.done):
                mark_overdue(due)
            title = Item(t.title, t.id)
            if t.description:
                title.setToolTip(t.description)
            rows.append([done, title, due, Item(t.assignee_name, t.id)])
        self.table.set_rows(rows)
        self.new_action.setVisible(detail.can.manage_tasks)

    def is_done_shown(self, task_id: int) -> bool:
        """Is the task ticked in the table (what the user sees)?"""
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == task_id:
                return item.checkState() == Qt.CheckState.Checked
        raise KeyError(task_id)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        task = self.tasks.get(item.data(Qt.ItemDataRole.UserRole))
        if task is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        if done == task.done:
            return
        tasks = self.view.services.tasks
        self.view.write(lambda: tasks.set_done(task.id, task.version, done))

    def open_new_task(self) -> TaskDialog | None:
        if self.view.detail is None or not self.new_action.action.isEnabled():
            return None
        d = TaskDialog(self.view.ops, self.view.services.tasks, self.view.file_id, self.view)
        return self.view.open_dialog(d, self.table)

    def focus_target(self) -> QWidget:
        return self.table

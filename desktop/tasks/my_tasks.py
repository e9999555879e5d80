"""My open tasks (המשימות שלי): soonest due first; double-click opens the file; tick to mark done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.widgets.dates import fmt_date
from models.errors import DomainError


class MyTasksView(QWidget):
    open_file_requested = Signal(int)
    task_changed = Signal(int)  # file id

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = []
        self.count_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Done"), self.tr("File no."), self.tr("Task"),
                                              self.tr("Due")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemDoubleClicked.connect(self._double_clicked)
        heading = QLabel(self.tr("My open tasks"), self)
        self.table.setAccessibleName(heading.text())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._tasks = self._services.tasks.my_open_tasks()
        except DomainError as exc:
            self.error_label.setText(message_for(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        today = date.today()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for t in self._tasks:
            r = self.table.rowCount()
            self.table.insertRow(r)
            done = QTableWidgetItem()
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.UserRole, t.id)
            self.table.setItem(r, 0, done)
            for c, text in enumerate((t.file_number, t.title, fmt_date(t.due_date)), start=1):
                it = QTableWidgetItem(text)
                it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                it.setData(Qt.ItemDataRole.UserRole, t.id)
                if t.due_date is not None and t.due_date < today:
                    it.setForeground(QBrush(QColor("#a61b1b")))
                self.table.setItem(r, c, it)
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("%n open task(s)", "", len(self._tasks)))

    def _task(self, item: QTableWidgetItem):
        return next((t for t in self._tasks if t.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        t = self._task(item)
        if item.column() != 0 or t is None or item.checkState() != Qt.CheckState.Checked:
            return
        try:
            self._services.tasks.set_done(t.id, t.version, True)
        except DomainError as exc:
            self.error_label.setText(message_for(exc))
            self.error_label.show()
        else:
            self.task_changed.emit(t.file_id)
        self.refresh()

    def _double_clicked(self, item: QTableWidgetItem) -> None:
        t = self._task(item)
        if t is not None:
            self.open_file_requested.emit(t.file_id)

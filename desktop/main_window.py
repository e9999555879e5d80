"""The main window: navigation on the leading side, the modules that exist, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.families.file_view import FileView
from desktop.families.list_view import FamilyListView
from desktop.messages import role_label
from desktop.tasks.my_tasks import MyTasksView
from models.roles import Action, allowed


class MainWindow(QMainWindow):
    """``sign_out_requested`` asks the application to close this window and show the login again."""

    sign_out_requested = Signal()

    def __init__(self, services, database_label: str, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._settings = settings
        user = services.user
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Maane — %1 (%2)").replace("%1", user.full_name).replace("%2", role_label(user.role)))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(170)
        self.pages = QStackedWidget(self)
        self.family_list: FamilyListView | None = None
        self.families_stack: QStackedWidget | None = None
        self.file_view: FileView | None = None
        self.my_tasks: MyTasksView | None = None

        if allowed(user.role, Action.VIEW_FILES):
            self.families_stack = QStackedWidget(self)
            self.family_list = FamilyListView(services, self.families_stack)
            self.family_list.open_file_requested.connect(self.open_file)
            self.families_stack.addWidget(self.family_list)
            self._add_page(self.tr("Family files"), self.families_stack)
            esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.family_list)
            esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            esc.activated.connect(self.family_list.clear_search)
        if allowed(user.role, Action.MANAGE_TASKS):
            self.my_tasks = MyTasksView(services, self)
            self.my_tasks.open_file_requested.connect(self.open_file)
            self._add_page(self.tr("My tasks"), self.my_tasks)
        if self.nav.count() == 0:
            empty = QLabel(self.tr("Your role has no case-work modules in this version of Maane."), self)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._add_page(self.tr("Welcome"), empty)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)  # first = leading side: the right in a right-to-left layout
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(self.tr("&File"))
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.addAction(self.sign_out_action)
        self.exit_action = QAction(self.tr("Exit"), self)
        self.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.exit_action.triggered.connect(self.close)
        menu.addAction(self.exit_action)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)

        notice = QLabel(self.tr("Access to this information is recorded in the access log "
                                "(Privacy Protection Regulations)."), self)
        notice.setObjectName("accessNotice")
        self.database_label = QLabel(database_label, self)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(notice, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self.resize(1200, 760)
        if settings is not None:
            geometry = settings.value("main_window/geometry")
            if isinstance(geometry, QByteArray | bytes):
                self.restoreGeometry(geometry)
            state = settings.value("main_window/state")
            if isinstance(state, QByteArray | bytes):
                self.restoreState(state)

    def _add_page(self, title: str, widget: QWidget) -> None:
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.nav)

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    # ---- family files ----------------------------------------------------------------------------------
    def show_families(self) -> None:
        if self.families_stack is None:
            return
        self.nav.setCurrentRow(self.pages.indexOf(self.families_stack))
        self.families_stack.setCurrentWidget(self.family_list)

    def focus_search(self) -> None:
        if self.family_list is None:
            return
        self.show_families()
        self.family_list.focus_search()

    def open_file(self, file_id: int) -> FileView:
        if self.file_view is not None:
            self.families_stack.removeWidget(self.file_view)
            self.file_view.deleteLater()
        self.file_view = FileView(self.services, file_id, self.families_stack)
        self.file_view.back_requested.connect(self.back_to_list)
        self.file_view.file_changed.connect(self._file_changed)
        self.families_stack.addWidget(self.file_view)
        self.nav.setCurrentRow(self.pages.indexOf(self.families_stack))
        self.families_stack.setCurrentWidget(self.file_view)
        return self.file_view

    def back_to_list(self) -> None:
        self.show_families()
        self.family_list.table.setFocus()

    def _file_changed(self, _file_id: int) -> None:
        if self.family_list is not None:
            self.family_list.model.refresh()
        if self.my_tasks is not None:
            self.my_tasks.refresh()

    # ---- closing -----------------------------------------------------------------------------------------
    def save_state(self) -> None:
        if self._settings is not None:
            self._settings.setValue("main_window/geometry", self.saveGeometry())
            self._settings.setValue("main_window/state", self.saveState())
            self._settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

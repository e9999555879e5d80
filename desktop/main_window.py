"""The main window: navigation on the leading side, built from the list of features (``desktop.features``),
menus, a status bar that says when the client is working. One ``Ops`` per signed-in window: every view and
dialog gets it through its constructor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from desktop.features import FEATURES, Feature
from desktop.messages import message_for, role_label
from desktop.ops import Ops
from desktop.widgets.mnemonics import add_layout_mnemonics
from models.errors import DomainError
from models.roles import allowed

if TYPE_CHECKING:
    from models.services import Services


def default_size(available: QSize) -> QSize:
    """1200 x 760 on a large screen; on a small or scaled one (a 1080p screen at 150% leaves about 1280 x 680)
    at most 95% of what the screen offers, so the window's edges and status bar stay on the screen."""
    return QSize(min(1200, int(available.width() * 0.95)), min(760, int(available.height() * 0.95)))


class MainWindow(QMainWindow):
    """``sign_out_requested`` asks the application to close this window and show the login again."""

    sign_out_requested = Signal()

    def __init__(self, services: Services, ops: Ops, database_label: str, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, features: list[Feature] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._settings = settings
        self.message_box: QMessageBox | None = None
        user = services.user
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Maane — %1 (%2)").replace("%1", user.full_name).replace("%2", role_label(user.role)))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(170)
        self.pages = QStackedWidget(self)
        self.feature_pages: dict[str, QWidget] = {}
        for feature in FEATURES if features is None else features:
            if feature.permission is None or allowed(user.role, feature.permission):
                page = feature.factory(self)
                self.feature_pages[feature.key] = page
                self._add_page(feature.title(), page)
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
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.addAction(self.sign_out_action)
        self.exit_action = QAction(self.tr("E&xit"), self)
        self.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.exit_action.triggered.connect(self.close)
        menu.addAction(self.exit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.nav.count()):
            action = QAction(self.nav.item(row).text(), self)
            if row < 9:  # Ctrl+1 .. Ctrl+9: the first nine sections (a manager has more)
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
            go.addAction(action)
        if self.family_list is not None:
            find = QAction(self.tr("&Find a family"), self)
            find.setShortcut(QKeySequence.StandardKey.Find)
            find.triggered.connect(self.focus_search)
            go.addAction(find)
        else:
            QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        self.layout_mnemonics = add_layout_mnemonics(self.menuBar())

        notice = QLabel(self.tr("Access to this information is recorded in the access log "
                                "(Privacy Protection Regulations)."), self)
        notice.setObjectName("accessNotice")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(100, 10)
        self.busy_bar.setAccessibleName(self.tr("Working…"))
        self.busy_bar.hide()
        self.database_label = QLabel(database_label, self)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(notice, 1)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.database_label)
        ops.busy_changed.connect(self.busy_bar.setVisible)
        ops.domain_error.connect(self.show_domain_error)

        self.resize(default_size(self.screen().availableGeometry().size()))
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

    def show_page(self, key: str) -> QWidget | None:
        page = self.feature_pages.get(key)
        if page is not None:
            self.nav.setCurrentRow(self.pages.indexOf(page))
        return page

    # ---- the modules of this version -----------------------------------------------------------------
    @property
    def families_page(self):
        return self.feature_pages.get("families")

    @property
    def family_list(self):
        page = self.families_page
        return page.family_list if page is not None else None

    @property
    def file_view(self):
        page = self.families_page
        return page.file_view if page is not None else None

    @property
    def families_stack(self):
        return self.families_page

    @property
    def my_tasks(self):
        return self.feature_pages.get("my_tasks")

    def show_families(self) -> None:
        page = self.families_page
        if page is not None:
            self.show_page("families")
            page.show_list()

    def focus_search(self) -> None:
        if self.family_list is None:
            return
        self.show_families()
        self.family_list.focus_search()

    def open_file(self, file_id: int, tab: str | None = None):
        page = self.families_page
        if page is None:
            return None
        self.show_page("families")
        return page.open_file(file_id, tab or None)

    def back_to_list(self) -> None:
        if self.families_page is not None:
            self.show_page("families")
            self.families_page.back_to_list()

    # ---- refusals no form asked for ------------------------------------------------------------------
    def show_domain_error(self, exc: DomainError) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Maane"), message_for(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("domainErrorBox")
        self.message_box = box
        box.open()

    # ---- closing -----------------------------------------------------------------------------------------
    def save_state(self) -> None:
        if self._settings is not None:
            self._settings.setValue("main_window/geometry", self.saveGeometry())
            self._settings.setValue("main_window/state", self.saveState())
            self._settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

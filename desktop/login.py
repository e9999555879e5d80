"""The login dialog (SQLite: Maane's own accounts; PostgreSQL: the staff member's database login) and the
connection dialog shown when the database cannot be reached.

Both talk to the database off the GUI thread (desktop.ops): while the answer is awaited the dialog shows it
is busy and the window keeps painting."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.ops import Op, Ops
from desktop.widgets.a11y import name_widgets
from models.address import DatabaseAddress
from models.errors import (
    AccountLocked,
    AuthenticationFailed,
    DatabaseUnavailable,
    DomainError,
    ValidationError,
)

log = logging.getLogger(__name__)


def describe_database(address: DatabaseAddress) -> str:
    """A short description of the database for the status bar and dialogs (no password)."""
    code, p = address.describe()
    if code == "sqlite_file":
        return QCoreApplication.translate("LoginDialog", "SQLite file: %1").replace("%1", p["path"])
    if code == "sqlite_memory":
        return QCoreApplication.translate("LoginDialog", "SQLite file: %1").replace("%1", ":memory:")
    host = f"[{p['host']}]" if ":" in p["host"] else p["host"]
    return QCoreApplication.translate("LoginDialog", "PostgreSQL server %1:%2, database %3").replace(
        "%1", host).replace("%2", p["port"]).replace("%3", p["database"])


def _fit_height(dialog: QDialog, *, shrink: bool = False) -> None:
    """Grow the dialog to the height its layout needs at its width (a wrapped message takes more lines):
    the fields keep their size instead of being squeezed. ``shrink``: also drop the height that the size
    hint reserved for wrapping at a narrower width (when first shown)."""
    layout = dialog.layout()
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    if need > dialog.height() or (shrink and need < dialog.height()):
        dialog.resize(dialog.width(), need)


class Details(QWidget):
    """A "Details" disclosure: the database driver's own words (English, technical), hidden until asked
    for, selectable for copying to the administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("detailsToggle")
        self.toggle.setText(self.tr("Details"))
        self.toggle.setAccessibleName(self.tr("Show the technical details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.NoArrow)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("detailsText")
        self.text.setAccessibleName(self.tr("Technical details"))
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setMaximumHeight(90)
        self.text.hide()
        self.toggle.toggled.connect(self._toggled)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        lay.addWidget(self.text)
        self._toggled(False)

    def set_details(self, text: str) -> None:
        self.text.setPlainText(text.strip())
        self.toggle.setChecked(False)
        self.setVisible(bool(text.strip()))

    def _toggled(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setText(("▾ " if shown else "▸ ") + self.tr("Details"))
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            _fit_height(window)


class LoginDialog(QDialog):
    """``signed_in(SignedIn)`` fires on success (``models.users.auth.SignedIn``: db, user, address).
    The sign-in runs on the pool: ``attempt()`` returns at once. The dialog stays open on a failure with the
    user name kept and the password cleared and focused."""

    signed_in = Signal(object)

    def __init__(self, address: DatabaseAddress, db: Any = None, parent: QWidget | None = None, *,
                 ops: Ops | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self.db = db  # SQLite: the open database, if any; the sign-in opens it otherwise
        self.postgres = not address.is_sqlite
        # not a child of the dialog: an answer that arrives after the dialog closed still finds its Ops
        self.ops = ops or Ops()
        # a bug in the sign-in goes to the error hook (no failure callback): the dialog must not stay busy
        self.ops.busy_changed.connect(self._ops_idle)
        self.op: Op | None = None
        self._closed = False
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Maane — sign in"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Maane"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("Department of social services — case management"), self)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        user_label = QLabel(self.tr("User name:"), self)
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("Password:"), self)
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)
        self.server_label = QLabel(describe_database(address), self)
        self.server_label.setObjectName("serverLabel")
        self.server_label.setWordWrap(True)
        form.addRow(self.tr("Database:"), self.server_label)
        if self.postgres and address.username != "postgres":
            self.username.setText(address.username)

        self.busy_label = QLabel(self.tr("Signing in…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        self.details = Details(self)
        self.details.hide()
        notice = QLabel(self.tr("Access is personal. Every access to the information is recorded."), self)
        notice.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.exit_button = self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details)
        layout.addWidget(notice)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        name_widgets(self)
        (self.password if self.username.text() else self.username).setFocus()

    @property
    def busy(self) -> bool:
        return self.op is not None and not self.op.finished

    def attempt(self) -> Op | None:
        """Start signing in with what is typed (on the pool). Returns the op, or None when nothing was
        started (no user name typed, or an attempt is already running). ``signed_in`` fires on success."""
        if self.busy:
            return None
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._fail(self.tr("Please type your user name."), keep_password=True)
            self.username.setFocus()
            return None
        address, db = self.address, self.db

        def sign_in() -> Any:
            from models.users import auth

            return auth.sign_in(address, username, password, db=db)

        self._set_busy(True)
        self.op = self.ops.query(self, sign_in, self._signed_in, failure=self._refused)
        return self.op

    def _ops_idle(self, busy: bool) -> None:
        if not busy:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.username, self.password, self.sign_in_button):
            w.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.error_label.hide()
            self.details.hide()
        else:
            self.unsetCursor()

    def _signed_in(self, session: Any) -> None:
        self._set_busy(False)
        if self._closed:  # the user left while the server answered
            if session.db is not self.db:
                session.db.dispose()
            return
        self.error_label.hide()
        self.signed_in.emit(session)
        self.accept()

    def _refused(self, exc: DomainError) -> None:
        self._set_busy(False)
        if self._closed:
            return
        detail = ""
        if isinstance(exc, AuthenticationFailed | AccountLocked) and exc.params.get("meant"):
            self.username.setText(str(exc.params["meant"]))  # what the keys typed on the English layout
        if isinstance(exc, DatabaseUnavailable):
            detail = str(exc.params.get("detail", ""))
        self._fail(message_for(exc), detail=detail)

    def _fail(self, text: str, *, keep_password: bool = False, detail: str = "") -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.details.set_details(detail)
        if not keep_password:
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        _fit_height(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        _fit_height(self, shrink=True)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)


class ConnectionDialog(QDialog):
    """Says what failed and lets the user edit the database: a SQLite file, or a PostgreSQL server.
    ``retry_requested(DatabaseAddress)`` asks the application to try again (it checks the database off the
    GUI thread and calls ``set_busy``/``set_error``); Quit rejects."""

    retry_requested = Signal(object)

    def __init__(self, address: DatabaseAddress, error: DomainError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectionDialog")
        self.setWindowTitle(self.tr("Maane — no connection to the database"))
        self.setMinimumWidth(520)
        self.message = QLabel(self)
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = Details(self)
        self.busy_label = QLabel(self.tr("Connecting…"), self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()

        self.sqlite_radio = QRadioButton(self.tr("A database file on this computer (SQLite)"), self)
        self.pg_radio = QRadioButton(self.tr("The department's shared database server (PostgreSQL)"), self)
        group = QButtonGroup(self)
        group.addButton(self.sqlite_radio)
        group.addButton(self.pg_radio)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.port_edit = QSpinBox(self)
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(5432)
        self.port_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.port_edit.setLocale(QLocale.c())  # Latin digits, no group separator, in every language
        self.db_edit = QLineEdit(self)
        self.db_edit.setObjectName("databaseEdit")
        self.db_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.sqlite_radio)
        file_label = QLabel(self.tr("File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.pg_radio)
        for text, edit in ((self.tr("Server:"), self.host_edit), (self.tr("Port:"), self.port_edit),
                           (self.tr("Database:"), self.db_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)

        buttons = QDialogButtonBox(self)
        self.retry_button = buttons.addButton(self.tr("Retry"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.retry)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.sqlite_radio.toggled.connect(self._mode_changed)
        self._user = ""
        self.set_address(address)
        self.set_error(error)
        name_widgets(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        _fit_height(self, shrink=True)

    def set_address(self, address: DatabaseAddress) -> None:
        if address.is_sqlite:
            self.sqlite_radio.setChecked(True)
            self.path_edit.setText(str(address.path or ""))
        else:
            self.pg_radio.setChecked(True)
            self.host_edit.setText(address.host)
            self.port_edit.setValue(address.port)
            self.db_edit.setText(address.database)
            self._user = address.username
        self._mode_changed()

    def set_error(self, error: DomainError) -> None:
        self.set_busy(False)
        self.message.setText(self.tr("Maane could not open the database.") + "\n" + message_for(error))
        self.details.set_details(str(error.params.get("detail", "")))
        if self.isVisible():
            _fit_height(self)

    def set_busy(self, busy: bool) -> None:
        self.retry_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        for w in (self.sqlite_radio, self.pg_radio, self.browse_button):
            w.setEnabled(not busy)
        if busy:
            for w in (self.path_edit, self.host_edit, self.port_edit, self.db_edit):
                w.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._mode_changed()
            self.unsetCursor()

    def _mode_changed(self, *_args: object) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.path_edit.setEnabled(sqlite)
        self.browse_button.setEnabled(sqlite)
        for w in (self.host_edit, self.port_edit, self.db_edit):
            w.setEnabled(not sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path_edit.text(),
                                              self.tr("SQLite database (*.sqlite);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_edit.setText(path)

    def address(self) -> DatabaseAddress:
        """What the fields say; ValidationError when they do not name a database."""
        if self.sqlite_radio.isChecked():
            return DatabaseAddress.sqlite(self.path_edit.text().strip())
        return DatabaseAddress.postgresql(self.host_edit.text(), self.db_edit.text(), port=self.port_edit.value(),
                                          username=self._user)

    def retry(self) -> None:
        try:
            address = self.address()
        except ValidationError as exc:
            self.message.setText(message_for(exc))
            self.details.set_details("")
            return
        self.retry_requested.emit(address)


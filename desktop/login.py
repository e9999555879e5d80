"""The login dialog (SQLite: Maane's own accounts; PostgreSQL: the staff member's database login) and the
connection dialog shown when the database cannot be reached."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import message_for
from desktop.widgets.a11y import name_widgets
from models.errors import AccountLocked, AuthenticationFailed, DatabaseUnavailable, DomainError
from models.settings import is_sqlite_url

log = logging.getLogger(__name__)

_BAD_LOGIN = ("password authentication failed", "role \"", "authentication failed", "no password supplied",
              "not permitted to log in")


@dataclass
class PgTarget:
    host: str
    port: int
    database: str
    username: str


def pg_target(url: str) -> PgTarget:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return PgTarget(u.host or "localhost", u.port or 5432, u.database or "", u.username or "")


def describe_database(url: str) -> str:
    """A short description of the database for the status bar and dialogs (no password)."""
    if is_sqlite_url(url):
        from models.settings import sqlite_file

        path = sqlite_file(url)
        return QCoreApplication.translate("LoginDialog", "SQLite file: %1").replace("%1", str(path) if path else ":memory:")
    t = pg_target(url)
    return QCoreApplication.translate("LoginDialog", "PostgreSQL server %1:%2, database %3").replace("%1", t.host).replace(
        "%2", str(t.port)).replace("%3", t.database)


class LoginDialog(QDialog):
    """``signed_in(Session)`` fires on success with a ``desktop.login.Session``. The dialog stays open on a
    failure with the user name kept and the password cleared and focused."""

    signed_in = Signal(object)

    def __init__(self, url: str, db=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.db = db  # SQLite: the open database; PostgreSQL: None until the login connects
        self.postgres = not is_sqlite_url(url)
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

        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.server_label = QLabel(describe_database(url), self)
        self.server_label.setObjectName("serverLabel")
        self.server_label.setWordWrap(True)
        form.addRow(self.tr("Database:"), self.server_label)
        if self.postgres:
            self.username.setText(pg_target(url).username if pg_target(url).username != "postgres" else "")

        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.hide()
        notice = QLabel(self.tr("Access is personal. Every access to the information is recorded."), self)
        notice.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(notice)
        layout.addWidget(self.buttons)
        name_widgets(self)
        (self.password if self.username.text() else self.username).setFocus()

    def attempt(self) -> bool:
        """Try to sign in with what is typed; True on success (``signed_in`` has fired)."""
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._fail(self.tr("Please type your user name."), keep_password=True)
            self.username.setFocus()
            return False
        try:
            session = self._sign_in(username, password)
        except (AuthenticationFailed, AccountLocked) as exc:
            self._fail(message_for(exc))
            return False
        except DatabaseUnavailable as exc:
            detail = str(exc.params.get("detail", ""))
            if self.postgres and any(m in detail for m in _BAD_LOGIN):
                self._fail(message_for(AuthenticationFailed()))
            else:
                self._fail(message_for(exc) + "\n" + detail.strip())
            return False
        except DomainError as exc:
            self._fail(message_for(exc))
            return False
        self.error_label.hide()
        self.signed_in.emit(session)
        self.accept()
        return True

    def _sign_in(self, username: str, password: str) -> Session:
        from models.services.auth import AuthService

        if not self.postgres:
            if self.db is None:
                from models.db import connect

                self.db = connect(self.url)
            return Session(self.db, AuthService(self.db).sign_in(username, password), self.url)
        from sqlalchemy.engine import make_url

        from models.db import connect

        url = make_url(self.url).set(username=username, password=password or None)
        db = connect(url.render_as_string(hide_password=False))
        try:
            user = AuthService(db).connected_user()
        except Exception:
            db.dispose()
            raise
        return Session(db, user, self.url)

    def _fail(self, text: str, *, keep_password: bool = False) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if not keep_password:
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)


@dataclass
class Session:
    """A signed-in user and the database opened for them."""

    db: Any
    user: Any
    url: str  # without credentials


class ConnectionDialog(QDialog):
    """Says what failed and lets the user edit the database: a SQLite file, or a PostgreSQL server.
    ``retry_requested(url)`` asks the application to try again; Quit rejects."""

    retry_requested = Signal(str)

    def __init__(self, url: str, error: DomainError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConnectionDialog")
        self.setWindowTitle(self.tr("Maane — no connection to the database"))
        self.setMinimumWidth(520)
        self.message = QLabel(self)
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("connectionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.detail.setStyleSheet("color: #555;")

        self.sqlite_radio = QRadioButton(self.tr("A database file on this computer (SQLite)"), self)
        self.pg_radio = QRadioButton(self.tr("The department's shared database server (PostgreSQL)"), self)
        group = QButtonGroup(self)
        group.addButton(self.sqlite_radio)
        group.addButton(self.pg_radio)
        self.path_edit = QLineEdit(self)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.host_edit = QLineEdit(self)
        self.host_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.port_edit = QSpinBox(self)
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(5432)
        self.db_edit = QLineEdit(self)
        self.db_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.sqlite_radio)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.pg_radio)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_edit)
        form.addRow(self.tr("Database:"), self.db_edit)

        buttons = QDialogButtonBox(self)
        self.retry_button = buttons.addButton(self.tr("Retry"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.retry)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.sqlite_radio.toggled.connect(self._mode_changed)
        self._user = ""
        self.set_url(url)
        self.set_error(error)
        name_widgets(self)

    def set_url(self, url: str) -> None:
        if is_sqlite_url(url):
            from models.settings import sqlite_file

            self.sqlite_radio.setChecked(True)
            self.path_edit.setText(str(sqlite_file(url) or ""))
        else:
            t = pg_target(url)
            self.pg_radio.setChecked(True)
            self.host_edit.setText(t.host)
            self.port_edit.setValue(t.port)
            self.db_edit.setText(t.database)
            self._user = t.username
        self._mode_changed()

    def set_error(self, error: DomainError) -> None:
        self.message.setText(self.tr("Maane could not open the database.") + "\n" + message_for(error))
        self.detail.setText(str(error.params.get("detail", "")).strip())

    def _mode_changed(self, *_args) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.path_edit.setEnabled(sqlite)
        for w in (self.host_edit, self.port_edit, self.db_edit):
            w.setEnabled(not sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path_edit.text(),
                                              self.tr("SQLite database (*.sqlite);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_edit.setText(path)

    def url(self) -> str:
        if self.sqlite_radio.isChecked():
            return f"sqlite:///{self.path_edit.text().strip()}"
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self._user or None, host=self.host_edit.text().strip(),
                          port=self.port_edit.value(), database=self.db_edit.text().strip()).render_as_string()

    def retry(self) -> None:
        self.retry_requested.emit(self.url())

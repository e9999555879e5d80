"""Staff accounts (חשבונות עובדים): the administrator adds accounts, deactivates them, resets passwords and
unlocks them; a change of role or team (and making an account active) is asked for by one officer and
decided by another, an administrator or the manager, never by the staff member concerned. The page lists
the accounts with their pending change and, below, every change asked for and its decision.

Everything goes through ``ops`` (off the GUI thread) and refreshes itself when a user changes anywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import ServiceDialog, ask
from desktop.messages import message_for, role_label
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.tables import Item, Table, select_row, with_count
from models.changes import Changes
from models.errors import DomainError, ValidationError
from models.roles import ROLE_CODES, Action, allowed
from models.users.dto import StaffAccount, StaffChangeDTO, TeamDTO

COL_NAME, COL_LOGIN, COL_ROLE, COL_TEAM, COL_STATUS, COL_PENDING = range(6)


def _when(value) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M") if value is not None else ""


def _role_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code in ROLE_CODES:
        combo.addItem(role_label(code), code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _team_combo(parent: QWidget, teams: list[TeamDTO], current: int | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("StaffAccountsView", "(no team)"), None)
    for t in teams:
        combo.addItem(t.name, t.id)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    return combo


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


class _PasswordsDialog(ServiceDialog):
    """A ServiceDialog with a password typed twice: a mismatch is said before anything is sent."""

    def _add_passwords(self) -> None:
        self.password = _password_edit(self)
        self.password_again = _password_edit(self)
        for label, field in ((self.tr("Password:"), self.password), (self.tr("Password again:"), self.password_again)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.show_error(ValidationError("password_mismatch", field="password"))
            self.password_again.setFocus()
            return
        super().submit()


class AddStaffDialog(_PasswordsDialog):
    """A new account: user name, full name, role, team, password. It starts inactive; another officer's
    approval of its activation lets it in."""

    def __init__(self, ops: Ops, users, teams: list[TeamDTO], parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New staff account"), parent)
        self._users = users
        self.username = QLineEdit(self)
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.full_name = QLineEdit(self)
        self.role = _role_combo(self, "family_worker")
        self.team = _team_combo(self, teams)
        for label, field in ((self.tr("User name:"), self.username), (self.tr("Full name:"), self.full_name),
                             (self.tr("Role:"), self.role), (self.tr("Team:"), self.team)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self._add_passwords()
        note = QLabel(self.tr("The account stays inactive until another administrator or the manager approves it."),
                      self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def service_call(self) -> Callable[[], Any]:
        users, username, full_name = self._users, self.username.text(), self.full_name.text()
        role, team, password = self.role.currentData(), self.team.currentData(), self.password.text()
        return lambda: users.add_user(username, full_name, role, team, password)


class PasswordDialog(_PasswordsDialog):
    def __init__(self, ops: Ops, users, account: StaffAccount, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("New password — %1").replace("%1", account.full_name), parent)
        self._users, self._account = users, account
        self._add_passwords()

    def service_call(self) -> Callable[[], Any]:
        users, user_id, password = self._users, self._account.id, self.password.text()
        return lambda: users.reset_password(user_id, password)


class ChangeRoleDialog(ServiceDialog):
    """Ask for another role or team (or for the account to be made active): applied when another officer
    approves."""

    def __init__(self, ops: Ops, users, account: StaffAccount, teams: list[TeamDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Change role or team — %1").replace("%1", account.full_name), parent)
        self._users, self._account = users, account
        self.role = _role_combo(self, account.role)
        self.team = _team_combo(self, teams, account.team_id)
        for label, field in ((self.tr("Role:"), self.role), (self.tr("Team:"), self.team)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        note = QLabel(self.tr("The change is applied when another administrator or the manager approves it."), self)
        note.setWordWrap(True)
        self.form.addRow(note)

    def service_call(self) -> Callable[[], Any]:
        users, account = self._users, self._account
        role, team = self.role.currentData(), self.team.currentData()
        return lambda: users.request_change(account.id, role, team, activate=not account.active)

    def confirm_button_text(self) -> str:
        return self.tr("Ask for the change")


class StaffAccountsView(QWidget):
    loaded = Signal()

    def __init__(self, services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._me = services.user
        self._accounts: dict[int, StaffAccount] = {}
        self._teams: list[TeamDTO] = []
        self.loading = False
        self.dialog: ServiceDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.admin = allowed(self._me.role, Action.MANAGE_USERS)
        title = QLabel(self.tr("Staff accounts"), self)
        self.count_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Refresh") + " (F5)")
        self.refresh_button.setShortcut(Qt.Key.Key_F5)
        self.refresh_button.clicked.connect(self.refresh)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("staffError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.table = Table([self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Team"),
                            self.tr("Status"), self.tr("Waiting for a decision")], self, stretch=COL_PENDING,
                           empty_text=self.tr("No staff accounts"), name="staffTable")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add account…"), self)
        self.change_button = QPushButton(self.tr("Change &role or team…"), self)
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), self)
        self.approve_button = QPushButton(self.tr("A&pprove the change"), self)
        self.refuse_button = QPushButton(self.tr("Re&fuse the change"), self)
        self.add_button.clicked.connect(self.add_account)
        self.change_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        for b in (self.add_button, self.password_button, self.unlock_button, self.deactivate_button):
            b.setVisible(self.admin)  # the manager decides changes; accounts are the administrator's
        changes_title = QLabel(self.tr("Changes of role and team"), self)
        self.changes_table = Table([self.tr("Staff member"), self.tr("From"), self.tr("To"), self.tr("Asked by"),
                                    self.tr("Asked on"), self.tr("Decided by"), self.tr("Decision")], self,
                                   stretch=COL_NAME, empty_text=self.tr("No changes were asked for"),
                                   name="staffChangesTable")
        self.changes_table.setAccessibleName(self.tr("Changes of role and team"))
        changes_title.setBuddy(self.changes_table)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.count_label)
        top.addWidget(self.refresh_button)
        # two short rows, so the page fits a narrow window: the accounts, then role and team
        accounts_row, change_row = QHBoxLayout(), QHBoxLayout()
        for b in (self.add_button, self.password_button, self.unlock_button, self.deactivate_button):
            accounts_row.addWidget(b)
        for b in (self.change_button, self.approve_button, self.refuse_button):
            change_row.addWidget(b)
        accounts_row.addStretch(1)
        change_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(accounts_row)
        layout.addLayout(change_row)
        layout.addWidget(changes_title)
        layout.addWidget(self.changes_table, 2)
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self._update_buttons()
        self.refresh()

    # ---- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        users = self._services.users
        self.loading = True
        self.busy_bar.show()

        def load() -> tuple[list[StaffAccount], list[StaffChangeDTO], list[TeamDTO]]:
            return users.staff(), users.staff_changes(), users.teams()

        self._ops.query(self, load, self._show, failure=self._failed, key=("staff", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.error_label.setText(message_for(exc))
        self.error_label.show()
        self.loaded.emit()

    def _status(self, a: StaffAccount) -> str:
        if not a.active:
            return self.tr("inactive")
        if a.locked_until is not None:
            return self.tr("locked until %1").replace("%1", _when(a.locked_until))
        return self.tr("active")

    def _change_text(self, c: StaffChangeDTO) -> str:
        to = role_label(c.new_role) + (f", {c.new_team}" if c.new_team else "")
        text = self.tr("%1 (asked by %2)").replace("%1", to).replace("%2", c.requested_by)
        return (self.tr("activate as %1").replace("%1", text)) if c.activate else text

    def _show(self, result: tuple[list[StaffAccount], list[StaffChangeDTO], list[TeamDTO]]) -> None:
        accounts, changes, teams = result
        self.loading = False
        self.busy_bar.hide()
        self.error_label.hide()
        selected = self.selected()
        self._accounts = {a.id: a for a in accounts}
        self._teams = teams
        rows = []
        for a in accounts:
            status = Item(self._status(a), a.id)
            if not a.active:
                status.setForeground(Qt.GlobalColor.darkGray)
            rows.append([Item(a.full_name, a.id), Item(a.username, a.id), Item(role_label(a.role), a.id),
                         Item(a.team_name, a.id), status,
                         Item(self._change_text(a.pending) if a.pending else "", a.id)])
        self.table.set_rows(rows)
        if selected is not None:
            for r in range(self.table.rowCount()):
                item = self.table.item(r, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == selected.id:
                    select_row(self.table, r)
        decisions = {True: self.tr("approved"), False: self.tr("refused"), None: self.tr("waiting")}
        change_rows = []
        for c in changes:
            before = role_label(c.old_role) + (f", {c.old_team}" if c.old_team else "")
            after = role_label(c.new_role) + (f", {c.new_team}" if c.new_team else "")
            if c.activate:
                after = self.tr("activate as %1").replace("%1", after)
            change_rows.append([Item(c.user_name, c.id), Item(before, c.id), Item(after, c.id),
                                Item(c.requested_by, c.id), Item(_when(c.requested_at), c.id, c.requested_at),
                                Item(c.decided_by, c.id), Item(decisions[c.approved], c.id)])
        self.changes_table.set_rows(change_rows)
        self.count_label.setText(with_count(self.tr("%n account(s)", "", len(accounts)), len(accounts)))
        self._update_buttons()
        self.loaded.emit()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.users:
            self.refresh()

    # ---- the selection and its buttons ---------------------------------------------------------------
    def selected(self) -> StaffAccount | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 and self.table.selectedItems() else None
        return None if item is None else self._accounts.get(item.data(Qt.ItemDataRole.UserRole))

    def select(self, user_id: int) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == user_id:
                select_row(self.table, r)
                return

    def _update_buttons(self) -> None:
        a = self.selected()
        other = a is not None and a.id != self._me.id
        self.change_button.setEnabled(other and a is not None and a.pending is None)
        self.password_button.setEnabled(other and a is not None and a.active)
        self.unlock_button.setEnabled(a is not None and a.locked_until is not None)
        self.deactivate_button.setEnabled(other and a is not None and a.active)
        decidable = (other and a is not None and a.pending is not None
                     and a.pending.requested_login != self._me.username)
        self.approve_button.setEnabled(decidable)
        self.refuse_button.setEnabled(decidable)

    # ---- actions ---------------------------------------------------------------------------------------
    def _open(self, dialog: ServiceDialog) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # the last one, closed
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _write(self, call: Callable[[], Any]) -> None:
        self.error_label.hide()
        self._ops.write(self, call, failure=self._failed)

    def add_account(self) -> None:
        self._open(AddStaffDialog(self._ops, self._services.users, self._teams, self))

    def change_role(self) -> None:
        a = self.selected()
        if a is not None:
            self._open(ChangeRoleDialog(self._ops, self._services.users, a, self._teams, self))

    def reset_password(self) -> None:
        a = self.selected()
        if a is not None:
            self._open(PasswordDialog(self._ops, self._services.users, a, self))

    def unlock(self) -> None:
        a = self.selected()
        if a is not None:
            users = self._services.users
            self._write(lambda: users.unlock(a.id))

    def deactivate(self) -> None:
        a = self.selected()
        if a is None:
            return
        users = self._services.users
        self.confirm_box = ask(self, self.tr("Deactivate"),
            self.tr("Deactivate the account of %1? They will no longer be able to work in Maane. Making the "
                    "account active again takes another officer's approval.").replace("%1", a.full_name),
            self.tr("Deactivate"), lambda: self._write(lambda: users.deactivate(a.id, a.version)))

    def decide(self, approve: bool) -> None:
        a = self.selected()
        if a is None or a.pending is None:
            return
        change, users = a.pending, self._services.users
        question = (self.tr("Approve the change of %1 to %2?") if approve
                    else self.tr("Refuse the change of %1 to %2?"))
        question = question.replace("%1", a.full_name).replace("%2", self._change_text(change))
        yes = self.tr("Approve") if approve else self.tr("Refuse")
        self.confirm_box = ask(self, yes, question, yes, lambda: self._write(lambda: users.decide_change(change.id, approve)))

"""The login and connection dialogs: signing in off the GUI thread, the same answer for an unknown name and a
wrong password, the Hebrew keyboard layout, long messages, the driver's words under Details."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRect, Qt, QTimer

from desktop.login import ConnectionDialog, LoginDialog, describe_database
from models.address import parse
from models.errors import DatabaseUnavailable, SchemaMismatch
from tests.support import PASSWORD

WRONG = "שם משתמש או סיסמה שגויים."


def _dialog(qtbot, world):
    db = world.admin_db if world.backend == "sqlite" else None
    d = LoginDialog(parse(world.url), db)
    qtbot.addWidget(d)
    d.show()
    return d


def _try(qtbot, d, username: str, password: str):
    d.username.setText(username)
    d.password.setText(password)
    op = d.attempt()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    return op


def test_wrong_password_keeps_the_dialog(qtbot, world):
    d = _dialog(qtbot, world)
    signed = []
    d.signed_in.connect(signed.append)
    # SQLite: a wrong password; PostgreSQL (the test server trusts its logins): a login that does not exist
    name = world.name("north_worker") if world.backend == "sqlite" else world.name("nobody")
    _try(qtbot, d, name, "not the password")
    assert d.error_label.text() == WRONG
    assert d.username.text() == name
    assert d.password.text() == "" and d.password.hasFocus()
    assert d.isVisible() and not d.error_label.isHidden()
    assert d.username.isEnabled() and d.sign_in_button.isEnabled() and not d.busy
    assert signed == []


def test_an_unknown_name_gets_the_same_answer_as_a_wrong_password(qtbot, world):
    d = _dialog(qtbot, world)
    answers = []
    tries = [world.name("nobody")] + ([world.name("north_worker")] if world.backend == "sqlite" else [])
    for name in tries:
        _try(qtbot, d, name, "not the password")
        answers.append((d.error_label.text(), d.details.isHidden()))
    assert answers == [(WRONG, True)] * len(tries)


def test_locked_account_says_until_when(qtbot, sqlite_world):
    world = sqlite_world
    d = _dialog(qtbot, world)
    for _ in range(5):
        _try(qtbot, d, world.name("club"), "wrong")
    assert "נעול" in d.error_label.text()
    assert d.username.text() == world.name("club")


def test_right_password_signs_in(qtbot, world):
    d = _dialog(qtbot, world)
    with qtbot.waitSignal(d.signed_in, timeout=10_000) as blocker:
        _try(qtbot, d, world.name("north_worker"), PASSWORD)
    session = blocker.args[0]
    assert session.user.username == world.name("north_worker")
    assert session.user.role == "family_worker"
    assert session.address == parse(world.url).without_password()
    assert not d.isVisible()
    if world.backend == "postgresql":
        session.db.dispose()


def test_the_window_keeps_painting_during_a_slow_sign_in(qtbot, world, monkeypatch):
    """A 500 ms sign-in (argon2 or a server far away): the dialog says it is busy, a timer keeps firing."""
    from models.users import auth

    real = auth.sign_in

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(auth, "sign_in", slow)
    d = _dialog(qtbot, world)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    with qtbot.waitSignal(d.signed_in, timeout=10_000) as blocker:
        d.sign_in_button.click()
        assert d.busy and d.attempt() is None  # a second click starts nothing
        assert not d.username.isEnabled() and not d.password.isEnabled() and not d.sign_in_button.isEnabled()
        assert d.cursor().shape() == Qt.CursorShape.BusyCursor and d.busy_label.isVisible()
    timer.stop()
    assert len(ticks) >= 10
    assert d.cursor().shape() != Qt.CursorShape.BusyCursor
    if world.backend == "postgresql":
        blocker.args[0].db.dispose()


def test_a_name_typed_on_the_hebrew_layout(qtbot, sqlite_world):
    d = _dialog(qtbot, sqlite_world)
    # the keyboard was on Hebrew for the name and the password: refused, with the name read back and a hint
    _try(qtbot, d, "מםראי_'םרלקר", "צשש׳")
    text = d.error_label.text()
    assert text.startswith(WRONG) and "north_worker" in text
    assert d.username.text() == "north_worker" and d.password.text() == ""
    # the same hint for a name that does not exist: it tells nothing about which names do
    _try(qtbot, d, "מםש", "צשש׳")
    assert d.error_label.text().replace("noa", "north_worker") == text
    # the name on Hebrew, the password on English: recognised
    with qtbot.waitSignal(d.signed_in, timeout=10_000) as blocker:
        _try(qtbot, d, "מםראי_'םרלקר", PASSWORD)
    assert blocker.args[0].user.username == "north_worker"


def test_a_name_typed_on_the_arabic_layout(qtbot, sqlite_world):
    d = _dialog(qtbot, sqlite_world)
    _try(qtbot, d, "ىخقفا_صخقنثق", "كلمة سر")
    assert d.error_label.text().startswith(WRONG) and "north_worker" in d.error_label.text()
    assert "Arabic" in d.error_label.text() or "ערבית" in d.error_label.text()
    assert d.username.text() == "north_worker"


def _inside(child, parent) -> QRect:
    return QRect(child.mapTo(parent, child.rect().topLeft()), child.size())


def test_a_long_message_does_not_squeeze_the_fields(qtbot, sqlite_world, monkeypatch):
    from models.users import auth

    def mismatch(*_a, **_k):
        raise SchemaMismatch(found="0000", expected="0001")  # the longest message the login shows

    monkeypatch.setattr(auth, "sign_in", mismatch)
    d = _dialog(qtbot, sqlite_world)
    d.resize(d.minimumWidth(), d.sizeHint().height())
    before = d.height()
    _try(qtbot, d, "north_worker", "x")
    qtbot.waitUntil(lambda: d.error_label.isVisible())
    label = d.error_label
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line shows
    assert d.height() > before  # the dialog grew for it
    for field in (d.username, d.password):
        assert field.height() >= field.sizeHint().height()
        assert not _inside(field, d).intersects(_inside(label, d))
        assert d.rect().contains(_inside(field, d))
    assert d.rect().contains(_inside(d.sign_in_button, d))


def test_database_described_in_the_users_language(qapp):
    assert describe_database(parse("sqlite:////srv/maane.sqlite")).endswith("/srv/maane.sqlite")
    text = describe_database(parse("postgresql://noa:secret@[::1]:5433/maane"))
    assert "[::1]:5433" in text and "maane" in text and "secret" not in text and "PostgreSQL" in text


@pytest.mark.parametrize(
    ("detail", "reason"),
    [
        ('connection to server at "10.0.0.9", port 5432 failed: Connection refused\n\tIs the server running '
         'on that host and accepting TCP/IP connections?', "refused"),
        ('could not translate host name "dbserver" to address: Name or service not known', "host_unknown"),
        ('connection to server at "10.0.0.9", port 5432 failed: timeout expired', "timeout"),
        ('connection to server at "10.0.0.9", port 5432 failed: FATAL:  database "maane" does not exist',
         "no_such_database"),
        ("file is not a database", "not_a_database"),
        ("something nobody has seen before", "other"),
    ],
    ids=["refused", "host_unknown", "timeout", "no_such_database", "not_a_database", "other"],
)
def test_connection_dialog_words_the_failure_and_keeps_the_drivers_text_under_details(qtbot, detail, reason):
    from desktop.messages import message_for

    error = DatabaseUnavailable.from_driver(detail)
    assert error.params["reason"] == reason
    d = ConnectionDialog(parse("postgresql://noa@10.0.0.9/maane"), error)
    qtbot.addWidget(d)
    d.show()
    message = d.message.text()
    assert message.startswith("מענה לא הצליחה לפתוח את מסד הנתונים.")
    assert message_for(error) in message
    assert detail.splitlines()[0] not in message  # the driver's words only under Details
    assert d.details.isVisible() and d.details.text.isHidden()
    d.details.toggle.click()
    assert d.details.text.isVisible() and d.details.text.toPlainText() == detail.strip()
    assert d.details.text.isReadOnly()


def test_connection_dialog_gives_back_an_address(qtbot):
    d = ConnectionDialog(parse("postgresql://noa@db1:5433/maane"), DatabaseUnavailable.from_driver("x"))
    qtbot.addWidget(d)
    assert d.address() == parse("postgresql://noa@db1:5433/maane")
    assert d.port_edit.text() == "5433"  # Latin digits, no thousands separator, in every language
    d.host_edit.setText("")
    got = []
    d.retry_requested.connect(got.append)
    d.retry()  # no server named: said in words, nothing asked of the application
    assert got == [] and "postgresql://" in d.message.text()
    d.sqlite_radio.setChecked(True)
    d.path_edit.setText("C:\\Maane\\maane.sqlite")
    d.retry()
    assert got == [parse("C:\\Maane\\maane.sqlite")]
    assert d.details.isHidden()  # no driver text: no Details


def test_leaving_during_a_slow_sign_in_opens_nothing(qtbot, world, monkeypatch):
    import sys

    from models.users import auth

    real = auth.sign_in
    disposed = []

    def slow(*args, **kwargs):
        time.sleep(0.3)
        done = real(*args, **kwargs)
        if done.db is not world.admin_db:
            dispose = done.db.dispose
            done.db.dispose = lambda: (disposed.append(True), dispose())
        return done

    hooked: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: hooked.append(a))
    monkeypatch.setattr(auth, "sign_in", slow)
    d = _dialog(qtbot, world)
    signed = []
    d.signed_in.connect(signed.append)
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    op = d.attempt()
    d.exit_button.click()  # the user leaves while the database answers
    assert not d.isVisible()
    qtbot.waitUntil(lambda: op.finished, timeout=10_000)
    assert signed == [] and hooked == []
    # PostgreSQL: the connection made for nobody is closed again (SQLite: the dialog's own database stays)
    assert disposed == ([True] if world.backend == "postgresql" else [])


def test_every_reason_the_database_is_unavailable_has_its_own_sentence():
    from desktop.catalogue import OTHER, UNAVAILABLE, templates_for

    for reason, _fragments in DatabaseUnavailable._REASONS:
        assert templates_for(DatabaseUnavailable(reason=reason)) == [UNAVAILABLE[reason]], reason
    assert templates_for(DatabaseUnavailable(reason="other")) == [OTHER["db_unavailable"]]

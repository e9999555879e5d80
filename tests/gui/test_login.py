from __future__ import annotations

from desktop.login import LoginDialog
from tests.support import PASSWORD


def _dialog(qtbot, world):
    db = world.admin_db if world.backend == "sqlite" else None
    d = LoginDialog(world.url, db)
    qtbot.addWidget(d)
    d.show()
    return d


def test_wrong_password_keeps_the_dialog(qtbot, world):
    d = _dialog(qtbot, world)
    signed = []
    d.signed_in.connect(signed.append)
    if world.backend == "sqlite":
        d.username.setText(world.name("north_worker"))
        d.password.setText("not the password")
        assert d.attempt() is False
        assert "שם משתמש או סיסמה שגויים" in d.error_label.text()
        assert "4" in d.error_label.text()  # attempts left
        assert d.username.text() == world.name("north_worker")
    else:  # trust authentication: a login that does not exist is the failure there
        d.username.setText(world.name("nobody"))
        d.password.setText("x")
        assert d.attempt() is False
        assert "שם משתמש או סיסמה שגויים" in d.error_label.text()
        assert d.username.text() == world.name("nobody")
    assert d.password.text() == ""
    assert d.isVisible()
    assert not d.error_label.isHidden()
    assert signed == []


def test_locked_account_says_until_when(qtbot, world):
    if world.backend != "sqlite":
        d = _dialog(qtbot, world)
        assert d.postgres
        assert "PostgreSQL" in d.server_label.text()
        return
    d = _dialog(qtbot, world)
    for _ in range(5):
        d.username.setText(world.name("club"))
        d.password.setText("wrong")
        d.attempt()
    assert "נעול" in d.error_label.text()
    assert d.username.text() == world.name("club")


def test_right_password_signs_in(qtbot, world):
    d = _dialog(qtbot, world)
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    with qtbot.waitSignal(d.signed_in) as blocker:
        assert d.attempt() is True
    session = blocker.args[0]
    assert session.user.username == world.name("north_worker")
    assert session.user.role == "family_worker"
    if world.backend == "postgresql":
        session.db.dispose()

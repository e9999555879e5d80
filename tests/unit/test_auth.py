from datetime import UTC, datetime, timedelta

import pytest

from models.errors import AccountLocked, AuthenticationFailed
from models.services.auth import AuthService
from tests.support import PASSWORD


def test_sign_in_with_the_right_password(sqlite_world):
    user = AuthService(sqlite_world.admin_db).sign_in("North_Worker ", PASSWORD)
    assert (user.username, user.role, user.team_name) == ("north_worker", "family_worker", "צוות צפון")


def test_wrong_password_and_unknown_user_fail_alike(sqlite_world):
    auth = AuthService(sqlite_world.admin_db)
    with pytest.raises(AuthenticationFailed) as e:
        auth.sign_in("north_worker", "wrong")
    assert e.value.params["remaining"] == 4
    with pytest.raises(AuthenticationFailed):
        auth.sign_in("nobody", PASSWORD)


def test_five_failures_lock_the_account_for_fifteen_minutes(sqlite_world):
    now = [datetime(2026, 11, 23, 9, 0, tzinfo=UTC)]
    auth = AuthService(sqlite_world.admin_db, clock=lambda: now[0])
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in("north_worker", "wrong")
    with pytest.raises(AccountLocked) as e:
        auth.sign_in("north_worker", "wrong")
    assert e.value.params["until"] == now[0] + timedelta(minutes=15)
    with pytest.raises(AccountLocked):  # even the right password, while locked
        auth.sign_in("north_worker", PASSWORD)
    now[0] += timedelta(minutes=15, seconds=1)
    assert auth.sign_in("north_worker", PASSWORD).username == "north_worker"
    trail = sqlite_world.services("manager").audit.by_user("north_worker")
    assert sum(1 for e in trail if e.action == "login" and not e.allowed) == 6
    assert any(e.action == "login" and e.allowed for e in trail)


@pytest.mark.postgres_only
def test_postgres_sign_in_is_the_login_itself(pg_world):
    user = AuthService(pg_world.db_for("south_worker")).connected_user()
    assert user.username == pg_world.name("south_worker") and user.team_name == "צוות דרום"

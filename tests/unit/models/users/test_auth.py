import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import AccountLocked, AuthenticationFailed
from models.users.auth import AuthService
from tests.support import PASSWORD


def test_sign_in_with_the_right_password(sqlite_world):
    user = AuthService(sqlite_world.admin_db).sign_in("North_Worker ", PASSWORD)
    assert (user.username, user.role, user.team_name) == ("north_worker", "family_worker", "צוות צפון")


def test_wrong_password_and_unknown_user_fail_alike(sqlite_world):
    auth = AuthService(sqlite_world.admin_db)
    with pytest.raises(AuthenticationFailed) as wrong:
        auth.sign_in("north_worker", "wrong")
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.sign_in("nobody", "wrong")
    assert (wrong.value.code, wrong.value.params) == (unknown.value.code, unknown.value.params) == ("auth_failed", {})


def test_an_unknown_name_takes_as_long_as_a_wrong_password(sqlite_world):
    """The time taken tells nothing about which names exist: an unknown name is verified against a dummy
    hash (without it, it answers in ~1% of the time)."""
    auth = AuthService(sqlite_world.admin_db)
    wrong, unknown = [], []
    for _ in range(3):  # 3 wrong passwords: below the lock-out, which answers without verifying
        for name, times in (("north_worker", wrong), ("nobody_here", unknown)):
            t = time.perf_counter()
            with pytest.raises(AuthenticationFailed):
                auth.sign_in(name, "not the password")
            times.append(time.perf_counter() - t)
    assert statistics.median(unknown) > 0.5 * statistics.median(wrong), (unknown, wrong)
    assert statistics.median(unknown) < 2.0 * statistics.median(wrong), (unknown, wrong)


def test_the_dummy_hash_has_the_hashers_parameters():
    from argon2 import PasswordHasher

    from models.users.auth import DUMMY_HASH

    assert not PasswordHasher().check_needs_rehash(DUMMY_HASH)


def test_a_name_typed_on_the_hebrew_layout_is_recognised(sqlite_world):
    from models.keyboard import latin_from_hebrew_layout

    assert latin_from_hebrew_layout("מםש") == "noa"
    assert latin_from_hebrew_layout("מםראי_'םרלקר2") == "north_worker2"
    assert latin_from_hebrew_layout("/ושךךן") == "qualli"
    assert latin_from_hebrew_layout("noa") is None
    auth = AuthService(sqlite_world.admin_db)
    # "north_worker" typed with the keyboard on Hebrew, the password on English: signed in
    assert auth.sign_in("מםראי_'םרלקר", PASSWORD).username == "north_worker"
    # both typed on Hebrew: refused, with a hint built from the typed text only (the same for any name)
    with pytest.raises(AuthenticationFailed) as known:
        auth.sign_in("מםראי_'םרלקר", "צשש׳")
    with pytest.raises(AuthenticationFailed) as unknown:
        auth.sign_in("מםש", "צשש׳")
    assert known.value.params == {"layout": "he", "typed": "מםראי_'םרלקר", "meant": "north_worker",
                                  "password_layout": "he"}
    assert unknown.value.params == {"layout": "he", "typed": "מםש", "meant": "noa", "password_layout": "he"}


def test_a_name_typed_on_the_arabic_layout_is_recognised(sqlite_world):
    from models.keyboard import latin_readings

    assert latin_readings("ىخش") == ("noa",)
    assert latin_readings("لاشيش") == ("bada", "ghada")  # the b key types lam-alef, as g then h do
    assert latin_readings("ﻻشيش") == ("bada", "ghada")  # the presentation form of lam-alef
    assert latin_readings("١٢٣") == () and latin_readings("abc") == ()
    assert latin_readings("ىخش١") == ("noa1",)
    auth = AuthService(sqlite_world.admin_db)
    assert auth.sign_in("ىخقفا_صخقنثق", PASSWORD).username == "north_worker"
    assert auth.sign_in("ؤمعلا", PASSWORD).username == "club"  # lam-alef read as b
    with pytest.raises(AuthenticationFailed) as e:
        auth.sign_in("ىخش", "كلمة سر")
    assert e.value.params == {"layout": "ar", "typed": "ىخش", "meant": "noa", "password_layout": "ar"}


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


def test_sign_in_opens_the_database_on_both_backends(world):
    """models.users.auth.sign_in, as the login dialog calls it (on the pool)."""
    from models.address import parse
    from models.users.auth import sign_in

    address = parse(world.url)
    db = world.admin_db if world.backend == "sqlite" else None
    done = sign_in(address, world.name("north_worker").upper() + " ", PASSWORD, db=db)
    try:
        assert (done.user.username, done.user.role) == (world.name("north_worker"), "family_worker")
        assert done.address == address.without_password() and done.address.password is None
    finally:
        if done.db is not world.admin_db:
            done.db.dispose()
    # an unknown name and a wrong password: the same error, with nothing that tells them apart
    # (the test server trusts its logins, so a wrong password exists on SQLite only)
    tries = [world.name("nobody")] + ([world.name("north_worker")] if world.backend == "sqlite" else [])
    errors = []
    for name in tries:
        with pytest.raises(AuthenticationFailed) as e:
            sign_in(address, name, "x-password", db=db)
        errors.append((e.value.code, e.value.params))
    assert errors == [("auth_failed", {})] * len(tries)


@pytest.mark.postgres_only
def test_postgres_login_typed_on_the_hebrew_layout(pg_world):
    from models.address import parse
    from models.keyboard import HEBREW_TO_LATIN
    from models.users.auth import sign_in

    to_hebrew = {latin: heb for heb, latin in HEBREW_TO_LATIN.items() if heb != "\u05f3"}
    typed = "".join(to_hebrew.get(ch, ch) for ch in pg_world.name("south_worker"))
    assert typed != pg_world.name("south_worker")
    done = sign_in(parse(pg_world.url), typed, "")
    try:
        assert done.user.username == pg_world.name("south_worker")
    finally:
        done.db.dispose()


def test_the_same_key_on_every_layout():
    from models.keyboard import same_key

    assert same_key("f") == ("f", "כ", "ب")
    assert same_key("ק") == ("e", "ק", "ث")
    assert same_key("ملف"[0]) == ("l", "ך", "م")
    assert same_key("1") == ("1",)

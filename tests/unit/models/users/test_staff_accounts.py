"""Staff accounts through the services, on both backends: an account is added inactive and activated by
another officer's approval; a change of role or team takes two people and never the staff member concerned;
deactivation, password reset and unlock; who may do what. Issue 6, hole 2 and "Administration"."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, text

from models.audit.entities import AuditEvent
from models.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from models.services import Services
from models.users.auth import AuthService
from models.users.dto import StaffAccount
from tests.support import PASSWORD, World, pg_admin_connection

NEW_PASSWORD = "Tchelet-Yam-42"


def _teams(w: World) -> dict[str, int]:
    return {t.name: t.id for t in w.services("manager").families.teams()}


def _account(w: World, short: str, user_id: int) -> StaffAccount:
    return next(a for a in w.services(short).users.staff() if a.id == user_id)


def _denials(w: World, short: str) -> list[str]:
    with w.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.user_name == w.name(short), AuditEvent.allowed.is_(False)).order_by(AuditEvent.id)))


def _signed_in_again(w: World, short: str) -> Services:
    db = w.db_for(short)
    auth = AuthService(db)
    user = auth.sign_in(w.name(short), PASSWORD) if w.backend == "sqlite" else auth.connected_user()
    return Services(db, user)


def _groups(login: str) -> set[str]:
    with pg_admin_connection() as c:
        return set(c.execute(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :u"), {"u": login}).scalars())


def test_an_added_account_is_inactive_until_another_officer_approves_it(world: World) -> None:
    w = world
    admin = w.services("admin").users
    login = w.name("nb" + uuid.uuid4().hex[:6])
    north = _teams(w)["צוות צפון"]
    added = admin.add_user(login, "  תמר חדשה ", "family_worker", north, NEW_PASSWORD)
    assert (added.full_name, added.active, added.role, added.team_name) == ("תמר חדשה", False, "family_worker",
                                                                             "צוות צפון")
    assert added.pending is not None and added.pending.activate and added.pending.requested_by == "מנהל מערכת"
    if w.backend == "sqlite":  # an inactive account cannot sign in
        with pytest.raises(AuthenticationFailed):
            AuthService(w.admin_db).sign_in(login, NEW_PASSWORD)
    else:  # the login exists, in the group of its role, with the password as a SCRAM verifier
        assert _groups(login) == {"maane_family_worker"}
        with pg_admin_connection() as c:
            assert c.execute(text("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = :u"),
                             {"u": login}).scalar_one()
    with pytest.raises(PermissionDenied) as exc:  # the one who asked does not approve
        admin.decide_change(added.pending.id, True)
    assert exc.value.code == "staff_change_same_person"
    assert _account(w, "manager", added.id).active is False
    decided = w.services("manager").users.decide_change(added.pending.id, True)
    assert (decided.approved, decided.decided_by, decided.user_name) == (True, "אבי מנהל", "תמר חדשה")
    now = _account(w, "admin", added.id)
    assert now.active and now.pending is None
    if w.backend == "sqlite":
        assert AuthService(w.admin_db).sign_in(login, NEW_PASSWORD).role == "family_worker"


def test_add_user_refuses_bad_input_and_changes_nothing(world: World) -> None:
    admin = world.services("admin").users
    before = len(admin.staff())
    for username, password, code in [
        ("Bad Name", NEW_PASSWORD, "username_invalid"),
        ("okname", "1", "password_too_short"),
        ("okname", "okname-12345", "password_is_username"),
        ("okname", "password123", "password_common"),
    ]:
        with pytest.raises(ValidationError) as exc:
            admin.add_user(username, "x", "family_worker", None, password)
        assert exc.value.code == code
    with pytest.raises(ValidationError):
        admin.add_user("okname", "x", "no_such_role", None, NEW_PASSWORD)
    assert len(admin.staff()) == before


@pytest.mark.parametrize("short", ["admin", "manager"])
def test_nobody_asks_for_a_change_of_his_own_role_or_team(world: World, short: str) -> None:
    w = world
    with pytest.raises(PermissionDenied) as exc:
        w.services(short).users.request_change(w.users[short].id, "manager", None)
    assert exc.value.code == "staff_own_account"
    assert "request_staff_change" in _denials(w, short)
    assert w.services("manager").users.staff_changes() == []


def test_a_role_change_takes_two_people_and_widens_access_only_when_approved(world: World) -> None:
    w = world
    worker = w.users["north_worker"]
    north = _teams(w)["צוות צפון"]
    assert w.files["secret"] not in w.services("north_worker").families.search("סודי")
    change = w.services("admin").users.request_change(worker.id, "team_head", north)
    assert (change.old_role, change.new_role, change.user_name) == ("family_worker", "team_head", "דנה צפונית")
    assert _account(w, "admin", worker.id).role == "family_worker"  # asked, not applied
    with pytest.raises(ConflictError):  # one pending change per user
        w.services("manager").users.request_change(worker.id, "youth_law_worker", north)
    with pytest.raises(PermissionDenied) as exc:  # nor does the staff member concerned decide
        w.services("north_worker").users.decide_change(change.id, True)
    assert exc.value.code == "permission_denied"
    w.services("manager").users.decide_change(change.id, True)
    assert _account(w, "admin", worker.id).role == "team_head"
    # signed in again, she has the new role's reach: the north team's restricted file
    assert w.files["secret"] in _signed_in_again(w, "north_worker").families.search("סודי")
    history = w.services("admin").users.staff_changes()
    assert [(c.requested_by, c.decided_by, c.approved) for c in history] == [("מנהל מערכת", "אבי מנהל", True)]
    if w.backend == "postgresql":
        assert _groups(w.name("north_worker")) == {"maane_team_head"}
    with pytest.raises(ConflictError):  # decided once
        w.services("manager").users.decide_change(change.id, False)


def test_a_refused_change_changes_nothing_and_a_second_admin_may_decide(world: World) -> None:
    w = world
    worker = w.users["south_worker"]
    change = w.services("manager").users.request_change(worker.id, "manager", None)
    refused = w.services("admin").users.decide_change(change.id, False)  # the admin decides the manager's
    assert refused.approved is False and not refused.pending
    assert _account(w, "admin", worker.id).role == "family_worker"


def test_deactivate_reset_password_and_unlock(world: World) -> None:
    w = world
    admin = w.services("admin").users
    worker = w.users["south_worker"]
    with pytest.raises(ValidationError) as exc:  # the policy, nothing changed
        admin.reset_password(worker.id, "123")
    assert exc.value.code == "password_too_short"
    admin.reset_password(worker.id, NEW_PASSWORD)
    if w.backend == "sqlite":
        with pytest.raises(AuthenticationFailed):
            AuthService(w.admin_db).sign_in(w.name("south_worker"), PASSWORD)
        assert AuthService(w.admin_db).sign_in(w.name("south_worker"), NEW_PASSWORD).id == worker.id
    else:
        with pg_admin_connection() as c:
            assert c.execute(text("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = :u"),
                             {"u": w.name("south_worker")}).scalar_one()
    assert w.services("south_worker").families.search("חדאד")  # still sees the own files
    stale = _account(w, "admin", worker.id).version - 1
    with pytest.raises(ConflictError):  # saved over a newer version
        admin.deactivate(worker.id, stale)
    out = admin.deactivate(worker.id, stale + 1)
    assert out.active is False
    if w.backend == "sqlite":
        with pytest.raises(AuthenticationFailed):
            AuthService(w.admin_db).sign_in(w.name("south_worker"), NEW_PASSWORD)
    else:  # the policies know active users only
        assert w.services("south_worker").families.search("חדאד") == []
    with pytest.raises(PermissionDenied):  # not one's own account
        admin.deactivate(w.users["admin"].id, _account(w, "admin", w.users["admin"].id).version)
    with pytest.raises(PermissionDenied):
        admin.reset_password(w.users["admin"].id, NEW_PASSWORD)
    # active again only by a change another officer approves
    again = admin.request_change(worker.id, "family_worker", worker.team_id, activate=True)
    w.services("manager").users.decide_change(again.id, True)
    assert _account(w, "admin", worker.id).active


def test_unlock_clears_the_sqlite_lock_out(sqlite_world: World) -> None:
    w = sqlite_world
    auth = AuthService(w.admin_db)
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            auth.sign_in("north_worker", "wrong-password")
    with pytest.raises(AccountLocked):
        auth.sign_in("north_worker", PASSWORD)
    assert _account(w, "admin", w.users["north_worker"].id).locked_until is not None
    unlocked = w.services("admin").users.unlock(w.users["north_worker"].id)
    assert unlocked.locked_until is None
    assert auth.sign_in("north_worker", PASSWORD).username == "north_worker"


@pytest.mark.parametrize("short", ["north_worker", "north_head", "intake"])
def test_case_workers_cannot_use_the_staff_accounts(world: World, short: str) -> None:
    users = world.services(short).users
    with pytest.raises(PermissionDenied):
        users.staff()
    with pytest.raises(PermissionDenied):
        users.request_change(world.users["south_worker"].id, "manager", None)
    with pytest.raises(PermissionDenied):
        users.add_user("sneaky", "x", "manager", None, NEW_PASSWORD)


def test_the_manager_approves_but_does_not_administer_accounts(world: World) -> None:
    users = world.services("manager").users
    assert {a.full_name for a in users.staff()} >= {"אבי מנהל", "מנהל מערכת"}
    with pytest.raises(PermissionDenied):
        users.reset_password(world.users["south_worker"].id, NEW_PASSWORD)

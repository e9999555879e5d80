"""person_match_keys attacked as PostgreSQL logins with raw SQL: nobody reads the keys of a person hidden
from them, and nothing a login writes there widens what it sees (forged rows, moved rows, deletes, rolled-back
tricks)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.support import World, as_login

REFUSED = "42501"  # insufficient_privilege: the WITH CHECK of a policy
KEYS_OF = text("SELECT script, first_key, last_key, birth_date FROM person_match_keys WHERE person_id = :p")
FORGE = text("INSERT INTO person_match_keys (person_id, script, first_key, last_key) VALUES (:p, 'lat', 'x', 'y')")


def _sqlstate(exc: pytest.ExceptionInfo[DBAPIError]) -> str | None:
    return getattr(exc.value.orig, "sqlstate", None)


@pytest.mark.postgres_only
def test_the_keys_are_read_only_for_visible_persons(pg_world: World) -> None:
    w = pg_world
    secret, cohen, haddad = w.persons["secret_mother"], w.persons["cohen_child"], w.persons["haddad_father"]
    with as_login(w, "manager") as c:
        everyone = set(c.execute(text("SELECT person_id FROM person_match_keys")).scalars())
    assert {secret, cohen, haddad} <= everyone
    for login, hidden in (("intake", {secret}), ("south_worker", {secret, cohen}), ("north_worker", {secret, haddad}),
                          ("admin", everyone), ("club", {secret})):
        with as_login(w, login) as c:
            seen = set(c.execute(text("SELECT person_id FROM person_match_keys")).scalars())
            visible = set(c.execute(text("SELECT id FROM persons")).scalars())
            assert seen == visible & everyone, login
            assert seen.isdisjoint(hidden), login
            for p in hidden:
                assert c.execute(KEYS_OF, {"p": p}).all() == []


@pytest.mark.postgres_only
def test_writes_cannot_reach_or_reveal_a_hidden_person(pg_world: World) -> None:
    w = pg_world
    secret, own = w.persons["secret_mother"], w.persons["cohen_child"]
    with as_login(w, "north_worker") as c:
        with pytest.raises(DBAPIError) as exc:  # a forged row for the hidden person
            c.execute(FORGE, {"p": secret})
        assert _sqlstate(exc) == REFUSED
        c.rollback()
        with pytest.raises(DBAPIError) as exc:  # an own row moved onto the hidden person
            c.execute(text("UPDATE person_match_keys SET person_id = :p WHERE person_id = :own"),
                      {"p": secret, "own": own})
        assert _sqlstate(exc) == REFUSED
        c.rollback()
        # deleting or changing the hidden person's keys touches nothing
        assert c.execute(text("DELETE FROM person_match_keys WHERE person_id = :p"), {"p": secret}).rowcount == 0
        assert c.execute(text("UPDATE person_match_keys SET first_key = 'x' WHERE person_id = :p"),
                         {"p": secret}).rowcount == 0
        c.commit()
        # inside a transaction that is rolled back: her keys stay unread whatever was tried first
        try:
            with c.begin_nested():
                c.execute(FORGE, {"p": secret})
        except DBAPIError:
            pass
        assert c.execute(KEYS_OF, {"p": secret}).all() == []
        c.rollback()
    with as_login(w, "north_worker2") as c:  # her own worker still reads her keys, unchanged
        rows = c.execute(KEYS_OF, {"p": secret}).all()
        assert [r.script for r in rows] == ["he"] and rows[0].first_key != "x"
    with as_login(w, "admin") as c:  # the administrator writes none
        with pytest.raises(DBAPIError) as exc:
            c.execute(FORGE, {"p": own})
        assert _sqlstate(exc) == REFUSED
        c.rollback()


CANDIDATES = text(
    "SELECT id, first_name, by_phone FROM maane_duplicate_candidates(CAST(:lasts AS text[]), CAST(:firsts AS text[]),"
    " '{}', '{}', CAST(:lasts AS text[]), CAST(:firsts AS text[]), CAST(:lo AS date), CAST(:hi AS date), NULL, NULL,"
    " '{}',"
    " 'il', :idn, CAST(:phones AS text[]), 500)")


@pytest.mark.postgres_only
def test_the_definer_function_answers_only_what_the_login_may_see(pg_world: World) -> None:
    """Called directly with the hidden mother's ID number, phone, name keys and birth date: nothing for those
    who may not see her file, her row for her own worker; nothing at all for the administrator."""
    from datetime import date

    from models.people.duplicates import skeleton
    from tests.support import valid_id

    w = pg_world
    params = {"lasts": [skeleton("סודי")], "firsts": [skeleton("רחל")], "lo": date(1990, 5, 2),
              "hi": date(1990, 5, 8), "idn": valid_id(6), "phones": ["0500000006"]}
    for login in ("intake", "north_worker", "south_worker", "south_head", "admin", "club"):
        with as_login(w, login) as c:
            assert c.execute(CANDIDATES, params).all() == [], login
    for login in ("north_worker2", "north_head", "manager"):
        with as_login(w, login) as c:
            assert [tuple(r) for r in c.execute(CANDIDATES, params)] == [
                (w.persons["secret_mother"], "רחל", True)], login
    # nor does the administrator by an ID number
    with as_login(w, "admin") as c:
        assert c.execute(text("SELECT count(*) FROM maane_duplicate_candidates('{}', '{}', '{}', '{}', '{}', '{}',"
                              " NULL, NULL, NULL, NULL, '{}', 'il', :idn, '{}', 500)"), {"idn": valid_id(2)}).scalar() == 0

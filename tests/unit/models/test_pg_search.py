"""PostgreSQL search helpers: maane_search_files (family-file search as a definer function) and the plans of
the person-side policies, checked as real logins against the brute-force statement of the rules that
tests/unit/models/test_pg_security.py keeps (its ``sec`` world: two teams, restricted files, named users, persons in
zero, one or two files).

Runs only when MAANE_TEST_DATABASE_URL names a superuser connection.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, insert, text
from sqlalchemy.exc import DBAPIError

from models.text import search_key
from tests.unit.models import test_pg_security as _security
from tests.unit.models.test_pg_security import ALL_LOGINS, PG_URL, QUERIES, SecWorld, T, _split

sec = _security.sec  # the module-scoped world of test_pg_security (a database of its own for this module)

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(PG_URL is None, reason="PostgreSQL not configured"),
]

SEARCH_FILES = (
    "SELECT t.id FROM maane_search_files(CAST(:s AS text[]), CAST(:p AS text[]), CAST(:idn AS text),"
    " CAST(:phone AS text), CAST(:closed AS boolean)) WITH ORDINALITY AS t(id, n) ORDER BY t.n"
)
USERS = ["fam_a", "fam_a2", "fam_b", "named_b", "youth_a", "intake", "coord", "head_a", "head_b", "mgr"]


def _file_order(sec: SecWorld) -> dict[int, tuple[str, str, int]]:
    with sec.owner.connect() as c:
        rows = c.execute(text("SELECT id, family_name_key, file_number FROM family_files")).all()
    return {r[0]: (r[1], r[2], r[0]) for r in rows}


def _expected_files(sec: SecWorld, who: str, persons: set[int], order: dict[int, tuple[str, str, int]]) -> list[int]:
    """Brute force: the files ``who`` may see with a member among ``persons``, in list order."""
    files = {f for pid in persons for f in sec.members.get(pid, set())}
    return sorted((f for f in files if sec.can_see_file(who, sec.files[f])), key=lambda f: order[f])


def _matching_persons(sec: SecWorld, subs: list[str], prefixes: list[str]) -> set[int]:
    if not subs and not prefixes:
        return set()
    return {
        p.id
        for p in sec.persons.values()
        if all(s in p.search_key for s in subs) and all(any(w.startswith(x) for w in p.words) for x in prefixes)
    }


@pytest.mark.parametrize("who", USERS)
def test_search_files_by_names_returns_what_a_brute_force_filter_returns(sec: SecWorld, who: str) -> None:
    order = _file_order(sec)
    with sec.as_(who) as c:
        for q in [*QUERIES, "אבוקסיס", "סודית", "משותפת", "ברזילי"]:
            subs, prefixes = _split(q)
            got = list(c.execute(text(SEARCH_FILES), {"s": subs, "p": prefixes, "idn": None, "phone": None,
                                                      "closed": True}).scalars())
            assert got == _expected_files(sec, who, _matching_persons(sec, subs, prefixes), order), (who, q)
            # and never a file row-level security would hide from the same login
            assert set(got) <= set(c.execute(text("SELECT id FROM family_files")).scalars()), (who, q)


@pytest.mark.parametrize("who", USERS)
def test_search_files_by_phone_and_id_number(sec: SecWorld, who: str) -> None:
    order = _file_order(sec)
    everyone = set(sec.persons)  # every person of the world has this phone, none an ID number
    with sec.as_(who) as c:
        by_phone = list(c.execute(text(SEARCH_FILES), {"s": [], "p": [], "idn": None, "phone": "0500000000",
                                                       "closed": True}).scalars())
        assert by_phone == _expected_files(sec, who, everyone, order), who
        for idn, phone in [("000000018", None), (None, "0599999999"), (None, None), ("", "")]:
            got = list(c.execute(text(SEARCH_FILES), {"s": [], "p": [], "idn": idn, "phone": phone,
                                                      "closed": True}).scalars())
            assert got == [], (who, idn, phone)


def test_search_files_restricted_and_closed(sec: SecWorld) -> None:
    subs, prefixes = _split(" ".join(("זרובבל", "קסטלנובו")))
    rb = sec.fixed["RB"]
    for who in ALL_LOGINS:
        with sec.as_(who) as c:
            got = list(c.execute(text(SEARCH_FILES), {"s": subs, "p": prefixes, "idn": None, "phone": None,
                                                      "closed": True}).scalars())
        assert got == ([rb] if who in {"head_b", "mgr"} else []), who
    # include_closed false leaves closed files out (the change is rolled back)
    fa = sec.fixed["FA"]
    subs, prefixes = _split("אבוקסיס")
    with sec.owner.connect() as c:
        c.execute(text("UPDATE family_files SET status = 'closed', closed_on = DATE '2026-02-01' WHERE id = :f"),
                  {"f": fa})
        c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login("mgr")}"')
        args = {"s": subs, "p": prefixes, "idn": None, "phone": None}
        assert fa in c.execute(text(SEARCH_FILES), {**args, "closed": True}).scalars().all()
        assert fa not in c.execute(text(SEARCH_FILES), {**args, "closed": False}).scalars().all()
        c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()


def test_search_files_gives_nothing_to_admin_unknown_and_inactive_logins(sec: SecWorld) -> None:
    for who in ("admin", "gone_a", "ghost"):
        with sec.as_(who) as c:
            got = c.execute(text(SEARCH_FILES), {"s": [], "p": ["מ"], "idn": None, "phone": "0500000000",
                                                 "closed": True}).scalars().all()
        assert got == [], who
    with sec.as_("mgr") as c:
        for subs, prefixes in [([], []), (["%%%"], []), (["", ""], [""])]:
            got = c.execute(text(SEARCH_FILES), {"s": subs, "p": prefixes, "idn": None, "phone": None,
                                                 "closed": True}).scalars().all()
            assert got == [], (subs, prefixes)


@pytest.mark.parametrize("who", ["fam_a", "intake", "head_b", "mgr"])
def test_person_policies_probe_one_person_not_every_membership(sec: SecWorld, who: str) -> None:
    """The policies on persons, person_phones and person_name_keys test the row's person with a correlated
    probe; a "hashed SubPlan" would build every visible membership for each statement (80 ms on 30,000
    files for one person's phones)."""
    pid = sec.fixed["shared"]
    with sec.as_(who) as c:
        for table, col in (("persons", "id"), ("person_phones", "person_id"), ("person_name_keys", "person_id")):
            plan = "\n".join(c.execute(text(f"EXPLAIN SELECT * FROM {table} WHERE {col} = :p"), {"p": pid}).scalars())
            assert "hashed SubPlan" not in plan, (table, plan)


def test_search_files_by_id_number_finds_only_visible_files(sec: SecWorld) -> None:
    """pr1 is only in RA, team A's restricted file (worker fam_a2, named_b named on it)."""
    pr1, ra = sec.fixed["pr1"], sec.fixed["RA"]
    for who in ALL_LOGINS:
        with sec.owner.connect() as c:
            c.execute(text("UPDATE persons SET id_kind = 'il', id_number = '000000018' WHERE id = :p"), {"p": pr1})
            c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login(who)}"')
            got = c.execute(text(SEARCH_FILES), {"s": [], "p": [], "idn": "000000018", "phone": None,
                                                 "closed": True}).scalars().all()
            c.exec_driver_sql("RESET SESSION AUTHORIZATION")
            c.rollback()
        assert got == ([ra] if sec.can_see_file(who, sec.files[ra]) else []), who
        assert (who in {"fam_a2", "named_b", "head_a", "mgr"}) == bool(got), who


SEARCH_FILES_PAGE = (
    "SELECT t.id FROM maane_search_files(CAST(:s AS text[]), CAST(:p AS text[]), CAST(:idn AS text),"
    " CAST(:phone AS text), CAST(:closed AS boolean), CAST(:lim AS integer)) WITH ORDINALITY AS t(id, n)"
    " ORDER BY t.n"
)


@pytest.mark.parametrize("who", USERS)
def test_a_page_of_the_file_search_is_the_head_of_the_brute_force_answer(sec: SecWorld, who: str) -> None:
    """Revision 0008's maane_search_files with a limit: a prefix that starts many names is answered by a walk
    of the list order (in this small world every prefix with a match walks), the others by collecting;
    either way the first files of what the brute force finds, open ones only when closed are left out."""
    order = _file_order(sec)
    with sec.owner.connect() as c:
        open_files = set(c.execute(text("SELECT id FROM family_files WHERE status = 'open'")).scalars())
    with sec.as_(who) as c:
        for q in [*QUERIES, "אבוקסיס", "סודית", "א", "ב", "ד", "כ"]:
            subs, prefixes = _split(q)
            expected = _expected_files(sec, who, _matching_persons(sec, subs, prefixes), order)
            for closed in (True, False):
                want = expected if closed else [f for f in expected if f in open_files]
                for lim in (1, 2, 3, 7, 200, None):
                    got = list(c.execute(text(SEARCH_FILES_PAGE), {"s": subs, "p": prefixes, "idn": None,
                                                                   "phone": None, "closed": closed,
                                                                   "lim": lim}).scalars())
                    assert got == (want if lim is None else want[:lim]), (who, q, closed, lim)
        by_phone = list(c.execute(text(SEARCH_FILES_PAGE), {"s": [], "p": [], "idn": None, "phone": "0500000000",
                                                            "closed": True, "lim": 2}).scalars())
        assert by_phone == _expected_files(sec, who, set(sec.persons), order)[:2], who


def test_a_page_of_a_prefix_reads_the_files_in_list_order_from_the_letter_index(sec: SecWorld) -> None:
    """A prefix that starts many names: the plan reads file_name_words in list order from its letter index
    (revision 0010; revision 0008 walked ix_family_files_sort), not a sort of every match."""
    with sec.owner.connect() as c:
        c.exec_driver_sql("LOAD 'auto_explain'")
        for setting in ("log_min_duration = 0", "log_nested_statements = on", "log_level = notice"):
            c.exec_driver_sql(f"SET auto_explain.{setting}")
        plans: list[str] = []
        c.connection.driver_connection.add_notice_handler(lambda d: plans.append(d.message_primary or ""))
        c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login("mgr")}"')
        got = c.execute(text(SEARCH_FILES_PAGE), {"s": [], "p": ["א"], "idn": None, "phone": None,
                                                  "closed": True, "lim": 1}).scalars().all()
        c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()
    assert len(got) == 1
    pages = [p for p in plans if "FROM file_name_words x" in p]
    assert pages and "ix_file_name_words_letter1" in pages[0], plans
    assert "Sort" not in pages[0], pages[0]
    assert not any("WITH r AS MATERIALIZED" in p for p in plans), "the page was read in order: no second plan"


# --- revision 0010: prefixes in name order from the letter indexes, numbers typed into the people search ----

BY_NUMBER = ("SELECT t.id FROM maane_search_persons_by_number(CAST(:idn AS text), CAST(:phone AS text),"
             " CAST(:lim AS integer)) WITH ORDINALITY AS t(id, n) ORDER BY t.n")
PREFIX_QUERIES = ["מ", "ה", "ש", "כ", "דו", "מש", "אב", "ש דה", "כ י", "אבר א", "ז", "קס", "x"]


def _name_order(sec: SecWorld, ids: set[int]) -> list[int]:
    return sorted(ids, key=lambda pid: (sec.persons[pid].last_key, sec.persons[pid].first_key, pid))


@pytest.mark.parametrize("who", USERS)
def test_a_page_of_a_prefix_search_is_the_head_of_the_brute_force_answer(sec: SecWorld, who: str) -> None:
    """1-2 letter prefixes are read from the letter indexes in name order: every page size, each login, the
    first visible matches in name order, each person once (several of a person's words may start with the
    prefix), never one row-level security hides."""
    with sec.as_(who) as c:
        visible = set(c.execute(text("SELECT id FROM persons")).scalars())
        for q in PREFIX_QUERIES:
            subs, prefixes = _split(q)
            expected = _name_order(sec, sec.expected_search(who, subs, prefixes))
            for limit in (1, 3, 7, 50):
                got = list(c.execute(text("SELECT * FROM maane_search_persons(:s, :p, :n)"),
                                     {"s": subs, "p": prefixes, "n": limit}).scalars())
                assert got == expected[:limit], (who, q, limit)
                assert set(got) <= visible, (who, q)


def test_a_prefix_page_gives_nothing_to_admin_unknown_and_inactive_logins(sec: SecWorld) -> None:
    for who in ("admin", "gone_a", "ghost"):
        with sec.as_(who) as c:
            for prefixes in (["מ"], ["דו"], ["ש", "דה"]):
                got = c.execute(text("SELECT * FROM maane_search_persons(CAST(:s AS text[]), :p, 50)"),
                                {"s": [], "p": prefixes}).scalars().all()
                assert got == [], (who, prefixes)


@pytest.mark.parametrize("who", USERS)
def test_a_number_in_the_people_search_finds_exactly_the_visible_persons(sec: SecWorld, who: str) -> None:
    """maane_search_persons_by_number, as each login: every person of the world has the phone 0500000000, so
    it returns the persons the login may see (no more: a definer function reads past row-level security), in
    name order, cut at the limit; an ID number nobody has, another phone, or nothing finds nothing."""
    expected = _name_order(sec, sec.visible_persons(who))
    with sec.as_(who) as c:
        assert set(expected) == set(c.execute(text("SELECT id FROM persons")).scalars()), who
        for lim in (None, 1, 5):
            got = list(c.execute(text(BY_NUMBER), {"idn": None, "phone": "0500000000", "lim": lim}).scalars())
            assert got == (expected if lim is None else expected[:lim]), (who, lim)
        for idn, phone in [("000000018", None), (None, "0599999999"), (None, None), ("", ""), ("%", "%")]:
            assert c.execute(text(BY_NUMBER), {"idn": idn, "phone": phone, "lim": 50}).scalars().all() == [], \
                (who, idn, phone)


def test_a_number_search_gives_nothing_to_admin_unknown_and_inactive_logins(sec: SecWorld) -> None:
    for who in ("admin", "gone_a", "ghost"):
        with sec.as_(who) as c:
            got = c.execute(text(BY_NUMBER), {"idn": None, "phone": "0500000000", "lim": None}).scalars().all()
        assert got == [], who


def test_a_number_search_finds_an_id_number_only_where_its_person_is_visible(sec: SecWorld) -> None:
    """The secret person (another team's restricted file) gets an ID number, inside a transaction rolled
    back: only the logins entitled to that file find it by that number; the function takes no user to name,
    so nothing a caller passes widens it."""
    secret = sec.fixed["secret"]
    with sec.owner.connect() as c:
        c.execute(text("UPDATE persons SET id_kind = 'il', id_number = '000000018' WHERE id = :p"), {"p": secret})
        for who in ALL_LOGINS:
            c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login(who)}"')
            got = c.execute(text(BY_NUMBER), {"idn": "000000018", "phone": None, "lim": 50}).scalars().all()
            c.exec_driver_sql("RESET SESSION AUTHORIZATION")
            assert got == ([secret] if who in {"head_b", "mgr"} else []), who
        c.rollback()


def test_name_keys_carry_their_persons_sort_keys_whatever_the_writer_sends(sec: SecWorld) -> None:
    """The sort keys of person_name_keys are the database's: a worker who writes a word with other keys gets
    the person's; a person's new name moves their words; a word of a person the login may not see is still
    refused (the policy), and the new columns widen nothing a login reads."""
    fam_a = sec.login("fam_a")
    pid = next(p for p in sorted(sec.visible_persons("fam_a")) if sec.members.get(p))
    hidden = sec.fixed["secret"]
    with sec.owner.connect() as c:
        c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{fam_a}"')
        c.execute(text("INSERT INTO person_name_keys (person_id, word, last_name_key, first_name_key)"
                       " VALUES (:p, 'zzzword', 'aaa', 'aaa')"), {"p": pid})
        row = c.execute(text("SELECT last_name_key, first_name_key FROM person_name_keys"
                             " WHERE person_id = :p AND word = 'zzzword'"), {"p": pid}).one()
        assert tuple(row) == (sec.persons[pid].last_key, sec.persons[pid].first_key)
        c.execute(text("UPDATE person_name_keys SET last_name_key = 'aaa' WHERE person_id = :p"), {"p": pid})
        assert set(c.execute(text("SELECT last_name_key FROM person_name_keys WHERE person_id = :p"),
                             {"p": pid}).scalars()) == {sec.persons[pid].last_key}
        c.execute(text("UPDATE persons SET last_name_key = 'ששש' WHERE id = :p"), {"p": pid})
        assert set(c.execute(text("SELECT last_name_key FROM person_name_keys WHERE person_id = :p"),
                             {"p": pid}).scalars()) == {"ששש"}
        with pytest.raises(DBAPIError) as refused, c.begin_nested():
            c.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:p, 'zzzword')"), {"p": hidden})
        assert refused.value.orig is not None and getattr(refused.value.orig, "sqlstate", None) == "42501"
        assert c.execute(text("SELECT count(*) FROM person_name_keys WHERE person_id = :p"),
                         {"p": hidden}).scalar_one() == 0
        c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()


def test_the_trigger_functions_cannot_be_called(sec: SecWorld) -> None:
    with sec.as_("fam_a") as c:
        for fn in ("search_name_keys_sort()", "search_persons_sort()", "search_name_words_add()"):
            with pytest.raises(DBAPIError), c.begin_nested():
                c.execute(text(f"SELECT {fn}"))


def test_the_file_search_follows_members_words_and_files_changed_with_sql(sec: SecWorld) -> None:
    """file_name_words is the database's: as the owner, members leave and join files, a person's words are
    rewritten, a file is renamed; after each, every page of the file search is still the head of the
    brute-force answer for every login (inside a transaction rolled back)."""
    queries = ["א", "ש", "דו", "אבוקסיס", "אבר א", "לאה"]
    fa, fb = sec.fixed["FA"], sec.fixed["FB"]
    pa1, shared = sec.fixed["pa1"], sec.fixed["shared"]
    with sec.owner.connect() as c:
        c.execute(text("DELETE FROM family_members WHERE person_id = :p AND file_id = :f"), {"p": shared, "f": fb})
        c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'other')"),
                  {"f": fb, "p": pa1})
        c.execute(text("DELETE FROM person_name_keys WHERE person_id = :p"), {"p": pa1})
        c.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:p, 'אבישג'), (:p, 'דורון')"),
                  {"p": pa1})
        c.execute(text("UPDATE persons SET search_key = 'אבישג דורון' WHERE id = :p"), {"p": pa1})
        c.execute(text("UPDATE family_files SET family_name_key = 'תתת' WHERE id = :f"), {"f": fa})
        members: dict[int, set[int]] = {pid: set(sec.members.get(pid, set())) for pid in sec.persons}
        members[shared] = members[shared] - {fb}
        members[pa1] = members[pa1] | {fb}
        words = {pid: set(p.words) for pid, p in sec.persons.items()}
        words[pa1] = {"אבישג", "דורון"}
        rows = c.execute(text("SELECT id, family_name_key, file_number FROM family_files")).all()
        order = {r[0]: (r[1], r[2], r[0]) for r in rows}
        for who in ("fam_a", "fam_b", "head_b", "intake", "mgr"):
            c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login(who)}"')
            for q in queries:
                subs, prefixes = _split(q)
                matching = {pid for pid, ws in words.items()
                            if all(any(s in w for w in ws) for s in subs)
                            and all(any(w.startswith(x) for w in ws) for x in prefixes)}
                files = {f for pid in matching for f in members[pid]}
                want = sorted((f for f in files if sec.can_see_file(who, sec.files[f])), key=lambda f: order[f])
                for lim in (1, 3, 50):
                    got = list(c.execute(text(SEARCH_FILES_PAGE), {"s": subs, "p": prefixes, "idn": None,
                                                                   "phone": None, "closed": True, "lim": lim}))
                    assert [r[0] for r in got] == want[:lim], (who, q, lim)
            c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()


def test_no_login_reads_or_writes_the_search_tables(sec: SecWorld) -> None:
    for who in ALL_LOGINS:
        with sec.as_(who) as c:
            for sql in ("SELECT count(*) FROM file_name_words", "SELECT count(*) FROM person_name_words",
                        "INSERT INTO person_name_words (word) VALUES ('x')",
                        "DELETE FROM file_name_words", "UPDATE person_name_words SET word = 'y'"):
                with pytest.raises(DBAPIError) as refused, c.begin_nested():
                    c.execute(text(sql))
                assert getattr(refused.value.orig, "sqlstate", None) == "42501", (who, sql)


PAGE = ("SELECT id, last_name, phones FROM maane_search_persons_page(CAST(:s AS text[]), CAST(:p AS text[]),"
        " CAST(:idn AS text), CAST(:phone AS text), CAST(:lim AS integer))")


@pytest.mark.parametrize("who", USERS)
def test_a_page_of_the_people_search_shows_only_what_the_search_functions_give(sec: SecWorld, who: str) -> None:
    """maane_search_persons_page returns the rows of exactly the persons maane_search_persons (names) or
    maane_search_persons_by_number (a number) give the login, in their order, with their phones: for a name
    query the head of the brute-force answer, for the phone every person of the world has the visible ones."""
    with sec.as_(who) as c:
        for q in ["ש", "כהן", "אבר א", "דו"]:
            subs, prefixes = _split(q)
            rows = c.execute(text(PAGE), {"s": subs, "p": prefixes, "idn": None, "phone": None, "lim": 7}).all()
            assert [r[0] for r in rows] == _name_order(sec, sec.expected_search(who, subs, prefixes))[:7], (who, q)
            assert all(list(r[2]) == ["050-0000000"] for r in rows), (who, q)
        rows = c.execute(text(PAGE), {"s": [], "p": [], "idn": None, "phone": "0500000000", "lim": 500}).all()
        assert [r[0] for r in rows] == _name_order(sec, sec.visible_persons(who)), who
        assert c.execute(text(PAGE), {"s": [], "p": [], "idn": None, "phone": None, "lim": 50}).all() == []


def test_a_page_of_the_people_search_gives_nothing_to_admin_unknown_and_inactive_logins(sec: SecWorld) -> None:
    for who in ("admin", "gone_a", "ghost"):
        with sec.as_(who) as c:
            for args in ({"s": [], "p": ["מ"], "idn": None, "phone": None},
                         {"s": [], "p": [], "idn": None, "phone": "0500000000"}):
                assert c.execute(text(PAGE), {**args, "lim": 50}).all() == [], (who, args)


# --- revision 0012: two words, the lead word's persons intersected with the other word's ------------------

HEBREW_LETTERS = "אבגדהוזחטיכלמנסעפצקרשת"
TWO_WORD_QUERIES = ["יעלית פר", "יעלית פרץ", "פרץ יעלית", "יעלית ג", "יעלית גבאי", "יעלית תמר", "משה ת",
                    "פרץ י", "יעלית ק", "יעלית שלוםק", "גבאי יעלית"]


def _add_crowd(c: Connection, sec: SecWorld) -> dict[int, tuple[str, str, frozenset[str], set[int]]]:
    """Persons added as the owner (inside the caller's transaction): 100 named "יעלית" (4 of them "פרץ", half
    "גבאי", the others each a last name of its own holding "תמר"), 30 "משה" (half "פרץ", half more "תמר"
    names: more than 64 words hold "תמר") and 10 "דנה פרץ", spread over the world's files (restricted ones
    too) and none. Returns id -> (last key, first key, words, files)."""
    files = sorted(sec.files)
    added: dict[int, tuple[str, str, frozenset[str], set[int]]] = {}
    names = ([("יעלית", "פרץ" if i % 25 == 3 else "גבאי" if i % 2 == 0 else f"תמר{HEBREW_LETTERS[i % 22]}"
                                                                            f"{HEBREW_LETTERS[i // 22]}")
              for i in range(100)]
             + [("משה", "פרץ" if i % 2 else f"תמר{HEBREW_LETTERS[i % 22]}ש") for i in range(30)]
             + [("דנה", "פרץ")] * 10)
    for n, (first, last) in enumerate(names):
        key = search_key(f"{first} {last}")
        pid = c.execute(insert(T["persons"]).values(
            id_kind="none", id_number=None, first_name=first, last_name=last, first_name_key=search_key(first),
            last_name_key=search_key(last), search_key=key).returning(T["persons"].c.id)).scalar_one()
        words = frozenset(key.split())
        for word in words:
            c.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:p, :w)"), {"p": pid, "w": word})
        joined = set() if n % 7 == 0 else {files[n % len(files)], files[(n * 5) % len(files)]}
        for fid in joined:
            c.execute(text("INSERT INTO family_members (file_id, person_id, relation) VALUES (:f, :p, 'other')"),
                      {"f": fid, "p": pid})
        added[pid] = (search_key(last), search_key(first), words, joined)
    c.exec_driver_sql("ANALYZE person_name_keys")  # the letter indexes' statistics: how many entries a prefix has
    return added


def test_two_words_rare_and_common_combinations_are_the_head_of_the_brute_force_answer(sec: SecWorld) -> None:
    """Two words, one of 3+ letters, as every login and for every page size: a rare combination ("יעלית פר":
    4 of the 100 persons of "יעלית") is answered by intersecting the lead word's persons with the other
    word's, a common one ("יעלית ג") by the walk of the lead's first persons; another word of more than 64
    words ("תמר") by its LIKE. Each time the first visible matches in name order, each person once, exactly
    what the brute force gives (the persons added inside a transaction rolled back)."""
    with sec.owner.connect() as c:
        added = _add_crowd(c, sec)
        everyone = {pid: (p.last_key, p.first_key, p.words, sec.members.get(pid, set()))
                    for pid, p in sec.persons.items()} | added
        for who in USERS:
            c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login(who)}"')
            for q in TWO_WORD_QUERIES:
                subs, prefixes = _split(q)
                want = sorted(
                    (pid for pid, (_l, _f, words, fids) in everyone.items()
                     if all(any(s in w for w in words) for s in subs)
                     and all(any(w.startswith(x) for w in words) for x in prefixes)
                     and (not fids or any(sec.can_see_file(who, sec.files[f]) for f in fids))),
                    key=lambda pid: (everyone[pid][0], everyone[pid][1], pid))
                for lim in (1, 3, 7, 20, 50, 200):
                    got = list(c.execute(text("SELECT * FROM maane_search_persons(:s, :p, :n)"),
                                         {"s": subs, "p": prefixes, "n": lim}).scalars())
                    assert got == want[:lim], (who, q, lim)
            c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()


def test_a_rare_combination_is_intersected_not_walked_person_by_person(sec: SecWorld) -> None:
    """The plan of "יעלית פר", a page of 3 as the manager: the walk of the lead's first 12 persons finds no
    page, then one statement intersects the lead's persons with the prefix's (no per-person probe of the
    prefix over every person of the lead). "דנה מ", a page of 1: "מ" starts more than 3 times the entries
    of "דנה", so the walk goes on as in revision 0010, and nothing is intersected."""
    with sec.owner.connect() as c:
        _add_crowd(c, sec)
        c.exec_driver_sql("LOAD 'auto_explain'")
        for setting in ("log_min_duration = 0", "log_nested_statements = on", "log_level = notice"):
            c.exec_driver_sql(f"SET auto_explain.{setting}")
        plans: list[str] = []
        c.connection.driver_connection.add_notice_handler(lambda d: plans.append(d.message_primary or ""))
        c.exec_driver_sql(f'SET SESSION AUTHORIZATION "{sec.login("mgr")}"')
        got = c.execute(text("SELECT * FROM maane_search_persons(:s, :p, 3)"),
                        {"s": ["יעלית"], "p": ["פר"]}).scalars().all()
        rare = list(plans)
        plans.clear()
        subs, prefixes = _split("דנה מ")
        common = c.execute(text("SELECT * FROM maane_search_persons(:s, :p, 1)"),
                           {"s": subs, "p": prefixes}).scalars().all()
        c.exec_driver_sql("RESET SESSION AUTHORIZATION")
        c.rollback()
    assert len(got) == 3 and len(common) <= 1
    walks = [p for p in rare if "LIMIT 4 * $5" in p]
    joins = [p for p in rare if "FROM person_name_keys l WHERE l.word = ANY ($6)" in p]
    assert len(walks) == 1 and len(joins) == 1, rare
    assert not [p for p in plans if "LIMIT 4 * $5" in p or "FROM person_name_keys l WHERE" in p], plans

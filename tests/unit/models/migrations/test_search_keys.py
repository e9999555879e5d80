"""Migration 0003 recomputes the search keys of a database written by the rules of revision 0001, on both
backends: afterwards the stored keys are what the code computes, and the searches of issue 5 find the old
rows."""

from __future__ import annotations

import re
import unicodedata
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models.db import Database, make_engine
from models.families.dto import NewFamilyFile
from models.families.entities import FamilyFile
from models.migrate import upgrade
from models.people.dto import PersonInput
from models.people.entities import Person, PersonNameKey, PersonPhone
from models.search import brute_force_match, keys_for, parse_query, renumber_name_ranks
from models.settings import SCHEMA_REVISION
from models.text import phone_digits, search_key
from tests.support import RUN_TAG, build_world, create_pg_database, drop_pg_database, valid_id

# ---- the rules of revision 0001, as its code stored them ---------------------------------------------------
_OLD_FINALS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ", "ى": "ي", "ة": "ه"})
_OLD_DROP = dict.fromkeys(map(ord, "\u05f3\u05f4'\"`\u2018\u2019\u201c\u201d\u00b4"), None)
_OLD_DROP[0x0640] = None
_OLD_SEPARATORS = re.compile(r"[\s\u05be\-_.,;:/\\()\[\]{}<>|!?*%+=&^$#@~]+")


def _old_key(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = stripped.casefold().translate(_OLD_DROP).translate(_OLD_FINALS)
    return " ".join(t for t in _OLD_SEPARATORS.split(folded) if t)


def _old_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return "0" + digits[3:] if digits.startswith("972") else digits


PEOPLE = [  # first, last, first_ar, last_ar, phone
    ("\u200fדנה\u200e", "בן דוד", "", "", "(050) 765.4321"),
    ("כרים", "ח\u02bcורי", "کریم", "خوری", "+972 (0)52 111 2233"),
    ("שירה", "בן\u2013עמי", "", "", "054-1112233"),
    ("מיכל", "כ\u200dהן", "", "", "02 623 4567"),
    ("משה", "אבוטבול", "", "", "050-0000099"),
]


def _revision_before_0003() -> str:
    from alembic.script import ScriptDirectory

    from models.migrate import _config

    down = ScriptDirectory.from_config(_config()).get_revision("0003").down_revision
    assert isinstance(down, str)
    return down


BEFORE = _revision_before_0003()  # whatever revision 0003 follows ("0002")


@pytest.fixture
def old_database(backend: str, tmp_path: Path):
    """A database whose rows carry the keys the code of 0001 computed. Its rows are written through today's
    services (so at today's revision: they call what later revisions created), then their keys are put back
    to the old ones; the test then takes the database down to the revision before 0003 and up again."""
    if backend == "sqlite":
        url, name = f"sqlite:///{tmp_path / 'old.sqlite'}", None
    else:
        name = f"{RUN_TAG}_m{uuid.uuid4().hex[:8]}"
        url = create_pg_database(name)
    engine = make_engine(url)
    assert upgrade(engine) == SCHEMA_REVISION
    engine.dispose()
    world = build_world(url, backend)
    svc = world.services("manager")
    teams = {t.name: t.id for t in svc.families.teams()}
    ids = [svc.people.create(PersonInput(first_name=f, last_name=la, first_name_ar=fa, last_name_ar=lar,
                                         id_number=valid_id(900 + i), phones=(ph,))).id
           for i, (f, la, fa, lar, ph) in enumerate(PEOPLE)]
    svc.families.open_file(NewFamilyFile(family_name="משפחת\u200f בן\u2013דוד", team_id=teams["צוות צפון"]),
                           [(ids[0], "parent")])
    with world.admin_db.session() as s:  # back to what revision 0001 stored
        for p in s.scalars(select(Person)):
            first, last = _old_key(p.first_name), _old_key(p.last_name)
            parts = [first, last] + [_old_key(v) for v in (p.first_name_ar, p.last_name_ar, p.first_name_lat,
                                                          p.last_name_lat)]
            key = " ".join(x for x in parts if x)
            s.execute(text("UPDATE persons SET first_name_key = :f, last_name_key = :l, search_key = :k"
                           " WHERE id = :id"), {"f": first, "l": last, "k": key, "id": p.id})
            s.execute(text("DELETE FROM person_name_keys WHERE person_id = :id"), {"id": p.id})
            for w in dict.fromkeys(key.split()):
                s.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:id, :w)"), {"id": p.id, "w": w})
            for ph in p.phones:
                s.execute(text("UPDATE person_phones SET digits = :d WHERE id = :id"),
                          {"d": _old_phone(ph.number), "id": ph.id})
        for f in s.scalars(select(FamilyFile)):
            s.execute(text("UPDATE family_files SET family_name_key = :k WHERE id = :id"),
                      {"k": _old_key(f.family_name), "id": f.id})
        if backend == "sqlite":
            renumber_name_ranks(s.connection())
    yield world, url
    world.close()
    if name:
        drop_pg_database(name)


def test_upgrade_recomputes_the_search_keys(old_database) -> None:
    world, url = old_database
    svc = world.services("manager")
    # the old keys: a pasted name or a Persian letter matched nothing, a double surname typed together neither
    assert svc.people.search("בןדוד") == [] and svc.people.search("كريم") == []
    assert "מיכל" not in {p.first_name for p in svc.people.search("כהן")}
    assert svc.people.search("052-1112233") == []  # stored from "+972 (0)52 ..." as 00521112233
    world.close()

    from alembic import command

    from models.migrate import _config

    engine = make_engine(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), BEFORE)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == BEFORE
    assert upgrade(engine) == SCHEMA_REVISION
    engine.dispose()

    db = Database(make_engine(url))
    try:
        with db.session() as s:
            persons = s.scalars(select(Person).order_by(Person.id)).all()
            for p in persons:
                first, last, key, words = keys_for(p.first_name, p.last_name, p.first_name_ar, p.last_name_ar,
                                                   p.first_name_lat, p.last_name_lat)
                assert (p.first_name_key, p.last_name_key, p.search_key) == (first, last, key), p.first_name
                stored = set(s.scalars(select(PersonNameKey.word).where(PersonNameKey.person_id == p.id)))
                assert stored == set(words), p.first_name
                for ph in p.phones:
                    assert ph.digits == phone_digits(ph.number)
            for f in s.scalars(select(FamilyFile)):
                assert f.family_name_key == search_key(f.family_name), f.family_name
            assert search_key("משפחת בן דוד") in {f.family_name_key for f in s.scalars(select(FamilyFile))}
            if world.backend == "sqlite":  # the trigram index's row ids follow the new name order
                ranked = [p.id for p in sorted(persons, key=lambda p: p.name_rank)]
                assert ranked == [p.id for p in sorted(persons, key=lambda p: (p.last_name_key, p.first_name_key, p.id))]
            everyone = [(p.id, p.search_key) for p in persons]
            digits = {ph.digits: ph.person_id for ph in s.scalars(select(PersonPhone))}
        # and the searches a user types now find the old rows, as the reference says
        reopened = world.services("manager")  # its engines were disposed: new connections
        for q in ("בןדוד", "בן-דוד", "كريم", "کریم", "כהן", "ח'ורי", "בןעמי", "אבוט", "משה א"):
            parsed = parse_query(q)
            expected = {pid for pid, key in everyone if brute_force_match(key, parsed)}
            got = {p.id for p in reopened.people.search(q)}
            assert got == expected and got, q
        assert [p.id for p in reopened.people.search("050-7654321")] == [digits["0507654321"]]
        assert [p.id for p in reopened.people.search("(052) 111-2233")] == [digits["0521112233"]]
        assert len(reopened.families.search("בןדוד")) == 1
    finally:
        db.dispose()


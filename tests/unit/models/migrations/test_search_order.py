"""Revision 0010: person_name_keys carries its person's sort keys and person_name_words lists the words, on a
database made before it; the database keeps both right afterwards; the downgrade goes back to 0008."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import make_engine
from models.migrate import upgrade
from models.search import keys_for
from tests.support import RUN_TAG, create_pg_database, drop_pg_database
from tests.unit.models.migrations import secured_as_before_0017

PEOPLE = [("משה", "כהן"), ("שרה", "כהן"), ("אברהם", "שושן"), ("דנה", "בן דוד"), ("Zoë", "אובריאן")]


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mig_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


def _add_people_as_0008_did(c) -> dict[int, tuple[str, str, list[str]]]:
    out = {}
    for i, (first, last) in enumerate(PEOPLE):
        fk, lk, key, words = keys_for(first, last)
        pid = c.execute(text(
            "INSERT INTO persons (id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
            " first_name_lat, last_name_lat, sex, preferred_language, first_name_key, last_name_key, search_key,"
            " name_rank, version, created_by, updated_by) VALUES ('none', NULL, :f, :l, '', '', '', '', 'x', 'he',"
            " :fk, :lk, :k, :r, 1, 't', 't') RETURNING id"), {"f": first, "l": last, "fk": fk, "lk": lk, "k": key,
                                                              "r": (i + 1) << 40}).scalar_one()
        for w in words:
            c.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:p, :w)"), {"p": pid, "w": w})
        out[pid] = (lk, fk, words)
    return out


def _existing(c) -> list[str]:
    """The tables of the metadata that the database has at its revision (later revisions add others)."""
    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base

    return [t.name for t in Base.metadata.sorted_tables
            if c.execute(text("SELECT to_regclass(:t)"), {"t": t.name}).scalar() is not None]


def _keys(c) -> set[tuple[int, str, str, str]]:
    return set(c.execute(text("SELECT person_id, word, last_name_key, first_name_key FROM person_name_keys")).all())


def test_0010_fills_the_sort_keys_and_words_and_the_database_keeps_them(empty_url, monkeypatch):
    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0008") == "0008"
        with engine.begin() as c:
            people = _add_people_as_0008_did(c)
        assert upgrade(engine, "0010") == "0010"
        expected = {(pid, w, lk, fk) for pid, (lk, fk, words) in people.items() for w in words}
        with engine.begin() as c:
            assert _keys(c) == expected
            words = {w for _lk, _fk, ws in people.values() for w in ws}
            assert set(c.execute(text("SELECT word FROM person_name_words")).scalars()) == words
            # a renamed person's words follow; a new word gets the person's keys and is listed (a writer
            # sending other keys: tests/unit/models/test_pg_search.py)
            pid = next(iter(people))
            c.execute(text("UPDATE persons SET last_name_key = 'לוי' WHERE id = :p"), {"p": pid})
            c.execute(text("INSERT INTO person_name_keys (person_id, word) VALUES (:p, 'לוי')"), {"p": pid})
            rows = c.execute(text("SELECT DISTINCT last_name_key, first_name_key FROM person_name_keys"
                                  " WHERE person_id = :p"), {"p": pid}).all()
            assert [tuple(r) for r in rows] == [("לוי", people[pid][1])]
            assert "לוי" in set(c.execute(text("SELECT word FROM person_name_words")).scalars())
        if engine.dialect.name != "postgresql":
            return
        from alembic import command

        import models.tables  # noqa: F401  (the metadata with the declarations)
        from models.base import Base
        from models.migrate import _config
        from models.security import security_problems

        secured_as_before_0017(monkeypatch)
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0009")
        with engine.connect() as c:
            assert c.execute(text("SELECT to_regclass('person_name_words') IS NULL")).scalar_one()
            assert c.execute(text("SELECT count(*) FROM information_schema.columns WHERE table_name ="
                                  " 'person_name_keys'")).scalar_one() == 2
            assert c.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'search\\_%'"
                                  " OR proname = 'maane_search_persons_by_number'")).scalar_one() == 0
            # revision 0001's person search is back, and answers
            assert c.execute(text("SELECT count(*) FROM maane_search_persons(ARRAY['כהנ'], ARRAY[]::text[], 5)")
                             ).scalar_one() == 0  # (as the superuser, who is no staff member: nothing)
        assert upgrade(engine, "0010") == "0010"
        with engine.connect() as c:
            assert security_problems(c, Base.metadata, _existing(c)) == []
    finally:
        engine.dispose()

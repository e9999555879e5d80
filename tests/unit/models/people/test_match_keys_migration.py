"""Revision 0015: person_match_keys is created with its declared security and backfilled from every person
of a database at 0014 (the keys the code computes); the downgrade drops it. Both backends."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from models.db import make_engine
from models.migrate import upgrade
from models.people.duplicates import match_key_rows
from tests.support import RUN_TAG, create_pg_database, drop_pg_database, valid_id


@pytest.fixture
def empty_url(backend: str, tmp_path: Path):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite'}"
        return
    name = f"{RUN_TAG}_mk_{uuid.uuid4().hex[:8]}"
    yield create_pg_database(name)
    drop_pg_database(name)


PEOPLE = [  # first, last, first_ar, last_ar, first_lat, last_lat, birth date
    ("מוחמד", "חדאד", "محمد", "حداد", "Muhammad", "Haddad", date(2014, 2, 3)),
    ("נועה", "כהן", "", "", "", "", date(2016, 7, 8)),
    ("יוסף", "בן דוד", "", "", "Yosef", "Ben David", None),
    ("", "", "", "", "", "", None),  # nothing to match on: no row
]


def _day(value: object) -> str | None:
    return None if value is None else str(value)  # SQLite gives raw text back as text


def test_0015_backfills_the_match_keys_and_downgrades(empty_url):
    from alembic import command

    import models.tables  # noqa: F401  (the metadata with the declarations)
    from models.base import Base
    from models.migrate import _config
    from models.security import security_problems

    engine = make_engine(empty_url)
    try:
        assert upgrade(engine, "0014") == "0014"
        with engine.begin() as c:
            for n, (first, last, first_ar, last_ar, first_lat, last_lat, born) in enumerate(PEOPLE, start=1):
                c.execute(text(
                    "INSERT INTO persons (id, id_kind, id_number, first_name, last_name, first_name_ar, last_name_ar,"
                    " first_name_lat, last_name_lat, birth_date, sex, preferred_language, first_name_key,"
                    " last_name_key, search_key, version, created_by, updated_by) VALUES (:id, 'il', :idn, :f, :l,"
                    " :fa, :la, :ft, :lt, :b, 'x', 'he', '', '', '', 1, 'old', 'old')"),
                    {"id": n, "idn": valid_id(700 + n), "f": first, "l": last, "fa": first_ar, "la": last_ar,
                     "ft": first_lat, "lt": last_lat, "b": born})
        assert "person_match_keys" not in inspect(engine).get_table_names()
        assert upgrade(engine, "0015") == "0015"
        want = sorted(
            (r["person_id"], r["script"], r["first_key"], r["last_key"], _day(r["birth_date"]))
            for n, p in enumerate(PEOPLE, start=1) for r in match_key_rows(n, p[:6], p[6]))
        with engine.connect() as c:
            got = sorted((r[0], r[1], r[2], r[3], _day(r[4])) for r in c.execute(text(
                "SELECT person_id, script, first_key, last_key, birth_date FROM person_match_keys")))
            assert got == want
            assert {r[0] for r in got} == {1, 2, 3}
            if c.dialect.name == "postgresql":
                assert security_problems(c, Base.metadata, ["person_match_keys"]) == []
        indexes = {ix["name"] for ix in inspect(engine).get_indexes("person_match_keys")}
        assert {"ix_person_match_keys_names", "ix_person_match_keys_last_born",
                "ix_person_match_keys_first_born"} <= indexes
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0014")
        assert "person_match_keys" not in inspect(engine).get_table_names()
        with engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0014"
            assert c.execute(text("SELECT count(*) FROM persons")).scalar() == len(PEOPLE)
    finally:
        engine.dispose()

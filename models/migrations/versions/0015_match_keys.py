"""the duplicate check's match keys (issue 8, item 2): person_match_keys

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 03:00:00.000000

Both backends: the table ``person_match_keys`` (models.people.entities.PersonMatchKey): one row per spelling
of a person's name (Hebrew, Arabic script transliterated to Hebrew letters, Latin letters) holding the
consonant skeletons of the first and last name and the birth date, indexed (last, first), (last, birth date),
(first, birth date) so that the duplicate check finds its candidates in a few index probes
(models.people.duplicates). Backfilled here from every person, with the code that maintains the keys
(models.people.duplicates.match_key_rows, as revision 0003 recomputed the search keys with models.search):
the keys are derived data, what that code computes is what the check looks for.

PostgreSQL: its security as frozen below from ``python -m models.security person_match_keys`` (scope person,
like person_name_keys: a row is visible, and may be written, iff its person is visible to the login; no
audit trigger of its own, the names are audited in persons), and the definer function
``maane_duplicate_candidates`` (frozen below, ``CANDIDATES_FUNCTION``): the index probes of the check and the
file rule once per file of each person found, returning the candidates' columns, phones and visible files. Through the policies the same statement
took 8 ms to plan (nine probes, each with the persons policy) for 1 ms of work; the function's plan is kept
for the session. The downgrade drops the function and the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from models.security import run_postgres_script, secure_table

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000


def upgrade() -> None:
    op.create_table(
        "person_match_keys",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("script", sa.String(length=3), nullable=False),
        sa.Column("first_key", sa.String(length=80), nullable=False),
        sa.Column("last_key", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.CheckConstraint("script IN ('he', 'ar', 'lat')", name=op.f("ck_person_match_keys_script_known")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_person_match_keys_person_id_persons"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "script", name=op.f("pk_person_match_keys")),
    )
    op.create_index("ix_person_match_keys_names", "person_match_keys", ["last_key", "first_key"])
    op.create_index("ix_person_match_keys_last_born", "person_match_keys", ["last_key", "birth_date"])
    op.create_index("ix_person_match_keys_first_born", "person_match_keys", ["first_key", "birth_date"])
    secure_table(op, "person_match_keys", SECURITY_PERSON_MATCH_KEYS)
    run_postgres_script(op, CANDIDATES_FUNCTION)
    backfill(op.get_bind())


def backfill(conn: sa.Connection) -> int:
    """The match keys of every person (in batches of BATCH persons, by id); returns how many rows."""
    from models.people.duplicates import match_key_rows

    persons = sa.table("persons", *(sa.column(c) for c in (
        "id", "first_name", "last_name", "first_name_ar", "last_name_ar", "first_name_lat", "last_name_lat",
        "birth_date")))
    keys = sa.table("person_match_keys", *(sa.column(c) for c in (
        "person_id", "script", "first_key", "last_key", "birth_date")))
    written, last_id = 0, 0
    while True:
        rows = conn.execute(sa.select(persons).where(persons.c.id > last_id).order_by(persons.c.id)
                            .limit(BATCH)).all()
        if not rows:
            return written
        out: list[dict[str, Any]] = []
        for r in rows:
            out += match_key_rows(r.id, (r.first_name, r.last_name, r.first_name_ar, r.last_name_ar,
                                         r.first_name_lat, r.last_name_lat), r.birth_date)
        if out:
            conn.execute(sa.insert(keys), out)
        written += len(out)
        last_id = rows[-1].id


def downgrade() -> None:
    run_postgres_script(op, "DROP FUNCTION maane_duplicate_candidates(text[], text[], text[], text[], text[], text[],"
                            " date, date, date, date, date[], text, text, text[], integer);")
    op.drop_table("person_match_keys")


# --- frozen: the duplicate check's definer function (PostgreSQL; never edit) -------------------------------------
# The candidates of models.people.service._dup_statements: every person found by one of the probes (the same
# (last, first) skeletons, of an unknown or near birth date when one was typed; one name alone; a skeleton with a birth date in [p_lo, p_hi] or one of p_swaps;
# the ID number; a phone), visible to the login by the rule of maane_search_persons_by_number (revision 0010:
# the manager every person; others a person in no file, or in a file maane_file_rule lets them see; the
# administrator none), at most p_limit, with the persons' columns, whether a phone matched, their phones and
# the files of theirs the login may see (by the same rule): the whole check in one statement.
CANDIDATES_FUNCTION = r"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'revision 0015 must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION maane_duplicate_candidates(
    p_lasts text[], p_firsts text[], p_lone_lasts text[], p_lone_firsts text[], p_dated_lasts text[],
    p_dated_firsts text[], p_lo date, p_hi date, p_year_lo date, p_year_hi date, p_swaps date[], p_id_kind text,
    p_id_number text, p_phones text[], p_limit integer)
RETURNS TABLE (id integer, version integer, id_kind text, id_number text, first_name text, last_name text,
               first_name_ar text, last_name_ar text, first_name_lat text, last_name_lat text, birth_date date,
               sex text, preferred_language text, by_phone boolean, phones text[], files jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
#variable_conflict use_column
DECLARE
    c maane_user_contexts%ROWTYPE;
BEGIN
    SELECT * INTO c FROM maane_user_contexts u WHERE u.username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' THEN
        RETURN;
    END IF;
    RETURN QUERY
    WITH found AS (
        SELECT k.person_id FROM person_match_keys k
        WHERE k.last_key = ANY (p_lasts) AND k.first_key = ANY (p_firsts)
          AND (p_lo IS NULL OR k.birth_date IS NULL OR k.birth_date BETWEEN p_lo AND p_hi
               OR k.birth_date = ANY (p_swaps) OR k.birth_date BETWEEN p_year_lo AND p_year_hi)
        UNION SELECT k.person_id FROM person_match_keys k WHERE k.last_key = ANY (p_lone_lasts)
        UNION SELECT k.person_id FROM person_match_keys k WHERE k.first_key = ANY (p_lone_firsts)
        UNION SELECT k.person_id FROM person_match_keys k
        WHERE k.last_key = ANY (p_dated_lasts) AND k.birth_date BETWEEN p_lo AND p_hi
        UNION SELECT k.person_id FROM person_match_keys k
        WHERE k.last_key = ANY (p_dated_lasts) AND k.birth_date = ANY (p_swaps)
        UNION SELECT k.person_id FROM person_match_keys k
        WHERE k.first_key = ANY (p_dated_firsts) AND k.birth_date BETWEEN p_lo AND p_hi
        UNION SELECT k.person_id FROM person_match_keys k
        WHERE k.first_key = ANY (p_dated_firsts) AND k.birth_date = ANY (p_swaps)
        UNION SELECT q.id FROM persons q WHERE q.id_kind = p_id_kind AND q.id_number = p_id_number
        UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = ANY (p_phones)
    )
    SELECT p.id, p.version, p.id_kind::text, p.id_number::text, p.first_name::text, p.last_name::text,
           p.first_name_ar::text, p.last_name_ar::text, p.first_name_lat::text, p.last_name_lat::text,
           p.birth_date, p.sex::text, p.preferred_language::text,
           EXISTS (SELECT 1 FROM person_phones ph WHERE ph.person_id = p.id AND ph.digits = ANY (p_phones)),
           ARRAY(SELECT ph.number::text FROM person_phones ph WHERE ph.person_id = p.id ORDER BY ph.position),
           coalesce(v.files, '[]'::jsonb)
    FROM found JOIN persons p ON p.id = found.person_id
    -- the person's files, and which of them the login may see: the person is visible in no file or in
    -- a visible one; only the visible ones are returned (open first, then by number)
    CROSS JOIN LATERAL (
        SELECT count(*) AS n, bool_or(m.visible) AS any_visible,
               jsonb_agg(jsonb_build_array(m.fid, m.file_number, m.family_name, m.address, m.status)
                         ORDER BY m.status DESC, m.file_number) FILTER (WHERE m.visible) AS files
        FROM (SELECT f.id AS fid, f.file_number, f.family_name, f.address, f.status,
                     c.role = 'manager' OR coalesce(maane_file_rule(c.team_keys, c.mine, f.id, f.team_id,
                                                                    f.restricted, f.worker_id), false) AS visible
              FROM family_members fm JOIN family_files f ON f.id = fm.file_id
              WHERE fm.person_id = p.id) m
    ) v
    WHERE v.n = 0 OR v.any_visible
    LIMIT p_limit;
END
$fn$;
REVOKE ALL ON FUNCTION maane_duplicate_candidates(text[], text[], text[], text[], text[], text[], date, date, date,
                                                  date, date[], text, text, text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_duplicate_candidates(text[], text[], text[], text[], text[], text[], date, date, date,
                                                     date, date[], text, text, text[], integer) TO maane_app;
"""


# --- frozen: python -m models.security person_match_keys (never edit) -----------------------------------------
SECURITY_PERSON_MATCH_KEYS = r"""-- maane security: person_match_keys (scope person), generated by models.security
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := 'person_match_keys'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('maane_auditor')
        UNION
        SELECT DISTINCT a.grantee FROM pg_attribute att, pg_class c, aclexplode(att.attacl) a
        WHERE att.attrelid = v_table AND c.oid = v_table AND a.grantee <> c.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', v_table,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT DISTINCT s.oid::regclass AS seq, a.grantee
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a
        WHERE d.refobjid = v_table AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          AND a.grantee <> s.relowner
    LOOP
        EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %s', r.seq,
                       CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE r.grantee::regrole::text END);
    END LOOP;
    FOR r IN
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
ALTER TABLE person_match_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_match_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY person_match_keys_access ON person_match_keys FOR ALL TO maane_app
    USING (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = person_match_keys.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(person_match_keys.person_id)))
    WITH CHECK (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = person_match_keys.person_id OFFSET 0) OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(person_match_keys.person_id)));
GRANT SELECT, INSERT, UPDATE, DELETE ON person_match_keys TO maane_app;
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = 'person_match_keys'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO maane_app', r.seq);
    END LOOP;
END
$seq$;
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('maane_auditor') IS NOT NULL THEN
        GRANT SELECT ON person_match_keys TO maane_auditor;
    END IF;
END
$aud$;
"""

-- Maane: the PostgreSQL side of the security model (DESIGN.md, "Security model").
--
-- Run once by the initial Alembic revision, right after the tables exist, by a superuser (or a role with
-- BYPASSRLS that owns the tables). Safe to run again: every object is created "if not exists" or replaced.
-- Execute it as one simple-protocol script (models.pg_admin.apply_security_sql), not through text():
-- it contains DO blocks, dollar quotes and percent signs.
--
-- What it sets up:
--   * pg_trgm and the trigram index on persons.search_key;
--   * group roles maane_<role> (NOLOGIN), all members of maane_app; staff logins are members of one of them
--     (models.pg_admin.create_login);
--   * grants (maane_app: case tables read/write, audit insert/select only; maane_admin: users and teams);
--   * the visibility rule of models/roles.py (maane_file_rule, on the user's row in users, by username),
--     helper functions and views for it (SECURITY DEFINER functions and views owned by the runner, who
--     bypasses row-level security inside them), and person search (maane_search_persons);
--   * row-level security, ENABLE + FORCE, on every case table and on audit_events;
--   * audit triggers writing the old and new values of every change into audit_events, which is append-only.

-- ---------------------------------------------------------------------------------------------------
-- 0. Guard: the helper functions must bypass row-level security, so their owner must.
-- ---------------------------------------------------------------------------------------------------
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'postgres_security.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- 1. Trigram search
-- ---------------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS ix_persons_search_key_trgm ON persons USING gin (search_key gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------------
-- 2. Group roles (cluster-wide)
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    r text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maane_app') THEN
        CREATE ROLE maane_app NOLOGIN;
    END IF;
    FOREACH r IN ARRAY ARRAY['intake_worker', 'family_worker', 'youth_law_worker', 'committee_coordinator',
                             'club_worker', 'team_head', 'manager', 'admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maane_' || r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', 'maane_' || r);
        END IF;
        IF NOT EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'maane_app'
            JOIN pg_roles u ON u.oid = m.member AND u.rolname = 'maane_' || r
        ) THEN
            EXECUTE format('GRANT maane_app TO %I', 'maane_' || r);
        END IF;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- 3. Grants
-- ---------------------------------------------------------------------------------------------------
-- Only Maane staff may connect to this database (roles are cluster-wide: another database on the same
-- server, a training copy say, must not let its logins in here).
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO maane_app', current_database());
    -- The policies make the planner's cost estimates large, and JIT compilation then adds 0.1-1 s to
    -- ordinary queries (measured: 1.15 s of JIT for a 0.1 s count of persons). Takes effect for new
    -- sessions.
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO maane_app;

GRANT SELECT ON teams, users TO maane_app;
-- The schema revision the client checks at start-up (alembic_version; maane_schema in early drafts).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['alembic_version', 'maane_schema'] LOOP
        IF to_regclass(quote_ident(t)) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT ON %I TO maane_app', t);
        END IF;
    END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE ON persons, person_phones, person_name_keys, family_files, family_members,
    file_access, case_notes, tasks TO maane_app;
GRANT DELETE ON person_phones, person_name_keys, family_members, file_access TO maane_app;
-- audit_events: INSERT and SELECT only. INSERT is granted per column, without id, so that nobody can
-- take an id ahead of the sequence and make later audit inserts (and with them every change) fail.
REVOKE ALL ON audit_events FROM maane_app;
GRANT SELECT ON audit_events TO maane_app;
GRANT INSERT (at, user_name, action, entity, entity_id, file_id, allowed, detail) ON audit_events TO maane_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO maane_app;

GRANT INSERT, UPDATE ON users, teams TO maane_admin;

-- ---------------------------------------------------------------------------------------------------
-- 4. Who sees which family file: the rule of models/roles.py, written once (maane_file_rule) and used by
--    the policies (for current_user) and by the helper functions (for a user the caller names).
--
--      manager: every file; team_head: every file of the own team, restricted ones included;
--      family_worker, youth_law_worker: the non-restricted files of the own team;
--      intake_worker, committee_coordinator, club_worker: non-restricted files department-wide;
--      anyone: the files where they are the assigned worker (family_files.worker_id) or named in
--      file_access; admin: none; an unknown or inactive user: none.
--
--    A user's context is two arrays (view maane_user_contexts):
--      team_keys: +team_id for a team whose every file the user sees, -team_id for a team whose
--                 non-restricted files the user sees;
--      mine:      the ids of the files the user is named on, and -users.id (for worker_id).
--    A file passes when (restricted ? team_id : -team_id) is in team_keys, or {id, -worker_id} meets mine.
--
--    Speed: the policies read the context from maane_me through maane_my_team_keys(), maane_my_mine() and
--    maane_my_role() in scalar sub-selects, which PostgreSQL runs once per statement (InitPlans) and, the
--    functions being plpgsql, plans without expanding the view, and maane_file_rule is one SQL expression
--    using each parameter once, which the planner inlines. A policy costs a few comparisons per row and no
--    function call. Correlated policy sub-selects carry OFFSET 0, so that they stay per-row probes.
--    Measured on 35,000 files / 100,000 persons: a SECURITY DEFINER SQL function per row cost 30-200 us
--    (1-7 s to count the files), a plpgsql one 8 us; six context sub-selects instead of two tripled the
--    planning time of every query on persons (3 ms instead of under 1).
--    Views run with their owner's rights: maane_user_contexts, maane_me and maane_my_memberships read
--    users, teams, file_access, family_members and family_files past row-level security, so no policy
--    refers back to another in a loop.
-- ---------------------------------------------------------------------------------------------------

CREATE OR REPLACE VIEW maane_user_contexts AS
SELECT u.username::text AS username,
       u.id AS user_id,
       u.role::text AS role,
       u.team_id AS team_id,
       CASE
           WHEN u.role = 'manager' THEN ARRAY(SELECT k FROM teams t, LATERAL (VALUES (t.id), (-t.id)) AS v (k))
           WHEN u.role = 'team_head' THEN ARRAY[u.team_id, -u.team_id]
           WHEN u.role IN ('family_worker', 'youth_law_worker') THEN ARRAY[-u.team_id]
           WHEN u.role IN ('intake_worker', 'committee_coordinator', 'club_worker')
               THEN ARRAY(SELECT -t.id FROM teams t)
           ELSE '{}'::integer[]
       END AS team_keys,
       CASE
           WHEN u.role IN ('manager', 'team_head', 'family_worker', 'youth_law_worker', 'intake_worker',
                           'committee_coordinator', 'club_worker')
               THEN ARRAY(SELECT a.file_id FROM file_access a WHERE a.user_id = u.id) || (-u.id)
           ELSE '{}'::integer[]
       END AS mine
FROM users u
WHERE u.active;
REVOKE ALL ON maane_user_contexts FROM PUBLIC;

-- The connected user's own context: no row for an unknown or inactive login.
CREATE OR REPLACE VIEW maane_me WITH (security_barrier) AS
SELECT * FROM maane_user_contexts WHERE username = current_user::text;
REVOKE ALL ON maane_me FROM PUBLIC;
GRANT SELECT ON maane_me TO maane_app;

-- The rule. NULL counts as "no" (policies; the helpers coalesce); a NULL restricted counts as restricted.
CREATE OR REPLACE FUNCTION maane_file_rule(
    p_team_keys integer[], p_mine integer[],
    f_id integer, f_team_id integer, f_restricted boolean, f_worker_id integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT (CASE WHEN f_restricted IS NOT FALSE THEN f_team_id ELSE -f_team_id END) = ANY (p_team_keys)
        OR ARRAY[f_id, -f_worker_id] && p_mine
$$;

-- The connected user's context for the policies, from maane_me (so for current_user, as before), through
-- plpgsql functions that are not SECURITY DEFINER (they run as the caller and read nothing maane_me does not
-- show them). The policies call each in a scalar sub-select, so once per statement (an InitPlan); plpgsql
-- is never inlined, so the planner no longer expands maane_me (users, teams, file_access) two or three
-- times into every statement on a case table. Measured on 30,000 files: planning a lookup of one person's
-- phones went from 5.3 ms to well under 1 ms.
CREATE OR REPLACE FUNCTION maane_my_team_keys()
RETURNS integer[]
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT team_keys FROM maane_me);
END
$$;
CREATE OR REPLACE FUNCTION maane_my_mine()
RETURNS integer[]
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT mine FROM maane_me);
END
$$;
CREATE OR REPLACE FUNCTION maane_my_role()
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT role FROM maane_me);
END
$$;

-- The memberships (person, file) of the files the connected user may see: what family_members shows
-- them anyway, for the policies on persons, person_phones and person_name_keys. The file test is a
-- LATERAL probe of the primary key of family_files per membership (OFFSET 0 keeps it one): the policies
-- ask about one person at a time, and a plain join was planned, without statistics, as a hash join over
-- every file for each person.
CREATE OR REPLACE VIEW maane_my_memberships WITH (security_barrier) AS
SELECT m.person_id, m.file_id
FROM family_members m
CROSS JOIN LATERAL (
    SELECT 1 FROM family_files f
    WHERE f.id = m.file_id
      AND maane_file_rule((SELECT maane_my_team_keys()), (SELECT maane_my_mine()),
                          f.id, f.team_id, f.restricted, f.worker_id)
    OFFSET 0) AS ok;
REVOKE ALL ON maane_my_memberships FROM PUBLIC;
GRANT SELECT ON maane_my_memberships TO maane_app;

-- Helpers for the services and for maane_search_persons. SECURITY DEFINER: they read past row-level
-- security as their owner, for the user named; false, never an error, for an unknown or inactive user.
CREATE OR REPLACE FUNCTION maane_user_can_see_file(p_file_id integer, p_user name)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
    SELECT coalesce((
        SELECT maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id)
        FROM family_files f, maane_user_contexts c
        WHERE f.id = p_file_id AND c.username = p_user::text
    ), false)
$$;

-- A person is visible through any file the user may see; a person in no file at all (registered, not yet
-- in a family) is visible to every case role.
CREATE OR REPLACE FUNCTION maane_user_can_see_person(p_person_id integer, p_user name)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
    SELECT coalesce((
        SELECT CASE
            WHEN c.role = 'admin' THEN false
            ELSE coalesce((
                SELECT bool_or(coalesce(
                    maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted, f.worker_id), false))
                FROM family_members m JOIN family_files f ON f.id = m.file_id
                WHERE m.person_id = p_person_id), true)
        END
        FROM maane_user_contexts c
        WHERE c.username = p_user::text
    ), false)
$$;

-- For the policies on persons: the person is in no family file (seen past row-level security). They call
-- it only for the rows no visible file shows.
CREATE OR REPLACE FUNCTION maane_person_in_no_file(p_person_id integer)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM family_members m WHERE m.person_id = p_person_id);
END
$$;

-- Person search for the session's user. LIKE is not leakproof, so under row-level security the planner
-- cannot use the trigram index on persons (it scans every row and applies the policy first); this
-- function does the index scans as the owner, then keeps the persons session_user may see.
--   p_substrings: normalised words of 3+ characters; search_key must contain every one of them;
--   p_prefixes:   normalised words of 1-2 characters; some name word (person_name_keys) must start with
--                 each of them;
--   p_limit:      NULL for every match; otherwise the first p_limit visible matches in name order
--                 (last_name_key, first_name_key, id), which is then also the order returned.
-- Empty criteria return nothing (not the whole register); so do an unknown or inactive user and admin.
CREATE OR REPLACE FUNCTION maane_search_persons(
    p_substrings text[], p_prefixes text[], p_limit integer DEFAULT NULL)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_patterns text[];
    v_prefixes text[];
    v_where text := '';
    v_visible text;
    v_sql text;
    i integer;
    v_ids integer[];
    v_walk integer;
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' THEN
        RETURN;
    END IF;
    v_patterns := ARRAY(
        SELECT DISTINCT '%' || replace(replace(replace(s, '\', '\\'), '%', '\%'), '_', '\_') || '%'
        FROM unnest(coalesce(p_substrings, '{}'::text[])) AS s
        WHERE coalesce(s, '') <> '');
    v_prefixes := ARRAY(
        SELECT DISTINCT s FROM unnest(coalesce(p_prefixes, '{}'::text[])) AS s WHERE coalesce(s, '') <> '');
    IF cardinality(v_patterns) = 0 AND cardinality(v_prefixes) = 0 THEN
        RETURN;
    END IF;
    -- One LIKE per pattern: the trigram index serves an AND of LIKEs in one bitmap scan (it cannot serve
    -- LIKE ALL (array)). EXECUTE plans the query on every call, with the actual patterns.
    FOR i IN 1 .. cardinality(v_patterns) LOOP
        v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
    END LOOP;
    -- Prefixes: a range on the word, which person_name_keys.word keeps in the C collation on PostgreSQL,
    -- so the range is exactly the prefix (left() keeps the answer right under any other collation).
    -- Without substrings the ranges drive the query (ix_person_name_keys_word); with them the trigram
    -- scan drives and each prefix is a per-candidate probe of the primary key (person_id, word): OFFSET 0
    -- keeps the planner from turning it into a join led by a misestimated prefix range.
    FOR i IN 1 .. cardinality(v_prefixes) LOOP
        IF cardinality(v_patterns) = 0 THEN
            v_where := v_where || format(
                ' AND p.id IN (SELECT k.person_id FROM person_name_keys k'
                ' WHERE k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s])', i);
        ELSE
            v_where := v_where || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END IF;
    END LOOP;
    -- Visible: some file of the person passes the rule, or the person is in no file (NULL). A scalar
    -- sub-select, so it runs per candidate on the indexes, never as a hash of every membership; the file
    -- is a LATERAL probe of its primary key (OFFSET 0 keeps it one: without statistics a plain join was
    -- planned as a hash join over every file, per candidate, 5 ms each). The manager sees every file, and
    -- so every person: no test at all.
    IF c.role = 'manager' THEN
        v_visible := 'true';
    ELSE
        v_visible := 'coalesce((SELECT bool_or(ok.v) FROM family_members fm CROSS JOIN LATERAL'
                  || ' (SELECT coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id),'
                  || ' false) AS v FROM family_files f WHERE f.id = fm.file_id OFFSET 0) ok'
                  || ' WHERE fm.person_id = %1$s), true)';
    END IF;
    -- One short prefix (a letter or two) often matches a large part of the register (every name with a word
    -- starting with "מ": 14,000 of 94,000 persons): then the first p_limit matches are usually near the
    -- start of the name order, and a walk of ix_persons_sort probing the (person_id, word) key finds them
    -- in a millisecond or two, where collecting and sorting every match took 50-80 ms. The walk covers
    -- 500 rows of the order, then 3,000 if the matches seen promise enough there; only if it found p_limit
    -- visible matches are they the answer (the first p_limit of the order). Otherwise (matches sparse, or
    -- in a block of last names further down the order: no "ש" among the first 3,000 persons of the
    -- synthetic register, which has 10,600) the general plan below runs, after a few wasted milliseconds.
    IF p_limit IS NOT NULL AND p_limit BETWEEN 1 AND 200 AND cardinality(v_patterns) = 0
            AND cardinality(v_prefixes) = 1 THEN
        v_walk := 500;
        LOOP
            EXECUTE 'SELECT coalesce(array_agg(w.id ORDER BY w.l, w.f, w.id), ''{}'') FROM (SELECT s.id, s.l, s.f'
                 || ' FROM (SELECT p.id, p.last_name_key AS l, p.first_name_key AS f FROM persons p'
                 || ' ORDER BY p.last_name_key, p.first_name_key, p.id LIMIT $6) s'
                 || ' WHERE EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = s.id'
                 || ' AND k.word >= $2[1] AND k.word < $2[1] || chr(1114111)'
                 || ' AND left(k.word, length($2[1])) = $2[1] OFFSET 0)'
                 || ' AND ' || format(v_visible, 's.id') || ' ORDER BY s.l, s.f, s.id LIMIT $5) w'
                INTO v_ids USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit, v_walk;
            IF cardinality(v_ids) >= p_limit THEN
                RETURN QUERY SELECT u.id FROM unnest(v_ids) WITH ORDINALITY AS u(id, n) ORDER BY u.n;
                RETURN;
            END IF;
            EXIT WHEN v_walk >= 3000 OR cardinality(v_ids) * 6 < p_limit;
            v_walk := 3000;
        END LOOP;
    END IF;
    IF p_limit IS NULL THEN
        v_sql := 'SELECT p.id FROM persons p WHERE true' || v_where
              || ' AND ' || format(v_visible, 'p.id');
    ELSE
        -- Matches first (index scans), sorted, then the visibility test lazily until p_limit rows pass
        -- (OFFSET 0 keeps the test above the sort).
        v_sql := 'WITH m AS MATERIALIZED (SELECT p.id, p.last_name_key, p.first_name_key FROM persons p'
              || ' WHERE true' || v_where || ')'
              || ' SELECT s.id FROM (SELECT m.id FROM m ORDER BY m.last_name_key, m.first_name_key, m.id'
              || ' OFFSET 0) s WHERE ' || format(v_visible, 's.id') || ' LIMIT $5';
    END IF;
    RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit;
END
$fn$;

-- Family-file search for the session's user: the ids of the visible files with a member matching, in list
-- order (family_name_key, file_number, id). The same criteria as maane_search_persons, or an exact ID number
-- and/or phone digits (either matches); p_include_closed false keeps open files only. The rule is applied
-- once per candidate file, on the file's own columns: a member of a visible file is visible through it, so
-- no person needs a test of their own. Empty criteria return nothing; so do an unknown or inactive user and
-- admin. (The services used to search persons with no limit, then their memberships, then the files under
-- row-level security: 0.6-40 s for a common name or one letter on 30,000 files.)
CREATE OR REPLACE FUNCTION maane_search_files(
    p_substrings text[], p_prefixes text[], p_id_number text DEFAULT NULL, p_phone text DEFAULT NULL,
    p_include_closed boolean DEFAULT true)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
    v_patterns text[];
    v_prefixes text[];
    v_where text := '';
    v_persons text;
    v_sql text;
    i integer;
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' THEN
        RETURN;
    END IF;
    v_patterns := ARRAY(
        SELECT DISTINCT '%' || replace(replace(replace(s, '\', '\\'), '%', '\%'), '_', '\_') || '%'
        FROM unnest(coalesce(p_substrings, '{}'::text[])) AS s
        WHERE coalesce(s, '') <> '');
    v_prefixes := ARRAY(
        SELECT DISTINCT s FROM unnest(coalesce(p_prefixes, '{}'::text[])) AS s WHERE coalesce(s, '') <> '');
    IF cardinality(v_patterns) > 0 OR cardinality(v_prefixes) > 0 THEN
        -- The person criteria of maane_search_persons (see there). Prefixes alone are answered from
        -- person_name_keys without reading persons (14,000 fewer row fetches for one letter).
        FOR i IN 1 .. cardinality(v_patterns) LOOP
            v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
        END LOOP;
        IF cardinality(v_patterns) = 0 THEN
            v_persons := 'SELECT k.person_id FROM person_name_keys k'
                      || ' WHERE k.word >= $2[1] AND k.word < $2[1] || chr(1114111)'
                      || ' AND left(k.word, length($2[1])) = $2[1]';
            FOR i IN 2 .. cardinality(v_prefixes) LOOP
                v_persons := v_persons || format(
                    ' AND k.person_id IN (SELECT k%1$s.person_id FROM person_name_keys k%1$s'
                    ' WHERE k%1$s.word >= $2[%1$s] AND k%1$s.word < $2[%1$s] || chr(1114111)'
                    ' AND left(k%1$s.word, length($2[%1$s])) = $2[%1$s])', i);
            END LOOP;
        ELSE
            FOR i IN 1 .. cardinality(v_prefixes) LOOP
                v_where := v_where || format(
                    ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                    ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                    ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
            END LOOP;
            v_persons := 'SELECT p.id FROM persons p WHERE true' || v_where;
        END IF;
    ELSIF coalesce(p_id_number, '') <> '' OR coalesce(p_phone, '') <> '' THEN
        -- id_kind: the kinds that carry a number (ck_persons_id_number_matches_kind), so that the
        -- lookup is two probes of ix_persons_id_number (id_kind, id_number), not a scan of it.
        v_persons := 'SELECT p.id FROM persons p WHERE p.id_kind IN (''il'', ''passport'') AND p.id_number = $6'
                  || ' UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = $7';
    ELSE
        RETURN;
    END IF;
    v_sql := 'SELECT f.id FROM family_files f'
          || ' WHERE f.id IN (SELECT fm.file_id FROM family_members fm WHERE fm.person_id IN ('
          || v_persons || '))'
          || ' AND coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id), false)'
          || ' AND ($5 OR f.status = ''open'')'
          || ' ORDER BY f.family_name_key, f.file_number, f.id';
    RETURN QUERY EXECUTE v_sql
        USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true),
              nullif(p_id_number, ''), nullif(p_phone, '');
END
$fn$;

REVOKE ALL ON FUNCTION maane_file_rule(integer[], integer[], integer, integer, boolean, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_user_can_see_file(integer, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_user_can_see_person(integer, name) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_person_in_no_file(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_search_persons(text[], text[], integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_search_files(text[], text[], text, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_my_team_keys() FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_my_mine() FROM PUBLIC;
REVOKE ALL ON FUNCTION maane_my_role() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_file_rule(integer[], integer[], integer, integer, boolean, integer) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_user_can_see_file(integer, name) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_user_can_see_person(integer, name) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_person_in_no_file(integer) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_search_persons(text[], text[], integer) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_search_files(text[], text[], text, text, boolean) TO maane_app;
GRANT EXECUTE ON FUNCTION maane_my_team_keys() TO maane_app;
GRANT EXECUTE ON FUNCTION maane_my_mine() TO maane_app;
GRANT EXECUTE ON FUNCTION maane_my_role() TO maane_app;

-- ---------------------------------------------------------------------------------------------------
-- 5. Row-level security, for maane_app (every Maane role); anyone else but the owner gets no rows.
--    A row of a file is visible when its file is (the sub-select on family_files applies the family_files
--    policy); a person, phone or name key through a visible membership or, to a case role, when the
--    person is in no file.
-- ---------------------------------------------------------------------------------------------------
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['persons', 'person_phones', 'person_name_keys', 'family_files', 'family_members',
                             'file_access', 'case_notes', 'tasks', 'audit_events']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;

-- family_files: on the row's own columns, so INSERT and UPDATE are checked on the new row (a file cannot
-- be opened in, or moved to, a team whose files the user may not see).
DROP POLICY IF EXISTS family_files_access ON family_files;
CREATE POLICY family_files_access ON family_files FOR ALL TO maane_app
    USING (maane_file_rule((SELECT maane_my_team_keys()), (SELECT maane_my_mine()),
                           id, team_id, restricted, worker_id))
    WITH CHECK (maane_file_rule((SELECT maane_my_team_keys()), (SELECT maane_my_mine()),
                                id, team_id, restricted, worker_id));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['family_members', 'case_notes', 'tasks', 'file_access']
    LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_access', t);
        EXECUTE format('CREATE POLICY %1$I ON %2$I FOR ALL TO maane_app'
                       ' USING (EXISTS (SELECT 1 FROM family_files f WHERE f.id = %2$I.file_id))'
                       ' WITH CHECK (EXISTS (SELECT 1 FROM family_files f WHERE f.id = %2$I.file_id))',
                       t || '_access', t);
    END LOOP;
END
$$;

-- persons: any case role may register a new person (who joins a file afterwards); no DELETE is granted.
-- The EXISTS on maane_my_memberships is correlated per row and must stay so: OFFSET 0 stops the planner
-- from turning it into a "hashed SubPlan" that builds every visible membership (94,000 rows, 80 ms)
-- for a statement that reads one person's phones.
DROP POLICY IF EXISTS persons_select ON persons;
DROP POLICY IF EXISTS persons_insert ON persons;
DROP POLICY IF EXISTS persons_update ON persons;
CREATE POLICY persons_select ON persons FOR SELECT TO maane_app
    USING (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = persons.id OFFSET 0)
           OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(persons.id)));
CREATE POLICY persons_insert ON persons FOR INSERT TO maane_app
    WITH CHECK ((SELECT maane_my_role()) <> 'admin');
CREATE POLICY persons_update ON persons FOR UPDATE TO maane_app
    USING (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = persons.id OFFSET 0)
           OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file(persons.id)));

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person_phones', 'person_name_keys']
    LOOP
        EXECUTE format('DROP POLICY IF EXISTS %I ON %I', t || '_access', t);
        EXECUTE format(
            'CREATE POLICY %1$I ON %2$I FOR ALL TO maane_app'
            ' USING (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = %2$I.person_id OFFSET 0)'
            '        OR ((SELECT maane_my_role()) <> ''admin'' AND maane_person_in_no_file(%2$I.person_id)))'
            ' WITH CHECK (EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = %2$I.person_id OFFSET 0)'
            '        OR ((SELECT maane_my_role()) <> ''admin'' AND maane_person_in_no_file(%2$I.person_id)))',
            t || '_access', t);
    END LOOP;
END
$$;

-- audit_events: anyone may add (user_name and at are forced by a trigger); one reads one's own events,
-- the manager and the admin all of them, a team head those of the files they may see.
DROP POLICY IF EXISTS audit_events_insert ON audit_events;
DROP POLICY IF EXISTS audit_events_select ON audit_events;
CREATE POLICY audit_events_insert ON audit_events FOR INSERT TO maane_app
    WITH CHECK (true);
CREATE POLICY audit_events_select ON audit_events FOR SELECT TO maane_app
    USING (
        user_name = current_user::text
        OR CASE (SELECT maane_my_role())
               WHEN 'manager' THEN true
               -- the administrator reviews access (who, what, when) but not the row images of case
               -- tables, which hold case content
               WHEN 'admin' THEN NOT (audit_events.action LIKE 'db\_%' AND audit_events.entity NOT IN ('users', 'teams'))
               WHEN 'team_head' THEN EXISTS (SELECT 1 FROM family_files f WHERE f.id = audit_events.file_id)
               ELSE false
           END
    );

-- ---------------------------------------------------------------------------------------------------
-- 6. Audit
-- ---------------------------------------------------------------------------------------------------
-- Every change, with the old and new values, by the database itself.
CREATE OR REPLACE FUNCTION maane_audit_row()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_entity_id integer;
    v_file_id integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    IF TG_TABLE_NAME = 'users' THEN
        v_old := v_old - 'password_hash';
        v_new := v_new - 'password_hash';
    END IF;
    v_row := coalesce(v_new, v_old);
    IF v_row ? 'id' THEN
        v_entity_id := (v_row ->> 'id')::integer;
    END IF;
    IF TG_TABLE_NAME = 'family_files' THEN
        v_file_id := v_entity_id;
    ELSIF v_row ? 'file_id' THEN
        v_file_id := (v_row ->> 'file_id')::integer;
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, 'db_' || lower(TG_OP), TG_TABLE_NAME, v_entity_id, v_file_id,
            true, jsonb_build_object('old', v_old, 'new', v_new)::text);
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_row() FROM PUBLIC;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['persons', 'person_phones', 'family_files', 'family_members', 'file_access',
                             'case_notes', 'tasks', 'users', 'teams']
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS maane_audit ON %I', t);
        EXECUTE format('CREATE TRIGGER maane_audit AFTER INSERT OR UPDATE OR DELETE ON %I'
                       ' FOR EACH ROW EXECUTE FUNCTION maane_audit_row()', t);
    END LOOP;
END
$$;

-- The server's clock and the connected login, whatever the client sent.
CREATE OR REPLACE FUNCTION maane_audit_stamp()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    NEW.at := clock_timestamp();
    NEW.user_name := session_user;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_stamp() FROM PUBLIC;

-- Append-only, for everyone (the owner included): row triggers for UPDATE and DELETE, a statement trigger
-- for TRUNCATE (row triggers do not fire on it). Purging records older than the retention period is a
-- superuser's job with these triggers disabled (ALTER TABLE audit_events DISABLE TRIGGER ...).
CREATE OR REPLACE FUNCTION maane_audit_append_only()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_append_only() FROM PUBLIC;

DROP TRIGGER IF EXISTS maane_audit_stamp ON audit_events;
CREATE TRIGGER maane_audit_stamp BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION maane_audit_stamp();
DROP TRIGGER IF EXISTS maane_audit_no_change ON audit_events;
CREATE TRIGGER maane_audit_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION maane_audit_append_only();
DROP TRIGGER IF EXISTS maane_audit_no_truncate ON audit_events;
CREATE TRIGGER maane_audit_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION maane_audit_append_only();

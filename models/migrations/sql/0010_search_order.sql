-- Maane revision 0010: people name search in name order from the index (issue 6, "PostgreSQL speed with
-- row-level security").
--
-- person_name_keys carries its person's sort keys (last_name_key, first_name_key; the columns and the
-- indexes on (substr(word, 1, 1) / substr(word, 1, 2), last_name_key, first_name_key, person_id) are added
-- by the revision itself, on both backends). Here, PostgreSQL only:
--   * maane_name_keys_sort (BEFORE INSERT OR UPDATE on person_name_keys): the row's sort keys are its
--     person's, whatever the writer sent; maane_persons_sort (AFTER UPDATE OF the sort keys on persons)
--     carries a renamed person's keys to their words. SECURITY DEFINER: they read and write one person's
--     rows past row-level security; the rows they touch are that person's, which the persons policy
--     already let the writer see (the policies of person_name_keys still check every row written).
--   * maane_search_persons(text[], text[], integer), replaced: with a limit and prefixes only (1-2 letters:
--     "ש", "נו", "כה זי"), the matches are read from the letter index of the longest prefix already in
--     name order, each person once, the other prefixes and the visibility rule tested per person, and the
--     scan stops at the p_limit-th visible match: the first 50 of "ש" read about 50 index entries as the
--     manager, and about 50 / (the share of persons the user sees) as a family worker, where collecting and
--     sorting every match took 0.3-0.9 s at 100,000 files. The visibility rule is the one of revision 0001
--     (some file of the person passes maane_file_rule for the session user's context, or the person is in
--     no file), applied explicitly to every person returned; an admin, an unknown or an inactive login gets
--     nothing. Every other case is answered as in revision 0001.
--   * maane_search_persons_by_number(text, text, integer): an ID number or a phone typed into the people
--     search box, the same rule applied explicitly (below).
--
-- Run by revision 0010 as one simple-protocol script, by a superuser (or a role with BYPASSRLS that owns
-- the tables). Frozen: its sha256 is held by tests/unit/test_security.py; change the database in a new
-- revision, never here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0010_search_order.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION maane_name_keys_sort()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    SELECT p.last_name_key, p.first_name_key INTO NEW.last_name_key, NEW.first_name_key
    FROM persons p WHERE p.id = NEW.person_id;
    NEW.last_name_key := coalesce(NEW.last_name_key, '');
    NEW.first_name_key := coalesce(NEW.first_name_key, '');
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_name_keys_sort() FROM PUBLIC;

DROP TRIGGER IF EXISTS person_name_keys_sort ON person_name_keys;
CREATE TRIGGER person_name_keys_sort BEFORE INSERT OR UPDATE ON person_name_keys
    FOR EACH ROW EXECUTE FUNCTION maane_name_keys_sort();

CREATE OR REPLACE FUNCTION maane_persons_sort()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    UPDATE person_name_keys k SET last_name_key = NEW.last_name_key, first_name_key = NEW.first_name_key
    WHERE k.person_id = NEW.id;
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION maane_persons_sort() FROM PUBLIC;

DROP TRIGGER IF EXISTS persons_sort ON persons;
CREATE TRIGGER persons_sort AFTER UPDATE OF last_name_key, first_name_key ON persons
    FOR EACH ROW WHEN (OLD.last_name_key IS DISTINCT FROM NEW.last_name_key
                       OR OLD.first_name_key IS DISTINCT FROM NEW.first_name_key)
    EXECUTE FUNCTION maane_persons_sort();

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
    v_lead integer;
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
    -- Visible: some file of the person passes the rule, or the person is in no file (NULL); as revision
    -- 0001. The manager sees every file, and so every person: no test at all.
    IF c.role = 'manager' THEN
        v_visible := 'true';
    ELSE
        v_visible := 'coalesce((SELECT bool_or(ok.v) FROM family_members fm CROSS JOIN LATERAL'
                  || ' (SELECT coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id),'
                  || ' false) AS v FROM family_files f WHERE f.id = fm.file_id OFFSET 0) ok'
                  || ' WHERE fm.person_id = %1$s), true)';
    END IF;
    -- A page of a prefix search: the letter index of the longest prefix (1 or 2 letters) gives its matches
    -- in name order; DISTINCT keeps a person whose several words start with it once (their entries are
    -- adjacent in that order); the other prefixes are probes of the (person_id, word) key.
    IF p_limit IS NOT NULL AND p_limit > 0 AND cardinality(v_patterns) = 0
            AND (SELECT max(length(s)) FROM unnest(v_prefixes) AS s) <= 2 THEN
        SELECT n INTO v_lead FROM generate_subscripts(v_prefixes, 1) AS n
        ORDER BY length(v_prefixes[n]) DESC, n LIMIT 1;
        FOR i IN 1 .. cardinality(v_prefixes) LOOP
            CONTINUE WHEN i = v_lead;
            v_where := v_where || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = w.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END LOOP;
        v_sql := format('SELECT w.id FROM (SELECT DISTINCT k.last_name_key, k.first_name_key, k.person_id AS id'
              || ' FROM person_name_keys k WHERE substr(k.word, 1, %1$s) = $2[%2$s]'
              || ' ORDER BY k.last_name_key, k.first_name_key, k.person_id OFFSET 0) w WHERE true',
                        length(v_prefixes[v_lead]), v_lead)
              || v_where || ' AND ' || format(v_visible, 'w.id') || ' LIMIT $5';
        RETURN QUERY EXECUTE v_sql USING v_patterns, v_prefixes, c.team_keys, c.mine, p_limit;
        RETURN;
    END IF;
    -- Otherwise as revision 0001: one LIKE per pattern (the trigram index serves an AND of LIKEs in one
    -- bitmap scan); prefixes as ranges on person_name_keys (C collation), driving the query without
    -- substrings, per-candidate probes with them.
    FOR i IN 1 .. cardinality(v_patterns) LOOP
        v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
    END LOOP;
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

REVOKE ALL ON FUNCTION maane_search_persons(text[], text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_persons(text[], text[], integer) TO maane_app;

-- A number typed into the people search box: the visible persons with that ID number (of a kind that
-- carries one) or with that phone (its digits), in name order, at most p_limit (NULL: all). Two probes of
-- ix_persons_id_number (id_kind, id_number) and ix_person_phones_digits, then the visibility rule of
-- maane_search_persons per person found (a handful). As a definer function the two probes are planned
-- without the persons and person_phones policies (under them the same statement took 1-2 ms to plan and
-- run, per search). Nothing for an admin, an unknown or an inactive login, or empty criteria.
CREATE OR REPLACE FUNCTION maane_search_persons_by_number(p_id_number text, p_phone text, p_limit integer)
RETURNS SETOF integer
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET jit = off
AS $fn$
DECLARE
    c maane_user_contexts%ROWTYPE;
BEGIN
    SELECT * INTO c FROM maane_user_contexts WHERE username = session_user::text;
    IF NOT FOUND OR c.role = 'admin' OR (coalesce(p_id_number, '') = '' AND coalesce(p_phone, '') = '') THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT p.id FROM persons p
    WHERE p.id IN (SELECT q.id FROM persons q WHERE q.id_kind IN ('il', 'passport') AND q.id_number = nullif(p_id_number, '')
                   UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = nullif(p_phone, ''))
      AND (c.role = 'manager' OR coalesce((
            SELECT bool_or(coalesce(maane_file_rule(c.team_keys, c.mine, f.id, f.team_id, f.restricted,
                                                    f.worker_id), false))
            FROM family_members fm JOIN family_files f ON f.id = fm.file_id
            WHERE fm.person_id = p.id), true))
    ORDER BY p.last_name_key, p.first_name_key, p.id
    LIMIT p_limit;
END
$fn$;
REVOKE ALL ON FUNCTION maane_search_persons_by_number(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_persons_by_number(text, text, integer) TO maane_app;

-- Maane revision 0008: family-file search with a limit, for the first page of the family list.
--
-- maane_search_files(text[], text[], text, text, boolean, integer): the criteria and the rule of the
-- five-argument maane_search_files of revision 0001 (which stays, for the whole list), plus p_limit: NULL
-- for every match, otherwise the first p_limit visible matching files in list order (family_name_key,
-- file_number, id). A name query that matches many files (one letter: "א" names a member of 59% of the
-- files) is answered by walking the list order (ix_family_files_sort) and probing each visible file's
-- members, which stops after p_limit matches; collecting, testing and sorting every match took 330-380 ms
-- at 100,000 files, as a family worker of one team. A query that matches few files, or a number, runs the
-- plan of revision 0001 with the limit.
--
-- Run by revision 0008 as one simple-protocol script, by a superuser (or a role with BYPASSRLS that owns
-- the tables), like 0001_security.sql. Frozen: its sha256 is held by tests/unit/test_security.py; change
-- the database in a new revision, never here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0008_search_speed.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION maane_search_files(
    p_substrings text[], p_prefixes text[], p_id_number text, p_phone text, p_include_closed boolean,
    p_limit integer)
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
    v_member text := '';
    v_persons text;
    v_files text;
    v_sql text;
    i integer;
    v_ids integer[];
    v_walk integer;
    v_dense bigint;
    v_count bigint;
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
    -- The visible files in list order (the rule on the file's own columns, as in revision 0001).
    v_files := ' coalesce(maane_file_rule($3, $4, f.id, f.team_id, f.restricted, f.worker_id), false)'
            || ' AND ($5 OR f.status = ''open'')';
    IF cardinality(v_patterns) > 0 OR cardinality(v_prefixes) > 0 THEN
        -- The person criteria of maane_search_persons (revision 0001): every substring inside the search
        -- key, every prefix starting some name word (person_name_keys, in the C collation).
        FOR i IN 1 .. cardinality(v_patterns) LOOP
            v_where := v_where || format(' AND p.search_key LIKE $1[%s]', i);
            v_member := v_member || format(' AND p.search_key LIKE $1[%s]', i);
        END LOOP;
        FOR i IN 1 .. cardinality(v_prefixes) LOOP
            v_member := v_member || format(
                ' AND EXISTS (SELECT 1 FROM person_name_keys k WHERE k.person_id = p.id'
                ' AND k.word >= $2[%1$s] AND k.word < $2[%1$s] || chr(1114111)'
                ' AND left(k.word, length($2[%1$s])) = $2[%1$s] OFFSET 0)', i);
        END LOOP;
        -- Many matches: walk the list order, probing the members of each visible file (a member of a
        -- visible file is visible through it), until p_limit files match. Only for a name prefix that
        -- starts the words of at least one person in 20 (counted on ix_person_name_keys_word, up to that
        -- number): fewer, or a substring (3+ letters rarely name a member of one file in ten), and the
        -- matches are too sparse for a walk, or sit in one block of family names far down the order ("כהן").
        -- 400 files of the order, then 4,000 if the matches seen promise enough there; otherwise the
        -- collecting plan below runs, after a few wasted milliseconds.
        IF p_limit IS NOT NULL AND p_limit BETWEEN 1 AND 500 AND cardinality(v_patterns) = 0 THEN
            SELECT greatest(c2.reltuples, 20)::bigint / 20 INTO v_dense FROM pg_class c2
            WHERE c2.oid = 'persons'::regclass;
            EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM person_name_keys k WHERE k.word >= $1'
                 || ' AND k.word < $1 || chr(1114111) AND left(k.word, length($1)) = $1 LIMIT $2) x'
                INTO v_count USING v_prefixes[1], v_dense;
            IF v_count < v_dense THEN
                v_walk := 4000;  -- no walk
            END IF;
        END IF;
        IF p_limit IS NOT NULL AND p_limit BETWEEN 1 AND 500 AND cardinality(v_patterns) = 0
                AND v_walk IS NULL THEN
            v_walk := 400;
            LOOP
                -- The walk stops at the p_limit-th match: the sub-select comes out in list order already.
                EXECUTE 'SELECT coalesce(array_agg(w.id ORDER BY w.k, w.num, w.id), ''{}'') FROM'
                     || ' (SELECT s.id, s.k, s.num FROM (SELECT f.id, f.family_name_key AS k, f.file_number AS num'
                     || ' FROM family_files f WHERE' || v_files
                     || ' ORDER BY f.family_name_key, f.file_number, f.id LIMIT $6) s'
                     || ' WHERE EXISTS (SELECT 1 FROM family_members fm JOIN persons p ON p.id = fm.person_id'
                     || ' WHERE fm.file_id = s.id' || v_member || ' OFFSET 0)'
                     || ' ORDER BY s.k, s.num, s.id LIMIT $7) w'
                    INTO v_ids
                    USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true),
                          v_walk, p_limit;
                IF cardinality(v_ids) >= p_limit THEN
                    RETURN QUERY SELECT u.id FROM unnest(v_ids) WITH ORDINALITY AS u(id, n) ORDER BY u.n;
                    RETURN;
                END IF;
                EXIT WHEN v_walk >= 4000 OR cardinality(v_ids) * 10 < p_limit;
                v_walk := 4000;
            END LOOP;
        END IF;
        IF cardinality(v_patterns) = 0 THEN
            -- Prefixes alone are answered from person_name_keys without reading persons.
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
        v_persons := 'SELECT p.id FROM persons p WHERE p.id_kind IN (''il'', ''passport'') AND p.id_number = $8'
                  || ' UNION SELECT ph.person_id FROM person_phones ph WHERE ph.digits = $9';
    ELSE
        RETURN;
    END IF;
    -- Planned for every match (a materialized CTE), then cut: with the limit in view the planner walked
    -- the list order testing every file's members (460 ms for "כהן" at 20,000 files).
    v_sql := 'WITH r AS MATERIALIZED (SELECT f.id FROM family_files f'
          || ' WHERE f.id IN (SELECT fm.file_id FROM family_members fm WHERE fm.person_id IN ('
          || v_persons || ')) AND' || v_files
          || ' ORDER BY f.family_name_key, f.file_number, f.id) SELECT r.id FROM r LIMIT $7';
    RETURN QUERY EXECUTE v_sql
        USING v_patterns, v_prefixes, c.team_keys, c.mine, coalesce(p_include_closed, true), v_walk,
              p_limit, nullif(p_id_number, ''), nullif(p_phone, '');
END
$fn$;

REVOKE ALL ON FUNCTION maane_search_files(text[], text[], text, text, boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_search_files(text[], text[], text, text, boolean, integer) TO maane_app;

-- Maane revision 0010 (downgrade): maane_search_persons as revision 0001 wrote it, copied verbatim.
-- Frozen: its sha256 is held by tests/unit/test_security.py; never edit.

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

-- Revision 0009: the access-log review (issue 6, "Administration"): the files a list showed, and the purge.
--
--   * maane_write_audit (revision 0005's signature) also records, in audit_event_files, the family files an
--     event without a file of its own showed: the ids in its detail's "files" (a page of the family list,
--     My tasks). "Who looked at file X" then finds the lists too, and a team head reads the list rows that
--     showed a file of her team (the audit_events policy of this revision).
--   * Retention: the audit is kept at least 24 months (Data Security Regulations 2017, reg. 10). The only
--     way to remove older rows is maane_purge_audit(cutoff), a definer function of the owner that no Maane
--     role may execute: it refuses a cutoff less than 24 months ago, deletes the rows older than the cutoff
--     (and their audit_event_files), and records its own row ('audit_purge': the cutoff and the
--     count), which no purge removes. The append-only trigger lets exactly that DELETE through: a row older
--     than the cutoff the function set for its own transaction, the cutoff at least 24 months ago, the
--     owner deleting. Everything else (UPDATE, TRUNCATE, any other DELETE) is refused as before.

CREATE OR REPLACE FUNCTION maane_write_audit(
    p_action text, p_entity text, p_entity_id integer, p_file_id integer, p_allowed boolean, p_detail text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_id integer;
    v_files jsonb;
BEGIN
    IF coalesce(p_action, '') = '' OR lower(p_action) LIKE 'db\_%' OR lower(p_action) = 'audit_purge' THEN
        RAISE EXCEPTION 'audit action "%" is not written by the client', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, p_action, coalesce(p_entity, ''), p_entity_id, p_file_id,
            coalesce(p_allowed, false), coalesce(p_detail, ''))
    RETURNING id INTO v_id;
    IF p_detail LIKE '{%"files"%' THEN
        BEGIN
            v_files := p_detail::jsonb -> 'files';
        EXCEPTION WHEN others THEN
            v_files := NULL;
        END;
        IF jsonb_typeof(v_files) = 'array' THEN
            INSERT INTO audit_event_files (audit_id, file_id)
            SELECT DISTINCT v_id, (x #>> '{}')::integer
            FROM jsonb_array_elements(v_files) AS x
            WHERE jsonb_typeof(x) = 'number';
        END IF;
    END IF;
END
$fn$;
REVOKE ALL ON FUNCTION maane_write_audit(text, text, integer, integer, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_write_audit(text, text, integer, integer, boolean, text) TO maane_app;

-- A team head reads an event without a file of its own when it showed a file she sees (the audit_events
-- policy). A plpgsql function run with the caller's rights, not a sub-select in the policy: PostgreSQL checks
-- the privileges on every table a policy names, whichever branch runs, so a sub-select would need every Maane
-- role to hold SELECT on audit_event_files (and show a worker which events listed her files). Only team heads
-- and the manager hold it; the policy of audit_event_files applies the file rule to the rows read here.
CREATE OR REPLACE FUNCTION maane_audit_shows_visible_file(p_audit_id integer)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $fn$
BEGIN
    RETURN EXISTS (SELECT 1 FROM audit_event_files af WHERE af.audit_id = p_audit_id);
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_shows_visible_file(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_audit_shows_visible_file(integer) TO maane_app;

-- The lists written before this revision.
INSERT INTO audit_event_files (audit_id, file_id)
SELECT DISTINCT e.id, (x #>> '{}')::integer
FROM audit_events e, jsonb_array_elements(e.detail::jsonb -> 'files') AS x
WHERE e.detail LIKE '{%"files"%' AND jsonb_typeof(e.detail::jsonb -> 'files') = 'array'
  AND jsonb_typeof(x) = 'number'
ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION maane_audit_append_only()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_before timestamptz;
BEGIN
    IF TG_OP = 'DELETE' AND TG_LEVEL = 'ROW' THEN
        v_before := NULLIF(current_setting('maane.audit_purge_before', true), '')::timestamptz;
        IF v_before IS NOT NULL
           AND v_before <= now() - interval '24 months'
           AND OLD.at < v_before
           AND OLD.action <> 'audit_purge'
           AND current_user = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                               WHERE c.oid = TG_RELID)
        THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
REVOKE ALL ON FUNCTION maane_audit_append_only() FROM PUBLIC;

CREATE OR REPLACE FUNCTION maane_purge_audit(p_before timestamptz)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_removed bigint;
BEGIN
    IF p_before IS NULL OR p_before > now() - interval '24 months' THEN
        RAISE EXCEPTION 'the audit is kept at least 24 months: a cutoff of % is too recent', p_before
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('maane.audit_purge_before', p_before::text, true);
    DELETE FROM audit_event_files af USING audit_events e
    WHERE e.id = af.audit_id AND e.at < p_before AND e.action <> 'audit_purge';
    DELETE FROM audit_events WHERE at < p_before AND action <> 'audit_purge';
    GET DIAGNOSTICS v_removed = ROW_COUNT;
    PERFORM set_config('maane.audit_purge_before', '', true);
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, 'audit_purge', 'audit', NULL, NULL, true,
            jsonb_build_object('before', p_before, 'removed', v_removed)::text);
    RETURN v_removed;
END
$fn$;
REVOKE ALL ON FUNCTION maane_purge_audit(timestamptz) FROM PUBLIC;

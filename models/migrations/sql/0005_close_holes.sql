-- Maane revision 0005: functions for closing the holes of issue 6 (1, 3, 6, 7 and the task assignee).
-- maane_my_user_id (policies), maane_signed_final and maane_assignee_sees_file (triggers), maane_write_audit
-- (the services' audit writer).
--
-- Run by revision 0005 before it re-secures family_members, case_notes, tasks and audit_events with the SQL
-- it froze (models.security): their new policies and triggers call these functions. As one simple-protocol
-- script, by a superuser (or a role with BYPASSRLS that owns the tables), like 0001_security.sql. Frozen:
-- its sha256 is held by tests/unit/test_security.py; change the database in a new revision, never here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION '0005_close_holes.sql must run as a superuser or a role with BYPASSRLS (running as %)',
            current_user;
    END IF;
END
$$;

-- The connected user's id in users (NULL for an unknown or inactive login), for the policies that compare
-- a row's author with the login (case_notes.author_id). Like maane_my_role() of revision 0001: plpgsql, not
-- SECURITY DEFINER, read from maane_me, called in a scalar sub-select so once per statement.
CREATE OR REPLACE FUNCTION maane_my_user_id()
RETURNS integer
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN (SELECT user_id FROM maane_me);
END
$$;
REVOKE ALL ON FUNCTION maane_my_user_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_my_user_id() TO maane_app;

-- A signed row is final (hole 3): BEFORE UPDATE OR DELETE, for everyone, the owner too. The argument names
-- the column that holds the signing time; a row where it is NULL is a draft and may be changed (signing it
-- is such a change). A correction is a new row. A trigger given a column the row does not have refuses
-- everything rather than let every change through.
CREATE OR REPLACE FUNCTION maane_signed_final()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_old jsonb := to_jsonb(OLD);
BEGIN
    IF TG_NARGS <> 1 OR NOT (v_old ? TG_ARGV[0]) THEN
        RAISE EXCEPTION 'maane_signed_final on %: no column % to tell a signed row', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_old ->> TG_ARGV[0] IS NOT NULL THEN
        RAISE EXCEPTION '% row % is signed: it cannot be changed or deleted (a correction is a new row)',
            TG_TABLE_NAME, v_old ->> 'id'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_signed_final() FROM PUBLIC;

-- A row is assigned only to a user who may see its file (tasks.assignee_id): BEFORE INSERT OR UPDATE, for
-- everyone. Arguments: the assignee column, the file column. Checked when the row is written and when an
-- UPDATE changes either column, not on every UPDATE: a task of a worker who has left, or of a file moved to
-- another team since, can still be marked done (and handed to someone who sees the file).
CREATE OR REPLACE FUNCTION maane_assignee_sees_file()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $fn$
DECLARE
    v_new jsonb := to_jsonb(NEW);
    v_old jsonb;
    v_user integer;
    v_file integer;
BEGIN
    IF TG_NARGS <> 2 OR NOT (v_new ? TG_ARGV[0]) OR NOT (v_new ? TG_ARGV[1]) THEN
        RAISE EXCEPTION 'maane_assignee_sees_file on %: no columns % and %', TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1]
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        v_old := to_jsonb(OLD);
        IF v_old -> TG_ARGV[0] IS NOT DISTINCT FROM v_new -> TG_ARGV[0]
           AND v_old -> TG_ARGV[1] IS NOT DISTINCT FROM v_new -> TG_ARGV[1] THEN
            RETURN NEW;
        END IF;
    END IF;
    v_user := (v_new ->> TG_ARGV[0])::integer;
    v_file := (v_new ->> TG_ARGV[1])::integer;
    IF NOT maane_user_can_see_file(v_file, (SELECT u.username::name FROM users u WHERE u.id = v_user)) THEN
        RAISE EXCEPTION '% row assigned to user %, who cannot see file %', TG_TABLE_NAME, v_user, v_file
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION maane_assignee_sees_file() FROM PUBLIC;

-- The services' own way into the audit log (hole 7): no Maane role may INSERT into audit_events any more
-- (revision 0005 revokes it); the triggers write the changes (maane_audit_row, 'db_' actions), and the
-- services call this function for reads, searches, prints, exports and denied attempts. The login and the
-- server's clock are stamped here (session_user: the login that connected, whatever role it has SET; the
-- BEFORE INSERT trigger maane_audit_stamp stamps the same), so nobody writes an event in another's name
-- or time, and the actions the triggers own (db_*) are refused, so nobody forges a change. One INSERT: it
-- runs on every view and search.
CREATE OR REPLACE FUNCTION maane_write_audit(
    p_action text, p_entity text, p_entity_id integer, p_file_id integer, p_allowed boolean, p_detail text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $fn$
BEGIN
    IF coalesce(p_action, '') = '' OR lower(p_action) LIKE 'db\_%' THEN
        RAISE EXCEPTION 'audit action "%" is not written by the client', p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_events (at, user_name, action, entity, entity_id, file_id, allowed, detail)
    VALUES (clock_timestamp(), session_user, p_action, coalesce(p_entity, ''), p_entity_id, p_file_id,
            coalesce(p_allowed, false), coalesce(p_detail, ''));
END
$fn$;
REVOKE ALL ON FUNCTION maane_write_audit(text, text, integer, integer, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION maane_write_audit(text, text, integer, integer, boolean, text) TO maane_app;

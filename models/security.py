"""Row-level security, grants and the audit trigger of each table, from the table's own declaration.

Every table of the metadata declares how it is secured on PostgreSQL, in its ``Table.info``::

    class CommitteeMeeting(Versioned, Base):
        __tablename__ = "committee_meetings"
        __table_args__ = (Index(...), {"info": secured(TableSecurity.file("file_id"))})

``table_security_sql(name, declaration)`` turns a declaration into the SQL that sets the table's whole
security state (it first removes whatever policies, grants and Maane triggers the table had). A migration
that creates a table runs that SQL FROZEN, as text generated when the migration was written
(``python -m models.security committee_meetings`` prints it), through ``secure_table(op, name, sql)``: a
later change of the declaration or of this generator never rewrites history. ``security_problems`` holds a
database against the live declarations; the tests run it on a migrated database, so a declaration that
changed without a migration, or a table without its policy, grants or audit trigger, fails CI.

The visibility rule is written once, in SQL, by revision 0001 (``maane_file_rule``, applied by the policy
on ``family_files``; the policies here reach it through a sub-select on ``family_files`` or on
``maane_my_memberships``) and once in Python (``models.service.visible_files_clause``); the
PostgreSQL security tests check the two against each other and against the rules of ``models.roles``.

No Qt, no Alembic import (``op`` is only called).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Connection, MetaData, Table, text

from models.roles import ALL_REFERRALS, PERMISSIONS, ROLE_CODES, Action

SECURITY_KEY = "security"
APP_GROUP = "maane_app"  # every Maane role's group is a member of it
ALL_ROLES = "all"  # in a declaration's grants: every Maane role (granted to maane_app)
PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")
AUDIT_TRIGGER = "maane_audit"
SIGNED_TRIGGER = "maane_signed_final"
ASSIGNEE_TRIGGER = "maane_assignee_sees_file"
GUARD_TRIGGER = "maane_guard"
# pgaudit's object-audit role (revision 0007): holds SELECT on every case table so that pgaudit, when loaded
# with pgaudit.role = 'maane_auditor', logs every read of them to the server log. NOLOGIN, nobody is a
# member; its grants are not access, so no declaration names it and resetting a table's security keeps them.
AUDITOR_ROLE = "maane_auditor"
_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class Scope(StrEnum):
    """Whose rows a table holds, which decides its policies."""

    FILE_ROOT = "file_root"  # the family files themselves (family_files): the rule on the row's own columns
    FILE = "file"  # rows of a family file: visible iff the file is
    PERSON_ROOT = "person_root"  # the persons register (persons)
    PERSON = "person"  # rows of a person: visible iff the person is
    # the referrals to the department (referrals, revision 0014): a referral has no file while open, so it is
    # read by the intake roles, its own intake worker, the worker it was handed to, team heads (while not
    # closed) and whoever sees the file it led to; with ``referral_column``: rows of a referral, visible iff
    # the referral is, written only while it is open
    REFERRAL = "referral"
    REFERENCE = "reference"  # readable by all staff, no row-level security (teams, users, code tables)
    AUDIT = "audit"  # the append-only audit log (audit_events)
    NONE = "none"  # not for Maane roles at all: no grants, no policy


_DEFAULT_GRANTS: dict[Scope, dict[str, tuple[str, ...]]] = {
    Scope.FILE_ROOT: {ALL_ROLES: ("SELECT", "INSERT", "UPDATE")},
    Scope.FILE: {ALL_ROLES: ("SELECT", "INSERT", "UPDATE")},
    Scope.PERSON_ROOT: {ALL_ROLES: ("SELECT", "INSERT", "UPDATE")},
    Scope.PERSON: {ALL_ROLES: ("SELECT", "INSERT", "UPDATE")},
    Scope.REFERRAL: {ALL_ROLES: ("SELECT", "INSERT", "UPDATE")},
    Scope.REFERENCE: {ALL_ROLES: ("SELECT",)},
    Scope.AUDIT: {ALL_ROLES: ("SELECT",)},
    Scope.NONE: {},
}


@dataclass(frozen=True)
class TableSecurity:
    """How one table is secured. Build it with the class methods (``TableSecurity.file("file_id")``).

    ``grants``: Maane role code (or ``"all"``, every role) -> privileges, granted to the group role
    ``maane_<role>`` (``maane_app`` for all); the row-level policies apply to every role alike.
    ``audit``: the generic audit trigger (``maane_audit_row``) records every change of the table.
    ``file_column``: FILE scope, the column holding the family file's id. ``person_column``: PERSON scope,
    the person's id; in FILE scope, a person the row links to the file (a new row must not make a person
    visible whom the user cannot see already: the WITH CHECK requires that too).
    ``author_column`` (FILE scope): the user who wrote the row; a new or changed row must name the login's
    own user (``maane_my_user_id()``, revision 0005), nobody writes in another's name.
    ``signed_column`` (FILE scope, with ``author_column``): NULL while the row is a draft, the signing time
    after. A draft is read only by its author and those who supervise the file's team (its team head, the
    manager); a signed row is final: the trigger ``maane_signed_final`` (revision 0005) refuses its UPDATE
    and DELETE, for everyone (the owner too). Signing a draft (the column from NULL to a time) is an
    ordinary UPDATE.
    ``assignee_column`` (FILE scope): the staff member the row is assigned to, who must be able to see the
    file (``maane_user_can_see_file``) when the row is written with them or moved to them: the trigger
    ``maane_assignee_sees_file`` (revision 0005) checks INSERT and an UPDATE that changes the assignee or
    the file, for everyone. Not a WITH CHECK, which would test every UPDATE: a task of a worker who has
    left, or of a file since moved to another team, could then no longer be marked done by anyone.
    ``insert_columns``: AUDIT scope, the columns INSERT is granted on (never the id); empty: no role inserts
    at all (the triggers and the definer function ``maane_write_audit`` write the log).
    ``admin_reads_case_detail`` (AUDIT scope): the administrator also reads the details of case rows (a
    search's typed text, a reason): so until revision 0006; now False, the staff rows and detail-less rows
    only (``ADMIN_AUDIT_ENTITIES``).
    ``team_head_reads_lists`` (AUDIT scope): a team head also reads the events without a file of their own
    that showed a file she sees (revision 0009: ``audit_event_files``, ``maane_audit_shows_visible_file``).
    ``referral_column`` (REFERRAL scope): the table holds rows of a referral (that column its id), not the
    referrals themselves.
    ``guard``: a trigger function (``maane_...``, created by a revision's own SQL) run BEFORE INSERT OR
    UPDATE of each row as the trigger ``maane_guard``: rules on what a login may write that no policy
    states (revision 0007: ``maane_users_guard``, no login changes a user's role or team by itself).
    ``readers`` (FILE scope): when set, only these roles' logins see (and so write) the rows at all, on top
    of the file's visibility (revision 0016: the committee's rows, not for the roles without
    ``Action.VIEW_COMMITTEES`` who see the file, such as the club and intake workers).
    ``guard_delete`` (with ``guard``): the guard runs BEFORE DELETE too (revision 0016: a final committee
    protocol and the rows under it are never deleted); the function must then return OLD for a DELETE.
    ``recorder_column`` (with ``readers``): the user who recorded the row, who reads (and writes, as far as
    the grants and the guard let her) the rows she recorded of the files she sees though her role is not
    among the readers (revision 0019: a family worker reads the risk reports she recorded, the forum's
    members every report). Unlike ``author_column`` it does not hold every write to the login's own name
    (a forum member decides another's report): the guard holds who records. (Revision 0022: a task's
    assignee, who reads the confidential task given to her.)
    ``confidential_column`` (with ``readers``): a boolean column; the readers (and the recorder) hold only
    for the rows where it is true, the others are read by whoever sees the file (revision 0022: a
    confidential task, the continuum's, is read only by the continuum's readers and its assignee).
    """

    scope: Scope
    grants: tuple[tuple[str, tuple[str, ...]], ...] = ()
    audit: bool = True
    file_column: str | None = None
    person_column: str | None = None
    insert_columns: tuple[str, ...] = ()
    author_column: str | None = None
    signed_column: str | None = None
    assignee_column: str | None = None
    admin_reads_case_detail: bool = False
    team_head_reads_lists: bool = False
    guard: str | None = None
    referral_column: str | None = None
    guard_delete: bool = False
    readers: tuple[str, ...] = ()
    recorder_column: str | None = None
    confidential_column: str | None = None

    def __post_init__(self) -> None:
        scope = Scope(self.scope)
        for role, privileges in self.grants:
            if role != ALL_ROLES and role not in ROLE_CODES:
                raise ValueError(f"unknown role {role!r} in grants")
            bad = [p for p in privileges if p not in PRIVILEGES]
            if bad:
                raise ValueError(f"unknown privileges {bad} for {role!r}")
        for name in self._columns():
            if name is not None and not _IDENT.fullmatch(name):
                raise ValueError(f"not a plain column name: {name!r}")
        if scope is Scope.FILE:
            if not self.file_column:
                raise ValueError("a file-scoped table names its file column")
            if self.audit and self.file_column != "file_id":
                # maane_audit_row (revision 0001) records the file of a row from a column named file_id
                raise ValueError("an audited file-scoped table keeps its file id in a column named file_id")
        elif self.file_column is not None:
            raise ValueError("only a file-scoped table has a file column")
        if scope is Scope.PERSON and not self.person_column:
            raise ValueError("a person-scoped table names its person column")
        if self.person_column is not None and scope not in (Scope.PERSON, Scope.FILE, Scope.REFERRAL):
            raise ValueError("only a person-, file- or referral-scoped table has a person column")
        if self.referral_column is not None and scope is not Scope.REFERRAL:
            raise ValueError("only a referral-scoped table has a referral column")
        if scope is Scope.REFERRAL and self.person_column is not None and self.referral_column is None:
            raise ValueError("a person column belongs to the rows of a referral (referral_column)")
        for name in (self.author_column, self.signed_column, self.assignee_column):
            if name is not None and scope is not Scope.FILE:
                raise ValueError("only a file-scoped table has an author, signed or assignee column")
        if self.signed_column is not None and self.author_column is None:
            raise ValueError("a table of signed rows names its author column (a draft is its author's)")
        if self.insert_columns and scope is not Scope.AUDIT:
            raise ValueError("only the audit log has insert columns")
        if (self.admin_reads_case_detail or self.team_head_reads_lists) and scope is not Scope.AUDIT:
            raise ValueError("only the audit log has details the administrator may read, or lists")
        if scope is Scope.AUDIT and self.audit:
            raise ValueError("the audit log has no audit trigger of its own")
        if scope is Scope.NONE and self.grants:
            raise ValueError("a table of scope none grants nothing")
        if self.guard is not None and not (_IDENT.fullmatch(self.guard) and self.guard.startswith("maane_")):
            raise ValueError(f"a guard is a maane_ trigger function: {self.guard!r}")
        if self.readers and scope is not Scope.FILE:
            raise ValueError("only a file-scoped table names its readers")
        bad_readers = [r for r in self.readers if r not in ROLE_CODES]
        if bad_readers:
            raise ValueError(f"unknown roles {bad_readers} in readers")
        if self.guard_delete and self.guard is None:
            raise ValueError("guard_delete runs the table's guard on DELETE: name the guard")
        if self.recorder_column is not None and not self.readers:
            raise ValueError("a recorder column widens the readers: name the readers")
        if self.confidential_column is not None and not self.readers:
            raise ValueError("a confidential column says which rows the readers hold for: name the readers")

    def _columns(self) -> tuple[str | None, ...]:
        return (self.file_column, self.person_column, self.author_column, self.signed_column,
                self.assignee_column, self.referral_column, self.recorder_column, self.confidential_column,
                *self.insert_columns)

    @property
    def holds_case_content(self) -> bool:
        """Rows of files and persons: the tables pgaudit's object auditing watches (maane_auditor)."""
        return Scope(self.scope) in (Scope.FILE_ROOT, Scope.FILE, Scope.PERSON_ROOT, Scope.PERSON,
                                     Scope.REFERRAL)

    # --- constructors ---------------------------------------------------------------------------------
    @classmethod
    def _make(cls, scope: Scope, grants: Mapping[str, Iterable[str]] | None, delete: bool,
              **kw: Any) -> TableSecurity:
        chosen = {r: tuple(p) for r, p in (grants if grants is not None else _DEFAULT_GRANTS[scope]).items()}
        if delete:
            chosen[ALL_ROLES] = (*chosen.get(ALL_ROLES, ()), "DELETE")
        return cls(scope=scope, grants=_normal_grants(chosen), **kw)

    @classmethod
    def file(cls, file_column: str = "file_id", *, person_column: str | None = None, delete: bool = False,
             grants: Mapping[str, Iterable[str]] | None = None, audit: bool = True,
             author_column: str | None = None, signed_column: str | None = None,
             assignee_column: str | None = None, guard: str | None = None,
             guard_delete: bool = False, readers: Iterable[str] = (),
             recorder_column: str | None = None, confidential_column: str | None = None) -> TableSecurity:
        """Rows of a family file. Default grants: SELECT, INSERT, UPDATE to every role (DELETE too if
        ``delete``); ``grants`` replaces them (e.g. ``{"all": ["SELECT"], "committee_coordinator":
        ["INSERT", "UPDATE"]}``). ``person_column``, ``author_column``, ``signed_column``,
        ``assignee_column``, ``guard``, ``guard_delete``, ``readers``, ``recorder_column``,
        ``confidential_column``: see the class."""
        return cls._make(Scope.FILE, grants, delete, audit=audit, file_column=file_column,
                         person_column=person_column, author_column=author_column,
                         signed_column=signed_column, assignee_column=assignee_column, guard=guard,
                         guard_delete=guard_delete, readers=tuple(sorted(set(readers))),
                         recorder_column=recorder_column, confidential_column=confidential_column)

    @classmethod
    def file_root(cls) -> TableSecurity:
        return cls._make(Scope.FILE_ROOT, None, False)

    @classmethod
    def person_root(cls) -> TableSecurity:
        return cls._make(Scope.PERSON_ROOT, None, False)

    @classmethod
    def person(cls, person_column: str = "person_id", *, delete: bool = False,
               grants: Mapping[str, Iterable[str]] | None = None, audit: bool = True) -> TableSecurity:
        return cls._make(Scope.PERSON, grants, delete, audit=audit, person_column=person_column)

    @classmethod
    def referral(cls, *, referral_column: str | None = None, person_column: str | None = None,
                 delete: bool = False, guard: str | None = None) -> TableSecurity:
        """The referrals (no ``referral_column``), or rows of a referral (``referral_column``: the referral's
        id; ``person_column``: a person the row links to it, who must be visible to the writer). SELECT,
        INSERT, UPDATE to every role (DELETE too if ``delete``), the policies decide; ``guard``: see the
        class."""
        return cls._make(Scope.REFERRAL, None, delete, referral_column=referral_column,
                         person_column=person_column, guard=guard)

    @classmethod
    def reference(cls, *, grants: Mapping[str, Iterable[str]] | None = None, audit: bool = True,
                  guard: str | None = None) -> TableSecurity:
        """Readable by every role (no row-level security). Writers through ``grants``, e.g.
        ``{"all": ["SELECT"], "admin": ["INSERT", "UPDATE"]}``; ``guard``: see the class."""
        return cls._make(Scope.REFERENCE, grants, False, audit=audit, guard=guard)

    @classmethod
    def audit_log(cls, insert_columns: Iterable[str] = (), *, admin_reads_case_detail: bool = False,
                  team_head_reads_lists: bool = False) -> TableSecurity:
        return cls._make(Scope.AUDIT, None, False, audit=False, insert_columns=tuple(insert_columns),
                         admin_reads_case_detail=admin_reads_case_detail,
                         team_head_reads_lists=team_head_reads_lists)

    @classmethod
    def none(cls, *, audit: bool = False) -> TableSecurity:
        return cls(scope=Scope.NONE, audit=audit)


def _normal_grants(grants: Mapping[str, Iterable[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Sorted and de-duplicated, privileges in a fixed order, roles without privileges left out."""
    out = []
    for role in sorted(grants):
        privileges = set(grants[role])
        if privileges:
            out.append((role, tuple(p for p in PRIVILEGES if p in privileges) + tuple(
                sorted(p for p in privileges if p not in PRIVILEGES))))
    return tuple(out)


def secured(declaration: TableSecurity, **info: Any) -> dict[str, Any]:
    """The ``Table.info`` of a table secured by ``declaration`` (for the dict in ``__table_args__``:
    ``{"info": secured(TableSecurity.file())}``)."""
    return {**info, SECURITY_KEY: declaration}


def declaration_of(table: Table) -> TableSecurity | None:
    found = table.info.get(SECURITY_KEY)
    return found if isinstance(found, TableSecurity) else None


def group_of(role: str) -> str:
    return APP_GROUP if role == ALL_ROLES else f"maane_{role}"


# --- the SQL --------------------------------------------------------------------------------------------

_RESET = """\
-- Start from nothing: no policy, no grant (table, columns, owned sequences), no Maane trigger. The read
-- auditor's SELECT (pgaudit object auditing, revision 0007) stays.
DO $reset$
DECLARE
    v_table regclass := '{t}'::regclass;
    r record;
BEGIN
    FOR r IN SELECT polname FROM pg_policy WHERE polrelid = v_table LOOP
        EXECUTE format('DROP POLICY %I ON %s', r.polname, v_table);
    END LOOP;
    FOR r IN
        SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = v_table AND a.grantee <> c.relowner
          AND a.grantee IS DISTINCT FROM to_regrole('{auditor}')
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
        WHERE t.tgrelid = v_table AND NOT t.tgisinternal AND p.proname LIKE 'maane\\_%'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', r.tgname, v_table);
    END LOOP;
END
$reset$;
"""

_SEQUENCES = """\
-- The sequences of the table's own id columns (serial or identity), for INSERT.
DO $seq$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT s.oid::regclass AS seq
        FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
        WHERE d.refobjid = '{t}'::regclass AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO {app}', r.seq);
    END LOOP;
END
$seq$;
"""

_AUDITOR = """\
-- pgaudit object auditing (revision 0007): the read auditor sees the table, so its reads are logged.
DO $aud$
BEGIN
    IF to_regrole('{auditor}') IS NOT NULL THEN
        GRANT SELECT ON {t} TO {auditor};
    END IF;
END
$aud$;
"""

# The visibility rule (revision 0001): maane_file_rule on a file's columns and the connected user's context.
_FILE_RULE = ("maane_file_rule((SELECT maane_my_team_keys()), (SELECT maane_my_mine()), "
              "id, team_id, restricted, worker_id)")
# A file is visible: the sub-select applies the policy of family_files (_FILE_RULE).
_FILE_VISIBLE = "EXISTS (SELECT 1 FROM family_files f WHERE f.id = {t}.{c})"
# A person is visible: through a visible membership, or, to a case role, when in no file at all.
_PERSON_VISIBLE = ("(EXISTS (SELECT 1 FROM maane_my_memberships v WHERE v.person_id = {t}.{c} OFFSET 0) "
                   "OR ((SELECT maane_my_role()) <> 'admin' AND maane_person_in_no_file({t}.{c})))")
# Revision 0005. The row names the login's own user as its author.
_MY_ROW = "{t}.{a} = (SELECT maane_my_user_id())"
# A row of a signed table is readable once signed; a draft by its author and by those who supervise the
# file's team: whoever sees every file of that team, restricted ones included (+team_id in the team keys of
# maane_file_rule): the team's head and the manager.
_SIGNED_OR_MINE = ("({t}.{s} IS NOT NULL OR {t}.{a} = (SELECT maane_my_user_id()) "
                   "OR EXISTS (SELECT 1 FROM family_files f "
                   "WHERE f.id = {t}.{c} AND f.team_id = ANY ((SELECT maane_my_team_keys())::integer[])))")
# The audit rows the administrator reads (issue 6, hole 5): the staff rows (accounts, teams, logins, audit
# reviews) whole, and of every other row only those without a detail: who did what to which id, when. A
# detail beside a case row holds case content (a search's typed names and ID numbers, a reassignment's
# reason, the old and new values a trigger recorded), readable by the roles that see the file (the team's
# head, the manager) and by whoever wrote it. models.audit.service filters the same on SQLite.
ADMIN_AUDIT_ENTITIES = ("user", "team", "users", "teams", "user_audit")
ADMIN_AUDIT_ACTIONS = ("login",)
_ADMIN_AUDIT = ("({t}.detail = '' OR {t}.entity IN (" + ", ".join(f"'{e}'" for e in ADMIN_AUDIT_ENTITIES)
                + ") OR {t}.action IN (" + ", ".join(f"'{a}'" for a in ADMIN_AUDIT_ACTIONS) + "))")
_ADMIN_ROW_IMAGES = "NOT ({t}.action LIKE 'db\\_%' AND {t}.entity NOT IN ('users', 'teams'))"
_TEAM_HEAD_AUDIT = "EXISTS (SELECT 1 FROM family_files f WHERE f.id = {t}.file_id)"
# Revision 0009: and the events without a file of their own that showed one of hers (a page of the family
# list, My tasks: audit_event_files, under its own policy), read by a plpgsql function with the caller's
# rights: a sub-select here would need every role to hold SELECT on audit_event_files (PostgreSQL checks the
# privileges of every table a policy names, whichever branch runs).
_TEAM_HEAD_LISTS = "OR maane_audit_shows_visible_file({t}.id)"
# The referrals (revision 0014), written once here and once in Python (models.intake.service.
# visible_referrals_clause; tests/unit/models/intake hold the two against each other): the roles that read
# every referral (intake workers, the manager); the referral's own intake worker, the one who decided its
# outcome and the worker it was handed to; a team head every referral not closed; and whoever sees the file it led to (the sub-select applies the
# policy of family_files). The administrator: none (no referral names him, he sees no file).
_REFERRAL_READERS = ", ".join(f"'{r.value}'" for r in sorted(ALL_REFERRALS))
_REFERRAL_WRITERS = ", ".join(f"'{r.value}'" for r in sorted(
    r for r, actions in PERMISSIONS.items() if Action.RECEIVE_REFERRALS in actions))
_REFERRAL_VISIBLE = (
    "((SELECT maane_my_role()) IN (" + _REFERRAL_READERS + ")"
    " OR {t}.intake_worker_id = (SELECT maane_my_user_id())"
    " OR {t}.handed_to_id = (SELECT maane_my_user_id())"
    " OR {t}.decided_by_id = (SELECT maane_my_user_id())"
    " OR ((SELECT maane_my_role()) = 'team_head' AND {t}.status <> 'closed')"
    " OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = {t}.file_id))")
# Written only by the roles that receive referrals; a new referral in the login's own name only; the file it
# leads to must be one the login sees.
_REFERRAL_WRITER = "(SELECT maane_my_role()) IN (" + _REFERRAL_WRITERS + ")"
_REFERRAL_FILE = "({t}.file_id IS NULL OR EXISTS (SELECT 1 FROM family_files f WHERE f.id = {t}.file_id))"
# Revision 0017: the roles that register a referral in intake's queue without deciding it (Action.
# REGISTER_REFERRAL without RECEIVE_REFERRALS: the club worker, for a family a school refers) INSERT one, in
# their own name and open (so without an outcome, a file or a hand-over: the CHECKs of revision 0014), and
# the persons of an open referral of their own; they never UPDATE or decide one.
_REFERRAL_REGISTRARS = ", ".join(f"'{r.value}'" for r in sorted(
    r for r, actions in PERMISSIONS.items()
    if Action.REGISTER_REFERRAL in actions and Action.RECEIVE_REFERRALS not in actions))
_REFERRAL_INSERTER = (
    "(" + _REFERRAL_WRITER + " OR ((SELECT maane_my_role()) IN (" + _REFERRAL_REGISTRARS + ")"
    " AND {t}.status = 'open'))") if _REFERRAL_REGISTRARS else _REFERRAL_WRITER
# Rows of a referral: visible iff the referral is (the sub-select applies the policy of referrals); written
# only while it is open, by the roles that receive referrals (and inserted by a registrar into her own).
_OF_REFERRAL = "EXISTS (SELECT 1 FROM referrals r WHERE r.id = {t}.{c})"
_OF_OPEN_REFERRAL = "EXISTS (SELECT 1 FROM referrals r WHERE r.id = {t}.{c} AND r.status = 'open')"
_ROWS_INSERTER = (
    "(" + _REFERRAL_WRITER + " OR ((SELECT maane_my_role()) IN (" + _REFERRAL_REGISTRARS + ")"
    " AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = {t}.{c}"
    " AND r.intake_worker_id = (SELECT maane_my_user_id()))))") if _REFERRAL_REGISTRARS else _REFERRAL_WRITER

_AUDIT_SELECT = """(
        user_name = current_user::text
        OR CASE (SELECT maane_my_role())
               WHEN 'manager' THEN true
               -- the administrator reviews access (who, what, when), not case content
               WHEN 'admin' THEN {admin}
               WHEN 'team_head' THEN {team_head}
               ELSE false
           END
    )"""


def _policies(t: str, d: TableSecurity) -> list[str]:
    scope = Scope(d.scope)
    to = f"TO {APP_GROUP}"
    if scope is Scope.FILE_ROOT:
        return [f"CREATE POLICY {t}_access ON {t} FOR ALL {to}\n    USING ({_FILE_RULE})\n"
                f"    WITH CHECK ({_FILE_RULE});"]
    if scope is Scope.FILE:
        assert d.file_column is not None
        visible = _FILE_VISIBLE.format(t=t, c=d.file_column)
        using, check = [visible], [visible]
        if d.readers:  # the roles that see these rows at all
            terms = ["(SELECT maane_my_role()) IN (" + ", ".join(f"'{r}'" for r in d.readers) + ")"]
            if d.recorder_column:  # and whoever recorded the row
                terms.append(_MY_ROW.format(t=t, a=d.recorder_column))
            if d.confidential_column:  # the readers hold for the confidential rows only
                terms.insert(0, f"NOT {t}.{d.confidential_column}")
            readers = terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"
            using.insert(0, readers)
            check.insert(0, readers)
        if d.person_column:  # what the new row makes visible must be visible already
            check.append(_PERSON_VISIBLE.format(t=t, c=d.person_column))
        if d.author_column:  # written in the login's own name only
            check.append(_MY_ROW.format(t=t, a=d.author_column))
        if d.signed_column:  # a draft is its author's (and the team head's) until signed
            assert d.author_column is not None
            using.append(_SIGNED_OR_MINE.format(t=t, s=d.signed_column, a=d.author_column, c=d.file_column))
        return [f"CREATE POLICY {t}_access ON {t} FOR ALL {to}\n    USING ({' AND '.join(using)})\n"
                f"    WITH CHECK ({' AND '.join(check)});"]
    if scope is Scope.PERSON_ROOT:
        visible = _PERSON_VISIBLE.format(t=t, c="id")[1:-1]  # as 0001 wrote it, without the outer brackets
        return [
            f"CREATE POLICY {t}_select ON {t} FOR SELECT {to}\n    USING ({visible});",
            f"CREATE POLICY {t}_insert ON {t} FOR INSERT {to}\n    WITH CHECK ((SELECT maane_my_role()) <> 'admin');",
            f"CREATE POLICY {t}_update ON {t} FOR UPDATE {to}\n    USING ({visible});",
        ]
    if scope is Scope.PERSON:
        assert d.person_column is not None
        visible = _PERSON_VISIBLE.format(t=t, c=d.person_column)
        return [f"CREATE POLICY {t}_access ON {t} FOR ALL {to}\n    USING {visible}\n    WITH CHECK {visible};"]
    if scope is Scope.REFERRAL and d.referral_column is None:
        visible = _REFERRAL_VISIBLE.format(t=t)
        file_ok = _REFERRAL_FILE.format(t=t)
        mine = _MY_ROW.format(t=t, a="intake_worker_id")
        return [
            f"CREATE POLICY {t}_select ON {t} FOR SELECT {to}\n    USING {visible};",
            f"CREATE POLICY {t}_insert ON {t} FOR INSERT {to}\n"
            f"    WITH CHECK ({_REFERRAL_INSERTER.format(t=t)} AND {mine} AND {file_ok});",
            f"CREATE POLICY {t}_update ON {t} FOR UPDATE {to}\n    USING ({_REFERRAL_WRITER} AND {visible})\n"
            f"    WITH CHECK ({_REFERRAL_WRITER} AND {file_ok});",
        ]
    if scope is Scope.REFERRAL:
        assert d.referral_column is not None
        visible = _OF_REFERRAL.format(t=t, c=d.referral_column)
        writable = [_REFERRAL_WRITER, _OF_OPEN_REFERRAL.format(t=t, c=d.referral_column)]
        check = list(writable)
        if d.person_column:  # what the new row makes visible must be visible already
            check.append(_PERSON_VISIBLE.format(t=t, c=d.person_column))
        inserting = [_ROWS_INSERTER.format(t=t, c=d.referral_column), *check[1:]]
        out = [
            f"CREATE POLICY {t}_select ON {t} FOR SELECT {to}\n    USING ({visible});",
            f"CREATE POLICY {t}_insert ON {t} FOR INSERT {to}\n    WITH CHECK ({' AND '.join(inserting)});",
            f"CREATE POLICY {t}_update ON {t} FOR UPDATE {to}\n    USING ({' AND '.join(writable)})\n"
            f"    WITH CHECK ({' AND '.join(check)});",
        ]
        if any("DELETE" in privileges for _role, privileges in d.grants):
            out.append(f"CREATE POLICY {t}_delete ON {t} FOR DELETE {to}\n    USING ({' AND '.join(writable)});")
        return out
    if scope is Scope.AUDIT:
        team_head = _TEAM_HEAD_AUDIT.format(t=t)
        if d.team_head_reads_lists:
            team_head += "\n" + " " * 37 + _TEAM_HEAD_LISTS.format(t=t)
        admin = _ADMIN_ROW_IMAGES.format(t=t)
        if not d.admin_reads_case_detail:
            admin += "\n                                 AND " + _ADMIN_AUDIT.format(t=t)
        select = (f"CREATE POLICY {t}_select ON {t} FOR SELECT {to}\n    USING "
                  f"{_AUDIT_SELECT.format(t=t, admin=admin, team_head=team_head)};")
        if not d.insert_columns:
            return [select]
        return [f"CREATE POLICY {t}_insert ON {t} FOR INSERT {to}\n    WITH CHECK (true);", select]
    return []


def _grants(t: str, d: TableSecurity) -> list[str]:
    out = []
    for role, privileges in d.grants:
        if Scope(d.scope) is Scope.AUDIT:
            # the log takes INSERT per column, without the id: nobody takes an id ahead of the sequence
            privileges = tuple(p for p in privileges if p != "INSERT")
        if privileges:
            out.append(f"GRANT {', '.join(privileges)} ON {t} TO {group_of(role)};")
    if Scope(d.scope) is Scope.AUDIT and d.insert_columns:
        out.append(f"GRANT INSERT ({', '.join(d.insert_columns)}) ON {t} TO {APP_GROUP};")
    return out


def _triggers(t: str, d: TableSecurity) -> list[str]:
    out = []
    if d.audit:
        out.append(f"CREATE TRIGGER {AUDIT_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {t}\n"
                   "    FOR EACH ROW EXECUTE FUNCTION maane_audit_row();")
    if d.signed_column:  # a signed row is final
        out.append(f"CREATE TRIGGER {SIGNED_TRIGGER} BEFORE UPDATE OR DELETE ON {t}\n"
                   f"    FOR EACH ROW EXECUTE FUNCTION maane_signed_final('{d.signed_column}');")
    if d.assignee_column:  # assigned only to someone who may see the file
        out.append(f"CREATE TRIGGER {ASSIGNEE_TRIGGER} BEFORE INSERT OR UPDATE ON {t}\n"
                   f"    FOR EACH ROW EXECUTE FUNCTION maane_assignee_sees_file('{d.assignee_column}', "
                   f"'{d.file_column}');")
    if d.guard is not None:
        events = "INSERT OR UPDATE OR DELETE" if d.guard_delete else "INSERT OR UPDATE"
        out.append(f"CREATE TRIGGER {GUARD_TRIGGER} BEFORE {events} ON {t}\n"
                   f"    FOR EACH ROW EXECUTE FUNCTION {d.guard}();")
    if Scope(d.scope) is Scope.AUDIT:  # server clock and login; append-only, for the owner too
        out += [
            f"CREATE TRIGGER maane_audit_stamp BEFORE INSERT ON {t}\n"
            "    FOR EACH ROW EXECUTE FUNCTION maane_audit_stamp();",
            f"CREATE TRIGGER maane_audit_no_change BEFORE UPDATE OR DELETE ON {t}\n"
            "    FOR EACH ROW EXECUTE FUNCTION maane_audit_append_only();",
            f"CREATE TRIGGER maane_audit_no_truncate BEFORE TRUNCATE ON {t}\n"
            "    FOR EACH STATEMENT EXECUTE FUNCTION maane_audit_append_only();",
        ]
    return out


def table_security_sql(table: str, declaration: TableSecurity) -> str:
    """The SQL that gives ``table`` exactly the security ``declaration`` describes: row-level security
    (ENABLE + FORCE, or off for reference and none), the policies, the grants to the Maane group roles and
    on the table's own sequences, and the audit trigger. Idempotent; runs as the owner of the tables (the
    superuser that runs migrations), as one simple-protocol script (``run_script``)."""
    if not _IDENT.fullmatch(table):
        raise ValueError(f"not a plain table name: {table!r}")
    d = declaration
    scope = Scope(d.scope)
    # Revision 0001's functions name these three tables (maane_user_contexts, maane_person_in_no_file,
    # maane_audit_stamp): their scopes describe those tables, not kinds a new table can take.
    only = {Scope.FILE_ROOT: "family_files", Scope.PERSON_ROOT: "persons", Scope.AUDIT: "audit_events"}
    if scope is Scope.REFERRAL and d.referral_column is None:  # the policies name its columns
        only[Scope.REFERRAL] = "referrals"
    if scope in only and table != only[scope]:
        raise ValueError(f"scope {scope.value} is the scope of {only[scope]} alone")
    parts = [f"-- maane security: {table} (scope {scope.value}), generated by models.security",
             _RESET.format(t=table, auditor=AUDITOR_ROLE)]
    if scope in (Scope.REFERENCE, Scope.NONE):
        parts.append(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;\nALTER TABLE {table} DISABLE ROW LEVEL SECURITY;")
    else:
        parts.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\nALTER TABLE {table} FORCE ROW LEVEL SECURITY;")
    parts += _policies(table, d)
    parts += _grants(table, d)
    if scope is not Scope.NONE and not (scope is Scope.AUDIT and not d.insert_columns):
        parts.append(_SEQUENCES.format(t=table, app=APP_GROUP))
    if d.holds_case_content:
        parts.append(_AUDITOR.format(t=table, auditor=AUDITOR_ROLE))
    parts += _triggers(table, d)
    return "\n".join(p.rstrip("\n") for p in parts) + "\n"


def live_security_sql(metadata: MetaData, table: str) -> str:
    """The SQL for ``table`` from its declaration in ``metadata`` now: for writing a migration, never run
    by one (a migration runs the text it froze)."""
    declaration = declaration_of(metadata.tables[table])
    if declaration is None:
        raise LookupError(f"table {table} declares no security")
    return table_security_sql(table, declaration)


def run_script(conn: Connection, script: str) -> None:
    """Run a SQL script in the caller's transaction as one simple-protocol call (DO blocks, dollar quotes
    and percent signs survive neither text() nor bind parameters)."""
    raw: Any = conn.connection.driver_connection  # psycopg's connection
    with raw.cursor() as cur:
        cur.execute(script)


class _Op(Protocol):
    def get_bind(self) -> Connection: ...


def secure_table(op: _Op, table: str, frozen_sql: str) -> None:
    """In a migration, right after ``op.create_table(table, ...)``: apply the security SQL the migration
    froze when it was written (``python -m models.security TABLE`` prints it as a Python constant). On
    SQLite nothing (one PC; the services check). The text must be the one generated for ``table``."""
    header = f"-- maane security: {table} (scope "
    if not frozen_sql.startswith(header):
        raise ValueError(f"the frozen SQL is not the security of {table}")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        run_script(bind, frozen_sql)


def run_postgres_script(op: _Op, frozen_sql: str) -> None:
    """In a migration: run a SQL script the migration carries (functions, views, indexes of PostgreSQL
    only) on PostgreSQL, nothing on SQLite. For a table's security use secure_table."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        run_script(bind, frozen_sql)


# --- the check ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _State:
    rls: tuple[bool, bool]
    policies: frozenset[tuple[Any, ...]]
    grants: frozenset[tuple[str, ...]]
    triggers: frozenset[tuple[Any, ...]]


_GRANTEE = "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
_NOT_AUDITOR = f" AND a.grantee IS DISTINCT FROM to_regrole('{AUDITOR_ROLE}')"


def _state(conn: Connection, table: str) -> _State:
    oid = {"t": table}
    rls = conn.execute(text(
        "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = to_regclass(:t)"), oid).one()
    policies = conn.execute(text(
        "SELECT policyname, permissive, roles::text[], cmd, qual, with_check FROM pg_policies "
        "WHERE schemaname = current_schema() AND tablename = :t"), oid).all()
    grants = conn.execute(text(
        f"SELECT 'table', '', {_GRANTEE}, a.privilege_type, a.is_grantable::text "
        "FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = to_regclass(:t) AND a.grantee <> c.relowner "
        f"{_NOT_AUDITOR} "
        f"UNION ALL SELECT 'column', att.attname::text, {_GRANTEE}, a.privilege_type, a.is_grantable::text "
        "FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid, aclexplode(att.attacl) a "
        "WHERE att.attrelid = to_regclass(:t) AND NOT att.attisdropped AND a.grantee <> c.relowner "
        f"UNION ALL SELECT 'sequence', s.relname::text, {_GRANTEE}, a.privilege_type, a.is_grantable::text "
        "FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', aclexplode(s.relacl) a "
        "WHERE d.refobjid = to_regclass(:t) AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
        "AND a.grantee <> s.relowner"), oid).all()
    triggers = conn.execute(text(
        "SELECT t.tgname::text, p.proname::text, t.tgtype, t.tgenabled::text FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = to_regclass(:t) AND NOT t.tgisinternal"), oid).all()
    return _State(
        rls=(bool(rls[0]), bool(rls[1])),
        policies=frozenset((r[0], r[1], tuple(sorted(r[2])), r[3], r[4], r[5]) for r in policies),
        grants=frozenset(tuple(str(x) for x in r) for r in grants),
        triggers=frozenset(tuple(r) for r in triggers),
    )


def _differences(table: str, d: TableSecurity, got: _State, want: _State) -> list[str]:
    out = []
    if got.rls != want.rls:
        names = ("row-level security enabled", "row-level security forced")
        for name, g, w in zip(names, got.rls, want.rls, strict=True):
            if g != w:
                out.append(f"{table}: {name} is {g}, its declaration (scope {d.scope}) says {w}")
    got_p = {p[0]: p for p in got.policies}
    want_p = {p[0]: p for p in want.policies}
    out += [f"{table}: policy {n} missing" for n in sorted(want_p.keys() - got_p.keys())]
    out += [f"{table}: policy {n} not in its declaration" for n in sorted(got_p.keys() - want_p.keys())]
    out += [f"{table}: policy {n} differs from its declaration (is {got_p[n][1:]}, should be {want_p[n][1:]})"
            for n in sorted(got_p.keys() & want_p.keys()) if got_p[n] != want_p[n]]
    out += [f"{table}: grant missing: {' '.join(g)}" for g in sorted(want.grants - got.grants)]
    out += [f"{table}: grant not in its declaration: {' '.join(g)}" for g in sorted(got.grants - want.grants)]
    got_t = {t[0]: t for t in got.triggers}
    want_t = {t[0]: t for t in want.triggers}
    out += [f"{table}: trigger {n} missing" for n in sorted(want_t.keys() - got_t.keys())]
    out += [f"{table}: trigger {n} differs from its declaration" for n in sorted(want_t.keys() & got_t.keys())
            if want_t[n] != got_t[n]]
    out += [f"{table}: trigger {n} ({got_t[n][1]}) not in its declaration"
            for n in sorted(got_t.keys() - want_t.keys()) if got_t[n][1].startswith("maane_")]
    return out


def security_problems(conn: Connection, metadata: MetaData, tables: Iterable[str] | None = None) -> list[str]:
    """What in the database differs from the security the tables of ``metadata`` declare (all of them, or
    ``tables``): a table with no declaration, a declared column that does not exist, row-level security,
    policies, grants (table, column, own sequences) and Maane triggers. Empty when all match.

    For each table the expected state is made by the database itself: inside a savepoint that is rolled
    back, the declaration's SQL is applied, so policies are compared as PostgreSQL prints them. Needs the
    owner of the tables (a superuser); changes nothing."""
    problems: list[str] = []
    names = list(tables) if tables is not None else [t.name for t in metadata.sorted_tables]
    # Once the read auditor holds SELECT on a table here (revision 0007), it must on every case table.
    audited = bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_class c, aclexplode(c.relacl) a WHERE a.grantee = to_regrole(:a)"
        " AND c.relnamespace = to_regnamespace(current_schema()))"), {"a": AUDITOR_ROLE}).scalar())
    for name in names:
        table = metadata.tables[name]
        d = declaration_of(table)
        if d is None:
            problems.append(f"{name}: declares no security (Table.info['{SECURITY_KEY}'])")
            continue
        for col in d._columns():
            if col is not None and col not in table.c:
                problems.append(f"{name}: declared column {col} does not exist")
        if conn.execute(text("SELECT to_regclass(:t)"), {"t": name}).scalar() is None:
            problems.append(f"{name}: not in the database")
            continue
        got = _state(conn, name)
        savepoint = conn.begin_nested()
        try:
            run_script(conn, table_security_sql(name, d))
            want = _state(conn, name)
        finally:
            savepoint.rollback()
        problems += _differences(name, d, got, want)
        if d.holds_case_content and audited and not conn.execute(text(
                "SELECT has_table_privilege(:a, to_regclass(:t), 'SELECT')"), {"a": AUDITOR_ROLE, "t": name}).scalar():
            problems.append(f"{name}: the read auditor {AUDITOR_ROLE} has no SELECT on it "
                            "(pgaudit would not log its reads; revision 0007)")
    return problems


def undeclared_tables(metadata: MetaData) -> list[str]:
    return sorted(t.name for t in metadata.tables.values() if declaration_of(t) is None)


def _main(argv: list[str]) -> int:
    """``python -m models.security TABLE...``: the frozen SQL of each table, as Python constants to paste
    into the migration that creates it."""
    # The module by its name, not this __main__ copy: the entities' declarations are of its class.
    import models.tables  # noqa: F401  (fills the metadata)
    from models import security
    from models.base import Base

    if not argv:
        print("usage: python -m models.security TABLE...", file=sys.stderr)
        return 2
    for name in argv:
        constant = f"SECURITY_{name.upper()}"
        sql = security.live_security_sql(Base.metadata, name)
        print(f'{constant} = r"""{sql}"""\n')
        print(f"# in upgrade(), after op.create_table({name!r}, ...):\n# secure_table(op, {name!r}, {constant})\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main(sys.argv[1:]))

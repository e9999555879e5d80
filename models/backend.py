"""What differs between SQLite and PostgreSQL, in one place: the use cases ask this seam, never the dialect.

* **Who filters rows.** On PostgreSQL row-level security applies the visibility rule of ``models/roles.py``
  in the database itself (the policies; ``tests/unit/models/test_pg_security.py`` holds them against the Python
  clauses of ``models/service.py``), so a read may leave the rule to the database instead of testing it
  twice per row. On SQLite (one PC) the services add the clause to their SQL.
* **What a hidden row looks like.** Under row-level security a file the user may not see is not there at
  all: asking for it looks like asking for a file that does not exist (and is recorded as denied).
* **How names are found.** SQLite ranks the trigram index (FTS5) in name order; PostgreSQL calls the
  definer search functions, which match with pg_trgm and apply the file rule once per candidate. On both, a
  page of a search by a short prefix, or on PostgreSQL by a word, reads its matches already in order from
  the name-word tables of revision 0010 (person_name_keys with the sort keys, person_name_words,
  file_name_words) and stops at the page's last row.
* **Who signs in.** PostgreSQL: each staff member is a database login (created with the Maane user);
  SQLite: Maane's own accounts with argon2 hashes.

``Database.backend`` gives the one for its engine.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Connection, Executable, text, true
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from models.people.dto import PersonDTO
    from models.search import ParsedQuery
    from models.users.dto import CurrentUser


class Backend(ABC):
    name = ""
    row_security = False  # the database itself hides the rows a login may not see
    staff_logins = False  # every staff member is a database login

    def files_filter(self, user: CurrentUser) -> ColumnElement[bool]:
        """The filter a read of family files adds for ``user``."""
        from models.service import visible_files_clause

        return visible_files_clause(user)

    def persons_filter(self, user: CurrentUser) -> ColumnElement[bool]:
        """The filter a read of persons adds for ``user``."""
        from models.service import visible_persons_clause

        return visible_persons_clause(user)

    @cached_property
    def audit_statement(self) -> Executable:
        """The statement that writes one audit event (models.service.write_audit's parameters)."""
        from sqlalchemy import insert

        from models.audit.entities import AuditEvent

        return insert(AuditEvent)

    # A read transaction (Database.read) may write its own audit row: on PostgreSQL any transaction may; on
    # SQLite a read begins deferred and would have to take the write lock half-way, so the row is written
    # in a short transaction of its own.
    audit_in_read: bool = False
    # The files an event without a file of its own showed (audit_event_files, revision 0009): written by the
    # audit statement itself (PostgreSQL's maane_write_audit), or by write_audit after it (SQLite).
    audit_writes_files: bool = False
    # The old and new values of every change: PostgreSQL's triggers (maane_audit_row); on SQLite the
    # sessions of the services write the same row images (models.audit.images).
    row_image_triggers: bool = False

    @property
    def hidden_looks_missing(self) -> bool:
        """A row the user may not see cannot be told from a row that does not exist."""
        return self.row_security

    def search_file_ids(self, s: Session, parsed: ParsedQuery, include_closed: bool,
                        limit: int | None) -> list[int] | None:
        """The ids of the matching visible files in list order, where this backend has its own way to find
        them; None: the services' portable query serves."""
        return None

    def person_ids_by_number(self, s: Session, parsed: ParsedQuery, limit: int) -> list[int] | None:
        """The visible persons an ID number or phone typed in the people search names, in name order, where
        this backend has its own way to find them; None: the services' portable query serves."""
        return None

    def person_page(self, s: Session, parsed: ParsedQuery, limit: int) -> list[PersonDTO] | None:
        """A page of the people search (kind "names" or "number"), its persons with their phones, where this
        backend reads it in one statement; None: the services read the ids, then the page."""
        return None

    @abstractmethod
    def top_person_ids(self, s: Session, parsed: ParsedQuery, user: CurrentUser, limit: int) -> list[int]:
        """A name search's first ``limit`` visible persons in name order."""


class SqliteBackend(Backend):
    name = "sqlite"

    def top_person_ids(self, s: Session, parsed: ParsedQuery, user: CurrentUser, limit: int) -> list[int]:
        from models.search import sqlite_top_person_ids

        return sqlite_top_person_ids(s, parsed, self.persons_filter(user), limit)


class PostgresBackend(Backend):
    name = "postgresql"
    row_security = True
    staff_logins = True
    audit_in_read = True
    audit_writes_files = True
    row_image_triggers = True

    def files_filter(self, user: CurrentUser) -> ColumnElement[bool]:
        # the family_files policy states the same rule (models/roles.py): not tested twice per row
        return true()

    def persons_filter(self, user: CurrentUser) -> ColumnElement[bool]:
        # the persons_select policy states the same rule: in a visible file, or in no file, to a case role
        return true()

    @property
    def audit_statement(self) -> Executable:
        # No Maane role may INSERT into audit_events (revision 0005): the definer function writes the event,
        # stamped with the login and the server's clock (user_name is the login here anyway).
        return _AUDIT_CALL

    def search_file_ids(self, s: Session, parsed: ParsedQuery, include_closed: bool,
                        limit: int | None) -> list[int] | None:
        """A number or names: the definer function maane_search_files matches the members, applies the file
        rule once per candidate file and returns the ids in list order; with a limit (revision 0008) it
        stops at the limit, walking the list order when the matches are many."""
        if parsed.kind not in ("number", "names"):
            return None
        stmt = _SEARCH_FILES if limit is None else _SEARCH_FILES_PAGE
        return list(s.connection().execute(stmt, {
            "subs": list(parsed.substrings), "prefs": list(parsed.prefixes),
            "idn": parsed.id_number, "phone": parsed.phone, "closed": include_closed, "lim": limit,
        }).scalars())

    def person_page(self, s: Session, parsed: ParsedQuery, limit: int) -> list[PersonDTO] | None:
        """The definer function maane_search_persons_page (revision 0010): the ids the search functions
        give the login, with the persons' columns and phones, in one statement."""
        from models.people.dto import PersonDTO

        rows = s.connection().execute(_PERSONS_PAGE, {
            "subs": list(parsed.substrings), "prefs": list(parsed.prefixes), "idn": parsed.id_number,
            "phone": parsed.phone, "lim": limit})
        return [PersonDTO(**{**r._asdict(), "phones": tuple(r.phones)}) for r in rows]

    def person_ids_by_number(self, s: Session, parsed: ParsedQuery, limit: int) -> list[int] | None:
        """The definer function maane_search_persons_by_number (revision 0010): the two index probes and
        the file rule once per person found, planned without the policies."""
        return list(s.connection().execute(_PERSONS_BY_NUMBER, {
            "idn": parsed.id_number, "phone": parsed.phone, "lim": limit}).scalars())

    def top_person_ids(self, s: Session, parsed: ParsedQuery, user: CurrentUser, limit: int) -> list[int]:
        from models.search import pg_top_person_ids

        return pg_top_person_ids(s, parsed, limit)  # ranked and cut in SQL, under the persons policy


_SEARCH_FILES = text(  # every match: the five-argument function of revision 0001
    "SELECT t.id FROM maane_search_files(CAST(:subs AS text[]), CAST(:prefs AS text[]),"
    " CAST(:idn AS text), CAST(:phone AS text), CAST(:closed AS boolean))"
    " WITH ORDINALITY AS t(id, n) ORDER BY t.n"
)
_SEARCH_FILES_PAGE = text(  # the first :lim matches: revision 0008's, with the limit inside
    "SELECT t.id FROM maane_search_files(CAST(:subs AS text[]), CAST(:prefs AS text[]),"
    " CAST(:idn AS text), CAST(:phone AS text), CAST(:closed AS boolean), CAST(:lim AS integer))"
    " WITH ORDINALITY AS t(id, n) ORDER BY t.n"
)
_PERSONS_PAGE = text(
    "SELECT * FROM maane_search_persons_page(CAST(:subs AS text[]), CAST(:prefs AS text[]), CAST(:idn AS text),"
    " CAST(:phone AS text), CAST(:lim AS integer))"
)
_PERSONS_BY_NUMBER = text(
    "SELECT t.id FROM maane_search_persons_by_number(CAST(:idn AS text), CAST(:phone AS text),"
    " CAST(:lim AS integer)) WITH ORDINALITY AS t(id, n) ORDER BY t.n"
)
_AUDIT_CALL = text(
    "SELECT maane_write_audit(:action, :entity, CAST(:entity_id AS integer), CAST(:file_id AS integer),"
    " :allowed, :detail)"
)

BACKENDS: dict[str, Backend] = {"sqlite": SqliteBackend(), "postgresql": PostgresBackend()}


def backend_of(conn: Connection) -> Backend:
    """The backend of an open connection (for code that has a session, not the Database)."""
    return BACKENDS[conn.dialect.name]

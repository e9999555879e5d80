"""The ``maane`` command. With no sub-command it starts the desktop client; the sub-commands serve admins
and scripts and import no Qt."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from models.errors import DomainError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="maane", description="Maane (מענה): case management for social services")
    p.add_argument("--database", metavar="URL", help="database URL (default: MAANE_DATABASE_URL, settings, "
                   "or the SQLite file in the user data folder)")
    sub = p.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database administration")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="create or migrate the schema to this version")
    up.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    cur = db_sub.add_parser("current", help="print the schema revision of the database")
    cur.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)

    seed = sub.add_parser("seed", help="load demo or synthetic data")
    seed_sub = seed.add_subparsers(dest="seed_command", required=True)
    demo = seed_sub.add_parser("demo", help="a fictional town's department, with demo logins")
    demo.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    demo.add_argument("--if-empty", action="store_true", help="do nothing if the database already has users")
    syn = seed_sub.add_parser("synthetic", help="a large synthetic data set for benchmarks")
    syn.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    syn.add_argument("--families", type=int, default=1000)
    syn.add_argument("--seed", type=int, default=1)

    user = sub.add_parser("user", help="staff accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a staff member (on PostgreSQL also the login role)")
    add.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    add.add_argument("name", help="user name (lower-case Latin letters, digits, _)")
    add.add_argument("--role", required=True)
    add.add_argument("--team", default=None)
    add.add_argument("--full-name", default="")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--no-password", action="store_true",
                     help="PostgreSQL: create the login without a password (the server authenticates otherwise)")

    st = sub.add_parser("self-test", help="open the database, check its schema revision, exit 0 or 1")
    st.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    return p


def _say(message: str) -> None:
    print(message, flush=True)


def _error(message: str) -> int:
    print(f"maane: {message}", file=sys.stderr, flush=True)
    return EXIT_FAIL


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from models.settings import resolve_url

    url = resolve_url(getattr(args, "database", None))
    if args.command is None:
        from desktop.app import main as run_client

        return run_client(url if getattr(args, "database", None) or os.environ.get("MAANE_DATABASE_URL") else None)
    try:
        if args.command == "db":
            return _db(args, url)
        if args.command == "seed":
            return _seed(args, url)
        if args.command == "user":
            return _user_add(args, url)
        if args.command == "self-test":
            return _self_test(url)
    except DomainError as exc:
        return _error(describe(exc))
    return EXIT_USAGE


def describe(exc: DomainError) -> str:
    """A one-line English description of a coded error, for the command line."""
    from models.db import SCHEMA_REVISION

    p = exc.params
    if exc.code == "schema_mismatch":
        found = p.get("found")
        if found is None:
            return "the database holds no Maane schema: run `maane db upgrade`"
        return f"the database schema is at revision {found}, this program needs {SCHEMA_REVISION}: run `maane db upgrade` or use the matching program version"
    if exc.code == "db_unavailable":
        return f"cannot reach the database: {p.get('detail', '')}".strip()
    if exc.code == "sqlite_on_network":
        return f"{p.get('path')} is on a network file system; SQLite is not safe there: use PostgreSQL for several users"
    return str(exc)


def _engine(url: str):
    from models.db import make_engine

    return make_engine(url)


def _db(args: argparse.Namespace, url: str) -> int:
    from models.db import schema_revision

    engine = _engine(url)
    try:
        if args.db_command == "current":
            _say(schema_revision(engine) or "(empty)")
            return EXIT_OK
        from models.migrate import upgrade

        rev = upgrade(engine)
        _say(f"database at revision {rev}")
        return EXIT_OK
    finally:
        engine.dispose()


def _open_for_admin(url: str):
    """The database, migrated if empty (a first run), refused if of another revision."""
    from models.db import Database, check_schema, schema_revision
    from models.migrate import upgrade

    engine = _engine(url)
    if schema_revision(engine) is None:
        upgrade(engine)
    check_schema(engine)
    return Database(engine)


def _seed(args: argparse.Namespace, url: str) -> int:
    db = _open_for_admin(url)
    try:
        if args.seed_command == "demo":
            from seeds.demo import database_has_users, seed_demo

            if args.if_empty and database_has_users(db):
                _say("the database already has data: nothing seeded")
                return EXIT_OK
            logins = seed_demo(db)
            _say("Demo data loaded. Demo logins (password for all: see below):")
            for login in logins:
                _say(f"  {login.username:<16} {login.role:<22} {login.full_name}")
            if logins:
                _say(f"password: {logins[0].password}")
            return EXIT_OK
        from seeds.synthetic import seed_synthetic

        stats = seed_synthetic(db, families=args.families, seed=args.seed)
        _say(f"synthetic data: {stats}")
        return EXIT_OK
    finally:
        db.dispose()


def _user_add(args: argparse.Namespace, url: str) -> int:
    from models.services.users import add_user_row

    db = _open_for_admin(url)
    try:
        password: str | None = None
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        elif not args.no_password:
            password = getpass.getpass(f"password for {args.name}: ")
            if getpass.getpass("again: ") != password:
                return _error("the two passwords differ")
        with db.session() as s:
            if db.is_postgres:
                from models.pg_admin import create_login

                create_login(s.connection(), args.name.strip().lower(), password, args.role)
            add_user_row(s, username=args.name, full_name=args.full_name, role=args.role, team=args.team,
                         password=None if db.is_postgres else password, who=_cli_actor())
        _say(f"user {args.name} added ({args.role}{', ' + args.team if args.team else ''})")
        return EXIT_OK
    finally:
        db.dispose()


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:63]
    except OSError:
        return "cli"


def _self_test(url: str) -> int:
    from models.db import connect

    db = connect(url)
    try:
        with db.session() as s:
            from sqlalchemy import func, select

            from models.entities import User

            users = s.scalar(select(func.count()).select_from(User))
        _say(f"ok: database reachable, schema current, {users} users")
        return EXIT_OK
    finally:
        db.dispose()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

"""The ``maane`` command. With no sub-command it starts the desktop client; the sub-commands serve admins
and scripts and import no Qt. They work through the same services as the client and say errors with the
same sentences (desktop.catalogue, in English here)."""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.catalogue import english
from models.address import DatabaseAddress
from models.errors import DomainError, NotFound, ValidationError

if TYPE_CHECKING:
    from datetime import date

    from models.db import Database
    from models.services import Services

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
INTAKE_FORMS = ("intake_summary", "referral_letter")  # forms of a referral (--referral), not of a file
# the committee's forms: the invitations of a meeting (--meeting), the protocol's forms of a case (--case)
COMMITTEE_FORMS = ("committee_invitation", "committee_protocol", "decision_letter", "summary_letter")
# the clubs' forms and what each is of: an enrolment, a club's month, a family's month, a club's day
CLUB_FORMS: dict[str, tuple[str, ...]] = {
    "club_registration": ("--enrolment",),
    "club_attendance_sheet": ("--club", "--month"),
    "club_fee_notice": ("--file", "--month"),
    "club_transport_list": ("--club", "--day"),
}
CLUB_ARGS = {"--enrolment": "ID", "--club": "ID", "--month": "YYYY-MM", "--file": "NUMBER", "--day": "YYYY-MM-DD"}
FOSTER_FORMS = ("foster_referral", "foster_placement_summary")  # forms of a foster-care referral (--foster ID)
MONTH = re.compile(r"(\d{4})-(\d{2})")
REFERRAL_NUMBER = re.compile(r"\d{4}/\d{1,6}")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="maane", description="Maane (מענה): case management for social services")
    p.add_argument("--database", metavar="URL", help="database URL or SQLite file (default: MAANE_DATABASE_URL, "
                   "settings, or the SQLite file in the user data folder)")
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
    demo.add_argument("--pg-logins", "--yes-create-logins", dest="pg_logins", action="store_true",
                      help="on PostgreSQL: do create the demo's server-wide logins (all with the demo password)")
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

    pr = sub.add_parser("print", help="print a form to a PDF file, signed in as a staff member (audited)",
                        description="Build a form to a PDF file, signed in as a staff member: the same services, "
                        "visibility and audit as printing from the client (the preparation is recorded as a print, "
                        "the file written as a save, under that user).")
    pr.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    pr.add_argument("form", nargs="?", help="the form's name (see --list)")
    pr.add_argument("--list", action="store_true", help="list the forms")
    pr.add_argument("--file", metavar="NUMBER[,NUMBER...]",
                    help="the family file number (several, comma-separated: one PDF of all of them); "
                    "club_fee_notice: one family file, its number or its id")
    pr.add_argument("--referral", metavar="NUMBER",
                    help="the referral's number, for intake_summary and referral_letter (e.g. 2026/0118)")
    pr.add_argument("--meeting", metavar="ID", type=int,
                    help="the committee meeting whose invitations to print (committee_invitation), or the "
                    "youth-law forum meeting whose minutes to print (forum_minutes)")
    pr.add_argument("--participant", metavar="ID", type=int, action="append",
                    help="a participant to invite (repeat for several; default: every participant of the meeting)")
    pr.add_argument("--case", metavar="ID", type=int,
                    help="the committee case (a child on a meeting's agenda) for committee_protocol, "
                    "decision_letter and summary_letter; the day-care case for daycare_approval")
    pr.add_argument("--addressee", metavar="PARTICIPANT_ID", type=int,
                    help="the case's participant a decision or summary letter is addressed to")
    pr.add_argument("--enrolment", metavar="ID", type=int,
                    help="the club enrolment whose registration form to print (club_registration)")
    pr.add_argument("--club", metavar="ID", type=int,
                    help="the club, for club_attendance_sheet and club_transport_list")
    pr.add_argument("--month", metavar="YYYY-MM",
                    help="the month, for club_attendance_sheet and club_fee_notice (e.g. 2026-12)")
    pr.add_argument("--day", metavar="YYYY-MM-DD", help="the day, for club_transport_list (e.g. 2026-12-14)")
    pr.add_argument("--foster", metavar="ID", type=int,
                    help="the foster-care referral, for foster_referral (with the committee's protocol and the "
                    "attached documents, one PDF) and foster_placement_summary")
    pr.add_argument("--lang", metavar="he|ar",
                    help="the form's language (default: the family's; for a referral, its first person's; for a "
                    "committee letter, its addressee's; invitations: each in its addressee's language; a club's "
                    "attendance sheet and transport list: Hebrew)")
    pr.add_argument("--notes", metavar="ID,...", help="the signed notes to include (default: the last ones)")
    pr.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    pr.add_argument("--user", metavar="LOGIN", help="the staff member who prints (signs in)")
    pr.add_argument("--password-stdin", action="store_true",
                    help="read the password from standard input (otherwise: asked; PostgreSQL: the server's own "
                    "means first, e.g. PGPASSWORD or .pgpass)")

    audit = sub.add_parser("audit", help="the access log")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    purge = audit_sub.add_parser(
        "purge", help="remove access-log rows older than the cutoff (at least 24 months ago), as the database owner")
    purge.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    purge.add_argument("--before", metavar="YYYY-MM-DD", default=None,
                       help="remove the rows before this day (UTC); default and newest allowed: 24 months ago")
    purge.add_argument("--yes", action="store_true", help="do remove them (without it: only count them)")

    st = sub.add_parser("self-test", help="open the database, check its schema revision, render a form, exit 0 or 1")
    st.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    return p


def _say(message: str) -> None:
    print(message, flush=True)


def _error(message: str) -> int:
    print(f"maane: {message}", file=sys.stderr, flush=True)
    return EXIT_FAIL


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "print" and args.list:
            return _print_list()
        if args.command is None:
            from models.address import parse

            flag = getattr(args, "database", None)
            address = parse(flag) if flag else None  # the client resolves the rest (environment, settings)
            from desktop.app import main as run_client

            return run_client(address)
        from models.settings import resolve_address

        address = resolve_address(getattr(args, "database", None))
        if args.command == "db":
            return _db(args, address)
        if args.command == "seed":
            return _seed(args, address)
        if args.command == "user":
            return _user_add(args, address)
        if args.command == "self-test":
            return _self_test(address)
        if args.command == "print":
            return _print(args, address)
        if args.command == "audit":
            return _audit_purge(args, address)
    except DomainError as exc:
        return _error(english(exc))
    return EXIT_USAGE


def _db(args: argparse.Namespace, address: DatabaseAddress) -> int:
    from models.db import make_engine, schema_revision

    engine = make_engine(address)
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


def _open_for_admin(address: DatabaseAddress) -> Database:
    """The database, migrated if empty (a first run), refused if of another revision."""
    from models.db import Database, check_schema, make_engine, schema_revision
    from models.migrate import upgrade

    engine = make_engine(address)
    try:
        if schema_revision(engine) is None:
            upgrade(engine)
        check_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def _demo_logins_refused() -> int:
    """The demo on a PostgreSQL server, not asked for explicitly: say what it would create, create nothing."""
    from seeds.demo import DEMO_PASSWORD, demo_logins

    logins = demo_logins()
    _error(f"not seeded: on a PostgreSQL server the demo creates {len(logins)} server-wide logins, valid on "
           f"every database of the server, all with the same password ({DEMO_PASSWORD}):")
    for login in logins:
        print(f"  {login.username:<16} {login.role}", file=sys.stderr, flush=True)
    print("Only on a test server: run again with --pg-logins to create them.", file=sys.stderr, flush=True)
    return EXIT_FAIL


def _seed(args: argparse.Namespace, address: DatabaseAddress) -> int:
    if args.seed_command == "demo" and not address.is_sqlite and not args.pg_logins:
        return _demo_logins_refused()  # before the database is opened (or migrated): nothing written
    db = _open_for_admin(address)
    try:
        if args.seed_command == "demo":
            from models.users.service import user_count
            from seeds.demo import seed_demo

            if args.if_empty and user_count(db):
                _say("the database already has data: nothing seeded")
                return EXIT_OK
            logins = seed_demo(db)
            if address.is_sqlite:
                _say("Demo data loaded. Demo logins (password for all: see below):")
            else:
                _say(f"Demo data loaded. Created {len(logins)} server-wide PostgreSQL logins, all with the "
                     "password below (drop them before the server holds real data):")
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


def _user_add(args: argparse.Namespace, address: DatabaseAddress) -> int:
    from models.users.service import add_staff

    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not args.no_password:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            return _error("the two passwords differ")
    db = _open_for_admin(address)
    try:
        user = add_staff(db, username=args.name, full_name=args.full_name, role=args.role, team=args.team,
                         password=password, who=_cli_actor())
        _say(f"user {user.username} added ({user.role}{', ' + user.team_name if user.team_name else ''})")
        return EXIT_OK
    finally:
        db.dispose()


def _audit_purge(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane audit purge``: the documented purge of the access log (README, "Access log")."""
    from datetime import date

    from models.audit.retention import RETENTION_MONTHS, count_purgeable, latest_cutoff, purge
    from models.db import Database, check_schema, make_engine

    if args.before is None:
        before = latest_cutoff()
    else:
        try:
            before = date.fromisoformat(args.before)
        except ValueError:
            return _error(f"not a date: {args.before} (write it as YYYY-MM-DD)")
    db = Database(make_engine(address))
    try:
        check_schema(db.engine)
        count = count_purgeable(db, before)
        if not args.yes:
            _say(f"{count} access-log rows are older than {before.isoformat()} (kept at least "
                 f"{RETENTION_MONTHS} months). Nothing removed: run again with --yes to remove them.")
            return EXIT_OK
        result = purge(db, before, who=_cli_actor())
        _say(f"removed {result.removed} access-log rows older than {before.isoformat()}; "
             "the purge is recorded in the access log")
        return EXIT_OK
    except DomainError:
        raise
    except Exception as exc:  # e.g. PostgreSQL refusing a login that is not the owner
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            return _error(f"the purge was refused: {str(exc.orig).strip().splitlines()[0]} "
                          "(run it as the database owner, the account that runs maane db upgrade)")
        raise
    finally:
        db.dispose()


def _cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:63]
    except OSError:
        return "cli"


def _self_test(address: DatabaseAddress) -> int:
    """Open the database as the client would (a SQLite file is looked at first, never created), check its
    schema revision, count the staff accounts."""
    from models.settings import preflight_sqlite

    if address.is_sqlite:
        preflight_sqlite(address)
    from models.db import connect
    from models.users.service import user_count

    db = connect(address)
    try:
        users = user_count(db)
        pdf = _render_sample(db)
        try:
            _check_name_scoring()
        except (RuntimeError, ImportError) as exc:  # a bundle without rapidfuzz's compiled parts
            return _error(f"self-test failed: {exc}")
        _say(f"ok: database reachable, schema current, {users} users, a form rendered ({len(pdf)} bytes), "
             "names scored")
        return EXIT_OK
    finally:
        db.dispose()


def _render_sample(db: Database) -> bytes:
    """The family summary form over an invented family, on the department's letterhead: the forms engine, its
    fonts and images work in this installation."""
    from desktop.printing.jobs import letterhead_sample
    from models.department.service import read_settings

    with db.read() as s:
        letterhead = read_settings(s).letterhead
    pdf = letterhead_sample(letterhead, "he")
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the forms engine returned no PDF")
    return pdf


def _check_name_scoring() -> None:
    """The duplicate check's name scoring (rapidfuzz, compiled code) works in this installation: a spelling
    variant scores as one, a different name does not."""
    from models.people.duplicates import _similarity, skeleton

    variant = _similarity("מוחמד", "מחמד", skeleton("מוחמד"), skeleton("מחמד"))
    other = _similarity("מוחמד", "יוסף", skeleton("מוחמד"), skeleton("יוסף"))
    if not variant > other:
        raise RuntimeError(f"the duplicate check's name scoring is broken ({variant} vs {other})")


def _print_list() -> int:
    from reports.forms import FORMS

    for form in FORMS.values():
        _say(f"{form.name:<22} {form.title}")
    return EXIT_OK


def _print(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print FORM --file NUMBER ... --out FILE.pdf --user LOGIN``: signed in as LOGIN exactly as in the
    client (SQLite: Maane's password; PostgreSQL: that login), so the file must be visible to LOGIN and the
    audit log names LOGIN: the form's preparation as a "print", the PDF written as a "save"."""
    from reports.forms import FORMS

    if not args.form:
        return _error("name the form to print (maane print --list shows them)")
    if args.form not in FORMS:
        return _error(english(ValidationError("form_unknown", value=args.form)))
    if args.form == "daycare_approval":
        return _print_daycare(args, address)
    if args.form == "forum_minutes":
        return _print_forum(args, address)
    if args.form in FOSTER_FORMS:
        return _print_foster(args, address)
    if args.foster is not None:
        return _error(f"--foster goes with {', '.join(FOSTER_FORMS)}, not {args.form}")
    if args.form in CLUB_FORMS:
        return _print_club(args, address)
    if args.enrolment is not None or args.club is not None or args.month is not None or args.day is not None:
        return _error(f"--enrolment, --club, --month and --day go with {', '.join(CLUB_FORMS)}, not {args.form}")
    if args.form in COMMITTEE_FORMS:
        return _print_committee(args, address)
    if args.meeting is not None or args.case is not None or args.participant or args.addressee is not None:
        return _error(f"--meeting, --participant, --case and --addressee go with {', '.join(COMMITTEE_FORMS)}, "
                      f"not {args.form}")
    intake = args.form in INTAKE_FORMS
    which = ("--referral", args.referral) if intake else ("--file", args.file)
    missing = [flag for flag, value in (which, ("--out", args.out), ("--user", args.user)) if not value]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    if intake and (args.file or args.notes is not None):
        return _error(f"{args.form} prints a referral: give --referral NUMBER, not --file or --notes")
    if not intake and args.referral:
        return _error(f"--referral goes with {' or '.join(INTAKE_FORMS)}, not {args.form}")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    if intake:
        return _print_referral(args, address)
    numbers = [n.strip() for n in args.file.split(",") if n.strip()]
    note_ids: list[int] | None = None
    if args.notes is not None:
        try:
            note_ids = [int(n) for n in args.notes.split(",") if n.strip()]
        except ValueError:
            return _error(f"--notes takes note numbers separated by commas, not {args.notes}")
        if len(numbers) != 1:
            return _error("--notes goes with one family file only")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        return _print_signed_in(services, args.form, numbers, note_ids, args.lang, out)
    finally:
        services.db.dispose()


def _sign_in_services(args: argparse.Namespace, address: DatabaseAddress) -> Services:
    """The services signed in as ``--user`` (the password from stdin, asked, or the server's own means)."""
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    if password is None and address.is_sqlite:
        password = getpass.getpass(f"password for {args.user}: ")
    from models.services import Services
    from models.users.auth import sign_in

    signed = sign_in(address, args.user, password or "")
    return Services(signed.db, signed.user)


def _print_referral(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print intake_summary|referral_letter --referral NUMBER ...``: the referral LOGIN may see, its
    form read through the intake service (audited as a view for a form), the PDF written audited as a save."""
    number = args.referral.strip()
    if not REFERRAL_NUMBER.fullmatch(number):
        return _error(f"the referral number must look like 2026/0001, not {number}")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        return _print_referral_signed_in(services, args.form, number, args.lang, out)
    finally:
        services.db.dispose()


def _print_referral_signed_in(services: Services, form: str, number: str, lang: str | None, out: Path) -> int:
    from reports.forms import FORMS
    from reports.forms.referral_letter import OUTCOME

    try:
        referral_id = services.intake.find(number)
    except NotFound:  # none, or one the user may not see (recorded as a denied attempt): the same answer
        return _error(f"There is no referral {number} that you may see.")
    data = services.intake.form(referral_id)
    if form == "referral_letter" and data.referral.outcome != OUTCOME:
        return _error(f"referral {number} was not referred elsewhere: a referral letter is written only for a "
                      "referral referred to another service")
    if lang is None:
        first = data.referral.persons[0].person.preferred_language if data.referral.persons else "he"
        lang = first if first in ("he", "ar") else "he"
    pdf = FORMS[form].build(data, lang)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
    services.intake.record_output(referral_id, form, "save")
    _say(f"{out}: {form}, referral {number}, {lang}, signed in as {services.user.username}")
    return EXIT_OK


def _print_committee(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print committee_invitation --meeting ID [--participant ID ...]`` and ``maane print
    committee_protocol|decision_letter|summary_letter --case ID [--addressee PARTICIPANT_ID]``: signed in as
    LOGIN through the committee service (its permissions, the 14-day rule, audit); the invitations written
    are recorded as sent (the participants' invitation date is today), a protocol's form as saved."""
    invitation = args.form == "committee_invitation"
    which = ("--meeting", args.meeting) if invitation else ("--case", args.case)
    missing = [flag for flag, value in (which, ("--out", args.out), ("--user", args.user)) if value in (None, "")]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    wrong = [flag for flag, value in (("--file", args.file), ("--referral", args.referral), ("--notes", args.notes))
             if value is not None]
    wrong += ([flag for flag, value in (("--case", args.case), ("--addressee", args.addressee)) if value is not None]
              if invitation else (["--meeting"] if args.meeting is not None else [])
              + (["--participant"] if args.participant else []))
    if wrong:
        takes = "--meeting ID [--participant ID ...]" if invitation else "--case ID [--addressee PARTICIPANT_ID]"
        return _error(f"{args.form} takes {takes}, not {', '.join(wrong)}")
    if args.lang is not None and invitation:
        return _error("the invitations print each in its addressee's language: no --lang")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        if invitation:
            return _print_invitations_signed_in(services, args.meeting, args.participant or [], out)
        return _print_protocol_form_signed_in(services, args.form, args.case, args.addressee, args.lang, out)
    finally:
        services.db.dispose()


def _print_invitations_signed_in(services: Services, meeting_id: int, participant_ids: list[int], out: Path) -> int:
    from reports.forms import FORMS

    committees = services.committees
    ids = participant_ids or [p.id for case in committees.meeting(meeting_id).cases for p in case.participants]
    if not ids:
        return _error(f"meeting {meeting_id} has no participants to invite")
    batch = committees.invitation_batch(meeting_id, ids)
    pdf = FORMS["committee_invitation"].build(batch, "he")  # each letter in its own language
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
    committees.record_invitations(meeting_id, ids, "save")
    langs = ", ".join(f"{sum(x.language == lang for x in batch.letters)} {lang}" for lang in ("he", "ar")
                      if any(x.language == lang for x in batch.letters))
    _say(f"{out}: committee_invitation, meeting {meeting_id}, {len(batch.letters)} letter(s) ({langs}), "
         f"signed in as {services.user.username}")
    return EXIT_OK


def _print_protocol_form_signed_in(services: Services, form: str, case_id: int, addressee_id: int | None,
                                   lang: str | None, out: Path) -> int:
    from models.codes import PARENT_KINDS
    from reports.forms import FORMS

    committees = services.committees
    data = committees.protocol_form(case_id, addressee_id)
    if lang is None:
        parents = [p.language for p in data.case.participants if p.kind in PARENT_KINDS]
        lang = (data.addressee.language if data.addressee is not None
                else parents[0] if form == "decision_letter" and parents else data.case.child.preferred_language)
        lang = lang if lang in ("he", "ar") else "he"
    pdf = FORMS[form].build(data, lang)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
    committees.record_output(case_id, form, "save")
    _say(f"{out}: {form}, case {case_id}, file {data.case.file_number}, {lang}, "
         f"signed in as {services.user.username}")
    return EXIT_OK


def _print_daycare(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print daycare_approval --case ID [--lang he|ar]``: the approval letter of a day-care case (approved
    or placed) to the parents, in the family's language unless --lang says otherwise, signed in as LOGIN
    through the day-care service (its permissions; the letter's data read audited), the PDF written audited
    as a save."""
    missing = [flag for flag, value in (("--case", args.case), ("--out", args.out), ("--user", args.user))
               if value in (None, "")]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    given = {"--file": args.file, "--referral": args.referral, "--notes": args.notes, "--meeting": args.meeting,
             "--addressee": args.addressee, "--enrolment": args.enrolment, "--club": args.club,
             "--month": args.month, "--day": args.day, "--participant": args.participant or None}
    wrong = [flag for flag, value in given.items() if value is not None]
    if wrong:
        return _error(f"daycare_approval takes --case ID [--lang he|ar], not {', '.join(wrong)}")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        from reports.forms import FORMS

        daycare = services.daycare
        data = daycare.approval_letter(args.case, args.lang)
        pdf = FORMS["daycare_approval"].build(data, data.language)
        try:
            out.write_bytes(pdf)
        except OSError as exc:
            return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
        daycare.record_output(args.case, "daycare_approval", "save")
        _say(f"{out}: daycare_approval, case {args.case}, file {data.case.file_number}, {data.language}, "
             f"signed in as {services.user.username}")
        return EXIT_OK
    finally:
        services.db.dispose()


def _print_forum(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print forum_minutes --meeting ID [--lang he|ar]``: the youth-law forum meeting's minutes, signed
    in as LOGIN through the forum service (RUN_FORUM; the minutes' reports are those LOGIN sees), the PDF
    written audited as a save."""
    missing = [flag for flag, value in (("--meeting", args.meeting), ("--out", args.out), ("--user", args.user))
               if value in (None, "")]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    wrong = [flag for flag, value in (("--file", args.file), ("--referral", args.referral), ("--notes", args.notes),
                                      ("--case", args.case), ("--addressee", args.addressee),
                                      ("--enrolment", args.enrolment), ("--club", args.club), ("--month", args.month),
                                      ("--day", args.day)) if value is not None] + (
        ["--participant"] if args.participant else [])
    if wrong:
        return _error(f"forum_minutes takes --meeting ID [--lang he|ar], not {', '.join(wrong)}")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        from reports.forms import FORMS

        forum, lang = services.forum, args.lang or "he"
        data = forum.minutes_form(args.meeting)
        pdf = FORMS["forum_minutes"].build(data, lang)
        try:
            out.write_bytes(pdf)
        except OSError as exc:
            return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
        forum.record_output(args.meeting, "forum_minutes", "save")
        _say(f"{out}: forum_minutes, meeting {args.meeting} of {data.meeting.held_on:%d/%m/%Y}, "
             f"{len(data.items)} decision(s), {lang}, signed in as {services.user.username}")
        return EXIT_OK
    finally:
        services.db.dispose()


def _print_foster(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print foster_referral --foster ID`` (the referral to the foster-care service, then the committee's
    protocol of its decision and the documents attached, as one PDF) or ``foster_placement_summary --foster
    ID``, ``[--lang he|ar]`` (default Hebrew): signed in as LOGIN through the foster service (its permissions;
    the form's data read audited), the PDF written audited as a save."""
    missing = [flag for flag, value in (("--foster", args.foster), ("--out", args.out), ("--user", args.user))
               if value in (None, "")]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    wrong = [flag for flag, value in (("--file", args.file), ("--referral", args.referral), ("--notes", args.notes),
                                      ("--meeting", args.meeting), ("--case", args.case),
                                      ("--addressee", args.addressee), ("--enrolment", args.enrolment),
                                      ("--club", args.club), ("--month", args.month), ("--day", args.day))
             if value is not None] + (["--participant"] if args.participant else [])
    if wrong:
        return _error(f"{args.form} takes --foster ID [--lang he|ar], not {', '.join(wrong)}")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        from reports.forms import committee_protocol, foster_placement_summary, foster_referral
        from reports.merge import merge_pdfs

        foster, lang, rid = services.foster, args.lang or "he", args.foster
        if args.form == "foster_referral":
            data = foster.referral_form(rid)
            parts = [foster_referral.build(data, lang)]
            if data.referral.decision is not None:
                protocol = services.committees.protocol_form(data.referral.decision.case_id)
                parts.append(committee_protocol.build(protocol, lang))
            parts += [pdf for _title, pdf in foster.attachments(rid)]
            try:
                pdf = merge_pdfs(parts)
            except ValueError as exc:
                return _error(f"an attached document cannot be read as a PDF: {exc}")
            what = f"file {data.referral.file_number}, {len(parts)} part(s)"
        else:
            summary = foster.placement_summary_form(rid)
            pdf = foster_placement_summary.build(summary, lang)
            what = f"file {summary.referral.file_number}"
        try:
            out.write_bytes(pdf)
        except OSError as exc:
            return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
        foster.record_output(rid, args.form, "save")
        _say(f"{out}: {args.form}, foster referral {rid}, {what}, {lang}, signed in as {services.user.username}")
        return EXIT_OK
    finally:
        services.db.dispose()


def _print_club(args: argparse.Namespace, address: DatabaseAddress) -> int:
    """``maane print club_registration --enrolment ID``, ``club_attendance_sheet --club ID --month YYYY-MM``,
    ``club_fee_notice --file NUMBER|ID --month YYYY-MM``, ``club_transport_list --club ID --day YYYY-MM-DD``:
    signed in as LOGIN through the club service (its permissions; the form's data read is audited as a
    print), the PDF written audited as a save."""
    takes = CLUB_FORMS[args.form]
    given = {"--enrolment": args.enrolment, "--club": args.club, "--month": args.month, "--day": args.day,
             "--file": args.file, "--referral": args.referral, "--notes": args.notes, "--meeting": args.meeting,
             "--participant": args.participant or None, "--case": args.case, "--addressee": args.addressee}
    missing = [flag for flag in (*takes, "--out", "--user")
               if (given[flag] if flag in given else getattr(args, flag[2:])) in (None, "")]
    if missing:
        return _error(f"missing {', '.join(missing)} (see maane print --help)")
    wrong = [flag for flag, value in given.items() if value is not None and flag not in takes]
    if wrong:
        usage = " ".join(f"{flag} {CLUB_ARGS[flag]}" for flag in takes)
        return _error(f"{args.form} takes {usage}, not {', '.join(wrong)}")
    if args.lang is not None and args.lang not in ("he", "ar"):
        return _error(f"the language must be he (Hebrew) or ar (Arabic), not {args.lang}")
    month = day = None
    if args.month is not None:
        found = MONTH.fullmatch(args.month.strip())
        if not found or not 1 <= int(found.group(2)) <= 12:
            return _error(f"the month must look like 2026-12, not {args.month}")
        from datetime import date

        month = date(int(found.group(1)), int(found.group(2)), 1)
    if args.day is not None:
        from datetime import date

        try:
            day = date.fromisoformat(args.day.strip()) if len(args.day.strip()) == 10 else None
        except ValueError:
            day = None
        if day is None:
            return _error(f"the day must look like 2026-12-14, not {args.day}")
    file_ref = (args.file or "").strip()
    if args.file is not None and "," in file_ref:
        return _error(f"{args.form} prints one family file: give one --file")
    out = Path(args.out)
    if not out.parent.is_dir():
        return _error(f"the folder {out.parent} does not exist")
    services = _sign_in_services(args, address)
    try:
        return _print_club_signed_in(services, args, file_ref, month, day, out)
    finally:
        services.db.dispose()


def _print_club_signed_in(services: Services, args: argparse.Namespace, file_ref: str, month: date | None,
                          day: date | None, out: Path) -> int:
    from reports.forms import FORMS

    clubs, form, lang = services.clubs, args.form, args.lang
    data: Any
    if form == "club_registration":
        data = clubs.registration_form(args.enrolment, lang)
        lang, entity, what = data.language, args.enrolment, f"enrolment {args.enrolment}, file {data.file_number}"
    elif form == "club_fee_notice":
        assert month is not None
        if file_ref.isdigit():
            file_id = int(file_ref)
        else:
            from models.search import parse_query

            if parse_query(file_ref).kind != "file_number":
                raise ValidationError("file_number_format", field="file_number")
            found = services.families.search(file_ref)
            if len(found) != 1:  # none, or one the user may not see (the search shows only those)
                raise ValidationError("file_number_unknown", value=file_ref)
            file_id = found[0]
        data = clubs.fee_notice(file_id, month, lang)
        lang, entity, what = data.language, file_id, f"file {data.file_number}, {month:%Y-%m}"
    elif form == "club_attendance_sheet":
        assert month is not None
        data = clubs.attendance_sheet(args.club, month)
        lang, entity, what = lang or "he", args.club, f"club {args.club}, {month:%Y-%m}, {len(data.rows)} child(ren)"
    else:
        assert day is not None
        data = clubs.transport_list(args.club, day)
        children = sum(len(r.children) for r in data.routes)
        lang, entity, what = lang or "he", args.club, f"club {args.club}, {day:%Y-%m-%d}, {children} child(ren)"
    pdf = FORMS[form].build(data, lang)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
    clubs.record_output(form, entity, "save")
    _say(f"{out}: {form}, {what}, {lang}, signed in as {services.user.username}")
    return EXIT_OK


def _print_signed_in(services: Services, form: str, numbers: list[str], note_ids: list[int] | None,
                     lang: str | None, out: Path) -> int:
    from desktop.printing import jobs
    from models.families.service import family_language
    from models.search import parse_query

    file_ids = []
    for number in numbers:
        if parse_query(number).kind != "file_number":
            raise ValidationError("file_number_format", field="file_number")
        found = services.families.search(number)
        if len(found) != 1:  # none, or one the user may not see (the search shows only those)
            raise ValidationError("file_number_unknown", value=number)
        file_ids.append(found[0])
    if lang is None:
        lang = family_language(services.families.get(file_ids[0]).file)
    if len(file_ids) == 1:
        printed = jobs.family_summary(services, file_ids[0], note_ids, lang)
    else:
        batch = jobs.family_summaries(services, file_ids, lang)
        assert batch is not None  # no progress callback: never cancelled
        printed = batch
    try:
        out.write_bytes(printed.pdf)
    except OSError as exc:
        return _error(f"the PDF could not be written to {out}: {exc.strerror or exc}")
    for file_id in printed.file_ids:
        services.families.record_output(printed.form, file_id, "save")
    _say(f"{out}: {form}, {len(printed.file_ids)} file(s), {lang}, signed in as {services.user.username}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

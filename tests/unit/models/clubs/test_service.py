"""ClubService on both backends: clubs, enrolment and its bad input (full club with the waiting list offered,
age outside the range, two clubs at once, nothing saved half-way), leaving, the roster, attendance (closed
day, future day, a child not enrolled, stale day, the unexplained-absence task), the calendar, fees
(charges, exemptions and discounts, payments and their bad input, balances and arrears, the month's
closing), the overview and the file's club tab, the forms' data, and who may do what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.clubs.dto import (
    AdjustmentInput,
    AttendanceMark,
    ClubInput,
    CollectorInput,
    PaymentInput,
    RequestInput,
    RouteInput,
)
from models.clubs.entities import (
    Club,
    ClubAttendance,
    ClubCalendarDay,
    ClubCollector,
    ClubEnrolment,
    ClubFeeCharge,
    ClubPayment,
    ClubRequest,
)
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.tasks.entities import Task
from tests.support import World
from tests.unit.models.clubs.clubworld import (
    MONTH,
    TODAY,
    club_days,
    count,
    enrol,
    enrol_input,
    make_club,
    move_today,
    new_child,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch, TODAY)


# ---- clubs -------------------------------------------------------------------------------------------------
def test_the_club_worker_sets_up_a_club_with_routes_everyone_reads_it(world: World) -> None:
    club = make_club(world, routes=("קו צפון", "קו דרום"))
    assert (club.name, club.capacity, club.min_age, club.max_age, club.monthly_fee_agorot) == \
        ("מועדונית הגפן", 15, 3, 12, 13_000)
    assert [r.name for r in club.routes] == ["קו דרום", "קו צפון"] and club.supervisor_name == "שירה מועדוניות"
    assert (club.enrolled, club.waiting, club.free) == (0, 0, 15)
    for who in ("north_worker", "intake", "coordinator", "manager", "youth_law"):
        assert [c.name for c in world.services(who).clubs.clubs()] == ["מועדונית הגפן"]
    with pytest.raises(PermissionDenied):
        world.services("admin").clubs.clubs()
    with pytest.raises(PermissionDenied):
        make_club(world, "מועדונית אחרת", who="north_worker")
    # a route left out is made inactive, a new one added; a stale version is refused
    north = next(r for r in club.routes if r.name == "קו צפון")
    changed = world.services("club").clubs.save_club(club.id, ClubInput(
        name=club.name, capacity=12, supervisor_id=club.supervisor_id,
        routes=(RouteInput(north.id, "קו צפון", stops="שתי תחנות"), RouteInput(None, "קו מזרח"))), club.version)
    assert {(r.name, r.active, r.stops) for r in changed.routes} == {
        ("קו צפון", True, "שתי תחנות"), ("קו דרום", False, "בית ספר הדקל"), ("קו מזרח", True, "")}
    assert changed.capacity == 12 and changed.version > club.version
    with pytest.raises(ConflictError):
        world.services("club").clubs.save_club(club.id, ClubInput(name="שם"), club.version)


@pytest.mark.parametrize(("change", "code", "field"), [
    ({"name": " "}, "required", "name"),
    ({"name": "א" * 121}, "too_long", "name"),
    ({"capacity": 0}, "invalid", "capacity"),
    ({"capacity": 61}, "invalid", "capacity"),
    ({"min_age": 9, "max_age": 8}, "invalid", "max_age"),
    ({"monthly_fee_agorot": -1}, "invalid", "monthly_fee_agorot"),
])
def test_bad_clubs_are_refused(world: World, change: dict[str, object], code: str, field: str) -> None:
    data = {"name": "מועדונית", **change}
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.save_club(None, ClubInput(**data), None)  # type: ignore[arg-type]
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert count(world, Club) == 0


def test_club_names_are_unique_and_the_supervisor_runs_clubs(world: World) -> None:
    make_club(world)
    with pytest.raises(ValidationError) as exc:
        make_club(world)
    assert exc.value.code == "club_name_taken"
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.save_club(None, ClubInput(name="אחרת", supervisor_id=world.users["intake"].id),
                                               None)
    assert exc.value.params["field"] == "supervisor_id"
    assert {u.role for u in world.services("club").clubs.supervisors()} == {"club_worker", "manager"}


# ---- enrolment ---------------------------------------------------------------------------------------------
def test_enrol_a_child_with_the_clubs_needs_and_read_it_back(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world, "נועם", date(2017, 3, 1))
    e = enrol(world, club, f, child, route_id=club.routes[0].id, allergies="בוטנים", diet="צמחוני",
              school="בית ספר הדקל", dropoff_address="רחוב התמר 7", consent_signed=True,
              consent_on=date(2026, 8, 20), goals="השתלבות חברתית",
              collectors=(CollectorInput("סבתא בדויה", "סבתא", "050-0000000"), CollectorInput("דוד בדוי")))
    assert (e.club_name, e.child_name.split()[0], e.allergies, e.route_name, e.consent_on) == \
        ("מועדונית הגפן", "נועם", "בוטנים", "קו צפון", date(2026, 8, 20))
    assert [c.name for c in e.collectors] == ["סבתא בדויה", "דוד בדוי"] and e.active
    assert world.services("club").clubs.club(club.id).enrolled == 1
    roster = world.services("club").clubs.roster(club.id)
    assert [(r.enrolment_id, r.age, r.allergies) for r in roster] == [(e.id, 9, "בוטנים")]
    # the family's worker reads it (her team's file); the intake worker, the coordinator and the admin do not
    assert world.services("north_worker").clubs.enrolment(e.id).allergies == "בוטנים"
    for who in ("intake", "coordinator", "admin"):
        with pytest.raises(PermissionDenied):
            world.services(who).clubs.enrolment(e.id)
    # the south team's worker does not see the north file: the same NotFound as a missing enrolment
    with pytest.raises(NotFound):
        world.services("south_worker").clubs.enrolment(e.id)
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent.action).where(AuditEvent.allowed.is_(False),
                                                           AuditEvent.entity == "club_enrolment")).all()
    assert "view_enrolment" in denied


def test_a_full_club_refuses_the_enrolment_and_offers_its_waiting_list(world: World) -> None:
    club = make_club(world, capacity=2)
    for name in ("אחד", "שתיים"):
        enrol(world, club, *new_child(world, name))
    f, child = new_child(world, "שלוש")
    before = (count(world, ClubEnrolment), count(world, ClubCollector))
    with pytest.raises(ValidationError) as exc:
        enrol(world, club, f, child, collectors=(CollectorInput("סבא"),))
    assert exc.value.code == "club_full"
    assert exc.value.params == {"field": "club_id", "club": club.name, "club_id": club.id, "capacity": 2}
    assert (count(world, ClubEnrolment), count(world, ClubCollector)) == before  # nothing saved
    full = world.services("club").clubs.club(club.id)
    assert (full.enrolled, full.free) == (2, 0)


def test_a_child_outside_the_age_range_needs_a_reason(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world, "גדול", date(2013, 1, 1))  # 13 on 1 September 2026
    with pytest.raises(ValidationError) as exc:
        enrol(world, club, f, child)
    assert exc.value.code == "age_outside_range"
    assert exc.value.params == {"field": "age_override_reason", "age": 13, "min": 3, "max": 12}
    assert count(world, ClubEnrolment) == 0
    e = enrol(world, club, f, child, age_override_reason="אח בכור של ילד במועדונית, המלצת העו\"ס")
    assert e.age_override_reason.startswith("אח בכור")
    # a child whose age fits keeps no reason
    f2, child2 = new_child(world, "קטן", date(2019, 5, 5))
    assert enrol(world, club, f2, child2, age_override_reason="לא נחוץ").age_override_reason == ""


def test_one_club_at_a_time(world: World) -> None:
    gefen, shaked = make_club(world), make_club(world, "מועדונית השקד")
    f, child = new_child(world)
    e = enrol(world, gefen, f, child)
    with pytest.raises(ValidationError) as exc:
        enrol(world, shaked, f, child)
    assert (exc.value.code, exc.value.params["club"]) == ("already_enrolled", "מועדונית הגפן")
    assert count(world, ClubEnrolment) == 1
    # after leaving the first (from 1 December), the second from that day on
    clubs = world.services("club").clubs
    left = clubs.leave(e.id, e.version, date(2026, 12, 1), "family_request")
    assert left.left_on == date(2026, 12, 1) and not left.active
    with pytest.raises(ValidationError, match="already_enrolled"):
        enrol(world, shaked, f, child, starts_on=date(2026, 11, 20))
    assert enrol(world, shaked, f, child, starts_on=date(2026, 12, 1)).club_name == "מועדונית השקד"


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"person": "parent"}, "not_child", "person_id"),
    ({"route": "other"}, "route_other_club", "route_id"),
    ({"ends_on": date(2026, 8, 1)}, "ends_before_start", "ends_on"),
    ({"collectors": (CollectorInput(" "),)}, "required", "collector_name"),
    ({"allergies": "א" * 501}, "too_long", "allergies"),
])
def test_bad_enrolments_save_nothing(world: World, kw: dict[str, object], code: str, field: str) -> None:
    club, other = make_club(world), make_club(world, "מועדונית השקד", routes=("קו השקד",))
    f, child = new_child(world)
    extra: dict[str, object] = {}
    person = child
    if kw.get("person") == "parent":
        person = world.services("manager").families.get(f).file.members[0].person.id
    if kw.get("route") == "other":
        extra["route_id"] = other.routes[0].id
    for key in ("ends_on", "collectors", "allergies"):
        if key in kw:
            extra[key] = kw[key]
    with pytest.raises(ValidationError) as exc:
        enrol(world, club, f, person, **extra)  # type: ignore[arg-type]
    assert (exc.value.code, exc.value.params.get("field")) == (code, field)
    assert count(world, ClubEnrolment) == 0 and count(world, ClubCollector) == 0


def test_update_keeps_club_and_child_and_replaces_the_collectors(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child, collectors=(CollectorInput("א"), CollectorInput("ב")))
    clubs = world.services("club").clubs
    changed = clubs.update_enrolment(e.id, e.version, enrol_input(club, f, child, allergies="חלב",
                                                                  collectors=(CollectorInput("ג"),)))
    assert changed.allergies == "חלב" and [c.name for c in changed.collectors] == ["ג"]
    assert changed.version > e.version and count(world, ClubCollector) == 1
    with pytest.raises(ConflictError):
        clubs.update_enrolment(e.id, e.version, enrol_input(club, f, child))
    other = make_club(world, "מועדונית השקד")
    with pytest.raises(ValidationError, match="invalid_choice"):
        clubs.update_enrolment(e.id, changed.version, enrol_input(other, f, child))


def test_leaving_is_dated_and_reasoned(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child, starts_on=date(2026, 10, 1))
    clubs = world.services("club").clubs
    with pytest.raises(ValidationError) as exc:
        clubs.leave(e.id, e.version, date(2026, 9, 30), "moved")
    assert exc.value.code == "leave_before_start"
    with pytest.raises(ValidationError, match="required"):
        clubs.leave(e.id, e.version, date(2026, 11, 1), "other", "")
    with pytest.raises(ValidationError, match="invalid_choice"):
        clubs.leave(e.id, e.version, date(2026, 11, 1), "bored")
    day = date(2026, 11, 16)
    clubs.save_attendance(club.id, day, (AttendanceMark(e.id, True),), clubs.attendance_day(club.id, day).token)
    with pytest.raises(ValidationError) as exc:
        clubs.leave(e.id, e.version, day, "moved")
    assert (exc.value.code, exc.value.params["day"]) == ("attendance_outside_dates", day)
    left = clubs.leave(e.id, e.version, date(2026, 11, 17), "moved", "עברו לעיר אחרת")
    assert (left.leave_reason, left.leave_note) == ("moved", "עברו לעיר אחרת")
    assert clubs.roster(club.id) == () and [r.child_name for r in clubs.roster(club.id, on=day)] == [e.child_name]
    assert clubs.club(club.id).enrolled == 0


# ---- attendance --------------------------------------------------------------------------------------------
def test_a_day_of_attendance_all_present_then_the_exceptions(world: World) -> None:
    club = make_club(world)
    kids = [new_child(world, n) for n in ("אבי", "בני", "גלי")]
    es = [enrol(world, club, f, c, allergies="ביצים" if i == 0 else "") for i, (f, c) in enumerate(kids)]
    clubs = world.services("club").clubs
    day = clubs.attendance_day(club.id, TODAY)
    assert (day.kind, day.recorded) == ("club", False)
    assert [r.present for r in day.rows] == [None, None, None] and day.rows[0].allergies == "ביצים"
    saved = clubs.save_attendance(club.id, TODAY, (
        AttendanceMark(es[0].id, True), AttendanceMark(es[1].id, False, "sick"),
        AttendanceMark(es[2].id, False, "", "לא הגיע")), day.token)
    assert (saved.present, saved.absent, saved.tasks) == (1, 2, ())
    again = clubs.attendance_day(club.id, TODAY)
    assert again.recorded and [(r.present, r.reason, r.note) for r in again.rows] == [
        (True, "", ""), (False, "sick", ""), (False, "", "לא הגיע")]
    assert [r.unexplained_streak for r in again.rows] == [0, 0, 1]
    # the family worker reads her team's children only
    assert {r.enrolment_id for r in world.services("north_worker").clubs.attendance_day(club.id, TODAY).rows} == \
        {e.id for e in es}


def test_attendance_on_a_closed_or_future_day_or_for_a_child_not_enrolled_is_refused(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child, starts_on=date(2026, 11, 16))
    other_club = make_club(world, "מועדונית השקד")
    f2, child2 = new_child(world)
    e2 = enrol(world, other_club, f2, child2)
    clubs = world.services("club").clubs
    friday = date(2026, 11, 13)
    with pytest.raises(ValidationError) as exc:
        clubs.save_attendance(club.id, friday, (AttendanceMark(e.id, True),), "x")
    assert exc.value.code == "closed_day" and exc.value.params == {"field": "day", "day": friday, "holiday": ""}
    yom_kippur = date(2026, 9, 21)
    with pytest.raises(ValidationError) as exc:
        clubs.save_attendance(club.id, yom_kippur, (), "x")
    assert exc.value.params["holiday"] == "yom_kippur"
    with pytest.raises(ValidationError) as exc:
        clubs.save_attendance(club.id, TODAY + timedelta(days=1), (AttendanceMark(e.id, True),), "x")
    assert exc.value.code == "future_day"
    before_start = date(2026, 11, 12)
    token = clubs.attendance_day(club.id, before_start).token
    for mark in (AttendanceMark(e.id, True), AttendanceMark(e2.id, True)):
        with pytest.raises(ValidationError) as exc:
            clubs.save_attendance(club.id, before_start if mark.enrolment_id == e.id else TODAY, (mark,),
                                  token if mark.enrolment_id == e.id else clubs.attendance_day(club.id, TODAY).token)
        assert exc.value.code == "not_enrolled_that_day"
    # all or none: a good mark with a bad one saves neither
    f3, child3 = new_child(world)
    e3 = enrol(world, club, f3, child3)
    with pytest.raises(ValidationError):
        clubs.save_attendance(club.id, TODAY, (AttendanceMark(e3.id, True), AttendanceMark(e2.id, True)),
                              clubs.attendance_day(club.id, TODAY).token)
    assert count(world, ClubAttendance) == 0


def test_a_day_saved_by_someone_else_since_it_was_read_is_stale(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    worker, manager = world.services("club").clubs, world.services("manager").clubs
    read = worker.attendance_day(club.id, TODAY)
    manager.save_attendance(club.id, TODAY, (AttendanceMark(e.id, False, "family"),),
                            manager.attendance_day(club.id, TODAY).token)
    with pytest.raises(ConflictError) as exc:
        worker.save_attendance(club.id, TODAY, (AttendanceMark(e.id, True),), read.token)
    assert exc.value.code == "stale"
    again = worker.attendance_day(club.id, TODAY)
    assert again.rows[0].reason == "family"
    worker.save_attendance(club.id, TODAY, (AttendanceMark(e.id, True),), again.token)
    assert worker.attendance_day(club.id, TODAY).rows[0].present is True
    assert count(world, ClubAttendance) == 1


def _save(world: World, club_id: int, day: date, enrolment_id: int, present: bool, reason: str = "") -> tuple:
    clubs = world.services("club").clubs
    return clubs.save_attendance(club_id, day, (AttendanceMark(enrolment_id, present, reason),),
                                 clubs.attendance_day(club_id, day).token).tasks


def test_three_unexplained_absences_in_a_row_raise_one_task_for_the_family_worker(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    club = make_club(world)
    f, child = new_child(world, "מרים", worker="north_worker")
    e = enrol(world, club, f, child)
    days = club_days(date(2026, 11, 1), 14)  # 1..18 November, Sunday to Thursday
    assert days[-1] == TODAY
    assert _save(world, club.id, days[0], e.id, False) == ()
    assert _save(world, club.id, days[1], e.id, False) == ()  # two in a row: nothing
    (task,) = _save(world, club.id, days[2], e.id, False)  # the third: a task
    assert (task.file_id, task.person_id, task.assignee_name) == (f, child, "דנה צפונית")
    assert _save(world, club.id, days[3], e.id, False) == ()  # the same run: never a second task
    assert _save(world, club.id, days[4], e.id, True) == ()  # a present day ends the run
    assert _save(world, club.id, days[5], e.id, False) == ()
    assert _save(world, club.id, days[6], e.id, False, "sick") == ()  # so does an explained absence
    assert _save(world, club.id, days[7], e.id, False) == ()
    assert _save(world, club.id, days[8], e.id, False) == ()
    (second,) = _save(world, club.id, days[9], e.id, False)  # three more: a new task
    assert second.task_id != task.task_id
    # saving the same day again raises nothing more
    assert _save(world, club.id, days[9], e.id, False) == ()
    with world.admin_db.session() as s:
        tasks = s.scalars(select(Task).where(Task.file_id == f).order_by(Task.id)).all()
        assert [t.id for t in tasks] == [task.task_id, second.task_id]
        assert all(t.assignee_id == world.users["north_worker"].id and not t.done for t in tasks)
        assert tasks[0].due_date == TODAY + timedelta(days=3)
        assert "מרים" in tasks[0].title and club.name in tasks[0].title
        marked = s.scalars(select(ClubAttendance.day).where(ClubAttendance.task_id.is_not(None))
                           .order_by(ClubAttendance.day)).all()
        assert marked == [days[2], days[9]]
    # the family worker finds it in her tasks
    mine = world.services("north_worker").tasks.my_open_tasks()
    assert task.task_id in {t.id for t in mine}


def test_no_task_when_the_file_has_no_worker(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world, worker=None)
    e = enrol(world, club, f, child)
    days = club_days(date(2026, 11, 15), 3)
    tasks = [_save(world, club.id, d, e.id, False) for d in days]
    assert tasks == [(), (), ()] and count(world, Task) == 0


# ---- calendar ----------------------------------------------------------------------------------------------
def test_the_year_is_stored_when_first_used_and_edited_with_a_reason(world: World) -> None:
    club = make_club(world)
    # a family worker reads it computed, storing nothing
    computed = world.services("north_worker").clubs.calendar(2026)
    assert len(computed) == 365 and all(d.version is None for d in computed) and count(world, ClubCalendarDay) == 0
    stored = world.services("club").clubs.calendar(2026)
    assert [(d.day, d.kind, d.holiday) for d in stored] == [(d.day, d.kind, d.holiday) for d in computed]
    assert count(world, ClubCalendarDay) == 365 and all(d.version == 1 for d in stored)
    clubs = world.services("club").clubs
    day = next(d for d in stored if d.day == date(2026, 11, 26))
    closed = clubs.set_day(day.day, "closed", "יום גיבוש צוות", version=day.version)
    assert (closed.kind, closed.reason, closed.edited, closed.club_id) == ("closed", "יום גיבוש צוות", True, None)
    with pytest.raises(ConflictError):
        clubs.set_day(day.day, "club", "טעות", version=day.version)
    with pytest.raises(ValidationError, match="required"):
        clubs.set_day(day.day, "club", " ", version=closed.version)
    # a club's own day overrides the department's for that club only
    own = clubs.set_day(day.day, "camp", "יום כיף", club_id=club.id)
    assert own.club_id == club.id and own.kind == "camp"
    mine = {d.day: d for d in clubs.calendar(2026, club.id)}
    assert mine[day.day].kind == "camp" and {d.day: d for d in clubs.calendar(2026)}[day.day].kind == "closed"
    with pytest.raises(PermissionDenied):
        world.services("north_worker").clubs.set_day(day.day, "club", "x")


def test_a_day_with_attendance_cannot_be_closed(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    _save(world, club.id, TODAY, e.id, True)
    clubs = world.services("club").clubs
    day = next(d for d in clubs.calendar(2026) if d.day == TODAY)
    with pytest.raises(ValidationError) as exc:
        clubs.set_day(TODAY, "closed", "שביתה", version=day.version)
    assert (exc.value.code, exc.value.params["count"]) == ("day_has_attendance", 1)


# ---- fees --------------------------------------------------------------------------------------------------
def test_charge_a_month_idempotently_with_an_exemption_and_a_discount(world: World) -> None:
    club = make_club(world)
    kids = [new_child(world, n) for n in ("א", "ב", "ג")]
    es = [enrol(world, club, f, c) for f, c in kids]
    f4, c4 = new_child(world, "ד")
    enrol(world, club, f4, c4, starts_on=date(2026, 12, 1))  # starts next month: not charged in November
    clubs = world.services("club").clubs
    clubs.adjust_fee(AdjustmentInput(es[0].id, "exemption", MONTH, "הכנסה נמוכה, החלטת ועדה"))
    clubs.adjust_fee(AdjustmentInput(es[1].id, "discount", MONTH, "שני ילדים", discount_agorot=5_000))
    result = clubs.charge_month(MONTH)
    assert (result.charged, result.already, result.total_agorot, result.club_ids) == (3, 0, 0 + 8_000 + 13_000,
                                                                                      (club.id,))
    again = clubs.charge_month(date(2026, 11, 20))
    assert (again.charged, again.already) == (0, 3) and count(world, ClubFeeCharge) == 3
    with world.admin_db.session() as s:
        rows = {c.enrolment_id: (c.fee_agorot, c.discount_agorot, c.amount_agorot) for c in s.scalars(select(ClubFeeCharge))}
    assert rows == {es[0].id: (13_000, 13_000, 0), es[1].id: (13_000, 5_000, 8_000), es[2].id: (13_000, 0, 13_000)}
    with pytest.raises(ValidationError, match="date_future"):
        clubs.charge_month(date(2026, 12, 1))
    # the month is charged: an adjustment from it is refused (a later month is fine)
    with pytest.raises(ValidationError) as exc:
        clubs.adjust_fee(AdjustmentInput(es[2].id, "exemption", MONTH, "x"))
    assert (exc.value.code, exc.value.params["month"]) == ("month_already_charged", MONTH)
    assert clubs.adjust_fee(AdjustmentInput(es[2].id, "exemption", date(2026, 12, 1), "x")).kind == "exemption"


@pytest.mark.parametrize(("discount", "code"), [(0, "amount_not_positive"), (-100, "amount_not_positive"),
                                                (13_000, "discount_too_large"), (20_000, "discount_too_large")])
def test_a_discount_is_more_than_nothing_and_less_than_the_fee(world: World, discount: int, code: str) -> None:
    club = make_club(world)
    e = enrol(world, club, *new_child(world))
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.adjust_fee(AdjustmentInput(e.id, "discount", MONTH, "סיבה",
                                                                discount_agorot=discount))
    assert exc.value.code == code


def test_payments_balance_and_arrears(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    clubs = world.services("club").clubs
    for month in (date(2026, 9, 1), date(2026, 10, 1), MONTH):
        clubs.charge_month(month)
    p = clubs.record_payment(PaymentInput(f, child, date(2026, 10, 5), 13_000, "cash", receipt_no="1001"))
    assert (p.enrolment_id, p.club_id, p.amount_agorot, p.receipt_no) == (e.id, club.id, 13_000, "1001")
    account = clubs.account(f)
    assert (account.balance_agorot, account.arrears_agorot) == (26_000, 13_000)  # October owed, November due
    assert [c.month for c in account.charges] == [MONTH, date(2026, 10, 1), date(2026, 9, 1)]
    assert account.payments[0].receipt_no == "1001"
    closing = clubs.month_closing(MONTH)
    (row,) = closing.rows
    assert (row.charged_agorot, row.paid_agorot, row.balance_agorot, row.arrears_agorot) == (13_000, 0, 26_000,
                                                                                            13_000)
    assert (closing.charged_agorot, closing.arrears_agorot, closing.uncharged) == (13_000, 13_000, 0)
    october = clubs.month_closing(date(2026, 10, 1))
    assert (october.rows[0].paid_agorot, october.rows[0].balance_agorot, october.rows[0].arrears_agorot) == \
        (13_000, 13_000, 0)


@pytest.mark.parametrize(("amount", "paid_on", "who", "code"), [
    (0, TODAY, "child", "amount_not_positive"),
    (-13_000, TODAY, "child", "amount_not_positive"),
    (13_000, TODAY + timedelta(days=1), "child", "date_future"),
    (13_000, TODAY, "never", "never_enrolled"),
])
def test_bad_payments_save_nothing(world: World, amount: int, paid_on: date, who: str, code: str) -> None:
    club = make_club(world)
    f, child = new_child(world)
    enrol(world, club, f, child)
    f2, never = new_child(world)
    file_id, person = (f, child) if who == "child" else (f2, never)
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.record_payment(PaymentInput(file_id, person, paid_on, amount, "cash"))
    assert exc.value.code == code
    assert count(world, ClubPayment) == 0


def test_a_month_closing_counts_the_uncharged(world: World) -> None:
    club = make_club(world)
    for n in ("א", "ב"):
        enrol(world, club, *new_child(world, n))
    closing = world.services("club").clubs.month_closing(MONTH, club.id)
    # listed before the month is charged (with nothing charged), so that an exemption can be decided first
    assert [(r.child_name[0], r.charged_agorot) for r in closing.rows] == [("א", 0), ("ב", 0)]
    assert (closing.uncharged, closing.charged_agorot) == (2, 0)
    world.services("club").clubs.charge_month(MONTH, club.id)
    closing = world.services("club").clubs.month_closing(MONTH, club.id)
    assert (len(closing.rows), closing.uncharged, closing.charged_agorot) == (2, 0, 26_000)


# ---- the overview, the file tab, the forms -----------------------------------------------------------------
def test_the_overview_and_the_file_tab(world: World) -> None:
    club = make_club(world, capacity=3)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    f2, child2 = new_child(world)
    world.services("north_worker").clubs.request_club(RequestInput(f2, child2, "family_worker", "בדידות חברתית",
                                                                   preferred_club_id=club.id))
    _save(world, club.id, date(2026, 11, 16), e.id, True)
    _save(world, club.id, date(2026, 11, 17), e.id, False, "sick")
    world.services("club").clubs.charge_month(date(2026, 10, 1))
    (o,) = world.services("club").clubs.overview()
    assert (o.capacity, o.enrolled, o.waiting, o.attendance_rate, o.arrears_agorot) == (3, 1, 1, 0.5, 13_000)
    assert o.occupancy == pytest.approx(1 / 3)
    tab = world.services("north_worker").clubs.file_clubs(f)
    (kid,) = tab.children
    assert (kid.person_id, kid.attendance_rate, kid.balance_agorot) == (child, 0.5, 13_000)
    assert [x.id for x in kid.enrolments] == [e.id] and tab.arrears_agorot == 13_000
    # the intake worker (REQUEST_CLUB only) sees the requests, no club rows
    intake_tab = world.services("intake").clubs.file_clubs(f2)
    assert [len(c.requests) for c in intake_tab.children] == [1] and intake_tab.children[0].enrolments == ()
    assert world.services("intake").clubs.file_clubs(f).children == ()
    with pytest.raises(PermissionDenied):
        world.services("coordinator").clubs.file_clubs(f)


def test_the_forms_data(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world, "סלמא", language="ar")
    e = enrol(world, club, f, child, route_id=club.routes[0].id, allergies="שומשום",
              collectors=(CollectorInput("עמה", "דודה", "050-1111111"),))
    clubs = world.services("club").clubs
    form = clubs.registration_form(e.id)
    assert form.language == "ar" and form.enrolment.id == e.id and form.parents[0].relation == "mother"
    assert form.parents[0].phones and form.club.name == club.name and form.letterhead.municipality
    assert clubs.registration_form(e.id, "he").language == "he"
    _save(world, club.id, date(2026, 11, 16), e.id, True)
    sheet = clubs.attendance_sheet(club.id, MONTH)
    assert all(d.kind in ("club", "camp") for d in sheet.days) and len(sheet.days) == 22
    assert sheet.rows[0].allergies == "שומשום" and sheet.rows[0].marks[11] == "P"  # 16 November
    clubs.charge_month(MONTH)
    notice = clubs.fee_notice(f, MONTH)
    assert notice.language == "ar" and [c.amount_agorot for c in notice.lines] == [13_000]
    assert notice.balance_agorot == 13_000 and notice.addressee.startswith("הורה")
    transport = clubs.transport_list(club.id, TODAY)
    assert [(r.route.name if r.route else None, [c.allergies for c in r.children]) for r in transport.routes] == \
        [("קו צפון", ["שומשום"])]
    assert transport.routes[0].children[0].collectors[0].name == "עמה"
    for form_name, entity_id in (("club_registration", e.id), ("club_attendance_sheet", club.id),
                                 ("club_fee_notice", f), ("club_transport_list", club.id)):
        clubs.record_output(form_name, entity_id)
    with world.admin_db.session() as s:
        printed = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "print")).all()
    assert len(printed) == 4
    with pytest.raises(ValidationError):
        clubs.record_output("committee_protocol", e.id)


def test_the_club_worker_reads_the_enrolments_but_no_case_notes(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    world.services("north_worker").notes.add(f, "home_visit", TODAY, "ביקור בית: רשומה שמורה", sign=True)
    club_worker = world.services("club")
    assert club_worker.clubs.enrolment(e.id).id == e.id
    with pytest.raises(PermissionDenied):
        club_worker.notes.list_for_file(f)
    assert club_worker.families.get(f).notes == ()
    assert club_worker.families.summary(f).notes == ()
    assert len(world.services("north_worker").families.get(f).notes) == 1


def test_the_waiting_count_of_a_request_for_any_club(world: World) -> None:
    gefen, shaked = make_club(world), make_club(world, "מועדונית השקד")
    f, child = new_child(world)
    world.services("north_worker").clubs.request_club(RequestInput(f, child, "family_worker", "סיבה"))
    assert [c.waiting for c in world.services("club").clubs.clubs()] == [1, 1]
    assert [r.child_name for r in world.services("club").clubs.waiting_list(shaked.id).rows] == \
        [r.child_name for r in world.services("club").clubs.waiting_list(gefen.id).rows]
    assert count(world, ClubRequest) == 1


# ---- who reads what ----------------------------------------------------------------------------------------
def test_club_rows_per_role_and_a_hidden_child_still_takes_a_seat(world: World) -> None:
    club = make_club(world, capacity=3)
    seen_file, seen_child = new_child(world, "גלוי")
    seen = enrol(world, club, seen_file, seen_child)
    secret_file, secret_child = new_child(world, "חסוי", worker="north_worker2", restricted=True)
    with pytest.raises((NotFound, PermissionDenied)):  # the club worker does not see a restricted file
        enrol(world, club, secret_file, secret_child)
    secret = world.services("manager").clubs.enrol(enrol_input(club, secret_file, secret_child))
    south_file, south_child = new_child(world, "דרומי", team="צוות דרום", worker="south_worker")
    south = enrol(world, club, south_file, south_child)
    rosters = {who: {r.enrolment_id for r in world.services(who).clubs.roster(club.id)}
               for who in ("club", "manager", "north_worker", "north_head", "south_worker", "youth_law")}
    assert rosters == {"club": {seen.id, south.id}, "manager": {seen.id, secret.id, south.id},
                       "north_worker": {seen.id}, "north_head": {seen.id, secret.id}, "south_worker": {south.id},
                       "youth_law": {seen.id}}
    # the numbers count every child, the hidden one too: the club is full
    assert world.services("club").clubs.club(club.id).enrolled == 3
    with pytest.raises(ValidationError, match="club_full"):
        enrol(world, club, *new_child(world, "רביעי"))
    world.services("manager").clubs.charge_month(MONTH)
    closing = {who: {r.enrolment_id for r in world.services(who).clubs.month_closing(MONTH).rows}
               for who in ("club", "manager", "south_worker")}
    assert closing == {"club": {seen.id, south.id}, "manager": {seen.id, secret.id, south.id},
                       "south_worker": {south.id}}


@pytest.mark.parametrize("who", ["coordinator", "intake", "admin"])
def test_roles_without_club_work_read_no_club_rows(world: World, who: str) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    clubs = world.services(who).clubs
    for call in (lambda: clubs.roster(club.id), lambda: clubs.enrolment(e.id),
                 lambda: clubs.attendance_day(club.id, TODAY), lambda: clubs.attendance_month(club.id, MONTH),
                 lambda: clubs.account(f), lambda: clubs.month_closing(MONTH), lambda: clubs.overview(),
                 lambda: clubs.registration_form(e.id), lambda: clubs.transport_list(club.id, TODAY),
                 lambda: clubs.waiting_list(club.id), lambda: clubs.enrol(enrol_input(club, f, child)),
                 lambda: clubs.save_attendance(club.id, TODAY, (), "")):
        with pytest.raises(PermissionDenied):
            call()
    if who == "admin":
        for reference in (lambda: clubs.clubs(), lambda: clubs.calendar(2026), lambda: clubs.file_clubs(f)):
            with pytest.raises(PermissionDenied):
                reference()
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.allowed.is_(False),
                                                    AuditEvent.user_name == world.name(who))).all()
    assert len(denied) >= 12


def test_reads_of_club_rows_are_audited_with_their_files(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    clubs = world.services("club").clubs
    clubs.roster(club.id)
    clubs.attendance_month(club.id, MONTH)
    clubs.enrolment(e.id)
    clubs.account(f)
    with world.admin_db.session() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.file_id, AuditEvent.detail)
                           .where(AuditEvent.user_name == world.name("club"), AuditEvent.allowed.is_(True))
                           .order_by(AuditEvent.id)).all()
    reads = [(a, ent, fid) for a, ent, fid, _d in events if a in ("list", "view")]
    assert reads == [("list", "club_enrolment", None), ("list", "club_attendance", None),
                     ("view", "club_enrolment", f), ("view", "club_fees", f)]
    assert all(str(f) in d for a, _e, fid, d in events if a == "list")


def test_the_month_grid_reads_a_few_statements_whatever_the_number_of_children(world: World) -> None:
    from sqlalchemy import event

    club = make_club(world)
    enrolments = [enrol(world, club, *new_child(world, f"ילד{i}")) for i in range(6)]
    for d in club_days(date(2026, 11, 1), 5):
        clubs = world.services("club").clubs
        clubs.save_attendance(club.id, d, tuple(AttendanceMark(e.id, i % 3 != 0) for i, e in enumerate(enrolments)),
                              clubs.attendance_day(club.id, d).token)
    db = world.db_for("club")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    def grid() -> int:
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            month = world.services("club").clubs.attendance_month(club.id, MONTH)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        assert len(month.rows) == len(world.services("club").clubs.roster(club.id))
        return len(statements)

    few = grid()
    for i in range(6, 12):
        enrol(world, club, *new_child(world, f"ילד{i}"))
    assert grid() == few <= 8, statements
    month = world.services("club").clubs.attendance_month(club.id, MONTH)
    first = next(r for r in month.rows if r.enrolment_id == enrolments[0].id)
    assert first.marks[:7] == ("U", "U", "U", "U", "U", "", "")  # 1-5 November; Friday, Saturday closed
    assert first.marks[7] == ""  # Sunday 8 November: not recorded
    assert (first.present, first.unexplained, first.rate) == (0, 5, 0.0)
    assert next(r for r in month.rows if r.enrolment_id == enrolments[1].id).rate == 1.0
    assert month.days[6].kind == "closed"  # Saturday 7 November


def test_a_seat_left_before_the_start_is_free(world: World) -> None:
    club = make_club(world, capacity=1)
    f, child = new_child(world, "עוזב")
    e = enrol(world, club, f, child)
    world.services("club").clubs.leave(e.id, e.version, date(2026, 12, 1), "moved")
    f2, child2 = new_child(world, "נכנס")
    with pytest.raises(ValidationError, match="club_full"):
        enrol(world, club, f2, child2, starts_on=date(2026, 11, 25))
    assert enrol(world, club, f2, child2, starts_on=date(2026, 12, 1)).starts_on == date(2026, 12, 1)
    assert count(world, ClubEnrolment) == 2


def test_an_earlier_start_may_not_overlap_another_club(world: World) -> None:
    gefen, shaked = make_club(world), make_club(world, "מועדונית השקד")
    f, child = new_child(world)
    first = enrol(world, gefen, f, child)
    clubs = world.services("club").clubs
    clubs.leave(first.id, first.version, date(2026, 11, 1), "family_request")
    second = enrol(world, shaked, f, child, starts_on=date(2026, 11, 1))
    with pytest.raises(ValidationError) as exc:
        clubs.update_enrolment(second.id, second.version, enrol_input(shaked, f, child, starts_on=date(2026, 10, 15)))
    assert (exc.value.code, exc.value.params["club"]) == ("already_enrolled", "מועדונית הגפן")


def test_a_later_leaving_day_needs_the_seat_and_no_other_club(world: World) -> None:
    club = make_club(world, capacity=1)
    f, child = new_child(world, "עזב")
    e = enrol(world, club, f, child)
    clubs = world.services("club").clubs
    left = clubs.leave(e.id, e.version, date(2026, 11, 10), "moved")
    f2, child2 = new_child(world, "במקומו")
    enrol(world, club, f2, child2, starts_on=date(2026, 11, 10))
    with pytest.raises(ValidationError, match="club_full"):  # the seat is someone else's now
        clubs.leave(e.id, left.version, date(2026, 12, 1), "moved")
    other = make_club(world, "מועדונית השקד")
    enrol(world, other, f, child, starts_on=date(2026, 11, 15))
    big = world.services("club").clubs.save_club(club.id, ClubInput(name=club.name, capacity=5), clubs.club(club.id).version)
    assert big.capacity == 5
    with pytest.raises(ValidationError) as exc:  # the child was in the other club by then
        clubs.leave(e.id, left.version, date(2026, 12, 1), "moved")
    assert (exc.value.code, exc.value.params["club"]) == ("already_enrolled", "מועדונית השקד")
    earlier = clubs.leave(e.id, left.version, date(2026, 11, 5), "moved")  # an earlier day: always fine
    assert earlier.left_on == date(2026, 11, 5)


def test_a_later_start_may_not_leave_recorded_attendance_outside(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    e = enrol(world, club, f, child)
    _save(world, club.id, date(2026, 11, 16), e.id, True)
    clubs = world.services("club").clubs
    with pytest.raises(ValidationError) as exc:
        clubs.update_enrolment(e.id, e.version, enrol_input(club, f, child, starts_on=date(2026, 11, 17)))
    assert exc.value.params == {"field": "starts_on", "day": date(2026, 11, 16)}
    assert clubs.update_enrolment(e.id, e.version, enrol_input(club, f, child, starts_on=date(2026, 11, 16))
                                  ).starts_on == date(2026, 11, 16)

"""IntakeService on both backends: registering a referral (every bad input refused with nothing saved), the
outcomes and their transitions, the hand-over with its first-contact task, club requests, conflicts, the
queue and its counts, the forms' data and the audit rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from models.audit.entities import AuditEvent
from models.clubs.entities import ClubRequest
from models.department.dto import SettingsChanges
from models.errors import ConflictError, DuplicateSuspected, NotFound, PermissionDenied, ValidationError
from models.families.dto import NewFamilyFile
from models.intake.dto import (
    ClubRequestInput,
    HandOverInput,
    NewPerson,
    OpenFileInput,
    QueueFilter,
    ReferralInput,
    Referrer,
)
from models.intake.entities import Referral, ReferralPerson
from models.people.dto import PersonInput
from models.people.entities import Person
from models.tasks.entities import Task
from models.users.entities import User
from tests.support import World, valid_id

TODAY = date.today()


def child(n: int, first: str = "נועם", last: str = "ברקוביץ", born: date = date(2016, 4, 3)) -> PersonInput:
    return PersonInput(first_name=first, last_name=last, id_number=valid_id(n), birth_date=born, sex="m")


def referral(*, existing: tuple[tuple[int, str], ...] = (), new: tuple[NewPerson, ...] = (),
             urgency: str = "week", received_on: date = TODAY, problem: str = "היעדרויות חוזרות מבית הספר\nפרטים",
             source: str = "school", channel: str = "phone") -> ReferralInput:
    return ReferralInput(received_on=received_on, channel=channel, source=source,
                         referrer=Referrer("אורית מחנכת", "מחנכת כיתה", "בית ספר הגפן", "08-1234567"),
                         problem=problem, urgency=urgency, notes="", existing=existing, new_persons=new)


def count(w: World, entity: type) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def audit_actions(w: World, entity: str = "referral") -> list[str]:
    with w.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))


def teams(w: World) -> dict[str, int]:
    return {t.name: t.id for t in w.services("manager").families.teams()}


# ---- register ----------------------------------------------------------------------------------------------

def test_create_links_known_and_new_persons_numbers_and_due_date(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["cohen_child"], "child"),),
                               new=(NewPerson(child(101), "child"),), urgency="week"))
    assert r.number == f"{TODAY.year}/0001"
    assert r.status == "open" and r.outcome == "" and r.decided_on is None
    assert r.due_by == TODAY + timedelta(days=7)
    assert [p.relation for p in r.persons] == ["child", "child"]
    assert r.persons[0].person.id == world.persons["cohen_child"]
    assert r.persons[1].person.id_number == valid_id(101)
    assert r.intake_worker.id == world.users["intake"].id
    second = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),), urgency="immediate"))
    assert second.number == f"{TODAY.year}/0002" and second.due_by == TODAY
    assert audit_actions(world) == ["create", "create"]
    assert audit_actions(world, "person").count("link_person") == 2


@pytest.mark.parametrize(("change", "code", "field"), [
    ({"urgency": ""}, "required", "urgency"),
    ({"urgency": "soon"}, "invalid_choice", "urgency"),
    ({"channel": "pigeon"}, "invalid_choice", "channel"),
    ({"source": ""}, "required", "source"),
    ({"problem": "   \n "}, "required", "problem"),
    ({"received_on": TODAY + timedelta(days=1)}, "date_future", "received_on"),
])
def test_create_refuses_bad_input_and_saves_nothing(world: World, change: dict[str, object], code: str,
                                                    field: str) -> None:
    from dataclasses import replace
    data = replace(referral(new=(NewPerson(child(102), "child"),)), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as exc:
        world.services("intake").intake.create(data)
    assert (exc.value.code, exc.value.params.get("field")) == (code, field)
    assert count(world, Referral) == 0
    assert count(world, Person) == 6  # the world's persons only


def test_create_refuses_no_person_a_person_twice_and_a_wrong_check_digit(world: World) -> None:
    intake = world.services("intake").intake
    pid = world.persons["cohen_child"]
    with pytest.raises(ValidationError) as exc:
        intake.create(referral())
    assert exc.value.code == "no_person"
    with pytest.raises(ValidationError) as exc:
        intake.create(referral(existing=((pid, "child"), (pid, "parent"))))
    assert exc.value.code == "person_twice"
    with pytest.raises(ValidationError) as exc:  # the same new person twice (by ID number)
        intake.create(referral(new=(NewPerson(child(103), "child"), NewPerson(child(103, "נעמה"), "child"))))
    assert exc.value.code == "person_twice"
    bad = PersonInput(first_name="דן", last_name="אלון", id_number="123456789")
    with pytest.raises(ValidationError) as exc:
        intake.create(referral(new=(NewPerson(bad, "child"),)))
    assert (exc.value.code, exc.value.params["field"], exc.value.params["person"]) == ("id_check_digit", "id_number", 0)
    with pytest.raises(ValidationError) as exc:
        intake.create(referral(existing=((pid, "cousin"),)))
    assert exc.value.code == "invalid_choice"
    assert count(world, Referral) == 0 and count(world, ReferralPerson) == 0 and count(world, Person) == 6


def test_a_known_id_number_leaves_nothing_behind(world: World) -> None:
    """A new person whose ID number is known already: DuplicateSuspected pointing to that person, and the
    referral, its other new person and its links are all rolled back."""
    intake = world.services("intake").intake
    same = PersonInput(first_name="מרים", last_name="כהן", id_number=valid_id(2), birth_date=date(2015, 6, 12))
    with pytest.raises(DuplicateSuspected) as exc:
        intake.create(referral(existing=((world.persons["levi_mother"], "parent"),),
                               new=(NewPerson(child(104), "child"), NewPerson(same, "child"))))
    assert exc.value.params["person_id"] == world.persons["cohen_child"]
    assert count(world, Referral) == 0 and count(world, ReferralPerson) == 0 and count(world, Person) == 6


def test_hidden_person_cannot_be_linked(world: World) -> None:
    """A family worker of the north team is no intake role; an intake worker cannot link a person of a
    restricted file she does not see: NotFound, recorded as denied, nothing saved."""
    with pytest.raises(PermissionDenied):
        world.services("north_worker").intake.create(referral(existing=((world.persons["cohen_child"], "child"),)))
    with pytest.raises(NotFound):
        world.services("intake").intake.create(referral(existing=((world.persons["secret_mother"], "parent"),)))
    assert count(world, Referral) == 0
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.allowed.is_(False),
                                                    AuditEvent.entity_id == world.persons["secret_mother"])).all()
        assert [d.action for d in denied] == ["link_person"]


def test_update_only_while_open_and_versioned(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["cohen_child"], "child"),), urgency="routine"))
    changed = intake.update(r.id, r.version, referral(existing=((world.persons["levi_mother"], "parent"),),
                                                      urgency="day", problem="שינוי"))
    assert changed.number == r.number and changed.urgency == "day" and changed.due_by == TODAY + timedelta(days=1)
    assert [p.person.id for p in changed.persons] == [world.persons["levi_mother"]]
    with pytest.raises(ConflictError):
        intake.update(r.id, r.version, referral(existing=((world.persons["cohen_child"], "child"),)))
    closed = intake.no_intervention(changed.id, changed.version, "resolved")
    with pytest.raises(ValidationError) as exc:
        intake.update(closed.id, closed.version, referral(existing=((world.persons["cohen_child"], "child"),)))
    assert exc.value.code == "not_open"


# ---- outcomes ----------------------------------------------------------------------------------------------

def test_open_file_then_hand_over_creates_the_task(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(new=(NewPerson(PersonInput(first_name="סיגל", last_name="ברקוביץ",
                                                           id_number=valid_id(110), birth_date=date(1984, 1, 1)),
                                               "parent"),
                                     NewPerson(child(111), "child")), urgency="day"))
    kid = r.persons[1].person.id
    north = teams(world)["צוות צפון"]
    opened = intake.open_file(r.id, r.version, OpenFileInput(
        family_name="משפחת ברקוביץ", team_id=north, address="רחוב התמר 4", locality="עין הבשור",
        club_requests=(ClubRequestInput(kid, "קשיים חברתיים", "שילוב בקבוצה", "week"),)))
    assert opened.status == "awaiting_handover" and opened.outcome == "new_file" and opened.decided_on == TODAY
    assert opened.file_number.startswith(f"{TODAY.year}/") and opened.file_id is not None
    detail = world.services("manager").families.get(opened.file_id)
    assert {(m.person.id, m.relation) for m in detail.file.members} == {(p.person.id, p.relation) for p in r.persons}
    with world.admin_db.session() as s:
        req = s.scalars(select(ClubRequest)).one()
        # the school referred the family: the request is the school's (route c), naming the school
        assert (req.file_id, req.person_id, req.route, req.referral_id, req.status, req.source_name) == (
            opened.file_id, kid, "school", r.id, "waiting", "בית ספר הגפן")
    worker = world.users["north_worker"]
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, opened.version, HandOverInput(north, worker.id, TODAY - timedelta(days=1)))
    assert exc.value.code == "date_past"
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, opened.version, HandOverInput(north, world.users["south_worker"].id))
    assert exc.value.code == "worker_not_in_team"
    with world.admin_db.session() as s:
        s.get(User, world.users["north_worker2"].id).active = False  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, opened.version, HandOverInput(north, world.users["north_worker2"].id))
    assert exc.value.code == "worker_inactive"
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, opened.version, HandOverInput(north, world.users["intake"].id))
    assert exc.value.code in ("worker_not_in_team", "worker_role")
    assert count(world, Task) == 0
    done = intake.hand_over(r.id, opened.version, HandOverInput(north, worker.id))
    assert done.status == "closed" and done.handed_to is not None and done.handed_to.id == worker.id
    with world.admin_db.session() as s:
        task = s.get(Task, done.task_id)
        assert task is not None
        assert (task.assignee_id, task.file_id, task.due_date) == (worker.id, opened.file_id, TODAY + timedelta(days=1))
        assert r.number in task.title and task.description == "היעדרויות חוזרות מבית הספר"
    mine = world.services("north_worker")
    assert mine.families.get(opened.file_id).file.worker is not None
    assert mine.intake.get(r.id).status == "closed"  # the worker reads the referral of her file
    with pytest.raises(ValidationError):
        intake.hand_over(r.id, done.version, HandOverInput(north, worker.id))


def test_club_request_only_for_a_child_of_the_file(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(new=(NewPerson(PersonInput(first_name="רון", last_name="גל", id_number=valid_id(120)),
                                              "parent"),)))
    with pytest.raises(ValidationError) as exc:
        intake.open_file(r.id, r.version, OpenFileInput(
            family_name="משפחת גל", team_id=teams(world)["צוות צפון"],
            club_requests=(ClubRequestInput(r.persons[0].person.id, "סיבה"),)))
    assert exc.value.code == "club_not_child"
    assert count(world, ClubRequest) == 0
    assert intake.get(r.id).status == "open"


def test_attach_adds_missing_members(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["cohen_father"], "parent"),),
                               new=(NewPerson(child(130, "אליה", "כהן"), "child"),)))
    attached = intake.attach(r.id, r.version, world.files["cohen"])
    assert attached.outcome == "attached" and attached.status == "awaiting_handover"
    members = world.services("manager").families.get(world.files["cohen"]).file.members
    assert r.persons[1].person.id in {m.person.id for m in members} and len(members) == 3
    with pytest.raises(ValidationError) as exc:
        intake.refer_elsewhere(r.id, attached.version, "health", "")
    assert exc.value.code == "not_open"


def test_refer_elsewhere_and_no_intervention(world: World) -> None:
    intake = world.services("intake").intake
    one = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    with pytest.raises(ValidationError) as exc:
        intake.refer_elsewhere(one.id, one.version, "other", "  ")
    assert (exc.value.code, exc.value.params["field"]) == ("required", "detail")
    with pytest.raises(ValidationError):
        intake.refer_elsewhere(one.id, one.version, "moon", "x")
    done = intake.refer_elsewhere(one.id, one.version, "health", "מרפאת בריאות הנפש", "לתאם")
    assert (done.status, done.outcome, done.elsewhere_service, done.outcome_note) == (
        "closed", "referred_elsewhere", "health", "לתאם")
    two = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    with pytest.raises(ValidationError) as exc:
        intake.no_intervention(two.id, two.version, "other", "")
    assert exc.value.code == "required"
    with pytest.raises(ConflictError):
        intake.no_intervention(two.id, two.version + 1, "resolved")
    closed = intake.no_intervention(two.id, two.version, "information_only")
    assert (closed.status, closed.no_intervention_reason) == ("closed", "information_only")


# ---- queue -------------------------------------------------------------------------------------------------

def test_queue_order_filters_and_counts(world: World) -> None:
    intake = world.services("intake").intake
    pid = world.persons["levi_mother"]
    routine_old = intake.create(referral(existing=((pid, "parent"),), urgency="routine",
                                         received_on=TODAY - timedelta(days=30)))  # overdue
    week_new = intake.create(referral(existing=((pid, "parent"),), urgency="week", received_on=TODAY))
    immediate = intake.create(referral(existing=((pid, "parent"),), urgency="immediate", received_on=TODAY))
    day_old = intake.create(referral(existing=((pid, "parent"),), urgency="day", source="police",
                                     received_on=TODAY - timedelta(days=3)))  # overdue
    closed = intake.create(referral(existing=((pid, "parent"),), urgency="immediate"))
    intake.no_intervention(closed.id, closed.version, "resolved")
    rows = intake.queue()
    assert [r.id for r in rows] == [day_old.id, routine_old.id, immediate.id, week_new.id]
    assert [r.overdue for r in rows] == [True, True, False, False]
    assert rows[0].persons == "שׁוֹשַׁנָּה לוי" and rows[0].problem == "היעדרויות חוזרות מבית הספר"
    assert rows[0].age_days == 3 and rows[0].intake_worker == "נועה אינטייק"
    assert [r.id for r in intake.queue(QueueFilter(source="police"))] == [day_old.id]
    assert [r.id for r in intake.queue(QueueFilter(received_from=TODAY))] == [immediate.id, week_new.id]
    assert closed.id in [r.id for r in intake.queue(QueueFilter(include_closed=True))]
    assert [r.id for r in intake.queue(limit=3)] == [day_old.id, routine_old.id, immediate.id]
    counts = intake.counts()
    assert counts.open == {"immediate": 1, "day": 1, "week": 1, "routine": 1}
    assert counts.overdue == {"immediate": 0, "day": 1, "week": 0, "routine": 1}
    with pytest.raises(PermissionDenied):
        world.services("north_worker").intake.queue()


def test_response_days_come_from_the_department_settings(world: World) -> None:
    admin = world.services("admin").department
    settings = admin.settings()
    lh = settings.letterhead
    base = SettingsChanges(lh.municipality, lh.department, lh.address, lh.phone, lh.email)
    with pytest.raises(ValidationError) as exc:
        admin.update(settings.version, SettingsChanges(**{**base.__dict__, "response_days_day": 10}))
    assert exc.value.code == "response_days_order"
    with pytest.raises(ValidationError):
        admin.update(settings.version, SettingsChanges(**{**base.__dict__, "response_days_routine": 91}))
    admin.update(settings.version, SettingsChanges(**{**base.__dict__, "response_days_week": 5,
                                                      "response_days_routine": 30}))
    intake = world.services("intake").intake
    assert intake.response_days() == {"immediate": 0, "day": 1, "week": 5, "routine": 30}
    r = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),), urgency="routine"))
    assert r.due_by == TODAY + timedelta(days=30)


def test_handover_candidates_and_lists(world: World) -> None:
    intake = world.services("intake").intake
    north = teams(world)["צוות צפון"]
    cands = intake.handover_candidates(north)
    names = {c.user.username: c for c in cands}
    assert set(names) == {world.name(n) for n in ("north_worker", "north_worker2", "north_head", "youth_law")}
    assert names[world.name("north_worker")].open_files == 1
    assert world.users["intake"].id in {u.id for u in intake.intake_workers()}
    assert {t.name for t in intake.teams()} >= {"צוות צפון", "צוות דרום"}


def test_form_and_record_output(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    form = intake.form(r.id)
    assert form.referral.id == r.id and form.printed_by == "נועה אינטייק" and form.letterhead.municipality
    intake.record_output(r.id, "intake_summary", "save")
    with pytest.raises(ValidationError):
        intake.record_output(r.id, "nonsense")
    assert audit_actions(world)[-2:] == ["view", "save"]
    with pytest.raises(NotFound):
        world.services("north_worker").intake.form(r.id)  # not hers: no file, not registered by her


def test_visibility_of_referrals_by_role(world: World) -> None:
    """Python's rule, on both backends (PostgreSQL: the policy): intake workers and the manager all; the team
    head those not closed; a family worker those of her files; the administrator none."""
    intake = world.services("intake").intake
    open_one = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    closed = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    intake.no_intervention(closed.id, closed.version, "resolved")
    attached = intake.create(referral(existing=((world.persons["haddad_child"], "child"),)))
    intake.attach(attached.id, attached.version, world.files["haddad"])
    for short, expected in [("manager", {open_one.id, closed.id, attached.id}),
                            ("north_head", {open_one.id, attached.id}),
                            ("south_head", {open_one.id, attached.id}),
                            ("south_worker", {attached.id}),
                            ("north_worker", set())]:
        svc = world.services(short).intake
        seen = set()
        for rid in (open_one.id, closed.id, attached.id):
            try:
                svc.get(rid)
                seen.add(rid)
            except NotFound:
                pass
        assert seen == expected, short
    with pytest.raises(PermissionDenied):
        world.services("admin").intake.get(open_one.id)


def test_new_file_opened_restricted_stays_visible_to_who_opened_it(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(new=(NewPerson(child(140), "child"),)))
    opened = intake.open_file(r.id, r.version, OpenFileInput(family_name="משפחה חסויה",
                                                             team_id=teams(world)["צוות דרום"], restricted=True))
    assert opened.file_id is not None
    detail = world.services("intake").families.get(opened.file_id)
    assert detail.file.restricted and world.users["intake"].id in detail.file.named_user_ids
    with pytest.raises((NotFound, PermissionDenied)):  # the file service's denial (PostgreSQL: missing)
        world.services("south_worker").families.get(opened.file_id)
    south = teams(world)["צוות דרום"]
    done = intake.hand_over(r.id, opened.version, HandOverInput(south, world.users["south_worker"].id))
    assert done.status == "closed"
    worker = world.services("south_worker")
    assert worker.families.get(opened.file_id).file.restricted  # now hers: the assigned worker
    assert [t.id for t in worker.tasks.my_open_tasks()] == [done.task_id]


def test_sqlite_audit_has_old_and_new_values(world: World) -> None:
    """The row images of referrals (PostgreSQL: the trigger; SQLite: models.audit.images)."""
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),), urgency="week"))
    intake.update(r.id, r.version, referral(existing=((world.persons["levi_mother"], "parent"),), urgency="day"))
    import json
    with world.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == "referrals",
                                                  AuditEvent.action == "db_update")).all()
        assert rows
        detail = json.loads(rows[-1].detail)
        assert (detail["old"]["urgency"], detail["new"]["urgency"]) == ("week", "day")
        persons = s.scalars(select(AuditEvent).where(AuditEvent.entity == "referral_persons")).all()
        assert [p.action for p in persons] == ["db_insert"]


def test_existing_family_file_open_by_family_worker_does_not_break(world: World) -> None:
    """The family service's own open_file is untouched by intake (a file opened directly)."""
    mgr = world.services("manager")
    f = mgr.families.open_file(NewFamilyFile(family_name="משפחת ישירה", team_id=teams(world)["צוות צפון"]), [])
    assert f.file_number.startswith(f"{TODAY.year}/")


def test_a_team_head_decides_a_referral_and_keeps_reading_it(world: World) -> None:
    """A team head reads every referral not closed and may decide one that is not hers (PostgreSQL: the
    new row must stay readable to her, so who decided a referral keeps reading it, e.g. for its letter);
    the other team's head no longer sees it once it is closed."""
    r = world.services("intake").intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    head = world.services("north_head").intake
    done = head.refer_elsewhere(r.id, r.version, "housing", "מחלקת הדיור", "דחוף")
    assert done.status == "closed" and done.decided_by is not None
    assert done.decided_by.id == world.users["north_head"].id
    assert head.form(r.id).referral.outcome == "referred_elsewhere"
    with pytest.raises(NotFound):
        world.services("south_head").intake.get(r.id)


def test_the_access_log_review_shows_a_referrals_changes_with_names(world: World) -> None:
    """The manager's access-log review shows a referral's change field by field, old -> new, and the
    hand-over's worker by name (PostgreSQL: the trigger's row images; SQLite: models.audit.images)."""
    from models.audit.dto import AuditFilter

    intake = world.services("intake").intake
    r = intake.create(referral(new=(NewPerson(child(150), "child"),), urgency="week"))
    r = intake.update(r.id, r.version, referral(existing=((r.persons[0].person.id, "child"),), urgency="day"))
    north = teams(world)["צוות צפון"]
    r = intake.open_file(r.id, r.version, OpenFileInput(family_name="משפחת בדיקה", team_id=north))
    intake.hand_over(r.id, r.version, HandOverInput(north, world.users["north_worker"].id))
    page = world.services("manager").audit.review(AuditFilter(user_name=world.name("intake"), kinds=("change",)))
    rows = [row for row in page.rows if row.entity == "referrals"]
    changes = {(c.field, c.before, c.after) for row in rows for c in row.changes}
    assert ("urgency", "week", "day") in changes
    assert ("handed_to_id", "", "דנה צפונית") in changes
    assert ("status", "awaiting_handover", "closed") in changes
    actions = {row.action for row in page.rows}
    assert {"hand_over", "create"} <= actions


def test_find_by_number(world: World) -> None:
    intake = world.services("intake").intake
    r = intake.create(referral(existing=((world.persons["levi_mother"], "parent"),)))
    assert intake.find(r.number) == r.id
    with pytest.raises(NotFound):
        intake.find("1999/0001")
    with pytest.raises(NotFound):  # hers to see? no: not registered by her, no file
        world.services("north_worker").intake.find(r.number)


def test_outcome_bad_input_and_stale_versions(world: World) -> None:
    """Each outcome refuses what it must, and a stale version, saving nothing: a closed file to attach to, a
    team head opening a file in another team, a hand-over to a worker without a caseload role, a referral
    not awaiting its hand-over."""
    intake = world.services("intake").intake
    pid = world.persons["levi_mother"]
    north, south = teams(world)["צוות צפון"], teams(world)["צוות דרום"]
    r = intake.create(referral(existing=((pid, "parent"),)))
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, r.version, HandOverInput(north, world.users["north_worker"].id))
    assert exc.value.code == "not_awaiting_handover"
    with pytest.raises(ConflictError):
        intake.open_file(r.id, r.version + 1, OpenFileInput(family_name="משפחת לוי", team_id=north))
    with pytest.raises(ValidationError) as exc:
        intake.open_file(r.id, r.version, OpenFileInput(family_name="  ", team_id=north))
    assert (exc.value.code, exc.value.params["field"]) == ("required", "family_name")
    mgr = world.services("manager").families
    levi = mgr.get(world.files["levi"]).file
    mgr.close(levi.id, levi.version, "moved", TODAY)
    with pytest.raises(ValidationError) as exc:
        intake.attach(r.id, r.version, world.files["levi"])
    assert exc.value.code == "file_closed"
    head = world.services("north_head").intake
    with pytest.raises(ValidationError) as exc:
        head.open_file(r.id, r.version, OpenFileInput(family_name="משפחת לוי", team_id=south))
    assert exc.value.code == "team_not_own"
    assert intake.get(r.id).status == "open" and intake.get(r.id).version == r.version
    opened = intake.open_file(r.id, r.version, OpenFileInput(family_name="משפחת לוי", team_id=north))
    with world.admin_db.session() as s:  # a staff member of the team whose role carries no caseload
        u = s.get(User, world.users["coordinator"].id)
        assert u is not None
        u.team_id = north
    with pytest.raises(ValidationError) as exc:
        intake.hand_over(r.id, opened.version, HandOverInput(north, world.users["coordinator"].id))
    assert exc.value.code == "worker_role"
    with pytest.raises(ConflictError):
        intake.hand_over(r.id, opened.version - 1, HandOverInput(north, world.users["north_worker"].id))
    assert count(world, Task) == 0

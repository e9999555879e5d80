"""The therapy centre's service on both backends: a family worker refers a child, a parent or the family; the
waiting list by the age of the referral; treatment starts with a therapist, sessions are recorded, the
referral ends with a reason; who reads what; every bad input refused with its code and nothing saved; two
workers moving one referral at once (one wins, the other is told)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.people.dto import PersonInput
from models.therapy.dto import TherapyInput
from models.therapy.entities import TherapyReferral
from tests.support import World, valid_id
from tests.unit.models.therapy.therapyworld import TODAY, count, move_today, refer


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch, TODAY)


def test_a_family_worker_refers_a_child_and_reads_it_back(world: World) -> None:
    r = refer(world, on=TODAY - timedelta(days=3))
    assert (r.status, r.subject, r.kind, r.referred_on, r.referred_by_name, r.family_name) == \
        ("waiting", "child", "emotional", TODAY - timedelta(days=3), "דנה צפונית", "משפחת כהן")
    assert r.person is not None and r.person.full_name == "מרים כהן" and r.person_name == "מרים כהן"
    assert (r.therapist, r.started_on, r.sessions_held, r.ended_on, r.end_reason) == ("", None, 0, None, "")
    assert r.waiting_days == 3 and r.open
    assert r.changes().therapy == {r.id} and r.changes().files == {world.files["cohen"]}
    # who reads it: the roles with VIEW_THERAPY among those who see the file
    for who in ("north_worker", "north_worker2", "north_head", "youth_law", "manager"):
        assert world.services(who).therapy.referral(r.id).id == r.id, who
    for who in ("coordinator", "club", "intake", "admin"):  # no VIEW_THERAPY: refused, and recorded
        with pytest.raises(PermissionDenied):
            world.services(who).therapy.referral(r.id)
    with pytest.raises(NotFound):  # the south team does not see the Cohen file
        world.services("south_worker").therapy.referral(r.id)
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent.user_name).where(AuditEvent.allowed.is_(False),
                                                              AuditEvent.entity == "therapy_referral")).all()
        viewed = s.scalars(select(AuditEvent.user_name).where(AuditEvent.allowed.is_(True),
                                                              AuditEvent.action == "view",
                                                              AuditEvent.entity == "therapy_referral")).all()
    assert {world.name(w) for w in ("coordinator", "club", "intake", "admin", "south_worker")} <= set(denied)
    assert world.name("youth_law") in viewed


def test_a_parent_and_the_family_are_referred_too(world: World) -> None:
    parent = refer(world, "cohen", "cohen_father", kind="parent_guidance")
    family = refer(world, "cohen", None, kind="parent_guidance", reason="הדרכה לשני ההורים")
    group = refer(world, "cohen", "cohen_child", kind="group", reason="קבוצת מיומנויות חברתיות")
    assert (parent.subject, parent.person_name) == ("parent", "משה כהן")
    assert (family.subject, family.person, family.person_name) == ("family", None, "")
    assert group.subject == "child"
    listed = world.services("north_worker").therapy.file_referrals(world.files["cohen"])
    assert {x.id for x in listed} == {parent.id, family.id, group.id}


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"reason": "   "}, "required", "reason"),
    ({"on": TODAY + timedelta(days=1)}, "date_future", "referred_on"),
    ({"kind": "yoga"}, "invalid_choice", "therapy_kind"),
    ({"kind": ""}, "required", "therapy_kind"),
    ({"subject": "friend"}, "invalid_choice", "subject"),
    ({"person": "cohen_father", "subject": "child"}, "therapy_not_child", "person_id"),
    ({"person": "cohen_child", "subject": "parent"}, "therapy_not_parent", "person_id"),
    ({"person": "haddad_child", "subject": "child"}, "therapy_not_member", "person_id"),  # another file's
    ({"person": "cohen_child", "kind": "parent_guidance"}, "therapy_kind_subject", "therapy_kind"),
    ({"person": None, "subject": "family", "kind": "emotional"}, "therapy_kind_subject", "therapy_kind"),
    ({"person": None, "subject": "child"}, "required", "person_id"),
    ({"person": "cohen_child", "subject": "family", "kind": "group"}, "invalid", "person_id"),
])
def test_bad_referrals_save_nothing(world: World, kw: dict[str, object], code: str, field: str) -> None:
    kw = dict(kw)  # the parameters are shared by both backends' runs
    person = kw.pop("person", "cohen_child")
    with pytest.raises(ValidationError) as exc:
        refer(world, "cohen", person, **kw)  # type: ignore[arg-type]
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert count(world, TherapyReferral) == 0


def test_one_open_referral_per_person_and_kind_and_per_family(world: World) -> None:
    first = refer(world, kind="emotional")
    with pytest.raises(ValidationError) as exc:  # a second open one of that kind
        refer(world, kind="emotional", reason="שוב")
    assert (exc.value.code, exc.value.params["field"]) == ("therapy_open", "therapy_kind")
    refer(world, kind="art")  # another kind is another course
    family = refer(world, "cohen", None, kind="group")
    with pytest.raises(ValidationError) as exc:
        refer(world, "cohen", None, kind="group")
    assert exc.value.code == "therapy_open"
    # once ended, the person may be referred again
    svc = world.services("north_worker").therapy
    svc.end(first.id, first.version, TODAY, "referred_elsewhere")
    again = refer(world, kind="emotional", reason="חזרה לטיפול")
    assert again.status == "waiting"
    svc.end(family.id, family.version, TODAY, "dropped_out")
    assert refer(world, "cohen", None, kind="group").status == "waiting"
    assert count(world, TherapyReferral) == 5


def test_a_person_in_two_files_has_one_open_course_of_a_kind(world: World) -> None:
    """The Cohen child is also a child of the Levi file (separated parents): referred from one file, she is
    not referred again from the other, whose worker may not even see the first file."""
    world.services("manager").families.add_member(world.files["levi"], world.persons["cohen_child"], "child")
    refer(world, "cohen", "cohen_child")
    with pytest.raises(ValidationError) as exc:
        refer(world, "levi", "cohen_child")
    assert exc.value.code == "therapy_open"
    assert count(world, TherapyReferral) == 1


def test_a_closed_file_takes_no_new_referral(world: World) -> None:
    head = world.services("north_head").families
    f = head.get(world.files["cohen"]).file
    head.close(f.id, f.version, "moved", TODAY)
    with pytest.raises(ValidationError) as exc:
        refer(world)
    assert exc.value.code == "file_closed"


def test_who_may_refer(world: World) -> None:
    for who in ("coordinator", "club", "intake", "admin"):
        with pytest.raises(PermissionDenied):
            refer(world, who=who)
    with pytest.raises((NotFound, PermissionDenied)):  # a file she does not see (PostgreSQL: not there at all)
        refer(world, who="south_worker")
    # the team head and the youth-law worker refer for the team's files
    assert refer(world, who="youth_law").referred_by_name == "אורי חוק-הנוער"
    assert refer(world, "cohen", "cohen_father", kind="parent_guidance", who="north_head").status == "waiting"
    assert count(world, TherapyReferral) == 2


def test_the_course_from_waiting_to_ended(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch, date(2026, 9, 1))
    r = refer(world)
    svc = world.services("north_worker").therapy
    move_today(monkeypatch, date(2026, 9, 20))
    assert svc.referral(r.id).waiting_days == 19
    started = svc.start(r.id, r.version, date(2026, 9, 15), "  ד\"ר נעמה בדויה ")
    assert (started.status, started.started_on, started.therapist, started.waiting_days) == \
        ("in_treatment", date(2026, 9, 15), "ד\"ר נעמה בדויה", 14)  # waited until the treatment started
    assert started.version == r.version + 1
    s1 = svc.record_sessions(r.id, started.version, 4)
    s2 = svc.record_sessions(r.id, s1.version, 3)  # a correction
    assert (s1.sessions_held, s2.sessions_held) == (4, 3)
    move_today(monkeypatch, TODAY)
    ended = svc.end(r.id, s2.version, date(2026, 11, 10), "goals_met", "  סיום מוסכם ")
    assert (ended.status, ended.ended_on, ended.end_reason, ended.end_note, ended.open) == \
        ("ended", date(2026, 11, 10), "goals_met", "סיום מוסכם", False)
    assert (ended.therapist, ended.sessions_held, ended.started_on) == ("ד\"ר נעמה בדויה", 3, date(2026, 9, 15))
    # final
    for call in (lambda: svc.end(r.id, ended.version, TODAY, "other", "x"),
                 lambda: svc.start(r.id, ended.version, TODAY, "x"),
                 lambda: svc.record_sessions(r.id, ended.version, 5)):
        with pytest.raises(ValidationError) as exc:
            call()
        assert exc.value.code in ("therapy_ended", "therapy_not_waiting", "therapy_not_in_treatment")
    with world.admin_db.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "therapy_referral",
                                                            AuditEvent.entity_id == r.id,
                                                            AuditEvent.action.in_(("create", "start", "update", "end")))
                            .order_by(AuditEvent.id)).all()
    assert actions == ["create", "start", "update", "update", "end"]


def test_a_waiting_referral_ends_without_treatment_but_not_with_its_goals_met(world: World) -> None:
    r = refer(world)
    svc = world.services("north_worker").therapy
    with pytest.raises(ValidationError) as exc:
        svc.end(r.id, r.version, TODAY, "goals_met")
    assert (exc.value.code, exc.value.params["field"]) == ("therapy_goals_not_started", "end_reason")
    with pytest.raises(ValidationError) as exc:  # "other" says what
        svc.end(r.id, r.version, TODAY, "other", "  ")
    assert (exc.value.code, exc.value.params["field"]) == ("required", "end_note")
    ended = svc.end(r.id, r.version, TODAY, "moved")
    assert (ended.status, ended.started_on, ended.end_reason, ended.waiting_days) == ("ended", None, "moved", 0)


@pytest.mark.parametrize(("step", "code", "field"), [
    ("start_future", "date_future", "started_on"),
    ("start_before_referral", "therapy_start_before_referral", "started_on"),
    ("start_no_therapist", "required", "therapist"),
    ("sessions_negative", "negative_amount", "sessions_held"),
    ("sessions_waiting", "therapy_not_in_treatment", "status"),
    ("end_future", "date_future", "ended_on"),
    ("end_before_start", "therapy_end_before_start", "ended_on"),
    ("end_reason", "invalid_choice", "end_reason"),
])
def test_bad_steps_of_the_course_change_nothing(world: World, step: str, code: str, field: str) -> None:
    r = refer(world, on=TODAY - timedelta(days=10))
    svc = world.services("north_worker").therapy
    if step.startswith("end_") or step == "sessions_negative":
        r = svc.start(r.id, r.version, TODAY - timedelta(days=5), "נעמה בדויה")
    calls = {
        "start_future": lambda: svc.start(r.id, r.version, TODAY + timedelta(days=1), "נעמה בדויה"),
        "start_before_referral": lambda: svc.start(r.id, r.version, TODAY - timedelta(days=11), "נעמה בדויה"),
        "start_no_therapist": lambda: svc.start(r.id, r.version, TODAY, " "),
        "sessions_negative": lambda: svc.record_sessions(r.id, r.version, -1),
        "sessions_waiting": lambda: svc.record_sessions(r.id, r.version, 2),
        "end_future": lambda: svc.end(r.id, r.version, TODAY + timedelta(days=1), "dropped_out"),
        "end_before_start": lambda: svc.end(r.id, r.version, TODAY - timedelta(days=6), "dropped_out"),
        "end_reason": lambda: svc.end(r.id, r.version, TODAY, "bored"),
    }
    with pytest.raises(ValidationError) as exc:
        calls[step]()
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    if code in ("therapy_start_before_referral", "therapy_end_before_start"):
        day = TODAY - timedelta(days=10 if step == "start_before_referral" else 5)
        assert exc.value.params["value"] == day.strftime("%d/%m/%Y")
    assert svc.referral(r.id) == r  # nothing changed


def test_two_workers_move_one_referral_at_once_one_wins(world: World) -> None:
    r = refer(world)
    mine, theirs = world.services("north_worker").therapy, world.services("north_head").therapy
    mine.start(r.id, r.version, TODAY, "נעמה בדויה")
    with pytest.raises(ConflictError) as exc:  # read before the start: stale
        theirs.end(r.id, r.version, TODAY, "dropped_out")
    assert exc.value.code == "stale"
    now = theirs.referral(r.id)
    assert (now.status, now.therapist) == ("in_treatment", "נעמה בדויה")
    assert theirs.end(r.id, now.version, TODAY, "dropped_out").status == "ended"


def test_the_waiting_list_oldest_referral_first_of_the_files_one_sees(world: World,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    manager = world.services("manager")
    p = manager.people.create(PersonInput(first_name="יואב", last_name="לוי", birth_date=date(2014, 4, 4),
                                          id_number=valid_id(31)))
    manager.families.add_member(world.files["levi"], p.id, "child")
    world.persons["levi_child"] = p.id
    newest = refer(world, "cohen", "cohen_child", on=TODAY - timedelta(days=2))
    oldest = refer(world, "levi", "levi_child", kind="art", on=TODAY - timedelta(days=40))
    middle = refer(world, "cohen", "cohen_father", kind="parent_guidance", on=TODAY - timedelta(days=20))
    same_day = refer(world, "cohen", None, kind="parent_guidance", on=TODAY - timedelta(days=20))
    south = refer(world, "haddad", "haddad_child", on=TODAY - timedelta(days=60))
    secret = refer(world, "secret", "secret_mother", kind="emotional", on=TODAY - timedelta(days=50))
    svc = world.services("north_worker").therapy
    rows = svc.waiting_list()
    assert [r.id for r in rows] == [oldest.id, middle.id, same_day.id, newest.id]  # no south, no restricted
    assert [r.position for r in rows] == [1, 2, 3, 4]
    assert [r.waiting_days for r in rows] == [40, 20, 20, 2]
    assert (rows[0].person_name, rows[0].family_name, rows[0].birth_date, rows[0].referred_by_name) == \
        ("יואב לוי", "משפחת לוי", date(2014, 4, 4), "יעל צפונית")
    assert rows[2].person_name == "" and rows[2].subject == "family"
    assert [r.id for r in svc.waiting_list(kind="parent_guidance")] == [middle.id, same_day.id]
    page2 = svc.waiting_list(offset=2, limit=2)
    assert [(r.position, r.id) for r in page2] == [(3, same_day.id), (4, newest.id)]
    assert [r.id for r in world.services("manager").therapy.waiting_list()] == \
        [south.id, secret.id, oldest.id, middle.id, same_day.id, newest.id]
    assert [r.id for r in world.services("north_head").therapy.waiting_list()] == \
        [secret.id, oldest.id, middle.id, same_day.id, newest.id]  # the team's restricted file too
    with pytest.raises(PermissionDenied):
        world.services("coordinator").therapy.waiting_list()
    with pytest.raises(ValidationError):
        svc.waiting_list(kind="yoga")
    # starting a treatment takes it off the list, onto the treatments under way
    svc.start(middle.id, middle.version, TODAY, "נעמה בדויה")
    assert middle.id not in [r.id for r in svc.waiting_list()]
    under_way = svc.in_treatment()
    assert [(r.id, r.therapist, r.started_on, r.waiting_days) for r in under_way] == \
        [(middle.id, "נעמה בדויה", TODAY, 20)]
    assert svc.in_treatment(kind="emotional") == []
    with world.admin_db.session() as s:
        lists = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "list",
                                                          AuditEvent.entity == "therapy_referral",
                                                          AuditEvent.user_name == world.name("north_worker"))).all()
    assert lists and str(world.files["cohen"]) in lists[0]  # the list read names the files it showed


def test_the_file_s_referrals_open_first_then_the_newest(world: World) -> None:
    old = refer(world, on=TODAY - timedelta(days=30))
    svc = world.services("north_worker").therapy
    svc.end(old.id, old.version, TODAY - timedelta(days=1), "dropped_out")
    new = refer(world, "cohen", "cohen_father", kind="parent_guidance", on=TODAY - timedelta(days=5))
    again = refer(world, on=TODAY - timedelta(days=2))
    assert [r.id for r in svc.file_referrals(world.files["cohen"])] == [again.id, new.id, old.id]
    assert svc.file_referrals(world.files["levi"]) == ()
    with pytest.raises((NotFound, PermissionDenied)):
        world.services("south_worker").therapy.file_referrals(world.files["cohen"])
    with pytest.raises(PermissionDenied):
        world.services("club").therapy.file_referrals(world.files["cohen"])


def test_a_hidden_person_is_not_referred_through_an_own_file(world: World) -> None:
    """The mother of the restricted file is not a member of the Cohen file: whoever names her there is told
    she is no member, as for anyone of another file."""
    with pytest.raises(ValidationError) as exc:
        world.services("north_worker").therapy.refer(TherapyInput(
            file_id=world.files["cohen"], subject="parent", person_id=world.persons["secret_mother"],
            kind="parent_guidance", reason="הדרכה"))
    assert exc.value.code == "therapy_not_member"

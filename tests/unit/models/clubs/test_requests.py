"""Club requests by the three routes, the waiting list and its order (with the club worker's override),
withdrawing, enrolling from the list, and route c for a family the department does not know (a referral in
intake's queue, then intake opens the file and files the request as the school's)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.clubs.dto import RequestInput, SchoolReferralInput
from models.clubs.entities import ClubRequest
from models.errors import NotFound, PermissionDenied, ValidationError
from models.intake.dto import ClubRequestInput, OpenFileInput, QueueFilter
from models.intake.entities import Referral
from tests.support import World
from tests.unit.models.clubs.clubworld import TODAY, count, enrol, make_club, move_today, new_child


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch, TODAY)


def request(w: World, file_id: int, person_id: int, who: str = "north_worker", **kw: object):
    data = {"route": "family_worker", "reason": "קשיים חברתיים ובדידות", **kw}
    return w.services(who).clubs.request_club(RequestInput(file_id, person_id, **data))  # type: ignore[arg-type]


def test_the_family_worker_requests_a_club_for_a_child_of_her_file(world: World) -> None:
    club = make_club(world)
    r = request(world, world.files["cohen"], world.persons["cohen_child"], goals="השתלבות", urgency="week",
                risk="high", preferred_club_id=club.id)
    assert (r.status, r.route, r.child_name, r.preferred_club_name, r.requested_by_name, r.requested_on) == \
        ("waiting", "family_worker", "מרים כהן", club.name, "דנה צפונית", TODAY)
    assert r.enrolment_id is None and r.changes().clubs == {club.id}
    # who reads it: the roles that file requests or run the clubs, among those who see the file
    for who in ("north_worker", "intake", "club", "manager", "north_head", "youth_law"):
        assert world.services(who).clubs.request(r.id).id == r.id, who
    for who in ("coordinator", "admin"):
        with pytest.raises(PermissionDenied):
            world.services(who).clubs.request(r.id)
    with pytest.raises(NotFound):
        world.services("south_worker").clubs.request(r.id)


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"reason": "  "}, "required", "reason"),
    ({"route": "post"}, "invalid_choice", "route"),
    ({"urgency": "asap"}, "invalid_choice", "urgency"),
    ({"risk": ""}, "required", "risk"),
    ({"route": "school"}, "school_needs_source", "source_name"),
    ({"person": "cohen_father"}, "not_child", "person_id"),
])
def test_bad_requests_save_nothing(world: World, kw: dict[str, object], code: str, field: str) -> None:
    kw = dict(kw)  # the parameters are shared by both backends' runs
    person = world.persons[str(kw.pop("person", "cohen_child"))]
    with pytest.raises(ValidationError) as exc:
        request(world, world.files["cohen"], person, **kw)  # type: ignore[arg-type]
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert count(world, ClubRequest) == 0


def test_a_child_waits_once_and_an_enrolled_child_is_not_requested(world: World) -> None:
    club = make_club(world)
    request(world, world.files["cohen"], world.persons["cohen_child"], preferred_club_id=club.id)
    with pytest.raises(ValidationError) as exc:
        request(world, world.files["cohen"], world.persons["cohen_child"])
    assert (exc.value.code, exc.value.params["club"]) == ("already_waiting", club.name)
    f, child = new_child(world)
    enrol(world, club, f, child)
    with pytest.raises(ValidationError) as exc:
        request(world, f, child)
    assert (exc.value.code, exc.value.params["club"]) == ("already_enrolled", club.name)


def test_the_waiting_list_order_and_the_override(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    club = make_club(world, min_age=6, max_age=12)
    kids = {}
    for key, urgency, risk, birth, day in [
        ("routine_low", "routine", "low", date(2017, 1, 1), date(2026, 9, 1)),
        ("routine_high", "routine", "high", date(2017, 1, 1), date(2026, 10, 1)),
        ("routine_high_older", "routine", "high", date(2017, 1, 1), date(2026, 9, 15)),
        ("immediate_toddler", "immediate", "high", date(2022, 1, 1), date(2026, 9, 1)),  # 4: outside 6-12
        ("week_low", "week", "low", date(2018, 1, 1), date(2026, 11, 1)),
    ]:
        move_today(monkeypatch, day)
        f, child = new_child(world, key, birth)
        kids[key] = request(world, f, child, urgency=urgency, risk=risk, preferred_club_id=club.id)
    move_today(monkeypatch, TODAY)
    clubs = world.services("club").clubs
    wl = clubs.waiting_list(club.id)
    assert [r.request_id for r in wl.rows] == [kids[k].id for k in (
        "week_low", "routine_high_older", "routine_high", "routine_low", "immediate_toddler")]
    assert [r.position for r in wl.rows] == [1, 2, 3, 4, 5]
    toddler = wl.rows[-1]
    assert (toddler.age, toddler.age_fits, toddler.waiting_days) == (4, False, (TODAY - date(2026, 9, 1)).days)
    assert (wl.capacity, wl.enrolled, wl.free, wl.next.request_id) == (15, 0, 15, kids["week_low"].id)  # type: ignore[union-attr]
    # the club worker pins the oldest routine request first, with a reason
    low = kids["routine_low"]
    with pytest.raises(ValidationError, match="required"):
        clubs.pin_request(low.id, low.version, 1, " ")
    pinned = clubs.pin_request(low.id, low.version, 1, "אח במועדונית")
    assert (pinned.pinned_rank, pinned.rank_reason) == (1, "אח במועדונית")
    assert clubs.waiting_list(club.id).rows[0].request_id == low.id
    unpinned = clubs.pin_request(low.id, pinned.version, None, "")
    assert unpinned.pinned_rank is None and clubs.waiting_list(club.id).rows[0].request_id == kids["week_low"].id
    with pytest.raises(PermissionDenied):
        world.services("north_worker").clubs.pin_request(low.id, unpinned.version, 1, "x")
    # a family worker reads the list (her team's files only); the intake worker does not
    assert len(world.services("north_worker").clubs.waiting_list(club.id).rows) == 5
    assert world.services("south_worker").clubs.waiting_list(club.id).rows == ()
    with pytest.raises(PermissionDenied):
        world.services("intake").clubs.waiting_list(club.id)


def test_withdraw_by_the_club_worker_or_whoever_filed_it(world: World) -> None:
    r = request(world, world.files["cohen"], world.persons["cohen_child"])
    with pytest.raises(PermissionDenied):  # a colleague of the team who did not file it
        world.services("north_worker2").clubs.withdraw_request(r.id, r.version, "family_declined")
    with pytest.raises(ValidationError, match="required"):
        world.services("north_worker").clubs.withdraw_request(r.id, r.version, "other")
    done = world.services("north_worker").clubs.withdraw_request(r.id, r.version, "family_declined")
    assert (done.status, done.close_reason, done.closed_on) == ("withdrawn", "family_declined", TODAY)
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.withdraw_request(r.id, done.version, "moved")
    assert exc.value.code == "request_not_waiting"
    again = request(world, world.files["cohen"], world.persons["cohen_child"])  # waiting again is allowed now
    assert world.services("club").clubs.withdraw_request(again.id, again.version, "placed_elsewhere",
                                                         "מסגרת אחרת").close_note == "מסגרת אחרת"


def test_enrol_from_the_waiting_list(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    r = request(world, f, child, preferred_club_id=club.id)
    e = enrol(world, club, f, child, request_id=r.id, starts_on=TODAY)
    assert e.request_id == r.id
    done = world.services("club").clubs.request(r.id)
    assert (done.status, done.closed_on, done.enrolment_id) == ("enrolled", TODAY, e.id)
    assert world.services("club").clubs.waiting_list(club.id).rows == ()
    # the intake worker reads the request, not the enrolment made from it (a club row)
    assert world.services("intake").clubs.request(r.id).enrolment_id is None


def test_enrolling_a_waiting_child_without_the_request_closes_it(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    r = request(world, f, child)
    e = enrol(world, club, f, child)
    assert e.request_id == r.id and world.services("club").clubs.request(r.id).status == "enrolled"


def test_enrol_from_a_request_not_waiting_or_of_another_child_is_refused(world: World) -> None:
    club = make_club(world)
    f, child = new_child(world)
    r = request(world, f, child)
    world.services("club").clubs.withdraw_request(r.id, r.version, "moved")
    with pytest.raises(ValidationError) as exc:
        enrol(world, club, f, child, request_id=r.id)
    assert exc.value.code == "request_not_waiting"
    f2, child2 = new_child(world)
    r2 = request(world, f2, child2)
    with pytest.raises(ValidationError) as exc:
        enrol(world, club, f, child, request_id=r2.id)
    assert (exc.value.code, exc.value.params["field"]) == ("invalid_choice", "request_id")
    assert world.services("club").clubs.request(r2.id).status == "waiting"


def school_referral(**kw: object) -> SchoolReferralInput:
    data = {"source": "school", "source_name": "בית ספר הדקל", "source_contact": "יועצת בדויה 08-0000001",
            "child_first_name": "עדן", "child_last_name": "שקדי", "child_birth_date": date(2018, 4, 4),
            "parent_name": "רות שקדי", "phone": "050-7000001", "address": "רחוב האלה 3",
            "reason": "מתקשה חברתית, לבד בהפסקות", "urgency": "week", **kw}
    return SchoolReferralInput(**data)  # type: ignore[arg-type]


def test_route_c_a_school_refers_a_family_the_department_does_not_know(world: World) -> None:
    club = make_club(world)
    referral = world.services("club").clubs.refer_to_intake(school_referral(preferred_club_id=club.id))
    assert (referral.source, referral.status, referral.urgency, referral.referrer.organisation) == \
        ("school", "open", "week", "בית ספר הדקל")
    assert referral.problem.startswith("בקשה למועדונית: מתקשה חברתית")
    assert club.name in referral.problem and "יועצת בדויה" in referral.problem
    assert sorted((p.relation, p.person.first_name) for p in referral.persons) == [("child", "עדן"),
                                                                                   ("parent", "רות")]
    assert referral.intake_worker.username == world.name("club")
    # it waits in intake's queue; the club worker does not decide it
    intake = world.services("intake").intake
    assert referral.id in [r.id for r in intake.queue(QueueFilter())]
    with pytest.raises(PermissionDenied):
        world.services("club").intake.open_file(referral.id, referral.version, OpenFileInput("x", 1))
    # intake opens the file and files the request: the school's route, with the institution
    teams = {t.name: t.id for t in intake.teams()}
    child = next(p.person.id for p in referral.persons if p.relation == "child")
    opened = intake.open_file(referral.id, referral.version, OpenFileInput(
        family_name="משפחת שקדי", team_id=teams["צוות צפון"],
        club_requests=(ClubRequestInput(child, "מתקשה חברתית", preferred_club_id=club.id),)))
    with world.admin_db.session() as s:
        r = s.scalars(select(ClubRequest).where(ClubRequest.file_id == opened.file_id)).one()
        assert (r.route, r.source_name, r.source_contact, r.preferred_club_id, r.referral_id) == \
            ("school", "בית ספר הדקל", "יועצת בדויה 08-0000001", club.id, referral.id)
    assert [row.child_name for row in world.services("club").clubs.waiting_list(club.id).rows] == ["עדן שקדי"]


@pytest.mark.parametrize(("kw", "code", "field"), [
    ({"source": "police"}, "invalid_choice", "source"),
    ({"source_name": " "}, "required", "source_name"),
    ({"source_contact": ""}, "required", "source_contact"),
    ({"reason": ""}, "required", "reason"),
    ({"child_first_name": ""}, "required", "first_name"),
    ({"urgency": "later"}, "invalid_choice", "urgency"),
])
def test_bad_school_referrals_save_nothing(world: World, kw: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        world.services("club").clubs.refer_to_intake(school_referral(**kw))
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert count(world, Referral) == 0


def test_only_who_registers_referrals_refers_to_intake(world: World) -> None:
    for who in ("north_worker", "coordinator", "admin"):
        with pytest.raises(PermissionDenied):
            world.services(who).clubs.refer_to_intake(school_referral())
    assert world.services("intake").clubs.refer_to_intake(school_referral(source="kindergarten")).source == \
        "kindergarten"


def test_a_request_filed_at_intake_for_another_source_is_intakes(world: World) -> None:
    from models.intake.dto import NewPerson, ReferralInput, Referrer
    from models.people.dto import PersonInput

    intake = world.services("intake").intake
    r = intake.create(ReferralInput(TODAY, "walk_in", "self", Referrer(), "האם פנתה בעצמה", "routine",
                                    new_persons=(NewPerson(PersonInput("טל", "ברוש", id_kind="none"), "child"),)))
    teams = {t.name: t.id for t in intake.teams()}
    opened = intake.open_file(r.id, r.version, OpenFileInput(
        family_name="משפחת ברוש", team_id=teams["צוות דרום"],
        club_requests=(ClubRequestInput(r.persons[0].person.id, "בדידות"),)))
    with world.admin_db.session() as s:
        req = s.scalars(select(ClubRequest).where(ClubRequest.file_id == opened.file_id)).one()
        assert (req.route, req.source_name, req.preferred_club_id) == ("intake", "", None)
    with pytest.raises(ValidationError):  # a preferred club that does not exist
        r2 = intake.create(ReferralInput(TODAY, "walk_in", "self", Referrer(), "פנייה", "routine",
                                         new_persons=(NewPerson(PersonInput("גל", "ברוש", id_kind="none"),
                                                                "child"),)))
        intake.open_file(r2.id, r2.version, OpenFileInput(
            family_name="משפחת ברוש ב", team_id=teams["צוות דרום"],
            club_requests=(ClubRequestInput(r2.persons[0].person.id, "בדידות", preferred_club_id=999),)))

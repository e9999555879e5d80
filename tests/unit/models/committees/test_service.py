"""CommitteeService on both backends: meetings and their bad input, the agenda's rules (a child of the file,
once per meeting, a chair who sees the file, 14 days of notice), participants and invitations, the protocol
from draft to final with every refusal, the Tasks it puts on the file, read-only after finalising, addenda,
placements, the follow-up page, the file tab, who may do what, and what a hidden file never shows."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from models.audit.entities import AuditEvent
from models.committees.dto import (
    CaseDTO,
    CaseInput,
    DecisionInput,
    MeetingDTO,
    MeetingInput,
    ParticipantInput,
    PlacementInput,
    ProtocolInput,
    ProtocolTaskInput,
)
from models.committees.entities import (
    CommitteeCase,
    CommitteeMeeting,
    CommitteeParticipant,
    CommitteeProtocol,
)
from models.committees.rules import add_months
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.people.entities import Person
from models.tasks.entities import Task
from tests.support import World

TODAY = date.today()
MIXED = "תכנית (Plan B) ל-3 חודשים: מועדונית [5 ימים] + ליווי 'צמוד' — v2.0"


def move_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr("models.committees.rules.today", lambda: day)


def meeting_input(w: World, chair: str = "manager", days: int = 20, place: str = "אולם הישיבות, קומה 2",
                  level: str = "regular") -> MeetingInput:
    return MeetingInput(held_on=TODAY + timedelta(days=days), starts_at=time(9, 30), place=place, level=level,
                        chair_id=w.users[chair].id)


def case_input(w: World, family: str = "cohen", reason: str = "first_hearing") -> CaseInput:
    return CaseInput(file_id=w.files[family], child_id=w.persons[f"{family}_child"], reason=reason,
                     requested_by_name="דנה צפונית", requested_by_role="עובדת סוציאלית", background="רקע")


def count(w: World, entity: type) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def code_of(exc: pytest.ExceptionInfo[BaseException]) -> str:
    assert isinstance(exc.value, ValidationError | PermissionDenied)
    return exc.value.code


def scheduled(w: World, chair: str = "manager", families: tuple[str, ...] = ("cohen",), days: int = 20
              ) -> tuple[MeetingDTO, list[CaseDTO]]:
    committees = w.services("coordinator").committees
    m = committees.create_meeting(meeting_input(w, chair=chair, days=days))
    cases = [committees.add_case(m.id, case_input(w, f)) for f in families]
    return m, cases


def complete_protocol(w: World, tasks: tuple[ProtocolTaskInput, ...] | None = None,
                      decisions: tuple[DecisionInput, ...] | None = None, next_review: int = 180,
                      attended: tuple[int, ...] = ()) -> ProtocolInput:
    return ProtocolInput(
        background="רקע", professionals_views="המחנכת: שיפור", parents_position="האב מסכים",
        child_position="רוצה להמשיך במועדונית", discussion=MIXED,
        decisions=decisions if decisions is not None else (
            DecisionInput("community_plan", "תכנית טיפול בקהילה", ("מועדונית טיפולית, 5 ימים", "הדרכת הורים")),),
        votes_for=5, votes_against=1, votes_abstained=0, dissent="", parent_reservation="",
        district_right_stated=True,
        tasks=tasks if tasks is not None else (
            ProtocolTaskInput("רישום למועדונית", w.users["north_worker"].id, TODAY + timedelta(days=40)),),
        next_review_on=TODAY + timedelta(days=20 + next_review), attended=attended)


# ---- meetings ----------------------------------------------------------------------------------------------

def test_coordinator_schedules_a_meeting_everyone_with_committee_work_sees_it(world: World) -> None:
    committees = world.services("coordinator").committees
    m = committees.create_meeting(meeting_input(world))
    assert m.status == "planned" and m.chair.id == world.users["manager"].id
    assert m.coordinator.id == world.users["coordinator"].id and m.cases == ()
    for reader in ("north_worker", "youth_law", "north_head", "manager", "coordinator"):
        rows = world.services(reader).committees.meetings()
        assert [(r.id, r.place, r.cases, r.chair_name) for r in rows] == [(m.id, m.place, 0, "אבי מנהל")]
    assert [u.username for u in committees.chairs()] == sorted(
        [world.name("manager"), world.name("north_head"), world.name("south_head")],
        key=lambda n: {world.name("manager"): "אבי מנהל", world.name("north_head"): "רונית ראש-צוות",
                       world.name("south_head"): "חליל ראש-צוות"}[n])
    assert {u.role for u in committees.coordinators()} == {"committee_coordinator", "manager"}


@pytest.mark.parametrize(("change", "code", "field"), [
    ({"days": -1}, "date_past", "held_on"),
    ({"place": "   "}, "required", "place"),
    ({"place": "א" * 300}, "too_long", "place"),
    ({"chair": "club"}, "not_a_chair", "chair_id"),
    ({"chair": "north_worker"}, "not_a_chair", "chair_id"),
    ({"level": "national"}, "invalid_choice", "level"),
])
def test_bad_meetings_are_refused_and_nothing_saved(world: World, change: dict[str, object], code: str,
                                                    field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        world.services("coordinator").committees.create_meeting(meeting_input(world, **change))  # type: ignore[arg-type]
    assert exc.value.code == code and exc.value.params["field"] == field
    assert count(world, CommitteeMeeting) == 0


def test_meeting_today_is_allowed_and_cancel_needs_a_reason(world: World) -> None:
    committees = world.services("coordinator").committees
    m = committees.create_meeting(meeting_input(world, days=0))
    with pytest.raises(ValidationError, match="required"):
        committees.cancel_meeting(m.id, m.version, "  ")
    cancelled = committees.cancel_meeting(m.id, m.version, "החדר תפוס")
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "החדר תפוס"
    assert committees.meetings() == [] and len(committees.meetings(include_cancelled=True)) == 1
    with pytest.raises(ValidationError) as exc:
        committees.add_case(m.id, case_input(world, reason="urgent"))
    assert exc.value.code == "meeting_not_planned"


@pytest.mark.parametrize("who", ["club", "intake", "admin"])
def test_roles_without_committee_work_are_refused_everything(world: World, who: str) -> None:
    coordinator = world.services("coordinator").committees
    m, (case,) = scheduled(world)
    committees = world.services(who).committees
    for call in (lambda: committees.meetings(), lambda: committees.meeting(m.id),
                 lambda: committees.create_meeting(meeting_input(world)),
                 lambda: committees.protocol(case.id), lambda: committees.follow_up(),
                 lambda: committees.file_committees(world.files["cohen"]), lambda: committees.chairs()):
        with pytest.raises(PermissionDenied):
            call()
    assert coordinator.meeting(m.id).cases[0].id == case.id


def test_readers_cannot_write(world: World) -> None:
    m, (case,) = scheduled(world)
    for who in ("north_worker", "youth_law", "north_head"):
        committees = world.services(who).committees
        with pytest.raises(PermissionDenied):
            committees.create_meeting(meeting_input(world))
        with pytest.raises(PermissionDenied):
            committees.add_case(m.id, case_input(world, "haddad"))
        with pytest.raises(PermissionDenied):
            committees.save_protocol(case.id, None, ProtocolInput(background="x"))
    with world.admin_db.session() as s:
        denied = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.allowed.is_(False)))
    assert (denied or 0) >= 9


# ---- the agenda --------------------------------------------------------------------------------------------

def test_agenda_rules_child_of_the_file_once_chair_sees_the_file(world: World) -> None:
    committees = world.services("coordinator").committees
    m = committees.create_meeting(meeting_input(world, chair="north_head"))
    case = committees.add_case(m.id, case_input(world))
    assert (case.position, case.file_number != "", case.child.id) == (1, True, world.persons["cohen_child"])
    assert case.protocol_status == "none" and not case.placed
    with pytest.raises(ValidationError) as exc:
        committees.add_case(m.id, case_input(world))
    assert exc.value.code == "child_already_on_agenda"
    with pytest.raises(ValidationError) as exc:  # the father is no child of the file
        committees.add_case(m.id, CaseInput(world.files["cohen"], world.persons["cohen_father"], "review", "דנה"))
    assert exc.value.code == "not_a_member"
    with pytest.raises(ValidationError) as exc:  # a child of another file
        committees.add_case(m.id, CaseInput(world.files["cohen"], world.persons["haddad_child"], "review", "דנה"))
    assert exc.value.code == "not_a_member"
    with pytest.raises(ValidationError) as exc:  # the north team's head cannot see the south's file
        committees.add_case(m.id, case_input(world, "haddad"))
    assert exc.value.code == "chair_cannot_see_file"
    with pytest.raises(ValidationError) as exc:
        committees.add_case(m.id, CaseInput(world.files["cohen"], world.persons["cohen_child"], "review", " "))
    assert exc.value.code == "required" and exc.value.params["field"] == "requested_by_name"
    assert count(world, CommitteeCase) == 1


def test_changing_the_chair_to_one_who_cannot_see_a_case_is_refused(world: World) -> None:
    m, _cases = scheduled(world, chair="manager", families=("cohen", "haddad"))
    committees = world.services("coordinator").committees
    data = meeting_input(world, chair="north_head")
    with pytest.raises(ValidationError) as exc:
        committees.update_meeting(m.id, m.version, data)
    assert exc.value.code == "chair_cannot_see_file"
    changed = committees.update_meeting(m.id, m.version, meeting_input(world, chair="manager", place="חדר 3"))
    assert changed.place == "חדר 3" and changed.version == m.version + 1
    with pytest.raises(ConflictError):
        committees.update_meeting(m.id, m.version, meeting_input(world, place="חדר 4"))


def test_fourteen_days_of_notice_unless_urgent(world: World) -> None:
    committees = world.services("coordinator").committees
    m = committees.create_meeting(meeting_input(world, days=10))
    with pytest.raises(ValidationError) as exc:
        committees.add_case(m.id, case_input(world))
    assert exc.value.code == "parent_notice_too_short" and exc.value.params["days"] == 10
    urgent = committees.add_case(m.id, case_input(world, reason="urgent"))
    assert urgent.reason == "urgent"
    with pytest.raises(ValidationError) as exc:  # no longer urgent: the 14 days again
        committees.update_case(urgent.id, urgent.version, case_input(world, reason="review"))
    assert exc.value.code == "parent_notice_too_short"
    far = committees.create_meeting(meeting_input(world, days=30))
    committees.add_case(far.id, case_input(world))
    with pytest.raises(ValidationError) as exc:  # moved nearer
        committees.update_meeting(far.id, far.version, meeting_input(world, days=5))
    assert exc.value.code == "parent_notice_too_short" and exc.value.params["days"] == 5


def test_move_and_remove_cases_keep_the_agenda_in_order(world: World) -> None:
    _m, (_cohen, haddad) = scheduled(world, families=("cohen", "haddad"))
    committees = world.services("coordinator").committees
    moved = committees.move_case(haddad.id, haddad.version, 1)
    assert [c.file_id for c in moved.cases] == [world.files["haddad"], world.files["cohen"]]
    assert [c.position for c in moved.cases] == [1, 2]
    with pytest.raises(ConflictError):
        committees.move_case(haddad.id, haddad.version, 2)
    first = moved.cases[0]
    after = committees.remove_case(first.id, first.version)
    assert [(c.file_id, c.position) for c in after.cases] == [(world.files["cohen"], 1)]


def test_a_hidden_files_case_never_appears(world: World) -> None:
    m, (_cohen, haddad) = scheduled(world, families=("cohen", "haddad"))
    north = world.services("north_worker").committees
    assert [c.file_id for c in north.meeting(m.id).cases] == [world.files["cohen"]]
    assert [r.cases for r in north.meetings()] == [1]
    assert [r.cases for r in world.services("coordinator").committees.meetings()] == [2]
    with pytest.raises(NotFound):
        north.protocol(haddad.id)
    with pytest.raises((NotFound, PermissionDenied)):
        north.file_committees(world.files["haddad"])
    assert [c.file_id for c in world.services("south_worker").committees.meeting(m.id).cases] == \
        [world.files["haddad"]]


# ---- participants and invitations -------------------------------------------------------------------------

def test_suggested_participants_parents_in_their_language_the_minor_and_the_worker(world: World) -> None:
    with world.admin_db.session() as s:
        father = s.get(Person, world.persons["haddad_father"])
        assert father is not None
        father.preferred_language, father.sex = "ar", "m"
    _m, (_cohen, haddad) = scheduled(world, families=("cohen", "haddad"))
    committees = world.services("coordinator").committees
    suggested = committees.suggested_participants(haddad.id)
    assert [(p.kind, p.language, p.person_id, p.user_id) for p in suggested] == [
        ("father", "ar", world.persons["haddad_father"], None),
        ("minor", "he", world.persons["haddad_child"], None),
        ("family_worker", "he", None, world.users["south_worker"].id)]
    assert suggested[0].name == "أحمد حداد" and suggested[0].phone == "050-0000004"
    assert suggested[0].address.startswith("רחוב הדקל 1")
    added = committees.add_participant(haddad.id, suggested[0])
    assert [p.kind for p in committees.suggested_participants(haddad.id)] == ["minor", "family_worker"]
    assert added.language == "ar" and added.invited_on is None


def test_file_children_are_the_files_children_only(world: World) -> None:
    children = world.services("coordinator").committees.file_children(world.files["haddad"])
    assert [c.id for c in children] == [world.persons["haddad_child"]]
    with pytest.raises(PermissionDenied):
        world.services("club").committees.file_children(world.files["haddad"])


def test_add_participants_all_or_none(world: World) -> None:
    _m, (case,) = scheduled(world)
    committees = world.services("coordinator").committees
    suggested = committees.suggested_participants(case.id)
    unreachable = ParticipantInput(kind="homeroom_teacher", name="מחנכת בלי טלפון")
    before = count(world, CommitteeParticipant)
    with pytest.raises(ValidationError) as exc:
        committees.add_participants(case.id, (*suggested, unreachable))
    assert exc.value.code == "participant_unreachable"
    assert count(world, CommitteeParticipant) == before  # the family was not added half-way
    added = committees.add_participants(case.id, suggested)
    assert [p.kind for p in added] == [p.kind for p in suggested]
    assert committees.suggested_participants(case.id) == []


def test_participant_bad_input(world: World) -> None:
    _m, (case,) = scheduled(world)
    committees = world.services("coordinator").committees
    with pytest.raises(ValidationError) as exc:
        committees.add_participant(case.id, ParticipantInput(kind="homeroom_teacher", name="אורית"))
    assert exc.value.code == "participant_unreachable"
    with pytest.raises(ValidationError) as exc:
        committees.add_participant(case.id, ParticipantInput(kind="other", name="א" * 300, phone="08-1"))
    assert exc.value.code == "too_long" and exc.value.params == {"field": "name", "max": 120}
    with pytest.raises(ValidationError) as exc:
        committees.add_participant(case.id, ParticipantInput(kind="mother", name="רחל", phone="050",
                                                             person_id=world.persons["levi_mother"]))
    assert exc.value.code == "not_a_member"
    assert count(world, CommitteeParticipant) == 0
    teacher = committees.add_participant(case.id, ParticipantInput(
        kind="homeroom_teacher", name="אורית (Orit) כהן-2", organisation=MIXED, address="בית ספר הגפן, רחוב 5"))
    assert teacher.organisation == MIXED and teacher.name == "אורית (Orit) כהן-2"
    confirmed = committees.set_confirmed(teacher.id, teacher.version, True)
    assert confirmed.confirmed and confirmed.version == teacher.version + 1
    with pytest.raises(ConflictError):
        committees.update_participant(teacher.id, teacher.version, ParticipantInput(
            kind="homeroom_teacher", name="אורית", email="orit@example.org"))
    case_after = committees.remove_participant(confirmed.id, confirmed.version)
    assert case_after.participants == ()


def test_invitations_one_letter_per_addressee_in_its_language_and_the_fourteen_days(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    m, (cohen, haddad) = scheduled(world, families=("cohen", "haddad"))
    committees = world.services("coordinator").committees
    he = committees.add_participant(cohen.id, ParticipantInput(kind="father", name="משה כהן", address="רחוב הדקל 1",
                                                               person_id=world.persons["cohen_father"]))
    ar = committees.add_participant(haddad.id, ParticipantInput(kind="father", name="أحمد حداد", language="ar",
                                                                address="רחוב הדקל 1",
                                                                person_id=world.persons["haddad_father"]))
    batch = committees.invitation_batch(m.id, [he.id, ar.id])
    assert [(x.participant_id, x.language, x.addressee_name) for x in batch.letters] == [
        (he.id, "he", "משה כהן"), (ar.id, "ar", "أحمد حداد")]
    assert batch.letters[1].child_name == "ليلى حداد" and batch.letters[0].meeting.place == m.place
    recorded = committees.record_invitations(m.id, [he.id, ar.id])
    assert {p.invited_on for p in recorded} == {TODAY}
    move_today(monkeypatch, m.held_on - timedelta(days=5))  # a parent invited 5 days ahead
    with pytest.raises(ValidationError) as exc:
        committees.record_invitations(m.id, [he.id])
    assert exc.value.code == "parent_notice_too_short" and exc.value.params == {"days": 5, "field": "invited_on"}
    teacher = committees.add_participant(cohen.id, ParticipantInput(kind="school_counsellor", name="יועצת",
                                                                    email="c@example.org", method="email"))
    assert committees.record_invitations(m.id, [teacher.id])[0].invited_on == m.held_on - timedelta(days=5)
    with world.admin_db.session() as s:
        prints = s.scalars(select(AuditEvent.file_id).where(AuditEvent.action == "print",
                                                            AuditEvent.entity == "committee_meeting")).all()
    assert sorted(p or 0 for p in prints) == sorted([world.files["cohen"], world.files["haddad"], world.files["cohen"]])


# ---- the protocol ------------------------------------------------------------------------------------------

def test_protocol_from_draft_to_final_and_the_tasks_on_the_file(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    m, (case,) = scheduled(world, chair="north_head")
    coordinator = world.services("coordinator").committees
    father = coordinator.add_participant(case.id, ParticipantInput(kind="father", name="משה כהן", phone="050-1",
                                                                   person_id=world.persons["cohen_father"]))
    draft = coordinator.save_protocol(case.id, None, ProtocolInput(background="רקע ראשוני"))
    assert not draft.final and draft.decisions == ()
    chair = world.services("north_head").committees
    with pytest.raises(ValidationError) as exc:  # before the meeting's day
        chair.finalise(case.id, draft.version)
    assert exc.value.code == "meeting_not_held_yet"
    move_today(monkeypatch, m.held_on)
    full = complete_protocol(world, attended=(father.id,))
    refusals = [
        (ProtocolInput(), "empty_protocol"),
        (full.__class__(**{**full.__dict__, "decisions": ()}), "no_decision"),
        (full.__class__(**{**full.__dict__, "tasks": (ProtocolTaskInput("א", world.users["north_worker"].id),
                                                      ProtocolTaskInput("ב", None))}), "task_without_owner"),
        (full.__class__(**{**full.__dict__, "votes_for": 2, "votes_against": 2}), "no_majority"),
        (full.__class__(**{**full.__dict__, "district_right_stated": False}), "district_right_not_stated"),
        (full.__class__(**{**full.__dict__, "next_review_on": None}), "required"),
        (full.__class__(**{**full.__dict__, "decisions": (DecisionInput("foster_family", "אומנה"),),
                           "next_review_on": m.held_on + timedelta(days=400)}), "review_too_late"),
    ]
    version = draft.version
    for data, code in refusals:
        saved = coordinator.save_protocol(case.id, version, data)
        version = saved.version
        with pytest.raises(ValidationError) as exc:
            chair.finalise(case.id, version)
        assert exc.value.code == code
        if code == "task_without_owner":
            assert exc.value.params["position"] == 2
        if code == "review_too_late":
            assert exc.value.params["months"] == 12
    saved = coordinator.save_protocol(case.id, version, full)
    assert saved.discussion == MIXED and saved.decisions[0].items == ("מועדונית טיפולית, 5 ימים", "הדרכת הורים")
    for who in ("coordinator", "manager"):  # only the meeting's chair finalises
        with pytest.raises(PermissionDenied) as denied:
            world.services(who).committees.finalise(case.id, saved.version)
        assert denied.value.code == "not_the_chair"
    with pytest.raises(NotFound):  # the other team's head does not even see the case
        world.services("south_head").committees.finalise(case.id, saved.version)
    final = chair.finalise(case.id, saved.version)
    assert final.final and final.finalised_by is not None and final.finalised_by.id == world.users["north_head"].id
    assert [t.task_id is not None for t in final.tasks] == [True]
    tasks = world.services("north_worker").tasks.my_open_tasks()
    assert [(t.title, t.file_id, t.due_date) for t in tasks] == [
        ("רישום למועדונית", world.files["cohen"], TODAY + timedelta(days=40))]
    assert world.services("coordinator").committees.meeting(m.id).status == "held"
    assert coordinator.meeting(m.id).cases[0].participants[0].attended
    # read-only from now on
    for call in (lambda: coordinator.save_protocol(case.id, final.version, full),
                 lambda: coordinator.add_participant(case.id, ParticipantInput(kind="other", name="x", phone="1")),
                 lambda: coordinator.update_case(case.id, case.version, case_input(world)),
                 lambda: coordinator.remove_case(case.id, case.version),
                 lambda: coordinator.set_confirmed(father.id, father.version + 1, True)):
        with pytest.raises(ValidationError) as exc:
            call()
        assert exc.value.code == "protocol_final"
    with pytest.raises(ValidationError) as exc:
        chair.finalise(case.id, final.version)
    assert exc.value.code == "protocol_final"
    with_addendum = chair.add_addendum(case.id, "תיקון: תאריך הדיון הבא (Review) נקבע מחדש")
    assert [a.text for a in with_addendum.addenda] == ["תיקון: תאריך הדיון הבא (Review) נקבע מחדש"]
    with pytest.raises(PermissionDenied):
        world.services("north_worker").committees.add_addendum(case.id, "x")
    form = coordinator.protocol_form(case.id, addressee_id=father.id)
    assert form.addressee is not None and form.addressee.id == father.id
    assert form.family_worker_name == "דנה צפונית" and form.protocol.final
    coordinator.record_output(case.id, "decision_letter")
    with pytest.raises(ValidationError):
        coordinator.record_output(case.id, "no_such_form")


def test_addendum_only_on_a_final_protocol_and_task_owner_must_see_the_file(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    m, (case,) = scheduled(world, chair="manager")
    coordinator = world.services("coordinator").committees
    with pytest.raises(ValidationError) as exc:  # the south worker cannot see the Cohen file
        coordinator.save_protocol(case.id, None, complete_protocol(
            world, tasks=(ProtocolTaskInput("ביקור בית", world.users["south_worker"].id),)))
    assert exc.value.code == "assignee_cannot_see_file"
    draft = coordinator.save_protocol(case.id, None, complete_protocol(world))
    with pytest.raises(ValidationError) as exc:
        coordinator.add_addendum(case.id, "תיקון")
    assert exc.value.code == "protocol_not_final"
    move_today(monkeypatch, m.held_on)
    final = world.services("manager").committees.finalise(case.id, draft.version)
    assert coordinator.add_addendum(case.id, "תיקון").addenda[0].author.id == world.users["coordinator"].id
    assert count(world, Task) == 1 and final.tasks[0].task_id is not None


def test_cancelled_meeting_protocol_refused(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    m, (case,) = scheduled(world)
    coordinator = world.services("coordinator").committees
    coordinator.cancel_meeting(m.id, m.version, "סגר")
    with pytest.raises(ValidationError) as exc:
        coordinator.save_protocol(case.id, None, complete_protocol(world))
    assert exc.value.code == "meeting_cancelled"
    move_today(monkeypatch, m.held_on)
    with pytest.raises(ValidationError) as exc:
        world.services("manager").committees.finalise(case.id, 1)
    assert exc.value.code == "meeting_cancelled"
    assert count(world, CommitteeProtocol) == 0


# ---- placements, follow-up, the file tab ------------------------------------------------------------------

def test_placements_follow_up_and_the_file_tab(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    worker = world.services("south_worker").committees
    placed = worker.record_placement(PlacementInput(world.files["haddad"], world.persons["haddad_child"],
                                                    "foster_family", TODAY - timedelta(days=350)))
    assert placed.annual_review_on == add_months(TODAY - timedelta(days=350), 12)
    with pytest.raises(ValidationError) as exc:
        worker.record_placement(PlacementInput(world.files["haddad"], world.persons["haddad_child"],
                                               "residential", TODAY))
    assert exc.value.code == "placement_open"
    with pytest.raises(ValidationError) as exc:
        worker.record_placement(PlacementInput(world.files["haddad"], world.persons["haddad_father"],
                                               "residential", TODAY))
    assert exc.value.code == "not_a_member"
    with pytest.raises(ValidationError) as exc:
        worker.record_placement(PlacementInput(world.files["haddad"], world.persons["haddad_child"],
                                               "residential", TODAY + timedelta(days=1)))
    assert exc.value.code == "date_future"
    # a Cohen hearing whose task is overdue and whose next review falls within 30 days
    m, (case,) = scheduled(world, chair="manager")
    coordinator = world.services("coordinator").committees
    draft = coordinator.save_protocol(case.id, None, complete_protocol(world, next_review=25))
    move_today(monkeypatch, m.held_on)
    world.services("manager").committees.finalise(case.id, draft.version)
    day = m.held_on + timedelta(days=45)
    follow = coordinator.follow_up(day)
    assert [(t.file_id, t.title, t.days_overdue) for t in follow.overdue_tasks] == [
        (world.files["cohen"], "רישום למועדונית", (day - (TODAY + timedelta(days=40))).days)]
    assert {(r.child_id, r.source) for r in follow.reviews} == {
        (world.persons["cohen_child"], "protocol"), (world.persons["haddad_child"], "placement")}
    assert [r.due_on for r in follow.reviews] == sorted(r.due_on for r in follow.reviews)
    # each worker sees only her own team's file
    north = world.services("north_worker").committees.follow_up(day)
    assert {r.file_id for r in north.reviews} == {world.files["cohen"]}
    south = world.services("south_worker").committees.follow_up(day)
    assert {r.file_id for r in south.reviews} == {world.files["haddad"]} and south.overdue_tasks == ()
    tab = world.services("north_worker").committees.file_committees(world.files["cohen"])
    assert [(h.case_id, h.protocol_status, h.meeting_status) for h in tab.hearings] == [(case.id, "final", "held")]
    assert tab.hearings[0].decisions[0].kind == "community_plan"
    assert tab.next_review_on == m.held_on + timedelta(days=25)
    ended = worker.end_placement(placed.id, placed.version, TODAY, "חזרה הביתה")
    assert ended.ended_on == TODAY and ended.annual_review_on is None
    assert {r.child_id for r in coordinator.follow_up(day).reviews} == {world.persons["cohen_child"]}


def test_follow_up_one_review_per_child_from_its_last_hearing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later hearing replaces the earlier protocol's review; a placed child heard since her placement has
    her review from that hearing, not from the placement (shown with the placement's setting)."""
    world.services("south_worker").committees.record_placement(PlacementInput(
        world.files["haddad"], world.persons["haddad_child"], "foster_family", TODAY - timedelta(days=350)))
    coordinator, chair = world.services("coordinator").committees, world.services("manager").committees
    first, (cohen1,) = scheduled(world, days=20)
    second, (cohen2, haddad) = scheduled(world, families=("cohen", "haddad"), days=40)
    d1 = coordinator.save_protocol(cohen1.id, None, complete_protocol(world, tasks=(), next_review=10))
    move_today(monkeypatch, first.held_on)
    chair.finalise(cohen1.id, d1.version)
    assert [r.child_id for r in coordinator.follow_up(first.held_on).reviews] == [
        world.persons["haddad_child"], world.persons["cohen_child"]]  # the placement's review is the sooner
    move_today(monkeypatch, second.held_on)
    for case, review in ((cohen2, 180), (haddad, 25)):
        draft = coordinator.save_protocol(case.id, None, complete_protocol(world, tasks=(), next_review=review))
        chair.finalise(case.id, draft.version)
    reviews = coordinator.follow_up(second.held_on + timedelta(days=1)).reviews
    assert [(r.child_id, r.source, r.setting, r.last_hearing_on) for r in reviews] == [
        (world.persons["haddad_child"], "protocol", "foster_family", second.held_on)]


def test_follow_up_says_when_more_were_due_than_it_lists(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page lists the most urgent FOLLOW_UP_ROWS of each kind and says whether more were due (here the
    page is made one row long)."""
    coordinator, chair = world.services("coordinator").committees, world.services("manager").committees
    m, (cohen, haddad) = scheduled(world, families=("cohen", "haddad"))
    for case, worker in ((cohen, "north_worker"), (haddad, "south_worker")):
        task = ProtocolTaskInput("רישום למועדונית", world.users[worker].id, TODAY + timedelta(days=40))
        draft = coordinator.save_protocol(case.id, None, complete_protocol(world, tasks=(task,), next_review=10))
        move_today(monkeypatch, m.held_on)
        chair.finalise(case.id, draft.version)
    later = m.held_on + timedelta(days=60)  # every task overdue, both reviews past
    full = coordinator.follow_up(later)
    assert len(full.overdue_tasks) >= 2 and len(full.reviews) == 2
    assert not full.more_tasks and not full.more_reviews
    monkeypatch.setattr("models.committees.service.FOLLOW_UP_ROWS", 1)
    cut = coordinator.follow_up(later)
    assert cut.more_tasks and cut.more_reviews
    assert cut.overdue_tasks == full.overdue_tasks[:1] and cut.reviews == full.reviews[:1]


def test_a_team_head_chair_finalising_marks_her_planned_meeting_held(world: World,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    m, (case,) = scheduled(world, chair="north_head")
    draft = world.services("coordinator").committees.save_protocol(case.id, None, complete_protocol(world))
    assert world.services("coordinator").committees.meeting(m.id).status == "planned"  # drafted ahead of the day
    move_today(monkeypatch, m.held_on)
    final = world.services("north_head").committees.finalise(case.id, draft.version)
    assert final.final and world.services("north_head").committees.meeting(m.id).status == "held"

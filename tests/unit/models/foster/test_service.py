"""FosterService on both backends: a referral from a committee's out-of-home decision; an emergency without
one (refused to a family worker, made by the youth-law worker with its reason and a Task for the committee,
closed when the decision is attached); the pipeline to "placed" (the committees' Placement, the annual review
on the committee's follow-up) and "ended" (the Placement ended); moves back only with a reason; two workers
moving one referral at once; every bad input refused with its code and nothing saved; documents, visits, the
page, the file tab, the forms' data; who reads what."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from models.audit.entities import AuditEvent
from models.committees.entities import Placement
from models.committees.rules import add_months, annual_review_due
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.foster.dto import FosterMove, FosterReferralDTO
from models.foster.entities import FosterDocument, FosterReferral, FosterReferralEvent, FosterVisit
from models.tasks.entities import Task
from tests.support import World
from tests.unit.models.foster.fosterworld import (
    PDF,
    TODAY,
    emergency_input,
    out_of_home_decision,
    placed,
    referral_input,
)


def count(w: World, entity: type) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def counts(w: World) -> tuple[int, ...]:
    return tuple(count(w, e) for e in (FosterReferral, FosterReferralEvent, FosterDocument, FosterVisit, Placement,
                                       Task))


def to_placed(w: World, who: str, r: FosterReferralDTO, on: Any = None) -> FosterReferralDTO:
    foster = w.services(who).foster
    day = on or TODAY - timedelta(days=5)
    r = foster.move(r.id, r.version, FosterMove("sent", day - timedelta(days=20)))
    r = foster.move(r.id, r.version, FosterMove("assessment", day - timedelta(days=15)))
    r = foster.move(r.id, r.version, FosterMove("proposed", day - timedelta(days=10)))
    r = foster.move(r.id, r.version, FosterMove("matched", day - timedelta(days=5)))
    return foster.move(r.id, r.version, placed(day))


# ---- creation ----------------------------------------------------------------------------------------------

def test_a_referral_from_a_final_out_of_home_decision(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, held_on = out_of_home_decision(world, monkeypatch)
    foster = world.services("north_worker").foster
    options = foster.decision_options(world.files["cohen"], world.persons["cohen_child"])
    assert [(o.decision_id, o.kind, o.held_on, o.has_referral, o.child.first_name) for o in options] == [
        (decision, "foster_family", held_on, False, "מרים")]
    assert [o.decision_id for o in foster.referrals().awaiting_referral] == [decision]
    assert world.services("south_worker").foster.referrals().awaiting_referral == ()  # not her team's file
    assert [o.decision_id for o in world.services("manager").foster.referrals().awaiting_referral] == [decision]
    r = foster.create(referral_input(world, decision_id=decision))
    assert (r.status, r.kind, r.status_on, r.committee_missing, r.committee_due_on, r.committee_task_id) == (
        "draft", "long_term", TODAY, False, None, None)
    assert r.decision is not None and r.decision.decision_id == decision and r.decision.has_referral
    assert r.worker is not None and r.worker.id == world.users["north_worker"].id
    assert r.child.first_name == "מרים" and r.file_number and r.family_name == "משפחת כהן"
    assert [(e.from_status, e.to_status, e.moved_by) for e in r.events] == [("", "draft", "דנה צפונית")]
    assert r.next_statuses == ("sent",)
    assert r.changes().foster == {r.id} and r.changes().files == {world.files["cohen"]}
    assert foster.referrals().awaiting_referral == ()
    assert foster.decision_options(world.files["cohen"], world.persons["cohen_child"])[0].has_referral
    # one open referral per child
    with pytest.raises(ValidationError) as exc:
        foster.create(referral_input(world, decision_id=decision))
    assert (exc.value.code, exc.value.params["field"]) == ("foster_open", "child_id")
    assert count(world, FosterReferral) == 1


def test_a_draft_protocols_or_community_decision_is_no_option(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_decision, _ = out_of_home_decision(world, monkeypatch, final=False)
    community, _ = out_of_home_decision(world, monkeypatch, kind="community_plan", days=30)
    haddad, _ = out_of_home_decision(world, monkeypatch, family="haddad", days=40)
    foster = world.services("north_worker").foster
    assert foster.decision_options(world.files["cohen"], world.persons["cohen_child"]) == []
    before = counts(world)
    for decision in (draft_decision, community, haddad):
        with pytest.raises(ValidationError) as exc:
            foster.create(referral_input(world, decision_id=decision))
        assert (exc.value.code, exc.value.params["field"]) == ("invalid_choice", "decision_id")
    assert counts(world) == before


def test_emergency_without_a_decision_is_refused_to_a_family_worker(world: World) -> None:
    before = counts(world)
    with pytest.raises(PermissionDenied):
        world.services("north_worker").foster.create(emergency_input(world))
    assert counts(world) == before
    with world.admin_db.session() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.allowed.is_(False))).all()
    assert [(e.action, e.user_name) for e in denied] == [("emergency_foster", world.name("north_worker"))]


def test_emergency_by_the_youth_law_worker_demands_the_committee(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    foster = world.services("youth_law").foster
    r = foster.create(emergency_input(world))
    assert r.kind == "emergency" and r.decision is None and r.committee_missing
    assert r.committee_due_on == TODAY + timedelta(days=7)
    assert r.emergency_reason == "סכנה מיידית: הוצאה בצו חירום"
    assert r.committee_task_id is not None and r.changes().tasks == {r.committee_task_id}
    mine = world.services("youth_law").tasks.my_open_tasks()
    assert [(t.id, t.title) for t in mine] == [(r.committee_task_id,
                                               "Bring the emergency foster referral to the committee")]
    with world.admin_db.session() as s:
        task = s.get(Task, r.committee_task_id)
        assert task is not None
        assert (task.title, task.due_date, task.assignee_id, task.done, task.file_id) == (
            "Bring the emergency foster referral to the committee", TODAY + timedelta(days=7),
            world.users["youth_law"].id, False, world.files["cohen"])
    assert [row.committee_missing for row in foster.referrals().rows] == [True]
    # the committee decides: the decision is attached, the task is done, nothing is due any more
    decision, _ = out_of_home_decision(world, monkeypatch)
    with pytest.raises(ConflictError):
        foster.attach_decision(r.id, r.version + 1, decision)
    attached = foster.attach_decision(r.id, r.version, decision)
    assert not attached.committee_missing and attached.committee_due_on is None
    assert attached.decision is not None and attached.decision.decision_id == decision
    with world.admin_db.session() as s:
        task = s.get(Task, r.committee_task_id)
        assert task is not None and task.done and task.done_at is not None
    assert world.services("youth_law").tasks.my_open_tasks() == []
    with pytest.raises(ValidationError) as exc:  # attached once
        foster.attach_decision(r.id, attached.version, decision)
    assert exc.value.code == "invalid_choice"


@pytest.mark.parametrize(("changes", "code", "field"), [
    ({"kind": "long_term"}, "decision_required", "decision_id"),
    ({"emergency_reason": "   "}, "emergency_reason_required", "emergency_reason"),
    ({"kind": "weekly"}, "invalid_choice", "kind"),
    ({"kind": ""}, "required", "kind"),
    ({"service_name": "  "}, "required", "service_name"),
    ({"service_name": "ש" * 201}, "too_long", "service_name"),
    ({"reason": ""}, "required", "reason"),
    ({"reason": "bad\x00text"}, "text_control_character", "reason"),
])
def test_bad_emergency_input_is_refused_and_nothing_saved(world: World, changes: dict[str, object], code: str,
                                                          field: str) -> None:
    before = counts(world)
    with pytest.raises(ValidationError) as exc:
        world.services("youth_law").foster.create(emergency_input(world, **changes))  # type: ignore[arg-type]
    assert (exc.value.code, exc.value.params["field"]) == (code, field)
    assert counts(world) == before


def test_a_child_of_another_file_or_a_parent_is_refused(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    foster = world.services("youth_law").foster
    before = counts(world)
    with pytest.raises(ValidationError) as exc:
        foster.create(emergency_input(world, child_id=world.persons["cohen_father"]))
    assert (exc.value.code, exc.value.params["field"]) == ("not_a_member", "child_id")
    with pytest.raises(ValidationError) as exc:
        foster.create(emergency_input(world, child_id=world.persons["haddad_child"]))
    assert exc.value.code == "not_a_member"
    with pytest.raises(ValidationError) as exc:  # a worker who may not see the file
        foster.create(emergency_input(world, worker_id=world.users["south_worker"].id))
    assert (exc.value.code, exc.value.params["field"]) == ("invalid_choice", "worker_id")
    with pytest.raises(ValidationError) as exc:  # a role that writes no referral
        foster.create(emergency_input(world, worker_id=world.users["coordinator"].id))
    assert exc.value.code == "invalid_choice"
    assert counts(world) == before
    # another team's file is not there for her
    with pytest.raises((NotFound, PermissionDenied)):
        foster.create(emergency_input(world, family="haddad"))
    assert counts(world) == before


# ---- the pipeline ------------------------------------------------------------------------------------------

def test_the_whole_pipeline_places_the_child_and_the_committee_follows_up(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, held_on = out_of_home_decision(world, monkeypatch, review_in_a_year=True)
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    on = TODAY - timedelta(days=5)
    r = to_placed(world, "north_worker", r, on)
    assert (r.status, r.placed_on, r.foster_family_code, r.foster_locality, r.next_statuses) == (
        "placed", on, "FF-1021", "עין הבשור", ("ended",))
    assert r.sent_on == on - timedelta(days=20)
    assert [e.to_status for e in r.events] == ["draft", "sent", "assessment", "proposed", "matched", "placed"]
    assert r.annual_review_on == annual_review_due(on, held_on) == add_months(held_on, 12)
    assert r.placement_id is not None
    committees = world.services("north_worker").committees
    (placement,) = committees.placements(world.files["cohen"])
    assert (placement.id, placement.setting, placement.started_on, placement.decision_id, placement.ended_on) == (
        r.placement_id, "foster_family", on, decision, None)
    assert placement.annual_review_on == r.annual_review_on
    day = r.annual_review_on - timedelta(days=15)  # about eleven and a half months on
    reviews = world.services("coordinator").committees.follow_up(day).reviews
    assert [(v.child_id, v.due_on) for v in reviews] == [(world.persons["cohen_child"], r.annual_review_on)]
    # from "placed" only ending; it ends the placement too
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("matched", TODAY, reason="טעות"))
    assert exc.value.code == "placed_final"
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("ended", TODAY))
    assert (exc.value.code, exc.value.params["field"]) == ("required", "end_reason")
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("ended", on - timedelta(days=1), end_reason="returned_home"))
    assert exc.value.code == "ended_before_started"
    ended = foster.move(r.id, r.version, FosterMove("ended", TODAY, reason="שב לבית האב", end_reason="returned_home"))
    assert (ended.status, ended.ended_on, ended.end_reason, ended.next_statuses) == ("ended", TODAY, "returned_home", ())
    (placement,) = committees.placements(world.files["cohen"])
    assert placement.ended_on == TODAY and placement.end_reason == "returned_home: שב לבית האב"
    assert placement.annual_review_on is None
    # a new referral of the child may now be made
    again = foster.create(referral_input(world, decision_id=decision, kind="short_term"))
    assert again.status == "draft"


def test_an_emergency_placement_puts_the_annual_review_on_the_follow_up(world: World) -> None:
    foster = world.services("youth_law").foster
    r = foster.create(emergency_input(world))
    on = TODAY - timedelta(days=3)
    r = foster.move(r.id, r.version, FosterMove("sent", on))
    r = foster.move(r.id, r.version, placed(on))  # the service places the child at once
    assert r.annual_review_on == add_months(on, 12) and r.committee_missing
    coordinator = world.services("coordinator").committees
    day = add_months(on, 12) - timedelta(days=15)
    reviews = coordinator.follow_up(day).reviews
    assert [(v.child_id, v.source, v.due_on, v.setting) for v in reviews] == [
        (world.persons["cohen_child"], "placement", add_months(on, 12), "foster_family")]
    assert [v.child_id for v in world.services("south_worker").committees.follow_up(day).reviews] == []
    r = foster.move(r.id, r.version, FosterMove("ended", TODAY, end_reason="moved_placement"))
    assert coordinator.follow_up(day).reviews == ()


def test_moves_back_need_a_reason_and_rejection_its_code(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, _ = out_of_home_decision(world, monkeypatch)
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    before = counts(world)
    with pytest.raises(ValidationError) as exc:  # a draft is sent first
        foster.move(r.id, r.version, FosterMove("matched", TODAY))
    assert (exc.value.code, exc.value.params["field"]) == ("status_not_allowed", "to_status")
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("placed", TODAY, foster_family_code="X", foster_locality="Y"))
    assert exc.value.code == "status_not_allowed"
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("sent", TODAY + timedelta(days=1)))
    assert (exc.value.code, exc.value.params["field"]) == ("date_future", "on")
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("flying", TODAY))
    assert (exc.value.code, exc.value.params["field"]) == ("invalid_choice", "to_status")
    assert counts(world) == before
    r = foster.move(r.id, r.version, FosterMove("sent", TODAY))
    r = foster.move(r.id, r.version, FosterMove("matched", TODAY))  # skips forward
    before = counts(world)
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("proposed", TODAY, reason="  "))
    assert (exc.value.code, exc.value.params["field"]) == ("reason_required", "reason")
    for bad in (FosterMove("placed", TODAY, foster_locality="עין הבשור"),
                FosterMove("placed", TODAY, foster_family_code="FF-1")):
        with pytest.raises(ValidationError) as exc:
            foster.move(r.id, r.version, bad)
        assert exc.value.code == "required"
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("rejected", TODAY))
    assert (exc.value.code, exc.value.params["field"]) == ("required", "reject_reason")
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, FosterMove("rejected", TODAY, reject_reason="too_old"))
    assert exc.value.code == "invalid_choice"
    assert counts(world) == before
    back = foster.move(r.id, r.version, FosterMove("proposed", TODAY, reason="המשפחה חזרה בה"))
    assert (back.status, back.status_reason) == ("proposed", "המשפחה חזרה בה")
    assert back.events[-1].reason == "המשפחה חזרה בה" and back.events[-1].from_status == "matched"
    rejected = foster.move(back.id, back.version, FosterMove("rejected", TODAY, reject_reason="no_family_found"))
    assert (rejected.status, rejected.reject_reason, rejected.next_statuses) == ("rejected", "no_family_found", ())
    with pytest.raises(ValidationError) as exc:
        foster.update(rejected.id, rejected.version, referral_input(world, decision_id=decision))
    assert exc.value.code == "status_not_allowed"


def test_a_child_with_an_open_placement_is_not_placed_twice(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from models.committees.dto import PlacementInput

    decision, _ = out_of_home_decision(world, monkeypatch)
    world.services("north_worker").committees.record_placement(PlacementInput(
        world.files["cohen"], world.persons["cohen_child"], "residential", TODAY - timedelta(days=30), decision))
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    r = foster.move(r.id, r.version, FosterMove("sent", TODAY))
    before = counts(world)
    with pytest.raises(ValidationError) as exc:
        foster.move(r.id, r.version, placed(TODAY))
    assert exc.value.code == "placement_open"
    assert counts(world) == before
    assert foster.referral(r.id).status == "sent"


def test_two_workers_moving_one_referral_at_once_one_wins(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, _ = out_of_home_decision(world, monkeypatch)
    r = world.services("north_worker").foster.create(referral_input(world, decision_id=decision))
    r = world.services("north_worker").foster.move(r.id, r.version, FosterMove("sent", TODAY))
    together = threading.Barrier(2)
    results: dict[str, object] = {}

    def move(who: str, to: str) -> None:
        foster = world.services(who).foster
        together.wait(timeout=20)
        try:
            results[who] = foster.move(r.id, r.version, FosterMove(to, TODAY)).status
        except ConflictError as exc:
            results[who] = exc

    threads = [threading.Thread(target=move, args=("north_worker", "assessment")),
               threading.Thread(target=move, args=("north_head", "proposed"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(type(v).__name__ for v in results.values()) == ["ConflictError", "str"], results
    winner = next(v for v in results.values() if isinstance(v, str))
    now = world.services("north_worker").foster.referral(r.id)
    assert now.status == winner and now.version == r.version + 1
    assert [e.to_status for e in now.events] == ["draft", "sent", winner]
    # the loser, told, moves again from what is there now
    loser = next(k for k, v in results.items() if isinstance(v, ConflictError))
    again = world.services(loser).foster.move(now.id, now.version, FosterMove("matched", TODAY))
    assert again.status == "matched"


def test_a_stale_version_is_a_conflict_and_nothing_is_saved(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, _ = out_of_home_decision(world, monkeypatch)
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    moved = world.services("north_head").foster.move(r.id, r.version, FosterMove("sent", TODAY))
    before = counts(world)
    with pytest.raises(ConflictError):
        foster.move(r.id, r.version, FosterMove("sent", TODAY))
    with pytest.raises(ConflictError):
        foster.update(r.id, r.version, referral_input(world, decision_id=decision, service_name="אחר"))
    assert counts(world) == before
    assert foster.referral(r.id).version == moved.version


def test_update_keeps_file_child_and_decision(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, _ = out_of_home_decision(world, monkeypatch)
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    changed = foster.update(r.id, r.version, referral_input(
        world, decision_id=decision, kind="kinship", service_name="אומנת קרובים - מחוז דרום",
        contact_arrangements="פעמיים בחודש", worker_id=world.users["north_worker2"].id))
    assert (changed.kind, changed.service_name, changed.contact_arrangements, changed.version) == (
        "kinship", "אומנת קרובים - מחוז דרום", "פעמיים בחודש", r.version + 1)
    assert changed.worker is not None and changed.worker.id == world.users["north_worker2"].id
    for bad, field in (({"child_id": world.persons["cohen_father"]}, "child_id"),
                       ({"decision_id": decision + 1000}, "decision_id")):
        with pytest.raises(ValidationError) as exc:
            foster.update(r.id, changed.version, referral_input(world, **{"decision_id": decision, **bad}))  # type: ignore[arg-type]
        assert (exc.value.code, exc.value.params["field"]) == ("invalid_choice", field)


# ---- documents and visits ----------------------------------------------------------------------------------

def test_documents_are_pdfs_and_visits_are_not_in_the_future(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    foster = world.services("youth_law").foster
    r = foster.create(emergency_input(world))
    before = counts(world)
    for content, code in ((b"GIF89a", "not_pdf"), (b"", "not_pdf"), (b"%PDF-" + b"x" * (10 * 1024 * 1024), "too_large")):
        with pytest.raises(ValidationError) as exc:
            foster.add_document(r.id, "assessment", "הערכה", "a.pdf", content)
        assert (exc.value.code, exc.value.params["field"]) == (code, "content")
    with pytest.raises(ValidationError) as exc:
        foster.add_document(r.id, "selfie", "הערכה", "a.pdf", PDF)
    assert exc.value.code == "invalid_choice"
    with pytest.raises(ValidationError) as exc:
        foster.add_document(r.id, "assessment", " ", "a.pdf", PDF)
    assert (exc.value.code, exc.value.params["field"]) == ("required", "title")
    with pytest.raises(ValidationError) as exc:
        foster.add_visit(r.id, TODAY + timedelta(days=1), "parents_visit", "האב", "")
    assert (exc.value.code, exc.value.params["field"]) == ("date_future", "visited_on")
    with pytest.raises(ValidationError) as exc:
        foster.add_visit(r.id, TODAY, "party", "האב", "")
    assert exc.value.code == "invalid_choice"
    assert counts(world) == before
    with_doc = foster.add_document(r.id, "assessment", "הערכת מסוכנות", "risk.pdf", PDF)
    with_doc = foster.add_document(r.id, "medical", "סיכום רפואי", "med.pdf", PDF + b"2")
    assert [(d.kind, d.title, d.filename, d.size, d.added_by) for d in with_doc.documents] == [
        ("assessment", "הערכת מסוכנות", "risk.pdf", len(PDF), "אורי חוק-הנוער"),
        ("medical", "סיכום רפואי", "med.pdf", len(PDF) + 1, "אורי חוק-הנוער")]
    assert world.services("north_worker").foster.document(with_doc.documents[0].id) == PDF
    assert foster.attachments(r.id) == [("הערכת מסוכנות", PDF), ("סיכום רפואי", PDF + b"2")]
    removed = world.services("north_worker").foster.remove_document(with_doc.documents[0].id)
    assert [d.title for d in removed.documents] == ["סיכום רפואי"]
    visited = foster.add_visit(r.id, TODAY - timedelta(days=2), "parents_visit", "האב והילדה", "מפגש טוב")
    visited = foster.add_visit(r.id, TODAY, "phone_call", "משפחת האומנה", "")
    assert [(v.visited_on, v.kind, v.with_whom, v.recorded_by) for v in visited.visits] == [
        (TODAY, "phone_call", "משפחת האומנה", "אורי חוק-הנוער"),
        (TODAY - timedelta(days=2), "parents_visit", "האב והילדה", "אורי חוק-הנוער")]
    with world.admin_db.session() as s:
        exports = s.scalars(select(AuditEvent.entity).where(AuditEvent.action == "export")).all()
    assert sorted(exports) == ["foster_document", "foster_referral"]


# ---- the page, the tab, the forms --------------------------------------------------------------------------

def test_the_page_in_pipeline_order_youngest_first_with_counts(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from models.families.dto import NewFamilyFile
    from models.people.dto import PersonInput

    manager = world.services("manager")
    teams = {t.name: t.id for t in manager.families.teams()}
    younger = manager.people.create(PersonInput(first_name="יונתן", last_name="גולן", birth_date=TODAY - timedelta(days=800),
                                                id_kind="none"))
    older = manager.people.create(PersonInput(first_name="עמית", last_name="גולן", birth_date=None, id_kind="none"))
    golan = manager.families.open_file(NewFamilyFile(family_name="משפחת גולן", team_id=teams["צוות צפון"],
                                                     worker_id=world.users["north_worker"].id, address="",
                                                     locality="", opened_on=TODAY, restricted=False),
                                       [(younger.id, "child"), (older.id, "child")])
    youth = world.services("youth_law").foster
    cohen = youth.create(emergency_input(world))  # born 2015
    young = youth.create(emergency_input(world, child_id=younger.id, file_id=golan.id))
    unknown = youth.create(emergency_input(world, child_id=older.id, file_id=golan.id))
    cohen = youth.move(cohen.id, cohen.version, FosterMove("sent", TODAY))
    haddad = world.services("south_head").foster.create(emergency_input(world, family="haddad"))
    page = youth.referrals()
    assert [r.id for r in page.rows] == [young.id, unknown.id, cohen.id]  # drafts (youngest first), then sent
    assert [r.age_years for r in page.rows][:2] == [2, None] and page.total == 3
    assert page.counts_by_status["draft"] == 2 and page.counts_by_status["sent"] == 1
    assert sum(page.counts_by_status.values()) == 3 and haddad.id not in [r.id for r in page.rows]
    first = page.rows[0]
    assert (first.child_name, first.kind, first.status, first.days_in_status, first.worker_name,
            first.committee_missing) == ("יונתן גולן", "emergency", "draft", 0, "אורי חוק-הנוער", True)
    assert [r.id for r in youth.referrals(status="sent").rows] == [cohen.id]
    assert youth.referrals(status="sent").total == 1
    assert [r.id for r in youth.referrals(offset=1, limit=1).rows] == [unknown.id]
    assert [r.id for r in youth.referrals(query="גולן").rows] == [young.id, unknown.id]
    assert youth.referrals(query="יונתן").total == 1
    assert [r.id for r in youth.referrals(query=cohen.file_number).rows] == [cohen.id]
    assert youth.referrals(query=" / ").rows == () and youth.referrals(query=" / ").total == 0
    assert youth.referrals(query="zzz").total == 0
    assert youth.referrals(kind="long_term").rows == () and youth.referrals(kind="long_term").total == 0
    with pytest.raises(ValidationError):
        youth.referrals(status="flying")
    with pytest.raises(ValidationError):
        youth.referrals(kind="weekly")
    # the manager sees both teams; the head of the south only her team's
    assert {r.id for r in world.services("manager").foster.referrals(status="open").rows} == {
        young.id, unknown.id, cohen.id, haddad.id}
    assert [r.id for r in world.services("south_head").foster.referrals().rows] == [haddad.id]
    with world.admin_db.session() as s:
        listed = s.scalars(select(AuditEvent).where(AuditEvent.action == "list",
                                                    AuditEvent.entity == "foster_referral")).all()
    assert listed and all(e.user_name for e in listed)


def test_the_file_tab_and_the_forms_data(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    decision, held_on = out_of_home_decision(world, monkeypatch)
    foster = world.services("north_worker").foster
    r = foster.create(referral_input(world, decision_id=decision))
    tab = foster.file_referrals(world.files["cohen"])
    assert [x.id for x in tab] == [r.id]
    assert world.services("north_worker").foster.file_referrals(world.files["levi"]) == []
    form = foster.referral_form(r.id)
    assert form.child.first_name == "מרים" and form.child.birth_date is not None and form.child_id_number
    assert [(p.name, p.relation) for p in form.parents] == [("משה כהן", "guardian")]
    assert form.parents[0].phone == "050-0000001" and form.address == "רחוב הדקל 1, עין הבשור"
    assert form.decision_text == "השמה חוץ-ביתית במשפחת אומנה" and form.protocol_held_on == held_on
    assert form.worker_name == "דנה צפונית" and form.worker_role == "family_worker"
    assert form.printed_on == TODAY and form.printed_by == "דנה צפונית" and form.letterhead.municipality
    r = to_placed(world, "north_worker", r)
    r = foster.add_visit(r.id, TODAY, "worker_visit", "משפחת האומנה", "הילדה מסתגלת")
    summary = foster.placement_summary_form(r.id)
    assert [e.to_status for e in summary.events][-1] == "placed" and len(summary.visits) == 1
    assert summary.annual_review_on == r.annual_review_on
    foster.record_output(r.id, "foster_referral", "print")
    with pytest.raises(ValidationError):
        foster.record_output(r.id, "foster_letter", "print")
    with world.admin_db.session() as s:
        printed = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
    assert [(e.entity, e.entity_id, e.file_id) for e in printed] == [("foster_referral", r.id, world.files["cohen"])]


@pytest.mark.parametrize("who", ["coordinator", "club", "intake", "admin"])
def test_roles_without_foster_work_are_refused(world: World, who: str) -> None:
    r = world.services("youth_law").foster.create(emergency_input(world))
    foster = world.services(who).foster
    for call in (lambda: foster.referrals(), lambda: foster.referral(r.id),
                 lambda: foster.file_referrals(world.files["cohen"]),
                 lambda: foster.create(emergency_input(world)),
                 lambda: foster.move(r.id, r.version, FosterMove("sent", TODAY)),
                 lambda: foster.add_visit(r.id, TODAY, "phone_call", "", ""),
                 lambda: foster.document(1), lambda: foster.referral_form(r.id)):
        with pytest.raises(PermissionDenied):
            call()
    assert world.services("youth_law").foster.referral(r.id).version == r.version


def test_another_teams_worker_reads_nothing_of_the_referral(world: World) -> None:
    r = world.services("youth_law").foster.create(emergency_input(world))
    foster = world.services("south_worker").foster
    assert foster.referrals().rows == () and sum(foster.referrals().counts_by_status.values()) == 0
    for call in (lambda: foster.referral(r.id), lambda: foster.file_referrals(world.files["cohen"]),
                 lambda: foster.move(r.id, r.version, FosterMove("sent", TODAY)),
                 lambda: foster.add_document(r.id, "other", "x", "x.pdf", PDF)):
        with pytest.raises((NotFound, PermissionDenied)):
            call()
    assert world.services("youth_law").foster.referral(r.id).version == r.version

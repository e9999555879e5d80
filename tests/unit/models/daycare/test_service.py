"""services.daycare on both backends: the income-level table's dated versions (the version in force by date,
a used version never edited), a toddler's case with its eligibility checked (the age on 1 September shown
when refused, the evidence each ground asks for, the committee's decision), the parents' share computed and
stored with its steps, approval, placement, end, the approval letter's data, who sees what, and nothing saved
when refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.daycare.dto import LevelInput
from models.daycare.entities import DaycareCase, IncomeLevel, IncomeTable
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.people.entities import Person
from tests.support import World
from tests.unit.models.daycare.daycareworld import (
    LEVELS,
    LEVELS_2027,
    TODAY,
    YEAR,
    case_input,
    count,
    make_table,
    move_today,
    new_case,
    protocol,
    toddler,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch)


def _refused(code: str, call: object, *args: object, **kw: object) -> ValidationError:
    assert callable(call)
    with pytest.raises(ValidationError) as exc:
        call(*args, **kw)
    assert exc.value.code == code, exc.value
    return exc.value


# ---- the income-level table --------------------------------------------------------------------------------
def test_versions_and_the_one_in_force_on_a_day(world: World) -> None:
    old = make_table(world, date(2026, 1, 1))
    new = make_table(world, date(2027, 9, 1), LEVELS_2027, who="admin", note="עדכון שנת הלימודים")
    worker = world.services("north_worker").daycare
    assert [t.valid_from for t in worker.income_tables()] == [date(2027, 9, 1), date(2026, 1, 1)]
    assert worker.table_in_force(date(2027, 8, 31)).id == old.id
    assert worker.table_in_force(date(2027, 9, 1)).id == new.id
    assert worker.table_in_force(date(2030, 1, 1)).levels == LEVELS_2027
    _refused("no_income_table", worker.table_in_force, date(2025, 12, 31))
    _refused("table_exists", make_table, world, date(2026, 1, 1))
    assert count(world, IncomeTable) == 2 and count(world, IncomeLevel) == 8


def test_only_the_manager_and_the_administrator_keep_the_table(world: World) -> None:
    for who in ("north_worker", "north_head", "club", "coordinator", "intake"):
        with pytest.raises(PermissionDenied):
            make_table(world, who=who)
    for who in ("coordinator", "club", "intake"):  # no day-care at all: not even to read
        with pytest.raises(PermissionDenied):
            world.services(who).daycare.income_tables()
    assert count(world, IncomeTable) == 0
    t = make_table(world, who="admin")
    assert world.services("admin").daycare.income_tables()[0].id == t.id


@pytest.mark.parametrize(("levels", "code"), [
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 150_000, None, 45_000)), "brackets_overlap"),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 250_000, None, 45_000)), "brackets_gap"),
    ((LevelInput(1, 0, 200_000, -100), LevelInput(2, 200_000, None, 45_000)), "negative_amount"),
    ((LevelInput(1, 0, 200_000, 0), LevelInput(2, 200_000, 300_000, 45_000)), "brackets_open"),
])
def test_bad_brackets_save_nothing(world: World, levels: tuple[LevelInput, ...], code: str) -> None:
    _refused(code, make_table, world, date(2026, 1, 1), levels)
    assert count(world, IncomeTable) == 0 and count(world, IncomeLevel) == 0
    t = make_table(world)
    _refused(code, world.services("manager").daycare.update_table, t.id, t.version, t.valid_from, "", levels)
    assert world.services("manager").daycare.income_tables()[0].levels == LEVELS


def test_a_version_is_edited_until_a_case_uses_it(world: World) -> None:
    manager = world.services("manager").daycare
    t = make_table(world)
    five = (*LEVELS[:3], LevelInput(4, 500_000, 800_000, 160_000), LevelInput(5, 800_000, None, 240_000))
    edited = manager.update_table(t.id, t.version, date(2026, 2, 1), "חמש רמות", five)
    assert (edited.valid_from, edited.note, edited.levels, edited.in_use) == (date(2026, 2, 1), "חמש רמות", five,
                                                                             False)
    with pytest.raises(ConflictError):  # a stale version
        manager.update_table(t.id, t.version, date(2026, 2, 1), "", LEVELS)
    f, child = toddler(world)
    new_case(world, f, child)
    used = manager.income_tables()[0]
    assert used.in_use
    assert world.services("admin").daycare.income_tables()[0].in_use  # the administrator sees no case, but this
    e = _refused("table_in_use", manager.update_table, used.id, used.version, used.valid_from, "", LEVELS)
    assert e.params["on"] == "01/02/2026"
    _refused("table_in_use", world.services("admin").daycare.update_table, used.id, used.version, used.valid_from,
             "note only", five)
    again = manager.income_tables()[0]
    assert (again.version, again.note, again.levels) == (used.version, "חמש רמות", five)
    # a new version from a date instead
    assert make_table(world, date(2027, 1, 1)).levels == LEVELS


# ---- a case: eligibility -----------------------------------------------------------------------------------
def test_a_case_with_its_share_computed_and_stored_step_by_step(world: World) -> None:
    make_table(world, date(2026, 1, 1))
    later = make_table(world, date(2027, 9, 1), LEVELS_2027)
    f, child = toddler(world, date(2025, 6, 15))
    c = new_case(world, f, child)  # 12,400 NIS for 4: 3,100 NIS each, level 2
    assert (c.status, c.age_months, c.school_year, c.worker and c.worker.id) == (
        "draft", 26, YEAR, world.users["north_worker"].id)
    calc = c.calculation
    # the version in force on 1 September of the school year (later than today): the one of 1 September 2027
    assert (calc.table_id, calc.per_person, calc.level, calc.parent_share) == (later.id, 310_000, 2, 55_000)
    assert [(s.label, s.value) for s in calc.steps] == [
        ("household_income", "12,400.00 ₪"), ("household_size", "4"), ("per_person", "3,100.00 ₪"),
        ("table", "01/09/2027"), ("bracket", "2,000.00–3,500.00 ₪"), ("level", "2"), ("share", "550.00 ₪")]
    with world.admin_db.session() as s:  # stored with its steps
        row = s.scalars(select(DaycareCase)).one()
        assert (row.income_table_id, row.income_level, row.parent_share) == (later.id, 2, 55_000)
        assert row.calculation == [{"label": st.label, "value": st.value} for st in calc.steps]
    assert world.services("north_worker").daycare.case(c.id) == c


def test_a_case_during_the_year_uses_the_version_in_force_today(world: World,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_table(world, date(2026, 1, 1))
    make_table(world, date(2027, 9, 1), LEVELS_2027)
    f, child = toddler(world, date(2025, 6, 15))
    c = new_case(world, f, child, school_year=2026)  # 1 September 2026 is past: today's version
    assert (c.calculation.table_id, c.calculation.parent_share, c.age_months) == (first.id, 45_000, 14)


@pytest.mark.parametrize(("birth", "months"), [(date(2024, 8, 1), 37), (date(2024, 9, 1), 36)])
def test_a_toddler_of_36_months_or_more_on_1_september_is_refused_with_the_age(world: World, birth: date,
                                                                               months: int) -> None:
    make_table(world)
    f, child = toddler(world, birth)
    worker = world.services("north_worker").daycare
    e = _refused("too_old", worker.create, case_input(f, child))
    assert (e.params["months"], e.params["on"]) == (months, "01/09/2027")
    assert worker.eligibility(child, YEAR) == (False, months)
    assert count(world, DaycareCase) == 0


def test_35_months_on_1_september_is_eligible(world: World) -> None:
    make_table(world)
    f, child = toddler(world, date(2024, 9, 2))
    assert world.services("north_worker").daycare.eligibility(child, YEAR) == (True, 35)
    assert new_case(world, f, child).age_months == 35


@pytest.mark.parametrize(("changes", "code"), [
    ({"ground": "abuse_neglect", "medical_info": False}, "medical_info_required"),
    ({"ground": "developmental_delay", "specialist_kind": ""}, "specialist_required"),
    ({"committee": "treatment_plan", "protocol_id": None}, "protocol_required"),
    ({"committee_reference": "  "}, "committee_reference_required"),
    ({"monthly_income": -1}, "negative_amount"),
    ({"household_size": 0}, "household_size"),
    ({"ground": "neglect"}, "invalid_choice"),
    ({"ground_detail": ""}, "required"),
])
def test_a_case_without_its_evidence_is_refused_and_nothing_saved(world: World, changes: dict[str, object],
                                                                  code: str) -> None:
    make_table(world)
    f, child = toddler(world)
    _refused(code, world.services("north_worker").daycare.create, case_input(f, child, **changes))
    assert count(world, DaycareCase) == 0


def test_each_ground_with_its_evidence(world: World) -> None:
    make_table(world)
    worker = world.services("north_worker").daycare
    f, child = toddler(world)
    abuse = worker.create(case_input(f, child, ground="abuse_neglect", medical_info=True,
                                     medical_source="מרפאת טיפת חלב"))
    assert (abuse.ground, abuse.medical_info, abuse.medical_source) == ("abuse_neglect", True, "מרפאת טיפת חלב")
    f2, child2 = toddler(world)
    delay = worker.create(case_input(f2, child2, ground="developmental_delay", specialist_kind="paediatrician",
                                     specialist_name="ד״ר בדויה", specialist_on=date(2027, 1, 5)))
    assert (delay.specialist_kind, delay.specialist_on) == ("paediatrician", date(2027, 1, 5))
    f3, child3 = toddler(world)
    _refused("date_future", worker.create, case_input(f3, child3, committee_on=TODAY + timedelta(days=1)))


def test_the_treatment_plan_committee_links_a_final_protocol_of_the_child(world: World) -> None:
    make_table(world)
    f, child = toddler(world)
    other_f, other_child = toddler(world)
    draft = protocol(world, f, child, date(2027, 2, 10), final=False)
    of_other = protocol(world, other_f, other_child)
    final = protocol(world, f, child, date(2027, 1, 20), decision="מעון יום ותכנית הדרכת הורים")
    worker = world.services("north_worker").daycare
    options = worker.protocol_options(f, child)
    assert [(o.protocol_id, o.held_on, o.decisions) for o in options] == [
        (final, date(2027, 1, 20), "מעון יום ותכנית הדרכת הורים")]
    for bad in (draft, of_other, 999_999):
        _refused("invalid_choice", worker.create, case_input(f, child, committee="treatment_plan", protocol_id=bad,
                                                             committee_reference=""))
    assert count(world, DaycareCase) == 0
    c = worker.create(case_input(f, child, committee="treatment_plan", protocol_id=final, committee_reference="x"))
    assert (c.committee, c.protocol_id, c.protocol_held_on, c.committee_reference) == (
        "treatment_plan", final, date(2027, 1, 20), "")


def test_who_the_case_is_of(world: World) -> None:
    make_table(world)
    worker = world.services("north_worker").daycare
    f, child = toddler(world)
    other_f, other_child = toddler(world)
    _refused("not_child", worker.create, case_input(f, other_child))  # a child of another file
    no_birth_f, no_birth = toddler(world)
    with world.admin_db.session() as s:
        p = s.get(Person, no_birth)
        assert p is not None
        p.birth_date = None
    _refused("no_birth_date", worker.create, case_input(no_birth_f, no_birth))
    new_case(world, f, child)
    _refused("daycare_exists", worker.create, case_input(f, child))  # one case per child and school year
    assert new_case(world, f, child, school_year=2026).school_year == 2026
    south_f, south_child = toddler(world, team="צוות דרום", worker="south_worker")
    with pytest.raises(PermissionDenied):  # a file she cannot see
        worker.create(case_input(south_f, south_child))
    with pytest.raises(PermissionDenied):  # no day-care for the club worker
        world.services("club").daycare.create(case_input(other_f, other_child))
    assert count(world, DaycareCase) == 2


def test_no_income_table_no_case(world: World) -> None:
    f, child = toddler(world)
    e = _refused("no_income_table", world.services("north_worker").daycare.create, case_input(f, child))
    assert e.params["on"] == "01/09/2027"
    assert count(world, DaycareCase) == 0


def test_the_preview_is_the_share_the_case_gets(world: World) -> None:
    make_table(world)
    worker = world.services("north_worker").daycare
    preview = worker.preview_share(2_100_000, 3, date(2027, 9, 1))  # 7,000 NIS each: the top level
    assert (preview.level, preview.parent_share, preview.steps[4].value) == (4, 160_000, "≥ 5,000.00 ₪")
    f, child = toddler(world)
    assert new_case(world, f, child, monthly_income=2_100_000, household_size=3).calculation == preview
    _refused("negative_amount", worker.preview_share, -5, 3, TODAY)
    assert count(world, DaycareCase) == 1


# ---- a case: its course ------------------------------------------------------------------------------------
def test_draft_approved_placed_ended(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    make_table(world)
    f, child = toddler(world)
    worker = world.services("north_worker").daycare
    head = world.services("north_head").daycare
    c = new_case(world, f, child)
    _refused("invalid_status", worker.place, c.id, c.version, "מעון הדקל", date(2027, 9, 1))
    c = worker.update(c.id, c.version, case_input(f, child, monthly_income=600_000))  # 1,500 NIS each: level 1
    assert (c.calculation.level, c.calculation.parent_share) == (1, 0)
    approved = head.approve(c.id, c.version)
    assert (approved.status, approved.approved_by) == ("approved", world.users["north_head"].full_name)
    assert approved.approved_at is not None
    _refused("not_draft", worker.update, c.id, approved.version, case_input(f, child))
    _refused("invalid_status", worker.approve, c.id, approved.version)
    _refused("start_outside_year", worker.place, c.id, approved.version, "מעון הדקל", date(2027, 8, 31))
    placed = worker.place(c.id, approved.version, "מעון הדקל", date(2027, 9, 1))
    assert (placed.status, placed.centre_name, placed.start_on) == ("placed", "מעון הדקל", date(2027, 9, 1))
    assert placed.approved_by == approved.approved_by  # the approval stays
    october = date(2027, 10, 15)
    move_today(monkeypatch, october)
    _refused("date_future", worker.end, c.id, placed.version, october + timedelta(days=1), "עברו דירה")
    _refused("date_before_start", worker.end, c.id, placed.version, date(2027, 8, 31), "עברו דירה")
    ended = worker.end(c.id, placed.version, october, "המשפחה עברה לעיר אחרת")
    assert (ended.status, ended.ended_on, ended.end_reason) == ("ended", october, "המשפחה עברה לעיר אחרת")
    _refused("invalid_status", worker.end, c.id, ended.version, october, "שוב")
    rows = worker.cases()
    assert [(r.id, r.status, r.parent_share, r.centre_name) for r in rows] == [(c.id, "ended", 0, "מעון הדקל")]
    assert worker.cases(status="draft") == []
    assert [r.id for r in worker.cases(school_year=YEAR)] == [c.id]


def test_the_case_s_file_and_child_stay(world: World) -> None:
    make_table(world)
    f, child = toddler(world)
    other_f, other_child = toddler(world)
    worker = world.services("north_worker").daycare
    c = new_case(world, f, child)
    _refused("invalid_choice", worker.update, c.id, c.version, case_input(other_f, other_child))
    _refused("invalid_choice", worker.update, c.id, c.version, case_input(f, other_child))
    assert worker.case(c.id).child.id == child


def test_the_approval_letter(world: World) -> None:
    make_table(world)
    f, child = toddler(world, language="ar")
    worker = world.services("north_worker").daycare
    c = new_case(world, f, child)
    _refused("not_approved", worker.approval_letter, c.id)
    c = worker.approve(c.id, c.version)
    c = worker.place(c.id, c.version, "מעון הדקל", date(2027, 9, 1))
    letter = worker.approval_letter(c.id)
    assert letter.case == c and letter.language == "ar"
    assert letter.worker_name == world.users["north_worker"].full_name and letter.worker_role == "family_worker"
    assert letter.child.birth_date == date(2025, 6, 15) and letter.child.id_number != ""
    assert len(letter.parents) == 1 and letter.parents[0].startswith("אם ")
    assert letter.address == "רחוב הרימון 3, עין הבשור"
    assert [s.value for s in letter.case.calculation.steps][-1] == "450.00 ₪"
    assert worker.approval_letter(c.id, "he").language == "he"
    worker.record_output(c.id, "daycare_approval", "print")
    with world.admin_db.session() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "daycare_case",
                                                                 AuditEvent.entity_id == c.id)))
    assert {"create", "approve", "place", "view", "print"} <= set(actions)


# ---- who sees what -----------------------------------------------------------------------------------------
def test_cases_are_read_by_the_day_care_roles_who_see_the_file(world: World) -> None:
    make_table(world)
    f, child = toddler(world)
    south_f, south_child = toddler(world, team="צוות דרום", worker="south_worker")
    north = new_case(world, f, child)
    south = new_case(world, south_f, south_child, who="south_worker")
    assert {r.id for r in world.services("north_worker").daycare.cases()} == {north.id}
    assert {r.id for r in world.services("south_head").daycare.cases()} == {south.id}
    assert {r.id for r in world.services("manager").daycare.cases()} == {north.id, south.id}
    with pytest.raises((NotFound, PermissionDenied)):
        world.services("north_worker").daycare.case(south.id)
    with pytest.raises((NotFound, PermissionDenied)):
        world.services("north_worker").daycare.file_cases(south_f)
    assert [c.id for c in world.services("youth_law").daycare.file_cases(f)] == [north.id]
    for who in ("coordinator", "club", "intake", "admin"):
        with pytest.raises(PermissionDenied):
            world.services(who).daycare.cases()
        with pytest.raises(PermissionDenied):
            world.services(who).daycare.case(north.id)
    with world.admin_db.session() as s:  # the reads are audited
        views = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "daycare_case")).all()
    assert "list" in views and "view" in views

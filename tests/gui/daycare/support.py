"""Day-care for the GUI tests, made through the services: the department's income-level table (the manager
keeps it), a toddler in the Cohen file (born 15 July 2024: 25 months on 1 September 2026, 37 on 1 September
2027), a final treatment-plan committee protocol of the toddler, and draft, approved and placed cases.
Day-care's clock (models.daycare.rules.today) is Thursday 26 November 2026: the current school year is
2026-2027, the coming one 2027-2028."""

from __future__ import annotations

from datetime import date

import pytest

from models.committees.dto import ProtocolDTO
from models.daycare.dto import DaycareCaseDTO, DaycareInput, IncomeTableDTO, LevelInput
from models.people.dto import PersonInput
from tests.gui.committees.protocol_support import finalised, meeting_with_case
from tests.support import World, valid_id

TODAY = date(2026, 11, 26)
TODDLER_BORN = date(2024, 7, 15)
TABLE_FROM = date(2026, 1, 1)
# agorot per person a month: from, to (exclusive), the parents' share a month
LEVELS = ((0, 150_000, 0), (150_000, 250_000, 40_000), (250_000, 350_000, 85_000), (350_000, 500_000, 130_000),
          (500_000, None, 180_000))


@pytest.fixture
def today(monkeypatch) -> date:
    monkeypatch.setattr("models.daycare.rules.today", lambda: TODAY)
    return TODAY


def cell(table, row: int, col: int) -> str:
    """The text of a table's cell ("" for none)."""
    item = table.item(row, col)
    return item.text() if item is not None else ""


def levels(rows=LEVELS) -> tuple[LevelInput, ...]:
    return tuple(LevelInput(level=i + 1, income_from=a, income_to=b, parent_share=c) for i, (a, b, c) in enumerate(rows))


def income_table(world: World, valid_from: date = TABLE_FROM, rows=LEVELS, note: str = "טבלת 2026") -> IncomeTableDTO:
    return world.services("manager").daycare.create_table(valid_from, note, levels(rows))


def add_toddler(world: World, file: str = "cohen", *, first: str = "נועה", born: date | None = TODDLER_BORN,
                key: str = "cohen_toddler", n: int = 31) -> int:
    """A toddler added to a file's children (the Cohen file's other child is 11)."""
    f = world.services("manager").families.add_new_member(
        world.files[file], PersonInput(first_name=first, last_name="כהן", birth_date=born, id_number=valid_id(n)),
        "child")
    pid = next(m.person.id for m in f.members if m.person.first_name == first)
    world.persons[key] = pid
    return pid


def final_protocol(world: World, monkeypatch, child: str = "cohen_toddler") -> tuple[ProtocolDTO, date]:
    """A final treatment-plan committee protocol of the child (the committee's clock moved to the meeting's
    day, 20 days ahead, as the committee's own tests do), and the meeting's day."""
    meeting, case = meeting_with_case(world, child=child)
    return finalised(world, monkeypatch, meeting, case), meeting.held_on


def case_input(world: World, protocol_id: int | None = None, *, school_year: int = 2026, income: int = 1_240_000,
               size: int = 4, child: str = "cohen_toddler", file: str = "cohen") -> DaycareInput:
    if protocol_id is None:
        return DaycareInput(file_id=world.files[file], child_id=world.persons[child], school_year=school_year,
                            ground="parent_unable", ground_detail="האם במשבר נפשי", medical_info=False,
                            medical_source="", specialist_kind="", specialist_name="", specialist_on=None,
                            committee="toddlers_at_risk", protocol_id=None, committee_on=date(2026, 10, 12),
                            committee_reference="פב/2026/14", household_size=size, monthly_income=income)
    return DaycareInput(file_id=world.files[file], child_id=world.persons[child], school_year=school_year,
                        ground="parent_unable", ground_detail="האם במשבר נפשי", medical_info=False, medical_source="",
                        specialist_kind="", specialist_name="", specialist_on=None, committee="treatment_plan",
                        protocol_id=protocol_id, committee_on=None, committee_reference="", household_size=size,
                        monthly_income=income)


def draft(world: World, **kw) -> DaycareCaseDTO:
    return world.services("north_worker").daycare.create(case_input(world, **kw))


def approved(world: World, **kw) -> DaycareCaseDTO:
    c = draft(world, **kw)
    return world.services("north_head").daycare.approve(c.id, c.version)


def placed(world: World, centre: str = "מעון ויצו הדקל", start: date = date(2026, 11, 15), **kw) -> DaycareCaseDTO:
    c = approved(world, **kw)
    return world.services("north_worker").daycare.place(c.id, c.version, centre, start)

"""The department's first income-level table (seeds.reference.INCOME_LEVELS), made through the service by the
administrator: seven levels the rules accept, contiguous from 0 to the open top level, and the share a
household gets from it."""

from __future__ import annotations

from datetime import date

from seeds.reference import INCOME_LEVELS, create_first_income_table
from tests.support import World


def test_the_first_table_is_made_and_gives_shares(world: World) -> None:
    t = create_first_income_table(world.services("admin").daycare, date(2026, 1, 1))
    assert len(t.levels) == len(INCOME_LEVELS) == 7
    assert t.levels[0].income_from == 0 and t.levels[-1].income_to is None
    assert all(a.income_to == b.income_from for a, b in zip(t.levels, t.levels[1:], strict=False))
    worker = world.services("north_worker").daycare
    assert worker.table_in_force(date(2027, 9, 1)).id == t.id
    # 9,000 NIS for a household of 4: 2,250 NIS each, the second level (1,800-2,600 NIS)
    calc = worker.preview_share(900_000, 4, date(2027, 9, 1))
    assert (calc.level, calc.parent_share, calc.steps[4].value) == (2, 28_000, "1,800.00–2,600.00 ₪")

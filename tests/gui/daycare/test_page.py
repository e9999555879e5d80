"""The Day-care page: the registration banner before and during February-March (and none otherwise); the cases
of the files one sees with the age in months, the status and the parents' share, filtered by status and
school year; a case approved, placed and ended from the page, its approval letter printed; the income-level
table as the manager's tab (not the family worker's); every action with its shortcut, no Alt letter twice."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from desktop.daycare.actions import ApproveDialog, EndDialog, PlaceDialog
from desktop.daycare.case_dialog import DaycareCaseDialog
from desktop.daycare.common import fmt_money, registration_text, school_year_text, status_label
from desktop.daycare.page import COL_AGE, COL_CHILD, COL_SHARE, COL_STATUS, TAB_INCOME, DaycarePage
from desktop.daycare.printing import DaycarePreview
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.committees.protocol_support import accept
from tests.gui.daycare.support import add_toddler, case_input, draft, income_table, placed, today  # noqa: F401
from tests.gui.helpers import settle, type_text


def _page(qtbot, ops, world, who: str = "north_worker") -> DaycarePage:
    p = DaycarePage(world.services(who), ops)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    settle(qtbot, ops)
    return p


def _text(p: DaycarePage, row: int, col: int) -> str:
    item = p.table.item(row, col)
    return item.text() if item is not None else ""


@pytest.mark.parametrize(("day", "kind", "until"), [
    (date(2026, 11, 26), "", None),
    (date(2027, 1, 10), "soon", date(2027, 2, 1)),  # 22 days before it opens
    (date(2027, 2, 10), "open", date(2027, 3, 31)),
    (date(2027, 3, 31), "open", date(2027, 3, 31)),
    (date(2027, 4, 1), "", None),
])
def test_the_registration_banner(qtbot, world, ops, monkeypatch, day, kind, until):
    monkeypatch.setattr("models.daycare.rules.today", lambda: day)
    p = _page(qtbot, ops, world)
    if kind:
        assert p.banner_text() == registration_text(kind, until) and until.strftime("%d/%m/%Y") in p.banner_text()
        assert registration_text("soon", until) != registration_text("open", until)
    else:
        assert p.banner_text() == "" and not p.banner.isVisibleTo(p)


@pytest.mark.usefixtures("today")
def test_the_cases_with_their_age_status_and_share_filtered_by_status_and_year(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    add_toddler(world, "haddad", first="יוסף", born=date(2025, 3, 1), key="haddad_toddler", n=32)
    placed(world)
    world.services("south_worker").daycare.create(
        case_input(world, school_year=2027, income=300_000, size=5, child="haddad_toddler", file="haddad"))
    p = _page(qtbot, ops, world, "manager")  # sees both files
    assert p.table.rowCount() == 2
    rows = {_text(p, r, COL_CHILD): r for r in range(2)}
    cohen, haddad = rows["נועה כהן"], rows["יוסף כהן"]
    assert _text(p, cohen, COL_AGE) == "25" and _text(p, cohen, COL_STATUS) == status_label("placed")
    assert _text(p, cohen, COL_SHARE) == fmt_money(85_000)
    assert _text(p, haddad, COL_AGE) == "30" and _text(p, haddad, COL_STATUS) == status_label("draft")
    assert _text(p, haddad, COL_SHARE) == fmt_money(0)  # 600 ₪ per person: level 1
    p.status_filter.setCurrentIndex(p.status_filter.findData("draft"))
    settle(qtbot, ops)
    assert p.table.rowCount() == 1 and _text(p, 0, COL_CHILD) == "יוסף כהן"
    p.status_filter.setCurrentIndex(0)
    p.year_filter.setCurrentIndex(p.year_filter.findData(2026))
    settle(qtbot, ops)
    assert p.table.rowCount() == 1 and _text(p, 0, COL_CHILD) == "נועה כהן"
    assert p.year_filter.currentText() == school_year_text(2026)
    # the family worker of the Cohen file sees only hers
    mine = _page(qtbot, ops, world, "north_worker")
    assert mine.table.rowCount() == 1 and _text(mine, 0, COL_CHILD) == "נועה כהן"


@pytest.mark.usefixtures("today")
def test_a_case_is_approved_placed_ended_and_its_letter_printed_from_the_page(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    c = draft(world)
    p = _page(qtbot, ops, world, "north_head")
    assert p.selected_id() == c.id
    assert p.approve_button.isEnabled() and not p.place_button.isEnabled() and not p.print_action.button.isEnabled()
    p.approve()
    settle(qtbot, ops)
    a = p.dialog
    assert isinstance(a, ApproveDialog)
    summary = a.findChild(QLabel, "daycareApproveSummary")
    assert summary is not None and "850.00" in summary.text()
    a.submit()
    assert a.confirm_box is not None
    accept(a.confirm_box)
    settle(qtbot, ops)
    assert gone(a)
    settle(qtbot, ops)
    assert _text(p, 0, COL_STATUS) == status_label("approved") and p.place_button.isEnabled()
    p.place()
    settle(qtbot, ops)
    pl = p.dialog
    assert isinstance(pl, PlaceDialog) and pl.start_on.value() == date(2026, 11, 26)  # 1 September passed: today
    pl.submit()  # no centre
    settle(qtbot, ops)
    assert pl.isVisible() and pl.last_error is not None and pl.last_error.code == "required"
    pl.centre.setFocus()
    type_text(pl.centre, "מעון ויצו הדקל, עין הבשור")
    pl.start_on.setValue(date(2026, 11, 15))
    pl.submit()
    settle(qtbot, ops)
    assert gone(pl)
    settle(qtbot, ops)
    assert _text(p, 0, COL_STATUS) == status_label("placed")
    case = world.services("north_worker").daycare.case(c.id)
    assert (case.centre_name, case.start_on, case.approved_by) == ("מעון ויצו הדקל, עין הבשור", date(2026, 11, 15),
                                                                   "רונית ראש-צוות")
    preview = p.print_letter()
    assert isinstance(preview, DaycarePreview)
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = "".join(preview.document.getAllText(i).text() for i in range(preview.page_count))
    assert "850.00" in text and "נועה" in text and "מעון ויצו הדקל" in text
    preview.close()
    p.end()
    settle(qtbot, ops)
    e = p.dialog
    assert isinstance(e, EndDialog)
    e.reason.setFocus()
    type_text(e.reason, "המשפחה עברה דירה")
    e.submit()
    assert e.confirm_box is not None
    accept(e.confirm_box)
    settle(qtbot, ops)
    assert gone(e)
    settle(qtbot, ops)
    assert _text(p, 0, COL_STATUS) == status_label("ended")
    assert not p.end_button.isEnabled() and not p.print_action.button.isEnabled()


@pytest.mark.usefixtures("today")
def test_new_case_from_the_page_finds_the_file_then_the_child(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    p = _page(qtbot, ops, world)
    d = p.new_case()
    assert isinstance(d, DaycareCaseDialog) and d.finder is not None and not d.ok_button.isEnabled()
    d.finder.query.setText("2025/0001")
    d.finder.run_search()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.file_id == world.files["cohen"] and d.child.count() == 2
    d.reject()


@pytest.mark.usefixtures("today")
def test_the_manager_keeps_the_income_table_on_a_tab_the_family_worker_has_none(qtbot, world, ops):
    income_table(world)
    p = _page(qtbot, ops, world, "manager")
    assert p.tabs.count() == 2
    p.show_tab(TAB_INCOME)
    settle(qtbot, ops)
    v = p.income_view()
    assert v.versions.rowCount() == 1 and v.editable()
    letters = mnemonics(p)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    p.show_tab(0)
    letters = mnemonics(p)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    worker = _page(qtbot, ops, world, "north_worker")
    assert worker.tabs.count() == 1 and worker.income is None


@pytest.mark.usefixtures("today")
def test_every_action_has_its_shortcut_and_a_case_changed_elsewhere_shows(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    p = _page(qtbot, ops, world)
    assert p.table.rowCount() == 0 and p.table.showing_empty_text()
    for action in (p.new_action, p.print_action, p.refresh_action):
        assert "(" in action.button.toolTip()
    # a case saved in another screen of the session: the page shows it
    daycare = world.services("north_worker").daycare
    ops.write(p, lambda: daycare.create(case_input(world)), None)
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert p.table.rowCount() == 1
    assert shiboken6.isValid(p)

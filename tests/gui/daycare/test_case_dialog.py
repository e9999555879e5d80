"""The day-care case dialog: the toddler's age in months on 1 September shown as soon as the child and the
school year are chosen, and refused with the computed age at 37 months; the parents' share computed step by
step while the household's size and income are typed (agorot too), and said when there is no income table;
the fields each ground and each committee needs; a refused save says why and keeps what was typed; a draft
saved with its share; no Alt letter twice."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.daycare.case_dialog import DaycareCaseDialog, age_sentence
from desktop.daycare.common import bracket_text, fmt_money, step_label
from desktop.messages import message_for
from models.errors import ValidationError
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.daycare.support import add_toddler, final_protocol, income_table, today  # noqa: F401
from tests.gui.helpers import settle, type_text

pytestmark = pytest.mark.usefixtures("today")


def _dialog(qtbot, ops, world, who: str = "north_worker", file: str = "cohen") -> DaycareCaseDialog:
    d = DaycareCaseDialog(world.services(who), ops, world.files[file])
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    return d


def _toddler(qtbot, ops, d: DaycareCaseDialog, world) -> None:
    d.child.setCurrentIndex(d.child.findData(world.persons["cohen_toddler"]))
    settle(qtbot, ops)


def _year(d: DaycareCaseDialog, year: int) -> None:
    d.school_year.setCurrentIndex(d.school_year.findData(year))


def _wait_share(qtbot, ops, d: DaycareCaseDialog) -> None:
    qtbot.wait(350)  # the preview waits for a pause in typing
    settle(qtbot, ops)


def test_the_age_on_1_september_is_shown_live_and_37_months_are_refused_with_the_age(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    d = _dialog(qtbot, ops, world)
    assert [d.school_year.itemData(i) for i in range(d.school_year.count())] == [2026, 2027]
    assert d.school_year.currentData() == 2027  # the coming school year
    assert [d.child.itemData(i) for i in range(d.child.count())] == [world.persons["cohen_child"],
                                                                      world.persons["cohen_toddler"]]
    _toddler(qtbot, ops, d, world)
    # born 15/07/2024: 37 months on 1 September 2027, refused with the age and the day
    assert d.age_text() == age_sentence(37, 2027)[0] and not age_sentence(37, 2027)[1]
    assert "37" in d.age_text() and "01/09/2027" in d.age_text() and "36" in d.age_text()
    assert QCoreApplication.translate("Daycare", "%1 months on %2: day-care is for toddlers under %3 months") != (
        QCoreApplication.translate("Daycare", "%1 months on %2"))
    assert "#a61b1b" in d.age_label.styleSheet() and not d.ok_button.isEnabled()
    d.submit()  # nothing is sent
    assert not d.pending and d.isVisible()
    _year(d, 2026)
    assert d.age_text() == age_sentence(25, 2026)[0] and "25" in d.age_text() and "01/09/2026" in d.age_text()
    assert d.age_label.styleSheet() == "" and d.ok_button.isEnabled()
    d.child.setCurrentIndex(d.child.findData(world.persons["cohen_child"]))  # 11 years old
    assert d.age_text() == age_sentence(134, 2026)[0] and not d.ok_button.isEnabled()
    # the service's own refusal reads the same, with the age and the day
    text = message_for(ValidationError("too_old", field="child_id", months=37, on="01/09/2027"))
    assert "37" in text and "01/09/2027" in text and "36" in text


def test_a_child_with_no_birth_date_is_said_so(qtbot, world, ops):
    income_table(world)
    add_toddler(world, born=None)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    assert d.age_text() == d.tr("The child's birth date is not recorded: add it to the child's details first (the age "
                                "on 1 September decides).")
    assert "#a61b1b" in d.age_label.styleSheet() and not d.ok_button.isEnabled()


def test_the_share_is_computed_step_by_step_while_the_income_is_typed(qtbot, world, ops):
    table = income_table(world)
    add_toddler(world)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    _year(d, 2026)
    assert d.household_size.value() == 3  # the file's members, to start with
    d.household_size.setValue(4)
    d.monthly_income.setFocus()
    d.monthly_income.selectAll()
    qtbot.keyClicks(d.monthly_income, "12400.50")  # agorot too
    _wait_share(qtbot, ops, d)
    assert d.monthly_income.agorot() == 1_240_050
    assert d.calc_table.texts() == [
        (step_label("household_income"), fmt_money(1_240_050)), (step_label("household_size"), "4"),
        (step_label("per_person"), "3,100.12 ₪"), (step_label("table"), "01/01/2026"),
        (step_label("bracket"), bracket_text(250_000, 350_000)), (step_label("level"), "3"),
        (step_label("share"), "850.00 ₪")]
    assert d.calculation is not None and d.calculation.table_id == table.id
    share = d.calc_table.item(6, 1)
    assert share is not None and share.font().bold()  # the share stands out
    # a richer household: the top bracket
    d.household_size.setValue(3)
    d.monthly_income.set_agorot(2_400_000)
    _wait_share(qtbot, ops, d)
    assert d.calc_table.texts()[2:] == [
        (step_label("per_person"), "8,000.00 ₪"), (step_label("table"), "01/01/2026"),
        (step_label("bracket"), bracket_text(500_000, None)), (step_label("level"), "5"),
        (step_label("share"), "1,800.00 ₪")]


def test_with_no_income_table_in_force_the_dialog_says_so(qtbot, world, ops):
    income_table(world, valid_from=date(2027, 1, 1))  # not yet in force for 2026-2027's share
    add_toddler(world)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    _year(d, 2026)
    d.monthly_income.set_agorot(900_000)
    _wait_share(qtbot, ops, d)
    assert d.calc_table.rowCount() == 0 and d.calc_error.isVisibleTo(d)
    assert d.preview_error is not None and d.preview_error.code == "no_income_table"
    assert d.calc_error.text() == message_for(d.preview_error)
    _year(d, 2027)  # the share of 2027-2028 is computed with the table of 1 September 2027
    _wait_share(qtbot, ops, d)
    assert d.calc_table.rowCount() == 7 and not d.calc_error.isVisibleTo(d)


def test_each_ground_and_committee_shows_the_fields_it_needs(qtbot, world, ops, monkeypatch):
    income_table(world)
    add_toddler(world)
    protocol, held_on = final_protocol(world, monkeypatch)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    visible = lambda w: d.case_form.isRowVisible(w)  # noqa: E731
    d.ground.setCurrentIndex(d.ground.findData("abuse_neglect"))
    assert visible(d.medical_info) and visible(d.medical_source) and not visible(d.specialist_kind)
    d.ground.setCurrentIndex(d.ground.findData("developmental_delay"))
    assert not visible(d.medical_info) and visible(d.specialist_kind) and visible(d.specialist_name)
    assert visible(d.specialist_on)
    d.ground.setCurrentIndex(d.ground.findData("parent_unable"))
    assert not visible(d.medical_info) and not visible(d.specialist_kind)
    d.committee.setCurrentIndex(d.committee.findData("treatment_plan"))
    assert visible(d.protocol) and not visible(d.committee_reference) and not visible(d.committee_on)
    assert d.protocol.count() == 1 and d.protocol.currentData() == protocol.id
    assert d.protocol.currentText().startswith(held_on.strftime("%d/%m/%Y"))
    assert "תכנית טיפול בקהילה" in d.protocol.currentText()  # the decision's text
    d.committee.setCurrentIndex(d.committee.findData("toddlers_at_risk"))
    assert not visible(d.protocol) and visible(d.committee_reference) and visible(d.committee_on)
    letters = mnemonics(d)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters


def test_a_child_with_no_final_protocol_is_told_to_choose_the_other_committee(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    d.committee.setCurrentIndex(d.committee.findData("treatment_plan"))
    assert d.protocol.count() == 0 and d.case_form.isRowVisible(d.protocol_note)
    assert d.protocol_note.text() == d.tr("The child has no final protocol of the treatment-plan committee: choose the "
                                          "toddlers-at-risk committee, or finalise the committee's protocol first.")


def test_a_refused_save_says_why_and_keeps_everything_then_the_draft_is_saved(qtbot, world, ops):
    income_table(world)
    add_toddler(world)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    _year(d, 2026)
    d.ground.setCurrentIndex(d.ground.findData("abuse_neglect"))
    d.ground_detail.setFocus()
    type_text(d.ground_detail, "סימני הזנחה חוזרים, חוות דעת עו״ס")
    d.household_size.setValue(4)
    d.monthly_income.set_agorot(1_240_000)
    d.committee.setCurrentIndex(d.committee.findData("toddlers_at_risk"))
    d.committee_on.setValue(date(2026, 10, 12))
    d.committee_reference.setText("פב/2026/14")
    d.submit()  # no written medical information
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "medical_info_required"
    assert d.error_label.text() == message_for(d.last_error)
    # nothing lost
    assert d.ground_detail.toPlainText() == "סימני הזנחה חוזרים, חוות דעת עו״ס"
    assert d.monthly_income.agorot() == 1_240_000 and d.committee_reference.text() == "פב/2026/14"
    assert world.services("north_worker").daycare.file_cases(world.files["cohen"]) == []
    d.medical_info.setChecked(True)
    d.medical_source.setText("מרפאת הילדים, עין הבשור")
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.keyClick(d.committee_reference, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    c = saved.args[0]
    assert gone(d)
    assert (c.status, c.school_year, c.age_months, c.ground, c.medical_info, c.committee) == (
        "draft", 2026, 25, "abuse_neglect", True, "toddlers_at_risk")
    assert (c.calculation.level, c.calculation.parent_share) == (3, 85_000)
    assert [s.label for s in c.calculation.steps] == ["household_income", "household_size", "per_person", "table",
                                                      "bracket", "level", "share"]


def test_a_second_case_for_the_same_child_and_year_is_refused(qtbot, world, ops):
    from tests.gui.daycare.support import draft

    income_table(world)
    add_toddler(world)
    draft(world)
    d = _dialog(qtbot, ops, world)
    _toddler(qtbot, ops, d, world)
    _year(d, 2026)
    d.committee.setCurrentIndex(d.committee.findData("toddlers_at_risk"))
    d.committee_reference.setText("פב/2026/15")
    d.ground.setCurrentIndex(d.ground.findData("parent_unable"))
    d.ground_detail.setPlainText("האם במשבר")
    d.monthly_income.set_agorot(500_000)
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "daycare_exists"

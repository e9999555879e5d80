"""The referral form: filled with the keyboard only (Tab order, Enter adds the person found, Ctrl+Enter
saves); every bad input of issue 8 gives its message and saves nothing, keeping what was typed; a new person
goes through the duplicate check; a duplicate found at the save shows the duplicate dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from desktop.intake.referral_form import ReferralDialog
from desktop.messages import message_for
from models.errors import ValidationError
from models.intake.dto import ReferralDTO
from models.intake.entities import Referral
from models.people.dto import PersonInput
from tests.gui.helpers import settle, type_text
from tests.gui.intake.support import confirm
from tests.support import valid_id


def _form(qtbot, ops, services) -> ReferralDialog:
    d = ReferralDialog(services, ops)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow, timeout=3000)
    return d


def _referrals(world) -> int:
    with world.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Referral)) or 0)


def _focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def _tab(qtbot, target: QWidget, limit: int = 8) -> None:
    """Tab until ``target`` has the focus (a date field takes a Tab per section)."""
    for _ in range(limit):
        if _focus() is target:
            return
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is target, f"Tab did not reach {target.objectName() or type(target).__name__}"


def test_a_referral_filled_with_the_keyboard_only(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    assert d.channel.currentData() == "phone" and d.urgency.currentData() == ""
    d.received_on.edit.setFocus()
    _tab(qtbot, d.channel)
    _tab(qtbot, d.source)
    qtbot.keyClick(d.source, Qt.Key.Key_Down)
    qtbot.keyClick(d.source, Qt.Key.Key_Down)
    assert d.source.currentData() == "school"
    _tab(qtbot, d.referrer_name)
    type_text(d.referrer_name, "רות מורה")
    _tab(qtbot, d.referrer_role)
    type_text(d.referrer_role, "מחנכת")
    _tab(qtbot, d.referrer_organisation)
    type_text(d.referrer_organisation, "בית ספר הגפן")
    _tab(qtbot, d.referrer_phone)
    type_text(d.referrer_phone, "08-6000000")
    _tab(qtbot, d.relation)
    _tab(qtbot, d.find_edit)
    type_text(d.find_edit, "כהן")
    qtbot.waitUntil(lambda: d.found.count() == 2 and d.found_person() is not None, timeout=5000)
    first = d.found_person()
    qtbot.keyClick(d.find_edit, Qt.Key.Key_Down)  # Down moves through the persons found, the focus stays
    assert d.find_edit.hasFocus() and d.found_person() is not first
    qtbot.keyClick(d.find_edit, Qt.Key.Key_Up)
    assert d.found_person() is first
    if first.id != world.persons["cohen_child"]:
        qtbot.keyClick(d.find_edit, Qt.Key.Key_Down)
    qtbot.keyClick(d.find_edit, Qt.Key.Key_Return)
    assert [(e.person.id, e.relation) for e in d.entries if e.person] == [(world.persons["cohen_child"], "child")]
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is None  # Enter added the person; it did not save
    _tab(qtbot, d.problem, 10)
    type_text(d.problem, "היעדרויות חוזרות, הילדה מספרת על צעקות בבית")
    _tab(qtbot, d.urgency)
    qtbot.keyClick(d.urgency, Qt.Key.Key_Down)
    assert d.urgency.currentData() == "immediate"
    _tab(qtbot, d.notes)
    type_text(d.notes, "האם ביקשה שלא יתקשרו בבוקר")
    got: list[ReferralDTO] = []
    d.saved.connect(got.append)
    qtbot.keyClick(d.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert d.last_error is None and len(got) == 1, d.last_error
    r = got[0]
    assert (r.source, r.urgency, r.channel, r.referrer.organisation) == ("school", "immediate", "phone", "בית ספר הגפן")
    assert [p.person.id for p in r.persons] == [world.persons["cohen_child"]]
    assert r.notes == "האם ביקשה שלא יתקשרו בבוקר"


def _filled(d: ReferralDialog, world, *, urgency: str = "day", person: bool = True, problem: str = "בעיה") -> None:
    d.source.setCurrentIndex(d.source.findData("self"))
    d.problem.setPlainText(problem)
    d.urgency.setCurrentIndex(d.urgency.findData(urgency))
    if person:
        from desktop.intake.referral_form import Entry

        p = world.services("intake").people.get(world.persons["cohen_child"])
        d.add_entry(Entry("child", person=p))


def _save_refused(qtbot, ops, d: ReferralDialog, code: str) -> None:
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == code, d.last_error
    assert d.error_label.isVisible() and d.error_label.text() == message_for(d.last_error)


def test_no_urgency_no_person_no_problem_each_refused_with_the_form_kept(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world, urgency="")
    _save_refused(qtbot, ops, d, "required")
    assert d.last_error.params["field"] == "urgency" and d.urgency.hasFocus()
    assert d.problem.toPlainText() == "בעיה" and len(d.entries) == 1  # what was typed is kept
    d.urgency.setCurrentIndex(d.urgency.findData("week"))
    d.remove_selected()
    _save_refused(qtbot, ops, d, "no_person")
    assert d.find_edit.hasFocus()
    _filled(d, world, problem="  ")
    _save_refused(qtbot, ops, d, "required")
    assert d.last_error.params["field"] == "problem" and d.problem.hasFocus()
    assert _referrals(world) == 0  # nothing saved


def test_a_person_added_twice_is_refused_at_once(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world)
    from desktop.intake.referral_form import Entry

    p = world.services("intake").people.get(world.persons["cohen_child"])
    assert d.add_entry(Entry("parent", person=p)) is False
    assert len(d.entries) == 1
    assert d.error_label.text() == message_for(ValidationError("person_twice"))


def test_a_referrer_is_not_asked_for_a_self_referral(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    d.source.setCurrentIndex(d.source.findData("school"))
    assert d.referrer_name.isEnabled()
    d.referrer_name.setText("מישהו")
    d.source.setCurrentIndex(d.source.findData("anonymous"))
    assert not d.referrer_name.isEnabled() and d.value().referrer.name == ""


def test_a_new_person_goes_through_the_duplicate_check(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world, person=False)
    pd = d.add_new_person()
    f = pd.person_form
    type_text(f.first_name, "מרים")
    type_text(f.last_name, "כהן")
    f.has_birth_date.setChecked(True)
    f.birth_date.setDate(date(2015, 6, 12))  # the known child's birth date
    pd.check()
    settle(qtbot, ops)
    dup = pd.check_op.dialog if pd.check_op else None
    assert dup is not None and dup.isVisible()
    assert dup.candidates[0].person.id == world.persons["cohen_child"]
    # Escape: back to the person form with what was typed
    dup.reject()
    assert pd.isVisible() and f.first_name.text() == "מרים" and d.entries == []
    pd.check()
    settle(qtbot, ops)
    pd.check_op.dialog.use_selected()
    assert [e.person.id for e in d.entries if e.person] == [world.persons["cohen_child"]]
    assert not pd.isVisible()
    # a new person nobody resembles is added as new at once
    pd = d.add_new_person()
    type_text(pd.person_form.first_name, "זבולון")
    type_text(pd.person_form.last_name, "אלמוני")
    pd.person_form.id_number.setText(valid_id(77))
    pd.check()
    settle(qtbot, ops)
    assert pd.check_op.dialog is None and [e.data.first_name for e in d.entries if e.data] == ["זבולון"]
    with qtbot.waitSignal(d.saved, timeout=10_000) as saved:
        d.submit()
    assert sorted(p.person.first_name for p in saved.args[0].persons) == ["זבולון", "מרים"]


def test_none_of_these_registers_the_new_person_with_the_dismissed_candidates(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world, person=False)
    pd = d.add_new_person()
    type_text(pd.person_form.first_name, "מרים")
    type_text(pd.person_form.last_name, "כהן")
    pd.person_form.birth_date.setDate(date(2015, 6, 12))
    pd.person_form.id_number.setText(valid_id(55))  # another child of the same name and birth date
    pd.check()
    settle(qtbot, ops)
    dup = pd.check_op.dialog
    dup.new_button.click()
    confirm(dup.confirm_box)
    assert [e.dismissed for e in d.entries] == [tuple(c.person.id for c in dup.candidates)]
    got: list[ReferralDTO] = []
    d.saved.connect(got.append)
    d.submit()
    settle(qtbot, ops)
    assert d.last_error is None and len(got) == 1, d.last_error
    assert world.persons["cohen_child"] not in [p.person.id for p in got[0].persons]


def test_a_duplicate_registered_a_moment_ago_shows_the_dialog_and_keeps_the_form(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world, person=False)
    pd = d.add_new_person()
    type_text(pd.person_form.first_name, "נועם")
    type_text(pd.person_form.last_name, "ברק")
    pd.person_form.id_number.setText(valid_id(88))
    pd.check()
    settle(qtbot, ops)
    assert len(d.entries) == 1 and d.entries[0].data is not None
    # meanwhile a colleague registers the same person (same ID number)
    other = world.services("manager").people.create(PersonInput("נועם", "ברק", id_number=valid_id(88)))
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "duplicate_suspected"
    dup = d.duplicate_dialog
    assert dup is not None and dup.isVisible() and not dup.allow_new
    assert dup.candidates[0].person.id == other.id
    assert d.problem.toPlainText() == "בעיה" and _referrals(world) == 0
    dup.use_selected()
    assert d.entries[0].person is not None and d.entries[0].person.id == other.id
    with qtbot.waitSignal(d.saved, timeout=10_000) as saved:
        d.submit()
    assert [p.person.id for p in saved.args[0].persons] == [other.id]


def test_editing_an_open_referral_changed_meanwhile_is_refused_with_the_form_kept(qtbot, world, ops):
    from desktop.intake.view import ReferralView
    from tests.gui.intake.support import referral

    r = referral(world)
    svc = world.services("intake")
    v = ReferralView(svc, ops, r.id)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    d = v.edit()
    assert d is not None and d.problem.toPlainText() == r.problem and d.version == r.version
    d.problem.setPlainText("ניסוח חדש של הבעיה")
    d.urgency.setCurrentIndex(d.urgency.findData("immediate"))
    # meanwhile a colleague corrects the same referral
    from models.intake.dto import ReferralInput

    current = svc.intake.get(r.id)
    svc.intake.update(r.id, current.version, ReferralInput(
        current.received_on, current.channel, current.source, current.referrer, current.problem, "week",
        existing=tuple((p.person.id, p.relation) for p in current.persons)))
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "conflict"
    assert d.reload_button.isVisible() and d.problem.toPlainText() == "ניסוח חדש של הבעיה"
    d.reload_button.click()  # the view reloads the referral and gives the form its version
    settle(qtbot, ops)
    assert d.version == svc.intake.get(r.id).version and d.problem.toPlainText() == "ניסוח חדש של הבעיה"
    d.submit()
    settle(qtbot, ops)
    assert v.referral.problem == "ניסוח חדש של הבעיה" and v.referral.urgency == "immediate"


def test_a_new_persons_detail_refused_at_the_save_names_the_person(qtbot, world, ops):
    from desktop.intake.referral_form import Entry

    d = _form(qtbot, ops, world.services("intake"))
    _filled(d, world)
    d.add_entry(Entry("parent", data=PersonInput("יונה", "חדשה", id_number=None)))  # an Israeli ID is missing
    d.submit()
    settle(qtbot, ops)
    assert d.last_error is not None and d.last_error.params.get("person") == 0
    assert d.error_label.text().startswith("יונה חדשה: ") and d.persons.currentRow() == 1
    assert _referrals(world) == 0


def test_enter_typed_before_the_search_answered_adds_the_person_found(qtbot, world, ops):
    d = _form(qtbot, ops, world.services("intake"))
    d.find_edit.setFocus()
    type_text(d.find_edit, "מרים")
    qtbot.keyClick(d.find_edit, Qt.Key.Key_Return)  # at once: the search has not even started
    settle(qtbot, ops)
    assert [e.person.id for e in d.entries if e.person] == [world.persons["cohen_child"]]
    assert d.find_edit.text() == ""

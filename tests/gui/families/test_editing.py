"""Issue 8, item 6, through the screens: editing a family file's details, a member's details and relation,
removing and adding members (a known person; a new one through the duplicate check), a new family file
from the list. Each: success, bad input said with nothing saved and the input kept, a stale version refused
with the input kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.families.file_view import FileView
from desktop.families.list_view import FamilyListView
from desktop.widgets.tables import select_row
from models.families.dto import FileChanges
from models.people.dto import PersonInput
from tests.gui.helpers import settle, type_text
from tests.support import valid_id


def _view(qtbot, ops, world, who: str = "north_worker", key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key])
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def _confirm(box: QMessageBox | None) -> None:
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _select_member(v: FileView, person_id: int) -> None:
    tab = v.tab("members")
    tab.select_person(person_id)
    assert tab.selected_member() is not None and tab.selected_member().person.id == person_id


def test_edit_file_details_saves_and_the_header_shows_it(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    assert v.edit_details_action.button.isVisible()
    d = v.open_edit_details()
    assert d is not None and d.edits["address"].text() == "רחוב הדקל 1"
    d.edits["address"].clear()
    type_text(d.edits["address"], "רחוב התמר 7")
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)
    assert v.fields["address"].text() == "רחוב התמר 7"
    assert world.services("manager").families.get(world.files["cohen"]).file.address == "רחוב התמר 7"


def test_edit_file_details_bad_input_and_stale_version_keep_the_form(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    d = v.open_edit_details()
    assert d is not None
    d.edits["family_name"].clear()
    d.edits["address"].setText("רחוב חדש 2")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.error_label.isVisible() and d.last_error is not None
    assert d.last_error.code == "required" and d.edits["address"].text() == "רחוב חדש 2"
    assert world.services("manager").families.get(world.files["cohen"]).file.address == "רחוב הדקל 1"
    # someone else saves the file meanwhile: refused, the typed values kept, a reload offered
    other = world.services("north_head").families
    f = other.get(world.files["cohen"]).file
    other.update(f.id, f.version, FileChanges(f.family_name, "רחוב אחר 9", f.locality, f.neighbourhood))
    d.edits["family_name"].setText("משפחת כהן-לוי")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "conflict"
    assert d.reload_button.isVisible() and d.edits["address"].text() == "רחוב חדש 2"
    d.reload_button.click()
    settle(qtbot, ops)
    assert not d.reload_button.isVisible() and d.edits["family_name"].text() == "משפחת כהן-לוי"
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert world.services("manager").families.get(world.files["cohen"]).file.address == "רחוב חדש 2"


def test_edit_person_with_a_live_check_digit_and_a_taken_id_number(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    child = world.persons["cohen_child"]
    _select_member(v, child)
    d = v.tab("members").open_edit_person()
    assert d is not None
    form = d.person_form
    assert form.first_name.text() == "מרים" and form.value().birth_date == date(2015, 6, 12)
    wrong = valid_id(2)[:-1] + str((int(valid_id(2)[-1]) + 1) % 10)
    form.id_number.clear()
    qtbot.keyClicks(form.id_number, wrong)
    assert form.id_problem_shown()
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and not d.pending  # not even sent
    # the ID number of another person: the duplicate message, beside the field
    form.id_number.setText(valid_id(1))
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "duplicate_suspected"
    assert form.id_problem_shown() and form.error_text("id_number") == d.error_label.text()
    form.id_number.setText(valid_id(2))
    form.birth_date.setDate(date(2015, 6, 21))
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)  # the file view reloads: one of its members changed
    assert world.services("manager").people.get(child).birth_date == date(2015, 6, 21)
    table = v.tab("members").table
    assert "21/06/2015" in [table.item(r, 3).text() for r in range(table.rowCount())]


def test_edit_person_stale_version_is_refused_with_the_input_kept(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    child = world.persons["cohen_child"]
    _select_member(v, child)
    d = v.tab("members").open_edit_person()
    assert d is not None
    p = world.services("north_head").people.get(child)
    world.services("north_head").people.update(p.id, p.version, PersonInput(
        first_name=p.first_name, last_name=p.last_name, id_number=p.id_number, birth_date=date(2015, 1, 1)))
    d.person_form.first_name.setText("מרים-לאה")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "conflict"
    assert d.person_form.first_name.text() == "מרים-לאה"
    d.reload_button.click()
    settle(qtbot, ops)
    assert d.saved_now.isVisible() and "01/01/2015" in d.saved_now.text()
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    assert world.services("manager").people.get(child).first_name == "מרים-לאה"


def test_change_relation_and_remove_a_member(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    father = world.persons["cohen_father"]
    _select_member(v, father)
    d = v.tab("members").open_change_relation()
    assert d is not None and d.relation.currentData() == "parent"
    d.relation.setCurrentIndex(d.relation.findData("other"))
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)
    members = {m.person.id: m.relation for m in v.detail.file.members}
    assert members[father] == "other"
    # Delete in the members table asks first; Cancel keeps the member
    tab = v.tab("members")
    _select_member(v, father)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert v.confirm_box is not None and v.confirm_box.isVisible()
    v.confirm_box.reject()
    settle(qtbot, ops)
    assert father in {m.person.id for m in v.detail.file.members}
    tab.remove_selected()
    _confirm(v.confirm_box)
    settle(qtbot, ops)
    assert [m.person.id for m in v.detail.file.members] == [world.persons["cohen_child"]]
    # the last member cannot be removed: said, and nothing changes
    _select_member(v, world.persons["cohen_child"])
    tab.remove_selected()
    _confirm(v.confirm_box)
    settle(qtbot, ops)
    assert v.error_label.isVisible()
    assert [m.person.id for m in v.detail.file.members] == [world.persons["cohen_child"]]


def test_add_a_known_member_by_search(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    d = v.tab("members").open_add_member()
    assert d is not None
    c = d.chooser
    d.submit()  # nothing chosen yet: said, nothing sent
    assert d.error_label.isVisible() and not d.pending
    type_text(c.search_edit, "לוי")
    c.search()
    settle(qtbot, ops)
    assert c.results.count() == 1 and c.chosen_person().id == world.persons["levi_mother"]
    c.relation.setCurrentIndex(c.relation.findData("other"))
    d.submit()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)
    assert (world.persons["levi_mother"], "other") in [(m.person.id, m.relation) for m in v.detail.file.members]


def test_add_a_new_member_through_the_duplicate_check(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    d = v.tab("members").open_add_member()
    assert d is not None
    c = d.chooser
    c.set_new(True)
    form = c.person_form
    type_text(form.first_name, "מרים")  # the same names and birth date as the file's child: a candidate
    type_text(form.last_name, "כהן")
    form.id_kind.setCurrentIndex(form.id_kind.findData("none"))
    form.birth_date.setDate(date(2015, 6, 12))
    d.submit()
    qtbot.waitUntil(lambda: c.check is not None and c.check.dialog is not None, timeout=10_000)
    dup = c.check.dialog
    assert world.persons["cohen_child"] in dup.dismissed()
    dup.ask_new()
    _confirm(dup.confirm_box)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10_000)
    settle(qtbot, ops)
    names = [(m.person.first_name, m.relation) for m in v.detail.file.members]
    assert names.count(("מרים", "child")) == 2


def test_a_new_member_escape_in_the_duplicate_dialog_keeps_the_form(qtbot, world, ops):
    v = _view(qtbot, ops, world)
    d = v.tab("members").open_add_member()
    assert d is not None
    c = d.chooser
    c.set_new(True)
    type_text(c.person_form.first_name, "משה")
    type_text(c.person_form.last_name, "כהן")
    c.person_form.id_kind.setCurrentIndex(c.person_form.id_kind.findData("none"))
    c.person_form.birth_date.setDate(date(1980, 3, 1))
    d.submit()
    qtbot.waitUntil(lambda: c.check is not None and c.check.dialog is not None, timeout=10_000)
    c.check.dialog.reject()
    settle(qtbot, ops)
    assert d.isVisible() and c.person_form.first_name.text() == "משה" and d.ok_button.isEnabled()
    assert len(world.services("manager").families.get(world.files["cohen"]).file.members) == 2


def test_a_new_family_file_from_the_list(qtbot, world, ops):
    w = FamilyListView(world.services("north_worker"), ops)
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ops)
    assert w.new_file_action.button.isVisible()
    w.activateWindow()
    w.table.setFocus()
    qtbot.waitUntil(w.table.hasFocus)
    qtbot.keyClick(w.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    d = w.new_file_dialog
    assert d is not None and d.isVisible()
    settle(qtbot, ops)
    assert d.team.currentData() == world.users["north_worker"].team_id  # her own team
    assert d.worker.currentData() is None  # no worker unless chosen
    d.submit()  # no family name: refused, nothing saved
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "required"
    # a new person, through the duplicate check (nobody like her: added at once)
    chooser = d.add_new()
    form = chooser.chooser.person_form
    type_text(form.first_name, "תמר")
    type_text(form.last_name, "ארזי")
    qtbot.keyClicks(form.id_number, valid_id(4321))
    form.birth_date.setDate(date(1991, 2, 3))
    chooser.chooser.relation.setCurrentIndex(chooser.chooser.relation.findData("parent"))
    chooser.submit()
    qtbot.waitUntil(lambda: not chooser.isVisible(), timeout=10_000)
    assert [m.label() for m in d.members] == ["תמר ארזי"] and d.edits["family_name"].text()
    # a known person
    known = d.add_known()
    type_text(known.chooser.search_edit, "לוי")
    known.chooser.search()
    settle(qtbot, ops)
    known.submit()
    assert not known.isVisible() and len(d.members) == 2
    d.edits["family_name"].setText("משפחת ארזי")
    d.worker.setCurrentIndex(d.worker.findData(world.users["north_worker"].id))
    assert d.load_label.text()
    with qtbot.waitSignal(w.open_file_requested, timeout=10_000) as opened:
        d.submit()
    f = world.services("manager").families.get(opened.args[0]).file
    assert f.family_name == "משפחת ארזי" and f.worker is not None and f.worker.id == world.users["north_worker"].id
    assert sorted(m.person.first_name for m in f.members) == sorted(["תמר", "שׁוֹשַׁנָּה"])
    assert world.services("north_worker").families.search("", mine=True).count(f.id) == 1


def test_the_editing_actions_follow_the_capability(qtbot, world, ops):
    v = _view(qtbot, ops, world, "north_worker")
    tab = v.tab("members")
    assert all(a.button.isVisible() for a in tab.actions_)
    select_row(tab.table, 0)
    assert tab.edit_action.button.isEnabled()
    head = _view(qtbot, ops, world, "manager")
    assert head.edit_details_action.button.isVisible() == head.detail.can.edit


def test_every_editing_dialog_names_its_fields_for_a_screen_reader(qtbot, world, ops):
    from desktop.widgets.a11y import unnamed_widgets

    v = _view(qtbot, ops, world)
    tab = v.tab("members")
    _select_member(v, world.persons["cohen_child"])
    for open_dialog in (v.open_edit_details, tab.open_edit_person, tab.open_change_relation, tab.open_add_member):
        d = open_dialog()
        assert d is not None
        qtbot.waitExposed(d)
        settle(qtbot, ops)
        assert unnamed_widgets(d) == [], d.objectName()
        if hasattr(d, "chooser"):
            d.chooser.set_new(True)
            assert unnamed_widgets(d) == [], "new person"
        d.reject()
    w = FamilyListView(world.services("north_worker"), ops)
    qtbot.addWidget(w)
    d = w.open_new_file()
    assert d is not None
    qtbot.waitExposed(d)
    settle(qtbot, ops)
    assert unnamed_widgets(d) == []
    d.reject()


def test_the_editing_actions_from_the_keyboard(qtbot, world, ops):
    from PySide6.QtWidgets import QApplication

    v = _view(qtbot, ops, world)
    v.activateWindow()
    tab = v.tab("members")
    select_row(tab.table, 0)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    mod = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, mods, name, first in ((Qt.Key.Key_D, mod, "fileDetailsDialog", "family_name"),
                                   (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier, "personDialog", "first_name"),
                                   (Qt.Key.Key_L, mod, "relationDialog", "relation"),
                                   (Qt.Key.Key_M, mod, "addMemberDialog", "personSearch")):
        qtbot.keyClick(tab.table, key, mods)
        d = v.dialog
        assert d is not None and d.objectName() == name and d.isVisible(), name
        qtbot.waitUntil(lambda d=d: QApplication.activeWindow() is d)
        qtbot.waitUntil(lambda first=first: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().objectName() == first)  # the first field
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=d: not d.isVisible())
        # the focus comes back into the file view (to the button or the table the dialog came from)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and v.isAncestorOf(QApplication.focusWidget()))
        tab.table.setFocus()
        qtbot.waitUntil(tab.table.hasFocus)
    # Enter saves: the relation dialog, from its combo box
    qtbot.keyClick(tab.table, Qt.Key.Key_L, mod)
    d = v.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is d.relation)
    d.relation.setCurrentIndex(d.relation.findData("other"))
    qtbot.keyClick(d.relation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    settle(qtbot, ops)
    assert "other" in [m.relation for m in v.detail.file.members]

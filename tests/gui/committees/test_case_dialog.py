"""The case dialog: the family file found by name, then its child; the case appears on the agenda; the
14-day warning is said before trying (a non-urgent case less than 14 days ahead) and the service's refusal
shows as the message with the form kept; an urgent case goes through; cases move up and down and are
removed after a question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.committees.page import CommitteesPage
from tests.gui.committees.meeting_support import case, gone, meeting, mnemonics
from tests.gui.helpers import settle, type_text
from tests.gui.intake.support import confirm


def _view(qtbot, ops, world, meeting_id: int, who: str = "coordinator"):
    page = CommitteesPage(world.services(who), ops)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    view = page.open_meeting(meeting_id)
    view.test_page = page  # the page lives as long as the test holds its view
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    settle(qtbot, ops)
    return view


def _find_cohen(qtbot, ops, d) -> None:
    d.query.setFocus()
    type_text(d.query, "כהן")
    qtbot.waitUntil(lambda: d.files.rowCount() > 0 and d.child.count() > 0, timeout=5000)
    settle(qtbot, ops)


def test_a_case_added_appears_on_the_agenda(qtbot, world, ops):
    m = meeting(world, days_ahead=21)
    view = _view(qtbot, ops, world, m.id)
    assert view.agenda.rowCount() == 0 and view.agenda.showing_empty_text()
    d = view.add_case()
    assert d is not None and not d.ready  # nothing to save before a file and a child are chosen
    _find_cohen(qtbot, ops, d)
    assert d.child.currentData() == world.persons["cohen_child"] and d.ready
    d.reason.setCurrentIndex(d.reason.findData("first_hearing"))
    assert not d.notice_label.isVisibleTo(d)  # 21 days: no warning
    d.requested_by_name.setFocus()
    type_text(d.requested_by_name, "דנה צפונית")
    type_text(d.requested_by_role, "עובדת סוציאלית")
    qtbot.keyClick(d.requested_by_role, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d)
    assert view.agenda_children() == ["מרים כהן"]
    c = view.selected_case()
    assert c is not None and c.reason == "first_hearing" and c.requested_by_name == "דנה צפונית"
    assert view.participants.rowCount() == 0 and view.participants.showing_empty_text()


def test_the_14_day_warning_is_said_and_the_refusal_keeps_the_form(qtbot, world, ops):
    m = meeting(world, days_ahead=10)
    view = _view(qtbot, ops, world, m.id)
    d = view.add_case()
    assert d is not None
    _find_cohen(qtbot, ops, d)
    d.reason.setCurrentIndex(d.reason.findData("review"))
    assert d.notice_label.isVisibleTo(d)
    warning = d.warning_text()
    assert "10" in warning and "14" in warning
    d.requested_by_name.setText("דנה צפונית")
    d.background.setPlainText("רקע קצר")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "parent_notice_too_short"
    assert d.error_label.isVisible() and "10" in d.error_label.text()
    assert d.requested_by_name.text() == "דנה צפונית" and d.background.toPlainText() == "רקע קצר"
    assert view.agenda.rowCount() == 0
    d.reason.setCurrentIndex(d.reason.findData("urgent"))  # only an urgent hearing may be sooner
    assert not d.notice_label.isVisibleTo(d)
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert view.agenda_children() == ["מרים כהן"]


def test_cases_move_up_and_down_and_are_removed(qtbot, world, ops):
    m = meeting(world, days_ahead=21)
    case(world, m.id, file="cohen", child="cohen_child")
    case(world, m.id, file="haddad", child="haddad_child")
    view = _view(qtbot, ops, world, m.id)
    assert view.agenda_children() == ["מרים כהן", "לילא חדאד"]
    assert not view.up_button.isEnabled() and view.down_button.isEnabled()
    view.down_button.click()
    settle(qtbot, ops)
    assert view.agenda_children() == ["לילא חדאד", "מרים כהן"]
    assert view.selected_case().child.full_name == "מרים כהן"  # the moved case stays selected
    view.up_button.click()
    settle(qtbot, ops)
    assert view.agenda_children() == ["מרים כהן", "לילא חדאד"]
    view.remove_case()
    question = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    confirm(question)
    settle(qtbot, ops)
    assert view.agenda_children() == ["לילא חדאד"]


def test_alt_letters_are_unique_in_the_case_dialog(qtbot, world, ops):
    m = meeting(world, days_ahead=21)
    c = case(world, m.id)
    view = _view(qtbot, ops, world, m.id)
    for d in (view.add_case(), view.edit_case()):
        assert d is not None
        settle(qtbot, ops)
        letters = mnemonics(d)
        assert len(letters) == len(set(letters)) >= 5, sorted(letters)
        d.reject()
    d = view.edit_case()
    assert d is not None and d.case is not None and d.case.id == c.id and d.ready
    assert d.file_label.text().endswith(c.family_name)
    d.reject()

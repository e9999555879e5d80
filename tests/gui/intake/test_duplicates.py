"""The duplicate dialog: candidates ranked with their reasons in words, "use this person", "none of these"
(asks first, dismisses every candidate shown), Escape back to the form; check_duplicates with a service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.messages import duplicate_reason_label
from desktop.widgets.duplicates import (
    COL_FILES,
    COL_ID,
    COL_NAME,
    COL_WHY,
    DuplicateDialog,
    check_duplicates,
)
from models.people.dto import CandidateFile, DuplicateCandidate, PersonDTO, PersonInput
from tests.gui.helpers import settle
from tests.support import valid_id


def person(pid: int, first: str, last: str, born: date | None, n: int, first_ar: str = "", last_ar: str = "") -> PersonDTO:
    return PersonDTO(pid, 1, "il", valid_id(n), first, last, first_ar, last_ar, "", "", born, "f", "he",
                     (f"050-11111{n:02d}",))


def candidates() -> list[DuplicateCandidate]:
    weak = DuplicateCandidate(person(7, "אביגל", "מזרחי", date(2015, 4, 2), 31), 55, False, ("name_variant",))
    strong = DuplicateCandidate(person(5, "אביגיל", "מזרחי", date(2015, 4, 1), 30, "أبيجيل", "مزراحي"), 91, True,
                                ("name_variant", "birth_date"),
                                (CandidateFile(3, "2025/0007", "משפחת מזרחי", "רחוב האלה 4", "open"),))
    return [weak, strong]  # not in order: the dialog ranks them


def test_candidates_are_ranked_with_their_reasons_and_files(qtbot):
    d = DuplicateDialog(candidates(), PersonInput("אביגל", "מזרחי", birth_date=date(2015, 4, 1)))
    qtbot.addWidget(d)
    d.show()
    t = d.table
    assert t.rowCount() == 2
    assert t.item(0, COL_NAME).text().startswith("אביגיל מזרחי") and "أبيجيل" in t.item(0, COL_NAME).text()
    assert t.item(0, COL_ID).text() == valid_id(30)
    assert "2025/0007" in t.item(0, COL_FILES).text() and "רחוב האלה 4" in t.item(0, COL_FILES).text()
    assert t.item(0, COL_WHY).text() == ", ".join([duplicate_reason_label("name_variant"),
                                                   duplicate_reason_label("birth_date")])
    assert duplicate_reason_label("birth_date") != "birth_date"  # a word, not the code
    assert d.selected() is not None and d.selected().person.id == 5  # the strongest first and selected


def test_enter_uses_the_selected_person_and_down_moves(qtbot):
    d = DuplicateDialog(candidates())
    qtbot.addWidget(d)
    d.show()
    d.table.setFocus()
    qtbot.keyClick(d.table, Qt.Key.Key_Down)
    assert d.selected().person.id == 7
    with qtbot.waitSignal(d.use_existing) as used:
        qtbot.keyClick(d.table, Qt.Key.Key_Return)
    assert used.args[0].id == 7
    assert d.result() == QDialog.DialogCode.Accepted


def test_none_of_these_asks_then_dismisses_every_candidate(qtbot):
    d = DuplicateDialog(candidates())
    qtbot.addWidget(d)
    d.show()
    got: list[tuple[int, ...]] = []
    d.confirmed_new.connect(got.append)
    d.new_button.click()
    assert d.confirm_box is not None and d.confirm_box.isVisible()
    assert got == []  # nothing until the worker confirms
    d.confirm_box.reject()  # Cancel: still in the dialog
    assert got == [] and d.isVisible()
    d.new_button.click()
    yes = next(b for b in d.confirm_box.buttons()
               if d.confirm_box.buttonRole(b) == d.confirm_box.ButtonRole.AcceptRole)
    yes.click()
    assert got == [(5, 7)]


def test_escape_goes_back_without_a_decision(qtbot):
    d = DuplicateDialog(candidates())
    qtbot.addWidget(d)
    d.show()
    decided: list[object] = []
    d.use_existing.connect(decided.append)
    d.confirmed_new.connect(decided.append)
    qtbot.keyClick(d.table, Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected and decided == []


def test_no_new_person_when_the_id_is_taken(qtbot):
    d = DuplicateDialog(candidates(), allow_new=False)
    qtbot.addWidget(d)
    d.show()
    assert not d.new_button.isVisible()


class FakePeople:
    def __init__(self, found: list[DuplicateCandidate]) -> None:
        self.found, self.calls = found, []

    def duplicates(self, data, *, address=""):
        self.calls.append((data, address))
        return self.found


def test_check_duplicates_without_candidates_adds_at_once(qtbot, ops):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    people = FakePeople([])
    new: list[tuple[int, ...]] = []
    check = check_duplicates(ops, people, PersonInput("נועם", "חדש"), "רחוב 1", parent, lambda p: None, new.append)
    settle(qtbot, ops)
    assert new == [()] and check.dialog is None and people.calls[0][1] == "רחוב 1"


def test_check_duplicates_with_candidates_opens_the_dialog(qtbot, ops):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    used: list[PersonDTO] = []
    new: list[tuple[int, ...]] = []
    back: list[bool] = []
    check = check_duplicates(ops, FakePeople(candidates()), PersonInput("אביגל", "מזרחי"), "", parent,
                             used.append, new.append, on_back=lambda: back.append(True))
    settle(qtbot, ops)
    assert check.dialog is not None and check.dialog.isVisible() and new == []
    check.dialog.use_selected()
    assert [p.id for p in used] == [5] and new == [] and back == []

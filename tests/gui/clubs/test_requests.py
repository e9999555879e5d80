"""Club requests: a family worker's request for a child of the file (reason required, the age said when it
does not fit the club); a file with no child; the school referral (route c) for a family the department knows
(the request filed on its file, the institution with it) and for one it does not (a referral in intake's
queue, its number said), and a child who may be known after all (the possible duplicates shown)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.clubs.request_dialog import RequestDialog
from desktop.clubs.school_referral import SchoolReferralDialog
from desktop.widgets.duplicates import DuplicateDialog
from tests.gui.clubs.page_support import add_child, club, page, today  # noqa: F401
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.helpers import settle, type_text
from tests.gui.intake.support import confirm

pytestmark = pytest.mark.usefixtures("today")


def _dialog(qtbot, ops, world, file: str = "cohen", who: str = "north_worker") -> RequestDialog:
    d = RequestDialog(world.services(who), ops, world.files[file])
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    return d


def test_a_family_worker_requests_a_club_for_a_child(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    club(world, "מועדונית הגפן", capacity=1)
    d = _dialog(qtbot, ops, world)
    assert [d.child.itemText(i) for i in range(d.child.count())] == ["מרים כהן (11)"]
    assert d.club.count() == 3 and d.club.currentData() is None  # any club, or one of the two
    assert "2025/0001" in d.file_label.text() and "משפחת כהן" in d.windowTitle()
    assert not d.source_name.isVisibleTo(d)  # the institution is for a school's referral only
    letters = mnemonics(d)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    d.submit()  # no reason
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "required"
    d.reason.setFocus()
    type_text(d.reason, "בדידות חברתית, קושי בהכנת שיעורים")
    type_text(d.goals, "השתלבות בקבוצת בני גיל")
    d.urgency.setCurrentIndex(d.urgency.findData("week"))
    d.risk.setCurrentIndex(d.risk.findData("high"))
    d.club.setCurrentIndex(d.club.findData(dekel.id))
    with qtbot.waitSignal(d.saved) as saved:
        qtbot.keyClick(d.goals, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    r = saved.args[0]
    assert (r.route, r.urgency, r.risk, r.preferred_club_id, r.reason, r.goals) == (
        "family_worker", "week", "high", dekel.id, "בדידות חברתית, קושי בהכנת שיעורים", "השתלבות בקבוצת בני גיל")
    assert gone(d)
    waiting = world.services("club").clubs.waiting_list(dekel.id)
    assert [(w.child_name, w.urgency, w.risk) for w in waiting.rows] == [("מרים כהן", "week", "high")]


def test_the_dialog_says_when_the_age_does_not_fit_the_club(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    add_child(world)  # Noam Levi, 14
    d = _dialog(qtbot, ops, world, "levi", "north_worker2")
    assert d.child.currentText() == "נועם לוי (14)" and not d.age_note.isVisibleTo(d)
    d.club.setCurrentIndex(d.club.findData(dekel.id))
    assert d.age_note.isVisibleTo(d) and "14" in d.age_note.text() and "12" in d.age_note.text()
    d.club.setCurrentIndex(0)  # any club
    assert not d.age_note.isVisibleTo(d)


def test_a_file_with_no_child_says_so(qtbot, world, ops):
    club(world)
    d = _dialog(qtbot, ops, world, "levi", "north_worker2")
    assert d.child.count() == 0 and not d.ready and d.error_label.isVisible()


def _referral(qtbot, ops, world):
    dekel = club(world, "מועדונית הדקל")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    d = p.school_referral()
    assert isinstance(d, SchoolReferralDialog) and d.step == "search" and not d.ok_button.isVisible()
    settle(qtbot, ops)
    d.source.setCurrentIndex(d.source.findData("kindergarten"))
    d.source_name.setFocus()
    type_text(d.source_name, "גן החצב")
    type_text(d.source_contact, "הגננת סיגל, 08-6000200")
    return p, d, dekel


def test_route_c_a_known_family_files_the_request_on_its_file(qtbot, world, ops):
    p, d, dekel = _referral(qtbot, ops, world)
    d.finder.query.setFocus()
    type_text(d.finder.query, "חדאד")
    qtbot.keyClick(d.finder.query, Qt.Key.Key_Return)  # searches; nothing else
    qtbot.waitUntil(lambda: d.finder.files.rowCount() == 1, timeout=5000)
    assert d.isVisible() and d.known_button.isEnabled()
    r = d.family_known()
    assert r is not None and r.route == "school"
    settle(qtbot, ops)
    assert (r.source_name.text(), r.source_contact.text()) == ("גן החצב", "הגננת סיגל, 08-6000200")
    assert r.source_name.isVisibleTo(r) and r.child.currentData() == world.persons["haddad_child"]
    type_text(r.reason, "הגננת מתארת הסתגרות וקושי בשפה")
    r.club.setCurrentIndex(r.club.findData(dekel.id))
    r.submit()
    settle(qtbot, ops)
    assert gone(r) and gone(d)
    assert p.message_box is not None and "לילא חדאד" in p.message_box.text() and "מועדונית הדקל" in p.message_box.text()
    p.message_box.accept()
    assert p.waiting.child_names() == ["לילא חדאד"]
    row = p.waiting.waiting.rows[0]
    req = world.services("club").clubs.request(row.request_id)
    assert (req.route, req.source_name, req.source_contact) == ("school", "גן החצב", "הגננת סיגל, 08-6000200")


def test_route_c_an_unknown_family_goes_to_intake(qtbot, world, ops):
    p, d, dekel = _referral(qtbot, ops, world)
    d.finder.query.setFocus()
    type_text(d.finder.query, "אבוטבול")
    qtbot.keyClick(d.finder.query, Qt.Key.Key_Return)
    settle(qtbot, ops)
    assert d.finder.files.rowCount() == 0 and not d.known_button.isEnabled()
    d.unknown_button.click()
    assert d.step == "unknown" and d.ok_button.isVisible() and d.child_last.text() == "אבוטבול"
    letters = mnemonics(d)
    assert not [k for k, n in Counter(letters).items() if n > 1], letters
    type_text(d.child_first, "יונתן")
    d.has_birth.setChecked(True)
    d.birth_date.setDate(date(2021, 4, 4))
    type_text(d.parent_name, "שרה אבוטבול")
    type_text(d.phone, "052-0000123")
    type_text(d.address, "רחוב הרימון 7")
    d.urgency.setCurrentIndex(d.urgency.findData("week"))
    d.club.setCurrentIndex(d.club.findData(dekel.id))
    d.submit()  # no reason: refused, the form kept
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "required"
    assert d.child_first.text() == "יונתן" and d.step == "unknown"
    type_text(d.reason, "קושי בוויסות רגשי בגן")
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    box = p.message_box
    assert box is not None
    intake = world.services("intake").intake
    (number,) = [n for n in box.text().split() if "/" in n]
    referral = intake.get(intake.find(number))
    assert referral.source == "kindergarten" and referral.urgency == "week"
    assert "קושי בוויסות רגשי בגן" in referral.problem and "גן החצב" in referral.problem
    assert sorted(p.person.full_name for p in referral.persons) == ["יונתן אבוטבול", "שרה אבוטבול"]


def test_route_c_a_child_who_may_be_known_is_shown(qtbot, world, ops):
    p, d, _dekel = _referral(qtbot, ops, world)
    d.unknown_button.click()
    type_text(d.child_first, "מרים")
    type_text(d.child_last, "כהן")
    d.has_birth.setChecked(True)
    d.birth_date.setDate(date(2015, 6, 12))
    type_text(d.reason, "בקשה למועדונית")
    d.submit()
    settle(qtbot, ops)
    assert d.last_error is not None and d.last_error.code == "duplicate_suspected"
    dup = d.duplicate_dialog
    assert isinstance(dup, DuplicateDialog) and dup.candidates[0].person.id == world.persons["cohen_child"]
    dup.use_selected()  # the same child: the family is known, find its file
    settle(qtbot, ops)
    assert d.step == "search" and d.finder.files.rowCount() == 1
    assert d.finder.chosen_file_id() == world.files["cohen"] and d.known_button.isEnabled()

    # "none of these": the referral goes to intake with the candidate set aside
    d.unknown_button.click()
    d.submit()
    settle(qtbot, ops)
    dup = d.duplicate_dialog
    assert isinstance(dup, DuplicateDialog)
    dup.ask_new()
    confirm(dup.confirm_box)
    settle(qtbot, ops)
    assert gone(d) and p.message_box is not None

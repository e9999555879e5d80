"""The enrolment dialog: a child found by the family file with every detail (the defaults: the club's next
day, 30 June, the family's address; the people allowed to collect the child typed on the keyboard); the last
seat taken meanwhile (club_full: the message, the way to the waiting list, nothing saved); a child outside
the club's ages (the reason asked for at once, and required); a refused save keeps everything typed; an
enrolment edited from the children's list, and edited meanwhile by someone else (reload, nothing lost)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.clubs.enrol_dialog import EnrolDialog
from desktop.clubs.page import TAB_CHILDREN, TAB_WAITING
from desktop.clubs.roster import COL_ALLERGIES
from desktop.widgets.dates import to_date
from models.clubs.dto import CollectorInput, EnrolInput
from tests.gui.clubs.page_support import (
    NEXT_CLUB_DAY,
    PLANNED_END,
    TODAY,
    add_child,
    club,
    enrol,
    focus,
    page,
    request,
    today,  # noqa: F401
    waiting_request,
)
from tests.gui.committees.meeting_support import gone
from tests.gui.helpers import settle, type_text

pytestmark = pytest.mark.usefixtures("today")


def _find(qtbot, ops, d: EnrolDialog, text: str, child: str) -> None:
    """Find the family file, then choose its child."""
    assert d.finder is not None
    focus(qtbot, d.finder.query)
    type_text(d.finder.query, text)
    qtbot.keyClick(d.finder.query, Qt.Key.Key_Return)  # searches at once; never saves
    qtbot.waitUntil(lambda: d.finder.files.rowCount() > 0 and d.child.count() > 0, timeout=5000)
    settle(qtbot, ops)
    assert d.isVisible()
    d.child.setCurrentIndex(next(i for i in range(d.child.count()) if d.child.itemText(i).startswith(child)))


def _type_cell(qtbot, values: tuple[str, ...]) -> None:
    """Type into the cell being edited, Tab to the next one."""
    for value in values:
        editor = QApplication.focusWidget()
        type_text(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_child_found_by_the_file_is_enrolled_with_every_detail(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", routes=("קו צפון", "קו דרום"))
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.tabs.setCurrentIndex(TAB_CHILDREN)
    p.roster.enrol_button.click()
    d = p.dialog
    assert isinstance(d, EnrolDialog) and not d.ready  # nothing to save before a child is chosen
    settle(qtbot, ops)
    assert d.club.currentData() == dekel.id
    assert to_date(d.starts_on) == NEXT_CLUB_DAY and to_date(d.ends_on) == PLANNED_END
    _find(qtbot, ops, d, "כהן", "מרים כהן")
    assert d.ready and d.dropoff.text() == "רחוב הדקל 1"
    d.route.setCurrentIndex(d.route.findText("קו דרום", Qt.MatchFlag.MatchStartsWith))
    type_text(d.school, "בית ספר הגפן")
    type_text(d.diet, "צמחונית")
    type_text(d.allergies, "בוטנים")
    d.consent.setChecked(True)
    d.consent_on.setDate(date(2026, 11, 24))
    d.add_collector_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), type(d.school)), timeout=3000)
    _type_cell(qtbot, ("רחל כהן", "סבתא", "050-0000077", "000000018"))
    d.add_collector(("משה כהן", "אב", "", ""), edit=False)
    d.add_collector(edit=False)  # an empty row is left out
    d.submit()
    settle(qtbot, ops)
    assert gone(d)

    fc = world.services("club").clubs.file_clubs(world.files["cohen"])
    (e,) = next(c for c in fc.children if c.person_id == world.persons["cohen_child"]).enrolments
    assert (e.club_id, e.starts_on, e.ends_on, e.school, e.diet, e.allergies) == (
        dekel.id, NEXT_CLUB_DAY, PLANNED_END, "בית ספר הגפן", "צמחונית", "בוטנים")
    assert e.route_name == "קו דרום" and e.dropoff_address == "רחוב הדקל 1"
    assert e.consent_signed and e.consent_on == date(2026, 11, 24)
    assert [(c.name, c.relation, c.phone, c.id_number) for c in e.collectors] == [
        ("רחל כהן", "סבתא", "050-0000077", "000000018"), ("משה כהן", "אב", "", "")]


def test_the_last_seat_taken_meanwhile_offers_the_waiting_list_and_saves_nothing(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל", capacity=1)
    r = request(world, dekel.id)
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    d = p.enrol(p.waiting.selected())
    settle(qtbot, ops)
    type_text(d.diet, "ללא גלוטן")
    d.add_collector(("רחל כהן", "סבתא", "050-0000077", ""), edit=False)
    enrol(world, dekel.id)  # another worker gives the last seat to Leila Haddad meanwhile
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "club_full"
    assert "מועדונית הדקל" in d.error_label.text() and d.error_label.isVisible()
    assert d.waiting_button.isVisible()
    assert d.diet.text() == "ללא גלוטן" and d.collector_values() == (CollectorInput("רחל כהן", "סבתא", "050-0000077"),)
    assert waiting_request(world, r.id).status == "waiting"  # nothing saved
    assert world.services("club").clubs.waiting_list(dekel.id).enrolled == 1

    d.waiting_button.click()
    assert gone(d)
    settle(qtbot, ops)
    assert p.tabs.currentIndex() == TAB_WAITING and p.club_id == dekel.id
    assert p.waiting.child_names() == ["מרים כהן"]
    assert not p.waiting.enrol_action.button.isEnabled()  # the list now says the club is full


def test_a_child_outside_the_ages_needs_a_reason(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    add_child(world)  # Noam Levi, 14
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    d = p.enrol(None)
    settle(qtbot, ops)
    assert not d.age_reason.isVisibleTo(d)
    _find(qtbot, ops, d, "לוי", "נועם לוי")
    # the dialog knows the birth date: the reason is asked for at once, and says why
    assert d.age_reason.isVisibleTo(d) and d.age_note.isVisibleTo(d)
    assert "14" in d.age_note.text() and "3" in d.age_note.text() and "12" in d.age_note.text()
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "age_outside_range"
    assert "14" in d.error_label.text()
    qtbot.waitUntil(d.age_reason.hasFocus, timeout=3000)
    type_text(d.age_reason, "אח צעיר במועדונית, המלצת השפ״ח")
    qtbot.keyClick(d.age_reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d)
    e = world.services("club").clubs.roster(dekel.id, NEXT_CLUB_DAY)
    assert [r.child_name for r in e] == ["נועם לוי"]
    full = world.services("club").clubs.enrolment(e[0].enrolment_id)
    assert full.age_override_reason == "אח צעיר במועדונית, המלצת השפ״ח"


def test_a_refused_save_keeps_everything_typed(qtbot, world, ops):
    gefen = club(world, "מועדונית הגפן")
    club(world, "מועדונית הדקל", routes=("קו צפון",))
    enrol(world, gefen.id)  # Leila Haddad is in the Gefen club
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    d = p.enrol(None)
    settle(qtbot, ops)
    _find(qtbot, ops, d, "חדאד", "לילא חדאד")
    d.starts_on.setDate(date(2026, 12, 6))
    d.has_end.setChecked(False)
    d.goals.setPlainText("חיזוק קשרים חברתיים")
    type_text(d.diet, "כשר")
    type_text(d.allergies, "חלב")
    type_text(d.school, "בית ספר התמר")
    d.route.setCurrentIndex(1)
    d.collected.setChecked(True)
    d.consent.setChecked(True)
    d.add_collector(("אחמד חדאד", "אב", "050-0000004", ""), edit=False)
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "already_enrolled"
    assert d.error_label.isVisible() and not d.waiting_button.isVisible()
    # everything as typed
    assert d.chosen_person_id() == world.persons["haddad_child"]
    assert to_date(d.starts_on) == date(2026, 12, 6) and not d.has_end.isChecked()
    assert d.goals.toPlainText() == "חיזוק קשרים חברתיים"
    assert (d.diet.text(), d.allergies.text(), d.school.text()) == ("כשר", "חלב", "בית ספר התמר")
    assert d.route.currentIndex() == 1 and d.collected.isChecked() and not d.dropoff.isEnabled()
    assert d.consent.isChecked()
    assert d.collector_values() == (CollectorInput("אחמד חדאד", "אב", "050-0000004"),)
    value = d.value()
    assert value.dropoff_address == "" and value.ends_on is None and value.consent_on == TODAY


def test_an_enrolment_edited_from_the_list_and_meanwhile_by_someone_else(qtbot, world, ops):
    dekel = club(world, "מועדונית הדקל")
    e = enrol(world, dekel.id, allergies="")
    p = page(qtbot, ops, world, club_name="מועדונית הדקל")
    p.tabs.setCurrentIndex(TAB_CHILDREN)
    assert p.roster.child_names() == ["לילא חדאד"]
    focus(qtbot, p.roster.table)
    qtbot.keyClick(p.roster.table, Qt.Key.Key_Return)  # Enter: edit the enrolment
    qtbot.waitUntil(lambda: isinstance(p.dialog, EnrolDialog), timeout=5000)
    d = p.dialog
    assert isinstance(d, EnrolDialog)
    settle(qtbot, ops)
    assert d.enrolment is not None and d.enrolment.id == e.id and not d.club.isEnabled()
    assert "לילא חדאד" in d.child_label.text() and to_date(d.starts_on) == date(2026, 10, 1)
    assert d.consent.isChecked()
    d.allergies.setText("שומשום")
    # someone else changes the enrolment meanwhile
    other = world.services("manager").clubs
    other.update_enrolment(e.id, e.version, EnrolInput(club_id=dekel.id, file_id=e.file_id, person_id=e.person_id,
                                                       starts_on=e.starts_on, diet="טבעונית", consent_signed=True,
                                                       consent_on=e.consent_on))
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "stale"
    assert d.reload_button.isVisible() and d.allergies.text() == "שומשום"
    d.reload_button.click()
    settle(qtbot, ops)
    assert not d.reload_button.isVisible() and d.allergies.text() == "שומשום"
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    row = p.roster.selected()
    assert row is not None and row.allergies == "שומשום"
    allergy = p.roster.table.item(0, COL_ALLERGIES)
    assert allergy is not None and allergy.toolTip().endswith("שומשום")  # the allergy stands out, and says so

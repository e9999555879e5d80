"""Intake, through the whole client and its UI only (issue 8's "done when"), on SQLite and PostgreSQL:

1. The intake worker signs in, registers a school's referral about a child unknown to the department (the
   child added as a new person: the duplicate check finds nobody), opens a family file from it and hands it
   to a family worker of the northern team, with a first-contact task.
2. The family worker signs in: the new file is in "My files", the task in My tasks.
3. A second referral about the same child with her name misspelt ("אביגל" for "אביגיל", same birth date) is
   caught as a likely duplicate in the duplicate dialog; the intake worker uses the known child, and the
   referral is saved about her (no second record)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.messages import duplicate_reason_label
from models.people.entities import Person
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text
from tests.gui.intake.support import closed, confirm, error_of
from tests.support import valid_id

BORN = date(2016, 3, 10)




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _new_referral(qtbot, app, page):
    if page.currentWidget() is not page.queue:
        page.view.back.button.click()  # back to the queue
    assert page.currentWidget() is page.queue
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=5000)
    page.queue.table.setFocus()
    qtbot.keyClick(page.queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form is not None and form.isVisible()
    form.source.setCurrentIndex(form.source.findData("school"))
    type_text(form.referrer_name, "רות מורה")
    type_text(form.referrer_role, "מחנכת")
    type_text(form.referrer_organisation, "בית ספר הגפן")
    return form


def _add_child(qtbot, app, form, first: str, *, id_number: str | None):
    form.new_person_button.click()
    pd = form.person_dialog
    assert pd is not None and pd.isVisible()
    f = pd.person_form
    type_text(f.first_name, first)
    type_text(f.last_name, "מזרחי")
    if id_number is None:
        f.id_kind.setCurrentIndex(f.id_kind.findData("none"))
    else:
        f.id_number.setText(id_number)
    f.birth_date.setDate(BORN)
    f.sex.setCurrentIndex(f.sex.findData("f"))
    pd.ok_button.click()
    _settle(qtbot, app)
    return pd


def _save(qtbot, app, form, problem: str, urgency: str) -> None:
    type_text(form.problem, problem)
    form.urgency.setCurrentIndex(form.urgency.findData(urgency))
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=5000)
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, app)
    assert closed(form), error_of(form)


def _persons_named(world, last: str) -> int:
    with world.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Person).where(Person.last_name == last)) or 0)


def test_intake_journey_from_a_school_referral_to_a_family_worker(qtbot, world, make_app):
    # ---- 1. the intake worker --------------------------------------------------------------------------
    app = _sign_in(qtbot, make_app, world, "intake")
    w = app.main_window
    page = w.feature_pages["intake"]
    assert w.pages.currentWidget() is page  # intake comes first for an intake worker
    _settle(qtbot, app)
    assert page.queue.numbers() == []

    form = _new_referral(qtbot, app, page)
    pd = _add_child(qtbot, app, form, "אביגיל", id_number=valid_id(41))
    assert pd.check_op is not None and pd.check_op.dialog is None  # nobody like her: added as new
    assert [e.data.first_name for e in form.entries if e.data] == ["אביגיל"]
    _save(qtbot, app, form, "הילדה מגיעה ללא ארוחה, היעדרויות רבות", "week")

    view = page.view
    assert view is not None and page.currentWidget() is view
    _settle(qtbot, app)
    first = view.referral
    assert first is not None and first.status == "open" and first.source == "school"
    assert [p.person.first_name for p in first.persons] == ["אביגיל"]
    assert page.queue.numbers() == [first.number]

    view.open_file_action.button.click()
    d = view.dialog
    assert d is not None
    _settle(qtbot, app)
    d.family_name.setText("משפחת מזרחי")
    type_text(d.address, "רחוב הרימון 7")
    type_text(d.locality, "עין הבשור")
    d.team.setCurrentIndex(d.team.findText("צוות צפון"))
    d.ok_button.click()
    _settle(qtbot, app)
    assert closed(d), error_of(d)
    assert view.referral.status == "awaiting_handover" and view.referral.file_number

    view.hand_over_action.button.click()
    h = view.dialog
    _settle(qtbot, app)
    h.team.setCurrentIndex(h.team.findText("צוות צפון"))
    _settle(qtbot, app)
    h.worker.setCurrentIndex(h.worker.findData(world.users["north_worker"].id))
    h.ok_button.click()
    confirm(h.confirm_box)
    _settle(qtbot, app)
    assert closed(h), error_of(h)
    done = view.referral
    assert done.status == "closed" and done.handed_to is not None and done.task_id is not None
    file_number = done.file_number
    assert page.queue.numbers() == []  # decided: off the queue

    # ---- 3. the second referral: the misspelt name is caught -------------------------------------------
    form = _new_referral(qtbot, app, page)
    pd = _add_child(qtbot, app, form, "אביגל", id_number=None)
    dup = pd.check_op.dialog if pd.check_op else None
    assert dup is not None and dup.isVisible()
    best = dup.candidates[0]
    assert best.person.first_name == "אביגיל" and best.person.birth_date == BORN
    why = dup.table.item(0, 6).text()
    assert duplicate_reason_label("birth_date") in why
    assert file_number in dup.table.item(0, 5).text()  # her file, which the intake worker may see
    dup.activateWindow()
    qtbot.waitUntil(dup.isActiveWindow, timeout=5000)
    dup.table.setFocus()
    qtbot.keyClick(dup.table, Qt.Key.Key_Return)  # Enter: use this person
    assert [e.person.id for e in form.entries if e.person] == [best.person.id]
    _save(qtbot, app, form, "המורה מדווחת על חבלה ביד", "day")
    _settle(qtbot, app)
    second = page.view.referral
    assert second is not None and second.id != first.id
    assert [p.person.id for p in second.persons] == [best.person.id]
    assert _persons_named(world, "מזרחי") == 1  # no second record of the child

    # ---- 2. the family worker ----------------------------------------------------------------------------
    app2 = _sign_in(qtbot, make_app, world, "north_worker")
    w2 = app2.main_window
    assert "intake" not in w2.feature_pages
    lst = w2.family_list
    qtbot.waitUntil(lambda: not lst.searching, timeout=10_000)
    if not lst.mine.isChecked():
        lst.mine.click()  # "My files"
    qtbot.waitUntil(lambda: not lst.searching and lst.model.rowCount() >= 1, timeout=10_000)
    _settle(qtbot, app2)
    numbers = [lst.model.data(lst.model.index(r, 0)) for r in range(lst.model.rowCount())]
    assert file_number in numbers and len(numbers) == 2  # her own: כהן (from the world) and the new file
    w2.show_page("my_tasks")
    tasks = w2.my_tasks
    qtbot.waitUntil(lambda: not tasks.loading and tasks.table.rowCount() >= 1, timeout=10_000)
    titles = [tasks.table.item(r, 3).text() for r in range(tasks.table.rowCount())]
    assert any(first.number in t for t in titles)

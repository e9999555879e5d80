"""The therapy centre, through the whole client and its UI (issue 11's "done when", "therapy"), on SQLite and
PostgreSQL.

1. The family worker (דנה) signs in, opens the Cohen file on its Therapy tab and refers the child to
   emotional therapy; a week later she refers the father to parent guidance, the referral dated back to the
   day the family asked for it (before the child's).
2. On the Therapy centre page the waiting list shows them by the age of the referral: the father first.
3. Treatment starts for the child with a therapist; sessions are recorded; the referral ends with its goals
   met (asked first).
4. Enter on a row opens the file on its Therapy tab: the child's course (the therapist, six sessions, ended
   with its goals met), the father still waiting.

Every day is in the past (the autumn of 2025): the PostgreSQL guard refuses dates after the server's today."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.therapy.common import days_text, end_reason_label, kind_label, status_label
from desktop.therapy.dialogs import EndDialog, ReferDialog, SessionsDialog, StartDialog
from desktop.therapy.file_tab import (
    COL_ENDED,
    COL_KIND,
    COL_SESSIONS,
    COL_STATUS,
    COL_THERAPIST,
    COL_WHO,
    TherapyTab,
)
from desktop.therapy.page import TAB_TREATMENT, TAB_WAITING, TherapyPage
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text

CHILD_REFERRED = date(2025, 10, 5)  # Sunday: the child is referred
FATHER_REFERRED = date(2025, 10, 12)  # a week later the father is referred ...
FATHER_ASKED = date(2025, 9, 28)  # ... dated the day the family asked for it
STARTED = date(2025, 11, 2)
SESSIONS_ON = date(2025, 12, 14)
ENDED = date(2026, 1, 18)
CHILD, FATHER = "מרים כהן", "משה כהן"
THERAPIST = "נעמה בדויה"




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _clock(monkeypatch, day: date) -> None:
    monkeypatch.setattr("models.therapy.rules.today", lambda: day)


def _text(table, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return str(item.text())


def _column(table, col: int) -> list[str]:
    return [_text(table, r, col) for r in range(table.rowCount())]


def _refer(qtbot, app, tab: TherapyTab, subject: str, person_id: int, kind: str, reason: str,
           on: date | None = None) -> None:
    d = tab.open_refer()
    assert isinstance(d, ReferDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    _settle(qtbot, app)
    d.subject.setCurrentIndex(d.subject.findData(subject))
    d.person.setCurrentIndex(d.person.findData(person_id))
    d.kind.setCurrentIndex(d.kind.findData(kind))
    d.reason.setFocus()
    type_text(d.reason, reason)
    if on is not None:
        d.referred_on.setValue(on)
    d.ok_button.click()
    _settle(qtbot, app)
    assert _gone(d), d.last_error
    _settle(qtbot, app)


def test_therapy_journey_from_the_referrals_to_the_end_of_a_treatment(qtbot, world, make_app, monkeypatch):
    # ---- 1. the family worker refers the child, then the father, from the file ---------------------------
    _clock(monkeypatch, CHILD_REFERRED)
    app = _sign_in(qtbot, make_app, world, "north_worker")
    w = app.main_window
    fv = w.open_file(world.files["cohen"], "therapy")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, app)
    tab = fv.tab("therapy")
    assert isinstance(tab, TherapyTab) and fv.tabs.currentWidget() is tab
    assert tab.table.showing_empty_text()
    _refer(qtbot, app, tab, "child", world.persons["cohen_child"], "emotional", "חרדה וקשיי שינה אחרי הגירושין")
    assert _column(tab.table, COL_WHO) == [CHILD]

    _clock(monkeypatch, FATHER_REFERRED)
    _refer(qtbot, app, tab, "parent", world.persons["cohen_father"], "parent_guidance", "הדרכה בהצבת גבולות",
           on=FATHER_ASKED)
    assert sorted(_column(tab.table, COL_WHO)) == [CHILD, FATHER]
    assert set(_column(tab.table, COL_STATUS)) == {status_label("waiting")}

    # ---- 2. the waiting list, by the age of the referral -----------------------------------------------
    page = w.show_page("therapy")
    assert isinstance(page, TherapyPage)
    _settle(qtbot, app)
    assert page.tabs.currentIndex() == TAB_WAITING
    assert page.waiting.names() == [FATHER, CHILD]  # referred later, asked for earlier: first
    assert _column(page.waiting.table, 1) == [days_text(14), days_text(7)]
    assert _column(page.waiting.table, 4) == [kind_label("parent_guidance"), kind_label("emotional")]

    # ---- 3. the child's treatment: it starts, sessions are held, it ends ----------------------------------
    _clock(monkeypatch, STARTED)
    page.refresh()
    _settle(qtbot, app)
    child_row = next(r for r in page.waiting.rows if r.person_name == CHILD)
    assert page.waiting.select(child_row.id)
    start = page.start()
    assert isinstance(start, StartDialog)
    start.started_on.setValue(STARTED)
    start.therapist.setFocus()
    type_text(start.therapist, THERAPIST)
    start.ok_button.click()
    _settle(qtbot, app)
    assert _gone(start), start.last_error
    _settle(qtbot, app)
    assert page.waiting.names() == [FATHER]
    treating = page.show_tab(TAB_TREATMENT)
    assert treating.names() == [CHILD]
    assert _column(treating.table, 2) == [THERAPIST] and _column(treating.table, 5) == [days_text(28)]

    _clock(monkeypatch, SESSIONS_ON)
    assert treating.select(child_row.id)
    sessions = page.record_sessions()
    assert isinstance(sessions, SessionsDialog)
    sessions.sessions.setValue(6)
    sessions.ok_button.click()
    _settle(qtbot, app)
    assert _gone(sessions), sessions.last_error
    _settle(qtbot, app)
    assert _column(treating.table, 4) == ["6"]

    _clock(monkeypatch, ENDED)
    assert treating.select(child_row.id)
    end = page.end()
    assert isinstance(end, EndDialog)
    end.ended_on.setValue(ENDED)
    end.reason.setCurrentIndex(end.reason.findData("goals_met"))
    end.ok_button.click()
    assert end.confirm_box is not None and CHILD in end.confirm_box.text()
    _accept(end.confirm_box)
    _settle(qtbot, app)
    assert _gone(end), end.last_error
    _settle(qtbot, app)
    assert treating.table.showing_empty_text()

    # ---- 4. Enter opens the file on its Therapy tab: the course ------------------------------------------
    page.show_tab(TAB_WAITING)
    assert page.waiting.select(page.waiting.rows[0].id)
    old = fv
    page.waiting.table.setFocus()
    qtbot.keyClick(page.waiting.table, Qt.Key.Key_Return)
    _settle(qtbot, app)
    families = w.families_page
    assert families is not None and families.file_view is not None and families.file_view is not old
    fv = families.file_view  # a new view of the file, on its Therapy tab
    qtbot.waitUntil(lambda: fv.detail is not None and fv.tab("therapy") is not None, timeout=10_000)
    _settle(qtbot, app)
    tab = fv.tab("therapy")
    assert isinstance(tab, TherapyTab) and fv.tabs.currentWidget() is tab and fv.isVisible()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    rows = {_column(tab.table, COL_WHO)[i]: i for i in range(2)}
    assert list(rows) == [FATHER, CHILD]  # the open one first
    child = rows[CHILD]
    assert _text(tab.table, child, COL_STATUS) == status_label("ended")
    assert _text(tab.table, child, COL_KIND) == kind_label("emotional")
    assert _text(tab.table, child, COL_THERAPIST) == THERAPIST
    assert _text(tab.table, child, COL_SESSIONS) == "6"
    assert _text(tab.table, child, COL_ENDED) == f"18/01/2026 · {end_reason_label('goals_met')}"
    assert _text(tab.table, rows[FATHER], COL_STATUS) == status_label("waiting")
    done = world.services("north_worker").therapy.file_referrals(world.files["cohen"])
    assert [(r.person_name, r.status, r.sessions_held, r.end_reason) for r in done] == [
        (FATHER, "waiting", 0, ""), (CHILD, "ended", 6, "goals_met")]

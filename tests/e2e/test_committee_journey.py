"""The treatment-plan committee, through the whole client and its UI (issue 9's "done when"), on SQLite and
PostgreSQL:

1. The coordinator signs in, schedules a meeting 20 days ahead (the manager chairs it), puts two cases on
   its agenda (a Hebrew-speaking family and an Arabic-speaking family), adds their participants with "Add
   the family" (the Arabic-speaking father's letters in Arabic), and prints the invitations: one PDF, a
   letter in Hebrew and a letter in Arabic; each participant's invitation date is today.
2. The meeting's day comes (the committee's clock, models.committees.rules.today, moved to it): the
   coordinator records the protocol of the first case with a decision and two tasks, and saves the draft.
3. The chair (the manager) signs in and finalises it: the dialog becomes read-only.
4. The tasks are on the family file's tasks tab and in the responsible worker's My tasks; the committee
   tab shows the hearing, its decision and the next review."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.committees.protocol import DecisionRow, ProtocolDialog, TaskRow
from desktop.widgets.tables import select_row
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text

AHEAD = 20
HEBREW = re.compile("[\u05d0-\u05ea]")
ARABIC = re.compile("[\u0621-\u064a]")




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _add_case(qtbot, app, view, family: str, reason: str) -> None:
    d = view.add_case()
    assert d is not None
    d.query.setFocus()
    type_text(d.query, family)
    qtbot.waitUntil(lambda: d.files.rowCount() > 0 and d.child.count() > 0, timeout=10_000)
    _settle(qtbot, app)
    d.reason.setCurrentIndex(d.reason.findData(reason))
    type_text(d.requested_by_name, "דנה צפונית")
    type_text(d.background, "רקע: היעדרויות חוזרות מבית הספר (3 שבועות).")
    d.submit()
    _settle(qtbot, app)
    assert _gone(d), d.last_error


def _select_case(qtbot, view, child: str) -> None:
    row = view.agenda_children().index(child)
    select_row(view.agenda, row)
    qtbot.waitUntil(lambda: view.selected_case() is not None and view.selected_case().child.full_name == child,
                    timeout=5000)


def _add_family(qtbot, app, view) -> None:
    d = view.add_family()
    assert d is not None
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    d.ok_button.click()
    _settle(qtbot, app)
    assert _gone(d), d.last_error


def test_committee_journey_from_the_invitations_to_the_tasks_on_the_file(qtbot, world, make_app, monkeypatch,
                                                                         tmp_path):
    meeting_day = date.today() + timedelta(days=AHEAD)

    # ---- 1. the coordinator schedules, invites ---------------------------------------------------------
    app = _sign_in(qtbot, make_app, world, "coordinator")
    w = app.main_window
    page = w.show_page("committees")
    assert page is not None and "committee_follow_up" in w.feature_pages
    _settle(qtbot, app)
    m = page.new_meeting()
    qtbot.waitUntil(lambda: m.chair.count() > 0, timeout=10_000)
    _settle(qtbot, app)
    m.held_on.setValue(meeting_day)
    type_text(m.place, "חדר הישיבות, קומה 2")
    m.chair.setCurrentIndex(m.chair.findData(world.users["manager"].id))
    m.ok_button.click()
    _settle(qtbot, app)
    assert _gone(m), m.last_error
    view = page.view
    assert view is not None
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=10_000)
    _settle(qtbot, app)
    assert view.meeting.held_on == meeting_day and view.meeting.chair.id == world.users["manager"].id

    _add_case(qtbot, app, view, "כהן", "first_hearing")
    _add_case(qtbot, app, view, "חדאד", "review")
    assert sorted(view.agenda_children()) == ["לילא חדאד", "מרים כהן"]
    for child in ("מרים כהן", "לילא חדאד"):
        _select_case(qtbot, view, child)
        _add_family(qtbot, app, view)
    # the Haddad father reads Arabic: his letter in Arabic
    _select_case(qtbot, view, "לילא חדאד")
    case = view.selected_case()
    father = next((p for p in case.participants if p.is_parent), None)
    assert father is not None, [(p.kind, p.name) for p in case.participants]
    select_row(view.participants, [p.id for p in case.participants].index(father.id))
    qtbot.waitUntil(lambda: view.selected_participant_id() == father.id, timeout=5000)
    e = view.edit_participant()
    assert e is not None
    e.language.setCurrentIndex(e.language.findData("ar"))
    e.ok_button.click()
    _settle(qtbot, app)
    assert _gone(e), e.last_error

    inv = view.invitations()
    assert inv is not None
    _settle(qtbot, app)
    inv.set_all(False)
    parents = [p.id for c in view.meeting.cases for p in c.participants if p.is_parent]
    assert len(parents) == 2
    for pid in parents:
        inv.set_checked(pid, True)
    inv.open_preview()
    qtbot.waitUntil(lambda: inv.preview is not None, timeout=10_000)
    preview = inv.preview
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=30_000)
    texts = [preview.document.getAllText(p).text() for p in range(preview.page_count)]
    hebrew = [t for t in texts if HEBREW.search(t) and not ARABIC.search(t)]
    arabic = [t for t in texts if ARABIC.search(t)]
    assert hebrew and arabic, texts  # one letter in Hebrew, one in Arabic, in one PDF
    assert any("מרים כהן" in t for t in hebrew)
    assert preview.save_to(tmp_path / "invitations.pdf")
    _settle(qtbot, app)
    invited = {p.id: p.invited_on for c in view.services.committees.meeting(view.meeting.id).cases
               for p in c.participants}
    assert all(invited[pid] == date.today() for pid in parents)
    preview.close()
    inv.reject()

    # ---- 2. the meeting's day: the coordinator records the protocol ------------------------------------
    monkeypatch.setattr("models.committees.rules.today", lambda: meeting_day)
    _select_case(qtbot, view, "מרים כהן")
    d = view.open_protocol()
    assert isinstance(d, ProtocolDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    _settle(qtbot, app)
    assert d.sections["background"].toPlainText().startswith("רקע: היעדרויות")
    for i in range(d.attendance.count()):
        d.attendance.item(i).setCheckState(Qt.CheckState.Checked)
    d.sections["discussion"].setFocus()
    type_text(d.sections["discussion"], "סוכם על תכנית טיפול בקהילה.")
    decision = d.decisions.add()
    assert isinstance(decision, DecisionRow)
    type_text(decision.text, "תכנית טיפול בקהילה")
    decision.items.setPlainText("מועדונית טיפולית, 5 ימים\nהדרכת הורים")
    for title, who, days in (("רישום למועדונית", "north_worker", 14), ("שיחה עם המחנכת", "north_head", 30)):
        task = d.tasks.add()
        assert isinstance(task, TaskRow)
        type_text(task.title, title)
        task.responsible.setCurrentIndex(task.responsible.findData(world.users[who].id))
        task.due.setValue(meeting_day + timedelta(days=days))
    d.votes_for.setValue(5)
    d.district_right.setChecked(True)
    d.has_review.setChecked(True)
    d.next_review.setValue(meeting_day + timedelta(days=180))
    d.ok_button.click()  # Save draft
    _settle(qtbot, app)
    assert d.last_error is None and d.protocol is not None and not d.protocol.final
    assert d.finalise_button.isHidden()  # the coordinator does not chair
    d.close_button.click()

    # ---- 3. the chair finalises --------------------------------------------------------------------------
    chair = _sign_in(qtbot, make_app, world, "manager")
    cpage = chair.main_window.show_page("committees")
    _settle(qtbot, chair)
    cview = cpage.open_meeting(view.meeting.id)
    qtbot.waitUntil(lambda: cview.meeting is not None, timeout=10_000)
    _settle(qtbot, chair)
    _select_case(qtbot, cview, "מרים כהן")
    f = cview.open_protocol()
    assert isinstance(f, ProtocolDialog)
    qtbot.waitUntil(lambda: f.ready, timeout=10_000)
    _settle(qtbot, chair)
    assert f.finalise_button.isVisible()
    assert f.sections["discussion"].toPlainText() == "סוכם על תכנית טיפול בקהילה."
    f.finalise_button.click()
    _accept(f.confirm_box)
    _settle(qtbot, chair)
    assert f.last_error is None, f.error_label.text()
    assert f.protocol is not None and f.protocol.final and f.read_only
    assert f.ok_button.isHidden() and f.addendum_button.isVisible()
    f.close_button.click()

    # ---- 4. the tasks on the file and in the worker's My tasks; the committee tab ------------------------
    fv = chair.main_window.open_file(world.files["cohen"], "tasks")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, chair)
    tasks_tab = fv.tab("tasks")
    titles = {tasks_tab.table.item(r, 1).text() for r in range(tasks_tab.table.rowCount())}
    assert {"רישום למועדונית", "שיחה עם המחנכת"} <= titles

    worker = _sign_in(qtbot, make_app, world, "north_worker")
    worker.main_window.show_page("my_tasks")
    mine = worker.main_window.my_tasks
    qtbot.waitUntil(lambda: not mine.loading and mine.table.rowCount() >= 1, timeout=10_000)
    mine_titles = [mine.table.item(r, 3).text() for r in range(mine.table.rowCount())]
    assert "רישום למועדונית" in mine_titles and "שיחה עם המחנכת" not in mine_titles

    wv = worker.main_window.open_file(world.files["cohen"], "committees")
    qtbot.waitUntil(lambda: wv.detail is not None, timeout=10_000)
    committee_tab = wv.tab("committees")
    assert committee_tab is not None
    qtbot.waitUntil(lambda: committee_tab.data is not None, timeout=10_000)
    _settle(qtbot, worker)
    hearing = [committee_tab.hearings_table.item(0, c).text() for c in range(committee_tab.hearings_table.columnCount())]
    assert hearing[0] == meeting_day.strftime("%d/%m/%Y") and "מרים כהן" in hearing[1]
    assert "תכנית טיפול בקהילה" in hearing[4]
    assert (meeting_day + timedelta(days=180)).strftime("%d/%m/%Y") in committee_tab.next_review_label.text()

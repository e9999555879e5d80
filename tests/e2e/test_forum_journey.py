"""The youth-law forum, through the whole client and its UI (issue 11's "done when": a report is decided at
the forum and its task appears for the worker), on SQLite and PostgreSQL.

1. The family worker (דנה) signs in, opens the Cohen file on its Youth law tab and reports the child at risk
   (the school's counsellor, neglect, within 24 hours): the report waits for the forum.
2. On Sunday the youth-law worker signs in, opens the forum, makes this week's meeting (the date proposed is
   that Sunday), finds the report on the agenda and decides it: an assessment visit, the family worker in
   charge, due in 2 days (the date proposed from the urgency). The page says a task was sent to her.
3. The family worker's My tasks shows the task; her Youth law tab shows the decision.
4. The minutes print (the preview), with the decision in the PDF's text, and are saved (audited).

Every day is in the past (November 2025): the PostgreSQL guards compare with the server's today."""

from __future__ import annotations

from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.forum.decision_dialog import DecisionDialog
from desktop.forum.file_tab import COL_DECISION, COL_RESPONSIBLE, YouthLawTab
from desktop.forum.meeting_dialog import ForumMeetingDialog
from desktop.forum.page import ForumPage
from desktop.forum.report_dialog import ReportDialog
from reports.forms.forum_minutes import word
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text

REPORTED = date(2025, 11, 20)  # Thursday: the school's counsellor calls the family worker
SUNDAY = date(2025, 11, 23)  # the forum meets
DUE = SUNDAY + timedelta(days=2)  # within 24 hours' urgency: at the latest two days after the meeting
CHILD = "מרים כהן"
WORKER = "דנה צפונית"




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box: QMessageBox | None) -> None:
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _clock(monkeypatch, day: date) -> None:
    monkeypatch.setattr("models.forum.rules.today", lambda: day)


def test_forum_journey_from_the_report_to_the_task_and_the_minutes(qtbot, world, make_app, monkeypatch, tmp_path):
    # ---- 1. the family worker reports the child at risk from the file ---------------------------------------
    _clock(monkeypatch, REPORTED)
    worker = _sign_in(qtbot, make_app, world, "north_worker")
    fv = worker.main_window.open_file(world.files["cohen"], "risk_reports")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, worker)
    tab = fv.tab("risk_reports")
    assert isinstance(tab, YouthLawTab) and fv.tabs.currentWidget() is tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    r = tab.dialog
    assert isinstance(r, ReportDialog)
    qtbot.waitUntil(lambda: r.ready, timeout=10_000)
    _settle(qtbot, worker)
    r.child.setCurrentIndex(r.child.findData(world.persons["cohen_child"]))
    r.reporter_kind.setCurrentIndex(r.reporter_kind.findData("school"))
    type_text(r.reporter_name, "יועצת בית הספר")
    r.kind.setCurrentIndex(r.kind.findData("neglect"))
    r.urgency.setCurrentIndex(r.urgency.findData("day"))
    r.description.setFocus()
    type_text(r.description, "הילדה מגיעה רעבה לבית הספר ואומרת שאין מי שיכין לה אוכל")
    r.ok_button.click()
    _settle(qtbot, worker)
    assert _gone(r), r.last_error
    _settle(qtbot, worker)
    assert tab.child_names() == [CHILD] and tab.cell(0, COL_DECISION) == ""

    # ---- 2. Sunday: the youth-law worker holds the forum and decides the report ----------------------------
    _clock(monkeypatch, SUNDAY)
    yl = _sign_in(qtbot, make_app, world, "youth_law")
    page = yl.main_window.show_page("forum")
    assert isinstance(page, ForumPage)
    _settle(qtbot, yl)
    assert page.child_names() == [CHILD]  # on the agenda
    assert page.meeting is None  # no meeting yet this week
    page.chooser.setFocus()
    qtbot.keyClick(page.chooser, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    m = page.dialog
    assert isinstance(m, ForumMeetingDialog)
    qtbot.waitUntil(lambda: m.ready, timeout=10_000)
    _settle(qtbot, yl)
    assert m.held_on.value() == SUNDAY
    m.attendees.setFocus()
    type_text(m.attendees, "אורי חוק-הנוער\nרונית ראש-צוות")
    m.ok_button.click()
    _settle(qtbot, yl)
    assert _gone(m), m.last_error
    _settle(qtbot, yl)
    assert page.meeting is not None and page.meeting.held_on == SUNDAY

    page.table.setFocus()
    page.table.setCurrentCell(0, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    d = page.dialog
    assert isinstance(d, DecisionDialog)
    qtbot.waitUntil(lambda: d.ready and d.report is not None, timeout=10_000)
    _settle(qtbot, yl)
    assert "יועצת בית הספר" in d.reporter_label.text()
    d.intervention.setCurrentIndex(d.intervention.findData("assessment_visit"))
    d.responsible.setCurrentIndex(d.responsible.findData(world.users["north_worker"].id))
    assert d.due_on.value() == DUE  # proposed from the urgency
    d.note.setFocus()
    type_text(d.note, "ביקור בית בתיאום עם היועצת")
    d.ok_button.click()
    _accept(d.confirm_box)
    _settle(qtbot, yl)
    assert _gone(d), d.last_error
    _settle(qtbot, yl)
    assert WORKER in page.status_text() and CHILD in page.status_text()
    assert page.child_names() == [] and page.decided_names() == [CHILD]

    # ---- 3. the family worker's My tasks has the task; her tab shows the decision --------------------------
    mine = _sign_in(qtbot, make_app, world, "north_worker")
    mine.main_window.show_page("my_tasks")
    tasks = mine.main_window.my_tasks
    qtbot.waitUntil(lambda: not tasks.loading and tasks.table.rowCount() >= 1, timeout=10_000)
    rows = [[tasks.table.item(i, c).text() for c in range(tasks.table.columnCount())]
            for i in range(tasks.table.rowCount())]
    row = next(x for x in rows if "assessment visit" in x[3])
    assert row[1] == "2025/0001" and DUE.strftime("%d/%m/%Y") in row[4]
    fv2 = mine.main_window.open_file(world.files["cohen"], "risk_reports")
    qtbot.waitUntil(lambda: fv2.detail is not None, timeout=10_000)
    _settle(qtbot, mine)
    tab2 = fv2.tab("risk_reports")
    assert isinstance(tab2, YouthLawTab)
    qtbot.waitUntil(lambda: bool(tab2.reports), timeout=10_000)
    assert tab2.cell(0, COL_RESPONSIBLE) == WORKER and tab2.cell(0, COL_DECISION) != ""

    # ---- 4. the minutes, with the decision in their text ----------------------------------------------------
    preview = page.print_minutes()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
    assert CHILD in text and WORKER in text and "ביקור בית בתיאום עם היועצת" in text
    assert word("he", "intervention_assessment_visit") in text and DUE.strftime("%d/%m/%Y") in text
    assert preview.save_to(tmp_path / "minutes.pdf")
    _settle(qtbot, yl)
    assert (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF")
    preview.close()

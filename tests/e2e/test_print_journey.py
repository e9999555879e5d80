"""A family worker's print, through the whole client: sign in, open a file, Print summary (Ctrl+P), choose the
notes, preview, page on, save as PDF; the saved file is the preview's PDF and the audit log has the print and
the save under the worker's name."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models.audit.entities import AuditEvent
from tests.gui.helpers import type_text
from tests.support import PASSWORD


def test_a_family_worker_prints_a_summary_and_saves_it(qtbot, world, make_app, tmp_path):
    notes = world.services("north_worker").notes
    long_text = "סיכום ביקור בית עם ההורים והילדים; הוסכם על תוכנית טיפול (שלב א׳) ומעקב בעוד חודש. " * 12
    ids = [notes.add(world.files["cohen"], "home_visit", date(2026, 1, 1 + i), long_text, sign=True).id
           for i in range(5)]
    app = make_app(world.url)
    app.start()
    d = app.login_dialog
    d.username.setText(world.name("north_worker"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    w = app.main_window
    lst = w.family_list
    qtbot.waitUntil(lambda: lst.model.rowCount() == 2, timeout=5000)
    w.focus_search()
    type_text(lst.search_edit, "כה")
    qtbot.waitUntil(lambda: not lst.searching and lst.model.rowCount() == 1, timeout=5000)
    lst.open_selected()
    fv = w.file_view
    qtbot.waitUntil(lambda: fv.detail is not None and fv.print_action.button.isVisible(), timeout=5000)

    fv.tab("notes").focus_target().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = fv.print_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.note_ids() == list(reversed(ids))[:3], timeout=5000)
    dialog.all_button.click()
    dialog.ok_button.click()

    preview = fv.preview
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=15_000)
    assert preview.page_count >= 2 and preview.isVisible()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page == 1
    save = preview.save_as()
    target = tmp_path / "סיכום-כהן.pdf"
    save.selectFile(str(target))
    with qtbot.waitSignal(preview.output_recorded, timeout=10_000):
        save.accept()
    assert target.read_bytes() == preview.printed.pdf
    with world.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.file_id == world.files["cohen"],
                                                  AuditEvent.action.in_(("print", "save")))
                         .order_by(AuditEvent.id)).all()
    assert [(r.action, r.user_name) for r in rows] == [("print", world.name("north_worker")),
                                                       ("save", world.name("north_worker"))]
    assert json.loads(rows[0].detail)["notes"] == list(reversed(ids))
    preview.close()


def test_a_team_head_prints_the_summaries_of_several_files_from_the_list(qtbot, world, make_app, tmp_path):
    """Sign in, select every file of the list (Ctrl+A), Print summaries (Ctrl+Shift+P), each family's
    language, preview: one PDF with every file's number; Save as: the audit log has a print and a save of
    each file under the team head's name."""
    from desktop.printing import jobs

    app = make_app(world.url)
    app.start()
    d = app.login_dialog
    d.username.setText(world.name("north_head"))
    d.password.setText(PASSWORD)
    d.sign_in_button.click()
    qtbot.waitUntil(lambda: app.state == "main", timeout=10_000)
    app.main_window.show_families()  # a team head lands on the intake queue
    lst = app.main_window.family_list
    qtbot.waitUntil(lambda: not lst.searching and lst.model.rowCount() >= 2, timeout=10_000)
    count = lst.model.rowCount()
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    numbers = [lst.model.data(lst.model.index(r, 0)) for r in range(count)]
    qtbot.keyClick(lst.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = lst.batch_dialog
    assert dialog is not None and dialog.isVisible() and str(count) in dialog.count_label.text()
    dialog.language.setCurrentIndex(dialog.language.findData(jobs.EACH_FAMILY))
    dialog.ok_button.click()
    preview = lst.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=20_000)
    assert preview.page_count >= count and preview.isVisible()
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
    assert all(n in text for n in numbers)
    save = preview.save_as()
    target = tmp_path / "סיכומים.pdf"
    save.selectFile(str(target))
    with qtbot.waitSignal(preview.output_recorded, timeout=10_000):
        save.accept()
    assert target.read_bytes() == preview.printed.pdf
    with world.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action.in_(("print", "save")))).all()
    for action in ("print", "save"):
        assert sorted(r.file_id for r in rows if r.action == action) == sorted(preview.printed.file_ids)
    assert {r.user_name for r in rows} == {world.name("north_head")}
    preview.close()

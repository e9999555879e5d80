from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from desktop.families.file_view import FileView
from desktop.widgets.tables import select_row


def _view(qtbot, world, who: str, key: str = "cohen") -> FileView:
    v = FileView(world.services(who), world.files[key])
    qtbot.addWidget(v)
    v.show()
    return v


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_opening_a_file_shows_members_and_notes(qtbot, world):
    world.services("north_worker").notes.add(world.files["cohen"], "home_visit", date(2026, 1, 5),
                                             "ביקור בית ראשון", sign=True)
    v = _view(qtbot, world, "north_worker")
    assert "משפחת כהן" in v.title_label.text()
    assert sorted(_column(v.members_table, 0)) == ["מרים כהן", "משה כהן"]
    assert "01/03/1980" in _column(v.members_table, 3)
    assert set(_column(v.members_table, 4)) == {"הורה", "ילד/ה"}
    assert _column(v.notes_table, 4) == ["ביקור בית ראשון"]
    assert _column(v.notes_table, 1) == ["ביקור בית"]
    assert _column(v.notes_table, 0) == ["05/01/2026"]
    assert v.restricted_badge.isHidden()
    assert v.fields["status"].text() == "פתוח"


def test_adding_a_note_appears_in_the_timeline(qtbot, world):
    v = _view(qtbot, world, "north_worker")
    d = v.open_new_note()
    assert d.isVisible()
    d.text.setPlainText("שיחה טלפונית עם האם")
    d.kind.setCurrentIndex(d.kind.findData("phone_call"))
    d.sign.setChecked(False)
    assert d.submit() is True
    assert d.result() == QDialog.DialogCode.Accepted
    assert _column(v.notes_table, 4)[0] == "שיחה טלפונית עם האם"
    assert _column(v.notes_table, 3)[0] == "טיוטה"
    # sign the draft, then correct it
    select_row(v.notes_table, 0)
    assert v.sign_button.isEnabled()
    v.sign_selected()
    assert _column(v.notes_table, 3)[0] == "חתום"
    select_row(v.notes_table, 0)
    c = v.open_correction()
    c.text.setPlainText("שיחה טלפונית עם האב")
    assert c.submit() is True
    texts = _column(v.notes_table, 4)
    assert any(t.startswith("תיקון לרישום מ-") and t.endswith("שיחה טלפונית עם האב") for t in texts)


def test_an_empty_note_keeps_the_dialog_with_the_message(qtbot, world):
    v = _view(qtbot, world, "north_worker")
    d = v.open_new_note()
    d.text.setPlainText("   ")
    assert d.submit() is False
    assert d.isVisible()
    assert "טקסט" in d.error_label.text()


def test_audit_tab_only_for_those_allowed(qtbot, world):
    head = _view(qtbot, world, "north_head")
    assert head.audit_table is not None
    head.tabs.setCurrentWidget(head.audit_table)
    assert head.audit_table.rowCount() > 0
    worker = _view(qtbot, world, "north_worker")
    assert worker.audit_table is None
    assert [worker.tabs.tabText(i) for i in range(worker.tabs.count())] == ["בני משפחה", "רישומים", "משימות"]
    assert worker.close_button.isHidden() and worker.reassign_button.isHidden()
    assert head.close_button.isVisibleTo(head) and head.reassign_button.isVisibleTo(head)


def test_stale_close_shows_the_conflict_and_keeps_the_dialog(qtbot, world):
    v = _view(qtbot, world, "north_head")
    d = v.open_close()
    d.reason.setCurrentIndex(d.reason.findData("moved"))
    # someone else changes the file meanwhile
    other = world.services("manager").families
    f = other.get(world.files["cohen"]).file
    other.reassign(f.id, f.version, world.users["north_worker2"].id, "חופשת לידה")
    assert d.submit() is False
    assert d.isVisible()
    assert "שינה" in d.error_label.text()
    assert d.reload_button.isVisibleTo(d)
    assert d.reason.currentData() == "moved"  # what the user chose is kept
    d.reload_button.click()
    assert "יעל צפונית" in v.fields["worker"].text()
    assert d.submit() is True
    assert v.fields["status"].text().startswith("סגור")
    assert v.reopen_button.isVisibleTo(v)


def test_new_task_and_reassign(qtbot, world):
    v = _view(qtbot, world, "north_head")
    t = v.open_new_task()
    t.title.setText("לתאם ביקור בית")
    assert t.submit() is True
    assert "לתאם ביקור בית" in _column(v.tasks_table, 1)
    r = v.open_reassign()
    r.worker.setCurrentIndex(r.worker.findData(world.users["north_worker2"].id))
    assert r.submit() is False  # a reason is required; the dialog stays with the choice made
    assert r.isVisible() and r.error_label.isVisibleTo(r)
    assert r.worker.currentData() == world.users["north_worker2"].id
    r.reason.setText("איזון עומסים בצוות")
    assert r.submit() is True
    assert v.fields["worker"].text() == "יעל צפונית"

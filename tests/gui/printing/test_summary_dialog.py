"""Print summary from the family file (Ctrl+P): the dialog offers the file's signed notes with the last three
ticked and the family's language; OK opens the preview of exactly those notes; the department's default
number of notes applies; Cancel opens nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.families.file_view import FileView
from desktop.printing.summary_dialog import PrintSummaryDialog
from models.department.dto import SettingsChanges
from models.people.dto import PersonInput
from tests.gui.helpers import settle
from tests.support import valid_id


def _view(qtbot, ops, world, who: str = "north_worker", key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key])
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def _signed(world, n: int, who: str = "north_worker", key: str = "cohen") -> list[int]:
    notes = world.services(who).notes
    return [notes.add(world.files[key], "office_meeting", date(2026, 1, 1 + i), f"פגישה {i}", sign=True).id
            for i in range(n)]


def test_ctrl_p_offers_the_last_three_signed_notes_in_the_familys_language(qtbot, ops, world):
    ids = _signed(world, 5)
    world.services("north_worker").notes.add(world.files["cohen"], "other", date(2026, 2, 1), "טיוטה")
    v = _view(qtbot, ops, world)
    assert v.print_action.button.isVisible() and v.print_action.shortcut.toString() == "Ctrl+P"
    v.activateWindow()
    v.tab("notes").focus_target().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    d = v.print_dialog
    assert isinstance(d, PrintSummaryDialog) and d.isVisible()
    settle(qtbot, ops)
    assert d.notes.count() == 5  # the draft is not offered
    assert d.note_ids() == list(reversed(ids))[:3] and d.lang() == "he"
    d.clear_button.click()
    d.notes.item(4).setCheckState(Qt.CheckState.Checked)  # the oldest
    d.ok_button.click()
    w = v.preview
    assert w is not None
    qtbot.waitUntil(lambda: not w.loading, timeout=15_000)
    text = w.document.getAllText(0).text()
    assert "2025/0001" in text and w.printed.file_ids == (world.files["cohen"],)
    w.close()


def test_the_department_default_and_an_arabic_family(qtbot, ops, world):
    admin = world.services("admin").department
    s = admin.settings()
    admin.update(s.version, SettingsChanges(s.letterhead.municipality, s.letterhead.department, summary_notes=1))
    manager = world.services("manager")
    p = manager.people.create(PersonInput(first_name="סלים", last_name="נסאר", id_number=valid_id(91),
                                          preferred_language="ar"))
    from models.families.dto import NewFamilyFile

    team = manager.families.get(world.files["cohen"]).file.team_id
    f = manager.families.open_file(NewFamilyFile(family_name="משפחת נסאר", team_id=team,
                                                 worker_id=world.users["north_worker"].id), [(p.id, "parent")])
    world.files["nassar"] = f.id
    ids = _signed(world, 2, key="nassar")
    v = _view(qtbot, ops, world, key="nassar")
    d = v.open_print_summary()
    settle(qtbot, ops)
    assert d.lang() == "ar" and d.note_ids() == [ids[-1]]
    d.reject()
    assert v.preview is None


def test_a_file_without_signed_notes_prints_without_them(qtbot, ops, world):
    v = _view(qtbot, ops, world)
    d = v.open_print_summary()
    assert d.none_label.isVisibleTo(d) and not d.notes.isVisibleTo(d) and d.note_ids() == []
    d.reject()

"""The Access log screen: the manager filters a file and sees who opened it, by name and role; a change
shows each field's old and new value; Enter applies the filter; the export writes the CSV; every call runs
off the GUI thread, which keeps responding while a slow service answers; offered to the manager and the
team heads only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.audit.review import (
    COL_ACTION,
    COL_ALLOWED,
    COL_CHANGED,
    COL_FILE,
    COL_ROLE,
    COL_WHO,
    AccessLogView,
)
from desktop.catalogue import audit_event_words
from desktop.features import FEATURES
from desktop.messages import role_label
from desktop.widgets.a11y import unnamed_widgets
from desktop.widgets.tables import select_row
from models.people.dto import PersonInput
from models.roles import allowed
from tests.gui.helpers import SlowServices, Ticker, settle
from tests.support import World


def describe_words(action: str, entity: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return audit_event_words(action, entity, lambda t: QCoreApplication.translate("Messages", t))


def _view(qtbot, services, ops) -> AccessLogView:
    v = AccessLogView(services, ops)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    settle(qtbot, ops)
    return v


def _rows(v: AccessLogView, col: int) -> list[str]:
    return [v.table.item(r, col).text() for r in range(v.table.rowCount())]


def _file_number(world: World, key: str) -> str:
    return world.services("manager").families.get(world.files[key]).file.file_number


def test_offered_to_the_manager_and_the_team_heads_only() -> None:
    for role, offered in [("manager", True), ("team_head", True), ("admin", False), ("family_worker", False),
                          ("intake_worker", False)]:
        keys = {f.key for f in FEATURES if f.permission is None or allowed(role, f.permission)}
        assert ("access_log" in keys) is offered, role


def test_filter_a_file_see_who_opened_it_and_what_changed_off_the_gui_thread(qtbot, world, ops) -> None:
    w = world
    worker = w.services("north_worker")
    worker.families.get(w.files["cohen"])
    w.services("north_worker2").families.get(w.files["levi"])
    person = worker.people.get(w.persons["cohen_child"])
    worker.people.update(person.id, person.version, PersonInput(
        first_name="מרים", last_name="כהן-שמעוני", birth_date=person.birth_date, id_number=person.id_number))
    slow = SlowServices(w.services("manager"))
    v = _view(qtbot, slow, ops)
    assert v.user_combo.count() > 5  # the staff by name, for the picker
    assert any("דנה צפונית" in v.user_combo.itemText(i) for i in range(v.user_combo.count()))
    number = _file_number(w, "cohen")
    v.file_edit.setFocus()
    qtbot.keyClicks(v.file_edit, number)
    ticker = Ticker()
    qtbot.keyClick(v.file_edit, Qt.Key.Key_Return)  # Enter applies the filter
    qtbot.waitUntil(lambda: v.loading, timeout=2_000)
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    ticker.stop()
    assert slow.frozen_calls(ticker) == [] and slow.gui_thread_calls == []
    who = _rows(v, COL_WHO)
    assert "דנה צפונית" in who and "יעל צפונית" not in who  # she opened another file
    row = who.index("דנה צפונית")
    assert v.table.item(row, COL_ROLE).text() == role_label("family_worker") != "family_worker"
    assert v.table.item(row, COL_ACTION).text() == describe_words("view", "family_file")
    assert all(number in t for t in _rows(v, COL_FILE) if t)
    assert not any(w.name("north_worker") == t for t in who)  # never a login name

    # a change: each field from what to what
    v.clear()
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    v.user_combo.setCurrentIndex(v.user_combo.findData(w.name("north_worker")))
    v.kind_combo.setCurrentIndex(v.kind_combo.findData("change"))
    v.apply()
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    person_changed = describe_words("db_update", "persons")
    changed = [i for i, t in enumerate(_rows(v, COL_CHANGED))
               if "כהן-שמעוני" in t and v.table.item(i, COL_ACTION).text() == person_changed]
    assert changed
    select_row(v.table, changed[0])
    assert [(v.changes_table.item(r, 1).text(), v.changes_table.item(r, 2).text())
            for r in range(v.changes_table.rowCount())] == [("כהן", "כהן-שמעוני")]
    assert "דנה צפונית" in v.details_label.text()
    assert all(t for t in _rows(v, COL_ALLOWED))
    assert unnamed_widgets(v) == []


def test_export_writes_the_csv_off_the_gui_thread(qtbot, world, ops, tmp_path: Path, monkeypatch) -> None:
    w = world
    w.services("north_worker").families.get(w.files["cohen"])
    slow = SlowServices(w.services("manager"))
    v = _view(qtbot, slow, ops)
    qtbot.keyClicks(v.file_edit, _file_number(w, "cohen"))
    v.apply()
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    target = tmp_path / "יומן.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    calls_before = len(slow.calls)
    ticker = Ticker()
    with qtbot.waitSignal(v.exported, timeout=15_000):
        v.export()
    ticker.stop()
    assert slow.frozen_calls(ticker) == [] and slow.gui_thread_calls == []
    assert [name for name, _ in slow.calls[calls_before:]] == ["export_csv"]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(table) > 1 and len(table[0]) == 10
    assert any(row[1] == "דנה צפונית" for row in table[1:])
    assert w.name("north_worker") not in data.decode("utf-8-sig")
    assert str(target) in v.status_label.text()


def test_a_team_head_does_not_see_another_teams_file(qtbot, world, ops) -> None:
    w = world
    w.services("south_worker").families.get(w.files["haddad"])
    w.services("north_worker").families.get(w.files["cohen"])
    v = _view(qtbot, w.services("north_head"), ops)
    assert "סמיר דרומי" not in _rows(v, COL_WHO) and "דנה צפונית" in _rows(v, COL_WHO)
    qtbot.keyClicks(v.file_edit, _file_number(w, "haddad"))
    qtbot.keyClick(v.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not v.loading, timeout=15_000)
    assert v.table.rowCount() == 0 and v.table.showing_empty_text()


def test_coded_values_of_a_change_read_as_the_screens_word_them(qtbot):
    """A note's kind, a file's status, a role: the review shows the words of the rest of the client, not the
    codes stored in the row image."""
    from desktop.audit.review import value_words

    assert value_words("kind", "phone_call") == "שיחת טלפון"
    assert value_words("status", "closed") == "סגור"
    assert value_words("family_name", "phone_call") == "phone_call"  # a free-text field stays as typed
    assert value_words("kind", "") == ""

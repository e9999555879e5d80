"""The Therapy tab of the family file: the family worker sees the family's referrals (open first, then the
newest) with their course, and refers from it (who, the person among the file's members, the kinds given to
them, the reason, the date); a refused referral keeps the form open with what she typed and says why; a file
without children says so; roles that read no referral have no tab; a closed file takes no new referral; the
tab's shortcut is the file view's only one of its keys; every field named, no Alt letter twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.therapy.common import kind_label, status_label
from desktop.therapy.dialogs import ReferDialog
from desktop.therapy.file_tab import COL_KIND, COL_SESSIONS, COL_STATUS, COL_WAITED, COL_WHO, TherapyTab
from models.therapy.entities import TherapyReferral
from tests.gui.committees.meeting_support import gone
from tests.gui.helpers import settle, type_text
from tests.gui.test_accessibility import assert_all_named, lang  # noqa: F401
from tests.gui.therapy.support import (  # noqa: F401
    TODAY,
    column,
    file_view,
    focus,
    refer,
    repeated_letters,
    today,
)
from tests.unit.models.therapy.therapyworld import count

pytestmark = pytest.mark.usefixtures("today")


def _tab(v) -> TherapyTab:
    tab = v.tab("therapy")
    assert isinstance(tab, TherapyTab)
    return tab


def _column(tab: TherapyTab, col: int) -> list[str]:
    return column(tab.table, col)


def _refer(qtbot, ops, tab: TherapyTab) -> ReferDialog:
    d = tab.open_refer()
    assert isinstance(d, ReferDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    settle(qtbot, ops)
    return d


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_family_worker_refers_a_child_and_a_parent_from_the_file(qtbot, ops, world):
    v = file_view(qtbot, ops, world)
    tab = _tab(v)
    assert v.tabs.currentWidget() is tab and tab.table.showing_empty_text()
    d = _refer(qtbot, ops, tab)
    assert d.file_label.text().endswith("משפחת כהן")
    # a child first: the file's child, with her age; the kinds given to a child
    assert d.subject.currentData() == "child"
    assert [d.person.itemText(i) for i in range(d.person.count())] == ["מרים כהן (11)"]
    assert [d.kind.itemData(i) for i in range(d.kind.count())] == ["emotional", "art", "group"]
    d.reason.setFocus()
    type_text(d.reason, "חרדה וקשיי שינה אחרי הגירושין")
    d.referred_on.setValue(TODAY - timedelta(days=3))
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    settle(qtbot, ops)
    assert _column(tab, COL_WHO) == ["מרים כהן"]
    assert _column(tab, COL_KIND) == [kind_label("emotional")]
    assert _column(tab, COL_STATUS) == [status_label("waiting")]
    assert "3" in _column(tab, COL_WAITED)[0] and _column(tab, COL_SESSIONS) == [""]
    assert "חרדה וקשיי שינה" in tab.detail_label.text()

    # a parent: the parents of the file; parent guidance among the kinds
    d = _refer(qtbot, ops, tab)
    _choose(d.subject, "parent")
    assert [d.person.itemText(i) for i in range(d.person.count())] == ["משה כהן (46)"]
    assert "parent_guidance" in [d.kind.itemData(i) for i in range(d.kind.count())]
    _choose(d.kind, "parent_guidance")
    d.reason.setFocus()
    type_text(d.reason, "הדרכה בהצבת גבולות")
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    settle(qtbot, ops)
    assert sorted(_column(tab, COL_WHO)) == ["מרים כהן", "משה כהן"]
    # the family as a whole: nobody to choose, the kinds given to a family
    d = _refer(qtbot, ops, tab)
    _choose(d.subject, "family")
    assert d.person.isHidden() and [d.kind.itemData(i) for i in range(d.kind.count())] == ["parent_guidance",
                                                                                             "group"]
    assert d.value().person_id is None
    d.reject()


def test_a_refused_referral_keeps_the_form_and_says_why(qtbot, ops, world):
    refer(world)  # the child already waits for emotional therapy
    v = file_view(qtbot, ops, world)
    tab = _tab(v)
    assert tab.table.rowCount() == 1
    d = _refer(qtbot, ops, tab)
    d.reason.setFocus()
    type_text(d.reason, "שוב")
    with qtbot.waitSignal(d.save_failed):
        d.ok_button.click()
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "therapy_open"
    assert d.error_label.isVisible() and d.error_label.text()
    assert d.reason.toPlainText() == "שוב"  # what she typed is kept
    assert count(world, TherapyReferral) == 1
    _choose(d.kind, "art")  # another kind is another course
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    settle(qtbot, ops)
    assert tab.table.rowCount() == 2


def test_a_file_without_children_says_so(qtbot, ops, world):
    v = file_view(qtbot, ops, world, "north_worker2", "levi")
    d = _refer(qtbot, ops, _tab(v))
    assert d.subject.currentData() == "parent" and d.ok_button.isEnabled()  # the mother, first
    _choose(d.subject, "child")
    assert d.no_person.isVisible() and not d.ok_button.isEnabled()
    d.reject()


def test_the_course_on_the_tab(qtbot, ops, world):
    r = refer(world, on=TODAY - timedelta(days=30))
    svc = world.services("north_worker").therapy
    r = svc.start(r.id, r.version, TODAY - timedelta(days=20), "נעמה בדויה")
    r = svc.record_sessions(r.id, r.version, 3)
    ended = refer(world, "cohen", "cohen_father", kind="parent_guidance", on=TODAY - timedelta(days=60))
    svc.end(ended.id, ended.version, TODAY - timedelta(days=40), "moved")
    v = file_view(qtbot, ops, world)
    tab = _tab(v)
    assert _column(tab, COL_WHO) == ["מרים כהן", "משה כהן"]  # the open one first
    assert _column(tab, COL_STATUS) == [status_label("in_treatment"), status_label("ended")]
    assert _column(tab, COL_SESSIONS)[0] == "3"
    assert "נעמה בדויה" in tab.detail_label.text()
    tab.table.setCurrentCell(1, 0)
    assert tab.tr("Ended on %1: %2.").split("%1")[0] in tab.detail_label.text()
    # a change made elsewhere (the Therapy centre page) reloads the file view, and the tab with it
    svc.record_sessions(r.id, r.version, 4)
    ops.bus.announce(r.changes())
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert _column(tab, COL_SESSIONS)[0] == "4"


@pytest.mark.parametrize("who", ["intake", "club", "coordinator"])
def test_the_roles_that_read_no_referral_have_no_tab(qtbot, ops, world, who):
    v = file_view(qtbot, ops, world, who)
    assert v.detail is not None and v.tab("therapy") is None


def test_the_team_head_refers_and_a_closed_file_takes_no_referral(qtbot, ops, world):
    v = file_view(qtbot, ops, world, "north_head")
    tab = _tab(v)
    assert tab.refer_action.button.isVisible() and tab.refer_action.button.isEnabled()
    head = world.services("north_head").families
    f = head.get(world.files["cohen"]).file
    head.close(f.id, f.version, "moved", TODAY)
    v.reload()
    settle(qtbot, ops)
    assert not tab.refer_action.button.isEnabled() and tab.open_refer() is None


def test_the_shortcut_opens_the_form_and_is_the_file_view_s_only_one(qtbot, ops, world):
    v = file_view(qtbot, ops, world, "north_head")
    tab = _tab(v)
    shortcuts = [a.shortcut().toString() for a in v.actions()]
    assert shortcuts.count("Ctrl+Shift+H") == 1  # (all of them unique: tests/gui/families/test_file_view.py)
    tip = tab.refer_action.button.toolTip()  # (the native text marks its parts left to right in Hebrew)
    assert tip.startswith(tab.refer_action.button.text()) and tip.replace("\u202a", "").endswith("(Ctrl+Shift+H)")
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(tab.dialog, ReferDialog) and tab.dialog.isVisible()
    settle(qtbot, ops)
    tab.dialog.reject()


def test_every_field_is_named_and_no_alt_letter_twice(qtbot, ops, world, lang):  # noqa: F811
    refer(world)
    v = file_view(qtbot, ops, world)
    assert_all_named(v, f"therapy tab ({lang})")
    d = _refer(qtbot, ops, _tab(v))
    assert_all_named(d, f"refer dialog ({lang})")
    assert repeated_letters(d) == []
    d.reject()

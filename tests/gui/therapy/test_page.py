"""The Therapy centre page: the waiting list by the age of the referral (the oldest first, days waiting), the
kind filter, the treatments under way; starting a treatment, recording sessions and ending a referral from
it; Enter opens the family file on its Therapy tab; F5 and the change bus refresh it; two workers moving one
referral at once (the second is told, reloads, and is told why not); the module for the roles that read
referrals only; every widget named, no Alt letter twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.main_window import MainWindow
from desktop.therapy.common import days_text, kind_label, who_text
from desktop.therapy.dialogs import EndDialog, SessionsDialog, StartDialog
from desktop.therapy.page import TAB_TREATMENT, TAB_WAITING, TherapyPage
from models.errors import ConflictError
from tests.gui.committees.meeting_support import gone
from tests.gui.helpers import settle, type_text
from tests.gui.test_accessibility import assert_all_named, lang  # noqa: F401
from tests.gui.therapy.support import TODAY, focus, page, refer, repeated_letters, text, today  # noqa: F401

pytestmark = pytest.mark.usefixtures("today")


def _three(world):
    """The Cohen child (2 days), the Cohen father (20 days, parent guidance), the Cohen family (40 days)."""
    child = refer(world, on=TODAY - timedelta(days=2))
    father = refer(world, "cohen", "cohen_father", kind="parent_guidance", on=TODAY - timedelta(days=20))
    family = refer(world, "cohen", None, kind="group", on=TODAY - timedelta(days=40))
    return child, father, family


def test_the_waiting_list_oldest_first_with_its_days_and_the_kind_filter(qtbot, ops, world):
    _three(world)
    refer(world, "haddad", "haddad_child", on=TODAY - timedelta(days=90))  # the south team's: not hers
    p = page(qtbot, ops, world)
    assert p.tabs.currentIndex() == TAB_WAITING
    assert p.waiting.names() == [who_text("", "family"), "משה כהן", "מרים כהן"]
    waited = [text(p.waiting.table, i, 1) for i in range(3)]
    assert waited == [days_text(40), days_text(20), days_text(2)]
    assert [text(p.waiting.table, i, 0) for i in range(3)] == ["1", "2", "3"]
    assert text(p.waiting.table, 1, 4) == kind_label("parent_guidance")
    assert "3" in p.count_label.text()
    p.kind.setCurrentIndex(p.kind.findData("parent_guidance"))
    settle(qtbot, ops)
    assert p.waiting.names() == ["משה כהן"]
    p.kind.setCurrentIndex(0)  # every kind
    settle(qtbot, ops)
    assert len(p.waiting.names()) == 3
    p.show_tab(TAB_TREATMENT)
    assert p.treatment.table.showing_empty_text()
    assert not p.start_action.button.isEnabled() and not p.end_action.button.isEnabled()


def test_start_record_sessions_and_end_from_the_page(qtbot, ops, world):
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert p.waiting.select(child.id)
    assert p.start_action.button.isEnabled() and not p.sessions_action.button.isEnabled()
    d = p.start()
    assert isinstance(d, StartDialog)
    assert "מרים כהן" in d.windowTitle()
    d.started_on.setValue(TODAY - timedelta(days=1))
    d.therapist.setFocus()
    type_text(d.therapist, "נעמה בדויה")
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    settle(qtbot, ops)
    assert "מרים כהן" not in p.waiting.names()
    lst = p.show_tab(TAB_TREATMENT)
    assert lst.names() == ["מרים כהן"]
    assert [text(lst.table, 0, c) for c in (2, 3, 4, 5)] == [
        "נעמה בדויה", (TODAY - timedelta(days=1)).strftime("%d/%m/%Y"), "0", days_text(1)]

    assert lst.select(child.id) and p.sessions_action.button.isEnabled() and not p.start_action.button.isEnabled()
    s = p.record_sessions()
    assert isinstance(s, SessionsDialog)
    s.sessions.setValue(5)
    s.ok_button.click()
    settle(qtbot, ops)
    assert gone(s), s.last_error
    settle(qtbot, ops)
    assert text(lst.table, 0, 4) == "5"

    e = p.end()
    assert isinstance(e, EndDialog)
    assert "goals_met" in [e.reason.itemData(i) for i in range(e.reason.count())]  # the treatment started
    e.reason.setCurrentIndex(e.reason.findData("goals_met"))
    e.ok_button.click()
    assert e.confirm_box is not None and "מרים כהן" in e.confirm_box.text()  # asks first: final
    next(b for b in e.confirm_box.buttons() if e.confirm_box.buttonRole(b) == e.confirm_box.ButtonRole.AcceptRole).click()
    settle(qtbot, ops)
    assert gone(e), e.last_error
    settle(qtbot, ops)
    assert lst.table.showing_empty_text()
    done = world.services("north_worker").therapy.referral(child.id)
    assert (done.status, done.sessions_held, done.end_reason, done.therapist) == ("ended", 5, "goals_met",
                                                                                   "נעמה בדויה")


def test_a_waiting_referral_ends_without_goals_met(qtbot, ops, world):
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert p.waiting.select(child.id)
    e = p.end()
    assert isinstance(e, EndDialog)
    reasons = [e.reason.itemData(i) for i in range(e.reason.count())]
    assert "goals_met" not in reasons and "moved" in reasons
    e.reject()


def test_two_workers_start_one_referral_the_second_is_told(qtbot, ops, world):
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert p.waiting.select(child.id)
    d = p.start()
    assert isinstance(d, StartDialog)
    d.therapist.setText("נעמה בדויה")
    head = world.services("north_head").therapy  # the team head starts it meanwhile
    head.start(child.id, child.version, TODAY, "רותם בדויה")
    with qtbot.waitSignal(d.save_failed):
        d.ok_button.click()
    assert isinstance(d.last_error, ConflictError) and d.reload_button.isVisible() and d.isVisible()
    assert d.therapist.text() == "נעמה בדויה"  # what she typed is kept
    d.reload_button.click()
    settle(qtbot, ops)
    assert d.version == child.version + 1 and not d.error_label.isVisible()
    with qtbot.waitSignal(d.save_failed):
        d.ok_button.click()
    assert d.last_error is not None and d.last_error.code == "therapy_not_waiting"  # and why not
    assert world.services("north_worker").therapy.referral(child.id).therapist == "רותם בדויה"
    d.reject()


def test_enter_opens_the_file_on_its_therapy_tab(qtbot, ops, world):
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert p.waiting.select(child.id)
    focus(qtbot, p.waiting.table)
    with qtbot.waitSignal(p.open_file_requested) as sig:
        qtbot.keyClick(p.waiting.table, Qt.Key.Key_Return)
    assert sig.args == [world.files["cohen"]]
    with qtbot.waitSignal(p.open_file_requested):
        qtbot.keyClick(p.waiting.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


def test_f5_and_a_change_elsewhere_refresh_the_page(qtbot, ops, world):
    p = page(qtbot, ops, world)
    assert p.waiting.table.showing_empty_text()
    refer(world)  # made elsewhere: F5 shows it
    focus(qtbot, p.waiting.table)
    qtbot.keyClick(p.waiting.table, Qt.Key.Key_F5)
    settle(qtbot, ops)
    assert p.waiting.names() == ["מרים כהן"]
    r = refer(world, "cohen", "cohen_father", kind="parent_guidance")
    ops.bus.announce(r.changes())  # another screen's write
    settle(qtbot, ops)
    assert sorted(p.waiting.names()) == ["מרים כהן", "משה כהן"]


def test_the_keyboard_starts_a_treatment(qtbot, ops, world):
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert p.waiting.select(child.id)
    focus(qtbot, p.waiting.table)
    qtbot.keyClick(p.waiting.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(p.dialog, StartDialog) and p.dialog.isVisible()
    qtbot.waitUntil(p.dialog.therapist.hasFocus, timeout=3000)
    p.dialog.reject()


def test_the_module_is_for_the_roles_that_read_referrals(qtbot, ops, world):
    title = QCoreApplication.translate("MainWindow", "Therapy centre")
    for who, shown in (("north_worker", True), ("youth_law", True), ("north_head", True), ("manager", True),
                       ("club", False), ("coordinator", False), ("intake", False), ("admin", False)):
        w = MainWindow(world.services(who), ops, "db")
        qtbot.addWidget(w)
        names = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert (title in names) == shown, who
        assert ("therapy" in w.feature_pages) == shown, who
        if shown:
            assert isinstance(w.feature_pages["therapy"], TherapyPage)
    settle(qtbot, ops)


def test_every_widget_is_named_and_no_alt_letter_twice(qtbot, ops, world, lang):  # noqa: F811
    child, _father, _family = _three(world)
    p = page(qtbot, ops, world)
    assert_all_named(p, f"therapy page ({lang})")
    assert repeated_letters(p, p.tabs) == []
    assert p.waiting.select(child.id)
    start = p.start()
    assert start is not None
    assert_all_named(start, f"start dialog ({lang})")
    assert repeated_letters(start) == []
    start.reject()
    end = p.end()
    assert end is not None
    assert_all_named(end, f"end dialog ({lang})")
    assert repeated_letters(end) == []
    end.reject()
    svc = world.services("north_worker").therapy
    svc.start(child.id, child.version, TODAY, "נעמה בדויה")
    p.refresh()
    settle(qtbot, ops)
    lst = p.show_tab(TAB_TREATMENT)
    assert lst.select(child.id)
    assert_all_named(p, f"therapy page, in treatment ({lang})")
    sessions = p.record_sessions()
    assert sessions is not None
    assert_all_named(sessions, f"sessions dialog ({lang})")
    assert repeated_letters(sessions) == []
    sessions.reject()

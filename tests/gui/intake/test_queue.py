"""The intake queue: overdue first, then urgency, then the oldest; counts per urgency with the overdue ones;
filters (source, intake worker, dates, include closed); Enter opens; it reloads when a referral changes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.intake.page import IntakePage
from desktop.intake.queue import COL_STATUS, IntakeQueueView
from desktop.messages import urgency_label
from desktop.widgets.due import OVERDUE_COLOR, overdue_word
from tests.gui.helpers import settle
from tests.gui.intake.support import confirm, referral


def _queue(qtbot, ops, services) -> IntakeQueueView:
    v = IntakeQueueView(services, ops)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def test_overdue_first_then_urgency_then_oldest_with_counts(qtbot, world, ops):
    routine_old = referral(world, days_ago=30, urgency="routine", person="cohen_child")  # overdue (14 days)
    week_new = referral(world, days_ago=1, urgency="week", person="levi_mother", relation="parent")
    immediate = referral(world, days_ago=0, urgency="immediate", person="haddad_child")
    routine_new = referral(world, days_ago=2, urgency="routine", person="haddad_father", relation="parent")
    v = _queue(qtbot, ops, world.services("intake"))
    assert v.numbers() == [routine_old.number, immediate.number, week_new.number, routine_new.number]
    overdue_cell = v.table.item(0, COL_STATUS)
    assert overdue_word() in overdue_cell.text()
    assert overdue_cell.foreground().color().name() == OVERDUE_COLOR
    assert overdue_word() not in v.table.item(1, COL_STATUS).text()
    assert v.counts is not None and v.counts.open["routine"] == 2 and v.counts.overdue["routine"] == 1
    assert v.urgency_labels["routine"].text().startswith(f"{urgency_label('routine')}: 2")
    assert "1" in v.urgency_labels["routine"].text().split("(")[1]
    assert v.urgency_labels["immediate"].text() == f"{urgency_label('immediate')}: 1"


def test_filters_source_worker_dates_and_closed(qtbot, world, ops):
    school = referral(world, days_ago=3, source="school")
    police = referral(world, days_ago=10, source="police", person="levi_mother", relation="parent")
    by_head = referral(world, days_ago=1, source="self", person="cohen_father", relation="parent", who="north_head")
    svc = world.services("intake")
    svc.intake.no_intervention(police.id, police.version, "information_only")
    v = _queue(qtbot, ops, svc)
    assert sorted(v.numbers()) == sorted([school.number, by_head.number])
    v.include_closed.setChecked(True)
    settle(qtbot, ops)
    assert sorted(v.numbers()) == sorted([school.number, police.number, by_head.number])
    v.source.setCurrentIndex(v.source.findData("police"))
    settle(qtbot, ops)
    assert v.numbers() == [police.number]
    v.source.setCurrentIndex(0)
    v.worker.setCurrentIndex(v.worker.findData(world.users["north_head"].id))
    settle(qtbot, ops)
    assert v.numbers() == [by_head.number]
    v.worker.setCurrentIndex(0)
    v.date_from.setDate(date.today() - timedelta(days=5))
    v.has_from.setChecked(True)
    v.date_to.setDate(date.today() - timedelta(days=2))
    v.has_to.setChecked(True)
    settle(qtbot, ops)
    assert v.numbers() == [school.number]


def test_enter_opens_the_referral_and_the_queue_follows_changes(qtbot, world, ops):
    r = referral(world, days_ago=1)
    svc = world.services("intake")
    page = IntakePage(svc, ops)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ops)
    q = page.queue
    assert q.numbers() == [r.number]
    q.table.setFocus()
    qtbot.keyClick(q.table, Qt.Key.Key_Return)
    assert page.view is not None and page.currentWidget() is page.view
    settle(qtbot, ops)
    assert page.view.referral is not None and page.view.referral.id == r.id
    # decided in the view: the queue (subscribed to changes.referrals) drops it
    dialog = page.view.no_intervention()
    assert dialog is not None
    dialog.submit()
    confirm(dialog.confirm_box)
    settle(qtbot, ops)
    assert q.numbers() == []
    assert page.view.referral.status == "closed"
    page.activateWindow()
    page.view.persons.setFocus()
    qtbot.waitUntil(lambda: page.view.persons.hasFocus(), timeout=2000)
    qtbot.keyClick(page.view.persons, Qt.Key.Key_Escape)
    assert page.currentWidget() is q


def test_ctrl_n_opens_a_new_referral(qtbot, world, ops):
    page = IntakePage(world.services("intake"), ops)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ops)
    page.queue.table.setFocus()
    qtbot.keyClick(page.queue.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form is not None and page.form.isVisible()
    page.form.reject()


def test_intake_comes_first_and_a_referral_leads_to_its_file(qtbot, world, ops):
    from desktop.main_window import MainWindow

    r = referral(world)
    svc = world.services("intake")
    r = svc.intake.attach(r.id, r.version, world.files["cohen"])
    w = MainWindow(svc, ops, "db")
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, ops)
    page = w.feature_pages["intake"]
    assert w.pages.currentWidget() is page and w.nav.currentRow() == 0
    view = page.open_referral(r.id)
    settle(qtbot, ops)
    assert view.go_to_file_action.button.isVisible() and view.hand_over_action.button.isVisible()
    view.go_to_file_action.button.click()
    settle(qtbot, ops)
    assert w.pages.currentWidget() is w.families_page and w.file_view is not None
    assert w.file_view.file_id == world.files["cohen"]


def test_a_family_worker_has_no_intake_page(qtbot, world, ops):
    from desktop.main_window import MainWindow

    w = MainWindow(world.services("north_worker"), ops, "db")
    qtbot.addWidget(w)
    assert "intake" not in w.feature_pages


def test_the_queue_and_a_referral_stay_responsive_with_a_slow_service(qtbot, world, ops):
    from tests.gui.helpers import SlowServices, Ticker, _slow

    class SlowIntake(SlowServices):
        def __init__(self, services, delay: float) -> None:
            super().__init__(services, delay)
            self.intake = _slow(services.intake, delay, self.calls, self.intervals)

    r = referral(world)
    slow = SlowIntake(world.services("intake"), 0.5)
    ticker = Ticker()
    page = IntakePage(slow, ops)
    qtbot.addWidget(page)
    page.show()
    assert page.queue.loading
    settle(qtbot, ops)
    assert page.queue.numbers() == [r.number]
    view = page.open_referral(r.id)
    settle(qtbot, ops)
    ticker.stop()
    assert view.referral is not None and view.referral.id == r.id
    assert slow.intervals and slow.frozen_calls(ticker) == []
    assert slow.gui_thread_calls == []

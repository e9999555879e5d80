"""The clubs' fees: the month's closing list with the children not yet charged and "Charge the month" (asked
first, charging twice adds nothing), a payment recorded from the selected row (a sum of zero and a child
never enrolled refused in the dialog, what was typed kept), an exemption decided with a reason, the fee
notice printed, and the page's "Charge a month…". The clubs' clock is 18 December 2025 (in the past: the
PostgreSQL guard refuses a payment dated after the server's today)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.clubs.common import adjustment_kind_label, fmt_money
from desktop.clubs.fees import COL_ADJUSTMENT, COL_BALANCE, COL_CHARGED, COL_PAID, FeesView, charge_month
from desktop.clubs.payment_dialog import PaymentDialog
from models.clubs.dto import ClubInput, EnrolInput, RequestInput
from tests.gui.helpers import settle, type_text


def _item(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item

TODAY = date(2025, 12, 18)
MONTH = date(2025, 12, 1)


@pytest.fixture
def club(world, monkeypatch):
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)
    clubs = world.services("club").clubs
    c = clubs.save_club(None, ClubInput(name="מועדונית הדקל"), None)
    clubs.enrol(EnrolInput(club_id=c.id, file_id=world.files["cohen"], person_id=world.persons["cohen_child"],
                           starts_on=date(2025, 11, 2)))
    return c


def _accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _view(qtbot, ops, world, club_id: int | None) -> FeesView:
    v = FeesView(world.services("club"), ops)
    qtbot.addWidget(v)
    v.resize(1100, 600)
    v.show()
    v.set_club(club_id, "מועדונית הדקל")
    settle(qtbot, ops)
    return v


def _charge(qtbot, ops, v: FeesView, month: date = MONTH) -> None:
    d = v.charge()
    assert d is not None
    assert d.month.month() == month
    d.ok_button.click()
    assert d.confirm_box is not None
    _accept(d.confirm_box)
    settle(qtbot, ops)
    settle(qtbot, ops)


def test_the_month_is_charged_once(qtbot, ops, world, club):
    v = _view(qtbot, ops, world, club.id)
    assert v.data is not None and v.data.uncharged == 1
    assert v.charge_action.button.isVisible()
    _charge(qtbot, ops, v)
    assert v.data.uncharged == 0 and not v.charge_action.button.isVisible()
    assert v.table.rowCount() == 1
    assert _item(v.table, 0, COL_CHARGED).text() == fmt_money(13_000)
    assert _item(v.table, 0, COL_BALANCE).text() == fmt_money(13_000)
    assert fmt_money(13_000) in v.totals_label.text()
    again = world.services("club").clubs.charge_month(MONTH, club.id)
    assert again.charged == 0 and again.already == 1


def test_a_payment_is_recorded_and_a_zero_sum_refused_in_the_dialog(qtbot, ops, world, club):
    world.services("club").clubs.charge_month(MONTH, club.id)
    v = _view(qtbot, ops, world, club.id)
    d = v.record_payment()
    assert isinstance(d, PaymentDialog)
    settle(qtbot, ops)
    assert d.child.currentData() == world.persons["cohen_child"]
    assert d.amount.agorot() == 13_000  # what the family owes
    assert fmt_money(13_000) in d.balance_label.text()
    d.amount.set_agorot(0)
    type_text(d.receipt, "4711")
    d.ok_button.click()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "amount_not_positive"
    assert d.error_label.isVisible() and d.amount.hasFocus()
    assert d.receipt.text() == "4711"  # kept
    d.amount.set_agorot(10_000)
    d.method.setCurrentIndex(d.method.findData("cash"))
    d.ok_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.last_error is None
    assert _item(v.table, 0, COL_PAID).text() == fmt_money(10_000)
    assert _item(v.table, 0, COL_BALANCE).text() == fmt_money(3_000)
    account = world.services("club").clubs.account(world.files["cohen"])
    assert [(p.amount_agorot, p.method, p.receipt_no) for p in account.payments] == [(10_000, "cash", "4711")]


def test_a_payment_for_a_child_never_enrolled_is_refused(qtbot, ops, world, club):
    world.services("south_worker").clubs.request_club(RequestInput(
        file_id=world.files["haddad"], person_id=world.persons["haddad_child"], route="family_worker",
        reason="בדידות אחרי הצהריים"))  # waiting: never enrolled
    d = PaymentDialog(world.services("club"), ops, file_id=world.files["haddad"],
                      person_id=world.persons["haddad_child"])
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    assert d.child.currentData() == world.persons["haddad_child"]
    d.amount.set_agorot(5_000)
    d.ok_button.click()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "never_enrolled"
    assert d.error_label.isVisible()
    assert world.services("club").clubs.account(world.files["haddad"]).payments == ()


def test_an_exemption_needs_a_reason_and_waives_the_next_months_fee(qtbot, ops, world, club, monkeypatch):
    world.services("club").clubs.charge_month(MONTH, club.id)
    v = _view(qtbot, ops, world, club.id)
    assert v.select_child("מרים כהן")
    d = v.adjust()
    assert d is not None
    assert d.from_month.month() == date(2026, 1, 1)  # December is charged: from January
    d.kind.setCurrentIndex(d.kind.findData("exemption"))
    d.ok_button.click()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None  # the reason is required
    type_text(d.reason, "החלטת ועדה: פטור מלא")
    d.from_month.set_month(MONTH)
    d.ok_button.click()
    settle(qtbot, ops)
    assert d.isVisible() and d.last_error is not None and d.last_error.code == "month_already_charged"
    d.from_month.set_month(date(2026, 1, 1))
    d.ok_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.last_error is None
    monkeypatch.setattr("models.clubs.rules.today", lambda: date(2026, 1, 5))
    v.go_to_month(date(2026, 1, 1))
    settle(qtbot, ops)
    _charge(qtbot, ops, v, date(2026, 1, 1))
    assert _item(v.table, 0, COL_CHARGED).text() == fmt_money(0)
    assert _item(v.table, 0, COL_ADJUSTMENT).text() == adjustment_kind_label("exemption")


def test_the_fee_notice_prints_the_family(qtbot, ops, world, club):
    world.services("club").clubs.charge_month(MONTH, club.id)
    v = _view(qtbot, ops, world, club.id)
    preview = v.print_notice()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
    assert "משפחת כהן" in text or "כהן" in text
    preview.close()


def test_the_pages_charge_a_month(qtbot, ops, world, club):
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    charge_month(host, world.services("club"), ops)
    d = host.club_charge_dialog  # type: ignore[attr-defined]
    d.ok_button.click()
    _accept(d.confirm_box)
    settle(qtbot, ops)
    assert d.result_box is not None and fmt_money(13_000) in d.result_box.text()
    closing = world.services("club").clubs.month_closing(MONTH)
    assert closing.uncharged == 0 and closing.charged_agorot == 13_000

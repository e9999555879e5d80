"""The foster-care referrals page: the referrals in the service's order (open ones by their step, then the
youngest first) with the child, age, file, kind, status, days in status, service, worker, the red flag of an
emergency referral the committee has not decided yet and the annual review; the counts per status; the status,
kind and search filters; the committee decisions awaiting a referral, from which Ctrl+N makes one (filled from
the decision) and opens it; Enter opens a referral; F5 reloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.foster.common import committee_missing_text, kind_label, status_label
from desktop.foster.dialogs import FosterReferralDialog
from desktop.foster.page import (
    COL_AGE,
    COL_COMMITTEE,
    COL_FILE,
    COL_KIND,
    COL_REVIEW,
    COL_STATUS,
    FosterReferralsPage,
)
from desktop.foster.referral_view import FosterReferralView
from desktop.widgets.dates import fmt_date
from tests.gui.committees.meeting_support import gone
from tests.gui.foster.support import SERVICE, decide, moved, referral, wait_loaded
from tests.gui.helpers import settle, type_text


def _cell_text(table, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return str(item.text())


def page(qtbot, ops, world, who: str = "north_head") -> FosterReferralsPage:
    p = FosterReferralsPage(world.services(who), ops)
    qtbot.addWidget(p)
    p.resize(1280, 860)
    p.show()
    wait_loaded(qtbot, ops, p)
    return p


def test_the_page_lists_referrals_by_status_and_age_flags_the_missing_decision_and_counts(qtbot, world, ops,
                                                                                          monkeypatch):
    option = decide(world, monkeypatch)
    placed = moved(world, referral(world, option), "sent", "assessment", "matched", "placed")
    # the Haddad child (younger than the Cohen child): an emergency referral, no committee decision yet
    referral(world, who="south_head", family="haddad", child="haddad_child", kind="emergency",
             emergency_reason="הילדה נמצאה לבד בבית.")
    p = page(qtbot, ops, world, "manager")
    assert p.child_names() == ["לילא חדאד", "מרים כהן"]  # a draft before a placed one
    assert p.cell(0, COL_STATUS) == status_label("draft") and p.cell(1, COL_STATUS) == status_label("placed")
    assert p.cell(0, COL_COMMITTEE) == committee_missing_text() and p.cell(1, COL_COMMITTEE) == ""
    flag = p.table.item(0, COL_COMMITTEE)
    assert flag is not None and flag.font().bold() and flag.toolTip()
    assert p.cell(0, COL_KIND) == kind_label("emergency") and p.cell(1, COL_KIND) == kind_label("long_term")
    assert p.cell(1, COL_FILE) == "2025/0001" and p.cell(1, COL_AGE) == str(placed.age_years)
    assert p.cell(1, COL_REVIEW) == fmt_date(placed.annual_review_on) and placed.annual_review_on is not None
    counts = p.counts_label.text()
    assert f"{status_label('draft')}: 1" in counts and f"{status_label('placed')}: 1" in counts
    assert status_label("sent") not in counts  # no referral is in that step now

    # filters: a status, a kind, a search for the file number or the child
    p.status.setCurrentIndex(p.status.findData("placed"))
    wait_loaded(qtbot, ops, p)
    assert p.child_names() == ["מרים כהן"]
    p.status.setCurrentIndex(p.status.findData(""))
    p.kind.setCurrentIndex(p.kind.findData("emergency"))
    wait_loaded(qtbot, ops, p)
    assert p.child_names() == ["לילא חדאד"]
    p.kind.setCurrentIndex(0)
    p.search.setFocus()
    type_text(p.search, "כהן")
    qtbot.keyClick(p.search, Qt.Key.Key_Return)
    wait_loaded(qtbot, ops, p)
    assert p.child_names() == ["מרים כהן"]
    p.search.clear()
    type_text(p.search, "2025/0003")  # the Haddad file's number
    qtbot.keyClick(p.search, Qt.Key.Key_Return)
    wait_loaded(qtbot, ops, p)
    assert p.child_names() == ["לילא חדאד"]


def test_a_decision_awaiting_a_referral_becomes_one_with_ctrl_n_and_opens(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    p = page(qtbot, ops, world, "north_worker")
    assert p.table.showing_empty_text() and p.awaiting_table.rowCount() == 1
    assert "מרים כהן" in _cell_text(p.awaiting_table, 0, 1)
    p.awaiting_table.setFocus()
    qtbot.keyClick(p.awaiting_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = p.dialog
    assert isinstance(d, FosterReferralDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    settle(qtbot, ops)
    assert d.child.currentData() == world.persons["cohen_child"] and d.decision.currentData() == option.decision_id
    assert not d.emergency_reason.isVisibleTo(d)
    d.kind.setCurrentIndex(d.kind.findData("long_term"))
    d.service.setFocus()
    type_text(d.service, SERVICE)
    d.reason.setFocus()
    type_text(d.reason, "זקוקה למסגרת משפחתית")
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    view = p.view
    assert isinstance(view, FosterReferralView)
    qtbot.waitUntil(lambda: view.referral is not None, timeout=10_000)
    made = view.referral
    assert made is not None and made.decision is not None and made.decision.decision_id == option.decision_id
    assert made.status == "draft" and made.service_name == SERVICE
    wait_loaded(qtbot, ops, p)
    assert p.child_names() == ["מרים כהן"] and p.awaiting_table.rowCount() == 0
    view.close()

    # Enter on a referral opens it
    p.table.setFocus()
    qtbot.keyClick(p.table, Qt.Key.Key_Return)
    again = p.view
    assert isinstance(again, FosterReferralView) and again is not view
    qtbot.waitUntil(lambda: again.referral is not None, timeout=10_000)
    assert again.referral is not None and again.referral.child.full_name == "מרים כהן"
    again.close()


def test_f5_shows_what_a_colleague_changed(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    r = referral(world, option)
    p = page(qtbot, ops, world, "north_head")
    assert p.cell(0, COL_STATUS) == status_label("draft")
    moved(world, r, "sent")  # another client: this page hears nothing
    p.setFocus()
    qtbot.keyClick(p, Qt.Key.Key_F5)
    wait_loaded(qtbot, ops, p)
    assert p.cell(0, COL_STATUS) == status_label("sent")


@pytest.mark.parametrize("who", ["club", "coordinator"])
def test_roles_without_foster_care_are_refused(qtbot, world, ops, who):
    p = FosterReferralsPage(world.services(who), ops)
    qtbot.addWidget(p)
    wait_loaded(qtbot, ops, p)
    assert p.error_label.isVisibleTo(p) and p.table.rowCount() == 0 and p.awaiting_table.rowCount() == 0

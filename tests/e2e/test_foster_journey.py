"""Foster care, through the whole client and its UI (issue 11's "done when"), on SQLite and PostgreSQL:

1. The treatment-plan committee heard the Cohen child and decided a foster family (a meeting, its case and a
   final protocol, through the committee's services: the coordinator records it, the chair finalises it).
2. The next day the family worker (דנה) signs in: on the Foster care page the decision waits for a referral;
   Ctrl+N makes it (filled from the decision) and opens the referral's window.
3. Over two weeks (the foster clock moved day by day) she moves it: sent, in assessment, family proposed, back
   to assessment with a reason (the family withdrew), matched, placed with the foster family's code and
   locality. Each step shows its date and who moved it; the committee's placement is recorded and the annual
   review set.
4. She attaches an assessment (a PDF) and prints the referral: the referral form, the committee's protocol and
   the assessment as ONE PDF, in that order.
5. About eleven and a half months after the placement (the committee's clock moved), the committee follow-up
   page lists the child's review, due no later than the placement's annual review, and the family file's
   committee tab shows the foster placement with its annual review.

Every row is dated in the past (the hearing 400 days ago): the PostgreSQL guards refuse moves and placements
dated after the server's today."""

from __future__ import annotations

import io
from datetime import date, time, timedelta

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.committees.follow_up import REVIEW_CHILD, REVIEW_DUE, FollowUpView
from desktop.foster.common import status_label
from desktop.foster.dialogs import FosterMoveDialog, FosterReferralDialog
from desktop.foster.page import FosterReferralsPage
from desktop.foster.referral_view import FosterReferralView
from desktop.widgets.dates import fmt_date
from models.committees.dto import CaseInput, DecisionInput, MeetingInput, ParticipantInput, ProtocolInput
from models.committees.rules import add_months
from reports.forms import foster_referral
from tests.e2e.support import sign_in as _sign_in
from tests.gui.helpers import type_text

HELD = date.today() - timedelta(days=400)  # the hearing
CHILD = "מרים כהן"
SERVICE = "שירות האומנה מחוז דרום"
DECISION = "השמה במשפחת אומנה לטווח ארוך; קשר שבועי עם האב בפיקוח."
# the foster clock for each move after the referral is made (HELD + 1)
STEPS = [("sent", 2, ""), ("assessment", 4, ""), ("proposed", 9, ""),
         ("assessment", 11, "המשפחה המוצעת חזרה בה"), ("matched", 13, ""), ("placed", 15, "")]
PLACED = HELD + timedelta(days=15)




def _settle(qtbot, app) -> None:
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=15_000)


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _accept(box: QMessageBox) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def _cell_text(table, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return str(item.text())


def _clocks(monkeypatch, day: date) -> None:
    monkeypatch.setattr("models.foster.rules.today", lambda: day)
    monkeypatch.setattr("models.committees.rules.today", lambda: day)


def _committee_decides(world, monkeypatch) -> int:
    """The meeting (scheduled 20 days before it), the Cohen child's case, the final protocol deciding a foster
    family, the next review a year after the hearing. Returns the case."""
    _clocks(monkeypatch, HELD - timedelta(days=20))
    svc = world.services("coordinator").committees
    meeting = svc.create_meeting(MeetingInput(HELD, time(9, 30), "חדר הישיבות, קומה 2", "regular",
                                              world.users["north_head"].id))
    case = svc.add_case(meeting.id, CaseInput(world.files["cohen"], world.persons["cohen_child"], "first_hearing",
                                              "דנה צפונית", "עו\"ס משפחה", "רקע: הזנחה מתמשכת, היעדרויות."))
    svc.add_participant(case.id, ParticipantInput("father", "משה כהן", phone="050-0000001", address="רחוב הדקל 1"))
    _clocks(monkeypatch, HELD)
    draft = svc.save_protocol(case.id, None, ProtocolInput(
        background="רקע: הזנחה מתמשכת.", discussion="הוועדה שמעה את האב ואת העו\"ס.",
        decisions=(DecisionInput("foster_family", DECISION),), votes_for=5, district_right_stated=True,
        next_review_on=add_months(HELD, 12)))
    world.services("north_head").committees.finalise(case.id, draft.version)
    return case.id


def test_foster_journey_from_the_committee_decision_to_the_annual_review(qtbot, world, make_app, monkeypatch,
                                                                         tmp_path):
    case_id = _committee_decides(world, monkeypatch)

    # ---- 2. the next day: the decision waits for a referral; Ctrl+N makes it ---------------------------------
    _clocks(monkeypatch, HELD + timedelta(days=1))
    app = _sign_in(qtbot, make_app, world, "north_worker")
    w = app.main_window
    page = w.show_page("foster")
    assert isinstance(page, FosterReferralsPage)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    _settle(qtbot, app)
    assert page.table.showing_empty_text() and page.awaiting_table.rowCount() == 1
    assert _cell_text(page.awaiting_table, 0, 1) == CHILD
    page.awaiting_table.setFocus()
    qtbot.keyClick(page.awaiting_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = page.dialog
    assert isinstance(d, FosterReferralDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    _settle(qtbot, app)
    assert d.child.currentText() == CHILD and d.kind.currentData() == "long_term"
    d.service.setFocus()
    type_text(d.service, SERVICE)
    d.reason.setFocus()
    type_text(d.reason, "הילדה זקוקה למסגרת משפחתית יציבה ולמעקב רפואי.")
    d.contact.setFocus()
    type_text(d.contact, "מפגש שבועי עם האב במרכז הקשר.")
    d.ok_button.click()
    _settle(qtbot, app)
    assert _gone(d), d.last_error
    view = page.view
    assert isinstance(view, FosterReferralView)
    qtbot.waitUntil(lambda: view.referral is not None, timeout=10_000)
    _settle(qtbot, app)
    made = view.referral
    assert made is not None and made.decision is not None and made.decision.case_id == case_id
    referral_id = made.id
    assert view.pipeline.current() == "draft" and page.awaiting_table.rowCount() == 0

    # ---- 3. two weeks along the pipeline -------------------------------------------------------------------
    for to, day, reason in STEPS:
        _clocks(monkeypatch, HELD + timedelta(days=day))
        m = view.open_move(to)
        assert isinstance(m, FosterMoveDialog) and m.status.currentData() == to, to
        assert m.backwards_note.isVisibleTo(m) == bool(reason)
        if reason:
            m.reason.setFocus()
            type_text(m.reason, reason)
        if to == "placed":
            type_text(m.family_code, "FF-2291")
            m.locality.setFocus()
            type_text(m.locality, "עומר")
        m.ok_button.click()
        if m.confirm_box is not None:
            _accept(m.confirm_box)
        _settle(qtbot, app)
        assert _gone(m), m.last_error
        qtbot.waitUntil(lambda to=to: view.referral is not None and view.referral.status == to, timeout=10_000)
        _settle(qtbot, app)
    r = view.referral
    assert r is not None and r.placed_on == PLACED and r.placement_id is not None
    assert [e.to_status for e in r.events] == ["draft", *[s for s, _d, _r in STEPS]]
    back = next(e for e in r.events if e.reason)
    assert (back.from_status, back.to_status, back.reason) == ("proposed", "assessment", "המשפחה המוצעת חזרה בה")
    placed_step = view.pipeline.step_text("placed")
    assert fmt_date(PLACED) in placed_step and "דנה צפונית" in placed_step
    assert view.pipeline.step_text("sent").find(fmt_date(HELD + timedelta(days=2))) >= 0
    assert r.annual_review_on == add_months(PLACED, 12)
    assert fmt_date(r.annual_review_on) in view.fields["annual_review"].text()
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.child_names() == [CHILD] and page.cell(0, 4) == status_label("placed")

    # ---- 4. an assessment attached; the referral, the protocol and the assessment as one PDF ----------------
    assessment = tmp_path / "assessment.pdf"
    assessment.write_bytes(foster_referral.build(world.services("north_worker").foster.referral_form(referral_id),
                                                 "he"))  # any real PDF stands for the psychologist's letter
    doc = view.open_add_document()
    assert doc is not None
    doc.set_path(str(assessment))
    doc.title.clear()
    type_text(doc.title, "הערכה פסיכולוגית")
    doc.ok_button.click()
    _settle(qtbot, app)
    assert _gone(doc), doc.last_error
    qtbot.waitUntil(lambda: view.documents_table.rowCount() == 1, timeout=10_000)
    preview = view.print_referral()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    protocol_pages = len(PdfReader(io.BytesIO(_protocol_pdf(world, case_id))).pages)
    form_pages = len(PdfReader(io.BytesIO(assessment.read_bytes())).pages)
    assert preview.page_count == form_pages + protocol_pages + form_pages
    texts = [preview.document.getAllText(i).text() for i in range(preview.page_count)]
    assert "הפניה לשירות האומנה" in texts[0] and CHILD in texts[0] and SERVICE in texts[0]
    assert "פרוטוקול" in texts[form_pages] and "השמה במשפחת אומנה" in "".join(texts[form_pages:-form_pages])
    assert preview.save_to(tmp_path / "referral.pdf")
    _settle(qtbot, app)
    preview.close()
    view.close()

    # ---- 5. eleven and a half months on: the committee's review list ----------------------------------------
    later = PLACED + timedelta(days=350)
    _clocks(monkeypatch, later)
    follow = w.show_page("committee_follow_up")
    assert isinstance(follow, FollowUpView)
    follow.refresh()
    qtbot.waitUntil(lambda: not follow.loading, timeout=10_000)
    _settle(qtbot, app)
    rows = [_cell_text(follow.reviews_table, i, REVIEW_CHILD) for i in range(follow.reviews_table.rowCount())]
    assert CHILD in rows, rows
    due = _cell_text(follow.reviews_table, rows.index(CHILD), REVIEW_DUE)
    assert follow.follow_up is not None
    review = next(x for x in follow.follow_up.reviews if x.child_name == CHILD)
    assert review.due_on <= r.annual_review_on and review.setting == "foster_family"
    assert due.startswith(fmt_date(review.due_on))
    # the file's committee tab: the foster placement and its annual review
    fv = w.open_file(world.files["cohen"], "committees")
    qtbot.waitUntil(lambda: fv.detail is not None, timeout=10_000)
    _settle(qtbot, app)
    tab = fv.tab("committees")
    assert tab is not None
    qtbot.waitUntil(lambda: tab.placements_table.rowCount() == 1, timeout=10_000)
    assert tab.placements_table.item(0, 4).text() == fmt_date(r.annual_review_on)
    assert tab.placements_table.item(0, 2).text() == fmt_date(PLACED)


def _protocol_pdf(world, case_id: int) -> bytes:
    from reports.forms import committee_protocol

    return committee_protocol.build(world.services("north_worker").committees.protocol_form(case_id), "he")

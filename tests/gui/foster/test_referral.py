"""A foster-care referral's dialogs and window: bad input (no committee decision and no emergency reason; a
move back without a reason; "placed" without the foster family), a stale version (a colleague moved the
referral meanwhile: told, the input kept, Reload, then saved), an emergency referral (a task and the
committee's due date said), the pipeline shown as steps with their dates and who moved them, attaching the
committee's decision, documents (a PDF from disk through the file dialog, a file that is not a PDF refused,
open, remove), visits, and printing the referral with the protocol and the documents as one PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.foster.common import committee_missing_text, status_label
from desktop.foster.dialogs import (
    EMERGENCY,
    FosterDecisionDialog,
    FosterDocumentDialog,
    FosterMoveDialog,
    FosterReferralDialog,
    FosterVisitDialog,
)
from desktop.foster.referral_view import FosterReferralView
from desktop.messages import message_for
from models.errors import ConflictError, ValidationError
from models.foster.dto import FosterMove, FosterReferralDTO
from reports.forms import foster_placement_summary, foster_referral
from tests.gui.committees.meeting_support import gone, mnemonics
from tests.gui.foster.support import SERVICE, decide, moved, referral
from tests.gui.helpers import settle, type_text
from tests.gui.intake.support import confirm


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _cell_text(table, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return str(item.text())


def open_view(qtbot, ops, world, referral_id: int, who: str = "north_worker") -> FosterReferralView:
    v = FosterReferralView(world.services(who), ops, referral_id)
    qtbot.addWidget(v)
    v.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    v.show()
    qtbot.waitUntil(lambda: v.referral is not None, timeout=10_000)
    settle(qtbot, ops)
    return v


def new_dialog(qtbot, ops, world, who: str, family: str = "cohen") -> FosterReferralDialog:
    d = FosterReferralDialog(world.services(who), ops, world.files[family])
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.child.count() > 0 and d.decision.count() > 0, timeout=10_000)
    settle(qtbot, ops)
    return d


# ---- making a referral -------------------------------------------------------------------------------------------
def test_an_emergency_referral_without_its_reason_is_refused_and_keeps_the_input(qtbot, world, ops):
    d = new_dialog(qtbot, ops, world, "youth_law")
    # no committee decision for the child: only the emergency is offered
    assert [d.decision.itemData(i) for i in range(d.decision.count())] == [None, EMERGENCY]
    d.decision.setCurrentIndex(d.decision.findData(EMERGENCY))
    assert d.emergency_reason.isVisibleTo(d) and d.kind.currentData() == "emergency"
    due = date.today() + timedelta(days=7)
    assert due.strftime("%d/%m/%Y") in d.emergency_note.text()
    d.service.setFocus()
    type_text(d.service, SERVICE)
    d.reason.setFocus()
    type_text(d.reason, "הילדה נשארת לבד")
    d.ok_button.click()
    settle(qtbot, ops)
    assert not gone(d) and isinstance(d.last_error, ValidationError)
    assert d.last_error.code == "emergency_reason_required"
    assert d.error_label.text() == message_for(d.last_error)
    assert d.service.text() == SERVICE and d.reason.toPlainText() == "הילדה נשארת לבד"  # kept

    # the emergency's reason given: made; a task demands the committee by the due date
    d.emergency_reason.setFocus()
    type_text(d.emergency_reason, "האם אושפזה הלילה")
    saved: list[FosterReferralDTO] = []
    d.saved.connect(saved.append)
    qtbot.keyClick(d.emergency_reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d), d.last_error
    r = saved[0]
    assert r.committee_missing and r.committee_due_on == due and r.committee_task_id is not None
    tasks = world.services("youth_law").tasks.my_open_tasks()
    assert any(t.id == r.committee_task_id and t.due_date == due for t in tasks)


def test_a_family_worker_without_a_committee_decision_cannot_make_a_referral(qtbot, world, ops):
    d = new_dialog(qtbot, ops, world, "north_worker")
    assert [d.decision.itemData(i) for i in range(d.decision.count())] == [None]  # no emergency for her role
    assert not d.ok_button.isEnabled() and d.error_label.isVisibleTo(d)
    assert "committee" in d.error_label.text() or "ועד" in d.error_label.text()


def test_emergency_referral_window_flags_the_missing_decision_and_attaches_it(qtbot, world, ops, monkeypatch):
    r = referral(world, who="youth_law", kind="emergency", emergency_reason="האם אושפזה")
    v = open_view(qtbot, ops, world, r.id, "youth_law")
    assert v.missing_label.isVisibleTo(v) and v.attach_action.button.isEnabled()
    assert r.committee_due_on is not None and r.committee_due_on.strftime("%d/%m/%Y") in v.missing_label.text()
    option = decide(world, monkeypatch)  # the committee decides
    d = v.open_attach()
    assert isinstance(d, FosterDecisionDialog)
    qtbot.waitUntil(lambda: d.ready, timeout=10_000)
    assert d.decision.currentData() == option.decision_id
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    qtbot.waitUntil(lambda: v.referral is not None and v.referral.decision is not None, timeout=10_000)
    assert not v.missing_label.isVisibleTo(v) and not v.attach_action.button.isVisibleTo(v)
    tasks = {t.id for t in world.services("youth_law").tasks.my_open_tasks()}
    assert r.committee_task_id not in tasks  # the committee's task is done


# ---- moving it -----------------------------------------------------------------------------------------------------
def test_the_pipeline_a_move_back_needs_a_reason_and_placed_needs_the_family(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    r = moved(world, referral(world, option), "sent", "assessment", "proposed")
    v = open_view(qtbot, ops, world, r.id)
    assert v.pipeline.current() == "proposed"
    sent = v.pipeline.step_text("sent")
    assert status_label("sent") in sent and date.today().strftime("%d/%m/%Y") in sent and "דנה צפונית" in sent
    assert v.pipeline.step_text("placed") == status_label("placed")  # not reached: no date

    m = v.open_move("assessment")  # back: the family proposed withdrew
    assert isinstance(m, FosterMoveDialog) and m.status.currentData() == "assessment"
    assert m.backwards_note.isVisibleTo(m)
    m.ok_button.click()
    settle(qtbot, ops)
    assert not gone(m) and m.last_error is not None and m.last_error.code == "reason_required"
    assert m.error_label.text() == message_for(m.last_error)
    m.reason.setFocus()
    type_text(m.reason, "המשפחה חזרה בה")
    m.ok_button.click()
    settle(qtbot, ops)
    assert gone(m), m.last_error
    qtbot.waitUntil(lambda: v.referral is not None and v.referral.status == "assessment", timeout=10_000)
    assert v.pipeline.current() == "assessment"
    last = v.events_table.rowCount() - 1
    assert _cell_text(v.events_table, last, 4) == "המשפחה חזרה בה"
    assert _cell_text(v.events_table, last, 2) == status_label("proposed")

    m = v.open_move("placed")
    assert m is not None and m.family_code.isVisibleTo(m) and m.locality.isVisibleTo(m)
    assert not m.backwards_note.isVisibleTo(m)
    m.ok_button.click()
    confirm(m.confirm_box)
    settle(qtbot, ops)
    assert not gone(m) and m.last_error is not None and m.last_error.code == "required"
    m.family_code.setText("FF-2291")
    m.locality.setFocus()
    type_text(m.locality, "עומר")
    m.ok_button.click()
    confirm(m.confirm_box)
    settle(qtbot, ops)
    assert gone(m), m.last_error
    qtbot.waitUntil(lambda: v.referral is not None and v.referral.status == "placed", timeout=10_000)
    assert v.fields["family_code"].text() == "FF-2291" and v.fields["locality"].text() == "עומר"
    now = v.referral
    assert now is not None and now.annual_review_on is not None
    assert now.annual_review_on.strftime("%d/%m/%Y") in v.fields["annual_review"].text()
    # the committee's placement is recorded too
    placements = world.services("north_worker").committees.placements(world.files["cohen"])
    assert [p.setting for p in placements if p.ended_on is None] == ["foster_family"]
    assert now.next_statuses == ("ended",)


def test_a_colleague_moved_it_meanwhile_told_the_input_kept_reload_then_saved(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    r = moved(world, referral(world, option), "sent")
    v = open_view(qtbot, ops, world, r.id)
    m = v.open_move("rejected")
    assert m is not None
    m.reject_reason.setCurrentIndex(m.reject_reason.findData("no_family_found"))
    m.reason.setFocus()
    type_text(m.reason, "אין משפחה באזור")
    moved(world, r, "assessment", who="north_head")  # the team head, on her own client, at the same time
    m.ok_button.click()
    confirm(m.confirm_box)
    settle(qtbot, ops)
    assert not gone(m) and isinstance(m.last_error, ConflictError)
    assert m.reload_button.isVisibleTo(m) and m.error_label.text() == message_for(m.last_error)
    assert m.reason.toPlainText() == "אין משפחה באזור" and m.reject_reason.currentData() == "no_family_found"
    m.reload_button.click()
    settle(qtbot, ops)
    assert m.version == world.services("north_worker").foster.referral(r.id).version
    assert "assessment" not in [m.status.itemData(i) for i in range(m.status.count())]  # where it is now
    assert m.status.currentData() == "rejected" and m.reason.toPlainText() == "אין משפחה באזור"
    m.ok_button.click()
    confirm(m.confirm_box)
    settle(qtbot, ops)
    assert gone(m), m.last_error
    done = world.services("north_worker").foster.referral(r.id)
    assert done.status == "rejected" and done.reject_reason == "no_family_found"
    assert [e.to_status for e in done.events] == ["draft", "sent", "assessment", "rejected"]
    qtbot.waitUntil(lambda: v.referral is not None and v.referral.status == "rejected", timeout=10_000)
    assert not v.move_action.button.isEnabled()
    assert v.pipeline.current() == "rejected"


def test_two_workers_move_one_referral_at_once_one_wins_the_other_is_told(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    r = moved(world, referral(world, option), "sent")
    head = open_view(qtbot, ops, world, r.id, "north_head")
    mine = open_view(qtbot, ops, world, r.id, "north_worker")
    first, second = head.open_move("assessment"), mine.open_move("proposed")
    assert first is not None and second is not None
    first.ok_button.click()
    settle(qtbot, ops)
    second.ok_button.click()
    settle(qtbot, ops)
    assert gone(first) and not gone(second) and isinstance(second.last_error, ConflictError)
    assert world.services("north_worker").foster.referral(r.id).status == "assessment"


# ---- documents, visits, printing --------------------------------------------------------------------------------
def test_documents_from_disk_visits_and_the_merged_print(qtbot, world, ops, monkeypatch, tmp_path: Path):
    option = decide(world, monkeypatch)
    r = moved(world, referral(world, option), "sent", "matched", "placed")
    pdf = tmp_path / "הערכה_פסיכולוגית.pdf"
    pdf.write_bytes(foster_placement_summary.build(world.services("north_worker").foster.placement_summary_form(r.id),
                                                   "he"))  # a real PDF of two pages at most
    pages_of_document = len(PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    not_pdf = tmp_path / "scan.pdf"
    not_pdf.write_bytes(b"GIF89a this is an image")
    v = open_view(qtbot, ops, world, r.id)
    assert v.documents_table.showing_empty_text()

    d = v.open_add_document()
    assert isinstance(d, FosterDocumentDialog)
    chooser = d.choose()
    chooser.selectFile(str(not_pdf))
    chooser.accept()
    assert d.path.text() == str(not_pdf) and d.title.text() == "scan"
    d.ok_button.click()
    settle(qtbot, ops)
    assert not gone(d) and d.last_error is not None and d.last_error.code == "not_pdf"
    d.set_path(str(pdf))
    d.title.clear()
    d.set_path(str(pdf))
    assert d.title.text() == "הערכה פסיכולוגית"
    d.kind.setCurrentIndex(d.kind.findData("assessment"))
    d.ok_button.click()
    settle(qtbot, ops)
    assert gone(d), d.last_error
    qtbot.waitUntil(lambda: v.documents_table.rowCount() == 1, timeout=10_000)
    assert _cell_text(v.documents_table, 0, 1) == "הערכה פסיכולוגית"
    assert v.tabs.tabText(1).endswith("(1)")

    preview = v.open_selected_document()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None and preview.page_count == pages_of_document
    preview.close()

    visit = v.open_visit()
    assert isinstance(visit, FosterVisitDialog)
    visit.kind.setCurrentIndex(visit.kind.findData("parents_visit"))
    visit.with_whom.setFocus()
    type_text(visit.with_whom, "האב")
    visit.note.setFocus()
    type_text(visit.note, "מפגש חם")
    visit.ok_button.click()
    settle(qtbot, ops)
    assert gone(visit), visit.last_error
    qtbot.waitUntil(lambda: v.visits_table.rowCount() == 1, timeout=10_000)
    assert _cell_text(v.visits_table, 0, 3) == "מפגש חם"

    # the referral, the committee's protocol and the document: one PDF, in that order
    printed = v.print_referral()
    assert printed is not None
    qtbot.waitUntil(lambda: printed.printed is not None or printed.error_label.isVisible(), timeout=30_000)
    assert printed.printed is not None, printed.error_label.text()
    form = world.services("north_worker").foster.referral_form(r.id)
    referral_pages = len(PdfReader(io.BytesIO(foster_referral.build(form, "he"))).pages)
    assert printed.page_count > referral_pages + pages_of_document  # the protocol's pages between them
    texts = [printed.document.getAllText(i).text() for i in range(printed.page_count)]
    assert "הפניה לשירות האומנה" in texts[0] and "מרים כהן" in texts[0]
    assert "פרוטוקול" in texts[referral_pages]
    assert "סיכום השמה באומנה" in texts[-pages_of_document]
    assert printed.save_to(tmp_path / "package.pdf")
    settle(qtbot, ops)
    summary = v.print_summary()
    assert summary is not None
    qtbot.waitUntil(lambda: summary.printed is not None, timeout=30_000)
    assert "FF" in summary.document.getAllText(0).text()
    summary.close()
    printed.close()

    # remove the document (asks first)
    v.documents_table.setFocus()
    box = v.remove_document()
    assert isinstance(box, QMessageBox)
    confirm(box)
    settle(qtbot, ops)
    qtbot.waitUntil(lambda: v.documents_table.rowCount() == 0, timeout=10_000)


def test_the_window_has_no_alt_letter_twice_and_its_actions_follow_the_status(qtbot, world, ops, monkeypatch):
    option = decide(world, monkeypatch)
    r = referral(world, option)
    v = open_view(qtbot, ops, world, r.id)
    letters = mnemonics(v)
    assert len(letters) == len(set(letters)), letters
    assert not v.visit_action.button.isEnabled()  # before the placement
    assert v.edit_action.button.isEnabled() and v.move_action.button.isEnabled()
    assert not v.missing_label.isVisibleTo(v) and committee_missing_text() not in v.fields["decision"].text()
    m = v.open_move()
    assert m is not None and [m.status.itemData(i) for i in range(m.status.count())] == ["sent"]
    m.reject()
    # a reader only (the coordinator does not read foster referrals): refused
    world.services("north_worker").foster.move(r.id, r.version, FosterMove("sent", date.today()))
    refused = FosterReferralView(world.services("coordinator"), ops, r.id)
    qtbot.addWidget(refused)
    refused.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: not refused.loading, timeout=10_000)
    assert refused.referral is None and refused.error_label.text() == message_for(
        world_error(world, r.id))


def world_error(world, referral_id: int):
    from models.errors import DomainError

    try:
        world.services("coordinator").foster.referral(referral_id)
    except DomainError as exc:
        return exc
    raise AssertionError("the coordinator read a foster referral")

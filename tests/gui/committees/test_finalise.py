"""Finalising a protocol: the chair is asked first; a refusal (empty, no decision, a task without an owner,
the meeting not held yet) is said in words and everything typed stays; once final the dialog is read-only,
its tasks are on the family file, and a correction is an addendum."""

from __future__ import annotations

from datetime import timedelta

from desktop.committees.protocol import DecisionRow, ProtocolDialog, TaskRow
from desktop.messages import message_for
from models.committees.dto import ParticipantInput
from models.errors import ValidationError
from tests.gui.committees.protocol_support import accept, full_protocol, hold, meeting_with_case
from tests.gui.helpers import settle


def _dialog(qtbot, ops, world, who, meeting, case) -> ProtocolDialog:
    d = ProtocolDialog(world.services(who), ops, meeting, case)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, ops)
    return d


def _finalise(qtbot, ops, d: ProtocolDialog) -> None:
    d.finalise_button.click()
    assert d.confirm_box is not None and d.confirm_box.isVisible()
    accept(d.confirm_box)
    settle(qtbot, ops)


def test_finalising_an_empty_protocol_is_refused_in_words(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world, background="")
    hold(monkeypatch, meeting)
    d = _dialog(qtbot, ops, world, "north_head", meeting, case)
    _finalise(qtbot, ops, d)
    assert isinstance(d.last_error, ValidationError) and d.last_error.code == "empty_protocol"
    assert d.error_label.isVisible() and d.error_label.text() == message_for(d.last_error)
    assert "empty_protocol" not in d.error_label.text()
    assert d.isVisible() and d.finalise_button.isVisible()


def test_a_refusal_keeps_everything_typed(qtbot, ops, world, monkeypatch):
    meeting, case = meeting_with_case(world, chair="manager")  # a chair who also writes the protocol
    hold(monkeypatch, meeting)
    d = _dialog(qtbot, ops, world, "manager", meeting, case)
    d.sections["discussion"].setPlainText("סיכום הדיון")
    decision = d.decisions.add()
    assert isinstance(decision, DecisionRow)
    decision.text.setPlainText("תכנית בקהילה")
    task = d.tasks.add()
    assert isinstance(task, TaskRow)
    task.title.setText("שיחה עם בית הספר")  # nobody responsible
    d.has_review.setChecked(True)
    d.district_right.setChecked(True)
    d.votes_for.setValue(3)
    _finalise(qtbot, ops, d)
    assert isinstance(d.last_error, ValidationError) and d.last_error.code == "task_without_owner"
    assert d.error_label.isVisible() and "1" in d.error_label.text()
    assert d.sections["discussion"].toPlainText() == "סיכום הדיון"
    assert task.title.text() == "שיחה עם בית הספר" and len(d.tasks.rows) == 1
    # the draft was saved before the refusal: the next save goes through with the new version
    task.responsible.setCurrentIndex(task.responsible.findData(world.users["north_worker"].id))
    _finalise(qtbot, ops, d)
    assert d.last_error is None
    assert d.protocol is not None and d.protocol.final


def test_a_meeting_not_held_yet_cannot_be_finalised(qtbot, ops, world):
    meeting, case = meeting_with_case(world)
    world.services("coordinator").committees.save_protocol(case.id, None, full_protocol(world))
    d = _dialog(qtbot, ops, world, "north_head", meeting, case)
    _finalise(qtbot, ops, d)
    assert isinstance(d.last_error, ValidationError) and d.last_error.code == "meeting_not_held_yet"
    assert d.protocol is not None and not d.protocol.final and d.finalise_button.isVisible()


def test_the_final_protocol_is_read_only_its_tasks_on_the_file_and_an_addendum_is_listed(qtbot, ops, world,
                                                                                          monkeypatch):
    meeting, case = meeting_with_case(world)
    hold(monkeypatch, meeting)
    world.services("coordinator").committees.save_protocol(case.id, None, full_protocol(world))
    d = _dialog(qtbot, ops, world, "north_head", meeting, case)
    # the team head chairs: she reads the coordinator's draft and finalises it as it is
    assert d.read_only and d.ok_button.isHidden() and d.finalise_button.isVisible()
    assert d.sections["discussion"].toPlainText() == "סוכם על תכנית בקהילה."
    _finalise(qtbot, ops, d)
    assert d.last_error is None and d.read_only
    assert d.ok_button.isHidden() and d.finalise_button.isHidden() and d.addendum_button.isVisible()
    assert d.sections["discussion"].isReadOnly() and not d.decisions.add_button.isVisible()
    tasks = world.services("north_worker").families.get(world.files["cohen"]).tasks
    assert [t.title for t in tasks] == ["לרשום את הילדה למועדונית"]
    assert tasks[0].assignee_id == world.users["north_worker"].id
    assert tasks[0].due_date == meeting.held_on + timedelta(days=14)

    # the coordinator adds a correction to the final protocol
    d = _dialog(qtbot, ops, world, "coordinator", meeting, case)
    assert d.read_only and d.addendum_button.isVisible()
    addendum = d.open_addendum()
    assert addendum is not None
    addendum.text.setPlainText("תיקון: השתתפו 6 אנשי מקצוע.")
    addendum.ok_button.click()
    accept(addendum.confirm_box)
    settle(qtbot, ops)
    assert "תיקון: השתתפו 6 אנשי מקצוע." in d.addenda.text()
    assert d.addenda_box.isVisible()


def test_the_protocol_and_the_letters_print_each_letter_in_its_addressees_language(qtbot, ops, world, monkeypatch,
                                                                                   tmp_path):
    from sqlalchemy import select

    from desktop.committees.printing import AddresseeDialog, CommitteePreview
    from models.audit.entities import AuditEvent

    meeting, case = meeting_with_case(world)
    svc = world.services("coordinator").committees
    father = next(p for p in case.participants if p.kind == "father")
    svc.update_participant(father.id, father.version, ParticipantInput(
        "father", father.name, phone=father.phone, address=father.address, language="ar"))
    hold(monkeypatch, meeting)
    svc.save_protocol(case.id, None, full_protocol(world))
    d = _dialog(qtbot, ops, world, "coordinator", svc.meeting(meeting.id), svc.meeting(meeting.id).cases[0])
    assert d.print_button.isEnabled()

    protocol = d.print_form("committee_protocol")
    assert isinstance(protocol, CommitteePreview)
    qtbot.waitUntil(lambda: protocol.printed is not None, timeout=20_000)
    text = "".join(protocol.document.getAllText(p).text() for p in range(protocol.page_count))
    assert "מרים כהן" in text and "סוכם על תכנית בקהילה." in text
    assert protocol.save_to(tmp_path / "protocol.pdf")
    settle(qtbot, ops)
    protocol.close()

    chooser = d.print_form("decision_letter")
    assert isinstance(chooser, AddresseeDialog)
    assert chooser.ids() == [father.id]  # the parents, ticked; the teacher is not offered
    assert chooser.list.count() == 1
    chooser.ok_button.click()
    qtbot.waitUntil(lambda: bool(getattr(chooser, "previews", None)), timeout=5000)
    letter = chooser.previews[0]
    qtbot.waitUntil(lambda: letter.printed is not None, timeout=20_000)
    letter_text = letter.document.getAllText(0).text()
    assert any("\u0621" <= ch <= "\u064a" for ch in letter_text)  # in Arabic, the father's language
    letter.close()

    summary = d.print_form("summary_letter")
    assert isinstance(summary, AddresseeDialog)
    teacher = next(p for p in case.participants if p.kind == "homeroom_teacher")
    assert summary.ids() == [teacher.id]
    summary.reject()

    with world.admin_db.session() as s:
        printed = s.scalars(select(AuditEvent.detail).where(AuditEvent.action.in_(("print", "save")))).all()
    assert any("committee_protocol" in str(x) for x in printed)

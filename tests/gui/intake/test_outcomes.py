"""The outcome dialogs and the hand-over: a new family file (members from the referral, a club request for
a child), attach to an existing file, refer elsewhere (then the referral letter offered and printed), the
hand-over (team, workers with their load, the due date from the urgency; a past date and an inactive worker
refused with their message, the dialog kept)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.intake.view import ReferralView
from desktop.messages import message_for
from models.audit.entities import AuditEvent
from models.clubs.entities import Club, ClubRequest
from models.errors import ValidationError
from models.tasks.entities import Task
from tests.gui.helpers import settle
from tests.gui.intake.support import closed, confirm, error_of, referral


def _view(qtbot, ops, services, referral_id: int) -> ReferralView:
    v = ReferralView(services, ops, referral_id)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    assert v.referral is not None
    return v


def _open_file(qtbot, ops, v: ReferralView, *, club: bool = False) -> None:
    d = v.open_new_file()
    assert d is not None
    settle(qtbot, ops)
    assert d.family_name.text() == "כהן"  # the first person's last name
    d.family_name.setText("משפחת כהן-חדשה")
    d.address.setText("רחוב האלון 3")
    d.locality.setText("עין הבשור")
    if club:
        row = d.clubs[0]
        row.ask.setChecked(True)
        row.reason.setText("קשיים חברתיים")
        row.goals.setText("שילוב בקבוצת גיל")
        found = row.club.findText("מועדונית הגפן")  # the clubs are offered, "any club" first
        assert row.club.itemData(0) is None and found > 0
        row.club.setCurrentIndex(found)
    d.submit()
    settle(qtbot, ops)
    assert closed(d), error_of(d)


def test_open_a_file_with_a_club_request_then_hand_over(qtbot, world, ops):
    r = referral(world, days_ago=0, urgency="week")
    with world.admin_db.session() as s:
        club = Club(name="מועדונית הגפן", created_by="test", updated_by="test")
        s.add(club)
        s.commit()
        club_id = club.id
    svc = world.services("intake")
    v = _view(qtbot, ops, svc, r.id)
    assert v.open_file_action.button.isVisible() and not v.hand_over_action.button.isVisible()
    assert "0" in v.age_label.text() and "%" not in v.age_label.text()  # received today
    _open_file(qtbot, ops, v, club=True)
    assert v.referral.status == "awaiting_handover" and v.referral.outcome == "new_file"
    assert v.referral.file_number and v.fields["file"].text() == v.referral.file_number
    assert v.hand_over_action.button.isVisible() and not v.open_file_action.button.isVisible()
    with world.admin_db.session() as s:
        req = s.scalars(select(ClubRequest).where(ClubRequest.file_id == v.referral.file_id)).one()
        # the referral came from a school: the request filed at intake is the school's (route c, DOMAIN.md)
        assert (req.person_id, req.route, req.reason, req.referral_id) == (
            world.persons["cohen_child"], "school", "קשיים חברתיים", r.id)
        assert "בית ספר הגפן" in req.source_name and req.preferred_club_id == club_id

    world.services("north_worker").tasks.add(world.files["cohen"], "משימה שעבר זמנה", date.today() - timedelta(days=3))
    h = v.hand_over()
    assert h is not None and not h.ok_button.isEnabled()  # nothing to choose yet
    settle(qtbot, ops)
    assert h.ok_button.isEnabled() and h.worker.count() > 0
    other = next(i for i in range(h.team.count()) if i != h.team.currentIndex())
    h.team.setCurrentIndex(other)
    assert not h.ok_button.isEnabled()  # the other team's workers are on their way
    settle(qtbot, ops)
    days = svc.intake.response_days()["week"]
    assert h.due.value() == date.today() + timedelta(days=days)
    assert str(days) in h.due_hint.text() and "%" not in h.due_hint.text()
    h.team.setCurrentIndex(h.team.findText("צוות צפון"))
    settle(qtbot, ops)
    names = [h.worker.itemText(i) for i in range(h.worker.count())]
    assert any("דנה צפונית" in n for n in names) and not any("סמיר" in n for n in names)
    h.worker.setCurrentIndex(h.worker.findData(world.users["north_worker"].id))
    dana = h.candidates[world.users["north_worker"].id]
    assert (dana.open_files, dana.overdue_tasks) == (1, 1)  # each worker's load is shown with the name
    assert h.load_label.text() and h.load_label.text() in h.worker.currentText()
    # a date in the past: refused with its message, the dialog kept
    h.due.setDate(date.today() - timedelta(days=1))
    h.submit()
    confirm(h.confirm_box)
    settle(qtbot, ops)
    assert h.isVisible() and h.last_error is not None and h.last_error.code == "date_past"
    assert h.error_label.text() == message_for(ValidationError("date_past", field="due_date"))
    h.due.setDate(date.today() + timedelta(days=2))
    h.submit()
    confirm(h.confirm_box)
    settle(qtbot, ops)
    assert closed(h), error_of(h)
    assert v.referral.status == "closed" and v.referral.handed_to.id == world.users["north_worker"].id
    with world.admin_db.session() as s:
        task = s.get(Task, v.referral.task_id)
        assert task.assignee_id == world.users["north_worker"].id and task.due_date == date.today() + timedelta(days=2)


def test_hand_over_to_a_worker_deactivated_meanwhile_is_refused(qtbot, world, ops):
    r = referral(world)
    svc = world.services("intake")
    v = _view(qtbot, ops, svc, r.id)
    _open_file(qtbot, ops, v)
    h = v.hand_over()
    settle(qtbot, ops)
    h.team.setCurrentIndex(h.team.findText("צוות צפון"))
    settle(qtbot, ops)
    h.worker.setCurrentIndex(h.worker.findData(world.users["north_worker2"].id))
    admin = world.services("admin")
    account = next(a for a in admin.users.staff() if a.id == world.users["north_worker2"].id)
    admin.users.deactivate(account.id, account.version)
    h.submit()
    confirm(h.confirm_box)
    settle(qtbot, ops)
    assert h.isVisible() and h.last_error is not None and h.last_error.code == "worker_inactive"
    assert v.referral.status == "awaiting_handover"  # nothing saved


def test_attach_to_an_existing_file(qtbot, world, ops):
    r = referral(world, person="levi_mother", relation="parent")
    v = _view(qtbot, ops, world.services("intake"), r.id)
    d = v.attach()
    assert d is not None and not d.ok_button.isEnabled()  # nothing chosen yet
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow, timeout=3000)
    d.query.setFocus()
    d.query.setText("כהן")
    qtbot.keyClick(d.query, Qt.Key.Key_Return)  # Enter searches
    settle(qtbot, ops)
    assert d.chosen_file_id() == world.files["cohen"] and d.isVisible()
    d.query.setText("לוי")
    qtbot.keyClick(d.query, Qt.Key.Key_Return)  # Enter searches again: it does not attach to כהן
    settle(qtbot, ops)
    assert d.isVisible() and d.chosen_file_id() == world.files["levi"]
    d.submit()
    settle(qtbot, ops)
    assert closed(d), error_of(d)
    assert v.referral.outcome == "attached" and v.referral.file_id == world.files["levi"]


def test_refer_elsewhere_then_print_the_letter(qtbot, world, ops, tmp_path):
    r = referral(world)
    svc = world.services("intake")
    v = _view(qtbot, ops, svc, r.id)
    assert not v.letter_action.button.isVisible()
    d = v.refer_elsewhere()
    d.service.setCurrentIndex(d.service.findData("health"))
    d.detail.setText("מרפאה לבריאות הנפש, הערכה")
    d.submit()
    confirm(d.confirm_box)
    settle(qtbot, ops)
    assert v.referral.outcome == "referred_elsewhere" and v.referral.status == "closed"
    assert v.letter_action.button.isVisible() and v.question is not None
    confirm(v.question)  # "Print the letter now?"
    preview = v.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=20_000)
    assert preview.printed.form == "referral_letter" and preview.page_count >= 1
    text = preview.document.getAllText(0).text()
    assert r.number in text
    target = tmp_path / "letter.pdf"
    with qtbot.waitSignal(preview.output_recorded, timeout=10_000):
        assert preview.save_to(target)
    with world.admin_db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "save")).all()
    assert [(e.entity_id, e.user_name) for e in rows] == [(r.id, world.name("intake"))]
    preview.close()


def test_the_intake_summary_of_an_open_referral(qtbot, world, ops):
    r = referral(world)
    v = _view(qtbot, ops, world.services("intake"), r.id)
    assert v.summary_action.button.isVisible()
    v.language.setCurrentIndex(v.language.findData("ar"))
    preview = v.print_form("intake_summary")
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=20_000)
    assert preview.printed.form == "intake_summary" and r.number in preview.document.getAllText(0).text()
    preview.close()

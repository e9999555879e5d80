"""The invitations of a meeting: the checklist (those not yet invited checked, parents first), the letters
previewed as one PDF, and once saved (or printed) each participant's invitation date is today; the 14-day
rule said before trying for the parents of a non-urgent case, and the service's refusal shown with the
checklist kept."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.widgets.dates import fmt_date
from tests.gui.committees.meeting_support import case, meeting, mnemonics, parent
from tests.gui.committees.test_participants import _participants, _view
from tests.gui.helpers import settle


def _teacher(world, case_id: int):
    from models.committees.dto import ParticipantInput

    return world.services("coordinator").committees.add_participant(case_id, ParticipantInput(
        kind="homeroom_teacher", name="רות מורה", organisation="בית ספר הגפן", address="רחוב הגפן 3",
        language="he"))


def test_the_batch_saved_records_the_invitation_date(qtbot, world, ops, tmp_path):
    m = meeting(world, days_ahead=21)
    c1 = case(world, m.id, file="cohen", child="cohen_child")
    c2 = case(world, m.id, file="haddad", child="haddad_child")
    teacher = _teacher(world, c1.id)
    father = parent(world, c1.id)
    haddad = parent(world, c2.id, name="أحمد حداد", language="ar")
    view = _view(qtbot, ops, world, m.id)
    assert view.invitations_button.isEnabled()
    d = view.invitations()
    assert d is not None
    # case by case, the parents first; every one not yet invited is checked
    assert d.chosen() == [father.id, teacher.id, haddad.id]
    assert not d.notice_label.isVisible()
    d.set_checked(teacher.id, False)
    assert d.chosen() == [father.id, haddad.id]
    d.open_preview()
    qtbot.waitUntil(lambda: d.preview is not None, timeout=10_000)
    preview = d.preview
    qtbot.waitUntil(lambda: preview.printed is not None, timeout=20_000)
    assert preview.page_count >= 2  # one letter each, Hebrew and Arabic, in one PDF
    recorded = []
    d.recorded.connect(recorded.append)
    assert preview.save_to(tmp_path / "invitations.pdf")
    settle(qtbot, ops)
    assert recorded == [[father.id, haddad.id]]
    assert (tmp_path / "invitations.pdf").read_bytes().startswith(b"%PDF")
    invited = {p.id: p.invited_on for p in _participants(world, m.id)}
    assert invited == {father.id: date.today(), haddad.id: date.today(), teacher.id: None}
    # the view (subscribed to the meeting's changes) shows the date sent
    qtbot.waitUntil(lambda: fmt_date(date.today()) in [view.participants.item(r, 6).text()
                                                       for r in range(view.participants.rowCount())], timeout=5000)
    preview.close()
    d.reject()
    # invited ones are no longer checked by default
    d = view.invitations()
    assert d.chosen() == [teacher.id]
    d.reject()


def test_parents_invited_less_than_14_days_ahead_are_warned_and_refused(qtbot, world, ops, monkeypatch):
    m = meeting(world, days_ahead=20)
    c = case(world, m.id)
    father = parent(world, c.id)
    teacher = _teacher(world, c.id)
    # five days before the meeting, the letters are still not sent
    monkeypatch.setattr("models.committees.rules.today", lambda: m.held_on - timedelta(days=5))
    view = _view(qtbot, ops, world, m.id)
    d = view.invitations()
    assert d.notice_label.isVisible()
    assert "5" in d.notice_label.text() and "14" in d.notice_label.text() and "משה כהן" in d.notice_label.text()
    d.open_preview()
    settle(qtbot, ops)
    assert d.preview is None and d.last_error is not None and d.last_error.code == "parent_notice_too_short"
    assert d.error_label.isVisible() and d.error_label.text()
    assert d.chosen() == [father.id, teacher.id]  # the checklist stays
    # without the parent, the teacher's letter goes
    d.set_checked(father.id, False)
    assert not d.notice_label.isVisible()
    d.open_preview()
    qtbot.waitUntil(lambda: d.preview is not None, timeout=10_000)
    qtbot.waitUntil(lambda: d.preview.printed is not None, timeout=20_000)
    d.preview.close()
    d.reject()


def test_alt_letters_are_unique_in_the_invitations_dialog(qtbot, world, ops):
    m = meeting(world)
    c = case(world, m.id)
    parent(world, c.id)
    view = _view(qtbot, ops, world, m.id)
    d = view.invitations()
    letters = mnemonics(d)
    assert len(letters) == len(set(letters)) >= 4, sorted(letters)
    d.reject()

"""The committees page: the coordinator creates a meeting with the keyboard and it opens; a date in the past
is refused with a message and nothing is saved; a stale edit keeps what was typed and saves after reloading;
a family worker sees only her own files' cases; the list is in the coordinator's order (upcoming first);
every screen's Alt letters are unique."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop.committees.page import CommitteesPage
from desktop.widgets.dates import fmt_date
from models.committees.dto import MeetingInput
from models.errors import ConflictError
from tests.gui.committees.meeting_support import case, gone, meeting, mnemonics
from tests.gui.helpers import settle, type_text


def _page(qtbot, ops, services) -> CommitteesPage:
    page = CommitteesPage(services, ops)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    settle(qtbot, ops)
    return page


def _meeting_dialog(qtbot, ops, page):
    qtbot.keyClick(page.meetings.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = page.form
    assert d is not None and d.isVisible()
    qtbot.waitUntil(lambda: d.ready and d.chair.count() > 0, timeout=5000)
    return d


def test_the_coordinator_creates_a_meeting_and_it_opens(qtbot, world, ops):
    services = world.services("coordinator")
    page = _page(qtbot, ops, services)
    assert page.meetings.table.rowCount() == 0 and page.meetings.new_action.button.isVisible()
    d = _meeting_dialog(qtbot, ops, page)
    when = date.today() + timedelta(days=20)
    d.held_on.setDate(when)
    d.place.setFocus()
    type_text(d.place, "חדר הישיבות, קומה 2")
    d.chair.setCurrentIndex(d.chair.findData(world.users["manager"].id))
    assert d.coordinator.currentData() == world.users["coordinator"].id  # the acting coordinator by default
    qtbot.keyClick(d.place, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    settle(qtbot, ops)
    assert gone(d)
    view = page.view
    assert view is not None and page.currentWidget() is view
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    assert view.meeting.place == "חדר הישיבות, קומה 2" and view.meeting.chair.id == world.users["manager"].id
    assert fmt_date(when) in view.title.text()
    page.activateWindow()
    view.agenda.setFocus()
    qtbot.waitUntil(view.agenda.hasFocus, timeout=2000)
    qtbot.keyClick(view.agenda, Qt.Key.Key_Escape)  # Esc goes back to the list
    assert page.currentWidget() is page.meetings
    settle(qtbot, ops)
    assert page.meetings.dates() == [fmt_date(when)]
    qtbot.keyClick(page.meetings.table, Qt.Key.Key_Return)  # Enter opens it again
    assert page.currentWidget() is page.view


def test_a_meeting_in_the_past_is_refused_with_a_message(qtbot, world, ops):
    services = world.services("coordinator")
    page = _page(qtbot, ops, services)
    d = _meeting_dialog(qtbot, ops, page)
    yesterday = date.today() - timedelta(days=1)
    d.held_on.setDate(yesterday)
    d.place.setText("חדר הישיבות")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.error_label.isVisible()
    assert fmt_date(yesterday) in d.error_label.text()
    assert d.place.text() == "חדר הישיבות"  # what was typed stays
    assert services.committees.meetings(date.today() - timedelta(days=30)) == []
    # the service refuses it too, and its refusal is shown the same way
    refused = []
    d.save_failed.connect(refused.append)
    d._save()
    settle(qtbot, ops)
    assert refused and d.isVisible() and d.error_label.text()


def test_a_stale_edit_keeps_the_form_and_saves_after_reloading(qtbot, world, ops):
    m = meeting(world)
    services = world.services("coordinator")
    page = _page(qtbot, ops, services)
    view = page.open_meeting(m.id)
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    d = view.edit_meeting()
    assert d is not None
    qtbot.waitUntil(lambda: d.ready, timeout=5000)
    # meanwhile the manager moves the meeting to another room
    other = world.services("manager").committees
    other.update_meeting(m.id, m.version, MeetingInput(held_on=m.held_on, starts_at=m.starts_at, place="אולם",
                                                       level=m.level, chair_id=m.chair.id))
    d.place.setText("חדר 12")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and isinstance(d.last_error, ConflictError)
    assert d.reload_button.isVisible() and d.place.text() == "חדר 12"
    d.reload_button.click()
    settle(qtbot, ops)
    assert d.place.text() == "חדר 12" and not d.error_label.isVisible()
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert services.committees.meeting(m.id).place == "חדר 12"


def test_a_family_worker_sees_only_her_own_files_cases(qtbot, world, ops):
    m = meeting(world)
    case(world, m.id, file="cohen", child="cohen_child")
    case(world, m.id, file="haddad", child="haddad_child", reason="first_hearing")
    page = _page(qtbot, ops, world.services("north_worker"))
    assert page.meetings.table.rowCount() == 1 and not page.meetings.new_action.button.isVisible()
    row = page.meetings.rows[0]
    assert row.cases == 1
    view = page.open_meeting(m.id)
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    assert view.agenda_children() == ["מרים כהן"]
    assert not view.add_case_button.isVisible() and not view.add_participant_button.isVisible()
    coordinator = _page(qtbot, ops, world.services("coordinator"))
    v2 = coordinator.open_meeting(m.id)
    qtbot.waitUntil(lambda: v2.meeting is not None, timeout=5000)
    assert v2.agenda_children() == ["מרים כהן", "לילא חדאד"]


def test_upcoming_meetings_first_and_cancelled_ones_on_request(qtbot, world, ops):
    far = meeting(world, days_ahead=40)
    near = meeting(world, days_ahead=15)
    cancelled = meeting(world, days_ahead=30)
    svc = world.services("coordinator").committees
    svc.cancel_meeting(cancelled.id, cancelled.version, "החדר אינו פנוי")
    page = _page(qtbot, ops, world.services("coordinator"))
    assert page.meetings.dates() == [fmt_date(near.held_on), fmt_date(far.held_on)]
    page.meetings.include_cancelled.setChecked(True)
    settle(qtbot, ops)
    assert page.meetings.dates() == [fmt_date(near.held_on), fmt_date(cancelled.held_on), fmt_date(far.held_on)]
    # a change made elsewhere reloads the list (the bus)
    moved = svc.meeting(far.id)
    data = MeetingInput(held_on=moved.held_on + timedelta(days=1), starts_at=moved.starts_at, place=moved.place,
                        level="expanded", chair_id=moved.chair.id)
    ops.write(page, lambda: svc.update_meeting(far.id, moved.version, data))
    settle(qtbot, ops)
    assert fmt_date(far.held_on + timedelta(days=1)) in page.meetings.dates()


def test_alt_letters_are_unique_on_each_meetings_screen(qtbot, world, ops):
    m = meeting(world)
    case(world, m.id)
    page = _page(qtbot, ops, world.services("coordinator"))
    letters = mnemonics(page.meetings)
    assert len(letters) == len(set(letters)), sorted(letters)
    d = page.new_meeting()
    letters = mnemonics(d)
    assert len(letters) == len(set(letters)) >= 6, sorted(letters)
    d.reject()
    view = page.open_meeting(m.id)
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    settle(qtbot, ops)
    letters = mnemonics(view)
    assert len(letters) == len(set(letters)) >= 12, sorted(letters)
    for open_dialog in (view.edit_meeting, view.cancel_meeting):
        dialog = open_dialog()
        assert dialog is not None
        letters = mnemonics(dialog)
        assert len(letters) == len(set(letters)), sorted(letters)
        dialog.reject()


def test_the_meetings_screens_name_every_control(qtbot, sqlite_world, ops):
    from tests.gui.test_accessibility import assert_all_named

    world = sqlite_world
    m = meeting(world)
    case(world, m.id)
    page = _page(qtbot, ops, world.services("coordinator"))
    assert_all_named(page, "meetings list")
    d = page.new_meeting()
    qtbot.waitExposed(d)
    settle(qtbot, ops)
    assert_all_named(d, "meeting dialog")
    d.reject()
    view = page.open_meeting(m.id)
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    settle(qtbot, ops)
    assert_all_named(page, "meeting view")
    for name, open_dialog in (("cancel", view.cancel_meeting), ("case", view.add_case),
                              ("participant", view.add_participant), ("family", view.add_family),
                              ("invitations", view.invitations)):
        dialog = open_dialog()
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        settle(qtbot, ops)
        assert_all_named(dialog, name)
        dialog.reject()

"""The participants of a case: "Add the family" offers the file's parent, the child and the family worker,
all checked, and adds them; a participant with no way to be reached is refused with a message and nothing
is saved; the Confirmed toggle records the confirmation; a stale edit keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.committees.page import CommitteesPage
from desktop.messages import participant_kind_label
from models.codes import PARENT_KINDS
from models.committees.dto import ParticipantInput
from models.errors import ConflictError
from tests.gui.committees.meeting_support import case, gone, meeting, mnemonics, parent
from tests.gui.helpers import settle, type_text


def _view(qtbot, ops, world, meeting_id: int, who: str = "coordinator"):
    page = CommitteesPage(world.services(who), ops)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    view = page.open_meeting(meeting_id)
    view.test_page = page
    qtbot.waitUntil(lambda: view.meeting is not None, timeout=5000)
    settle(qtbot, ops)
    return view


def _participants(world, meeting_id: int):
    m = world.services("coordinator").committees.meeting(meeting_id)
    return [p for c in m.cases for p in c.participants]


def test_add_the_family_adds_the_parent_the_child_and_the_worker(qtbot, world, ops):
    m = meeting(world)
    case(world, m.id)
    view = _view(qtbot, ops, world, m.id)
    d = view.add_family()
    assert d is not None
    qtbot.waitUntil(lambda: d.ready, timeout=5000)
    kinds = {("parent" if s.kind in PARENT_KINDS else s.kind): s for s in d.suggested}
    assert set(kinds) == {"parent", "minor", "family_worker"} and len(d.suggested) == 3
    assert kinds["parent"].name == "משה כהן" and kinds["minor"].name == "מרים כהן"
    assert kinds["family_worker"].user_id == world.users["north_worker"].id
    assert all(d.list.item(i).checkState() == Qt.CheckState.Checked for i in range(d.list.count()))
    # the worker is not invited by letter this time: unchecked with the keyboard (Space)
    worker_row = d.suggested.index(kinds["family_worker"])
    d.list.setCurrentRow(worker_row)
    d.list.setFocus()
    qtbot.keyClick(d.list, Qt.Key.Key_Space)
    assert d.list.item(worker_row).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(d.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert gone(d)
    assert sorted(view.participant_names()) == sorted(["משה כהן", "מרים כהן"])
    assert {p.kind for p in _participants(world, m.id)} == {kinds["parent"].kind, "minor"}
    # offered again, only the one left out remains
    d = view.add_family()
    qtbot.waitUntil(lambda: d.ready, timeout=5000)
    assert [s.kind for s in d.suggested] == ["family_worker"]
    d.reject()


def test_a_participant_with_no_way_to_be_reached_is_refused(qtbot, world, ops):
    m = meeting(world)
    case(world, m.id)
    view = _view(qtbot, ops, world, m.id)
    d = view.add_participant()
    assert d is not None
    d.kind.setCurrentIndex(d.kind.findData("homeroom_teacher"))
    d.name.setFocus()
    type_text(d.name, "רות מורה")
    d.organisation.setText("בית ספר הגפן")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and d.error_label.isVisible() and d.error_label.text()
    assert d.name.text() == "רות מורה" and _participants(world, m.id) == []
    # the service refuses it too (not through the form's own check), and says so
    refused = []
    d.save_failed.connect(refused.append)
    d._save()
    settle(qtbot, ops)
    assert refused and refused[0].code == "participant_unreachable" and d.isVisible()
    d.phone.setText("08-6000000")
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert view.participant_names() == ["רות מורה"]
    row = view.participants.item(0, 0).text()
    assert row == participant_kind_label("homeroom_teacher")


def test_confirmed_toggle_and_a_stale_edit(qtbot, world, ops):
    m = meeting(world)
    c = case(world, m.id)
    p = parent(world, c.id)
    view = _view(qtbot, ops, world, m.id)
    assert view.participant_names() == ["משה כהן"] and not view.confirmed_button.isChecked()
    view.confirmed_button.click()
    settle(qtbot, ops)
    assert _participants(world, m.id)[0].confirmed and view.confirmed_button.isChecked()
    d = view.edit_participant()
    assert d is not None
    fresh = _participants(world, m.id)[0]
    world.services("manager").committees.update_participant(p.id, fresh.version, ParticipantInput(
        kind="father", name="משה כהן", phone="050-1111111", language="he"))
    d.email.setText("moshe@example.org")
    d.submit()
    settle(qtbot, ops)
    assert d.isVisible() and isinstance(d.last_error, ConflictError) and d.email.text() == "moshe@example.org"
    d.reload_button.click()
    settle(qtbot, ops)
    d.submit()
    settle(qtbot, ops)
    assert gone(d)
    assert _participants(world, m.id)[0].email == "moshe@example.org"


def test_alt_letters_are_unique_in_the_participant_dialogs(qtbot, world, ops):
    m = meeting(world)
    c = case(world, m.id)
    parent(world, c.id)
    view = _view(qtbot, ops, world, m.id)
    for open_dialog in (view.add_participant, view.edit_participant, view.add_family):
        d = open_dialog()
        assert d is not None
        settle(qtbot, ops)
        letters = mnemonics(d)
        assert len(letters) == len(set(letters)), sorted(letters)
        d.reject()

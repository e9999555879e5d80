"""Every input, table and button of the protocol screens has a name a screen reader can say (as
tests/gui/test_accessibility.py checks for the other screens): the protocol dialog with a decision and a
task, the addressee choice of a letter, the addendum, the follow-up page, the committee tab and its
placement dialog."""

from __future__ import annotations

from desktop.committees.addendum import AddendumDialog
from desktop.committees.follow_up import FollowUpView
from desktop.committees.printing import DECISION_LETTER, AddresseeDialog
from desktop.committees.protocol import ProtocolDialog
from desktop.families.file_view import FileView
from tests.gui.committees.protocol_support import meeting_with_case
from tests.gui.helpers import settle
from tests.gui.test_accessibility import assert_all_named


def test_the_protocol_screens_name_every_control(qtbot, sqlite_world, ops):
    world = sqlite_world
    meeting, case = meeting_with_case(world, chair="manager")
    services = world.services("manager")
    d = ProtocolDialog(services, ops, meeting, case)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    settle(qtbot, ops)
    d.decisions.add()
    d.tasks.add()
    assert_all_named(d, "protocol dialog")
    letter = AddresseeDialog(case, DECISION_LETTER, d)
    letter.show()
    qtbot.waitExposed(letter)
    assert_all_named(letter, "addressees of the decision letter")
    letter.reject()
    addendum = AddendumDialog(ops, services.committees, case.id, d)
    addendum.show()
    qtbot.waitExposed(addendum)
    assert_all_named(addendum, "addendum")
    addendum.reject()
    d.reject()

    page = FollowUpView(services, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, ops)
    assert_all_named(page, "committee follow-up")

    v = FileView(world.services("coordinator"), ops, world.files["cohen"], tab="committees")
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    settle(qtbot, ops)
    assert_all_named(v, "committee tab")

"""An intake referral attached to a family file, sent to the youth-law forum from the referral's view
(Send to the youth-law forum…, Ctrl+Shift+Y): the child of the file, the kind, the referral's urgency and
problem to start with; the report waits on the forum's agenda with the referral's reporter. A referral not
attached to a file offers no such action; an empty description is refused and the input kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.forum.referral_dialog import ForumReferralDialog
from desktop.intake.view import ReferralView
from desktop.messages import message_for
from models.errors import ValidationError
from tests.gui.forum.forum_support import focus, gone, today  # noqa: F401
from tests.gui.helpers import settle
from tests.gui.intake.support import referral
from tests.gui.test_accessibility import assert_all_named


def _view(qtbot, ops, world, referral_id: int) -> ReferralView:
    v = ReferralView(world.services("intake"), ops, referral_id)
    qtbot.addWidget(v)
    v.resize(1100, 800)
    v.show()
    settle(qtbot, ops)
    return v


@pytest.mark.usefixtures("today")
def test_an_attached_referral_goes_to_the_forums_agenda(qtbot, world, ops):
    intake = world.services("intake").intake
    r = referral(world, urgency="day", problem="הילדה סיפרה למחנכת שהיא מפחדת לחזור הביתה")
    v = _view(qtbot, ops, world, r.id)
    assert not v.forum_action.button.isVisible()  # not attached to a file yet
    intake.attach(r.id, r.version, world.files["cohen"])
    v.reload()
    settle(qtbot, ops)
    assert v.forum_action.button.isVisible()

    focus(qtbot, v)
    qtbot.keyClick(v, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = v.dialog
    assert isinstance(dialog, ForumReferralDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert dialog.child.currentData() == world.persons["cohen_child"]
    assert dialog.urgency.currentData() == "day"
    assert dialog.description.toPlainText() == "הילדה סיפרה למחנכת שהיא מפחדת לחזור הביתה"
    assert_all_named(dialog, "forum referral dialog")

    dialog.description.setPlainText("")
    dialog.kind.setCurrentIndex(dialog.kind.findData("emotional_abuse"))
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert not gone(dialog)
    assert dialog.error_label.text() == message_for(ValidationError("required", field="description"))
    assert dialog.kind.currentData() == "emotional_abuse"

    dialog.description.setPlainText("הילדה מפחדת לחזור הביתה; האב צועק ומאיים")
    dialog.ok_button.click()
    settle(qtbot, ops)
    assert gone(dialog)
    rows = world.services("youth_law").forum.agenda().rows
    assert [(x.child_name, x.channel, x.kind, x.urgency) for x in rows] == [
        ("מרים כהן", "referral", "emotional_abuse", "day")]
    report = world.services("youth_law").forum.report(rows[0].report_id)
    assert report.referral_id == r.id and report.reporter_name == "מורה לדוגמה" and report.reporter_kind == "school"

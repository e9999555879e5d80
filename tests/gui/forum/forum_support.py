"""Reports and meetings for the youth-law forum's GUI tests, made through the service (the family workers
record the reports, the youth-law worker of the North team holds the forum). The forum's clock
(models.forum.rules.today) is moved to Sunday 22 November 2026, the day of the week's meeting: every row is
dated on or before it (the PostgreSQL guard compares with the server's today)."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from desktop.forum.page import ForumPage
from models.forum.dto import ForumMeetingDTO, ForumMeetingInput, RiskReportDTO, RiskReportInput
from models.people.dto import PersonInput
from tests.gui.helpers import settle
from tests.support import World, valid_id

TODAY = date(2026, 11, 22)  # Sunday: the forum meets
WORKER_OF = {"cohen": "north_worker", "levi": "north_worker2", "haddad": "south_worker"}
FORUM = "youth_law"  # the North team's youth-law worker


@pytest.fixture
def today(monkeypatch) -> date:
    monkeypatch.setattr("models.forum.rules.today", lambda: TODAY)
    return TODAY


def add_child(world: World, file: str = "levi", *, first: str = "נועם", last: str = "לוי",
              born: date | None = date(2020, 3, 3), key: str = "levi_child", n: int = 31) -> int:
    """A child added to a file (the Levi file has none)."""
    f = world.services("manager").families.add_new_member(
        world.files[file], PersonInput(first_name=first, last_name=last, birth_date=born, id_number=valid_id(n)),
        "child")
    pid = next(m.person.id for m in f.members if m.person.first_name == first)
    world.persons[key] = pid
    return pid


def report(world: World, file: str = "cohen", child: str = "cohen_child", *, urgency: str = "week",
           reported_on: date = date(2026, 11, 18), kind: str = "neglect", who: str | None = None,
           description: str = "המורה דיווחה שהילדה מגיעה רעבה לבית הספר", reporter_kind: str = "school",
           reporter_name: str = "מורה הכיתה") -> RiskReportDTO:
    svc = world.services(who or WORKER_OF[file]).forum
    return svc.record_report(RiskReportInput(file_id=world.files[file], child_id=world.persons[child],
                                             reported_on=reported_on, reporter_kind=reporter_kind,
                                             reporter_name=reporter_name, kind=kind, description=description,
                                             urgency=urgency))


def meeting(world: World, held_on: date = TODAY, *, chair: str = FORUM,
            attendees: tuple[str, ...] = ("אורי חוק-הנוער", "רונית ראש-צוות")) -> ForumMeetingDTO:
    svc = world.services(FORUM).forum
    return svc.create_meeting(ForumMeetingInput(held_on=held_on, chair_id=world.users[chair].id, attendees=attendees))


def page(qtbot, ops, world: World, who: str = FORUM) -> ForumPage:
    p = ForumPage(world.services(who), ops)
    qtbot.addWidget(p)
    p.resize(1280, 860)
    p.show()
    settle(qtbot, ops)
    return p


def focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus (its window activated again after a dialog closed)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def accept(box: QMessageBox | None) -> None:
    """The question's accepting button (not the safe default)."""
    assert box is not None
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

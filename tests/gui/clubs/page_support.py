"""Clubs, requests and enrolments for the Clubs page's tests, made through the service (the club worker runs
the clubs, the family workers file the requests). The clubs' clock (models.clubs.rules.today) is moved to
Thursday 26 November 2026, a club day; the next club day is Sunday 29 November."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.clubs.page import ClubsPage
from models.clubs.dto import (
    ClubDTO,
    ClubInput,
    EnrolInput,
    EnrolmentDTO,
    RequestDTO,
    RequestInput,
    RouteInput,
)
from models.people.dto import PersonInput
from tests.gui.helpers import settle
from tests.support import World, valid_id

TODAY = date(2026, 11, 26)  # Thursday
NEXT_CLUB_DAY = date(2026, 11, 29)  # Sunday
PLANNED_END = date(2027, 6, 30)
WORKER_OF = {"cohen": "north_worker", "levi": "north_worker2", "haddad": "south_worker"}


@pytest.fixture
def today(monkeypatch) -> date:
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)
    return TODAY


def club(world: World, name: str = "מועדונית הדקל", *, capacity: int = 15, min_age: int = 3, max_age: int = 12,
         routes: tuple[str, ...] = ("קו צפון",), fee: int = 13_000) -> ClubDTO:
    svc = world.services("club").clubs
    return svc.save_club(None, ClubInput(name=name, address="רחוב הדקל 5, עין הבשור", phone="08-6000100",
                                         capacity=capacity, min_age=min_age, max_age=max_age,
                                         hours="א׳-ה׳ 12:00-18:00", guide_name="רינה מדריכה",
                                         house_mother_name="אסתר אם-בית", monthly_fee_agorot=fee,
                                         routes=tuple(RouteInput(None, r, stops="בית ספר הגפן") for r in routes)),
                         None)


def add_child(world: World, file: str = "levi", *, first: str = "נועם", born: date = date(2012, 3, 3),
              key: str = "levi_child", n: int = 21) -> int:
    """A child added to a file (the Levi file has none): by default 14 on TODAY, too old for a club."""
    f = world.services("manager").families.add_new_member(
        world.files[file], PersonInput(first_name=first, last_name="לוי", birth_date=born, id_number=valid_id(n)), "child")
    pid = next(m.person.id for m in f.members if m.person.first_name == first)
    world.persons[key] = pid
    return pid


def request(world: World, club_id: int | None, *, file: str = "cohen", child: str = "cohen_child",
            urgency: str = "routine", risk: str = "medium", reason: str = "קשיים חברתיים",
            goals: str = "השתלבות בקבוצה") -> RequestDTO:
    svc = world.services(WORKER_OF[file]).clubs
    return svc.request_club(RequestInput(file_id=world.files[file], person_id=world.persons[child],
                                         route="family_worker", reason=reason, goals=goals, urgency=urgency, risk=risk,
                                         preferred_club_id=club_id))


def enrol(world: World, club_id: int, *, file: str = "haddad", child: str = "haddad_child",
          starts_on: date = date(2026, 10, 1), request_id: int | None = None, allergies: str = "",
          consent: bool = True) -> EnrolmentDTO:
    svc = world.services("club").clubs
    return svc.enrol(EnrolInput(club_id=club_id, file_id=world.files[file], person_id=world.persons[child],
                                starts_on=starts_on, request_id=request_id, allergies=allergies,
                                consent_signed=consent, consent_on=starts_on if consent else None))


def page(qtbot, ops, world: World, who: str = "club", club_name: str | None = None) -> ClubsPage:
    p = ClubsPage(world.services(who), ops)
    qtbot.addWidget(p)
    p.resize(1280, 860)
    p.show()
    qtbot.waitUntil(lambda: not p.overview.loading, timeout=5000)
    settle(qtbot, ops)
    if club_name is not None:
        choose(qtbot, ops, p, club_name)
    return p


def choose(qtbot, ops, p: ClubsPage, club_name: str) -> None:
    club_id = next(r.club_id for r in p.overview.rows if r.name == club_name)
    p.overview.select(club_id)
    settle(qtbot, ops)
    assert p.club_id == club_id


def waiting_request(world: World, request_id: int) -> RequestDTO:
    return world.services("club").clubs.request(request_id)


def focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus (its window activated again after a dialog closed)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)

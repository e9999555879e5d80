"""Meetings, cases and participants for the committee screens' tests, made through the service as the
coordinator (helper "meetings")."""

from __future__ import annotations

from datetime import date, time, timedelta

import shiboken6

from models.committees.dto import (
    CaseDTO,
    CaseInput,
    MeetingDTO,
    MeetingInput,
    ParticipantDTO,
    ParticipantInput,
)
from tests.support import World


def meeting(world: World, *, days_ahead: int = 21, place: str = "חדר הישיבות, קומה 2", level: str = "regular",
            chair: str = "manager", who: str = "coordinator") -> MeetingDTO:
    svc = world.services(who).committees
    return svc.create_meeting(MeetingInput(held_on=date.today() + timedelta(days=days_ahead), starts_at=time(9, 30),
                                           place=place, level=level, chair_id=world.users[chair].id))


def case(world: World, meeting_id: int, *, file: str = "cohen", child: str = "cohen_child", reason: str = "review",
         who: str = "coordinator") -> CaseDTO:
    svc = world.services(who).committees
    return svc.add_case(meeting_id, CaseInput(file_id=world.files[file], child_id=world.persons[child], reason=reason,
                                              requested_by_name="דנה צפונית", requested_by_role="עובדת סוציאלית"))


def parent(world: World, case_id: int, *, name: str = "משה כהן", kind: str = "father", language: str = "he",
           who: str = "coordinator") -> ParticipantDTO:
    svc = world.services(who).committees
    return svc.add_participant(case_id, ParticipantInput(kind=kind, name=name, address="רחוב הדקל 1, עין הבשור",
                                                         phone="050-0000001", language=language))


def gone(dialog) -> bool:
    """The dialog closed after its save (dialogs delete themselves when closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def mnemonics(root) -> list[str]:
    """The Alt letters of the visible labels and buttons of ``root``'s window."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from desktop.widgets.mnemonics import mnemonic

    letters = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton) + root.findChildren(QGroupBox):
        if w.isVisibleTo(root) and w.window() is root.window():
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            letter = mnemonic(text)
            if letter:
                letters.append(letter.lower())
    return letters

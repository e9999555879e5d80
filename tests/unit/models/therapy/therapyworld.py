"""What the therapy service tests share: a fixed today (Wednesday 18 November 2026, before the server's
date: the PostgreSQL guard refuses dates after it), referrals made through the service, counting rows as the
owner."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from models.therapy.dto import TherapyInput, TherapyReferralDTO
from tests.support import World

TODAY = date(2026, 11, 18)
WORKER_OF = {"cohen": "north_worker", "levi": "north_worker2", "haddad": "south_worker", "secret": "north_worker2"}


def move_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr("models.therapy.rules.today", lambda: day)


def count(w: World, entity: type, *where: Any) -> int:
    with w.admin_db.session() as s:
        return int(s.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def refer(w: World, file: str = "cohen", person: str | None = "cohen_child", *, subject: str | None = None,
          kind: str = "emotional", reason: str = "חרדה אחרי מעבר דירה", on: date | None = None,
          who: str | None = None) -> TherapyReferralDTO:
    """A referral of the file's person (or of the family, ``person`` None) by the file's worker."""
    if subject is None:
        subject = "family" if person is None else ("child" if person.endswith("child") else "parent")
    svc = w.services(who or WORKER_OF[file]).therapy
    return svc.refer(TherapyInput(file_id=w.files[file], subject=subject,
                                  person_id=None if person is None else w.persons[person], kind=kind, reason=reason,
                                  referred_on=on))

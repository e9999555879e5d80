"""Use cases. Each public method is one transaction: permission check first, audit, DTOs out."""

from __future__ import annotations

from dataclasses import dataclass

from models.db import Database
from models.dto import CurrentUser
from models.services.audit import AuditService
from models.services.auth import AuthService
from models.services.families import FamilyService
from models.services.notes import NoteService
from models.services.people import PeopleService
from models.services.tasks import TaskService
from models.services.users import UserService


@dataclass
class Services:
    """Every service for one signed-in user, over one database."""

    db: Database
    user: CurrentUser

    def __post_init__(self) -> None:
        self.families = FamilyService(self.db, self.user)
        self.people = PeopleService(self.db, self.user)
        self.notes = NoteService(self.db, self.user)
        self.tasks = TaskService(self.db, self.user)
        self.audit = AuditService(self.db, self.user)
        self.users = UserService(self.db, self.user)


__all__ = ["AuthService", "Services"]

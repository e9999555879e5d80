"""Use cases. Each public method is one transaction: permission check first, audit, DTOs out."""

from __future__ import annotations

from dataclasses import dataclass

from models.audit.service import AuditService
from models.clubs.service import ClubService
from models.committees.service import CommitteeService
from models.daycare.service import DaycareService
from models.db import Database
from models.department.service import DepartmentService
from models.families.service import FamilyService
from models.forum.service import ForumService
from models.foster.service import FosterService
from models.intake.service import IntakeService
from models.notes.service import NoteService
from models.people.service import PeopleService
from models.tasks.service import TaskService
from models.therapy.service import TherapyService
from models.users.auth import AuthService
from models.users.dto import CurrentUser
from models.users.service import UserService


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
        self.department = DepartmentService(self.db, self.user)
        self.intake = IntakeService(self.db, self.user)
        self.committees = CommitteeService(self.db, self.user)
        self.clubs = ClubService(self.db, self.user)
        self.forum = ForumService(self.db, self.user)
        self.foster = FosterService(self.db, self.user)
        self.daycare = DaycareService(self.db, self.user)
        self.therapy = TherapyService(self.db, self.user)


__all__ = ["AuthService", "Services"]

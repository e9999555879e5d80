"""All entities, imported here so the metadata is complete."""

from models.entities.audit import AuditEvent
from models.entities.families import FamilyFile, FamilyMember, FileAccess
from models.entities.notes import CaseNote
from models.entities.people import Person, PersonNameKey, PersonPhone
from models.entities.tasks import Task
from models.entities.users import Team, User

__all__ = [
    "AuditEvent",
    "CaseNote",
    "FamilyFile",
    "FamilyMember",
    "FileAccess",
    "Person",
    "PersonNameKey",
    "PersonPhone",
    "Task",
    "Team",
    "User",
]

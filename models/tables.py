"""All entities, imported here so the metadata is complete."""

from models.audit.entities import AuditEvent, AuditEventFile
from models.department.entities import DepartmentSetting
from models.families.entities import FamilyFile, FamilyMember, FileAccess
from models.notes.entities import CaseNote
from models.people.entities import Person, PersonNameKey, PersonPhone
from models.tasks.entities import Task
from models.users.entities import StaffChange, Team, User

__all__ = [
    "AuditEvent",
    "AuditEventFile",
    "CaseNote",
    "DepartmentSetting",
    "FamilyFile",
    "FamilyMember",
    "FileAccess",
    "Person",
    "PersonNameKey",
    "PersonPhone",
    "StaffChange",
    "Task",
    "Team",
    "User",
]

"""All entities, imported here so the metadata is complete."""

from models.audit.entities import AuditEvent, AuditEventFile
from models.clubs.entities import ClubRequest
from models.department.entities import DepartmentSetting
from models.families.entities import FamilyFile, FamilyMember, FileAccess, FileNameWord
from models.intake.entities import Referral, ReferralPerson
from models.notes.entities import CaseNote
from models.people.entities import Person, PersonNameKey, PersonNameWord, PersonPhone
from models.tasks.entities import Task
from models.users.entities import StaffChange, Team, User

__all__ = [
    "AuditEvent",
    "AuditEventFile",
    "CaseNote",
    "ClubRequest",
    "DepartmentSetting",
    "FamilyFile",
    "FamilyMember",
    "FileAccess",
    "FileNameWord",
    "Person",
    "PersonNameKey",
    "PersonNameWord",
    "PersonPhone",
    "Referral",
    "ReferralPerson",
    "StaffChange",
    "Task",
    "Team",
    "User",
]

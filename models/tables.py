"""All entities, imported here so the metadata is complete."""

from models.audit.entities import AuditEvent, AuditEventFile
from models.clubs.entities import (
    Club,
    ClubAttendance,
    ClubCalendarDay,
    ClubCollector,
    ClubEnrolment,
    ClubFeeAdjustment,
    ClubFeeCharge,
    ClubPayment,
    ClubRequest,
    ClubRoute,
)
from models.committees.entities import (
    CommitteeAddendum,
    CommitteeCase,
    CommitteeDecision,
    CommitteeMeeting,
    CommitteeParticipant,
    CommitteeProtocol,
    CommitteeTask,
    Placement,
)
from models.daycare.entities import DaycareCase, IncomeLevel, IncomeTable
from models.department.entities import DepartmentSetting
from models.families.entities import FamilyFile, FamilyMember, FileAccess, FileNameWord
from models.forum.entities import ForumMeeting, RiskReport
from models.foster.entities import FosterDocument, FosterReferral, FosterReferralEvent, FosterVisit
from models.intake.entities import Referral, ReferralPerson
from models.notes.entities import CaseNote
from models.people.entities import Person, PersonNameKey, PersonNameWord, PersonPhone
from models.tasks.entities import Task
from models.therapy.entities import TherapyReferral
from models.users.entities import StaffChange, Team, User

__all__ = [
    "AuditEvent",
    "AuditEventFile",
    "CaseNote",
    "Club",
    "ClubAttendance",
    "ClubCalendarDay",
    "ClubCollector",
    "ClubEnrolment",
    "ClubFeeAdjustment",
    "ClubFeeCharge",
    "ClubPayment",
    "ClubRequest",
    "ClubRoute",
    "CommitteeAddendum",
    "CommitteeCase",
    "CommitteeDecision",
    "CommitteeMeeting",
    "CommitteeParticipant",
    "CommitteeProtocol",
    "CommitteeTask",
    "DaycareCase",
    "DepartmentSetting",
    "FamilyFile",
    "FamilyMember",
    "FileAccess",
    "FileNameWord",
    "ForumMeeting",
    "FosterDocument",
    "FosterReferral",
    "FosterReferralEvent",
    "FosterVisit",
    "IncomeLevel",
    "IncomeTable",
    "Person",
    "PersonNameKey",
    "PersonNameWord",
    "PersonPhone",
    "Placement",
    "Referral",
    "ReferralPerson",
    "RiskReport",
    "StaffChange",
    "Task",
    "Team",
    "TherapyReferral",
    "User",
]

"""The client's modules, as the main window offers them: one entry per module (key, title, the permission
it needs, how to build its page). A module adds itself here, in one place; a module the user's role may not
use does not appear (its page is not even built).

The pattern a module's screens follow (see desktop/tasks/my_tasks.py for a small complete one):

* The page's constructor takes ``(services, ops, parent)``: no globals. ``window.services`` and
  ``window.ops`` are what the factory passes on.
* Every service call goes through ``ops.query`` (reads) or ``ops.write`` (changes): the call runs on the
  pool, the answer comes back on the GUI thread, a DomainError goes to the ``failure`` the screen gives.
  Read the widgets on the GUI thread first and pass plain values into the lambda.
* A form is a ``desktop.families.dialogs.ServiceDialog``: implement ``service_call()`` (and
  ``confirmation()`` when the save cannot be undone); OK, busy state and errors are handled there.
* A screen shows fresh data by subscribing: ``ops.bus.subscribe(self, self._changed)``; ``_changed(changes,
  origin)`` reloads what it shows when ``changes`` touches it (``changes.files``, ``changes.tasks``, ...).
  Writes announce their result's ``changes()``; nobody wires one view to another.
* A module that adds a tab to the family file registers it in ``desktop.families.tabs.FILE_TABS``.
* Tables: ``desktop.widgets.tables.Table`` (Tab leaves, sortable by value, says when it is empty); overdue
  through ``desktop.widgets.due``; counts through ``fmt_count``; actions with a shortcut through
  ``desktop.widgets.actions.ViewAction``; multi-line text through ``desktop.widgets.text.TextBox``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.roles import Action

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


@dataclass(frozen=True)
class Feature:
    key: str
    title: Callable[[], str]  # translated when the window is built
    permission: Action | None  # None: every signed-in user
    factory: Callable[[MainWindow], QWidget]


def _intake(window: MainWindow) -> QWidget:
    from desktop.intake.page import IntakePage

    page = IntakePage(window.services, window.ops, window)
    page.open_file_requested.connect(window.open_file)
    return page


def _families(window: MainWindow) -> QWidget:
    from desktop.families.page import FamiliesPage

    return FamiliesPage(window.services, window.ops, window)


def _my_tasks(window: MainWindow) -> QWidget:
    from desktop.tasks.my_tasks import MyTasksView

    view = MyTasksView(window.services, window.ops, window)
    view.open_file_requested.connect(window.open_file)
    return view


def _committees(window: MainWindow) -> QWidget:
    from desktop.committees.page import CommitteesPage

    return CommitteesPage(window.services, window.ops, window)


def _committee_follow_up(window: MainWindow) -> QWidget:
    from desktop.committees.follow_up import FollowUpView

    view = FollowUpView(window.services, window.ops, window)
    view.open_file_requested.connect(lambda file_id: window.open_file(file_id, "committees"))
    return view


def _clubs(window: MainWindow) -> QWidget:
    from desktop.clubs.page import ClubsPage

    page = ClubsPage(window.services, window.ops, window)
    page.open_file_requested.connect(lambda file_id: window.open_file(file_id, "clubs"))
    return page


def _forum(window: MainWindow) -> QWidget:
    from desktop.forum.page import ForumPage

    page = ForumPage(window.services, window.ops, window)
    page.open_file_requested.connect(lambda file_id: window.open_file(file_id, "risk_reports"))
    return page


def _foster(window: MainWindow) -> QWidget:
    from desktop.foster.page import FosterReferralsPage

    page = FosterReferralsPage(window.services, window.ops, window)
    page.open_file_requested.connect(lambda file_id: window.open_file(file_id, "foster"))
    return page


def _therapy(window: MainWindow) -> QWidget:
    from desktop.therapy.page import TherapyPage

    page = TherapyPage(window.services, window.ops, window)
    page.open_file_requested.connect(lambda file_id: window.open_file(file_id, "therapy"))
    return page


def _daycare(window: MainWindow) -> QWidget:
    from desktop.daycare.page import DaycarePage

    page = DaycarePage(window.services, window.ops, window)
    page.open_file_requested.connect(lambda file_id: window.open_file(file_id, "daycare"))
    return page


def _income_table(window: MainWindow) -> QWidget:
    from desktop.daycare.income_tables import IncomeTablesView

    return IncomeTablesView(window.services, window.ops, window)


def _staff(window: MainWindow) -> QWidget:
    from desktop.admin.staff import StaffAccountsView

    return StaffAccountsView(window.services, window.ops, window)


def _department(window: MainWindow) -> QWidget:
    from desktop.admin.department import DepartmentSettingsView

    return DepartmentSettingsView(window.services, window.ops, window)


def _access_log(window: MainWindow) -> QWidget:
    from desktop.audit.review import AccessLogView

    return AccessLogView(window.services, window.ops, window)


FEATURES: list[Feature] = [
    # the intake workers' queue of referrals (issue 8): first, their day starts there
    Feature("intake", lambda: QCoreApplication.translate("MainWindow", "Intake"), Action.RECEIVE_REFERRALS, _intake),
    Feature("families", lambda: QCoreApplication.translate("MainWindow", "Family files"), Action.VIEW_FILES,
            _families),
    Feature("my_tasks", lambda: QCoreApplication.translate("MainWindow", "My tasks"), Action.MANAGE_TASKS,
            _my_tasks),
    # the treatment-plan committee's meetings, agenda, participants and invitations (issue 9)
    Feature("committees", lambda: QCoreApplication.translate("MainWindow", "Committees"), Action.VIEW_COMMITTEES,
            _committees),
    # the committee's overdue tasks and the children's reviews due (issue 9)
    Feature("committee_follow_up", lambda: QCoreApplication.translate("MainWindow", "Committee follow-up"),
            Action.VIEW_COMMITTEES, _committee_follow_up),
    # the therapeutic clubs: overview, waiting lists, enrolment, attendance, fees (issue 10)
    Feature("clubs", lambda: QCoreApplication.translate("MainWindow", "Clubs"), Action.MANAGE_CLUBS, _clubs),
    # foster-care referrals: from the committee's out-of-home decisions to the placement (issue 11)
    Feature("foster", lambda: QCoreApplication.translate("MainWindow", "Foster care"), Action.VIEW_FOSTER, _foster),
    # the youth-law weekly forum: the agenda of undecided reports about children at risk, decisions, minutes (issue 11)
    Feature("forum", lambda: QCoreApplication.translate("MainWindow", "Youth-law forum"), Action.RUN_FORUM, _forum),
    # day-care under the toddlers-at-risk law: the cases, the parents' share, placements (issue 11)
    Feature("daycare", lambda: QCoreApplication.translate("MainWindow", "Day-care"), Action.VIEW_DAYCARE, _daycare),
    # the therapy centre: the waiting list by the age of the referral, the treatments under way (issue 11)
    Feature("therapy", lambda: QCoreApplication.translate("MainWindow", "Therapy centre"), Action.VIEW_THERAPY,
            _therapy),
    # the income-level table day-care's parents' share is computed with (the manager, the administrator)
    Feature("income_table", lambda: QCoreApplication.translate("MainWindow", "Day-care income levels"),
            Action.MANAGE_INCOME_TABLE, _income_table),
    # the administrator's accounts; the manager decides the changes of role and team others ask for
    Feature("staff", lambda: QCoreApplication.translate("MainWindow", "Staff accounts"),
            Action.DECIDE_STAFF_CHANGES, _staff),
    # the letterhead every printed form carries (the administrator)
    Feature("department", lambda: QCoreApplication.translate("MainWindow", "Department settings"),
            Action.MANAGE_DEPARTMENT, _department),
    # the access-log review: the manager the department's, a team head her team's files' (models.audit)
    Feature("access_log", lambda: QCoreApplication.translate("MainWindow", "Access log"),
            Action.REVIEW_ACCESS_LOG, _access_log),
]

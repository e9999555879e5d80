"""Tasks on a family file: title, description, due date, assignee, done. A confidential task (the continuum's:
an emergency foster referral's, a youth-law forum decision's; revision 0022) is read only by
CONFIDENTIAL_TASK_READERS and its assignee: ``visible_tasks_clause`` says so wherever tasks are read (the
policy of tasks says the same on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session

from models.errors import NotFound, ValidationError
from models.families.entities import FamilyFile
from models.roles import Action
from models.service import ServiceBase, file_viewers_clause, user_ref, visible_files_clause
from models.tasks.dto import TaskDTO
from models.tasks.entities import CONFIDENTIAL_TASK_READERS, Task
from models.text import clean_line, clean_text
from models.users.dto import CurrentUser, UserRef
from models.users.entities import User

TITLE_MAX = 200
DESCRIPTION_MAX = 4000


def visible_tasks_clause(user: CurrentUser) -> ColumnElement[bool]:
    """The tasks ``user`` reads on a file they see: every ordinary task; a confidential one only for the
    roles of CONFIDENTIAL_TASK_READERS or its assignee (not the committee coordinator, the club and intake
    workers, who see every unrestricted file, nor the administrator). The policy of tasks says the same on
    PostgreSQL (revision 0022: models.security, readers with confidential_column)."""
    if user.role in CONFIDENTIAL_TASK_READERS:
        return true()
    return or_(Task.confidential.is_(False), Task.assignee_id == user.id)


def reads_task(user: CurrentUser, t: Task) -> bool:
    """``visible_tasks_clause`` for a loaded task."""
    return not t.confidential or user.role in CONFIDENTIAL_TASK_READERS or t.assignee_id == user.id


def task_dto(s: Session, t: Task, file_number: str, family_name: str = "") -> TaskDTO:
    assignee = s.get(User, t.assignee_id)
    return TaskDTO(t.id, t.version, t.file_id, file_number, t.title, t.due_date, t.assignee_id,
                   assignee.full_name if assignee else "", t.done, t.description, family_name, t.confidential)


class TaskService(ServiceBase):
    def add(self, file_id: int, title: str, due_date: date | None, assignee_id: int | None = None, *,
            description: str = "") -> TaskDTO:
        """A new open task on a file. ``assignee_id`` None: the acting user; otherwise an active colleague
        who may see the file (the rule of visible_files_clause, for the assignee)."""
        self._require(Action.MANAGE_TASKS, entity="task", file_id=file_id)
        title = clean_line(title, "title", TITLE_MAX, required=True)
        description = clean_text(description, "description", DESCRIPTION_MAX)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="manage_tasks")
            assignee = self._assignee(s, f, assignee_id)
            t = Task(file_id=f.id, title=title, description=description, due_date=due_date,
                     assignee_id=assignee, done=False, created_by=self.user.username, updated_by=self.user.username)
            s.add(t)
            s.flush()
            self._audit(s, "create", entity="task", entity_id=t.id, file_id=f.id, detail={"assignee": assignee})
            return task_dto(s, t, f.file_number, f.family_name)

    def _assignee(self, s: Session, f: FamilyFile, assignee_id: int | None) -> int:
        if assignee_id is None or assignee_id == self.user.id:
            return self.user.id
        found = s.scalar(select(User.id).where(User.id == assignee_id, file_viewers_clause(f)))
        if found is None:
            raise ValidationError("assignee_cannot_see_file", field="assignee")
        return found

    def assignable_users(self, file_id: int) -> list[UserRef]:
        """Whom a task on this file can be given to: the acting user first, then every other active user
        who may see the file, by name."""
        self._require(Action.MANAGE_TASKS, entity="task", file_id=file_id)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="manage_tasks")
            users = s.scalars(
                select(User).where(file_viewers_clause(f)).order_by(User.full_name, User.id)
            ).all()
            refs = [user_ref(u) for u in users]
            return [r for r in refs if r.id == self.user.id] + [r for r in refs if r.id != self.user.id]

    def set_done(self, task_id: int, version: int, done: bool) -> TaskDTO:
        self._require(Action.MANAGE_TASKS, entity="task", entity_id=task_id)
        with self._tx() as s:
            t = s.get(Task, task_id)
            if t is None or not reads_task(self.user, t):  # a confidential task not hers: none (as on PostgreSQL)
                raise NotFound(entity="task", id=task_id)
            f = self._visible_file(s, t.file_id, action="manage_tasks")
            self._check_version(t, version)
            t.done, t.done_at = done, datetime.now(UTC) if done else None
            t.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity="task", entity_id=t.id, file_id=f.id, detail={"done": done})
            return task_dto(s, t, f.file_number, f.family_name)

    def my_open_tasks(self) -> list[TaskDTO]:
        """The acting user's open tasks on files they can see, soonest due first, with the family's name."""
        self._require(Action.MANAGE_TASKS, entity="task")
        with self._tx() as s:
            rows = s.execute(
                select(Task, FamilyFile.file_number, FamilyFile.family_name)
                .join(FamilyFile, FamilyFile.id == Task.file_id)
                # her own: a confidential one too (its assignee reads it, visible_tasks_clause)
                .where(Task.assignee_id == self.user.id, Task.done.is_(False), visible_files_clause(self.user))
                .order_by(Task.due_date.is_(None), Task.due_date, Task.id)
            ).all()
            if rows:  # one row for the list, naming the files whose tasks it shows (issue 6, hole 5)
                self._audit(s, "list", entity="task",
                            detail={"files": sorted({t.file_id for t, _n, _f in rows}),
                                    "tasks": [t.id for t, _n, _f in rows]})
            return [task_dto(s, t, number, family) for t, number, family in rows]

"""Tasks on a family file: title, due date, assignee, done."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.dto import TaskDTO
from models.entities import FamilyFile, Task, User
from models.errors import NotFound, ValidationError
from models.roles import CASE_ROLES, Action, Role
from models.services.base import ServiceBase, visible_files_clause

TITLE_MAX = 200


def task_dto(s: Session, t: Task, file_number: str) -> TaskDTO:
    assignee = s.get(User, t.assignee_id)
    return TaskDTO(t.id, t.version, t.file_id, file_number, t.title, t.due_date, t.assignee_id,
                   assignee.full_name if assignee else "", t.done)


class TaskService(ServiceBase):
    def add(self, file_id: int, title: str, due_date: date | None, assignee_id: int | None = None) -> TaskDTO:
        self._require(Action.MANAGE_TASKS, entity="task", file_id=file_id)
        title = title.strip()
        if not title:
            raise ValidationError("required", field="title")
        if len(title) > TITLE_MAX:
            raise ValidationError("too_long", field="title", max=TITLE_MAX)
        with self._tx() as s:
            f = self._visible_file(s, file_id, action="manage_tasks")
            assignee = s.get(User, assignee_id or self.user.id)
            if assignee is None or not assignee.active or Role(assignee.role) not in CASE_ROLES:
                raise ValidationError("worker_invalid", field="assignee_id")
            t = Task(file_id=f.id, title=title, due_date=due_date, assignee_id=assignee.id, done=False,
                     created_by=self.user.username, updated_by=self.user.username)
            s.add(t)
            s.flush()
            self._audit(s, "create", entity="task", entity_id=t.id, file_id=f.id)
            return task_dto(s, t, f.file_number)

    def set_done(self, task_id: int, version: int, done: bool) -> TaskDTO:
        self._require(Action.MANAGE_TASKS, entity="task", entity_id=task_id)
        with self._tx() as s:
            t = s.get(Task, task_id)
            if t is None:
                raise NotFound(entity="task", id=task_id)
            f = self._visible_file(s, t.file_id, action="manage_tasks")
            self._check_version(t, version)
            t.done, t.done_at = done, datetime.now(UTC) if done else None
            t.updated_by = self.user.username
            s.flush()
            self._audit(s, "update", entity="task", entity_id=t.id, file_id=f.id, detail={"done": done})
            return task_dto(s, t, f.file_number)

    def my_open_tasks(self) -> list[TaskDTO]:
        """The acting user's open tasks on files they can see, soonest due first."""
        self._require(Action.MANAGE_TASKS, entity="task")
        with self._tx() as s:
            rows = s.execute(
                select(Task, FamilyFile.file_number)
                .join(FamilyFile, FamilyFile.id == Task.file_id)
                .where(Task.assignee_id == self.user.id, Task.done.is_(False), visible_files_clause(self.user))
                .order_by(Task.due_date.is_(None), Task.due_date, Task.id)
            ).all()
            return [task_dto(s, t, number) for t, number in rows]

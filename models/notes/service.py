"""Case notes (רישום שוטף): drafts may be edited; once signed a note is read-only and a correction is a
new signed note pointing back to it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.codes import NOTE_KINDS
from models.errors import NotFound, ValidationError
from models.notes.dto import NoteDTO
from models.notes.entities import CaseNote
from models.roles import Action, allowed
from models.service import ServiceBase, _Denied, visible_notes_clause
from models.text import clean_text
from models.users.dto import CurrentUser
from models.users.entities import User

NOTE_MAX = 20_000


def note_dtos(s: Session, stmt: Select[CaseNote]) -> list[NoteDTO]:
    """Notes newest first, with their authors and the corrections that point back at them."""
    notes = s.scalars(stmt.order_by(CaseNote.note_date.desc(), CaseNote.id.desc())).all()
    authors = {u.id: u.full_name for u in s.scalars(select(User).where(User.id.in_({n.author_id for n in notes})))}
    corrections: dict[int, list[int]] = {}
    for n in notes:
        if n.corrects_id is not None:
            corrections.setdefault(n.corrects_id, []).append(n.id)
    return [
        NoteDTO(n.id, n.version, n.file_id, n.author_id, authors.get(n.author_id, ""), n.kind, n.note_date,
                n.text, n.signed_at, n.corrects_id, tuple(sorted(corrections.get(n.id, ()))))
        for n in notes
    ]


def reads_notes(user: CurrentUser) -> bool:
    """Whether ``user``'s role reads case notes at all: the roles that write them (Action.WRITE_NOTE; the
    notes' readers of revision 0017, NOTE_READERS). The club worker sees a file's members, club rows and
    tasks, not the family's notes; the administrator sees no file."""
    return allowed(user.role, Action.WRITE_NOTE)


def _check(kind: str, note_date: date, text: str) -> str:
    if kind not in NOTE_KINDS:
        raise ValidationError("invalid_choice", field="kind")
    if note_date > date.today():
        raise ValidationError("date_future", field="note_date")
    return clean_text(text, "text", NOTE_MAX, required=True)


class NoteService(ServiceBase):
    def list_for_file(self, file_id: int) -> list[NoteDTO]:
        """The file's notes the user reads, newest first. Reading notes at all needs a role that writes them
        (``reads_notes``): anyone else is refused, and the attempt recorded."""
        self._require(Action.VIEW_FILES, entity="case_note", file_id=file_id)
        if not reads_notes(self.user):
            self._deny("view_notes", entity="case_note", file_id=file_id)
        with self._tx() as s:
            self._visible_file(s, file_id, action="view_notes")
            notes = note_dtos(s, select(CaseNote).where(CaseNote.file_id == file_id, visible_notes_clause(self.user)))
            self._audit(s, "view_notes", entity="case_note", file_id=file_id,
                        detail={"notes": [n.id for n in notes]} if notes else None)
            return notes

    def add(self, file_id: int, kind: str, note_date: date, text: str, *, sign: bool = False) -> NoteDTO:
        self._require(Action.WRITE_NOTE, entity="case_note", file_id=file_id)
        text = _check(kind, note_date, text)
        with self._tx() as s:
            self._visible_file(s, file_id, action="write_note")
            n = CaseNote(file_id=file_id, author_id=self.user.id, kind=kind, note_date=note_date, text=text,
                         signed_at=datetime.now(UTC) if sign else None,
                         created_by=self.user.username, updated_by=self.user.username)
            s.add(n)
            s.flush()
            self._audit(s, "create", entity="case_note", entity_id=n.id, file_id=file_id, detail={"signed": sign})
            return note_dtos(s, select(CaseNote).where(CaseNote.id == n.id))[0]

    def _note(self, s: Session, note_id: int) -> CaseNote | None:
        """The note if the user may read it: another's draft is missing to those who may not (as on
        PostgreSQL, where the case_notes policy hides it)."""
        return s.scalar(select(CaseNote).where(CaseNote.id == note_id, visible_notes_clause(self.user)))

    def _own_draft(self, s: Session, note_id: int, version: int) -> CaseNote:
        n = self._note(s, note_id)
        if n is None:
            raise NotFound(entity="case_note", id=note_id)
        self._visible_file(s, n.file_id, action="write_note")
        self._check_version(n, version)
        if n.signed_at is not None:
            raise ValidationError("note_signed", field="text")
        if n.author_id != self.user.id:
            raise _Denied("edit_note_of_other", entity="case_note", entity_id=n.id, file_id=n.file_id)
        return n

    def edit_draft(self, note_id: int, version: int, kind: str, note_date: date, text: str) -> NoteDTO:
        self._require(Action.WRITE_NOTE, entity="case_note", entity_id=note_id)
        text = _check(kind, note_date, text)
        with self._tx() as s:
            n = self._own_draft(s, note_id, version)
            n.kind, n.note_date, n.text, n.updated_by = kind, note_date, text, self.user.username
            s.flush()
            self._audit(s, "update", entity="case_note", entity_id=n.id, file_id=n.file_id)
            return note_dtos(s, select(CaseNote).where(CaseNote.id == n.id))[0]

    def sign(self, note_id: int, version: int) -> NoteDTO:
        self._require(Action.WRITE_NOTE, entity="case_note", entity_id=note_id)
        with self._tx() as s:
            n = self._own_draft(s, note_id, version)
            n.signed_at, n.updated_by = datetime.now(UTC), self.user.username
            s.flush()
            self._audit(s, "sign", entity="case_note", entity_id=n.id, file_id=n.file_id)
            return note_dtos(s, select(CaseNote).where(CaseNote.id == n.id))[0]

    def correct(self, note_id: int, text: str, note_date: date | None = None) -> NoteDTO:
        """A signed correction of a signed note; the original stays as it was."""
        self._require(Action.WRITE_NOTE, entity="case_note", entity_id=note_id)
        with self._tx() as s:
            original = self._note(s, note_id)
            if original is None:
                raise NotFound(entity="case_note", id=note_id)
            self._visible_file(s, original.file_id, action="write_note")
            if original.signed_at is None:
                raise ValidationError("note_not_signed", field="text")
            clean = _check(original.kind, note_date or date.today(), text)
            n = CaseNote(file_id=original.file_id, author_id=self.user.id, kind=original.kind,
                         note_date=note_date or date.today(), text=clean, signed_at=datetime.now(UTC),
                         corrects_id=original.id, created_by=self.user.username, updated_by=self.user.username)
            s.add(n)
            s.flush()
            self._audit(s, "correct", entity="case_note", entity_id=n.id, file_id=n.file_id,
                        detail={"corrects": original.id})
            return note_dtos(s, select(CaseNote).where(CaseNote.id == n.id))[0]

"""The family file summary a worker prints: the file, its open tasks, the signed notes chosen (by default the
last ones, as many as the department settings say), the letterhead, who and when by the server's clock;
drafts and other files' notes are refused, not dropped; a hidden file is a recorded denial; preparing,
printing and saving a form are each audited."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.department.service import DEFAULT_LETTERHEAD
from models.errors import NotFound, PermissionDenied, ValidationError
from models.families.service import family_language
from tests.support import World, valid_id


def _notes(world: World, who: str, file_key: str, n: int) -> list[int]:
    notes = world.services(who).notes
    return [notes.add(world.files[file_key], "home_visit", date(2026, 1, 1) + timedelta(days=i),
                      f"ביקור בית מספר {i}", sign=True).id for i in range(n)]


def _audit(world: World, action: str) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def test_the_summary_carries_the_file_its_open_tasks_the_last_signed_notes_and_the_letterhead(world: World):
    dana = world.services("north_worker")
    cohen = world.files["cohen"]
    signed = _notes(world, "north_worker", "cohen", 4)
    draft = dana.notes.add(cohen, "phone_call", date(2026, 2, 1), "טיוטה")
    open_task = dana.tasks.add(cohen, "לתאם ביקור", date(2026, 3, 1))
    done = dana.tasks.add(cohen, "משימה שבוצעה", None)
    dana.tasks.set_done(done.id, done.version, True)
    before = datetime.now(UTC) - timedelta(minutes=1)
    summary = dana.families.summary(cohen)
    assert summary.file.id == cohen and summary.file.family_name == "משפחת כהן"
    assert {m.person.id for m in summary.file.members} == {world.persons["cohen_father"], world.persons["cohen_child"]}
    assert [n.id for n in summary.notes] == list(reversed(signed))[:3]  # newest first, three by default
    assert draft.id not in [n.id for n in summary.notes]
    assert [t.id for t in summary.open_tasks] == [open_task.id]
    assert summary.letterhead == DEFAULT_LETTERHEAD
    assert summary.printed_by == world.users["north_worker"].full_name
    assert before <= summary.printed_at <= datetime.now(UTC) + timedelta(minutes=1)
    row = _audit(world, "print")[-1]
    assert row.user_name == world.name("north_worker") and row.file_id == cohen and row.allowed
    assert json.loads(row.detail) == {"form": "family_summary", "notes": [n.id for n in summary.notes]}


def test_the_worker_chooses_the_notes_and_a_draft_or_anothers_note_is_refused(world: World):
    dana = world.services("north_worker")
    signed = _notes(world, "north_worker", "cohen", 3)
    assert [n.id for n in dana.families.summary(world.files["cohen"], [signed[0]]).notes] == [signed[0]]
    assert dana.families.summary(world.files["cohen"], []).notes == ()
    draft = dana.notes.add(world.files["cohen"], "phone_call", date(2026, 2, 1), "טיוטה").id
    levi = _notes(world, "north_worker2", "levi", 1)[0]
    for bad in ([signed[1], draft], [levi]):
        with pytest.raises(ValidationError) as exc:
            dana.families.summary(world.files["cohen"], bad)
        assert exc.value.code == "notes_not_printable" and exc.value.params["value"] == str(bad[-1])


@pytest.mark.parametrize("who", ["south_worker", "admin"])
def test_a_file_the_user_may_not_see_is_not_printed_and_the_attempt_is_recorded(world: World, who: str):
    svc = world.services(who).families
    with pytest.raises((PermissionDenied, NotFound)):
        svc.summary(world.files["cohen"])
    with pytest.raises((PermissionDenied, NotFound)):
        svc.record_output("family_summary", world.files["cohen"], "save")
    denied = [e for e in _audit(world, "print") + _audit(world, "view_files") + _audit(world, "save")
              if not e.allowed and e.user_name == world.name(who)]
    assert len(denied) == 2


def test_printing_and_saving_are_audited_with_the_form(world: World):
    dana = world.services("north_worker").families
    dana.record_output("family_summary", world.files["cohen"], "print")
    dana.record_output("family_summary", world.files["cohen"], kind="save")
    printed, saved = _audit(world, "print")[-1], _audit(world, "save")[-1]
    assert json.loads(printed.detail) == {"form": "family_summary", "output": "printer"}
    assert json.loads(saved.detail) == {"form": "family_summary", "output": "file"}
    assert saved.user_name == world.name("north_worker") and saved.file_id == world.files["cohen"]
    with pytest.raises(ValidationError):
        dana.record_output("family_summary", world.files["cohen"], "email")


def test_the_summary_language_is_the_familys(world: World):
    manager = world.services("manager").families
    assert family_language(manager.get(world.files["cohen"]).file) == "he"
    from models.people.dto import PersonInput

    p = world.services("manager").people.create(PersonInput(first_name="סלים", last_name="נסאר", id_number=valid_id(77),
                                                            preferred_language="ar"))
    manager.add_member(world.files["levi"], p.id, "parent")
    levi = manager.get(world.files["levi"]).file
    assert family_language(levi) == "he"  # the first parent recorded reads Hebrew
    from models.families.dto import NewFamilyFile

    f = manager.open_file(NewFamilyFile(family_name="משפחת נסאר", team_id=levi.team_id), [(p.id, "parent")])
    assert family_language(f) == "ar"

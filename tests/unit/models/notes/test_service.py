"""Case notes through the services: drafts, signing, corrections, bad input."""

from datetime import date, timedelta

import pytest

from models.errors import PermissionDenied, ValidationError


def test_signed_note_is_read_only_and_corrected_by_a_new_note(world):
    svc = world.services("north_worker")
    fid = world.files["cohen"]
    draft = svc.notes.add(fid, "home_visit", date.today(), "ביקור בית ראשון")
    edited = svc.notes.edit_draft(draft.id, draft.version, "home_visit", date.today(), "ביקור בית: הילדים בבית")
    signed = svc.notes.sign(edited.id, edited.version)
    assert signed.signed
    with pytest.raises(ValidationError) as e:
        svc.notes.edit_draft(signed.id, signed.version, "home_visit", date.today(), "שינוי")
    assert e.value.code == "note_signed"
    fix = svc.notes.correct(signed.id, "תיקון: הביקור היה אחר הצהריים")
    assert fix.corrects_id == signed.id and fix.signed
    notes = {n.id: n for n in svc.notes.list_for_file(fid)}
    assert notes[signed.id].text == "ביקור בית: הילדים בבית"
    assert notes[signed.id].corrected_by == (fix.id,)


def test_only_the_author_edits_a_draft(world):
    fid = world.files["cohen"]
    draft = world.services("north_worker").notes.add(fid, "phone_call", date.today(), "שיחה עם האם")
    with pytest.raises(PermissionDenied):
        world.services("north_head").notes.sign(draft.id, draft.version)


def test_note_input_is_checked(world):
    svc = world.services("north_worker")
    fid = world.files["cohen"]
    with pytest.raises(ValidationError) as e:
        svc.notes.add(fid, "home_visit", date.today(), "   ")
    assert e.value.code == "required"
    with pytest.raises(ValidationError) as e:
        svc.notes.add(fid, "home_visit", date.today() + timedelta(days=1), "מחר")
    assert e.value.code == "date_future"
    with pytest.raises(ValidationError):
        svc.notes.add(fid, "gossip", date.today(), "טקסט")
    assert svc.notes.list_for_file(fid) == []

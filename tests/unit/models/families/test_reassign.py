"""Reassignment with a reason, and the workers' load (issue 5), on both backends."""

from __future__ import annotations

import json

import pytest

from models.errors import PermissionDenied, ValidationError
from models.families.service import REASSIGN_REASON_MAX


def test_reassign_requires_a_reason_and_records_it(world):
    fid = world.files["cohen"]
    head = world.services("north_head")
    f = head.families.get(fid).file
    target = world.users["north_worker2"].id
    for reason, code in [("", "required"), ("   ", "required"), ("א" * (REASSIGN_REASON_MAX + 1), "too_long")]:
        with pytest.raises(ValidationError) as e:
            head.families.reassign(fid, f.version, target, reason)
        assert (e.value.code, e.value.params["field"]) == (code, "reason")
    unchanged = head.families.get(fid).file
    assert (unchanged.version, unchanged.worker.id) == (f.version, world.users["north_worker"].id)
    moved = head.families.reassign(fid, f.version, target, "  איזון עומסים בצוות ")
    assert moved.worker.id == target
    entry = next(e for e in head.families.audit_trail(fid) if e.action == "reassign")
    assert json.loads(entry.detail) == {"from": world.users["north_worker"].id, "to": target,
                                        "reason": "איזון עומסים בצוות"}


def test_assignable_workers_show_open_files_and_open_tasks(world):
    head = world.services("north_head")
    loads = head.families.assignable_workers()
    assert all(w.user.team_name == "צוות צפון" for w in loads)  # a team head: the own team
    names = [w.user.full_name for w in loads]
    assert names == sorted(names)
    by_user = {w.user.id: (w.open_files, w.open_tasks) for w in loads}
    u = world.users
    assert by_user[u["north_worker"].id] == (1, 0)
    assert by_user[u["north_worker2"].id] == (2, 0)  # levi and the restricted secret file
    assert by_user[u["north_head"].id] == (0, 0)
    # tasks count while open; a closed file no longer counts
    t1 = head.tasks.add(world.files["cohen"], "א", None, u["north_worker2"].id)
    head.tasks.add(world.files["levi"], "ב", None, u["north_worker2"].id)
    head.tasks.set_done(t1.id, t1.version, True)
    levi = head.families.get(world.files["levi"]).file
    head.families.close(levi.id, levi.version, "goals_met")
    by_user = {w.user.id: (w.open_files, w.open_tasks) for w in head.families.assignable_workers()}
    assert by_user[u["north_worker2"].id] == (1, 1)
    everyone = world.services("manager").families.assignable_workers()
    ids = {w.user.id for w in everyone}
    assert u["south_worker"].id in ids and u["admin"].id not in ids
    assert {w.user.id: w.open_files for w in everyone}[u["south_worker"].id] == 1
    with pytest.raises(PermissionDenied):
        world.services("admin").families.assignable_workers()

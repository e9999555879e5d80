"""Tasks through the services: add, complete, My tasks, who may add."""

from datetime import date, timedelta

import pytest

from models.errors import PermissionDenied


def test_tasks_add_complete_and_my_list(world):
    svc = world.services("north_worker")
    fid = world.files["cohen"]
    t = svc.tasks.add(fid, "לתאם ביקור בית", date.today() + timedelta(days=7))
    later = svc.tasks.add(fid, "לבדוק זכאות", None)
    mine = svc.tasks.my_open_tasks()
    assert [x.id for x in mine] == [t.id, later.id]
    done = svc.tasks.set_done(t.id, t.version, True)
    assert done.done
    assert [x.id for x in svc.tasks.my_open_tasks()] == [later.id]
    assert [x.title for x in svc.families.get(fid).tasks] == ["לבדוק זכאות", "לתאם ביקור בית"]
    with pytest.raises(PermissionDenied):
        world.services("south_worker").tasks.add(fid, "לא שלי", None)

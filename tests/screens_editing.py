"""Screenshots of editing a family file, in Hebrew and Arabic (``make screenshots``, tests/screens.py).

The family worker ``dana`` opens one of her files: the members tab with its editing actions, Edit file
details, Edit person with a wrong check digit typed (the live message), Change relation, Add a member (a
known person found by a search; a new person in the person form), and from the list the New family file
dialog with a member. ``shoot_editing(out, lang, db_file)`` is for tests/screens.py to call on its own demo
database; ``python -m tests.screens_editing OUT_DIR [he|ar ...]`` shoots only these."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until


def shoot_editing(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.families.edit_dialogs import ChosenMember, FileDetailsDialog
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from desktop.widgets.tables import select_row
    from models.address import DatabaseAddress
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD
    from tests.screens_admin import _qm_dir

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    address = DatabaseAddress.sqlite(db_file)
    dana = sign_in(address, "dana", DEMO_PASSWORD)
    services = Services(dana.db, dana.user)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    w.show_page("families")
    lst = w.family_list
    assert lst is not None
    lst.mine.setChecked(True)  # My files
    lst.run_search()
    wait_until(lambda: not ops.busy and not lst.searching and lst.model.rowCount() > 0)
    save(w, out, "family_list_my_files", lang)

    fv = w.open_file(lst.model.id_at(0), "members")
    wait_until(lambda: not ops.busy and fv.detail is not None)
    members = fv.tab("members")
    select_row(members.table, 0)
    wait_until(lambda: not ops.busy)
    save(w, out, "file_members_editing", lang)
    f = fv.detail.file

    details = FileDetailsDialog(ops, services.families, f, w)
    details.show()
    save(details, out, "dialog_file_details", lang)
    details.reject()

    person = members.open_edit_person()
    assert person is not None
    wait_until(lambda: person.isVisible())
    form = person.person_form
    number = form.id_number.text() or "123456782"
    form.id_number.setText(number[:-1] + str((int(number[-1]) + 1) % 10))  # a wrong check digit
    assert form.id_problem_shown()
    save(person, out, "dialog_person_wrong_check_digit", lang)
    person.reject()

    relation = members.open_change_relation()
    assert relation is not None
    save(relation, out, "dialog_change_relation", lang)
    relation.reject()

    add = members.open_add_member()
    assert add is not None
    add.chooser.search_edit.setText("כהן")
    add.chooser.search()
    wait_until(lambda: not ops.busy and not add.chooser.searching)
    save(add, out, "dialog_add_member_known", lang)
    add.chooser.set_new(True)
    add.chooser.person_form.first_name.setText("נועם")
    add.chooser.person_form.last_name.setText(f.members[0].person.last_name if f.members else "כהן")
    save(add, out, "dialog_add_member_new", lang)
    add.reject()

    w.show_page("families")
    new = lst.open_new_file()
    assert new is not None
    wait_until(lambda: not ops.busy and new.loaded)
    new.edits["family_name"].setText("משפחת ארזי")
    new.edits["address"].setText("רחוב הגפן 3")
    new.edits["locality"].setText("עין הבשור")
    from models.people.dto import PersonInput

    new._add(ChosenMember("parent", data=PersonInput(first_name="תמר", last_name="ארזי", id_kind="none")))
    new.worker.setCurrentIndex(new.worker.findData(dana.user.id))
    save(new, out, "dialog_new_file", lang)
    new.reject()

    ops.wait()
    w.close()
    dana.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)


def main(argv: list[str]) -> int:
    from models.address import DatabaseAddress
    from models.db import connect
    from models.migrate import upgrade
    from seeds.demo import seed_demo

    out = Path(argv[0] if argv else "docs/screenshots")
    langs = argv[1:] or ["he", "ar"]
    out.mkdir(parents=True, exist_ok=True)
    db_file = Path(tempfile.mkdtemp()) / "screens.sqlite"
    db = connect(DatabaseAddress.sqlite(db_file), check=False)
    upgrade(db.engine)
    seed_demo(db, pg_logins=False)
    db.dispose()
    QApplication.instance() or QApplication(sys.argv[:1])
    for lang in langs:
        shoot_editing(out, lang, db_file)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

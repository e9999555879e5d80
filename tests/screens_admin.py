"""Screenshots of the staff accounts and department settings screens, in Hebrew and Arabic (``make screenshots``, tests/screens.py).

The administrator ``tomer`` asks for a change of role and adds an account (both wait for a decision); his
screen, the add and change dialogs, then the manager ``avi``'s screen with the pending change selected.
``shoot_admin(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until


def shoot_admin(out: Path, lang: str, db_file: Path) -> None:
    from desktop.admin.staff import AddStaffDialog, ChangeRoleDialog
    from desktop.app import apply_language
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from models.address import DatabaseAddress
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    address = DatabaseAddress.sqlite(db_file)
    admin = sign_in(address, "tomer", DEMO_PASSWORD)
    services = Services(admin.db, admin.user)
    staff = {a.username: a for a in services.users.staff()}
    if not any(a.pending for a in staff.values()):
        dana = staff["dana"]
        heads = [t for t in services.users.teams() if t.id == dana.team_id]
        services.users.request_change(dana.id, "team_head", heads[0].id if heads else None)
        services.users.add_user("hila", "הילה נוי", "intake_worker", None, "Sunflower-Field-7")
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    w.show_page("staff")
    page = w.feature_pages["staff"]
    wait_until(lambda: not ops.busy and not page.loading)
    page.select(staff["dana"].id)
    save(w, out, "staff_accounts", lang)
    teams = services.users.teams()
    for name, dialog in (("dialog_staff_add", AddStaffDialog(ops, services.users, teams, w)),
                         ("dialog_staff_change", ChangeRoleDialog(ops, services.users, staff["rina"], teams, w))):
        dialog.show()
        wait_until(lambda: not ops.busy)
        save(dialog, out, name, lang)
        dialog.reject()
    w.show_page("department")  # the department settings: the letterhead and its preview
    dept = w.feature_pages["department"]
    wait_until(lambda: not ops.busy and not dept.loading and dept.preview_pdf is not None)
    save(w, out, "department_settings", lang)
    ops.wait()
    w.close()

    manager = sign_in(address, "avi", DEMO_PASSWORD)
    mops = Ops()
    mw = MainWindow(Services(manager.db, manager.user), mops, "")
    mw.resize(WIDTH, HEIGHT)
    mw.show()
    mw.show_page("staff")
    mpage = mw.feature_pages["staff"]
    wait_until(lambda: not mops.busy and not mpage.loading)
    mpage.select(staff["dana"].id)
    save(mw, out, "staff_accounts_manager", lang)
    mops.wait()
    mw.close()
    admin.db.dispose()
    manager.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)


def _qm_dir() -> Path:
    """The translations compiled into a temporary folder (the .qm files are build outputs)."""
    from tests.gui.conftest import compile_translations

    return compile_translations(Path(tempfile.mkdtemp()))


_ACCESS_LOG_FILE: dict[Path, int] = {}


def shoot_access_log(out: Path, lang: str, db_file: Path) -> None:
    """The manager ``avi``'s Access log, filtered to one file: the family worker ``dana`` opened it, the team
    head ``rina`` gave it to ``yossi`` (the change selected: the worker from whom to whom)."""
    from desktop.app import apply_language
    from desktop.audit.review import COL_CHANGED
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from desktop.widgets.tables import select_row
    from models.address import DatabaseAddress
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    address = DatabaseAddress.sqlite(db_file)
    dana = sign_in(address, "dana", DEMO_PASSWORD)
    dana_services = Services(dana.db, dana.user)
    if db_file not in _ACCESS_LOG_FILE:  # one file for both languages
        mine = [f for f in dana_services.families.rows(dana_services.families.search(""))
                if f.worker_name == dana.user.full_name]
        _ACCESS_LOG_FILE[db_file] = mine[0].id
    file_id = _ACCESS_LOG_FILE[db_file]
    detail = dana_services.families.get(file_id)
    head = sign_in(address, "rina", DEMO_PASSWORD)
    head_services = Services(head.db, head.user)
    yossi = next(w.user for w in head_services.families.assignable_workers() if w.user.username == "yossi")
    if detail.file.worker is None or detail.file.worker.id != yossi.id:  # once per database (both languages use it)
        head_services.families.reassign(file_id, detail.file.version, yossi.id, "איזון עומסים בצוות")
    manager = sign_in(address, "avi", DEMO_PASSWORD)
    ops = Ops()
    w = MainWindow(Services(manager.db, manager.user), ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    w.show_page("access_log")
    page = w.feature_pages["access_log"]
    wait_until(lambda: not ops.busy and not page.loading)
    page.file_edit.setText(detail.file.file_number)
    page.apply()
    wait_until(lambda: not ops.busy and not page.loading)
    changed = [r for r in range(page.table.rowCount()) if "→" in page.table.item(r, COL_CHANGED).text()]
    if changed:
        select_row(page.table, changed[0])
    save(w, out, "access_log", lang)
    ops.wait()
    w.close()
    for session in (dana, head, manager):
        session.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)

"""Screenshots of every screen, in Hebrew and Arabic, on a fresh demo database (offscreen, no X server):

    python -m tests.screens OUT_DIR [he|ar ...]

Seeds the demo department into a temporary SQLite file, starts the real client (``desktop.app``), signs in
as the demo family worker ``dana``, the team head ``rina``, the administrator ``tomer`` and the manager
``avi``, walks every screen and dialog and saves each
as ``OUT_DIR/<screen>_<lang>.png``. ``make screenshots`` writes them to docs/screenshots/."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication, QWidget

WIDTH, HEIGHT = 1280, 720


def wait_until(cond: Callable[[], object], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let layouts and paints settle
        QCoreApplication.processEvents()


def save(w: QWidget, out: Path, name: str, lang: str) -> None:
    wait_until(lambda: True)
    path = out / f"{name}_{lang}.png"
    if not w.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print("saved", path)


def shoot(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import build_app
    from desktop.families.dialogs import CloseFileDialog, NoteDialog, ReassignDialog, TaskDialog
    from desktop.login import ConnectionDialog
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from models.address import DatabaseAddress, parse
    from models.errors import DatabaseUnavailable
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screens.ini"), QSettings.Format.IniFormat)
    address = DatabaseAddress.sqlite(db_file)
    app = build_app(address, settings=settings, lang=lang)
    app.start()
    d = app.login_dialog
    d.username.setText("dana")
    save(d, out, "login", lang)
    conn = ConnectionDialog(parse("postgresql://dbserver.example/maane"),
                            DatabaseUnavailable.from_driver("connection refused"))
    conn.show()
    save(conn, out, "connection", lang)
    conn.close()

    d.password.setText(DEMO_PASSWORD)
    d.attempt()
    wait_until(lambda: app.main_window is not None)
    w = app.main_window
    w.resize(WIDTH, HEIGHT)
    lst = w.family_list
    lst.search_edit.setText("כהן")
    lst.run_search()
    wait_until(lambda: not app.ops.busy and lst.model.rowCount() > 0)
    save(w, out, "family_list", lang)
    # Print summaries: three files selected in the list, the batch dialog (its preview is print_preview's)
    lst.search_edit.clear()
    lst.run_search()
    wait_until(lambda: not app.ops.busy and not lst.searching and lst.model.rowCount() >= 3)
    lst.table.setFocus()
    lst.table.selectionModel().select(
        QItemSelection(lst.model.index(0, 0), lst.model.index(2, lst.model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    wait_until(lambda: not app.ops.busy)
    save(w, out, "family_list_selected", lang)
    batch = lst.open_batch_print()
    assert batch is not None
    save(batch, out, "dialog_print_summaries", lang)
    batch.reject()
    lst.search_edit.setText("כהן")
    lst.run_search()
    wait_until(lambda: not app.ops.busy and not lst.searching and lst.model.rowCount() > 0)

    fv = w.open_file(lst.model.id_at(0), "notes")
    wait_until(lambda: not app.ops.busy and fv.detail is not None)
    notes = fv.tab("notes")
    wait_until(lambda: notes.table.rowCount() > 0 and not app.ops.busy)
    time.sleep(0.3)
    wait_until(lambda: not app.ops.busy)
    notes.table.setFocus()
    notes.select_note(min(notes.notes))  # the oldest: a signed note
    wait_until(lambda: notes.reading_pane.toPlainText() != "")
    save(w, out, "file_notes", lang)
    for key in ("members", "tasks"):
        fv.tabs.setCurrentWidget(fv.tab(key))
        wait_until(lambda: not app.ops.busy)
        save(w, out, f"file_{key}", lang)
    family = fv.detail.file.family_name
    for name, dialog in (("dialog_note", NoteDialog(app.ops, w.services.notes, fv.file_id, family, w)),
                         ("dialog_task", TaskDialog(app.ops, w.services.tasks, fv.file_id, w))):
        dialog.show()
        wait_until(lambda: not app.ops.busy)
        save(dialog, out, name, lang)
        dialog.reject()
    # Print summary: the choice of notes and language, then the preview of the form
    fv.tabs.setCurrentWidget(fv.tab("notes"))
    summary = fv.open_print_summary()
    assert summary is not None
    wait_until(lambda: not app.ops.busy)
    save(summary, out, "dialog_print_summary", lang)
    summary.ok_button.click()
    preview = fv.preview
    assert preview is not None
    preview.resize(WIDTH, HEIGHT)
    wait_until(lambda: not app.ops.busy and preview.printed is not None)
    save(preview, out, "print_preview", lang)
    preview.close()
    w.show_page("my_tasks")
    wait_until(lambda: not app.ops.busy)
    save(w, out, "my_tasks", lang)

    # The team head: the access log and the file's reassign and close dialogs.
    head = sign_in(address, "rina", DEMO_PASSWORD)
    ops = Ops()
    hw = MainWindow(Services(head.db, head.user), ops, "")
    hw.resize(WIDTH, HEIGHT)
    hw.show()
    hw.family_list.run_search()
    wait_until(lambda: not ops.busy and hw.family_list.model.rowCount() > 0)
    hv = hw.open_file(hw.family_list.model.id_at(0), "access_log")
    wait_until(lambda: not ops.busy and hv.detail is not None)
    save(hw, out, "file_access_log", lang)
    f = hv.detail.file
    for name, dialog in (("dialog_reassign", ReassignDialog(ops, hw.services.families, f, hw)),
                         ("dialog_close", CloseFileDialog(ops, hw.services.families, f, hw))):
        dialog.show()
        wait_until(lambda: not ops.busy)
        save(dialog, out, name, lang)
        dialog.reject()
    ops.wait()
    hw.close()
    head.db.dispose()
    app.finish(0)
    app.shutdown()
    for t in app.translators:
        app.qapp.removeTranslator(t)


def main(argv: list[str]) -> int:
    from models.address import DatabaseAddress
    from models.db import connect
    from models.migrate import upgrade
    from seeds.demo import seed_demo

    # --only=KEY[,KEY...]: only those screens (main, admin, access_log, editing, intake, committees_protocol,
    # committees, clubs), e.g. ``python -m tests.screens docs/screenshots he ar --only=clubs``
    only = {k for a in argv if a.startswith("--only=") for k in a.split("=", 1)[1].split(",") if k}
    argv = [a for a in argv if not a.startswith("--only=")]

    def wanted(key: str) -> bool:
        return not only or key in only

    out = Path(argv[0] if argv else "docs/screenshots")
    langs = argv[1:] or ["he", "ar"]
    out.mkdir(parents=True, exist_ok=True)
    db_file = Path(tempfile.mkdtemp()) / "screens.sqlite"
    db = connect(DatabaseAddress.sqlite(db_file), check=False)
    upgrade(db.engine)
    seed_demo(db, pg_logins=False)
    db.dispose()
    QApplication.instance() or QApplication(sys.argv[:1])
    from tests.screens_admin import shoot_access_log, shoot_admin

    for lang in langs:
        if wanted("main"):
            shoot(out, lang, db_file)
        if wanted("admin"):
            shoot_admin(out, lang, db_file)  # the staff accounts screen (administrator, manager)
        if wanted("access_log"):
            shoot_access_log(out, lang, db_file)  # the access log (manager)
        if wanted("editing"):
            from tests.screens_editing import shoot_editing

            shoot_editing(out, lang, db_file)  # editing a family file, a new file, My files (a family worker)
        if wanted("intake"):
            from tests.screens_intake import shoot_intake

            shoot_intake(out, lang, db_file)  # the intake screens (the intake worker)
        if wanted("committees_protocol"):
            from tests.screens_committees_protocol import shoot_committees_protocol

            shoot_committees_protocol(out, lang, db_file)  # the committee's protocol, follow-up and file tab
        if wanted("committees"):
            from tests.screens_committees import shoot_committees

            shoot_committees(out, lang, db_file)  # the committee's meetings, agenda, participants, invitations
        if wanted("clubs"):
            from tests.screens_clubs import shoot_clubs

            shoot_clubs(out, lang, db_file)  # the clubs: overview, waiting list, attendance, calendar, fees
        if wanted("daycare"):
            from tests.screens_daycare import shoot_daycare

            shoot_daycare(out, lang, db_file)  # day-care: the page, the case dialog, the income table, the file tab
        if wanted("therapy"):
            from tests.screens_therapy import shoot_therapy

            shoot_therapy(out, lang, db_file)  # the therapy centre: waiting list, treatments, forms, file tab
        if wanted("foster"):
            from tests.screens_foster import shoot_foster

            shoot_foster(out, lang, db_file)  # foster care: the referrals page, a referral, moves, the file tab
        if wanted("forum"):
            from tests.screens_forum import shoot_forum

            shoot_forum(out, lang, db_file)  # the youth-law forum: agenda, decision, meeting, minutes, file tab
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

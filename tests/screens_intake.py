"""Screenshots of the intake screens, in Hebrew and Arabic (``make screenshots``, tests/screens.py): the demo
intake worker ``noa``'s queue, the referral form filled, the duplicate dialog with candidates, an open
referral with its outcome actions, the hand-over dialog of one waiting for hand-over.
``shoot_intake(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir


def shoot_intake(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.intake.referral_form import Entry, ReferralDialog
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from desktop.widgets.duplicates import DuplicateDialog
    from models.address import DatabaseAddress
    from models.intake.dto import QueueFilter
    from models.people.dto import PersonInput
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    noa = sign_in(DatabaseAddress.sqlite(db_file), "noa", DEMO_PASSWORD)
    services = Services(noa.db, noa.user)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    page = w.show_page("intake")
    assert page is not None
    queue = page.queue
    wait_until(lambda: not ops.busy and not queue.loading and queue.table.rowCount() > 0)
    save(w, out, "intake_queue", lang)

    # the referral form, filled as on the phone: a known child and a new parent
    rows = services.intake.queue(QueueFilter())
    known = services.people.search("כהן", 5) or services.people.search("לוי", 5)
    form = ReferralDialog(services, ops, w)
    form.source.setCurrentIndex(form.source.findData("school"))
    form.referrer_name.setText("רות אלמוג")
    form.referrer_role.setText("יועצת בית הספר")
    form.referrer_organisation.setText("בית ספר הגפן")
    form.referrer_phone.setText("08-6123456")
    if known:
        form.add_entry(Entry("child", person=known[0]))
    form.add_entry(Entry("parent", data=PersonInput("סיגל", "אלמוני", id_number=None, id_kind="none",
                                                    birth_date=date(1988, 4, 17))))
    form.problem.setPlainText("היעדרויות חוזרות מבית הספר (12 ימים בחודש האחרון) ושינוי בהתנהגות; "
                              "הילד סיפר ליועצת על ויכוחים קשים בבית.")
    form.urgency.setCurrentIndex(form.urgency.findData("week"))
    form.notes.setPlainText("האם מבקשת שלא יתקשרו אליה לפני 16:00.")
    form.show()
    wait_until(lambda: not ops.busy)
    save(form, out, "intake_referral_form", lang)
    form.reject()

    # the duplicate dialog: a known name typed again with a phone of one of them (no ID number, no birth
    # date): the one with the phone first, her namesakes after her
    typed, candidates, best = None, [], (0, 0)
    for q in ("דנה מזרחי", "רון מזרחי", "הילה לוי", "יוסף חדאד", "כהן", "לוי"):
        for p in services.people.search(q, 10):
            if not p.phones:
                continue
            attempt = PersonInput(p.first_name, p.last_name, id_kind="none", phones=p.phones[:1])
            found = services.people.duplicates(attempt, address="")
            rank = (len({c.score for c in found}), len(found))  # a visible ranking first
            if rank > best:
                typed, candidates, best = attempt, found, rank
    if candidates:
        dup = DuplicateDialog(candidates, typed, w)
        dup.show()
        wait_until(lambda: True)
        save(dup, out, "intake_duplicates", lang)
        dup.reject()

    # an open referral with its outcome actions, then one waiting for hand-over and its dialog
    open_one = next(r for r in rows if r.status == "open")
    view = page.open_referral(open_one.id)
    wait_until(lambda: not ops.busy and view.referral is not None)
    save(w, out, "intake_referral", lang)
    waiting = next((r for r in rows if r.status == "awaiting_handover"), None)
    if waiting is not None:
        view = page.open_referral(waiting.id)
        wait_until(lambda: not ops.busy and view.referral is not None)
        h = view.hand_over()
        assert h is not None
        wait_until(lambda: not ops.busy and h.worker.count() > 0)
        save(h, out, "intake_hand_over", lang)
        h.reject()
        od = None
    open_view = page.open_referral(open_one.id)
    wait_until(lambda: not ops.busy and open_view.referral is not None)
    od = open_view.open_new_file()
    if od is not None:
        wait_until(lambda: not ops.busy and od.team.count() > 0)
        save(od, out, "intake_open_file", lang)
        od.reject()
    ops.wait()
    w.close()
    noa.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)

"""Screenshots of the committee's meetings screens, in Hebrew and Arabic (``make screenshots``,
tests/screens.py): the coordinator ``michal``'s meetings list, a meeting with its agenda and the selected
case's participants, the case dialog (a file found, its child chosen), the participant dialog and the
invitations batch. The demo has no meetings of its own yet: the first run makes one through the services
(two cases, one of them an Arabic-speaking family when the demo has one, their families as participants, a
teacher, the first case's invitations sent). ``shoot_committees(out, lang, db_file)`` is for
tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

if TYPE_CHECKING:
    from models.services import Services


def committee_demo(services: Services) -> int:
    """The id of a planned meeting with cases (made once, through the services, as the coordinator)."""
    from models.committees import rules
    from models.committees.dto import CaseInput, MeetingInput, ParticipantInput

    committees, families = services.committees, services.families
    for row in committees.meetings():
        if row.status == "planned" and row.cases:
            return row.id
    chairs = committees.chairs()
    chair = next((u for u in chairs if u.role == "manager"), chairs[0])
    m = committees.create_meeting(MeetingInput(held_on=rules.today() + timedelta(days=18), starts_at=time(9, 30),
                                               place="חדר הישיבות, קומה 2, מרכז השירותים החברתיים",
                                               level="regular", chair_id=chair.id,
                                               notes="להביא את דוחות בית הספר העדכניים."))
    committees.create_meeting(MeetingInput(held_on=rules.today() + timedelta(days=32), starts_at=time(13, 0),
                                           place="חדר הישיבות, קומה 2", level="expanded", chair_id=chair.id))
    chosen: list[tuple[int, int]] = []
    arabic: tuple[int, int] | None = None
    for f in families.rows(families.search("", include_closed=False, limit=80)):
        children = committees.file_children(f.id)
        if not children:
            continue
        if arabic is None and children[0].preferred_language == "ar":
            arabic = (f.id, children[0].id)
        elif len(chosen) < 2:
            chosen.append((f.id, children[0].id))
        if arabic is not None and len(chosen) >= 2:
            break
    picks = chosen[:1] + ([arabic] if arabic else chosen[1:2])
    reasons = (("review", "דנה אלמוגי", "עובדת סוציאלית למשפחה"),
               ("out_of_home", "סמיר נסראללה", "עובד סוציאלי לחוק הנוער"))
    cases = []
    for (file_id, child_id), (reason, name, role) in zip(picks, reasons, strict=False):
        c = committees.add_case(m.id, CaseInput(file_id=file_id, child_id=child_id, reason=reason,
                                                requested_by_name=name, requested_by_role=role,
                                                background="היעדרויות חוזרות (12 ימים בחודש האחרון) ושינוי "
                                                           "בהתנהגות; התכנית הקודמת לא הושגה."))
        for p in committees.suggested_participants(c.id):
            committees.add_participant(c.id, p)
        cases.append(c)
    if cases:
        committees.add_participant(cases[0].id, ParticipantInput(
            kind="homeroom_teacher", name="רות אלמוג", organisation="בית ספר הגפן", role_title="מחנכת כיתה ד'",
            phone="08-6123456", address="רחוב הגפן 3", language="he", method="mail"))
        parents = [p.id for p in committees.meeting(m.id).cases[0].participants if p.is_parent]
        if parents:
            committees.record_invitations(m.id, parents, "print")
            invited = next(p for p in committees.meeting(m.id).cases[0].participants if p.id == parents[0])
            committees.set_confirmed(invited.id, invited.version, True)
    return m.id


def shoot_committees(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.committees.page import CommitteesPage
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
    michal = sign_in(DatabaseAddress.sqlite(db_file), "michal", DEMO_PASSWORD)
    services = Services(michal.db, michal.user)
    meeting_id = committee_demo(services)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    page = w.show_page("committees")
    assert isinstance(page, CommitteesPage)
    wait_until(lambda: not ops.busy and not page.meetings.loading and page.meetings.table.rowCount() > 0)
    save(w, out, "committees_meetings", lang)

    view = page.open_meeting(meeting_id)
    wait_until(lambda: not ops.busy and view.meeting is not None)
    save(w, out, "committees_meeting", lang)

    # the case dialog: a family found, its child chosen
    meeting = view.meeting
    assert meeting is not None
    d = view.add_case()
    assert d is not None
    family = meeting.cases[0].family_name if meeting.cases else "כהן"
    d.query.setText(family.split()[-1])
    d.run_search()
    wait_until(lambda: not ops.busy and d.child.count() > 0, timeout=10)
    d.reason.setCurrentIndex(d.reason.findData("first_hearing"))
    d.requested_by_name.setText("רות אלמוג")
    d.requested_by_role.setText("יועצת בית הספר")
    d.background.setPlainText("הילד סיפר ליועצת על ויכוחים קשים בבית (פעמיים בשבוע האחרון).")
    save(d, out, "committees_case_dialog", lang)
    d.reject()

    # the participant dialog: the teacher, to edit
    names = view.participant_names()
    select_row(view.participants, names.index("רות אלמוג") if "רות אלמוג" in names else 0)
    p = view.edit_participant() or view.add_participant()
    assert p is not None
    wait_until(lambda: not ops.busy)
    save(p, out, "committees_participant_dialog", lang)
    p.reject()

    inv = view.invitations()
    assert inv is not None
    wait_until(lambda: not ops.busy)
    save(inv, out, "committees_invitations", lang)
    inv.reject()
    ops.wait()
    w.close()
    michal.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)

"""Screenshots of the youth-law forum's screens, in Hebrew and Arabic (``make screenshots``, tests/screens.py;
``python -m tests.screens docs/screenshots he ar --only=forum`` for these alone), on the demo department,
signed in as the youth-law worker ``orit`` and the family worker ``dana``:

- forum_agenda: the Forum page: this week's meeting, the agenda in the rule's order (the rule above it,
  urgency in colour), what was decided at the meeting;
- forum_decision_dialog: deciding the first report of the agenda (the report in full, the intervention, the
  worker in charge, the due date proposed from its urgency, a note);
- forum_meeting_dialog: a new meeting (the next Sunday proposed, the chair, the attendees one per line);
- forum_minutes_preview: the minutes of the meeting that decided the most, in the print preview;
- forum_file_tab: a family file's Youth law tab (a report decided with its task, others waiting);
- forum_report_dialog: reporting a child at risk from the file.

The demo's reports and the meeting come from seeds/demo_continuum.py when it holds them; otherwise
``ensure_forum_demo`` makes them here, through the services (invented text, dated up to today).

``shoot_forum(out, lang, db_file)`` is for tests/screens.py to call on its own demo database."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.screens import HEIGHT, WIDTH, save, wait_until
from tests.screens_admin import _qm_dir

FORUM_WORKER = "orit"  # the North team's youth-law worker
FAMILY_WORKER = "dana"
GUEST = "סיגל מרום, עו\"ס חוק הנוער המחוזית"  # invented

# (urgency, kind, reporter kind, reporter's name, days ago, description) of the reports made when the demo
# has none; each about a child of one of the family worker's files, in turn
REPORTS = (
    ("immediate", "physical_abuse", "school", "יועצת בית הספר",
     1, "הילד הגיע לבית הספר עם סימנים כחולים על הזרועות ואמר ליועצת שאביו היכה אותו אתמול בערב."),
    ("day", "neglect", "kindergarten", "גננת הגן",
     3, "הילדה מגיעה לגן רעבה ובבגדים מלוכלכים כבר שבועיים; האם לא עונה לטלפונים של הגננת."),
    ("week", "domestic_violence", "police", "",
     5, "המשטרה העבירה דיווח על קריאה בלילה לדירת המשפחה בגלל צעקות; הילדים היו בבית בזמן האירוע."),
    ("week", "emotional_abuse", "neighbour", "",
     9, "שכנה מדווחת שהילד נשאר לבד בבית שעות ארוכות ושומעים צעקות והשפלות כלפיו."),
    ("routine", "runaway", "relative", "סבתא של הנערה",
     12, "הנערה ברחה מהבית לשני לילות והגיעה לסבתה; היא מסרבת לחזור ואומרת שאין לה עם מי לדבר בבית."),
)


def settle_for(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def _family_children(services, username: str) -> list[tuple[int, int]]:
    """(file id, child id) of the files the worker ``username`` carries, a child each (the youngest with a
    birth date first), at most one per file."""
    out = []
    for file_id in services.families.search(""):
        f = services.families.get(file_id).file
        if f.status != "open" or f.worker is None or f.worker.username != username:
            continue
        kids = [m.person for m in f.members if m.relation == "child" and m.person.birth_date is not None]
        if kids:
            out.append((f.id, max(kids, key=lambda p: p.birth_date).id))
    return out


def ensure_forum_demo(db_file: Path) -> None:
    """The reports and the week's meeting the screens show, when the demo has none: the family worker's
    reports (of the last two weeks), this week's meeting (its Sunday, today at the latest) with two of them
    decided."""
    from desktop.forum.page import week_start
    from models.address import DatabaseAddress
    from models.forum import rules
    from models.forum.dto import ForumDecisionInput, ForumMeetingInput, RiskReportInput
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    address = DatabaseAddress.sqlite(db_file)
    forum_login = sign_in(address, FORUM_WORKER, DEMO_PASSWORD)
    worker_login = sign_in(address, FAMILY_WORKER, DEMO_PASSWORD)
    try:
        forum = Services(forum_login.db, forum_login.user).forum
        if forum.agenda().total or forum.meetings():
            return
        worker = Services(worker_login.db, worker_login.user)
        today = rules.today()
        made = []
        children = _family_children(worker, FAMILY_WORKER)[:len(REPORTS) - 1]
        if not children:
            return
        # the last report is of the first report's child: that file has one decided and one waiting
        for n, (urgency, kind, reporter_kind, name, ago, text) in enumerate(REPORTS):
            file_id, child_id = children[n % len(children)] if n < len(REPORTS) - 1 else children[0]
            made.append(worker.forum.record_report(RiskReportInput(
                file_id=file_id, child_id=child_id, reported_on=today - timedelta(days=ago),
                reporter_kind=reporter_kind, reporter_name=name, kind=kind, description=text, urgency=urgency,
                reporter_phone="08-6000123" if name else "")))
        members = {u.username: u for u in forum.members()}
        chair = members.get(FORUM_WORKER) or next(iter(members.values()))
        others = [u.full_name for u in members.values() if u.role == "team_head"][:2]
        held_on: date = week_start(today)
        meeting = forum.create_meeting(ForumMeetingInput(
            held_on=held_on, chair_id=chair.id, attendees=(chair.full_name, *others, GUEST), monthly_district=True,
            notes="חדר הישיבות, קומה 2"))
        dana = worker.user.id
        for r, intervention, note in ((made[-1], "monitoring", "שיחה עם הנערה ועם הסבתא בתוך שבועיים"),
                                      (made[-2], "assessment_visit", "ביקור בית משותף עם העו\"ס לחוק הנוער")):
            if r.reported_on > held_on:
                continue
            fresh = forum.report(r.id)
            forum.decide(r.id, fresh.version, meeting.id, ForumDecisionInput(
                intervention=intervention, responsible_id=dana,
                due_on=held_on + timedelta(days=rules.DUE_WITHIN_DAYS.get(r.urgency, 10)), note=note))
    finally:
        forum_login.db.dispose()
        worker_login.db.dispose()


def shoot_forum(out: Path, lang: str, db_file: Path) -> None:
    from desktop.app import apply_language
    from desktop.forum.file_tab import YouthLawTab
    from desktop.forum.page import ForumPage
    from desktop.main_window import MainWindow
    from desktop.ops import Ops
    from desktop.widgets.tables import select_row
    from models.address import DatabaseAddress
    from models.services import Services
    from models.users.auth import sign_in
    from seeds.demo import DEMO_PASSWORD

    ensure_forum_demo(db_file)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    translators = apply_language(qapp, lang, _qm_dir())
    address = DatabaseAddress.sqlite(db_file)

    # the youth-law worker: the agenda, a decision, a new meeting, the minutes
    login = sign_in(address, FORUM_WORKER, DEMO_PASSWORD)
    services = Services(login.db, login.user)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    page = w.show_page("forum")
    assert isinstance(page, ForumPage)
    wait_until(lambda: not ops.busy and page.agenda is not None and page.meeting is not None)
    select_row(page.table, 0)
    page.table.setFocus()
    save(w, out, "forum_agenda", lang)

    decision = page.decide()
    if decision is not None:
        decision.resize(760, 860)
        wait_until(lambda: not ops.busy and decision.ready and decision.report is not None)
        decision.intervention.setCurrentIndex(decision.intervention.findData("assessment_visit"))
        decision.note.setPlainText("ביקור בית בתוך יום, בתיאום עם בית הספר; עדכון לפורום בישיבה הבאה")
        save(decision, out, "forum_decision_dialog", lang)
        decision.reject()
        wait_until(lambda: not ops.busy)

    meeting = page.new_meeting()
    wait_until(lambda: not ops.busy and meeting.ready)
    meeting.attendees.setPlainText("\n".join(page.meeting.attendees) if page.meeting else "")
    save(meeting, out, "forum_meeting_dialog", lang)
    meeting.reject()
    wait_until(lambda: not ops.busy)

    # the minutes of the meeting that decided the most (this week's may have decided nothing yet)
    busiest = max(page.meetings, key=lambda m: (m.decided_count, m.held_on), default=None)
    if busiest is not None and busiest is not page.meeting:
        page.chooser.setCurrentIndex(page.chooser.findData(busiest.id))
        wait_until(lambda: not ops.busy and len(page.items) == busiest.decided_count)
    preview = page.print_minutes()
    if preview is not None:
        preview.resize(WIDTH, HEIGHT)
        wait_until(lambda: not ops.busy and preview.printed is not None, timeout=30)
        settle_for(1.5)  # Pdfium draws the page on its own thread
        save(preview, out, "forum_minutes_preview", lang)
        preview.close()
    ops.wait()
    wait_until(lambda: not ops.busy)
    w.close()
    login.db.dispose()

    # the family worker: a file's Youth law tab and the report dialog
    login = sign_in(address, FAMILY_WORKER, DEMO_PASSWORD)
    services = Services(login.db, login.user)
    ops = Ops()
    w = MainWindow(services, ops, "")
    w.resize(WIDTH, HEIGHT)
    w.show()
    file_id = _file_with_reports(services)
    if file_id is not None:
        fv = w.open_file(file_id, "risk_reports")
        wait_until(lambda: not ops.busy and fv is not None and fv.detail is not None)
        tab = fv.tab("risk_reports")
        assert isinstance(tab, YouthLawTab)
        wait_until(lambda: not ops.busy and bool(tab.reports))
        save(w, out, "forum_file_tab", lang)
        dialog = tab.open_report()
        if dialog is not None:
            wait_until(lambda: not ops.busy and dialog.ready)
            dialog.reporter_kind.setCurrentIndex(dialog.reporter_kind.findData("health"))
            dialog.reporter_name.setText("נורית, אחות בית הספר")
            dialog.reporter_phone.setText("08-6000456")
            dialog.kind.setCurrentIndex(dialog.kind.findData("neglect"))
            dialog.urgency.setCurrentIndex(dialog.urgency.findData("day"))
            dialog.description.setPlainText("אחות בית הספר מדווחת שהילד לא הובא לבדיקות ולטיפול שנקבעו לו כבר חצי "
                                            "שנה, ושהוא מגיע עייף ורעב.")
            save(dialog, out, "forum_report_dialog", lang)
            dialog.reject()
    ops.wait()
    wait_until(lambda: not ops.busy)
    w.close()
    login.db.dispose()
    for t in translators:
        qapp.removeTranslator(t)


def _file_with_reports(services) -> int | None:
    """The family worker's file whose reports show best: one decided and one waiting if any, else any."""
    best: tuple[int, int] | None = None
    for file_id in services.families.search(""):
        reports = services.forum.file_reports(file_id)
        if not reports:
            continue
        score = 2 * any(r.decided for r in reports) + any(not r.decided for r in reports)
        if best is None or score > best[0]:
            best = (score, file_id)
    return None if best is None else best[1]

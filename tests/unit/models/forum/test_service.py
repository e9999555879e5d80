"""ForumService on both backends: recording reports (every bad input refused with nothing saved), who reads
which report, the agenda's order and pages, meetings, decisions with their task for the responsible worker,
the minutes' data, conflicts and the audit rows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models.audit.entities import AuditEvent
from models.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from models.forum import rules
from models.forum.dto import ForumDecisionInput, ForumMeetingInput
from models.forum.entities import ForumMeeting, RiskReport
from models.intake.dto import ReferralInput, Referrer
from models.tasks.entities import Task
from tests.support import World
from tests.unit.models.forum.forumworld import (
    SUNDAY,
    TODAY,
    count,
    decision,
    meeting,
    move_today,
    new_child,
    record,
    report_input,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    move_today(monkeypatch)


def _refused(exc: pytest.ExceptionInfo[ValidationError], code: str, field: str | None = None) -> None:
    assert exc.value.code == code, exc.value
    if field is not None:
        assert exc.value.params.get("field") == field, exc.value


# --- recording ---------------------------------------------------------------------------------------------


def test_a_family_worker_records_a_report_that_the_forum_then_sees(world: World) -> None:
    w = world
    r = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="day", reported_on=TODAY - timedelta(days=4))
    assert (r.child.id, r.child.full_name, r.family_name) == (w.persons["cohen_child"], "מרים כהן", "משפחת כהן")
    assert r.file_number == w.services("manager").families.get(w.files["cohen"]).file.file_number
    assert (r.age_years, r.age_months) == rules.age(date(2015, 6, 12), TODAY) == (11, 5)
    assert (r.urgency, r.channel, r.referral_id, r.days_open, r.decided) == ("day", "report", None, 4, False)
    assert r.recorded_by == "דנה צפונית" and r.reporter_name == "יועצת בית הספר"
    assert r.intervention == "" and r.responsible is None and r.task_id is None and r.decided_at is None
    assert r.changes().files == {w.files["cohen"]} and r.changes().reports == {r.id} and not r.changes().tasks
    # the forum's members of the north team, and the manager, see it on the agenda; the south's head does not
    for who in ("youth_law", "north_head", "manager"):
        agenda = w.services(who).forum.agenda()
        assert [row.report_id for row in agenda.rows] == [r.id] and agenda.total == 1, who
        row = agenda.rows[0]
        assert (row.child_name, row.urgency, row.days_open, row.age_years) == ("מרים כהן", "day", 4, 11)
    assert w.services("south_head").forum.agenda().total == 0
    # the recorder reads it on the file's tab and alone; her colleague of the same team does not
    assert [x.id for x in w.services("north_worker").forum.file_reports(w.files["cohen"])] == [r.id]
    assert w.services("north_worker").forum.report(r.id).description.startswith("הילדה")
    assert w.services("north_worker2").forum.file_reports(w.files["cohen"]) == []
    with pytest.raises(NotFound):
        w.services("north_worker2").forum.report(r.id)
    assert [x.id for x in w.services("youth_law").forum.file_reports(w.files["cohen"])] == [r.id]


def test_the_roles_outside_the_forum_neither_record_nor_read_reports(world: World) -> None:
    w = world
    r = record(w, w.files["cohen"], w.persons["cohen_child"])
    for who in ("coordinator", "club", "admin"):
        svc = w.services(who).forum
        with pytest.raises(PermissionDenied):
            svc.record_report(report_input(w.files["cohen"], w.persons["cohen_child"]))
        with pytest.raises(PermissionDenied):
            svc.report(r.id)
        with pytest.raises(PermissionDenied):
            svc.agenda()
    for who in ("north_worker", "intake"):  # they record, the forum decides
        with pytest.raises(PermissionDenied):
            w.services(who).forum.agenda()
        with pytest.raises(PermissionDenied):
            w.services(who).forum.decide(r.id, r.version, 1, decision(w))
    assert count(w, RiskReport) == 1


def test_the_intake_worker_records_a_report_and_reads_only_hers(world: World) -> None:
    w = world
    mine = record(w, w.files["haddad"], w.persons["haddad_child"], who="intake")
    other = record(w, w.files["haddad"], w.persons["haddad_child"], who="south_worker")
    assert [r.id for r in w.services("intake").forum.file_reports(w.files["haddad"])] == [mine.id]
    assert {r.id for r in w.services("south_head").forum.file_reports(w.files["haddad"])} == {mine.id, other.id}


def test_bad_reports_are_refused_and_nothing_is_saved(world: World) -> None:
    w = world
    svc = w.services("north_worker").forum
    f, child = w.files["cohen"], w.persons["cohen_child"]
    with pytest.raises(ValidationError) as exc:  # in the future
        svc.record_report(report_input(f, child, reported_on=TODAY + timedelta(days=1)))
    _refused(exc, "date_future", "reported_on")
    with pytest.raises(ValidationError) as exc:  # the father is no child of the file
        svc.record_report(report_input(f, w.persons["cohen_father"]))
    _refused(exc, "not_child", "child_id")
    with pytest.raises(ValidationError) as exc:  # a child of another file
        svc.record_report(report_input(f, w.persons["haddad_child"]))
    _refused(exc, "not_child", "child_id")
    for blank in ("", "   \n "):
        with pytest.raises(ValidationError) as exc:
            svc.record_report(report_input(f, child, description=blank))
        _refused(exc, "required", "description")
    for field, value in (("urgency", "soon"), ("kind", "bad"), ("reporter_kind", "teacher")):
        bad: dict[str, Any] = {field: value}
        with pytest.raises(ValidationError) as exc:
            svc.record_report(report_input(f, child, **bad))
        _refused(exc, "invalid_choice", field)
    with pytest.raises(ValidationError) as exc:  # a referral that does not exist (or is not of this file)
        svc.record_report(report_input(f, child, referral_id=999_999))
    _refused(exc, "invalid_choice", "referral_id")
    with pytest.raises((NotFound, PermissionDenied)):  # a file of the south team: not hers (PostgreSQL: hidden)
        svc.record_report(report_input(w.files["haddad"], w.persons["haddad_child"]))
    assert count(w, RiskReport) == 0


def test_an_intake_referral_passed_to_the_forum(world: World) -> None:
    w = world
    intake = w.services("intake").intake
    ref = intake.create(ReferralInput(
        received_on=TODAY - timedelta(days=2), channel="phone", source="police",
        referrer=Referrer("שוטרת בדויה", "חוקרת ילדים", "תחנת המשטרה", "08-7654321"),
        problem="אלימות בבית, הילדה מפוחדת", urgency="immediate", existing=((w.persons["cohen_child"], "child"),)))
    intake.attach(ref.id, ref.version, w.files["cohen"])
    r = w.services("youth_law").forum.refer_from_intake(ref.id, w.files["cohen"], w.persons["cohen_child"],
                                                       "domestic_violence", "immediate", "אלימות בבית")
    assert (r.channel, r.referral_id, r.reporter_kind, r.reporter_name, r.reporter_phone, r.reported_on) == (
        "referral", ref.id, "police", "שוטרת בדויה", "08-7654321", TODAY - timedelta(days=2))
    with pytest.raises(ValidationError) as exc:  # the referral is of the Cohen file, not the Haddad one
        w.services("manager").forum.refer_from_intake(ref.id, w.files["haddad"], w.persons["haddad_child"],
                                                      "neglect", "week", "הזנחה")
    _refused(exc, "invalid_choice", "referral_id")
    # a report naming the referral is of the channel "referral"
    again = record(w, w.files["cohen"], w.persons["cohen_child"], who="youth_law", referral_id=ref.id)
    assert again.channel == "referral"
    assert count(w, RiskReport) == 2


def test_an_undecided_report_is_changed_by_its_recorder_or_the_forum(world: World) -> None:
    w = world
    f, child = w.files["cohen"], w.persons["cohen_child"]
    r = record(w, f, child)
    changed = w.services("north_worker").forum.update_report(r.id, r.version, report_input(f, child, urgency="day"))
    assert changed.urgency == "day" and changed.version == r.version + 1
    by_forum = w.services("youth_law").forum.update_report(changed.id, changed.version,
                                                           report_input(f, child, urgency="immediate"))
    assert by_forum.urgency == "immediate"
    with pytest.raises(ConflictError):  # stale
        w.services("north_worker").forum.update_report(r.id, r.version, report_input(f, child))
    with pytest.raises(NotFound):  # her colleague does not read it
        w.services("north_worker2").forum.update_report(r.id, by_forum.version, report_input(f, child))
    with pytest.raises(ValidationError) as exc:  # its child stays
        w.services("north_worker").forum.update_report(r.id, by_forum.version,
                                                       report_input(f, w.persons["cohen_father"]))
    _refused(exc, "invalid_choice", "child_id")


# --- the agenda ----------------------------------------------------------------------------------------------


def test_the_agenda_is_ordered_by_urgency_age_and_date_in_pages(world: World) -> None:
    w = world
    made = []
    for first, birth, urgency, days_ago in (
            ("אביב", date(2012, 1, 1), "week", 3),
            ("בר", date(2022, 1, 1), "week", 3),  # younger: before אביב
            ("גיל", date(2022, 1, 1), "week", 9),  # same age, older report: before בר
            ("דור", None, "week", 20),  # no birth date: the last of the week
            ("הדר", date(2010, 1, 1), "immediate", 1),  # immediate: first of all
            ("ורד", date(2020, 1, 1), "routine", 60),
            ("זיו", date(2019, 1, 1), "day", 2)):
        file_id, child = new_child(w, first, birth)
        r = record(w, file_id, child, urgency=urgency, reported_on=TODAY - timedelta(days=days_ago))
        made.append((r, birth))
    expected = [r.id for r, birth in sorted(made, key=lambda it: rules.agenda_key(it[0], it[1], TODAY))]
    agenda = w.services("north_head").forum.agenda()
    assert [row.report_id for row in agenda.rows] == expected and agenda.total == 7
    assert [row.child_name.split()[0] for row in agenda.rows] == ["הדר", "זיו", "גיל", "בר", "אביב", "דור", "ורד"]
    page = w.services("north_head").forum.agenda(offset=2, limit=3)
    assert [row.report_id for row in page.rows] == expected[2:5] and page.total == 7
    assert w.services("north_head").forum.agenda(offset=6, limit=3).total == 7
    with pytest.raises(ValidationError):
        w.services("north_head").forum.agenda(limit=0)


def test_the_agenda_shows_only_the_files_one_sees(world: World) -> None:
    w = world
    north = record(w, w.files["cohen"], w.persons["cohen_child"])
    south = record(w, w.files["haddad"], w.persons["haddad_child"], who="south_worker")
    secret_file, secret_child = new_child(w, "סוד", team="צוות צפון", worker="north_worker2", restricted=True)
    secret = record(w, secret_file, secret_child, who="north_worker2")
    ids = lambda who: {row.report_id for row in w.services(who).forum.agenda().rows}  # noqa: E731
    assert ids("youth_law") == {north.id}  # the restricted file is not hers
    assert ids("north_head") == {north.id, secret.id}
    assert ids("south_head") == {south.id}
    assert ids("manager") == {north.id, south.id, secret.id}
    with w.admin_db.session() as s:  # the agenda's read is audited, naming its files
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "risk_report", AuditEvent.action == "list")
                          .order_by(AuditEvent.id.desc())).first()
        assert event is not None and str(w.files["haddad"]) in event.detail


# --- meetings --------------------------------------------------------------------------------------------


def test_meetings_one_a_date_chaired_by_a_member(world: World) -> None:
    w = world
    m = meeting(w, monthly_district=True, notes="השתתפה העובדת המחוזית")
    assert (m.held_on, m.status, m.chair and m.chair.full_name, m.monthly_district, m.decided_count) == (
        SUNDAY, "planned", "רונית ראש-צוות", True, 0)
    assert m.attendees == ("רונית ראש-צוות", "אורי חוק-הנוער") and m.changes().forum == {m.id}
    with pytest.raises(ValidationError) as exc:
        meeting(w)
    _refused(exc, "meeting_exists", "held_on")
    with pytest.raises(ValidationError) as exc:  # the coordinator is no member of the forum
        meeting(w, SUNDAY + timedelta(days=7), chair="coordinator")
    _refused(exc, "invalid_choice", "chair_id")
    with pytest.raises(PermissionDenied):
        meeting(w, SUNDAY + timedelta(days=7), who="north_worker")
    nxt = meeting(w, SUNDAY + timedelta(days=7))
    moved = w.services("manager").forum.update_meeting(nxt.id, nxt.version, ForumMeetingInput(
        held_on=SUNDAY + timedelta(days=14), chair_id=w.users["youth_law"].id, attendees=("אורי חוק-הנוער",)))
    assert moved.held_on == SUNDAY + timedelta(days=14) and moved.chair and moved.chair.full_name == "אורי חוק-הנוער"
    with pytest.raises(ValidationError) as exc:
        w.services("manager").forum.mark_held(moved.id, moved.version)
    _refused(exc, "meeting_future", "meeting_id")
    held = w.services("youth_law").forum.mark_held(m.id, m.version)
    assert held.status == "held"
    with pytest.raises(ConflictError):
        w.services("youth_law").forum.mark_held(m.id, m.version)
    listed = w.services("north_worker").forum.meetings(from_date=SUNDAY)
    assert [x.id for x in listed] == [moved.id, m.id]
    assert [x.id for x in w.services("youth_law").forum.meetings(to_date=SUNDAY)] == [m.id]
    assert [u.full_name for u in w.services("youth_law").forum.members()] == sorted(
        u.full_name for u in w.users.values() if u.role in ("youth_law_worker", "team_head", "manager"))


# --- decisions -------------------------------------------------------------------------------------------


def test_a_decision_makes_a_task_for_the_worker_in_charge(world: World) -> None:
    w = world
    r = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="week", reported_on=SUNDAY - timedelta(days=5))
    m = meeting(w)
    worker_tasks_before = len(w.services("north_worker").tasks.my_open_tasks())
    decided = w.services("youth_law").forum.decide(r.id, r.version, m.id, decision(
        w, due_on=SUNDAY + timedelta(days=7), note="ביקור בית והערכת מסוכנות"))
    assert decided.decided and decided.meeting_id == m.id and decided.meeting_on == SUNDAY
    assert (decided.intervention, decided.due_on, decided.decision_note, decided.decided_by) == (
        "assessment_visit", SUNDAY + timedelta(days=7), "ביקור בית והערכת מסוכנות", "אורי חוק-הנוער")
    assert decided.responsible is not None and decided.responsible.id == w.users["north_worker"].id
    assert decided.days_open == 5 and decided.decided_at is not None and decided.task_id is not None
    assert decided.changes().tasks == {decided.task_id} and decided.changes().forum == {m.id}
    tasks = w.services("north_worker").tasks.my_open_tasks()
    assert len(tasks) == worker_tasks_before + 1
    task = next(t for t in tasks if t.id == decided.task_id)
    assert (task.title, task.due_date, task.file_id, task.description) == (
        "Youth-law forum: assessment visit", SUNDAY + timedelta(days=7), w.files["cohen"], "ביקור בית והערכת מסוכנות")
    # off the agenda; at the meeting
    assert w.services("youth_law").forum.agenda().total == 0
    assert [x.id for x in w.services("north_head").forum.meeting_items(m.id)] == [r.id]
    assert w.services("north_head").forum.meeting(m.id).decided_count == 1
    assert w.services("south_head").forum.meeting(m.id).decided_count == 0  # not her file
    # the recorder reads the decision on the file's tab
    mine = w.services("north_worker").forum.file_reports(w.files["cohen"])[0]
    assert mine.decided and mine.intervention == "assessment_visit"
    # final: decided twice, changed after
    with pytest.raises(ValidationError) as exc:
        w.services("manager").forum.decide(r.id, decided.version, m.id, decision(w))
    _refused(exc, "report_decided", "report_id")
    with pytest.raises(ValidationError) as exc:
        w.services("north_worker").forum.update_report(r.id, decided.version,
                                                       report_input(w.files["cohen"], w.persons["cohen_child"]))
    _refused(exc, "report_decided")
    # a meeting with decisions keeps its date
    current = w.services("youth_law").forum.meeting(m.id)
    with pytest.raises(ValidationError) as exc:
        w.services("youth_law").forum.update_meeting(m.id, current.version, ForumMeetingInput(
            held_on=SUNDAY - timedelta(days=7), chair_id=w.users["north_head"].id, attendees=()))
    _refused(exc, "meeting_has_decisions", "held_on")
    assert count(w, Task, Task.file_id == w.files["cohen"]) == 1


def test_no_further_action_needs_no_task(world: World) -> None:
    w = world
    r = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="routine")
    m = meeting(w)
    with pytest.raises(ValidationError) as exc:  # a worker without a due date
        w.services("north_head").forum.decide(r.id, r.version, m.id, decision(w, intervention="no_further_action",
                                                                             due_on=None))
    _refused(exc, "required", "due_on")
    d = w.services("north_head").forum.decide(r.id, r.version, m.id, decision(
        w, intervention="no_further_action", responsible=None, due_on=None, note="המידע נבדק, אין סיכון"))
    assert d.decided and d.task_id is None and d.responsible is None and d.due_on is None
    assert count(w, Task, Task.file_id == w.files["cohen"]) == 0


def test_bad_decisions_are_refused_and_nothing_is_saved(world: World) -> None:
    w = world
    svc = w.services("youth_law").forum
    r = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="immediate", reported_on=SUNDAY)
    m = meeting(w)
    future = meeting(w, TODAY + timedelta(days=4))
    cases = [
        (m.id, decision(w, due_on=SUNDAY + timedelta(days=2)), "due_too_late", "due_on"),  # immediate: 1 day
        (m.id, decision(w, due_on=SUNDAY - timedelta(days=1)), "due_before_meeting", "due_on"),
        (m.id, decision(w, responsible="south_worker", due_on=SUNDAY), "invalid_choice", "responsible_id"),
        (m.id, decision(w, responsible="admin", due_on=SUNDAY), "invalid_choice", "responsible_id"),
        (m.id, decision(w, responsible=None, due_on=SUNDAY), "required", "responsible_id"),
        (m.id, decision(w, due_on=None), "required", "due_on"),
        (m.id, decision(w, intervention="hug"), "invalid_choice", "intervention"),
        (future.id, decision(w, due_on=future.held_on), "meeting_future", "meeting_id"),
    ]
    for meeting_id, data, code, field in cases:
        with pytest.raises(ValidationError) as exc:
            svc.decide(r.id, r.version, meeting_id, data)
        _refused(exc, code, field)
    with pytest.raises(NotFound):
        svc.decide(r.id, r.version, 999_999, decision(w, due_on=SUNDAY))
    with pytest.raises(ValidationError) as exc:  # due too late by the days the urgency gives
        svc.decide(r.id, r.version, m.id, decision(w, due_on=SUNDAY + timedelta(days=3)))
    assert exc.value.params["days"] == 1
    assert count(w, Task) == 0
    assert w.services("youth_law").forum.report(r.id).decided is False
    with pytest.raises(NotFound):  # the south's head does not see the north's report
        w.services("south_head").forum.decide(r.id, r.version, m.id, decision(w, due_on=SUNDAY))
    assert w.services("youth_law").forum.decide(r.id, r.version, m.id, decision(w, due_on=SUNDAY)).decided


def test_two_members_deciding_one_report_at_once_one_wins(world: World) -> None:
    w = world
    r = record(w, w.files["cohen"], w.persons["cohen_child"])
    m = meeting(w)
    head, youth = w.services("north_head").forum, w.services("youth_law").forum
    seen_by_head = head.agenda().rows[0]
    seen_by_youth = youth.agenda().rows[0]
    head.decide(seen_by_head.report_id, seen_by_head.version, m.id, decision(w, intervention="monitoring"))
    with pytest.raises(ConflictError):
        youth.decide(seen_by_youth.report_id, seen_by_youth.version, m.id, decision(w))
    final = youth.report(r.id)
    assert final.intervention == "monitoring" and final.decided_by == "רונית ראש-צוות"
    assert count(w, Task) == 1  # the loser's task was not kept


# --- minutes ----------------------------------------------------------------------------------------------


def test_the_minutes_list_the_decisions_of_the_meeting(world: World) -> None:
    w = world
    m = meeting(w)
    a = record(w, w.files["cohen"], w.persons["cohen_child"], urgency="day", reported_on=SUNDAY - timedelta(days=1))
    file_id, child = new_child(w, "תינוק", date(2025, 2, 2))
    b = record(w, file_id, child, urgency="day", reported_on=SUNDAY - timedelta(days=1))
    undecided = record(w, file_id, child, urgency="routine")
    svc = w.services("youth_law").forum
    svc.decide(a.id, a.version, m.id, decision(w, due_on=SUNDAY + timedelta(days=2), note="ביקור"))
    svc.decide(b.id, b.version, m.id, decision(w, intervention="treatment_plan_committee",
                                               responsible="north_head", due_on=SUNDAY + timedelta(days=1)))
    form = svc.minutes_form(m.id)
    assert form.letterhead.municipality and form.chair_name == "רונית ראש-צוות" and form.printed_on == TODAY
    assert form.meeting.id == m.id and form.meeting.decided_count == 2
    # in the agenda's order: the same urgency, the baby first
    assert [(i.child_name.split()[0], i.intervention, i.responsible_name, i.due_on) for i in form.items] == [
        ("תינוק", "treatment_plan_committee", "רונית ראש-צוות", SUNDAY + timedelta(days=1)),
        ("מרים", "assessment_visit", "דנה צפונית", SUNDAY + timedelta(days=2))]
    assert form.items[1].note == "ביקור" and form.items[1].age_years == 11
    assert undecided.id not in {x.id for x in svc.meeting_items(m.id)}
    svc.record_output(m.id, kind="save")
    with w.admin_db.session() as s:
        saved = s.scalars(select(AuditEvent).where(AuditEvent.entity == "forum_meeting", AuditEvent.action == "save")
                          ).one()
        assert saved.entity_id == m.id and str(file_id) in saved.detail
    with pytest.raises(ValidationError):
        svc.record_output(m.id, form="other")
    with pytest.raises(PermissionDenied):
        w.services("north_worker").forum.minutes_form(m.id)
    assert count(w, ForumMeeting) == 1


def test_assignable_are_those_who_see_the_file(world: World) -> None:
    w = world
    names = {u.full_name for u in w.services("youth_law").forum.assignable(w.files["cohen"])}
    assert {"דנה צפונית", "רונית ראש-צוות", "אבי מנהל", "אורי חוק-הנוער"} <= names
    assert "סמיר דרומי" not in names and "מנהל מערכת" not in names
    assert w.services("youth_law").forum.assignable(w.files["cohen"])[0].full_name == "אורי חוק-הנוער"


def test_a_decision_s_task_refuses_a_responsible_outside_the_file_on_every_intervention(world: World) -> None:
    w = world
    r = record(w, w.files["haddad"], w.persons["haddad_child"], who="south_worker", urgency="routine")
    m = meeting(w)
    data = ForumDecisionInput("community_services", w.users["north_worker"].id, SUNDAY + timedelta(days=30), "")
    with pytest.raises(ValidationError) as exc:
        w.services("south_head").forum.decide(r.id, r.version, m.id, data)
    _refused(exc, "invalid_choice", "responsible_id")
    ok = w.services("south_head").forum.decide(r.id, r.version, m.id, ForumDecisionInput(
        "community_services", w.users["south_worker"].id, SUNDAY + timedelta(days=30), ""))
    assert ok.task_id is not None


def test_the_agenda_s_page_is_found_in_the_undecided_reports_index(sqlite_world: World) -> None:
    """SQLite: the page's statement (the page and its count at once) scans the partial index of the undecided
    reports, not the table of every report (PostgreSQL: maane_forum_agenda, tests of test_pg_security)."""
    from sqlalchemy import event

    w = sqlite_world
    record(w, w.files["cohen"], w.persons["cohen_child"])
    seen: list[tuple[str, Any]] = []

    def capture(_conn: object, _cursor: object, statement: str, parameters: Any, *_rest: object) -> None:
        if "count(*) OVER ()" in statement:
            seen.append((statement, parameters))

    event.listen(w.admin_db.engine, "before_cursor_execute", capture)
    try:
        assert w.services("youth_law").forum.agenda().total == 1
    finally:
        event.remove(w.admin_db.engine, "before_cursor_execute", capture)
    assert len(seen) == 1
    with w.admin_db.engine.connect() as c:
        plan = " ".join(str(row[3]) for row in c.exec_driver_sql("EXPLAIN QUERY PLAN " + seen[0][0], seen[0][1]))
    assert "risk_reports USING INDEX ix_risk_reports_undecided" in plan, plan

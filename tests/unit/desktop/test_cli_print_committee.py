"""``maane print committee_invitation --meeting ID [--participant ID ...]`` and ``maane print
committee_protocol|decision_letter|summary_letter --case ID [--addressee PARTICIPANT_ID]``: signed in as a staff
member, through the committee service (its permissions and the 14-day rule); the invitations written are
recorded as sent (invited today) and audited as saved, a protocol's form audited as saved; bad input is one
clear sentence, exit 1 and nothing written. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from datetime import date, time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli
from models.audit.entities import AuditEvent
from models.committees.dto import (
    CaseDTO,
    CaseInput,
    DecisionInput,
    MeetingDTO,
    MeetingInput,
    ParticipantDTO,
    ParticipantInput,
    ProtocolInput,
)
from tests.support import PASSWORD, World

TODAY = date.today()


def _print(world: World, monkeypatch, *args: str, who: str = "coordinator") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return cli(["print", *args, "--user", world.name(who), "--password-stdin", "--database", world.url])


def _saves(world: World) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "save").order_by(AuditEvent.id)))


def _meeting(world: World) -> tuple[MeetingDTO, CaseDTO, CaseDTO, list[ParticipantDTO]]:
    """A meeting 20 days ahead with the Cohen child (a Hebrew-speaking father, the school counsellor) and the
    Haddad child (an Arabic-speaking father)."""
    committees = world.services("coordinator").committees
    m = committees.create_meeting(MeetingInput(held_on=TODAY + timedelta(days=20), starts_at=time(9, 30),
                                               place="אולם הישיבות, קומה 2", level="regular",
                                               chair_id=world.users["manager"].id))
    cases = [committees.add_case(m.id, CaseInput(file_id=world.files[f], child_id=world.persons[f"{f}_child"],
                                                 reason="first_hearing", requested_by_name="דנה צפונית"))
             for f in ("cohen", "haddad")]
    people = [
        committees.add_participant(cases[0].id, ParticipantInput(
            kind="father", name="משה כהן", address="רחוב הדקל 1", person_id=world.persons["cohen_father"])),
        committees.add_participant(cases[0].id, ParticipantInput(
            kind="school_counsellor", name="יועצת בית הספר", organisation="בית ספר הגפן", email="c@example.org",
            method="email")),
        committees.add_participant(cases[1].id, ParticipantInput(
            kind="father", name="أحمد حداد", language="ar", address="רחוב הדקל 1",
            person_id=world.persons["haddad_father"])),
    ]
    return m, cases[0], cases[1], people


def test_print_list_names_the_committee_forms(capsys):
    assert cli(["print", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"committee_invitation", "committee_protocol", "decision_letter", "summary_letter"} <= set(names)


def test_the_coordinator_prints_a_meetings_invitations_and_they_are_recorded(world: World, monkeypatch, capsys,
                                                                            tmp_path):
    m, _cohen, _haddad, people = _meeting(world)
    out = tmp_path / "invitations.pdf"
    assert _print(world, monkeypatch, "committee_invitation", "--meeting", str(m.id), "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"committee_invitation, meeting {m.id}, 3 letter(s) (2 he, 1 ar), signed in as" in said
    assert len(PdfReader(str(out)).pages) == 3
    committees = world.services("coordinator").committees
    invited = {p.id: p.invited_on for c in committees.meeting(m.id).cases for p in c.participants}
    assert invited == {p.id: TODAY for p in people}
    saved = _saves(world)
    assert {(e.user_name, e.file_id) for e in saved} == {(world.name("coordinator"), world.files["cohen"]),
                                                         (world.name("coordinator"), world.files["haddad"])}
    assert {json.loads(e.detail)["form"] for e in saved} == {"committee_invitation"}


def test_chosen_participants_only(world: World, monkeypatch, capsys, tmp_path):
    m, _cohen, _haddad, people = _meeting(world)
    out = tmp_path / "one.pdf"
    assert _print(world, monkeypatch, "committee_invitation", "--meeting", str(m.id), "--participant",
                  str(people[2].id), "--out", str(out)) == 0
    assert "1 letter(s) (1 ar)" in capsys.readouterr().out
    assert len(PdfReader(str(out)).pages) == 1
    invited = {p.id: p.invited_on for c in world.services("coordinator").committees.meeting(m.id).cases
               for p in c.participants}
    assert invited == {people[0].id: None, people[1].id: None, people[2].id: TODAY}


def test_parents_invited_less_than_14_days_ahead_are_refused_and_nothing_written(world: World, monkeypatch, capsys,
                                                                                  tmp_path):
    m, _cohen, _haddad, people = _meeting(world)
    monkeypatch.setattr("models.committees.rules.today", lambda: m.held_on - timedelta(days=5))
    out = tmp_path / "late.pdf"
    assert _print(world, monkeypatch, "committee_invitation", "--meeting", str(m.id), "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert err.startswith("maane: ") and "14" in err and "5" in err
    assert not out.exists() and _saves(world) == []
    # the school counsellor alone may be invited 5 days ahead
    assert _print(world, monkeypatch, "committee_invitation", "--meeting", str(m.id), "--participant",
                  str(people[1].id), "--out", str(out)) == 0


def test_the_protocol_and_the_letters_of_a_case(world: World, monkeypatch, capsys, tmp_path):
    _m, cohen, haddad, people = _meeting(world)
    committees = world.services("coordinator").committees
    for case in (cohen, haddad):
        committees.save_protocol(case.id, None, ProtocolInput(
            background="רקע (Plan B) ל-3 חודשים", decisions=(DecisionInput("community_plan", "תכנית בקהילה",
                                                                            ("מועדונית טיפולית, 5 ימים",)),),
            next_review_on=TODAY + timedelta(days=200)))
    runs = [("committee_protocol", cohen, None, "he"), ("decision_letter", haddad, None, "ar"),
            ("decision_letter", cohen, people[0], "he"), ("summary_letter", cohen, people[1], "he")]
    for form, case, addressee, lang in runs:
        out = tmp_path / f"{form}-{case.id}.pdf"
        extra = ["--addressee", str(addressee.id)] if addressee is not None else []
        assert _print(world, monkeypatch, form, "--case", str(case.id), *extra, "--out", str(out)) == 0
        assert f"{form}, case {case.id}, file {case.file_number}, {lang}, signed in as" in capsys.readouterr().out
        assert out.read_bytes().startswith(b"%PDF")
    saved = _saves(world)
    assert [(json.loads(e.detail)["form"], e.file_id) for e in saved] == [
        (form, world.files["cohen" if case is cohen else "haddad"]) for form, case, _a, _l in runs]
    # the language asked for
    out = tmp_path / "ar.pdf"
    assert _print(world, monkeypatch, "committee_protocol", "--case", str(cohen.id), "--lang", "ar",
                  "--out", str(out)) == 0
    assert f"case {cohen.id}, file {cohen.file_number}, ar" in capsys.readouterr().out


def test_a_case_with_no_protocol_or_hidden_prints_nothing(world: World, monkeypatch, capsys, tmp_path):
    _m, cohen, _haddad, _people = _meeting(world)
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, "committee_protocol", "--case", str(cohen.id), "--out", str(out)) == 1
    assert capsys.readouterr().err.startswith("maane: ")
    assert not out.exists()
    assert _print(world, monkeypatch, "committee_protocol", "--case", str(cohen.id), "--out", str(out),
                  who="club") == 1
    assert capsys.readouterr().err.startswith("maane: ")
    assert not out.exists() and _saves(world) == []


@pytest.mark.parametrize("args, says", [
    (["committee_invitation"], "missing --meeting (see maane print --help)"),
    (["committee_protocol"], "missing --case (see maane print --help)"),
    (["committee_invitation", "--meeting", "1", "--lang", "ar"],
     "the invitations print each in its addressee's language: no --lang"),
    (["committee_invitation", "--meeting", "1", "--case", "2"],
     "committee_invitation takes --meeting ID [--participant ID ...], not --case"),
    (["decision_letter", "--case", "1", "--meeting", "2", "--participant", "3"],
     "decision_letter takes --case ID [--addressee PARTICIPANT_ID], not --meeting, --participant"),
    (["summary_letter", "--case", "1", "--file", "2025/0001"],
     "summary_letter takes --case ID [--addressee PARTICIPANT_ID], not --file"),
    (["summary_letter", "--case", "1", "--lang", "fr"], "the language must be he (Hebrew) or ar (Arabic), not fr"),
    (["family_summary", "--file", "2025/0001", "--case", "1"],
     "--meeting, --participant, --case and --addressee go with committee_invitation, committee_protocol, "
     "decision_letter, summary_letter, not family_summary"),
])
def test_bad_input_is_one_clear_sentence_and_nothing_is_written(world: World, monkeypatch, capsys, tmp_path, args,
                                                                  says):
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, *args, "--out", str(out)) == 1
    assert capsys.readouterr().err == f"maane: {says}\n"
    assert not out.exists() and _saves(world) == []

"""``maane print club_registration --enrolment ID``, ``club_attendance_sheet --club ID --month YYYY-MM``,
``club_fee_notice --file NUMBER|ID --month YYYY-MM`` and ``club_transport_list --club ID --day YYYY-MM-DD``:
signed in as a staff member, through the club service (its permissions and visibility); the PDF written is
audited as saved, naming the form; bad input is one clear sentence, exit 1 and nothing written. On SQLite and
PostgreSQL."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli
from models.audit.entities import AuditEvent
from models.clubs.dto import CollectorInput, PaymentInput
from tests.support import PASSWORD, World
from tests.unit.models.clubs.clubworld import enrol, make_club, move_today, new_child

TODAY = date(2026, 11, 18)  # a Wednesday, a club day
MONTH = date(2026, 11, 1)


def _print(world: World, monkeypatch, *args: str, who: str = "club") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return cli(["print", *args, "--user", world.name(who), "--password-stdin", "--database", world.url])


def _saves(world: World) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "save").order_by(AuditEvent.id)))


@pytest.fixture
def club_world(world: World, monkeypatch):
    """A club with two children enrolled since September (one with allergies and collectors, a route), the
    month charged and a payment recorded."""
    move_today(monkeypatch, TODAY)
    club = make_club(world)
    file_a, child_a = new_child(world, "נועה")
    file_b, child_b = new_child(world, "كريم", language="ar")
    route = club.routes[0].id
    a = enrol(world, club, file_a, child_a, allergies="בוטנים (EpiPen)", diet="צמחונית", school="בית ספר הדקל",
              route_id=route, dropoff_address="רחוב התמר 7", consent_signed=True, consent_on=date(2026, 8, 30),
              collectors=(CollectorInput(name="סבתא בדויה", relation="סבתא", phone="050-5550188"),))
    b = enrol(world, club, file_b, child_b, school="مدرسة الزيتون")
    clubs = world.services("club").clubs
    clubs.charge_month(MONTH)
    clubs.record_payment(PaymentInput(file_id=file_a, person_id=child_a, paid_on=TODAY, amount_agorot=5_000,
                                      method="cash", receipt_no="A-77"))
    return {"club": club, "file_a": file_a, "file_b": file_b, "a": a, "b": b}


def test_print_list_names_the_club_forms(capsys):
    assert cli(["print", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"club_registration", "club_attendance_sheet", "club_fee_notice", "club_transport_list"} <= set(names)


def test_the_club_worker_prints_each_club_form_and_each_is_audited_as_saved(world: World, club_world, monkeypatch,
                                                                           capsys, tmp_path):
    w = club_world
    club, a, b = w["club"], w["a"], w["b"]
    runs = [
        ("club_registration", ["--enrolment", str(a.id)], f"enrolment {a.id}, file {a.file_number}, he"),
        ("club_registration", ["--enrolment", str(b.id)], f"enrolment {b.id}, file {b.file_number}, ar"),
        ("club_attendance_sheet", ["--club", str(club.id), "--month", "2026-11"],
         f"club {club.id}, 2026-11, 2 child(ren), he"),
        ("club_fee_notice", ["--file", a.file_number, "--month", "2026-11"], f"file {a.file_number}, 2026-11, he"),
        ("club_fee_notice", ["--file", str(w["file_b"]), "--month", "2026-11"],
         f"file {b.file_number}, 2026-11, ar"),
        ("club_transport_list", ["--club", str(club.id), "--day", "2026-11-18"],
         f"club {club.id}, 2026-11-18, 2 child(ren), he"),
    ]
    for n, (form, args, says) in enumerate(runs):
        out = tmp_path / f"{n}-{form}.pdf"
        assert _print(world, monkeypatch, form, *args, "--out", str(out)) == 0, capsys.readouterr().err
        assert f"{out}: {form}, {says}, signed in as {world.name('club')}" in capsys.readouterr().out
        reader = PdfReader(str(out))
        page = reader.pages[0]
        side = form == "club_attendance_sheet"
        assert (float(page.mediabox.width) > float(page.mediabox.height)) == side
    saved = _saves(world)
    assert [json.loads(e.detail)["form"] for e in saved] == [form for form, _a, _s in runs]
    assert {e.user_name for e in saved} == {world.name("club")}
    assert [e.file_id for e in saved][:2] == [a.file_id, b.file_id] and saved[3].file_id == w["file_a"]
    # the language asked for
    out = tmp_path / "he.pdf"
    assert _print(world, monkeypatch, "club_registration", "--enrolment", str(b.id), "--lang", "he",
                  "--out", str(out)) == 0
    assert f"file {b.file_number}, he, signed in as" in capsys.readouterr().out
    out = tmp_path / "sheet-ar.pdf"
    assert _print(world, monkeypatch, "club_attendance_sheet", "--club", str(club.id), "--month", "2026-11",
                  "--lang", "ar", "--out", str(out)) == 0
    assert ", ar, signed in as" in capsys.readouterr().out


def test_a_family_worker_prints_her_familys_forms_and_not_anothers(world: World, club_world, monkeypatch, capsys,
                                                                   tmp_path):
    w = club_world
    out = tmp_path / "x.pdf"
    # the family's worker (the north team's): her family's registration form and fee notice
    assert _print(world, monkeypatch, "club_registration", "--enrolment", str(w["a"].id), "--out", str(out),
                  who="north_worker") == 0
    out.unlink()
    # a worker of another team, and intake (who may request a club, not read club records): refused, nothing
    # written
    for who in ("south_worker", "intake"):
        assert _print(world, monkeypatch, "club_registration", "--enrolment", str(w["a"].id), "--out", str(out),
                      who=who) == 1
        assert capsys.readouterr().err.startswith("maane: ")
        assert _print(world, monkeypatch, "club_fee_notice", "--file", w["a"].file_number, "--month", "2026-11",
                      "--out", str(out), who=who) == 1
        assert capsys.readouterr().err.startswith("maane: ")
        assert not out.exists()
    assert [e.user_name for e in _saves(world)] == [world.name("north_worker")]


@pytest.mark.parametrize("args, says", [
    (["club_registration"], "missing --enrolment (see maane print --help)"),
    (["club_attendance_sheet", "--club", "1"], "missing --month (see maane print --help)"),
    (["club_fee_notice", "--month", "2026-11"], "missing --file (see maane print --help)"),
    (["club_transport_list", "--day", "2026-11-18"], "missing --club (see maane print --help)"),
    (["club_registration", "--enrolment", "1", "--club", "2"], "club_registration takes --enrolment ID, not --club"),
    (["club_attendance_sheet", "--club", "1", "--month", "2026-11", "--day", "2026-11-18", "--case", "3"],
     "club_attendance_sheet takes --club ID --month YYYY-MM, not --day, --case"),
    (["club_fee_notice", "--file", "2025/0001", "--month", "2026-11", "--notes", "1"],
     "club_fee_notice takes --file NUMBER --month YYYY-MM, not --notes"),
    (["club_attendance_sheet", "--club", "1", "--month", "11/2026"], "the month must look like 2026-12, not 11/2026"),
    (["club_attendance_sheet", "--club", "1", "--month", "2026-13"], "the month must look like 2026-12, not 2026-13"),
    (["club_transport_list", "--club", "1", "--day", "18/11/2026"],
     "the day must look like 2026-12-14, not 18/11/2026"),
    (["club_transport_list", "--club", "1", "--day", "2026-02-30"],
     "the day must look like 2026-12-14, not 2026-02-30"),
    (["club_fee_notice", "--file", "2025/0001,2025/0002", "--month", "2026-11"],
     "club_fee_notice prints one family file: give one --file"),
    (["club_registration", "--enrolment", "1", "--lang", "ru"], "the language must be he (Hebrew) or ar (Arabic), not ru"),
    (["family_summary", "--file", "2025/0001", "--month", "2026-11"],
     "--enrolment, --club, --month and --day go with club_registration, club_attendance_sheet, club_fee_notice, "
     "club_transport_list, not family_summary"),
    (["committee_protocol", "--case", "1", "--club", "1"],
     "--enrolment, --club, --month and --day go with club_registration, club_attendance_sheet, club_fee_notice, "
     "club_transport_list, not committee_protocol"),
])
def test_bad_input_is_one_clear_sentence_and_nothing_is_written(world: World, monkeypatch, capsys, tmp_path, args,
                                                                  says):
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, *args, "--out", str(out)) == 1
    assert capsys.readouterr().err == f"maane: {says}\n"
    assert not out.exists() and _saves(world) == []


def test_an_unknown_enrolment_or_club_or_file_prints_nothing(world: World, club_world, monkeypatch, capsys, tmp_path):
    out = tmp_path / "x.pdf"
    for args in (["club_registration", "--enrolment", "999999"],
                 ["club_attendance_sheet", "--club", "999999", "--month", "2026-11"],
                 ["club_fee_notice", "--file", "2099/9999", "--month", "2026-11"]):
        assert _print(world, monkeypatch, *args, "--out", str(out)) == 1, args
        err = capsys.readouterr().err
        assert err.startswith("maane: ") and err.count("\n") == 1 and "Traceback" not in err
        assert not out.exists()
    assert _saves(world) == []

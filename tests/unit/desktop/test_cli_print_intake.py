"""``maane print intake_summary|referral_letter --referral NUMBER``: signed in as a staff member, the form of a
referral that member may see is written to a PDF, its preparation audited (a view of the referral for a
form) and the file written audited as a save under that member; the letter only for a referral referred
elsewhere; bad input is one clear sentence, exit 1 and nothing written. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli
from models.audit.entities import AuditEvent
from models.intake.dto import ReferralDTO, ReferralInput, Referrer
from tests.support import PASSWORD, World


def _print(world: World, monkeypatch, *args: str, who: str = "intake") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return cli(["print", *args, "--user", world.name(who), "--password-stdin", "--database", world.url])


def _saves(world: World) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "save").order_by(AuditEvent.id)))


def _referral(world: World, person: str = "levi_mother") -> ReferralDTO:
    return world.services("intake").intake.create(ReferralInput(
        received_on=date.today(), channel="phone", source="school",
        referrer=Referrer("אורית מחנכת", "מחנכת כיתה", "בית ספר הגפן", "08-1234567"),
        problem="היעדרויות חוזרות מבית הספר (3 שבועות)", urgency="week", existing=((world.persons[person], "parent"),)))


def _text(pdf_path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)


def test_print_list_names_the_intake_forms(capsys):
    assert cli(["print", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"family_summary", "intake_summary", "referral_letter"} <= set(names)


def test_an_intake_worker_prints_the_intake_summary_and_it_is_audited(world: World, monkeypatch, capsys, tmp_path):
    r = _referral(world)
    out = tmp_path / "summary.pdf"
    assert _print(world, monkeypatch, "intake_summary", "--referral", r.number, "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"referral {r.number}, he, signed in as {world.name('intake')}" in said  # the person's language
    assert out.read_bytes().startswith(b"%PDF") and len(PdfReader(str(out)).pages) == 1
    saved = _saves(world)
    assert [(e.user_name, e.entity, e.entity_id) for e in saved] == [(world.name("intake"), "referral", r.id)]
    assert json.loads(saved[0].detail)["form"] == "intake_summary"


def test_a_referral_referred_elsewhere_prints_its_letter_in_arabic(world: World, monkeypatch, capsys, tmp_path):
    intake = world.services("intake").intake
    r = _referral(world)
    done = intake.refer_elsewhere(r.id, r.version, "health", "מרפאת בריאות הנפש", "לתאם אבחון")
    out = tmp_path / "letter.pdf"
    assert _print(world, monkeypatch, "referral_letter", "--referral", done.number, "--lang", "ar",
                  "--out", str(out)) == 0
    assert f"referral_letter, referral {done.number}, ar" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert [json.loads(e.detail)["form"] for e in _saves(world)] == ["referral_letter"]


def test_the_letter_is_refused_for_a_referral_not_referred_elsewhere(world: World, monkeypatch, capsys, tmp_path):
    r = _referral(world)
    out = tmp_path / "letter.pdf"
    assert _print(world, monkeypatch, "referral_letter", "--referral", r.number, "--out", str(out)) == 1
    assert "was not referred elsewhere" in capsys.readouterr().err
    assert not out.exists() and _saves(world) == []


@pytest.mark.parametrize("args, says", [
    (["intake_summary", "--referral", "כהן"], "the referral number must look like 2026/0001, not כהן"),
    (["intake_summary", "--referral", "2026/0001", "--file", "2025/0001"],
     "intake_summary prints a referral: give --referral NUMBER, not --file or --notes"),
    (["family_summary", "--file", "2025/0001", "--referral", "2026/0001"],
     "--referral goes with intake_summary or referral_letter, not family_summary"),
    (["referral_letter", "--referral", "2026/0001", "--lang", "fr"],
     "the language must be he (Hebrew) or ar (Arabic), not fr"),
])
def test_bad_input_is_one_clear_sentence_and_nothing_is_written(world: World, monkeypatch, capsys, tmp_path, args,
                                                                  says):
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, *args, "--out", str(out)) == 1
    assert capsys.readouterr().err == f"maane: {says}\n"
    assert not out.exists() and _saves(world) == []


def test_a_missing_referral_number_is_named(world: World, capsys, tmp_path):
    assert cli(["print", "intake_summary", "--out", str(tmp_path / "x.pdf"), "--database", world.url]) == 1
    assert capsys.readouterr().err == "maane: missing --referral, --user (see maane print --help)\n"


def test_an_unknown_referral_and_one_the_user_may_not_see_print_nothing(world: World, monkeypatch, capsys,
                                                                        tmp_path):
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, "intake_summary", "--referral", "1999/0042", "--out", str(out)) == 1
    assert capsys.readouterr().err == "maane: There is no referral 1999/0042 that you may see.\n"
    assert not out.exists()
    r = _referral(world)
    # a family worker of another team: the referral is not of her files
    assert _print(world, monkeypatch, "intake_summary", "--referral", r.number, "--out", str(out),
                  who="south_worker") == 1
    assert capsys.readouterr().err == f"maane: There is no referral {r.number} that you may see.\n"
    assert not out.exists() and _saves(world) == []

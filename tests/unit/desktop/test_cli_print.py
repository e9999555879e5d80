"""``maane print``: signed in as a staff member (SQLite: Maane's password; PostgreSQL: the login), it writes
the form to a PDF only for a file that member may see, audits the preparation as a print and the file as a
save under that member; bad input is one clear sentence and exit 1; ``--list`` names the forms;
``self-test`` renders a form."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli
from models.audit.entities import AuditEvent
from tests.support import PASSWORD, World


def _stdin(monkeypatch, line: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))


def _print(world: World, monkeypatch, *args: str, who: str = "north_worker", password: str = PASSWORD) -> int:
    _stdin(monkeypatch, password)
    return cli(["print", *args, "--user", world.name(who), "--password-stdin", "--database", world.url])


def _audit(world: World, action: str) -> list[AuditEvent]:
    with world.admin_db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def test_print_list_names_the_forms(capsys):
    assert cli(["print", "--list"]) == 0
    assert capsys.readouterr().out.startswith("family_summary")


def test_a_worker_prints_a_family_summary_to_a_pdf_and_it_is_audited(world: World, monkeypatch, capsys, tmp_path):
    notes = world.services("north_worker").notes
    ids = [notes.add(world.files["cohen"], "home_visit", date(2026, 1, 1 + i), f"ביקור {i}", sign=True).id
           for i in range(2)]
    out = tmp_path / "cohen.pdf"
    assert _print(world, monkeypatch, "family_summary", "--file", "2025/0001", "--notes", str(ids[0]),
                  "--out", str(out)) == 0
    assert f"signed in as {world.name('north_worker')}" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF") and len(PdfReader(str(out)).pages) >= 1
    prepared = [e for e in _audit(world, "print") if e.file_id == world.files["cohen"]]
    assert json.loads(prepared[-1].detail) == {"form": "family_summary", "notes": [ids[0]]}
    saved = _audit(world, "save")
    assert [(e.user_name, e.file_id) for e in saved] == [(world.name("north_worker"), world.files["cohen"])]


def test_several_files_make_one_pdf(world: World, monkeypatch, capsys, tmp_path):
    out = tmp_path / "batch.pdf"
    assert _print(world, monkeypatch, "family_summary", "--file", "2025/0001,2025/0002", "--lang", "ar",
                  "--out", str(out), who="north_head") == 0
    assert "2 file(s), ar" in capsys.readouterr().out
    assert len(_audit(world, "save")) == 2


@pytest.mark.parametrize("args, says", [
    (["family_summary", "--file", "2025/0003"], "There is no family file 2025/0003 that you may see."),  # south
    (["family_summary", "--file", "2031/0999"], "There is no family file 2031/0999 that you may see."),
    (["family_summary", "--file", "כהן"], "The file number must look like 2026/0001."),
    (["family_summary", "--file", "2025/0001", "--lang", "fr"], "the language must be he (Hebrew) or ar (Arabic), not fr"),
    (["family_summary", "--file", "2025/0001", "--notes", "1,x"], "--notes takes note numbers separated by commas, not 1,x"),
    (["family_summary", "--file", "2025/0001", "--notes", "999"], "Only signed notes of this family file can be printed (not: 999)."),
    (["family_summary", "--file", "2025/0001,2025/0002", "--notes", "1"], "--notes goes with one family file only"),
    (["invoice", "--file", "2025/0001"], "There is no form called invoice. See: maane print --list"),
])
def test_bad_input_is_one_clear_sentence_and_nothing_is_written(world: World, monkeypatch, capsys, tmp_path, args, says):
    out = tmp_path / "x.pdf"
    assert _print(world, monkeypatch, *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert err == f"maane: {says}\n"
    assert not out.exists() and _audit(world, "save") == []


def test_missing_arguments_and_a_missing_folder(world: World, monkeypatch, capsys, tmp_path):
    assert cli(["print", "family_summary", "--file", "2025/0001", "--database", world.url]) == 1
    assert capsys.readouterr().err == "maane: missing --out, --user (see maane print --help)\n"
    assert _print(world, monkeypatch, "family_summary", "--file", "2025/0001", "--out",
                  str(tmp_path / "nowhere" / "x.pdf")) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_wrong_password_prints_nothing(sqlite_world: World, monkeypatch, capsys, tmp_path):
    out = tmp_path / "x.pdf"
    assert _print(sqlite_world, monkeypatch, "family_summary", "--file", "2025/0001", "--out", str(out),
                  password="not-the-password") == 1
    assert capsys.readouterr().err == "maane: Wrong user name or password.\n" and not out.exists()


def test_the_admin_sees_no_file_to_print(world: World, monkeypatch, capsys, tmp_path):
    assert _print(world, monkeypatch, "family_summary", "--file", "2025/0001", "--out", str(tmp_path / "x.pdf"),
                  who="admin") == 1
    assert "You are not allowed" in capsys.readouterr().err


def test_self_test_renders_a_form(db_url, capsys):
    assert cli(["self-test", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert "a form rendered (" in out and "bytes)" in out
    assert "names scored" in out  # the duplicate check's compiled scoring (rapidfuzz) loads and works


def test_self_test_fails_when_the_name_scoring_is_broken(db_url, capsys, monkeypatch):
    import models.people.duplicates as dup

    monkeypatch.setattr(dup, "_similarity", lambda *a: 0.0)
    assert cli(["self-test", "--database", db_url]) != 0

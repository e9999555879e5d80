"""Invented family summaries for the form tests, from tests/data/family_summaries.json."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from models.department.dto import Letterhead
from models.families.dto import FamilyFileDTO, FamilySummary, MemberDTO
from models.notes.dto import NoteDTO
from models.people.dto import PersonDTO
from models.tasks.dto import TaskDTO
from models.users.dto import UserRef

DATA = json.loads((Path(__file__).resolve().parents[2] / "data" / "family_summaries.json").read_text("utf-8"))
PRINTED_AT = datetime(2026, 11, 28, 10, 15)


def letterhead(logo: bytes | None = None, **changes: str) -> Letterhead:
    return Letterhead(**{**DATA["letterhead"], **changes}, logo=logo)


def summary(index: int = 0, *, logo: bytes | None = None, **file_changes) -> FamilySummary:
    fam = DATA["families"][index]
    members = tuple(
        MemberDTO(person=PersonDTO(
            id=i + 1, version=1, id_kind=m.get("id_kind", "il"), id_number=m["id"], first_name=m["first"],
            last_name=m["last"], first_name_ar=m.get("first_ar", ""), last_name_ar=m.get("last_ar", ""),
            first_name_lat="", last_name_lat="", birth_date=date.fromisoformat(m["birth"]), sex="x",
            preferred_language="he", phones=tuple(m["phones"])), relation=m["relation"])
        for i, m in enumerate(fam["members"]))
    worker = UserRef(id=7, username="worker", full_name=fam["worker"], role="family_worker", team_id=1,
                     team_name=fam["team"])
    file = FamilyFileDTO(
        id=1, version=1, file_number=fam["file_number"], family_name=fam.get("family_name_ar", fam["family_name"]),
        address=fam["address"], locality=fam["locality"], neighbourhood=fam["neighbourhood"], status="open",
        opened_on=date.fromisoformat(fam["opened_on"]), closed_on=None, close_reason="", worker=worker,
        team_id=1, team_name=fam["team"], restricted=False, named_user_ids=(), members=members)
    if file_changes:
        from dataclasses import replace
        file = replace(file, **file_changes)
    tasks = tuple(TaskDTO(id=i + 1, version=1, file_id=1, file_number=fam["file_number"], title=t["title"],
                          due_date=date.fromisoformat(t["due"]), assignee_id=7, assignee_name=t["assignee"],
                          done=False, description=t["description"])
                  for i, t in enumerate(fam["tasks"]))
    notes = tuple(NoteDTO(id=i + 1, version=1, file_id=1, author_id=7, author_name=n["author"], kind=n["kind"],
                          note_date=date.fromisoformat(n["date"]), text=n["text"],
                          signed_at=datetime.fromisoformat(n["date"] + "T16:00"), corrects_id=None)
                  for i, n in enumerate(fam["notes"]))
    return FamilySummary(file=file, open_tasks=tasks, notes=notes, letterhead=letterhead(logo),
                         printed_by="דנה כרמלי", printed_at=PRINTED_AT)


def demo_logo() -> bytes:
    """An invented emblem (no real municipality's): a blue shield with a green band and a sun."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (240, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.polygon([(20, 10), (220, 10), (220, 110), (120, 190), (20, 110)], fill=(32, 84, 140, 255))
    draw.rectangle([20, 80, 220, 104], fill=(70, 150, 90, 255))
    draw.ellipse([90, 24, 150, 76], fill=(245, 196, 60, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.unit.reports.samples OUTDIR``: the sample family summaries in Hebrew and Arabic, with
    the demo logo, as OUTDIR/family_summary_{he,ar}.pdf (to render with ../shared/tools/pdf-look)."""
    import sys

    from reports.forms.family_summary import build

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    for index, lang in ((0, "he"), (1, "ar")):
        (out / f"family_summary_{lang}.pdf").write_bytes(build(summary(index, logo=demo_logo()), lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

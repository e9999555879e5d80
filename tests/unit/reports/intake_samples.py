"""Invented referrals for the intake forms (the intake summary, the referral letter), from
tests/data/intake_forms.json: 0 a school's referral that opened a file handed to a family worker (Hebrew),
1 a health service's referral referred elsewhere (an Arabic-speaking family), 2 an open one (no outcome yet),
3 no intervention, 4 attached to an existing file and not handed over yet."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.department.dto import Letterhead
from models.intake.dto import IntakeForm, ReferralDTO, ReferralPersonDTO, Referrer
from models.people.dto import PersonDTO
from models.users.dto import UserRef

DATA = json.loads((Path(__file__).resolve().parents[2] / "data" / "intake_forms.json").read_text("utf-8"))
PRINTED_AT = datetime(2026, 11, 28, 10, 15)
NEW_FILE, ELSEWHERE, OPEN, NO_INTERVENTION, ATTACHED = range(5)


def letterhead(logo: bytes | None = None, **changes: str) -> Letterhead:
    return Letterhead(**{**DATA["letterhead"], **changes}, logo=logo)


def _person(i: int, p: dict[str, Any]) -> ReferralPersonDTO:
    return ReferralPersonDTO(person=PersonDTO(
        id=i + 1, version=1, id_kind=p.get("id_kind", "il"), id_number=p["id"] or None, first_name=p["first"],
        last_name=p["last"], first_name_ar=p.get("first_ar", ""), last_name_ar=p.get("last_ar", ""),
        first_name_lat="", last_name_lat="", birth_date=date.fromisoformat(p["birth"]) if p.get("birth") else None,
        sex=p["sex"], preferred_language=p["language"], phones=()), relation=p["relation"])


def referral(index: int = NEW_FILE, **changes: Any) -> ReferralDTO:
    r = DATA["referrals"][index]
    worker = UserRef(id=3, username="intake", full_name=r["intake_worker"]["name"], role=r["intake_worker"]["role"],
                     team_id=None)
    handed = (UserRef(id=7, username="worker", full_name=r["handed_to"], role="family_worker", team_id=1)
              if r.get("handed_to") else None)
    outcome = r["outcome"]
    dto = ReferralDTO(
        id=index + 1, version=2, number=r["number"], received_on=date.fromisoformat(r["received_on"]),
        channel=r["channel"], source=r["source"], referrer=Referrer(**r["referrer"]), problem=r["problem"],
        urgency=r["urgency"], notes=r["notes"], persons=tuple(_person(i, p) for i, p in enumerate(r["persons"])),
        intake_worker=worker,
        status="open" if not outcome else "awaiting_handover" if outcome in ("new_file", "attached") and not handed
        else "closed",
        outcome=outcome, decided_on=date.fromisoformat(r["decided_on"]) if r.get("decided_on") else None,
        file_id=40 + index if r.get("file_number") else None, file_number=r.get("file_number", ""),
        elsewhere_service=r.get("elsewhere_service", ""), elsewhere_detail=r.get("elsewhere_detail", ""),
        no_intervention_reason=r.get("no_intervention_reason", ""), outcome_note=r.get("outcome_note", ""),
        handed_to=handed, task_id=90 if handed else None, due_by=date.fromisoformat(r["due_by"]),
        created_at=datetime.fromisoformat(r["received_on"] + "T09:12"))
    return replace(dto, **changes) if changes else dto


def intake_form(index: int = NEW_FILE, *, logo: bytes | None = None, **changes: Any) -> IntakeForm:
    ref = referral(index, **changes)
    return IntakeForm(referral=ref, letterhead=letterhead(logo), printed_by=ref.intake_worker.full_name,
                      printed_by_role=ref.intake_worker.role, printed_at=PRINTED_AT,
                      worker_name=ref.handed_to.full_name if ref.handed_to else "")


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.unit.reports.intake_samples OUTDIR``: the intake summary and the referral letter in
    Hebrew and Arabic, with the demo logo, as OUTDIR/{intake_summary,referral_letter}_{he,ar}.pdf (to render
    with ../shared/tools/pdf-look)."""
    import sys

    from reports.forms import intake_summary, referral_letter
    from tests.unit.reports.samples import demo_logo

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    logo = demo_logo()
    for lang, index in (("he", NEW_FILE), ("ar", ELSEWHERE)):
        (out / f"intake_summary_{lang}.pdf").write_bytes(intake_summary.build(intake_form(index, logo=logo), lang))
    for lang in ("he", "ar"):
        (out / f"referral_letter_{lang}.pdf").write_bytes(referral_letter.build(intake_form(ELSEWHERE, logo=logo),
                                                                                lang))
    for index in (OPEN, NO_INTERVENTION, ATTACHED):
        (out / f"intake_summary_{index}_he.pdf").write_bytes(intake_summary.build(intake_form(index, logo=logo),
                                                                                  "he"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

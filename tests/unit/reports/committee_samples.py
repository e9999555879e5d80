"""Invented committee data for the committee's forms (the invitation, the protocol, the decision letter, the
summary letter): a meeting in the fictional town of the intake samples, a Hebrew-speaking family (the child
Noa, file 2026/0463) and an Arabic-speaking one (the child Karim, file 2026/0471). All names invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from models.committees.dto import (
    AddendumDTO,
    CaseDTO,
    DecisionDTO,
    InvitationBatch,
    InvitationLetter,
    MeetingBrief,
    ParticipantDTO,
    PersonBrief,
    ProtocolDTO,
    ProtocolForm,
    ProtocolTaskDTO,
)
from models.users.dto import UserRef
from tests.unit.reports.intake_samples import letterhead

PRINTED_AT = datetime(2026, 11, 28, 10, 15)
HELD_ON = date(2026, 12, 14)  # a Monday
HEBREW, ARABIC = 0, 1

COORDINATOR = UserRef(id=5, username="coord", full_name="מיכל ברק", role="committee_coordinator", team_id=None)
CHAIR = UserRef(id=6, username="head", full_name="יעל שחר", role="team_head", team_id=1)
WORKER = UserRef(id=7, username="worker", full_name="דנה כרמלי", role="family_worker", team_id=1)
WORKER_AR = UserRef(id=8, username="worker2", full_name="سماح خوري", role="family_worker", team_id=1)


def meeting(**changes: Any) -> MeetingBrief:
    m = MeetingBrief(held_on=HELD_ON, starts_at=time(9, 30), place="חדר הישיבות, קומה 2", level="regular",
                     chair_name=CHAIR.full_name, coordinator_name=COORDINATOR.full_name,
                     coordinator_phone="08-6200123")
    return replace(m, **changes) if changes else m


def _participant(i: int, case_id: int, kind: str, name: str, *, language: str = "he", attended: bool = True,
                 **more: Any) -> ParticipantDTO:
    base: dict[str, Any] = dict(id=i, version=1, case_id=case_id, kind=kind, name=name, organisation="",
                                role_title="", phone="", email="", address="", language=language, method="mail",
                                person_id=None, user_id=None, invited_on=date(2026, 11, 28), confirmed=True,
                                attended=attended)
    base.update(more)
    return ParticipantDTO(**base)


def participants(index: int) -> tuple[ParticipantDTO, ...]:
    if index == HEBREW:
        return (
            _participant(11, 1, "mother", "עדי אלון", phone="052-5550134",
                         address="רח' הגפן 14, עין הבשור", person_id=21),
            _participant(12, 1, "father", "רועי אלון", phone="050-5550177", attended=False,
                         address="רח' התאנה 3 (דירה 5), עין הבשור", person_id=22),
            _participant(13, 1, "minor", "נועה אלון", person_id=23),
            _participant(14, 1, "family_worker", WORKER.full_name, user_id=WORKER.id,
                         organisation="המחלקה לשירותים חברתיים"),
            _participant(15, 1, "school_counsellor", "אורית נחום", role_title="יועצת בית הספר",
                         organisation="בית הספר היסודי \"נופים\"", address="רח' האלה 2, עין הבשור",
                         email="school@example.org"),
            _participant(16, 1, "educational_psychologist", "גלעד פז", organisation="שפ\"ח עין הבשור",
                         phone="08-6200456"),
        )
    return (
        _participant(31, 2, "mother", "هبة منصور", language="ar", phone="050-5550142",
                     address="حي الزيتون 8، عين هبسور", person_id=41),
        _participant(32, 2, "father", "سليم منصور", language="ar", phone="054-5550199",
                     address="حي الزيتون 8، عين هبسور", person_id=42),
        _participant(33, 2, "minor", "كريم منصور", language="ar", person_id=43),
        _participant(34, 2, "family_worker", WORKER_AR.full_name, language="ar", user_id=WORKER_AR.id),
        _participant(35, 2, "homeroom_teacher", "رنا عودة", language="ar", role_title="مربية الصف الرابع",
                     organisation="مدرسة الزيتون الابتدائية", address="شارع المدارس 4، عين هبسور",
                     user_id=9),
    )


def case(index: int = HEBREW, **changes: Any) -> CaseDTO:
    if index == HEBREW:
        c = CaseDTO(id=1, version=3, meeting_id=1, position=1, file_id=40, file_number="2026/0463",
                    family_name="אלון", child=PersonBrief(id=23, first_name="נועה", last_name="אלון",
                                                          birth_date=date(2017, 3, 9), preferred_language="he"),
                    reason="first_hearing", requested_by_name=WORKER.full_name, requested_by_role="עו\"ס משפחה",
                    background="", participants=participants(HEBREW), protocol_status="draft", placed=False)
    else:
        c = CaseDTO(id=2, version=2, meeting_id=1, position=2, file_id=41, file_number="2026/0471",
                    family_name="منصور", child=PersonBrief(id=43, first_name="كريم", last_name="منصور",
                                                          birth_date=date(2017, 6, 2), preferred_language="ar"),
                    reason="review", requested_by_name=WORKER_AR.full_name,
                    requested_by_role="عاملة اجتماعية للعائلة", background="", participants=participants(ARABIC),
                    protocol_status="final", placed=False)
    return replace(c, **changes) if changes else c


def protocol(index: int = HEBREW, *, final: bool = True, **changes: Any) -> ProtocolDTO:
    if index == HEBREW:
        p = ProtocolDTO(
            id=1, version=4, case_id=1, meeting_id=1, file_id=40,
            background="נועה (כיתה ג') מגיעה לבית הספר רעבה ועייפה כבר שלושה שבועות; נעדרה 6 ימים בנובמבר. "
                       "האם (עדי) אמרה בשיחה שהיא \"לא מצליחה להחזיק את הבית\" מאז שהאב עזב [לפני חצי שנה].",
            professionals_views="היועצת: נועה שקטה בכיתה ומתקשה בקריאה. הפסיכולוג (שפ\"ח): אבחון ADHD "
                                "(משנת 2024) ותכנית טיפול של ד\"ר Miller; מומלצת מסגרת אחר הצהריים.",
            parents_position="האם מסכימה למועדונית ומבקשת עזרה בהסעות. האב לא הגיע; בשיחת טלפון (052-5550134) "
                             "אמר שהוא תומך בתכנית.",
            child_position="נועה אמרה שהיא רוצה ללכת למועדונית \"כמו החברה שלה\" ושקשה לה בבוקר.",
            discussion="הוסכם על תכנית בקהילה ל-6 חודשים, עם מעקב של עו\"ס המשפחה ושל היועצת.",
            decisions=(DecisionDTO(id=1, kind="community_plan",
                                   text="תכנית טיפול בקהילה לשישה חודשים.",
                                   items=("מועדונית טיפולית, 5 ימים בשבוע (12:00-18:00)",
                                          "הדרכת הורים במרכז הטיפולי, פעם בשבועיים",
                                          "תגבור בקריאה בבית הספר")),
                       DecisionDTO(id=2, kind="other", text="בירור זכאות להסעה מבית הספר למועדונית.", items=())),
            votes_for=5, votes_against=0, votes_abstained=1, dissent="", parent_reservation="",
            district_right_stated=True,
            tasks=(ProtocolTaskDTO(id=1, title="רישום נועה למועדונית", description="", responsible=WORKER,
                                   due_on=date(2026, 12, 28), task_id=101 if final else None, done=False),
                   ProtocolTaskDTO(id=2, title="תכנית תגבור בקריאה", description="עם מחנכת הכיתה",
                                   responsible=CHAIR, due_on=date(2027, 1, 10), task_id=102 if final else None,
                                   done=False)),
            next_review_on=date(2027, 6, 14),
            finalised_at=datetime(2026, 12, 14, 13, 5) if final else None,
            finalised_by=CHAIR if final else None,
            addenda=(AddendumDTO(id=1, text="תיקון: ההדרכה תתקיים בימי שלישי (ולא בימי שני).", author=COORDINATOR,
                                 created_at=datetime(2026, 12, 16, 9, 0)),) if final else ())
    else:
        p = ProtocolDTO(
            id=2, version=3, case_id=2, meeting_id=1, file_id=41,
            background="كريم (9 سنوات) يحتاج إلى متابعة تطورية (علاج نطق)؛ غاب عن المدرسة 4 أيام في تشرين الثاني.",
            professionals_views="المربية: تحسن في القراءة منذ أيلول 2026. العاملة الاجتماعية: العائلة متعاونة.",
            parents_position="الوالدان يوافقان على استمرار الخطة ويطلبان مساعدة في المواصلات.",
            child_position="كريم يحب النادي ويريد البقاء فيه.",
            discussion="تقرر الاستمرار بالخطة في المجتمع لمدة 6 أشهر أخرى.",
            decisions=(DecisionDTO(id=3, kind="community_plan", text="استمرار خطة العلاج في المجتمع.",
                                   items=("نادي علاجي، 5 أيام في الأسبوع", "علاج نطق مرة في الأسبوع")),),
            votes_for=4, votes_against=1, votes_abstained=0,
            dissent="المربية رأت أن هناك حاجة إلى إطار تعليمي خاص (صف صغير).",
            parent_reservation="الأب يتحفظ من عدد ساعات النادي (يفضل 3 أيام).",
            district_right_stated=True,
            tasks=(ProtocolTaskDTO(id=3, title="تنسيق علاج النطق", description="", responsible=WORKER_AR,
                                   due_on=date(2027, 1, 5), task_id=103, done=False),
                   ProtocolTaskDTO(id=4, title="تقرير تقدم من المدرسة", description="",
                                   responsible=UserRef(id=9, username="teacher", full_name="رنا عودة",
                                                       role="family_worker", team_id=1),
                                   due_on=date(2027, 3, 1), task_id=104, done=False)),
            next_review_on=date(2027, 6, 14),
            finalised_at=datetime(2026, 12, 14, 13, 30) if final else None,
            finalised_by=CHAIR if final else None, addenda=())
    return replace(p, **changes) if changes else p


def protocol_form(index: int = HEBREW, *, final: bool = True, logo: bytes | None = None,
                  addressee: ParticipantDTO | None = None, **protocol_changes: Any) -> ProtocolForm:
    c = case(index, protocol_status="final" if final else "draft")
    return ProtocolForm(letterhead=letterhead(logo), meeting=meeting(), case=c,
                        protocol=protocol(index, final=final, **protocol_changes),
                        printed_by=COORDINATOR.full_name, printed_by_role=COORDINATOR.role, printed_at=PRINTED_AT,
                        family_worker_name=(WORKER if index == HEBREW else WORKER_AR).full_name,
                        addressee=addressee)


def invitation_letter(p: ParticipantDTO, c: CaseDTO, **changes: Any) -> InvitationLetter:
    letter = InvitationLetter(participant_id=p.id, language=p.language, addressee_name=p.name,
                              addressee_kind=p.kind, addressee_organisation=p.organisation,
                              addressee_address=p.address, file_number=c.file_number, family_name=c.family_name,
                              child_name=c.child.full_name, reason=c.reason, meeting=meeting())
    return replace(letter, **changes) if changes else letter


def invitation_batch(*, logo: bytes | None = None, copies: int = 1, **letter_changes: Any) -> InvitationBatch:
    """The invitations of both cases (a Hebrew mother, the school counsellor, an Arabic mother, the Arabic
    teacher), ``copies`` times over (a hundred letters for the benchmark)."""
    chosen = [(participants(HEBREW)[0], case(HEBREW)), (participants(HEBREW)[4], case(HEBREW)),
              (participants(ARABIC)[0], case(ARABIC)), (participants(ARABIC)[4], case(ARABIC))]
    letters = tuple(invitation_letter(p, c, **letter_changes) for _ in range(copies) for p, c in chosen)
    return InvitationBatch(letterhead=letterhead(logo), letters=letters, printed_by=COORDINATOR.full_name,
                           printed_by_role=COORDINATOR.role, printed_at=PRINTED_AT)


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.unit.reports.committee_samples OUTDIR``: the committee's forms in Hebrew and Arabic
    with the demo logo, as OUTDIR/committee_*_{he,ar}.pdf (to render with ../shared/tools/pdf-look)."""
    import sys

    from reports.forms import committee_invitation, committee_protocol, decision_letter, summary_letter
    from tests.unit.reports.samples import demo_logo

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    logo = demo_logo()
    batch = invitation_batch(logo=logo)
    he = replace(batch, letters=batch.letters[:1])
    ar = replace(batch, letters=batch.letters[2:3])
    (out / "committee_invitation_he.pdf").write_bytes(committee_invitation.build(he))
    (out / "committee_invitation_ar.pdf").write_bytes(committee_invitation.build(ar))
    (out / "committee_invitation_batch.pdf").write_bytes(committee_invitation.build(batch))
    for lang, index in (("he", HEBREW), ("ar", ARABIC)):
        parents = [x for x in participants(index) if x.kind == "mother"]
        school = [x for x in participants(index) if x.kind in ("school_counsellor", "homeroom_teacher")]
        (out / f"committee_protocol_{lang}.pdf").write_bytes(
            committee_protocol.build(protocol_form(index, logo=logo), lang))
        (out / f"committee_protocol_draft_{lang}.pdf").write_bytes(
            committee_protocol.build(protocol_form(index, final=False, logo=logo), lang))
        (out / f"committee_decision_letter_{lang}.pdf").write_bytes(
            decision_letter.build(protocol_form(index, logo=logo, addressee=parents[0]), lang))
        (out / f"committee_summary_letter_{lang}.pdf").write_bytes(
            summary_letter.build(protocol_form(index, logo=logo, addressee=school[0]), lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

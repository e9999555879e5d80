"""The referral to the foster-care service (הפניה לשירות האומנה), in Hebrew or Arabic: to whom (the foster-care
service), the kind of care asked for, the committee's decision it carries out and the protocol's date (or, in
an emergency, why the child could not wait for the committee and by when the committee must decide); the
child (name, birth date with its Hebrew date, age, ID number, the family's address and file number); the
parents (name, relation, phone, address); why foster care and the child's needs; the contact arrangements
with the parents; what is attached (the committee's protocol and the documents, merged after this form into
one PDF by the client: reports/merge.py); the responsible worker with a signature line.

The foster forms' own words are here (``WORDS``, both languages; the placement summary uses them too); the
words every form shares come from reports.labels."""

from __future__ import annotations

from datetime import date, datetime, time

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from models.calendar import hebrew_date
from models.department.dto import Letterhead
from models.foster.dto import FosterReferralDTO, FosterReferralForm
from models.text import format_phone
from reports.forms.intake_summary import signature
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    BOLD,
    TITLE,
    PageInfo,
    Rendered,
    civil_date,
    fields_table,
    grid_table,
    heading,
    render,
)
from reports.text import RtlParagraph, TextStyle

NAME = "foster_referral"
ALERT = TextStyle(size=10.5, leading=15, bold=True, color=(0.7, 0.05, 0.05))

# the foster forms' words (codes of models.codes: FOSTER_KINDS, FOSTER_STATUSES, FOSTER_END_REASONS,
# FOSTER_REJECT_REASONS, FOSTER_DOCUMENT_KINDS, FOSTER_VISIT_KINDS)
WORDS: dict[str, dict[str, str]] = {
    "he": {
        "foster_referral": "הפניה לשירות האומנה",
        "foster_placement_summary": "סיכום השמה באומנה",
        "to_service": "לכבוד: {service}",
        "referral_details": "פרטי ההפניה",
        "kind": "סוג האומנה",
        "status": "מצב ההפניה",
        "status_on": "מתאריך",
        "referred_on": "תאריך ההפניה",
        "service": "שירות האומנה",
        "decision_heading": "החלטת הוועדה לתכניות טיפול והערכה",
        "decision_kind": "ההחלטה",
        "protocol_held_on": "תאריך הדיון בוועדה",
        "emergency_heading": "הפניית חירום: טרם התקבלה החלטת ועדה",
        "emergency_reason": "סיבת החירום",
        "committee_due_on": "הוועדה תדון עד",
        "child_details": "פרטי הקטין/ה",
        "child": "שם הקטין/ה",
        "age": "גיל",
        "years": "{n} שנים",
        "family_address": "כתובת המשפחה",
        "parents": "ההורים",
        "no_parents": "לא נרשמו הורים בתיק.",
        "reason_heading": "סיבת ההפניה וצורכי הקטין/ה",
        "contact_heading": "הסדרי קשר עם ההורים",
        "attachments_heading": "מצורפים",
        "attached_protocol": "פרוטוקול הוועדה מתאריך {date}",
        "no_attachments": "אין מסמכים מצורפים.",
        "worker_heading": "העובד/ת האחראי/ת",
        "worker_signature": "חתימת העו\"ס",
        "placement_heading": "ההשמה",
        "family_code": "קוד משפחת האומנה",
        "locality": "יישוב",
        "placed_on": "תאריך ההשמה",
        "ended_on": "תאריך הסיום",
        "end_reason": "סיבת הסיום",
        "reject_reason": "סיבת הדחייה",
        "pipeline_heading": "מהלך ההפניה",
        "previous": "מצב קודם",
        "created": "נוצרה",
        "moved_on": "תאריך",
        "move": "שינוי",
        "moved_by": "על ידי",
        "reason": "נימוק",
        "visits_heading": "מפגשים וביקורים",
        "no_visits": "לא נרשמו ביקורים.",
        "visit_kind": "סוג",
        "with_whom": "עם מי",
        "note": "הערה",
        "recorded_by": "נרשם על ידי",
        "annual_review_heading": "דיון שנתי בוועדה",
        "annual_review": "הדיון השנתי בוועדה יתקיים עד {date}.",
        "annual_review_unknown": "מועד הדיון השנתי ייקבע עם ההשמה.",
        "not_placed": "הקטין/ה טרם הושם/ה.",
        "kind_emergency": "אומנת חירום",
        "kind_short_term": "אומנה לטווח קצר",
        "kind_long_term": "אומנה לטווח ארוך",
        "kind_kinship": "אומנת קרובים",
        "status_draft": "טיוטה",
        "status_sent": "נשלחה לשירות",
        "status_assessment": "באבחון השירות",
        "status_proposed": "הוצעה משפחה",
        "status_matched": "נמצאה התאמה",
        "status_placed": "הושם/ה באומנה",
        "status_ended": "ההשמה הסתיימה",
        "status_rejected": "נדחתה",
        "end_returned_home": "חזרה הביתה",
        "end_adoption": "אימוץ",
        "end_moved_placement": "מעבר למסגרת אחרת",
        "end_came_of_age": "בגירות",
        "end_other": "אחר",
        "reject_no_family_found": "לא נמצאה משפחה מתאימה",
        "reject_not_suitable": "אומנה אינה מתאימה לקטין/ה",
        "reject_parents_object": "התנגדות ההורים",
        "reject_other": "אחר",
        "doc_protocol": "פרוטוקול ועדה",
        "doc_assessment": "הערכה או אבחון",
        "doc_medical": "מסמך רפואי",
        "doc_school": "דיווח ממסגרת חינוכית",
        "doc_court": "מסמך בית משפט",
        "doc_other": "מסמך אחר",
        "visit_parents_visit": "מפגש עם ההורים",
        "visit_worker_visit": "ביקור עו\"ס",
        "visit_phone_call": "שיחת טלפון",
        "visit_other": "אחר",
    },
    "ar": {
        "foster_referral": "تحويل إلى خدمة الحضانة",
        "foster_placement_summary": "ملخص الإيداع لدى عائلة حاضنة",
        "to_service": "إلى: {service}",
        "referral_details": "تفاصيل التحويل",
        "kind": "نوع الحضانة",
        "status": "وضع التحويل",
        "status_on": "منذ",
        "referred_on": "تاريخ التحويل",
        "service": "خدمة الحضانة",
        "decision_heading": "قرار لجنة خطط العلاج والتقييم",
        "decision_kind": "القرار",
        "protocol_held_on": "تاريخ النقاش في اللجنة",
        "emergency_heading": "تحويل طارئ: لم يصدر قرار اللجنة بعد",
        "emergency_reason": "سبب الحالة الطارئة",
        "committee_due_on": "تناقش اللجنة الحالة حتى",
        "child_details": "تفاصيل القاصر/ة",
        "child": "اسم القاصر/ة",
        "age": "العمر",
        "years": "{n} سنوات",
        "family_address": "عنوان العائلة",
        "parents": "الوالدان",
        "no_parents": "لم يسجل والدان في الملف.",
        "reason_heading": "سبب التحويل واحتياجات القاصر/ة",
        "contact_heading": "ترتيبات التواصل مع الوالدين",
        "attachments_heading": "المرفقات",
        "attached_protocol": "محضر اللجنة من تاريخ {date}",
        "no_attachments": "لا توجد مستندات مرفقة.",
        "worker_heading": "العامل/ة المسؤول/ة",
        "worker_signature": "توقيع العامل/ة الاجتماعي/ة",
        "placement_heading": "الإيداع",
        "family_code": "رمز العائلة الحاضنة",
        "locality": "البلدة",
        "placed_on": "تاريخ الإيداع",
        "ended_on": "تاريخ الانتهاء",
        "end_reason": "سبب الانتهاء",
        "reject_reason": "سبب الرفض",
        "pipeline_heading": "مسار التحويل",
        "previous": "الوضع السابق",
        "created": "أُنشئ",
        "moved_on": "التاريخ",
        "move": "التغيير",
        "moved_by": "بواسطة",
        "reason": "التعليل",
        "visits_heading": "اللقاءات والزيارات",
        "no_visits": "لم تسجل زيارات.",
        "visit_kind": "النوع",
        "with_whom": "مع من",
        "note": "ملاحظة",
        "recorded_by": "سجّل بواسطة",
        "annual_review_heading": "النقاش السنوي في اللجنة",
        "annual_review": "يعقد النقاش السنوي في اللجنة حتى {date}.",
        "annual_review_unknown": "يحدد موعد النقاش السنوي عند الإيداع.",
        "not_placed": "لم يتم إيداع القاصر/ة بعد.",
        "kind_emergency": "حضانة طارئة",
        "kind_short_term": "حضانة قصيرة الأمد",
        "kind_long_term": "حضانة طويلة الأمد",
        "kind_kinship": "حضانة لدى الأقارب",
        "status_draft": "مسودة",
        "status_sent": "أُرسل إلى الخدمة",
        "status_assessment": "قيد التقييم لدى الخدمة",
        "status_proposed": "اقتُرحت عائلة",
        "status_matched": "تمت المواءمة",
        "status_placed": "تم الإيداع",
        "status_ended": "انتهى الإيداع",
        "status_rejected": "رُفض",
        "end_returned_home": "العودة إلى البيت",
        "end_adoption": "التبني",
        "end_moved_placement": "الانتقال إلى إطار آخر",
        "end_came_of_age": "بلوغ سن الرشد",
        "end_other": "سبب آخر",
        "reject_no_family_found": "لم توجد عائلة ملائمة",
        "reject_not_suitable": "الحضانة غير ملائمة للقاصر/ة",
        "reject_parents_object": "معارضة الوالدين",
        "reject_other": "سبب آخر",
        "doc_protocol": "محضر اللجنة",
        "doc_assessment": "تقييم أو تشخيص",
        "doc_medical": "مستند طبي",
        "doc_school": "تقرير من الإطار التعليمي",
        "doc_court": "مستند من المحكمة",
        "doc_other": "مستند آخر",
        "visit_parents_visit": "لقاء مع الوالدين",
        "visit_worker_visit": "زيارة العامل/ة الاجتماعي/ة",
        "visit_phone_call": "مكالمة هاتفية",
        "visit_other": "آخر",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    text = WORDS[check_lang(lang)].get(key, key)
    return text.format(**values) if values else text


def coded(lang: str, prefix: str, code: str) -> str:
    """A foster code in words ("" for no code; an unknown code as it is)."""
    return word(lang, f"{prefix}_{code}") if code else ""


def dated(d: date | None, lang: str) -> str:
    """dd/mm/yyyy with the Hebrew date, or "" for no date."""
    return f"{civil_date(d)} ({hebrew_date(d, lang)})" if d else ""


def section(title: str) -> list[Flowable]:
    """A heading that never ends a page."""
    return [CondPageBreak(64), *heading(title)]


def referred_on(r: FosterReferralDTO) -> date:
    """The day the referral was made: its first event's (the creation), or its status day."""
    return r.events[0].moved_on if r.events else r.status_on


def foster_page_info(letterhead: Letterhead, lang: str, name: str, file_number: str, printed_on: date,
                     printed_by: str) -> PageInfo:
    return PageInfo(letterhead=letterhead, lang=lang, title=word(lang, name), file_number=file_number,
                    printed_at=datetime.combine(printed_on, time(0)), printed_by=printed_by)


def decision_part(r: FosterReferralDTO, decision_text: str, held_on: date | None, lang: str) -> list[Flowable]:
    """The committee's decision (its kind, text and the hearing's date), or the emergency without one."""
    if r.decision is not None:
        parts = section(word(lang, "decision_heading"))
        parts.append(fields_table([(word(lang, "decision_kind"), label(lang, f"decision_{r.decision.kind}")),
                                   (word(lang, "protocol_held_on"), dated(held_on or r.decision.held_on, lang))],
                                  lang))
        text = (decision_text or r.decision.text).strip()
        if text:
            parts += [Spacer(1, 3), RtlParagraph(text, BODY)]
        return parts
    parts = section(word(lang, "emergency_heading"))
    parts.append(RtlParagraph(f"{word(lang, 'emergency_reason')}: {r.emergency_reason.strip() or label(lang, 'none')}",
                              BODY))
    if r.committee_due_on is not None:
        parts.append(RtlParagraph(f"{word(lang, 'committee_due_on')}: {dated(r.committee_due_on, lang)}", ALERT))
    return parts


def story(data: FosterReferralForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    r, c = data.referral, data.child
    parts: list[Flowable] = [RtlParagraph(f"{word(lang, NAME)}: {c.full_name}", TITLE), Spacer(1, 2),
                             RtlParagraph(word(lang, "to_service", service=r.service_name), BOLD), Spacer(1, 4)]

    parts += section(word(lang, "referral_details"))
    parts.append(fields_table([
        (word(lang, "kind"), coded(lang, "kind", r.kind)),
        (word(lang, "referred_on"), dated(referred_on(r), lang)),
        (word(lang, "service"), r.service_name),
        (word(lang, "status"), f"{coded(lang, 'status', r.status)} ({civil_date(r.status_on)})"),
    ], lang))
    parts += decision_part(r, data.decision_text, data.protocol_held_on, lang)

    parts += section(word(lang, "child_details"))
    age = r.age_years
    parts.append(fields_table([
        (word(lang, "child"), c.full_name),
        (label(lang, "birth_date"), dated(c.birth_date, lang)),
        (word(lang, "age"), "" if age is None else word(lang, "years", n=age)),
        (label(lang, "id_number"), data.child_id_number),
        (label(lang, "file_number"), r.file_number),
        (word(lang, "family_address"), data.address),
    ], lang))

    parts += section(word(lang, "parents"))
    if data.parents:
        rows = [[p.name, label(lang, f"kind_{p.relation}") if p.relation in ("mother", "father", "guardian")
                 else p.relation, format_phone(p.phone) if p.phone.strip() else "", p.address]
                for p in data.parents]
        header = [label(lang, k) for k in ("name", "relation", "phone", "address")]
        parts.append(grid_table(header, rows, (0.30, 0.16, 0.20, 0.34), lang))
    else:
        parts.append(RtlParagraph(word(lang, "no_parents"), BODY))

    parts += section(word(lang, "reason_heading"))
    parts.append(RtlParagraph(r.reason.strip() or label(lang, "none"), BODY))

    parts += section(word(lang, "contact_heading"))
    parts.append(RtlParagraph(r.contact_arrangements.strip() or label(lang, "none"), BODY))

    parts += section(word(lang, "attachments_heading"))
    attached = []
    if r.decision is not None:
        attached.append(word(lang, "attached_protocol", date=civil_date(data.protocol_held_on or r.decision.held_on)))
    attached += [f"{coded(lang, 'doc', d.kind)}: {d.title}" for d in r.documents]
    if attached:
        parts += [RtlParagraph(f"{n}. {text}", BODY) for n, text in enumerate(attached, 1)]
    else:
        parts.append(RtlParagraph(word(lang, "no_attachments"), BODY))

    role = label(lang, f"role_{data.worker_role}") if data.worker_role else ""
    parts.append(KeepTogether([*section(word(lang, "worker_heading")),
                               *signature(data.worker_name, role, lang, word(lang, "worker_signature"))]))
    return parts


def page_info(data: FosterReferralForm, lang: str) -> PageInfo:
    return foster_page_info(data.letterhead, lang, NAME, data.referral.file_number, data.printed_on, data.printed_by)


def render_referral(data: FosterReferralForm, lang: str = "he") -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: FosterReferralForm, lang: str = "he") -> bytes:
    """The referral of ``data.referral`` to its foster-care service as a PDF, in ``lang`` ("he" or "ar")."""
    return render_referral(data, lang).pdf

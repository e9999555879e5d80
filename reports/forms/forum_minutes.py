"""The minutes of a youth-law forum meeting (פרוטוקול פורום חוק הנוער), in Hebrew or Arabic: the meeting (its
date with the weekday and the Hebrew date, whether it was held, the chair, whether the district youth-law
worker attended), the attendees, the meeting's notes; then each report decided at the meeting, numbered:
the child (age) and the file, the report (its kind, urgency and date), a short description, and the
forum's decision (the intervention, the worker in charge, the due date, the note); a summary table of the
decisions; the chair's signature line.

The page carries the department's letterhead and the print date, civil and Hebrew (reports.template). The
forum's own words are here (``WORDS``); the words every form shares come from reports.labels."""

from __future__ import annotations

from datetime import datetime, time

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from models.forum.dto import ForumMinutesForm, ForumMinutesItem
from reports.forms.committee_parts import bullets, day_and_date
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

NAME = "forum_minutes"
DESCRIPTION_MAX = 600
SUMMARY_KEPT = 15  # a summary of up to this many decisions stays on one page with the signature line  # the minutes carry a short description: the report itself is in the file
ITEM_TITLE = TextStyle(size=11, leading=16, bold=True)
PLANNED = TextStyle(size=10.5, leading=15, bold=True, color=(0.75, 0.1, 0.1))

WORDS: dict[str, dict[str, str]] = {
    "he": {
        "forum_minutes": "פרוטוקול פורום חוק הנוער",
        "meeting_details": "פרטי הישיבה",
        "meeting_date": "תאריך הישיבה",
        "status": "מצב הישיבה",
        "status_planned": "מתוכננת",
        "status_held": "התקיימה",
        "planned_banner": "הישיבה טרם סומנה כמתקיימת: פרוטוקול זה עשוי להשתנות.",
        "chair": "יו\"ר הפורום",
        "district": "עו\"ס חוק הנוער המחוזי/ת",
        "district_yes": "השתתף/ה (ישיבה חודשית)",
        "district_no": "לא השתתף/ה",
        "attendees": "המשתתפים",
        "notes": "הערות הישיבה",
        "items": "הדיווחים שנדונו והחלטות הפורום",
        "no_items": "לא התקבלו החלטות בישיבה זו.",
        "item_title": "{n}. {child}",
        "age_years": "בן/בת {age}",
        "age_unknown": "גיל לא ידוע",
        "file_number": "מס' תיק",
        "report_kind": "סוג הדיווח",
        "urgency": "דחיפות",
        "reported_on": "תאריך הדיווח",
        "description": "תיאור הדיווח",
        "decision": "החלטת הפורום",
        "intervention": "ההתערבות",
        "responsible": "באחריות",
        "due_on": "תאריך יעד",
        "note": "הערה להחלטה",
        "not_set": "לא נקבע",
        "summary": "סיכום ההחלטות",
        "child": "הקטין/ה",
        "chair_signature": "חתימת יו\"ר הפורום",
        "items_count": "מספר הדיווחים שנדונו: {n}",
        "kind_physical_abuse": "התעללות גופנית",
        "kind_sexual_abuse": "פגיעה מינית",
        "kind_emotional_abuse": "התעללות רגשית",
        "kind_neglect": "הזנחה",
        "kind_domestic_violence": "אלימות במשפחה",
        "kind_runaway": "בריחה מהבית",
        "kind_parent_unable": "הורה שאינו מסוגל לתפקד",
        "kind_other": "אחר",
        "intervention_assessment_visit": "ביקור בית להערכת המצב",
        "intervention_treatment_plan_committee": "הפניה לוועדה לתכניות טיפול והערכה",
        "intervention_police_report": "דיווח למשטרה",
        "intervention_emergency_removal": "הוצאה דחופה מהבית",
        "intervention_community_services": "שירותים בקהילה",
        "intervention_monitoring": "מעקב",
        "intervention_no_further_action": "אין צורך בהתערבות נוספת",
        "intervention_other": "אחר",
    },
    "ar": {
        "forum_minutes": "محضر منتدى قانون الشبيبة",
        "meeting_details": "تفاصيل الجلسة",
        "meeting_date": "تاريخ الجلسة",
        "status": "حالة الجلسة",
        "status_planned": "مخطط لها",
        "status_held": "انعقدت",
        "planned_banner": "لم تُسجَّل الجلسة بعد كمنعقدة: قد يتغير هذا المحضر.",
        "chair": "رئيس/ة المنتدى",
        "district": "العامل/ة الاجتماعي/ة اللوائي/ة لقانون الشبيبة",
        "district_yes": "شارك/ت (جلسة شهرية)",
        "district_no": "لم يشارك/تشارك",
        "attendees": "المشاركون",
        "notes": "ملاحظات الجلسة",
        "items": "البلاغات التي نوقشت وقرارات المنتدى",
        "no_items": "لم تُتخذ قرارات في هذه الجلسة.",
        "item_title": "{n}. {child}",
        "age_years": "العمر {age}",
        "age_unknown": "العمر غير معروف",
        "file_number": "رقم الملف",
        "report_kind": "نوع البلاغ",
        "urgency": "درجة الاستعجال",
        "reported_on": "تاريخ البلاغ",
        "description": "وصف البلاغ",
        "decision": "قرار المنتدى",
        "intervention": "التدخل",
        "responsible": "المسؤول/ة",
        "due_on": "الموعد النهائي",
        "note": "ملاحظة على القرار",
        "not_set": "لم يُحدَّد",
        "summary": "ملخص القرارات",
        "child": "القاصر/ة",
        "chair_signature": "توقيع رئيس/ة المنتدى",
        "items_count": "عدد البلاغات التي نوقشت: {n}",
        "kind_physical_abuse": "إساءة جسدية",
        "kind_sexual_abuse": "اعتداء جنسي",
        "kind_emotional_abuse": "إساءة عاطفية",
        "kind_neglect": "إهمال",
        "kind_domestic_violence": "عنف في العائلة",
        "kind_runaway": "هروب من البيت",
        "kind_parent_unable": "والد/ة غير قادر/ة على القيام بدوره/ا",
        "kind_other": "أخرى",
        "intervention_assessment_visit": "زيارة بيتية لتقييم الوضع",
        "intervention_treatment_plan_committee": "إحالة إلى لجنة خطط العلاج والتقييم",
        "intervention_police_report": "بلاغ للشرطة",
        "intervention_emergency_removal": "إخراج طارئ من البيت",
        "intervention_community_services": "خدمات في المجتمع",
        "intervention_monitoring": "متابعة",
        "intervention_no_further_action": "لا حاجة لتدخل إضافي",
        "intervention_other": "أخرى",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    """The forum's word for ``key`` in ``lang`` (the code itself when there is none)."""
    text = WORDS[check_lang(lang)].get(key, key)
    return text.format(**values) if values else text


def coded(lang: str, prefix: str, code: str) -> str:
    """A code in words: the forum's (report kinds, interventions, statuses) or the shared ones (urgencies)."""
    key = f"{prefix}_{code}"
    if key in WORDS[check_lang(lang)]:
        return word(lang, key)
    return label(lang, key) if code else ""


def age_text(age: int | None, lang: str) -> str:
    return word(lang, "age_unknown") if age is None else word(lang, "age_years", age=age)


def short(text: str, limit: int = DESCRIPTION_MAX) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def item_story(n: int, item: ForumMinutesItem, lang: str) -> list[Flowable]:
    """One decided report: its title line, the report's fields, the description, the decision's fields."""
    title = word(lang, "item_title", n=n, child=item.child_name)
    title += f" ({age_text(item.age_years, lang)}){label(lang, 'comma')}{word(lang, 'file_number')} {item.file_number}"
    report = fields_table([(word(lang, "report_kind"), coded(lang, "kind", item.kind)),
                           (word(lang, "urgency"), coded(lang, "urgency", item.urgency)),
                           (word(lang, "reported_on"), civil_date(item.reported_on))], lang)
    decision = fields_table([(word(lang, "intervention"), coded(lang, "intervention", item.intervention)),
                             (word(lang, "responsible"), item.responsible_name or word(lang, "not_set")),
                             (word(lang, "due_on"), civil_date(item.due_on) if item.due_on else word(lang, "not_set"))],
                            lang)
    head: list[Flowable] = [Spacer(1, 8), RtlParagraph(title, ITEM_TITLE), report,
                            RtlParagraph(f"{word(lang, 'description')}:", BOLD)]
    parts: list[Flowable] = [CondPageBreak(120), KeepTogether(head)]
    parts.append(RtlParagraph(short(item.description) or label(lang, "none"), BODY))
    parts += [Spacer(1, 3), KeepTogether([RtlParagraph(f"{word(lang, 'decision')}:", BOLD), decision])]
    if item.note.strip():
        parts += [RtlParagraph(f"{word(lang, 'note')}:", BOLD), RtlParagraph(item.note.strip(), BODY)]
    return parts


def summary_table(items: tuple[ForumMinutesItem, ...], lang: str) -> Flowable:
    header = [word(lang, k) for k in ("child", "file_number", "intervention", "responsible", "due_on")]
    rows = [[item.child_name, item.file_number, coded(lang, "intervention", item.intervention),
             item.responsible_name or word(lang, "not_set"),
             civil_date(item.due_on) if item.due_on else word(lang, "not_set")] for item in items]
    return grid_table(header, rows, (0.24, 0.14, 0.28, 0.20, 0.14), lang)


def story(data: ForumMinutesForm, lang: str) -> list[Flowable]:
    check_lang(lang)
    m = data.meeting
    parts: list[Flowable] = [RtlParagraph(word(lang, NAME), TITLE)]
    if m.status != "held":
        parts.append(RtlParagraph(word(lang, "planned_banner"), PLANNED))
    parts.append(Spacer(1, 4))

    parts += heading(word(lang, "meeting_details"))
    parts.append(fields_table([(word(lang, "meeting_date"), day_and_date(m.held_on, lang)),
                               (word(lang, "status"), coded(lang, "status", m.status)),
                               (word(lang, "chair"), data.chair_name),
                               (word(lang, "district"), word(lang, "district_yes" if m.monthly_district
                                                             else "district_no"))], lang))
    parts += heading(word(lang, "attendees"))
    names = [a.strip() for a in m.attendees if a.strip()]
    parts += bullets(names) if names else [RtlParagraph(label(lang, "none"), BODY)]
    if m.notes.strip():
        parts += heading(word(lang, "notes"))
        parts.append(RtlParagraph(m.notes.strip(), BODY))

    parts += heading(word(lang, "items"))
    if not data.items:
        parts.append(RtlParagraph(word(lang, "no_items"), BODY))
    else:
        parts.append(RtlParagraph(word(lang, "items_count", n=len(data.items)), BODY))
        for n, item in enumerate(data.items, 1):
            parts += item_story(n, item, lang)
    sign = signature(data.chair_name, word(lang, "chair"), lang, word(lang, "chair_signature"))
    if not data.items:
        return parts + sign
    summary = [*heading(word(lang, "summary")), summary_table(data.items, lang), *sign]
    # the signature never alone on a page: with the summary (a long one runs over the pages, then signed)
    if len(data.items) <= SUMMARY_KEPT:
        return [*parts, KeepTogether(summary)]
    return [*parts, CondPageBreak(100), *summary]


def page_info(data: ForumMinutesForm, lang: str) -> PageInfo:
    """No file number in the header (the minutes are of many files: each item names its own)."""
    return PageInfo(letterhead=data.letterhead, lang=lang, title=word(lang, NAME), file_number="",
                    printed_at=datetime.combine(data.printed_on, time(12, 0)))


def render_minutes(data: ForumMinutesForm, lang: str) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: ForumMinutesForm, lang: str) -> bytes:
    """The minutes of ``data.meeting`` as a PDF, in ``lang`` ("he" or "ar")."""
    return render_minutes(data, lang).pdf

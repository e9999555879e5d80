"""The words printed on the forms, in the document's language (Hebrew or Arabic). Qt-free: the forms are built
outside the client too (``maane print``), so these are plain dictionaries, not Qt translations."""

from __future__ import annotations

LANGS = ("he", "ar")

LABELS: dict[str, dict[str, str]] = {
    "he": {
        "family_summary": "סיכום תיק משפחה",
        "file_number": "מס' תיק",
        "printed_on": "הודפס בתאריך",
        "printed_by": "הודפס על ידי",
        "page_of": "עמוד {page} מתוך {pages}",
        "confidential": "חסוי: מידע אישי על מקבלי שירות. אין להעביר לגורם שאינו מוסמך לכך על פי דין.",
        "file_details": "פרטי התיק",
        "family_name": "שם המשפחה",
        "address": "כתובת",
        "locality": "יישוב",
        "neighbourhood": "שכונה",
        "worker": "עובד/ת סוציאלי/ת",
        "team": "צוות",
        "status": "מצב התיק",
        "status_open": "פתוח",
        "status_closed": "סגור",
        "opened_on": "נפתח בתאריך",
        "closed_on": "נסגר בתאריך",
        "restricted": "תיק בגישה מוגבלת",
        "members": "בני המשפחה",
        "name": "שם",
        "relation": "קרבה",
        "id_number": "מספר זהות",
        "birth_date": "תאריך לידה",
        "phones": "טלפונים",
        "relation_parent": "הורה",
        "relation_child": "ילד/ה",
        "relation_other": "אחר",
        "passport": "דרכון",
        "open_tasks": "משימות פתוחות",
        "task": "משימה",
        "due_date": "תאריך יעד",
        "assignee": "באחריות",
        "notes": "רשומות חתומות",
        "signed_at": "נחתם",
        "none": "אין",
        "note_home_visit": "ביקור בית",
        "note_office_meeting": "פגישה במשרד",
        "note_phone_call": "שיחת טלפון",
        "note_service_contact": "קשר עם גורם מקצועי",
        "note_other": "אחר",
    },
    "ar": {
        "family_summary": "ملخص ملف العائلة",
        "file_number": "رقم الملف",
        "printed_on": "طبع بتاريخ",
        "printed_by": "طبع بواسطة",
        "page_of": "صفحة {page} من {pages}",
        "confidential": "سري: معلومات شخصية عن متلقي الخدمة. يمنع نقلها إلى جهة غير مخولة بذلك قانونا.",
        "file_details": "تفاصيل الملف",
        "family_name": "اسم العائلة",
        "address": "العنوان",
        "locality": "البلدة",
        "neighbourhood": "الحي",
        "worker": "العامل/ة الاجتماعي/ة",
        "team": "الطاقم",
        "status": "حالة الملف",
        "status_open": "مفتوح",
        "status_closed": "مغلق",
        "opened_on": "تاريخ الفتح",
        "closed_on": "تاريخ الإغلاق",
        "restricted": "ملف ذو وصول مقيد",
        "members": "أفراد العائلة",
        "name": "الاسم",
        "relation": "صلة القرابة",
        "id_number": "رقم الهوية",
        "birth_date": "تاريخ الميلاد",
        "phones": "الهواتف",
        "relation_parent": "والد/ة",
        "relation_child": "ابن/ة",
        "relation_other": "آخر",
        "passport": "جواز سفر",
        "open_tasks": "مهام مفتوحة",
        "task": "المهمة",
        "due_date": "الموعد النهائي",
        "assignee": "المسؤول/ة",
        "notes": "ملاحظات موقعة",
        "signed_at": "وقعت",
        "none": "لا يوجد",
        "note_home_visit": "زيارة منزلية",
        "note_office_meeting": "لقاء في المكتب",
        "note_phone_call": "مكالمة هاتفية",
        "note_service_contact": "تواصل مع جهة مهنية",
        "note_other": "أخرى",
    },
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"form language must be one of {LANGS}, not {lang!r}")
    return lang


def label(lang: str, key: str, **values: object) -> str:
    text = LABELS[check_lang(lang)].get(key, key)
    return text.format(**values) if values else text

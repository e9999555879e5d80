"""The day-care approval letter to the parents (אישור השמה במעון יום), in the family's language (Hebrew or
Arabic): to the parents at the family's address; the child (name, birth date, ID number, age in months on 1
September), the school year, the ground in general words only (a letter to parents never carries the abuse
or neglect details, the medical source or the worker's opinion), the committee that decided, the day-care
centre and the start date once placed, the parents' monthly share and how it was computed, step by step as a
table (the household's income, its size, the income per person, the income-level table in force, the bracket,
the level, the share), whom to ask, and the worker's name, role and signature.

The page header (reports.template) prints the letterhead, the file number and the print date, civil and
Hebrew. The words are this form's own (``WORDS``, Hebrew and Arabic); the shared ones (greeting, closing,
roles, "to") come from reports.labels."""

from __future__ import annotations

from datetime import date, datetime, time

from pyluach.dates import HebrewDate
from reportlab.platypus import Flowable, KeepTogether, Spacer

from models.clubs.rules import format_money
from models.daycare.dto import ApprovalLetterForm, ShareCalculation
from reports.forms.committee_parts import addressee_lines
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    BOLD,
    HEADING,
    SMALL,
    Cell,
    PageInfo,
    Rendered,
    civil_date,
    fields_table,
    grid_table,
    heading,
    render,
)
from reports.text import RtlParagraph

NAME = "daycare_approval"

# the steps of the calculation, in their order (models.daycare.dto.ShareStep.label)
STEPS = ("household_income", "household_size", "per_person", "table", "bracket", "level", "share")

WORDS: dict[str, dict[str, str]] = {
    "he": {
        "title": "אישור השמה במעון יום",
        "subject": "אישור מעון יום עבור {child}, שנת הלימודים {year}",
        "intro": "הננו שמחים להודיעכם כי אושרה השמתו/ה של {child} במעון יום במסגרת התכנית לפעוטות בסיכון, "
                 "לשנת הלימודים {year}.",
        "child_heading": "פרטי הילד/ה",
        "child": "שם הילד/ה",
        "age": "גיל ב-1 בספטמבר",
        "school_year": "שנת הלימודים",
        "ground_heading": "ההחלטה וההשמה",
        "ground": "עילת הזכאות",
        "ground_abuse_neglect": "פעוט/ה בסיכון, על פי חוות דעת מקצועית ומידע רפואי",
        "ground_parent_unable": "קושי בתפקוד ההורי",
        "ground_developmental_delay": "עיכוב התפתחותי שאושר על ידי גורם מקצועי",
        "committee": "הוועדה שהחליטה",
        "committee_treatment_plan": "ועדת תכנון טיפול והערכה",
        "committee_toddlers_at_risk": "ועדת פעוטות בסיכון",
        "committee_on": "תאריך הוועדה",
        "reference": "אסמכתה",
        "centre": "המעון",
        "start_on": "תאריך תחילת השהות במעון",
        "not_placed": "שם המעון ומועד תחילת השהות בו יימסרו לכם בהמשך.",
        "share_heading": "השתתפות ההורים",
        "share_sentence": "השתתפותכם החודשית בעלות המעון: {amount}",
        "calculation_heading": "אופן החישוב",
        "calculation_intro": "ההשתתפות נקבעת לפי ההכנסה החודשית לנפש במשק הבית, על פי טבלת דרגות ההכנסה של "
                             "המחלקה שבתוקף:",
        "step_no": "שלב",
        "step": "פירוט",
        "value": "ערך",
        "step_household_income": "ההכנסה החודשית הכוללת של משק הבית",
        "step_household_size": "מספר הנפשות במשק הבית",
        "step_per_person": "ההכנסה החודשית לנפש (ההכנסה הכוללת חלקי מספר הנפשות)",
        "step_table": "טבלת דרגות ההכנסה בתוקף מיום",
        "step_bracket": "טווח ההכנסה לנפש של הדרגה",
        "step_level": "הדרגה",
        "step_share": "השתתפות ההורים החודשית",
        "bracket_from": "{low} ומעלה",
        "bracket_between": "{low} עד {high}",
        "changes": "אם חל שינוי בהכנסות המשפחה או במספר הנפשות, אנא הודיעו לנו: ההשתתפות תחושב מחדש.",
        "contact_phone": "לשאלות ולבירורים ניתן לפנות אל {name}, בטלפון {phone}.",
        "contact_no_phone": "לשאלות ולבירורים ניתן לפנות אל {name}.",
        "signature": "חתימת העובד/ת הסוציאלי/ת",
    },
    "ar": {
        "title": "موافقة على الإلحاق بمعون يوم",
        "subject": "الموافقة على معون يوم للطفل/ة {child}، السنة الدراسية {year}",
        "intro": "يسرّنا إعلامكم بأنه تمّت الموافقة على إلحاق {child} بمعون يوم في إطار برنامج الأطفال الصغار "
                 "المعرّضين للخطر، للسنة الدراسية {year}.",
        "child_heading": "تفاصيل الطفل/ة",
        "child": "اسم الطفل/ة",
        "age": "العمر في 1 أيلول",
        "school_year": "السنة الدراسية",
        "ground_heading": "القرار والإلحاق",
        "ground": "أساس الاستحقاق",
        "ground_abuse_neglect": "طفل/ة معرّض/ة للخطر، وفق رأي مهني ومعلومات طبية",
        "ground_parent_unable": "صعوبة في الأداء الوالدي",
        "ground_developmental_delay": "تأخّر نمائي أكّده مختص",
        "committee": "اللجنة التي قرّرت",
        "committee_treatment_plan": "لجنة التخطيط والعلاج والتقييم",
        "committee_toddlers_at_risk": "لجنة الأطفال الصغار المعرّضين للخطر",
        "committee_on": "تاريخ اللجنة",
        "reference": "رقم المرجع",
        "centre": "المعون",
        "start_on": "تاريخ بدء الالتحاق بالمعون",
        "not_placed": "سنُبلغكم لاحقًا باسم المعون وموعد بدء الالتحاق به.",
        "share_heading": "مساهمة الأهل",
        "share_sentence": "مساهمتكم الشهرية في تكلفة المعون: {amount}",
        "calculation_heading": "طريقة الحساب",
        "calculation_intro": "تُحدَّد المساهمة وفق الدخل الشهري للفرد في الأسرة، بحسب جدول درجات الدخل "
                             "الساري في القسم:",
        "step_no": "المرحلة",
        "step": "البيان",
        "value": "القيمة",
        "step_household_income": "الدخل الشهري الإجمالي للأسرة",
        "step_household_size": "عدد أفراد الأسرة",
        "step_per_person": "الدخل الشهري للفرد (الدخل الإجمالي مقسومًا على عدد الأفراد)",
        "step_table": "جدول درجات الدخل الساري منذ",
        "step_bracket": "نطاق الدخل للفرد في الدرجة",
        "step_level": "الدرجة",
        "step_share": "مساهمة الأهل الشهرية",
        "bracket_from": "{low} فما فوق",
        "bracket_between": "من {low} حتى {high}",
        "changes": "إذا طرأ تغيير على دخل الأسرة أو على عدد أفرادها، يرجى إبلاغنا: ستُحسب المساهمة من جديد.",
        "contact_phone": "للاستفسار يمكن التوجّه إلى {name}، هاتف {phone}.",
        "contact_no_phone": "للاستفسار يمكن التوجّه إلى {name}.",
        "signature": "توقيع العامل/ة الاجتماعي/ة",
    },
}


def months_text(lang: str, n: int) -> str:
    """An age in months with the number's own form of the word: Hebrew "חודש אחד", "חודשיים", "5 חודשים";
    Arabic "شهر واحد", "شهران", "3 أشهر" (3-10), "11 شهرًا" (11-99)."""
    if lang == "ar":
        if n == 1:
            return "شهر واحد"
        if n == 2:
            return "شهران"
        if 3 <= n % 100 <= 10:
            return f"{n} أشهر"
        if 11 <= n % 100 <= 99:
            return f"{n} شهرًا"
        return f"{n} شهر"
    if n == 1:
        return "חודש אחד"
    if n == 2:
        return "חודשיים"
    return f"{n} חודשים"


def word(lang: str, key: str, **values: object) -> str:
    text = WORDS[check_lang(lang)].get(key, key)
    return text.format(**values) if values else text


def _lang(data: ApprovalLetterForm, lang: str | None) -> str:
    return check_lang(lang or (data.language if data.language in ("he", "ar") else "he"))


def money(agorot: int) -> str:
    return format_money(agorot)


def school_year_text(year: int, lang: str) -> str:
    """"2026-2027 (תשפ״ז)" in Hebrew: the civil years and the Hebrew year most of it is in; "2026-2027" in
    Arabic."""
    civil = f"{year}-{year + 1}"  # a hyphen: "2026-2027" stays one left-to-right run in a right-to-left line
    if lang != "he":
        return civil
    return f"{civil} ({HebrewDate.from_pydate(date(year + 1, 1, 1)).hebrew_year()})"


def bracket_text(calc: ShareCalculation, lang: str) -> str:
    if calc.bracket_to is None:
        return word(lang, "bracket_from", low=money(calc.bracket_from))
    return word(lang, "bracket_between", low=money(calc.bracket_from), high=money(calc.bracket_to))


def step_value(calc: ShareCalculation, step: str, lang: str, shown: str = "") -> str:
    """A step's value written in the letter's language from the calculation's numbers (the service's display
    text ``shown`` for a step this form does not know)."""
    values = {
        "household_income": lambda: money(calc.monthly_income),
        "household_size": lambda: str(calc.household_size),
        "per_person": lambda: money(calc.per_person),
        "table": lambda: civil_date(calc.table_valid_from),
        "bracket": lambda: bracket_text(calc, lang),
        "level": lambda: str(calc.level),
        "share": lambda: money(calc.parent_share),
    }
    return values[step]() if step in values else shown


def calculation_rows(calc: ShareCalculation, lang: str) -> list[tuple[str, str]]:
    """(what, value) per step, in the calculation's order; the stored steps decide which and in what order,
    the seven steps when none were stored."""
    steps = [(s.label, s.value) for s in calc.steps] or [(s, "") for s in STEPS]
    return [(word(lang, f"step_{key}") if f"step_{key}" in WORDS[lang] else key, step_value(calc, key, lang, shown))
            for key, shown in steps]


def calculation_table(calc: ShareCalculation, lang: str) -> Flowable:
    found = calculation_rows(calc, lang)
    rows: list[list[Cell]] = []
    for n, (what, value) in enumerate(found, start=1):
        style = BOLD if n == len(found) else BODY  # the last step, the share, in bold
        rows.append([(str(n), style), (what, style), (value, style)])
    header = [word(lang, "step_no"), word(lang, "step"), word(lang, "value")]
    return grid_table(header, rows, (0.1, 0.58, 0.32), lang)


def story(data: ApprovalLetterForm, lang: str | None = None) -> list[Flowable]:
    lang = _lang(data, lang)
    c, calc = data.case, data.case.calculation
    child = data.child.name or c.child.full_name
    year = school_year_text(c.school_year, lang)
    department = data.letterhead.for_language(lang).department
    names = label(lang, "comma").join(n for n in data.parents if n.strip()) or label(lang, "the_parents")
    parts: list[Flowable] = addressee_lines(names, "", "", data.address, lang)
    parts += [Spacer(1, 8),
              RtlParagraph(f"{label(lang, 'subject')}: {word(lang, 'subject', child=child, year=year)}", HEADING),
              Spacer(1, 6),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(word(lang, "intro", child=child, year=year), BODY)]

    parts += heading(word(lang, "child_heading"))
    parts.append(fields_table([
        (word(lang, "child"), child),
        (label(lang, "birth_date"), civil_date(data.child.birth_date) if data.child.birth_date else ""),
        (label(lang, "id_number"), data.child.id_number),
        (word(lang, "age"), months_text(lang, c.age_months)),
        (word(lang, "school_year"), year),
    ], lang))

    parts += heading(word(lang, "ground_heading"))
    decided: list[tuple[str, str]] = [(word(lang, "ground"), word(lang, f"ground_{c.ground}")),
                                      (word(lang, "committee"), word(lang, f"committee_{c.committee}"))]
    held = c.protocol_held_on if c.committee == "treatment_plan" else c.committee_on
    if held is not None:
        decided.append((word(lang, "committee_on"), civil_date(held)))
    if c.committee == "toddlers_at_risk" and c.committee_reference.strip():
        decided.append((word(lang, "reference"), c.committee_reference.strip()))
    placed = bool(c.centre_name.strip()) and c.start_on is not None
    parts.append(fields_table(decided, lang))
    if placed:
        assert c.start_on is not None
        parts.append(fields_table([(word(lang, "centre"), c.centre_name.strip()),
                                   (word(lang, "start_on"), civil_date(c.start_on))], lang))
    else:
        parts.append(RtlParagraph(word(lang, "not_placed"), BODY))

    parts += heading(word(lang, "share_heading"))
    parts += [RtlParagraph(word(lang, "share_sentence", amount=money(calc.parent_share)), BOLD),
              RtlParagraph(f"{word(lang, 'calculation_heading')}: {word(lang, 'calculation_intro')}", BODY),
              Spacer(1, 3), calculation_table(calc, lang), Spacer(1, 6)]

    phone = data.letterhead.phone.strip()
    contact = (word(lang, "contact_phone", name=data.worker_name, phone=phone) if phone
               else word(lang, "contact_no_phone", name=data.worker_name))
    parts.append(RtlParagraph(f"{word(lang, 'changes')} {contact}", BODY))
    role = label(lang, f"role_{data.worker_role}") if data.worker_role else ""
    # the closing and the signature stay together (never a signature alone on a page)
    parts.append(KeepTogether([
        Spacer(1, 8), RtlParagraph(label(lang, "closing"), BODY), Spacer(1, 16),
        RtlParagraph(f"{word(lang, 'signature')}: {'_' * 28}        {label(lang, 'date')}: {'_' * 14}", BODY),
        RtlParagraph(f"{data.worker_name}{label(lang, 'comma')}{role}" if role else data.worker_name, BOLD),
        RtlParagraph(department, SMALL)]))
    return parts


def page_info(data: ApprovalLetterForm, lang: str | None = None) -> PageInfo:
    lang = _lang(data, lang)
    return PageInfo(letterhead=data.letterhead, lang=lang, title=word(lang, "title"),
                    file_number=data.case.file_number, printed_at=datetime.combine(data.printed_on, time(0)))


def render_letter(data: ApprovalLetterForm, lang: str | None = None) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo). ``lang``: None prints in the family's
    language (``data.language``)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: ApprovalLetterForm, lang: str | None = None) -> bytes:
    """The approval letter of ``data.case`` to the child's parents as a PDF."""
    return render_letter(data, lang).pdf

"""Invented club data for the clubs' forms (the registration form, the monthly attendance sheet, the fee
notice, the transport list): the club "מועדונית הגפן" in the fictional town of the intake samples, a
Hebrew-speaking family (the child Noa, file 2026/0463) and an Arabic-speaking one (the child Karim, file
2026/0471), December 2026 (23 club days, Hanukkah's weekdays 6-10/12 day-camp days). All names, phones and
ID numbers are invented.

``python -m tests.unit.reports.club_samples OUTDIR`` writes each form in Hebrew and Arabic as
OUTDIR/club_*_{he,ar}.pdf (to render with ../shared/tools/pdf-look)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from models.clubs.dto import (
    AttendanceSheet,
    CalendarDay,
    ChargeDTO,
    ClubDTO,
    CollectorDTO,
    EnrolmentDTO,
    FeeNotice,
    ParentContact,
    PaymentDTO,
    RegistrationForm,
    RouteDTO,
    SheetRow,
    TransportChild,
    TransportList,
    TransportRoute,
)
from tests.unit.reports.intake_samples import letterhead

PRINTED_ON = date(2026, 12, 17)
MONTH = date(2026, 12, 1)
HEBREW, ARABIC = 0, 1
SUPERVISOR = "שירה לביא"
CAMP = (date(2026, 12, 6), date(2026, 12, 10))  # Hanukkah 5787's weekdays: day camp

ROUTES = (RouteDTO(id=1, club_id=1, name="קו צפון", stops="בית הספר \"נופים\"; בית הספר \"הגפן\"; רח' התאנה",
                   driver="אבי מזרחי, 050-5550101", active=True),
          RouteDTO(id=2, club_id=1, name="קו מזרח (שכונת הזיתים)", stops="مدرسة الزيتون الابتدائية; שכונת הזיתים",
                   driver="סאמר עלי, 052-5550202", active=True))


def club(**changes: Any) -> ClubDTO:
    c = ClubDTO(id=1, version=2, name="מועדונית הגפן", address="רח' הגפן 20, עין הבשור", phone="08-6200345",
                capacity=15, min_age=3, max_age=12, hours="א'-ה' 12:00-18:00; קייטנה 08:00-13:00",
                guide_name="מורן אשכנזי", house_mother_name="ג'מילה עאבד", supervisor_id=4,
                supervisor_name=SUPERVISOR, monthly_fee_agorot=13_000, active=True, routes=ROUTES, enrolled=14,
                waiting=3)
    return replace(c, **changes) if changes else c


def enrolment(index: int = HEBREW, **changes: Any) -> EnrolmentDTO:
    if index == HEBREW:
        e = EnrolmentDTO(
            id=11, version=1, club_id=1, club_name="מועדונית הגפן", file_id=40, file_number="2026/0463", person_id=23,
            child_name="נועה אלון", birth_date=date(2017, 3, 9), request_id=5, starts_on=date(2026, 12, 1),
            ends_on=date(2027, 7, 31),
            goals="חיזוק הקריאה (תגבור 3 פעמים בשבוע); קשר חברתי עם בני גילה; ארוחה חמה קבועה.",
            diet="צמחונית; ללא גלוטן (צליאק, אבחון 2024)", allergies="בוטנים ואגוזים (EpiPen בתיק)",
            school="בית הספר היסודי \"נופים\"", route_id=1, route_name="קו צפון",
            dropoff_address="רח' הגפן 14, עין הבשור", consent_signed=True, consent_on=date(2026, 11, 30),
            collectors=(CollectorDTO(id=1, name="עדי אלון", relation="אם", phone="0525550134", id_number="000000018"),
                        CollectorDTO(id=2, name="רחל אלון", relation="סבתא", phone="050-5550188",
                                     id_number="000000026")),
            age_override_reason="", left_on=None, leave_reason="", leave_note="")
    else:
        e = EnrolmentDTO(
            id=12, version=1, club_id=1, club_name="מועדונית הגפן", file_id=41, file_number="2026/0471", person_id=43,
            child_name="كريم منصور", birth_date=date(2017, 6, 2), request_id=6, starts_on=date(2026, 12, 8),
            ends_on=None, goals="متابعة تطورية (علاج نطق مرة في الأسبوع)؛ مساعدة في الوظائف البيتية.",
            diet="طعام حلال", allergies="", school="مدرسة الزيتون الابتدائية", route_id=2,
            route_name="קו מזרח (שכונת הזיתים)", dropoff_address="حي الزيتون 8، عين هبسور", consent_signed=False,
            consent_on=None,
            collectors=(CollectorDTO(id=3, name="هبة منصور", relation="الأم", phone="050-5550142", id_number=""),
                        CollectorDTO(id=4, name="سليم منصور", relation="الأب", phone="054-5550199",
                                     id_number="000000034"),
                        CollectorDTO(id=5, name="ليلى حداد", relation="الجدة", phone="04-6200777",
                                     id_number="000000042")),
            age_override_reason="", left_on=None, leave_reason="", leave_note="")
    return replace(e, **changes) if changes else e


def parents(index: int = HEBREW) -> tuple[ParentContact, ...]:
    if index == HEBREW:
        return (ParentContact(name="עדי אלון", relation="mother", phones=("0525550134",)),
                ParentContact(name="רועי אלון", relation="father", phones=("050-5550177", "08-6200999")))
    return (ParentContact(name="هبة منصور", relation="mother", phones=("050-5550142",)),
            ParentContact(name="سليم منصور", relation="father", phones=("054-5550199",)))


def registration_form(index: int = HEBREW, *, logo: bytes | None = None, club_changes: dict[str, Any] | None = None,
                      **enrolment_changes: Any) -> RegistrationForm:
    return RegistrationForm(
        letterhead=letterhead(logo), language="he" if index == HEBREW else "ar", club=club(**(club_changes or {})),
        enrolment=enrolment(index, **enrolment_changes),
        file_number="2026/0463" if index == HEBREW else "2026/0471",
        address="רח' הגפן 14, עין הבשור" if index == HEBREW else "حي الزيتون 8، عين هبسور",
        parents=parents(index), printed_on=PRINTED_ON, printed_by=SUPERVISOR)


# ---- the attendance sheet ----------------------------------------------------------------------------------------
def club_days(month: date = MONTH) -> tuple[CalendarDay, ...]:
    """The month's Sunday-to-Thursday days (December 2026: 23), Hanukkah's weekdays as camp days."""
    days = []
    d = month
    while d.month == month.month:
        if d.weekday() in (6, 0, 1, 2, 3):
            camp = CAMP[0] <= d <= CAMP[1]
            days.append(CalendarDay(day=d, kind="camp" if camp else "club", holiday="hanukkah" if camp else "",
                                    reason="", edited=False, club_id=None, version=1))
        d += timedelta(days=1)
    return tuple(days)


FIRST_NAMES = ("נועה", "יואב", "كريم", "מאיה", "איתי", "ليان", "שירה", "עומר", "آدم", "תמר", "אורי", "سلمى",
               "הילה", "דניאל", "يوسف", "רוני", "ענבר", "محمد", "גיא", "نور")
LAST_NAMES = ("אלון", "ברק", "منصور", "כהן", "לוי", "حداد", "פרץ", "מזרחי", "عودة", "שחר", "גולן", "خوري",
              "אשכנזי", "דהן", "عاصي", "ביטון", "נחום", "أبو ريا", "סעדה", "سليمان")
ALLERGIES = {0: "בוטנים ואגוזים (EpiPen)", 4: "חלב", 7: "ביצים", 11: "سمسم"}


def sheet_rows(children: int = 15, days: tuple[CalendarDay, ...] | None = None, *,
               recorded_until: date = date(2026, 12, 16)) -> tuple[SheetRow, ...]:
    """``children`` rows: days up to ``recorded_until`` recorded (mostly present, some absences with a reason,
    one child with three unexplained in a row), later days blank; the third child started on 8/12."""
    days = days if days is not None else club_days()
    rows = []
    for i in range(children):
        marks = []
        for j, d in enumerate(days.__iter__()):
            if i == 2 and d.day < date(2026, 12, 8):
                marks.append("-")
            elif d.day > recorded_until:
                marks.append("")
            elif i == 5 and date(2026, 12, 13) <= d.day <= date(2026, 12, 15):
                marks.append("U")
            elif (i * 7 + j) % 11 == 3:
                marks.append("A")
            else:
                marks.append("P")
        # every name different (a first name comes back after 20 children with another last name)
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i * 3 + i // len(FIRST_NAMES)) % len(LAST_NAMES)]}"
        rows.append(SheetRow(child_name=name, marks=tuple(marks), allergies=ALLERGIES.get(i, "")))
    return tuple(sorted(rows, key=lambda r: r.child_name))


def attendance_sheet(children: int = 15, *, logo: bytes | None = None, rows: tuple[SheetRow, ...] | None = None,
                     days: tuple[CalendarDay, ...] | None = None, **changes: Any) -> AttendanceSheet:
    days = days if days is not None else club_days()
    sheet = AttendanceSheet(letterhead=letterhead(logo), club=club(), month=MONTH, days=days,
                            rows=rows if rows is not None else sheet_rows(children, days), printed_on=PRINTED_ON,
                            printed_by=SUPERVISOR)
    return replace(sheet, **changes) if changes else sheet


# ---- the fee notice ------------------------------------------------------------------------------------------------
def fee_notice(index: int = HEBREW, *, logo: bytes | None = None, **changes: Any) -> FeeNotice:
    if index == HEBREW:
        notice = FeeNotice(
            letterhead=letterhead(logo), language="he", file_number="2026/0463", family_name="אלון",
            address="רח' הגפן 14, עין הבשור", addressee="עדי אלון", month=MONTH,
            lines=(ChargeDTO(id=1, enrolment_id=11, child_name="נועה אלון", club_name="מועדונית הגפן", month=MONTH,
                             fee_agorot=13_000, discount_agorot=0, amount_agorot=13_000),
                   ChargeDTO(id=2, enrolment_id=13, child_name="יואב אלון", club_name="מועדונית הגפן", month=MONTH,
                             fee_agorot=13_000, discount_agorot=5_000, amount_agorot=8_000)),
            payments=(PaymentDTO(id=1, enrolment_id=11, file_id=40, club_id=1, child_name="נועה אלון",
                                 paid_on=date(2026, 12, 3), amount_agorot=10_000, method="cash", receipt_no="A-1043",
                                 note="", recorded_by_name=SUPERVISOR),),
            balance_agorot=24_000, arrears_agorot=13_000, printed_on=PRINTED_ON, printed_by=SUPERVISOR)
    else:
        notice = FeeNotice(
            letterhead=letterhead(logo), language="ar", file_number="2026/0471", family_name="منصور",
            address="حي الزيتون 8، عين هبسور", addressee="هبة منصور", month=MONTH,
            lines=(ChargeDTO(id=3, enrolment_id=12, child_name="كريم منصور", club_name="מועדונית הגפן", month=MONTH,
                             fee_agorot=13_000, discount_agorot=13_000, amount_agorot=0),),
            payments=(PaymentDTO(id=2, enrolment_id=12, file_id=41, club_id=1, child_name="كريم منصور",
                                 paid_on=date(2026, 12, 10), amount_agorot=6_500, method="transfer",
                                 receipt_no="B-2201", note="", recorded_by_name=SUPERVISOR),),
            balance_agorot=-6_500, arrears_agorot=0, printed_on=PRINTED_ON, printed_by=SUPERVISOR)
    return replace(notice, **changes) if changes else notice


# ---- the transport list ---------------------------------------------------------------------------------------------
def transport_list(*, logo: bytes | None = None, **changes: Any) -> TransportList:
    he, ar = enrolment(HEBREW), enrolment(ARABIC)
    north = (
        TransportChild(child_name=he.child_name, school=he.school, dropoff_address=he.dropoff_address,
                       collectors=he.collectors, parent_phone="0525550134", allergies=he.allergies),
        TransportChild(child_name="יואב ברק", school="בית הספר \"הגפן\"", dropoff_address="רח' התאנה 3 (דירה 5)",
                       collectors=(CollectorDTO(id=9, name="מיכל ברק", relation="אם", phone="052-5550166",
                                                id_number=""),), parent_phone="052-5550166", allergies=""),
    )
    east = (
        TransportChild(child_name=ar.child_name, school=ar.school, dropoff_address=ar.dropoff_address,
                       collectors=ar.collectors, parent_phone="050-5550142", allergies="سمسم (طحينة)"),
    )
    none = (
        TransportChild(child_name="מאיה כהן", school="גן \"רימון\"", dropoff_address="",
                       collectors=(CollectorDTO(id=10, name="דוד כהן", relation="אב", phone="050-5550123",
                                                id_number="000000059"),), parent_phone="050-5550123",
                       allergies="חלב"),
    )
    t = TransportList(letterhead=letterhead(logo), club=club(), day=date(2026, 12, 14),
                      routes=(TransportRoute(route=ROUTES[0], children=north),
                              TransportRoute(route=ROUTES[1], children=east),
                              TransportRoute(route=None, children=none)),
                      printed_on=PRINTED_ON, printed_by=SUPERVISOR)
    return replace(t, **changes) if changes else t


def main(argv: list[str] | None = None) -> int:
    import sys

    from reports.forms import club_attendance_sheet, club_fee_notice, club_registration, club_transport_list
    from tests.unit.reports.samples import demo_logo

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    out.mkdir(parents=True, exist_ok=True)
    logo = demo_logo()
    for lang, index in (("he", HEBREW), ("ar", ARABIC)):
        (out / f"club_registration_{lang}.pdf").write_bytes(club_registration.build(registration_form(index, logo=logo)))
        (out / f"club_attendance_sheet_{lang}.pdf").write_bytes(
            club_attendance_sheet.build(attendance_sheet(logo=logo), lang))
        (out / f"club_fee_notice_{lang}.pdf").write_bytes(club_fee_notice.build(fee_notice(index, logo=logo)))
        (out / f"club_transport_list_{lang}.pdf").write_bytes(
            club_transport_list.build(transport_list(logo=logo), lang))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

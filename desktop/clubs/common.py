"""What every club screen shares (the Clubs page, the waiting list, enrolment, attendance, fees, the file
tab): money in shekels from agorot, the words for the clubs' codes, the attendance rate, a child's age, the
waiting list's order in one sentence, the default dates of an enrolment, and a money field.

Money is kept in agorot (int) everywhere below the screens; a screen shows it with ``fmt_money`` ("130.00 ₪",
"1,300.00 ₪") and reads it back with ``MoneyEdit.agorot()``. Codes (models.codes) become words with the
``*_label`` functions here, in the context "Clubs" (translated later by Qt Linguist)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLayout, QLayoutItem, QStyle, QTableWidgetItem, QWidget

from desktop.messages import urgency_label as _urgency_label
from models.clubs.dto import CalendarDay

CONTEXT = "Clubs"
SHEKEL = "₪"
WARNING_COLOR = "#a61b1b"  # the client's red (errors, overdue): an age outside the range, missing consent
CAUTION_COLOR = "#8a5a00"  # the client's amber: allergies, a full club
CLUB_HOURS_TEXT = "12:00–18:00"  # a club day (DOMAIN.md); the calendar's CLUB_HOURS
CAMP_HOURS_TEXT = "08:00–13:00"  # a day-camp day: Hanukkah, Passover's intermediate days, July
PLANNED_END = (6, 30)  # an enrolment's planned end: 30 June of its school year
MAX_MONEY_AGOROT = 10_000_000  # 100,000 ₪: more than any fee or payment of a club




# ---- money ------------------------------------------------------------------------------------------------
def fmt_money(agorot: int) -> str:
    """``13000`` -> "130.00 ₪"; thousands with a comma, Latin digits, two decimals. A negative amount (a
    family in credit) keeps its minus sign on the left in a right-to-left interface (the number is isolated
    left to right), so it never reads as a debt."""
    text = f"{abs(agorot) / 100:,.2f}"
    if agorot < 0:
        text = f"-{text}"
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            text = f"\u2066{text}\u2069"
    return f"{text} {SHEKEL}"


def shekels(agorot: int) -> float:
    return agorot / 100


def to_agorot(value: float) -> int:
    """Shekels (as a spin box holds them) to whole agorot, rounded (0.1 + 0.2 is not 0.3 in floating point)."""
    return round(value * 100)


class MoneyEdit(QDoubleSpinBox):
    """A sum of money in shekels with agorot (two decimals, "₪" after it, Latin digits), 0 to ``maximum``;
    ``agorot()`` and ``set_agorot()`` read and set it in agorot."""

    def __init__(self, parent: QWidget | None = None, *, maximum_agorot: int = MAX_MONEY_AGOROT,
                 minimum_agorot: int = 0) -> None:
        super().__init__(parent)
        from desktop.widgets.dates import date_locale

        self.setLocale(date_locale())  # the UI language's, with Latin digits and a full stop for decimals
        self.setDecimals(2)
        self.setRange(shekels(minimum_agorot), shekels(maximum_agorot))
        self.setSingleStep(10.0)
        self.setSuffix(f" {SHEKEL}")
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

    def agorot(self) -> int:
        return to_agorot(self.value())

    def set_agorot(self, agorot: int) -> None:
        self.setValue(shekels(agorot))


# ---- a row of buttons that wraps ----------------------------------------------------------------------------
class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is too narrow (the action buttons of a
    screen: a long translation never widens the main window), in the layout's direction (right to left in
    Hebrew and Arabic). ``addStretch()`` is accepted for symmetry with QHBoxLayout and ignored."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:
        pass

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        gap = self.spacing()
        owner = self.parentWidget()
        direction = owner.layoutDirection() if owner is not None else QGuiApplication.layoutDirection()
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                placed = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(direction, area, placed))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


# ---- numbers in tables --------------------------------------------------------------------------------------
def fmt_rate(rate: float | None) -> str:
    """An attendance rate: "87%"; "—" before any day was recorded."""
    return "—" if rate is None else f"{round(rate * 100)}%"


def age_on(birth: date | None, day: date) -> int | None:
    """Whole years on ``day`` (the service's rule, for what the screens compute themselves)."""
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def fmt_age(age: int | None) -> str:
    return "" if age is None else str(age)


def mark_warning(item: QTableWidgetItem, tooltip: str = "") -> None:
    """A cell that needs the club worker's attention: red and bold (with a tooltip saying why: colour alone
    is not enough)."""
    item.setForeground(QBrush(QColor(WARNING_COLOR)))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    if tooltip:
        item.setToolTip(tooltip)


def mark_caution(item: QTableWidgetItem, tooltip: str = "") -> None:
    """A cell to notice (allergies): amber and bold."""
    item.setForeground(QBrush(QColor(CAUTION_COLOR)))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    if tooltip:
        item.setToolTip(tooltip)


# ---- dates ---------------------------------------------------------------------------------------------------
def today() -> date:
    """The clubs' "today": models.clubs.rules.today() (one place; the tests move it)."""
    from models.clubs import rules

    return rules.today()


def planned_end(start: date) -> date:
    """The planned end of an enrolment starting on ``start``: 30 June of its school year (a start in July or
    August is of the next school year)."""
    month, day = PLANNED_END
    end = date(start.year, month, day)
    return end if start <= end else date(start.year + 1, month, day)


def school_year_of(day: date) -> int:
    """The calendar year the school year's September is in (1 Sep 2026 .. 31 Aug 2027 is 2026)."""
    return day.year if day.month >= 9 else day.year - 1


def next_club_day(days: Iterable[CalendarDay], after: date) -> date | None:
    """The first club or camp day after ``after`` among ``days`` (a calendar), or None."""
    found = [d.day for d in days if d.day > after and d.kind in ("club", "camp")]
    return min(found) if found else None


def next_weekday(after: date) -> date:
    """The first Sunday-to-Thursday after ``after``: the fallback when the calendar cannot be read."""
    day = after + timedelta(days=1)
    while day.isoweekday() in (5, 6):  # Friday, Saturday
        day += timedelta(days=1)
    return day


# ---- the waiting list ---------------------------------------------------------------------------------------
def waiting_order_text() -> str:
    """The waiting list's order (models.clubs.rules.waiting_key) in one sentence, above the list."""
    return QCoreApplication.translate("Clubs", "Order: pinned first, then children whose age fits, urgency, risk, longest waiting.")


# ---- codes in words (models.codes) ---------------------------------------------------------------------------
def urgency_label(code: str) -> str:
    """URGENCIES: the same words as intake's."""
    return _urgency_label(code)


def risk_label(code: str) -> str:
    return {
        "high": QCoreApplication.translate("Clubs", "high risk"),
        "medium": QCoreApplication.translate("Clubs", "medium risk"),
        "low": QCoreApplication.translate("Clubs", "low risk"),
    }.get(code, code)


def route_label(code: str) -> str:
    """CLUB_ROUTES: how the request came."""
    return {
        "family_worker": QCoreApplication.translate("Clubs", "family worker"),
        "intake": QCoreApplication.translate("Clubs", "intake"),
        "school": QCoreApplication.translate("Clubs", "kindergarten or school"),
    }.get(code, code)


def request_status_label(code: str) -> str:
    return {
        "waiting": QCoreApplication.translate("Clubs", "waiting"),
        "enrolled": QCoreApplication.translate("Clubs", "enrolled"),
        "withdrawn": QCoreApplication.translate("Clubs", "withdrawn"),
    }.get(code, code)


def withdraw_reason_label(code: str) -> str:
    return {
        "family_declined": QCoreApplication.translate("Clubs", "the family declined"),
        "placed_elsewhere": QCoreApplication.translate("Clubs", "placed in another setting"),
        "moved": QCoreApplication.translate("Clubs", "the family moved away"),
        "not_suitable": QCoreApplication.translate("Clubs", "the club does not suit the child"),
        "other": QCoreApplication.translate("Clubs", "other"),
    }.get(code, code)


def leave_reason_label(code: str) -> str:
    return {
        "goals_met": QCoreApplication.translate("Clubs", "goals met"),
        "age": QCoreApplication.translate("Clubs", "reached the club's age limit"),
        "moved": QCoreApplication.translate("Clubs", "the family moved away"),
        "family_request": QCoreApplication.translate("Clubs", "at the family's request"),
        "non_attendance": QCoreApplication.translate("Clubs", "stopped attending"),
        "other": QCoreApplication.translate("Clubs", "other"),
    }.get(code, code)


def absence_reason_label(code: str) -> str:
    """ABSENCE_REASONS; "" is an absence with no reason: "unexplained" (three in a row raise a task)."""
    return {
        "": QCoreApplication.translate("Clubs", "unexplained"),
        "sick": QCoreApplication.translate("Clubs", "sick"),
        "family": QCoreApplication.translate("Clubs", "family reasons"),
        "appointment": QCoreApplication.translate("Clubs", "an appointment"),
        "school_event": QCoreApplication.translate("Clubs", "a school event"),
        "other": QCoreApplication.translate("Clubs", "other"),
    }.get(code, code)


def day_kind_label(code: str) -> str:
    """CLUB_DAY_KINDS."""
    return {
        "club": QCoreApplication.translate("Clubs", "club day"),
        "camp": QCoreApplication.translate("Clubs", "day camp"),
        "closed": QCoreApplication.translate("Clubs", "closed"),
    }.get(code, code)


def day_kind_hours(code: str) -> str:
    """The hours of a day of this kind, "" for a closed day."""
    return {"club": CLUB_HOURS_TEXT, "camp": CAMP_HOURS_TEXT}.get(code, "")


def holiday_label(code: str) -> str:
    """The holidays and periods of the club calendar (models.clubs.calendar)."""
    return {
        "": "",
        "weekend": QCoreApplication.translate("Clubs", "weekend"),
        "rosh_hashana": QCoreApplication.translate("Clubs", "Rosh Hashana"),
        "yom_kippur": QCoreApplication.translate("Clubs", "Yom Kippur"),
        "sukkot": QCoreApplication.translate("Clubs", "Sukkot"),
        "shemini_atzeret": QCoreApplication.translate("Clubs", "Shemini Atzeret"),
        "hanukkah": QCoreApplication.translate("Clubs", "Hanukkah"),
        "purim": QCoreApplication.translate("Clubs", "Purim"),
        "passover": QCoreApplication.translate("Clubs", "Passover"),
        "yom_hazikaron": QCoreApplication.translate("Clubs", "Memorial Day"),
        "yom_haatzmaut": QCoreApplication.translate("Clubs", "Independence Day"),
        "shavuot": QCoreApplication.translate("Clubs", "Shavuot"),
        "tisha_bav": QCoreApplication.translate("Clubs", "Tisha B'Av"),
        "summer": QCoreApplication.translate("Clubs", "summer"),
    }.get(code, code)


def adjustment_kind_label(code: str) -> str:
    """FEE_ADJUSTMENT_KINDS ("" : none in force)."""
    return {
        "": "",
        "exemption": QCoreApplication.translate("Clubs", "exemption"),
        "discount": QCoreApplication.translate("Clubs", "discount"),
    }.get(code, code)


def payment_method_label(code: str) -> str:
    return {
        "cash": QCoreApplication.translate("Clubs", "cash"),
        "cheque": QCoreApplication.translate("Clubs", "cheque"),
        "card": QCoreApplication.translate("Clubs", "credit card"),
        "transfer": QCoreApplication.translate("Clubs", "bank transfer"),
    }.get(code, code)

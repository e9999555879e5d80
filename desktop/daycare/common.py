"""What the day-care screens share: the words for day-care's codes (grounds, specialists, committees,
statuses, the steps of the parents' share), a school year and an age in months in words, the registration
banner's sentence, money (``desktop.clubs.common``: "850.00 ₪", entered with agorot) and the calculation
step by step as a small table.

Codes (models.codes) become words here, in the context "Daycare" (translated later by Qt Linguist)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.clubs.common import MoneyEdit, fmt_money
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table
from models.daycare.dto import ShareCalculation

__all__ = ["MoneyEdit", "fmt_money"]

WARNING_COLOR = "#a61b1b"  # the client's red: a refusal (too old), an error
CAUTION_COLOR = "#8a5a00"  # the client's amber: the registration window
MAX_INCOME_AGOROT = 100_000_000  # 1,000,000 ₪ a month: more than any household's income


def today() -> date:
    """Day-care's "today": models.daycare.rules.today() (one place; the tests move it)."""
    from models.daycare import rules

    return rules.today()


# ---- codes in words (models.codes) ----------------------------------------------------------------------------
def ground_label(code: str) -> str:
    """DAYCARE_GROUNDS: the risk ground."""
    return {
        "abuse_neglect": QCoreApplication.translate("Daycare", "abuse or neglect"),
        "parent_unable": QCoreApplication.translate("Daycare", "a parent unable to function"),
        "developmental_delay": QCoreApplication.translate("Daycare", "developmental delay"),
    }.get(code, code)


def specialist_label(code: str) -> str:
    """DAYCARE_SPECIALISTS: who confirmed a developmental delay."""
    return {
        "paediatrician": QCoreApplication.translate("Daycare", "paediatrician"),
        "developmental_psychologist": QCoreApplication.translate("Daycare", "developmental psychologist"),
    }.get(code, code)


def committee_label(code: str) -> str:
    """DAYCARE_COMMITTEES: who decided."""
    return {
        "treatment_plan": QCoreApplication.translate("Daycare", "treatment-plan committee"),
        "toddlers_at_risk": QCoreApplication.translate("Daycare", "toddlers-at-risk committee"),
    }.get(code, code)


def status_label(code: str) -> str:
    """DAYCARE_STATUSES."""
    return {
        "draft": QCoreApplication.translate("Daycare", "draft"),
        "approved": QCoreApplication.translate("Daycare", "approved"),
        "placed": QCoreApplication.translate("Daycare", "placed"),
        "ended": QCoreApplication.translate("Daycare", "ended"),
    }.get(code, code)


def step_label(code: str) -> str:
    """The steps of the parents' share (models.daycare.dto.ShareStep.label)."""
    return {
        "household_income": QCoreApplication.translate("Daycare", "Household's monthly income"),
        "household_size": QCoreApplication.translate("Daycare", "Household size"),
        "per_person": QCoreApplication.translate("Daycare", "Income per person"),
        "table": QCoreApplication.translate("Daycare", "Income table in force from"),
        "bracket": QCoreApplication.translate("Daycare", "Bracket (income per person)"),
        "level": QCoreApplication.translate("Daycare", "Level"),
        "share": QCoreApplication.translate("Daycare", "Parents' share (a month)"),
    }.get(code, code)


# ---- years, ages, the banner ---------------------------------------------------------------------------------
def school_year_text(year: int) -> str:
    """The school year starting 1 September ``year``: "2026-2027"."""
    return f"{year}-{year + 1}"


class Daycare(QObject):
    """The context "Daycare" for the strings with a count (lupdate gives plural forms only to ``self.tr(text,
    disambiguation, n)``)."""

    def months(self, months: int) -> str:
        return self.tr("%n month(s)", "", months)


def age_text(months: int) -> str:
    return Daycare().months(months)


def registration_text(kind: str, day: date | None) -> str:
    """The page's banner (models.daycare.rules.registration_notice): "" when there is nothing to say."""
    if kind == "open" and day is not None:
        return QCoreApplication.translate("Daycare", "Registration for day-care is open until %1: register the "
                                          "toddlers whose day-care was decided.").replace("%1", fmt_date(day))
    if kind == "soon" and day is not None:
        return QCoreApplication.translate("Daycare", "Registration for day-care opens on %1 (February and March): "
                                          "prepare the toddlers' cases.").replace("%1", fmt_date(day))
    return ""


def bracket_text(low: int, high: int | None) -> str:
    if high is None:
        return QCoreApplication.translate("Daycare", "%1 and more").replace("%1", fmt_money(low))
    return QCoreApplication.translate("Daycare", "%1 to %2").replace("%1", fmt_money(low)).replace("%2", fmt_money(high))


def step_value(calc: ShareCalculation, code: str, shown: str = "") -> str:
    """A step's value in the UI's words, from the calculation's numbers (the service's text for a step the
    client does not know)."""
    values = {
        "household_income": lambda: fmt_money(calc.monthly_income),
        "household_size": lambda: str(calc.household_size),
        "per_person": lambda: fmt_money(calc.per_person),
        "table": lambda: fmt_date(calc.table_valid_from),
        "bracket": lambda: bracket_text(calc.bracket_from, calc.bracket_to),
        "level": lambda: str(calc.level),
        "share": lambda: fmt_money(calc.parent_share),
    }
    return values[code]() if code in values else shown


def calculation_rows(calc: ShareCalculation) -> list[tuple[str, str]]:
    """(step, value) in the calculation's order."""
    return [(step_label(s.label), step_value(calc, s.label, s.value)) for s in calc.steps]


class CalculationTable(Table):
    """The parents' share step by step: a row per step (what, value), the share last, in bold."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "shareCalculation") -> None:
        super().__init__([QCoreApplication.translate("Daycare", "Step"),
                          QCoreApplication.translate("Daycare", "Value")], parent, sortable=False, name=name,
                         empty_text=QCoreApplication.translate(
                             "Daycare", "Enter the household's size and income: the share is computed here."))
        self.setAccessibleName(QCoreApplication.translate("Daycare", "The parents' share, step by step"))
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(False)
        self.calculation: ShareCalculation | None = None

    def show_calculation(self, calc: ShareCalculation | None) -> None:
        self.calculation = calc
        rows: Sequence[tuple[str, str]] = calculation_rows(calc) if calc is not None else []
        cells = [[Item(what), Item(value)] for what, value in rows]
        if cells:
            for item in cells[-1]:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.set_rows(cells)
        self.resizeRowsToContents()

    def texts(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (for the tests and screen readers)."""
        out = []
        for r in range(self.rowCount()):
            a, b = self.item(r, 0), self.item(r, 1)
            out.append((a.text() if a else "", b.text() if b else ""))
        return out

"""The clubs' calendar (לוח השנה של המועדוניות): a school year (1 September to 31 August) month by month,
one row per month and one column per day of the month, each day coloured by its kind (a club day, a day
camp, closed: the weekend, a holiday, August) with a legend; the selected day is described under the grid
(its Hebrew date, its holiday, who changed it and why). The club worker changes a day's kind with a reason
(``services.clubs.set_day``): for every club (the department's calendar), or for one club only when that
club is chosen above (the club's own day overrides the department's)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import day_kind_hours, day_kind_label, holiday_label
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date_with_hebrew
from models.changes import Changes
from models.clubs import rules
from models.clubs.dto import CalendarDay, ClubDTO
from models.codes import CLUB_DAY_KINDS
from models.errors import ConflictError, DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8)  # the school year's, from September
COLORS = {
    "club": QColor("#ffffff"),
    "camp": QColor("#fff4d6"),  # as the month's attendance grid tints camp days
    "closed": QColor("#e4e4e4"),  # the weekend, August
    "holiday": QColor("#f3d2d2"),  # closed for a holiday
    "none": QColor("#9a9a9a"),  # no such day (30 February)
}


def day_text(kind: str, holiday: str, day: date | None = None) -> str:
    """A day as the screens describe it: "club day, 12:00–18:00", "day camp, 08:00–13:00 (Hanukkah)",
    "closed: Passover", "closed: weekend" (a Friday or a Saturday, when ``day`` is given)."""
    if kind == "closed" and not holiday and day is not None and day.isoweekday() in (5, 6):
        holiday = "weekend"
    text = day_kind_label(kind)
    hours = day_kind_hours(kind)
    if hours:
        text = QCoreApplication.translate("Clubs", "%1, %2").replace("%1", text).replace("%2", hours)
        if holiday:
            text += f" ({holiday_label(holiday)})"
    elif holiday:
        text = QCoreApplication.translate("Clubs", "%1: %2").replace("%1", text).replace("%2", holiday_label(holiday))
    return text


def color_of(d: CalendarDay) -> QColor:
    if d.kind == "closed" and d.holiday and d.holiday != "summer":
        return COLORS["holiday"]
    return COLORS.get(d.kind, COLORS["club"])


def month_name(month: int, year: int) -> str:
    return f"{QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)} {year}"


class YearGrid(QTableWidget):
    """Twelve rows (September to August) of up to 31 days. ``day_selected(date)`` as the current cell
    moves."""

    day_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(12, 31, parent)
        self.setObjectName("calendarGrid")
        self.setHorizontalHeaderLabels([str(i) for i in range(1, 32)])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(20)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.school_year = 0
        self.days: dict[date, CalendarDay] = {}
        self.currentCellChanged.connect(lambda row, col, _r, _c: self._moved(row, col))

    def date_at(self, row: int, col: int) -> date | None:
        if not (0 <= row < 12 and 0 <= col < 31):
            return None
        month = MONTHS[row]
        year = self.school_year if month >= 9 else self.school_year + 1
        try:
            return date(year, month, col + 1)
        except ValueError:
            return None

    def cell_of(self, day: date) -> tuple[int, int]:
        return MONTHS.index(day.month), day.day - 1

    def fill(self, school_year: int, days: tuple[CalendarDay, ...]) -> None:
        self.school_year = school_year
        self.days = {d.day: d for d in days}
        self.setVerticalHeaderLabels([month_name(m, school_year if m >= 9 else school_year + 1) for m in MONTHS])
        weekday = QLocale()
        for row in range(12):
            for col in range(31):
                day = self.date_at(row, col)
                item = QTableWidgetItem()
                if day is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(COLORS["none"])
                    self.setItem(row, col, item)
                    continue
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, day)
                d = self.days.get(day)
                name = weekday.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                if d is not None:
                    item.setBackground(QBrush(color_of(d)))
                    description = f"{name} {day.strftime('%d/%m/%Y')}: {day_text(d.kind, d.holiday, day)}"
                    if d.edited:
                        item.setText("•")
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                        description += " · " + QCoreApplication.translate("Clubs", "changed: %1").replace("%1", d.reason)
                    if d.club_id is not None:
                        description += " · " + QCoreApplication.translate("Clubs", "this club's own day")
                    item.setToolTip(description)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, description)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, col, item)

    def select_day(self, day: date) -> None:
        row, col = self.cell_of(day)
        self.setCurrentCell(row, col)

    def selected_day(self) -> date | None:
        return self.date_at(self.currentRow(), self.currentColumn())

    def _moved(self, row: int, col: int) -> None:
        day = self.date_at(row, col)
        if day is not None:
            self.day_selected.emit(day)


def legend(parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for key, text in (("club", day_kind_label("club")), ("camp", day_kind_label("camp")),
                      ("closed", QCoreApplication.translate("Clubs", "closed: weekend, August")),
                      ("holiday", QCoreApplication.translate("Clubs", "closed: a holiday"))):
        swatch = QLabel(parent)
        swatch.setFixedSize(18, 14)
        swatch.setStyleSheet(f"background: {COLORS[key].name()}; border: 1px solid #888;")
        row.addWidget(swatch)
        row.addWidget(QLabel(text, parent))
        row.addSpacing(12)
    edited = QLabel("• " + QCoreApplication.translate("Clubs", "changed by the club worker"), parent)
    row.addWidget(edited)
    row.addStretch(1)
    return row


class CalendarDialog(QDialog):
    """``day_changed(CalendarDay)`` after a day was changed. ``loaded`` each time a year is shown."""

    day_changed = Signal(object)
    loaded = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Clubs calendar"))
        self.resize(1180, 640)
        self.services, self.ops = services, ops
        self.can_manage = allowed(services.user.role, Action.MANAGE_CLUBS)
        self.clubs: tuple[ClubDTO, ...] = ()
        self.loading = False
        self.last_error: DomainError | None = None
        current = rules.school_year_of(rules.today())

        self.year = QComboBox(self)
        for y in range(current - 1, current + 2):
            self.year.addItem(f"\u2066{y}–{y + 1}\u2069", y)  # isolated left to right: 2026–2027, never 2027–2026
        self.year.setCurrentIndex(1)
        self.year.setObjectName("calendarYear")
        self.year.setAccessibleName(self.tr("School year"))
        self.club = QComboBox(self)
        self.club.setObjectName("calendarClub")
        self.club.setAccessibleName(self.tr("Club"))
        self.club.addItem(self.tr("Every club (the department's calendar)"), None)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("calendarBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        top = QHBoxLayout()
        year_caption = QLabel(self.tr("School &year:"), self)
        year_caption.setBuddy(self.year)
        club_caption = QLabel(self.tr("&Club:"), self)
        club_caption.setBuddy(self.club)
        top.addWidget(year_caption)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(club_caption)
        top.addWidget(self.club, 1)
        top.addStretch(1)
        top.addWidget(self.busy_bar)

        self.grid = YearGrid(self)
        self.grid.setAccessibleName(self.tr("The school year's days"))
        self.grid.day_selected.connect(self._show_day)
        self.day_label = QLabel(self)
        self.day_label.setObjectName("calendarDay")
        self.day_label.setWordWrap(True)
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("calendarDayDetail")
        self.detail_label.setWordWrap(True)

        # ---- changing a day (the club worker) -----------------------------------------------------------
        self.change_box = QWidget(self)
        self.kind = QComboBox(self.change_box)
        self.kind.setObjectName("dayKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        for k in CLUB_DAY_KINDS:
            self.kind.addItem(day_kind_label(k), k)
        self.reason = QLineEdit(self.change_box)
        self.reason.setObjectName("dayReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why the day changes (required)"))
        self.scope_label = QLabel(self.change_box)
        self.scope_label.setObjectName("changeScope")
        self.scope_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("C&hange the day"), self.change_box)
        self.change_button.setObjectName("changeDay")
        self.change_button.clicked.connect(self.change_day)
        form = QFormLayout(self.change_box)
        form.setContentsMargins(0, 0, 0, 0)
        kind_caption = QLabel(self.tr("&Kind:"), self.change_box)
        kind_caption.setBuddy(self.kind)
        reason_caption = QLabel(self.tr("&Reason:"), self.change_box)
        reason_caption.setBuddy(self.reason)
        form.addRow(kind_caption, self.kind)
        form.addRow(reason_caption, self.reason)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.scope_label, 1)
        buttons_row.addWidget(self.change_button)
        form.addRow(buttons_row)
        self.change_box.setVisible(self.can_manage)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("calendarError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend(self))
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.day_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.change_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.club.currentIndexChanged.connect(lambda _i: self._club_changed())
        name_widgets(self)
        clubs = services.clubs
        ops.query(self, lambda: clubs.clubs(), self._clubs_loaded, failure=self.show_error)
        self._club_changed()

    # ---- loading -----------------------------------------------------------------------------------------
    @property
    def school_year(self) -> int:
        return int(self.year.currentData())

    @property
    def club_id(self) -> int | None:
        value = self.club.currentData()
        return None if value is None else int(value)

    def _clubs_loaded(self, clubs: tuple[ClubDTO, ...]) -> None:
        self.clubs = tuple(clubs)
        for c in clubs:
            self.club.addItem(self.tr("%1 only").replace("%1", c.name), c.id)

    def _club_changed(self) -> None:
        name = self.club.currentText()
        if self.club_id is None:
            self.scope_label.setText(self.tr("The change applies to every club that has no day of its own."))
        else:
            self.scope_label.setText(self.tr("The change applies to this club only: %1.").replace("%1", name))
        self.reload()

    def reload(self) -> None:
        clubs, year, club_id = self.services.clubs, self.school_year, self.club_id
        self.loading = True
        self.busy_bar.show()
        self.ops.query(self, lambda: clubs.calendar(year, club_id), lambda days: self._loaded(year, days),
                       failure=self._load_failed, key=("calendar", id(self)))

    def _load_failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.show_error(exc)
        self.loaded.emit()

    def _loaded(self, year: int, days: tuple[CalendarDay, ...]) -> None:
        self.loading = False
        self.busy_bar.hide()
        keep = self.grid.selected_day()
        self.grid.fill(year, tuple(days))
        first, last = rules.school_year_range(year)
        today = rules.today()
        target = keep if keep is not None and first <= keep <= last else (today if first <= today <= last else first)
        self.grid.select_day(target)
        self._show_day(target)
        self.loaded.emit()

    def show_error(self, exc: DomainError) -> None:
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    # ---- the selected day --------------------------------------------------------------------------------
    def selected(self) -> CalendarDay | None:
        day = self.grid.selected_day()
        return None if day is None else self.grid.days.get(day)

    def _show_day(self, day: date) -> None:
        d = self.grid.days.get(day)
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.day_label.setText(f"{weekday} {fmt_date_with_hebrew(day)}")
        if d is None:
            self.detail_label.clear()
            return
        parts = [day_text(d.kind, d.holiday, day)]
        if d.edited:
            parts.append(self.tr("Changed by the club worker: %1").replace("%1", d.reason))
        if d.club_id is not None:
            parts.append(self.tr("This club's own day (it overrides the department's calendar)."))
        self.detail_label.setText(" · ".join(parts))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))

    def change_day(self) -> None:
        d = self.selected()
        if d is None or not self.can_manage:
            return
        clubs, kind, reason, club_id = self.services.clubs, self.kind.currentData(), self.reason.text(), self.club_id
        version = d.version if d.club_id == club_id else None  # a club's first day of its own is a new row
        touched = Changes.make(clubs=[club_id] if club_id is not None else [c.id for c in self.clubs])

        def call() -> tuple[CalendarDay, Changes]:
            return clubs.set_day(d.day, kind, reason, club_id, version), touched

        self.change_button.setEnabled(False)
        self.busy_bar.show()
        self.ops.write(self, call, self._changed_day, failure=self._change_failed)

    def _changed_day(self, result: tuple[CalendarDay, Changes]) -> None:
        day = result[0]
        self.change_button.setEnabled(True)
        self.busy_bar.hide()
        self.error_label.hide()
        self.last_error = None
        self.reason.clear()
        self.day_changed.emit(day)
        self.reload()

    def _change_failed(self, exc: DomainError) -> None:
        self.change_button.setEnabled(True)
        self.busy_bar.hide()
        self.show_error(exc)
        if isinstance(exc, ConflictError):
            self.reload()  # the day as it is now; the reason typed stays

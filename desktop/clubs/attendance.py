"""A club's attendance (נוכחות): the day's grid and the month's.

The day: a date (today by default; Alt+Left and Alt+Right go to the previous and the next club day), the
day's kind (a club day 12:00-18:00, a day camp 08:00-13:00, or closed with the holiday's name: then the grid
is disabled and says why), and one row per enrolled child: Present (every child present on a day not yet
recorded: the worker marks the exceptions), the absence reason (or "unexplained"), a note, the child's
allergies, and how many unexplained absences in a row the child has. Keys in the grid: Space toggles
Present on the current row, Down moves on, R cycles the absence reason; Ctrl+S saves the day. When the save
raises tasks (a third unexplained absence in a row), a message names the worker who got each task.

Nothing typed is lost: marks not yet saved stay with their day while the worker looks at another day or
club (going back shows them again); a save refused because someone else saved the day meanwhile offers to
reload it, and the worker's marks are put back over what was saved.

The month (the Month button, Ctrl+M): children × days with P (present), A (absent with a reason) and U
(unexplained); camp days tinted, closed days greyed; each child's rate and the club's; "Print the month's
sheet" prints the sheet the club fills on paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.calendar_view import day_text
from desktop.clubs.common import CAUTION_COLOR, WARNING_COLOR, absence_reason_label, fmt_rate, mark_caution
from desktop.clubs.printing import ClubPreview, print_attendance_sheet, print_transport_list
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew, make_date_edit
from models.changes import Changes
from models.clubs import rules
from models.clubs.dto import AttendanceDay, AttendanceMark, AttendanceMonth, AttendanceSaved, CalendarDay
from models.codes import ABSENCE_REASONS, UNEXPLAINED_STREAK
from models.errors import ConflictError, DomainError
from models.keyboard import same_key
from models.roles import Action, allowed

if TYPE_CHECKING:
    from models.services import Services

COL_CHILD, COL_PRESENT, COL_REASON, COL_NOTE, COL_ALLERGIES, COL_STREAK = range(6)
REASONS = ("", *ABSENCE_REASONS)  # "" = unexplained; the order R cycles through
OPEN_KINDS = ("club", "camp")
CAMP_TINT = QColor("#fff4d6")
CLOSED_GREY = QColor("#e4e4e4")
UNEXPLAINED_RED = QColor(WARNING_COLOR)
EXPLAINED_AMBER = QColor(CAUTION_COLOR)
R_KEYS = frozenset(same_key("r"))


@dataclass
class Mark:
    """A row of the grid as the worker has it (not yet saved)."""

    present: bool
    reason: str = ""
    note: str = ""


def next_reason(reason: str) -> str:
    """The absence reason after ``reason`` in the cycle (unexplained, sick, family, ..., other, unexplained)."""
    i = REASONS.index(reason) if reason in REASONS else 0
    return REASONS[(i + 1) % len(REASONS)]


def open_day_after(days: tuple[CalendarDay, ...], day: date, step: int, last: date) -> date | None:
    """The nearest club or camp day before (``step`` -1) or after (+1) ``day`` among ``days``, not after
    ``last``; None when there is none."""
    candidates = sorted(d.day for d in days if d.kind in OPEN_KINDS and d.day <= last)
    if step > 0:
        return next((d for d in candidates if d > day), None)
    return next((d for d in reversed(candidates) if d < day), None)


class ReasonDelegate(QStyledItemDelegate):
    """F2 or a double-click on the reason cell opens a list of the reasons."""

    def __init__(self, view: AttendanceGrid) -> None:
        super().__init__(view)
        self.grid = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for code in REASONS:
            combo.addItem(absence_reason_label(code), code)
        combo.setAccessibleName(self.grid.tr("Absence reason"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        mark = self.grid.mark_at(index.row())
        editor.setCurrentIndex(max(0, editor.findData(mark.reason if mark else "")))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        self.grid.set_reason(index.row(), editor.currentData())


class AttendanceGrid(QTableWidget):
    """The day's grid. ``edited(enrolment_id)`` after every change the worker makes."""

    edited = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("attendanceGrid")
        self.setHorizontalHeaderLabels([self.tr("Child"), self.tr("Present"), self.tr("Absence reason"),
                                        self.tr("Note"), self.tr("Allergies"), self.tr("Unexplained in a row")])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(COL_REASON, ReasonDelegate(self))
        self.ids: list[int] = []
        self.marks: dict[int, Mark] = {}
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    # ---- filling -----------------------------------------------------------------------------------------
    def fill(self, day: AttendanceDay, marks: dict[int, Mark]) -> None:
        self._filling = True
        self.ids = [r.enrolment_id for r in day.rows]
        self.marks = dict(marks)
        self.setRowCount(0)
        self.setRowCount(len(day.rows))
        for i, r in enumerate(day.rows):
            child = QTableWidgetItem(r.child_name)
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            child.setData(Qt.ItemDataRole.UserRole, r.enrolment_id)
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            reason = QTableWidgetItem()
            reason.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
            note = QTableWidgetItem()
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
            allergies = QTableWidgetItem(r.allergies)
            allergies.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if r.allergies:
                mark_caution(allergies, r.allergies)
            streak = QTableWidgetItem(str(r.unexplained_streak) if r.unexplained_streak else "")
            streak.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            streak.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if r.unexplained_streak >= UNEXPLAINED_STREAK - 1:
                streak.setForeground(UNEXPLAINED_RED)
                bold = QFont(streak.font())
                bold.setBold(True)
                streak.setFont(bold)
            for c, item in enumerate((child, present, reason, note, allergies, streak)):
                self.setItem(i, c, item)
            self._show_row(i)
        self._filling = False
        if day.rows and self.currentRow() < 0:
            self.setCurrentCell(0, COL_PRESENT)

    def _show_row(self, row: int) -> None:
        mark = self.mark_at(row)
        if mark is None:
            return
        was, self._filling = self._filling, True
        present, reason, note = self.item(row, COL_PRESENT), self.item(row, COL_REASON), self.item(row, COL_NOTE)
        if present is None or reason is None or note is None:
            self._filling = was
            return
        present.setCheckState(Qt.CheckState.Checked if mark.present else Qt.CheckState.Unchecked)
        present.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("present") if mark.present else self.tr("absent"))
        if mark.present:
            reason.setText("")
            reason.setForeground(QBrush())
        else:
            reason.setText(absence_reason_label(mark.reason))
            reason.setForeground(EXPLAINED_AMBER if mark.reason else UNEXPLAINED_RED)
        if note.text() != mark.note:
            note.setText(mark.note)
        self._filling = was

    # ---- the worker's changes -----------------------------------------------------------------------------
    def mark_at(self, row: int) -> Mark | None:
        if not 0 <= row < len(self.ids):
            return None
        return self.marks.get(self.ids[row])

    def _changed(self, row: int) -> None:
        self._show_row(row)
        self.edited.emit(self.ids[row])

    def toggle_present(self, row: int) -> None:
        mark = self.mark_at(row)
        if mark is None or not self.isEnabled():
            return
        mark.present = not mark.present
        mark.reason = ""
        self._changed(row)

    def cycle_reason(self, row: int) -> None:
        """Absent, with the next reason of the cycle (a present child becomes absent "sick", the first)."""
        mark = self.mark_at(row)
        if mark is None or not self.isEnabled():
            return
        mark.reason = next_reason("" if mark.present else mark.reason)
        mark.present = False
        self._changed(row)

    def set_reason(self, row: int, reason: str) -> None:
        mark = self.mark_at(row)
        if mark is None:
            return
        mark.present = False
        mark.reason = reason
        self._changed(row)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, mark = item.row(), self.mark_at(item.row())
        if mark is None:
            return
        if item.column() == COL_PRESENT:
            present = item.checkState() == Qt.CheckState.Checked
            if present != mark.present:
                mark.present, mark.reason = present, ""
                self._changed(row)
        elif item.column() == COL_NOTE and item.text() != mark.note:
            mark.note = item.text()
            self._changed(row)

    def finish_editing(self) -> None:
        """Take what an open editor (a note being typed) holds into the row."""
        editor = QApplication.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and editor is not None and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and self.state() != QAbstractItemView.State.EditingState:
            row = self.currentRow()
            if event.key() == Qt.Key.Key_Space:
                self.toggle_present(row)
                event.accept()
                return
            if event.key() == Qt.Key.Key_R or (event.text() and event.text().lower() in R_KEYS):
                self.cycle_reason(row)
                event.accept()
                return
        super().keyPressEvent(event)


class MonthGrid(QTableWidget):
    """Children × the month's days: P, A, U marks; camp days tinted, closed days greyed; the rate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("attendanceMonth")
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setMinimumSectionSize(22)
        self.data: AttendanceMonth | None = None

    def marks_text(self) -> dict[str, str]:
        return {"P": self.tr("P", "present"), "A": self.tr("A", "absent with a reason"),
                "U": self.tr("U", "unexplained absence"), "-": "·", "": ""}

    def fill(self, month: AttendanceMonth) -> None:
        self.data = month
        texts = self.marks_text()
        days = month.days
        self.clear()
        self.setColumnCount(len(days) + 2)
        self.setRowCount(len(month.rows))
        headers = [self.tr("Child"), *[str(d.day.day) for d in days], self.tr("Rate")]
        self.setHorizontalHeaderLabels(headers)
        for c, d in enumerate(days, 1):
            head = self.horizontalHeaderItem(c)
            if head is not None:
                head.setToolTip(f"{fmt_date(d.day)} · {day_text(d.kind, d.holiday, d.day)}")
        for r, row in enumerate(month.rows):
            child = QTableWidgetItem(row.child_name)
            child.setData(Qt.ItemDataRole.UserRole, row.enrolment_id)
            self.setItem(r, 0, child)
            for c, (d, mark) in enumerate(zip(days, row.marks, strict=False), 1):
                item = QTableWidgetItem(texts.get(mark, mark))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{row.child_name} · {fmt_date(d.day)} · {day_text(d.kind, d.holiday, d.day)}")
                if d.kind == "closed":
                    item.setBackground(CLOSED_GREY)
                elif d.kind == "camp":
                    item.setBackground(CAMP_TINT)
                if mark == "U":
                    item.setForeground(UNEXPLAINED_RED)
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                elif mark == "A":
                    item.setForeground(EXPLAINED_AMBER)
                self.setItem(r, c, item)
            rate = QTableWidgetItem(fmt_rate(row.rate))
            rate.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(r, len(days) + 1, rate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the days stay narrow, the names get the room

    def mark(self, child: str, day: date) -> str:
        """The mark (P, A, U, "", "-") of ``child`` on ``day`` (for tests and the screen reader's summary)."""
        if self.data is None:
            return ""
        row = next((r for r in self.data.rows if r.child_name == child), None)
        days = [d.day for d in self.data.days]
        if row is None or day not in days:
            return ""
        return row.marks[days.index(day)]


class AttendanceView(QWidget):
    """The attendance of the club ``set_club`` chose (None: nothing to show). ``loaded`` fires each time a
    day or a month has been shown; ``saved(AttendanceSaved)`` after a day was saved."""

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceView")
        self.services, self.ops = services, ops
        self.club_id: int | None = None
        self.day_data: AttendanceDay | None = None
        self.month_data: AttendanceMonth | None = None
        self.loading = False
        self.saving = False
        # the worker's marks not yet saved, per (club, day): what she set on each row she touched
        self.drafts: dict[tuple[int, date], dict[int, Mark]] = {}
        self.marks: dict[int, Mark] = {}
        self.message_box: QMessageBox | None = None
        self.last_error: DomainError | None = None
        self.can_manage = allowed(services.user.role, Action.MANAGE_CLUBS)
        today = rules.today()

        # ---- the date and the day's actions -----------------------------------------------------------
        caption = QLabel(self.tr("&Day:"), self)
        self.date_edit = make_date_edit(today, self, maximum=today)
        self.date_edit.edit.setAccessibleName(self.tr("Day"))
        caption.setBuddy(self.date_edit.edit)
        self.previous_action = ViewAction(self, self.tr("Previous club day"), "Alt+Left", lambda: self.step(-1),
                                          name="previousDay")
        self.next_action = ViewAction(self, self.tr("Next club day"), "Alt+Right", lambda: self.step(1),
                                      name="nextDay")
        self.today_button = QPushButton(self.tr("T&oday"), self)
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(lambda: self.go_to(rules.today()))
        self.save_action = ViewAction(self, self.tr("&Save the day"), QKeySequence.StandardKey.Save, self.save,
                                      name="saveDay")
        self.month_action = ViewAction(self, self.tr("&Month"), "Ctrl+M", self.toggle_month, name="monthToggle")
        self.month_action.button.setCheckable(True)
        self.print_sheet_action = ViewAction(self, self.tr("&Print the month's sheet"), QKeySequence.StandardKey.Print,
                                             self.print_sheet, name="printSheet")
        self.transport_action = ViewAction(self, self.tr("Transport &list"), "Ctrl+Shift+T", self.print_transport,
                                           name="printTransport")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("attendanceBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(120, 8)
        self.busy_bar.setAccessibleName(self.tr("Loading…"))
        self.busy_bar.hide()
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.previous_action.button)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.next_action.button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.save_action.button)
        bar.addWidget(self.month_action.button)
        bar.addWidget(self.print_sheet_action.button)
        bar.addWidget(self.transport_action.button)

        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("dayKind")
        font = self.kind_label.font()
        font.setBold(True)
        self.kind_label.setFont(font)
        self.kind_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("dayStatus")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("attendanceError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.hint_label = QLabel(self.tr("Space: present or absent · R: the absence reason · F2: edit the note · "
                                         "Ctrl+S: save the day"), self)
        self.hint_label.setObjectName("attendanceHint")
        self.hint_label.setStyleSheet("color: #555;")
        self.hint_label.setWordWrap(True)

        self.grid = AttendanceGrid(self)
        self.grid.setAccessibleName(self.tr("Attendance of the day"))
        self.grid.edited.connect(self._edited)
        self.month_grid = MonthGrid(self)
        self.month_grid.setAccessibleName(self.tr("Attendance of the month"))
        self.month_label = QLabel(self)
        self.month_label.setObjectName("monthSummary")
        self.month_label.setWordWrap(True)
        marks = self.month_grid.marks_text()  # the legend names the letters the grid shows, in the language's own
        legend = QLabel(self.tr("%1 present · %2 absent with a reason · %3 unexplained · a dot: not enrolled that "
                                "day · tinted: day camp · grey: closed")
                        .replace("%1", marks["P"]).replace("%2", marks["A"]).replace("%3", marks["U"]), self)
        legend.setObjectName("monthLegend")
        legend.setStyleSheet("color: #555;")
        legend.setWordWrap(True)
        month_page = QWidget(self)
        month_layout = QVBoxLayout(month_page)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.month_label)
        month_layout.addWidget(self.month_grid, 1)
        month_layout.addWidget(legend)
        day_page = QWidget(self)
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.status_label)
        day_layout.addWidget(self.grid, 1)
        day_layout.addWidget(self.hint_label)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(day_page)
        self.pages.addWidget(month_page)
        self.placeholder = QLabel(self.tr("Choose a club to take its attendance."), self)
        self.placeholder.setObjectName("attendancePlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.pages, 1)
        self.date_edit.dateChanged.connect(lambda _q: self._date_changed())
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self._update_actions()

    # ---- what is shown -----------------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return self.date_edit.value()

    @property
    def month(self) -> date:
        return rules.month_start(self.day)

    @property
    def showing_month(self) -> bool:
        return self.pages.currentIndex() == 1

    @property
    def dirty(self) -> bool:
        return self.club_id is not None and bool(self.drafts.get((self.club_id, self.day)))

    def set_club(self, club_id: int | None) -> None:
        self._leaving_day()
        self.club_id = club_id
        self.day_data = None
        self.month_data = None
        self.placeholder.setVisible(club_id is None)
        self.pages.setVisible(club_id is not None)
        self.kind_label.setVisible(club_id is not None)
        if club_id is None:
            self.grid.setRowCount(0)
            self._update_actions()
            return
        self.reload()

    def go_to(self, day: date) -> None:
        self.date_edit.setMaximumDate(rules.today())
        self.date_edit.setValue(min(day, rules.today()))

    def _date_changed(self) -> None:
        self._leaving_day()
        self.reload()

    def _leaving_day(self) -> None:
        """The grid's unsaved marks stay with the day they belong to (``drafts`` already has them)."""
        self.last_error = None
        self.error_label.hide()

    def reload(self) -> None:
        if self.club_id is None:
            return
        clubs, club_id, day = self.services.clubs, self.club_id, self.day
        self.loading = True
        self.busy_bar.show()
        if self.showing_month:
            month = self.month
            self.ops.query(self, lambda: clubs.attendance_month(club_id, month), self.show_month,
                           failure=self._load_failed, key=("attendance", id(self)))
        else:
            self.ops.query(self, lambda: clubs.attendance_day(club_id, day), self.show_day,
                           failure=self._load_failed, key=("attendance", id(self)))

    def _load_failed(self, exc: DomainError) -> None:
        self.loading = False
        self.busy_bar.hide()
        self.show_error(exc)
        self.loaded.emit()

    def show_error(self, exc: DomainError) -> None:
        self.last_error = exc
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def show_day(self, data: AttendanceDay) -> None:
        if data.club_id != self.club_id:
            return
        self.loading = False
        self.busy_bar.hide()
        self.day_data = data
        self.error_label.hide()
        self.last_error = None
        draft = self.drafts.get((data.club_id, data.day), {})
        self.marks = {}
        for r in data.rows:
            saved = Mark(True if r.present is None else r.present, r.reason, r.note)
            self.marks[r.enrolment_id] = draft.get(r.enrolment_id, saved)
        self.grid.fill(data, self.marks)
        self.grid.marks = self.marks
        is_open = data.kind in OPEN_KINDS
        self.grid.setEnabled(is_open and self.can_manage)
        self.kind_label.setText(f"{fmt_date_with_hebrew(data.day)} — {self._kind_text(data)}")
        self.kind_label.setStyleSheet("" if is_open else "color: #a61b1b;")
        self._show_status()
        self._update_actions()
        self.loaded.emit()

    def _kind_text(self, data: AttendanceDay) -> str:
        return day_text(data.kind, data.holiday, data.day)

    def _show_status(self) -> None:
        data = self.day_data
        if data is None:
            self.status_label.clear()
            return
        if data.kind not in OPEN_KINDS:
            text = self.tr("The club is closed on this day: no attendance is taken.")
        elif not data.rows:
            text = self.tr("No child is enrolled in the club on this day.")
        elif self.dirty:
            text = self.tr("Not saved yet: save the day when the marks are right (Ctrl+S).")
        elif data.recorded:
            present = sum(1 for m in self.marks.values() if m.present)
            text = self.tr("Saved: %1 present, %2 absent.").replace("%1", str(present)).replace(
                "%2", str(len(self.marks) - present))
        else:
            text = self.tr("Not recorded yet: every child is marked present. Mark the children who are absent "
                           "and save the day.")
        others = sorted(d for (c, d), marks in self.drafts.items() if c == self.club_id and d != self.day and marks)
        if others:
            text += " " + self.tr("Marks not saved on: %1.").replace("%1", ", ".join(fmt_date(d) for d in others))
        self.status_label.setText(text)

    def _edited(self, enrolment_id: int) -> None:
        if self.club_id is None or self.day_data is None:
            return
        key = (self.club_id, self.day_data.day)
        self.drafts.setdefault(key, {})[enrolment_id] = self.marks[enrolment_id]
        self._show_status()
        self._update_actions()

    def _update_actions(self) -> None:
        has_club = self.club_id is not None
        data = self.day_data
        can_save = (self.can_manage and has_club and data is not None and data.kind in OPEN_KINDS
                    and bool(data.rows) and (self.dirty or not data.recorded) and not self.saving
                    and not self.showing_month)
        self.save_action.setEnabled(can_save)
        self.save_action.setVisible(self.can_manage)
        for a in (self.previous_action, self.next_action, self.month_action, self.print_sheet_action,
                  self.transport_action):
            a.setEnabled(has_club)
        self.today_button.setEnabled(has_club)
        self.date_edit.setEnabled(has_club)
        self.next_action.setEnabled(has_club and self.day < rules.today())
        self.hint_label.setVisible(self.can_manage and not self.showing_month)

    # ---- moving between days ------------------------------------------------------------------------------
    def step(self, direction: int) -> None:
        """To the previous (-1) or the next (+1) club or camp day of the club's calendar (never after today)."""
        if self.club_id is None:
            return
        clubs, club_id, day, last = self.services.clubs, self.club_id, self.day, rules.today()

        def find() -> date | None:
            year = rules.school_year_of(day)
            for y in (year, year + direction):
                found = open_day_after(clubs.calendar(y, club_id), day, direction, last)
                if found is not None:
                    return found
            return None

        def arrived(target: date | None) -> None:
            if target is not None:
                self.go_to(target)

        self.ops.query(self, find, arrived, failure=self.show_error, key=("attendance-step", id(self)))

    # ---- saving --------------------------------------------------------------------------------------------
    def current_marks(self) -> tuple[AttendanceMark, ...]:
        out = []
        for eid in self.grid.ids:
            m = self.marks[eid]
            out.append(AttendanceMark(eid, m.present, "" if m.present else m.reason, m.note.strip()))
        return tuple(out)

    def save(self) -> None:
        data = self.day_data
        if not self.save_action.action.isEnabled() or data is None or self.club_id is None:
            return
        self.grid.finish_editing()  # a note still being typed is part of the day
        clubs, club_id, day, token, marks = self.services.clubs, data.club_id, data.day, data.token, self.current_marks()
        self.saving = True
        self.busy_bar.show()
        self._update_actions()
        self.ops.write(self, lambda: clubs.save_attendance(club_id, day, marks, token), self._saved,
                       failure=self._save_failed)

    def _saved(self, result: AttendanceSaved) -> None:
        self.saving = False
        self.busy_bar.hide()
        self.last_error = None
        self.drafts.pop((result.club_id, result.day), None)
        if result.tasks:
            lines = [self.tr("Three unexplained absences in a row: a task was sent to %1 for %2.")
                     .replace("%1", t.assignee_name).replace("%2", t.child_name) for t in result.tasks]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Tasks for the family workers"),
                              "\n".join(lines), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("tasksRaisedBox")
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(lambda _r: self._back_from_box())
            self.message_box = box
            box.open()
        self.saved.emit(result)
        self.reload()

    def _save_failed(self, exc: DomainError) -> None:
        self.saving = False
        self.busy_bar.hide()
        self.show_error(exc)
        self._update_actions()
        if isinstance(exc, ConflictError):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The day was changed"),
                              self.tr("Someone else saved this day's attendance after you opened it. Reload it? "
                                      "Your marks are kept and put back over what was saved; then save again."),
                              QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("conflictBox")
            reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(reload_button)
            box.setWindowModality(Qt.WindowModality.WindowModal)

            def done(_result: int) -> None:
                self._back_from_box()
                if box.clickedButton() is reload_button:
                    self.reload()

            box.finished.connect(done)
            self.message_box = box
            box.open()

    def _back_from_box(self) -> None:
        """A message box closed: the keyboard comes back to the grid (Ctrl+S, Space and R work at once)."""
        if self.isVisible():
            self.window().activateWindow()
            self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- the month -----------------------------------------------------------------------------------------
    def toggle_month(self) -> None:
        show = not self.showing_month
        self.month_action.button.setChecked(show)
        self.pages.setCurrentIndex(1 if show else 0)
        self._update_actions()
        self.reload()

    def show_month(self, data: AttendanceMonth) -> None:
        if data.club_id != self.club_id:
            return
        self.loading = False
        self.busy_bar.hide()
        self.month_data = data
        self.error_label.hide()
        self.month_grid.fill(data)
        self.kind_label.setText(self.tr("%1 — %2").replace("%1", data.club_name).replace(
            "%2", data.month.strftime("%m/%Y")))
        self.kind_label.setStyleSheet("")
        present = sum(r.present for r in data.rows)
        recorded = sum(r.present + r.absent + r.unexplained for r in data.rows)
        unexplained = sum(r.unexplained for r in data.rows)
        self.month_label.setText(
            self.tr("Attendance this month: %1 (%2 of %3 recorded child-days present; %4 unexplained absences).")
            .replace("%1", fmt_rate(data.rate)).replace("%2", str(present)).replace("%3", str(recorded))
            .replace("%4", str(unexplained)))
        self._update_actions()
        self.loaded.emit()

    def print_sheet(self) -> ClubPreview | None:
        if self.club_id is None:
            return None
        return print_attendance_sheet(self, self.services, self.ops, self.club_id, self.month)

    def print_transport(self) -> ClubPreview | None:
        if self.club_id is None:
            return None
        return print_transport_list(self, self.services, self.ops, self.club_id, self.day)

    # ---- changes made elsewhere ----------------------------------------------------------------------------
    def _changed(self, changes: Changes, origin: object) -> None:
        if origin is self or self.club_id is None or self.club_id not in changes.clubs or self.saving:
            return
        self.reload()  # the worker's own marks are drafts: they are put back over the fresh day

    def focus_target(self) -> QWidget:
        return self.month_grid if self.showing_month else self.grid

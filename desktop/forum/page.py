"""The youth-law forum page (פורום חוק הנוער: the youth-law workers, the team heads, the manager).

On top, the meeting: a chooser (this week's meeting chosen; the others of the last three months and ahead),
its details, and New meeting (Ctrl+N), Edit meeting, Mark held, Print minutes (Ctrl+P), Refresh (F5).
Below, the AGENDA: every undecided report of the files the user sees, in the rule's order, the rule stated
above the list in one sentence; each row with its urgency in colour (and words), the child, age in years and
months, the file, the report's kind, date, days open, who reported and a summary. Decide (Enter) opens the
decision dialog for the chosen meeting; saving says that a task was sent to the worker for the child. Under
it, the reports decided at the chosen meeting, with their decision.

It reloads itself when reports, the forum's meetings or family files change (the change bus)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.clubs.common import FlowLayout
from desktop.committees.common import weekday_name
from desktop.families.dialogs import ask
from desktop.forum.common import (
    age_sort_key,
    age_text,
    agenda_order_text,
    intervention_label,
    mark_urgency,
    meeting_status_label,
    report_kind_label,
    reporter_kind_label,
    today,
    urgency_label,
)
from desktop.messages import message_for
from desktop.ops import Ops
from desktop.widgets.a11y import name_widgets
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import due_text, is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table, fmt_count, select_row, with_count
from models.changes import Changes
from models.errors import DomainError
from models.forum.dto import Agenda, AgendaRow, ForumMeetingDTO, RiskReportDTO

if TYPE_CHECKING:
    from desktop.forum.decision_dialog import DecisionDialog
    from desktop.forum.meeting_dialog import ForumMeetingDialog
    from desktop.forum.printing import ForumPreview
    from models.services import Services

(COL_URGENCY, COL_CHILD, COL_AGE, COL_FILE, COL_KIND, COL_REPORTED, COL_OPEN, COL_REPORTER,
 COL_SUMMARY) = range(9)
(DCOL_CHILD, DCOL_FILE, DCOL_KIND, DCOL_INTERVENTION, DCOL_RESPONSIBLE, DCOL_DUE, DCOL_NOTE) = range(7)
MEETINGS_BACK_DAYS = 92  # the chooser offers the meetings of the last three months and every one ahead
AGENDA_LIMIT = 200  # rows of the agenda shown (the total is said)
OK_COLOR = "#2e6b30"


def week_start(day: date) -> date:
    """The Sunday that starts ``day``'s week (Israel's week: Sunday to Saturday)."""
    return day - timedelta(days=day.isoweekday() % 7)


def this_weeks(meetings: list[ForumMeetingDTO], day: date) -> ForumMeetingDTO | None:
    """The meeting of ``day``'s week; else the next one ahead; else the latest."""
    start = week_start(day)
    week = [m for m in meetings if start <= m.held_on < start + timedelta(days=7)]
    if week:
        return min(week, key=lambda m: abs((m.held_on - day).days))
    ahead = [m for m in meetings if m.held_on > day]
    if ahead:
        return min(ahead, key=lambda m: m.held_on)
    return max(meetings, key=lambda m: m.held_on) if meetings else None


class ForumCounts(QObject):
    """Strings with a count (lupdate gives plural forms only to ``self.tr(text, disambiguation, n)``)."""

    def decided(self, n: int) -> str:
        return self.tr("%n decided", "", n)


def meeting_text(m: ForumMeetingDTO) -> str:
    """A meeting in the chooser: "Sunday 29/11/2026 · held · 3 decided"."""
    decided = ForumCounts().decided(m.decided_count)
    return f"{weekday_name(m.held_on)} {fmt_date(m.held_on)} · {meeting_status_label(m.status)} · {decided}"


class ForumPage(QWidget):
    """``open_file_requested(file_id)`` asks the main window to open a family file (on its Youth law tab)."""

    open_file_requested = Signal(int)

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forumPage")
        self.services, self.ops = services, ops
        self.meetings: list[ForumMeetingDTO] = []
        self.meeting: ForumMeetingDTO | None = None
        self.agenda: Agenda | None = None
        self.items: list[RiskReportDTO] = []
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.preview: ForumPreview | None = None
        self.loading_meetings = self.loading_agenda = self.loading_items = False
        self._select_meeting: int | None = None

        title = QLabel(self.tr("Youth-law forum"), self)
        title.setObjectName("pageTitle")
        caption = QLabel(self.tr("&Meeting:"), self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("forumMeeting")
        self.chooser.setMinimumContentsLength(34)
        self.chooser.setAccessibleName(self.tr("Forum meeting"))
        caption.setBuddy(self.chooser)
        self.chooser.currentIndexChanged.connect(self._meeting_chosen)
        self.new_action = ViewAction(self, self.tr("&New meeting…"), QKeySequence.StandardKey.New,
                                     self.new_meeting, name="newForumMeeting")
        self.edit_button = self._button(self.tr("&Edit meeting…"), "editForumMeeting", self.edit_meeting)
        self.held_button = self._button(self.tr("Mark &held"), "markHeld", self.mark_held)
        self.held_button.setToolTip(self.tr("Record that the meeting took place"))
        self.print_action = ViewAction(self, self.tr("&Print minutes…"), QKeySequence.StandardKey.Print,
                                       self.print_minutes, name="printMinutes")
        self.refresh_action = ViewAction(self, self.tr("Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh,
                                         name="refreshForum")
        self.meeting_label = QLabel(self)
        self.meeting_label.setObjectName("forumMeetingDetails")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("forumStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {OK_COLOR}; font-weight: bold;")
        self.status_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("forumError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(caption)
        top.addWidget(self.chooser, 1)
        actions = FlowLayout()
        for b in (self.new_action.button, self.edit_button, self.held_button, self.print_action.button,
                  self.refresh_action.button):
            actions.addWidget(b)

        # the agenda
        agenda_box = QGroupBox(self.tr("Agenda: reports waiting for a decision"), self)
        agenda_box.setObjectName("agendaBox")
        self.order_label = QLabel(agenda_order_text(), agenda_box)
        self.order_label.setObjectName("agendaOrder")
        self.order_label.setWordWrap(True)
        font = self.order_label.font()
        font.setBold(True)
        self.order_label.setFont(font)
        self.count_label = QLabel(agenda_box)
        self.count_label.setObjectName("agendaCount")
        self.future_label = QLabel(agenda_box)
        self.future_label.setObjectName("agendaFuture")
        self.future_label.setWordWrap(True)
        self.future_label.setStyleSheet("color: #8a5a00;")
        self.future_label.hide()
        self.table = Table([self.tr("Urgency"), self.tr("Child"), self.tr("Age"), self.tr("File no."),
                            self.tr("Kind"), self.tr("Reported on"), self.tr("Days open"), self.tr("Reported by"),
                            self.tr("Summary")], agenda_box, stretch=COL_SUMMARY, sortable=False,
                           empty_text=self.tr("No report is waiting for the forum. A report is recorded from the "
                                              "family file's Youth law tab."), name="agendaTable")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.decide())  # Enter or a double-click
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.decide_button = self._button(self.tr("&Decide…"), "decideReport", self.decide, agenda_box)
        self.decide_button.setToolTip(self.tr("Record the forum's decision on the selected report (Enter)"))
        self.open_button = self._button(self.tr("&Open the family file"), "openFileFromAgenda", self.open_file,
                                        agenda_box)
        # a long agenda is read AGENDA_LIMIT rows at a time: Show more reads the next ones too
        self.agenda_limit = AGENDA_LIMIT
        self.more_button = self._button(self.tr("Show mo&re"), "agendaMore", self.show_more, agenda_box)
        self.more_button.setToolTip(self.tr("Show the next reports of the agenda"))
        self.more_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.order_label, 1)
        head.addWidget(self.count_label)
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.decide_button)
        agenda_buttons.addWidget(self.open_button)
        agenda_buttons.addStretch(1)
        agenda_buttons.addWidget(self.more_button)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addLayout(head)
        agenda_layout.addWidget(self.future_label)
        agenda_layout.addLayout(agenda_buttons)
        agenda_layout.addWidget(self.table, 1)

        # decided at the chosen meeting
        self.decided_box = QGroupBox(self.tr("Decided at this meeting"), self)
        self.decided_box.setObjectName("decidedBox")
        self.decided = Table([self.tr("Child"), self.tr("File no."), self.tr("Kind"), self.tr("Intervention"),
                              self.tr("Responsible"), self.tr("Due"), self.tr("Note")], self.decided_box,
                             stretch=DCOL_NOTE, empty_text=self.tr("Nothing was decided at this meeting yet."),
                             name="decidedTable")
        self.decided.setAccessibleName(self.tr("Decided at this meeting"))
        self.decided.setWordWrap(False)
        QVBoxLayout(self.decided_box).addWidget(self.decided)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(agenda_box)
        splitter.addWidget(self.decided_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.chooser, self.table)
        self._update_actions()
        name_widgets(self)
        ops.bus.subscribe(self, self._changed)
        self.refresh()

    def _button(self, text: str, name: str, handler: Callable[[], Any], parent: QWidget | None = None) -> QPushButton:
        b = QPushButton(text, parent or self)
        b.setObjectName(name)
        b.clicked.connect(lambda _checked=False: handler())
        return b

    # ---- loading -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5: the meetings, the agenda and the chosen meeting's decisions."""
        self.load_meetings()
        self.load_agenda()

    def load_meetings(self) -> None:
        forum, day = self.services.forum, today()
        self.loading_meetings = True
        self.ops.query(self, lambda: forum.meetings(day - timedelta(days=MEETINGS_BACK_DAYS), None),
                       self._meetings_loaded, failure=self._failed, key=("forum-meetings", id(self)))

    def load_agenda(self) -> None:
        forum = self.services.forum
        self.loading_agenda = True
        limit = self.agenda_limit
        self.ops.query(self, lambda: forum.agenda(0, limit), self._agenda_loaded, failure=self._failed,
                       key=("forum-agenda", id(self)))

    def show_more(self) -> None:
        """The next AGENDA_LIMIT reports of a long agenda (the rows shown stay, in the rule's order)."""
        self.agenda_limit += AGENDA_LIMIT
        self.load_agenda()

    def load_items(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.items = []
            self._show_items()
            return
        forum, mid = self.services.forum, meeting.id
        self.loading_items = True
        self.ops.query(self, lambda: forum.meeting_items(mid), lambda items: self._items_loaded(mid, items),
                       failure=self._failed, key=("forum-items", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading_meetings = self.loading_agenda = self.loading_items = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _meetings_loaded(self, meetings: list[ForumMeetingDTO]) -> None:
        self.loading_meetings = False
        self.meetings = sorted(meetings, key=lambda m: m.held_on, reverse=True)
        wanted = self._select_meeting if self._select_meeting is not None else (
            self.meeting.id if self.meeting is not None else None)
        self._select_meeting = None
        if wanted is None or wanted not in [m.id for m in self.meetings]:
            chosen = this_weeks(self.meetings, today())
            wanted = chosen.id if chosen is not None else None
        blocked = self.chooser.blockSignals(True)
        self.chooser.clear()
        for m in self.meetings:
            self.chooser.addItem(meeting_text(m), m.id)
        if not self.meetings:
            self.chooser.addItem(self.tr("No meeting yet: New meeting (Ctrl+N)"), None)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(wanted)) if wanted is not None else 0)
        self.chooser.blockSignals(blocked)
        self._meeting_chosen()

    def _meeting_chosen(self, *_args: object) -> None:
        mid = self.chooser.currentData()
        self.meeting = next((m for m in self.meetings if m.id == mid), None)
        self._show_meeting()
        self.load_items()
        self._update_actions()

    def _show_meeting(self) -> None:
        m = self.meeting
        if m is None:
            self.meeting_label.setText(self.tr("Choose this week's meeting, or make it with New meeting (Ctrl+N): "
                                               "the forum's decisions are recorded at a meeting."))
            self.future_label.hide()
            return
        parts = [self.tr("Chair: %1").replace("%1", m.chair.full_name if m.chair else "—")]
        if m.attendees:
            parts.append(self.tr("Attendees: %1").replace("%1", ", ".join(m.attendees)))
        if m.monthly_district:
            parts.append(self.tr("the district youth-law worker attends (monthly)"))
        if m.notes.strip():
            parts.append(m.notes.strip())
        self.meeting_label.setText(" · ".join(parts))
        if m.held_on > today():
            self.future_label.setText(self.tr("The meeting of %1 is ahead: its decisions are recorded on the day "
                                              "(or choose today's meeting).").replace("%1", fmt_date(m.held_on)))
            self.future_label.show()
        else:
            self.future_label.hide()

    def _agenda_loaded(self, agenda: Agenda) -> None:
        self.loading_agenda = False
        self.error_label.hide()
        selected = self.selected_report_id()
        self.agenda = agenda
        rows = []
        for r in agenda.rows:
            urgency = Item(urgency_label(r.urgency), r.report_id)
            mark_urgency(urgency, r.urgency)
            age = Item(age_text(r.age_years, r.age_months), r.report_id, age_sort_key(r.age_years, r.age_months))
            days = Item(str(r.days_open), r.report_id, r.days_open)
            summary = Item(r.summary, r.report_id)
            summary.setToolTip(r.summary)
            cells = [urgency, Item(r.child_name, r.report_id), age, Item(r.file_number, r.report_id),
                     Item(report_kind_label(r.kind), r.report_id),
                     Item(fmt_date(r.reported_on), r.report_id, r.reported_on.toordinal()), days,
                     Item(reporter_kind_label(r.reporter_kind), r.report_id), summary]
            for c in (COL_AGE, COL_OPEN):
                cells[c].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rows.append(cells)
        self.table.set_rows(rows)
        shown, total = len(agenda.rows), agenda.total
        self.more_button.setVisible(total > shown)
        if total > shown:
            self.count_label.setText(self.tr("the first %1 of %2").replace("%1", fmt_count(shown))
                                     .replace("%2", fmt_count(total)))
        else:
            self.count_label.setText(with_count(self.tr("%n waiting", "", total), total))
        if agenda.rows:
            ids = [r.report_id for r in agenda.rows]
            select_row(self.table, ids.index(selected) if selected in ids else 0)
        self._update_actions()

    def _items_loaded(self, meeting_id: int, items: list[RiskReportDTO]) -> None:
        self.loading_items = False
        if self.meeting is None or self.meeting.id != meeting_id:
            return  # another meeting was chosen meanwhile
        self.items = items
        self._show_items()

    def _show_items(self) -> None:
        rows = []
        day = today()
        for r in self.items:
            due = Item(due_text(r.due_on, False, day) if r.due_on else "", r.id,
                       r.due_on.toordinal() if r.due_on else 0)
            if is_overdue(r.due_on, False, day):
                mark_overdue(due)
            note = Item(r.decision_note, r.id)
            note.setToolTip(r.decision_note)
            rows.append([Item(r.child.full_name, r.id), Item(r.file_number, r.id), Item(report_kind_label(r.kind), r.id),
                         Item(intervention_label(r.intervention), r.id),
                         Item(r.responsible.full_name if r.responsible else "", r.id), due, note])
        self.decided.set_rows(rows)
        n = len(self.items)
        self.decided_box.setTitle(self.tr("Decided at this meeting (%n)", "", n) if self.meeting is not None
                                  else self.tr("Decided at this meeting"))

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.reports or changes.forum or changes.files:
            self.refresh()

    # ---- the selection -----------------------------------------------------------------------------------
    def selected_report_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_CHILD) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected(self) -> AgendaRow | None:
        rid = self.selected_report_id()
        if self.agenda is None or rid is None:
            return None
        return next((r for r in self.agenda.rows if r.report_id == rid), None)

    def select(self, report_id: int) -> None:
        if self.agenda is not None:
            ids = [r.report_id for r in self.agenda.rows]
            if report_id in ids:
                select_row(self.table, ids.index(report_id))

    def child_names(self) -> list[str]:
        """The agenda's children in the list's order."""
        return [self.table.item(r, COL_CHILD).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def decided_names(self) -> list[str]:
        return [self.decided.item(r, DCOL_CHILD).text() for r in range(self.decided.rowCount())]  # type: ignore[union-attr]

    def _update_actions(self) -> None:
        m = self.meeting
        row = self.selected()
        can_decide = row is not None and m is not None and m.held_on <= today()
        self.decide_button.setEnabled(can_decide)
        self.open_button.setEnabled(row is not None)
        self.edit_button.setEnabled(m is not None)
        self.held_button.setEnabled(m is not None and m.status != "held" and m.held_on <= today())
        self.print_action.setEnabled(m is not None)

    # ---- actions -----------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_meeting(self) -> ForumMeetingDialog:
        from desktop.forum.meeting_dialog import ForumMeetingDialog

        dialog = ForumMeetingDialog(self.services, self.ops, None, self, taken={m.held_on for m in self.meetings})
        dialog.saved.connect(self._meeting_saved)
        self._open(dialog)
        return dialog

    def edit_meeting(self) -> ForumMeetingDialog | None:
        if self.meeting is None:
            return None
        from desktop.forum.meeting_dialog import ForumMeetingDialog

        dialog = ForumMeetingDialog(self.services, self.ops, self.meeting, self)
        dialog.saved.connect(self._meeting_saved)
        dialog.reload_requested.connect(lambda: self._reload_meeting_into(dialog))
        self._open(dialog)
        return dialog

    def _reload_meeting_into(self, dialog: ForumMeetingDialog) -> None:
        """After a conflict: the meeting's new version into the dialog (what was typed stays)."""
        if dialog.meeting is None:
            return
        forum, mid = self.services.forum, dialog.meeting.id

        def arrived(meeting: ForumMeetingDTO) -> None:
            dialog.meeting = meeting
            dialog.set_version(meeting.version)

        self.ops.query(self, lambda: forum.meeting(mid), arrived, failure=dialog.show_error)

    def _meeting_saved(self, meeting: ForumMeetingDTO) -> None:
        self._select_meeting = meeting.id
        self.error_label.hide()

    def mark_held(self) -> QMessageBox | None:
        m = self.meeting
        if m is None or m.status == "held":
            return None
        forum = self.services.forum

        def held() -> None:
            self.ops.write(self, lambda: forum.mark_held(m.id, m.version), self._meeting_saved,
                           failure=self._failed)

        self.message_box = ask(self, self.tr("Mark held"),
                               self.tr("Record that the forum met on %1?").replace("%1", fmt_date(m.held_on)),
                               self.tr("Mark held"), held)
        return self.message_box

    def decide(self) -> DecisionDialog | None:
        row, m = self.selected(), self.meeting
        if row is None or m is None or m.held_on > today():
            return None
        from desktop.forum.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.services, self.ops, row.report_id, m, self)
        dialog.saved.connect(self._decided)
        # closed after a refusal (another member decided it meanwhile): the agenda as it is now
        dialog.rejected.connect(self.load_agenda)
        self._open(dialog)
        return dialog

    def _decided(self, report: RiskReportDTO) -> None:
        if report.responsible is not None and report.task_id is not None:
            text = (self.tr("Decided: a task was sent to %1 for %2.").replace("%1", report.responsible.full_name)
                    .replace("%2", report.child.full_name))
        else:
            text = (self.tr("Decided for %1: %2.").replace("%1", report.child.full_name)
                    .replace("%2", intervention_label(report.intervention)))
        self.status_label.setText(text)
        self.status_label.show()
        self.error_label.hide()

    def status_text(self) -> str:
        return self.status_label.text() if self.status_label.isVisibleTo(self) else ""

    def open_file(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_file_requested.emit(row.file_id)

    def print_minutes(self) -> ForumPreview | None:
        m = self.meeting
        if m is None:
            return None
        from desktop.forum.printing import print_minutes

        self.preview = print_minutes(self, self.services, self.ops, m)
        return self.preview

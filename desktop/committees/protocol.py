"""The protocol of one case (פרוטוקול הדיון): who attended, the five sections, the decisions, the vote, the
tasks and the next review date. Save draft (Ctrl+S) keeps the dialog open; the meeting's chair finalises
(asked first: a final protocol is read-only); a refusal is said in words and everything typed stays. A final
protocol is shown read-only with its addenda and "Add addendum…". Print: the protocol, the decision letter
(to the parents, each in their language) and the summary letter (to a professional)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.families.dialogs import ServiceDialog, ask, plain_text_edit
from desktop.messages import decision_kind_label, participant_kind_label
from desktop.printing.summary_dialog import LANGUAGE_NAMES
from desktop.widgets.a11y import name_widgets
from desktop.widgets.dates import fmt_date, fmt_date_with_hebrew, make_date_edit, to_date
from desktop.widgets.text import TextBox
from models.codes import DECISION_KINDS, OUT_OF_HOME_DECISIONS
from models.committees.dto import (
    CaseDTO,
    DecisionInput,
    MeetingDTO,
    ProtocolDTO,
    ProtocolInput,
    ProtocolTaskInput,
)
from models.committees.rules import review_limit
from models.errors import DomainError
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.ops import Ops
    from models.services import Services
    from models.users.dto import UserRef

SECTIONS = ("background", "professionals_views", "parents_position", "child_position", "discussion")


def section_title(key: str) -> str:
    return {
        "background": QCoreApplication.translate("Protocol", "Background"),
        "professionals_views": QCoreApplication.translate("Protocol", "The professionals' views"),
        "parents_position": QCoreApplication.translate("Protocol", "The parents' position"),
        "child_position": QCoreApplication.translate("Protocol", "The child's position"),
        "discussion": QCoreApplication.translate("Protocol", "Summary of the discussion"),
    }[key]


class _Row(QFrame):
    """A row of a list the user builds (a decision, a task): moved up or down, removed."""

    def __init__(self, owner: _RowList, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QFormLayout()
        self.body.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.up = QPushButton(QCoreApplication.translate("Protocol", "Up"), self)
        self.down = QPushButton(QCoreApplication.translate("Protocol", "Down"), self)
        self.remove = QPushButton(QCoreApplication.translate("Protocol", "Remove"), self)
        self.up.clicked.connect(lambda: owner.move_row(self, -1))
        self.down.clicked.connect(lambda: owner.move_row(self, 1))
        self.remove.clicked.connect(lambda: owner.remove(self))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addLayout(buttons)

    def set_read_only(self, read_only: bool) -> None:
        for b in (self.up, self.down, self.remove):
            b.setVisible(not read_only)


class DecisionRow(_Row):
    def __init__(self, owner: _RowList, parent: QWidget) -> None:
        super().__init__(owner, parent)
        self.kind = QComboBox(self)
        for k in DECISION_KINDS:
            self.kind.addItem(decision_kind_label(k), k)
        self.text = plain_text_edit(self, 60)
        self.text.setMaximumHeight(90)
        self.items = plain_text_edit(self, 50)
        self.items.setMaximumHeight(80)
        self.items.setPlaceholderText(QCoreApplication.translate("Protocol", "One item per line"))
        for caption, field in ((QCoreApplication.translate("Protocol", "Kind:"), self.kind),
                               (QCoreApplication.translate("Protocol", "Decision:"), self.text),
                               (QCoreApplication.translate("Protocol", "Plan items:"), self.items)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            self.body.addRow(label, field)
        self.kind.currentIndexChanged.connect(lambda _i: owner.changed())

    def value(self) -> DecisionInput:
        items = tuple(line.strip() for line in self.items.toPlainText().splitlines() if line.strip())
        return DecisionInput(self.kind.currentData(), self.text.toPlainText().strip(), items)

    def set_value(self, kind: str, text: str, items: tuple[str, ...]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.text.setPlainText(text)
        self.items.setPlainText("\n".join(items))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.kind.setEnabled(not read_only)
        self.text.setReadOnly(read_only)
        self.items.setReadOnly(read_only)


class TaskRow(_Row):
    def __init__(self, owner: _RowList, parent: QWidget, staff: list[UserRef], default_due: date) -> None:
        super().__init__(owner, parent)
        self.up.hide()
        self.down.hide()
        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.responsible = QComboBox(self)
        self.responsible.addItem(QCoreApplication.translate("Protocol", "(nobody yet)"), None)
        for u in staff:
            self.responsible.addItem(u.full_name, u.id)
        self.has_due = QCheckBox(QCoreApplication.translate("Protocol", "Due date:"), self)
        self.has_due.setChecked(True)
        self.due = make_date_edit(default_due, self)
        self.has_due.toggled.connect(self.due.setEnabled)
        for caption, field in ((QCoreApplication.translate("Protocol", "Task:"), self.title),
                               (QCoreApplication.translate("Protocol", "Responsible:"), self.responsible)):
            label = QLabel(caption, self)
            label.setBuddy(field)
            self.body.addRow(label, field)
        self.body.addRow(self.has_due, self.due)

    def value(self) -> ProtocolTaskInput:
        due = to_date(self.due) if self.has_due.isChecked() else None
        return ProtocolTaskInput(self.title.text().strip(), self.responsible.currentData(), due)

    def set_value(self, title: str, responsible: UserRef | None, due_on: date | None) -> None:
        self.title.setText(title)
        if responsible is not None:
            i = self.responsible.findData(responsible.id)
            if i < 0:  # no longer among those who see the file: still shown as chosen
                self.responsible.addItem(responsible.full_name, responsible.id)
                i = self.responsible.count() - 1
            self.responsible.setCurrentIndex(i)
        self.has_due.setChecked(due_on is not None)
        if due_on is not None:
            self.due.setValue(due_on)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.up.hide()
        self.down.hide()
        for w in (self.responsible, self.has_due, self.due):
            w.setEnabled(not read_only and (w is not self.due or self.has_due.isChecked()))
        self.title.setReadOnly(read_only)


class _RowList(QWidget):
    """A list of rows with an Add button under it."""

    def __init__(self, add_text: str, make: Callable[[], _Row], parent: QWidget,
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._on_change = on_change
        self.rows: list[_Row] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)

    def add(self) -> _Row:
        row = self._make()
        self.rows.append(row)
        self.box.addWidget(row)
        name_widgets(row)  # its labels bound to its fields, for a screen reader
        self.changed()
        return row

    def clear(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.changed()

    def remove(self, row: _Row) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed()

    def move_row(self, row: _Row, step: int) -> None:
        i = self.rows.index(row)
        j = i + step
        if not 0 <= j < len(self.rows):
            return
        self.rows[i], self.rows[j] = self.rows[j], self.rows[i]
        for r in self.rows:
            self.box.removeWidget(r)
        for r in self.rows:
            self.box.addWidget(r)
        self.changed()

    def changed(self) -> None:
        for i, row in enumerate(self.rows):
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self.rows) - 1)
        if self._on_change is not None:
            self._on_change()

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)


class ProtocolDialog(ServiceDialog):
    """The protocol of ``case`` heard at ``meeting``. ``protocol`` holds the last protocol loaded or saved
    (None: none yet); ``finalised`` fires with the final protocol."""

    def __init__(self, services: Services, ops: Ops, meeting: MeetingDTO, case: CaseDTO,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Protocol — %1, %2").replace("%1", case.child.full_name).replace("%2", fmt_date(meeting.held_on))
        super().__init__(ops, title, parent)
        self.setObjectName("protocolDialog")
        self.services, self.meeting, self.case = services, meeting, case
        self.protocol: ProtocolDTO | None = None
        self.staff: list[UserRef] = []
        self.is_chair = services.user.id == meeting.chair.id
        # the coordinators and the manager write the protocol; a chair of another role (a team head) reads the
        # saved draft and finalises it as it is
        self.can_write = allowed(services.user.role, Action.MANAGE_COMMITTEES)
        self.read_only = False
        self.previews: list[QWidget] = []
        self.resize(920, 860)

        # ---- header --------------------------------------------------------------------------------------
        header = QLabel(self)
        header.setObjectName("protocolHeader")
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setText(self.tr("Meeting of %1 · %2 (born %3) · file %4, %5")
                       .replace("%1", fmt_date_with_hebrew(meeting.held_on))
                       .replace("%2", case.child.full_name)
                       .replace("%3", fmt_date(case.child.birth_date) or "—")
                       .replace("%4", case.file_number)
                       .replace("%5", case.family_name))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("protocolStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

        content = QWidget(self)
        body = QVBoxLayout(content)

        # ---- attendance ----------------------------------------------------------------------------------
        attendance = QGroupBox(self.tr("Attended"), content)
        self.attendance = QListWidget(attendance)
        self.attendance.setObjectName("attendance")
        self.attendance.setAccessibleName(self.tr("Attended"))
        for p in case.participants:
            text = f"{p.name} — {participant_kind_label(p.kind)}"
            if p.organisation:
                text += f" ({p.organisation})"
            item = QListWidgetItem(text, self.attendance)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if p.attended else Qt.CheckState.Unchecked)
        self.attendance.setMaximumHeight(max(60, min(8, len(case.participants) + 1) * 24))
        QVBoxLayout(attendance).addWidget(self.attendance)
        body.addWidget(attendance)

        # ---- the sections --------------------------------------------------------------------------------
        sections = QGroupBox(self.tr("The hearing"), content)
        form = QFormLayout(sections)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.sections: dict[str, TextBox] = {}
        for key in SECTIONS:
            edit = plain_text_edit(sections, 80)
            edit.setMaximumHeight(150)
            edit.setObjectName(key)
            self.sections[key] = edit
            label = QLabel(section_title(key) + ":", sections)
            label.setBuddy(edit)
            form.addRow(label, edit)
        body.addWidget(sections)

        # ---- decisions -----------------------------------------------------------------------------------
        decisions = QGroupBox(self.tr("Decisions"), content)
        self.decisions = _RowList(self.tr("Add decision"), lambda: DecisionRow(self.decisions, self.decisions),
                                  decisions, self._update_review_hint)
        self.decisions.setObjectName("decisions")
        QVBoxLayout(decisions).addWidget(self.decisions)
        body.addWidget(decisions)

        # ---- the vote ------------------------------------------------------------------------------------
        vote = QGroupBox(self.tr("The vote"), content)
        vote_form = QFormLayout(vote)
        vote_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        counts = QHBoxLayout()
        self.votes_for, self.votes_against, self.votes_abstained = QSpinBox(vote), QSpinBox(vote), QSpinBox(vote)
        for caption, spin in ((self.tr("For:"), self.votes_for), (self.tr("Against:"), self.votes_against),
                              (self.tr("Abstained:"), self.votes_abstained)):
            spin.setRange(0, 99)
            label = QLabel(caption, vote)
            label.setBuddy(spin)
            counts.addWidget(label)
            counts.addWidget(spin)
            counts.addSpacing(12)
        counts.addStretch(1)
        vote_form.addRow(counts)
        self.dissent = plain_text_edit(vote, 50)
        self.parent_reservation = plain_text_edit(vote, 50)
        for edit in (self.dissent, self.parent_reservation):
            edit.setMaximumHeight(80)
        for caption, field in ((self.tr("Dissent:"), self.dissent),
                               (self.tr("The parents' reservation:"), self.parent_reservation)):
            label = QLabel(caption, vote)
            label.setBuddy(field)
            vote_form.addRow(label, field)
        self.district_right = QCheckBox(self.tr("The parents and the child were told they may ask for a hearing "
                                                "at the district committee"), vote)
        vote_form.addRow(self.district_right)
        body.addWidget(vote)

        # ---- tasks ---------------------------------------------------------------------------------------
        tasks = QGroupBox(self.tr("Tasks"), content)
        self.tasks = _RowList(self.tr("Add task"), self._new_task_row, tasks)
        self.tasks.setObjectName("tasks")
        QVBoxLayout(tasks).addWidget(self.tasks)
        body.addWidget(tasks)

        # ---- next review ---------------------------------------------------------------------------------
        review = QGroupBox(self.tr("Next review"), content)
        review_form = QFormLayout(review)
        self.has_review = QCheckBox(self.tr("Next review on:"), review)
        self.next_review = make_date_edit(review_limit(meeting.held_on), review)
        self.next_review.setEnabled(False)
        self.has_review.toggled.connect(self._review_toggled)
        review_form.addRow(self.has_review, self.next_review)
        self.review_hint = QLabel(review)
        self.review_hint.setObjectName("reviewHint")
        self.review_hint.setWordWrap(True)
        self.review_hint.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        review_form.addRow(self.review_hint)
        body.addWidget(review)

        # ---- addenda -------------------------------------------------------------------------------------
        self.addenda_box = QGroupBox(self.tr("Addenda"), content)
        self.addenda = QLabel(self.addenda_box)
        self.addenda.setObjectName("addenda")
        self.addenda.setWordWrap(True)
        self.addenda.setTextFormat(Qt.TextFormat.PlainText)
        self.addenda.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.addenda_box).addWidget(self.addenda)
        self.addenda_box.hide()
        body.addWidget(self.addenda_box)
        body.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.form.addRow(header)
        self.form.addRow(self.status_label)
        self.form.addRow(scroll)

        # ---- buttons: Save draft (Ctrl+S), Finalise…, Add addendum…, Print, Close --------------------------
        self.buttons.clear()
        self.ok_button = self.buttons.addButton(self.tr("Save draft"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.ok_button.setObjectName("saveDraft")
        self.save_action = QAction(self.tr("Save draft"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.submit())
        self.addAction(self.save_action)
        self.ok_button.setToolTip(self.tr("Save draft") + " ("
                                  + self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) + ")")
        self.ok_button.clicked.connect(self.submit)
        self.finalise_button = self.buttons.addButton(self.tr("Finalise…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.finalise_button.setObjectName("finalise")
        self.finalise_button.clicked.connect(self.finalise)
        self.finalise_button.setVisible(self.is_chair)
        self.addendum_button = self.buttons.addButton(self.tr("Add addendum…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.addendum_button.setObjectName("addAddendum")
        self.addendum_button.clicked.connect(self.open_addendum)
        self.addendum_button.hide()
        self.print_button = self.buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printMenu")
        menu = QMenu(self.print_button)
        self.print_protocol_action = menu.addAction(self.tr("Protocol…"), lambda: self.print_form("committee_protocol"))
        self.print_decision_action = menu.addAction(self.tr("Decision letter to the parents…"),
                                                    lambda: self.print_form("decision_letter"))
        self.print_summary_action = menu.addAction(self.tr("Summary letter to a professional…"),
                                                   lambda: self.print_form("summary_letter"))
        self.print_button.setMenu(menu)
        self.language = QComboBox(self)
        self.language.setObjectName("printLanguage")
        self.language.setAccessibleName(self.tr("Language of the printed protocol"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # rejected: reject()
        self.buttons.accepted.disconnect()
        self.reload_button.setText(self.tr("Reload the protocol"))
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        at = outer.indexOf(self.buttons)
        outer.removeWidget(self.buttons)
        bottom = QHBoxLayout()
        language_caption = QLabel(self.tr("Print in:"), self)
        language_caption.setBuddy(self.language)
        bottom.addWidget(language_caption)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        outer.insertLayout(at, bottom)
        self.confirm_box: Any = None
        self.snapshot: ProtocolInput | None = None  # the form as last loaded or saved (unsaved changes differ)
        self.child_dialog: Any = None

        self.set_ready(False)
        self.status_label.setText(self.tr("Loading the protocol…"))
        self._update_review_hint()
        self.load()

    def _new_task_row(self) -> TaskRow:
        default_due = max(self.meeting.held_on, date.today()) + timedelta(days=30)
        return TaskRow(self.tasks, self.tasks, self.staff, default_due)

    # ---- loading -----------------------------------------------------------------------------------------
    def load(self) -> None:
        committees, tasks, case_id, file_id = self.services.committees, self.services.tasks, self.case.id, self.case.file_id
        can_write = self.can_write

        def fetch() -> tuple[ProtocolDTO | None, list[UserRef]]:
            protocol = committees.protocol(case_id)
            final = protocol is not None and protocol.final
            staff = tasks.assignable_users(file_id) if can_write and not final else []
            return protocol, staff

        self.ops.query(self, fetch, self._loaded, failure=self._load_failed)

    def _load_failed(self, exc: DomainError) -> None:
        self.status_label.setText("")
        self.show_error(exc)

    def _loaded(self, result: tuple[ProtocolDTO | None, list[UserRef]]) -> None:
        protocol, self.staff = result
        self.show_protocol(protocol)
        self.set_ready(True)
        self.snapshot = self.form_input()

    @property
    def modified(self) -> bool:
        """Has the user typed something since the last load or save?"""
        return not self.read_only and self.snapshot is not None and self.form_input() != self.snapshot

    def reject(self) -> None:
        """Close; unsaved input is not thrown away without asking."""
        if self.pending:
            return
        if self.modified:
            self.confirm_box = ask(self, self.windowTitle(),
                                   self.tr("Close without saving? What you typed since the last save is lost."),
                                   self.tr("Close without saving"), self._discard)
            return
        super().reject()

    def _discard(self) -> None:
        self.snapshot = None
        super().reject()

    def show_protocol(self, p: ProtocolDTO | None) -> None:
        """Fill the form from ``p`` (None: a new protocol, its background from the case's report)."""
        self.protocol = p
        self.version = None if p is None else p.version
        if p is None:
            self.sections["background"].setPlainText(self.case.background)
        else:
            for key in SECTIONS:
                self.sections[key].setPlainText(getattr(p, key))
            if not p.background.strip() and self.case.background:
                self.sections["background"].setPlainText(self.case.background)
            self.decisions.clear()
            for d in p.decisions:
                row = self.decisions.add()
                assert isinstance(row, DecisionRow)
                row.set_value(d.kind, d.text, d.items)
            self.votes_for.setValue(p.votes_for)
            self.votes_against.setValue(p.votes_against)
            self.votes_abstained.setValue(p.votes_abstained)
            self.dissent.setPlainText(p.dissent)
            self.parent_reservation.setPlainText(p.parent_reservation)
            self.district_right.setChecked(p.district_right_stated)
            self.tasks.clear()
            for t in p.tasks:
                row = self.tasks.add()
                assert isinstance(row, TaskRow)
                row.set_value(t.title, t.responsible, t.due_on)
            self.has_review.setChecked(p.next_review_on is not None)
            if p.next_review_on is not None:
                self.next_review.setValue(p.next_review_on)
        self._show_state()

    def _show_state(self) -> None:
        p = self.protocol
        final = p is not None and p.final
        self.read_only = final or self.meeting.status == "cancelled" or not self.can_write
        for edit in (*self.sections.values(), self.dissent, self.parent_reservation):
            edit.setReadOnly(self.read_only)
        for spin in (self.votes_for, self.votes_against, self.votes_abstained):
            spin.setReadOnly(self.read_only)
        for w in (self.district_right, self.has_review, self.attendance):
            w.setEnabled(not self.read_only)
        self.next_review.setEnabled(not self.read_only and self.has_review.isChecked())
        self.decisions.set_read_only(self.read_only)
        self.tasks.set_read_only(self.read_only)
        self.ok_button.setVisible(not self.read_only)
        self.finalise_button.setVisible(self.is_chair and not final and self.meeting.status != "cancelled")
        self.addendum_button.setVisible(final and (self.is_chair or self.can_write))
        self.print_button.setEnabled(p is not None)
        if final and p is not None:
            who = p.finalised_by.full_name if p.finalised_by else ""
            when = fmt_date(p.finalised_at.date()) if p.finalised_at else ""
            self.status_label.setText(self.tr("Final: finalised by %1 on %2. It can no longer be changed; a "
                                              "correction is an addendum.").replace("%1", who).replace("%2", when))
        elif self.meeting.status == "cancelled":
            self.status_label.setText(self.tr("The meeting was cancelled."))
        elif p is None:
            self.status_label.setText(self.tr("New protocol (not saved yet)."))
        elif not self.can_write:
            self.status_label.setText(self.tr("Draft recorded by the committee's coordinator."))
        else:
            self.status_label.setText(self.tr("Draft."))
        self.addenda_box.setVisible(final)
        self._update_review_hint()
        if p is not None and p.addenda:
            self.addenda.setText("\n\n".join(
                f"{fmt_date(a.created_at.date())} · {a.author.full_name}\n{a.text}" for a in p.addenda))
        else:
            self.addenda.setText(self.tr("No addenda."))

    # ---- the hint on the next review -----------------------------------------------------------------------
    def out_of_home(self) -> bool:
        kinds = {row.value().kind for row in self.decisions.rows if isinstance(row, DecisionRow)}
        return self.case.placed or bool(kinds & set(OUT_OF_HOME_DECISIONS))

    def _review_toggled(self, on: bool) -> None:
        self.next_review.setEnabled(on and not self.read_only)

    def _update_review_hint(self) -> None:
        final = self.protocol is not None and self.protocol.final
        self.review_hint.setVisible(not final)
        if self.out_of_home():
            self.review_hint.setText(self.tr("A child placed out of home is reviewed within a year: by %1 at the "
                                             "latest.").replace("%1", fmt_date(review_limit(self.meeting.held_on))))
        else:
            self.review_hint.setText(self.tr("Required to finalise."))

    # ---- saving ------------------------------------------------------------------------------------------
    def form_input(self) -> ProtocolInput:
        attended = tuple(
            int(self.attendance.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.attendance.count())
            if self.attendance.item(i).checkState() == Qt.CheckState.Checked)
        return ProtocolInput(
            **{key: self.sections[key].toPlainText().strip() for key in SECTIONS},
            decisions=tuple(r.value() for r in self.decisions.rows if isinstance(r, DecisionRow)),
            votes_for=self.votes_for.value(), votes_against=self.votes_against.value(),
            votes_abstained=self.votes_abstained.value(), dissent=self.dissent.toPlainText().strip(),
            parent_reservation=self.parent_reservation.toPlainText().strip(),
            district_right_stated=self.district_right.isChecked(),
            tasks=tuple(r.value() for r in self.tasks.rows if isinstance(r, TaskRow)),
            next_review_on=to_date(self.next_review) if self.has_review.isChecked() else None,
            attended=attended)

    def service_call(self) -> Callable[[], Any]:
        committees, case_id, version, data = self.services.committees, self.case.id, self.version, self.form_input()
        return lambda: committees.save_protocol(case_id, version, data)

    def submit(self) -> None:
        if self.read_only:
            return
        super().submit()

    def _saved(self, result: Any) -> None:
        """Saved (a draft, or finalised): the dialog stays open and shows what was saved."""
        self._set_pending(False)
        self.last_error = None
        self.error_label.hide()
        self.reload_button.hide()
        assert isinstance(result, ProtocolDTO)
        self.snapshot = self.form_input()
        was_final = self.protocol is not None and self.protocol.final
        self.protocol = result
        self.version = result.version
        if result.final and not was_final:
            self.show_protocol(result)
        else:
            self._show_state()
        self.saved.emit(result)

    def _set_pending(self, pending: bool) -> None:
        super()._set_pending(pending)
        self.finalise_button.setEnabled(not pending and self.ready)

    def set_ready(self, ready: bool) -> None:
        super().set_ready(ready)
        self.finalise_button.setEnabled(ready and not self.pending)

    # ---- finalising --------------------------------------------------------------------------------------
    def finalise(self) -> None:
        final = self.protocol is not None and self.protocol.final
        if self.pending or not self.ready or final or not self.is_chair:
            return
        self.confirm_box = ask(self, self.tr("Finalise the protocol"),
                               self.tr("Finalise the protocol? It becomes read-only: a correction can only be "
                                       "added as an addendum. Its tasks are put on the family file."),
                               self.tr("Finalise"), self._finalise)

    def _finalise(self) -> None:
        committees, case_id, version, data = self.services.committees, self.case.id, self.version, self.form_input()
        write = not self.read_only  # a chair who may not write finalises the draft as saved
        saved: list[ProtocolDTO] = []

        def call() -> ProtocolDTO:
            if not write:  # (no draft yet: the service says the protocol is empty)
                return committees.finalise(case_id, version if version is not None else 0)
            draft = committees.save_protocol(case_id, version, data)
            saved.append(draft)
            return committees.finalise(case_id, draft.version)

        def refused(exc: DomainError) -> None:
            if saved:  # the draft was saved before the refusal: its new version is the one to send next
                self.protocol = saved[0]
                self.version = saved[0].version
                self.snapshot = data
                self._show_state()
            self._failed(exc)

        self._set_pending(True)
        self.op = self.ops.write(self, call, self._saved, failure=refused)

    # ---- after a conflict: reload the version, keep what was typed ----------------------------------------
    def _reload(self) -> None:
        committees, case_id = self.services.committees, self.case.id

        def got(p: ProtocolDTO | None) -> None:
            if p is not None and p.final:
                self.show_protocol(p)  # finalised meanwhile: nothing more can be typed into it
                self.set_version(p.version)
                return
            self.protocol = p
            if p is not None:
                self.set_version(p.version)
            else:
                self.version = None
                self.error_label.hide()
                self.reload_button.hide()
            self.status_label.setText(self.tr("Reloaded: what you typed is kept; Save draft writes it over the "
                                              "other change."))

        self.ops.query(self, lambda: committees.protocol(case_id), got, failure=self.show_error)

    # ---- addenda and printing ------------------------------------------------------------------------------
    def open_addendum(self) -> QWidget | None:
        from desktop.committees.addendum import AddendumDialog

        if self.protocol is None or not self.protocol.final:
            return None
        dialog = AddendumDialog(self.ops, self.services.committees, self.case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self.show_protocol)
        self.child_dialog = dialog
        dialog.open()
        return dialog

    def print_form(self, form: str) -> QWidget | None:
        from desktop.committees.printing import open_committee_form

        if self.protocol is None:
            return None
        window = open_committee_form(self.services, self.ops, self.meeting, self.case, form,
                                     self.language.currentData(), self)
        if window is not None:
            self.previews.append(window)
        return window

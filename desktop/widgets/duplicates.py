"""The duplicate check before anyone new is created (issue 8, item 2): the known persons who may be the one
being entered, ranked, each with why, and the worker's choice.

``DuplicateDialog(candidates, entered)``: a table of the candidates (score, name in Hebrew and the Arabic or
Latin spelling, ID number, birth date, phones, the files the worker may see, and the reasons in words), with
"Use this person" (Enter: the existing person is used instead) and "None of these: a new person" (asks
first; the new person is kept with every shown candidate dismissed). Up/Down move between candidates;
Escape goes back to the form with what was typed.

``check_duplicates(ops, people, data, address, parent, on_existing, on_new)``: runs the check off the GUI
thread; no candidate: ``on_new(())`` at once; candidates: the dialog, then ``on_existing(person)`` or
``on_new(dismissed_ids)``. Used wherever a new person is added (the referral form, the family file)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import duplicate_reason_label, status_label
from desktop.ops import Op, Ops
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row
from models.errors import DomainError
from models.people.dto import DuplicateCandidate, PersonDTO, PersonInput

if TYPE_CHECKING:
    from models.people.service import PeopleService

COL_SCORE, COL_NAME, COL_ID, COL_BORN, COL_PHONES, COL_FILES, COL_WHY = range(7)


def candidate_name(p: PersonDTO) -> str:
    """The Hebrew name, and the Arabic and Latin spellings where recorded: "לילא חדאד (ليلى حداد)"."""
    others = [f"{a} {b}".strip() for a, b in ((p.first_name_ar, p.last_name_ar), (p.first_name_lat, p.last_name_lat))]
    others = [o for o in others if o]
    return p.full_name + (f" ({' · '.join(others)})" if others else "")


def candidate_files(c: DuplicateCandidate) -> str:
    """The candidate's files the worker may see: "2025/0001 משפחת כהן, רחוב הדקל 1"."""
    parts = []
    for f in c.files:
        text = f"{f.file_number} {f.family_name}"
        if f.address:
            text += f", {f.address}"
        if f.status != "open":
            text += f" ({status_label(f.status)})"
        parts.append(text)
    return "; ".join(parts)


def candidate_reasons(c: DuplicateCandidate) -> str:
    return ", ".join(duplicate_reason_label(r) for r in c.reasons)


class DuplicateDialog(QDialog):
    """``use_existing(PersonDTO)`` when the worker picks a candidate; ``confirmed_new(tuple[int, ...])`` (the
    dismissed candidates' ids) when the worker confirms a new person. ``allow_new=False`` when a new person
    cannot be created (the same ID number is already registered): only "Use this person" and Back."""

    use_existing = Signal(object)
    confirmed_new = Signal(object)

    def __init__(self, candidates: Sequence[DuplicateCandidate], entered: PersonInput | None = None,
                 parent: QWidget | None = None, *, allow_new: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setMinimumSize(900, 360)
        self.candidates = sorted(candidates, key=lambda c: -c.score)
        self.confirm_box: QMessageBox | None = None
        who = f"{entered.first_name} {entered.last_name}".strip() if entered is not None else ""
        if entered is not None and entered.birth_date is not None:
            who += f", {fmt_date(entered.birth_date)}"
        intro = self.tr("%1 may already be known to the department. Check the persons below: if one of them is "
                        "the same person, use that person, so that no second record is created.").replace(
            "%1", f"\u2068{who}\u2069" if who else self.tr("The person"))
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("duplicateIntro")
        self.intro.setWordWrap(True)
        self.table = Table([self.tr("Match"), self.tr("Name"), self.tr("ID number"), self.tr("Birth date"),
                            self.tr("Phones"), self.tr("Family files"), self.tr("Why")], self,
                           stretch=COL_WHY, sortable=False, name="duplicateCandidates")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setTabKeyNavigation(False)
        rows = []
        for c in self.candidates:
            p = c.person
            score = Item(f"{c.score}%" + (" ★" if c.strong else ""), p.id, c.score)
            if c.strong:
                score.setToolTip(self.tr("A strong match: most likely the same person"))
            why = Item(candidate_reasons(c), p.id)
            why.setToolTip(why.text())
            numbers = [Item(p.id_number or "", p.id), Item(fmt_date(p.birth_date), p.id),
                       Item(", ".join(p.phones), p.id)]
            for item in numbers:  # digits read left to right whatever the layout
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            rows.append([score, Item(candidate_name(p), p.id), *numbers, Item(candidate_files(c), p.id), why])
        self.table.set_rows(rows)
        self.table.activated.connect(lambda _index: self.use_selected())

        self.use_button = QPushButton(self.tr("&Use this person"), self)
        self.use_button.setObjectName("useExisting")
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.use_selected)
        self.new_button = QPushButton(self.tr("&None of these: a new person"), self)
        self.new_button.setObjectName("confirmNew")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.ask_new)
        self.allow_new = allow_new
        self.back_button = QPushButton(self.tr("&Back to the form"), self)
        self.back_button.setObjectName("backToForm")
        self.back_button.setAutoDefault(False)
        self.back_button.setToolTip(self.tr("Back to the form, with what was typed (Esc)"))
        self.back_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.new_button.setVisible(allow_new)  # after addButton, which shows it
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if self.candidates:
            select_row(self.table, 0)
        self.table.setFocus()

    def selected(self) -> DuplicateCandidate | None:
        row = self.table.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def dismissed(self) -> tuple[int, ...]:
        return tuple(c.person.id for c in self.candidates)

    def use_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        self.use_existing.emit(c.person)
        self.accept()

    def ask_new(self) -> None:
        if not self.allow_new:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("None of these persons is the one you are entering? A new person will be "
                                  "registered, and your decision is recorded in the access log with the "
                                  "persons shown."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmBox")
        yes = box.addButton(self.tr("Register a new person"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                self.confirm_new()

        box.finished.connect(done)
        self.confirm_box = box
        box.open()

    def confirm_new(self) -> None:
        """The worker confirmed: a new person, with every shown candidate dismissed."""
        self.confirmed_new.emit(self.dismissed())
        self.accept()


class DuplicateCheck(QObject):
    """One duplicate check in progress (``check_duplicates``): ``op`` the call, ``dialog`` once candidates
    came back, ``error`` when the check was refused. ``finished`` fires when the check ended in a decision
    or was abandoned (Escape)."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.op: Op | None = None
        self.dialog: DuplicateDialog | None = None
        self.error: DomainError | None = None
        self.candidates: list[DuplicateCandidate] | None = None


def show_duplicates(candidates: Sequence[DuplicateCandidate], entered: PersonInput | None, parent: QWidget | None,
                    on_existing: Callable[[PersonDTO], None], on_new: Callable[[tuple[int, ...]], None] | None,
                    on_back: Callable[[], None] | None = None) -> DuplicateDialog:
    """The dialog, window-modal over ``parent``; ``on_new=None``: a new person cannot be registered."""
    dialog = DuplicateDialog(candidates, entered, parent, allow_new=on_new is not None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.use_existing.connect(on_existing)
    if on_new is not None:
        dialog.confirmed_new.connect(on_new)
    if on_back is not None:
        dialog.rejected.connect(on_back)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def check_duplicates(ops: Ops, people_service: PeopleService, data: PersonInput, address: str,
                     parent: QWidget, on_existing: Callable[[PersonDTO], None],
                     on_new: Callable[[tuple[int, ...]], None], *,
                     on_error: Callable[[DomainError], None] | None = None,
                     on_back: Callable[[], None] | None = None) -> DuplicateCheck:
    """The duplicate check of ``data`` (with ``address``, "" if none) off the GUI thread, then: no
    candidate -> ``on_new(())``; candidates -> the duplicate dialog -> ``on_existing(person)`` ("use this
    person") or ``on_new(dismissed ids)`` ("none of these", confirmed); Escape -> ``on_back()``, nothing
    else (the form keeps what was typed). A refused check goes to ``on_error`` (default: the window's
    message)."""
    check = DuplicateCheck(parent)

    def arrived(candidates: list[DuplicateCandidate]) -> None:
        check.candidates = list(candidates)
        if not candidates:
            on_new(())
            check.finished.emit()
            return

        def existing(person: PersonDTO) -> None:
            on_existing(person)
            check.finished.emit()

        def new(dismissed: tuple[int, ...]) -> None:
            on_new(dismissed)
            check.finished.emit()

        def back() -> None:
            if on_back is not None:
                on_back()
            check.finished.emit()

        check.dialog = show_duplicates(candidates, data, parent, existing, new, back)

    def failed(exc: DomainError) -> None:
        check.error = exc
        if on_error is not None:
            on_error(exc)
        else:
            ops.domain_error.emit(exc)
        check.finished.emit()

    check.op = ops.query(parent, lambda: people_service.duplicates(data, address=address), arrived, failure=failed)
    return check


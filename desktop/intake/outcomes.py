"""The outcome of a referral, one dialog each (each one service call, off the GUI thread, through
``ServiceDialog``: a refused save keeps the dialog open with what was typed and says why):

* ``OpenFileDialog``: a new family file from the referral (family name, address, locality, team, the
  referral's persons as members, restricted; for each child a therapeutic-club request at intake);
* ``AttachDialog``: attach to an existing file (search the files, pick one);
* ``ReferElsewhereDialog``: refer elsewhere (which service, the receiving body, a note);
* ``NoInterventionDialog``: no intervention (reason, note);
* ``HandOverDialog``: hand the file to a family worker of a team (each candidate with open files and overdue
  tasks), with the first-contact task's due date (default: today + the department's days for the
  referral's urgency; a date in the past is refused)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.messages import (
    elsewhere_service_label,
    no_intervention_label,
    relation_label,
    role_label,
    urgency_label,
)
from desktop.ops import Ops
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from desktop.widgets.file_finder import FileFinder
from desktop.widgets.tables import fmt_count
from models.clubs.dto import ClubDTO
from models.codes import ELSEWHERE_SERVICES, NO_INTERVENTION_REASONS, URGENCIES
from models.errors import DomainError
from models.intake.dto import ClubRequestInput, HandOverCandidate, HandOverInput, OpenFileInput, ReferralDTO
from models.users.dto import TeamDTO

if TYPE_CHECKING:
    from models.services import Services


def default_family_name(referral: ReferralDTO) -> str:
    """The first parent's last name, else the first person's."""
    parents = [p for p in referral.persons if p.relation == "parent"]
    first = (parents or list(referral.persons))[:1]
    return first[0].person.last_name if first else ""


class _Loading(ServiceDialog):
    """A ServiceDialog whose lists load off the GUI thread first (OK waits for them)."""

    def _load(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.set_ready(False)
        self.busy_bar.show()

        def arrived(result: Any) -> None:
            self.busy_bar.hide()
            self.set_ready(True)
            done(result)  # may wait for more (the hand-over: the team's workers) and say so

        self.ops.query(self, fn, arrived, failure=self._load_failed)

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _caption(self, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption


@dataclass
class ClubRow:
    person_id: int
    ask: QCheckBox
    reason: QLineEdit
    goals: QLineEdit
    urgency: QComboBox
    club: QComboBox  # the preferred club, or any club (None)


class OpenFileDialog(_Loading):
    version: int

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Open a family file — referral %1").replace("%1", referral.number), parent)
        self.setObjectName("openFileDialog")
        self.services, self.referral, self.version = services, referral, referral.version
        self.family_name = QLineEdit(default_family_name(referral), self)
        self.address = QLineEdit(self)
        self.locality = QLineEdit(self)
        self.neighbourhood = QLineEdit(self)
        self.team = QComboBox(self)
        self.team.setEnabled(False)
        self.restricted = QCheckBox(self.tr("Restricted file (only its worker and those allowed see it)"), self)
        members = "\n".join(f"{p.person.full_name} — {relation_label(p.relation)}" for p in referral.persons)
        self.members = QLabel(members, self)
        self.members.setObjectName("fileMembers")
        self._caption(self.tr("&Family name:"), self.family_name)
        self._caption(self.tr("&Address:"), self.address)
        self._caption(self.tr("&Locality:"), self.locality)
        self._caption(self.tr("&Neighbourhood:"), self.neighbourhood)
        self._caption(self.tr("&Team:"), self.team)
        self.form.addRow(self.tr("Members:"), self.members)
        self.form.addRow("", self.restricted)
        self.clubs: list[ClubRow] = []
        children = [p for p in referral.persons if p.relation == "child"]
        if children:
            box = QGroupBox(self.tr("Therapeutic club at intake"), self)
            grid = QGridLayout(box)
            for i, child in enumerate(children):
                ask = QCheckBox(self.tr("Request a club for %1").replace("%1", child.person.full_name), box)
                reason, goals = QLineEdit(box), QLineEdit(box)
                reason.setPlaceholderText(self.tr("Reason"))
                reason.setAccessibleName(self.tr("Reason for the club request: %1").replace("%1", child.person.full_name))
                goals.setPlaceholderText(self.tr("Goals"))
                goals.setAccessibleName(self.tr("Goals of the club: %1").replace("%1", child.person.full_name))
                urgency = QComboBox(box)
                urgency.setAccessibleName(self.tr("Urgency of the club request: %1").replace("%1", child.person.full_name))
                for u in URGENCIES:
                    urgency.addItem(urgency_label(u), u)
                urgency.setCurrentIndex(urgency.findData("routine"))
                club = QComboBox(box)
                club.setAccessibleName(self.tr("Preferred club: %1").replace("%1", child.person.full_name))
                club.addItem(self.tr("Any club"), None)
                for w in (reason, goals, urgency, club):
                    w.setEnabled(False)
                    ask.toggled.connect(w.setEnabled)
                grid.addWidget(ask, 2 * i, 0, 1, 3)
                grid.addWidget(reason, 2 * i + 1, 0)
                grid.addWidget(goals, 2 * i + 1, 1)
                grid.addWidget(urgency, 2 * i + 1, 2)
                grid.addWidget(club, 2 * i + 1, 3)
                self.clubs.append(ClubRow(child.person.id, ask, reason, goals, urgency, club))
            self.form.addRow(box)
        intake = services.intake
        self._load(intake.teams, self._teams_loaded)
        self.family_name.setFocus()

    def _teams_loaded(self, teams: list[TeamDTO]) -> None:
        own = self.services.user.team_id
        for t in teams:
            self.team.addItem(t.name, t.id)
            if t.id == own:
                self.team.setCurrentIndex(self.team.count() - 1)
        self.team.setEnabled(True)
        if self.clubs:  # then the clubs a request may prefer (reference data)
            self._load(self.services.clubs.clubs, self._clubs_loaded)

    def _clubs_loaded(self, clubs: tuple[ClubDTO, ...]) -> None:
        for row in self.clubs:
            for c in clubs:
                row.club.addItem(c.name, c.id)

    def value(self) -> OpenFileInput:
        return OpenFileInput(
            family_name=self.family_name.text(), team_id=self.team.currentData(), address=self.address.text(),
            locality=self.locality.text(), neighbourhood=self.neighbourhood.text(),
            members=tuple((p.person.id, p.relation) for p in self.referral.persons),
            restricted=self.restricted.isChecked(),
            club_requests=tuple(ClubRequestInput(c.person_id, c.reason.text(), c.goals.text(), c.urgency.currentData(),
                                                 preferred_club_id=c.club.currentData())
                                for c in self.clubs if c.ask.isChecked()))

    def service_call(self) -> Callable[[], Any]:
        intake, rid, version, data = self.services.intake, self.referral.id, self.version, self.value()
        return lambda: intake.open_file(rid, version, data)


class AttachDialog(_Loading):
    """Find the family file (number, name, ID number or phone of a member) and attach the referral to it;
    the referral's persons not yet members are added with their relation."""

    version: int

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Attach to an existing file — referral %1").replace("%1", referral.number), parent)
        self.setObjectName("attachDialog")
        self.resize(720, 420)
        self.services, self.referral, self.version = services, referral, referral.version
        self.finder = FileFinder(services, ops, self, name="attach", with_team=True)
        self.query, self.files = self.finder.query, self.finder.files
        self._caption(self.tr("&Find the file:"), self.query)
        self._caption(self.tr("F&amily files:"), self.files)
        self.finder.found.connect(lambda rows: self.set_ready(bool(rows)))
        self.finder.failed.connect(self._load_failed)
        self.files.activated.connect(lambda _i: self.submit())
        self.set_ready(False)
        self.query.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search field searches (it must not attach to a file of the previous search)."""
        if self.finder.swallows(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def chosen_file_id(self) -> int | None:
        return self.finder.chosen_file_id()

    def service_call(self) -> Callable[[], Any]:
        intake, rid, version, file_id = self.services.intake, self.referral.id, self.version, self.chosen_file_id()
        assert file_id is not None
        return lambda: intake.attach(rid, version, file_id)

    def submit(self) -> None:
        if self.chosen_file_id() is None:
            return
        super().submit()


class ReferElsewhereDialog(ServiceDialog):
    version: int

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Refer elsewhere — referral %1").replace("%1", referral.number), parent)
        self.setObjectName("referElsewhereDialog")
        self.services, self.referral, self.version = services, referral, referral.version
        self.service = QComboBox(self)
        for s in ELSEWHERE_SERVICES:
            self.service.addItem(elsewhere_service_label(s), s)
        self.detail = QLineEdit(self)
        self.detail.setPlaceholderText(self.tr("The receiving body's name and what is asked of it"))
        self.note = plain_text_edit(self, 80)
        for text, field in ((self.tr("&Service:"), self.service), (self.tr("&Receiving body:"), self.detail),
                            (self.tr("&Note:"), self.note)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.service.setFocus()

    def confirmation(self) -> str | None:
        return self.tr("Close the referral as referred to %1? The outcome cannot be changed afterwards.").replace(
            "%1", self.service.currentText())

    def confirm_button_text(self) -> str:
        return self.tr("Refer elsewhere")

    def service_call(self) -> Callable[[], Any]:
        intake, rid, version = self.services.intake, self.referral.id, self.version
        service, detail, note = self.service.currentData(), self.detail.text(), self.note.toPlainText()
        return lambda: intake.refer_elsewhere(rid, version, service, detail, note)


class NoInterventionDialog(ServiceDialog):
    version: int

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("No intervention — referral %1").replace("%1", referral.number), parent)
        self.setObjectName("noInterventionDialog")
        self.services, self.referral, self.version = services, referral, referral.version
        self.reason = QComboBox(self)
        for r in NO_INTERVENTION_REASONS:
            self.reason.addItem(no_intervention_label(r), r)
        self.note = plain_text_edit(self, 80)
        for text, field in ((self.tr("&Reason:"), self.reason), (self.tr("&Note:"), self.note)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        return self.tr("Close the referral without intervention? The outcome cannot be changed afterwards.")

    def confirm_button_text(self) -> str:
        return self.tr("Close the referral")

    def service_call(self) -> Callable[[], Any]:
        intake, rid, version = self.services.intake, self.referral.id, self.version
        reason, note = self.reason.currentData(), self.note.toPlainText()
        return lambda: intake.no_intervention(rid, version, reason, note)


class HandOverDialog(_Loading):
    """Team, then the worker (each with the open files and overdue tasks the user can see), then the due
    date of the first-contact task."""

    version: int

    def __init__(self, services: Services, ops: Ops, referral: ReferralDTO, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Hand over — referral %1").replace("%1", referral.number), parent)
        self.setObjectName("handOverDialog")
        self.resize(620, 300)
        self.services, self.referral, self.version = services, referral, referral.version
        self.candidates: dict[int, HandOverCandidate] = {}
        self.days: dict[str, int] = {}
        self.team = QComboBox(self)
        self.team.setEnabled(False)
        self.worker = QComboBox(self)
        self.worker.setObjectName("handOverWorker")
        self.worker.setEnabled(False)
        self.load_label = QLabel(self)
        self.load_label.setObjectName("workerLoad")
        self.load_label.setWordWrap(True)
        self.due = make_date_edit(date.today(), self)
        self.due_hint = QLabel(self)
        self.due_hint.setObjectName("dueHint")
        self.due_hint.setWordWrap(True)
        self._caption(self.tr("&Team:"), self.team)
        self._caption(self.tr("&Worker:"), self.worker)
        self.form.addRow("", self.load_label)
        self._caption(self.tr("First contact &due:"), self.due)
        self.form.addRow("", self.due_hint)
        self.loading_workers = False
        self.team.currentIndexChanged.connect(self._team_changed)
        self.worker.currentIndexChanged.connect(self._show_load)
        intake = services.intake
        self._load(lambda: (intake.teams(), intake.response_days()), self._loaded)

    def _loaded(self, result: tuple[list[TeamDTO], dict[str, int]]) -> None:
        teams, self.days = result
        days = self.days.get(self.referral.urgency, 0)
        self.due.setDate(date.today() + timedelta(days=days))
        self.due_hint.setText(self.tr("Default: %n day(s) for the urgency \"%2\"", "", days).replace(
            "%2", urgency_label(self.referral.urgency)))
        blocked = self.team.blockSignals(True)
        own = self.services.user.team_id
        for t in teams:
            self.team.addItem(t.name, t.id)
            if t.id == own:
                self.team.setCurrentIndex(self.team.count() - 1)
        self.team.blockSignals(blocked)
        self.team.setEnabled(True)
        self._team_changed()
        self.team.setFocus()

    def _team_changed(self, *_args: object) -> None:
        team_id = self.team.currentData()
        self.worker.clear()
        self.worker.setEnabled(False)
        self.load_label.clear()
        self.set_ready(False)  # until the team's workers are in
        if team_id is None:
            return
        intake = self.services.intake
        self.loading_workers = True
        self.ops.query(self, lambda: intake.handover_candidates(team_id), self._workers_loaded,
                       failure=self._load_failed, key=("handover-workers", id(self)))

    def _workers_loaded(self, candidates: Sequence[HandOverCandidate]) -> None:
        self.loading_workers = False
        self.candidates = {c.user.id: c for c in candidates}
        blocked = self.worker.blockSignals(True)
        for c in candidates:
            self.worker.addItem(f"{c.user.full_name} ({role_label(c.user.role)}) — {self.load_text(c)}", c.user.id)
        self.worker.blockSignals(blocked)
        self.worker.setEnabled(bool(candidates))
        self._show_load()
        self.set_ready(bool(candidates))
        if not candidates:
            self.load_label.setText(self.tr("This team has no worker who can take the file."))

    def _show_load(self, *_args: object) -> None:
        c = self.candidates.get(self.worker.currentData())
        if c is None:
            return
        self.load_label.setText(self.load_text(c))

    def load_text(self, c: HandOverCandidate) -> str:
        return self.tr("open files: %1, overdue tasks: %2").replace("%1", fmt_count(c.open_files)).replace(
            "%2", fmt_count(c.overdue_tasks))

    def confirmation(self) -> str | None:
        c = self.candidates.get(self.worker.currentData())
        return self.tr("Hand the file over to %1, with a first-contact task due %2?").replace(
            "%1", c.user.full_name if c else self.worker.currentText()).replace("%2", fmt_date(to_date(self.due)))

    def confirm_button_text(self) -> str:
        return self.tr("Hand over")

    def service_call(self) -> Callable[[], Any]:
        intake, rid, version = self.services.intake, self.referral.id, self.version
        data = HandOverInput(self.team.currentData(), self.worker.currentData(), to_date(self.due))
        return lambda: intake.hand_over(rid, version, data)

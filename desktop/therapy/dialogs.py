"""The therapy centre's forms: a referral from the family file (who: a child, a parent or the family, then
the person among the file's members; the kind of therapy given to them; the reason; the date), and the
steps of its course: treatment starts (the date and the centre's therapist), the sessions held so far, the
end (the date, the reason, a note; asks first: an ended referral is final).

Each is a ``desktop.families.dialogs.ServiceDialog``: its service call runs off the GUI thread, a refused save
keeps what the user typed and says why; after a conflict (someone moved the referral meanwhile) Reload reads
the referral again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.committees.common import save_with_ctrl_enter
from desktop.families.dialogs import ServiceDialog, plain_text_edit
from desktop.ops import Ops
from desktop.therapy.common import end_reason_label, kind_label, subject_label, today, who_text
from desktop.widgets.dates import fmt_date, make_date_edit, to_date
from models.codes import THERAPY_KINDS, THERAPY_SUBJECTS
from models.errors import DomainError
from models.therapy import rules
from models.therapy.dto import TherapyInput, TherapyReferralDTO, TherapyRow

if TYPE_CHECKING:
    from models.families.dto import FamilyFileDTO
    from models.people.dto import PersonDTO
    from models.services import Services

THERAPIST_MAX = 200
SESSIONS_MAX = 1000
Referral = TherapyRow | TherapyReferralDTO


def age_on(birth: date | None, day: date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def member_text(person: PersonDTO, on: date) -> str:
    """"מרים כהן (11)": the name with the age on ``on``."""
    age = age_on(person.birth_date, on)
    return person.full_name if age is None else f"{person.full_name} ({age})"


class _Form(ServiceDialog):
    """A form whose rows are captions with an Alt letter bound to their field."""

    def _caption(self, text: str, field: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        return caption


class ReferDialog(_Form):
    """``saved(TherapyReferralDTO)``: a new referral of the family file ``file_id``."""

    def __init__(self, services: Services, ops: Ops, file_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Refer to the therapy centre"), parent)
        self.setObjectName("therapyReferDialog")
        self.resize(620, 520)
        self.services, self.file_id = services, file_id
        self.members: list[tuple[str, PersonDTO]] = []  # (relation, person)

        self.file_label = QLabel(self)
        self.file_label.setObjectName("referFile")
        self.subject = QComboBox(self)
        self.subject.setObjectName("referSubject")
        for code in THERAPY_SUBJECTS:
            self.subject.addItem(subject_label(code), code)
        self.person = QComboBox(self)
        self.person.setObjectName("referPerson")
        self.no_person = QLabel(self)
        self.no_person.setObjectName("referNoPerson")
        self.no_person.setWordWrap(True)
        self.no_person.setStyleSheet("color: #8a5a00;")
        self.no_person.hide()
        self.kind = QComboBox(self)
        self.kind.setObjectName("referKind")
        self.reason = plain_text_edit(self, 90)
        self.reason.setObjectName("referReason")
        self.referred_on = make_date_edit(today(), self, maximum=today())
        self.referred_on.setObjectName("referDate")

        self.form.addRow(self.tr("Family file:"), self.file_label)
        self._caption(self.tr("&Who is referred:"), self.subject)
        self.person_caption = self._caption(self.tr("&Person:"), self.person)
        self.form.addRow("", self.no_person)
        self._caption(self.tr("&Kind of therapy:"), self.kind)
        self._caption(self.tr("&Reason for the referral:"), self.reason)
        self._caption(self.tr("Referral &date:"), self.referred_on)
        save_with_ctrl_enter(self, self.submit)
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self._subject_changed()

        self.set_ready(False)
        self.busy_bar.show()
        families = services.families
        ops.query(self, lambda: families.get(file_id).file, self._loaded, failure=self._load_failed)
        self.subject.setFocus()

    # ---- loading -----------------------------------------------------------------------------------------
    def _loaded(self, f: FamilyFileDTO) -> None:
        self.busy_bar.hide()
        self.setWindowTitle(self.tr("Refer to the therapy centre — %1").replace("%1", f.family_name))
        self.file_label.setText(f"{f.file_number} — {f.family_name}")
        self.members = [(m.relation, m.person) for m in f.members]
        if not any(r == "child" for r, _p in self.members):  # a family without children: a parent first
            self.subject.setCurrentIndex(self.subject.findData("parent"))
        self._subject_changed()

    def _load_failed(self, exc: DomainError) -> None:
        self.busy_bar.hide()
        self.show_error(exc)

    def _subject_changed(self, *_args: object) -> None:
        """The persons of the chosen relation, and the kinds given to that subject."""
        subject = self.subject.currentData()
        relation = rules.SUBJECT_RELATION.get(subject)
        wanted = self.person.currentData()
        self.person.clear()
        on = today()
        for rel, p in self.members:
            if relation is not None and rel == relation:
                self.person.addItem(member_text(p, on), p.id)
        if wanted is not None and self.person.findData(wanted) >= 0:
            self.person.setCurrentIndex(self.person.findData(wanted))
        for w in (self.person, self.person_caption):
            w.setVisible(relation is not None)
        missing = relation is not None and self.person.count() == 0 and bool(self.members)
        if missing:
            self.no_person.setText(
                self.tr("This family file has no children: add the child to the file first.") if relation == "child"
                else self.tr("This family file has no parents: add the parent to the file first."))
        self.no_person.setVisible(missing)
        kind = self.kind.currentData()
        self.kind.clear()
        for code in THERAPY_KINDS:
            if rules.fits(code, subject):
                self.kind.addItem(kind_label(code), code)
        if kind is not None and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        if self.members:  # loaded
            self.set_ready(not missing)

    # ---- saving ------------------------------------------------------------------------------------------
    def value(self) -> TherapyInput:
        subject = self.subject.currentData()
        person = self.person.currentData() if rules.SUBJECT_RELATION.get(subject) is not None else None
        return TherapyInput(file_id=self.file_id, subject=subject, person_id=person, kind=self.kind.currentData(),
                            reason=self.reason.toPlainText().strip(), referred_on=to_date(self.referred_on))

    def service_call(self) -> Callable[[], Any]:
        therapy, data = self.services.therapy, self.value()
        return lambda: therapy.refer(data)


class _StepDialog(_Form):
    """A step of a referral's course: the referral's version, reloaded after a conflict."""

    def __init__(self, services: Services, ops: Ops, referral: Referral, title: str,
                 parent: QWidget | None = None) -> None:
        who = who_text(referral.person_name, referral.subject)
        super().__init__(ops, title.replace("%1", who), parent)
        self.services, self.referral, self.who = services, referral, who
        self.version: int | None = referral.version
        about = QLabel(self.tr("%1, %2, referred on %3.").replace("%1", who).replace("%2", kind_label(referral.kind))
                       .replace("%3", fmt_date(referral.referred_on)), self)
        about.setObjectName("therapyAbout")
        about.setWordWrap(True)
        self.form.addRow(about)
        self.reload_requested.connect(self._reload)
        save_with_ctrl_enter(self, self.submit)

    def _reload(self) -> None:
        therapy, rid = self.services.therapy, self.referral.id
        self.ops.query(self, lambda: therapy.referral(rid), self._reloaded, failure=self.show_error)

    def _reloaded(self, r: TherapyReferralDTO) -> None:
        self.referral = r
        self.set_version(r.version)


class StartDialog(_StepDialog):
    """``saved(TherapyReferralDTO)``: treatment starts on a day (not before the referral, not after today) with
    the centre's therapist."""

    def __init__(self, services: Services, ops: Ops, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, referral, self.tr("Treatment starts — %1"), parent)
        self.setObjectName("therapyStartDialog")
        self.started_on = make_date_edit(today(), self, minimum=referral.referred_on, maximum=today())
        self.started_on.setObjectName("startDate")
        self.therapist = QLineEdit(referral.therapist, self)
        self.therapist.setObjectName("startTherapist")
        self.therapist.setMaxLength(THERAPIST_MAX)
        self.therapist.setPlaceholderText(self.tr("The centre's clinician who treats"))
        self._caption(self.tr("&Started on:"), self.started_on)
        self._caption(self.tr("&Therapist:"), self.therapist)
        self.therapist.setFocus()

    def service_call(self) -> Callable[[], Any]:
        therapy, rid, version = self.services.therapy, self.referral.id, self.version
        assert version is not None
        started_on, therapist = to_date(self.started_on), self.therapist.text().strip()
        return lambda: therapy.start(rid, version, started_on, therapist)


class SessionsDialog(_StepDialog):
    """``saved(TherapyReferralDTO)``: the number of sessions held so far (a smaller number corrects it)."""

    def __init__(self, services: Services, ops: Ops, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, referral, self.tr("Sessions held — %1"), parent)
        self.setObjectName("therapySessionsDialog")
        self.sessions = QSpinBox(self)
        self.sessions.setObjectName("sessionsHeld")
        self.sessions.setRange(0, SESSIONS_MAX)
        self.sessions.setValue(referral.sessions_held)
        self._caption(self.tr("&Sessions held so far:"), self.sessions)
        self.sessions.selectAll()
        self.sessions.setFocus()

    def service_call(self) -> Callable[[], Any]:
        therapy, rid, version = self.services.therapy, self.referral.id, self.version
        assert version is not None
        held = self.sessions.value()
        return lambda: therapy.record_sessions(rid, version, held)


class EndDialog(_StepDialog):
    """``saved(TherapyReferralDTO)``: the referral ends on a day (not before its start or referral, not after
    today) with a reason ("other" needs the note); a referral still waiting cannot have met its goals. Asks
    first: an ended referral is final."""

    def __init__(self, services: Services, ops: Ops, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(services, ops, referral, self.tr("End the referral — %1"), parent)
        self.setObjectName("therapyEndDialog")
        since = referral.started_on or referral.referred_on
        self.ended_on = make_date_edit(today(), self, minimum=since, maximum=today())
        self.ended_on.setObjectName("endDate")
        self.reason = QComboBox(self)
        self.reason.setObjectName("endReason")
        for code in rules.end_reasons(referral.started_on is not None):
            self.reason.addItem(end_reason_label(code), code)
        self.note = plain_text_edit(self, 70)
        self.note.setObjectName("endNote")
        self._caption(self.tr("&Ended on:"), self.ended_on)
        self._caption(self.tr("&Reason:"), self.reason)
        self._caption(self.tr("&Note:"), self.note)
        self.reason.setFocus()

    def confirmation(self) -> str | None:
        return (self.tr("End the referral of %1 on %2? An ended referral cannot be reopened: a new referral would "
                        "be needed.").replace("%1", self.who).replace("%2", fmt_date(to_date(self.ended_on))))

    def confirm_button_text(self) -> str:
        return self.tr("End the referral")

    def service_call(self) -> Callable[[], Any]:
        therapy, rid, version = self.services.therapy, self.referral.id, self.version
        assert version is not None
        ended_on, reason, note = to_date(self.ended_on), self.reason.currentData(), self.note.toPlainText().strip()
        return lambda: therapy.end(rid, version, ended_on, reason, note)

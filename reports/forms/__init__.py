"""The forms, by name: what ``maane print`` lists and the client offers. Each is ``build(data, lang) -> bytes``
over its module's DTO, and ``render(data, lang) -> Rendered`` (the PDF, its page count, warnings such as an
unreadable logo). ``render_batch`` lays several forms out as one PDF (fonts embedded once), with progress
and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from models.clubs.dto import AttendanceSheet, FeeNotice, RegistrationForm, TransportList
from models.committees.dto import InvitationBatch, ProtocolForm
from models.daycare.dto import ApprovalLetterForm
from models.families.dto import FamilySummary
from models.forum.dto import ForumMinutesForm
from models.foster.dto import FosterReferralForm, PlacementSummaryForm
from models.intake.dto import IntakeForm
from reports import Progress
from reports.forms import (
    club_attendance_sheet,
    club_fee_notice,
    club_registration,
    club_transport_list,
    committee_invitation,
    committee_protocol,
    daycare_approval,
    decision_letter,
    family_summary,
    forum_minutes,
    foster_placement_summary,
    foster_referral,
    intake_summary,
    referral_letter,
    summary_letter,
)
from reports.template import PageInfo, Rendered, render_many


@dataclass(frozen=True)
class Form:
    name: str
    title: str  # English, for the command line's list
    data_type: type
    build: Callable[[Any, str], bytes]
    render: Callable[[Any, str], Rendered]
    story: Callable[[Any, str], list[Any]]
    page_info: Callable[[Any, str], PageInfo]
    langs: tuple[str, ...] = ("he", "ar")
    # a form that is several documents (the committee's invitations: one letter per addressee, each with its
    # own page header in its own language): (story, page info) of each; None: one document
    documents: Callable[[Any, str], list[tuple[list[Any], PageInfo]]] | None = None


FORMS: dict[str, Form] = {
    family_summary.NAME: Form(
        name=family_summary.NAME,
        title="Family file summary (members, address, worker, open tasks, chosen signed notes)",
        data_type=FamilySummary,
        build=family_summary.build,
        render=family_summary.render_summary,
        story=family_summary.story,
        page_info=family_summary.page_info,
    ),
    intake_summary.NAME: Form(
        name=intake_summary.NAME,
        title="Intake summary (the referral, the persons concerned, the problem, urgency and outcome)",
        data_type=IntakeForm,
        build=intake_summary.build,
        render=intake_summary.render_summary,
        story=intake_summary.story,
        page_info=intake_summary.page_info,
    ),
    referral_letter.NAME: Form(
        name=referral_letter.NAME,
        title="Referral letter to the receiving service (a referral referred elsewhere)",
        data_type=IntakeForm,
        build=referral_letter.build,
        render=referral_letter.render_letter,
        story=referral_letter.story,
        page_info=referral_letter.letter_page_info,
    ),
    committee_invitation.NAME: Form(
        name=committee_invitation.NAME,
        title="Committee invitations (one letter per participant, each in the participant's language)",
        data_type=InvitationBatch,
        build=committee_invitation.build,
        render=committee_invitation.render_invitations,
        story=committee_invitation.story,
        page_info=committee_invitation.page_info,
        documents=committee_invitation.documents,
    ),
    committee_protocol.NAME: Form(
        name=committee_protocol.NAME,
        title="Committee protocol of a case (participants, positions, decisions, vote, tasks, next review)",
        data_type=ProtocolForm,
        build=committee_protocol.build,
        render=committee_protocol.render_protocol,
        story=committee_protocol.story,
        page_info=committee_protocol.page_info,
    ),
    decision_letter.NAME: Form(
        name=decision_letter.NAME,
        title="Committee decision letter to the parents (decisions, tasks, next review, district hearing)",
        data_type=ProtocolForm,
        build=decision_letter.build,
        render=decision_letter.render_letter,
        story=decision_letter.story,
        page_info=decision_letter.letter_page_info,
    ),
    summary_letter.NAME: Form(
        name=summary_letter.NAME,
        title="Committee summary letter to the school or another professional",
        data_type=ProtocolForm,
        build=summary_letter.build,
        render=summary_letter.render_letter,
        story=summary_letter.story,
        page_info=summary_letter.letter_page_info,
    ),
    club_registration.NAME: Form(
        name=club_registration.NAME,
        title="Club registration form (the child, parents, transport, allergies, collectors, consent, signatures)",
        data_type=RegistrationForm,
        build=club_registration.build,
        render=club_registration.render_registration,
        story=club_registration.story,
        page_info=club_registration.page_info,
    ),
    club_attendance_sheet.NAME: Form(
        name=club_attendance_sheet.NAME,
        title="Club monthly attendance sheet (a row per child, a column per club day; landscape)",
        data_type=AttendanceSheet,
        build=club_attendance_sheet.build,
        render=club_attendance_sheet.render_sheet,
        story=club_attendance_sheet.story,
        page_info=club_attendance_sheet.page_info,
    ),
    club_fee_notice.NAME: Form(
        name=club_fee_notice.NAME,
        title="Club fee notice to a family (the month's charges, payments, balance and arrears, how to pay)",
        data_type=FeeNotice,
        build=club_fee_notice.build,
        render=club_fee_notice.render_notice,
        story=club_fee_notice.story,
        page_info=club_fee_notice.page_info,
    ),
    club_transport_list.NAME: Form(
        name=club_transport_list.NAME,
        title="Club transport list of a day (per route: school, drop-off, who collects, phone, allergies)",
        data_type=TransportList,
        build=club_transport_list.build,
        render=club_transport_list.render_list,
        story=club_transport_list.story,
        page_info=club_transport_list.page_info,
    ),
    daycare_approval.NAME: Form(
        name=daycare_approval.NAME,
        title="Day-care approval letter to the parents (the child, the centre, the parents' share step by step)",
        data_type=ApprovalLetterForm,
        build=daycare_approval.build,
        render=daycare_approval.render_letter,
        story=daycare_approval.story,
        page_info=daycare_approval.page_info,
    ),
    forum_minutes.NAME: Form(
        name=forum_minutes.NAME,
        title="Youth-law forum minutes of a meeting (attendees, each report decided: intervention, worker, due date)",
        data_type=ForumMinutesForm,
        build=forum_minutes.build,
        render=forum_minutes.render_minutes,
        story=forum_minutes.story,
        page_info=forum_minutes.page_info,
    ),
    foster_referral.NAME: Form(
        name=foster_referral.NAME,
        title="Referral to the foster-care service (the child, parents, the committee's decision, needs, worker)",
        data_type=FosterReferralForm,
        build=foster_referral.build,
        render=foster_referral.render_referral,
        story=foster_referral.story,
        page_info=foster_referral.page_info,
    ),
    foster_placement_summary.NAME: Form(
        name=foster_placement_summary.NAME,
        title="Foster placement summary (the pipeline with dates, the foster family, visits, annual review)",
        data_type=PlacementSummaryForm,
        build=foster_placement_summary.build,
        render=foster_placement_summary.render_summary,
        story=foster_placement_summary.story,
        page_info=foster_placement_summary.page_info,
    ),
}


def render_batch(items: Sequence[tuple[str, Any, str]], progress: Progress | None = None) -> Rendered:
    """Several forms, each ``(form name, data, lang)``, as one PDF: each starts on a new page with its own
    letterhead and "page x of y". ``progress(done, total)`` as each form is laid out; when it returns False
    the batch stops with ``reports.Cancelled``."""
    documents: list[tuple[Any, PageInfo]] = []
    for name, data, lang in items:
        form = FORMS[name]
        if not isinstance(data, form.data_type):
            raise TypeError(f"{name} prints a {form.data_type.__name__}, not a {type(data).__name__}")
        if form.documents is not None:
            documents += form.documents(data, lang)
        else:
            documents.append((form.story(data, lang), form.page_info(data, lang)))
    return render_many(documents, progress)

"""The registration form of a therapeutic club (טופס רישום למועדונית), in the family's language (Hebrew or
Arabic): the club (name, address, hours, phone, its social worker and guide), the child (name, birth date,
age on the first day, school, file number), the parents and their phones, the family's address, transport
(the route, the school it picks the child up from, the drop-off address or "collected at the club"), the
allergies and diet in a red frame, the people allowed to collect the child (name, relation, phone, ID),
the goals, the start and planned end, the monthly fee, the club's rules, the parents' consent (to the
child's participation, trips, transport, and the staff sharing information with the family's social
worker) and signature lines for each parent, the club's social worker, with the date.

The form is printed to be signed: the consent recorded in Maane, if any, is mentioned under it."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.clubs.dto import RegistrationForm
from reports.forms.club_parts import (
    age_on,
    alert_box,
    club_page_info,
    dated,
    money,
    phones,
    relation_word,
    section,
)
from reports.labels import check_lang, label
from reports.template import (
    BODY,
    BOLD,
    SMALL,
    TITLE,
    PageInfo,
    Rendered,
    civil_date,
    fields_table,
    grid_table,
    render,
)
from reports.text import RtlParagraph

NAME = "club_registration"


def _lang(data: RegistrationForm, lang: str | None) -> str:
    return check_lang(lang or data.language)


def _signature_line(caption: str, name: str, lang: str) -> list[Flowable]:
    """"Caption: ____ date: ____" and the signer's name under it (blank to fill in when not known)."""
    return [Spacer(1, 20),
            RtlParagraph(f"{caption}: {'_' * 26}        {label(lang, 'date')}: {'_' * 12}", BODY),
            RtlParagraph(name or f"{label(lang, 'name')}: {'_' * 26}", BOLD if name else BODY)]


def story(data: RegistrationForm, lang: str | None = None) -> list[Flowable]:
    lang = _lang(data, lang)
    c, e = data.club, data.enrolment
    parts: list[Flowable] = [RtlParagraph(f"{label(lang, NAME)}: {c.name}", TITLE), Spacer(1, 4)]

    parts += section(label(lang, "cl_club"))
    parts.append(fields_table([
        (label(lang, "cl_club_name"), c.name),
        (label(lang, "address"), c.address),
        (label(lang, "cl_hours"), c.hours.strip() or label(lang, "cl_default_hours")),
        (label(lang, "phone"), phones([c.phone])),
        (label(lang, "cl_supervisor"), c.supervisor_name),
        (label(lang, "cl_guide"), c.guide_name),
    ], lang))

    parts += section(label(lang, "cl_child_details"))
    age = age_on(e.birth_date, e.starts_on)
    parts.append(fields_table([
        (label(lang, "cl_child"), e.child_name),
        (label(lang, "birth_date"), dated(e.birth_date, lang)),
        (label(lang, "cl_age"), "" if age is None else str(age)),
        (label(lang, "file_number"), data.file_number),
        (label(lang, "cl_school"), e.school),
        (label(lang, "cl_family_address"), data.address),
    ], lang))

    parts += section(label(lang, "cl_parents"))
    if data.parents:
        rows = [[p.name, relation_word(p.relation, lang), phones(p.phones)] for p in data.parents]
        header = [label(lang, k) for k in ("name", "relation", "phones")]
        parts.append(grid_table(header, rows, (0.42, 0.22, 0.36), lang))
    else:
        parts.append(RtlParagraph(label(lang, "none"), BODY))

    parts += section(label(lang, "cl_transport"))
    dropoff = e.dropoff_address.strip() or label(lang, "cl_collected")
    parts.append(fields_table([
        (label(lang, "cl_route"), e.route_name or label(lang, "cl_no_route")),
        (label(lang, "cl_pickup_school"), e.school),
        (label(lang, "cl_dropoff"), dropoff),
    ], lang))

    parts += section(label(lang, "cl_health"))
    parts.append(alert_box([(label(lang, "cl_allergies"), e.allergies.strip() or label(lang, "cl_not_reported")),
                            (label(lang, "cl_diet"), e.diet.strip() or label(lang, "cl_not_reported"))], lang))

    parts += section(label(lang, "cl_collectors"))
    if e.collectors:
        rows = [[x.name, x.relation, phones([x.phone]), x.id_number] for x in e.collectors]
        header = [label(lang, k) for k in ("name", "relation", "phone", "id_number")]
        parts += [grid_table(header, rows, (0.36, 0.22, 0.22, 0.20), lang), Spacer(1, 2),
                  RtlParagraph(label(lang, "cl_collectors_note"), SMALL)]
    else:
        parts.append(RtlParagraph(label(lang, "cl_no_collectors"), BODY))

    parts += section(label(lang, "cl_goals"))
    parts.append(RtlParagraph(e.goals.strip() or label(lang, "none"), BODY))

    fee = label(lang, "cl_fee_monthly", amount=money(c.monthly_fee_agorot))
    parts += section(label(lang, "cl_enrolment"))
    parts.append(fields_table([
        (label(lang, "cl_starts_on"), civil_date(e.starts_on)),
        (label(lang, "cl_ends_on"), civil_date(e.ends_on) if e.ends_on else ""),
        (label(lang, "cl_fee"), fee),
    ], lang))

    parts += section(label(lang, "cl_rules_heading"))
    parts.append(RtlParagraph(label(lang, "cl_rules", fee=fee), BODY))

    parts += section(label(lang, "cl_consent_heading"))
    parts.append(RtlParagraph(label(lang, "cl_consent", child=e.child_name, club=c.name), BODY))
    if e.consent_signed and e.consent_on:
        parts += [Spacer(1, 3), RtlParagraph(label(lang, "cl_consent_recorded", date=civil_date(e.consent_on)), SMALL)]

    signers = list(data.parents[:2])
    for n in range(2):
        parent = label(lang, "cl_parent_n", n=n + 1)
        name = signers[n].name if n < len(signers) else ""
        parts += _signature_line(label(lang, "cl_parent_signature", parent=parent), name, lang)
    parts += _signature_line(label(lang, "cl_worker_signature"), c.supervisor_name, lang)
    return parts


def page_info(data: RegistrationForm, lang: str | None = None) -> PageInfo:
    return club_page_info(data.letterhead, _lang(data, lang), NAME, data.file_number, data.printed_on,
                          data.printed_by)


def render_registration(data: RegistrationForm, lang: str | None = None) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo). ``lang``: None prints in the family's
    language (``data.language``)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: RegistrationForm, lang: str | None = None) -> bytes:
    """The registration form of ``data.enrolment`` as a PDF."""
    return render_registration(data, lang).pdf

"""The fee notice to a family (הודעת תשלום), in the family's language (Hebrew or Arabic): to the parent, the
month's club fees per child (the fee, a discount or exemption, what is to pay), the payments received that
month (date, child, amount, method, receipt), the account (the balance to pay and how much of it is owed
from earlier months, or a credit, or nothing owed), how to pay (and to quote the file number), whom to ask,
and that a discount or an exemption can be asked for."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from models.clubs.dto import FeeNotice
from reports.forms.club_parts import ALERT, Cell, civil_month, club_page_info, grid, money, section
from reports.forms.committee_parts import addressee_lines
from reports.labels import check_lang, label
from reports.template import BODY, BOLD, HEADING, SMALL, PageInfo, Rendered, civil_date, render
from reports.text import RtlParagraph

NAME = "club_fee_notice"


def _lang(data: FeeNotice, lang: str | None) -> str:
    return check_lang(lang or data.language)


def charges_table(data: FeeNotice, lang: str) -> Flowable:
    if not data.lines:
        return RtlParagraph(label(lang, "cl_no_charges"), BODY)
    rows: list[list[Cell]] = []
    for c in data.lines:
        if c.discount_agorot and c.discount_agorot >= c.fee_agorot:
            discount = label(lang, "cl_exemption")
        else:
            discount = money(c.discount_agorot) if c.discount_agorot else ""
        rows.append([c.child_name, c.club_name, money(c.fee_agorot), discount, money(c.amount_agorot)])
    if len(data.lines) > 1:
        rows.append([(label(lang, "cl_total"), BOLD), "", "", "", (money(sum(c.amount_agorot for c in data.lines)),
                                                                   BOLD)])
    header = [label(lang, k) for k in ("cl_child", "cl_club", "cl_monthly_fee", "cl_discount", "cl_to_pay")]
    return grid(header, rows, (0.27, 0.25, 0.16, 0.16, 0.16), lang)


def payments_table(data: FeeNotice, lang: str) -> Flowable:
    if not data.payments:
        return RtlParagraph(label(lang, "cl_no_payments"), BODY)
    rows = [[civil_date(p.paid_on), p.child_name, money(p.amount_agorot), label(lang, f"method_{p.method}"),
             p.receipt_no] for p in data.payments]
    header = [label(lang, k) for k in ("date", "cl_child", "cl_amount", "cl_method", "cl_receipt")]
    return grid(header, rows, (0.16, 0.30, 0.16, 0.22, 0.16), lang)


def account_lines(data: FeeNotice, lang: str) -> list[Flowable]:
    if data.balance_agorot > 0:
        parts: list[Flowable] = [RtlParagraph(f"{label(lang, 'cl_balance')}: {money(data.balance_agorot)}", ALERT)]
        if data.arrears_agorot > 0:
            parts.append(RtlParagraph(f"{label(lang, 'cl_arrears')}: {money(data.arrears_agorot)}", BOLD))
        return parts
    if data.balance_agorot < 0:
        return [RtlParagraph(f"{label(lang, 'cl_credit')}: {money(data.balance_agorot)}", BOLD)]
    return [RtlParagraph(label(lang, "cl_nothing_owed"), BOLD)]


def story(data: FeeNotice, lang: str | None = None) -> list[Flowable]:
    lang = _lang(data, lang)
    lh = data.letterhead.for_language(lang)
    month = civil_month(data.month, lang)
    family = label(lang, "cl_family", name=data.family_name) if data.family_name else ""
    parts: list[Flowable] = addressee_lines(data.addressee or family, family if data.addressee else "", "",
                                            data.address, lang)
    parts += [Spacer(1, 12),
              RtlParagraph(f"{label(lang, 'subject')}: {label(lang, 'cl_fee_subject', month=month)}", HEADING),
              RtlParagraph(f"{label(lang, 'file_number')}: {data.file_number}", BODY),
              Spacer(1, 8),
              RtlParagraph(label(lang, "greeting"), BODY),
              Spacer(1, 4),
              RtlParagraph(label(lang, "cl_fee_intro", month=month), BODY)]
    parts += section(label(lang, "cl_charges"))
    parts.append(charges_table(data, lang))
    parts += section(label(lang, "cl_payments"))
    parts.append(payments_table(data, lang))
    parts += section(label(lang, "cl_account"))
    parts += account_lines(data, lang)
    parts += section(label(lang, "cl_how_to_pay_heading"))
    parts.append(RtlParagraph(label(lang, "cl_how_to_pay", department=lh.department, file=data.file_number), BODY))
    if lh.phone.strip():
        parts.append(RtlParagraph(label(lang, "cl_questions_phone", phone=lh.phone.strip()), BODY))
    parts += [Spacer(1, 4), RtlParagraph(label(lang, "cl_hardship"), BODY),
              Spacer(1, 10), RtlParagraph(label(lang, "closing"), BODY)]
    if data.printed_by:
        parts.append(RtlParagraph(data.printed_by, BOLD))
    parts.append(RtlParagraph(lh.department, SMALL))
    return parts


def page_info(data: FeeNotice, lang: str | None = None) -> PageInfo:
    return club_page_info(data.letterhead, _lang(data, lang), NAME, data.file_number, data.printed_on,
                          data.printed_by)


def render_notice(data: FeeNotice, lang: str | None = None) -> Rendered:
    """The PDF with its page count and warnings (an unreadable logo). ``lang``: None prints in the family's
    language (``data.language``)."""
    return render(story(data, lang), page_info(data, lang))


def build(data: FeeNotice, lang: str | None = None) -> bytes:
    """The fee notice of ``data.month`` to the family of ``data.file_number`` as a PDF."""
    return render_notice(data, lang).pdf

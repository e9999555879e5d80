"""The club tab of the family file: a waiting request with its days, an enrolment with its allergies,
collectors and consent, the family's fees and payments; the family worker reads it and files requests, the
club worker also records a payment and prints the registration form; intake sees the requests only; the
case notes are not the club worker's (no Notes tab). The clubs' clock is 18 December 2025."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.clubs.common import fmt_money, request_status_label
from desktop.clubs.file_tab import ClubTab
from desktop.families.file_view import FileView
from models.clubs.dto import ClubInput, CollectorInput, EnrolInput, PaymentInput, RequestInput
from tests.gui.helpers import settle

TODAY = date(2025, 12, 18)


@pytest.fixture
def clubs_world(world, monkeypatch):
    """The Cohen child enrolled (since November, charged for it, 50 ₪ paid); the Haddad child waiting since
    28 November."""
    monkeypatch.setattr("models.clubs.rules.today", lambda: date(2025, 11, 28))
    south = world.services("south_worker").clubs
    south.request_club(RequestInput(file_id=world.files["haddad"], person_id=world.persons["haddad_child"],
                                    route="family_worker", reason="בדידות חברתית אחרי הצהריים", urgency="week"))
    monkeypatch.setattr("models.clubs.rules.today", lambda: TODAY)
    clubs = world.services("club").clubs
    c = clubs.save_club(None, ClubInput(name="מועדונית הדקל"), None)
    clubs.enrol(EnrolInput(club_id=c.id, file_id=world.files["cohen"], person_id=world.persons["cohen_child"],
                           starts_on=date(2025, 11, 2), allergies="בוטנים", consent_signed=True,
                           consent_on=date(2025, 10, 28),
                           collectors=(CollectorInput(name="סבתא רחל כהן", relation="סבתא", phone="050-1234567"),)))
    clubs.charge_month(date(2025, 11, 1), c.id)
    clubs.record_payment(PaymentInput(file_id=world.files["cohen"], person_id=world.persons["cohen_child"],
                                      paid_on=date(2025, 12, 1), amount_agorot=5_000, method="cash",
                                      receipt_no="1001"))
    return world


def _view(qtbot, ops, world, who: str, key: str) -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="clubs")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ops)
    settle(qtbot, ops)
    return v


def _cells(table, row: int = 0) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _tab(v: FileView) -> ClubTab:
    tab = v.tab("clubs")
    assert isinstance(tab, ClubTab)
    return tab


def test_the_family_worker_sees_the_request_waiting(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "south_worker", "haddad")
    tab = _tab(v)
    assert v.tabs.currentWidget() is tab
    assert v.tab("notes") is not None  # she writes the notes
    assert tab.requests_table.rowCount() == 1
    cells = _cells(tab.requests_table)
    assert cells[0] == "לילא חדאד" and cells[2] == request_status_label("waiting")
    assert cells[5] == "20"  # 28 November to 18 December
    assert tab.request_action.button.isVisible()
    assert tab.payment_action.button.isHidden() and tab.registration_action.button.isHidden()
    assert tab.enrolments_table.rowCount() == 0


def test_the_enrolment_and_the_fees_on_the_tab(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "north_worker", "cohen")
    tab = _tab(v)
    assert tab.enrolments_table.rowCount() == 1
    cells = _cells(tab.enrolments_table)
    assert cells[0] == "מרים כהן" and cells[1] == "מועדונית הדקל" and cells[2] == "02/11/2025"
    assert cells[5] == "בוטנים" and "סבתא רחל כהן" in cells[6] and cells[7] == "28/10/2025"
    assert fmt_money(8_000) in tab.balance_label.text()  # 130 charged, 50 paid
    assert tab.payments_table.rowCount() == 1 and _cells(tab.payments_table)[4] == "1001"
    assert tab.charges_table.rowCount() == 1


def test_the_club_worker_records_a_payment_and_prints_the_registration(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "club", "cohen")
    assert v.tab("notes") is None  # the case notes are not hers
    tab = _tab(v)
    assert tab.payment_action.button.isVisible() and tab.payment_action.button.isEnabled()
    d = tab.open_payment()
    assert d is not None
    settle(qtbot, ops)
    assert d.amount.agorot() == 8_000
    d.ok_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.last_error is None
    settle(qtbot, ops)
    assert tab.payments_table.rowCount() == 2
    assert fmt_money(0) in tab.balance_label.text()

    preview = tab.print_registration()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
    assert preview.printed is not None, preview.error_label.text()
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
    assert "מרים" in text and "בוטנים" in text
    preview.close()


def test_intake_sees_the_requests_only(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "intake", "haddad")
    tab = _tab(v)
    assert tab.requests_table.rowCount() == 1
    assert tab.enrolments_box.isHidden() and tab.fees_box.isHidden()
    assert tab.error_label.isHidden(), tab.error_label.text()


def test_the_request_dialog_opens_from_the_tab(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "north_worker", "cohen")
    tab = _tab(v)
    d = tab.open_request()
    assert d is not None and d.isVisible()
    settle(qtbot, ops)
    d.reject()


def test_the_club_worker_decides_an_exemption_on_the_tab(qtbot, ops, clubs_world):
    v = _view(qtbot, ops, clubs_world, "club", "cohen")
    tab = _tab(v)
    d = tab.open_adjustment()
    assert d is not None
    assert d.from_month.month() == date(2025, 12, 1)  # November is charged; December is not yet
    d.kind.setCurrentIndex(d.kind.findData("discount"))
    d.discount.set_agorot(5_000)
    assert fmt_money(8_000) in d.fee_label.text()  # what the family pays a month
    d.reason.setPlainText("הכנסה נמוכה: הנחה לפי החלטת העו״ס")
    d.ok_button.click()
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert d.last_error is None
    settle(qtbot, ops)
    assert "הכנסה נמוכה" in tab.adjustments_label.text() and tab.adjustments_label.isVisible()


def test_the_club_worker_reads_no_case_note_on_the_file_nor_on_its_printed_summary(qtbot, ops, clubs_world):
    """The notes are not hers: no Notes tab, none in the file she opens, none on the summary she prints; the
    family worker's summary of the same file has the note."""
    secret = "שיחה עם האם על המצב בבית"
    clubs_world.services("north_worker").notes.add(clubs_world.files["cohen"], "phone_call", date(2025, 12, 1),
                                                   secret, sign=True)

    def printed(who: str) -> str:
        v = _view(qtbot, ops, clubs_world, who, "cohen")
        assert v.detail is not None
        d = v.open_print_summary()
        assert d is not None
        settle(qtbot, ops)
        d.ok_button.click()
        preview = v.preview
        assert preview is not None
        qtbot.waitUntil(lambda: preview.printed is not None or preview.error_label.isVisible(), timeout=30_000)
        assert preview.printed is not None, preview.error_label.text()
        text = "".join(preview.document.getAllText(p).text() for p in range(preview.page_count))
        preview.close()
        return text

    v = _view(qtbot, ops, clubs_world, "club", "cohen")
    assert v.tab("notes") is None and v.detail is not None and v.detail.notes == ()
    hers = printed("club")
    assert "מרים" in hers and secret not in hers
    assert secret in printed("north_worker")

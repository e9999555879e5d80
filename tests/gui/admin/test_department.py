"""The department settings screen: offered to the administrator alone; it shows the stored letterhead and a
live preview rendered by the forms engine; a saved change is what the next form prints; a bad logo is said
at once and refused at Save with the typed values kept; a chosen logo is saved and cleared."""

from __future__ import annotations

from pathlib import Path

from desktop.admin.department import DepartmentSettingsView
from desktop.features import FEATURES
from desktop.widgets.a11y import unnamed_widgets
from models.department.service import DEFAULT_LETTERHEAD
from models.roles import allowed
from tests.gui.helpers import SlowServices, Ticker, settle, type_text

DATA = Path(__file__).resolve().parents[2] / "data"


def _view(qtbot, world, ops, who: str = "admin", services=None) -> DepartmentSettingsView:
    v = DepartmentSettingsView(services or world.services(who), ops)
    qtbot.addWidget(v)
    v.show()
    settle(qtbot, ops)
    return v


def _preview_text(v: DepartmentSettingsView) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buf = QBuffer()
    buf.setData(QByteArray(v.preview_pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    return doc.getAllText(0).text()


def test_the_screen_is_offered_to_the_administrator_only():
    for role, offered in [("admin", True), ("manager", False), ("team_head", False), ("family_worker", False)]:
        keys = {f.key for f in FEATURES if f.permission is None or allowed(role, f.permission)}
        assert ("department" in keys) is offered, role


def test_it_shows_the_letterhead_and_a_live_preview(qtbot, world, ops):
    v = _view(qtbot, world, ops)
    assert v.edits["municipality"].text() == DEFAULT_LETTERHEAD.municipality
    assert v.summary_notes.value() == 3 and v.logo_label.text()
    assert not v.preview_label.pixmap().isNull()
    assert "2026/0000" in _preview_text(v)  # the sample page
    v.edits["municipality"].clear()
    with qtbot.waitSignal(v.preview_shown, timeout=10_000):
        type_text(v.edits["municipality"], "עיריית נחל צין")
    assert "צין" in _preview_text(v) or "ןיצ" in _preview_text(v)
    assert unnamed_widgets(v) == []


def test_a_saved_letterhead_is_what_the_next_form_prints(qtbot, world, ops):
    v = _view(qtbot, world, ops)
    v.edits["phone"].setText("08-9999999")
    v.load_logo(DATA / "logo.png")
    v.summary_notes.setValue(5)
    with qtbot.waitSignal(v.saved, timeout=10_000):
        v.save_action.button.click()
    assert v.status_label.text() and not v.error_label.isVisible()
    settings = world.services("north_worker").department.settings()
    assert settings.letterhead.phone == "08-9999999" and settings.letterhead.logo == (DATA / "logo.png").read_bytes()
    assert settings.summary_notes == 5
    summary = world.services("north_worker").families.summary(world.files["cohen"])
    assert summary.letterhead == settings.letterhead
    v.clear_logo()
    with qtbot.waitSignal(v.saved, timeout=10_000):
        v.save()
    assert world.services("admin").department.settings().letterhead.logo is None


def test_a_bad_logo_is_said_at_once_and_refused_with_the_typed_values_kept(qtbot, world, ops, tmp_path):
    v = _view(qtbot, world, ops)
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really an image")
    v.edits["department"].setText("אגף הרווחה והשירותים")
    v.load_logo(bad)
    settle(qtbot, ops)
    assert v.error_label.isVisible() and "PNG" in v.error_label.text() and "JPEG" in v.error_label.text()
    v.save()
    settle(qtbot, ops)
    assert v.error_label.isVisible()
    assert v.edits["department"].text() == "אגף הרווחה והשירותים"  # kept
    assert world.services("admin").department.settings().letterhead == DEFAULT_LETTERHEAD  # nothing saved
    v.load_logo(tmp_path / "missing.png")
    assert str(tmp_path / "missing.png") in v.error_label.text()
    big = tmp_path / "big.jpg"
    big.write_bytes((DATA / "logo.jpg").read_bytes() + b"\0" * (1024 * 1024))
    v.load_logo(big)
    settle(qtbot, ops)
    assert "1024" in v.error_label.text()


def test_an_empty_municipality_is_refused_and_kept(qtbot, world, ops):
    v = _view(qtbot, world, ops)
    v.edits["municipality"].clear()
    v.save()
    settle(qtbot, ops)
    assert v.error_label.isVisible() and v.edits["municipality"].text() == ""


def test_loading_and_saving_run_off_the_gui_thread(qtbot, world, ops):
    slow = SlowServices(world.services("admin"), delay=0.5)
    ticker = Ticker()
    v = _view(qtbot, world, ops, services=slow)
    v.edits["phone"].setText("08-5555555")
    with qtbot.waitSignal(v.saved, timeout=10_000):
        v.save()
    ticker.stop()
    assert slow.gui_thread_calls == [] and {"settings", "update"} <= {n for n, _ in slow.calls}
    assert slow.frozen_calls(ticker) == []


def test_the_arabic_letterhead_is_typed_previewed_in_arabic_and_saved(qtbot, world, ops):
    """The "In Arabic" fields show the stored Arabic letterhead; typed ones show in the Arabic preview (not in
    the Hebrew one) and are saved for the forms printed in Arabic; a field left empty prints the Hebrew."""
    import unicodedata

    def words(text: str) -> str:  # the preview's text as letters (Arabic presentation forms folded)
        return unicodedata.normalize("NFKC", text)

    v = _view(qtbot, world, ops)
    assert v.edits["municipality_ar"].text() == DEFAULT_LETTERHEAD.municipality_ar != ""
    assert v.edits["department_ar"].text() == DEFAULT_LETTERHEAD.department_ar
    assert unnamed_widgets(v) == []
    v.edits["municipality_ar"].clear()
    v.edits["address_ar"].clear()
    with qtbot.waitSignal(v.preview_shown, timeout=10_000):
        v.preview_language.setCurrentIndex(v.preview_language.findData("ar"))
    with qtbot.waitSignal(v.preview_shown, timeout=10_000):
        type_text(v.edits["municipality_ar"], "بلدية نحال")
    arabic = words(_preview_text(v))
    assert "نحال" in arabic or "لاحن" in arabic
    assert "هبسور" not in arabic  # the old Arabic municipality and address are gone from the preview
    with qtbot.waitSignal(v.preview_shown, timeout=10_000):
        v.preview_language.setCurrentIndex(v.preview_language.findData("he"))
    hebrew = words(_preview_text(v))
    assert "نحال" not in hebrew and "לאחן" not in hebrew and "הבשור" in hebrew
    with qtbot.waitSignal(v.saved, timeout=10_000):
        v.save_action.button.click()
    lh = world.services("north_worker").department.letterhead()
    assert (lh.municipality_ar, lh.department_ar, lh.address_ar) == \
        ("بلدية نحال", DEFAULT_LETTERHEAD.department_ar, "")
    assert lh.for_language("ar").address == DEFAULT_LETTERHEAD.address  # empty in Arabic: the Hebrew one
    assert lh.municipality == DEFAULT_LETTERHEAD.municipality  # the Hebrew letterhead untouched


def test_a_too_long_arabic_field_is_refused_by_its_name_and_kept(qtbot, world, ops):
    v = _view(qtbot, world, ops)
    v.edits["department_ar"].setText("ق" * 121)
    v.save()
    settle(qtbot, ops)
    assert v.error_label.isVisible() and "120" in v.error_label.text()
    from desktop.messages import message_for
    from models.errors import ValidationError

    said = v.error_label.text()  # names the Arabic field, not the Hebrew one
    assert said == message_for(ValidationError("too_long", field="department_ar", max=120))
    assert said != message_for(ValidationError("too_long", field="department", max=120))
    assert v.edits["department_ar"].text() == "ق" * 121
    assert world.services("admin").department.settings().letterhead == DEFAULT_LETTERHEAD


def test_the_intake_response_days_are_shown_saved_and_checked(qtbot, world, ops):
    """The "Intake" group: the four response days per urgency (0-90), saved with the rest; an order that
    makes a more urgent referral wait longer is refused with the typed values kept."""
    v = _view(qtbot, world, ops)
    days = v.response_days
    stored = world.services("admin").department.settings().response_days()
    assert {k: s.value() for k, s in days.items()} == stored
    assert days["routine"].maximum() == 90 and days["immediate"].minimum() == 0
    days["week"].setValue(10)
    days["routine"].setValue(30)
    with qtbot.waitSignal(v.saved, timeout=10_000):
        v.save()
    settle(qtbot, ops)
    saved = world.services("admin").department.settings()
    assert (saved.response_days_week, saved.response_days_routine) == (10, 30)
    days["day"].setValue(40)  # more than a week's
    v.save()
    settle(qtbot, ops)
    assert v.error_label.isVisible() and days["day"].value() == 40
    assert world.services("admin").department.settings().response_days_day == saved.response_days_day
    assert unnamed_widgets(v) == []

"""desktop.widgets.a11y: labels bound to their fields, names given, and the check that finds what is not."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.a11y import accessible_name, label_text, name_widgets, unnamed_widgets
from desktop.widgets.dates import make_date_edit


def test_label_text_drops_mnemonics_and_the_colon():
    assert label_text("&Name:") == "Name"
    assert label_text("שם משפחה: ") == "שם משפחה"
    assert label_text("Salt && pepper") == "Salt & pepper"


def test_form_rows_of_every_kind_get_bound_and_named(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    form = QFormLayout(w)
    kind = QComboBox()
    kind.addItems(["ביקור בית", "שיחה"])
    form.addRow("סוג:", kind)                      # a string label: Qt sets the buddy, not the combo's name
    other_label, other = QLabel("הערה:"), QLineEdit()
    form.addRow(other_label, other)                # a QLabel: Qt sets no buddy
    path, row = QLineEdit(), QHBoxLayout()
    row.addWidget(path)
    row.addWidget(QPushButton("עיון…"))
    form.addRow("קובץ:", row)                      # a layout as the field
    when = make_date_edit(date(2026, 11, 28))
    form.addRow("תאריך:", when)                    # a composite date field
    has_due, due = QCheckBox("תאריך יעד:"), make_date_edit(date(2026, 12, 1))
    form.addRow(has_due, due)                      # a check box as the label
    w.show()
    assert set(unnamed_widgets(w)) >= {kind, other, path, when.edit, due.edit}
    name_widgets(w)
    assert unnamed_widgets(w) == []
    # Qt on Linux reports a combo box's value as its name (Windows: the name, which NVDA reads)
    assert kind.accessibleName() == "סוג"
    assert other_label.buddy() is other and accessible_name(other) == "הערה"
    assert accessible_name(path) == "קובץ"
    labels = {lab.text(): lab for lab in w.findChildren(QLabel)}
    assert labels["תאריך:"].buddy() is when.edit and accessible_name(when.edit) == "תאריך"
    assert accessible_name(due.edit) == "תאריך יעד"
    name_widgets(w)  # twice is harmless; a given name is kept
    kind.setAccessibleName("סוג הרישום")
    name_widgets(w)
    assert kind.accessibleName() == "סוג הרישום"


def test_views_in_tabs_are_named_after_the_tab_and_icon_buttons_after_their_tip(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    tabs = QTabWidget(w)
    members = QTableWidget(1, 1)
    tabs.addTab(members, "&בני משפחה")
    page = QWidget()
    tasks = QTableWidget(1, 1, page)
    QVBoxLayout(page).addWidget(tasks)
    tabs.addTab(page, "משימות")
    icon_button = QPushButton(w)
    icon_button.setToolTip("רענון")
    layout = QVBoxLayout(w)
    layout.addWidget(tabs)
    layout.addWidget(icon_button)
    w.show()
    assert members in unnamed_widgets(w) and icon_button in unnamed_widgets(w)
    name_widgets(w)
    assert accessible_name(members) == "בני משפחה"
    assert accessible_name(icon_button) == "רענון"
    tabs.setCurrentIndex(1)
    assert accessible_name(tasks) == "משימות"
    assert unnamed_widgets(w) == []


def test_hidden_widgets_and_the_insides_of_composites_are_not_checked(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    layout = QVBoxLayout(w)
    hidden = QLineEdit()
    layout.addWidget(hidden)
    hidden.hide()
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setText("כהן")  # shows the clear button, a nameless tool button inside the line edit
    search.setAccessibleName("חיפוש")
    layout.addWidget(search)
    w.show()
    assert unnamed_widgets(w) == []

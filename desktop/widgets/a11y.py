"""Accessibility: every input bound to its visible label, every input, table and button with a name a screen
reader (NVDA on the department's PCs) can read.

``name_widgets(root)`` is called at the end of a screen's constructor (and again when the screen adds
widgets later, e.g. a tab). It never overwrites a name already given. What it does:
- every QFormLayout row: the label (a QLabel) becomes the buddy of the row's field, so Alt+mnemonic and a
  click on the label reach it; the field, when it has no accessible name, gets the label's text (without
  '&' and the closing colon). A field that is a composite widget (a date field) or a layout is resolved to
  the input inside it; a row whose label is a check box (an optional date) names the field after it;
- every tab page of a QTabWidget that is, or holds exactly one, table or list: that view gets the tab's
  title as its name;
- a button without text (an icon button) gets its tool tip as its name.

``unnamed_widgets(root)`` lists the visible interactive widgets a screen reader could not name; the
accessibility test fails on any."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS: tuple[type[QWidget], ...] = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
INTERACTIVE: tuple[type[QWidget], ...] = (QAbstractButton, QAbstractItemView, *INPUTS)


def label_text(text: str) -> str:
    """A label's text as a name: without the mnemonic '&' and the closing colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    while text.endswith((":", "：")):
        text = text[:-1].rstrip()
    return text


def _input_in(widget: QWidget | None) -> QWidget | None:
    """The input a label stands for: the widget itself, its focus proxy, or the first input inside it."""
    if widget is None:
        return None
    if isinstance(widget, INTERACTIVE):
        return widget
    proxy = widget.focusProxy()
    if proxy is not None and isinstance(proxy, INTERACTIVE):
        return proxy
    return next((w for w in widget.findChildren(QWidget) if isinstance(w, INPUTS)), None)


def _input_in_layout(layout: QLayout | None) -> QWidget | None:
    if layout is None:
        return None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        found = _input_in(item.widget()) if item.widget() is not None else _input_in_layout(item.layout())
        if found is not None:
            return found
    return None


def bind_label(label: QWidget | None, field: QWidget | None) -> None:
    """Make ``label`` name ``field``: buddy (for a QLabel) and the accessible name when it has none."""
    if label is None or field is None:
        return
    if isinstance(label, QLabel):
        if label.buddy() is None or label.buddy() is not field:
            label.setBuddy(field)
        text = label_text(label.text())
    elif isinstance(label, QAbstractButton):
        text = label_text(label.text())
    else:
        return
    if text and not field.accessibleName():
        field.setAccessibleName(text)


def _bind_form(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        field = (_input_in(field_item.widget()) if field_item.widget() is not None
                 else _input_in_layout(field_item.layout()))
        bind_label(label_item.widget(), field)


def _name_tab_views(tabs: QTabWidget) -> None:
    for i in range(tabs.count()):
        page = tabs.widget(i)
        title = label_text(tabs.tabText(i))
        if page is None:
            continue
        if isinstance(page, QAbstractItemView):
            views = [page]
        else:
            views = [v for v in page.findChildren(QAbstractItemView) if not isinstance(v, QHeaderView)]
        if len(views) == 1 and title and not views[0].accessibleName():
            views[0].setAccessibleName(title)


def name_widgets(root: QWidget) -> None:
    """Bind labels and name the inputs, views and buttons of ``root``'s widget tree (see the module)."""
    forms = root.findChildren(QFormLayout)
    own = root.layout()
    if isinstance(own, QFormLayout):
        forms.append(own)
    for form in forms:
        _bind_form(form)
    for tabs in root.findChildren(QTabWidget):
        _name_tab_views(tabs)
    for button in root.findChildren(QAbstractButton):
        if not button.text() and not button.accessibleName() and button.toolTip():
            button.setAccessibleName(label_text(button.toolTip()))


def _internal(w: QWidget) -> bool:
    """Parts of a composite Qt widget (a spin box's line edit, a combo's popup, a line edit's clear button,
    a table's headers and corner button): the composite speaks for them."""
    if isinstance(w, QHeaderView):
        return True
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractSpinBox | QComboBox | QLineEdit | QAbstractItemView):
            return True
        p = p.parentWidget()
    return False


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces for ``w`` (Qt's accessibility interface)."""
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def has_label(w: QWidget) -> bool:
    """``w`` has a visible label bound to it (buddy) or an accessible name of its own."""
    if w.accessibleName().strip():
        return True
    window = w.window()
    return any(label.buddy() is w and label.isVisible() and label_text(label.text())
               for label in window.findChildren(QLabel))


def unnamed_widgets(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets of ``root`` that a screen reader cannot name: no accessible name, and
    for an input no label bound to it either. A combo box's name must not be its current value."""
    bad: list[QWidget] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisible() or _internal(w):
            continue
        if isinstance(w, INPUTS):
            ok = has_label(w) and bool(accessible_name(w) or w.accessibleName())
            if isinstance(w, QComboBox) and not w.accessibleName():
                # Qt on Linux announces the selected item as a combo box's name; on Windows, the
                # accessible name (or the buddy's text). An explicit name reads the same everywhere.
                ok = False
        else:
            ok = bool(accessible_name(w))
        if not ok:
            bad.append(w)
    return bad


def describe(w: QWidget) -> str:
    """For a failing test's message: class, object name and the nearest named ancestor."""
    chain: list[str] = []
    p: QWidget | None = w
    while p is not None and len(chain) < 4:
        chain.append(f"{type(p).__name__}({p.objectName()!r})")
        p = p.parentWidget()
    return " < ".join(chain)

"""Dialog buttons are words: no stock green-arrow / red-X icons, whatever the platform style says; no icons
in menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProxyStyle, QStyle, QStyleFactory

from desktop.app import create_qapplication
from desktop.style import MaaneStyle, apply_style

BUTTONS = QDialogButtonBox.StandardButton


class IconsOnButtonsStyle(QProxyStyle):
    """What the Windows and KDE styles do: stock icons on dialog buttons."""

    def styleHint(self, hint, option=None, widget=None, return_data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, return_data)


def _icons(box: QDialogButtonBox) -> list[bool]:
    return [not b.icon().isNull() for b in box.buttons()]


def test_dialog_buttons_have_no_stock_icons_even_where_the_platform_style_adds_them(qapp, qtbot):
    try:
        qapp.setStyle(IconsOnButtonsStyle(QStyleFactory.create("fusion")))
        before = QDialogButtonBox(BUTTONS.Ok | BUTTONS.Cancel)
        qtbot.addWidget(before)
        assert all(_icons(before))  # the problem: a green arrow and a red X
        style = apply_style(qapp, IconsOnButtonsStyle(QStyleFactory.create("fusion")))
        assert qapp.style() is style
        assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
        after = QDialogButtonBox(BUTTONS.Ok | BUTTONS.Cancel | BUTTONS.Save | BUTTONS.Close)
        qtbot.addWidget(after)
        assert not any(_icons(after))
        box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert not any(not b.icon().isNull() for b in box.buttons())
        assert qapp.testAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus)
    finally:
        apply_style(qapp, QStyleFactory.create("fusion"))


def test_create_qapplication_installs_the_style_once(qapp):
    assert create_qapplication() is qapp
    style = qapp.style()
    assert isinstance(style, MaaneStyle)
    assert create_qapplication() is qapp and qapp.style() is style  # not stacked again
    assert apply_style(qapp) is style

"""The application's look: Qt's stock icons (green arrow, red X) on dialog buttons and icons in menus turned
off; buttons are words. Everything else comes from the platform's style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)


class MaaneStyle(QProxyStyle):
    """The platform style, without stock icons on dialog buttons."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,
                  widget: QWidget | None = None, return_data: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)


def apply_style(app: QApplication, base: QStyle | None = None) -> MaaneStyle:
    """Install MaaneStyle over ``base`` (default: a fresh copy of the current style, the platform's or the
    one chosen with ``-style``) and hide icons in menus. Call before any window is created: a button box
    takes its icons when it is built."""
    current = app.style()
    if base is None and isinstance(current, MaaneStyle):
        return current
    if base is None and current is not None:
        base = QStyleFactory.create(current.name())
    style = MaaneStyle(base) if base is not None else MaaneStyle()
    app.setStyle(style)
    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, True)
    return style

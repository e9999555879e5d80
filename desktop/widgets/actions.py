"""A view's action: one QAction with a keyboard shortcut (active while the focus is inside the view) and
the push button that shows it, its tooltip naming the shortcut. Hiding or disabling the button disables
the shortcut too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


class ViewAction:
    def __init__(self, view: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                 handler: Callable[[], object], *, button_parent: QWidget | None = None, name: str = "") -> None:
        seq = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        self.action = QAction(text, view)
        self.action.setShortcut(seq)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda _checked=False: handler())
        view.addAction(self.action)
        self.button = QPushButton(text, button_parent or view)
        self.button.setToolTip(f"{text} ({seq.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.button.setAccessibleName(text)
        self.button.clicked.connect(self.action.trigger)
        if name:
            self.button.setObjectName(name)
        self._visible = True
        self._enabled = True

    @property
    def shortcut(self) -> QKeySequence:
        return self.action.shortcut()

    def setVisible(self, visible: bool) -> None:
        self._visible = visible
        self.button.setVisible(visible)
        self._sync()

    def setEnabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.button.setEnabled(enabled)
        self._sync()

    def _sync(self) -> None:
        self.action.setEnabled(self._visible and self._enabled)

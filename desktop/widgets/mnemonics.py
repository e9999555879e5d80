"""Menu mnemonics that work whatever the keyboard layout.

Qt opens a menu when Alt and its mnemonic letter are typed: "&קובץ" opens with Alt+ק. A Hebrew interface on
a PC whose keyboard is switched to English types Alt+E instead (the same key), and an English or Arabic
interface on a Hebrew keyboard types Alt+כ for "&File". Each top-level menu also gets the same key on the
other layouts (``models.keyboard.same_key``)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenuBar

from models.keyboard import same_key


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' in a menu text ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1]
            i += 1
        i += 1
    return None


def add_layout_mnemonics(menubar: QMenuBar) -> list[QShortcut]:
    """Alt+the mnemonic's key on every layout opens each menu of ``menubar``."""
    window = menubar.window()
    shortcuts: list[QShortcut] = []
    for action in menubar.actions():
        letter = mnemonic(action.text())
        if letter is None:
            continue
        for ch in same_key(letter):
            if ch.lower() == letter.lower():
                continue  # Qt's own mnemonic handles the letter itself
            sc = QShortcut(QKeySequence(f"Alt+{ch.upper()}"), window)
            sc.activated.connect(lambda a=action: menubar.setActiveAction(a))
            shortcuts.append(sc)
    return shortcuts

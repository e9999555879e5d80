"""Referrals for the therapy screens' tests, made through the service by the files' workers. The therapy
centre's clock (models.therapy.rules.today) is Wednesday 18 November 2026, before the server's date (the
PostgreSQL guard refuses dates after it)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtWidgets import QTableWidget, QWidget

from desktop.families.file_view import FileView
from desktop.therapy.page import TherapyPage
from desktop.widgets.mnemonics import mnemonic
from tests.gui.committees.meeting_support import mnemonics
from tests.gui.helpers import settle
from tests.support import World
from tests.unit.models.therapy.therapyworld import TODAY, refer

__all__ = ["TODAY", "refer"]


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr("models.therapy.rules.today", lambda: TODAY)
    return TODAY


def page(qtbot, ops, world: World, who: str = "north_worker") -> TherapyPage:
    p = TherapyPage(world.services(who), ops)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    settle(qtbot, ops)
    return p


def file_view(qtbot, ops, world: World, who: str = "north_worker", key: str = "cohen") -> FileView:
    v = FileView(world.services(who), ops, world.files[key], tab="therapy")
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    settle(qtbot, ops)
    settle(qtbot, ops)
    return v


def text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item.text()


def column(table: QTableWidget, col: int) -> list[str]:
    return [text(table, r, col) for r in range(table.rowCount())]


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def repeated_letters(root: QWidget, tabs=None) -> list[str]:
    """The Alt letters used twice among ``root``'s labels and buttons (and the tabs of ``tabs``)."""
    letters = mnemonics(root)
    if tabs is not None:
        letters += [m.lower() for m in (mnemonic(tabs.tabText(i)) for i in range(tabs.count())) if m]
    return [k for k, n in Counter(letters).items() if n > 1]

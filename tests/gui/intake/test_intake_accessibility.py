"""Every input, table and button of the intake screens has a name a screen reader can say (as
tests/gui/test_accessibility.py checks for the other screens): the queue, the referral form and the new
person, the duplicate dialog, the referral view, each outcome dialog and the hand-over."""

from __future__ import annotations

from desktop.intake.page import IntakePage
from desktop.widgets.duplicates import DuplicateDialog
from tests.gui.helpers import settle
from tests.gui.intake.support import referral
from tests.gui.intake.test_duplicates import candidates
from tests.gui.test_accessibility import assert_all_named


def test_the_intake_screens_name_every_control(qtbot, sqlite_world, ops):
    world = sqlite_world
    r = referral(world)
    page = IntakePage(world.services("intake"), ops)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    settle(qtbot, ops)
    assert_all_named(page, "intake queue")
    form = page.new_referral()
    qtbot.waitExposed(form)
    assert_all_named(form, "referral form")
    person = form.add_new_person()
    qtbot.waitExposed(person)
    assert_all_named(person, "new person")
    person.reject()
    form.reject()
    dup = DuplicateDialog(candidates())
    qtbot.addWidget(dup)
    dup.show()
    qtbot.waitExposed(dup)
    assert_all_named(dup, "duplicate dialog")
    dup.reject()
    view = page.open_referral(r.id)
    settle(qtbot, ops)
    assert_all_named(page, "referral view")
    for name, open_dialog in (("open a file", view.open_new_file), ("attach", view.attach),
                              ("refer elsewhere", view.refer_elsewhere), ("no intervention", view.no_intervention)):
        d = open_dialog()
        assert d is not None, name
        qtbot.waitExposed(d)
        settle(qtbot, ops)
        assert_all_named(d, name)
        d.reject()
    d = view.open_new_file()
    settle(qtbot, ops)
    d.submit()
    settle(qtbot, ops)
    h = view.hand_over()
    assert h is not None
    qtbot.waitExposed(h)
    settle(qtbot, ops)
    assert_all_named(h, "hand-over")
    h.reject()


def _mnemonics(root) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop.widgets.mnemonics import mnemonic

    letters = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.window() is root.window():
            letter = mnemonic(w.text())
            if letter:
                letters.append(letter.lower())
    return letters


def test_alt_letters_are_unique_on_each_intake_screen(qtbot, sqlite_world, ops):
    world = sqlite_world
    r = referral(world)
    page = IntakePage(world.services("intake"), ops)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, ops)
    for what, root in (("queue", page.queue), ("form", page.new_referral())):
        letters = _mnemonics(root)
        assert len(letters) == len(set(letters)), (what, sorted(letters))
    page.form.reject()
    view = page.open_referral(r.id)
    settle(qtbot, ops)
    letters = _mnemonics(view)
    assert len(letters) == len(set(letters)), sorted(letters)
    dup = DuplicateDialog(candidates())
    qtbot.addWidget(dup)
    letters = _mnemonics(dup)
    assert len(letters) == len(set(letters)) == 3

"""The main window: its geometry, the navigation built from the features, refusals no form asked for,
the focus kept across a refresh, menus with mnemonics, a first size that fits the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from desktop.main_window import MainWindow
from desktop.messages import message_for
from models import errors
from tests.gui.helpers import settle


def test_main_window_remembers_its_geometry_and_offers_only_real_modules(qtbot, world, ops, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(world.services("admin"), ops, "db", settings)
    qtbot.addWidget(w)
    w.show()
    staff = QCoreApplication.translate("MainWindow", "Staff accounts")
    department = QCoreApplication.translate("MainWindow", "Department settings")
    income = QCoreApplication.translate("MainWindow", "Day-care income levels")  # reference data, no case content
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [income, staff, department]  # the administrator's
    assert w.family_list is None and w.my_tasks is None
    empty = MainWindow(world.services("admin"), ops, "db", features=[])
    qtbot.addWidget(empty)
    assert [empty.nav.item(i).text() for i in range(empty.nav.count())] == ["ברוכים הבאים"]
    w.resize(700, 500)  # the offscreen screen is 800x600
    w.save_state()
    w2 = MainWindow(world.services("manager"), ops, "db", settings)
    qtbot.addWidget(w2)
    w2.show()
    assert (w2.width(), w2.height()) == (700, 500)
    assert w2.windowTitle() == "מענה — אבי מנהל (מנהל/ת המחלקה)"
    access_log = QCoreApplication.translate("MainWindow", "Access log")
    intake = QCoreApplication.translate("MainWindow", "Intake")  # the manager receives referrals too
    clubs = QCoreApplication.translate("MainWindow", "Clubs")  # and runs the clubs with the club worker
    # the continuum (issue 11): foster care, the youth-law forum, day-care (and its income levels), therapy
    continuum = [QCoreApplication.translate("MainWindow", t) for t in (
        "Foster care", "Youth-law forum", "Day-care", "Therapy centre", "Day-care income levels")]
    assert [w2.nav.item(i).text() for i in range(w2.nav.count())] == [intake, "תיקי משפחה", "המשימות שלי", "ועדות",
                                                                      "מעקב ועדה", clubs, *continuum, staff,
                                                                      access_log]
    go = w2.menuBar().actions()[1].menu()  # more than nine sections: Ctrl+1..Ctrl+9 for the first nine only
    assert [a.shortcut().toString() for a in go.actions()[:w2.nav.count()]] == [
        f"Ctrl+{i}" for i in range(1, 10)] + [""] * (w2.nav.count() - 9)


def test_navigation_is_built_from_the_list_of_features(qtbot, world, ops):
    from PySide6.QtWidgets import QLabel

    from desktop.features import FEATURES, Feature
    from models.roles import Action

    built: list[str] = []

    def page(window):
        built.append(window.services.user.username)
        return QLabel("clubs", window)

    features = [*FEATURES, Feature("clubs", lambda: "Clubs", Action.MANAGE_USERS, page),
                Feature("help", lambda: "Help", None, page)]
    w = MainWindow(world.services("north_worker"), ops, "db", features=features)
    qtbot.addWidget(w)
    # a family worker may not manage users: the clubs page is neither shown nor built; help is for all
    continuum = [QCoreApplication.translate("MainWindow", t) for t in (
        "Foster care", "Day-care", "Therapy centre")]  # not the youth-law forum: a family worker is no member
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == ["תיקי משפחה", "המשימות שלי", "ועדות",
                                                                    "מעקב ועדה", *continuum, "Help"]
    assert set(w.feature_pages) == {"families", "my_tasks", "committees", "committee_follow_up", "foster",
                                    "daycare", "therapy", "help"}
    assert len(built) == 1
    go = w.menuBar().actions()[1].menu()
    assert [a.shortcut().toString() for a in go.actions()[:3]] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    assert all("&" in a.text() for a in w.menuBar().actions())  # menus have mnemonics
    settle(qtbot, ops)


def test_a_refusal_no_form_asked_for_is_shown_by_the_window(qtbot, world, ops):
    w = MainWindow(world.services("north_worker"), ops, "db")
    qtbot.addWidget(w)
    settle(qtbot, ops)
    ops.query(None, lambda: (_ for _ in ()).throw(errors.PermissionDenied(action="x")))
    qtbot.waitUntil(lambda: w.message_box is not None and w.message_box.isVisible())
    assert w.message_box.text() == message_for(errors.PermissionDenied(action="x"))
    w.message_box.done(0)


def test_a_refresh_does_not_take_the_focus_away(qtbot, world, ops):
    from models.changes import Changes

    w = MainWindow(world.services("north_worker"), ops, "db")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    fv = w.open_file(world.files["cohen"])
    settle(qtbot, ops)
    w.nav.setFocus()
    qtbot.waitUntil(w.nav.hasFocus)
    ops.bus.announce(Changes.make(files=[world.files["cohen"]]))
    assert fv.loading  # the open file reloads itself...
    settle(qtbot, ops)
    assert w.nav.hasFocus()  # ...and the user's focus stays where it was


# Opening a menu pops it up: the offscreen plugin cannot raise it or grab the keyboard (not our code).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_menus_open_with_alt_on_a_hebrew_or_an_english_keyboard(qtbot, world, ops):
    from PySide6.QtTest import QTest

    from desktop.widgets.mnemonics import mnemonic

    w = MainWindow(world.services("north_worker"), ops, "db")
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    settle(qtbot, ops)
    file_menu, go_menu = w.menuBar().actions()[:2]
    assert (mnemonic(file_menu.text()), mnemonic(go_menu.text())) == ("ק", "מ")  # "&קובץ", "&מעבר"
    # The keyboard is on English: the keys of ק and מ type e and n.
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.menuBar().activeAction() is go_menu)
    go_menu.menu().hide()
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.menuBar().activeAction() is file_menu)
    file_menu.menu().hide()


def test_the_first_window_fits_a_small_or_scaled_screen():
    from PySide6.QtCore import QSize

    from desktop.main_window import default_size

    assert default_size(QSize(1920, 1040)) == QSize(1200, 760)
    small = default_size(QSize(1280, 680))  # a 1080p screen at 150%
    assert small.width() <= 1280 and small.height() <= 680 * 0.95

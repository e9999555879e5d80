"""The client's modules, as the main window offers them: one entry per module (key, title, the permission
it needs, how to build its page). A module adds itself here, in one place; a module the user's role may not
use does not appear."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.roles import Action

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


@dataclass(frozen=True)
class Feature:
    key: str
    title: Callable[[], str]  # translated when the window is built
    permission: Action | None  # None: every signed-in user
    factory: Callable[[MainWindow], QWidget]


def _families(window: MainWindow) -> QWidget:
    from desktop.families.page import FamiliesPage

    return FamiliesPage(window.services, window.ops, window)


def _my_tasks(window: MainWindow) -> QWidget:
    from desktop.tasks.my_tasks import MyTasksView

    view = MyTasksView(window.services, window.ops, window)
    view.open_file_requested.connect(window.open_file)
    return view


FEATURES: list[Feature] = [
    Feature("families", lambda: QCoreApplication.translate("MainWindow", "Family files"), Action.VIEW_FILES,
            _families),
    Feature("my_tasks", lambda: QCoreApplication.translate("MainWindow", "My tasks"), Action.MANAGE_TASKS,
            _my_tasks),
]

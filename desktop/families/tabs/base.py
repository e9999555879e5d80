"""What a tab of the family file is: a widget the file view fills with the loaded file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from models.families.dto import FileCapabilities, FileDetail
from models.users.dto import CurrentUser

if TYPE_CHECKING:
    from desktop.families.file_view import FileView


class FileTab(QWidget):
    """A tab of the file view. ``view`` gives the services, the operation layer, the loaded file and the
    shared helpers (``open_dialog``, ``ask``, ``write``, ``show_error``)."""

    def __init__(self, view: FileView) -> None:
        super().__init__(view.tabs)
        self.view = view

    def show_detail(self, detail: FileDetail) -> None:
        """The file has been (re)loaded: show it."""

    def activated(self) -> None:
        """The user brought this tab to the front."""

    def focus_target(self) -> QWidget:
        """Where the keyboard focus goes when the tab is shown."""
        return self


@dataclass(frozen=True)
class FileTabSpec:
    key: str
    title: Callable[[], str]  # translated when the tab is built
    visible: Callable[[FileCapabilities, CurrentUser], bool]
    factory: Callable[[FileView], FileTab]

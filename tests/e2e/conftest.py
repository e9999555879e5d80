"""The end-to-end tests use the GUI set-up: compiled Hebrew translations, fonts, right-to-left, and the
offscreen-only warning filter; ``make_app`` starts the whole client (desktop/app.py) on a database URL with
its own settings and data folders, and shuts every client it made down at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.app import MaaneApp
from tests.gui.conftest import hebrew_ui, pytest_collection_modifyitems, qm_dir  # noqa: F401


@pytest.fixture
def make_app(qapp, tmp_path: Path, monkeypatch, qm_dir):  # noqa: F811  (qm_dir: the fixture imported above)
    monkeypatch.setenv("MAANE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MAANE_DATA_DIR", str(tmp_path / "data"))
    apps: list[MaaneApp] = []

    def make(url: str) -> MaaneApp:
        settings = QSettings(str(tmp_path / "maane.ini"), QSettings.Format.IniFormat)
        app = MaaneApp(qapp, url, settings=settings, lang="he", qm_dir=qm_dir)
        apps.append(app)
        return app

    yield make
    for a in apps:
        a.shutdown()
        a.deleteLater()

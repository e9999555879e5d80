"""The end-to-end tests use the GUI set-up: compiled Hebrew translations, fonts, right-to-left, and the
offscreen-only warning filter."""

from tests.gui.conftest import hebrew_ui, pytest_collection_modifyitems, qm_dir  # noqa: F401

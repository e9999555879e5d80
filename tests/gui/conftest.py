"""GUI test set-up: the Hebrew translations compiled into a temporary folder, the fonts, right-to-left."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.resources import translations_dir


def compile_translations(dest: Path) -> Path:
    """lrelease every .ts into ``dest`` (the .qm files are build outputs, not in git)."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in sorted(translations_dir().glob("maane_*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(dest / (ts.stem + ".qm"))], check=True)
    return dest


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture(scope="session", autouse=True)
def hebrew_ui(qapp, qm_dir):
    from desktop.app import apply_language, load_fonts, set_default_font
    from desktop.style import apply_style

    apply_style(qapp)  # as create_qapplication does
    load_fonts()
    set_default_font(qapp)
    translators = apply_language(qapp, "he", qm_dir)
    yield translators


# The offscreen platform plugin cannot resize native windows: every top-level widget whose layout changes
# its minimum size after show() makes Qt print this warning. It is about the test platform, not our code;
# every other Qt warning still fails the test (qt_log_level_fail = WARNING).
OFFSCREEN_ONLY = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if "/tests/gui/" in str(item.fspath) or "/tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_ONLY))


@pytest.fixture
def ops(qtbot):
    """The operation layer of one signed-in window; at the end, the pool is drained and the answers
    delivered, so no call outlives its test's database."""
    from desktop.ops import Ops

    o = Ops()
    yield o
    o.wait()
    qtbot.waitUntil(lambda: not o.busy, timeout=10_000)

"""The layers hold: models imports no Qt/reportlab, reports no Qt, nothing imports desktop from below; the tests
mirror the source tree."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_cli_subcommands_import_no_qt():
    code = "import sys; from desktop.cli import main; main(['--help']) if False else None; " \
           "import desktop.cli, models.services; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_use_cases_ask_the_backend_seam_not_the_dialect():
    """No `is_postgres` (or dialect test) inside a service: what differs between SQLite and PostgreSQL sits
    behind models/backend.py."""
    services = [ROOT / "models" / "service.py", *sorted((ROOT / "models").glob("*/service.py")),
                *sorted((ROOT / "models").glob("*/auth.py"))]
    assert len(services) >= 7
    offenders = [f"{p.relative_to(ROOT)}:{i}" for p in services
                 for i, line in enumerate(p.read_text().splitlines(), 1)
                 if "is_postgres" in line or ".dialect" in line]
    assert offenders == []


def test_every_area_is_a_slice():
    """A module's entities, DTOs and service live together in models/<area>/; widgets import the shared
    vocabulary from models.codes, never an ORM module."""
    for area in ("people", "families", "notes", "tasks", "audit", "users"):
        for part in ("entities", "dto", "service"):
            assert (ROOT / "models" / area / f"{part}.py").is_file(), (area, part)
    orm_in_desktop = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((ROOT / "desktop").rglob("*.py"))
                      for i, line in enumerate(p.read_text().splitlines(), 1)
                      if line.lstrip().startswith(("from models.", "import models.")) and ".entities" in line]
    assert orm_in_desktop == []


# Test modules outside the mirror of the source tree, each with its reason. Keep it short: a new test belongs
# beside the code it tests (tests/unit/models/<area>/, tests/gui/<area>/ for desktop/<area>/, ...).
OUTSIDE_THE_MIRROR = {
    "tests/unit/test_architecture.py": "the whole tree's layers and layout",
    "tests/unit/test_world.py": "the test world of tests/support.py",
}


def test_tests_mirror_the_source_tree():
    """tests/unit/<top>/<path>/test_*.py tests <top>/<path>/ (models, desktop, reports, seeds) without Qt;
    tests/gui/<path>/test_*.py tests desktop/<path>/ with pytest-qt. Every test folder is a package, so two
    test modules of the same name in different folders do not collide."""
    mirrors = {"unit": ("models", "desktop", "reports", "seeds"), "gui": ("desktop",)}
    modules = sorted(p for kind in mirrors for p in (ROOT / "tests" / kind).rglob("test_*.py"))
    assert len(modules) >= 30
    misplaced, not_packages = [], set()
    for p in modules:
        rel = p.relative_to(ROOT).as_posix()
        kind, *folders = p.parent.relative_to(ROOT / "tests").parts
        source = folders if kind == "unit" else ["desktop", *folders]
        if rel not in OUTSIDE_THE_MIRROR and not (
                source and source[0] in mirrors[kind] and ROOT.joinpath(*source).is_dir()):
            misplaced.append(rel)
        for d in [p.parent, *p.parent.parents]:
            if d == ROOT:
                break
            if not (d / "__init__.py").is_file():
                not_packages.add(d.relative_to(ROOT).as_posix())
    assert misplaced == [], "move these beside the code they test, mirroring the source tree"
    assert not_packages == set(), "add an __init__.py"
    stale = [rel for rel in OUTSIDE_THE_MIRROR if not (ROOT / rel).is_file()]
    assert stale == []

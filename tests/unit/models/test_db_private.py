"""Issue 6, hole 4: a SQLite database holds case data; the file Maane creates (and its -wal and -shm) is
readable by its owner only, and so are the folders Maane creates for it."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import make_engine
from models.migrate import upgrade

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes (Windows: the profile's ACL)")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_a_new_database_and_its_wal_and_shm_are_the_owners_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, which would leave a new file readable by everyone (0644)
    try:
        path = tmp_path / "maane" / "data" / "maane.sqlite"
        engine = make_engine(f"sqlite:///{path}")
        try:
            upgrade(engine)
            with engine.connect() as c:  # while a connection is open, the -wal and -shm files exist
                c.execute(text("SELECT count(*) FROM users")).scalar_one()
                wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
                assert wal.exists() and shm.exists()
                assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        finally:
            engine.dispose()
        assert (mode(path.parent), mode(path.parent.parent)) == (0o700, 0o700)
    finally:
        os.umask(old)


def test_an_existing_folder_and_file_keep_their_modes(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o750)
    os.chmod(shared, 0o750)
    path = shared / "maane.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    os.chmod(path, 0o640)  # chosen by the administrator
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1")).scalar_one()
    finally:
        engine.dispose()
    assert (mode(shared), mode(path)) == (0o750, 0o640)

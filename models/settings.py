"""Where the database and the settings are, and a quick look at a SQLite file before anything heavy loads.

Standard library (and platformdirs) only: the client reads these before SQLAlchemy is imported, so the
login window appears quickly."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from models.address import DatabaseAddress, parse
from models.errors import DatabaseUnavailable, SchemaMismatch, ValidationError

APP_NAME = "Maane"
SCHEMA_REVISION = "0022"  # the Alembic head this code expects (models/migrations/versions)
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "fuse.rclone", "davfs"}
)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("MAANE_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(os.environ.get("MAANE_CONFIG_DIR") or user_config_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def read_settings() -> dict[str, Any]:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(values: dict[str, Any]) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    merged = read_settings() | values
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(merged, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def default_sqlite_path() -> Path:
    return data_dir() / "maane.sqlite"


def resolve_address(cli: str | DatabaseAddress | None = None) -> DatabaseAddress:
    """--database, then MAANE_DATABASE_URL, then the settings file, then the default SQLite file; parsed
    once here. A value that is not a database address raises ValidationError naming where it came from
    (``source``: command_line, environment, settings)."""
    for source, candidate in (("command_line", cli), ("environment", os.environ.get("MAANE_DATABASE_URL")),
                              ("settings", read_settings().get("database_url"))):
        if candidate:
            try:
                return parse(candidate if isinstance(candidate, DatabaseAddress) else str(candidate))
            except ValidationError as exc:
                exc.params.setdefault("source", source)
                raise
    return default_address()


def default_address() -> DatabaseAddress:
    return DatabaseAddress.sqlite(default_sqlite_path())


def remember_address(address: DatabaseAddress) -> None:
    """Keep the address in the settings file (never a password)."""
    write_settings({"database_url": address.without_password().url()})


def _mount_fstype(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux /proc/mounts), or None if unknown."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    resolved = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
            best, fstype = mount, parts[2]
    return fstype


def on_network_filesystem(path: Path) -> bool:
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # DRIVE_REMOTE
    return _mount_fstype(path if path.exists() else path.parent) in NETWORK_FILESYSTEMS


def preflight_sqlite(address: DatabaseAddress) -> None:
    """Before the client loads SQLAlchemy: refuse a SQLite file on a network share, a missing or unreadable
    file, and a schema of another revision (one read-only query with the standard library)."""
    path = address.path
    if path is None:
        return
    if on_network_filesystem(path):
        raise ValidationError("sqlite_on_network", path=str(path))
    if not path.exists():
        raise SchemaMismatch(found=None, expected=SCHEMA_REVISION)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise SchemaMismatch(found=None, expected=SCHEMA_REVISION) from exc
        raise DatabaseUnavailable.from_driver(str(exc), path=str(path)) from exc
    except sqlite3.DatabaseError as exc:  # not a database at all
        raise DatabaseUnavailable.from_driver(str(exc), path=str(path)) from exc
    found = row[0] if row else None
    if found != SCHEMA_REVISION:
        raise SchemaMismatch(found=found, expected=SCHEMA_REVISION)

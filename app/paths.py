"""The one place that knows where files live.

Resources are found both from a source checkout and from the PyInstaller build
(``sys._MEIPASS``); user data lives in the platform's per-user data folder, never
beside the executable (a college PC's Program Files is not writable).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_NAME


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return _root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """Alembic's script folder; it ships inside the package."""
    return Path(__file__).resolve().parent / "migrations"


def data_dir() -> Path:
    """The user's data folder (created on demand)."""
    path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """Where the working database lives unless ``--db`` says otherwise."""
    return data_dir() / "zhengai.sqlite3"


def backup_dir(db_path: Path) -> Path:
    """Backups sit in a folder beside the database they protect."""
    return db_path.parent / "backups"


FONT_FILE = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"

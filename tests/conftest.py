"""Shared fixtures: offscreen Qt, a pinned locale, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "zh_CN.UTF-8"
os.environ["LANGUAGE"] = "zh_CN"


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the developer's real data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's database file goes (not yet created)."""
    return tmp_path / "zhengai.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly migrated, empty database in a temporary folder."""
    from app.services.database import open_database

    database = open_database(db_path)
    yield database
    database.close()

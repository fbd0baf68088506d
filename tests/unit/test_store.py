"""The SQLite store: created, recognised, backed up, migrated; foreign files refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.migrations import HEAD, REVISIONS
from app.models import Base
from app.paths import migrations_dir
from app.services.database import APPLICATION_ID, make_engine, open_database, upgrade
from app.services.errors import UserError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema_diff(path: Path) -> list[object]:
    engine = make_engine(path)
    try:
        with engine.connect() as con:
            return compare_metadata(MigrationContext.configure(con), Base.metadata)
    finally:
        engine.dispose()


def test_revision_list_matches_alembic() -> None:
    """app.migrations.REVISIONS (read at start-up without Alembic) is Alembic's own order."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(cfg)
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == REVISIONS
    assert script.get_current_head() == HEAD


def test_new_database_is_marked_and_matches_models(db_path: Path) -> None:
    """A new file gets our application id, WAL, foreign keys and exactly the models' schema."""
    db = open_database(db_path)
    with db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    con.close()
    assert _schema_diff(db_path) == []


def test_empty_sqlite_file_is_adopted(db_path: Path) -> None:
    """A zero-byte or table-less SQLite file (e.g. made by a file manager) becomes a store."""
    sqlite3.connect(db_path).close()
    open_database(db_path).close()
    assert _schema_diff(db_path) == []


@pytest.mark.parametrize("start", [None, *REVISIONS[:-1]])
def test_upgrade_from_every_earlier_revision(db_path: Path, start: str | None) -> None:
    """A file at any earlier revision (or none) is backed up and upgraded to the models' schema."""
    if start is not None:
        engine = make_engine(db_path)
        upgrade(engine, to=start)
        engine.dispose()
    open_database(db_path).close()
    assert _schema_diff(db_path) == []
    if start is not None:
        backups = list((db_path.parent / "backups").glob("*before-upgrade*"))
        assert len(backups) == 1


def test_reopening_makes_one_dated_backup_a_day(db_path: Path) -> None:
    """Each start copies the file to a dated backup, once a day, and the copy is a valid store."""
    open_database(db_path).close()
    open_database(db_path).close()
    open_database(db_path).close()
    backups = sorted((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    """A file written by a newer version is refused with a Chinese message, bytes unchanged."""
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(UserError, match="更新版本"):
        open_database(db_path)
    assert _digest(db_path) == before
    backups = db_path.parent / "backups"
    assert not list(backups.glob("*.sqlite3"))  # refused before any copy was made
    # nor did the look leave -wal/-shm side files beside it (the file is in WAL mode)
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == [db_path.name]


def test_a_folder_given_as_the_data_file_is_a_chinese_error(tmp_path: Path) -> None:
    """``--db`` naming a folder is told as such, not an internal error."""
    with pytest.raises(UserError, match="是一个文件夹"):
        open_database(tmp_path)


def test_foreign_sqlite_database_is_refused_untouched(db_path: Path) -> None:
    """Another program's SQLite file is not mistaken for ours and is left as it was."""
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('张三')")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(UserError, match="不是诊改工作台的数据文件"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_non_database_file_is_refused_untouched(tmp_path: Path) -> None:
    """A spreadsheet picked by mistake is refused, not overwritten."""
    path = tmp_path / "计划.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    with pytest.raises(UserError, match="不是 SQLite 数据库"):
        open_database(path)
    assert path.read_bytes() == b"PK\x03\x04 not a database at all"


def test_corrupt_database_is_refused_with_a_message(db_path: Path) -> None:
    """A damaged file (header intact, pages garbage) gets a message pointing to the backups."""
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    before = _digest(db_path)
    with pytest.raises(UserError, match=r"损坏|不是诊改工作台"):
        open_database(db_path)
    assert _digest(db_path) == before

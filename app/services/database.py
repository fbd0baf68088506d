"""Opening the SQLite store: recognise it, back it up, migrate it, hand out sessions.

A file that is not ours, or that a newer version wrote, is refused with a Chinese
message and left byte-for-byte untouched: we only read it (read-only URI) before
deciding. Before any migration the file is copied with SQLite's backup API, which
is consistent even while a WAL is present.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.migrations import HEAD, REVISIONS
from app.paths import backup_dir, migrations_dir
from app.services.errors import UserError, os_reason

# PRAGMA application_id marks our files ("ZGAI"); set by the first migration.
APPLICATION_ID = 0x5A474149
SQLITE_MAGIC = b"SQLite format 3\x00"
KEEP_BACKUPS = 20


@dataclass(frozen=True)
class FileState:
    """What we found in a database file before touching it."""

    exists: bool
    revision: str | None


def inspect_file(path: Path) -> FileState:
    """Read-only look at ``path``; raises :class:`UserError` if it is not ours."""
    if path.is_dir():
        raise UserError(
            f"“{path}”是一个文件夹，不是数据文件。请给出数据文件的路径（如 zhengai.sqlite3）。"
        )
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=False, revision=None)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UserError(
            f"无法读取数据文件“{path}”（{os_reason(exc)}）。文件未作任何改动。"
        ) from exc
    if header != SQLITE_MAGIC:
        raise UserError(
            f"文件“{path}”不是诊改工作台的数据文件（它不是 SQLite 数据库）。"
            "文件未作任何改动，请检查所选的文件。"
        )
    # A read-only connection to a WAL file creates its -wal and -shm side files and,
    # being read-only, cannot remove them again; those this look created go afterwards,
    # so a refused file is left exactly as it was found.
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    had = [side.exists() for side in sides]
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"文件“{path}”已损坏或无法读取（{exc}）。文件未作任何改动；"
            "可从“backups”文件夹中的备份恢复。"
        ) from exc
    finally:
        _remove_created_sides(sides, had)
    if not tables:
        return FileState(exists=False, revision=None)  # an empty SQLite file: adopt it
    if app_id != APPLICATION_ID or revision is None:
        raise UserError(
            f"文件“{path}”是一个 SQLite 数据库，但不是诊改工作台的数据文件。"
            "文件未作任何改动，请选择诊改工作台的数据文件。"
        )
    if revision not in REVISIONS:
        raise UserError(
            f"文件“{path}”由更新版本的诊改工作台写入（数据结构版本 {revision}），"
            "当前版本无法打开。文件未作任何改动，请升级诊改工作台后再打开。"
        )
    return FileState(exists=True, revision=revision)


def _remove_created_sides(sides: list[Path], had: list[bool]) -> None:
    """Remove the -wal/-shm files a read-only look created (an empty WAL holds nothing)."""
    wal = sides[0]
    if had[0] or (wal.exists() and wal.stat().st_size > 0):
        return  # a WAL with content belongs to the file: never touch it
    for side, existed in zip(sides, had, strict=True):
        if not existed:
            side.unlink(missing_ok=True)


def backup(path: Path, *, reason: str) -> Path:
    """Copy ``path`` into its backups folder with a dated name; prune old copies."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{stamp}-{reason}-{n}.sqlite3"
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    backups = sorted(folder.glob(f"{path.stem}-*.sqlite3"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def _has_backup_today(path: Path) -> bool:
    today = datetime.now().strftime("%Y%m%d")
    return any(backup_dir(path).glob(f"{path.stem}-{today}-*.sqlite3"))


def _on_connect(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _json_text(value: Any) -> str:
    """JSON columns keep Chinese as UTF-8 (half the size of \\uXXXX escapes) and
    compact, exactly as records merged from a bundle are stored (sync.writer.json_text)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(path: Path) -> Engine:
    """An engine with our pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", future=True, json_serializer=_json_text)
    event.listen(engine, "connect", _on_connect)
    return engine


def upgrade(engine: Engine, *, to: str = "head") -> None:
    """Run Alembic up to ``to`` (imports Alembic only now: it is slow to import)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, to)


class Database:
    """An open, up-to-date store. Use :meth:`session` for a unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Checkpoint the WAL and release the file."""
        self.engine.dispose()


def open_database(path: Path, *, daily_backup: bool = True) -> Database:
    """Open ``path`` (creating it if new), backing up and migrating as needed."""
    path = Path(path)
    state = inspect_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法创建数据文件夹“{path.parent}”：{os_reason(exc)}") from exc
    if state.exists:
        if state.revision != HEAD:
            backup(path, reason=f"before-upgrade-{state.revision}")
        elif daily_backup and not _has_backup_today(path):
            backup(path, reason="daily")
    engine = make_engine(path)
    try:
        if state.revision != HEAD:
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    db = Database(path, engine)
    from app.services.identity import ensure_installation

    with db.session() as session:
        ensure_installation(session)
    return db

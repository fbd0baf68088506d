"""Sync commands at the edges: a passphrase added and removed, an unwritable output,
and a refused enrolment on a new PC that must leave the PC as it found it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.services.sync import keys
from app.services.sync.enrol import export_enrolment
from tests.unit.sync_fixtures import Trio, opened


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path, code: int = 0) -> str:
    """Run ``zhengai`` in process; check its exit code; its output."""
    result = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert result == code, out.out + out.err
    assert "Traceback" not in out.err
    return out.out + out.err


def test_passphrase_is_added_changed_and_removed(
    trio: Trio, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``keys passphrase`` encrypts the same key; the old passphrase is needed to change it."""
    db = ("--db", trio.db("unit"))
    before = run(capsys, *db, "keys", "show", "--json")
    monkeypatch.setenv("ZHENGAI_NEW_PASSPHRASE", "第一口令")
    assert "已设置私钥口令" in run(capsys, *db, "keys", "passphrase")
    pem = keys.key_path(trio.db("unit")).read_bytes()
    assert b"ENCRYPTED" in pem
    # Signing now needs it: without it the export stops with a Chinese reason.
    out = run(capsys, *db, "bundle", "export", "-o", trio.root / "b.zgb", code=2)
    assert "口令" in out
    monkeypatch.setenv("ZHENGAI_NEW_PASSPHRASE", "第二口令")
    monkeypatch.setenv("ZHENGAI_PASSPHRASE", "错的")
    assert "口令不正确" in run(capsys, *db, "keys", "passphrase", code=2)
    assert keys.key_path(trio.db("unit")).read_bytes() == pem, "a refused change keeps the file"
    monkeypatch.setenv("ZHENGAI_PASSPHRASE", "第一口令")
    run(capsys, *db, "keys", "passphrase")
    monkeypatch.setenv("ZHENGAI_PASSPHRASE", "第二口令")
    assert "已去掉私钥口令" in run(capsys, *db, "keys", "passphrase", "--remove")
    monkeypatch.delenv("ZHENGAI_PASSPHRASE")
    assert b"ENCRYPTED" not in keys.key_path(trio.db("unit")).read_bytes()
    assert run(capsys, *db, "keys", "show", "--json") == before, "the key itself is unchanged"
    run(capsys, *db, "bundle", "export", "-o", trio.root / "b.zgb")


def test_passphrase_without_a_terminal_names_the_variable(
    trio: Trio, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a script with no passphrase given: a message, not a prompt that hangs."""
    monkeypatch.delenv("ZHENGAI_NEW_PASSPHRASE", raising=False)
    out = run(capsys, "--db", trio.db("unit"), "keys", "passphrase", code=2)
    assert "ZHENGAI_NEW_PASSPHRASE" in out


@pytest.mark.parametrize("target", ["/proc/zhengai-key.json", "missing-folder-file"])
def test_key_export_to_an_unwritable_place(
    trio: Trio, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    """A place that cannot be written gets a Chinese reason naming it, no half file."""
    output = Path(target) if target.startswith("/") else trio.root / "unit" / "x"
    if not target.startswith("/"):
        output.write_text("a file, so x/key.json cannot be a folder", encoding="utf-8")
        output = output / "key.json"
    out = run(capsys, "--db", trio.db("unit"), "keys", "export", "-o", output, code=2)
    assert "无法写出文件" in out and str(output) in out
    assert not output.exists()


def test_refused_enrolment_on_a_new_pc_leaves_nothing(
    trio: Trio, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A wrong fingerprint on a new PC: no data file, no key, no folders are left behind,
    so the next attempt starts afresh; the right fingerprint then sets the PC up."""
    enrol = tmp_path / "e.zgb"
    with opened(trio.db("office")) as db:
        export_enrolment(db, unit_id=trio.ids["unit"], output=enrol)
    fresh = tmp_path / "newpc" / "zhengai.sqlite3"
    out = run(capsys, "--db", fresh, "enrol", "import", enrol, "--fingerprint", "1" * 30, code=2)
    assert "不一致" in out and "另存" not in out
    assert not fresh.parent.exists()
    # In an existing folder only what the attempt created goes.
    fresh.parent.mkdir()
    (fresh.parent / "notes.txt").write_text("mine", encoding="utf-8")
    run(capsys, "--db", fresh, "enrol", "import", enrol, "--fingerprint", "1" * 30, code=2)
    assert [p.name for p in fresh.parent.iterdir()] == ["notes.txt"]
    with opened(trio.db("office")) as db, db.session() as s:
        fingerprint = keys.ensure_key(s, db_path=db.path).fingerprint
    assert "水利工程系" in run(
        capsys, "--db", fresh, "enrol", "import", enrol, "--fingerprint", fingerprint
    )
    assert fresh.exists()


def test_bundle_output_as_a_folder_or_a_file_name(
    trio: Trio, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o stick/`` makes the folder and names the file; ``-o name`` gets ``.zgb``, so a
    later import of the folder finds both."""
    db = ("--db", trio.db("unit"))
    stick = trio.root / "stick"
    run(capsys, *db, "bundle", "export", "-o", f"{stick}/")
    named = sorted(p.name for p in stick.iterdir())
    assert len(named) == 1 and named[0].endswith(".zgb") and "水利工程系" in named[0]
    run(capsys, *db, "bundle", "export", "--all", "-o", stick / "again")
    assert (stick / "again.zgb").is_file()
    out = run(capsys, "--db", trio.db("office"), "bundle", "import", stick)
    assert "共 2 个同步包" in out and "已拒收" not in out
    blocked = trio.root / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    out = run(capsys, *db, "bundle", "export", "-o", f"{blocked}/sub/", code=2)
    assert "无法创建文件夹" in out

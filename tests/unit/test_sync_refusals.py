"""Every bad bundle of issue 5 is refused with a Chinese reason and the database unchanged.

Each test makes a real bundle on a unit's PC, spoils it the way a damaged USB
stick, a forger or a newer program would, imports it at the quality office, and
checks the reason, that the office's database file keeps the same bytes, and
that the file was kept aside with its reason.
"""

from __future__ import annotations

import base64
import gc
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models import Unit
from app.services.errors import UserError
from app.services.sync.bundle_format import (
    MANIFEST,
    SIGNATURE,
    allowed_members,
    write_atomically,
)
from app.services.sync.importer import PARTIAL, SKIPPED, import_bundle
from app.services.sync.trust import revoke
from app.services.sync.zipcheck import DEFAULT_LIMITS, CheckedZip
from tests.unit.sync_fixtures import (
    Trio,
    digest,
    jsonl,
    members,
    opened,
    record_lines,
    resign,
    set_plan,
    write_zip,
)

PLANS = "one_page_plans.jsonl"


def edited_bundle(trio: Trio, leader: str = "王五") -> Path:
    """A genuine bundle from 水利工程系 carrying one edited plan."""
    set_plan(trio, "unit", trio.ids["plan"], leader=leader)
    return trio.export("unit")


def assert_refused(trio: Trio, bundle: Path, match: str, *, who: str = "office") -> str:
    """Import at ``who``: refused with ``match`` in the message, database bytes unchanged."""
    before = digest(trio.db(who))
    with pytest.raises(UserError, match=match) as caught:
        trio.import_(who, bundle)
    assert digest(trio.db(who)) == before
    assert gc.isenabled(), "the collector paused for the import resumes after a refusal"
    kept = list((trio.db(who).parent / "refused").glob("*.reason.txt"))
    assert kept, "a refused bundle is kept aside with its reason"
    assert "数据未作任何改动" in str(caught.value)
    return str(caught.value)


def flip(data: bytes, at: int) -> bytes:
    """One byte changed."""
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_flipped_byte_in_a_record_member(trio: Trio, tmp_path: Path) -> None:
    """A record member changed after signing no longer matches the manifest's SHA-256."""
    parts = members(edited_bundle(trio))
    parts[PLANS] = flip(parts[PLANS], 20)
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "校验值与清单不符")


def test_flipped_byte_in_the_manifest(trio: Trio, tmp_path: Path) -> None:
    """Any change to the manifest breaks the signature."""
    parts = members(edited_bundle(trio))
    at = parts["manifest.json"].index(b'"sequence"') + 13
    parts["manifest.json"] = flip(parts["manifest.json"], at)
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "签名无效")


def test_flipped_byte_in_the_signature(trio: Trio, tmp_path: Path) -> None:
    """A damaged signature does not verify."""
    parts = members(edited_bundle(trio))
    doc = json.loads(parts["manifest.sig"])
    doc["signature"] = base64.b64encode(flip(base64.b64decode(doc["signature"]), 7)).decode()
    parts["manifest.sig"] = json.dumps(doc).encode()
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "签名无效")


def test_flipped_byte_in_the_file_itself(trio: Trio, tmp_path: Path) -> None:
    """A byte damaged on the USB stick inside compressed data fails the zip's own check."""
    good = edited_bundle(trio)
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo(PLANS)
    raw = good.read_bytes()
    at = info.header_offset + 30 + len(PLANS.encode()) + info.compress_size // 2
    bad = tmp_path / "bad.zgb"
    bad.write_bytes(flip(raw, at))
    assert_refused(trio, bad, "损坏|校验")


def test_unknown_key(trio: Trio, tmp_path: Path) -> None:
    """A bundle signed by a key nobody confirmed is refused, naming the key."""
    forged = resign(trio, edited_bundle(trio), tmp_path / "f.zgb", key=Ed25519PrivateKey.generate())
    assert_refused(trio, forged, "未被本机信任")


def test_revoked_key(trio: Trio) -> None:
    """After the office revokes the unit's key (a stolen PC), its bundles are refused."""
    bundle = edited_bundle(trio)
    trio.edit("office", lambda s: revoke(s, unit_id=trio.ids["unit"]))
    assert_refused(trio, bundle, "已被吊销")


def test_bundle_for_another_destination(trio: Trio) -> None:
    """The office's bundle for 水利工程系 is refused by 教务科研处."""
    set_plan(trio, "office", trio.ids["plan"], leader="督导处改")
    bundle = trio.export("office", to="unit")
    assert_refused(trio, bundle, "不是发给本机", who="reviewer")


def test_truncated_file(trio: Trio, tmp_path: Path) -> None:
    """Half a file (a USB stick pulled during copy) is recognised as incomplete."""
    raw = edited_bundle(trio).read_bytes()
    bad = tmp_path / "half.zgb"
    bad.write_bytes(raw[: len(raw) // 2])
    assert_refused(trio, bad, "不完整")


def test_not_a_zip(trio: Trio, tmp_path: Path) -> None:
    """A document picked by mistake is not taken for a bundle."""
    bad = tmp_path / "计划.zgb"
    bad.write_bytes("这不是同步包".encode() * 100)
    assert_refused(trio, bad, "不是同步包")


@pytest.mark.parametrize(
    ("name", "reason"),
    [("../x", "带有路径"), ("/x", "绝对路径"), ("records/units.jsonl", "带有路径")],
)
def test_member_names_with_paths(trio: Trio, tmp_path: Path, name: str, reason: str) -> None:
    """Members named ``../x``, ``/x`` or with folders are refused before anything is read."""
    parts = members(edited_bundle(trio))
    info = zipfile.ZipInfo("placeholder")
    info.filename = name  # zipfile would normalise some names given to the constructor
    bad = tmp_path / "bad.zgb"
    with zipfile.ZipFile(bad, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
        zf.writestr(info, b"x")
    assert_refused(trio, bad, reason)


def test_symlink_member(trio: Trio, tmp_path: Path) -> None:
    """A member stored as a symbolic link is refused."""
    parts = members(edited_bundle(trio))
    link = zipfile.ZipInfo("units.jsonl")
    link.external_attr = 0o120777 << 16
    bad = tmp_path / "bad.zgb"
    with zipfile.ZipFile(bad, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
        zf.writestr(link, b"/etc/passwd")
    assert_refused(trio, bad, "符号链接")


def test_member_larger_than_declared(trio: Trio, tmp_path: Path) -> None:
    """A signed manifest declaring fewer bytes than the member has: refused by size."""

    def shrink(doc: dict[str, Any]) -> None:
        for m in doc["members"]:
            if m["name"] == PLANS:
                m["size"] -= 10

    bad = resign(trio, edited_bundle(trio), tmp_path / "bad.zgb", manifest=shrink)
    assert_refused(trio, bad, "与清单声明的.*不符")


def _timed_refusal(trio: Trio, bundle: Path, match: str) -> float:
    before = digest(trio.db("office"))
    with opened(trio.db("office")) as db:
        start = time.perf_counter()
        with pytest.raises(UserError, match=match):
            import_bundle(db, bundle)
        elapsed = time.perf_counter() - start
    assert digest(trio.db("office")) == before
    return elapsed


def test_highly_compressed_bomb(trio: Trio, tmp_path: Path) -> None:
    """50 MiB of zeros in a few KiB is refused from the directory alone, in under 0.2 s."""
    parts = members(edited_bundle(trio))
    parts["units.jsonl"] = bytes(50 * 1024 * 1024)
    bomb = write_zip(tmp_path / "bomb.zgb", list(parts.items()))
    assert bomb.stat().st_size < 200_000
    assert _timed_refusal(trio, bomb, "压缩炸弹") < 0.2


def test_bomb_declaring_a_huge_size(trio: Trio, tmp_path: Path) -> None:
    """A member whose directory entry claims ~4 GiB is refused at once, whatever it holds."""
    parts = members(edited_bundle(trio))
    bomb = write_zip(tmp_path / "bomb.zgb", list(parts.items()))
    raw = bytearray(bomb.read_bytes())
    entry = raw.index(b"PK\x01\x02")  # the first directory entry: the manifest
    raw[entry + 24 : entry + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    bomb.write_bytes(bytes(raw))
    assert _timed_refusal(trio, bomb, "过大") < 0.2


def test_honest_text_that_compresses_like_a_bomb_is_stored_uncompressed(tmp_path: Path) -> None:
    """A member of one character repeated inflates more than a bomb is allowed to; the
    writer stores it uncompressed so the reader accepts it, and compresses the rest."""
    dense = ("。" * 20000).encode() * 10
    ordinary = "\n".join(f'{{"id": "{i}", "name": "专业{i}"}}' for i in range(5000)).encode()
    path = tmp_path / "dense.zgb"
    parts = [(MANIFEST, b"{}"), (SIGNATURE, b"-"), (PLANS, dense), ("units.jsonl", ordinary)]
    write_atomically(path, parts)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(PLANS).compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("units.jsonl").compress_type == zipfile.ZIP_DEFLATED
    checked = CheckedZip(path, allowed=allowed_members(), limits=DEFAULT_LIMITS)
    assert checked.read(PLANS) == dense and checked.read("units.jsonl") == ordinary


def test_missing_member(trio: Trio, tmp_path: Path) -> None:
    """A member the manifest lists but the zip lacks."""
    parts = members(edited_bundle(trio))
    del parts[PLANS]
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "缺少清单中列出的成员")


def test_extra_unlisted_member(trio: Trio, tmp_path: Path) -> None:
    """A member slipped in beside a genuine signed manifest is refused."""
    parts = members(edited_bundle(trio))
    parts["units.jsonl"] = b"{}\n"
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "清单未列出")


@pytest.mark.parametrize(
    ("field", "value"), [("format_version", 2), ("schema", "9999")], ids=["format", "schema"]
)
def test_newer_format_or_schema(trio: Trio, tmp_path: Path, field: str, value: Any) -> None:
    """A bundle from a newer program (signed by a trusted key) asks for an upgrade."""

    def newer(doc: dict[str, Any]) -> None:
        doc[field] = value

    bad = resign(trio, edited_bundle(trio), tmp_path / "new.zgb", manifest=newer)
    assert_refused(trio, bad, "更新版本.*升级")


def test_replay_of_an_old_bundle(trio: Trio) -> None:
    """An older bundle after a newer one: nothing to do, nothing written."""
    old = edited_bundle(trio, "王五")
    new = edited_bundle(trio, "赵六")
    assert trio.import_("office", new).result == "imported"
    before = digest(trio.db("office"))
    result = trio.import_("office", old)
    assert result.result == SKIPPED and "更旧" in result.reason
    assert digest(trio.db("office")) == before


def test_same_bundle_twice(trio: Trio) -> None:
    """Importing the same bundle again changes nothing."""
    bundle = edited_bundle(trio)
    trio.import_("office", bundle)
    before = digest(trio.db("office"))
    result = trio.import_("office", bundle)
    assert result.result == SKIPPED and "已经导入过" in result.reason
    assert digest(trio.db("office")) == before


def test_damaged_copy_of_a_bundle_already_imported(trio: Trio, tmp_path: Path) -> None:
    """A copy of an imported bundle with one record byte flipped is refused, not "already
    imported": the signed manifest is the same, but the file is no longer what was signed."""
    bundle = edited_bundle(trio)
    trio.import_("office", bundle)
    parts = members(bundle)
    parts[PLANS] = flip(parts[PLANS], 20)
    bad = write_zip(tmp_path / "bad.zgb", list(parts.items()))
    assert_refused(trio, bad, "校验值与清单不符")
    with_extra = write_zip(tmp_path / "extra.zgb", [*members(bundle).items(), ("x.jsonl", b"")])
    assert_refused(trio, with_extra, "意外的成员|未列出的成员")


def test_a_huge_refused_file_is_not_copied(
    trio: Trio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file refused for its size leaves only a reason note in refused/, not a copy."""
    from app.services.sync import importer

    monkeypatch.setattr(importer, "KEEP_ASIDE_BYTES", 1000)
    big = tmp_path / "big.zgb"
    big.write_bytes(b"PK\x03\x04" + bytes(5000))
    message = assert_refused(trio, big, "不完整")
    assert "另存" not in message
    folder = trio.db("office").parent / "refused"
    assert [p.name.endswith(".reason.txt") for p in folder.iterdir()] == [True]
    note = next(folder.iterdir()).read_text(encoding="utf-8")
    assert "未另存副本" in note


def test_same_sequence_with_other_content_raises_the_alarm(trio: Trio, tmp_path: Path) -> None:
    """Sequence 2 again with different content: a cloned or restored PC."""
    bundle = edited_bundle(trio)
    trio.import_("office", bundle)
    rows = record_lines(bundle, PLANS)
    rows[0]["leader"] = "克隆机"
    clone = resign(trio, bundle, tmp_path / "clone.zgb", records={PLANS: jsonl(rows)})
    assert_refused(trio, clone, "警报")


@pytest.mark.parametrize(
    ("value", "reason"), [(123, "应为文本"), ("长" * 51, "过长")], ids=["wrong-type", "too-long"]
)
def test_invalid_record(trio: Trio, tmp_path: Path, value: Any, reason: str) -> None:
    """A record with a wrong type or an over-long field refuses the whole bundle."""
    bundle = edited_bundle(trio)
    rows = record_lines(bundle, PLANS)
    rows[0]["leader"] = value
    bad = resign(trio, bundle, tmp_path / "bad.zgb", records={PLANS: jsonl(rows)})
    message = assert_refused(trio, bad, f"记录无效.*{reason}")
    assert "leader" in message


@pytest.mark.parametrize(
    ("spoiled", "reason"),
    [
        (b'"leader":NaN', "不是有效的 JSON"),
        (b'"leader":1e400', "不是有效的 JSON"),
        (b'"leader":"\\ud800"', "不是有效的 JSON"),
        (b'"leader":"\xff\xfe"', "不是 UTF-8 文本"),
    ],
    ids=["nan", "infinity", "lone-surrogate", "not-utf8"],
)
def test_line_that_is_not_json(trio: Trio, tmp_path: Path, spoiled: bytes, reason: str) -> None:
    """What the json module would let in but no database or export could keep is refused."""
    bundle = edited_bundle(trio)
    member = members(bundle)[PLANS]
    assert b'"leader":"\xe7\x8e\x8b\xe4\xba\x94"' in member  # 王五
    bad_member = member.replace(b'"leader":"\xe7\x8e\x8b\xe4\xba\x94"', spoiled)
    bad = resign(trio, bundle, tmp_path / "bad.zgb", records={PLANS: bad_member})
    message = assert_refused(trio, bad, f"一页纸计划第 1 行{reason}")
    assert "同步包未导入" in message


def test_unit_changing_an_office_owned_record(trio: Trio, tmp_path: Path) -> None:
    """A unit's bundle rewriting its own 部门 row (the office's) is refused whole, or in part."""
    bundle = edited_bundle(trio)

    def own_unit_row(s: Any) -> dict[str, Any]:
        from app.services.sync.codec import to_wire
        from app.services.sync.registry import record_type

        rtype = record_type("units")
        table = rtype.table
        row = s.execute(table.select().where(table.c.id == trio.ids["unit"])).mappings().one()
        return to_wire(rtype.specs, row)

    row = trio.edit("unit", own_unit_row)
    row["name"] = "水利工程学院"
    row["version"] = {**row["version"], "rogue": 99}
    bad = resign(trio, bundle, tmp_path / "bad.zgb", records={"units.jsonl": jsonl([row])})
    assert_refused(trio, bad, "只能由“质量督导处”编写")
    result = trio.import_("office", bad, accept_partial=True)
    assert result.result == PARTIAL
    assert result.counts["units"].refused == 1 and result.counts["one_page_plans"].updated == 1
    name = trio.edit("office", lambda s: s.get(Unit, trio.ids["unit"]).name)
    assert name == "水利工程系"


@pytest.mark.parametrize("case", ["duplicate", "encrypted", "compression", "too-many"])
def test_other_zip_tricks(trio: Trio, tmp_path: Path, case: str) -> None:
    """Duplicate names, encryption, unknown compression, too many members."""
    parts = members(edited_bundle(trio))
    bad = tmp_path / "bad.zgb"
    reason = {
        "duplicate": "重复",
        "encrypted": "加密",
        "compression": "压缩方式",
        "too-many": "过多",
    }
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(bad, "w") as zf:
            for n, data in parts.items():
                zf.writestr(n, data)
            if case == "duplicate":
                zf.writestr(PLANS, parts[PLANS])
            elif case == "encrypted":
                zf.writestr("units.jsonl", b"{}")
            elif case == "compression":
                zf.writestr("units.jsonl", b"{}", compress_type=zipfile.ZIP_BZIP2)
            else:
                for n in range(60):
                    zf.writestr(f"x{n}.jsonl", b"")
    if case == "encrypted":  # zipfile never writes the flag itself: set it in the directory
        raw = bytearray(bad.read_bytes())
        entry = raw.index(b"PK\x01\x02", raw.index(b"PK\x01\x02")) + 0
        while raw[entry + 46 : entry + 46 + 11] != b"units.jsonl":
            entry = raw.index(b"PK\x01\x02", entry + 4)
        raw[entry + 8] |= 0x1
        bad.write_bytes(bytes(raw))
    assert_refused(trio, bad, reason[case])

"""Keys, fingerprints, trust and enrolment; and that every travelling model is registered."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from app.models import Base, SyncRecord
from app.services.database import Database, open_database
from app.services.errors import UserError
from app.services.identity import set_office
from app.services.sync import keys
from app.services.sync.enrol import import_enrolment
from app.services.sync.registry import record_types
from app.services.sync.trust import add_trust, revoke
from tests.unit.sync_fixtures import Trio, digest, opened


def test_every_travelling_model_is_registered() -> None:
    """Adding a SyncRecord model without registering it for sync fails here."""
    models = {m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncRecord)}
    assert models == {t.model for t in record_types()}


def test_key_file_id_and_fingerprint(db: Database, db_path: Path) -> None:
    """The private key is a 0600 PKCS8 PEM beside the database; id and fingerprint follow."""
    with db.session() as s:
        info = keys.ensure_key(s, db_path=db_path)
        again = keys.ensure_key(s, db_path=db_path)
    assert info == again
    assert info.path == db_path.with_name("zhengai-signing-key.pem")
    assert info.path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.key_id == hashlib.sha256(info.public_raw).hexdigest()[:16]
    groups = info.fingerprint.split(" ")
    assert [len(g) for g in groups] == [5] * 6 and "".join(groups).isdigit()
    assert keys.fingerprint_matches(info.fingerprint.replace(" ", "-"), info.public_raw)
    assert keys.fingerprint_matches("１２３", info.public_raw) is False


def test_passphrase_protects_the_private_key(db: Database, db_path: Path) -> None:
    """An encrypted key needs its passphrase; a wrong one is refused in Chinese."""
    with db.session() as s:
        keys.create_key(s, db_path=db_path, passphrase="口令123")
    assert b"ENCRYPTED" in keys.key_path(db_path).read_bytes()
    with db.session() as s:
        with pytest.raises(keys.PassphraseNeeded, match="口令"):
            keys.signing_key(s, db_path=db_path)
        with pytest.raises(UserError, match="口令不正确"):
            keys.signing_key(s, db_path=db_path, passphrase="错的")
        info, key = keys.signing_key(s, db_path=db_path, passphrase="口令123")
        assert keys.verify(info.public_raw, key.sign(b"x"), b"x")
        with pytest.raises(UserError, match="已有密钥"):
            keys.create_key(s, db_path=db_path)


def test_key_file_is_self_signed(trio: Trio, tmp_path: Path) -> None:
    """A key file whose key was swapped no longer matches its self-signature."""
    offer = keys.read_key_file(trio.root / "unit.key")
    assert offer.unit_id == trio.ids["unit"]
    doc = json.loads((trio.root / "unit.key").read_text(encoding="utf-8"))
    body = json.loads(doc["key"])
    body["unit_name"] = "质量督导处"
    doc["key"] = json.dumps(body, ensure_ascii=False, sort_keys=True)
    bad = tmp_path / "bad.key"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="自签名不正确"):
        keys.read_key_file(bad)


def test_trust_needs_the_right_fingerprint_and_revocation_is_final(trio: Trio) -> None:
    """A wrong typed fingerprint trusts nothing; a revoked key cannot be trusted again."""
    offer = keys.read_key_file(trio.root / "unit.key")
    trio.edit("office", lambda s: revoke(s, unit_id=trio.ids["unit"]))
    with opened(trio.db("office")) as db, db.session() as s:
        with pytest.raises(UserError, match="指纹不一致"):
            add_trust(s, offer, method="fingerprint", typed_fingerprint="0" * 30)
        with pytest.raises(UserError, match="已被吊销"):
            add_trust(s, offer, method="fingerprint", typed_fingerprint=offer.fingerprint)


def test_a_unit_pc_trusts_only_the_office(trio: Trio) -> None:
    """教务科研处's PC has no business trusting 水利工程系's key."""
    offer = keys.read_key_file(trio.root / "unit.key")
    with (
        opened(trio.db("reviewer")) as db,
        db.session() as s,
        pytest.raises(UserError, match="只需信任质量督导处"),
    ):
        add_trust(s, offer, method="screen")


def test_enrolment_with_a_wrong_fingerprint_writes_nothing(trio: Trio, tmp_path: Path) -> None:
    """The secretary types the fingerprint the office read out; a mismatch refuses the file."""
    from app.services.sync.enrol import export_enrolment

    enrol = tmp_path / "e.zgb"
    with opened(trio.db("office")) as db:
        export_enrolment(db, unit_id=trio.ids["unit"], output=enrol)
    fresh = tmp_path / "new" / "zhengai.sqlite3"
    fresh.parent.mkdir()
    open_database(fresh).close()
    before = digest(fresh)
    with opened(fresh) as db, pytest.raises(UserError, match=r"指纹.*不一致"):
        import_enrolment(db, path=enrol, fingerprint="1" * 30)
    assert digest(fresh) == before


def test_office_pc_cannot_enrol_as_a_unit(trio: Trio, tmp_path: Path) -> None:
    """An enrolment file imported on the office's own PC is refused."""
    from app.services.sync.enrol import export_enrolment

    enrol = tmp_path / "e.zgb"
    with opened(trio.db("office")) as db:
        export_enrolment(db, unit_id=trio.ids["unit"], output=enrol)
    other = tmp_path / "office2" / "zhengai.sqlite3"
    other.parent.mkdir()
    with opened(other) as db, db.session() as s:
        set_office(s)
    with opened(other) as db, pytest.raises(UserError, match="本机是质量督导处"):
        import_enrolment(db, path=enrol)

"""This installation's Ed25519 key: created once, kept beside the database, shown as a fingerprint.

The private key is a PKCS8 PEM file next to the database, readable only by the
user (0600), optionally encrypted with a passphrase. The key id (16 hex digits of
SHA-256 of the raw public key) names the key in signatures; the fingerprint (30
digits in groups of five, from the same hash) is what two people read to each
other over the phone before trusting a key: digits are easy to say in Chinese,
and 30 of them (~100 bits) cannot be matched by a forged key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy.orm import Session

from app.models import LocalKey
from app.models.base import utcnow
from app.services.errors import UserError, os_reason
from app.services.files import write_file_atomically

KEY_FILE_FORMAT = "zhengai-key"
KEY_FILE_PREFIX = b"zhengai key file v1\n"
FINGERPRINT_DIGITS = 30


class PassphraseNeeded(UserError):
    """The private key is encrypted and no passphrase was given (the UI asks, then retries)."""


# -- ids and fingerprints ------------------------------------------------------------
def key_id_of(public_raw: bytes) -> str:
    """The key id: the first 16 hex digits of SHA-256 of the raw public key."""
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint_of(public_raw: bytes) -> str:
    """30 digits in six groups of five, for reading aloud ("12345 67890 …")."""
    number = int.from_bytes(hashlib.sha256(public_raw).digest(), "big") % 10**FINGERPRINT_DIGITS
    digits = f"{number:0{FINGERPRINT_DIGITS}d}"
    return " ".join(digits[i : i + 5] for i in range(0, FINGERPRINT_DIGITS, 5))


def normalise_fingerprint(text: str) -> str:
    """What the user typed, without spaces or dashes (full-width digits accepted)."""
    import unicodedata

    digits = "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())
    return digits


def fingerprint_matches(typed: str, public_raw: bytes) -> bool:
    """Does a typed fingerprint name this key exactly (all 30 digits)?"""
    return normalise_fingerprint(typed) == normalise_fingerprint(fingerprint_of(public_raw))


def public_from_hex(text: str) -> bytes:
    """Raw public key bytes from stored hex; ValueError if malformed."""
    raw = bytes.fromhex(text)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return raw


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """Ed25519 verification; False for any malformed key or signature."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- the private key file ----------------------------------------------------------------
def key_path(db_path: Path) -> Path:
    """Where the private key of the database at ``db_path`` lives."""
    return db_path.with_name(f"{db_path.stem}-signing-key.pem")


@dataclass(frozen=True)
class KeyInfo:
    """The public side of this installation's key."""

    key_id: str
    public_raw: bytes
    path: Path

    @property
    def fingerprint(self) -> str:
        """For reading aloud."""
        return fingerprint_of(self.public_raw)

    @property
    def public_hex(self) -> str:
        """As stored and carried in manifests."""
        return self.public_raw.hex()


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, key: Ed25519PrivateKey, passphrase: str | None) -> None:
    """Write the PEM readable by the user only, through a temporary name."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _load_private(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取私钥文件“{path}”：{os_reason(exc)}") from exc
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError as exc:
        if passphrase:  # given but the key has none: accept, the key is usable
            key = serialization.load_pem_private_key(data, password=None)
        else:
            raise PassphraseNeeded("本机私钥设有口令，请输入口令。") from exc
    except ValueError as exc:
        raise UserError("私钥口令不正确，或私钥文件已损坏。") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"私钥文件“{path}”不是 Ed25519 密钥。")
    return key


def local_key(session: Session) -> LocalKey | None:
    """This installation's key row, if a key was made."""
    return session.get(LocalKey, 1)


def create_key(
    session: Session, *, db_path: Path, passphrase: str | None = None, replace: bool = False
) -> KeyInfo:
    """Make this installation's key pair (or a new one, for a lost or leaked key).

    After replacing, peers must trust the new key (and should revoke the old one).
    """
    path = key_path(db_path)
    row = local_key(session)
    if (row is not None or path.exists()) and not replace:
        raise UserError("本机已有密钥。如需更换，请使用“更换密钥”（对方需重新核对指纹）。")
    key = Ed25519PrivateKey.generate()
    raw = _raw(key)
    _write_private(path, key, passphrase)
    if row is None:
        row = LocalKey(id=1)
        session.add(row)
    row.key_id, row.public_key, row.created_at = key_id_of(raw), raw.hex(), utcnow()
    session.flush()
    return KeyInfo(row.key_id, raw, path)


def create_key_if_missing(session: Session, *, db_path: Path) -> KeyInfo | None:
    """At first start: make the key pair if this installation has none (no row, no file).

    Done when the app starts rather than at the first export, so the key id is in
    the About box and the fingerprint can be read out before any bundle is due.
    A key row without its file (a data file copied from another PC) is left
    alone: that needs a person's choice, which the first use of the key asks for.
    """
    if local_key(session) is not None or key_path(db_path).exists():
        return None
    return create_key(session, db_path=db_path)


def ensure_key(session: Session, *, db_path: Path, passphrase: str | None = None) -> KeyInfo:
    """This installation's key, created at first use (the "first start" of sync)."""
    path = key_path(db_path)
    row = local_key(session)
    if row is not None:
        if not path.exists():
            raise UserError(
                f"找不到本机私钥文件“{path}”。如果数据文件是从别的电脑复制来的，"
                "请一并复制私钥文件，或更换密钥后请对方重新核对指纹。"
            )
        return KeyInfo(row.key_id, public_from_hex(row.public_key), path)
    if path.exists():  # a key made for this path before the database was re-created
        raw = _raw(_load_private(path, passphrase))
        session.add(LocalKey(id=1, key_id=key_id_of(raw), public_key=raw.hex()))
        session.flush()
        return KeyInfo(key_id_of(raw), raw, path)
    return create_key(session, db_path=db_path, passphrase=passphrase)


def signing_key(
    session: Session, *, db_path: Path, passphrase: str | None = None
) -> tuple[KeyInfo, Ed25519PrivateKey]:
    """The key to sign with; refuses a key file that does not belong to this database."""
    info = ensure_key(session, db_path=db_path, passphrase=passphrase)
    key = _load_private(info.path, passphrase)
    if _raw(key) != info.public_raw:
        raise UserError(
            f"私钥文件“{info.path}”与本数据文件登记的密钥不一致（密钥编号 {info.key_id}）。"
            "请找回原来的私钥文件，或更换密钥。"
        )
    return info, key


def set_passphrase(session: Session, *, db_path: Path, old: str | None, new: str | None) -> KeyInfo:
    """Protect (or unprotect) the private key with a passphrase."""
    info, key = signing_key(session, db_path=db_path, passphrase=old)
    _write_private(info.path, key, new)
    return info


# -- key files: a public key carried to the peer -------------------------------------------
@dataclass(frozen=True)
class KeyOffer:
    """A public key someone offers, with the unit it claims to speak for."""

    unit_id: str
    unit_name: str
    installation_id: str
    public_raw: bytes
    source: str  # "key file" | "bundle" | "enrolment"

    @property
    def key_id(self) -> str:
        """Derived, never trusted from the file."""
        return key_id_of(self.public_raw)

    @property
    def fingerprint(self) -> str:
        """For comparing with what the other side reads aloud."""
        return fingerprint_of(self.public_raw)


def write_key_file(
    output: Path,
    *,
    key: Ed25519PrivateKey,
    unit_id: str,
    unit_name: str,
    installation_id: str,
) -> None:
    """A small signed JSON file with our public key (the signature proves possession)."""
    raw = _raw(key)
    body: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "version": 1,
        "unit_id": unit_id,
        "unit_name": unit_name,
        "installation_id": installation_id,
        "public_key": raw.hex(),
        "key_id": key_id_of(raw),
        "fingerprint": fingerprint_of(raw),
        "created_at": utcnow().isoformat(),
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    signature = key.sign(KEY_FILE_PREFIX + text.encode("utf-8"))
    doc = {"key": text, "signature": base64.b64encode(signature).decode("ascii")}
    write_file_atomically(output, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))


def read_key_file(path: Path) -> KeyOffer:
    """Read and self-check a key file. It is *not* trusted until its fingerprint is confirmed."""
    try:
        if path.stat().st_size > 64 * 1024:
            raise ValueError("too large")
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["key"]
        body = json.loads(text)
        raw = public_from_hex(body["public_key"])
        signature = base64.b64decode(doc["signature"], validate=True)
        ok = body.get("format") == KEY_FILE_FORMAT and verify(
            raw, signature, KEY_FILE_PREFIX + text.encode("utf-8")
        )
        offer = KeyOffer(
            str(body["unit_id"]),
            str(body.get("unit_name", "")),
            str(body.get("installation_id", "")),
            raw,
            "key file",
        )
    except OSError as exc:
        raise UserError(f"无法读取密钥文件“{path}”：{os_reason(exc)}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(f"“{path.name}”不是诊改工作台的密钥文件，或已损坏。") from exc
    if not ok:
        raise UserError(f"密钥文件“{path.name}”的自签名不正确：文件被改动过或已损坏。")
    return offer

"""Reading a zip that may be hostile: bounded, checked from its directory, never extracted.

Python's ``zipfile`` accepts duplicate and case-variant names and trusts declared
sizes (CPython #83522, #109858, #117779). So before anything is decompressed we
read the end-of-central-directory record ourselves (a directory of a million
entries is refused before ``zipfile`` parses it), then check every entry: plain
top-level names we expect, no duplicates (also case-folded), no links, no
encryption, known compression, bounded sizes and ratios. Members are read into
memory under their declared size, never written to disk. A zip bomb is thus
refused from its directory alone, in milliseconds, whatever it claims.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import os_reason
from app.services.sync.bundle_format import (
    MANIFEST,
    MAX_RATIO,
    RATIO_FLOOR,
    SIGNATURE,
    BundleRefused,
)

MiB = 1024 * 1024
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_LOCAL_HEADER = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    """Bounds on a bundle; generous for a college (a full office bundle is a few MiB)."""

    file_bytes: int = 256 * MiB
    members: int = 48
    member_bytes: int = 128 * MiB
    total_bytes: int = 512 * MiB
    ratio: int = MAX_RATIO  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = RATIO_FLOOR
    manifest_bytes: int = 1 * MiB
    signature_bytes: int = 4 * 1024
    directory_bytes: int = 1 * MiB


DEFAULT_LIMITS = Limits()


def _refuse(reason: str) -> BundleRefused:
    return BundleRefused(f"{reason}，同步包未导入。")


def _check_end_record(path: Path, limits: Limits) -> None:
    """Find and check the end-of-central-directory record without trusting zipfile."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRefused(f"无法读取文件“{path}”：{os_reason(exc)}") from exc
    if size > limits.file_bytes:
        raise _refuse(f"文件过大（{size // MiB} MiB，上限 {limits.file_bytes // MiB} MiB）")
    with path.open("rb") as fh:
        head = fh.read(4)
        tail_len = min(size, 22 + 65535)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        if head == _LOCAL_HEADER:
            raise _refuse("文件不完整（可能在复制时被截断或 U 盘被拔出）")
        raise _refuse("这不是同步包（不是 zip 格式的文件）")
    _sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, _clen = struct.unpack(
        "<4s4H2LH", tail[at : at + 22]
    )
    if n_total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise _refuse("文件使用了同步包不会用到的 ZIP64 格式")
    if at >= 20 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR:
        raise _refuse("文件使用了同步包不会用到的 ZIP64 格式")
    if disk or cd_disk or n_disk != n_total:
        raise _refuse("文件是分卷压缩包")
    if n_total > limits.members:
        raise _refuse(f"文件包含的成员过多（{n_total} 个，上限 {limits.members} 个）")
    if cd_size > limits.directory_bytes:
        raise _refuse("文件目录过大")
    end_at = size - tail_len + at
    if cd_offset + cd_size > end_at:
        raise _refuse("文件不完整（可能在复制时被截断或 U 盘被拔出）")


def _check_entry(info: zipfile.ZipInfo, allowed: frozenset[str], limits: Limits) -> None:
    name = info.filename
    if info.orig_filename != name or "\x00" in info.orig_filename:
        raise _refuse(f"成员名称“{name}”含有非法字符")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise _refuse(f"成员“{name}”使用了绝对路径")
    if "/" in name or "\\" in name or name in (".", ".."):
        raise _refuse(f"成员“{name}”带有路径（同步包只应包含顶层文件）")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(f"成员“{name}”是符号链接")
    if info.flag_bits & 0x1:
        raise _refuse(f"成员“{name}”是加密的")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(f"成员“{name}”使用了不支持的压缩方式")
    if name not in allowed:
        raise _refuse(f"文件中有意外的成员“{name}”")
    limit = {MANIFEST: limits.manifest_bytes, SIGNATURE: limits.signature_bytes}.get(
        name, limits.member_bytes
    )
    if info.file_size > limit:
        raise _refuse(f"成员“{name}”过大（声明 {info.file_size} 字节）")
    if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(
        info.compress_size, 1
    ):
        raise _refuse(f"成员“{name}”的压缩比异常（疑似“压缩炸弹”）")


class CheckedZip:
    """A zip whose directory passed every check; members are read under bounds."""

    def __init__(self, path: Path, *, allowed: frozenset[str], limits: Limits) -> None:
        _check_end_record(path, limits)
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _refuse("文件已损坏（zip 目录无法读取）") from exc
        try:
            self.infos: dict[str, zipfile.ZipInfo] = {}
            folded: set[str] = set()
            total = 0
            infos = self._zf.infolist()
            if len(infos) > limits.members:
                raise _refuse("文件包含的成员过多")
            for info in infos:
                _check_entry(info, allowed, limits)
                if info.filename in self.infos:
                    raise _refuse(f"成员“{info.filename}”重复出现")
                if info.filename.casefold() in folded:
                    raise _refuse(f"成员“{info.filename}”与另一成员仅大小写不同")
                folded.add(info.filename.casefold())
                self.infos[info.filename] = info
                total += info.file_size
            if total > limits.total_bytes:
                raise _refuse("文件解压后的总大小超过上限")
            for required, label in ((MANIFEST, "清单"), (SIGNATURE, "签名")):
                if required not in self.infos:
                    raise _refuse(f"文件缺少{label}（{required}）")
        except BaseException:
            self._zf.close()
            raise

    def names(self) -> set[str]:
        """The member names present."""
        return set(self.infos)

    def read(self, name: str, *, size: int | None = None, sha256: str | None = None) -> bytes:
        """Read one member, no more than its declared size; check size and hash if given.

        ``size`` and ``sha256`` come from the signed manifest: the zip's own
        header must agree, and the bytes actually inflated may not exceed it.
        """
        info = self.infos.get(name)
        if info is None:
            raise _refuse(f"文件缺少清单中列出的成员“{name}”")
        if size is not None and info.file_size != size:
            raise _refuse(
                f"成员“{name}”的大小（{info.file_size} 字节）与清单声明的（{size} 字节）不符"
            )
        limit = info.file_size
        try:
            with self._zf.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise _refuse(f"成员“{name}”已损坏（校验失败）") from exc
        if len(data) != limit:
            raise _refuse(f"成员“{name}”的实际大小与声明不符")
        if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
            raise _refuse(f"成员“{name}”的校验值与清单不符（文件被改动过或已损坏）")
        return data

    def close(self) -> None:
        """Release the file."""
        self._zf.close()

    def __enter__(self) -> CheckedZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

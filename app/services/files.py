"""Writing a small file so that it is either whole or not there at all.

A USB stick pulled mid-write, a full disk or a write-protected folder must never
leave a half file under the final name, nor a Python traceback: the bytes go to a
fresh temporary name beside the target (same disk, so the rename is atomic), are
flushed to the device, then renamed. Any OS error becomes one Chinese sentence
naming the file.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from app.services.errors import UserError, os_reason


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary name; UserError on any OS error."""
    path = Path(path)
    tmp = path.with_name(f"~{path.name}-{uuid.uuid4().hex[:8]}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as fh:  # "x": never another run's file
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise UserError(f"无法写出文件“{path}”：{os_reason(exc)}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Errors meant for the user: they carry a complete Chinese message."""

from __future__ import annotations

import errno


class UserError(Exception):
    """Something the user can act on; ``str(err)`` is shown as is, never a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """The user cancelled a long task; whatever it did has been rolled back."""


# What an OSError means to someone at an office PC: the operating system's own text is
# English on Linux and depends on the Windows language, and says nothing about USB sticks.
_OS_REASONS: dict[int, str] = {
    errno.ENOENT: "找不到该文件或文件夹",
    errno.EACCES: "没有权限（文件可能是只读的，或正被其他程序打开）",
    errno.EPERM: "没有权限（文件可能是只读的，或正被其他程序打开）",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘是只读的（U 盘可能开启了写保护）",
    errno.EIO: "读写出错（U 盘可能已被拔出或已损坏）",
    errno.EEXIST: "已有同名的文件",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EBUSY: "文件正被其他程序使用",
    errno.EINVAL: '文件名无效（不能含有 \\ / : * ? " < > | 等字符）',
    errno.ENODEV: "找不到该磁盘（U 盘可能已被拔出）",
    errno.ENXIO: "找不到该磁盘（U 盘可能已被拔出）",
}


def os_reason(exc: OSError) -> str:
    """The reason of a failed file operation in Chinese (the system's text if unknown)."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return exc.strerror or str(exc)

"""Chinese for the words argparse itself prints: usage, help headings and its errors.

argparse writes its messages through ``gettext``, looked up when each one is made
(``argparse._``). Our users read Chinese only, and "error: the following arguments are
required: FILE" helps none of them, so while the command line is built and parsed the
lookup goes through :data:`MESSAGES` instead; a message argparse adds in a later Python
version falls back to its English text rather than failing.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

#: argparse's message ids (CPython 3.11–3.13) and what the user reads instead.
MESSAGES: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示此帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "必须给出以下参数之一：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能给一个值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项 %(option)s 有歧义，可能是：%(matches)s"
    ),
    "ignored explicit argument %r": "多余的参数值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}

VERSION_HELP = "显示版本号并退出"


def translate(message: str) -> str:
    """argparse's ``_``: the Chinese text, or the message itself if we have none."""
    return MESSAGES.get(message, message)


@contextmanager
def chinese_argparse() -> Iterator[None]:
    """Build and parse the command line with argparse speaking Chinese; restored after."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]

"""An unexpected error in the window is logged and explained in Chinese, not lost."""

from __future__ import annotations

import logging
import sys

from app.services.errors import UserError
from app.ui.application import _install_excepthook


def test_unexpected_error_in_a_slot_shows_a_chinese_message(window, modals, caplog) -> None:
    """The hook logs the traceback and tells the user their data was not changed."""
    previous = sys.excepthook
    _install_excepthook()
    try:
        with caplog.at_level(logging.ERROR):
            try:
                raise RuntimeError("boom")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert any("数据未被修改" in t for t in modals.texts)
    assert "boom" in caplog.text


def test_user_error_is_shown_as_is(window, modals) -> None:
    """A service's UserError reaches the user word for word."""
    from app.ui.messages import show_error

    show_error(window, UserError("找不到名为“水利”的部门。"))
    assert modals.texts == ["找不到名为“水利”的部门。"]

"""The CJK font for PDF reports, registered with reportlab once, on first use.

reportlab's built-in fonts have no Chinese glyphs, and its CID fonts (STSong-Light)
are not embedded, so a PC without that font shows boxes. We embed a subset of the
bundled WenQuanYi Micro Hei instead: a TrueType-outline TTC, which reportlab can
subset (``/FontFile2`` in the PDF); CFF-outline fonts such as Noto Sans CJK cannot.

Bold: WenQuanYi Micro Hei has a regular face only, and reportlab cannot synthesise
bold from one face. :func:`cjk_bold_font` therefore names the same face, and the
family is registered so that ``<b>`` in a Paragraph resolves instead of raising;
headings stand out by size. Should a bold TrueType face ever be bundled, only
:func:`_register` changes.

Import cost: this module imports nothing from reportlab at import time; the first
call to :func:`cjk_font` imports it and parses the 5 MB font (a few tenths of a
second), so call it from report code, never at window start.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.paths import FONT_FILE, resource
from app.services.errors import UserError

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

CJK_FONT_NAME = "WenQuanYiMicroHei"
"""The name reports pass to reportlab (``fontName=...``, ``canvas.setFont(...)``)."""

# The TTC holds two faces: 0 is WenQuanYi Micro Hei, 1 its monospaced sibling.
_SUBFONT_INDEX = 0

_lock = threading.Lock()  # reports may be rendered on a worker thread
_registered = False


def _register() -> None:
    """Register the face and its family with reportlab (caller holds the lock)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = resource("fonts", FONT_FILE)
    if not path.is_file():
        raise UserError(f"缺少报表字体文件“{path}”，无法生成含中文的 PDF。请重新安装诊改工作台。")
    pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(path), subfontIndex=_SUBFONT_INDEX))
    # One face for all four styles: <b> and <i> in Paragraph markup then resolve to it.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK_FONT_NAME, bold, italic, CJK_FONT_NAME)
    _chinese_line_start_rules()


#: Full-width punctuation that Chinese typesetting never puts at the start of a line
#: (GB/T 15834, 避头点号) and that reportlab's list, made for Japanese, lacks.
CANNOT_START_A_LINE = "，；：！？》〉”’％"


def _chinese_line_start_rules() -> None:
    """Teach reportlab's CJK wrapping not to begin a line with “，” and its kin.

    reportlab keeps a character that cannot start a line hanging at the end of the
    previous one, but its list (``ALL_CANNOT_START``) holds Japanese kinsoku only, so
    Chinese text could wrap to “，以及…”. The list is a module global read by
    ``textsplit.wordSplit`` (one-style paragraphs) and, imported by name, by
    ``paragraph.cjkFragSplit`` (mixed styles), so it is extended in both modules.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(c for c in CANNOT_START_A_LINE if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


def cjk_font() -> str:
    """Name of the registered CJK font; registers it on the first call."""
    global _registered
    if not _registered:
        with _lock:
            if not _registered:
                _register()
                _registered = True
    return CJK_FONT_NAME


def cjk_bold_font() -> str:
    """Name to use for bold text: the same face (see the module docstring for why)."""
    return cjk_font()


def cjk_paragraph_style(
    name: str = "正文",
    *,
    size: float = 10.5,
    leading: float | None = None,
    alignment: int = 0,
) -> ParagraphStyle:
    """A Paragraph style that draws and wraps Chinese correctly.

    ``wordWrap="CJK"`` lets reportlab break lines between any two Chinese
    characters; without it a Chinese sentence has no spaces and overflows the frame.
    """
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        name,
        fontName=cjk_font(),
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.5, 1),
        alignment=alignment,
        wordWrap="CJK",
    )

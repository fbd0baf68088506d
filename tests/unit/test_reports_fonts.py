"""The bundled CJK font in PDF reports: embedded, readable back, registered lazily."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import fonts
from app.reports.fonts import CJK_FONT_NAME, cjk_bold_font, cjk_font, cjk_paragraph_style
from app.reports.selftest_page import SELFTEST_TITLE, render_selftest_pdf
from app.services.errors import UserError


def _squash(text: str) -> str:
    """Text extractors break lines and may space out glyphs; compare without them."""
    return "".join(text.split())


def test_chinese_pdf_embeds_font_and_text_reads_back_with_pypdf(tmp_path: Path) -> None:
    """A report in the CJK font carries the font (so other PCs show no boxes) and real text."""
    pdf = tmp_path / "report.pdf"
    render_selftest_pdf(pdf)

    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    page_fonts = reader.pages[0]["/Resources"]["/Font"]
    # reportlab always lists Helvetica too (unembedded, unused by the text); skip it.
    descriptors = [
        f.get_object()["/FontDescriptor"]
        for f in page_fonts.values()
        if "/FontDescriptor" in f.get_object()
    ]
    embedded = [d for d in descriptors if "/FontFile2" in d]
    assert embedded, "the TrueType font program must be embedded"
    assert any("WenQuanYiMicroHei" in str(d["/FontName"]) for d in embedded)

    text = _squash(reader.pages[0].extract_text())
    assert _squash(SELFTEST_TITLE) in text
    assert "专业教学标准建设" in text
    assert "教务科研处" in text


def test_cjk_font_registers_once_and_bold_resolves(tmp_path: Path) -> None:
    """Repeated calls give one name; <b> markup renders in the same face instead of failing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    assert cjk_font() == cjk_font() == CJK_FONT_NAME
    assert cjk_bold_font() == CJK_FONT_NAME
    assert pdfmetrics.getFont(CJK_FONT_NAME).face.familyName == b"WenQuanYi Micro Hei"

    pdf = tmp_path / "bold.pdf"
    style = cjk_paragraph_style(size=12)
    assert style.wordWrap == "CJK"
    SimpleDocTemplate(str(pdf)).build([Paragraph("<b>加粗的标题</b>与正文", style)])
    assert "加粗的标题与正文" in _squash(PdfReader(pdf).pages[0].extract_text())


def test_missing_font_file_gives_chinese_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A damaged installation tells the user to reinstall rather than showing a traceback."""
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(UserError, match="重新安装"):
        cjk_font()


def test_importing_report_and_selftest_modules_does_not_load_reportlab_or_qt() -> None:
    """Start-up stays fast: reportlab and Qt load only when a report or check runs."""
    code = (
        "import sys, app.reports.fonts, app.reports.selftest_page, app.selftest, app.cli;"
        "heavy = [m for m in ('reportlab', 'PySide6') if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_chinese_punctuation_never_starts_a_wrapped_line() -> None:
    """A comma that falls at a line break hangs on the line before, as Chinese rules ask."""
    from reportlab.platypus import Paragraph

    from app.reports.fonts import cjk_paragraph_style

    style = cjk_paragraph_style(size=10)
    # Find a width at which a comma would be the first character of the second line.
    text = "一二三四五六七八九十，其余文字继续排在后面直到足够长为止"
    for width in range(60, 160, 2):
        para = Paragraph(text, style)
        para.wrap(width, 1000)
        lines = ["".join(str(w) for w in words) for _extra, words in para.blPara.lines]
        assert "".join(lines) == text
        assert not any(line.startswith("，") for line in lines[1:]), (width, lines)

"""The self-test: can this build store data, find its resources, run Qt and print Chinese?

``zhengai selftest`` runs it on a college PC and in CI against the frozen build, so
it catches what only packaging breaks: an Alembic revision file not shipped, a
missing font or translation, a Qt plugin left out, a PDF whose font is not embedded.
It touches nothing of the user's: the database and the PDF go to a temporary folder.

It lives at ``app/`` level rather than in ``app.services`` because it checks Qt
too, and services never import Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import FONT_FILE, resource

FONT_LICENCE_FILE = "wqy-microhei.LICENSE.txt"
MAIN_TRANSLATION = "zhengai_zh_CN"
# Every Qt .qm file starts with this magic number (qtbase/src/corelib/kernel/qtranslator.cpp).
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")

# Qt allows one application object per process; keep the one we make alive, so a
# later caller (pytest-qt's ``qapp``, the window) reuses it instead of crashing.
_qt_app: Any = None


@dataclass(frozen=True)
class Check:
    """One line of the self-test report."""

    name: str  # what was checked, in Chinese
    ok: bool
    detail: str  # what was found, or why it failed, in Chinese


def run_selftest(*, offscreen: bool = False) -> list[Check]:
    """Run every check; a failing check never stops the others.

    ``offscreen`` forces Qt's offscreen platform; without it, offscreen is chosen
    only on a Linux machine that has no display (a CI runner, an SSH session).
    """
    checks: list[tuple[str, Callable[[], str]]] = [
        ("数据库", _check_database),
        ("资源文件", _check_resources),
        ("Qt 界面库与字体", lambda: _check_qt(offscreen=offscreen)),
        ("中文 PDF 输出", _check_pdf),
        ("数据包签名（Ed25519）", _check_signing),
        ("命令与模块", _check_modules),
    ]
    return [_run(name, func) for name, func in checks]


def _run(name: str, func: Callable[[], str]) -> Check:
    """Turn a check function's result or exception into a :class:`Check`."""
    try:
        return Check(name, True, func())
    except Exception as exc:
        return Check(name, False, f"{type(exc).__name__}: {exc}")


class CheckFailed(Exception):
    """A check found something wrong; the message is the Chinese detail."""


# --- database ----------------------------------------------------------------


def _check_database() -> str:
    """A scratch store opens, migrates, keeps a write across close and reopen."""
    from app.migrations import HEAD
    from app.services.database import open_database
    from app.services.identity import OFFICE, get_identity, set_office

    # ignore_cleanup_errors: on Windows a just-closed SQLite file can stay locked briefly.
    with tempfile.TemporaryDirectory(prefix="zhengai-selftest-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "selftest.sqlite3"
        db = open_database(path, daily_backup=False)
        try:
            with db.session() as session:
                written = set_office(session).installation_id
        finally:
            db.close()
        db = open_database(path, daily_backup=False)
        try:
            with db.session() as session:
                ident = get_identity(session)
        finally:
            db.close()
    if ident.installation_id != written or ident.role != OFFICE:
        raise CheckFailed("写入的数据在重新打开后未能读回。")
    return f"临时数据库已建立并迁移到版本 {HEAD}，写入的数据重新打开后读回一致。"


# --- resources ---------------------------------------------------------------


def _check_resources() -> str:
    """Everything under ``resources/`` that the app loads at run time is present."""
    problems: list[str] = []
    found: list[str] = []
    for name in (FONT_FILE, FONT_LICENCE_FILE):
        path = resource("fonts", name)
        if path.is_file() and path.stat().st_size > 0:
            found.append(name)
        else:
            problems.append(f"缺少 {path}")

    i18n = resource("i18n")
    # A .ts without its compiled .qm means the interface would silently stay untranslated.
    # (The frozen build ships only .qm files; its spec refuses to build without them.)
    sources = sorted(i18n.glob("*.ts")) if i18n.is_dir() else []
    for ts in sources:
        if not ts.with_suffix(".qm").is_file():
            problems.append(f"翻译 {ts.name} 未编译为 {ts.with_suffix('.qm').name}")
    compiled = sorted(i18n.glob("*.qm")) if i18n.is_dir() else []
    for qm in compiled:
        with qm.open("rb") as fh:
            if fh.read(len(QM_MAGIC)) != QM_MAGIC:
                problems.append(f"{qm.name} 不是有效的 Qt 翻译文件")
                continue
        found.append(qm.name)
    if problems:
        raise CheckFailed("；".join(problems) + "。请重新安装诊改工作台。")
    if not (i18n / f"{MAIN_TRANSLATION}.qm").is_file():
        found.append(f"（尚无 {MAIN_TRANSLATION}.qm，界面使用源代码中的文字）")
    return f"位于 {resource()}：" + "、".join(found)


# --- signing and modules --------------------------------------------------------


def _check_signing() -> str:
    """A fresh Ed25519 key signs and verifies, and a record line is written and read
    back: bundles travel only signed and as orjson writes them, so a build without a
    working ``cryptography`` or ``orjson`` could neither send nor receive one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.services.sync import jsonio
    from app.services.sync.keys import fingerprint_of, verify

    record = {"id": "selftest", "name": "诊改工作台", "count": 12}
    line = jsonio.record_line({"id": "selftest", "name": "诊改工作台"}, [("count", "12")])
    if jsonio.loads(line) != record:
        raise CheckFailed("同步包记录读写不一致。请重新安装诊改工作台。")

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    message = "诊改工作台自检".encode()
    signature = key.sign(message)
    if not verify(public, signature, message):
        raise CheckFailed("签名无法验证。请重新安装诊改工作台。")
    if verify(public, signature, message + b"!"):
        raise CheckFailed("被改动的内容仍通过了验证。请重新安装诊改工作台。")
    return f"签名与验证正常（测试密钥指纹 {fingerprint_of(public)}），记录读写正常"


def _check_modules() -> str:
    """Every command's module loads: a build that missed one would fail only when a user
    reaches for that command, far from the installer."""
    import importlib

    from app.cli import build_parser

    build_parser()
    names = (
        "app.cli_plans",
        "app.cli_jobs",
        "app.cli_standards",
        "app.cli_sync",
        "app.cli_catalog",
        "app.reports.oppm",
        "app.reports.jobs",
        "app.reports.standards_catalog",
        "app.reports.standards_own",
        "app.reports.standards_smart",
        "app.excel.oppm_workbook",
        "app.excel.jobs_read",
        "app.excel.jobs_write",
        "app.excel.org_workbook",
        "app.services.sync.importer",
        "app.services.sync.export",
    )
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} 个模块与全部命令可以加载"


# --- Qt ----------------------------------------------------------------------


def _choose_platform(*, offscreen: bool) -> None:
    """Pick Qt's offscreen platform when asked, or when there is no display at all."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    headless = sys.platform not in ("win32", "darwin") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _qt_application() -> Any:
    """The running Qt application, created if there is none yet.

    A QApplication (not just a QGuiApplication), because a process gets only one
    and whoever asks after us (a widget test, the window) may need widgets.
    """
    global _qt_app
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = _qt_app = QApplication(["zhengai-selftest"])
    return app


def _check_qt(*, offscreen: bool) -> str:
    """Qt starts, takes the bundled font, and the modules later features need import."""
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

    if QGuiApplication.instance() is None:
        _choose_platform(offscreen=offscreen)
    app = _qt_application()
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not any("WenQuanYi" in family for family in families):
        raise CheckFailed(f"Qt 无法加载内置字体 {FONT_FILE}（得到的字体族：{families or '无'}）。")

    # Icons load through Qt's image plugins (SVG: iconengines/qsvgicon), which a
    # frozen build ships only if PyInstaller collected them.
    icons_dir = resource("icons")
    icons = sorted(p for p in icons_dir.glob("*") if p.suffix in (".svg", ".png", ".ico"))
    broken = [p.name for p in icons if QIcon(str(p)).pixmap(32, 32).isNull()]
    if broken:
        raise CheckFailed(f"Qt 无法显示图标：{'、'.join(broken)}（缺少图像插件？）。")

    # Report previews (QtPdf) and the progress dashboard (QtCharts) need these modules.
    from PySide6 import QtCharts, QtPdf

    modules = "、".join(m.__name__.removeprefix("PySide6.") for m in (QtPdf, QtCharts))

    # Standard dialogs (文件、确定/取消) are translated by Qt's own catalogue.
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (translations / "qtbase_zh_CN.qm").is_file():
        raise CheckFailed(f"缺少 Qt 自带的中文翻译 {translations / 'qtbase_zh_CN.qm'}。")
    return (
        f"Qt {qVersion()}（平台 {app.platformName()}），字体“{families[0]}”已加载，"
        f"{len(icons)} 个图标可显示，{modules} 可用，Qt 中文翻译齐全。"
    )


# --- PDF ---------------------------------------------------------------------


def _check_pdf() -> str:
    """A Chinese one-page PDF renders with the font embedded and parses back."""
    from app.reports.selftest_page import SELFTEST_TITLE, render_selftest_pdf

    with tempfile.TemporaryDirectory(prefix="zhengai-selftest-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "selftest.pdf"
        render_selftest_pdf(path)
        data = path.read_bytes()
        if not data.startswith(b"%PDF"):
            raise CheckFailed("生成的文件不是 PDF。")
        if b"/FontFile2" not in data:
            raise CheckFailed("PDF 中没有嵌入中文字体，其他电脑上会显示为方框。")
        readback = _read_back_with_qtpdf(path, SELFTEST_TITLE)
    return f"已生成 {len(data) // 1024} KB 的一页 PDF，中文字体已嵌入；{readback}"


def _read_back_with_qtpdf(path: Path, expected_text: str) -> str:
    """Parse the PDF with QtPdf (pdfium): one page, the text back, ink on the page.

    This proves the file is well formed without pypdf, which the app does not ship.
    """
    try:
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return "（QtPdf 不可用，未回读）"
    if QGuiApplication.instance() is None:
        return "（Qt 未启动，未回读）"

    doc = QPdfDocument(None)
    try:
        error = doc.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise CheckFailed(f"QtPdf 无法打开生成的 PDF（{error.name}）。")
        if doc.pageCount() != 1:
            raise CheckFailed(f"PDF 应有 1 页，实际 {doc.pageCount()} 页。")
        text = doc.getAllText(0).text()
        if expected_text not in text.replace("\n", "").replace("\r", ""):
            raise CheckFailed("从 PDF 中读回的文字与写入的不一致（中文字符映射有误）。")
        # pdfium leaves the page background transparent: any opaque pixel is ink.
        image = doc.render(0, QSize(210, 297))
        inked = any(
            image.pixel(x, y) >> 24
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
        )
        if not inked:
            raise CheckFailed("QtPdf 渲染出的页面是空白的。")
    finally:
        doc.close()
    return "QtPdf 读回 1 页，文字一致。"

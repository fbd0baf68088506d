"""Language choice and translators (zh_CN by default, English selectable).

Source strings are English in ``tr()``; ``resources/i18n/zhengai_zh_CN.qm`` holds
the Chinese, plus Qt's own ``qtbase_zh_CN.qm`` for standard dialogs and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from app.paths import resource

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
_SETTING = "ui/language"

# Keep translators alive as long as the application.
_installed: list[QTranslator] = []


def current_language() -> str:
    """The saved choice, or Chinese."""
    value = QSettings().value(_SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    """Remember the choice; it applies at the next start."""
    QSettings().setValue(_SETTING, language)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install our and Qt's translators for ``language``; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or current_language()
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"zhengai_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language

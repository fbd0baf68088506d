"""Every string a user sees in the window is Chinese (a missing translation fails here)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Proper nouns and file-format names that stay as they are in Chinese UIs.
ALLOWED = {"English", "Excel", "Ctrl", "WenQuanYi", "Micro", "Hei", "Apache", "SMART", "OPPM"}
# Key names and file formats, written in Latin letters in Chinese UIs too.
ALLOWED |= {"PDF", "Alt", "Del", "Insert", "WPS"}  # WPS: the Chinese office suite
ALLOWED |= {"PgUp", "PgDown", "Shift"}  # key names, as Qt writes them


def _untranslated(text: str) -> bool:
    """Any English word left (mixed with Chinese or not) means a string missed translation."""
    return bool(set(LATIN_WORD.findall(text)) - ALLOWED)


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in root.findChildren(QWidget):
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton) and not widget.objectName().endswith(
            "Value"
        ):
            text = widget.text()
            if isinstance(widget, QLabel) and text.lstrip().startswith("<"):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()  # not the markup
            found.append((name, text))  # *Value labels show data (paths, ids)
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [
                (name, str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ]
        if isinstance(widget, QMenu):
            found.append((name, widget.title()))
        for action in widget.actions():
            found += [("action", action.text()), ("tooltip", action.toolTip())]
        if widget.toolTip():
            found.append(("tooltip", widget.toolTip()))
    return found


def test_mixed_strings_are_caught() -> None:
    """The check itself: an English word beside Chinese data still counts as untranslated."""
    assert _untranslated("This PC: 质量督导处")
    assert not _untranslated("本机：质量督导处")
    assert not _untranslated("从 Excel 导入组织机构(&I)…")


def test_every_visible_string_of_every_page_is_chinese(window) -> None:
    """Visit every kind of page; no label, menu, action, tab or column is left in English."""
    root = window.nav_model.index(0, 0)
    office = window.nav_model.index(0, 0, window.nav_model.index(0, 0, root))
    academic = window.nav_model.index(0, 0, window.nav_model.index(1, 0, root))
    for index in (root, office, academic, window.nav_model.index(0, 0, academic)):
        window.ui.navTree.setCurrentIndex(index)
    for key in ("goal_chain", "plans", "jobs", "standards", "alerts", "report"):
        window.select_node("area", key)
    bad = [(kind, text) for kind, text in _visible_texts(window) if _untranslated(text)]
    assert bad == []


def test_dialogs_are_chinese(window) -> None:
    """The About box and the identity wizard are translated too."""
    from app.ui.dialogs.about import AboutDialog
    from app.ui.dialogs.identity_wizard import IdentityWizard

    for dialog in (
        AboutDialog(window.workspace, window),
        IdentityWizard(window.workspace, first_start=True, parent=window),
    ):
        bad = [(k, t) for k, t in _visible_texts(dialog) if _untranslated(t)]
        assert bad == [], type(dialog).__name__
        dialog.deleteLater()


def test_english_can_be_chosen(app, qtbot, demo_db) -> None:
    """With English chosen the same window shows the English source strings."""
    from app.ui import i18n
    from app.ui.main_window_loader import open_main_window

    i18n.install_translators(app, "en")
    try:
        english = open_main_window(demo_db, show_wizard=False)
        qtbot.addWidget(english)
        assert english.ui.menuFile.title() == "&File"
        assert english.windowTitle().startswith("Zhengai Workbench")
        english.close()
    finally:
        i18n.install_translators(app, "zh_CN")


def test_plans_pages_and_dialogs_are_chinese(window) -> None:
    """The plans list, the editor (with its lock banner and history) and every plan dialog."""
    from app.models.plans import ReviewAction
    from app.services import org_queries
    from app.services.org_queries import Scope
    from app.services.plans import store, workflow
    from app.services.plans.subjects import subjects
    from app.ui.plans.monthly_dialog import MonthlyDialog
    from app.ui.plans.new_plan_dialog import NewPlanDialog
    from app.ui.plans.owners_dialog import OwnersDialog
    from app.ui.plans.preview import PreviewDialog
    from app.ui.plans.review_dialog import ReviewDialog
    from tests.ui.plan_support import complete_plan

    workspace = window.workspace
    unit = workspace.read(subjects, level="unit")[0]
    doc = workspace.write(store.create_plan, level="unit", subject_id=unit.id, year=2030)
    window.select_node("area", "plans")
    bad = [(kind, text) for kind, text in _visible_texts(window) if _untranslated(text)]
    assert bad == []
    area = window.current_page()
    area.open_plan(doc.id)
    person = workspace.read(org_queries.list_rows, kind="person", scope=Scope(unit_id=unit.id))[0]
    complete_plan(area.document, person["id"], person["name"])
    area.editor.flush()
    workspace.write(workflow.submit, plan_id=doc.id)
    area.document.reload()
    area.editor.refresh_all()
    area.editor.review.refresh()
    assert area.editor.ui.lockBanner.isVisibleTo(area.editor)
    bad = [(kind, text) for kind, text in _visible_texts(window) if _untranslated(text)]
    assert bad == []
    doc = area.document.doc
    dialogs = [
        NewPlanDialog(workspace, parent=window),
        OwnersDialog(workspace, unit_id=doc.unit_id, task_name="", owners=[], parent=window),
        MonthlyDialog(workspace, doc, month=3, parent=window),
        PreviewDialog(doc, window),
        *(ReviewDialog(action, doc, window) for action in ReviewAction),
        area.list_page.show_progress(modal=False),
    ]
    for dialog in dialogs:
        bad = [(k, t) for k, t in _visible_texts(dialog) if _untranslated(t)]
        assert bad == [], type(dialog).__name__
        dialog.deleteLater()


def test_jobs_pages_and_dialogs_are_chinese(window) -> None:
    """The job descriptions page, the post editor (read-only banner too) and the print preview."""
    from app.services import identity
    from app.services.jobs import store
    from app.ui.jobs.preview import make_preview

    workspace = window.workspace
    rows = workspace.read(store.list_manuals)
    teaching = next(r.unit_id for r in rows if r.unit_name == "教务科研处")
    hr = next(r.unit_id for r in rows if r.unit_name == "人事处")
    workspace.write(identity.set_unit, unit_id=hr)  # so 教务科研处 opens read-only
    window.select_node("area", "jobs")
    area = window.current_page()
    area.open_unit(teaching)
    assert area.document.read_only
    bad = [(kind, text) for kind, text in _visible_texts(window) if _untranslated(text)]
    assert bad == []
    area.open_post(area.document.doc.posts[0].id)
    area.document.run_checks()
    bad = [(kind, text) for kind, text in _visible_texts(window) if _untranslated(text)]
    bad += [
        ("check", entry.text)
        for model in (area.editor.checks_model, area.manual_page.checks_model)
        for entry in model.entries
        if _untranslated(entry.text)
    ]
    assert bad == []
    dialog = make_preview(area.document.doc, area.editor.post_id, window)
    bad = [(k, t) for k, t in _visible_texts(dialog) if _untranslated(t)]
    bad += [
        ("choice", dialog.ui.choiceCombo.itemText(i))
        for i in range(dialog.ui.choiceCombo.count())
        if _untranslated(dialog.ui.choiceCombo.itemText(i))
    ]
    assert bad == []
    dialog.deleteLater()

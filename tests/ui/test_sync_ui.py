"""The Data Exchange area as a secretary and the quality office use it, on real database files.

Three installations on disk (:mod:`tests.unit.sync_fixtures`: the quality office,
水利工程系 and 教务科研处, enrolled and trusted), each opened in the real main
window; bundles are real files. Message boxes are answered by a watcher that
leaves progress dialogs alone (closing one would cancel the work).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
    QWizard,
)

from app.services.sync import keys
from app.services.sync.trust import list_trusted
from app.ui.sync.exchange_page import ExchangePage
from tests.ui.conftest import ModalAnswerer
from tests.ui.test_chinese_ui import _untranslated, _visible_texts
from tests.unit.sync_fixtures import (
    Trio,
    build_trio,
    copy_trio,
    members,
    opened,
    plan_row,
    set_plan,
    write_zip,
)

PLANS = "one_page_plans.jsonl"


class Answerer(ModalAnswerer):
    """Like the shared watcher, but a progress dialog is the work itself: never closed."""

    def _poll(self) -> None:
        if isinstance(QApplication.activeModalWidget(), QProgressDialog):
            return
        super()._poll()


@pytest.fixture(scope="session")
def pcs_template(tmp_path_factory: pytest.TempPathFactory) -> Trio:
    """The three installations, built once per run with the real services."""
    return build_trio(tmp_path_factory.mktemp("sync-ui") / "pcs")


@pytest.fixture
def pcs(pcs_template: Trio, tmp_path: Path) -> Trio:
    """A private copy of the three installations for one test."""
    return copy_trio(pcs_template, tmp_path / "pcs")


@pytest.fixture
def answers(app: QApplication) -> Iterator[Answerer]:
    """Answers message boxes and dialogs the test's actions open."""
    answerer = Answerer()
    yield answerer
    answerer.stop()


def open_pc(qtbot: Any, path: Path) -> Any:
    """The main window on one PC's database, showing the Data Exchange area."""
    from app.ui.main_window_loader import open_main_window

    window = open_main_window(path, show_wizard=False)
    assert window is not None
    qtbot.addWidget(window)
    assert window.select_node("area", "exchange")
    return window


@pytest.fixture
def office(app: QApplication, qtbot: Any, pcs: Trio) -> Iterator[Any]:
    """The quality office's window."""
    window = open_pc(qtbot, pcs.db("office"))
    yield window
    window.close()


def page_of(window: Any) -> ExchangePage:
    page = window.current_page()
    assert isinstance(page, ExchangePage)
    return page


def untranslated(widget: QWidget) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text in _visible_texts(widget) if _untranslated(text)]


def import_and_wait(qtbot: Any, page: ExchangePage, folder: Path, count: int) -> None:
    page.import_folder(folder)
    qtbot.waitUntil(lambda: len(page.results) == count, timeout=15000)


def usb(pcs: Trio, *bundles: Path) -> Path:
    """A folder holding just these bundles (the USB stick the office receives)."""
    folder = pcs.root / "stick"
    folder.mkdir(exist_ok=True)
    for bundle in bundles:
        bundle.rename(folder / bundle.name)
    return folder


def test_unit_exports_a_bundle_from_the_page_by_keyboard(
    app: QApplication, qtbot: Any, pcs: Trio, answers: Answerer, tmp_path: Path
) -> None:
    """Ctrl+Shift+E on a unit's PC: the save dialog proposes unit and date, the file is written,
    the page tells what was sent, and the office can import it."""
    set_plan(pcs, "unit", pcs.ids["plan"], leader="系主任")
    window = open_pc(qtbot, pcs.db("unit"))
    page = page_of(window)
    assert page.ui.unitBox.isVisible() and not page.ui.officeBox.isVisible()
    assert "尚未发出" in page.ui.sentValue.text()
    proposed: list[str] = []

    def save_here(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        proposed.append(dialog.selectedFiles()[0])
        dialog.selectFile(str(tmp_path / "给督导处.zgb"))
        dialog.accept()

    answers.then(save_here)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any("第 1 号" in t for t in answers.texts), timeout=15000)
    assert Path(proposed[0]).name.startswith("水利工程系-至-质量督导处-00001-")
    bundle = tmp_path / "给督导处.zgb"
    assert bundle.is_file()
    qtbot.waitUntil(lambda: "第 1 号" in page.ui.sentValue.text(), timeout=3000)
    assert "尚未确认" in page.ui.sentValue.text()
    assert untranslated(window) == []
    window.close()
    assert pcs.import_("office", bundle).result == "imported"
    assert plan_row(pcs, "office", pcs.ids["plan"])["leader"] == "系主任"


def test_office_imports_a_folder_of_two_bundles(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """Two units' bundles in one folder: both imported, each row names its unit, the counts per
    type show for the selected file, and the units table says what each sent."""
    set_plan(pcs, "unit", pcs.ids["plan"], leader="系主任")
    folder = usb(pcs, pcs.export("unit"), pcs.export("reviewer"))
    page = page_of(office)
    import_and_wait(qtbot, page, folder, 2)
    model = page.results_model
    rows = {
        model.index(r, model.COL_UNIT).data(): model.index(r, model.COL_RESULT).data()
        for r in range(model.rowCount())
    }
    assert rows == {"水利工程系": "已导入", "教务科研处": "已导入"}
    qtbot.waitUntil(lambda: bool(answers.texts), timeout=3000)
    assert "已导入 2 个" in answers.texts[0]
    unit_row = next(r for r, res in enumerate(page.results) if res.origin_name == "水利工程系")
    page.ui.resultsView.selectRow(unit_row)
    counts = page.counts_model
    types = {counts.index(r, 0).data(): counts.index(r, 2).data() for r in range(counts.rowCount())}
    assert types.get("一页纸计划") == 1  # updated
    peers = {p.unit_name: p for p in page.peers_model.rows}
    assert peers["水利工程系"].last_received_sequence == 1
    assert peers["教务科研处"].last_received_sequence == 1
    assert untranslated(office) == []


def test_a_tampered_bundle_is_refused_with_its_reason(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """One flipped byte in a record member: that file is refused and the page says why in
    Chinese; the genuine file beside it is imported."""
    set_plan(pcs, "unit", pcs.ids["plan"], leader="系主任")
    genuine = pcs.export("unit")
    parts = members(genuine)
    parts[PLANS] = parts[PLANS][:20] + bytes([parts[PLANS][20] ^ 1]) + parts[PLANS][21:]
    folder = usb(pcs, genuine)
    write_zip(folder / "水利工程系-改过.zgb", list(parts.items()))
    page = page_of(office)
    import_and_wait(qtbot, page, folder, 2)
    results = {r.path.name: r.result for r in page.results}
    assert results == {genuine.name: "imported", "水利工程系-改过.zgb": "refused"}
    refused = next(i for i, r in enumerate(page.results) if r.result == "refused")
    assert page.ui.resultsView.currentIndex().row() == refused  # the refused file is shown first
    model = page.results_model
    assert "校验值与清单不符" in model.index(refused, model.COL_REASON).data()
    assert "数据未作任何改动" in page.ui.detailText.toPlainText()
    qtbot.waitUntil(lambda: bool(answers.texts), timeout=3000)
    assert "拒收 1 个" in answers.texts[0]


def test_conflict_resolved_side_by_side(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """Office and unit changed the same plan's leader: both versions show side by side with
    Chinese field names; Space on the other version picks it; resolving writes it."""
    from app.ui.sync.conflicts_dialog import ConflictFieldsModel, ConflictsDialog

    plan = pcs.ids["plan"]
    set_plan(pcs, "office", plan, leader="督导处录入")
    set_plan(pcs, "unit", plan, leader="系里填写")
    pcs.import_("office", pcs.export("unit"))
    page = page_of(office)
    page.refresh()
    assert "（1）" in page.ui.conflictsButton.text()
    dialog = ConflictsDialog(office.workspace, office)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields_model
    assert fields.rowCount() == 1
    row = [fields.index(0, c).data() for c in range(fields.columnCount())]
    assert row == ["项目领导", "督导处录入", "系里填写", "双方"]
    assert fields.choices == {"leader": "local"}
    view = dialog.ui.fieldsView
    view.setFocus()
    view.setCurrentIndex(fields.index(0, ConflictFieldsModel.COL_INCOMING))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert fields.choices == {"leader": "incoming"}
    assert (
        fields.index(0, ConflictFieldsModel.COL_INCOMING).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert untranslated(dialog) == []
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert dialog.list_model.rowCount() == 0
    assert "没有待处理的冲突" in dialog.ui.recordValue.text()
    assert plan_row(pcs, "office", plan)["leader"] == "系里填写"
    dialog.close()


def test_a_deletion_cannot_be_picked_field_by_field(office: Any, qtbot: Any, pcs: Trio) -> None:
    """Deleted here, edited there: the edit can be merged in, the deletion's row has no
    check boxes (its tooltip says to take the other version whole), and Space does nothing."""
    from app.services.plans.store import delete_plan
    from app.ui.sync.conflicts_dialog import ConflictFieldsModel, ConflictsDialog

    plan = pcs.ids["plan"]
    pcs.edit("office", lambda s: delete_plan(s, plan_id=plan))
    set_plan(pcs, "unit", plan, leader="系里填写")
    pcs.import_("office", pcs.export("unit"))
    dialog = ConflictsDialog(office.workspace, office)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields_model
    names = [d.name for d in fields.diffs]
    deleted = names.index("deleted")
    cell = fields.index(deleted, ConflictFieldsModel.COL_INCOMING)
    assert not fields.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert "不能逐项合并" in cell.data(Qt.ItemDataRole.ToolTipRole)
    dialog.ui.fieldsView.setCurrentIndex(cell)
    qtbot.keyClick(dialog.ui.fieldsView, Qt.Key.Key_Space)
    assert fields.choices["deleted"] == "local"
    assert fields.merge_choices() == {"leader": "incoming"}
    assert dialog.ui.mergeButton.isEnabled()
    dialog.close()


def test_trust_a_key_file_after_the_fingerprint_is_confirmed(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """A unit's new key arrives in a key file: the dialog shows its fingerprint; wrong digits
    keep "Trust" disabled, the right ones enable it; the key is then trusted."""
    from app.services.sync.trust import write_own_key_file
    from app.ui.sync.trust_dialog import FingerprintDialog, TrustDialog

    with opened(pcs.db("unit")) as db, db.session() as s:
        new = keys.create_key(s, db_path=db.path, replace=True)
        write_own_key_file(s, db_path=db.path, output=pcs.root / "新.zgkey")
    dialog = TrustDialog(office.workspace, office)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    seen: dict[str, Any] = {}

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, FingerprintDialog)
        ok = widget.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["shown"] = widget.ui.fingerprintValue.text()
        seen["untranslated"] = untranslated(widget)
        qtbot.keyClicks(widget.ui.typedEdit, "1" * 30)
        seen["wrong"] = ok.isEnabled(), widget.ui.checkValue.text()
        widget.ui.typedEdit.clear()
        qtbot.keyClicks(widget.ui.typedEdit, new.fingerprint)
        seen["right"] = ok.isEnabled()
        ok.click()

    answers.then(confirm)
    assert dialog.add_from_file(pcs.root / "新.zgkey")
    assert seen["shown"] == new.fingerprint
    assert seen["wrong"][0] is False and "不一致" in seen["wrong"][1]
    assert seen["right"] is True and seen["untranslated"] == []
    assert dialog.model.rowCount() == 3
    trusted = office.workspace.read(list_trusted)
    assert any(t.key_id == new.key_id and t.method == "fingerprint" for t in trusted)
    assert untranslated(dialog) == []
    dialog.close()


def test_about_box_shows_this_pcs_key_id(office: Any) -> None:
    """The About box names this PC's key: what the secretary reads to the office."""
    from app.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(office.workspace, office)
    info = office.workspace.read(keys.ensure_key, db_path=office.workspace.db.path)
    assert dialog.ui.keyIdValue.text() == info.key_id
    assert dialog.ui.fingerprintValue.text() == info.fingerprint
    assert untranslated(dialog) == []
    dialog.deleteLater()


def test_a_new_pc_is_enrolled_through_the_first_start_wizard(
    app: QApplication, qtbot: Any, pcs: Trio, answers: Answerer, tmp_path: Path
) -> None:
    """A fresh installation: the wizard's enrolment page reads the office's file, checks the
    fingerprint typed from the phone call, and the PC becomes 水利工程系 trusting the office."""
    from app.services.identity import get_identity
    from app.ui.dialogs.identity_wizard import IdentityWizard

    fresh = tmp_path / "new" / "zhengai.sqlite3"
    window = open_pc(qtbot, fresh)
    assert page_of(window).ui.setupBox.isVisible()
    # The key pair is made as the window first shows (before any click can come).
    qtbot.waitUntil(lambda: keys.key_path(fresh).exists(), timeout=3000)
    with opened(pcs.db("office")) as db, db.session() as s:
        office_fp = keys.ensure_key(s, db_path=db.path).fingerprint
    wizard = IdentityWizard(window.workspace, first_start=True, parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the welcome page
    wizard.identity_page.ui.enrolRadio.setChecked(True)
    assert wizard.identity_page.nextId() == wizard.identity_page.enrol_page_id
    wizard.next()
    enrol = wizard.enrol_page.enrol
    assert wizard.currentPage() is wizard.enrol_page
    enrol.set_file(pcs.root / "unit.enrol.zgb")
    assert enrol.ui.unitValue.text() == "水利工程系"
    assert enrol.ui.fingerprintValue.text() == office_fp
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.keyClicks(enrol.ui.typedEdit, office_fp.replace(" ", ""))
    assert finish.isEnabled()
    assert untranslated(wizard) == []
    finish.click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=15000)
    assert any("水利工程系" in t for t in answers.texts)
    ident = window.workspace.read(get_identity)
    assert (ident.role, ident.unit_name) == ("unit", "水利工程系")
    trusted = window.workspace.read(list_trusted)
    assert [t.unit_name for t in trusted if t.is_office] == ["质量督导处"]
    page = page_of(window)
    page.refresh()
    assert page.ui.unitBox.isVisible() and not page.ui.setupBox.isVisible()
    window.close()


def test_every_sync_page_and_dialog_is_chinese(office: Any, qtbot: Any, pcs: Trio) -> None:
    """The office's page (with results), the unit's page and every sync dialog are translated."""
    from app.services.sync.keys import read_key_file
    from app.ui.sync.conflicts_dialog import ConflictsDialog
    from app.ui.sync.enrol import EnrolDialog
    from app.ui.sync.trust_dialog import FingerprintDialog, TrustDialog, TypeFingerprintDialog

    page = page_of(office)
    page.ui.peersView.selectRow(0)
    assert untranslated(office) == []
    dialogs = [
        ConflictsDialog(office.workspace, office),
        TrustDialog(office.workspace, office),
        FingerprintDialog(read_key_file(pcs.root / "unit.key"), office),
        TypeFingerprintDialog([("x", "水利工程系")], office),
        EnrolDialog(office.workspace, office),
    ]
    for dialog in dialogs:
        assert untranslated(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_partial_import_is_offered_for_records_the_sender_may_not_write(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """A bundle whose only fault is a record its sender may not author: refused whole, with
    "Import the Rest" offered; choosing it imports the rest and lists the refused record."""
    from tests.unit.sync_fixtures import jsonl, resign

    def own_unit_row(s: Any) -> dict[str, Any]:
        from app.services.sync.codec import to_wire
        from app.services.sync.registry import record_type

        rtype = record_type("units")
        row = s.execute(rtype.table.select().where(rtype.table.c.id == pcs.ids["unit"]))
        return to_wire(rtype.specs, row.mappings().one())

    set_plan(pcs, "unit", pcs.ids["plan"], leader="系主任")
    bundle = pcs.export("unit")
    row = pcs.edit("unit", own_unit_row)
    row["name"], row["version"] = "水利工程学院", {**row["version"], "rogue": 9}
    folder = pcs.root / "stick"
    folder.mkdir()
    resign(pcs, bundle, folder / "b.zgb", records={"units.jsonl": jsonl([row])})
    page = page_of(office)
    import_and_wait(qtbot, page, folder, 1)
    assert page.results[0].result == "refused"
    assert page.ui.partialButton.isVisible()
    qtbot.waitUntil(lambda: bool(answers.texts), timeout=3000)  # the refusal was told
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.ui.partialButton.click()
    qtbot.waitUntil(lambda: page.results[0].result == "partial", timeout=15000)
    assert "拒收" in page.ui.detailText.toPlainText()
    assert plan_row(pcs, "office", pcs.ids["plan"])["leader"] == "系主任"


def test_office_sends_every_unit_its_bundle_and_writes_an_enrolment_file(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer, tmp_path: Path
) -> None:
    """ "Send to all" writes one bundle per trusted unit into the folder; the enrolment file
    for the selected unit comes with the fingerprint to read out."""
    page = page_of(office)
    out = tmp_path / "回送"
    out.mkdir()
    page.send(None, folder=out)
    qtbot.waitUntil(lambda: len(answers.texts) == 1, timeout=15000)
    names = sorted(p.name.split("-")[2] for p in out.glob("*.zgb"))
    assert names == ["教务科研处", "水利工程系"]
    assert "2 个同步包" in answers.texts[0]
    assert pcs.import_("unit", next(out.glob("*水利工程系*.zgb"))).result == "imported"
    qtbot.waitUntil(lambda: page.peers_model.rowCount() > 0 and not page._stale, timeout=3000)
    sent = {p.unit_name: p.sent_sequence for p in page.peers_model.rows}
    assert sent["水利工程系"] == 2  # No. 1 was its enrolment file
    assert page.select_unit(pcs.ids["unit"])
    page.write_enrolment(path=tmp_path / "水利工程系.zge")
    qtbot.waitUntil(lambda: len(answers.texts) == 2, timeout=15000)
    fingerprint = office.workspace.read(keys.ensure_key, db_path=office.workspace.db.path)
    assert fingerprint.fingerprint in answers.texts[1]
    assert (tmp_path / "水利工程系.zge").is_file()


def test_a_passphrase_protected_key_is_asked_for_when_signing(
    app: QApplication, qtbot: Any, pcs: Trio, answers: Answerer, tmp_path: Path
) -> None:
    """The unit's private key has a passphrase: exporting asks for it in a password field."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    with opened(pcs.db("unit")) as db, db.session() as s:
        keys.set_passphrase(s, db_path=db.path, old=None, new="口令123")
    window = open_pc(qtbot, pcs.db("unit"))
    asked: list[QLineEdit.EchoMode] = []

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.textEchoMode())
        dialog.setTextValue("口令123")
        dialog.accept()

    answers.then(type_passphrase)
    page_of(window).export_bundle(tmp_path / "b.zgb")
    qtbot.waitUntil(lambda: (tmp_path / "b.zgb").is_file(), timeout=15000)
    assert asked == [QLineEdit.EchoMode.Password]
    window.close()


def test_trust_by_typed_fingerprint_reimports_the_refused_bundle_and_revoke_asks_first(
    office: Any, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """A unit with a new key: its bundle is refused and kept; the fingerprint it reads out
    trusts the key and the kept bundle is imported at once. Revoking asks before acting."""
    from app.ui.sync.trust_dialog import TrustDialog

    with opened(pcs.db("reviewer")) as db, db.session() as s:
        new = keys.create_key(s, db_path=db.path, replace=True)
    page = page_of(office)
    import_and_wait(qtbot, page, usb(pcs, pcs.export("reviewer")), 1)
    assert page.results[0].result == "refused" and "未被本机信任" in page.results[0].reason
    qtbot.waitUntil(lambda: bool(answers.texts), timeout=3000)
    dialog = TrustDialog(office.workspace, page, on_imported=page.show_results)
    qtbot.addWidget(dialog)
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert dialog.add_by_fingerprint(pcs.ids["reviewer"], new.fingerprint, "李老师")
    qtbot.waitUntil(lambda: page.results[0].result == "imported", timeout=15000)
    row = next(r for r, t in enumerate(dialog.model.rows) if t.key_id == new.key_id)
    dialog.ui.keysView.selectRow(row)
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not dialog.revoke_selected()
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert dialog.revoke_selected()
    states = {t.key_id: t.state for t in office.workspace.read(list_trusted)}
    assert states[new.key_id] == "revoked"
    dialog.close()


def test_trust_dialog_sets_and_removes_the_passphrase_and_replaces_the_key(
    app: QApplication, qtbot: Any, pcs: Trio, answers: Answerer
) -> None:
    """The secretary protects the key from the Keys dialog (typed twice, in password fields),
    removes the protection again (the old passphrase is asked), and replaces a lost key."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from app.ui.sync.trust_dialog import TrustDialog

    window = open_pc(qtbot, pcs.db("unit"))
    dialog = TrustDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    pem = keys.key_path(pcs.db("unit"))
    old_id = dialog.ui.keyIdValue.text()
    modes: list[QLineEdit.EchoMode] = []

    def type_text(text: str) -> Any:
        def answer(box: QWidget) -> None:
            assert isinstance(box, QInputDialog)
            modes.append(box.textEchoMode())
            box.setTextValue(text)
            box.accept()

        return answer

    answers.then(type_text("口令123"))
    answers.then(type_text("口令123"))
    answers.then(lambda box: box.accept())  # "protected by the new passphrase now"
    assert dialog.change_passphrase()
    assert b"ENCRYPTED" in pem.read_bytes()
    assert modes == [QLineEdit.EchoMode.Password] * 2
    # Typed differently the second time: refused, nothing changes.
    before = pem.read_bytes()
    answers.then(type_text("新口令"))
    answers.then(type_text("新口令X"))
    answers.then(lambda box: box.accept())  # the Chinese "不一致" message
    assert not dialog.change_passphrase()
    assert pem.read_bytes() == before
    assert any("不一致" in t for t in answers.texts)
    # Empty removes it; the old passphrase is asked for first.
    answers.then(type_text(""))
    answers.then(type_text("口令123"))
    answers.then(lambda box: box.accept())
    assert dialog.change_passphrase()
    assert b"ENCRYPTED" not in pem.read_bytes()
    assert dialog.ui.keyIdValue.text() == old_id
    # Replace asks first; Cancel keeps the key.
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not dialog.replace_key()
    answers.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    answers.then(lambda box: box.accept())
    assert dialog.replace_key()
    new_id = dialog.ui.keyIdValue.text()
    assert new_id != old_id
    with opened(pcs.db("unit")) as db, db.session() as s:
        assert keys.ensure_key(s, db_path=db.path).key_id == new_id
    dialog.close()
    window.close()

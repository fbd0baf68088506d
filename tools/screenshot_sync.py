"""Save PNG screenshots of the sync window, on a made-up exchange between three PCs.

Run offscreen or under Xvfb: ``uv run python tools/screenshot_sync.py OUTDIR``.
In a temporary folder the tool builds the sample college at the quality office,
enrols two departments (each its own database), lets each edit its plan and
export a bundle, spoils a copy of one bundle (one flipped byte, as a damaged
stick would), and edits one plan at the office too, so the folder import shows
an imported, a refused and a skipped file and a conflict waits. Then it shoots
the office's exchange page, the conflict side by side, keys and trust, the
fingerprint check, the About box, a unit's exchange page and the enrolment page.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _edit_plan(db: Any, plan_id: str, **values: Any) -> None:
    from app.services.plans.store import load_plan, save_plan

    with db.session() as session:
        doc = load_plan(session, plan_id=plan_id)
        for name, value in values.items():
            setattr(doc, name, value)
        save_plan(session, doc=doc)


def build_exchange(root: Path) -> dict[str, Any]:
    """The office and two enrolled units under ``root``; bundles in ``root/usb``."""
    from app.services.database import open_database
    from app.services.demo import create_demo
    from app.services.identity import set_office
    from app.services.plans.store import EDITABLE, list_plans
    from app.services.sync import keys, trust
    from app.services.sync.enrol import export_enrolment, import_enrolment
    from app.services.sync.export import export_bundle, suggested_name

    usb = root / "usb"
    usb.mkdir(parents=True)
    office_path = root / "office" / "zhengai.sqlite3"
    office_path.parent.mkdir()
    office = open_database(office_path, daily_backup=False)
    with office.session() as s:
        create_demo(s)
        set_office(s)
        plans = [p for p in list_plans(s) if p.status in EDITABLE]
    chosen = []
    for plan in plans:  # two departments, each with an editable plan of its own
        if plan.unit_id not in {c.unit_id for c in chosen}:
            chosen.append(plan)
        if len(chosen) == 2:
            break
    units: list[dict[str, Any]] = []
    for i, plan in enumerate(chosen):
        path = root / f"unit{i}" / "zhengai.sqlite3"
        path.parent.mkdir()
        enrol = root / f"unit{i}.zge"
        export_enrolment(office, unit_id=plan.unit_id, output=enrol)
        db = open_database(path, daily_backup=False)
        import_enrolment(db, path=enrol)
        with db.session() as s:
            trust.write_own_key_file(s, db_path=db.path, output=root / f"unit{i}.zgkey")
        with office.session() as s:
            offer = keys.read_key_file(root / f"unit{i}.zgkey")
            trust.add_trust(s, offer, method="screen", confirmed_by="王老师")
        units.append({"db": db, "path": path, "plan": plan})
    # The first unit and the office both change the same plan's leader: a conflict.
    first, second = units
    _edit_plan(first["db"], first["plan"].id, leader="系主任（系里填写）")
    _edit_plan(office, first["plan"].id, leader="督导处录入的负责人")
    _edit_plan(second["db"], second["plan"].id, work_name="2025 年度部门重点工作")
    for unit in units:
        with unit["db"].session() as s:
            name = suggested_name(s)
        unit["bundle"] = export_bundle(unit["db"], output=usb / name).path
    # A damaged copy of the second bundle (one byte of a record member flipped).
    damaged = usb / (second["bundle"].stem + "-副本.zgb")
    with zipfile.ZipFile(second["bundle"]) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".jsonl"):
                data = data[:30] + bytes([data[30] ^ 1]) + data[31:]
            dst.writestr(info, data)
    # The office's own bundle for the first unit lies on the same stick.
    with office.session() as s:
        name = suggested_name(s, to_unit_id=first["plan"].unit_id)
    export_bundle(office, output=usb / name, to_unit_id=first["plan"].unit_id)
    office.close()
    for unit in units:
        unit["db"].close()
    return {"office": office_path, "usb": usb, "units": [u["path"] for u in units]}


def main() -> int:
    """Build the exchange, open the office's window, visit each view; one PNG each."""
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="zhengai-sync-shots-"))
    setup = build_exchange(root)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(setup["office"], show_wizard=False)
    assert window is not None
    window.resize(1366, 860)
    unit_window: list[QWidget] = []
    dialogs: list[QWidget] = []

    def page() -> Any:
        window.select_node("area", "exchange")
        return window.current_page()

    def show_page() -> None:
        page()

    def dialog(make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def show() -> QWidget:
            widget = make()
            widget.show()
            dialogs.append(widget)
            return widget

        return show

    def conflicts() -> QWidget:
        from app.ui.sync.conflicts_dialog import ConflictsDialog

        widget = ConflictsDialog(window.workspace)
        widget.resize(1200, 560)
        return widget

    def trust() -> QWidget:
        from app.ui.sync.trust_dialog import TrustDialog

        return TrustDialog(window.workspace)

    def fingerprint() -> QWidget:
        from app.services.sync.keys import read_key_file
        from app.ui.sync.trust_dialog import FingerprintDialog

        widget = FingerprintDialog(read_key_file(root / "unit1.zgkey"))
        widget.ui.typedEdit.setText("12345 67890 1")
        return widget

    def about() -> QWidget:
        from app.ui.dialogs.about import AboutDialog

        return AboutDialog(window.workspace)

    def unit_page() -> QWidget:
        other = open_main_window(setup["units"][0], show_wizard=False)
        assert other is not None
        other.resize(1366, 860)
        other.select_node("area", "exchange")
        unit_window.append(other)
        return other

    def enrol_page() -> QWidget:
        from app.ui.dialogs.identity_wizard import IdentityWizard

        wizard = IdentityWizard(window.workspace, first_start=False)
        wizard.identity_page.ui.enrolRadio.setChecked(True)
        wizard.show()
        wizard.next()
        wizard.enrol_page.enrol.set_file(root / "unit0.zge")
        wizard.resize(720, 620)
        return wizard

    def select_refused() -> None:
        p = page()
        rows = [i for i, r in enumerate(p.results) if r.result == "refused"]
        if rows:
            p.ui.resultsView.selectRow(rows[0])

    steps: list[tuple[str, Callable[[], object]]] = [
        ("sync-01-office-before", show_page),
        ("sync-02-folder-import", lambda: page().import_folder(setup["usb"])),
        ("sync-03-refused-reason", select_refused),
        ("sync-04-conflict", dialog(conflicts)),
        ("sync-05-trust", dialog(trust)),
        ("sync-06-fingerprint", dialog(fingerprint)),
        ("sync-07-about", dialog(about)),
        ("sync-08-unit-page", unit_page),
        ("sync-09-enrol-page", dialog(enrol_page)),
    ]

    def close_messages() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.grab().save(str(out / "sync-02b-message.png"))
            box.accept()

    messages = QTimer()
    messages.timeout.connect(close_messages)
    messages.start(200)

    def run(i: int = 0) -> None:
        if i == len(steps):
            for widget in [*dialogs, *unit_window]:
                widget.close()
            app.quit()
            return
        name, action = steps[i]
        result = action()

        def shoot() -> None:
            target = result if isinstance(result, QWidget) else window
            target.grab().save(str(out / f"{name}.png"))
            if isinstance(result, QWidget) and result not in unit_window:
                result.close()
            run(i + 1)

        QTimer.singleShot(1200, shoot)

    QTimer.singleShot(500, run)
    code = app.exec()
    shutil.rmtree(root, ignore_errors=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())

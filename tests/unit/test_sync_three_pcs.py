"""Done when: three installations exchange bundles through the commands and converge.

The quality office, 水利工程系 and 教务科研处 each have their own database file.
Everything between them goes through ``zhengai`` commands (in process): enrolment,
keys, fingerprint trust (from a key file, and from a refused first bundle),
bundles both ways, a conflict, its resolution; at the end every table that
travels is identical wherever it should be.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import OnePagePlan
from app.services.plans import workflow
from app.services.sync.registry import record_types
from tests.unit.sync_fixtures import Trio, build_office, digest, opened, set_plan


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path, code: int = 0) -> str:
    """Run ``zhengai`` in process; check its exit code; its output."""
    result = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert result == code, out.err
    return out.out + out.err


def tables(path: Path, *, plan_ids: set[str] | None) -> dict[str, list[dict[str, Any]]]:
    """Every travelling table (plans limited to ``plan_ids``), rows sorted by id."""
    found: dict[str, list[dict[str, Any]]] = {}
    with opened(path) as db, db.session() as s:
        for rtype in record_types():
            rows = [dict(r) for r in s.execute(select(rtype.table)).mappings()]
            if rtype.rule.plan_id({"id": "", "plan_id": ""}) is not None and plan_ids is not None:
                rows = [r for r in rows if (r.get("plan_id") or r["id"]) in plan_ids]
            found[rtype.name] = sorted(rows, key=lambda r: r["id"])
    return found


def test_three_installations_converge_through_the_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Enrol, trust, edit, relay, review, conflict, resolve, converge — all by commands."""
    pcs = {who: tmp_path / who / "zhengai.sqlite3" for who in ("office", "unit", "reviewer")}
    for path in pcs.values():
        path.parent.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    ids = build_office(pcs["office"])
    trio = Trio(tmp_path, ids)  # for the edits made in the app (no command edits plans)
    office, unit, reviewer = (
        ("--db", pcs["office"]),
        ("--db", pcs["unit"]),
        ("--db", pcs["reviewer"]),
    )

    # Enrolment: the office writes a file per unit; each new PC becomes its unit.
    out = run(capsys, "enrol", "export", *office, "--unit", "水利工程系", "-o", usb / "u.zge")
    office_fp = json.loads(run(capsys, "keys", "show", *office, "--json"))["fingerprint"]
    assert office_fp in out
    run(capsys, "enrol", "import", *unit, usb / "u.zge", "--fingerprint", office_fp)
    run(capsys, "enrol", "export", *office, "--unit", "教务科研处", "-o", usb / "r.zge")
    run(capsys, "enrol", "import", *reviewer, usb / "r.zge")
    assert "水利工程系" in run(capsys, "identity", "show", *unit)

    # The unit's key reaches the office as a key file, confirmed by the read-out fingerprint.
    unit_fp = json.loads(run(capsys, "keys", "show", *unit, "--json"))["fingerprint"]
    run(capsys, "keys", "export", *unit, "-o", usb / "unit.key")
    wrong = "1" * 30
    assert "不一致" in run(
        capsys, "trust", "add", *office, usb / "unit.key", "--fingerprint", wrong, code=2
    )
    run(capsys, "trust", "add", *office, usb / "unit.key", "--fingerprint", unit_fp)

    # The unit submits a plan; the office takes it in and relays it to its reviewer.
    plan = ids["plan"]
    set_plan(trio, "unit", plan, leader="系主任")
    trio.edit("unit", lambda s: workflow.submit(s, plan_id=plan, actor="秘书"))
    run(capsys, "bundle", "export", *unit, "-o", usb)
    run(capsys, "bundle", "import", *office, usb)  # a folder: the unit's bundle (the rest skipped)
    run(capsys, "bundle", "export", *office, "--to", "教务科研处", "-o", usb / "to-r-1.zgb")
    run(capsys, "bundle", "import", *reviewer, usb / "to-r-1.zgb")

    # The reviewer's first bundle arrives before the office trusts its key: refused, kept,
    # then trusted by the fingerprint read over the phone, and imported again.
    trio.edit("reviewer", lambda s: workflow.approve(s, plan_id=plan, actor="审核人"))
    run(capsys, "bundle", "export", *reviewer, "-o", usb / "from-r-1.zgb")
    before = digest(pcs["office"])
    assert "未被本机信任" in run(capsys, "bundle", "import", *office, usb / "from-r-1.zgb", code=2)
    assert digest(pcs["office"]) == before
    reviewer_fp = json.loads(run(capsys, "keys", "show", *reviewer, "--json"))["fingerprint"]
    out = run(capsys, "trust", "add", *office, "--unit", "教务科研处", "--fingerprint", reviewer_fp)
    assert "可重新导入" in out
    run(capsys, "bundle", "import", *office, usb / "from-r-1.zgb")
    assert "教务科研处" in run(capsys, "trust", "list", *office)

    # The approval travels back to the unit.
    run(capsys, "bundle", "export", *office, "--to", "水利工程系", "-o", usb / "to-u-1.zgb")
    run(capsys, "bundle", "import", *unit, usb / "to-u-1.zgb")
    assert trio.edit("unit", lambda s: workflow.status_of(s, plan_id=plan)) == "approved"

    # A conflict: the office (entering a paper change) and the unit edit the same draft.
    plan2 = ids["plan2"]
    set_plan(trio, "office", plan2, leader="督导处录入", objective="督导处改的目标")
    set_plan(trio, "unit", plan2, leader="系里填写")
    run(capsys, "bundle", "export", *unit, "-o", usb / "from-u-2.zgb")
    run(capsys, "bundle", "verify", *office, usb / "from-u-2.zgb")
    run(capsys, "bundle", "import", *office, usb / "from-u-2.zgb")
    listed = run(capsys, "conflicts", "list", *office)
    assert "严重冲突" in listed and "leader" in listed
    number = listed.split("#", 1)[1].split()[0]
    run(
        capsys,
        "conflicts",
        "resolve",
        *office,
        number,
        "--merge",
        "leader=incoming",
        "objective=local",
    )
    assert "共 0 个冲突" in run(capsys, "conflicts", "list", *office)

    # The resolution travels to both units; one more round trip changes nothing.
    for name, target, path in (
        ("水利工程系", unit, "to-u-2.zgb"),
        ("教务科研处", reviewer, "to-r-2.zgb"),
    ):
        run(capsys, "bundle", "export", *office, "--to", name, "-o", usb / path)
        run(capsys, "bundle", "import", *target, usb / path)
    run(capsys, "bundle", "export", *unit, "-o", usb / "from-u-3.zgb")
    run(capsys, "bundle", "export", *reviewer, "-o", usb / "from-r-2.zgb")
    run(capsys, "bundle", "import", *office, usb / "from-u-3.zgb", usb / "from-r-2.zgb")
    assert (
        "缺第" not in run(capsys, "bundle", "status", *office).split("水利工程系")[1].split("\n")[0]
    )

    # Converged: the organisation everywhere, each plan wherever it belongs.
    everyone = {who: tables(path, plan_ids={plan, plan2}) for who, path in pcs.items()}
    assert everyone["office"] == everyone["unit"] == everyone["reviewer"]
    with opened(pcs["unit"]) as db, db.session() as s:
        row = s.get(OnePagePlan, plan2)
        assert (row.leader, row.objective) == ("系里填写", "督导处改的目标")
    # A refused import exits non-zero; the same file again is harmless.
    assert run(capsys, "bundle", "import", *office, usb / "from-u-3.zgb").count("无需导入") == 1

"""A one-page plan as an Excel workbook laid out like the paper form (表2/表3).

:func:`export_plan` writes one plan so that it prints from Excel or WPS as one
landscape page; :func:`read_plan` reads such a workbook back, after the secretary
has edited it, into the same :class:`PlanDoc` (export then read reproduces the plan
exactly) or refuses it naming the sheet and cell that is wrong. Storing the result
is :func:`app.services.plans.transfer.import_plan_doc`'s job.

The work is split in :mod:`app.excel.oppm_layout` (where every label and column
is), :mod:`app.excel.oppm_write` and :mod:`app.excel.oppm_read`; this module is the
entry point the command line and the UI use.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.services.plans.doc import PlanDoc


def export_plan(doc: PlanDoc, path: Path, *, staff_nos: Mapping[str, str] | None = None) -> None:
    """Write ``doc`` to ``path`` atomically (a file open in Excel gives a :class:`UserError`).

    ``staff_nos`` maps person ids to 工号 (see
    :func:`app.services.plans.transfer.staff_numbers`); with it the owners read
    “张三(20050089)A”, as the form asks, and an owner typed in Excel is found by
    工号. Without it they read “张三(A)” (the hidden sheet still maps them back).
    """
    from app.excel.oppm_write import write_plan

    write_plan(doc, Path(path), staff_nos=staff_nos)


def read_plan(path: Path) -> PlanDoc:
    """The plan in the workbook at ``path``; :class:`UserError` naming each wrong cell."""
    from app.excel.oppm_read import read_plan_file

    return read_plan_file(Path(path))

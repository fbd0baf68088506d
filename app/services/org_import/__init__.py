"""The organisation workbook's rules: its columns, row checks, matching and writing.

:mod:`app.excel.org_workbook` only moves cells in and out of .xlsx files; every
rule lives here, so the UI, the CLI and the tests share one set of rules, and so
checking a file never needs openpyxl (slow to import).

Importing is three steps, each usable alone:

1. :func:`parse_sheets` (:mod:`.parse`, called by ``read_org``) turns raw cell rows
   into clean rows, checking every value with the rules the editing forms use
   (:func:`app.services.org.clean_value`). It never touches a database, so a file
   can be checked before the user even chooses where it goes.
2. :func:`validate_org` (:mod:`.plan`) resolves cross-sheet references by natural
   key (部门名称, 工号, 专业名称/代码, 班级名称) against the file *and* the
   database and lists every problem at once, so the user can fix them all or
   knowingly import only the good rows.
3. :func:`import_org` (:mod:`.apply`) writes the good rows in the caller's
   transaction. Rows with a problem, and rows that depend on such a row, are
   skipped: a bad value is never written, and an unchanged record is never
   stamped, so re-importing an export changes nothing (sync compares version
   vectors).

The rest: :mod:`.sheets` (the layout), :mod:`.cells` (one cell -> one value),
:mod:`.resolve` and :mod:`.rules` (step 2's checks), :mod:`.summary` (what the
steps report) and :mod:`.export` (the rows an export writes). This package
re-exports the names callers used when it was a single module.
"""

from __future__ import annotations

from app.models.org import ROLE_LABELS
from app.services.org_import.apply import import_org
from app.services.org_import.cells import cell_text, column_letter, header_key, parse_bool
from app.services.org_import.export import export_rows
from app.services.org_import.parse import ParsedOrg, ParsedRow, parse_sheets
from app.services.org_import.plan import validate_org
from app.services.org_import.sheets import (
    KIND_LABELS,
    NO,
    NOTE_PREFIXES,
    README_SHEET,
    SHEET_BY_NAME,
    SHEET_CLASS,
    SHEET_COURSE,
    SHEET_INSTITUTION,
    SHEET_MAJOR,
    SHEET_PERSON,
    SHEET_ROLE,
    SHEET_UNIT,
    SHEETS,
    YES,
    Column,
    SheetSpec,
)
from app.services.org_import.summary import ImportSummary, RowProblem, SheetCounts

__all__ = [
    "KIND_LABELS",
    "NO",
    "NOTE_PREFIXES",
    "README_SHEET",
    "ROLE_LABELS",
    "SHEETS",
    "SHEET_BY_NAME",
    "SHEET_CLASS",
    "SHEET_COURSE",
    "SHEET_INSTITUTION",
    "SHEET_MAJOR",
    "SHEET_PERSON",
    "SHEET_ROLE",
    "SHEET_UNIT",
    "YES",
    "Column",
    "ImportSummary",
    "ParsedOrg",
    "ParsedRow",
    "RowProblem",
    "SheetCounts",
    "SheetSpec",
    "cell_text",
    "column_letter",
    "export_rows",
    "header_key",
    "import_org",
    "parse_bool",
    "parse_sheets",
    "validate_org",
]

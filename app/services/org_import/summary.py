"""What the steps report back: problems with single rows, and counts per sheet.

Problems never raise: a file is checked as a whole, so the user sees everything
wrong at once and can fix it all, or knowingly import only the good rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.org_import.sheets import SHEET_ORDER


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one row (and usually one column) of one sheet."""

    sheet: str
    row: int  # Excel's row number: the header is row 1
    column: str  # the column's label, "" when the whole row is meant
    message: str  # Chinese, without the location

    def describe(self) -> str:
        """e.g. 工作表“专业”第 7 行“所属系部”：找不到部门“水利系”."""
        where = f"工作表“{self.sheet}”第 {self.row} 行"
        if self.column:
            where += f"“{self.column}”"
        return f"{where}：{self.message}"

    def sort_key(self) -> tuple[int, int, str]:
        """Order of the sheets, then rows: how the user reads the file."""
        return (SHEET_ORDER.get(self.sheet, 99), self.row, self.column)


@dataclass
class SheetCounts:
    """What importing did with one sheet's rows."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class ImportSummary:
    """Per-sheet counts, for the result dialog and the CLI."""

    counts: dict[str, SheetCounts]
    problems: list[RowProblem] = field(default_factory=list)  # why rows were skipped

    @property
    def changed(self) -> int:
        """Records added or updated."""
        return sum(c.added + c.updated for c in self.counts.values())

    def describe(self) -> str:
        """Chinese counts per sheet: 新增/更新/未变/跳过."""
        c = self.counts.values()
        lines = [
            "组织机构导入完成："
            f"新增 {sum(x.added for x in c)}，更新 {sum(x.updated for x in c)}，"
            f"未变 {sum(x.unchanged for x in c)}，跳过 {sum(x.skipped for x in c)}。"
        ]
        for name, n in self.counts.items():
            lines.append(
                f"  {name}：新增 {n.added}，更新 {n.updated}，未变 {n.unchanged}，跳过 {n.skipped}"
            )
        return "\n".join(lines)

"""The ``zhengai`` command: the window by default, and the same services for batch work.

Every command takes ``--db PATH``; every failure the user can act on ends with a
Chinese message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 1


def _db_path(args: argparse.Namespace) -> Path:
    from app.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _open(args: argparse.Namespace):  # -> Database, imported lazily for start-up speed
    """Open the data file; only commands that set ``creates_db`` may create a new one.

    A mistyped ``--db`` must not quietly become an empty new college: ``identity show``
    or ``plan list`` on it would answer "nothing here" instead of "no such file".
    """
    from app.services.database import open_database
    from app.services.errors import UserError

    path = _db_path(args)
    if not getattr(args, "creates_db", False) and not path.exists():
        raise UserError(
            f"找不到数据文件“{path}”。请检查 --db 给出的路径；要新建数据文件，"
            "请运行 zhengai demo、zhengai identity set 或 zhengai enrol import。"
        )
    return open_database(path)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the main window."""
    from app.ui.application import run_gui

    return run_gui(db_path=_db_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    """Create the sample college, then open it unless --no-gui."""
    from app.services.demo import create_demo
    from app.services.identity import get_identity, set_office

    db = _open(args)
    try:
        with db.session() as session:
            result = create_demo(session)
            if not get_identity(session).chosen:
                set_office(session)  # the sample college is seen as the quality office sees it
    finally:
        db.close()
    print(result.describe())
    print(f"数据文件：{db.path}")
    if args.no_gui:
        return 0
    return cmd_gui(args)


def cmd_org_template(args: argparse.Namespace) -> int:
    """Write the empty organisation workbook with its documented columns."""
    from app.excel.org_workbook import write_template

    write_template(Path(args.output))
    print(f"已写出组织机构导入模板：{args.output}")
    return 0


def cmd_org_export(args: argparse.Namespace) -> int:
    """Write the whole organisation to one workbook."""
    from app.excel.org_workbook import export_org

    db = _open(args)
    try:
        with db.session() as session:
            export_org(session, Path(args.output))
    finally:
        db.close()
    print(f"已导出组织机构：{args.output}")
    return 0


def cmd_org_import(args: argparse.Namespace) -> int:
    """Import an organisation workbook; refuse it whole if any row is bad.

    Every problem (bad cells, references that resolve neither in the file nor in the
    database, rows depending on a bad row) is listed before anything is decided, so
    one run shows the user all there is to fix. ``--skip-bad-rows`` imports the rest
    and still lists each row it left out. A backup is taken before writing.
    """
    from app.excel.org_workbook import read_org
    from app.services.database import backup
    from app.services.org_import import import_org

    parsed = read_org(Path(args.file))
    problems = _org_problems(args, parsed)
    for problem in problems:
        print(problem.describe(), file=sys.stderr)
    if problems and not args.skip_bad_rows:
        print(
            f"错误：文件中有 {len(problems)} 处问题，未导入任何内容。"
            "请修改后重试，或加 --skip-bad-rows 只导入无误的行。",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    db = _open(args)
    try:
        backup(db.path, reason="before-import")
        with db.session() as session:
            summary = import_org(session, parsed, skip_bad_rows=args.skip_bad_rows)
    finally:
        db.close()
    print(summary.describe())
    if summary.problems:
        print(f"以上 {len(summary.problems)} 处问题所在的行未导入。", file=sys.stderr)
    return 0


def _org_problems(args: argparse.Namespace, parsed: Any) -> list[Any]:
    """Every problem of the workbook, checked against the data file it would go into.

    A data file that does not exist yet is not created for the check: the file is
    checked against an empty scratch database, so a refused import leaves nothing behind.
    """
    import tempfile

    from app.services.database import open_database
    from app.services.org_import import validate_org
    from app.services.org_import.summary import RowProblem

    path = _db_path(args)
    with tempfile.TemporaryDirectory(prefix="zhengai-check-") as scratch:
        target = path if path.exists() else Path(scratch) / "check.sqlite3"
        db = open_database(target, daily_backup=False)
        try:
            with db.session() as session:
                found = [*parsed.problems, *validate_org(session, parsed)]
        finally:
            db.close()
    return sorted(found, key=RowProblem.sort_key)


def cmd_identity_show(args: argparse.Namespace) -> int:
    """Print who this installation is."""
    from app.services.identity import get_identity

    db = _open(args)
    try:
        with db.session() as session:
            ident = get_identity(session)
    finally:
        db.close()
    if args.json:
        print(json.dumps(ident.__dict__, ensure_ascii=False))
    else:
        print(ident.describe())
        print(f"安装标识：{ident.installation_id}")
    return 0


def cmd_identity_set(args: argparse.Namespace) -> int:
    """Set who this installation is (same as the first-start wizard)."""
    from app.services.identity import find_unit, set_office, set_unit

    db = _open(args)
    try:
        with db.session() as session:
            if args.office:
                ident = set_office(session)
            else:
                ident = set_unit(session, unit_id=find_unit(session, args.unit).id)
    finally:
        db.close()
    print(f"本机身份已设为：{ident.describe()}")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    """Check that this build can store, find its resources and print Chinese."""
    from app.selftest import run_selftest

    results = run_selftest()
    for check in results:
        print(f"{'通过' if check.ok else '失败'}  {check.name}：{check.detail}")
    ok = all(c.ok for c in results)
    print("自检通过。" if ok else "自检失败。")
    return 0 if ok else EXIT_INTERNAL


def build_parser() -> argparse.ArgumentParser:
    """The full command tree (``zhengai --help`` lists every command), in Chinese."""
    from app.cli_text import chinese_argparse

    with chinese_argparse():
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    from app.cli_text import VERSION_HELP

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="使用指定的数据文件（默认在用户数据文件夹）",
    )
    parser = argparse.ArgumentParser(
        prog="zhengai",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="诊改工作台：高职院校内部质量保证体系诊断与改进工作台。不带命令时打开主窗口。",
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"诊改工作台 zhengai {__version__}",
        help=VERSION_HELP,
    )
    sub = parser.add_subparsers(dest="command", metavar="命令")

    def add(name: str, help_: str, func: Callable[[argparse.Namespace], int], parent=sub):
        p = parent.add_parser(name, help=help_, description=help_, parents=[common])
        p.set_defaults(func=func)
        return p

    add("gui", "打开主窗口（默认）", cmd_gui)
    demo = add("demo", "创建示例学院数据并打开（重复运行不会改变已有数据）", cmd_demo)
    demo.set_defaults(creates_db=True)
    demo.add_argument("--no-gui", action="store_true", help="只创建数据，不打开窗口")

    org = sub.add_parser(
        "org", help="组织机构：导入、导出、模板", description="组织机构：导入、导出、模板"
    )
    org_sub = org.add_subparsers(dest="org_command", metavar="子命令", required=True)
    p = add("import-xlsx", "从 Excel 文件导入组织机构", cmd_org_import, org_sub)
    p.add_argument("file", metavar="FILE", help="组织机构 .xlsx 文件")
    p.add_argument("--skip-bad-rows", action="store_true", help="有错误的行跳过，只导入无误的行")
    p.set_defaults(creates_db=True)
    p = add("export-xlsx", "把组织机构导出为 Excel 文件", cmd_org_export, org_sub)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .xlsx 文件")
    p = add("template", "写出空白的组织机构导入模板", cmd_org_template, org_sub)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .xlsx 文件")

    ident = sub.add_parser(
        "identity", help="本机身份：质量督导处或某个部门", description="本机身份"
    )
    ident_sub = ident.add_subparsers(dest="identity_command", metavar="子命令", required=True)
    p = add("show", "显示本机身份", cmd_identity_show, ident_sub)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("set", "设置本机身份", cmd_identity_set, ident_sub)
    p.set_defaults(creates_db=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--office", action="store_true", help="本机为质量督导处")
    who.add_argument("--unit", metavar="NAME", help="本机服务的部门名称")

    from app import cli_catalog, cli_jobs, cli_plans, cli_standards, cli_sync

    cli_plans.register(sub, add)
    cli_jobs.register(sub, add)
    cli_sync.register(sub, add)
    cli_catalog.register(sub, add)
    cli_standards.register(sub, add)

    add("selftest", "自检：数据库、资源、字体与中文 PDF 输出", cmd_selftest)
    parser.epilog = "全部命令：\n" + "\n".join(_command_lines(parser))
    return parser


def _command_lines(parser: argparse.ArgumentParser, prefix: str = "zhengai") -> list[str]:
    """Every command path with its help, for the epilog of ``zhengai --help``."""
    lines: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                nested = _command_lines(sub, f"{prefix} {name}")
                if nested:
                    lines.extend(nested)
                else:
                    lines.append(f"  {prefix + ' ' + name:<28}{helps.get(name, '')}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``zhengai`` and ``python -m app``."""
    from app.cli_text import chinese_argparse

    parser = build_parser()
    with chinese_argparse():
        args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    from app.services.errors import Cancelled, UserError

    try:
        return func(args)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Cancelled:
        print("已取消，未做任何修改。", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``zhengai plan list | head``): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush does not complain.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log = _write_crash_log(args)
        print(
            f"内部错误：操作未完成，数据未被修改。详细信息已写入 {log}，请发给维护人员。",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _write_crash_log(args: argparse.Namespace) -> Path:
    """Keep the traceback for maintainers instead of showing it to the user.

    It goes to the user's data folder, unless ``--db`` points elsewhere: then beside
    that file (or to the temporary folder), so a command on another college's file
    never creates the default data folder.
    """
    import tempfile

    from app.paths import data_dir

    try:
        if getattr(args, "db", None):
            parent = Path(args.db).parent
            log = (parent if parent.is_dir() else Path(tempfile.gettempdir())) / "zhengai-crash.log"
        else:
            log = data_dir() / "crash.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc())
        return log
    except OSError:
        traceback.print_exc()
        return Path("stderr")

"""SMART hints for 工作标准 and one-page-plan objectives and tasks.

Every standard must be specific, measurable, achievable, relevant and time-bound (表4's
rule). A program cannot judge that fully, so this gives *hints*, never a block: one verdict
per letter with a one-line Chinese reason the secretary can act on. The patterns live in
``resources/catalogs/smart_rules.json`` so a college can tune them; they are compiled once
per rules file, because the editor re-checks as the user types (~3,000 lines ≤ 0.5 s).

Ground truth is the seed's own examples: "每年的 7 月 20 日前完成秋季学期教学进程表的备案"
(time-bound; measured by a checkable deliverable done on time), "教学进程表汇编的出错率为 0"
(measurable), "分析……，制订问题清单" (no time bound), "进一步加强质量意识" (vague).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import resource
from app.services.catalogs import DataFileCheck
from app.services.errors import UserError

LETTERS: tuple[str, ...] = ("S", "M", "A", "R", "T")
LETTER_LABELS: dict[str, str] = {
    "S": "具体明确",
    "M": "可度量",
    "A": "可实现",
    "R": "相关联",
    "T": "有时限",
}
OK = "ok"
HINT = "hint"

_REGEX_LISTS = ("time_bound", "quantity", "deliverable", "overreach")
_WORD_LISTS = ("vague_time", "vague_verbs", "concrete_verbs", "catch_all", "unrelated")
_NEVER = re.compile(r"(?!)")
_MASK = "\x00"  # stands in for time expressions so their digits are not taken as quantities
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
_CLAUSE_START = re.compile(r".*[，,。；;！？!?\n]", re.S)
# Characters that finish a quantity quoted in a reason: "不少于 1" + " 次", "率达 1" + "00%".
_NUMBER_TAIL = re.compile(r"[\d.\s%％‰]*")
_UNIT_CHARS = frozenset(
    "个人名次项篇门本份场家所部套条件间台批期轮节天周元册届组支类种位页字处张万分"
)
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Particles that make a shared two-character string meaningless ("的备", "与各").
_FUNCTION_CHARS = frozenset("的了和与及或在对为将把是等中各并其之以于")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_MONTH_DAY = re.compile(r"(?<![\d.])(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|份)?")


@dataclass(frozen=True)
class SmartRules:
    """The tunable rules, compiled: one alternation per list."""

    numbering: re.Pattern[str]
    time_bound: re.Pattern[str]
    vague_time: re.Pattern[str]
    quantity: re.Pattern[str]
    deliverable: re.Pattern[str]
    vague_verbs: re.Pattern[str]
    concrete_verbs: re.Pattern[str]
    catch_all: re.Pattern[str]
    unrelated: re.Pattern[str]
    overreach: re.Pattern[str]
    min_chars: int
    stop_terms: re.Pattern[str]


@dataclass(frozen=True)
class LetterVerdict:
    """One letter's outcome: ``ok`` or ``hint``, and why."""

    letter: str
    ok: bool
    reason: str

    @property
    def label(self) -> str:
        return LETTER_LABELS[self.letter]

    @property
    def status(self) -> str:
        return OK if self.ok else HINT

    def to_data(self) -> dict[str, Any]:
        return {"status": self.status, "label": self.label, "reason": self.reason}


@dataclass(frozen=True)
class SmartVerdict:
    """The five letters for one text, in S-M-A-R-T order."""

    text: str
    letters: tuple[LetterVerdict, ...]

    def __getitem__(self, letter: str) -> LetterVerdict:
        return self.letters[LETTERS.index(letter)]

    @property
    def ok(self) -> bool:
        return all(v.ok for v in self.letters)

    @property
    def failures(self) -> tuple[str, ...]:
        """Letters that got a hint, e.g. ``("M", "T")``."""
        return tuple(v.letter for v in self.letters if not v.ok)

    def to_data(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "ok": self.ok,
            "letters": {v.letter: v.to_data() for v in self.letters},
        }


@dataclass(frozen=True)
class SmartSummary:
    """How many texts got a hint on each letter (the per-unit summary)."""

    total: int
    all_ok: int
    failures: dict[str, int]

    def to_data(self) -> dict[str, Any]:
        return {"total": self.total, "all_ok": self.all_ok, "failures": dict(self.failures)}


def rules_path() -> Path:
    return resource("catalogs", "smart_rules.json")


def load_rules(path: Path | None = None) -> SmartRules:
    """Compile the rules file (the shipped one unless ``path``); cached per path."""
    return _load_rules(Path(path) if path is not None else rules_path())


def clear_rules_cache() -> None:
    """Forget compiled rules, so an edited rules file takes effect without a restart."""
    _load_rules.cache_clear()


def check_text(text: str, *, context: str = "", rules: SmartRules | None = None) -> SmartVerdict:
    """Judge one standard, objective or task; ``context`` is the work item it belongs to.

    Without a context, relevance can only be checked for catch-all wording; with one, the
    text must share a meaningful term with it.
    """
    rules = rules or load_rules()
    body = rules.numbering.sub("", text, count=1).strip()
    if not _WORD_CHAR.search(body):
        empty = "没有内容"
        return SmartVerdict(text, tuple(LetterVerdict(x, False, empty) for x in LETTERS))
    times = list(rules.time_bound.finditer(body))
    masked = _mask(body, times)
    quantities = list(rules.quantity.finditer(masked))
    deliverables = list(rules.deliverable.finditer(masked))
    measures = quantities + deliverables
    vague = list(rules.vague_verbs.finditer(body))
    unmeasured = [v for v in vague if not _followed_by(body, v, measures)]
    return SmartVerdict(
        text,
        (
            _specific(body, rules, vague, measures),
            _measurable(body, quantities, deliverables, unmeasured),
            _achievable(body, rules),
            _relevant(body, rules, context),
            _time_bound(body, rules, times),
        ),
    )


def summarize(texts: Iterable[str], *, rules: SmartRules | None = None) -> SmartSummary:
    """Count hints per letter over many texts (e.g. every standard of one unit)."""
    rules = rules or load_rules()
    failures = dict.fromkeys(LETTERS, 0)
    total = all_ok = 0
    for text in texts:
        verdict = check_text(text, rules=rules)
        total += 1
        all_ok += verdict.ok
        for letter in verdict.failures:
            failures[letter] += 1
    return SmartSummary(total=total, all_ok=all_ok, failures=failures)


# --- the five letters -------------------------------------------------------------------


def _specific(
    body: str, rules: SmartRules, vague: list[re.Match[str]], measures: list[re.Match[str]]
) -> LetterVerdict:
    if len(_WORD_CHAR.findall(body)) < rules.min_chars:
        return LetterVerdict("S", False, "表述过短，没有说清做什么、做到什么程度")
    vague_all = rules.catch_all.search(body)
    if vague_all:
        return LetterVerdict("S", False, f"“{vague_all.group()}”没有说明具体内容，请逐项写明")
    concrete = rules.concrete_verbs.search(body)
    if vague and not concrete and not measures:
        return LetterVerdict("S", False, f"只有{_quote(vague)}等笼统说法，没有说明具体做什么")
    if concrete:
        return LetterVerdict("S", True, f"写明了做什么：“{_clause(body, concrete.start())}”")
    return LetterVerdict("S", True, "写明了对象和要求")


def _measurable(
    body: str,
    quantities: list[re.Match[str]],
    deliverables: list[re.Match[str]],
    unmeasured: list[re.Match[str]],
) -> LetterVerdict:
    if unmeasured:
        return LetterVerdict(
            "M", False, f"{_quote(unmeasured)}之后没有可度量的目标（数量、比率或可核验的成果）"
        )
    if quantities:
        # Quote a figure in digits ("覆盖率达 100%") rather than a word count ("五个").
        best = min(quantities, key=lambda m: (not re.search(r"\d", m.group()), m.start()))
        return LetterVerdict("M", True, f"有可度量的要求：“{_quantity_text(body, best)}”")
    if deliverables:
        start = deliverables[0].start()
        return LetterVerdict("M", True, f"以可核验的成果衡量：“{_clause_from(body, start)}”")
    return LetterVerdict("M", False, "没有可度量的数量（数字、百分比、比率、次数）或可核验的成果")


def _achievable(body: str, rules: SmartRules) -> LetterVerdict:
    for match in _PERCENT.finditer(body):
        if float(match.group(1)) > 100:
            return LetterVerdict("A", False, f"比例“{match.group()}”超过 100%，无法实现")
    for match in _MONTH_DAY.finditer(body):
        month, day = int(match.group(1)), match.group(2)
        if not 1 <= month <= 12:
            return LetterVerdict("A", False, f"日期“{match.group()}”不存在")
        if day is not None and not 1 <= int(day) <= calendar.monthrange(2024, month)[1]:
            return LetterVerdict("A", False, f"日期“{match.group()}”不存在")
    over = rules.overreach.search(body)
    if over:
        return LetterVerdict(
            "A", False, f"“{over.group()}”难以保证实现，建议写成经过努力能达到的具体目标"
        )
    return LetterVerdict("A", True, "未见超过 100% 的比例、不存在的日期或绝对化要求")


def _relevant(body: str, rules: SmartRules, context: str) -> LetterVerdict:
    unrelated = rules.unrelated.search(body)
    if unrelated:
        return LetterVerdict(
            "R", False, f"“{unrelated.group()}”与本岗位职责的关联不明确，请写明具体工作"
        )
    if not context.strip():
        return LetterVerdict("R", True, "未见兜底性表述（未给出所属工作内容，未做比对）")
    shared = _shared_terms(body, context, rules.stop_terms)
    if not shared:
        return LetterVerdict(
            "R", False, f"与所属工作“{_shorten(context)}”没有共同的关键词，请确认是否相关"
        )
    return LetterVerdict("R", True, f"与所属工作相关：都提到{_quote_texts(shared)}")


def _time_bound(body: str, rules: SmartRules, times: list[re.Match[str]]) -> LetterVerdict:
    if times:
        return LetterVerdict("T", True, f"有时间要求：{_quote(times)}")
    loose = rules.vague_time.search(body)
    if loose:
        return LetterVerdict("T", False, f"“{loose.group()}”不是具体时限，请写明日期或周期")
    return LetterVerdict("T", False, "没有时间要求（日期、每年/每月/每学期、…前、…内）")


# --- helpers ------------------------------------------------------------------------------


def _mask(body: str, spans: list[re.Match[str]]) -> str:
    """``body`` with the given spans blanked out, same length so positions still match."""
    chars = list(body)
    for m in spans:
        chars[m.start() : m.end()] = _MASK * (m.end() - m.start())
    return "".join(chars)


def _followed_by(body: str, vague: re.Match[str], measures: list[re.Match[str]]) -> bool:
    """Whether a measure comes after the vague word in the same sentence.

    A measure may start before the word and run past it: "率提高 5 个百分点" is one match.
    """
    end = _SENTENCE_END.search(body, vague.end())
    limit = end.start() if end else len(body)
    return any(m.end() > vague.end() and m.start() < limit for m in measures)


def _quantity_text(body: str, match: re.Match[str]) -> str:
    """The quantity as a reader would quote it: "差错率小于 5%", "不少于 1 次"."""
    start, end = match.start(), match.end()
    if body[start] == "率":  # name the rate: "差错" + "率小于 5"
        while start > 0 and match.start() - start < 4 and _CJK_RUN.match(body[start - 1]):
            if body[start - 1] in _FUNCTION_CHARS:
                break
            start -= 1
    if end and (body[end - 1].isdigit() or body[end - 1].isspace()):
        end = _NUMBER_TAIL.match(body, end).end()
        if end < len(body) and body[end] in _UNIT_CHARS:
            end += 1
    return _shorten(body[start:end].strip())


def _clause(body: str, pos: int) -> str:
    """The clause around ``pos`` (between commas or semicolons)."""
    before = _CLAUSE_START.match(body, 0, pos)
    return _clause_from(body, before.end() if before else 0)


def _clause_from(body: str, start: int) -> str:
    end = _CLAUSE_END.search(body, start)
    return _shorten(body[start : end.start() if end else len(body)].strip())


def _shorten(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(matches: list[re.Match[str]], limit: int = 2) -> str:
    return _quote_texts([m.group().strip() for m in matches], limit)


def _quote_texts(texts: list[str], limit: int = 2) -> str:
    unique = list(dict.fromkeys(texts))[:limit]
    return "".join(f"“{_shorten(t)}”" for t in unique)


def _bigrams(text: str) -> list[tuple[int, str]]:
    pairs = []
    for run in _CJK_RUN.finditer(text):
        s = run.group()
        for i in range(len(s) - 1):
            pair = s[i : i + 2]
            if not (_FUNCTION_CHARS & set(pair)):
                pairs.append((run.start() + i, pair))
    return pairs


def _shared_terms(body: str, context: str, stop: re.Pattern[str]) -> list[str]:
    """Longest runs of ``body`` made of two-character terms that ``context`` also uses.

    Stop terms ("工作", "完成" …) are blanked first, so they neither count as shared nor
    glue two real terms into one run ("管理工作" shares "管理", not "理工").
    """
    body = stop.sub(lambda m: " " * len(m.group()), body)
    theirs = {p for _, p in _bigrams(stop.sub(" ", context))}
    hits = [i for i, p in _bigrams(body) if p in theirs]
    runs: list[str] = []
    start = prev = -2
    for i in [*hits, -1]:
        if start >= 0 and i != prev + 1:
            runs.append(body[start : prev + 2])
            start = -2
        if i >= 0 and start < 0:
            start = i
        prev = i
    return sorted(runs, key=len, reverse=True)


# --- loading ------------------------------------------------------------------------------


@functools.cache
def _load_rules(path: Path) -> SmartRules:
    check = DataFileCheck(path, "SMART 规则")
    data = check.mapping(check.read_json(), "整个文件")
    if data.get("schema", 1) != 1:
        check.fail("schema", f"为 {data.get('schema')!r}，本软件只认识格式 1")
    compiled: dict[str, Any] = {
        "numbering": _compile(check, [check.text(data.get("numbering"), "numbering")], "numbering")
    }
    for key in _REGEX_LISTS:
        compiled[key] = _compile(check, check.texts(data.get(key, []), key), key)
    for key in _WORD_LISTS:
        words = check.texts(data.get(key, []), key)
        compiled[key] = _compile(check, [re.escape(w) for w in words], key)
    min_chars = data.get("min_chars", 6)
    if isinstance(min_chars, bool) or not isinstance(min_chars, int) or min_chars < 0:
        check.fail("min_chars", "应为不小于 0 的整数")
    stop_words = check.texts(data.get("relevance_stop_terms", []), "relevance_stop_terms")
    stop = _compile(check, [re.escape(w) for w in stop_words], "relevance_stop_terms")
    return SmartRules(**compiled, min_chars=min_chars, stop_terms=stop)


def _compile(check: DataFileCheck, patterns: list[str], key: str) -> re.Pattern[str]:
    """One alternation, longest first so "全面提升" wins over "提升"."""
    for i, pattern in enumerate(patterns, 1):
        try:
            re.compile(pattern)
        except re.error as exc:
            check.fail(f"{key} 第 {i} 条", f"不是有效的正则表达式（{exc}）")
    if not patterns:
        return _NEVER
    ordered = sorted(patterns, key=len, reverse=True)
    try:
        return re.compile("|".join(f"(?:{p})" for p in ordered))
    except re.error as exc:  # e.g. a flag like (?i) that is only allowed at the start
        raise UserError(f"SMART 规则文件 {check.path} 有误：{key} 无法合并（{exc}）。") from exc

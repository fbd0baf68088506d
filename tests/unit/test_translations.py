"""The Chinese translation is complete: every source string has a finished translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/i18n/zhengai_zh_CN.ts"
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_string_has_a_finished_chinese_translation() -> None:
    """No message is unfinished, empty, or left in English."""
    problems = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            text = "".join(texts)
            if (
                translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not text.strip()
            ):
                problems.append(f"{name}: {source!r} is not translated")
            elif re.search(r"[A-Za-z]{3}", source) and not CJK.search(text):
                problems.append(f"{name}: {source!r} → {text!r} has no Chinese")
    assert problems == []


def test_placeholders_survive_translation() -> None:
    """%1, %2 and %n in a source appear in its translation too (else text goes missing)."""
    problems = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        for mark in set(re.findall(r"%\d|%n", source)):
            if mark not in text:
                problems.append(f"{source!r} lost {mark}")
    assert problems == []

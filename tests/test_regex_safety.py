"""No regular expression of the package backtracks catastrophically.

Every compiled pattern the package holds (module attributes, patterns inside tuples,
lists and dicts at module level, and the patterns it compiles lazily or builds per
document) is run over long adversarial lines (runs of bullets, digits, separators,
spaces, dots, letters, mixes like "a1 ", and runs of the words in the pattern itself)
of length n and 4n: time must grow about linearly. A quadratic pattern grows 16 times,
an exponential one never finishes the small sizes.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

import pytest

import q7x2clean

PACKAGE_DIR = str(Path(q7x2clean.__file__).resolve().parent)
SAMPLES = Path(__file__).resolve().parents[1] / "samples"

# Sizes: growing short lines first catch exponential blow-up before it hangs (an
# exponential pattern takes 0.01 s at 16 characters, 4 s at 24 and forever at 100).
SMALL_SIZES = (12, 16, 20, 24, 100)
N, BIG = 750, 3_000
SMALL_MAX_SECONDS = 0.05
# Linear time grows 4x from N to BIG; quadratic 16x. Slack for timer noise and caches.
MAX_RATIO = 9.0
# Below this time at BIG nothing is measured (noise); a quadratic pattern at 4,000
# characters takes tens of milliseconds.
FLOOR_SECONDS = 0.01
# A first single timing at BIG under this lets the line pass (a mildly quadratic
# pattern, 0.08 s at 12,000 characters, takes 0.002 s at 3,000).
SCREEN_SECONDS = 0.0005

UNITS = [
    "a", "A", "1", " ", ".", "-", "•", "* ", "a1 ", "aA", "Aa ", "a.", "1.", "1 ", "1,", "12:", "a b",
    "ab ", "/", ":", "[", "[a", "]", "<", "<a ", "<a>", "©", "\t", "(", ")", "'", '"', "_", "=", "{",
    ";", "é", "語", "a-", "1-", "A.", "Mr. ", "on at ", "by ", "—", "»", "|", "#", "?", "!", "\u00a0",
    "\n", "a\n", "\ufffd", "12 ", "2024 ", "May 3, ", "Jan ", "aB1", "<!--", "</", "[\n", ".\n",
]
# Tails make matches fail at the end of the line, where backtracking blows up.
TAILS = ["", "!"]
WORD = re.compile(r"[^\W\d_]{2,}")


def _package_modules() -> list:
    modules = [q7x2clean]
    for info in pkgutil.walk_packages(q7x2clean.__path__, "q7x2clean."):
        modules.append(importlib.import_module(info.name))
    return modules


def _walk(value: object, depth: int = 0):
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _walk(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, depth + 1)
            yield from _walk(item, depth + 1)


def _module_patterns() -> dict[tuple, re.Pattern]:
    found = {}
    for module in _package_modules():
        for value in vars(module).values():
            for pattern in _walk(value):
                found[(pattern.pattern, pattern.flags)] = pattern
    return found


WARM_UP = [
    "Home\nNews\n\nThe Big Story About Things\nBy Jane Doe | May 18, 2025 | 3 min read\n"
    "The minister said on Tuesday that the talks would continue next week in Brussels.\n"
    "Share this: Facebook Twitter\nRelated posts\nJane on May 3, 2024 at 4:47 pm said:\n"
    "© 2024 Example Media. All rights reserved.\nUpdated: 18.05.2025 - 12:30\n[image-1.jpg]",
    "Startseite\nDer Minister sagte am Dienstag, dass die Gespräche weitergehen.\n"
    "Von Max Mustermann, 18. Mai 2025\nAktualisiert am 19. Mai 2025\nKommentare (3)\nvor 2 Stunden",
    "Accueil\nPar Jean Dupont, le 18 mai 2025\nLe ministre a déclaré mardi que les discussions "
    "se poursuivraient.\nÀ lire aussi\nil y a 3 heures\nPublié le 1er mai 2025",
    "東京\n2025年5月18日\n今日は天気が良いです。東京は日本の首都です。\n関連記事",
]


def _lazy_patterns(monkeypatch) -> dict[tuple, re.Pattern]:
    """Patterns the package compiles when it runs (cached builders, per-document
    patterns): its caches are cleared and every compile called from package code on a
    run over the samples is recorded."""
    for module in _package_modules():
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "").startswith("q7x2clean"):
                value.cache_clear()
    found: dict[tuple, re.Pattern] = {}
    original = re._compile

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(str(Path(re.__file__).parent)):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_filename.startswith(PACKAGE_DIR):
            found[(compiled.pattern, compiled.flags)] = compiled
        return compiled

    monkeypatch.setattr(re, "_compile", recording)
    texts = WARM_UP + [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    for text in texts:
        q7x2clean.clean_text(text)
    q7x2clean.clean("<html><body><h1>Title here</h1><p>" + WARM_UP[0] + "</p></body></html>")
    monkeypatch.undo()
    return found


@pytest.fixture(scope="module")
def patterns() -> list[re.Pattern]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        found = {**_module_patterns(), **_lazy_patterns(monkeypatch)}
    return [found[key] for key in sorted(found, key=repr)]


def _inputs(pattern: re.Pattern) -> list[str]:
    """Units to repeat: the generic ones and the words of the pattern itself (so that
    alternations of phrases meet their own words)."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    words = list(dict.fromkeys(WORD.findall(source)))[:6]
    return [w + " " for w in words] + ([" ".join(words) + " "] if words else []) + UNITS


def _line(unit: str, tail: str, size: int, as_bytes: bool):
    text = unit * max(1, size // len(unit)) + tail
    return text.encode("utf-8") if as_bytes else text


def _seconds(pattern: re.Pattern, line, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        pattern.search(line)
        pattern.findall(line)
        best = min(best, time.perf_counter() - start)
    return best


def superlinear_input(pattern: re.Pattern) -> str | None:
    """An adversarial line on which `pattern` takes superlinear time, or None."""
    as_bytes = isinstance(pattern.pattern, bytes)
    for unit in _inputs(pattern):
        for tail in TAILS:
            for size in SMALL_SIZES:
                seconds = _seconds(pattern, _line(unit, tail, size, as_bytes), repeats=1)
                if seconds > SMALL_MAX_SECONDS:
                    return f"{unit!r}*{size}+{tail!r}: {seconds:.2f}s (exponential?)"
            if _seconds(pattern, _line(unit, tail, BIG, as_bytes), repeats=1) < SCREEN_SECONDS:
                continue  # too fast to be quadratic: most lines stop here
            big = _seconds(pattern, _line(unit, tail, BIG, as_bytes))
            n = _seconds(pattern, _line(unit, tail, N, as_bytes))
            if big > MAX_RATIO * n:
                # Confirm on longer lines, twice, so that noisy timings (a busy machine)
                # do not fail the suite: quadratic time grows sixteenfold at each step.
                n2 = _seconds(pattern, _line(unit, tail, BIG, as_bytes), repeats=5)
                big2 = _seconds(pattern, _line(unit, tail, 4 * BIG, as_bytes), repeats=3)
                if big2 > max(MAX_RATIO * n2, FLOOR_SECONDS):
                    big3 = _seconds(pattern, _line(unit, tail, 16 * BIG, as_bytes), repeats=2)
                    if big3 > MAX_RATIO * big2:
                        return f"{unit!r}*n+{tail!r}: {n2:.4f}s at {BIG}, {big2:.4f}s at {4 * BIG}, {big3:.4f}s at {16 * BIG}"
    return None


def test_patterns_are_found(patterns):
    sources = {p.pattern for p in patterns}
    # A module-level one, one inside a table, and lazily compiled ones.
    from q7x2clean import cues, dates

    assert cues._COMMENT_HEADER.pattern in sources
    assert dates._ISO.pattern in sources
    assert cues.byline_pattern().pattern in sources
    assert any(p.pattern.startswith("(?:(?<!\\d)(?P<year0>") for p in patterns if isinstance(p.pattern, str))
    assert len(patterns) > 40


def test_every_pattern_is_linear(patterns):
    failures = {}
    for pattern in patterns:
        bad = superlinear_input(pattern)
        if bad:
            failures[pattern.pattern[:120]] = bad
    assert not failures, failures


@pytest.mark.parametrize(
    "source",
    [
        r"^\S.*\bon\b.*\bat\s+\d\d$",  # two greedy runs: quadratic under search
        r"(\w+\s?)+!",  # nested quantifiers: exponential
        r"\s+\|",  # a run of spaces tried from each of its spaces: quadratic
    ],
)
def test_the_check_catches_catastrophic_patterns(source):
    assert superlinear_input(re.compile(source))

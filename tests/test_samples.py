"""Golden tests: the five seed dumps against their expected Articles."""

import datetime
import json
from pathlib import Path

import pytest

import q7x2clean

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CASES = sorted(SAMPLES.glob("*.txt"))


def _load(path: Path) -> tuple[str, dict]:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), expected


def _clean(path: Path) -> tuple[q7x2clean.Article, dict]:
    text, expected = _load(path)
    reference = expected.get("reference_date")
    reference = datetime.date.fromisoformat(reference) if reference else None
    return q7x2clean.clean_text(text, reference_date=reference), expected


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_there_are_five_samples():
    assert len(CASES) == 5


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_title(path):
    article, expected = _clean(path)
    assert article.title in [expected["title"], *expected["title_alternatives"]]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_date_source_author(path):
    article, expected = _clean(path)
    assert (article.date.isoformat() if article.date else None) == expected["date"]
    assert article.source == expected["source"]
    assert article.author == expected["author"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_body_boundaries(path):
    article, expected = _clean(path)
    body = _squash(article.body)
    assert body.startswith(expected["body_first"])
    assert body.endswith(expected["body_last"])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_must_keep_and_must_remove(path):
    article, expected = _clean(path)
    body = _squash(article.body)
    for snippet in expected["must_keep"]:
        assert snippet in body
    for snippet in expected["must_remove"]:
        assert snippet not in body


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_removed_blocks_have_kinds(path):
    article, _ = _clean(path)
    assert article.removed
    assert all(isinstance(r.kind, q7x2clean.BlockKind) and not r.kind.is_body for r in article.removed)


def test_yearless_date_needs_a_reference():
    path = SAMPLES / "001_23f9ff3ee89bfc61.txt"
    article = q7x2clean.clean_text(path.read_text(encoding="utf-8"))
    assert article.date is None
    assert article.date_text == "Jan 17"

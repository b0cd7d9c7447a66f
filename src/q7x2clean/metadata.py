"""Title, date, author and source from the classified blocks of a dump.

Everything is read around the article region the classifier found: the headline is
the heading-like line just before the body (the one the byline follows), the date is
the one in the byline / dateline zone between headline and body (not a date in the
page's header bar or in a list of related posts), the author comes from a byline, the
source from an agency credit or the site's copyright line.
"""

from __future__ import annotations

import datetime
import re

import attrs

from . import cues
from .article import BlockKind
from .classify import Classified, Labelled
from .dates import FoundDate, find_dates

# How far before the body a headline can be (blocks): teasers, bylines, captions and
# share bars sit between them.
TITLE_WINDOW = 15
TITLE_MAX_WORDS = 30
# How far past the body's first block a date or byline still belongs to the header.
HEAD_AFTER = 3

_NAME_CUT = re.compile(
    r"\s*(?:[|,;•·–—]|\s-\s|\(|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|\bupdated\b|\bpublished\b|\bposted\b).*$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"^[^\W\d_][\w.'’\-]*$")
_COPYRIGHT_STRIP = re.compile(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b|[-–—]|\s\|\s.*$", re.IGNORECASE)
_RIGHTS = re.compile(r"\ball\s+rights?\s+reserved\b.*$|\balle\s+rechte\b.*$|\btous\s+droits\b.*$", re.IGNORECASE)
_CREDIT = re.compile(r"^[\s\-–—(]*([A-Za-z][A-Za-z .&/]{0,30}?)[\s)]*$")


@attrs.frozen
class Metadata:
    title: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    author: str | None = None
    source: str | None = None


def _title_index(blocks: tuple[Labelled, ...], start: int) -> int | None:
    best, best_score = None, 0.0
    first = max(0, start - TITLE_WINDOW)
    for i in range(first, start):
        item = blocks[i]
        text = item.block.text.strip()
        n_words = len(text.split())
        wide = not text.isascii() and len(text) >= 6
        if item.kind not in (BlockKind.NAVIGATION, BlockKind.TEASER, BlockKind.HEADING, BlockKind.BOILERPLATE):
            continue
        if not (2 <= n_words <= TITLE_MAX_WORDS or wide) or len(text) < 8:
            continue
        score = 1.0 + (i - first) / TITLE_WINDOW  # nearer the body is likelier
        following = [b.kind for b in blocks[i + 1 : i + 5]]
        if any(k in (BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.READ_TIME) for k in following):
            score += 2.0
        if 20 <= len(text) <= 160:
            score += 1.0
        if text.endswith("."):
            score -= 1.0
        if text[0] in "\"'“”‘’«»„":  # a pull quote, not a headline
            score -= 1.5
        if item.block.bullet is not None:
            score -= 1.5
        if n_words > 20:
            score -= 1.0
        if score > best_score:
            best, best_score = i, score
    return best


def _pick_date(blocks: tuple[Labelled, ...], lo: int, hi: int, reference: datetime.date | None, month_first: bool) -> FoundDate | None:
    published = cues.date_word_pattern("published")
    updated = cues.date_word_pattern("updated")
    candidates: list[tuple[int, FoundDate]] = []
    for i in range(max(0, lo), min(hi, len(blocks))):
        text = blocks[i].block.text
        if len(text) > 300:
            continue
        for found in find_dates(text, reference, month_first=month_first):
            before = cues.normalize(text[: found.start])
            rank = 0
            if published.search(before):
                rank = -1
            elif updated.search(before):
                rank = 2
            if found.date is None:
                rank += 1
            if reference is not None and found.date is not None and found.date > reference:
                continue
            candidates.append((rank, found))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _author(blocks: tuple[Labelled, ...], lo: int, hi: int) -> str | None:
    pattern = cues.byline_pattern()
    for i in range(max(0, lo), min(hi, len(blocks))):
        text = blocks[i].block.text.strip()
        match = pattern.match(text)
        if not match or len(text) > 200:
            continue
        name = text[match.end():]
        for found in find_dates(name):
            name = name[: found.start]
            break
        name = _NAME_CUT.sub("", name).strip(" .:-")
        parts = name.split()
        if 1 <= len(parts) <= 6 and all(_CAPITALISED.match(p) or p.lower() in ("and", "und", "et", "y", "i", "e") for p in parts):
            if parts[0][0].isupper():
                return name
    return None


def _agency(blocks: tuple[Labelled, ...], lo: int, hi: int) -> str | None:
    names = {a.lower(): a for a in cues.agencies()}
    for i in range(max(0, lo), min(hi, len(blocks))):
        text = blocks[i].block.text.strip()
        if len(text) > 40:
            continue
        match = _CREDIT.match(text)
        if match and match.group(1).strip().lower() in names:
            return names[match.group(1).strip().lower()]
    return None


def _site_name(blocks: tuple[Labelled, ...]) -> str | None:
    """The publication named in a copyright line, preferring one printed alone elsewhere."""
    lines = {b.block.text.strip().lower() for b in blocks}
    names: list[str] = []
    for item in blocks:
        text = item.block.text.strip()
        if len(text) > 120 or not cues.is_copyright(text):
            continue
        name = _RIGHTS.sub("", _COPYRIGHT_STRIP.sub(" ", text))
        name = " ".join(name.split()).strip(" .,:;")
        if 2 <= len(name) <= 50 and len(name.split()) <= 6:
            names.append(name)
    for name in names:
        if name.lower() in lines:
            return name
    return names[0] if names else None


def extract(classified: Classified, reference: datetime.date | None) -> Metadata:
    blocks, start, end = classified.blocks, classified.start, classified.end
    title_at = _title_index(blocks, start)
    head_lo = title_at if title_at is not None else start - 4
    head_hi = start + HEAD_AFTER
    month_first = classified.language == "English"
    date = _pick_date(blocks, head_lo, head_hi, reference, month_first)
    author = _author(blocks, head_lo, head_hi) or _author(blocks, end, min(len(blocks), end + 3))
    source = _agency(blocks, max(start, end - 3), min(len(blocks), end + 3)) or _agency(blocks, head_lo, head_hi)
    return Metadata(
        title=blocks[title_at].block.text.strip() if title_at is not None else None,
        date=date.date if date else None,
        date_text=date.text if date else None,
        author=author,
        source=source or _site_name(blocks),
    )

"""Title, date, author and source from the classified blocks of a dump.

A reader finds an article's metadata in its *header*: the headline, then (in any
order, often on lines of their own) the byline, the date, a read time, a standfirst.
That header is not always just before the body region the classifier found: tables of
contents, key-point boxes, affiliate notices and share bars often sit between them.
So the header is found first, by its headline:

1. the headline is the heading-like line that is followed by byline/date lines, that
   the page often prints twice (breadcrumb, h1, og:title), whose words the body
   repeats, and that sits near the body;
2. the date is the one written in the header (a "published" date beats an "updated"
   one), never one from the page's top bar or from a list of related posts;
3. the author comes from a byline in the header: "By X", a "By"/"Author" label line
   with the name on the next line, a name alone next to the date, "X | May 3, 2025";
   job titles after the name are dropped;
4. the source is a news agency credited at the end or in the header ("- IANS"), else
   the publication named in the copyright line.

Only the header zone and the article's edges are read: no work over the whole body.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter

import attrs

from . import cues
from .article import BlockKind
from .classify import Classified, Labelled
from .dates import FoundDate, find_dates
from .language import stoplist, words

# -- Tuned constants (on the wcxb-dev dumps of all four renderers and the seeds) -------
# Headline candidates: lines of this many words (wide-script lines by characters).
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 250
# Candidates come from the whole head of the page: the header may sit hundreds of
# blocks before the body region (long tables of contents, product boxes), but the
# nearer the body the likelier.
TITLE_INSIDE_REGION = 4
PROXIMITY_SPAN = 40.0
# Blocks after a headline in which its byline/date cluster is looked for.
META_AFTER = 6
# The body's vocabulary is read from this many of its first characters.
BODY_VOCABULARY_CHARS = 20000
# A header date or byline is looked for this many blocks after the headline ...
HEADER_AFTER = 12
# ... and this many before it (dates printed above the headline).
HEADER_BEFORE = 3
# Without a headline, around the body's first block.
FALLBACK_BEFORE = 6
FALLBACK_AFTER = 3
# Longer lines are prose: a date in them counts only near their start ("Updated:
# December 9, 2024 ..." glued to the first paragraph).
DATE_LINE_MAX_CHARS = 160
DATE_IN_PROSE_MAX_OFFSET = 40
DATE_SCAN_MAX_CHARS = 400
# A line this short above a date may be its label ("Last update:", "Published on").
LABEL_LINE_CHARS = 30
# The article's intro may be cut from the region by up to this many non-prose lines
# (section headings, list items, an image) between its paragraphs.
INTRO_GAP = 15
# Headline-like lines in a row: this many make a list (contents, links), not a header.
LIST_RUN = 4
# Lines around a headline that may repeat it (breadcrumb, "Site | Headline").
NEIGHBOURS = 3
# A block this long is prose (a paragraph), not a header line.
PROSE_CHARS = 150
# Headline candidates whose surroundings are read (the rest are scored on shape and
# position only).
TITLE_SHORTLIST = 30
# A date line may carry this many other characters ("Last updated on", "By X |").
META_LINE_EXTRA_CHARS = 60
# An author name: this many words at most (several names may be joined by "and").
NAME_MAX_WORDS = 5
# Header lines after the headline in which a name alone counts as its byline.
HEADER_LINES = 7
# A byline line is at most this long (longer lines are prose that may say "by").
BYLINE_MAX_CHARS = 160

# Kinds a headline can have been given: the classifier calls lines before the body
# navigation or teaser, short lines in it heading.
_TITLE_KINDS = frozenset(
    {
        BlockKind.NAVIGATION,
        BlockKind.TEASER,
        BlockKind.HEADING,
        BlockKind.CONTENT,
        BlockKind.BOILERPLATE,
        BlockKind.TITLE,
        BlockKind.SECTION_LABEL,
    }
)
_META_KINDS = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.READ_TIME})
# Sections whose dates and names belong to other posts or to readers.
_FOREIGN_KINDS = frozenset(
    {BlockKind.RELATED, BlockKind.COMMENTS, BlockKind.COMMENT_FORM, BlockKind.PREV_NEXT, BlockKind.FOOTER}
)

_SPACES = re.compile(r"\s+")
# Images printed as "[alt text]" or "[file-name]" by w3m and lynx.
_BRACKETED = re.compile(r"\[[^\]]{0,80}\]")
# What joins two dates into a range: an event's dates, not the article's.
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "bis", "au", "al", "a", "till", "until"})
# "March 2022", "03/2022": a month without a day.
_MONTH_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Last update", "last modified": update labels the phrase lists may not hold.
_UPDATE_LABEL = re.compile(r"(?<!\w)(?:last update|last modified|modified|revised)(?!\w)")
_QUOTES = "\"'“”‘’«»„"
_NUMBER = re.compile(r"\d[\d.,%]*")
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


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@attrs.frozen
class _Page:
    """What every rule needs to know about the page, computed once."""

    blocks: tuple[Labelled, ...]
    texts: tuple[str, ...]
    start: int
    end: int
    stops: frozenset[str]
    line_counts: Counter[str]
    vocabulary: Counter[str]
    month_first: bool
    # Where each short line occurs (casefolded), and the blocks that are prose.
    positions: dict[str, list[int]]
    prose: list[int]
    article_start: int
    # Per-call memo of `_is_meta_line` (a headline candidate looks at its next lines).
    meta_memo: dict[int, bool] = attrs.field(factory=dict)


def _stem(word: str) -> str:
    # A crude stem: "trends" and "trend", "restaurants" and "restaurant" meet.
    return word[:5]


def _page(classified: Classified) -> _Page:
    blocks = classified.blocks
    texts = tuple(_clean(b.block.text) for b in blocks)
    stops = stoplist(classified.language)
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if len(text) <= TITLE_MAX_CHARS:
            positions.setdefault(text.casefold(), []).append(i)
    vocabulary: Counter[str] = Counter()
    budget = BODY_VOCABULARY_CHARS
    for i in range(classified.start, classified.end):
        if budget <= 0:
            break
        if blocks[i].kind.is_body:
            budget -= len(texts[i])
            vocabulary.update(_stem(w) for w in words(texts[i]) if w not in stops)
    return _Page(
        blocks=blocks,
        texts=texts,
        start=classified.start,
        end=classified.end,
        stops=stops,
        line_counts=Counter(t.casefold() for t in texts if len(t) <= TITLE_MAX_CHARS),
        vocabulary=vocabulary,
        month_first=classified.language == "English",
        positions=positions,
        prose=[i for i, t in enumerate(texts) if len(t) > PROSE_CHARS],
        article_start=_article_start(blocks, texts, classified.start),
    )


def _article_start(blocks: tuple[Labelled, ...], texts: tuple[str, ...], start: int) -> int:
    """Where the article's prose begins: the region's start, moved back over the
    paragraphs that lead into it (an intro the classifier left out because a table of
    contents or a box interrupts it)."""
    begin, gap = start, 0
    for j in range(start - 1, -1, -1):
        if blocks[j].kind is BlockKind.TEASER and len(texts[j]) > PROSE_CHARS:
            begin, gap = j, 0
        else:
            gap += 1
            if gap > INTRO_GAP:
                break
    return begin


# -- Title -------------------------------------------------------------------------------
#
# Each heading-like line before the body collects named pieces of evidence; their
# weights add up and the line with the highest sum is the headline.

# Fitted as a conditional logit (which line of a page is its headline) on the wcxb-dev
# dumps of all four renderers, then rounded; fitted on two renderers, the weights pick
# the headline as often on the other two (0.74-0.78 of pages).
TITLE_WEIGHTS = {
    # Headlines run to 7-20 words; menus and labels to 1-4.
    "words:1-2": -1.9, "words:3": -0.8, "words:4": -0.3, "words:5-6": 0.4,
    "words:7-11": 1.5, "words:12-20": 1.4, "words:21+": -0.3,
    # A byline / date cluster follows the headline, maybe after a standfirst; the lines
    # just below a cluster are captions, contents labels and section headings.
    "meta:byline+date": 1.2, "meta:byline": 0.3, "meta:date": 1.2, "meta:far": -0.2,
    "meta:none": -1.9, "name": -1.5,
    # Just before the article's first paragraph (blocks between them).
    "before:0": -1.3, "before:1-3": 0.9, "before:4-10": 0.4,
    # The body speaks of what the headline announces (share of its words in the body).
    "overlap:low": -1.7, "overlap:mid": 0.4, "overlap:high": 1.2,
    # Printed twice close together (breadcrumb and h1, h1 and og:title); menus and
    # contents entries repeat a whole menu or article apart.
    "repeat:1-3": 1.1, "repeat:11-40": -0.5, "repeat:41+": -0.4,
    # The article (standfirst or body) starts soon after its headline.
    "prose-after:1-10": 0.7, "prose-after:11-30": 0.2, "prose-after:31+": -0.9,
    # Lines around: a list of such lines is a menu or contents; a breadcrumb or
    # "Site | Headline" wraps the headline; a standfirst follows it.
    "list": -1.5, "wrapped-by-neighbour": 0.9, "after-headline": -0.6,
    # Shapes that are not headlines: a sentence, a fragment or alt text, an image.
    "sentence": -1.6, "lowercase": -0.6, "quoted": -1.5, "bracketed": -0.5,
}


def _title_shape(text: str) -> bool:
    n_words = len(text.split())
    wide = not text.isascii() and len(text) >= 6 and n_words <= 3
    return (TITLE_MIN_WORDS <= n_words <= TITLE_MAX_WORDS or wide) and TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS


def _meta_kind(page: _Page, j: int) -> str | None:
    """What header line `j` is: "date", "byline", "read" (read time), or None."""
    if j < 0 or j >= len(page.blocks):
        return None
    if j not in page.meta_memo:
        page.meta_memo[j] = _read_meta_kind(page, j)
    return page.meta_memo[j]


def _read_meta_kind(page: _Page, j: int) -> str | None:
    kind = page.blocks[j].kind
    if kind is BlockKind.BYLINE:
        return "byline"
    if kind is BlockKind.READ_TIME:
        return "read"
    text = page.texts[j]
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    if _byline_label(text) or _author_image(text) is not None or cues.byline_pattern().match(text):
        return "byline"
    if kind is BlockKind.DATELINE:
        return "date"
    if any(ch.isdigit() for ch in text):
        found = find_dates(text)
        # A line *about* the date ("Updated May 3, 2025", "By X | May 3"), not a
        # sentence that mentions one.
        if found and len(text) - len(found[0].text) <= META_LINE_EXTRA_CHARS:
            return "date"
    return None


def _meta_evidence(page: _Page, i: int) -> str:
    """Where the byline / date cluster sits relative to line `i`."""
    kinds: set[str] = set()
    first = None
    prose_seen = 0
    for j in range(i + 1, min(len(page.blocks), i + 1 + META_AFTER)):
        kind = _meta_kind(page, j)
        if kind is not None:
            kinds.add(kind)
            first = j - i if first is None else first
        elif len(page.texts[j]) > PROSE_CHARS:
            # A standfirst may sit between headline and byline; the body may not.
            prose_seen += 1
            if prose_seen > 1:
                break
    if first is None:
        return "meta:none"
    if first > 3:
        return "meta:far"
    if "byline" in kinds:
        return "meta:byline+date" if len(kinds) > 1 else "meta:byline"
    return "meta:date"


def _overlap(page: _Page, i: int) -> float:
    """Share of the line's content words that the body uses too."""
    own = [_stem(w) for w in words(page.texts[i]) if w not in page.stops]
    if not own:
        return 0.0
    inside = page.start <= i < page.end
    mine = Counter(own) if inside else Counter()
    return sum(1 for w in own if page.vocabulary[w] - mine[w] > 0) / len(own)


def _bin(value: float, bounds: tuple[float, ...], names: tuple[str, ...]) -> str:
    """The name of the first bin whose upper bound `value` does not exceed."""
    for bound, name in zip(bounds, names):
        if value <= bound:
            return name
    return names[-1]


def _headline_like(page: _Page, j: int) -> bool:
    """A line that could be a headline or a menu / contents entry: 4+ words, short."""
    if j < 0 or j >= len(page.texts):
        return False
    text = page.texts[j]
    return len(text) <= PROSE_CHARS and len(text.split()) >= 4 and _meta_kind(page, j) is None


def _neighbour_evidence(page: _Page, i: int, text: str) -> list[str]:
    """A headline stands alone between menus and its byline; a table of contents or a
    list of links is a run of such lines; a breadcrumb or "Site | Headline" line wraps
    the headline; a standfirst follows it."""
    found = []
    run = 1
    for step in (-1, 1):
        j = i + step
        while run < LIST_RUN and _headline_like(page, j):
            run += 1
            j += step
    if run >= LIST_RUN:
        found.append("list")
    low = text.casefold()
    for j in range(max(0, i - NEIGHBOURS), min(len(page.texts), i + NEIGHBOURS + 1)):
        if j == i or not _headline_like(page, j):
            continue
        other = page.texts[j].casefold()
        if other != low and other in low:
            found.append("wraps-neighbour")
        elif low in other and other != low:
            found.append("wrapped-by-neighbour")
    if _standfirst(page, i - 1, i):
        found.append("after-headline")
    if _standfirst(page, i, i + 1):
        found.append("before-standfirst")
    return found


def _standfirst(page: _Page, headline: int, line: int) -> bool:
    """Whether `line` reads as the standfirst under `headline`: right after it, longer,
    not a copy of it."""
    if not (_headline_like(page, headline) and 0 <= line < len(page.texts)) or _meta_kind(page, line):
        return False
    first, second = page.texts[headline], page.texts[line]
    return len(second.split()) > len(first.split()) and first.casefold() not in second.casefold()


def _shape_evidence(page: _Page, i: int) -> list[str]:
    """The evidence that costs little: the line's shape and position."""
    text = page.texts[i]
    evidence = [
        _bin(len(text.split()), (2, 3, 4, 6, 11, 20), ("words:1-2", "words:3", "words:4", "words:5-6", "words:7-11", "words:12-20", "words:21+")),
        _bin(page.article_start - i, (0, 3, 10, 30, 100), ("before:0", "before:1-3", "before:4-10", "before:11-30", "before:31-100", "before:100+")),
    ]
    others = [j for j in page.positions.get(text.casefold(), ()) if j != i]
    if others:
        distance = min(abs(j - i) for j in others)
        evidence.append(_bin(distance, (3, 10, 40), ("repeat:1-3", "repeat:4-10", "repeat:11-40", "repeat:41+")))
    k = bisect.bisect_right(page.prose, i)
    distance = page.prose[k] - i if k < len(page.prose) else 1000
    evidence.append(_bin(distance, (10, 30), ("prose-after:1-10", "prose-after:11-30", "prose-after:31+")))
    if text.endswith("."):
        evidence.append("sentence")
    if text[0].islower():
        evidence.append("lowercase")
    if text[0] in _QUOTES:
        evidence.append("quoted")
    if _BRACKETED.search(text):
        evidence.append("bracketed")
    return evidence


def _context_evidence(page: _Page, i: int) -> list[str]:
    """The evidence that reads the lines around and the body."""
    text = page.texts[i]
    evidence = [_meta_evidence(page, i), _bin(_overlap(page, i), (0.59, 0.79), ("overlap:low", "overlap:mid", "overlap:high"))]
    evidence.extend(_neighbour_evidence(page, i, text))
    if _next_to_date(page, i) and _lone_name(page, text) is not None:
        evidence.append("name")  # the author's name next to the date
    return evidence


def _weight(evidence: list[str]) -> float:
    return sum(TITLE_WEIGHTS.get(name, 0.0) for name in evidence)


def _title_index(page: _Page) -> int | None:
    """The headline: the best of the heading-like lines up to just inside the body.

    Shape and position are scored for every line; the lines around and the body's
    words only for the best `TITLE_SHORTLIST` (they cannot make up a larger gap)."""
    scored = []
    for i in range(min(len(page.blocks), page.start + TITLE_INSIDE_REGION)):
        if page.blocks[i].kind not in _TITLE_KINDS:
            continue
        text = page.texts[i]
        if not _title_shape(text) or _byline_label(text) or _meta_kind(page, i) is not None:
            continue
        scored.append((_weight(_shape_evidence(page, i)), i))
    scored.sort(key=lambda item: (-item[0], item[1]))
    best, best_score = None, -1e9
    for score, i in scored[:TITLE_SHORTLIST]:
        score += _weight(_context_evidence(page, i))
        if score > best_score or (score == best_score and best is not None and i < best):
            best, best_score = i, score
    return best


# -- Byline helpers ------------------------------------------------------------------------

_LABEL_ONLY = re.compile(r"^(?:author|authors|autor|auteur|autore|written by|posted by|by)\s*:?$", re.IGNORECASE)
# "Posted by Jane Doe", "Author: Jane Doe": prefixes the phrase lists may not hold.
_POSTED_BY = re.compile(r"^(?:posted by|author|authors|autor|auteur|autore|written by)\s*:?\s+(?=\w)", re.IGNORECASE)
# "... 2025 by Jane Doe", "... | von Jana Dorn".
_BY_INSIDE = re.compile(r"(?<=\S)\s+(?:by|von|par|por|door|di|av|af|przez)\s+(?=[A-Z])")


def _byline_label(text: str) -> bool:
    """A byline label alone on its line: "By", "Written by", "Author:"."""
    return len(text) <= 20 and _LABEL_ONLY.match(text) is not None


# The author's photo, printed as its alt text: "Headshot of Jane Doe", "Jane Doe's avatar".
_IMAGE_OF = re.compile(r"^(?:headshot|photo|picture|image|portrait|avatar)\s+(?:of|von|de|di)\s+(.+)$", re.IGNORECASE)
_IMAGE_OWNER = re.compile(r"^(.+?)['’]s?\s+(?:avatar|headshot|photo|picture|image|profile (?:photo|picture))$", re.IGNORECASE)


def _author_image(text: str) -> str | None:
    """The name in an author photo's alt text, if the line is one."""
    if len(text) > 120:
        return None
    match = _IMAGE_OF.match(text) or _IMAGE_OWNER.match(text)
    return match.group(1) if match else None


# -- Date ----------------------------------------------------------------------------------
#
# The article's date is written in its header, on a line about the date ("May 3, 2025",
# "Published: 3 May 2025", "By Jane Doe | May 3, 2025"), next to the headline or next to
# another copy of it. A "published" date beats an undated one, which beats an "updated"
# one; a published date whose day is not written ("Originally published in March 2022")
# means the header does not say which day: no date then. Dates in sentences, ranges
# ("May 3 - 5, 2025") and the page's top bar are not the article's.


@attrs.frozen
class _DateCandidate:
    found: FoundDate
    label: str  # "published", "plain" or "updated"
    line: int


def _date_label(page: _Page, j: int, before: str) -> str:
    """How the text before a date (or, failing that, a label line above it) calls it."""
    for text in (before, page.texts[j - 1] if j > 0 and len(page.texts[j - 1]) <= LABEL_LINE_CHARS else ""):
        low = cues.normalize(text)
        if not low:
            continue
        published = _last_match(cues.date_word_pattern("published"), low)
        updated = _last_match(cues.date_word_pattern("updated"), low)
        label_updated = _last_match(_UPDATE_LABEL, low)
        updated = max(updated, label_updated)
        if published > updated:
            return "published"
        if updated > published:
            return "updated"
    return "plain"


def _last_match(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of `pattern` in `text` ends (-1: none)."""
    end = -1
    for match in pattern.finditer(text):
        end = match.end()
    return end


def _line_dates(page: _Page, j: int, reference: datetime.date | None) -> list[_DateCandidate]:
    text = page.texts[j]
    if len(text) > DATE_SCAN_MAX_CHARS or not any(ch.isdigit() for ch in text):
        return []
    found = find_dates(text, reference, month_first=page.month_first)
    if not found or _is_range(text, found):
        return []
    about_date = len(text) - sum(len(f.text) for f in found) <= META_LINE_EXTRA_CHARS
    candidates = []
    previous_end = 0
    for item in found:
        before = text[previous_end : item.start]
        previous_end = item.start + len(item.text)
        label = _date_label(page, j, before)
        # In a longer line (a paragraph), only a labelled date at its start counts:
        # "Updated: December 9, 2024 If you are serving food ...".
        if about_date or (item.start <= DATE_IN_PROSE_MAX_OFFSET and label != "plain"):
            candidates.append(_DateCandidate(item, label, j))
    return candidates


def _is_range(text: str, found: list[FoundDate]) -> bool:
    """Two dates joined by a dash or "to": "2025-12-12 - 2025-12-17"."""
    for first, second in zip(found, found[1:]):
        if text[first.start + len(first.text) : second.start].strip().lower() in _RANGE_JOINERS:
            return True
    return False


def _unreadable_published(page: _Page, lines: list[int]) -> bool:
    """A published date is named but its day is not written ("published in March 2022")."""
    pattern = cues.date_word_pattern("published")
    for j in lines:
        text = page.texts[j]
        if len(text) > DATE_SCAN_MAX_CHARS:
            continue
        low = cues.normalize(text)
        match = pattern.search(low)
        if match and _MONTH_YEAR.search(low[match.end() :]) and not find_dates(text[match.start() :]):
            return True
    return False


def _header_lines(page: _Page, title_at: int | None) -> list[int]:
    """The lines of the article's header: around the headline and around the other
    copies of it (the page may print the headline with its date twice)."""
    if title_at is None:
        lo, hi = page.start - FALLBACK_BEFORE, page.start + FALLBACK_AFTER
        return list(range(max(0, lo), min(len(page.texts), hi)))
    anchors = [j for j in page.positions.get(page.texts[title_at].casefold(), [title_at]) if j < page.start + TITLE_INSIDE_REGION]
    lines: set[int] = set()
    for anchor in anchors or [title_at]:
        lines.update(range(max(0, anchor - HEADER_BEFORE), min(len(page.texts), anchor + HEADER_AFTER)))
    return sorted(lines)


def _pick_date(page: _Page, title_at: int | None, reference: datetime.date | None) -> FoundDate | None:
    lines = _header_lines(page, title_at)
    anchor = title_at if title_at is not None else page.start
    candidates: list[_DateCandidate] = []
    for j in lines:
        if page.blocks[j].kind in _FOREIGN_KINDS and abs(j - anchor) > 3:
            continue  # a comment's or a related post's date
        for candidate in _line_dates(page, j, reference):
            if reference is not None and candidate.found.date is not None and candidate.found.date > reference:
                continue
            candidates.append(candidate)
    by_label = {label: [c for c in candidates if c.label == label] for label in ("published", "plain", "updated")}
    if not by_label["published"] and _unreadable_published(page, lines):
        return None

    def rank(candidate: _DateCandidate) -> tuple[int, int, int]:
        # A full date before a year-less one; then the nearest line below the headline
        # (a date above it counts double the distance); then the first in its line.
        distance = candidate.line - anchor
        return (candidate.found.date is None, distance if distance >= 0 else -2 * distance, candidate.found.start)

    for label in ("published", "plain", "updated"):
        if by_label[label]:
            return min(by_label[label], key=rank).found
    return None


# -- Author --------------------------------------------------------------------------------
#
# Bylines come in a few shapes, in any language:
#   "By Jane Doe", "Written by Jane Doe and John Roe", "Von Jana Dorn", "Par Jean Dupont"
#   "By" / "Author:" alone, the name on the next line
#   "Published May 3, 2025 by Jane Doe", "Posted by Jane Doe on May 3, 2025"
#   "Jane Doe May 3, 2025", "Jane Doe | May 3, 2025"
#   "Jane Doe" alone next to the date or read-time line
#   "Headshot of Jane Doe", "Jane Doe's avatar" (the author's photo)
# and carry what is not the name: job titles ("Jane Doe, Staff Writer"), dates,
# "Updated", photo captions. The strongest shape nearest the headline wins.

# Words of job titles that follow a name ("Jane Doe, Senior Editor", "Jane Doe Staff
# Writer"): where a name ends. Lower case.
JOB_WORDS = frozenset(
    """
    editor editors writer writers reporter reporters correspondent contributor contributing
    columnist journalist author staff manager director founder cofounder co-founder ceo cto cfo
    coo president expert analyst specialist strategist marketer dietitian nutritionist
    lawyer attorney consultant engineer developer designer photographer producer head lead chief
    senior junior associate assistant executive professor student intern
    redakteur redakteurin redaktion autorin korrespondent rédacteur rédactrice journaliste
    redactor redactora periodista giornalista redattore redattrice dziennikarz redaktor
    """.split()
)
# What may follow a name after a comma and still belong to it: degrees, suffixes.
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.?){1,3}$|^(?:Jr|Sr|II|III|IV)\.?$")
# Lower-case words inside names: particles and the words joining two names.
_NAME_JOINERS = frozenset(
    "and und et y e i & van der den de da di del della von zu le la du des bin ibn al el dos das ter".split()
)
_PROSE_VERB = re.compile(r"\s(?:is|was|ist|war|est|était|es|era|è|jest|är|er|on)\s.*$")
_NAME_SPLIT = re.compile(r"\s+(?:\||[-–—•·/]|on|in|am|le|el|il|by|By|von|par|por)\s+.*$|[|•·(\[:].*$")
_LONE_SPLIT = re.compile(r"\s*(?:[,|•·(]|\s[-–—/]\s|\s(?:in|on)\s)")
# Words that label a date, in the lists' absence: where a name before a date ends.
_DATE_LABEL = re.compile(r"(?<!\w)(?:last|originally|on|modified|reviewed|edited|fact[- ]checked)(?!\w)")
_AFTER_DATE = re.compile(r"^\s*(?:[|·•–—,-]|by\b|von\b|par\b|por\b)\s*", re.IGNORECASE)
# Words of an author photo's alt text, left over around a name.
_IMAGE_WORDS = re.compile(r"(?<!\w)(?:headshot|photo|picture|image|portrait|avatar)(?!\w)(?:\s+(?:of|von|de|di)(?!\w))?\s*|['’]s\s+(?:avatar|image|photo|picture)(?!\w)", re.IGNORECASE)
_ONE_NAME = re.compile(r"^[^\W\d_][\w'’.-]{1,30}$")
_SENTENCE_DOT = re.compile(r"(?<=[a-z]{2})\.\s.*$")
_GLUED_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AUTHOR_LABEL_WORDS = ("author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "autorzy", "författare", "forfatter", "auteur(s)")


def _clean_name(raw: str) -> str | None:
    """The person's name at the start of `raw`, or None if it does not start with one."""
    name = _IMAGE_WORDS.sub(" ", _unglue(_BRACKETED.sub(" ", raw)))
    for found in find_dates(name):
        name = name[: found.start]
        break
    name = _cut_date_words(name)
    name = _PROSE_VERB.sub("", name)
    name = _NAME_SPLIT.sub("", name)
    name = _SENTENCE_DOT.sub("", name)
    name = _clean(name).strip(" .:;,-–—")
    name = _drop_job_title(name)
    name = _dedupe(name)
    return name if _looks_like_name(name) else None


def _cut_date_words(text: str) -> str:
    """"Jane Doe Published:" -> "Jane Doe"; "Last updated" -> ""."""
    low = text.lower()
    cuts = [m.start() for kind in ("published", "updated") for m in [cues.date_word_pattern(kind).search(low)] if m]
    match = _DATE_LABEL.search(low)
    if match:
        cuts.append(match.start())
    return text[: min(cuts)] if cuts else text


def _unglue(text: str) -> str:
    """Split words the renderer glued: "Jane DoePublished: ..." -> "Jane Doe Published: ...",
    "Jane DoeJane Doe" -> "Jane Doe Jane Doe"; "McCarthy" stays."""
    published = cues.date_word_pattern("published")
    updated = cues.date_word_pattern("updated")
    parts = _GLUED_WORD.split(text)
    if len(parts) == 1:
        return text
    out = parts[0]
    for part in parts[1:]:
        low = part.lower()
        glue = published.match(low) or updated.match(low) or _IMAGE_WORDS.match(low) or text.startswith(part.split()[0])
        out += (" " if glue else "") + part
    return out


def _drop_job_title(name: str) -> str:
    """"Jane Doe, Senior Editor" -> "Jane Doe"; "Jane Doe, Ph.D." and "Jane Doe, John Roe" stay."""
    parts = [p.strip() for p in name.split(",")]
    kept = [_until_job_word(parts[0])]
    for part in parts[1:]:
        if _CREDENTIAL.match(part.replace(" ", "")):
            kept[-1] += ", " + part
        elif _looks_like_name(part) and not any(_is_job_word(t) for t in part.split()):
            kept.append(part)
        else:
            break
    return ", ".join(k for k in kept if k)


def _is_job_word(token: str) -> bool:
    low = token.lower().strip(".:")
    return low in JOB_WORDS or (low.endswith("s") and low[:-1] in JOB_WORDS)


def _until_job_word(part: str) -> str:
    tokens = part.split()
    for k, token in enumerate(tokens):
        if k > 0 and _is_job_word(token):
            return " ".join(tokens[:k])
    return part


def _dedupe(name: str) -> str:
    """A name printed twice in a row ("Jane Doe Jane Doe") once."""
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half]
    tokens = name.split()
    n = len(tokens)
    for size in range(1, n // 2 + 1):
        if n % size == 0 and tokens == tokens[:size] * (n // size):
            return " ".join(tokens[:size])
    return name


def _looks_like_name(name: str) -> bool:
    """Two to five capitalised words (one allowed), particles and "and" between names."""
    tokens = name.replace(",", " ").split()
    if not tokens or len(tokens) > 3 * NAME_MAX_WORDS or ":" in name:
        return False
    people = re.split(r"\s+(?:and|und|et|y|e|i|&)\s+|,\s*", name)
    if any(len(p.split()) > NAME_MAX_WORDS for p in people):
        return False
    for token in tokens:
        if any(ch.isdigit() for ch in token):
            return False
        if token.lower() in _NAME_JOINERS:
            continue
        if not token[0].isupper():
            return False
    return tokens[0][0].isupper() and tokens[-1].lower() not in _NAME_JOINERS


def _byline_prefix(text: str) -> str | None:
    """The rest of a line that starts with a byline prefix ("By", "Von", "Posted by")."""
    match = cues.byline_pattern().match(text)
    if match:
        return text[match.end():]
    match = _POSTED_BY.match(text)
    return text[match.end():] if match else None


def _inline_byline(text: str) -> str | None:
    """The name after "by" inside a dated line: "Published May 3, 2025 by Jane Doe"."""
    match = _BY_INSIDE.search(text)
    return text[match.end():] if match else None


def _author_candidates(page: _Page, j: int, title_at: int | None) -> list[tuple[int, str]]:
    """(strength, raw name) read off line `j` (and the line after a "By" label)."""
    text = page.texts[j]
    kind = page.blocks[j].kind
    if len(text) > BYLINE_MAX_CHARS or kind is BlockKind.ADVERT:
        return []
    if kind in _FOREIGN_KINDS and (title_at is None or j > title_at + HEADER_LINES):
        return []  # a comment's or a related post's byline (near the headline: misread)
    found: list[tuple[int, str]] = []
    rest = _byline_prefix(text)
    if rest is not None:
        found.append((4, rest))
    elif _byline_label(text) or text.lower().rstrip(" :") in _AUTHOR_LABEL_WORDS:
        following = _next_line(page, j)
        if following is not None:
            found.append((4, page.texts[following]))
    image = _author_image(text)
    if image is not None:
        found.append((3, image))
    if _meta_kind(page, j) == "date" or any(ch.isdigit() for ch in text):
        inline = _inline_byline(text)
        if inline is not None:
            found.append((3, inline))
        dates = find_dates(text)
        # "Jane Doe May 3, 2025"; "Washington, Jan 17" is a dateline, not a byline.
        if dates and dates[0].start > 0 and not text[: dates[0].start].rstrip().endswith(","):
            found.append((2, text[: dates[0].start]))
        if dates:
            # "May 3, 2025 · Jane Doe", "May 3, 2025 | Jane Doe"
            after = text[dates[-1].start + len(dates[-1].text):]
            match = _AFTER_DATE.match(after)
            if match:
                found.append((2, after[match.end():]))
    if found or _meta_kind(page, j) is not None or kind is BlockKind.LIST_ITEM or page.blocks[j].block.bullet is not None:
        return found
    in_header = title_at is not None and title_at < j <= title_at + HEADER_LINES
    alone = _lone_name(page, text)
    if alone is not None and _job_after(alone):
        found.append((2, alone))  # "Jane Doe | Guest Columnist"
    elif alone is not None and in_header and _job_line(page, j + 1):
        found.append((2, alone))  # "Jane Doe" over "Senior Editor"
    elif alone is not None and in_header and _next_to_date(page, j):
        found.append((1, alone))  # a name alone between headline and date
    elif title_at is not None and j == title_at + 1 and _ONE_NAME.match(text) and _meta_kind(page, j + 1) in ("date", "read"):
        found.append((1, text))  # "Gabo": a one-word name between headline and date
    return found


def _job_line(page: _Page, j: int) -> bool:
    """A short line naming a job: "Senior Editor", "Former McKinsey Consultant"."""
    if j >= len(page.texts) or len(page.texts[j]) > 60:
        return False
    tokens = page.texts[j].split()
    return 0 < len(tokens) <= 5 and any(_is_job_word(t) for t in tokens)


def _job_after(text: str) -> bool:
    """"Jane Doe | Guest Columnist", "Jane Doe, Senior Editor": a name, then a job title."""
    parts = _LONE_SPLIT.split(text, 1)
    return len(parts) == 2 and any(_is_job_word(t) for t in parts[1].split()[:4])


def _lone_name(page: _Page, text: str) -> str | None:
    """The whole line as a name ("Jane Doe", "Jane Doe, Staff Writer", "Jane Doe |
    Columnist"): two or more capitalised words, not a heading's."""
    text = _dedupe(_clean(_BRACKETED.sub(" ", text)))
    head = _LONE_SPLIT.split(text, 1)[0].strip()
    tokens = head.split()
    # Short function words ("The", "How", "Our") start headings, not names; longer
    # stoplist entries may be first names ("john" is one in English).
    if len(tokens) < 2 or ":" in head or any(len(t) <= 3 and t.lower() in page.stops and t.lower() not in _NAME_JOINERS for t in tokens):
        return None
    return text


def _next_line(page: _Page, j: int) -> int | None:
    """The next line after `j` that is not an image placeholder."""
    for k in range(j + 1, min(len(page.texts), j + 3)):
        if not _BRACKETED.fullmatch(page.texts[k]):
            return k
    return None


def _next_to_date(page: _Page, j: int) -> bool:
    for k in (j - 2, j - 1, j + 1, j + 2):
        if _meta_kind(page, k) in ("date", "read"):
            return True
    return False


def _author(page: _Page, lo: int, hi: int, title_at: int | None) -> str | None:
    """The best byline name in [lo, hi): the strongest shape, then the nearest one
    after the headline."""
    best: tuple[int, int, str] | None = None
    anchor = title_at if title_at is not None else lo
    for j in range(max(0, lo), min(hi, len(page.blocks))):
        if j == title_at:
            continue
        for strength, raw in _author_candidates(page, j, title_at):
            name = _clean_name(raw)
            if name is None or (title_at is not None and name.casefold() == page.texts[title_at].casefold()):
                continue
            distance = j - anchor if j > anchor else 2 * (anchor - j)
            key = (strength, -distance, name)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


# -- Source --------------------------------------------------------------------------------


def _agency(page: _Page, lo: int, hi: int) -> str | None:
    names = {a.lower(): a for a in cues.agencies()}
    for i in range(max(0, lo), min(hi, len(page.blocks))):
        text = page.texts[i]
        if len(text) > 40:
            continue
        match = _CREDIT.match(text)
        if match and match.group(1).strip().lower() in names:
            return names[match.group(1).strip().lower()]
    return None


def _site_name(page: _Page) -> str | None:
    """The publication named in a copyright line, preferring one printed alone elsewhere."""
    lines = {t.lower() for t in page.texts}
    names: list[str] = []
    for text in page.texts:
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
    page = _page(classified)
    start, end = page.start, page.end
    title_at = _title_index(page)
    if title_at is not None:
        head_lo, head_hi = title_at - HEADER_BEFORE, title_at + HEADER_AFTER
    else:
        head_lo, head_hi = start - FALLBACK_BEFORE, start + FALLBACK_AFTER
    date = _pick_date(page, title_at, reference)
    author = _author(page, head_lo, head_hi, title_at) or _author(page, end - 2, min(len(page.blocks), end + 8), None)
    source = _agency(page, max(start, end - 3), min(len(page.blocks), end + 3)) or _agency(page, head_lo, head_hi)
    return Metadata(
        title=page.texts[title_at] if title_at is not None else None,
        date=date.date if date else None,
        date_text=date.text if date else None,
        author=author,
        source=source or _site_name(page),
    )

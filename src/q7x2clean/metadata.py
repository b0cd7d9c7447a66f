"""Title, date, author and source from the classified blocks of a dump.

A reader finds an article's metadata in its *header*: the headline, then (in any order,
often on lines of their own) a standfirst, the byline, the date, a read time. That
header is not always just before the body region the classifier found: tables of
contents, key-point boxes, product tables and share bars often sit between them. So the
header is found first, by its headline:

1. the headline is the heading-like line that a byline/date cluster follows, that the
   page often prints twice (breadcrumb, h1), whose words the body and its first
   paragraphs repeat, and that sits just before the article's first paragraph
   (`TITLE_WEIGHTS`); a breadcrumb trail, an image or a " | Site" around it is cut;
2. the date is one written on a header line next to the headline (or next to another
   copy of it, or, if none has one, around the body's start); a "published" date beats
   an unlabelled one, which beats an "updated" one; dates in sentences, date ranges
   and the page's top bar are not the article's;
3. the author comes from a byline in the header: "By X", a "By"/"Author" label with
   the name on the next line, "May 3, 2025 by X", "X May 3, 2025", a name alone next
   to the date, the author's photo ("Headshot of X", "X Profile Image"); job titles
   are dropped. Without one, from the article's end: a "By" line, the author box ("X"
   over "X is a reporter ..."), a "Written by:" label;
4. the source is a news agency credited on a line of its own at the end or in the
   header ("- IANS"), else the publication named in the copyright line.

Only the page's head, the article's edges and the body's first characters are read.
Multilingual words (byline prefixes, months, "published"/"updated") come from `cues`;
the few lists here are shapes of names and job titles the phrase lists do not hold.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import html
import re
from collections.abc import Callable, Iterable

import attrs

from . import cue_phrases, cues
from .article import BlockKind
from .classify import Classified, Labelled
from .dates import FoundDate, find_dates
from .language import stoplist, words

# -- Tuned constants (on the wcxb-dev dumps of all four renderers, and the seeds) -------
# Headline candidates: this many words (wide-script lines: a few words of 6+ characters).
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 250
# A longer line ending in a full stop is a sentence, not a headline.
SENTENCE_MIN_WORDS = 12
# Candidates run from the page's top to this many blocks into the body region (the
# region may start at the headline itself).
TITLE_INSIDE_REGION = 4
# A line right over a "By" line counts as a candidate this many blocks into the region.
TITLE_OVER_BYLINE = 40
# Candidates whose surroundings are read (the others are scored on shape and position).
# A page may print dozens of teaser titles that outscore its headline on shape alone
# (30 left the headline of 3 wcxb-dev innerText pages out; 100 costs no measurable time).
TITLE_SHORTLIST = 100
# The line above the best headline candidate wins when the candidate reads as its
# standfirst and scores at most this much more.
STANDFIRST_MARGIN = 1.5
# The byline/date cluster is looked for this many blocks after a headline candidate.
META_AFTER = 6
# Headline-like lines in a row: this many make a list (contents, links), not a header.
LIST_RUN = 4
# Lines around a headline that may repeat it (breadcrumb, "Site | Headline"); further
# away, a line holding it counts when it is this long at least.
NEIGHBOURS = 3
WRAPPED_MIN_CHARS = 15
# The article's intro may be left out of the region, cut by up to this many lines that
# are not paragraphs (a table of contents, headings, an image).
INTRO_GAP = 15
# A block this long is a paragraph, not a header line.
PROSE_CHARS = 150
# The body's words (for the headline's words) are read from its first characters.
BODY_VOCABULARY_CHARS = 10000
# The header: this many blocks after the headline and before it (a date printed above).
HEADER_AFTER = 12
HEADER_BEFORE = 3
# Without a headline, the header is looked for around the body's first block.
FALLBACK_BEFORE = 6
FALLBACK_AFTER = 3
# A header line about a date carries at most this many other characters ("Last
# updated on", "By Jane Doe |"); longer lines are sentences that mention a date ...
META_LINE_EXTRA_CHARS = 60
# ... and, beside a date without its year, at most this many words ("Posted by Jane Doe
# on", "Updated"): more make a headline that names a day ("Fares rise on July 1").
YEARLESS_LINE_MAX_WORDS = 6
DATE_LINE_MAX_CHARS = 160
# ... unless the date is labelled and opens the line ("Updated: May 3, 2025 If you ...").
DATE_IN_PROSE_MAX_OFFSET = 40
DATE_SCAN_MAX_CHARS = 400
# Without a date in the header, a labelled date line this many lines before or after
# the body's end is the article's.
END_DATE_BEFORE = 3
END_DATE_AFTER = 8
# A line this short above a date may be its label ("Last update:", "Published on").
LABEL_LINE_CHARS = 30
# A byline line is at most this long; a name at most this many words (several names
# may be joined by "and" or commas).
BYLINE_MAX_CHARS = 160
NAME_MAX_WORDS = 5
# A byline glued to the end of a standfirst ends with a date: a digit in these last characters.
DATE_TAIL_CHARS = 6
# A name before a date ("Jane Doe, Staff Writer May 3, 2025") has at most this many words.
DATED_NAME_MAX_WORDS = 8
# An author label ("Authors:") names at most this many people on the lines under it.
LABEL_MAX_PEOPLE = 6
# A line naming several authors counts this many lines from the best one's photo or byline.
AUTHOR_LIST_LINES = 6
# A name found without a "By" has at most this many words a person.
LONE_NAME_MAX_WORDS = 4
# A name alone on its line counts as the byline this many lines under the headline.
HEADER_LINES = 8
# The header reaches on to the body, at most this many lines past its first.
HEADER_SPAN = 40
# A byline may open the body: its first lines are read too.
BODY_BYLINE_LINES = 12
# A user name in the header is completed by a "By" line up to this many lines past the
# body's end (a full name the user name holds a word of).
TAIL_NAME_LINES = 8
# A "By" line or the author's photo counts this many lines before the body's end (an
# author box the region kept).
TAIL_BYLINE_LINES = 15
# The author box: looked for this many lines before and after the body's end (further
# up when headed "About Jane Doe"); its bio is a line this long that names the author
# in its first characters.
BIO_BEFORE_END = 15
BIO_ABOUT_BEFORE_END = 40
BIO_AFTER_END = 40
BIO_MIN_CHARS = 60
BIO_NAME_WITHIN = 80
# An author label ("Written by:") counts this many lines after the body's end.
LABEL_AFTER_END = 80
# Lines printed this far above the headline (menus, sections) are not the author.
ABOVE_HEADER_LINES = 60

# Kinds a headline may have been given: the classifier calls lines before the body
# navigation or teaser, short lines inside it heading.
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
# Sections whose dates and names belong to other posts or to readers.
_FOREIGN_KINDS = frozenset(
    {BlockKind.RELATED, BlockKind.COMMENTS, BlockKind.COMMENT_FORM, BlockKind.PREV_NEXT, BlockKind.FOOTER}
)

_DIGIT = re.compile(r"\d")
# Widgets lynx prints as words: "(BUTTON) Search".
_RENDERER_MARK = re.compile(r"\((?:BUTTON|IMG|IMAGE|INLINE|FORM|LINK|EMBED|OBJECT)\)")
_MARK_STARTS = frozenset({"(B", "(I", "(F", "(L", "(E", "(O"})
# Images printed as "[alt text]" or "[file-name]" by w3m and lynx.
_BRACKETED = re.compile(r"\[[^\]]{0,80}\]")
_PLACEHOLDER = re.compile(r"(?:\[[^\]]{0,80}\]\s*)+")
_QUOTES = "\"'“”‘’«»„"
# The separators of a breadcrumb trail ("Home » Blog » Headline", "Home / News / ...").
_CRUMB = re.compile(r"\s[»›>/|]\s|\s[»›>/|]$")
_CRUMB_CHARS = re.compile(r"[»›>/|]")
_CRUMB_ENDS = (" /", " »", " ›", " >")


@attrs.frozen
class Metadata:
    title: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    author: str | None = None
    source: str | None = None


def extract(classified: Classified, reference: datetime.date | None) -> Metadata:
    """The article's title, date, author and source. `reference` completes year-less
    dates and rules out dates after it."""
    page = _page(classified, reference)
    start, end = page.start, page.end
    title_at = _title_index(page)
    if title_at is not None:
        head_lo, head_hi = title_at - HEADER_BEFORE, title_at + HEADER_AFTER
    else:
        head_lo, head_hi = start - FALLBACK_BEFORE, start + FALLBACK_AFTER
    date = _pick_date(page, title_at, reference)
    # The byline in the header, else a "By" line anywhere before the body (the headline
    # may have been missed) or as far into it as the header reaches (under a long
    # standfirst), else one at the end of the article.
    author = (
        _author(page, _header_and_body_start(page, head_lo, head_hi), title_at)
        or _prefixed_author(page, 0, start + BODY_BYLINE_LINES)
        or _prefixed_author(page, start + BODY_BYLINE_LINES, head_lo + HEADER_SPAN, strict=True)
        or _author(page, range(end - 2, end + 8), None)
        or _author(page, range(end - TAIL_BYLINE_LINES, end - 2), None, min_strength=_PHOTO)
        or _bio_author(page, end - BIO_BEFORE_END, min(len(page.blocks), end + BIO_AFTER_END))
        or _labelled_author(page, end, end + LABEL_AFTER_END)
        or _copyright_person(page)
    )
    if author is not None and len(author.split()) == 1:
        author = _full_name_of(page, author) or author
    source = (
        _agency(page, max(start, end - 3), min(len(page.blocks), end + 3))
        or _agency(page, head_lo, head_hi)
        or _byline_agency(page, head_lo, head_hi)
    )
    return Metadata(
        title=_headline_text(page.texts[title_at]) if title_at is not None else None,
        date=date.date if date else None,
        date_text=date.text if date else None,
        author=author,
        source=source or _site_name(page),
    )


# -- The page ------------------------------------------------------------------------------


@attrs.define
class _Page:
    """What the rules need to know about the page, computed once a document; the costly
    parts (a line's dates, its header kind, its word stems, whether the body uses a
    word) only when a rule asks, and then kept for the rules that ask again."""

    blocks: tuple[Labelled, ...]
    texts: tuple[str, ...]  # each block's text on one line (`_clean`)
    start: int  # the body region [start, end)
    end: int
    article_start: int  # where the article's prose begins (`_article_start`)
    stops: frozenset[str]
    language: str
    month_first: bool  # read 03/04/2025 as March 4 (English pages)
    reference: datetime.date | None  # completes year-less dates
    positions: dict[str, list[int]]  # where each short line occurs (casefolded)
    prose: list[int]  # the blocks that are paragraphs
    # The body's first lines and `BODY_VOCABULARY_CHARS` after them (`_body_lines`).
    body_lines: list[int]
    _body_words: str | None = None
    _in_body: dict[str, bool] = attrs.field(factory=dict)
    _body: str | None = None
    _head: str | None = None
    _meta: dict[int, str | None] = attrs.field(factory=dict)
    _dates: dict[int, list[FoundDate]] = attrs.field(factory=dict)
    _stems: dict[int, frozenset[str]] = attrs.field(factory=dict)
    _copyright: list[str] | None = None

    def meta_kind(self, j: int) -> str | None:
        """What header line `j` is: "byline", "date" (or a date's label), "read" (read
        time), or None."""
        if j < 0 or j >= len(self.blocks):
            return None
        if j not in self._meta:
            self._meta[j] = _read_meta_kind(self, j)
        return self._meta[j]

    def dates(self, j: int) -> list[FoundDate]:
        """The dates written on line `j`."""
        if j not in self._dates:
            self._dates[j] = find_dates(self.texts[j], self.reference, month_first=self.month_first)
        return self._dates[j]

    def stems(self, j: int) -> frozenset[str]:
        if j not in self._stems:
            self._stems[j] = _stems(self.texts[j])
        return self._stems[j]

    @property
    def and_word(self) -> str | None:
        """The word joining two authors' names in the page's language (`_AND`)."""
        return _AND.get(self.language)

    @property
    def head_end(self) -> int:
        return min(self.end, self.start + TITLE_INSIDE_REGION)

    def in_body(self, stem: str) -> bool:
        """Whether a word of the body past its first lines (one may be the headline)
        has the stem `stem` (its first five letters, or all of them if fewer): a word
        there starts with it, and ends with it if it is shorter than a stem."""
        if stem not in self._in_body:
            if self._body_words is None:
                head_end = self.head_end
                self._body_words = "\n".join(self.texts[i] for i in self.body_lines if i >= head_end).lower()
            self._in_body[stem] = _has_word_start(self._body_words, stem, whole=len(stem) < _STEM)
        return self._in_body[stem]

    @property
    def body(self) -> str:
        """The body's first characters, as written."""
        if self._body is None:
            self._body = " ".join(self.texts[i] for i in self.body_lines)
        return self._body

    @property
    def head(self) -> str:
        """The short lines up to the body, casefolded, one a line."""
        if self._head is None:
            self._head = "\n".join(t.casefold() for t in self.texts[: self.head_end] if len(t) <= TITLE_MAX_CHARS)
        return self._head


def _page(classified: Classified, reference: datetime.date | None = None) -> _Page:
    blocks = classified.blocks
    texts = tuple(_clean(b.block.text) for b in blocks)
    positions: dict[str, list[int]] = {}
    short = TITLE_MAX_CHARS
    prose = []
    for i, text in enumerate(texts):
        if len(text) <= short:
            positions.setdefault(text.casefold(), []).append(i)
        if len(text) > PROSE_CHARS:
            prose.append(i)
    return _Page(
        blocks=blocks,
        texts=texts,
        start=classified.start,
        end=classified.end,
        article_start=_article_start(blocks, texts, classified.start),
        stops=stoplist(classified.language),
        language=classified.language,
        month_first=classified.language == "English",
        reference=reference,
        positions=positions,
        prose=prose,
        body_lines=_body_lines(classified, texts),
    )


def _body_lines(classified: Classified, texts: tuple[str, ...]) -> list[int]:
    """The body's first lines, then its blocks up to `BODY_VOCABULARY_CHARS`."""
    blocks = classified.blocks
    head_end = min(classified.end, classified.start + TITLE_INSIDE_REGION)
    lines = [i for i in range(classified.start, head_end) if blocks[i].kind.is_body]
    budget = BODY_VOCABULARY_CHARS
    for i in range(head_end, classified.end):
        if budget <= 0:
            break
        if blocks[i].kind.is_body:
            budget -= len(texts[i])
            lines.append(i)
    return lines


def _clean(text: str) -> str:
    """One line, single spaces (tables and wrapped lines keep runs of them, and there
    are other spaces than " "), without the marks renderers print for widgets
    ("(BUTTON)" in lynx)."""
    if "(" in text:
        at = text.index("(")
        if text[at : at + 2] in _MARK_STARTS or "(" in text[at + 1 :]:
            text = _RENDERER_MARK.sub(" ", text)
    if "  " in text or "\t" in text or "\n" in text or not text.isascii():
        return " ".join(text.split())  # any whitespace, "\u202f" too
    return text.strip()


# A crude stem, the first five letters: "trends" and "trend" meet, "restaurants" and
# "restaurant".
_STEM = 5


def _stems(text: str) -> frozenset[str]:
    return frozenset([w[:_STEM] for w in set(words(text))])


def _has_word_start(text: str, stem: str, whole: bool) -> bool:
    """Whether a word of `text` (lower case) starts with `stem`, or is `stem` if `whole`
    (a search for the few stems asked is cheaper than the stems of all the words)."""
    at = text.find(stem)
    while at >= 0:
        end = at + len(stem)
        if (at == 0 or not text[at - 1].isalpha()) and not (whole and end < len(text) and text[end].isalpha()):
            return True
        at = text.find(stem, at + 1)
    return False


def _article_start(blocks: tuple[Labelled, ...], texts: tuple[str, ...], start: int) -> int:
    """Where the article's prose begins: the region's start, moved back over the
    paragraphs that lead into it (an intro the classifier left out because a table of
    contents or a box interrupts it)."""
    begin, gap = start, 0
    for j in range(start - 1, -1, -1):
        # A standfirst the classifier keeps above the region leads into it as well.
        if blocks[j].kind in (BlockKind.TEASER, BlockKind.CONTENT) and len(texts[j]) > PROSE_CHARS:
            begin, gap = j, 0
        else:
            gap += 1
            if gap > INTRO_GAP:
                break
    return begin


# -- Header lines --------------------------------------------------------------------------
#
# The lines of an article's header other than its headline: a byline ("By Jane Doe",
# a "By" label, the author's photo), a date or its label, a read time.

_LABEL_ONLY = re.compile(
    r"^(?:author|authors|autor|auteur|autore|by|(?:\w+\s+)?(?:written|posted|authored)\s+by)\s*:?$", re.IGNORECASE
)
# The author's photo, printed as its alt text: "Headshot of Jane Doe", "Jane Doe's
# avatar", "Jane Doe Profile Image", "An avatar representing Jane Doe".
_IMAGE_OF = re.compile(
    r"^(?:an?\s+)?(?:headshot|photo|picture|image|portrait|avatar)\s+(?:of|von|de|di|representing)\s+(.+)$",
    re.IGNORECASE,
)
_IMAGE_OWNER = re.compile(
    r"^(.+?)(?:['’]s?\s+(?:avatar|headshot|photo|picture|image|profile (?:photo|picture|image))"
    r"|(?<!\s)\s+(?:avatar|headshot|profile (?:photo|picture|image|pic)))$",
    re.IGNORECASE,
)
# Words one of those two patterns needs (to rule most lines out at once).
_IMAGE_HINT = re.compile("headshot|photo|picture|image|portrait|avatar|profile")
# "Last update", "last modified": update labels the phrase lists may not hold.
_UPDATE_LABEL = re.compile(r"(?<!\w)(?:last update|last modified|modified|revised)(?!\w)")


def _read_meta_kind(page: _Page, j: int) -> str | None:
    kind = page.blocks[j].kind
    if kind is BlockKind.BYLINE:
        return "byline"
    if kind is BlockKind.READ_TIME:
        return "read"
    text = _without_rules(page.texts[j])
    if len(text) > DATE_LINE_MAX_CHARS or not text:
        return None
    short = len(text) <= LABEL_LINE_CHARS
    if (short and _byline_label(text)) or _author_image(text) is not None or _starts_with_byline(text):
        return "byline"
    if kind is BlockKind.DATELINE or (short and _date_label_line(text)):
        return "date"
    if _DIGIT.search(text):
        found = page.dates(j)
        # A line *about* the date ("Updated May 3, 2025", "By X | May 3"), not a
        # sentence that mentions one.
        if found and len(text) - len(found[0].text) <= META_LINE_EXTRA_CHARS and not _dated_sentence(text, found[0]):
            return "date"
    return None


def _dated_sentence(text: str, found: FoundDate) -> bool:
    """A headline or sentence that names a day without its year ("Bus fares go up on 1
    July across the region"), or with it before a colon and a clause ("Vote on 12 May
    2024: what you need to know"), not a label or byline around a date."""
    after = text[found.start + len(found.text) :]
    if _CLAUSE_AFTER.match(after) and len(after.split()) >= CLAUSE_MIN_WORDS:
        return True
    if found.has_year:
        return False
    rest = text[: found.start] + " " + after
    return len(rest.split()) > YEARLESS_LINE_MAX_WORDS


# A colon after a date, then words: the date a headline is about ("Wahl am 12.
# Mai 2024: Was Wähler wissen müssen"); a label's colon comes before its date, a time
# after it is in digits. The clause has this many words at least.
_CLAUSE_AFTER = re.compile(r"\s?: ?[^\W\d_]")  # lines are cleaned: single spaces
CLAUSE_MIN_WORDS = 4


# A rule drawn with box characters, which w3m glues to the line above it ("May 3, 2025 ━━━━").
_RULE = re.compile(r"[━─═]{3,}")


def _without_rules(text: str) -> str:
    return " ".join(_RULE.sub(" ", text).split()) if "━" in text or "─" in text or "═" in text else text


def _starts_with_byline(text: str) -> bool:
    """Whether the line opens with a byline prefix ("By", "Von", "Texto:")."""
    first = _first_word(text)
    return first in _byline_first_words() and cues.byline_pattern().match(text) is not None


# Where a line's first word ends: a space, or a colon with no space after it ("作者:李明").
_FIRST_WORD_END = re.compile(r"\s|[:：](?=\S)")


def _first_word(text: str) -> str:
    """The line's first word in lower case, without a trailing colon or dash."""
    return _FIRST_WORD_END.split(text, 1)[0].lower().rstrip(":-") if text else ""


@functools.cache
def _byline_first_words() -> frozenset[str]:
    """The first words of the byline prefixes: a line starting otherwise is no byline."""
    prefixes = [*cue_phrases.BYLINE_PREFIXES, *_POSTED_BY_WORDS]
    return frozenset(cues.normalize(p).split()[0].rstrip(":-") for p in prefixes if p.split())


@functools.cache
def _date_label_first_words() -> frozenset[str]:
    """The first words of the date labels: a line starting otherwise is no label."""
    labels = [*cue_phrases.DATE_WORDS["published"], *cue_phrases.DATE_WORDS["updated"], "last", "modified", "revised"]
    return frozenset(cues.normalize(label).split(" ", 1)[0] for label in labels if label.strip())


def _byline_label(text: str) -> bool:
    """A byline label alone on its line: "By", "Written by", "Author:"."""
    return len(text) <= 30 and _LABEL_ONLY.match(text) is not None


def _date_label_line(text: str) -> bool:
    """A date's label alone on its line: "Published on", "Last updated:"."""
    if text.isascii() and text.split(None, 1)[0].lower().rstrip(":") not in _date_label_first_words():
        return False  # the common case, without `cues.normalize`
    low = cues.normalize(text).rstrip(" :")
    if low.split(" ", 1)[0] not in _date_label_first_words():
        return False
    for kind in ("published", "updated"):
        match = cues.date_word_pattern(kind).match(low)
        if match is not None and match.end() == len(low):
            return True
    return _UPDATE_LABEL.fullmatch(low) is not None


def _author_image(text: str) -> str | None:
    """The name in an author photo's alt text, if the line is one."""
    if len(text) > BYLINE_MAX_CHARS:
        return None
    if _IMAGE_HINT.search(text.lower()) is None:
        return None
    match = _IMAGE_OF.match(text) or _IMAGE_OWNER.match(text)
    return match.group(1) if match else None


def _next_to_date(page: _Page, j: int) -> bool:
    return any(page.meta_kind(k) in ("date", "read") for k in (j - 2, j - 1, j + 1, j + 2))


# -- Title ---------------------------------------------------------------------------------
#
# Each heading-like line up to just inside the body collects named pieces of evidence;
# their weights add up and the line with the highest sum is the headline.
#
# The weights are a conditional logit (which line of a page is its headline, L2 = 2)
# fitted on the wcxb-dev dumps of all four renderers, rounded to 0.1. The same fit on
# two renderers picks the headline of 0.82-0.85 of the pages of the other two; on half
# of the pages, of 0.80 of the other half on average (0.75-0.82 over ten splits); these
# weights, of 0.845-0.853 of all pages (in-sample).
TITLE_WEIGHTS = {
    # Headlines run to 7-20 words; menus and labels to 1-4.
    "words:1-2": -2.2, "words:3": -0.5, "words:4": -0.7, "words:5-6": 0.7,
    "words:7-11": 1.7, "words:12-20": 1.4, "words:21+": -0.5,
    # A byline / date cluster follows the headline, maybe after a standfirst (right
    # after it: no kicker or subtitle between); a date may also sit above it.
    "meta:byline+date": 1.3, "meta:byline": 0.6, "meta:date": 1.2, "meta:far": -0.8, "meta:none": -2.3,
    "meta:next": -0.6, "meta-above": 1.1,
    # Just before the article's first paragraph (blocks between them).
    "before:0": -1.4, "before:1-3": 1.0, "before:4-10": 0.4, "before:11-30": -0.7, "before:31-100": 0.3,
    "before:100+": 0.3,
    # The body speaks of what the headline announces: the share of its words in the
    # body, and in the first two paragraphs after it.
    "overlap:low": -1.6, "overlap:mid": 0.4, "overlap:high": 1.3,
    "lead:low": -1.2, "lead:mid": 0.0, "lead:high": 1.3,
    # Printed twice close together (breadcrumb and h1, h1 and og:title); menus and
    # contents entries repeat a whole menu or article apart, a section label anywhere.
    "repeat:1-3": 1.0, "repeat:4-10": 0.3, "repeat:11-40": -0.1, "repeat:41+": 0.2, "label-elsewhere": -0.8,
    # The article (standfirst or body) starts soon after its headline.
    "prose-after:1-10": 0.5, "prose-after:11-30": 0.6, "prose-after:31+": -1.1,
    # Lines around: a list of such lines is a menu or contents; a breadcrumb or
    # "Site | Headline" wraps the headline; a standfirst follows it; the author's name
    # sits next to the date.
    "list": -1.7, "wrapped-by-neighbour": 1.2, "wrapped-far": 0.8, "after-headline": -0.8, "name": -0.9,
    "next:standfirst": -0.4,
    # Shapes: "Headline: the subtitle" and questions are headlines' own; a sentence or
    # two, a fragment or alt text, a pull quote, a label ending in a colon, a
    # breadcrumb trail, a list item, a heading of the body are not. An image printed in
    # brackets before it is no harm.
    "colon": 1.2, "question": 0.2, "sentence": -2.5, "two-sentences": -0.5, "lowercase": -1.1, "quoted": -0.5,
    "ends-colon": -0.7, "breadcrumb": -1.1, "list-item": -2.5, "heading": -0.9, "bracketed": 1.0,
}


def _title_index(page: _Page) -> int | None:
    """The headline: the best of the heading-like lines up to just inside the body.

    Shape and position are scored for every line; the lines around and the body's
    words only for the best `TITLE_SHORTLIST`, a stage at a time, and only as long as
    the line can still win: the most a stage can add is known from the weights."""
    head_end = min(len(page.blocks), page.start + TITLE_INSIDE_REGION)
    # Further into the region, a line right over a byline ("By Jane Doe"): the region
    # may start at a box above the article.
    over_byline = [
        i
        for i in range(head_end, min(len(page.blocks) - 1, page.start + TITLE_OVER_BYLINE))
        if page.meta_kind(i + 1) == "byline" and _starts_with_byline(page.texts[i + 1])
    ]
    shaped = [
        i
        for i in [*range(head_end), *over_byline]
        if page.blocks[i].kind in _TITLE_KINDS and _title_shape(page.texts[i])
    ]
    scored = sorted(((_weight(_shape_evidence(page, i)), i) for i in shaped), key=lambda item: (-item[0], item[1]))
    stages, still_to_add = _context_stages()
    best, best_score = None, -1e9
    # Sums of weights in another order differ in the last bits: a tie is a tie.
    epsilon = 1e-9
    totals: dict[int, float] = {}
    shortlisted = 0
    for score, i in scored:
        # A line that cannot reach the best score (less the standfirst margin: it may be
        # the headline over the best) is no headline, nor is any line after it.
        if shortlisted == TITLE_SHORTLIST or score + still_to_add[0] < best_score - STANDFIRST_MARGIN - epsilon:
            break
        if not _title_candidate(page, i):
            continue
        shortlisted += 1
        for stage, rest in zip(stages, still_to_add[1:]):
            score += _weight(stage(page, i))
            if score + rest < best_score - STANDFIRST_MARGIN - epsilon:
                break
        else:
            totals[i] = score
            if score > best_score + epsilon or (score > best_score - epsilon and best is not None and i < best):
                best, best_score = i, score
    # A headline and its standfirst look alike; the headline comes first.
    if best is not None and best - 1 in totals and _standfirst(page, best - 1, best, short_headline=True):
        if totals[best - 1] >= best_score - STANDFIRST_MARGIN - epsilon:
            return best - 1
    return best


# "Home / Blog / Headline", "Home > Blog > Headline", "Home /Headline": the trail before
# a headline (each crumb a few words).
_CRUMB_TRAIL = re.compile(r"^(?:[^/>»›|]{1,40}?\s[/>»›]\s?){1,4}(?=\S)")
# An image printed before the headline as its file name: "[blog.png] 10 Tips ...",
# "[hero-image] ..." (a label such as "[2025]" or "[Video]" is part of the headline).
_LEADING_IMAGE = re.compile(r"^(?:\[(?=[^\]]*[a-z])[a-z0-9_.-]{1,80}\]\s*)+(?=\w)")
# "Headline | Site": the page's <title> printed as a line.
_SITE_SUFFIX = re.compile(r"\s\|\s.*$")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _headline_text(text: str) -> str:
    """The headline as a reader would copy it: without the breadcrumb trail, an image
    placeholder or a " | Site" suffix around it, or the separators of an empty label
    before it ("| : Headline"), with the HTML entities a renderer left ("&#x26;") decoded."""
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    for pattern in (_LEADING_IMAGE, _CRUMB_TRAIL):
        rest = pattern.sub("", text)
        if rest != text and len(rest.split()) >= TITLE_MIN_WORDS:
            text = rest
    rest = _SITE_SUFFIX.sub("", text)
    if len(rest.split()) >= 3:
        text = rest
    return text.lstrip("|: ") or text


# Never a headline: a rule drawn with box characters, a form field ("Search [ ]"), a
# logo's alt text ("Acme Logo"), a link to a file ("Report.pdf (619.83 KB)").
_NOT_HEADLINE = re.compile(
    r"[━─═]{3}|_{4}|={4}|\[\s*\]|\[_+\]|\[[^\[\]]*\s\]|\slogo$|\.(?:pdf|docx?|xlsx?|pptx?|zip)\b|\(\d[\d.,]*\s?[KMG]B\)",
    re.IGNORECASE,
)
# The arrows of links to the previous or next post.
_PREV_NEXT = ("«", "‹", "←", "»", "›", "→")
# A line of tags: "#development #git".
_HASHTAGS = re.compile(r"(?:#\S+\s*)+")
# Two sentences in a line: a standfirst ("Cloud as a layer. Edge as the environment.").
_TWO_SENTENCES = re.compile(r"\w[.!?]\s+[A-Z]")
# Scripts written without spaces between words: a headline may be one "word".
_WIDE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# Chinese and Japanese write words without spaces: a headline's words are counted as
# its Han and kana characters over this (a word of news text runs to about two).
UNSPACED_CHARS_PER_WORD = 2
_UNSPACED_SCRIPT = re.compile(cues.UNSPACED_LETTER)


def _word_count(text: str) -> int:
    """The words of a line that `_clean` left with single spaces; unspaced Chinese and
    Japanese by their characters."""
    spaced = text.count(" ") + 1
    if text.isascii():
        return spaced
    return max(spaced, len(_UNSPACED_SCRIPT.findall(text)) // UNSPACED_CHARS_PER_WORD)


def _title_shape(text: str) -> bool:
    n_words = _word_count(text)
    if n_words > SENTENCE_MIN_WORDS and text.endswith("."):
        return False  # a sentence, a paragraph
    if not TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS:
        return False
    if TITLE_MIN_WORDS <= n_words <= TITLE_MAX_WORDS:
        return True
    return n_words <= 3 and not text.isascii() and _WIDE_SCRIPT.search(text) is not None


def _title_candidate(page: _Page, i: int) -> bool:
    """Not a header line, a rule, a form, a line of tags or a link to the previous or
    next post ("« Older post", "Newer post »")."""
    text = page.texts[i]
    if _NOT_HEADLINE.search(text) or _HASHTAGS.fullmatch(text) or text.startswith(_PREV_NEXT) or text.endswith(_PREV_NEXT):
        return False
    return not _byline_label(text) and page.meta_kind(i) is None and not _items_twice(text)


# The items of such a menu are this many words at most.
TWICE_ITEM_MAX_WORDS = 3


def _items_twice(text: str) -> bool:
    """A menu whose items are each printed twice (an icon's label, then the link): "Blog
    Blog Status Status Team Team", "For Schools For Schools For Teachers For Teachers"."""
    tokens = text.split()
    i = items = 0
    while i < len(tokens):
        size = next(
            (n for n in range(1, TWICE_ITEM_MAX_WORDS + 1) if tokens[i : i + n] == tokens[i + n : i + 2 * n]),
            None,
        )
        if size is None:
            return False
        i += 2 * size
        items += 1
    return items >= 2


def _weight(evidence: list[str]) -> float:
    return sum(TITLE_WEIGHTS.get(name, 0.0) for name in evidence)


def _bin(value: float, bounds: tuple[float, ...], names: tuple[str, ...]) -> str:
    """The name of the first bin whose upper bound `value` does not exceed."""
    return names[bisect.bisect_left(bounds, value)]


_WORD_BINS = ((2, 3, 4, 6, 11, 20), ("words:1-2", "words:3", "words:4", "words:5-6", "words:7-11", "words:12-20", "words:21+"))
_BEFORE_BINS = (
    (0, 3, 10, 30, 100),
    ("before:0", "before:1-3", "before:4-10", "before:11-30", "before:31-100", "before:100+"),
)
_REPEAT_BINS = ((3, 10, 40), ("repeat:1-3", "repeat:4-10", "repeat:11-40", "repeat:41+"))
_PROSE_BINS = ((10, 30), ("prose-after:1-10", "prose-after:11-30", "prose-after:31+"))


def _shape_evidence(page: _Page, i: int) -> list[str]:
    """The evidence that costs little: the line's shape and position."""
    text = page.texts[i]
    n_words = _word_count(text)
    evidence = [
        _WORD_BINS[1][bisect.bisect_left(_WORD_BINS[0], n_words)],
        _BEFORE_BINS[1][bisect.bisect_left(_BEFORE_BINS[0], page.article_start - i)],
    ]
    copies = page.positions.get(text.casefold(), ())
    if len(copies) > 1:
        distance = min(abs(j - i) for j in copies if j != i)
        evidence.append(_REPEAT_BINS[1][bisect.bisect_left(_REPEAT_BINS[0], distance)])
        if n_words <= 4 and distance > NEIGHBOURS:
            evidence.append("label-elsewhere")
    k = bisect.bisect_right(page.prose, i)
    after = page.prose[k] - i if k < len(page.prose) else 1000
    evidence.append(_PROSE_BINS[1][bisect.bisect_left(_PROSE_BINS[0], after)])
    last = text[-1]
    if last == ".":
        evidence.append("sentence")
    elif last == "?":
        evidence.append("question")
    elif last == ":":
        evidence.append("ends-colon")
    if ": " in text:
        evidence.append("colon")
    if (". " in text or "? " in text or "! " in text) and _TWO_SENTENCES.search(text):
        evidence.append("two-sentences")
    if text[0].islower():
        evidence.append("lowercase")
    if text[0] in _QUOTES:
        evidence.append("quoted")
    if "[" in text and _BRACKETED.search(text):
        evidence.append("bracketed")
    # A breadcrumb trail, or its last crumb on a line of its own ("Articles /", "Home /").
    if (_CRUMB_CHARS.search(text) and len(_CRUMB.findall(text)) >= 2) or (i > 0 and page.texts[i - 1].endswith(_CRUMB_ENDS)):
        evidence.append("breadcrumb")
    block = page.blocks[i]
    if block.block.bullet is not None:
        evidence.append("list-item")
    if block.kind is BlockKind.HEADING:
        evidence.append("heading")
    return evidence


# The names `_context_evidence` gives ("meta:", "overlap:", "lead:": one of each).
def _context_evidence(page: _Page, i: int) -> list[str]:
    """The evidence that reads the lines around and the body (all stages)."""
    return [name for stage in _context_stages()[0] for name in stage(page, i)]


def _header_evidence(page: _Page, i: int) -> list[str]:
    """Header lines around: which follow, whether one is right below, one above."""
    evidence = [_meta_evidence(page, i)]
    if page.meta_kind(i + 1) is not None or (
        page.meta_kind(i + 2) is not None
        and len(page.texts[i + 1]) <= PROSE_CHARS
        and not _headline_like(page, i + 1)
    ):
        evidence.append("meta:next")
    if page.meta_kind(i - 1) is not None or page.meta_kind(i - 2) is not None:
        evidence.append("meta-above")
    return evidence


def _context_stages() -> tuple[list[Callable[[_Page, int], list[str]]], list[float]]:
    """The stages, and the most the stages from each one on can add to a score."""
    stages = [stage for stage, _ in _STAGES]
    most = [sum(max(0.0, *(TITLE_WEIGHTS.get(name, 0.0) for name in group)) for group in groups) for _, groups in _STAGES]
    still_to_add = [sum(most[k:]) for k in range(len(most) + 1)]
    return stages, still_to_add


def _meta_evidence(page: _Page, i: int) -> str:
    """Which header lines follow line `i`, and how soon."""
    kinds: set[str] = set()
    first = None
    prose_seen = 0
    for j in range(i + 1, min(len(page.blocks), i + 1 + META_AFTER)):
        kind = page.meta_kind(j)
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


def _word_evidence(page: _Page, i: int) -> list[str]:
    """How many of the line's content words the body uses (a word counts when a body
    word starts with its first five letters: "trends" meets "trend"), and how many the
    first two paragraphs after it use."""
    own = [w[:5] for w in words(page.texts[i]) if w not in page.stops]
    if not own:
        return ["overlap:low", "lead:low"]
    # A line of the body's head is compared with the rest of the body.
    others = [page.stems(j) for j in range(page.start, page.head_end) if j != i]
    overlap = sum(1 for w in own if any(w in v for v in others) or page.in_body(w)) / len(own)
    k = bisect.bisect_right(page.prose, i)
    lead = frozenset().union(*(page.stems(j) for j in page.prose[k : k + 2]))
    distinct = set(own)
    share = len(distinct & lead) / len(distinct)
    return [_bin(overlap, (0.59, 0.79), ("overlap:low", "overlap:mid", "overlap:high")),
            _bin(share, (0.2499, 0.4999), ("lead:low", "lead:mid", "lead:high"))]


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
        if j != i and low in page.texts[j].casefold() and _headline_like(page, j) and page.texts[j].casefold() != low:
            found.append("wrapped-by-neighbour")
            break
    if _standfirst(page, i - 1, i):
        found.append("after-headline")
    # Inside a longer line further away: the end of a breadcrumb, "Headline | Site".
    if "wrapped-by-neighbour" not in found and len(low) >= WRAPPED_MIN_CHARS:
        if page.head.count(low) > len(page.positions.get(low, ())):
            found.append("wrapped-far")
    # A standfirst below: a sentence of some length, maybe under the byline.
    j = i + 1
    while j < len(page.texts) and j <= i + 3 and (page.meta_kind(j) is not None or _PLACEHOLDER.fullmatch(page.texts[j])):
        j += 1
    if j < len(page.texts):
        below = page.texts[j]
        if len(below) < 400 and below.endswith((".", "!", "?")) and len(below.split()) >= 12:
            found.append("next:standfirst")
    # The author's name next to the date.
    if _next_to_date(page, i) and _lone_name(page, text) is not None:
        found.append("name")
    return found


# The stages of the context evidence, cheapest and most telling first, with the names
# each gives (at most one of each group: "meta", "overlap", "lead", "wrapped").
_STAGES: tuple[tuple[Callable[[_Page, int], list[str]], tuple[tuple[str, ...], ...]], ...] = (
    (
        _header_evidence,
        (("meta:byline+date", "meta:byline", "meta:date", "meta:far", "meta:none"), ("meta:next",), ("meta-above",)),
    ),
    (_word_evidence, (("overlap:low", "overlap:mid", "overlap:high"), ("lead:low", "lead:mid", "lead:high"))),
    (
        lambda page, i: _neighbour_evidence(page, i, page.texts[i]),
        (("list",), ("wrapped-by-neighbour", "wrapped-far"), ("after-headline",), ("next:standfirst",), ("name",)),
    ),
)


def _headline_like(page: _Page, j: int) -> bool:
    """A line that could be a headline or a menu / contents entry: 4+ words, short."""
    if j < 0 or j >= len(page.texts):
        return False
    text = page.texts[j]
    return len(text) <= PROSE_CHARS and len(text.split()) >= 4 and page.meta_kind(j) is None


def _is_breadcrumb(text: str) -> bool:
    """A breadcrumb trail ("Home > Tech > Laptops"): no headline, whatever its length."""
    return _CRUMB_CHARS.search(text) is not None and len(_CRUMB.findall(text)) >= 2


def _standfirst(page: _Page, headline: int, line: int, short_headline: bool = False) -> bool:
    """Whether `line` reads as the standfirst under `headline`: right after it, at
    least as long, not a copy of it (`short_headline`: a headline of 2-3 words counts
    too, over a sentence)."""
    like = _headline_like(page, headline) and not _is_breadcrumb(page.texts[headline])
    if not like and short_headline and 0 <= headline < len(page.texts) and 0 <= line < len(page.texts):
        # A kicker over a headline ("Eat well") is short too: the line under a short
        # headline must be a sentence.
        text = page.texts[headline]
        like = (
            len(text) <= PROSE_CHARS
            and len(text.split()) >= TITLE_MIN_WORDS
            and page.meta_kind(headline) is None
            and page.texts[line].endswith((".", "!", "?"))
        )
    if not (like and 0 <= line < len(page.texts)) or page.meta_kind(line):
        return False
    first, second = page.texts[headline], page.texts[line]
    return len(second.split()) >= len(first.split()) and first.casefold() not in second.casefold()


# -- Date ----------------------------------------------------------------------------------
#
# The article's date is written in its header, on a line about the date ("May 3, 2025",
# "Published: 3 May 2025", "By Jane Doe | May 3, 2025"), next to the headline or next to
# another copy of it. A "published" date beats an unlabelled one, which beats an
# "updated" one; a published date whose day is not written ("Originally published in
# March 2022") means the header does not say which day: no date then.

# What joins two dates into a range: an event's dates, not the article's.
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "bis", "au", "al", "a", "till", "until"})
# A day and a range joiner right before a date ("12-", "12.–", "12 au "): at most this
# many characters.
DAY_TO_CHARS = 12
_DAY_TO = re.compile(
    r"(?<![\d.:/])(?P<day>\d{1,2})\.?\s*(?:[-–—]|(?:" + "|".join(sorted(w for w in _RANGE_JOINERS if w.isalpha())) + r")\s)\s*$",
    re.IGNORECASE,
)
# A run of this many navigation lines under the headline (a table of contents) does not
# count in the header's reach.
CONTENTS_RUN = 6
# A line without a letter or a digit.
_SYMBOLS_ONLY = re.compile(r"[\W_]*")
# A year: with a "published" label and no full date after it, the day is not written.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@attrs.frozen
class _DateCandidate:
    found: FoundDate
    label: str  # "published", "plain" or "updated"
    line: int


def _pick_date(page: _Page, title_at: int | None, reference: datetime.date | None) -> FoundDate | None:
    """The date of the headline's header, else of the lines around the body's start (the
    headline may be a wrong guess)."""
    found = _header_date(page, title_at, reference)
    if found is None and title_at is not None:
        found = _header_date(page, None, reference)
    if found is None:
        found = _end_date(page, reference)
    return found or None


def _end_date(page: _Page, reference: datetime.date | None) -> FoundDate | None:
    """A date labelled "published" on a line about it at the article's end, for a
    header without one: "Published on August 13, 2025" (a "last updated" line there is
    often the whole site's)."""
    for j in range(max(page.start, page.end - END_DATE_BEFORE), min(len(page.texts), page.end + END_DATE_AFTER)):
        if page.blocks[j].kind in _FOREIGN_KINDS or page.meta_kind(j) != "date":
            continue
        for candidate in _line_dates(page, j):
            if candidate.label != "published" or candidate.found.date is None:
                continue
            if reference is None or candidate.found.date <= reference:
                return candidate.found
    return None


def _header_date(page: _Page, title_at: int | None, reference: datetime.date | None) -> FoundDate | None | bool:
    """The date of the header (False: the header names a published date without its day)."""
    lines = _header_lines(page, title_at)
    anchor = title_at if title_at is not None else page.start
    candidates: list[_DateCandidate] = []
    for j in lines:
        if page.blocks[j].kind in _FOREIGN_KINDS and abs(j - anchor) > 3:
            continue  # a comment's or a related post's date
        for candidate in _line_dates(page, j):
            if reference is not None and candidate.found.date is not None and candidate.found.date > reference:
                continue
            candidates.append(candidate)
    by_label = {label: [c for c in candidates if c.label == label] for label in ("published", "plain", "updated")}
    if not by_label["published"] and _unreadable_published(page, lines):
        return False

    def rank(candidate: _DateCandidate) -> tuple[bool, int, int]:
        # A full date before a year-less one; then the nearest line below the headline
        # (a line above it counts double the distance); then the first in its line.
        distance = candidate.line - anchor
        return (not candidate.found.has_year, distance if distance >= 0 else -2 * distance, candidate.found.start)

    for label in ("published", "plain", "updated"):
        if by_label[label]:
            return min(by_label[label], key=rank).found
    return None


def _header_lines(page: _Page, title_at: int | None) -> list[int]:
    """The lines of the article's header: around the headline and around the other
    copies of it (a page may print its headline with its date twice)."""
    if title_at is None:
        lo, hi = page.start - FALLBACK_BEFORE, page.start + FALLBACK_AFTER
        return list(range(max(0, lo), min(len(page.texts), hi)))
    copies = page.positions.get(page.texts[title_at].casefold(), [title_at])
    anchors = [j for j in copies if j < page.start + TITLE_INSIDE_REGION] or [title_at]
    lines: set[int] = set()
    for anchor in anchors:
        lines.update(range(_lines_away(page, anchor, -HEADER_BEFORE), _lines_away(page, anchor, HEADER_AFTER - 1) + 1))
    return sorted(lines)


def _lines_away(page: _Page, anchor: int, count: int) -> int:
    """The line `count` lines above (negative) or below `anchor`, not counting lines
    without a letter or digit (the icons of a share bar, separator dots: innerText
    prints each on a line of its own)."""
    step = 1 if count > 0 else -1
    j, left = anchor, abs(count)
    while left > 0 and 0 <= j + step < len(page.texts):
        j += step
        if _SYMBOLS_ONLY.fullmatch(page.texts[j]) is None and not (step > 0 and _in_contents(page, j)):
            left -= 1
    return j


def _in_contents(page: _Page, j: int) -> bool:
    """Whether line `j` belongs to a run of navigation lines (a table of contents under
    the headline)."""
    kind = BlockKind.NAVIGATION
    if page.blocks[j].kind is not kind:
        return False
    lo = hi = j
    while lo > 0 and page.blocks[lo - 1].kind is kind and hi - lo < CONTENTS_RUN:
        lo -= 1
    while hi + 1 < len(page.blocks) and page.blocks[hi + 1].kind is kind and hi - lo < CONTENTS_RUN:
        hi += 1
    return hi - lo >= CONTENTS_RUN


def _line_dates(page: _Page, j: int) -> list[_DateCandidate]:
    """The article-date candidates of line `j`, each with its label."""
    text = page.texts[j]
    if len(text) > DATE_SCAN_MAX_CHARS or not _DIGIT.search(text):
        return []
    found = page.dates(j)
    if not found or _is_range(text, found):
        return []
    about_date = len(_without_rules(text)) - sum(len(f.text) for f in found) <= META_LINE_EXTRA_CHARS
    # The date of a byline printed after a standfirst: "... and Canada. By Jane Doe on May 3, 2025".
    byline_at = _trailing_byline(text) if not about_date else None
    candidates = []
    previous_end = 0
    for item in found:
        before = text[previous_end : item.start]
        previous_end = item.start + len(item.text)
        label = _date_label(page, j, before)
        if item.has_year and _dated_sentence(text, item):
            continue  # a headline about that day
        # In a paragraph, only a labelled date that opens it counts.
        if (
            about_date
            or (item.start <= DATE_IN_PROSE_MAX_OFFSET and label != "plain")
            or (byline_at is not None and item.start > byline_at)
        ):
            candidates.append(_DateCandidate(item, label, j))
    return candidates


def _is_range(text: str, found: list[FoundDate]) -> bool:
    """Two dates joined by a dash or "to": "2025-12-12 - 2025-12-17"; or a day, a dash
    or "to", then a date: "12-14 April 2025", "du 12 au 14 avril 2025", "vom 12. bis
    14. März 2025" (an event's days, the first before the last; the date read is the last)."""
    for first, second in zip(found, found[1:]):
        if text[first.start + len(first.text) : second.start].strip().lower() in _RANGE_JOINERS:
            return True
    for item in found:
        match = _DAY_TO.search(text[max(0, item.start - DAY_TO_CHARS) : item.start])
        if match is not None and item.date is not None and int(match.group("day")) < item.date.day:
            return True
    return False


def _date_label(page: _Page, j: int, before: str) -> str:
    """How the text before a date (or, failing that, a label line above it) calls it:
    the last label wins ("Published May 3, updated May 5")."""
    above = page.texts[j - 1] if j > 0 and len(page.texts[j - 1]) <= LABEL_LINE_CHARS else ""
    for text in (before, above):
        low = cues.normalize(text)
        if not low:
            continue
        published = _last_match(cues.date_word_pattern("published"), low)
        updated = max(_last_match(cues.date_word_pattern("updated"), low), _last_match(_UPDATE_LABEL, low))
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


def _unreadable_published(page: _Page, lines: list[int]) -> bool:
    """A header line names the published date without its day: "Originally published
    in March 2022. Last updated on December 20, 2024."."""
    pattern = cues.date_word_pattern("published")
    for j in lines:
        text = page.texts[j]
        if len(text) > DATE_LINE_MAX_CHARS or not _YEAR.search(text):
            continue
        low = cues.normalize(text)
        match = pattern.search(low)
        if match is None or match.start() > LABEL_LINE_CHARS:
            continue
        phrase = low[match.end() : match.end() + LABEL_LINE_CHARS]
        if _YEAR.search(phrase) and not find_dates(phrase):
            return True
    return False


# -- Author --------------------------------------------------------------------------------
#
# Bylines come in a few shapes, in any language, each with a strength (how surely it
# names the author); the strongest shape nearest below the headline wins:
#   "By Jane Doe", "Written by Jane Doe and John Roe", "Von Jana Dorn", "Par Jean Dupont",
#   "By" / "Author:" alone with the name on the next line                         _PREFIX
#   "Headshot of Jane Doe", "Jane Doe's avatar" (the author's photo), "... by Jane Doe"
#   inside a dated line                                                            _PHOTO
#   "Jane Doe May 3, 2025", "May 3, 2025 · Jane Doe"                               _DATED
#   "Jane Doe | Guest Columnist", "Jane Doe" over "Senior Editor"                    _JOB
#   "Jane Doe" printed twice (photo and name) next to the date                 _REPEATED
#   "Jane Doe" alone next to the date or read-time line                         _BY_DATE
#   "Jane Doe" alone right under the headline, a date line further down   _UNDER_HEADLINE
#   "Gabo": one word right under the headline, by the date                     _ONE_WORD
# What is not the name is cut: job titles ("Jane Doe, Staff Writer"), dates, "Updated",
# a second copy of the name; an editor's or photographer's credit is not a byline.
_PREFIX, _PHOTO, _DATED, _JOB, _REPEATED, _BY_DATE, _UNDER_HEADLINE, _ONE_WORD = 4.0, 3.0, 2.5, 2.0, 2.0, 1.0, 0.7, 0.5

# Words of job titles that follow a name ("Jane Doe, Senior Editor", "Jane Doe Staff
# Writer"): where a name ends. Lower case; a plural "s" is read off.
JOB_WORDS = frozenset(
    """
    editor writer reporter correspondent contributor contributing columnist journalist author
    staff manager director founder cofounder co-founder ceo cto cfo coo president analyst
    specialist strategist marketer dietitian nutritionist lawyer attorney consultant engineer
    developer designer photographer producer head lead chief senior junior associate assistant
    executive professor student intern
    redakteur redakteurin redaktion autorin korrespondent rédacteur rédactrice journaliste
    redactor redactora periodista giornalista redattore redattrice dziennikarz redaktor
    """.split()
)
# Links and buttons printed after a byline ("By Jane Doe Follow", "Jane Doe Print Email"),
# in several languages: where a name ends (no surname, so not "More" or "Read").
_WIDGET_WORDS = frozenset(
    """view print share follow subscribe email e-mail contact listen download facebook twitter linkedin
    instagram youtube tiktok bluesky mastodon whatsapp telegram
    drucken teilen folgen abonnieren anhören partager suivre imprimer écouter compartir seguir imprimir
    escuchar condividi segui stampa ascolta compartilhar partilhar delen volgen udostępnij obserwuj drukuj""".split()
)
# The words for "and" that join two people's names on any page ("Jane Doe and John Roe",
# "Jan Jansen och Anna Lind"): those of `_AND` that are no common word between two
# capitalised words in another language. The others ("a", "en", "ja", "un": "to", "in",
# "yes", "a" elsewhere) join names only on a page in their own language.
_ANY_PAGE_AND = ("and", "und", "et", "y", "e", "i", "&", "och", "og", "ve", "și", "şi", "и", "і", "és", "και")
# First words of place names ("São Paulo", "New York", "Sankt Gallen") and articles that
# open a publication's name ("The Times", "Die Zeit", "El País"), which a second author's
# name does not start with.
_PLACE_FIRST_WORDS = frozenset(
    """New San Santa Santo São Saint Sainte St St. Ste Sankt Bad Nueva Nuevo Nova Novo Port Porto Puerto Fort
    Mount Cape Tel Buenos Kuala Ciudad Cidade Rio Río Villa Vila Los Las El Il Lo The Der Die Das Het Les""".split()
)
# Words of the names of publications, in several languages (with the longer of
# `_ORGANISATION_WORDS`: "News", "Media", "Press"; the short legal forms may be a name).
_PUBLICATION_WORDS = frozenset(
    """times journal herald tribune gazette daily weekly magazine zeitung nachrichten rundschau anzeiger diario
    noticias giornale corriere gazzetta quotidiano jornal folha revista krant dagblad gazeta dziennik tidning
    tidende noviny novine gazete""".split()
)
# Lower-case words inside names: particles and the words joining two names.
_NAME_JOINERS = frozenset(
    "van der den de da di del della von zu le la du des bin ibn al el dos das ter".split()
) | frozenset(_ANY_PAGE_AND)
# Byline prefixes that are nouns, not "by": without their colon they need a full name.
_LABEL_NOUNS = frozenset(
    """text texte tekst testo texto author authors autor autorin autoren auteur auteure autrice
    autore autora autorka redação haber""".split()
)
# Label lines naming the author below them.
AUTHOR_LABEL_WORDS = frozenset(
    "author authors autor autoren auteur auteurs autore autori autorzy författare forfatter".split()
)
# Byline prefixes that are a common word in other languages (so not in the phrase
# lists): the languages whose bylines they open ("de Andrei Popescu" in Romanian, "Per
# Joan Garcia" in Catalan; "de" is "of" in es, fr, pt, "Per" a Swedish first name).
_LOCAL_BYLINE_PREFIXES = {"de": ("Romanian",), "per": ("Catalan",)}
# "Posted by Jane Doe", "Author: Jane Doe": prefixes the phrase lists may not hold.
_POSTED_BY_WORDS = ("posted by", "author", "authors", "autor", "auteur", "autore", "written by")
_POSTED_BY = re.compile(r"^(?:" + "|".join(_POSTED_BY_WORDS) + r")\s*:?\s+(?=\w)", re.IGNORECASE)
# Credits that name someone other than the author: editors, reviewers, photographers.
_NOT_AUTHOR = re.compile(
    r"(?<!\w)(?:edit|review|fact|check|photo|foto|image|bild|illustr|video|produc|translat|übersetz|redigiert"
    r"|traduit|tradu)"
    # The desk editor Chinese sites name under every story ("责任编辑:张华"), not its writer.
    r"|责任编辑|責任編輯",
    re.IGNORECASE,
)
# "... 2025 by Jane Doe", "... | von Jana Dorn".
_BY_INSIDE = re.compile(r"(?<=\S)\s+(?:by|von|par|por|door|di|av|af|przez)\s+(?=[A-Z])")
# After a date: "· Jane Doe", "| Jane Doe", "by Jane Doe"; then "|"-separated parts.
_AFTER_DATE = re.compile(r"^\s*(?:[|·•–—,-]|by\b|von\b|par\b|por\b)\s*", re.IGNORECASE)
_GLUED_NAME = re.compile(r"[A-Z][a-z]")
# `(?<!\s)\s+`: a run of spaces is tried from its start only (linear, same matches).
_SEGMENTS = re.compile(r"(?<!\s)\s+[|·•/]\s+|(?<!\s)\s+[-–—]\s+")
# What may follow a name after a comma and still belong to it: degrees, suffixes.
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.?){1,3}$|^(?:Jr|Sr|II|III|IV)\.?$")
# Where a name ends: a verb of a bio ("Jane Doe is a reporter"), a separator or "on",
# "in", "by" (Jane Doe on May 3; Jane Doe in Politics), a colon or a bracket.
_PROSE_VERB = re.compile(r"\s(?:is|was|ist|war|est|était|es|era|è|jest|är|er|on)\s.*$")
_NAME_SPLIT = re.compile(r"(?<!\s)\s+(?:\||[-–—•·/]|on|in|am|le|el|il|by|By|von|par|por)\s+.*$|[|•·(\[:].*$")
_LONE_SPLIT = re.compile(r"(?<!\s)\s*(?:[,|•·(]|\s[-–—/]\s|\s(?:in|on)\s)")
# Words labelling a date that the phrase lists may not hold: where a name before a
# date ends ("Jane Doe Last updated").
_DATE_LABEL = re.compile(r"(?<!\w)(?:last|originally|on|modified|reviewed|edited|fact[- ]checked)(?!\w)")
# Words of an author photo's alt text, left around a name.
_IMAGE_WORDS = re.compile(
    r"(?<!\w)(?:headshot|photo|picture|image|portrait|avatar)(?!\w)(?:\s+(?:of|von|de|di)(?!\w))?\s*"
    r"|['’]s\s+(?:avatar|image|photo|picture)(?!\w)",
    re.IGNORECASE,
)
# The word joining the last two of several authors, by the page's language (others: commas).
_AND = {
    "English": "and", "German": "und", "French": "et", "Spanish": "y", "Italian": "e", "Portuguese": "e",
    "Polish": "i", "Catalan": "i", "Croatian": "i", "Serbian": "i", "Bosnian": "i", "Dutch": "en",
    "Afrikaans": "en", "Swedish": "och", "Danish": "og", "Norwegian_Bokmal": "og", "Norwegian_Nynorsk": "og",
    "Czech": "a", "Slovak": "a", "Romanian": "și", "Turkish": "ve", "Russian": "и", "Bulgarian": "и",
    "Ukrainian": "і", "Hungarian": "és", "Finnish": "ja", "Estonian": "ja", "Lithuanian": "ir",
    "Latvian": "un", "Greek": "και", "Indonesian": "dan", "Malay": "dan",
}


@functools.cache
def _people_split(joiner: str | None) -> re.Pattern[str]:
    """Between two people's names: a comma, an "and" of any page, or `joiner` (the
    page's own "and")."""
    joiners = sorted({*_ANY_PAGE_AND, *([joiner] if joiner else [])}, key=len, reverse=True)
    return re.compile(r"(?<!\s)\s+(?:" + "|".join(map(re.escape, joiners)) + r")\s+|,\s*")


_ONE_NAME = re.compile(r"^[^\W\d_][\w'’.-]{1,30}$")
# A Chinese, Japanese or Korean name, written without capitals: 2-5 Han characters
# ("李明", "山田太郎", "佐々木太郎") or Hangul syllables ("김민수"), maybe as given name and
# family name with a space.
_CJK_NAME = re.compile(r"[\u3005\u4e00-\u9fff\uac00-\ud7af]{2,5}(?: [\u3005\u4e00-\u9fff\uac00-\ud7af]{1,4})?")
# A Chinese or Japanese name alone on its line, without a byline prefix: Han characters
# only. Japanese names have three to five ("山田太郎", "佐々木太郎": two-character lines
# are section labels, "社会", "国際", and labels with kana are no names); Chinese names
# two or three, the first a common surname ("李明", "欧阳明" is rarer). The surnames:
# the most frequent hundred, without those that start common section labels (金融, 高考,
# 江苏, 周刊, 黄金, 石油, 文化, 时尚, 房产).
_JAPANESE_LONE_NAME = re.compile(r"[\u3005\u4e00-\u9fff]{3,5}")
_CHINESE_LONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_CHINESE_SURNAMES = frozenset(
    "王李张刘陈杨赵吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_KANA = re.compile(r"[\u3040-\u30ff]")
# A Korean byline: the name, then "기자" (reporter), maybe the reporter's address.
_KOREAN_BYLINE = re.compile(r"^([\uac00-\ud7af]{2,4}) ?기자(?:\s|$)")
_SENTENCE_DOT = re.compile(r"(?<=[a-z]{2})\.\s.*$")
_GLUED_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A social network handle glued after the name: "Jane Doe@janedoe".
_GLUED_HANDLE = re.compile(r"(?<=\w)@\w+$")
# Between two cells of a row: three spaces or more (not a line break a renderer wrapped).
_CELL_GAP = re.compile(r"[ \t\u00a0]{3,}")
# The end of a sentence inside a line: where a byline glued after a standfirst starts.
_SENTENCE_END = re.compile(r"(?<=[\w)][.!?…])[\"”’»]?\s+(?=\S)")


def _header_and_body_start(page: _Page, lo: int, hi: int) -> list[int]:
    """The header's lines [lo, hi), on to the body if it starts soon after, and the
    body's first lines (a byline may open it)."""
    body = page.start + BODY_BYLINE_LINES
    return sorted(set(range(lo, min(max(hi, body), lo + HEADER_SPAN))) | set(range(page.start, body)))


def _author(page: _Page, lines: Iterable[int], title_at: int | None, min_strength: float = 0.0) -> str | None:
    """The best byline name on `lines`: the strongest shape, then the nearest one
    below the headline. Without a "By", a one-word name must sit right by the date, and
    a line the page also prints above the headline is a section, not a person."""
    lines = [j for j in lines if 0 <= j < len(page.blocks)]
    if not lines:
        return None
    accepted: list[tuple[float, int, str, int]] = []
    anchor = title_at if title_at is not None else lines[0]
    for j in lines:
        if j == title_at:
            continue
        for strength, raw in _author_candidates(page, j, title_at):
            if strength < min_strength:
                continue
            name = _clean_name(raw, page.and_word)
            if name is None and strength == _PREFIX:
                name = _handle(raw, page.stops) or _cjk_name(raw)
            elif name is None and strength == _ONE_WORD:
                name = _cjk_lone_name(page, raw, j)
            if name is None or (title_at is not None and name.casefold() == page.texts[title_at].casefold()):
                continue
            if strength < _PHOTO:
                if not _weak_name_allowed(page, name, raw, strength, j, title_at):
                    continue
                # Right between the headline and its date, a name the menu prints too is
                # still the author (a personal site, a company blog).
                between = title_at is not None and j == title_at + 1 and page.meta_kind(j + 1) == "date"
                if _printed_above(page, name, anchor) and not between:
                    continue
            distance = j - anchor if j > anchor else 2 * (anchor - j)
            accepted.append((strength, -distance, name, j))
    if not accepted:
        return None
    best = max(accepted, key=lambda item: item[:2])
    # Each author's photo, then a line naming them all: "Jane Doe, John Roe & Ann Lee".
    for _, _, name, j in accepted:
        people = [p.casefold() for p in _people_split(page.and_word).split(name)]
        if len(people) > 1 and best[2].casefold() in people and abs(j - best[3]) <= AUTHOR_LIST_LINES:
            return name
    return best[2]


def _cjk_name(raw: str) -> str | None:
    """A Chinese, Japanese or Korean name after a byline prefix ("作者:李明"), alone or
    before a space (the reporter's address, a date)."""
    match = _CJK_NAME.match(raw.strip())
    rest = raw.strip()[match.end() :] if match else ""
    return match.group(0) if match and (not rest or rest[0].isspace()) else None


def _cjk_lone_name(page: _Page, text: str, j: int) -> str | None:
    """A Chinese or Japanese name that is all line `j` holds (`_JAPANESE_LONE_NAME`,
    `_CHINESE_LONE_NAME`), which the body and the lines above it (a menu, a breadcrumb:
    section labels) do not write."""
    japanese = _KANA.search(page.body) is not None
    if japanese and _JAPANESE_LONE_NAME.fullmatch(text) is None:
        return None
    if not japanese and (_CHINESE_LONE_NAME.fullmatch(text) is None or text[0] not in _CHINESE_SURNAMES):
        return None
    if text in page.body or any(text in line for line in page.texts[max(0, j - ABOVE_HEADER_LINES) : j]):
        return None
    return text


def _full_name_of(page: _Page, handle: str) -> str | None:
    """The full name a "By" line at the article's end gives for the user name of the
    header ("Written by TurboTaxLisa" ... "Written by Lisa Greene-Lewis"): a name one of
    whose words the user name holds."""
    name = _author(page, range(page.end - 2, page.end + TAIL_NAME_LINES), None, min_strength=_PREFIX)
    if name is None or len(name.split()) < 2:
        return None
    low = handle.casefold()
    return name if any(len(w) >= 3 and w in low for w in words(name.casefold())) else None


def _printed_above(page: _Page, name: str, anchor: int) -> bool:
    """Whether the page prints `name` as a line of its own above the header, not next
    to a date (a section of the menu; a byline printed above the headline is none)."""
    return any(
        anchor - ABOVE_HEADER_LINES <= k < anchor and not _next_to_date(page, k)
        for k in page.positions.get(name.casefold(), ())
    )


# A user name written in lower case ("by ibby", "By jdoe_42"): all the byline holds.
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,30}")


def _handle(raw: str, stops: frozenset[str]) -> str | None:
    """The byline's user name when the byline holds nothing else."""
    raw = raw.strip(" .,")
    return raw if _HANDLE.fullmatch(raw) and raw not in stops else None


# The author box's heading: "About Jane Doe", "Über Jana Dorn".
_ABOUT_NAME = re.compile(
    r"^(?:about|über|sobre|à propos de|a propos de|acerca de|informazioni su|o autorze)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _labelled_author(page: _Page, lo: int, hi: int) -> str | None:
    """A name under an author label after the article ("Written by:", "Author:"), not
    in the comments."""
    for j in range(max(0, lo), min(hi, len(page.texts) - 1)):
        text = page.texts[j]
        if page.blocks[j].kind in _FOREIGN_KINDS or not _byline_label(text) or len(text.split()) < 2 and text.lower().startswith("by"):
            continue
        following = _next_line(page, j)
        name = _clean_name(page.texts[following], page.and_word) if following is not None else None
        if name is not None:
            return name
    return None


def _bio_author(page: _Page, lo: int, hi: int) -> str | None:
    """The author box at the article's end: the author's name on a line of its own, then
    a short bio that speaks of them by name ("Jane Doe" / "Jane is a reporter who ...")."""
    for j in range(max(page.start, lo - BIO_ABOUT_BEFORE_END), min(hi, len(page.texts) - 1)):
        if page.blocks[j].kind in (BlockKind.COMMENTS, BlockKind.COMMENT_FORM):
            continue
        text, bio = _ABOUT_NAME.sub("", page.texts[j]), page.texts[j + 1]
        if j < lo and text == page.texts[j]:
            continue  # further up, only a box headed "About Jane Doe"
        if len(bio) < BIO_MIN_CHARS or len(text) > BYLINE_MAX_CHARS or text.split(" ", 1)[0] not in bio[:BIO_NAME_WITHIN]:
            continue
        name = _lone_name(page, text)
        if name is None:
            continue
        name = _clean_name(name, page.and_word)
        if name is None or not 2 <= len(name.split()) <= LONE_NAME_MAX_WORDS:
            continue
        first, second = name.split()[:2]
        if re.search(r"(?<!\w)" + re.escape(first.lower()) + r"(?!\w)", page.body):
            continue  # a common word written in lower case in the body: "Social Media ..."
        # The bio calls the author by the first name alone ("Jane is ..."); a company's
        # blurb names it in full ("Acme Labs is ...").
        alone = re.compile(r"(?<!\w)" + re.escape(first) + r"(?!\w)(?!\s+" + re.escape(second) + r")")
        if alone.search(bio[:BIO_NAME_WITHIN]):
            return name
    return None


def _prefixed_author(page: _Page, lo: int, hi: int, strict: bool = False) -> str | None:
    """The first full name after a byline prefix ("By Jane Doe") in [lo, hi); if
    `strict` (inside the body: "By The Numbers" may head a section), a name without
    short function words."""
    for j in range(max(0, lo), min(hi, len(page.blocks))):
        text = page.texts[j]
        if len(text) > BYLINE_MAX_CHARS or page.blocks[j].kind in _FOREIGN_KINDS:
            continue
        rest = _prefixed_rest(page, j)
        inline = _BY_INSIDE.search(text) if rest is None else None
        if inline is not None and page.meta_kind(j) == "date" and find_dates(text[: inline.start()]):
            rest = text[inline.end() :]  # "Published May 3, 2025 by Jane Doe"
        name = _clean_name(rest, page.and_word) if rest is not None else None
        if name is not None and len(name.split()) >= 2 and not (strict and _lone_name(page, name) is None):
            return name
    return None


def _author_candidates(page: _Page, j: int, title_at: int | None) -> list[tuple[float, str]]:
    """(strength, raw name) read off line `j` (and the line after a "By" label)."""
    text = page.texts[j]
    kind = page.blocks[j].kind
    # An author's photo is a header line, unless its alt text runs on.
    image = _author_image(text[:BYLINE_MAX_CHARS]) if len(text) > DATE_LINE_MAX_CHARS or page.meta_kind(j) == "byline" else None
    if image is not None:
        return [(_PHOTO, image)]
    if kind is BlockKind.ADVERT:
        return []
    if kind in _FOREIGN_KINDS and (title_at is None or j > title_at + HEADER_LINES):
        return []  # a comment's or a related post's byline (near the headline: misread)
    # A standfirst the byline was printed after: "... growth. By Jane Doe on May 3, 2025".
    at = _trailing_byline(text)
    if at is not None:
        rest = _byline_prefix(text[at:])
        return [(_PREFIX, rest)] if rest is not None else []
    if len(text) > BYLINE_MAX_CHARS:
        return []
    found: list[tuple[float, str]] = []
    rest = _prefixed_rest(page, j)
    korean = _KOREAN_BYLINE.match(text) if rest is None and not text.isascii() else None
    if rest is not None:
        found.append((_PREFIX, rest))
    elif korean is not None:
        found.append((_PREFIX, korean.group(1)))
    elif _byline_label(text) or text.lower().rstrip(" :") in AUTHOR_LABEL_WORDS:
        names = _names_under_label(page, j)
        if names is not None:
            found.append((_PREFIX, names))
    if page.meta_kind(j) == "date" or _DIGIT.search(text):
        found.extend(_dated_names(text, page.dates(j)))
    in_header = title_at is not None and _header_top(page, title_at) < j <= title_at + HEADER_LINES and j != title_at
    if found or page.meta_kind(j) is not None or not (in_header or page.blocks[j].block.bullet is None):
        return found
    inside_body = page.start + BODY_BYLINE_LINES // 2 < j < page.end - 2
    alone = _lone_name(page, text) if in_header or not inside_body else None
    if alone is not None and _job_after(alone):
        found.append((_JOB, alone))
    elif alone is not None and in_header and _job_line(page, j + 1):
        found.append((_JOB, alone))
    elif alone is not None and in_header and _next_to_date(page, j):
        twice = page.texts[j - 1] == text or (j + 1 < len(page.texts) and page.texts[j + 1] == text)
        found.append((_REPEATED if twice else _BY_DATE, alone))
    elif alone is not None and title_at is not None and j == title_at + 1 and _dated_header(page, j, title_at):
        found.append((_UNDER_HEADLINE, alone))
    elif in_header and _ONE_NAME.match(text) and (
        page.meta_kind(j - 1) == "date" or page.meta_kind(j + 1) in ("date", "read")
    ):
        found.append((_ONE_WORD, text))
    return found


def _header_top(page: _Page, title_at: int) -> int:
    """Where the header starts: at the headline, or at a copy of it printed a few lines
    above with the date between them (a page that prints the headline over and under
    its byline and date; without the date, the lines between are a breadcrumb)."""
    copies = page.positions.get(page.texts[title_at].casefold(), ())
    above = [k for k in copies if title_at - HEADER_BEFORE - 1 <= k < title_at]
    if above and any(page.meta_kind(k) == "date" for k in range(above[0] + 1, title_at)):
        return above[0]
    return title_at


def _dated_header(page: _Page, j: int, title_at: int) -> bool:
    """Whether a date line follows line `j` in the headline's header."""
    return any(page.meta_kind(k) == "date" for k in range(j + 1, title_at + HEADER_LINES + 1))


def _names_under_label(page: _Page, j: int) -> str | None:
    """The name on the line after an author label ("By", "Author:"); with several
    people, all of them, joined as a reader would: "Jane Doe and John Roe". A person
    is a name, maybe under the initials that stand in for a missing photo ("JD") or
    over a job title; a second person needs the same furniture."""
    k = _next_line(page, j)
    names: list[str] = []
    while k is not None and k < len(page.texts) and len(names) < LABEL_MAX_PEOPLE:
        initials = _initials_of(page.texts[k], page.texts[k + 1] if k + 1 < len(page.texts) else "")
        at = k + 1 if initials else k
        job = _job_line(page, at + 1)
        if names and not (initials or job):
            break
        if names and (_lone_name(page, page.texts[at]) is None or _clean_name(page.texts[at], page.and_word) is None):
            break
        names.append(page.texts[at])
        if not (initials or job):
            break
        k = at + 2 if job else at + 1
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    names = [_clean_name(n, page.and_word) or n for n in names]
    joiner = page.and_word
    if joiner is None:
        return ", ".join(names)
    return ", ".join(names[:-1]) + f" {joiner} " + names[-1]


def _initials_of(text: str, name: str) -> bool:
    """Whether `text` is the initials of `name` ("JD" over "Jane Doe"): a page's stand-in
    for an author without a photo."""
    if not (1 < len(text) <= 3 and text.isalpha() and text.isupper()):
        return False
    tokens = [t for t in name.split() if t[:1].isupper()]
    return len(tokens) >= 2 and text[0] == tokens[0][0] and text[-1] == tokens[-1][0]


def _byline_prefix(text: str) -> str | None:
    """The rest of a line that starts with a byline prefix ("By", "Von", "Posted by"),
    unless the prefix credits someone else (an editor, a photographer). A label noun
    ("Text", "Autor") without its colon needs a full name after it: "Text Link" is a
    menu entry."""
    first = _first_word(text)
    if first not in _byline_first_words():
        return None
    match = cues.byline_pattern().match(text) or _POSTED_BY.match(text)
    if match is None or _NOT_AUTHOR.search(text[: match.end()]):
        return None
    prefix, rest = text[: match.end()], text[match.end() :]
    if ":" not in prefix and prefix.split()[-1].lower() in _LABEL_NOUNS and not _full_name_after_label(rest):
        return None
    return rest


def _full_name_after_label(rest: str) -> bool:
    """Whether a label noun without its colon ("Text Jana Dorn") is followed by a full
    name: two words or more, no acronym among mixed-case words ("Text Generation API",
    "Autor Tools SDK" are menu entries)."""
    tokens = rest.split()
    acronym = not rest.isupper() and _has_acronym(tokens)
    return len(tokens) >= 2 and not acronym


def _prefixed_rest(page: _Page, j: int) -> str | None:
    """What follows the byline prefix of line `j`, up to a gap of spaces that ends its
    cell ("By Jane Doe    View in digital edition": w3m and lynx print a row of a
    table, or two links side by side, that way)."""
    rest = _byline_prefix(page.texts[j])
    if rest is None:
        return _local_prefix_rest(page, j)
    cells = _CELL_GAP.split(page.blocks[j].block.text.strip(), 1)
    if len(cells) > 1:
        return _byline_prefix(_clean(cells[0])) or rest
    return rest


def _local_prefix_rest(page: _Page, j: int) -> str | None:
    """The name after a byline prefix that is a common word in other languages ("de
    Andrei Popescu": "de" is "of" in es, fr, pt): on a page in the prefix's language;
    on any other, only in lower case before a full name that is all the line holds,
    next to the date."""
    text = page.texts[j]
    first = _first_word(text)
    languages = _LOCAL_BYLINE_PREFIXES.get(first)
    if languages is None or len(text) > BYLINE_MAX_CHARS:
        return None
    rest = text[len(first) :].lstrip(" :")
    name = _clean_name(rest, page.and_word)
    if name is None or len(name.split()) < 2:
        return None
    if page.language in languages:
        return rest
    alone = text[0].islower() and _lone_name(page, rest) == rest and _next_to_date(page, j)
    return rest if alone else None


def _trailing_byline(text: str) -> int | None:
    """Where a byline printed at the end of a longer line starts: after the last
    sentence, a byline prefix, a name and a date that ends the line ("... and Canada.
    By Jane Doe on Dec. 19, 2025"); a sentence that starts with "By" is no byline
    without the date."""
    if not _DIGIT.search(text[-DATE_TAIL_CHARS:]):
        return None
    tail_at = max(0, len(text) - BYLINE_MAX_CHARS)
    for match in _SENTENCE_END.finditer(text, tail_at):
        at = match.end()
        if not _starts_with_byline(text[at:]):
            continue
        found = find_dates(text[at:])
        if found and at + found[-1].start + len(found[-1].text) >= len(text) - 2:
            return at
    return None


# A word this short alone before a date is the weekday ("Do 24. Mai 2018", "Mon 3 May"),
# not a byline.
WEEKDAY_ABBREVIATION_MAX_CHARS = 3


def _weekday_abbreviation(text: str) -> bool:
    words = text.split()
    return len(words) == 1 and len(words[0].strip(".")) <= WEEKDAY_ABBREVIATION_MAX_CHARS


def _dated_names(text: str, dates: list[FoundDate]) -> list[tuple[float, str]]:
    """Names in a line that holds a date: "May 3, 2025 by Jane Doe", "Jane Doe May 3,
    2025", "May 3, 2025 · Jane Doe"."""
    found: list[tuple[float, str]] = []
    if not dates:
        return found  # "The Joel Test (2000) by Joel Spolsky" is no byline
    inline = _BY_INSIDE.search(text)
    if inline is not None:
        found.append((_PHOTO, text[inline.end() :]))
    before = text[: dates[0].start]
    # "Washington, Jan 17" is a dateline; "EditorialNovember 22" a label glued to it; a
    # sentence before a date ("Jane Doe, CEO of Acme (during the call on May 3") is a quote.
    if (
        before.strip()
        and not before.rstrip().endswith(",")
        and before.endswith((" ", "\t"))
        and len(before.split()) <= DATED_NAME_MAX_WORDS
        and before.count("(") <= before.count(")")
        and not _weekday_abbreviation(before)
    ):
        found.append((_DATED, before))
    end = dates[-1].start + len(dates[-1].text)
    after = text[end:]
    match = _AFTER_DATE.match(after)
    if match:
        found.extend((_DATED, segment) for segment in _SEGMENTS.split(after[match.end() :]))
    elif not before.strip() and _GLUED_NAME.match(after.lstrip()) and (after[:1].isspace() or text[end - 1].isdigit()):
        # A date line that ends with the name, maybe glued to the year: "Dec 17, 2025
        # Jane Doe", "Dec 17, 2025Jane Doe".
        found.extend((_DATED, segment) for segment in _SEGMENTS.split(after.lstrip()))
    return found


def _lone_name(page: _Page, text: str) -> str | None:
    """The whole line as a name ("Jane Doe", "Jane Doe, Staff Writer", "Jane Doe |
    Columnist"): two or more capitalised words, not a heading's."""
    text = _dedupe(_clean(_BRACKETED.sub(" ", text)))
    head = _LONE_SPLIT.split(text, 1)[0].strip()
    tokens = head.split()
    if len(tokens) < 2 or len(tokens) > NAME_MAX_WORDS and not _two_full_names(head, page.and_word):
        return None
    if not _looks_like_name(head, page.and_word) or head[-1] in "?!":
        return None
    # Short function words ("The", "How", "Our") start headings, not names; longer
    # stoplist entries may be first names ("john" is one in English), and so may short
    # ones the body never writes in lower case (the Czech stoplist holds "jan").
    joiners = _NAME_JOINERS | {page.and_word}
    if any(len(t) <= 3 and t.lower() in page.stops and t.lower() not in joiners and _lower_in_body(page, t) for t in tokens):
        return None
    return text


def _two_full_names(text: str, joiner: str | None) -> bool:
    """Whether `text` is two people's full names joined by "and" ("Pieter de Vries en
    Jan Jansen"), each of two words or more (a heading in title case joins single
    words: "Trade and Commerce Rules")."""
    people = [p.split() for p in _people_split(joiner).split(text)]
    return len(people) == 2 and all(2 <= len(p) <= NAME_MAX_WORDS for p in people)


def _lower_in_body(page: _Page, token: str) -> bool:
    """Whether the body's first characters use `token` as a word in lower case."""
    return re.search(r"(?<!\w)" + re.escape(token.lower()) + r"(?!\w)", page.body) is not None


def _job_after(text: str) -> bool:
    """"Jane Doe | Guest Columnist", "Jane Doe, Senior Editor": a name, then a job title."""
    parts = _LONE_SPLIT.split(text, 1)
    return len(parts) == 2 and any(_is_job_word(t) for t in parts[1].split()[:4])


def _job_line(page: _Page, j: int) -> bool:
    """A short line naming a job: "Senior Editor", "Former McKinsey Consultant"."""
    if j >= len(page.texts) or len(page.texts[j]) > 60:
        return False
    tokens = page.texts[j].split()
    return 0 < len(tokens) <= 5 and any(_is_job_word(t) for t in tokens)


def _weak_name_allowed(page: _Page, name: str, raw: str, strength: float, j: int, title_at: int | None) -> bool:
    """A name found without a "By" or a photo must look like one by itself: a few
    capitalised words, not all in capitals ("SPANISH LEARNING"), not in a related-posts
    or comments section; one word ("Susan", "Newsdesk") only when it is all the line
    holds, right under the headline."""
    tokens = name.split()
    people = _people_split(page.and_word).split(name)
    if any(len(p.split()) > LONE_NAME_MAX_WORDS for p in people) or all(t.isupper() for t in tokens if len(t) > 1):
        return False
    if strength < _DATED and page.blocks[j].kind in _FOREIGN_KINDS:
        return False
    if j > 0 and page.texts[j - 1].endswith(_CRUMB_ENDS):
        return False  # the last crumb of a trail printed a crumb a line ("Articles /", "Cleaning /")
    if len(tokens) > 1:
        if strength == _UNDER_HEADLINE:
            # Only a name the body does not speak of: not a subtitle in title case.
            return not any(re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", page.body.lower()) for w in words(name))
        return True
    whole = _clean(_BRACKETED.sub(" ", raw)).strip(" ,") == name
    # A common word ("Schedule", "Share") is written in lower case in the body too.
    common = re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", page.body) is not None
    under_headline = title_at is not None and title_at < j <= title_at + 3
    return whole and not common and strength in (_DATED, _ONE_WORD) and under_headline


def _next_line(page: _Page, j: int) -> int | None:
    """The next line after `j` that is not an image placeholder."""
    for k in range(j + 1, min(len(page.texts), j + 3)):
        if not _PLACEHOLDER.fullmatch(page.texts[k]):
            return k
    return None


def _clean_name(raw: str, joiner: str | None = None) -> str | None:
    """The person's name at the start of `raw`, or None if it does not start with one;
    `joiner` is the page's own "and" (`_AND`)."""
    name = _IMAGE_WORDS.sub(" ", _unglue(_BRACKETED.sub(" ", raw)))
    for found in find_dates(name):
        name = name[: found.start]
        break
    name = _cut_date_words(name)
    name = _PROSE_VERB.sub("", name)
    name = _NAME_SPLIT.sub("", name)
    name = _SENTENCE_DOT.sub("", name)
    name = _strip_dot(_clean(name).strip(" :;,-–—"))
    name = _dedupe(_drop_job_title(_until_widget(name), joiner))
    if cues.is_byline_prefix(name):
        return None  # "Written By" before a date: the prefix, not a name
    if name.casefold() in _no_person():
        return None  # "Unknown", "Twitter": a placeholder or a share button by the date
    return name if _looks_like_name(name, joiner) else None


# Bylines that name nobody: placeholders a site's template prints for a missing author.
PLACEHOLDER_NAMES = frozenset("unknown anonymous undefined null none n/a admin administrator webmaster".split())


@functools.cache
def _no_person() -> frozenset[str]:
    """Lines that stand where a byline would and name no person: placeholders and the
    social networks of a share bar."""
    return PLACEHOLDER_NAMES | {n.casefold() for n in cue_phrases.SOCIAL_NETWORKS}


def _unglue(text: str) -> str:
    """Split words the renderer glued: "Jane DoePublished: ..." -> "Jane Doe Published: ...",
    "Jane DoeJane Doe" -> "Jane Doe Jane Doe", "Jane DoeAuthor" -> "Jane Doe Author";
    "McCarthy" stays. A handle glued to the name goes: "Jane Doe@janedoe" -> "Jane Doe"."""
    text = _GLUED_HANDLE.sub("", text)
    parts = _GLUED_WORD.split(text)
    if len(parts) == 1:
        return text
    published = cues.date_word_pattern("published")
    updated = cues.date_word_pattern("updated")
    out = parts[0]
    for part in parts[1:]:
        low = part.lower()
        first = part.split()[0]
        glued = (
            published.match(low) or updated.match(low) or _IMAGE_WORDS.match(low) or text.startswith(first)
            or _is_job_word(first)
        )
        out += (" " if glued else "") + part
    return out


def _cut_date_words(text: str) -> str:
    """"Jane Doe Published:" -> "Jane Doe"; "Last updated" -> ""."""
    low = text.lower()
    cuts = [m.start() for kind in ("published", "updated") for m in [cues.date_word_pattern(kind).search(low)] if m]
    match = _DATE_LABEL.search(low)
    if match:
        cuts.append(match.start())
    return text[: min(cuts)] if cuts else text


def _strip_dot(name: str) -> str:
    """A sentence's full stop goes; an abbreviation's stays ("Jane Doe, Ph.D.", "Jr.")."""
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and len(last) > 4 and "." not in last[:-1]:
        return name[:-1]
    return name.rstrip(" ,")


def _drop_job_title(name: str, joiner: str | None = None) -> str:
    """"Jane Doe, Senior Editor" -> "Jane Doe"; "Jane Doe, Reuters", "Jane Doe, Berlin" and
    "Jane Doe, New York" -> "Jane Doe"; "Jane Doe, Ph.D." and "Jane Doe, John Roe" stay."""
    parts = [p.strip() for p in name.split(",")]
    kept = [_until_job_word(parts[0])]
    for part in parts[1:]:
        if cues.is_agency(part) or _place_or_publication(part, kept[0]):
            # "Jane Doe, Reuters", "Juan Pérez, EFE": the agency she writes for; "João
            # Silva, São Paulo", "Jane Doe, BBC News": where or for whom she writes
            break
        if _CREDENTIAL.match(part.replace(" ", "")):
            kept[-1] += ", " + part
        elif len(part.split()) == 1 and len(kept[-1].split()) > 1:
            # "Jane Doe, Berlin": where she wrote. A second author has a full name, like the first.
            break
        elif _looks_like_name(part, joiner) and not any(_is_job_word(t) for t in part.split()):
            kept.append(part)
        else:
            break
    return ", ".join(k for k in kept if k)


def _place_or_publication(part: str, author: str) -> bool:
    """Whether `part`, after the author's name and a comma, names a place or the
    publication rather than a second author: it starts like a place name ("São Paulo",
    "New York") or with an article ("The Washington Post"), it holds a word of a
    publication's or a company's name ("Daily Mail", "Le Monde Diplomatique"), or, unlike
    the author's name, an acronym ("CNN Business", "BBC News")."""
    tokens = part.split()
    if len(tokens) < 2:
        return False
    lows = [t.lower().strip(".") for t in tokens]
    if tokens[0] in _PLACE_FIRST_WORDS or any(w in _PUBLICATION_WORDS or len(w) > 3 and w in _ORGANISATION_WORDS for w in lows):
        return True
    return not author.isupper() and _has_acronym(tokens)


def _has_acronym(tokens: list[str]) -> bool:
    """Whether a word of `tokens` is an acronym: two capitals or more ("CNN", "API")."""
    return any(len(t) > 1 and t.isalpha() and t.isupper() for t in tokens)


def _until_widget(name: str) -> str:
    """"Jane Doe View In Digital Edition" -> "Jane Doe": the links printed after a byline."""
    tokens = name.split()
    for k, token in enumerate(tokens):
        if k > 0 and token.lower().strip(".:,") in _WIDGET_WORDS:
            return " ".join(tokens[:k])
    return name


def _until_job_word(part: str) -> str:
    tokens = part.split()
    for k, token in enumerate(tokens):
        if k > 0 and _is_job_word(token):
            return " ".join(tokens[:k])
    return part


def _is_job_word(token: str) -> bool:
    low = token.lower().strip(".:")
    return low in JOB_WORDS or (low.endswith("s") and low[:-1] in JOB_WORDS)


def _dedupe(name: str) -> str:
    """A name printed twice in a row ("Jane Doe Jane Doe", "Jane DoeJane Doe") once."""
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half]
    tokens = name.split()
    n = len(tokens)
    for size in range(1, n // 2 + 1):
        if n % size == 0 and tokens == tokens[:size] * (n // size):
            return " ".join(tokens[:size])
    return name


def _looks_like_name(name: str, joiner: str | None = None) -> bool:
    """Capitalised words, at most `NAME_MAX_WORDS` a person, particles and "and" (or
    `joiner`, the page's own "and") between; no digits, no colon."""
    tokens = name.replace(",", " ").split()
    if not tokens or len(tokens) > 3 * NAME_MAX_WORDS or ":" in name:
        return False
    people = _people_split(joiner).split(name)
    if any(len(p.split()) > NAME_MAX_WORDS for p in people):
        return False
    for token in tokens:
        if _DIGIT.search(token):
            return False
        if token.lower() not in _NAME_JOINERS and token != joiner and not token[0].isupper():
            return False
    return tokens[0][0].isupper() and tokens[-1].lower() not in _NAME_JOINERS


# -- Source --------------------------------------------------------------------------------

# A byline with an agency after the name is short: "By Jane Doe and John Roe, Reuters".
BYLINE_AGENCY_MAX_CHARS = 80
_CREDIT = re.compile(r"^[\s\-–—(]*([A-Za-z][A-Za-z .&/]{0,30}?)[\s)]*$")
_COPYRIGHT_STRIP = re.compile(r"©|\([cс]\)|copyright|\b(?:19|20)\d\d\b|[-–—]|\s\|\s.*$", re.IGNORECASE)
# "© 2025 by Acme Media": the holder after a byline's prefix.
_HOLDER_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|przez)\s+", re.IGNORECASE)
# Words of the names of companies and institutions: legal forms and the like.
_ORGANISATION_WORDS = frozenset(
    """inc incorporated llc ltd limited corp corporation co company plc llp lp gmbh ag kg se sa sas sarl srl spa
    bv nv ab as oy sl sp group holdings university universität université universidad università college
    school institute institut regents foundation stiftung fondation association verein media news press
    hospital clinic klinik clinique clínica kirche église iglesia
    software solutions technologies systems services studio studios agency""".split()
)
# What follows the holder's name: "Jane Doe. CC BY-NC 4.0", "Jane Doe | Privacy".
_COPYRIGHT_END = re.compile(r"(?:\.\s|\s[|·•]\s).*$")
_RIGHTS = re.compile(r"\ball\s+rights?\s+reserved\b.*$|\balle\s+rechte\b.*$|\btous\s+droits\b.*$", re.IGNORECASE)


def _agency(page: _Page, lo: int, hi: int) -> str | None:
    """A news agency credited on a line of its own ("- IANS", "(AFP)"), as written."""
    names = {a.casefold() for a in cues.agencies()}
    for i in range(max(0, lo), min(hi, len(page.blocks))):
        text = page.texts[i]
        if len(text) > 40:
            continue
        match = _CREDIT.match(text)
        if match and match.group(1).strip().casefold() in names:
            return match.group(1).strip()
    return None


def _byline_agency(page: _Page, lo: int, hi: int) -> str | None:
    """The news agency a byline names after the author ("By Jane Doe, Reuters"), as written."""
    for i in range(max(0, lo), min(hi, len(page.blocks))):
        text = page.texts[i]
        if "," not in text or len(text) > BYLINE_AGENCY_MAX_CHARS or not _starts_with_byline(text):
            continue
        last = text.rsplit(",", 1)[1].strip(" .")
        if cues.is_agency(last):
            return last
    return None


# "Jane Doe's Tech Blog", "Jane Doe’s Kitchen": a site named after its owner.
_POSSESSIVE = re.compile(r"^(\w[\w .'-]*?)['’]s\s+\w.*$")


def _copyright_person(page: _Page) -> str | None:
    """A person named in the copyright line ("© 2025 Jane Doe. All rights reserved."): on
    a page without a byline, the one who wrote it (a personal site)."""
    for name in _copyright_names(page):
        owner = _POSSESSIVE.match(name)
        if owner is not None:
            # "Jane Doe's Tech Blog": a personal site ("St. Mary's College" is none).
            if any(t.lower().strip(".,") in _ORGANISATION_WORDS for t in name[owner.end(1) :].split()):
                continue
            name = owner.group(1)
        tokens = name.split()
        if not 2 <= len(tokens) <= LONE_NAME_MAX_WORDS - 1 or _lone_name(page, name) != name or _clean_name(name) != name:
            continue
        # A company or an institution ("Acme Inc", "State University"), or common words
        # the body writes in lower case ("Paper Trails"), are no person.
        low = [t.lower().strip(".,") for t in tokens]
        if any(t in _ORGANISATION_WORDS for t in low):
            continue
        if any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", page.body) for t in low):
            continue
        return name
    return None


def _site_name(page: _Page) -> str | None:
    """The publication named in a copyright line, preferring one printed alone elsewhere."""
    names = _copyright_names(page)
    if len(names) > 1:
        lines = {t.lower() for t in page.texts}
        for name in names:
            if name.lower() in lines:
                return name
    return names[0] if names else None


def _copyright_names(page: _Page) -> list[str]:
    """The names the copyright lines give, in order."""
    if page._copyright is None:
        page._copyright = _read_copyright_names(page)
    return page._copyright


def _read_copyright_names(page: _Page) -> list[str]:
    names: list[str] = []
    for text in page.texts:
        if len(text) > 120 or not ("©" in text or "(" in text or "opyright" in text.lower()):
            continue  # the cheap half of `cues.is_copyright`
        if not cues.is_copyright(text):
            continue
        name = _COPYRIGHT_END.sub("", _RIGHTS.sub("", _COPYRIGHT_STRIP.sub(" ", text)))
        name = _dedupe(_HOLDER_PREFIX.sub("", " ".join(name.split()).strip(" .,:;")))
        if 2 <= len(name) <= 50 and len(name.split()) <= 6 and not _credit_or_notice(name):
            names.append(name)
    return names


def _credit_or_notice(name: str) -> bool:
    """What a copyright line holds instead of its holder: a photo's credit ("Foto: Acme",
    "Getty Images"; one word may be a publication's name: "Bild") or the rights notice
    itself ("Algunos derechos reservados")."""
    low = cues.normalize(name)
    if len(name.split()) > 1 and cues.is_caption(name, low):
        return True
    found = cues.line_kind(low, cues.cue_words(low))
    return found is not None and found[0] is BlockKind.FOOTER

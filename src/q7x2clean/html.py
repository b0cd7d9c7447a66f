"""The HTML path, body side: trafilatura finds the article in the markup, then the
project's boilerplate knowledge (`cues`) removes what trafilatura lets through (comment
threads, related lists, share bars, newsletter and author boxes), keeping headings, list
items, quotes and table rows as lines of their own.

parse_html -> trafilatura XML -> pieces -> drop_boilerplate -> body

The rendered lines (`render_page`, the page as a browser's innerText) go through the text
cleaner for the metadata (only the lines `around_article`) and, when trafilatura's body is
short for the page's prose, as the fallback body: pages whose article is not in paragraph
markup, or that trafilatura mistakes for a listing.
"""

from __future__ import annotations

import bisect
import copy
import functools
import logging
import re
import unicodedata

import attrs
import lxml.html
from lxml import etree

from . import cues, dates, htmlguard
from .article import BlockKind, Removed
from .config import CleanerConfig
from .decode import check_size, has_unsafe_characters, normalize_text
from .errors import InvalidInput

# A line cut off by an ellipsis ("...", "…", "[…]"), maybe inside closing brackets or quotes.
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*[\])»”\"']?$")
# Class names of caption and credit boxes ("wp-caption", "image-credit", "bildunterschrift").
_CAPTION_CLASS = re.compile(r"caption|credit|bildunterschrift|legende|didascalia", re.I)
# A web or e-mail address or a social network handle in a line.
_ADDRESS = re.compile(r"://|www\.|@\w")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Elements that never hold visible article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
# Elements a browser lays out as blocks: each starts a new line in the dump.
_BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul br title".split()
)

# -- Tuned constants (on the aeb, wcxb-dev and traf-dev HTML pages) --------------------
# A boilerplate section heading after this share of the article's text ends the article
# (what follows is comments, related stories, newsletter or author boxes); earlier, only
# the heading and the short lines under it go.
TAIL_SHARE = 0.5
# trafilatura's fast pass (no comparison with readability and jusText) finds the same
# article on most pages at half the cost. Its body under this share of the page's prose
# (`prose_chars`) makes it suspect (14% of the pages): then the text path reads the whole
# rendered page, and its body replaces a short one (`FALLBACK_SHARE`). (The full pass
# there too, on 4% of the pages, no longer helps since: without it wcxb-dev F1 +0.0003,
# traf-dev `with` +0.0007, aeb the same.)
SUSPECT_SHARE = 0.5
# The fast pass's body this close to the whole rendered page is trafilatura's baseline
# dump (menus and all), not an article: the full pass runs.
WHOLE_PAGE_SHARE = 0.98
# The fast pass's body as one paragraph of this many characters or more is the page's
# text glued together (menus, share bars and article in one block): the full pass runs
# (on traf-dev `without` 0.895 -> 0.899, `with` +0.0007; 2% of the pages).
GLUED_CHARS = 1000
# Story cards show the first words of other articles cut off by an ellipsis: this many
# such lines in a row (of at least TEASER_MIN_WORDS words each) are a list of teasers.
TEASER_RUN = 3
TEASER_MIN_WORDS = 5
# A rendered line of this many words or more is prose (`prose_chars`).
PROSE_MIN_WORDS = 11
# The metadata window (`around_article`): the header down to HEAD_LINES past the
# article's first paragraph, and TAIL_BEFORE lines before its last paragraph to
# TAIL_AFTER after it. On wcxb-dev it kept 61% of the lines (before HEAD_BEFORE and the
# shorter tail), every title and author right before, and dates slightly better (0.940 ->
# 0.949: fewer dates of other stories).
HEAD_LINES = 30
TAIL_BEFORE = 10
# TAIL_AFTER was 100: 60, 50, 35 and 25 give the same figures on every set, at less cost
# (25: 1.2% fewer instructions a page than 35 on aeb).
TAIL_AFTER = 25
# The header starts HEAD_BEFORE lines above the article's first paragraph, or HEAD_MARGIN
# above the page's headline (an h1) when that is higher: the menus above are most of the
# window's lines and carry no metadata (60 or 40 lines: the same figures on every set as
# the whole header; 35: wcxb-dev title +0.004, author +0.005, the rest the same; later,
# with better headline and byline reading, 20: title +0.008; 15 and 10: title +0.012,
# author +0.005, the rest the same on every set: fewer menu lines to take for a headline),
# and the text path over the window was a third of the page's time.
HEAD_BEFORE = 15
HEAD_MARGIN = 10
# An element named as a box around the article (`_BOX_WORDS`) with more text than this
# is a wrapper (a "footer" that holds the page, an "author-page" layout), not a box.
BOX_MAX_CHARS = 1500
# ... and boxes that hold more than this share of trafilatura's body are not dropped.
BOX_MAX_SHARE = 0.5
# `split_glued`: pieces of at least GLUE_MIN_CHARS made of rendered lines at most
# GLUE_GAP lines apart.
GLUE_MIN_CHARS = 40
GLUE_GAP = 3
# Link lines go from the start or end of a glued piece when at least this many are there.
GLUE_LINK_RUN = 2
# A paragraph or quote that is one link of LINK_LINE_MIN_WORDS to LINK_LINE_MAX_WORDS words points
# to another page ("Read also: ...", a teaser's headline, a button). Headings and list
# items of links stay (listicles, tables of contents, lists of sources), and so do
# shorter links ("[Source]") and addresses (URLs, e-mail, @handles: citations).
LINK_LINE_MIN_WORDS = 3
LINK_LINE_MAX_WORDS = 15
# Teaser cards after the article (`teaser_cards`): CARD_RUN linked headings or more, each
# over at most CARD_LINES lines of at most CARD_MAX_WORDS words.
CARD_RUN = 2
CARD_LINES = 2
CARD_MAX_WORDS = 40
# Pieces this long are found among the rendered lines to place the article.
WINDOW_ANCHOR_CHARS = 40
# trafilatura's body shorter than this share of the text path's body on the rendered page
# means it missed the article (a listing-like layout, text outside paragraph markup).
FALLBACK_SHARE = 0.5
# trafilatura's short body is replaced by the text path's only when that holds this share
# of it (`same_article`) or it is under FALLBACK_MIN_CHARS: on the pages where the two are
# apart, trafilatura's is the article (traf-dev `with` +0.009, wcxb-dev F1 +0.003).
SAME_ARTICLE_SHARE = 0.5
FALLBACK_MIN_CHARS = 200
# A run of this many pieces (of REPEAT_MIN_CHARS together) that repeats earlier pieces
# word for word and in order is a second copy of the article or of a box (`drop_copies`).
# (On wcxb-dev whole articles came two and three times; on aeb meal plans and feature
# lists repeat a tenth of the text each, and the gold keeps them.)
REPEAT_RUN = 3
REPEAT_MIN_CHARS = 200
REPEAT_SHARE = 0.2
# Lines up to this many words are checked against line cues; longer ones are sentences
# that may mention "share" or "comments" in passing (as classify.CUE_MAX_WORDS).
CUE_MAX_WORDS = 12
# Disclosures and cookie notices run to a few sentences, never a long paragraph.
ANY_LENGTH_MAX_WORDS = 60
# A line of at most DATE_LINE_MAX_WORDS words that is a date and at most
# DATE_LINE_OTHER_WORDS other words is the article's (or a teaser's) dateline.
DATE_LINE_MAX_WORDS = 6
DATE_LINE_OTHER_WORDS = 2
# A heading is a line of at most this many words (as cues.heading_kind reads them).
HEADING_MAX_WORDS = 8
# Under an early boilerplate heading, lines up to this many words belong to its box.
BOX_LINE_MAX_WORDS = 16

# `continue_article`: rendered lines of at least CONTINUE_MIN_CHARS are placed in
# trafilatura's body; the text path's lines of CONTINUE_MIN_WORDS words or more that it
# left out come back between the headline and its first paragraph (at most CONTINUE_GAP
# other lines away: bylines, dates, captions) and between its paragraphs. On traf-dev
# `with` 0.938 -> 0.947, wcxb-dev F1 +0.0014, aeb -0.0004 (standfirsts that the aeb gold
# leaves out); 5 words let in newsletter and teaser lines, 8 gap lines menus. Since
# lines of named boxes and link lines never count, 8 gap lines (was 4) gave traf-dev
# `with` 0.9573 -> 0.9601 (leads under a byline, date, share bar and photo credit),
# wcxb-dev F1 -0.0005 and aeb -0.0017 (more standfirsts, which its gold leaves out).
CONTINUE_MIN_CHARS = 20
CONTINUE_MIN_WORDS = 11
CONTINUE_GAP = 8
CONTINUE_LEAD = True
# Between the headline and the article, a prose line of this many words is the lead even
# when the text path left it out (a standfirst in a header element, under its own class).
LEAD_MIN_WORDS = 10
CONTINUE_INSIDE = True

# Section kinds whose heading opens boilerplate. Summary boxes ("Key points") are part
# of the article in every gold set.
_SECTION_KINDS = frozenset(
    {
        BlockKind.RELATED,
        BlockKind.COMMENTS,
        BlockKind.COMMENT_FORM,
        BlockKind.NEWSLETTER,
        BlockKind.AUTHOR_BIO,
        BlockKind.SHARE,
        BlockKind.TAGS,
        BlockKind.PREV_NEXT,
        BlockKind.FOOTER,
        BlockKind.ADVERT,
        BlockKind.LOGIN,
    }
)
# Sections that run to the end of the page once they start after most of the article:
# comment threads (made of prose, so no line shape tells where they end). Other boxes
# (related links, newsletter, author box, share bar) are short lines and end where the
# prose resumes: "Related:" lists sit inside articles too.
_THREAD_KINDS = frozenset({BlockKind.COMMENTS, BlockKind.COMMENT_FORM})
# trafilatura's XML elements that carry the text of one line.
_LINE_TAGS = {"p": BlockKind.CONTENT, "head": BlockKind.HEADING, "item": BlockKind.LIST_ITEM, "quote": BlockKind.QUOTE}


def markup_text(html: object, config: CleanerConfig) -> str:
    """The page checked (a str under the size cap) and made safe to parse: characters
    lxml refuses (lone surrogates) or that carry no text (controls) are replaced as
    `normalize_text` does. Newlines, tabs and no-break spaces are left to the parser and
    to the whitespace collapsing of every line: scanning a whole page for them cost more
    than the parse."""
    if not isinstance(html, str):
        return normalize_text(html, config)  # raises the right error
    check_size(len(html), config)
    return normalize_text(html, config) if has_unsafe_characters(html) else html


# Every element an `HtmlElement` (what trafilatura takes), chosen in C: lxml.html's own
# lookup calls Python for each element touched, to give form fields classes of their own
# that nothing here uses.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def parse_html(html: str) -> etree._Element:
    """Parse markup leniently (unclosed tags, broken nesting) without resolving entities
    or reading anything outside the document."""
    def make_parser(huge: bool) -> lxml.html.HTMLParser:
        parser = lxml.html.HTMLParser(
            recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=huge, collect_ids=False
        )
        parser.set_element_class_lookup(_HTML_CLASSES)
        return parser

    # lxml refuses str input that declares an encoding (XHTML pages start with one); the
    # text is already decoded, so the declaration says nothing any more.
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        # Through the guard: the parser's depth and size limits would drop the rest of the page.
        root = htmlguard.parse(html, make_parser)
    except (etree.ParserError, ValueError) as error:
        raise InvalidInput(f"not parseable as HTML: {error}") from None
    _join_roots(root)
    # Never shown with scripts on: templates for scripts, fallbacks for no scripts. (The
    # scripts stay: JSON-LD metadata is one.)
    etree.strip_elements(root, "template", "noscript", with_tail=False)
    return root


# Elements no extractor reads once the markup's metadata is read (`htmlmeta.read_markup`):
# styles, links to resources and meta tags. trafilatura deletes them too, but only after
# its first XPath passes over the raw tree and after copying the tree (with their text)
# several times. (Drawings stay: readability, in trafilatura's full pass, counts an svg
# as a child of its block and picks another article without it on some pages.)
_UNSEEN = ("style", "link", "meta")
# Side boxes trafilatura deletes before it looks for the article (and before it measures
# the page's text): gone before it copies the tree, unless they hold a paragraph (a page
# whose markup is broken may have the article inside one).
_SIDE_BOXES = ("aside", "footer")
# Scripts of these types stay: trafilatura reads JSON-LD (a forum thread's posts, an
# article body to fall back on).
_READ_SCRIPTS = frozenset({"application/ld+json"})


def drop_unseen(root: etree._Element) -> None:
    """Remove what no extractor reads from the parsed page (`_UNSEEN`, scripts but
    JSON-LD, `_SIDE_BOXES` without a paragraph), keeping the text after each removed
    element: trafilatura then walks and copies a smaller tree and finds the same article."""
    etree.strip_elements(root, *_UNSEEN, with_tail=False)
    for box in [b for b in root.iter(*_SIDE_BOXES) if b.find(".//p") is None]:
        box.drop_tree()
    scripts = [s for s in root.iter("script") if (s.get("type") or "").strip().lower() not in _READ_SCRIPTS]
    for script in scripts:
        script.drop_tree()


def _join_roots(root: etree._Element) -> None:
    """Move what the parser put after the document's root into its body. A page that
    closes its body and html early ("</body></html>" after the header, then the
    article) parses as two top-level elements, and everything reads the first only:
    a browser shows the rest in the body."""
    extras = [node for node in root.itersiblings() if isinstance(node.tag, str)]
    body = root.find("body")
    if not extras or body is None:
        return
    for extra in extras:
        for child in list(extra):
            if child.tag == "body":
                body.extend(list(child))
            elif child.tag != "head":
                body.append(child)


def render_lines(root: etree._Element) -> str:
    """Text of the page one block a line, as a browser's innerText gives it."""
    return "\n".join(render_page(root).lines)


@attrs.frozen
class Rendered:
    """The page one block a line (`lines`), with what the markup says of some lines:
    `headlines` (inside an h1), `asides` (captions, credits, or mostly link text:
    never a lead or a paragraph of the article), `boxes` (inside a small element whose
    class or id names a box around the article: `_BOX_WORDS`) and `links` (the asides
    that are mostly link text)."""

    lines: list[str]
    headlines: frozenset[int]
    asides: frozenset[int]
    boxes: frozenset[int] = frozenset()
    links: frozenset[int] = frozenset()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


_CAPTION_TAGS = frozenset({"figure", "figcaption", "picture"})
# Words in class and id names of the boxes around an article: newsletter sign-ups, author
# boxes, breadcrumbs, page and article footers, pop-ups and paywall notices, disclosures,
# calls to action ("cta"), banners and rating widgets (markup names
# are mostly English; some themes name them in their own language: German, French,
# Spanish, Italian, Polish). Matched against whole words of a name, split at
# punctuation and case changes ("TestReport__AuthorBox": "author").
_BOX_WORDS = frozenset(
    """newsletter newsletters subscribe subscription signup author authors autor autoren auteur
    auteurs autore autora autorzy bio contributor contributors breadcrumb breadcrumbs crumbs footer
    copyright stopka modal popup popmake paywall abo abonnement suscripcion disclosure disclaimer
    legal cta banner rating""".split()
)
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


# Pages repeat a few class names on many elements: each is matched once.
@functools.lru_cache(maxsize=20_000)
def _caption_class(names: str) -> bool:
    """Whether a class attribute value names a caption box."""
    return _CAPTION_CLASS.search(names) is not None


@functools.lru_cache(maxsize=20_000)
def _box_name(class_names: str | None, id_name: str | None) -> bool:
    """Whether an element's class and id name a box around the article (`_BOX_WORDS`)."""
    words = _NAME_WORDS.findall(class_names or "") + _NAME_WORDS.findall(id_name or "")
    return any(word.lower() in _BOX_WORDS for word in words)


def render_page(root: etree._Element) -> Rendered:
    """The page's lines as `render_lines` gives them, with the h1 and the aside lines.

    One walk over the tree, every element's start and end; the state is kept in locals
    (this walk costs as much as a tenth of trafilatura's extraction)."""
    lines: list[str] = []
    headlines: set[int] = set()
    asides: set[int] = set()
    current: list[str] = []
    linked = 0  # characters of the current line inside links
    in_h1 = in_caption = False  # the current line has text inside an h1 / a caption
    depth_a = depth_h1 = depth_caption = 0
    blocks, skip, caption_tags = _BLOCKS, _SKIP, _CAPTION_TAGS
    boxes: set[int] = set()
    links: set[int] = set()
    open_boxes: list[tuple[etree._Element, int, int]] = []  # (element, first line, chars before)
    chars = 0  # characters of the lines so far

    def flush() -> None:
        """End the current line (a block starts or ends)."""
        nonlocal chars
        joined = "".join(current)
        line = " ".join(joined.split())
        if line:
            chars += len(line)
            if in_h1:
                headlines.add(len(lines))
            if 2 * linked >= len(joined.strip()) > 0:
                asides.add(len(lines))
                links.add(len(lines))
            elif in_caption:
                asides.add(len(lines))
            lines.append(line)
        current.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    skipped = None
    captions: list[etree._Element] = []
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if tag.__class__ is not str or tag in skip:
                walker.skip_subtree()
                skipped = node
                continue
            if tag in blocks:
                if current:
                    flush()
                linked = 0
                in_h1 = in_caption = False
                box_class, box_id = node.get("class"), node.get("id")
                if (box_class or box_id) and _box_name(box_class, box_id):
                    open_boxes.append((node, len(lines), chars))
            if tag == "a":
                depth_a += 1
            elif tag == "h1":
                depth_h1 += 1
            if tag in caption_tags:
                depth_caption += 1
                captions.append(node)
            else:
                names = node.get("class")
                if names and _caption_class(names):
                    depth_caption += 1
                    captions.append(node)
            text = node.text
        else:
            if node is skipped:
                skipped = None
            else:
                if tag in blocks:
                    if current:
                        flush()
                    linked = 0
                    in_h1 = in_caption = False
                if tag == "a":
                    depth_a -= 1
                elif tag == "h1":
                    depth_h1 -= 1
                if captions and captions[-1] is node:
                    captions.pop()
                    depth_caption -= 1
                if open_boxes and open_boxes[-1][0] is node:
                    _, first, before = open_boxes.pop()
                    if chars - before <= BOX_MAX_CHARS:
                        boxes.update(range(first, len(lines)))
            text = node.tail
        if text:
            current.append(text)
            if depth_a or depth_h1 or depth_caption:
                stripped = len(text.strip())
                if depth_a:
                    linked += stripped
                if stripped:
                    if depth_h1:
                        in_h1 = True
                    if depth_caption:
                        in_caption = True
    if current:
        flush()
    return Rendered(lines, frozenset(headlines), frozenset(asides), frozenset(boxes), frozenset(links))


@attrs.frozen
class Piece:
    """One line of the article as trafilatura found it: a paragraph, heading, list item,
    quote or table row."""

    kind: BlockKind
    text: str
    bullet: str | None = None
    row: bool = False  # a table row


@functools.lru_cache(maxsize=2)
def _shared_extractor(fast: bool) -> object:
    """trafilatura's options, built once: building them reads the local time zone (a
    tenth of a millisecond a page)."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="xml",
        comments=False,
        tables=True,
        formatting=False,
        links=False,
        images=False,
        with_metadata=False,
        dedup=False,
        fast=fast,
    )


def _extractor(url: str | None, *, fast: bool) -> object:
    """trafilatura's options for one page: the shared ones, with the page's URL set as
    trafilatura's own command line sets it."""
    options = _shared_extractor(fast)
    if url is None:
        return options
    options = copy.copy(options)
    options.url = url  # type: ignore[attr-defined]
    options.source = url.encode("utf-8", "replace").decode("utf-8")  # type: ignore[attr-defined]
    return options


def trafilatura_pieces(root: etree._Element, url: str | None = None, *, fast: bool = False) -> list[Piece]:
    """The article trafilatura finds in the page, as pieces in reading order; `fast`
    skips its comparison with readability and jusText.

    trafilatura gets the parsed tree (it works on a copy) and hands back its XML body
    unserialized: no second parse, no XML round trip, no fingerprint of the output."""
    import trafilatura
    from trafilatura.xml import remove_empty_elements, strip_double_tags

    quiet = logging.getLogger("trafilatura")
    if quiet.level != logging.CRITICAL:  # setLevel clears every logger's cache
        quiet.setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(root, options=_extractor(url, fast=fast))
    body = getattr(document, "body", None)
    if body is None:
        return []
    # What trafilatura's own XML output does before serializing: nested paragraphs
    # merged, empty elements dropped.
    return _pieces(remove_empty_elements(strip_double_tags(body)))


def glued(kept: list[Piece]) -> bool:
    """Whether the fast pass's body is one long paragraph: the page's text glued
    together (menus, bylines and article in one block), not an article's paragraphs."""
    return len(kept) == 1 and len(kept[0].text) >= GLUED_CHARS


def prose_chars(rendered: str) -> int:
    """Characters in the rendered page's prose lines: how much article text there is to
    find, whatever the layout (menus, cards and captions are shorter lines)."""
    return sum(len(line) for line in rendered.split("\n") if line.count(" ") >= PROSE_MIN_WORDS - 1)


def around_article(rendered: str, pieces: list[Piece], headlines: frozenset[int] | set[int] = frozenset()) -> str:
    """The rendered page without what carries no metadata: the middle of the article and
    the page's far tail and the menus at the top. Kept: the header (from HEAD_BEFORE lines
    above the article, or above its headline) down to a few lines into the article (headline,
    byline, date, dateline) and the article's last lines with what follows them (bylines
    and author boxes at the end, the copyright line). The whole page when the article's
    paragraphs are not found among the lines. `headlines`: the indices of the lines in an
    h1 (`Rendered.headlines`)."""
    lines = rendered.split("\n")
    first_at: dict[str, int] = {}
    for i, line in enumerate(lines):
        first_at.setdefault(line, i)
    found = [first_at[p.text] for p in pieces if len(p.text) >= WINDOW_ANCHOR_CHARS and p.text in first_at]
    if not found:
        return rendered
    first, last = min(found[:3]), max(found)
    start = max(0, first - HEAD_BEFORE)
    above = [h for h in headlines if h < first]
    if above:
        start = min(start, max(0, max(above) - HEAD_MARGIN))
    if last - first <= HEAD_LINES + TAIL_BEFORE:
        return "\n".join(lines[start : last + TAIL_AFTER])
    return "\n".join(lines[start : first + HEAD_LINES] + lines[last - TAIL_BEFORE : last + TAIL_AFTER])


def _printable(text: str) -> str:
    """Whitespace collapsed, invisible format characters (soft hyphens, zero-width
    spaces) dropped and accents composed (NFC): a decomposed "u" + diaeresis or a soft
    hyphen splits a word for any tokenizer and prints as nothing."""
    if not text.isascii():
        if not text.isprintable():
            text = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def _text_of(node: etree._Element) -> str:
    """The text of an element; children that stand as blocks of their own (headings in
    a list item, nothing but whitespace between them) are kept apart by a space."""
    if len(node) and not (node.text or "").strip() and all(not (c.tail or "").strip() for c in node):
        return " ".join(_text_of(child) for child in node)
    return "".join(node.itertext())


def _pieces(main: etree._Element) -> list[Piece]:
    pieces: list[Piece] = []

    def line(kind: BlockKind, text: str, bullet: str | None = None, row: bool = False) -> None:
        text = _printable(text)
        if text:
            pieces.append(Piece(kind, text, bullet, row))

    def walk(node: etree._Element) -> None:
        # Text loose in a container (trafilatura leaves a paragraph's text as the tail
        # of the heading before it) is a paragraph of its own.
        line(BlockKind.CONTENT, node.text or "")
        for child in node:
            _element(child)
            line(BlockKind.CONTENT, child.tail or "")

    def _element(child: etree._Element) -> None:
        tag = child.tag
        if tag == "list":
            numbered = (child.get("rend") or "") == "ol"
            for n, item in enumerate(child.iterchildren("item"), start=1):
                nested = list(item.iterchildren("list"))
                for sub in nested:
                    item.remove(sub)
                line(BlockKind.LIST_ITEM, _text_of(item), f"{n}." if numbered else "-")
                for sub in nested:
                    _element(sub)
        elif tag == "table":
            for row in child.iter("row"):
                cells = [_printable(_text_of(c)) for c in row.iterchildren("cell")]
                line(BlockKind.CONTENT, " | ".join(c for c in cells if c), row=True)
        elif tag in _LINE_TAGS:
            if tag == "quote" and len(child) and all(c.tag in ("p", "list", "quote", "head") for c in child):
                walk(child)
            else:
                line(_LINE_TAGS[tag], _text_of(child))
        elif tag in ("div", "main", "section"):
            walk(child)
        elif isinstance(tag, str) and tag not in ("graphic", "lb"):
            line(BlockKind.CONTENT, _text_of(child))

    for br in main.iter("lb"):
        br.tail = " " + (br.tail or "")
    walk(main)
    return pieces


def _cue(text: str, low: str | None = None) -> tuple[BlockKind, str] | None:
    """The boilerplate kind of one line by its words or shape, with the reason (`low`:
    `cues.normalize(text)` when the caller has it)."""
    if low is None:
        low = cues.normalize(text)
    n_words = len(low.split())
    if n_words <= ANY_LENGTH_MAX_WORDS:
        if cues.is_cookie_notice(low):
            return BlockKind.COOKIE, "cookie notice"
        found = cues.any_length_kind(low) or cues.prefix_kind(low)
        if found is not None:
            return found[0], f"cue {found[1]!r}"
    if n_words > CUE_MAX_WORDS:
        return None
    has_digit = any(ch.isdigit() for ch in low)  # only short lines need it
    if cues.is_counter(text.strip()):
        return BlockKind.COUNTER, "counter"
    if cues.social_share(low):
        return BlockKind.SHARE, "social network names"
    if cues.is_reply_button(low):
        return BlockKind.COMMENTS, "reply button"
    if cues.is_comment_header(low, n_words, has_digit):
        return BlockKind.COMMENTS, "comment header"
    if cues.is_copyright(text) and n_words <= CUE_MAX_WORDS:
        return BlockKind.FOOTER, "copyright line"
    if cues.is_image_file(low, n_words):
        return BlockKind.CAPTION, "image file name"
    if has_digit and n_words <= DATE_LINE_MAX_WORDS and _date_line(text):
        return BlockKind.BYLINE, "a date line"
    found = cues.line_kind(low)
    if found is not None and found[0] is not BlockKind.SUMMARY:
        return found[0], f"cue {found[1]!r}"
    return None


def _date_line(text: str) -> bool:
    """A line that is a date with at most DATE_LINE_OTHER_WORDS other words: a label
    ("Published:", "Veröffentlichung:"), a weekday, a time."""
    found = dates.find_dates(text)
    if not found:
        return False
    rest = text
    for date in found:
        rest = rest.replace(date.text, " ")
    return len([w for w in rest.split() if any(ch.isalpha() for ch in w)]) <= DATE_LINE_OTHER_WORDS


def _section(piece: Piece, low: str | None = None) -> BlockKind | None:
    """The boilerplate section a heading-like piece opens ("Related posts", "About the
    author"), if any."""
    if low is None:
        low = cues.normalize(piece.text)
    n_words = len(low.split())
    if n_words > HEADING_MAX_WORDS:
        return None
    kind = cues.heading_kind(low)
    if kind in _SECTION_KINDS:
        return kind
    if cues.is_about_heading(low, n_words, low.endswith((".", "!"))):
        return BlockKind.AUTHOR_BIO
    return None


def teaser_runs(texts: list[str]) -> set[int]:
    """Indices of the lines that stand in runs of teasers: excerpts of other stories cut
    off by an ellipsis, one after the other."""
    found: set[int] = set()
    run: list[int] = []
    for index, text in enumerate([*texts, ""]):
        if _TRUNCATED.search(text) and len(text.split()) >= TEASER_MIN_WORDS:
            run.append(index)
            continue
        if len(run) >= TEASER_RUN:
            found.update(run)
        run = []
    return found


def drop_teasers(body: str) -> tuple[str, list[Removed]]:
    """A body (paragraphs apart by a blank line) without its runs of teasers."""
    paragraphs = body.split("\n\n")
    teasers = teaser_runs(paragraphs)
    if not teasers:
        return body, []
    removed = [Removed(BlockKind.RELATED, paragraphs[i], "run of teasers", i + 1) for i in sorted(teasers)]
    return "\n\n".join(p for i, p in enumerate(paragraphs) if i not in teasers), removed


def drop_boilerplate(pieces: list[Piece]) -> tuple[list[Piece], list[Removed]]:
    """The pieces that are article text, and the removed ones with their kind and reason."""
    teasers = teaser_runs([p.text for p in pieces])
    total = sum(len(p.text) for p in pieces) or 1
    kept: list[Piece] = []
    removed: list[Removed] = []
    seen = 0
    box: BlockKind | None = None  # an early boilerplate box being skipped
    for index, piece in enumerate(pieces):
        share = seen / total
        seen += len(piece.text)
        low = cues.normalize(piece.text)
        section = _section(piece, low)
        if section in _THREAD_KINDS and share >= TAIL_SHARE:
            removed.extend(Removed(section, p.text, "section after the article", i + 1) for i, p in enumerate(pieces[index:], start=index))
            break
        if section is not None:
            box = section
            removed.append(Removed(section, piece.text, "boilerplate section heading", index + 1))
            continue
        if box is not None:
            # A heading or a table (ingredients, figures) ends the box.
            if piece.kind is not BlockKind.HEADING and not piece.row and (
                piece.kind is BlockKind.LIST_ITEM or len(piece.text.split()) <= BOX_LINE_MAX_WORDS
            ):
                removed.append(Removed(box, piece.text, "line of a boilerplate box", index + 1))
                continue
            box = None
        if index in teasers:
            removed.append(Removed(BlockKind.RELATED, piece.text, "run of teasers", index + 1))
            continue
        found = _cue(piece.text, low)
        if found is not None:
            removed.append(Removed(found[0], piece.text, found[1], index + 1))
            continue
        kept.append(piece)
    return drop_copies(kept, removed)


def drop_copies(kept: list[Piece], removed: list[Removed]) -> tuple[list[Piece], list[Removed]]:
    """The pieces without second copies of a run of them: REPEAT_RUN or more pieces (of
    REPEAT_MIN_CHARS and REPEAT_SHARE of the text together) that repeat earlier ones
    word for word and in the same order are the article printed twice (tabs, a copy for
    small screens). Short repeats are the article's own: a recipe step, an interview
    question, the same plan for every day of a week, a pull quote."""
    texts = [p.text for p in kept]
    least = max(REPEAT_MIN_CHARS, REPEAT_SHARE * sum(len(t) for t in texts))
    at: dict[str, list[int]] = {}
    drop: set[int] = set()
    i = 0
    while i < len(texts):
        best = 0
        for j in at.get(texts[i], ()):
            n = 0
            while i + n < len(texts) and j + n < i and texts[j + n] == texts[i + n]:
                n += 1
            best = max(best, n)
        if best >= REPEAT_RUN and sum(len(t) for t in texts[i : i + best]) >= least:
            drop.update(range(i, i + best))
            for k in range(i, i + best):
                at.setdefault(texts[k], []).append(k)
            i += best
            continue
        at.setdefault(texts[i], []).append(i)
        i += 1
    if not drop:
        return kept, removed
    removed.extend(Removed(BlockKind.BOILERPLATE, texts[k], "a second copy of earlier paragraphs", k + 1) for k in sorted(drop))
    return [p for k, p in enumerate(kept) if k not in drop], removed


def pieces_body(pieces: list[Piece]) -> str:
    """Paragraphs apart by a blank line; consecutive list items line by line behind their
    bullet, as the text path writes them."""
    parts: list[str] = []
    previous_list = False
    for piece in pieces:
        is_list = piece.kind is BlockKind.LIST_ITEM
        text = f"{piece.bullet or '-'} {piece.text}" if is_list else piece.text
        if parts:
            parts.append("\n" if is_list and previous_list else "\n\n")
        parts.append(text)
        previous_list = is_list
    return "".join(parts)


def same_article(kept: list[Piece], text_body: str) -> bool:
    """Whether the text path's body holds trafilatura's (most of its text, or it is next
    to nothing): the text path found the same article and more of it, so its body may
    replace trafilatura's. A text body apart from trafilatura's is another part of the
    page (a forum list, a deals box) that the text path took for the article."""
    total = sum(len(p.text) for p in kept)
    if total < FALLBACK_MIN_CHARS:
        return True
    shared = sum(len(p.text) for p in kept if p.text in text_body)
    return shared >= SAME_ARTICLE_SHARE * total


def _lead_like(line: str) -> bool:
    """A line that may be article prose: no boilerplate cue, no byline, no date (the
    lines between a headline and the article are mostly bylines and datelines)."""
    low = cues.normalize(line)
    if _cue(line, low) is not None or cues.byline_pattern().match(low):
        return False
    return not dates.find_dates(line)


def _line_run(text: str, lines: list[str], starts: dict[str, list[int]]) -> list[int] | None:
    """The indices of the rendered lines that `text` is made of, one after the other (up
    to GLUE_GAP lines apart: trafilatura leaves some out), or None. `starts`: line
    indices by their first word."""
    for first in starts.get(text.split(" ", 1)[0], ()):
        if not text.startswith(lines[first]):
            continue
        run, pos, last = [first], len(lines[first]), first
        while pos < len(text):
            while pos < len(text) and text[pos] == " ":
                pos += 1
            for j in range(last + 1, min(last + 1 + GLUE_GAP, len(lines))):
                if lines[j] and text.startswith(lines[j], pos):
                    run.append(j)
                    pos += len(lines[j])
                    last = j
                    break
            else:
                break
        if pos >= len(text) and len(run) > 1:
            return run
    return None


def split_glued(kept: list[Piece], removed: list[Removed], page: Rendered) -> list[Piece]:
    """The pieces with those that trafilatura glued together from several rendered lines
    (a paragraph made of an article's last lines, its share bar, its tags and a menu)
    split into those lines; the lines that are boilerplate by their words or shape
    (`drop_boilerplate` over the lines), lines of boxes (`Rendered.boxes`) and short
    lines of link text (`Rendered.asides`, up to HEADING_MAX_WORDS words) before or
    after the other lines go, added to `removed`. Splitting changes no word of the body."""
    lines = page.lines
    single = set(lines)
    if all(p.kind is BlockKind.LIST_ITEM or len(p.text) < GLUE_MIN_CHARS or p.text in single for p in kept):
        return kept
    starts: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        starts.setdefault(line.split(" ", 1)[0], []).append(i)
    out: list[Piece] = []
    for piece in kept:
        run = None
        if piece.kind is not BlockKind.LIST_ITEM and piece.text not in single and len(piece.text) >= GLUE_MIN_CHARS:
            run = _line_run(piece.text, lines, starts)
        if run is None:
            out.append(piece)
            continue
        parts = [Piece(BlockKind.CONTENT, lines[i]) for i in run]
        good, dropped = drop_boilerplate(parts)
        removed.extend(dropped)
        good_texts = {p.text for p in good}
        # Link lines glued before or after the text (a menu, a tag list); between its
        # lines they are the text's own (a list of shop links, sources).
        linkish = [i in page.asides and len(lines[i].split()) <= HEADING_MAX_WORDS for i in run]
        text_at = [k for k, flag in enumerate(linkish) if not flag]
        first, last = (text_at[0], text_at[-1]) if text_at else (-1, len(run))
        # One link line at an edge is the text's own ("Read more", a source); a menu is
        # several. A piece of link lines only is a list of links (documents, sources).
        if first < GLUE_LINK_RUN:
            first = -1
        if len(run) - 1 - last < GLUE_LINK_RUN:
            last = len(run)
        for k, i in enumerate(run):
            line = lines[i]
            if line not in good_texts:
                continue
            if i in page.boxes or (linkish[k] and not first < k < last):
                removed.append(Removed(BlockKind.BOILERPLATE, line, "box or link line glued into a paragraph", 0))
            else:
                out.append(Piece(BlockKind.CONTENT, line))
    return out


def drop_boxes(kept: list[Piece], removed: list[Removed], page: Rendered) -> list[Piece]:
    """The pieces without those that are a line of a box around the article
    (`Rendered.boxes`: newsletter, author and paywall boxes, breadcrumbs, footers) or of
    a caption or credit (`Rendered.asides` that are not link lines: figures, picture
    credits) and nowhere else on the page; the dropped ones are added to `removed`."""
    lines = page.lines
    captions = page.asides - page.links
    marked = {lines[i] for i in page.boxes} | {lines[i] for i in page.asides}
    if not any(p.text in marked for p in kept):
        return kept
    boxed = {lines[i] for i in page.boxes}
    # trafilatura keeps the captions of pictures inside the article: in traf-dev's
    # annotations they are boilerplate, and the wcxb-dev and aeb gold bodies score the
    # same without them (traf-dev `without` 0.919 -> 0.922).
    captioned = {lines[i] for i in captions}
    linked = {
        line
        for line in (lines[i] for i in page.links)
        if LINK_LINE_MIN_WORDS <= len(line.split()) <= LINK_LINE_MAX_WORDS and not _ADDRESS.search(line)
    }
    if not (boxed or captioned or linked):
        return kept
    elsewhere = [line for i, line in enumerate(lines) if i not in page.boxes and i not in page.asides]
    boxed.difference_update(elsewhere)
    captioned.difference_update(elsewhere)
    linked.difference_update(elsewhere)
    # Boxes holding much of what trafilatura kept are the article under a misleading
    # name (a short story inside an "author-page" or "footer-wrap" element).
    # The same for captions: a page laid out as one figure.
    total = BOX_MAX_SHARE * sum(len(p.text) for p in kept)
    if sum(len(p.text) for p in kept if p.text in boxed) > total:
        boxed = set()
    if sum(len(p.text) for p in kept if p.text in captioned) > total:
        captioned = set()
    out = []
    for index, piece in enumerate(kept):
        if piece.text in boxed:
            removed.append(Removed(BlockKind.BOILERPLATE, piece.text, "line of a box named in the markup", index + 1))
        elif piece.text in captioned:
            removed.append(Removed(BlockKind.CAPTION, piece.text, "a caption or credit in the markup", index + 1))
        elif piece.text in linked and piece.kind in (BlockKind.CONTENT, BlockKind.QUOTE):
            removed.append(Removed(BlockKind.RELATED, piece.text, "a link standing as a paragraph", index + 1))
        else:
            out.append(piece)
    # Links before the article's first line and after its last one that is not a link
    # (a section name, a tag, a "next article" link), headings too; lists of links stay.
    any_link = {
        line for line in (lines[i] for i in page.links) if len(line.split()) <= LINK_LINE_MAX_WORDS and not _ADDRESS.search(line)
    }
    any_link.difference_update(elsewhere)
    edge = [p.text in any_link and p.kind is not BlockKind.LIST_ITEM for p in out]
    if any(edge) and not all(edge):
        first, last = edge.index(False), len(edge) - 1 - edge[::-1].index(False)
        for index, piece in enumerate(out):
            if edge[index] and not first <= index <= last:
                removed.append(Removed(BlockKind.NAVIGATION, piece.text, "a link before or after the article", index + 1))
        out = [p for index, p in enumerate(out) if not edge[index] or first <= index <= last]
    cards = teaser_cards(out, {lines[i] for i in page.links}.difference(elsewhere))
    if cards:
        removed.extend(Removed(BlockKind.RELATED, p.text, "a teaser card after the article", cards + i + 1) for i, p in enumerate(out[cards:]))
        out = out[:cards]
    return out


def teaser_cards(pieces: list[Piece], link_lines: set[str]) -> int:
    """Where a run of teaser cards at the end of the pieces starts (or 0 when there is
    none): CARD_RUN or more headings that are links (`link_lines`), each followed by at
    most CARD_LINES lines of at most CARD_MAX_WORDS words (a date, an excerpt) and
    nothing else down to the end. A listicle's linked headings stand over paragraphs."""
    start, cards, end = 0, 0, len(pieces)
    for index in range(len(pieces) - 1, 0, -1):
        piece = pieces[index]
        if piece.kind is BlockKind.HEADING and piece.text in link_lines:
            if end - index - 1 > CARD_LINES:
                break
            cards += 1
            start, end = index, index
        elif len(piece.text.split()) > CARD_MAX_WORDS or end - index > CARD_LINES:
            break
    return start if cards >= CARD_RUN else 0


def drop_box_lines(body: str, removed: list[Removed], page: Rendered) -> str:
    """The text path's body (when it stands for the article) without the lines that
    `drop_boxes` takes out of trafilatura's pieces: lines of boxes named in the markup,
    captions, links standing as paragraphs, links before or after the article. The body keeps its
    layout; the dropped lines are added to `removed`."""
    paragraphs = [p.split("\n") for p in body.split("\n\n")]
    pieces = [Piece(BlockKind.CONTENT, line) for lines in paragraphs for line in lines]
    found: list[Removed] = []
    drop_boxes(pieces, found, page)
    if not found:
        return body
    removed.extend(found)
    gone = {r.text for r in found}
    kept = ["\n".join(line for line in lines if line not in gone) for lines in paragraphs]
    return "\n\n".join(p for p in kept if p)


def continue_article(kept: list[Piece], removed: list[Removed], page: Rendered, text_body: str) -> list[Piece]:
    """trafilatura's pieces with the text path's prose that continues them: rendered lines
    the text path keeps (`text_body`) that trafilatura left out, between the page's
    headline and trafilatura's first paragraph (a lead or standfirst in a header
    element) and, when CONTINUE_INSIDE, between its paragraphs. Captions, link text and
    lines `drop_boilerplate` removed stay out. First the pieces that are lines of boxes
    named in the markup go (`drop_boxes`, added to `removed`), and pieces glued from
    several lines are split into them (`split_glued`)."""
    kept = drop_boxes(split_glued(kept, removed, page), removed, page)
    if not kept or not text_body:
        return kept
    lines = page.lines
    joined = "\n".join(p.text for p in kept)
    starts: list[int] = []
    at = 0
    for piece in kept:
        starts.append(at)
        at += len(piece.text) + 1
    dropped = "\n".join(r.text for r in removed)
    owner: dict[int, int] = {}  # line index -> index of the piece holding it
    for i, line in enumerate(lines):
        if len(line) >= CONTINUE_MIN_CHARS:
            found = joined.find(line)
            if found >= 0:
                owner[i] = bisect.bisect_right(starts, found) - 1

    def candidate(i: int, lead: bool = False) -> bool:
        line = lines[i]
        return (
            i not in owner
            and len(line) >= CONTINUE_MIN_CHARS
            and i not in page.asides
            and i not in page.headlines
            and i not in page.boxes
            and (
                (len(line.split()) >= CONTINUE_MIN_WORDS and line in text_body)
                or (lead and len(line.split()) >= LEAD_MIN_WORDS)
            )
            and line not in dropped
            and _lead_like(line)
        )

    anchors = [i for i in owner if len(lines[i]) >= WINDOW_ANCHOR_CHARS]
    if not anchors:
        return kept
    first, last = anchors[0], anchors[-1]
    before: list[str] = []
    inside: dict[int, list[str]] = {}
    if CONTINUE_LEAD:
        gap = 0
        lead: list[str] = []
        for i in range(first - 1, -1, -1):
            if i in page.headlines:
                before = lead[::-1]
                break
            if candidate(i, lead=True):
                lead.append(lines[i])
            elif i not in owner:
                gap += 1
                if gap > CONTINUE_GAP:
                    break
    if CONTINUE_INSIDE:
        taken = set(before)
        piece = owner[first]
        for i in range(first + 1, last):
            if i in owner:
                piece = owner[i]
            elif lines[i] not in taken and candidate(i):
                inside.setdefault(piece, []).append(lines[i])
                taken.add(lines[i])
    if not (before or inside):
        return kept
    merged = [Piece(BlockKind.CONTENT, text) for text in before]
    for index, piece in enumerate(kept):
        merged.append(piece)
        merged.extend(Piece(BlockKind.CONTENT, text) for text in inside.get(index, ()))
    return merged

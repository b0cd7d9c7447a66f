"""Blocks -> kinds: features of each block, then the article region, then revision.

Three steps, in the spirit of jusText's two passes:
1. context-free features of each block: prose or not (length, stopword share, sentence
   punctuation), and the boilerplate cues it matches (`cues`);
2. the article region: the contiguous run of blocks with the largest weight, where
   prose weighs its length and menus, cue lines and section headings weigh against;
3. revision with neighbours: the region is cut at the first boilerplate section
   ("Comments", "Related posts") that follows most of the prose, its head is moved
   past the article's metadata lines (byline, date, read time) and summary widgets,
   single boilerplate lines inside it are dropped, and blocks outside it take the kind
   of the section they sit in.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Container, Iterable
from typing import NamedTuple

import attrs

from . import cues
from .article import Block, BlockKind
from .dates import FoundDate, find_dates
from .language import stoplist, words
from .templates import TEMPLATE_MAX_WORDS

# -- Tuned constants (on the five seeds and the aeb / wcxb-dev dev dumps) -------------
# A block is prose when it has this many words and this share of stopwords...
PROSE_MIN_WORDS = 8
PROSE_MIN_STOP_RATIO = 0.18
# ...or is a shorter sentence: ends with sentence punctuation.
SENTENCE_MIN_WORDS = 5
SENTENCE_MIN_STOP_RATIO = 0.12
# A line without sentence punctuation needs this many words to be prose (headlines
# run to 10-14 words).
UNPUNCTUATED_PROSE_MIN_WORDS = 16
# Lines this short are checked against line cues; longer lines are sentences that may
# mention "share" or "comments" in passing.
CUE_MAX_WORDS = 12
# Lines up to this long are searched for dates (date lines, table rows).
DATED_MAX_WORDS = 16
# Photo captions run to a few sentences.
CAPTION_MAX_WORDS = 80
# Disclosures and browser notices run to a few sentences, never a long paragraph.
ANY_LENGTH_MAX_WORDS = 60
# Region weights: prose weighs its length in characters; the rest weighs against.
PROSE_OFFSET = 30.0
PHRASE_MIN_STOP_RATIO = 0.3
# This many list items after a colon, numbered items or table rows in a row are
# content and weigh nothing against the region.
CONTENT_RUN_MIN = 3
CONTENT_RUN_WEIGHT = 1.0
# A comments heading opens a thread when a comment header follows within this many lines.
THREAD_HEADER_WINDOW = 4
# ...and ends the region when some of the region's prose comes before it: the thread
# may be longer than the article (so the share is small), but a "Latest comments"
# widget at the top of the region is no end (a guard, not fitted: 0 and 0.15 give the
# same aeb / wcxb-dev figures).
THREAD_AFTER_PROSE_SHARE = 0.1
# The intro of an article may sit this many short lines (a table of contents, key
# points, a product's feature list, a directory of links under the intro) before the
# heaviest run; its paragraphs are at least this long. (traf-dev: 12 left out intros
# over lists of 20-42 lines; 30 and 45 took them, with no snippet that must go and
# wcxb-dev F1 +0.0001: a glued menu line read as prose is no intro, `_running_text`.)
INTRO_GAP_BLOCKS = 45
INTRO_MIN_CHARS = 120
# The paragraph under the article header (headline, then a byline or date within this
# many lines) weighs this much more.
HEADER_WINDOW = 4
HEADER_BONUS = 250.0
# Past `HEADER_WINDOW`, the header's furniture (share buttons, the photo, more metadata)
# may hold the first paragraph this many lines under the byline or date.
HEADER_FURNITURE_MAX = 12
# An article of short lines (a calendar, a table, a dialogue or a short poem) under its
# header has this many (traf-dev: a post of three lines of dialogue).
SHORT_ARTICLE_MIN_LINES = 3
# A tail after a gap weighing at most -TAIL_GAP, with at least 75% of the prose before
# it and at most 10% after, is an appendix (from the traf-dev analysis).
TAIL_GAP = 200.0
TAIL_BEFORE_SHARE = 0.75
TAIL_AFTER_SHARE = 0.1
# Prose shorter than this that occurs twice in a dump is a teaser of a story card,
# weighed like a repeated menu line...
REPEATED_PROSE_MAX_CHARS = 300
# Site template lines count where at least this share of their run of short lines recurs.
TEMPLATE_RUN_SHARE = 0.5
# ...unless its neighbours repeat too: the whole article printed twice.
WEIGHT_SECTION_HEADING = -150.0
WEIGHT_CUE_LINE = -40.0
WEIGHT_SHORT = -20.0
WEIGHT_REPEATED = -50.0
# An end-of-article heading inside the region cuts it when at least this share of the
# region's prose lies before it; earlier ones are boxes inside the article.
CUT_AFTER_PROSE_SHARE = 0.3
TAGS_LABEL_AFTER_SHARE = 0.8
# Date lines that repeat after half of the region's prose are story cards.
CARDS_AFTER_PROSE_SHARE = 0.5
CARDS_MIN_DATES = 3
# An author or company box is short: an "About ..." heading with more prose than this
# after it heads a section of the article.
BIO_MAX_CHARS = 800
# A box heading inside the article is followed by at most this many lines before the
# article resumes with a paragraph this long (or two paragraphs in a row). A box of
# headline and kicker pairs runs to 13-15 lines; 16 took tails as boxes (aeb / wcxb-dev)
# until the resuming prose had to be printed once and no other section could intervene.
BOX_MAX_BLOCKS = 16
RESUME_MIN_CHARS = 300
# Of the two paragraphs in a row that resume the article, one is longer than a
# headline: this many words or characters. Teaser headlines under a related heading read
# as a pair of sentences when they end in "?" (wcxb-dev: 11-16 words, 64-97 characters);
# one-sentence news paragraphs run to 17 words and 102 characters (aeb) or 18 words and
# 93 characters. Either measure alone takes one of those for a teaser (18 words alone:
# aeb F1 -0.0007).
RESUME_PAIR_MIN_WORDS = 18
RESUME_PAIR_MIN_CHARS = 100
# A Chinese, Japanese or Korean character says about as much as this many Latin letters
# (a 30-character Japanese sentence reads like a 90-letter English one): the length
# above counts it so.
WIDE_CHAR_LETTERS = 3
# A box may start this many non-positive lines after the heaviest run.
BOX_LOOKAHEAD = 3
# Metadata lines (byline, date, read time) this early in the region mark where the
# body starts: prose before them is a teaser or summary.
HEAD_PROSE_SHARE = 0.3
# ...and never past more than this much prose at once: a standfirst or summary is
# short, and on long pages 30% of the prose covers whole sections.
HEAD_MAX_PROSE_CHARS = 600.0
# A paragraph whose 4-word shingles were this much printed before in the article is a
# second copy.
DUPLICATE_SHARE = 0.8
DUPLICATE_MIN_CHARS = 40
# A headline-like line in the head that shares this much of its words (Jaccard) with a
# headline-like line just before the region repeats the title: the body starts after.
TITLE_REPEAT_OVERLAP = 0.5
TITLE_LOOKBACK = 15
TITLE_REPEAT_MAX_PROSE = 1
SUMMARY_LABEL_LOOKBACK = 2
TITLE_MAX_WORDS = 30
# lynx draws <hr> as a line of underscores across the page, which the \w+ of any
# tokenizer takes for a word; a separator typed by the author ("___", "* * *") is
# short and part of the text (aeb golds keep them).
RULE_MIN_CHARS = 40

_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WIDE_PUNCT = re.compile(r"[。，、！？]")
_ABOUT_REASON = "'About ...' box heading"
_AGENCY_REASON = "news agency credit"
_DOUBLED_REASON = "printed twice in one line (alt text and title of an image or card)"
_PLACEHOLDER_REASON = "image placeholder"
_FRAME_REASON = "embedded frame (lynx prints its address)"
_DIGIT = re.compile(r"\d")
_STEP_NUMBER = re.compile(r"^\s*\d{1,2}\.\s*$")
# A time of day alone on its line ("18:27") heads an entry of a live blog: like an
# image, it weighs neither for nor against the entries around it.
_CLOCK = re.compile(r"^\s*\d{1,2}:\d{2}\s*$")
_TOKEN = re.compile(r"\w+")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*$")
# A date line is mostly its date; tweets, file names and code carry dates too.
_NOT_DATELINE = re.compile(r"[\[\]@/=_{}]")
DATELINE_MIN_SHARE = 0.4
# The lookbehind starts the tail only where its run starts: ")" * 40,000 took 12 s.
_CREDIT_STRIP = re.compile(r"^[\s\-–—(]+|(?<![\s)])[\s)]+$")
_DATELINE = re.compile(r"^[A-Z][\w.\- ]{1,40},\s*")
# A line of this many words in capitals, with no sentence end, is a link to another
# story set between the article's paragraphs ("SEAN SPICER ELIMINATED FROM 'DANCING
# WITH THE STARS'", "CLICK HERE TO GET THE ... APP"); sections of an article are headed
# by shorter lines, and a capitalised line of the article's own asks or exclaims.
CAPS_LINK_MIN_WORDS = 8
# str.isupper() holds for a Korean line with one "KBS" in it: most letters must have case.
CAPS_MIN_CASED_SHARE = 0.8


def _in_capitals(text: str) -> bool:
    if text.endswith(("?", "!")):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ch != ch.lower()) >= CAPS_MIN_CASED_SHARE * len(letters)
# A newsletter named by a compound ("Example-Newsletter", "WhatsApp-Newsletter") in a
# short line: the heading of a sign-up box.
_NEWSLETTER_NAME = re.compile(r"\w-newsletter\b")
NEWSLETTER_NAME_MAX_WORDS = 8

# Kinds whose heading ends the article when it comes after most of the prose.
_END_KINDS = frozenset(
    {
        BlockKind.RELATED,
        BlockKind.COMMENTS,
        BlockKind.COMMENT_FORM,
        BlockKind.NEWSLETTER,
        BlockKind.AUTHOR_BIO,
        BlockKind.PREV_NEXT,
        BlockKind.TAGS,
        BlockKind.FOOTER,
        BlockKind.SHARE,
    }
)
# Metadata kinds that sit between the headline and the body.
_HEAD_KINDS = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.READ_TIME})


class Features(NamedTuple):
    """What the classifier knows of one block, context-free. (A named tuple: one is
    made for every distinct line, and a tuple is made at a fifth of the cost of a
    frozen attrs class.)"""

    low: str
    n_words: int
    stop_ratio: float
    prose: bool
    sentence_end: bool
    cue: BlockKind | None
    reason: str
    heading: bool
    repeated: bool
    dated: bool = False  # a short line that holds a date
    link: bool = False  # a web address on a line of its own


@attrs.frozen
class Labelled:
    """A block with its final kind and the reason for it."""

    block: Block
    kind: BlockKind
    reason: str


@attrs.frozen
class Classified:
    """The labelled blocks and the article region [start, end) they were cut to."""

    blocks: tuple[Labelled, ...]
    start: int
    end: int
    language: str


def _is_prose(text: str, n_words: int, stop_ratio: float, sentence_end: bool) -> bool:
    # Headlines are not sentences: without final punctuation a line must be long.
    if n_words >= PROSE_MIN_WORDS and stop_ratio >= PROSE_MIN_STOP_RATIO and (
        sentence_end or n_words >= UNPUNCTUATED_PROSE_MIN_WORDS
    ):
        return True
    if sentence_end and n_words >= SENTENCE_MIN_WORDS and stop_ratio >= SENTENCE_MIN_STOP_RATIO:
        return True
    if not text.isascii() and len(text) >= 25:
        wide = len(_WIDE.findall(text))
        return wide >= 0.5 * len(text) and _WIDE_PUNCT.search(text) is not None
    return False


def _line_cue(text: str, low: str, n_words: int, dates: list[FoundDate]) -> tuple[BlockKind | None, str, bool]:
    """The boilerplate kind a line shows by itself: (kind, reason, is_section_heading).
    `dates` are the dates written in the line (looked for in short lines with digits)."""
    has_digit = _DIGIT.search(low) is not None
    if has_digit and cues.is_counter(text):
        if dates and len(dates[0].text) >= DATELINE_MIN_SHARE * len(text):
            return BlockKind.DATELINE, f"date line '{dates[0].text}'", False
        return BlockKind.COUNTER, "a bare number (counter)", False
    if cues.is_cookie_notice(low):
        return BlockKind.COOKIE, "cookie notice", False
    if cues.is_comment_header(low, n_words, has_digit):
        return BlockKind.COMMENTS, "comment header (name, time, 'says:')", True
    if cues.is_image_placeholder(text):
        return BlockKind.CAPTION, _PLACEHOLDER_REASON, False
    if cues.is_frame_mark(text):
        # An embed, like an image: neither for nor against the article around it.
        return BlockKind.CAPTION, _FRAME_REASON, False
    found = cues.prefix_kind(low)
    if found is not None:
        # The label alone on its line ("Read also:", "Lees ook:", "Tags:") heads the box
        # of links below it, like the same words without the colon.
        kind = cues.heading_kind(low) if _bare_label(low, found[1]) else None
        if kind is not None:
            return kind, f"heading of a {kind.value} section", True
        return found[0], f"label '{found[1]}'", False
    words = cues.cue_words(low) if n_words <= ANY_LENGTH_MAX_WORDS else None
    if words is not None:
        found = cues.any_length_kind(low, words)
        if found is not None:
            return found[0], f"notice '{found[1]}'", False
    if n_words <= CAPTION_MAX_WORDS and (cues.has_trailing_credit(low) or cues.has_glued_credit(text)):
        return BlockKind.CAPTION, "photo caption (credit at its end)", False
    if n_words > CUE_MAX_WORDS:
        if n_words <= 2 * CUE_MAX_WORDS and cues.is_copyright(low):
            return BlockKind.FOOTER, "copyright line", False
        if n_words <= CAPTION_MAX_WORDS and cues.is_caption(text, low):
            return BlockKind.CAPTION, "photo caption (agency dateline or credit)", False
        return None, "", False
    kind = cues.heading_kind(low)
    if kind is not None:
        return kind, f"heading of a {kind.value} section", True
    if cues.is_reply_button(low):
        return BlockKind.COMMENTS, "reply button", False
    if cues.is_image_file(low, n_words):
        return BlockKind.CAPTION, "image file name", False
    if cues.is_relative_time(low, n_words, has_digit):
        return BlockKind.COUNTER, "relative timestamp", False
    if cues.is_summary_label(low, n_words):
        return BlockKind.SUMMARY, "summary widget label", False
    if cues.social_share(low):
        return BlockKind.SHARE, "social network names", False
    if n_words <= NEWSLETTER_NAME_MAX_WORDS and _NEWSLETTER_NAME.search(low):
        return BlockKind.NEWSLETTER, "a newsletter's name", False
    if cues.is_copyright(low):
        return BlockKind.FOOTER, "copyright line", False
    if n_words <= 3 and _CREDIT_STRIP.sub("", low) in cues.agencies():
        return BlockKind.BYLINE, _AGENCY_REASON, False
    found = cues.line_kind(low, words)
    if found is not None:
        return found[0], f"line cue '{found[1]}'", False
    if n_words <= 10 and cues.byline_pattern().match(low):
        return BlockKind.BYLINE, "byline", False
    if has_digit and n_words <= 8:
        if dates and len(dates[0].text) >= DATELINE_MIN_SHARE * len(_without_times(text).strip(" —-–|,")) and not _NOT_DATELINE.search(text):
            return BlockKind.DATELINE, f"date line '{dates[0].text}'", False
    if dates and n_words <= DATED_BYLINE_MAX_WORDS and _is_dated_byline(text, dates[0]):
        return BlockKind.DATELINE, f"date line '{dates[0].text}' with the byline", False
    return None, "", False


# A date line that names the author after the date and time ("10.12.2022 18:27 von
# Jane Doe", "12 May 2021 | by John Smith"): the date, a time, a byline prefix and a
# name of at most this many words.
DATED_BYLINE_MAX_WORDS = 12
DATED_BYLINE_NAME_MAX_WORDS = 4


def _is_dated_byline(text: str, date: FoundDate) -> bool:
    """The line opens with its date (a time may follow) and the rest is a byline."""
    if date.start != 0 or _NOT_DATELINE.search(text):
        return False
    rest = cues.normalize(_without_times(text[len(date.text) :])).strip(" —-–|,·•")
    match = cues.byline_pattern().match(rest)
    if match is None:
        return False
    name = rest[match.end() :].split()
    return 1 <= len(name) <= DATED_BYLINE_NAME_MAX_WORDS and not any(_DIGIT.search(w) for w in name)


def _bare_label(low: str, label: str) -> bool:
    """Whether the line is the label alone, nothing after it but punctuation."""
    core = low.strip(" •·|-–—*»›")
    return core.startswith(label) and not core[len(label) :].strip(" :.-–—»›")


# A time of day beside a date ("03.04.2020, 12:35", "19:08 Uhr") is part of the date line.
_TIME = re.compile(r"(?<![\d.])\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?!\w)", re.IGNORECASE)


def _without_times(text: str) -> str:
    return _TIME.sub("", text) if ":" in text or "h" in text else text


# A blog's archive drop-down printed on one line: "Archive Select month December 2019
# September 2019 ...": half of its words (years are no words) are month names.
ARCHIVE_MIN_SHARE = 0.5
ARCHIVE_MIN_WORDS = 12


def _is_archive_list(tokens: list[str]) -> bool:
    if len(tokens) < ARCHIVE_MIN_WORDS:
        return False
    months = cues.months()
    return sum(1 for t in tokens if t in months) >= ARCHIVE_MIN_SHARE * len(tokens)


# A glued menu has at least four items; shorter lines are headlines or names.
GLUED_MENU_MIN_WORDS = 4
# A long line that says the same few words over and over, without a full stop at its
# end, is a strip of logos' alt texts or a menu printed as one line ("Acme Bank of Ohio
# Acme Bank of Texas Acme Bank of Utah ..."): a paragraph, even a long one, uses far
# more distinct words (the fewest in the benchmark's kept paragraphs of 40 words or
# more: 0.29 of them, a list of commands).
REPETITIVE_MIN_WORDS = 40
REPETITIVE_MAX_DISTINCT = 0.25


def _text_features(text: str, stops: frozenset[str]) -> Features:
    text = cues.without_formulas(text)
    low = cues.normalize(text)
    tokens = words(low)
    n_words = len(tokens)
    stop_ratio = sum(map(stops.__contains__, tokens)) / n_words if n_words else 0.0
    # A trailing ellipsis is a truncated teaser ("...as Hurri..."), not a sentence.
    sentence_end = _SENTENCE_END.search(text) is not None and _ELLIPSIS_END.search(text) is None
    prose = _is_prose(text, n_words, stop_ratio, sentence_end)
    stated = _date_sentence(text) if prose and n_words <= DATE_SENTENCE_MAX_WORDS else None
    prose = prose and stated is None
    dates = find_dates(text) if n_words <= DATED_MAX_WORDS and not prose and _DIGIT.search(text) else []
    cue, reason, heading = _line_cue(text, low, n_words, dates)
    if prose and cue in (BlockKind.DATELINE, BlockKind.BYLINE):
        cue, reason = None, ""
    if stated is not None and cue is None:
        cue, reason = BlockKind.DATELINE, f"date line '{stated.text}' written as a sentence"
    if cue is None and prose and _is_archive_list(tokens):
        cue, reason, prose = BlockKind.NAVIGATION, "archive list (months and years)", False
    if cue is None and prose and not sentence_end and n_words >= REPETITIVE_MIN_WORDS and len(set(tokens)) < REPETITIVE_MAX_DISTINCT * n_words:
        cue, reason, prose = BlockKind.NAVIGATION, "the same few words over and over (logos, a menu)", False
    if cue is None and n_words >= GLUED_MENU_MIN_WORDS and cues.is_glued_menu(text, n_words):
        cue, reason, prose = BlockKind.NAVIGATION, "menu items glued into one line", False
    if cue is None and prose and cues.is_glued_card(text):
        cue, reason, prose = BlockKind.RELATED, "story card (headline glued to its teaser)", False
    if cue is None and not prose and cues.is_about_heading(low, n_words, sentence_end):
        cue, reason, heading = BlockKind.AUTHOR_BIO, _ABOUT_REASON, True
    if cue is None and cues.is_signup(low, n_words):
        # Short and without a full stop, it heads the sign-up box ("Subscribe to the X newsletter").
        heading = n_words <= NEWSLETTER_NAME_MAX_WORDS and not sentence_end
        cue, reason = BlockKind.NEWSLETTER, "newsletter sign-up"
    if cue is None and cues.is_follow_pitch(low, n_words):
        cue, reason = BlockKind.SHARE, "asks to follow on a social network"
    if cue is None and cues.is_artwork_caption(low, n_words):
        cue, reason, prose = BlockKind.CAPTION, "artwork caption (size and year)", False
    if cue is None and cues.is_report_credit(low, n_words):
        cue, reason = BlockKind.FOOTER, "credits of the report"
    if cue is None and cues.is_code(text, stop_ratio):
        cue, reason, prose = BlockKind.CODE, "source code", False
    if cue is None and cues.is_image_description(text):
        cue, reason, prose = BlockKind.CAPTION, "image description (alt text)", False
    if cue is None and cues.is_licence_note(low, n_words):
        cue, reason, prose = BlockKind.FOOTER, "licence note", False
    if cue is None and n_words >= CAPS_LINK_MIN_WORDS and not sentence_end and text.isupper() and _in_capitals(text):
        cue, reason, prose = BlockKind.RELATED, "a headline in capitals (a link to another story)", False
    link = cue is None and cues.is_bare_url(text)
    return Features(low, n_words, stop_ratio, prose, sentence_end, cue, reason, heading, False, bool(dates), link)


# A date line may read as a sentence: the date, a weekday, a time and a few words of
# glue ("Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "Wednesday, May 4, 2022 at
# 7:46 a.m."). Such a line has at most this many words in all, and at most this many
# words of two letters or more outside its date and time (a sentence that tells of
# a date has more: "On May 4, 2022 it rained a lot").
DATE_SENTENCE_MAX_WORDS = 8
DATE_SENTENCE_MAX_GLUE = 3
# A time of day with what follows it ("07:46hrs", "7.46pm", "19h30").
_TIME_WORD = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}\w*")
_GLUE_WORD = re.compile(r"[^\W\d_]{2,}")


def _date_sentence(text: str) -> FoundDate | None:
    """The date of a short line that says nothing but a date and time, punctuated as a
    sentence; None for other lines."""
    if _DIGIT.search(text) is None:
        return None
    dates = find_dates(text)
    if not dates or not dates[0].has_year:
        return None
    rest = _TIME_WORD.sub(" ", text.replace(dates[0].text, " ", 1))
    return dates[0] if len(_GLUE_WORD.findall(rest)) <= DATE_SENTENCE_MAX_GLUE else None


# The short lines of news pages recur from page to page, of one site and of many
# ("Share", "Advertisement", "Read more", a site's menu and footer): their features are
# computed once per process and kept for this many lines. Lines up to this length are
# kept (over the aeb pages, a quarter of the lines the HTML path reads are seen on an
# earlier page, nearly all under 150 characters).
FEATURE_CACHE_LINES = 1 << 15
FEATURE_CACHE_MAX_CHARS = 150


@functools.lru_cache(maxsize=FEATURE_CACHE_LINES)
def _short_line_features(text: str, stops: frozenset[str]) -> Features:
    return _text_features(text, stops)


def clear_feature_cache() -> None:
    """Forget the features of the lines seen so far (for timing a cold start)."""
    _short_line_features.cache_clear()


def features(blocks: list[Block], language: str, template: Container[str] | None = None) -> list[Features]:
    """Context-free features of each block; a line repeated in the document (menus
    printed twice, teaser sentences of story cards) is computed once and marked
    repeated unless it is a full paragraph. A line of the site's `template` (see
    `templates.py`) that is neither prose nor a cue line is site boilerplate."""
    stops = stoplist(language)
    seen: dict[str, Features] = {}
    counts = Counter(b.text for b in blocks)
    result = []
    for block in blocks:
        f = seen.get(block.text)
        if f is None:
            f = (_short_line_features if len(block.text) <= FEATURE_CACHE_MAX_CHARS else _text_features)(block.text, stops)
            doubled = cues.is_doubled(block.text)
            if doubled and any(ch.isalnum() for ch in block.text):
                # Printed twice in one line: an image's alt text and title, a card's
                # headline over its link. No article says a line twice in one, so it
                # goes even inside the article, where repeated lines stay. (A rule of
                # underscores is no text: it keeps separating the article's parts.)
                f = f._replace(repeated=True, cue=f.cue or BlockKind.CAPTION, reason=f.reason or _DOUBLED_REASON, prose=False)
            elif doubled or (counts[block.text] > 1 and (not f.prose or len(block.text) < REPEATED_PROSE_MAX_CHARS)):
                # Printed twice in the dump.
                f = f._replace(repeated=True)
            seen[block.text] = f
        result.append(f)
    result = _mark_head_links(blocks, result)
    result = _mark_adjacent_doubles(blocks, result)
    result = _mark_alt_texts(blocks, result)
    result = _unmark_first_copy(blocks, result, counts)
    result = _mark_glued_date_cards(blocks, result)
    result = _mark_counted_labels(blocks, result)
    result = _mark_counted_cards(blocks, result)
    result = _mark_split_bylines(blocks, result)
    result = _mark_numbered_contents(blocks, result)
    if template is not None:
        result = _mark_template_lines(blocks, result, template)
    return result


# An entry of a numbered table of contents: a section number, then the section's title
# ("1 Details", "3 References", "2.1 Software").
_NUMBERED_ENTRY = re.compile(r"^(\d{1,2})(?:\.\d{1,2})*\.?\s+\S")
_CONTENTS_REASON = "entry of a numbered table of contents"


def _mark_numbered_contents(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """The entries of a numbered table of contents inside the article ("1 Details",
    "2 Software", "3 References") name its sections: "3 References" there opens no
    footer. In a run of at least `CONTENTS_MIN_ENTRIES` short numbered lines whose
    numbers go up one by one, section headings lose their cue."""
    result = list(feats)
    i = 0
    while i < len(blocks):
        j, last = i, None
        while j < len(blocks) and len(blocks[j].text) <= CONTENTS_ENTRY_MAX_CHARS:
            m = _NUMBERED_ENTRY.match(blocks[j].text)
            number = int(m.group(1)) if m else None
            if number is None or (last is not None and number not in (last, last + 1)) or (last is None and number != 1):
                break
            last, j = number, j + 1
        if j - i >= CONTENTS_MIN_ENTRIES:
            for k in range(i, j):
                if result[k].heading and result[k].cue in _END_KINDS:
                    result[k] = result[k]._replace(cue=None, reason=_CONTENTS_REASON, heading=False)
        i = max(j, i + 1)
    return result


# The name under a byline's opening word printed alone ("By", "Von", "Par") has a few words
# ("Jane Doe", "Redaktion Example.com"); a headline or a teaser has more.
SPLIT_BYLINE_NAME_MAX_WORDS = 4
_SPLIT_BYLINE_REASON = "byline split over two lines"


def _mark_split_bylines(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """A byline the renderer printed on two lines (innerText prints each element of
    "<span>By</span> <a>Jane Doe</a>" on a line of its own): a line that is only a
    byline's opening word, then a short line printed once. Both are the byline; the
    name alone reads as a headline, and a standfirst under it as a teaser's."""
    result = feats
    for i in range(len(blocks) - 1):
        f, g = feats[i], feats[i + 1]
        if f.cue is not None or f.n_words != 1 or not _is_byline_word(blocks[i].text):
            continue
        if g.cue is not None or g.prose or g.repeated or g.dated or not 1 <= g.n_words <= SPLIT_BYLINE_NAME_MAX_WORDS:
            continue
        if result is feats:
            result = list(feats)
        result[i] = f._replace(cue=BlockKind.BYLINE, reason=_SPLIT_BYLINE_REASON)
        result[i + 1] = g._replace(cue=BlockKind.BYLINE, reason=_SPLIT_BYLINE_REASON)
    return result


def _is_byline_word(text: str) -> bool:
    """The line is only a byline's opening word ("By", "Von:"), as `cues.byline_pattern`
    matches it before a name."""
    return cues.is_byline_prefix(text.strip().rstrip(":").strip().lower())


def _mark_head_links(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """lynx opens a dump with the titles of the page head's links, after a "#" ("#Site »
    Feed Site » Comments Feed alternate alternate"; 585 of the bench's lynx dumps): a
    long first line that can read as prose and start the article."""
    if not blocks or feats[0].cue is not None:
        return feats
    text = blocks[0].text
    # lynx indents its text; a first line "#Hashtag" at the margin is a page's own.
    if blocks[0].line != 1 or blocks[0].indent == 0 or len(text) < 2 or text[0] != "#" or text[1].isspace() or text[1] == "#":
        return feats
    result = list(feats)
    result[0] = feats[0]._replace(cue=BlockKind.NAVIGATION, reason="the page head's links (lynx)", prose=False)
    return result


def _mark_adjacent_doubles(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """A long paragraph printed twice in a row is an image's alt text over its caption (a
    video carousel's cards in lynx and w3m dumps), never the article saying a paragraph
    twice: both copies are repeated lines, whatever their length."""
    result = feats
    for i in range(1, len(blocks)):
        if blocks[i].text == blocks[i - 1].text and feats[i].prose and not feats[i].repeated:
            if result is feats:
                result = list(feats)
            result[i - 1] = result[i] = feats[i]._replace(repeated=True)
    return result


# A page that prints its whole article twice (a hidden or print copy, a tab, a pane):
# aligned runs of blocks that hold at least this much prose are its two copies.
DOUBLED_MIN_PROSE_CHARS = 1500
# Lines printed more often than this are menus and card lists, not a second copy.
DOUBLED_MAX_COUNT = 3
# A copy of the article holds few cue lines (menus, widget headings, counters) besides
# its images and code: at most this share of its lines. A page's whole layout printed
# twice holds many.
DOUBLED_MAX_CUE_SHARE = 0.05
# A copy ends at the heading of the page's widgets after the article (the editors'
# picks, a sign-up box, comments), which some pages print twice with it.
_COPY_END_KINDS = frozenset({BlockKind.RELATED, BlockKind.NEWSLETTER, BlockKind.COMMENTS})


def _unmark_first_copy(blocks: list[Block], feats: list[Features], counts: Counter[str]) -> list[Features]:
    """When the article is printed twice, every line of it counts as repeated and weighs
    against the region like a menu, so that neither copy is the heaviest run and the
    article's short lines (names, prices, subheadings) split it up. The first copy of
    a long aligned run of lines printed twice is read as printed once; the second copy
    stays repeated (and its paragraphs are dropped as repeats if the region takes it)."""
    at = _positions(blocks, (i for i, block in enumerate(blocks) if 1 < counts[block.text] <= DOUBLED_MAX_COUNT))
    if not at:
        return feats
    result = feats
    i, n = 0, len(blocks)
    while i < n:
        found = at.get(blocks[i].text)
        if found is None or not feats[i].prose:
            i += 1
            continue
        best, mass = 0, 0.0
        for j in found:
            if j <= i:
                continue
            k, prose = 0, 0.0
            while j + k < n and i + k < j and blocks[i + k].text == blocks[j + k].text:
                if feats[i + k].heading and feats[i + k].cue in _COPY_END_KINDS:
                    break
                if feats[i + k].prose:
                    prose += len(blocks[i + k].text)
                k += 1
            if prose > mass:
                best, mass = k, prose
        cued = sum(1 for f in feats[i : i + best] if f.cue is not None and f.cue not in (BlockKind.CAPTION, BlockKind.CODE))
        if mass < DOUBLED_MIN_PROSE_CHARS or cued > DOUBLED_MAX_CUE_SHARE * best:
            i += max(1, best)  # a shorter run inside this one holds less prose: linear time
            continue
        if result is feats:
            result = list(feats)
        for q in range(i, i + best):
            if result[q].repeated:
                result[q] = result[q]._replace(repeated=False)
        i += best
    return result


# A blog's category or archive widget lists its labels with their numbers of posts
# ("Politics (45)", "A-Lin (31)", "March 2019 (12)"): this many such lines in a row.
COUNTED_LABELS_MIN = 3
COUNTED_LABEL_MAX_WORDS = 8
_COUNTED_LABEL = re.compile(r"^\S.*\S\s\(\d{1,5}\)$")


def _mark_counted_labels(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """Runs of at least `COUNTED_LABELS_MIN` short lines that end with a count in
    brackets are a category or archive widget: their figures make them read as table
    rows, which weigh for the region, and a long widget outweighed a short article."""
    counted = [
        not f.prose and f.n_words <= COUNTED_LABEL_MAX_WORDS and _COUNTED_LABEL.match(b.text) is not None
        for b, f in zip(blocks, feats)
    ]
    result = feats
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and counted[j]:
            j += 1
        if j - i >= COUNTED_LABELS_MIN:
            if result is feats:
                result = list(feats)
            for k in range(i, j):
                result[k] = feats[k]._replace(cue=BlockKind.NAVIGATION, reason="category with its number of posts")
        i = max(j, i + 1)
    return result


# A card list prints each card's headline, then the headline again after its count of
# votes, views or comments ("Free cinema vouchers" then "958 Free cinema vouchers").
_COUNT_PREFIX = re.compile(r"^\d[\d.,]*\s+")


def _mark_counted_cards(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """A line that the next line repeats after a number: a card's headline and the
    headline with its count, both story or deal cards, however long."""
    result = feats
    for i in range(len(blocks) - 1):
        nxt = blocks[i + 1].text
        m = _COUNT_PREFIX.match(nxt)
        if m is None or nxt[m.end() :] != blocks[i].text or feats[i].n_words < 2:
            continue
        if result is feats:
            result = list(feats)
        for k in (i, i + 1):
            result[k] = result[k]._replace(cue=BlockKind.RELATED, reason="card headline printed with its count", prose=False)
    return result


def _mark_glued_date_cards(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """Paragraphs that open with a date glued to their first word ("21.01.2022Erst mit
    ...") are the teasers of a list of story cards when the page prints at least
    `CARDS_MIN_DATES` of them; one alone is the article's date glued to its lead."""
    found = [i for i, (b, f) in enumerate(zip(blocks, feats)) if f.prose and f.cue is None and cues.starts_with_glued_date(b.text)]
    if len(found) < CARDS_MIN_DATES:
        return feats
    result = list(feats)
    for i in found:
        result[i] = feats[i]._replace(cue=BlockKind.RELATED, reason="story card (date glued to its teaser)", prose=False)
    return result


# An image's alt text is printed over its caption, which repeats it and adds the photo
# credit ("... sought treatment" then "... sought treatmentCredit: EPA"); a gallery
# counter ("6") may stand between. The credit is a few words: a heading whose section
# starts by repeating it goes on for sentences. Alt texts that describe a photo run to a
# sentence; a shorter line over a longer one is a breadcrumb over the headline, which a
# separator continues ("Pros and Cons of Consulting: Is It a Good Fit for You?").
ALT_TEXT_MIN_WORDS = 8
ALT_TEXT_LOOKAHEAD = 2
CREDIT_MAX_WORDS = 8
_TITLE_SEPARATOR = re.compile(r"^\s*[:|\-–—]")


def _mark_alt_texts(blocks: list[Block], feats: list[Features]) -> list[Features]:
    """A line that the line one or two below repeats before a credit of a few words:
    the alt text of an image and its caption, both captions whatever their length."""
    result = feats
    n = len(blocks)
    for i in range(n - 1):
        text = blocks[i].text
        if feats[i].n_words < ALT_TEXT_MIN_WORDS or feats[i].cue is not None:
            continue
        for j in range(i + 1, min(n, i + 1 + ALT_TEXT_LOOKAHEAD)):
            other = blocks[j].text
            if len(other) <= len(text) or not other.startswith(text):
                continue
            tail = other[len(text) :]
            if len(tail.split()) <= CREDIT_MAX_WORDS and not _TITLE_SEPARATOR.match(tail):
                if result is feats:
                    result = list(feats)
                for k in (i, j):
                    result[k] = result[k]._replace(cue=BlockKind.CAPTION, reason="image alt text and its caption", prose=False)
                break
    return result


def _mark_template_lines(blocks: list[Block], feats: list[Features], template: Container[str]) -> list[Features]:
    """Lines of the site's template are site boilerplate where they make up most of
    their run of short lines (a menu, a footer, a widget): a template line alone
    among lines that do not recur (a row of a calendar or a results table that two of
    the site's pages share by chance) is left to the other features."""
    member = [not f.prose and f.cue is None and b.text in template for b, f in zip(blocks, feats)]
    result = list(feats)
    start = 0
    while start < len(feats):
        if feats[start].prose:
            start += 1
            continue
        end = start
        while end < len(feats) and not feats[end].prose:
            end += 1
        hits = sum(member[start:end])
        if hits and hits >= TEMPLATE_RUN_SHARE * (end - start):
            for i in range(start, end):
                if member[i]:
                    result[i] = feats[i]._replace(cue=BlockKind.BOILERPLATE, reason="recurs on the site's pages")
        start = end
    return result


def _template_tail(blocks: list[Block], feats: list[Features], start: int, end: int, template: Container[str] | None) -> set[int]:
    """Paragraphs of the site's template (a company's "About us", a subscription pitch, a
    disclaimer under every story) at the article's end, after its last paragraph of its
    own: within the article a recurring paragraph may be background that stories of a
    site share. Never more of them than of the article's own prose (two copies of one
    story taken for two stories must not empty it)."""
    if template is None:
        return set()
    prose = [i for i in range(start, end) if feats[i].prose and feats[i].cue is None]
    recurring = {i for i in prose if len(blocks[i].text.split()) > TEMPLATE_MAX_WORDS and blocks[i].text in template}
    own = [i for i in prose if i not in recurring]
    if not recurring or not own:
        return set()
    tail = {i for i in recurring if i > own[-1]}
    if sum(len(blocks[i].text) for i in tail) >= sum(len(blocks[i].text) for i in own):
        return set()
    return tail


def _weights(
    blocks: list[Block], feats: list[Features], lead: int | None, buttons: set[int], runs: list[range]
) -> list[float]:
    """Each line's weight for the heaviest run; `lead`, the first paragraph under the
    article header (`_lead_after_header`), gets the header bonus; the `buttons` of
    images (`_image_buttons`) weigh nothing; the lines of content `runs`
    (`_content_runs`) weigh a little."""
    weights = [_weight(b, f) for b, f in zip(blocks, feats)]
    for i, f in enumerate(feats):
        if f.repeated and f.prose:
            before = i > 0 and feats[i - 1].repeated and feats[i - 1].prose
            after = i + 1 < len(feats) and feats[i + 1].repeated and feats[i + 1].prose
            if before and after:
                weights[i] = float(len(blocks[i].text)) - PROSE_OFFSET
    nearby = _nearby_repeats(blocks, feats)
    for i in nearby:
        weights[i] = _weight(blocks[i], feats[i]._replace(repeated=False))
    for i in _item_labels(blocks, feats):
        weights[i] = 0.0
    for i in buttons:
        weights[i] = 0.0
    for i in _photo_credits(blocks, feats):
        weights[i] = 0.0
    for i in _shell_listings(blocks, feats):
        weights[i] = max(weights[i], 0.0)
    for run in [*runs, *_definition_lists(blocks, feats)]:
        for i in run:
            # Slightly positive, so a region next to the list takes it whole.
            weights[i] = max(weights[i], CONTENT_RUN_WEIGHT if _plain(feats[i]) else 0.0)
    if lead is not None:
        weights[lead] += HEADER_BONUS
    else:
        span = _short_line_article(blocks, feats, nearby)
        if span is not None:
            for i in span:
                # Slightly positive, so the heaviest run takes the whole list.
                weights[i] = max(weights[i], 1.0 if feats[i].cue is None else 0.0)
            weights[span.start] += HEADER_BONUS
    return weights


# A song's chorus, a table's recurring cell ("Off", "Default") or the signature under
# each joke of a list is printed again a few lines on; a menu or a card list recurs far
# away (in the header and the footer), or after a section heading (share buttons, then
# "Follow us" and the same networks), and a widget prints its label again on the next
# line or the one after (a button for two layouts; an author card: name, close button,
# name). All copies of such a line lie within this many lines (traf-dev: a chorus of
# three lines printed twice, a signature under every joke; not fitted), at least this
# many lines apart (wcxb-dev: the author card's name), with no cue line between them.
# Such a line weighs as if printed once.
NEARBY_REPEAT_SPAN = 6
NEARBY_REPEAT_MIN_GAP = 3


def _positions(blocks: list[Block], indices: Iterable[int]) -> dict[str, list[int]]:
    """Where the lines at `indices` are printed: each text with its indices, in order."""
    at: dict[str, list[int]] = {}
    for i in indices:
        at.setdefault(blocks[i].text, []).append(i)
    return at


def _nearby_repeats(blocks: list[Block], feats: list[Features]) -> dict[int, int]:
    """The repeated short lines that are the article's own repetition, not the page's
    furniture (see `NEARBY_REPEAT_SPAN`), with where their first copy is."""
    at = _positions(blocks, (i for i, f in enumerate(feats) if f.repeated and not f.prose and f.cue is None))
    nearby: dict[int, int] = {}
    for copies in at.values():
        first, last = copies[0], copies[-1]
        if len(copies) < 2 or last - first > NEARBY_REPEAT_SPAN or any(b - a < NEARBY_REPEAT_MIN_GAP for a, b in zip(copies, copies[1:])):
            continue
        if all(feats[j].cue is None for j in range(first, last + 1)):
            nearby.update(dict.fromkeys(copies, first))
    return nearby


def _image_buttons(feats: list[Features]) -> list[int]:
    """Repeated short lines right above an image's caption: the button each photo of a
    gallery carries ("Vollbild", "Enlarge", "Zoom"). They belong to the image, which
    weighs nothing: a gallery between the intro and the rest of an article weighed
    against it like a menu and cut the intro off."""
    return [
        i
        for i in range(len(feats) - 1)
        if feats[i].repeated and not feats[i].prose and feats[i].cue is None
        and feats[i + 1].cue is BlockKind.CAPTION and not feats[i + 1].repeated
    ]


def _photo_credits(blocks: list[Block], feats: list[Features]) -> list[int]:
    """Copyright lines that credit the photo above them ("© Jane Doe / Agency"): no year
    (a site's footer notice has one), a few words, under an image or its caption. Like
    the photo, they weigh neither for nor against the article around them."""
    return [
        i for i in range(1, len(blocks))
        if feats[i].cue is BlockKind.FOOTER and blocks[i].text.lstrip().startswith("©")
        and feats[i].n_words <= CREDIT_MAX_WORDS and not _DIGIT.search(blocks[i].text)
        and (feats[i - 1].cue is BlockKind.CAPTION or _plain(feats[i - 1]))
    ]


# A line printed this many times, with the article's own prose between each two,
# labels the items of a list article ("Why We Chose This School", "Highlights", "Pros"
# under each school or product of a ranking), not the site's menu.
ITEM_LABEL_MIN_REPEATS = 3


def _item_label_candidate(f: Features) -> bool:
    """A section heading, or a short line printed more than once with no cue."""
    heading = f.heading and f.cue is not None and f.cue is not BlockKind.SHARE
    return heading or (f.repeated and not f.prose and f.cue is None)


def _item_labels(blocks: list[Block], feats: list[Features]) -> list[int]:
    """Repeated short lines and section headings that recur between paragraphs the
    page prints once (`_item_text`): the labels of each item of a list article, or of
    each post of a forum thread (its poster's box: "Joined", "Posts"). They weigh nothing,
    where a menu line printed twice weighs against the region (in the wcxb-dev dumps
    such labels split rankings into their items and only one item was kept)."""
    at = _positions(blocks, (i for i, f in enumerate(feats) if _item_label_candidate(f)))
    labels: list[int] = []
    for found in at.values():
        if len(found) >= ITEM_LABEL_MIN_REPEATS and not _card_kicker(blocks, found) and all(
            any(_item_text(g) for g in feats[a + 1 : b]) for a, b in zip(found, found[1:])
        ):
            labels += found
    return labels


def _card_kicker(blocks: list[Block], found: list[int]) -> bool:
    """The label is the kicker of story cards: each copy is followed by a headline that
    starts with it ("Opening Bell", then "Opening Bell 10.29.19" and the teaser)."""
    text = blocks[found[0]].text
    return all(
        i + 1 < len(blocks) and blocks[i + 1].text.startswith(text) and len(blocks[i + 1].text) > len(text)
        for i in found
    )


def _item_text(f: Features) -> bool:
    """A line of an item's own text, printed once: prose, or a sentence without its full
    stop (a forum post of one line: "Could not have known that they hide so well")."""
    if f.cue is not None or f.repeated:
        return False
    return f.prose or (f.n_words >= PROSE_MIN_WORDS and f.stop_ratio >= PHRASE_MIN_STOP_RATIO)


def _shell_listings(blocks: list[Block], feats: list[Features]) -> list[int]:
    """Lines of a shell listing printed as text: a "# comment" line (which the segmenter
    reads as a bullet) with the commands it explains right under it, no blank line
    between. The commands are short, often repeated ("git status") and weigh against
    the region like a menu; code belongs to the article as much as prose does."""
    found: list[int] = []
    for i in range(len(blocks) - 1):
        if blocks[i].bullet != "#" or feats[i].prose:
            continue
        j = i + 1
        while j < len(blocks) and not blocks[j].blank_before and not feats[j].prose and (
            blocks[j].bullet is None or blocks[j].bullet == "#"
        ):
            j += 1
        if j > i + 1 and any(blocks[k].bullet is None for k in range(i + 1, j)):
            found += range(i, j)
    return found


def _header_at(feats: list[Features]) -> int | None:
    """The page's first byline or date line printed once, when a headline-like line
    stands within `HEADER_WINDOW` above it: the article header."""
    for i, f in enumerate(feats):
        if _header_line(feats, i, 3):
            return i
        if f.cue in (BlockKind.BYLINE, BlockKind.DATELINE) and not f.repeated:
            return None  # the page's first byline or date line decides
    return None


# A blog post's publication line marks its header with a headline this short right above
# it ("Meetup April 2012": the year is no word).
PUBLICATION_HEADLINE_MIN_WORDS = 2


def _header_line(feats: list[Features], i: int, min_words: int) -> bool:
    """Line `i` is an article header's metadata: a byline or date line printed once
    with a headline (`min_words` or more) within `HEADER_WINDOW` above it, or a blog
    post's publication line right under its headline."""
    f = feats[i]
    if f.cue in (BlockKind.BYLINE, BlockKind.DATELINE) and not f.repeated:
        return _headline_above(feats, i, min_words)
    return _publication_line(f) and _headline_above(feats, i, min(min_words, PUBLICATION_HEADLINE_MIN_WORDS), window=1)


def _headline_above(feats: list[Features], i: int, min_words: int, window: int = HEADER_WINDOW) -> bool:
    """A headline-like line (short, no cue, printed once, `min_words` or more) stands
    within `window` lines above line `i`."""
    return any(
        _plain(g) and g.n_words >= min_words
        for g in feats[max(0, i - window) : i]
    )


def _publication_line(f: Features) -> bool:
    """A blog post's publication line printed once: its date after a "published" word,
    the author's name after the date ("Posted on 11 April 2018 by Jane Doe"), too long for
    a date line. Right under the headline it marks the article header as a date line
    does; a menu's last item above it does not make one."""
    return (
        f.cue is None and f.dated and not f.prose and not f.repeated
        and cues.date_word_pattern("published").match(f.low) is not None
    )


def _short_line_article(blocks: list[Block], feats: list[Features], nearby: dict[int, int]) -> range | None:
    """An article of short lines under its header (a calendar, a results table, a
    recipe's ingredients): at least `SHORT_ARTICLE_MIN_LINES` lines the page prints once
    (or again a few lines on: `nearby`, a chorus; or rows and rules of tables it prints
    again further down) and no cue marks, from just after the header's metadata to a boilerplate section
    heading (or the end). Without prose to outweigh them, such lines weigh against
    the region like a menu; under a header, and closed by an end-of-article section,
    they are the article."""
    header = _header_at(feats)
    if header is None:
        return None
    i, n = header + 1, len(feats)
    # The rest of the header: more metadata, share buttons, section labels.
    while i < n and i - header <= HEADER_WINDOW and (feats[i].cue is not None or feats[i].repeated):
        if feats[i].heading and feats[i].cue in _END_KINDS and feats[i].cue is not BlockKind.SHARE:
            return None
        i += 1
    start, plain = i, 0
    copies = _positions(blocks, range(n))
    while i < n:
        f = feats[i]
        if f.heading and f.cue is not None and f.cue is not BlockKind.SHARE:
            break  # the section after the article
        if f.repeated and not f.prose and nearby.get(i, -1) < start and not (copies[blocks[i].text][0] >= start and _table_line(blocks[i], f)):
            # A menu or a card list printed again; a row or rule first printed in the
            # article and again further down is a results table's (a team's row in its
            # heat and in the ranking, the rule under each table's head: w3m, lynx).
            break
        if f.prose and f.cue is None and not _between_short_lines(feats, i, start):
            return None  # a paragraph under the header: the header anchor's own case
        plain += f.cue is None
        i += 1
    if plain < SHORT_ARTICLE_MIN_LINES:
        return None
    return range(start, i)


def _table_line(block: Block, f: Features) -> bool:
    """A table's row (a line with figures) or a rule between its parts."""
    return f.n_words == 0 or _is_row(block)


def _between_short_lines(feats: list[Features], i: int, start: int) -> bool:
    """Line `i` of a list of short lines that reads like a sentence ("Lessons from the
    case studies (45 mins)."): a short line of the list on either side, no cue."""
    return start < i < len(feats) - 1 and all(_plain(g) for g in (feats[i - 1], feats[i + 1]))


def _lead_after_header(feats: list[Features]) -> int | None:
    """The first paragraph under the page's first article header: a headline-like line
    followed closely by a byline or date line that the page prints only once (the
    bylines of story cards repeat), then prose. Articles start there; a long footer
    paragraph elsewhere must not outweigh a short story."""
    for i in range(len(feats)):
        if not _header_line(feats, i, 4):
            continue
        for j in range(i + 1, min(len(feats), i + 1 + HEADER_FURNITURE_MAX)):
            g = feats[j]
            if g.prose and g.cue is None:
                return j
            if j - i >= HEADER_WINDOW and not _header_furniture(g) and not _subheading_over_prose(feats, i, j):
                return None
        return None
    return None


def _subheading_over_prose(feats: list[Features], header: int, j: int) -> bool:
    """Line `j` is the article's first subheading (or kicker): a short plain line right
    above its first paragraph, with only the header's furniture between it and the
    `header` line (a comment's greeting under a comments heading, a tag under other
    tags, is none)."""
    if not _plain(feats[j]) or j + 1 >= len(feats) or not feats[j + 1].prose or feats[j + 1].cue is not None:
        return False
    return all(_header_furniture(g) for g in feats[header + 1 : j])


def _header_furniture(f: Features) -> bool:
    """A line of an article header's furniture: metadata, share buttons, the photo and
    its credit, a line printed elsewhere too; not the heading of a section."""
    if f.heading and f.cue is not None and f.cue is not BlockKind.SHARE:
        return False
    return f.cue is not None or f.repeated or f.low.startswith(_BUTTON_MARK)


# lynx prints a widget's button as "(BUTTON) Label" ("(BUTTON) Copy text"): under an
# article's header, one of its furniture like the share buttons.
_BUTTON_MARK = "(button)"


def _plain(f: Features) -> bool:
    """A short line of the page's own: printed once, no cue, not a paragraph."""
    return f.cue is None and not f.repeated and not f.prose


def _own_prose(f: Features) -> bool:
    """A paragraph of the page's own: printed once, no cue."""
    return f.prose and f.cue is None and not f.repeated


def _content_runs(blocks: list[Block], feats: list[Features]) -> list[range]:
    """Runs of short lines that are article content, not menus: a list introduced by
    a line ending in a colon ("will focus on:"), a numbered list, or table rows (lines
    with figures, bare figures between them). Menus have neither colons before them,
    numbers, nor figures."""
    runs: list[range] = []
    i, n = 0, len(blocks)
    while i < n:
        j = i
        if _is_label(blocks[i].text) and feats[i].cue is None and i + 1 < n and blocks[i + 1].bullet:
            j = i + 1
            while j < n and blocks[j].bullet and _plain(feats[j]):
                j += 1
            start = i + 1
        elif _unbulleted_list_label(blocks, feats, i):
            j = i + 1
            while j < n and blocks[j].bullet is None and _plain(feats[j]) and not _is_label(blocks[j].text):
                j += 1
            start = i + 1
        elif _plain(feats[i]) and _is_row(blocks[i]):
            rows = 0
            while j < n and ((_plain(feats[j]) and _is_row(blocks[j])) or _in_list(feats[j]) or _table_cell(feats[j]) or _word_cell(blocks, feats, j)):
                rows += _plain(feats[j])
                j += 1
            while j > i and not (_plain(feats[j - 1]) or _word_cell(blocks, feats, j - 2)):
                j -= 1  # the run ends on a row or a table's last cell, not on an image after it
            start = i
            if rows < CONTENT_RUN_MIN:
                j = i + 1
        if j - start >= CONTENT_RUN_MIN if j > i else False:
            runs.append(range(start, j))
        i = max(j, i + 1)
    return runs


# A product's or a person's data printed as a definition list, term then value: at
# least this many pairs (a guard, not fitted: traf-dev's data sheets hold 7 to 12).
DEFINITION_MIN_PAIRS = 3


def _definition_lists(blocks: list[Block], feats: list[Features]) -> list[range]:
    """Runs of term and value lines that are article content (a product's data sheet,
    a person's infobox): w3m and lynx print a definition list's term on a line and its
    value on the next, indented deeper, with no blank line between them ("Colour",
    "    brown", "Material", "    pine"), every pair at the same two indents. Each short
    line weighs against the region like a menu's, and the data sheet parted the article
    from its intro. A nested menu repeats its entry in the line under it ("Fashion",
    "    All fashion"): a value does not hold its term."""
    runs: list[range] = []
    i, n = 0, len(blocks)
    while i < n - 1:
        indents = (blocks[i].indent, blocks[i + 1].indent)
        j = i
        while j + 1 < n and _definition_pair(blocks, feats, j) and (blocks[j].indent, blocks[j + 1].indent) == indents:
            j += 2
        if j - i >= 2 * DEFINITION_MIN_PAIRS:
            runs.append(range(i, j))
            i = j
        else:
            i += 1
    return runs


def _definition_pair(blocks: list[Block], feats: list[Features], j: int) -> bool:
    """Lines `j` and `j + 1` are a term and its value: the value indented deeper right
    under the term, neither a list item, prose, a section heading or a row of columns."""
    term, value = blocks[j], blocks[j + 1]
    if value.indent <= term.indent or value.blank_before or feats[j].low in feats[j + 1].low:
        return False
    return all(_definition_line(blocks[k], feats[k]) for k in (j, j + 1))


def _definition_line(block: Block, f: Features) -> bool:
    """A term's or a value's line: words, not a bullet, a paragraph, a heading or columns."""
    return (
        block.bullet is None
        and not f.prose
        and not (f.heading and f.cue is not None)
        and any(ch.isalnum() for ch in block.text)
        and _COLUMN_GAP not in block.text.strip()
    )


# Columns of a table printed side by side are set apart by a few spaces.
_COLUMN_GAP = "   "


def _unbulleted_list_label(blocks: list[Block], feats: list[Features], i: int) -> bool:
    """Line `i` introduces a list that the renderer printed without bullets (innerText
    prints each item on a line of its own, nothing before it): a label ending in a colon
    right under a paragraph ("The details:"), its items printed once. A menu's or a
    footer's label does not follow a paragraph."""
    return (
        0 < i < len(blocks) - 1 and _is_label(blocks[i].text) and _plain(feats[i])
        and feats[i - 1].prose and feats[i - 1].cue is None and blocks[i + 1].bullet is None
    )


def _table_cell(f: Features) -> bool:
    """A bare figure on a line of its own between a table's rows ("25", "3 : 3", "1,7"): a
    cell of the table printed cell by cell (a scoreboard, a test's marks), not a share
    bar's counter. (Repeated words between rows, "ja" or "Zum Shop", were tried as cells
    too: they took shop boxes for tables; `_word_cell` takes them only next to a measure.)"""
    return f.cue is BlockKind.COUNTER and not f.heading


# A table printed cell by cell has word cells (a product's name, "ja", "nein") of at most
# this many words between its figures (a guard, not fitted: the product names of
# traf-dev's cell-per-line comparison tables run to 5 words).
WORD_CELL_MAX_WORDS = 6


def _word_cell(blocks: list[Block], feats: list[Features], j: int) -> bool:
    """A short line of words in a table printed cell by cell: it lies between a row and
    a measure, a bare figure that is no whole number ("470 €", "ja", "2,1"; "1,7", the
    next product's name, "500 €"). The measure tells the table from a shop box, whose
    name, price and "Zum Shop" lines carry no bare figure, and from a numbered list of
    links ("01", a title, a link line)."""
    if not 0 < j < len(blocks) - 1:
        return False
    f = feats[j]
    if f.cue is not None or f.prose or f.heading or f.n_words > WORD_CELL_MAX_WORDS:
        return False
    measure_before, measure_after = (_measure_cell(blocks, feats, k) for k in (j - 1, j + 1))
    row_before = measure_before or (_plain(feats[j - 1]) and _is_row(blocks[j - 1]))
    row_after = _plain(feats[j + 1]) and _is_row(blocks[j + 1])
    return (row_before and measure_after) or (measure_before and row_after)


# A bare figure made of digits and phone punctuation only is an item's number ("01") or
# a phone number ("(530) 924-5564"), not a measure.
_NUMBER_ONLY = re.compile(r"[\d\s()+\-/]+")


def _measure_cell(blocks: list[Block], feats: list[Features], k: int) -> bool:
    """A table cell holding a measure ("1,7", "3 : 3", "45 %"), not an item's or a phone
    number."""
    return _table_cell(feats[k]) and _NUMBER_ONLY.fullmatch(blocks[k].text.strip()) is None


def _figure_cells(feats: list[Features], runs: list[range], start: int, end: int) -> set[int]:
    """The bare figures of the region's tables printed cell by cell ("1,7", "3 : 3"):
    cells of a run of rows (`runs`, from `_content_runs`), not a share bar's counters."""
    return {i for run in runs for i in run if start <= i < end and _table_cell(feats[i])}


def _between_rows(blocks: list[Block], feats: list[Features], j: int) -> bool:
    """Line `j` sits between two rows of a table or numbered list: a date in it is a
    cell of the table, not the article's date line."""
    return all(0 <= k < len(blocks) and _plain(feats[k]) and _is_row(blocks[k]) for k in (j - 1, j + 1))


def _in_list(f: Features) -> bool:
    """A line a list's items may carry between them: an image, a link or code."""
    return not f.heading and not f.repeated and (f.cue in (BlockKind.CAPTION, BlockKind.CODE) or f.link)


def _is_row(block: Block) -> bool:
    """A numbered list item or a table row: a line with a figure in it."""
    if block.bullet is not None and block.bullet[0].isdigit():
        return True
    return _DIGIT.search(block.text) is not None and len(block.text.split()) >= 2


def _weight(block: Block, f: Features) -> float:
    if f.heading and f.cue is BlockKind.SHARE:
        return WEIGHT_CUE_LINE  # share bars sit inside articles as often as after them
    if f.heading and f.cue is not None:
        return WEIGHT_SECTION_HEADING
    if f.repeated and not (f.sentence_end and f.reason is _DOUBLED_REASON):
        return WEIGHT_REPEATED
    if f.cue in (BlockKind.CAPTION, BlockKind.CODE) or f.link or (f.cue is BlockKind.COUNTER and (_STEP_NUMBER.match(block.text) or _CLOCK.match(block.text))):
        # Images, links and code listings belong to articles as much as to teasers; so
        # do the numbers of an ordered list printed on lines of their own ("1.", "2.": lynx)
        # and the times of a live blog's entries.
        return 0.0
    if f.cue is not None:
        return WEIGHT_CUE_LINE
    if f.prose:
        # The offset makes a lone teaser sentence between headlines and timestamps weigh
        # little, while article paragraphs weigh nearly their length.
        return float(_prose_length(block.text)) - PROSE_OFFSET
    if f.n_words >= 2 and not f.dated and _DIGIT.search(block.text):
        return 0.0  # a figure with words ("200 g Zucker", a table row) is content, not a menu
    if (f.sentence_end and f.n_words >= 2) or (f.n_words >= 3 and f.stop_ratio >= PHRASE_MIN_STOP_RATIO):
        # A short sentence ("It isn't.") or phrase ("the first point of the list") is
        # neutral: menu labels neither end with a period nor are made of stopwords.
        return 0.0
    return WEIGHT_SHORT


def _prose_length(text: str) -> int:
    """A paragraph's length for its weight: its printed width. A Chinese, Japanese or
    Korean character holds about what two or three letters do; counted once, the short
    sentences of such a page weighed too little to outweigh the ad slots and labels
    between them (aeb, a Japanese how-to cut after its first section)."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def _extend_start(blocks: list[Block], feats: list[Features], start: int) -> int:
    """Move the region start back over the intro: paragraphs that a table of contents
    or a key-points list (short lines, weighing against the region) cut off from the
    rest. Never past a cue line (a byline, a date, a menu heading); an image or a frame
    the renderer prints is no such line (`_renderer_mark`)."""
    while True:
        for j in range(start - 1, max(-1, start - 1 - INTRO_GAP_BLOCKS), -1):
            f = feats[j]
            if _own_prose(f):
                if len(blocks[j].text) < INTRO_MIN_CHARS or not _running_text(f):
                    return start
                start = j
                break
            if (f.cue is not None and not _renderer_mark(f)) or f.prose:
                return start
        else:
            return start


_RENDERER_MARKS = frozenset({_PLACEHOLDER_REASON, _FRAME_REASON})


def _renderer_mark(f: Features) -> bool:
    """An image or a frame as the renderer prints it ("[alt text]", "IFRAME: ..."): w3m
    prints the photo between an intro and the body that lynx leaves out, so it does not
    part the intro from the article."""
    return f.reason in _RENDERER_MARKS


def _running_text(f: Features) -> bool:
    """A paragraph ends like a sentence or reads like one (stopwords); a menu glued into
    one long line does neither."""
    return f.sentence_end or f.stop_ratio >= PHRASE_MIN_STOP_RATIO


# A table of contents repeats the article's headings; it may be longer than the
# `INTRO_GAP_BLOCKS` an intro may sit before the heaviest run.
CONTENTS_MIN_ENTRIES = 3
# An entry may read as a short sentence ("What went wrong:"): a region line this short.
CONTENTS_ENTRY_MAX_CHARS = 60
CONTENTS_INTRO_MIN_CHARS = 60


def _extend_over_contents(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """Move the region start back over a table of contents to the intro above it: a
    run of short lines (and its heading) whose entries are headings of the region,
    right above it, and a paragraph of at least `INTRO_MIN_CHARS` above the run, or of
    `CONTENTS_INTRO_MIN_CHARS` when the entries have words (not blank lines or rules):
    such contents vouch for a shorter intro than `_extend_start` takes."""
    headings = {
        blocks[i].text for i in range(start, end) if not feats[i].prose or len(blocks[i].text) < CONTENTS_ENTRY_MAX_CHARS
    }
    j, entries, worded = start - 1, 0, 0
    while j >= 0 and (blocks[j].text in headings or _contents_filler(blocks[j], feats[j])):
        entries += blocks[j].text in headings
        worded += blocks[j].text in headings and feats[j].n_words > 0  # not a blank line or a rule
        j -= 1
    if entries < CONTENTS_MIN_ENTRIES:
        return start
    # The run's heading ("Contents", "Inhaltsverzeichnis") or the sentence that leads into
    # it ("The tutorial consists of these sections:"), then the intro.
    if j >= 0 and feats[j].heading and feats[j].cue is BlockKind.NAVIGATION:
        j -= 1
    elif j > 0 and feats[j].cue is None and _is_label(blocks[j].text) and len(blocks[j].text) < CONTENTS_INTRO_MIN_CHARS:
        j -= 1
    if j < 0 or not _own_prose(feats[j]):
        return start
    if len(blocks[j].text) < (CONTENTS_INTRO_MIN_CHARS if worded >= CONTENTS_MIN_ENTRIES else INTRO_MIN_CHARS):
        return start
    return _extend_start(blocks, feats, j)


def _contents_filler(block: Block, f: Features) -> bool:
    """A line a table of contents may hold besides the region's headings: a repeated
    line, a blank line, a rule, a word or two, or the label that leads into the first
    section ("Let's start:")."""
    return not f.prose and (f.repeated or f.n_words <= 2 or (f.cue is None and _is_label(block.text)))


def _is_label(text: str) -> bool:
    """A line that ends in a colon: it introduces what follows."""
    return text.rstrip().endswith(":")


# Rows of a list or table above the region (a recipe's ingredients, a product's data)
# belong to it when at least this many, and this share of the short lines up to it.
ROWS_ABOVE_MIN = 4
ROWS_ABOVE_SHARE = 0.5
ROWS_ABOVE_MAX_BLOCKS = 40


def _extend_over_rows(blocks: list[Block], feats: list[Features], start: int) -> int:
    """Move the region start back over the rows right above it: lines with figures
    printed once ("200 g Zucker", "Ergibt: 40 Stück"), their labels ("Zutaten:"), the
    bare numbers of a table and rules between its parts, up to the first cue line, repeated line or paragraph.
    Prose outweighs such rows, so the heaviest run starts below them; a menu has no
    figures in most of its lines."""
    if start >= len(feats) or not feats[start].prose:
        return start  # a region of short lines is no article to extend
    j, rows, first = start - 1, 0, start
    while j >= 0 and start - j <= ROWS_ABOVE_MAX_BLOCKS:
        f = feats[j]
        number = f.cue is BlockKind.COUNTER and not f.repeated
        rule = f.n_words == 0  # a rule of "___" or "━━━" between the table's parts
        if not (_plain(f) or number or rule):
            break
        # Bulleted lines with figures (a bullet the segmenter read, or a symbol such as
        # "☆" it did not) are an archive's months or a menu's counts.
        # So are lines that start with a month's name ("March (106)").
        text = blocks[j].text
        if (
            _plain(f)
            and not f.dated
            and blocks[j].bullet is None
            and (text[:1].isalnum() or text[:1] in "([")
            and _is_row(blocks[j])
            and f.low.split(None, 1)[0] not in cues.months()
        ):
            rows += 1
            first = j
        elif _is_label(blocks[j].text) and f.n_words <= 6:
            first = j  # the label of the rows under it
        j -= 1
    if rows + _rows_from(blocks, feats, start) < ROWS_ABOVE_MIN or rows < ROWS_ABOVE_SHARE * (start - first):
        return start
    return first


def _rows_from(blocks: list[Block], feats: list[Features], start: int) -> int:
    """The rows of a table that the region opens with, up to `ROWS_ABOVE_MIN`: lines
    printed once that open with a figure (an item's number, a year), whose long cells
    made them read as prose. (Paragraphs seldom open with a figure four times in a row.)"""
    n = 0
    while start + n < len(blocks) and n < ROWS_ABOVE_MIN and _opens_row(blocks[start + n], feats[start + n]):
        n += 1
    return n


def _opens_row(block: Block, f: Features) -> bool:
    return f.cue is None and not f.repeated and block.text[:1].isdigit() and _is_row(block)


# A line in quotation marks: a quote that opens the article ("„Crisp outside, creamy
# inside“", "« ... »"); a menu's or a box's heading is not quoted.
_QUOTED = re.compile(r"^[\"„“«‚‘].{3,}[\"“”»‘’]$")


def _extend_over_label(blocks: list[Block], feats: list[Features], weights: list[float], start: int) -> int:
    """Move the region start back over the label of its first paragraph: a short line
    ending in a colon right above it ("Guiding principles:", "Key findings:"), printed
    once and with no cue. Such a line weighs nothing, so the heaviest run starts below it;
    a menu's or a box's heading does not end in a colon. Likewise a quote in quotation
    marks that opens the article (it weighs against the run like a short line), and a
    labelled field right above it (an event's address under "Address:")."""
    if start == 0:
        return start
    f = feats[start - 1]
    label = _is_label(blocks[start - 1].text) and weights[start - 1] == 0
    if (label or _QUOTED.match(blocks[start - 1].text)) and f.cue is None and not f.repeated and not f.prose:
        return start - 1
    if start >= 2 and _labelled_value(blocks, feats, weights, start - 1):
        return start - 2
    return start


# The label of a field ("Anschrift:", "Address:", "Lieu :") is a word or three.
FIELD_LABEL_MAX_WORDS = 3


def _labelled_value(blocks: list[Block], feats: list[Features], weights: list[float], i: int) -> bool:
    """Line `i` is the value of a field under its label (an event's "Address:", then
    "12 Main Street, Springfield"): a line printed once that weighs nothing against the
    region (figures in it), under a short label ending in a colon."""
    label = feats[i - 1]
    return (
        _plain(feats[i]) and weights[i] >= 0
        and _plain(label) and label.n_words <= FIELD_LABEL_MAX_WORDS and _is_label(blocks[i - 1].text)
    )


def _bridge_boxes(blocks: list[Block], feats: list[Features], weights: list[float], end: int) -> tuple[int, set[int]]:
    """Extend the region over a box that split a short article: a related or share box
    right after the region, after which the article resumes (a long
    paragraph or two in a row), a code listing and its output after which a paragraph
    follows, or a shop box (a product's price, then the article resumes likewise); the
    region then runs on as far as it gains weight. Also the lines of the shop boxes
    bridged: they have no heading that marks them later."""
    n = len(blocks)
    shops: set[int] = set()
    # Where the run from each block gains most, found once: rescanning the rest of the
    # page after every box is quadratic on a page of many boxes. peak[q] is the first
    # q' >= q with the largest prefix sum (weights are whole numbers: sums are exact).
    peak: list[int] = []
    prefix: list[float] = []
    while end < n:
        j = end
        while j < n and j - end < BOX_LOOKAHEAD and feats[j].cue is None and weights[j] <= 0:
            j += 1
        shop = range(0)
        # Newsletter boxes hold prose of their own: only related and share boxes.
        if j < n and feats[j].heading and feats[j].cue in (BlockKind.RELATED, BlockKind.SHARE):
            resume = _article_resumes(blocks, feats, j, n)
        else:
            resume = _after_listing(feats, end)
            if resume is None:
                resume = _after_shop_box(blocks, feats, end)
                if resume is not None:
                    shop = _shop_box(blocks, feats, end, resume)
        if resume is None:
            return end, shops
        if not peak:
            prefix = [0.0]
            for w in weights:
                prefix.append(prefix[-1] + w)
            peak = list(range(n + 1))
            for q in range(n - 1, 0, -1):
                if prefix[peak[q + 1]] > prefix[q]:
                    peak[q] = peak[q + 1]
        best_end = peak[resume + 1]
        if prefix[best_end] <= prefix[resume]:
            return end, shops
        shops.update(shop)
        end = best_end
    return end, shops


# Lines a code listing and its output are made of: code, bare numbers (a program's
# output), images; other lines of no cue ("import ctypes", "> 29*100") may sit between.
_LISTING_CUES = frozenset({BlockKind.CODE, BlockKind.COUNTER, BlockKind.CAPTION})


def _after_listing(feats: list[Features], end: int) -> int | None:
    """Where the article resumes after a code listing right after the region: code within
    `BOX_LOOKAHEAD` lines, then only listing lines (code, its output, short lines of no
    cue) up to a paragraph of prose, within `BOX_MAX_BLOCKS` lines. A tutorial's prose
    between its listings is short: one paragraph of any length resumes it (a related
    list's teasers have no code before them)."""
    n = len(feats)
    code = next((j for j in range(end, min(n, end + BOX_LOOKAHEAD + 1)) if feats[j].cue is BlockKind.CODE), None)
    if code is None or not all(_listing_line(f) for f in feats[end:code]):
        return None
    for j in range(code + 1, min(n, code + 1 + BOX_MAX_BLOCKS)):
        f = feats[j]
        if _own_prose(f):
            return j
        if not _listing_line(f):
            return None
    return None


# A shop box between two paragraphs (an affiliate link: a label, the product's image,
# brand and name, then its price and a button) prints the price this many lines under
# the paragraph (traf-dev: 4 to 5; a margin).
SHOP_PRICE_LOOKAHEAD = 6


def _after_shop_box(blocks: list[Block], feats: list[Features], end: int) -> int | None:
    """Where the article resumes after a shop box right after the region: a price line
    within `SHOP_PRICE_LOOKAHEAD` short lines of the region's end, then the article's
    prose as after a related box (a long paragraph or two in a row, no section between,
    within `BOX_MAX_BLOCKS` lines)."""
    for j in range(end, min(len(blocks), end + SHOP_PRICE_LOOKAHEAD)):
        if feats[j].prose or (feats[j].heading and feats[j].cue is not None):
            return None
        if cues.is_price(blocks[j].text):
            return _article_resumes(blocks, feats, end - 1, len(blocks))
    return None


def _shop_box(blocks: list[Block], feats: list[Features], end: int, resume: int) -> range:
    """The lines of the shop box between the region's `end` and where the article
    resumes: not the subheading the article resumes under (printed once, no cue, no
    price: the box's names and buttons are printed twice or carry a cue)."""
    last = resume
    while last > end and _plain(feats[last - 1]) and not cues.is_price(blocks[last - 1].text):
        last -= 1
    return range(end, last)


def _listing_line(f: Features) -> bool:
    """A line of a code listing or its output: no section heading, no prose, a listing's
    cue (a program's output may print the same number twice) or none, and then printed
    once (a menu's lines recur)."""
    if f.heading or f.prose:
        return False
    return f.cue in _LISTING_CUES or (f.cue is None and not f.repeated)


# The article's closing lines after its last paragraph: a greeting, a last remark, a
# sentence without final punctuation ("That's all for today, see you all next week 😉").
# They weigh nothing, so the heaviest run ends before them. Up to this many in a row (a
# remark and a greeting; not fitted: traf-dev showed no run of three).
CLOSING_MAX_LINES = 2
# Such a line is longer than the heading of the next section ("Weitere interessante
# Informationen", "Alkohol beim Angeln – Diskussion im Forum") or a slogan or share
# line of the footer ("Be sociable, share!"): shorter ones leaked in traf-dev.
CLOSING_MIN_WORDS = 7
# Arrows mark the links to the previous and next posts ("← Older post  Newer post →").
_ARROWS = re.compile(r"[←→]")
# A sentence's clauses are marked by punctuation ("Sans recherche autonome, nous n'avons
# pas d'avenir", "... ein Badass – und das gefällt mir"); a headline or a link's text
# mostly has none ("How to listen to the podcast"), a teaser is cut by an ellipsis.
_CLAUSE_MARK = re.compile(r"\w[,;.!?](?:\s|$)|\s[-–—]\s")
_ELLIPSIS = re.compile(r"\.\.\.|…")


def _closing_line(f: Features) -> bool:
    """A line that ends an article: printed once, no cue, a phrase of stopwords as long
    as a sentence and punctuated like one (menu labels and headlines are not); not a
    label that introduces what follows it ("Contact:") or a link to the next post."""
    if not _plain(f) or f.heading or f.dated or _is_label(f.low) or _ARROWS.search(f.low):
        return False
    if f.n_words < CLOSING_MIN_WORDS or f.stop_ratio < PHRASE_MIN_STOP_RATIO:
        return False
    return _CLAUSE_MARK.search(f.low) is not None and _ELLIPSIS.search(f.low) is None


def _extend_over_closing(feats: list[Features], end: int) -> int:
    """Move the region end over the closing lines right after it; not after a line that
    ends in a colon, which introduces what follows ("You may also like:")."""
    if end == 0 or _is_label(feats[end - 1].low):
        return end
    j = end
    while j < len(feats) and j - end < CLOSING_MAX_LINES and _closing_line(feats[j]):
        j += 1
    return j


# The author signs the article off under its last paragraph: a short wish or greeting
# ending in an exclamation mark or an emoticon ("Viel Glück!", "Happy baking! <3"), then
# their name on a line of its own ("x Jane", "Euer Jan", "— Jane Doe"). Both weigh
# against the heaviest run as short lines. The name line has at most this many words
# (not fitted: traf-dev's signatures have two), and one of them, capitalised and this
# long at least, starts a capitalised word of a byline or date line in the
# `BIO_BYLINE_LOOKBACK` lines above the article (a nickname: "Franzi" for "Franziska").
# Without the wish line before it, a name after the article was a credit or the next
# section's label as often as a signature (traf-dev, aeb).
SIGNATURE_MAX_WORDS = 3
SIGNATURE_NAME_MIN_CHARS = 3
_NAME_WORD = re.compile(r"[^\W\d_]+")
_SIGN_OFF_END = re.compile(r"(?:!|<3|[:;]-?[)D]|[\u2600-\u27bf\U0001f300-\U0001faff])[\s\ufe0f]*$")


def _header_names(blocks: list[Block], feats: list[Features], start: int) -> set[str]:
    """The capitalised words of the byline and date lines above the region: the
    author's name among them."""
    names: set[str] = set()
    for i in range(max(0, start - BIO_BYLINE_LOOKBACK), start):
        if feats[i].cue is BlockKind.BYLINE or feats[i].dated:
            found = _NAME_WORD.findall(blocks[i].text)
            names.update(w.casefold() for w in found if w[0].isupper() and len(w) >= SIGNATURE_NAME_MIN_CHARS)
    return names


def _signature(block: Block, f: Features, names: set[str]) -> bool:
    """A line that signs the article: a short line with a name of the byline's."""
    if not _plain(f) or f.dated or _DIGIT.search(block.text) or not 0 < f.n_words <= SIGNATURE_MAX_WORDS:
        return False
    signed = [w.casefold() for w in _NAME_WORD.findall(block.text) if w[0].isupper() and len(w) >= SIGNATURE_NAME_MIN_CHARS]
    return any(name.startswith(w) for w in signed for name in names)


def _extend_over_sign_off(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """Move the region end over the author's sign-off right after it: a wish or greeting
    line, then the author's name."""
    if end + 1 >= len(blocks) or start >= end:
        return end
    wish, f = blocks[end], feats[end]
    if not _plain(f) or f.heading or _SIGN_OFF_END.search(wish.text) is None:
        return end
    if not _signature(blocks[end + 1], feats[end + 1], _header_names(blocks, feats, start)):
        return end
    return end + 2


# A label ending in a colon that introduces a list is short ("Affected schools:"); a
# longer line is a sentence of its own (the bound of the line cues, `CUE_MAX_WORDS`).
LIST_LABEL_MAX_WORDS = CUE_MAX_WORDS
# ...and has words that say what the list is ("Affected schools:"); a word alone before
# a colon after the article ("Tag:", "Themen:") labels a box of the site's links.
LIST_LABEL_MIN_WORDS = 2


def _list_item(block: Block, f: Features, own: Container[str] = ()) -> bool:
    """A line of a list the article closes with: printed once (or else a line of the
    article's own, `own`: the list sums up its sections), no cue, not a heading; a
    paragraph only as a bulleted item (an unbulleted one is the next section's)."""
    if f.repeated and block.text not in own:
        return False
    return f.cue is None and not f.heading and not (f.prose and block.bullet is None and f.n_words > CUE_MAX_WORDS)


def _extend_over_list(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """Move the region end over a list right after it that a label ending in a colon
    introduces ("Folgende Schulen sind betroffen:", then a name a line): the article's
    last part. Without bullets (innerText draws none) its items weigh against the run
    like a menu's; a menu is not introduced so. Its items may repeat the article's
    subheadings ("What the seminar covers:", then the topics headed above)."""
    if end >= len(blocks):
        return end
    own = {blocks[i].text for i in range(start, end)}
    if _list_label(blocks[end], feats[end]):
        j = end + 1
        while j < len(blocks) and _list_item(blocks[j], feats[j], own):
            j += 1
        return j if j - end - 1 >= CONTENT_RUN_MIN else end
    if end - 1 <= start or not _sentence_label(blocks[end - 1], feats[end - 1]):
        return end
    j = end
    while j < len(blocks) and _list_item(blocks[j], feats[j], own) and _phrase_item(blocks[j], feats[j]):
        j += 1
    return j if j - end >= CONTENT_RUN_MIN else end


# Under a sentence ending in a colon ("I'll sum them up:"), the items of the article's
# own list are phrases (words with stopwords among them: "Tuples save a bit of memory");
# the contacts and sources that such a sentence leads to are names, numbers and
# addresses. An item has at least this many words, and the stopword share of prose
# (`PROSE_MIN_STOP_RATIO`: a summary's items ran to 0.25).
PHRASE_ITEM_MIN_WORDS = 3


def _sentence_label(block: Block, f: Features) -> bool:
    """The region's last paragraph, printed once, with no cue, that ends in a colon:
    it announces a list the heaviest run stopped short of (innerText prints no bullets)."""
    return _own_prose(f) and _is_label(block.text)


def _phrase_item(block: Block, f: Features) -> bool:
    """An item that reads as a phrase: several words, as many stopwords as a phrase has."""
    return block.bullet is None and f.n_words >= PHRASE_ITEM_MIN_WORDS and f.stop_ratio >= PROSE_MIN_STOP_RATIO


def _list_label(block: Block, f: Features) -> bool:
    """A short line ending in a colon, printed once, no cue. (One that reads as a
    sentence closes the heaviest run itself: the lines under it were contacts and
    sources in traf-dev, not the article's list.)"""
    return _plain(f) and LIST_LABEL_MIN_WORDS <= f.n_words <= LIST_LABEL_MAX_WORDS and _is_label(block.text)


# A table of figures under its label may follow the article a few lines on (a recipe's
# nutrition facts under "1 piece:", an event's data), a rating widget or the table's
# heading between: at most this many lines, none of them prose or a section heading
# (traf-dev: four, a rating widget and the heading "Nutrition"; not fitted).
ROWS_BELOW_GAP = 4


def _extend_over_rows_below(blocks: list[Block], feats: list[Features], end: int) -> int:
    """Move the region end over a table of figures a few lines after it: a label ending in
    a colon, then at least `ROWS_ABOVE_MIN` rows printed once with figures in them."""
    n = len(blocks)
    for k in range(end, min(n, end + ROWS_BELOW_GAP + 1)):
        f = feats[k]
        if (f.heading and f.cue is not None) or (f.prose and f.cue is None):
            return end
        if not (_plain(f) and _is_label(blocks[k].text)):
            continue
        j = k + 1
        while j < n and _plain(feats[j]) and _is_row(blocks[j]) and not feats[j].dated:
            j += 1  # (an archive's months, "May 2020 (4)", are dated)
        if j - k - 1 >= ROWS_ABOVE_MIN:
            return j
    return end


# A recipe card after the post: its "Ingredients" heading within this many lines of the
# region's end (the recipe's title, share buttons, servings, times and nutrition table
# between), its "Directions" heading within this many lines of that (traf-dev: 14 to 40
# lines, and 15 to 25; a margin over both).
RECIPE_LOOKAHEAD = 50
RECIPE_MAX_BLOCKS = 50
# A recipe heading is a few words: "Sposób przygotowania krok po kroku" (the longest
# phrase of `cue_phrases`, "modo de preparação passo a passo", has six).
RECIPE_HEADING_MAX_WORDS = 6


def _extend_over_recipe(blocks: list[Block], feats: list[Features], end: int) -> int:
    """Move the region end over a recipe card that follows the post: an ingredients
    heading, then a steps heading, and the steps, up to the next section heading or
    a line printed again (the related recipes). No section may stand between."""
    ingredients = _next_recipe_heading(feats, end, RECIPE_LOOKAHEAD, "ingredients")
    if ingredients is None:
        return end
    steps = _next_recipe_heading(feats, ingredients + 1, RECIPE_MAX_BLOCKS, "steps")
    if steps is None:
        return end
    j = steps + 1
    while j < len(feats) and not (feats[j].heading and feats[j].cue is not None) and not (feats[j].repeated and not feats[j].prose):
        j += 1
    return j if any(f.prose or f.sentence_end for f in feats[steps + 1 : j]) else end


# A plan of records the article opens under its intro (a meal plan: label, timing, dish,
# quantities, for plan after plan) goes on past the heaviest run: its labels recur
# record after record and weigh as printed twice. A label line of the records in the
# region recurs this many times after it (three more records; aeb, a meal plan: five
# to six copies; a page's header menu printed again in its footer: two)...
RECORDS_MIN_COPIES = 3
# ...and at least this share of the lines after it hold figures (quantities, times,
# prices; the meal plan: 0.69; traf-dev, a shop's product carousel under its text,
# 0.23 to 0.42, and no record of it in the region; not fitted).
RECORDS_MIN_FIGURES_SHARE = 0.5


def _records_after(blocks: list[Block], feats: list[Features], start: int, end: int) -> range:
    """The rest of a run of records the article began, after the region's `end`: the
    lines up to the next section heading hold no cue; a label line of a record inside
    the region recurs `RECORDS_MIN_COPIES` times among them; each line of them printed
    again is printed only in the article and there (not a menu of the page's header or
    footer); and most hold figures. A related list, a comment thread or a product
    carousel has cues among its items (dates, "Buy now", "Reply"), lines of the page's
    menus, or no record in the article. Records print their labels and dishes again
    and again: no line of them is dropped as a second copy."""
    none = range(end, end)
    stop = end
    while stop < len(blocks) and feats[stop].cue is None:
        stop += 1
    if stop == end or stop == len(blocks) or not feats[stop].heading:
        return none
    copies = _positions(blocks, range(len(blocks)))
    if any(feats[i].repeated and not _printed_within(copies[blocks[i].text], start, stop) for i in range(end, stop)):
        return none
    labels = {blocks[i].text for i in range(start, end) if feats[i].repeated and any(ch.isalnum() for ch in blocks[i].text)}
    if not any(sum(1 for k in copies[t] if end <= k < stop) >= RECORDS_MIN_COPIES for t in labels):
        return none
    figures = sum(1 for i in range(end, stop) if _DIGIT.search(blocks[i].text))
    return range(end, stop) if figures >= RECORDS_MIN_FIGURES_SHARE * (stop - end) else none


def _printed_within(copies: list[int], lo: int, hi: int) -> bool:
    """All `copies` of a line (its positions, in order) lie in [lo, hi)."""
    return lo <= copies[0] and copies[-1] < hi


# A recipe card is a recipe when at least this many of its steps are paragraphs (one or
# two prose lines under a steps heading may be a note; not fitted)...
RECIPE_MIN_STEPS = 3
# ...and it outranks a heaviest run of at most this many paragraphs below it (a blurb in
# the page's foot: traf-dev, one paragraph and the newsletter's one-line pitch); an
# article of more paragraphs after a recipe of the day in a side column stays (a guard,
# not fitted).
RECIPE_BLURB_MAX_PARAGRAPHS = 2


def _recipe_card_before(blocks: list[Block], feats: list[Features], start: int, end: int) -> tuple[int, int] | None:
    """The steps of the last recipe card above a region of a paragraph or two that
    holds no recipe heading: an ingredients heading, a steps heading under it (no
    section between), and at least `RECIPE_MIN_STEPS` paragraphs under that, up to the
    next section heading or a line printed again. A recipe page prints its card between
    short lines (step numbers, the photo of each step) that outweigh the steps, and the
    heaviest run is then a text in the page's foot (a site's blurb about the dish under
    its newsletter box)."""
    if sum(1 for f in feats[start:end] if f.prose) > RECIPE_BLURB_MAX_PARAGRAPHS:
        return None
    if any(cues.recipe_heading(feats[i].low) for i in range(start, end) if not feats[i].prose):
        return None
    for i in range(start - 1, -1, -1):
        if feats[i].prose or cues.recipe_heading(feats[i].low) != "ingredients":
            continue
        steps = _next_recipe_heading(feats, i + 1, RECIPE_MAX_BLOCKS, "steps")
        if steps is None or steps >= start:
            continue
        j = steps + 1
        while j < start and not (feats[j].heading and feats[j].cue is not None) and not (feats[j].repeated and not feats[j].prose):
            j += 1
        if sum(1 for f in feats[steps + 1 : j] if f.prose) >= RECIPE_MIN_STEPS:
            return steps + 1, j
    return None


# A recipe card above the region: the steps the heaviest run begins with sit at most this
# many lines under their heading (a step's number between; traf-dev: right under it), and
# the card's intro at most this many lines above its ingredients heading (the recipe's
# name, a print button, times and servings between; traf-dev: 10; a margin).
RECIPE_STEPS_GAP = 3
RECIPE_CARD_ABOVE = 25


def _extend_over_recipe_above(blocks: list[Block], feats: list[Features], start: int) -> int:
    """Move the region start back over the recipe card its steps belong to: a steps
    heading right above the region, an ingredients heading above that with nothing but
    the ingredients between (no section), then the card's times, servings and print
    button up to its intro (a paragraph, printed once). The steps are prose and outweigh
    the card's short lines, so the heaviest run starts under its steps heading. Without
    an intro the card is taken from its ingredients heading (the lines above may be a
    menu)."""
    steps = _prev_recipe_heading(feats, start, RECIPE_STEPS_GAP, "steps")
    if steps is None:
        return start
    ingredients = _prev_recipe_heading(feats, steps, RECIPE_MAX_BLOCKS, "ingredients")
    if ingredients is None:
        return start
    for j in range(ingredients - 1, max(-1, ingredients - 1 - RECIPE_CARD_ABOVE), -1):
        f = feats[j]
        if _own_prose(f):
            long_enough = len(blocks[j].text) >= INTRO_MIN_CHARS and _running_text(f)
            return j if long_enough else ingredients
        if not _card_line(f):
            break
    return ingredients


def _card_line(f: Features) -> bool:
    """A line of a recipe card above its ingredients: a short line printed once (a name,
    a time, "Servings: 4"), a label the card prints again ("Preparation" over the
    preparation time and over the steps), a bare number, the photo, or a print or
    share button."""
    button = f.cue is BlockKind.SHARE and not f.heading
    number = f.cue is BlockKind.COUNTER and not f.repeated
    label = f.cue is None and not f.prose and cues.recipe_heading(f.low) is not None
    return _plain(f) or label or number or button or _renderer_mark(f)


def _prev_recipe_heading(feats: list[Features], start: int, limit: int, kind: str) -> int | None:
    """The last recipe heading of `kind` in the `limit` lines before `start`, unless a
    section heading comes first (going up)."""
    return _recipe_heading_among(feats, range(start - 1, max(-1, start - 1 - limit), -1), kind)


def _next_recipe_heading(feats: list[Features], start: int, limit: int, kind: str) -> int | None:
    """The first recipe heading of `kind` in the `limit` lines from `start`, unless a
    section heading comes first."""
    return _recipe_heading_among(feats, range(start, min(len(feats), start + limit)), kind)


def _recipe_heading_among(feats: list[Features], lines: range, kind: str) -> int | None:
    """The first of `lines`, in their order, that is a recipe heading of `kind`; None if
    a section heading comes first."""
    for i in lines:
        f = feats[i]
        if not f.prose and f.n_words <= RECIPE_HEADING_MAX_WORDS and cues.recipe_heading(f.low) == kind:
            return i
        if f.heading and f.cue is not None:
            return None
    return None


def _trim_tail(blocks: list[Block], feats: list[Features], weights: list[float], start: int, end: int) -> int:
    """Cut a thin appendix: after most of the prose, a gap of menu-like lines heavy
    enough to matter, then a little shorter prose (a sign-up pitch, a bio, teasers)."""
    positive = sum(max(w, 0.0) for w in weights[start:end])
    total = positive or 1.0
    # Running sums and maxima, not a rescan of the rest at every gap: a long page of
    # short gaps would make that quadratic (weights are whole numbers: sums are exact).
    longest_from = [0] * (end - start + 1)
    for k in range(end - 1, start - 1, -1):
        longest_from[k - start] = max(longest_from[k - start + 1], len(blocks[k].text) if feats[k].prose else 0)
    before = 0.0
    longest_before = 0
    i = start
    while i < end:
        if weights[i] <= 0 and not feats[i].prose:
            j, gap = i, 0.0
            while j < end and weights[j] <= 0 and not feats[j].prose:
                gap += weights[j]
                j += 1
            after = positive - before  # the gap itself weighs nothing positive
            if gap <= -TAIL_GAP and before >= TAIL_BEFORE_SHARE * total and after <= TAIL_AFTER_SHARE * total:
                if longest_from[j - start] < longest_before:
                    return i
            i = j
            continue
        before += max(weights[i], 0.0)
        if feats[i].prose:
            longest_before = max(longest_before, len(blocks[i].text))
        i += 1
    return end


# A donation or membership appeal closes the story when this share of the region's prose
# comes before it and at most `APPEAL_AFTER_SHARE` after it (the appeal's own pitch).
APPEAL_BEFORE_SHARE = 0.6
APPEAL_AFTER_SHARE = 0.2
# The appeal's lead-in above its first appeal line: slogan lines and one short question
# ("Sie lesen gern ...?"), never an article paragraph.
APPEAL_LEAD_MAX_LINES = 6
APPEAL_LEAD_MAX_CHARS = 150


def _cut_appeal(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """End the region at the appeal box after the story: the first short line asking for
    a donation or membership, within the region's tail or just after it, with its
    lead-in of short lines above it."""
    mass = _prose_mass(blocks, feats, start, end)
    total = mass[-1] or 1.0
    for i in range(start + 1, min(len(blocks), end + 2)):
        f = feats[i]
        # A list item or a "Label: text" line speaks of donations ("Donations: fans tip
        # via PayPal") rather than asking for one.
        if f.prose or blocks[i].bullet is not None or ": " in f.low or not cues.is_appeal(f.low, f.n_words):
            continue
        before = mass[min(i, end) - start]
        if before < APPEAL_BEFORE_SHARE * total or total - before > APPEAL_AFTER_SHARE * total:
            continue
        cut, prose = min(i, end), 0
        while cut - 1 > start and i - cut < APPEAL_LEAD_MAX_LINES:
            g = feats[cut - 1]
            if g.cue is not None or g.repeated:
                break
            if g.prose:
                if prose or len(blocks[cut - 1].text) > APPEAL_LEAD_MAX_CHARS:
                    break
                prose += 1
            cut -= 1
        return cut
    return end


def _comment_thread(feats: list[Features], *, timestamps: bool = False, named_dates: bool = False) -> int | None:
    """Where a comment thread starts: a comments heading followed within a few lines
    by a comment header ("Jane on May 3 at 4:47 pm said:"), not a "3 Comments" link;
    with `timestamps`, also by a relative time ("Jane" then "2 days ago at 07:52"),
    which a "Latest comments" widget shows as well; with `named_dates`, also by a
    date line with its time of day after a name ("Jane June 28, 2015 at 10:25 pm")."""
    for i, f in enumerate(feats):
        if f.cue is BlockKind.COMMENTS and f.heading:
            for g in feats[i + 1 : i + 1 + THREAD_HEADER_WINDOW]:
                if g.cue is BlockKind.COMMENTS and g.heading and cues.is_comment_header(g.low, g.n_words, True):
                    return i
                if timestamps and g.cue is BlockKind.COUNTER and cues.is_relative_time(g.low, g.n_words, True):
                    return i
                if named_dates and _named_timestamp(g):
                    return i
    return None


# A thread of comments headed by a name and a time of day ends the region when this
# much of the region's prose comes before it, however long the thread is: a "Latest
# comments" widget above the article has none of it (a guard, not fitted: about two
# paragraphs).
NAMED_THREAD_MIN_PROSE_CHARS = 300


def _named_timestamp(f: Features) -> bool:
    """A date line with a time of day that opens with a word that is neither a digit nor
    the date's: a commenter's name before the time of the comment."""
    if f.cue is not BlockKind.DATELINE or _TIME.search(f.low) is None or not f.low[:1].isalpha():
        return False
    first = f.low.split(None, 1)[0]
    return first not in cues.months() and not any(ch.isdigit() for ch in first)


def _thread_ends_article(blocks: list[Block], feats: list[Features], start: int, end: int, thread: int) -> bool:
    """A comment thread inside the region ends the article when the article's prose
    comes before it: a "Latest comments" widget above the article does not."""
    mass = _prose_mass(blocks, feats, start, end)
    return mass[thread - start] >= THREAD_AFTER_PROSE_SHARE * (mass[-1] or 1.0)


# An infinite-scroll page prints the next articles after the page's own, each closed by
# the same end-of-article line ("Tags:", "Share this", "Read also"): a marker printed
# after at least this many runs of prose before the region makes them articles in a
# row, and the first of them is the page's.
SCROLL_MIN_ARTICLES = 2
# Each article ends this few lines above its marker, and holds this much prose since
# the previous marker (a teaser or a standfirst above a share bar is shorter).
SCROLL_END_GAP = 3
SCROLL_ARTICLE_MIN_CHARS = 400
# Lines that close each article of a scroll: its tags, share bar and "read also" link;
# a site footer or a newsletter box recurs beside other content too.
_SCROLL_MARKS = frozenset({BlockKind.TAGS, BlockKind.SHARE, BlockKind.RELATED})


def _scroll_articles(blocks: list[Block], feats: list[Features], start: int) -> int | None:
    """The first marker line of the articles printed one after another above the region
    (`SCROLL_MIN_ARTICLES` copies of one end-of-article line, each right under an article's
    prose): the page's own article is the heaviest run above it."""
    at = _positions(blocks, (i for i in range(start) if feats[i].cue in _SCROLL_MARKS and not feats[i].prose))
    first = None
    for found in at.values():
        if len(found) < SCROLL_MIN_ARTICLES:
            continue
        if all(_closes_article(blocks, feats, lo, i) for lo, i in zip([-1, *found], found)):
            first = found[0] if first is None else min(first, found[0])
    return first


def _closes_article(blocks: list[Block], feats: list[Features], lo: int, i: int) -> bool:
    """Line `i` comes right under prose, with at least `SCROLL_ARTICLE_MIN_CHARS` of it
    since line `lo`."""
    if not any(feats[k].prose and feats[k].cue is None for k in range(max(lo + 1, i - SCROLL_END_GAP), i)):
        return False
    return sum(len(blocks[k].text) for k in range(lo + 1, i) if feats[k].prose and feats[k].cue is None) >= SCROLL_ARTICLE_MIN_CHARS


def _best_run(weights: list[float]) -> tuple[int, int]:
    """The [start, end) run with the largest sum of weights (Kadane)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


# The article under the page's header (from the first paragraph under its headline and
# byline or date line) beats a later, heavier run when it weighs this share of it, the
# header bonus left out: that run is a box of the page (a Q&A or recent-comments widget,
# a list of teasers) that a short article cannot outweigh. (traf-dev: 0.25 to 0.35 give
# the same figures, 0.4 lost two pages; aeb: 0.25 and 0.3 keep an article that 0.35
# loses to a longer teaser list below it.)
HEADER_RUN_SHARE = 0.3


def _header_run(weights: list[float], lead: int | None, start: int, end: int) -> tuple[int, int]:
    """The run [start, end), or the run that starts at the header's `lead` paragraph
    and ends before it when that weighs `HEADER_RUN_SHARE` of it."""
    if lead is None or lead >= start:
        return start, end
    total, best, best_end = 0.0, 0.0, lead
    for i in range(lead, start):
        total += weights[i]
        if total > best:
            best, best_end = total, i + 1
    # Without the header bonus: a photo's caption under the header is no article.
    if best - HEADER_BONUS >= HEADER_RUN_SHARE * sum(weights[start:end]):
        return lead, best_end
    return start, end


def _prose_mass(blocks: list[Block], feats: list[Features], start: int, end: int) -> list[float]:
    """Cumulative prose characters over [start, end): mass[i] = prose before start+i."""
    mass, total = [], 0.0
    for i in range(start, end):
        mass.append(total)
        if feats[i].prose and feats[i].cue is None:
            total += len(blocks[i].text)
    mass.append(total)
    return mass


# Boxes that can sit inside an article ("Related: ..." lists, share bars, newsletter
# sign-ups) rather than only after it.
_BOX_KINDS = frozenset({BlockKind.RELATED, BlockKind.SHARE, BlockKind.NEWSLETTER, BlockKind.TAGS})
# A contact heading ("Contact us today", "Get in touch") inside the article heads a
# call-to-action box when the article resumes after it with at least this share of the
# region's prose still to come; after a site footer's "Contact" only its links follow.
CTA_AFTER_PROSE_SHARE = 0.2


def _box_breaks(f: Features, box: BlockKind | None) -> bool:
    """A line that shows the page's tail, not a box inside the article: the heading
    of an end-of-article section of another kind (a newsletter after the related
    links; two related boxes in a row may still sit inside the article)."""
    return f.heading and f.cue in _END_KINDS and f.cue is not BlockKind.SHARE and f.cue is not box


def _paragraph_length(block: Block, f: Features) -> bool:
    """Longer than a headline: the article's paragraph, not a teaser's title."""
    if f.n_words >= RESUME_PAIR_MIN_WORDS or len(block.text) >= RESUME_PAIR_MIN_CHARS:
        return True
    if block.text.isascii():
        return False
    wide = len(_WIDE.findall(block.text))
    return len(block.text) + (WIDE_CHAR_LETTERS - 1) * wide >= RESUME_PAIR_MIN_CHARS


def _article_resumes(blocks: list[Block], feats: list[Features], after: int, end: int, gap: int = 0) -> int | None:
    """If article prose resumes within a few blocks after `after`, the index where it
    does: a run of consecutive prose (two blocks, one longer than a headline, or one
    long one); the lone teaser sentences of a related-stories list, and its headlines,
    are passed over as part of the box. With `gap`, the two paragraphs may have that
    many short lines between them (subheadings, a formula): a call-to-action box has no
    teasers to tell from them."""
    lines = 0
    for j in range(after + 1, end):
        # Image placeholders ("[gif]" before each card) do not make a box longer.
        lines += not cues.is_image_placeholder(blocks[j].text)
        if lines > BOX_MAX_BLOCKS:
            return None
        if _box_breaks(feats[j], feats[after].cue):
            return None
        if _own_prose(feats[j]):
            long_enough = len(blocks[j].text) >= RESUME_MIN_CHARS
            pair = any(
                k < end and feats[k].prose and feats[k].cue is None and (_paragraph_length(blocks[j], feats[j]) or _paragraph_length(blocks[k], feats[k]))
                for k in range(j + 1, j + 2 + gap)
            )
            if long_enough or pair:
                return j
    return None


# A long box inside the article (a video player's playlist) runs to this many lines; the
# article resumes after it with this many long paragraphs in a row, which a list of
# teasers never has (traf-dev: a playlist of 66 lines, a margin over it; two paragraphs
# are what a short box needs, one more for a box this long). The heaviest run must
# already span the box: the article's prose after it outweighs it.
LONG_BOX_MAX_BLOCKS = 80
LONG_RESUME_PARAGRAPHS = 3
# A new article's header (byline, date, read time) this few lines above the paragraphs
# makes them the next story of an infinite scroll, not the article resuming.
LONG_RESUME_HEADER_LINES = 4


def _resumes_after_long_box(blocks: list[Block], feats: list[Features], after: int, end: int) -> int | None:
    """Where the article resumes after a long box inside the region: within
    `LONG_BOX_MAX_BLOCKS` lines and before any other section, `LONG_RESUME_PARAGRAPHS`
    paragraphs of at least `RESUME_MIN_CHARS` in a row, with no article header above."""
    run = 0
    for j in range(after + 1, min(end, after + 1 + LONG_BOX_MAX_BLOCKS)):
        f = feats[j]
        if _box_breaks(f, feats[after].cue):
            return None
        long_paragraph = _own_prose(f) and len(blocks[j].text) >= RESUME_MIN_CHARS
        run = run + 1 if long_paragraph else 0
        if run == LONG_RESUME_PARAGRAPHS:
            first = j - run + 1
            if any(g.cue in _HEAD_KINDS for g in feats[max(after + 1, first - LONG_RESUME_HEADER_LINES) : first]):
                return None
            return first
    return None


# The e-mail button of a share bar is a word or two ("EMAIL", "E-Mail") next to the other
# buttons; a comment form's e-mail field has a field or a label with it.
SHARE_EMAIL_MAX_WORDS = 2


def _share_bar_email(blocks: list[Block], feats: list[Features], i: int) -> bool:
    """An e-mail line right after a share button ("SHARE", "TWEET", "EMAIL"): the bar's
    button, not a comment form's field."""
    f = feats[i]
    if f.cue is not BlockKind.COMMENT_FORM or f.heading or f.n_words > SHARE_EMAIL_MAX_WORDS or "[" in blocks[i].text:
        return False
    return i > 0 and feats[i - 1].cue is BlockKind.SHARE and not feats[i - 1].heading


def _cut_end(blocks: list[Block], feats: list[Features], start: int, end: int, lead: int | None = None) -> tuple[int, set[int]]:
    """The region's end, at the first end-of-article section heading after most of the
    prose, and the blocks of the boxes inside the article (heading and its lines). A
    share bar right above `lead`, the first paragraph under the article header, is the
    header's: the article has not begun there."""
    mass = _prose_mass(blocks, feats, start, end)
    total = mass[-1] or 1.0
    boxes: set[int] = set()
    cta_end = start
    for i in range(start, end):
        f = feats[i]
        if i < cta_end:
            continue  # the sign-up form of a call-to-action box is the box's own
        if not f.heading and f.cue is BlockKind.TAGS:
            # A "Tags: ..." line ends the story after nearly all of its prose; under the
            # headline or amid the story it is the article's own label line.
            if mass[i - start] >= TAGS_LABEL_AFTER_SHARE * total:
                return i, boxes
            continue
        if f.cue not in _END_KINDS or not (f.heading or f.cue is BlockKind.COMMENT_FORM):
            continue
        if _share_bar_email(blocks, feats, i) and i + 1 < end and feats[i + 1].heading and feats[i + 1].cue in _BOX_KINDS:
            continue  # a share bar over a box: the box's heading tells whether the article goes on
        if f.cue is BlockKind.SHARE and lead is not None and i < lead <= i + HEADER_FURNITURE_MAX and not any(
            g.prose for g in feats[i + 1 : lead]
        ):
            continue
        if f.cue in _BOX_KINDS:
            resume = _article_resumes(blocks, feats, i, end)
            if resume is None:
                resume = _resumes_after_long_box(blocks, feats, i, end)
            if resume is not None and f.cue is BlockKind.RELATED and _cards_under(blocks, feats, i, resume, end):
                return i, boxes
            if resume is not None:
                boxes.update(range(i, resume))
                continue
        elif f.cue is BlockKind.FOOTER and mass[i - start] >= CUT_AFTER_PROSE_SHARE * total and cues.is_contact_heading(f.low):
            resume = _article_resumes(blocks, feats, i, end, gap=1)
            # A copyright line or another footer heading in it: the page's footer, then
            # a second article (an infinite scroll's next page).
            if resume is not None and total - mass[resume - start] >= CTA_AFTER_PROSE_SHARE * total and not any(
                g.cue is BlockKind.FOOTER for g in feats[i + 1 : resume]
            ):
                boxes.update(range(i, resume))
                cta_end = resume
                continue
        if f.reason == _ABOUT_REASON and _section_prose(feats, mass, start, end, i) > BIO_MAX_CHARS:
            continue  # "About the study": a section of the article, not a short bio box
        if _comment_count_link(blocks, feats, i, end) or _quote_header(blocks, feats, i, end):
            continue
        if mass[i - start] >= CUT_AFTER_PROSE_SHARE * total:
            return i, boxes
    cut = _cut_at_dated_cards(blocks, feats, start, end, mass)
    resume = _resumes_after_cards(blocks, feats, cut, end)
    if resume is not None:
        boxes.update(range(cut, resume))  # a gallery of dated cards inside the article
        return end, boxes
    return cut, boxes


# A post's header links to its comments with their count ("[5] Comments", "12 Kommentare")
# right above the post's text: at most this many lines (the photo, its caption) between
# the count and a paragraph at least `RESUME_MIN_CHARS` long (w3m prints the photo's
# placeholder and its caption: two lines; a guard, not fitted).
COMMENT_LINK_MAX_GAP = 2


def _comment_count_link(blocks: list[Block], feats: list[Features], i: int, end: int) -> bool:
    """Line `i` is a comments heading with a count, and a long paragraph follows within
    `COMMENT_LINK_MAX_GAP` lines with only images between: the post header's link to its
    comments, over the post. A thread starts with a comment's header (a name, a date)."""
    if feats[i].cue is not BlockKind.COMMENTS or not _DIGIT.search(blocks[i].text):
        return False
    for j in range(i + 1, min(end, i + 2 + COMMENT_LINK_MAX_GAP)):
        g = feats[j]
        if _own_prose(g):
            return len(blocks[j].text) >= RESUME_MIN_CHARS
        if g.cue is not BlockKind.CAPTION:
            return False
    return False


# A quote printed under a comment header repeats the opening of an earlier post: this
# many characters of it (about six words, more than a greeting or a stock phrase; not fitted).
QUOTE_MATCH_CHARS = 40


def _quote_header(blocks: list[Block], feats: list[Features], i: int, end: int) -> bool:
    """Line `i` is a comment header ("Jane said:") over text printed earlier on the page:
    a post of a forum thread quoting an earlier one, inside the thread, not the start of
    the comments under an article (a comment's header heads new text)."""
    if feats[i].cue is not BlockKind.COMMENTS or i + 1 >= end or feats[i + 1].n_words < SENTENCE_MIN_WORDS:
        return False
    # The quote may be cut short, or may only start the quoted paragraph.
    opening = blocks[i + 1].text[:QUOTE_MATCH_CHARS]
    return any(opening in block.text for block in blocks[:i])


# A related heading over a list of cards, each an image, a share bar and a teaser
# paragraph: the card's share bar recurs under every teaser, at least this many times
# after the first card.
CARD_LINE_MIN_COPIES = 2


def _cards_under(blocks: list[Block], feats: list[Features], heading: int, resume: int, end: int) -> bool:
    """Whether the prose after a related heading is a list of cards, not the article
    resuming: the lines between the heading and that prose are image placeholders and
    the card's share bar, printed again under the next teasers (an advertisement's
    label recurs between the article's own paragraphs too)."""
    between = [j for j in range(heading + 1, resume) if not cues.is_image_placeholder(blocks[j].text)]
    if not between or any(feats[j].cue is not BlockKind.SHARE for j in between):
        return False
    after = [block.text for block in blocks[resume:end]]
    return all(after.count(blocks[j].text) >= CARD_LINE_MIN_COPIES for j in between)


def _section_prose(feats: list[Features], mass: list[float], start: int, end: int, i: int) -> float:
    """The prose under the heading at `i`, up to the next end-of-article heading (an
    author box's bio ends where "Comments" or "End of Article" begins)."""
    j = i + 1
    while j < end and not (feats[j].heading and feats[j].cue in _END_KINDS):
        j += 1
    return mass[j - start] - mass[i - start]


def _cut_at_dated_cards(blocks: list[Block], feats: list[Features], start: int, end: int, mass: list[float]) -> int:
    """Where a list of dated story cards follows the article: date lines repeat in the
    second half of the region with prose between them ("More stories": image,
    headline, author, date, excerpt). The cut is at the start of the first card."""
    total = mass[-1] or 1.0
    dates = [i for i in range(start, end) if feats[i].cue is BlockKind.DATELINE and mass[i - start] >= CARDS_AFTER_PROSE_SHARE * total]
    if len(dates) < CARDS_MIN_DATES:
        return end
    first = _earlier_cards(feats, start, dates[0], mass)
    if _dated_entries(feats, max(0, start - CARD_MAX_LINES), first) >= DATED_ENTRIES_MIN:
        return end  # the region is a series of dated posts (a forum thread), not an article and its cards
    while first - 1 > start and not feats[first - 1].prose:
        first -= 1
    return first


def _dated_entries(feats: list[Features], start: int, stop: int) -> int:
    """Date lines in [start, stop) under which prose follows within `CARD_MAX_LINES`
    lines, before another date line: the entries of a series of dated posts."""
    count = 0
    for i in range(start, stop):
        if feats[i].cue is not BlockKind.DATELINE:
            continue
        for j in range(i + 1, min(stop, i + 1 + CARD_MAX_LINES)):
            if feats[j].cue is BlockKind.DATELINE:
                break
            if feats[j].prose and feats[j].cue is None:
                count += 1
                break
    return count


# Story cards print their dates this few lines apart.
CARD_MAX_LINES = 6
# The dated cards after half of the prose continue a series when this many date lines
# before them (from a card's length above the region) head prose of their own: the posts
# of a forum thread (a poster's box, the post's date, its text), each dated like the
# ones after. An article has one date line over its text (traf-dev: a thread with three
# dated posts before its half; not fitted).
DATED_ENTRIES_MIN = 2
# A gallery of dated cards inside an article (a "news in pictures" strip) prints one
# caption between two dates; the article resumes after its last card with this many
# paragraphs in a row, each at least `RESUME_PAIR_MIN_CHARS` long, which a card list never
# has (a guard, not fitted: traf-dev's gallery is followed by eight).
CARDS_RESUME_PARAGRAPHS = 3


def _resumes_after_cards(blocks: list[Block], feats: list[Features], cut: int, end: int) -> int | None:
    """Where the article resumes after the dated cards that start at `cut`: within
    `CARD_MAX_LINES` lines of the last date line, `CARDS_RESUME_PARAGRAPHS` paragraphs in
    a row; None when the cards run to the region's end."""
    if cut >= end:
        return None
    last = max((i for i in range(cut, end) if feats[i].cue is BlockKind.DATELINE), default=None)
    if last is None:
        return None
    run = 0
    for j in range(last + 1, min(end, last + 1 + CARD_MAX_LINES + CARDS_RESUME_PARAGRAPHS)):
        f = feats[j]
        paragraph = _own_prose(f) and len(blocks[j].text) >= RESUME_PAIR_MIN_CHARS
        run = run + 1 if paragraph else 0
        if run == CARDS_RESUME_PARAGRAPHS:
            return j - run + 1
        if not paragraph and j - last > CARD_MAX_LINES:
            return None
    return None


def _earlier_cards(feats: list[Features], start: int, first: int, mass: list[float]) -> int:
    """The first date line of the card list whose date `first` comes after half of the
    prose: the cards' teasers are prose too, so the first cards of a list with long
    teasers sit before that half. Date lines a card apart belong to the same list, back
    to where the article still holds `CUT_AFTER_PROSE_SHARE` of the prose."""
    total = mass[-1] or 1.0
    i = first - 1
    while i > start and first - i <= CARD_MAX_LINES and mass[i - start] >= CUT_AFTER_PROSE_SHARE * total:
        if feats[i].cue is BlockKind.DATELINE:
            first = i
        i -= 1
    return first


def _headline_words(feats: list[Features], lo: int, hi: int) -> list[set[str]]:
    """Word sets of the headline-like lines in [lo, hi): short, not prose, no cue."""
    return [
        set(words(f.low))
        for f in feats[max(0, lo) : hi]
        if _plain(f) and 3 <= f.n_words <= TITLE_MAX_WORDS
    ]


def _repeats_headline(f: Features, headlines: list[set[str]]) -> bool:
    if f.prose or f.cue is not None or f.n_words < 3 or _is_slug(f.low):
        return False
    mine = set(words(f.low))
    return any(len(mine & h) >= TITLE_REPEAT_OVERLAP * len(mine | h) for h in headlines)


def _is_slug(low: str) -> bool:
    """A URL slug printed under the headline ("trade-rules-simplified-after-talks"): its
    words are the headline's, yet it is no second headline."""
    return " " not in low and low.count("-") >= 2


def _prose_between(feats: list[Features], lo: int, hi: int) -> int:
    return sum(1 for f in feats[max(0, lo) : hi] if f.prose and f.cue is None)


def _move_start(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """The body's first block: past metadata lines, summary widgets and a repeated
    headline in the head of the region."""
    mass = _prose_mass(blocks, feats, start, end)
    total = mass[-1] or 1.0
    headlines = _headline_words(feats, start - TITLE_LOOKBACK, start)
    new_start = start
    # A summary widget's label may sit just before the region (labels weigh against it).
    i = max(0, start - SUMMARY_LABEL_LOOKBACK)
    limit = min(HEAD_PROSE_SHARE * total, HEAD_MAX_PROSE_CHARS)
    # The prose skipped counts from the region start, or from the end of a summary
    # widget: the widget and what led up to it are gone whatever their length; so is
    # a list the region opens with (a news ticker's items) when a header follows it.
    base = _items_at(blocks, feats, start, end)
    while i < end and mass[max(0, i - start)] - mass[base - start] < limit:
        f = feats[i]
        if (f.cue in _HEAD_KINDS or _is_dateline(blocks[i].text, f) or _is_timestamp(blocks, feats, i)) and not _between_rows(blocks, feats, i):
            new_start = i + 1
        elif _repeats_headline(f, headlines) and _prose_between(feats, new_start, i) <= TITLE_REPEAT_MAX_PROSE:
            # Headline, description, headline again: the description is a teaser. A
            # heading that only resembles the title after the lead is a section.
            new_start = i + 1
        elif f.cue is BlockKind.SUMMARY:
            new_start = base = max(start, _summary_end(blocks, feats, i, end))
            i = new_start - 1
        i += 1
    return new_start if start <= new_start < end else start


# A list the region opens with, of at least this many items, is passed over as a whole
# when the article's header (a byline or date line) comes right after it, within this
# many lines and no prose between: a news ticker above the headline. (A list with more
# text under it before a date line is the article's own: a forum's first post.)
HEAD_LIST_MIN_ITEMS = 3
HEAD_LIST_HEADER_GAP = 6


def _items_at(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """The end of the list of items the region opens with, or `start` when it does not
    open with `HEAD_LIST_MIN_ITEMS` items or more right above the article's header."""
    i = start
    while i < end and blocks[i].bullet is not None:
        i += 1
    if i - start < HEAD_LIST_MIN_ITEMS:
        return start
    for j in range(i, min(end, i + HEAD_LIST_HEADER_GAP)):
        if feats[j].cue in _HEAD_KINDS or _is_dateline(blocks[j].text, feats[j]):
            return i
        if feats[j].prose and feats[j].cue is None:
            break
    return start


def _standfirst(blocks: list[Block], feats: list[Features], start: int, moved: int) -> range | None:
    """The standfirst the body start was moved past: the last paragraph of the head
    (of one or two), right above a metadata line (byline, date); both paragraphs when
    they stand together, nothing between (a standfirst of two paragraphs, or one the
    renderer split)."""
    prose = [j for j in range(start, moved) if feats[j].prose and feats[j].cue is None]
    if not prose or len(prose) > 2 or any(f.cue is BlockKind.SUMMARY for f in feats[start:moved]):
        return None
    j = prose[-1]
    after = feats[j + 1]
    if not (after.cue in _HEAD_KINDS or _is_dateline(blocks[j + 1].text, after)):
        return None
    return range(prose[0] if prose[0] == j - 1 else j, j + 1)


# A standfirst above the region sits this many furniture lines (byline, date, share
# buttons, the photo and its credit) above the body's first paragraph, and under its
# headline with at most this many metadata lines between.
LEAD_GAP_BLOCKS = 8
# (6, not 4: the photo's button and caption may stand between the byline and date lines
# and the standfirst; 4 and 6 give the same figures without the button.)
LEAD_HEADLINE_WINDOW = 6
LEAD_MIN_CHARS = 60
# A line of the header this long that is neither metadata nor a caption is a headline.
LEAD_LINE_MAX_WORDS = 4
# The lines of an article header between its headline and its standfirst: metadata and
# the photo with its caption and credit.
_LEAD_HEADER_KINDS = _HEAD_KINDS | {BlockKind.CAPTION}


def _lead_above(blocks: list[Block], feats: list[Features], start: int) -> int | None:
    """The standfirst the heaviest run left out: a paragraph printed once, right under
    the headline (metadata lines may stand between), and above the region's first
    paragraph with only the article header's furniture between (byline, date, share
    buttons, the photo, its caption and credit), lines that weigh against the run.
    Under no headline, a paragraph there is a teaser of another story. A paragraph
    shorter than `LEAD_MIN_CHARS` is taken only as the body's opening sentence: right
    above the body and right under the byline or date line."""
    j = start - 1
    while j >= 0 and start - j <= LEAD_GAP_BLOCKS:
        f = feats[j]
        if f.prose and f.cue is None:
            break
        if f.heading and f.cue is not None and f.cue is not BlockKind.SHARE:
            return None  # a section ("Related", "Menu") ends the header
        if _plain(f) and f.n_words >= LEAD_LINE_MAX_WORDS and not f.dated and not _is_slug(f.low):
            # A headline printed under the paragraph, or a pull quote, makes it the
            # page's description; a photo's caption stands above its credit (a credit
            # line, or the news agency's name alone: "AFP").
            if not (j + 1 < start and (feats[j + 1].cue in (BlockKind.CAPTION, BlockKind.FOOTER) or feats[j + 1].reason is _AGENCY_REASON)):
                return None
        j -= 1
    else:
        return None
    if j < 0 or start - j > LEAD_GAP_BLOCKS:
        return None
    # A short opening sentence right above the body, under the byline or date line.
    opener = j == start - 1 and j > 0 and feats[j - 1].cue in _HEAD_KINDS
    if len(blocks[j].text) < LEAD_MIN_CHARS and not opener:
        return None
    return j if _under_headline(blocks, feats, j) else None


def _under_headline(blocks: list[Block], feats: list[Features], j: int) -> bool:
    """Paragraph `j` stands under a headline, metadata lines and a photo between, and is
    printed there first: a standfirst."""
    # Printed again further down, it is the page's description (a share box, the
    # footer) when this is its first print; a card's teaser printed before is no lead.
    # A line that says its text twice is an image's alt text over its caption.
    if feats[j].repeated and (cues.is_doubled(blocks[j].text) or any(b.text == blocks[j].text for b in blocks[:j])):
        return False
    for k in range(j - 1, max(-1, j - 1 - LEAD_HEADLINE_WINDOW), -1):
        g = feats[k]
        if g.cue in _LEAD_HEADER_KINDS or (g.dated and g.cue is None) or _is_name_line(blocks[k].text, g):
            continue
        if _plain(g) and g.n_words <= FURNITURE_LABEL_MAX_WORDS and feats[k + 1].cue is BlockKind.CAPTION:
            continue  # the button over the photo ("Enlarge", "Show caption")
        # A headline may end with "!" or "?" and read as a sentence, of any length up to a
        # headline's ("Brexit vote delayed: what happens now?"). One of 16 words or more
        # without a full stop reads as prose too, but the page prints it twice (the
        # breadcrumb or the page's title, then the article header): a paragraph does not.
        asks = _asks_like_headline(blocks[k].text, g)
        headline_like = not g.prose or len(blocks[k].text) < LEAD_MIN_CHARS or asks or (g.repeated and not g.sentence_end)
        return g.cue is None and g.n_words >= 3 and headline_like
    return False


# An author's name printed alone between the headline and the standfirst ("Jane Doe").
NAME_LINE_MAX_WORDS = 3


def _is_name_line(text: str, f: Features) -> bool:
    words = text.split()
    return (
        _plain(f) and 2 <= len(words) <= NAME_LINE_MAX_WORDS and not f.dated
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
    )


# The article header's byline or date line may stand this many lines above the body,
# a paywall box, a share bar or a gallery between.
HEADER_LEAD_MAX_BLOCKS = 50
# Between the standfirst and the byline or date line under it: at most this many lines,
# more metadata or a repeated line of the author's name.
HEADER_LEAD_GAP = 3
# Sections that part a header from the body: not a share bar, the comment count, a
# subscription pitch or a newsletter box, which sit under headers.
_HEADER_LEAD_BREAKS = frozenset({BlockKind.RELATED, BlockKind.NAVIGATION, BlockKind.FOOTER, BlockKind.AUTHOR_BIO, BlockKind.TAGS})


def _header_lead(blocks: list[Block], feats: list[Features], start: int) -> int | None:
    """The standfirst of the article header above the region: the last byline or date
    line printed once above the body, and right above it (a repeated line of the
    author's name between) a paragraph under the headline. The heaviest run, and the
    lead searches that walk back from it, stop at the furniture under the header (a
    long share bar, a paywall pitch, a newsletter box)."""
    meta = None
    for m in range(start - 1, max(-1, start - 1 - HEADER_LEAD_MAX_BLOCKS), -1):
        f = feats[m]
        if f.cue in (BlockKind.BYLINE, BlockKind.DATELINE) and not f.repeated:
            meta = m
            break
        if f.heading and f.cue in _HEADER_LEAD_BREAKS:
            return None  # a section ("Related", "Menu") stands between
    if meta is None:
        return None
    for j in range(meta - 1, max(-1, meta - 1 - HEADER_LEAD_GAP), -1):
        f = feats[j]
        if f.prose and f.cue is None:
            if len(blocks[j].text) >= LEAD_MIN_CHARS and _under_headline(blocks, feats, j):
                return j
            return None
        if not (f.repeated or f.cue in _HEAD_KINDS):
            return None
    return None


DECK_MIN_WORDS = 6
DECK_LIST_MIN_WORDS = 4
# A page may print its deck twice, over and under the article's photo (one print for
# wide screens, one for narrow ones): at most this many caption lines between the two
# (the caption, itself printed twice, and its credit).
DECK_PHOTO_MAX_LINES = 3


def _deck_above(blocks: list[Block], feats: list[Features], start: int) -> int | None:
    """The deck right above the body's first paragraph: a long line without final
    punctuation, printed once (or twice around the photo), under the headline (which
    pages print more than once)."""
    j = start - 1
    if j > 0 and feats[j].cue is BlockKind.CAPTION:
        j -= 1  # the photo between the deck and the body
    if j < 1 or not feats[start].prose:
        return None
    f = feats[j]
    head = _deck_over_photo(blocks, feats, j) if f.repeated else j
    if head is None or head < 1:
        return None
    if not (_plain(f._replace(repeated=False)) and f.n_words >= DECK_MIN_WORDS and not f.dated and not f.heading):
        return None
    g = feats[head - 1]
    if _under_header_furniture(feats, head):
        return j
    if not (g.cue is None and not g.prose and g.n_words >= 2 and not g.dated):
        return None
    # Headline-like lines above the headline too: a list of links, the last two of
    # which only look like a headline and its deck.
    if any(_plain(feats[k]) and feats[k].n_words >= DECK_LIST_MIN_WORDS for k in range(max(0, head - 3), head - 1)):
        return None
    return j


def _deck_over_photo(blocks: list[Block], feats: list[Features], j: int) -> int | None:
    """The first print of line `j` when the page prints it exactly twice, right above
    and right under the photo's caption lines; None otherwise."""
    k = j - 1
    while k >= 0 and j - k <= DECK_PHOTO_MAX_LINES and feats[k].cue is BlockKind.CAPTION:
        k -= 1
    if k == j - 1 or k < 0:
        return None
    copies = [i for i, block in enumerate(blocks) if block.text == blocks[j].text]
    return k if copies == [k, j] else None


# The share bar under an article's byline or date line: its buttons ("Facebook",
# "Email") and labels ("Share", "Date") are this short when no cue marks them.
FURNITURE_LABEL_MAX_WORDS = 2


def _under_header_furniture(feats: list[Features], j: int) -> bool:
    """Line `j` stands under the article header's furniture: a share bar (and the
    short labels of its buttons) right above it, then the byline or date line, all
    within `HEADER_FURNITURE_MAX` lines. A deck sits there; a section's heading does
    not follow a share bar."""
    k, share = j - 1, False
    while k >= 0 and j - k <= HEADER_FURNITURE_MAX:
        g = feats[k]
        if g.heading and g.cue is not None and g.cue is not BlockKind.SHARE:
            return False
        if g.cue in _HEAD_KINDS and not g.repeated:
            return share
        share = share or g.cue is BlockKind.SHARE
        if not (g.cue is not None or g.repeated or (not g.prose and g.n_words <= FURNITURE_LABEL_MAX_WORDS)):
            return False
        k -= 1
    return False


# An article's first paragraphs may stand under its header with a box after them that
# the page sets between them and the rest (a job carousel, a photo gallery, a slider):
# the box weighs more against them than they weigh, and the heaviest run starts after
# it. The header's byline or date line stands this many lines above the body at most
# (traf-dev: a carousel of 20 job offers ran to 83 lines under a lead of 4 paragraphs)...
INTRO_BOX_MAX_BLOCKS = 100
# ...the box holds no paragraph this long (a gallery's captions are shorter)...
INTRO_BOX_MAX_CHARS = RESUME_MIN_CHARS
# ...and the intro runs to this many paragraphs, with at most this many lines (the
# photo, its caption and credit, a share bar, a subheading) between two of them or under
# the header (traf-dev: a post of eight short paragraphs under its date, a box of replies
# under it; 4 and 8 give the same figures on every other page).
INTRO_MAX_PARAGRAPHS = 8
INTRO_FURNITURE_LINES = 3
# Sections that do not stand inside an article: after them the paragraph above was a
# story card or an author's box (traf-dev: both under a related-stories list).
_INTRO_BOX_BREAKS = frozenset({BlockKind.RELATED, BlockKind.AUTHOR_BIO, BlockKind.COMMENTS})


def _intro_above_box(blocks: list[Block], feats: list[Features], start: int, leads: range) -> list[int]:
    """The paragraphs under the article header that a box cut off from the body: the
    last byline or date line printed once above the region, a few paragraphs right
    under it, then up to the region only short lines and short captions, no other
    header."""
    header = None
    for m in range(start - 1, max(-1, start - 1 - INTRO_BOX_MAX_BLOCKS), -1):
        if _intro_header(feats[m]):
            header = m
            break
    if header is None or (leads and leads.start < header):
        return []  # no header, or the standfirst above it is the intro
    near = range(max(0, header - HEADER_WINDOW), min(len(feats), header + HEADER_WINDOW + 1))
    if any(_intro_header(feats[k]) for k in near if k != header):
        return []  # a date among others: the dates of story cards
    intro = _paragraphs_under(blocks, feats, header, start)
    if not intro or len(intro) > INTRO_MAX_PARAGRAPHS or sum(len(blocks[j].text) for j in intro) < LEAD_MIN_CHARS:
        return []  # (a short line under a date is a card's teaser)
    box = range(intro[-1] + 1, start)
    if any(feats[j].prose and feats[j].cue is None and len(blocks[j].text) >= INTRO_BOX_MAX_CHARS for j in box):
        return []
    if any(feats[j].heading and feats[j].cue in _INTRO_BOX_BREAKS for j in box):
        return []  # a card or an author's box above a list of stories, not an intro
    return intro


def _paragraphs_under(blocks: list[Block], feats: list[Features], header: int, start: int) -> list[int]:
    """The paragraphs right under the header line, up to the first gap of more than
    `INTRO_FURNITURE_LINES` lines or of a line printed elsewhere too (a gallery's title and
    credit recur); none when a section heading comes first."""
    intro: list[int] = []
    last, recurring = header, False
    for j in range(header + 1, start):
        f = feats[j]
        headline = not intro and _asks_like_headline(blocks[j].text, f)  # the headline under its date
        if _own_prose(f) and not headline:
            if j - last > INTRO_FURNITURE_LINES + 1 or (intro and recurring):
                break  # the box
            intro.append(j)
            last, recurring = j, False
            continue
        if f.heading and f.cue is not None and f.cue is not BlockKind.SHARE and not intro:
            return []  # a section between the header and its paragraphs
        recurring = recurring or f.repeated
    return intro


def _asks_like_headline(text: str, f: Features) -> bool:
    """A headline that asks or exclaims reads as a sentence: of a headline's length."""
    return f.n_words <= TITLE_MAX_WORDS and text.rstrip().endswith(("?", "!"))


def _intro_header(f: Features) -> bool:
    """A byline or date line printed once (a dated line of a few words counts)."""
    if f.repeated or f.prose:
        return False
    return f.cue in (BlockKind.BYLINE, BlockKind.DATELINE) or (f.dated and f.cue is None)


# A timestamp line ("Published Monday, November 18, 2019 8:22AM EST", "By Staff |
# November 18, 2019 - Updated ...") has a few words around its date.
TIMESTAMP_MAX_WORDS = 12


def _is_timestamp(blocks: list[Block], feats: list[Features], i: int) -> bool:
    """A short line that holds a date and is neither prose nor a cue line: the article's
    publication or update time, when it stands in the head of the region. Next to
    another dated line it is a row of a table of dates; with a handle or a link in it,
    the date of an embedded post ("— Team (@team) June 1, 2017")."""
    f = feats[i]
    if not (f.dated and f.cue is None and not f.prose and not f.repeated and f.n_words <= TIMESTAMP_MAX_WORDS):
        return False
    if _NOT_DATELINE.search(blocks[i].text) or i == 0:
        return False
    # Under the headline: a timestamp right under a paragraph follows the standfirst,
    # which is the article's own lead.
    above = feats[i - 1]
    if above.prose or above.cue is not None or above.n_words < 3:
        return False
    return not any(0 <= k < len(feats) and feats[k].dated for k in (i - 1, i + 1))


def _is_dateline(text: str, f: Features) -> bool:
    """A news dateline alone on a line: "Washington, Jan 17", "PARIS (AFP) -"."""
    return f.n_words <= 6 and not f.sentence_end and _DATELINE.match(text) is not None and bool(find_dates(text))


def _summary_end(blocks: list[Block], feats: list[Features], i: int, end: int) -> int:
    """The first block after a summary widget that starts at `i`.

    A summary box is its heading, an optional lead paragraph, a list of points and,
    when it had a lead, one closing paragraph (the shape of "key points" and
    AI-summary widgets).
    """
    j = i + 1
    lead = j < end and blocks[j].bullet is None and feats[j].prose
    if lead:
        j += 1
    if j >= end or blocks[j].bullet is None:
        return i + 1
    while j < end and blocks[j].bullet is not None:
        j += 1
    if lead and j < end and feats[j].prose:
        j += 1
    return j


def _further_reading_note(blocks: list[Block], feats: list[Features], end: int) -> int | None:
    """The article's note under a further-reading heading right after it ("More on this
    topic", then "A detailed overview is in our help centre, where you will find ...",
    then the links): a paragraph printed once that ends like a sentence, as long as one
    that resumes the article, right under the heading, and only links after it. A
    related list's teasers stand under their headlines."""
    j = end + 1
    if j + 1 >= len(feats) or not (feats[end].heading and feats[end].cue is BlockKind.RELATED):
        return None
    f = feats[j]
    note = _own_prose(f) and f.sentence_end and len(blocks[j].text) >= RESUME_PAIR_MIN_CHARS
    return j if note and not feats[j + 1].prose else None


def _author_boxes(blocks: list[Block], feats: list[Features], start: int, end: int) -> set[int]:
    """Paragraphs of the region that open an author box ("Jane Doe is a senior writer
    at ..."), wherever it stands; never the first paragraph, which may introduce the
    person the article is about."""
    prose = [i for i in range(start, end) if feats[i].prose and feats[i].cue is None]
    return {i for i in prose[1:] if cues.is_author_bio(blocks[i].text)}


# A closing bio stands among the last few paragraphs, after most of the prose.
CLOSING_BIO_LAST_PARAGRAPHS = 3
CLOSING_BIO_AFTER_SHARE = 0.7


def _closing_bio(blocks: list[Block], feats: list[Features], start: int, end: int) -> int:
    """Cut the region before a bio among its last paragraphs ("Jane Doe is the marketing
    manager at ..."): the page presents its author or company after the article, and what
    follows the bio (more of it, a pitch) is no article either."""
    prose = [i for i in range(start, end) if feats[i].prose and feats[i].cue is None]
    if len(prose) <= CLOSING_BIO_LAST_PARAGRAPHS:
        return end
    mass = _prose_mass(blocks, feats, start, end)
    total = mass[-1] or 1.0
    for i in prose[-CLOSING_BIO_LAST_PARAGRAPHS:]:
        if mass[i - start] >= CLOSING_BIO_AFTER_SHARE * total and cues.is_closing_bio(blocks[i].text):
            return i
    return end


def _outside_kind(section: BlockKind | None, f: Features, before: bool) -> tuple[BlockKind, str]:
    if section is not None:
        return section, f"inside a {section.value} section"
    if before:
        return (BlockKind.TEASER, "prose before the article") if f.prose else (
            BlockKind.NAVIGATION,
            "before the article",
        )
    return BlockKind.BOILERPLATE, "after the article"


# A gallery prints each photo's alt text, often the same one for every photo: one short
# line three or more times in a row. A writer does not repeat a line so; a subheading
# printed twice (its anchor and its text) stays.
STACKED_MIN_COPIES = 3
# A summary heading ("At a glance", "Key takeaways") under this many of the article's
# paragraphs heads a section of it (a comparison table), not a widget on top of it
# (traf-dev; not fitted).
SUMMARY_HEADING_MIN_PARAGRAPHS = 3


def _stacked_lines(blocks: list[Block], feats: list[Features], start: int, end: int) -> set[int]:
    found: set[int] = set()
    i = start
    while i < end:
        j = i + 1
        while j < end and blocks[j].text == blocks[i].text:
            j += 1
        if j - i >= STACKED_MIN_COPIES and not feats[i].prose and any(ch.isalnum() for ch in blocks[i].text):
            found.update(range(i, j))
        i = j
    return found


def _code_within(blocks: list[Block], feats: list[Features], start: int, end: int) -> set[int]:
    """Source-code lines of the article: a run of code lines with a short line of the
    same listing on either side (kept as short lines: "import os", "x = 1", "> 29").
    The code cue caught only part of the listing, the rest is printed anyway; the body
    keeps the listing whole. A listing between paragraphs stays out (the other sets'
    golds drop code)."""
    found: set[int] = set()
    i = start
    while i < end:
        if feats[i].cue is not BlockKind.CODE:
            i += 1
            continue
        j = i
        while j < end and feats[j].cue is BlockKind.CODE:
            j += 1
        if i > start and j < end and _listing_neighbour(feats[i - 1]) and _listing_neighbour(feats[j]):
            found.update(range(i, j))
        i = j
    return found


def _listing_neighbour(f: Features) -> bool:
    """A line printed once, neither prose nor cued: a short line of a listing."""
    return f.cue is None and not f.prose and not f.repeated


class _Repeats:
    """Tells whether a paragraph's text was already printed earlier in the article:
    pages that print the article twice (a hidden copy, a print version) or a
    pull quote."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, ...]] = set()

    def __call__(self, text: str) -> bool:
        tokens = _TOKEN.findall(text)
        own = set(zip(tokens, tokens[1:], tokens[2:], tokens[3:]))
        repeated = len(text) >= DUPLICATE_MIN_CHARS and bool(own) and len(own & self.seen) >= DUPLICATE_SHARE * len(own)
        self.seen |= own
        return repeated


def classify(blocks: list[Block], language: str, template: Container[str] | None = None) -> Classified:
    feats = features(blocks, language, template)
    lead = _lead_after_header(feats)
    buttons = set(_image_buttons(feats))
    runs = _content_runs(blocks, feats)
    weights = _weights(blocks, feats, lead, buttons, runs)
    start, end = _header_run(weights, lead, *_best_run(weights))
    thread = _comment_thread(feats)
    if thread is not None and start >= thread:
        # The heaviest run is a comment thread: the article is before it.
        before = _best_run(weights[:thread])
        if before[0] < before[1]:
            start, end = before
    else:
        thread = _comment_thread(feats, timestamps=True)
        if thread is not None and start < thread < end and _thread_ends_article(blocks, feats, start, end, thread):
            end = thread  # a thread longer than the article is no box inside it
        named = _comment_thread(feats, named_dates=True)
        if named is not None and start < named < end and _prose_mass(blocks, feats, start, named)[-1] >= NAMED_THREAD_MIN_PROSE_CHARS:
            end = named  # comments headed by a name and a time of day, the article before them
    scroll = _scroll_articles(blocks, feats, start) if start < end else None
    if scroll is not None:
        # Articles printed one after another: the first is the page's, the heaviest
        # run may be a longer one further down.
        first = _best_run(weights[:scroll])
        if first[0] < first[1]:
            start, end = first
    card = _recipe_card_before(blocks, feats, start, end) if start < end else None
    if card is not None:
        start, end = card
    if start == end:
        start, end = 0, len(blocks)
    else:
        start = _extend_over_recipe_above(blocks, feats, start)
        start = _extend_start(blocks, feats, start)
        start = _extend_over_contents(blocks, feats, start, end)
        start = _extend_over_rows(blocks, feats, start)
        start = _extend_over_label(blocks, feats, weights, start)
    end = _extend_over_closing(feats, end)
    end = _extend_over_sign_off(blocks, feats, start, end)
    end = _extend_over_list(blocks, feats, start, end)
    end = _extend_over_recipe(blocks, feats, end)
    end, shops = _bridge_boxes(blocks, feats, weights, end)
    end, boxes = _cut_end(blocks, feats, start, end, lead)
    end = _trim_tail(blocks, feats, weights, start, end)
    end = _cut_appeal(blocks, feats, start, end)
    end = _extend_over_rows_below(blocks, feats, end)
    records = _records_after(blocks, feats, start, end)
    end = records.stop
    # Again over the grown region: its later headings may be what the contents list.
    start = _extend_over_contents(blocks, feats, start, end)
    moved = _move_start(blocks, feats, start, end)
    leads = _standfirst(blocks, feats, start, moved)
    if leads is None:
        lead = _lead_above(blocks, feats, moved)
        if lead is None:
            lead = _deck_above(blocks, feats, moved)
        if lead is None:
            lead = _header_lead(blocks, feats, moved)
        leads = range(0) if lead is None else range(lead, lead + 1)
    intro = set(_intro_above_box(blocks, feats, moved, leads))
    start = moved
    bio_at = _closing_bio(blocks, feats, start, end)
    closing = bio_at if bio_at < end else None
    end = bio_at
    note = _further_reading_note(blocks, feats, end)
    bios = _author_boxes(blocks, feats, start, end)

    repeats = _Repeats()
    stacked = _stacked_lines(blocks, feats, start, end)
    code = _code_within(blocks, feats, start, end)
    template_tail = _template_tail(blocks, feats, start, end, template)
    cells = _figure_cells(feats, runs, start, end)
    labelled: list[Labelled] = []
    section: BlockKind | None = None
    for i, (block, f) in enumerate(zip(blocks, feats)):
        if f.heading and f.cue is not None and i >= end:
            section = f.cue
        if i in leads:
            kind, reason = BlockKind.CONTENT, "standfirst above the byline"
        elif i in intro:
            kind, reason = BlockKind.CONTENT, "intro under the header, a box between it and the body"
        elif i == note:
            kind, reason = BlockKind.CONTENT, "the article's note under a further-reading heading"
        elif i == closing:
            kind, reason = BlockKind.AUTHOR_BIO, "bio among the last paragraphs"
        elif start <= i < end:
            if i in boxes and f.cue is None:
                kind, reason = BlockKind.RELATED, "inside a box within the article"
            elif i in shops and f.cue is None:
                kind, reason = BlockKind.ADVERT, "inside a shop box within the article"
            elif i in template_tail:
                kind, reason = BlockKind.BOILERPLATE, "paragraph recurring on the site's pages, after the article's own"
            elif i in code:
                kind, reason = BlockKind.CONTENT, "source code between lines of its listing"
            elif i in cells:
                kind, reason = BlockKind.CONTENT, "a figure of a table printed cell by cell"
            elif f.cue is BlockKind.SUMMARY and f.heading and _prose_between(feats, start, i) >= SUMMARY_HEADING_MIN_PARAGRAPHS:
                kind, reason = BlockKind.HEADING, "summary heading inside the article"
            elif f.cue is not None:
                kind, reason = f.cue, f.reason
            elif f.repeated and not f.prose and cues.is_doubled(block.text):
                # An image's alt text glued to its title or to the link around it: the
                # renderers print both ("Social media trendsSocial media trends").
                kind, reason = BlockKind.CAPTION, "image text printed twice in one line"
            elif f.prose and f.n_words <= 2 * CAPTION_MAX_WORDS and cues.ends_with_echo(block.text):
                # (A caption printed twice: up to twice a caption's length.)
                kind, reason = BlockKind.CAPTION, "image text and its caption printed together"
            elif i in stacked:
                kind, reason = BlockKind.CAPTION, "image text printed again and again (a gallery)"
            elif i in buttons:
                kind, reason = BlockKind.CAPTION, "an image's button (a gallery)"
            elif i not in records and repeats(block.text):
                kind, reason = BlockKind.BOILERPLATE, "repeats text printed earlier in the article"
            elif i in bios:
                kind, reason = BlockKind.AUTHOR_BIO, "author box (a name, then a job)"
            elif len(block.text) >= RULE_MIN_CHARS and not f.prose and not any(ch.isalnum() for ch in block.text):
                kind, reason = BlockKind.BOILERPLATE, "a rule across the page"
            elif block.bullet is not None:
                kind, reason = BlockKind.LIST_ITEM, "list item in the article"
            elif f.link:
                kind, reason = BlockKind.CONTENT, "a web address printed in the article"
            elif f.prose:
                kind, reason = BlockKind.CONTENT, "prose in the article"
            else:
                kind, reason = BlockKind.HEADING, "short line in the article"
        elif f.cue is not None:
            kind, reason = f.cue, f.reason
        else:
            kind, reason = _outside_kind(section, f, i < start)
        labelled.append(Labelled(block, kind, reason))
    return Classified(tuple(labelled), start, end, language)


# The author's box after an article starts with the byline's name ("Jane Doe", "Jane Doe
# is a reporter at ..."); in the wcxb-dev dumps 54 of 55 such paragraphs in the second
# half of the body were not article text.
BIO_AFTER_PROSE_SHARE = 0.5
# The byline naming the author sits this close above the article.
BIO_BYLINE_LOOKBACK = 15
BIO_REASON = "author box (starts with the byline's name)"


def _starts_with_name(text: str, name: str) -> bool:
    """`text` opens with the name as a name: alone, printed twice, or before a space,
    comma or bracket ("Jane Doe is ...", "Jane Doe (@jdoe)"); not a photo credit
    ("Jane Doe/Agency") or a longer name."""
    if not text.startswith(name):
        return False
    after = text[len(name) :]
    return not after or after[0] in " ,(" or after.startswith(name)


def cut_author_box(classified: Classified, author: str | None) -> Classified:
    """Revision with the metadata: end the body where a block starting with the
    author's name (two words or more) comes after most of the article's prose, unless
    the article names that person before (it is about them, or the name was misread)."""
    if not author or len(author.split()) < 2:
        return classified
    name = " ".join(author.split()).casefold()
    blocks = classified.blocks
    header = blocks[max(0, classified.start - BIO_BYLINE_LOOKBACK) : classified.start + 1]
    if not any(name in " ".join(b.block.text.split()).casefold() for b in header):
        return classified  # no byline above the article names them
    body = [i for i in range(classified.start, classified.end) if blocks[i].kind.is_body]
    total = sum(len(blocks[i].block.text) for i in body if blocks[i].kind is BlockKind.CONTENT) or 1
    before = 0
    for i in body:
        text = " ".join(blocks[i].block.text.split()).casefold()
        if name in text:
            if before < BIO_AFTER_PROSE_SHARE * total or not _starts_with_name(text, name):
                return classified  # the article speaks of this person: not (only) its author
            relabelled = list(blocks)
            for j in range(i, classified.end):
                if relabelled[j].kind.is_body:
                    relabelled[j] = Labelled(relabelled[j].block, BlockKind.AUTHOR_BIO, BIO_REASON)
            return Classified(tuple(relabelled), classified.start, i, classified.language)
        if blocks[i].kind is BlockKind.CONTENT:
            before += len(blocks[i].block.text)
    return classified

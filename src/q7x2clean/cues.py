"""Compiled cues: the phrase lists of `cue_phrases` turned into fast lookups.

Two kinds of evidence, as a reader of a dump would use them:
- a *section heading* ("Related posts", "3 Comments", "Leave a reply") starts a block
  of boilerplate below it;
- a *line cue* ("Advertisement", "5 min read", "All rights reserved") makes a short
  line boilerplate by itself, wherever it stands.
Plus line *shapes* that need no words: bare counters, runs of social network names,
copyright lines.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata

import attrs

from . import cue_phrases as phrases
from .article import BlockKind

_KIND_NAMES = {
    "related": BlockKind.RELATED,
    "comments": BlockKind.COMMENTS,
    "share": BlockKind.SHARE,
    "newsletter": BlockKind.NEWSLETTER,
    "author_bio": BlockKind.AUTHOR_BIO,
    "tags": BlockKind.TAGS,
    "footer": BlockKind.FOOTER,
    "navigation": BlockKind.NAVIGATION,
    "prev_next": BlockKind.PREV_NEXT,
    "summary": BlockKind.SUMMARY,
    "advert": BlockKind.ADVERT,
    "read_time": BlockKind.READ_TIME,
    "counter": BlockKind.COUNTER,
    "cookie": BlockKind.COOKIE,
    "copyright": BlockKind.FOOTER,
    "legal": BlockKind.LEGAL,
    "login": BlockKind.LOGIN,
    "comment_form": BlockKind.COMMENT_FORM,
    "read_more": BlockKind.RELATED,
    "photo_credit": BlockKind.CAPTION,
    "notice": BlockKind.BOILERPLATE,
}

# Summary widgets ("Key points", AI summaries) sit between headline and body.
_SUMMARY_HEADINGS = (
    "summary", "key points", "key takeaways", "takeaways", "highlights", "in brief", "at a glance",
    "tl;dr", "tldr", "story highlights", "quick read", "zusammenfassung", "das wichtigste in kürze",
    "auf einen blick", "en bref", "résumé", "l'essentiel", "à retenir", "w skrócie", "podsumowanie",
    "najważniejsze informacje", "en resumen", "resumen", "claves", "in breve", "in sintesi", "riassunto",
    "em resumo", "resumo", "samenvatting", "in het kort", "sammanfattning", "kort om", "yhteenveto",
    "резюме", "коротко", "главное",
)

# Punctuation and counts that decorate headings: "Comments (3)", "Related posts:", "» More".
_DECORATION_CHARS = string.punctuation + string.digits + string.whitespace + "«»“”„‘’•·–—…|›‹→←↑↓▶►▸▼▲■□●○★☆✓✔✕✖×"


def _undecorate(text: str) -> str:
    return text.strip(_DECORATION_CHARS)
_DIGITS_SPACES = re.compile(r"[\d.,:/()\s]+")
_DIGIT_OR_PUNCT = re.compile(r"[\d.,:/()]")


_FOLDS = str.maketrans(phrases.MATCH_FOLDS)


def normalize(text: str) -> str:
    """Lowercase, NFKC, folded quotes and dashes, single spaces: the form phrases are
    stored in."""
    if text.isascii():
        return " ".join(text.lower().split())
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.lower().translate(_FOLDS).split())


@functools.cache
def _heading_index() -> dict[str, BlockKind]:
    index: dict[str, BlockKind] = {}
    for name, items in phrases.SECTION_HEADINGS.items():
        for phrase in items:
            index.setdefault(normalize(phrase), _KIND_NAMES[name])
    for phrase in _SUMMARY_HEADINGS:
        index.setdefault(phrase, BlockKind.SUMMARY)
    return index


@functools.cache
def _heading_ends() -> frozenset[str]:
    """First and last words of the heading phrases, to rule most lines out at once."""
    ends: set[str] = set()
    for phrase in _heading_index():
        words = phrase.split()
        ends.update((words[0], words[-1]))
    return frozenset(ends)


# A bracketed remark ending a heading line: up to 30 characters, a widget's link ("( returns
# to text)", 18 characters), not a clause in brackets.
_TRAILING_REMARK = re.compile(r"\s\([^()]{1,30}\)$")

# A heading may carry a few extra words: "Leave a Reply Cancel reply", "5 Reader Comments".
_HEADING_EXTRA_WORDS = 3
_LABEL_MAX_CHARS = 30


def heading_kind(low: str) -> BlockKind | None:
    """The boilerplate section a short heading line opens, if any. `low` is normalised.

    The heading may carry a few extra words ("Leave a Reply Cancel reply", "More from
    Reuters", "Reader comments"), but a one-word phrase only matches alone, before a
    colon ("Tags: ...") or after one word: "Privacy with VRFs" is an article heading.
    """
    core = _undecorate(low)
    if not core:
        return None
    index = _heading_index()
    kind = index.get(core)
    if kind is not None:
        return kind
    if low.endswith(")"):
        # A remark in brackets after the heading: "Footnotes ( returns to text)",
        # "References (show all)".
        kind = index.get(_undecorate(_TRAILING_REMARK.sub("", low)))
        if kind is not None:
            return kind
    label, colon, _ = core.partition(":")
    if colon and len(label) <= _LABEL_MAX_CHARS:
        # "Key points: ...", "Related: ...", "Tags: ...": a label before a colon.
        kind = index.get(label.strip())
        if kind is not None:
            return kind
    words = core.split()
    if len(words) > 8:
        return None
    ends = _heading_ends()
    if words[0].rstrip(":") not in ends and _undecorate(words[-1]) not in ends:
        return None  # no phrase starts or ends like this line: the common case
    for size in range(min(len(words) - 1, 5), 0, -1):
        extra = len(words) - size
        if extra > _HEADING_EXTRA_WORDS:
            break
        head = " ".join(words[:size])
        if size > 1:
            kind = index.get(head.rstrip(":"))
        elif head.endswith(":"):
            kind = index.get(head[:-1])
        else:
            kind = None
        if kind is not None:
            return kind
        kind = index.get(_undecorate(" ".join(words[-size:])))
        if kind is not None and extra <= (2 if size > 1 else 1):
            return kind
    return None


_SUMMARY_WORD_MAX = 5


_NON_WORD = re.compile(r"[^\w'-]+")


@functools.cache
def _contact_headings() -> frozenset[str]:
    return frozenset(phrases.CONTACT_HEADINGS)


def is_contact_heading(low: str) -> bool:
    """A footer heading that asks to get in touch ("Contact us today", "Get in touch:
    555-0100"): any run of its words is a contact phrase. Checked only on lines already
    read as footer headings (a handful a page)."""
    words = _NON_WORD.sub(" ", low).split()
    table = _contact_headings()
    return any(" ".join(words[i:j]) in table for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))


@functools.cache
def _recipe_headings() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(phrases.RECIPE_INGREDIENTS_HEADINGS), frozenset(phrases.RECIPE_STEPS_HEADINGS)


def recipe_heading(low: str) -> str | None:
    """"ingredients" or "steps" for the two headings of a recipe card, a whole line
    ("Zutaten", "Directions:", "Preparation step by step"), else None."""
    ingredients, steps = _recipe_headings()
    bare = low.strip(" :.")
    if bare in ingredients:
        return "ingredients"
    for suffix in phrases.RECIPE_STEP_BY_STEP:  # "Preparation step by step"
        bare = bare.removesuffix(" " + suffix)
    return "steps" if bare in steps else None


@functools.cache
def _summary_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\d_])(?:" + _alternation(list(_SUMMARY_HEADINGS)) + r")(?![^\W\d_])")


@functools.cache
def _summary_words() -> frozenset[str]:
    return frozenset(word for phrase in _SUMMARY_HEADINGS for word in phrase.split())


def is_summary_label(low: str, n_words: int) -> bool:
    """A widget label naming a summary: "Key points", "AI Summary", "BingoBot Summary News"."""
    if n_words > _SUMMARY_WORD_MAX or _summary_words().isdisjoint(low.split()):
        return False
    return _summary_pattern().search(low) is not None


def _alternation(items: list[str]) -> str:
    """One pattern for many literal phrases, as a trie: "f(?:acebook|lickr)|t(?:witter)".
    It matches what the plain alternation of the phrases, longest first, matches, but
    tries a branch a character instead of every phrase at every position (Python's `re`
    does not merge common prefixes itself): a fifth to a half of the time on lines."""
    trie: dict[str, dict] = {}
    for item in set(items):
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # Greedy "?": the longer phrase first, the phrase ending here when it fails.
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


# Words for phrase matching: letters and digits, with inner apostrophes and hyphens
# ("j'aime", "e-mail"); punctuation between words does not count.
_CUE_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_WIDE_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@attrs.frozen
class _PhraseIndex:
    """The phrases of a `cue_phrases` table: one-word phrases by their word, longer ones
    by their first two words (a common first word, "the", "to", leads to few of them),
    longest first; and its CJK phrases (written without spaces) as one pattern."""

    firsts: frozenset[str]
    single: dict[str, tuple[BlockKind, str]]
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], BlockKind, str]]]
    wide: "re.Pattern[str] | None"
    wide_kinds: dict[str, BlockKind]


@functools.cache
def _phrase_index(table: str) -> _PhraseIndex:
    single: dict[str, tuple[BlockKind, str]] = {}
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], BlockKind, str]]] = {}
    wide: dict[str, BlockKind] = {}
    for name, items in getattr(phrases, table).items():
        for phrase in map(normalize, items):
            if _WIDE_TEXT.search(phrase):
                wide.setdefault(phrase, _KIND_NAMES[name])
                continue
            words = tuple(_CUE_WORD.findall(phrase))
            if len(words) == 1:
                single.setdefault(words[0], (_KIND_NAMES[name], phrase))
            elif words:
                candidates = pairs.setdefault(words[:2], [])
                if all(words != c[0] for c in candidates):
                    candidates.append((words, _KIND_NAMES[name], phrase))
    for candidates in pairs.values():
        candidates.sort(key=lambda c: -len(c[0]))
    firsts = frozenset(single) | frozenset(pair[0] for pair in pairs)
    return _PhraseIndex(firsts, single, pairs, re.compile(_alternation(list(wide))) if wide else None, wide)


def cue_words(low: str) -> list[str]:
    """The words phrases are matched on (pass them to the lookups that take `words` to
    tokenise a line once)."""
    return _CUE_WORD.findall(low)


def _first_phrase(index: _PhraseIndex, words: list[str]) -> tuple[BlockKind, str] | None:
    """The phrase of `index` that starts first among `words` (the longest of those
    starting at the same word)."""
    pairs, single = index.pairs, index.single
    for i, word in enumerate(words):
        if i + 1 < len(words):
            for phrase_words, kind, phrase in pairs.get((word, words[i + 1]), ()):
                if len(phrase_words) == 2 or tuple(words[i : i + len(phrase_words)]) == phrase_words:
                    return kind, phrase
        found = single.get(word)
        if found is not None:
            return found
    return None


def _find_phrase(table: str, low: str, words: list[str] | None = None) -> tuple[BlockKind, str] | None:
    """The first phrase of `table` found in `low` as whole words (the longest of those
    starting at the same word)."""
    index = _phrase_index(table)
    if words is None:
        words = _CUE_WORD.findall(low)
    # Most lines hold no first word of any phrase, and most of the rest none of the
    # phrases' first two words: set operations rule them out before the walk.
    if not index.firsts.isdisjoint(words) and not (
        index.single.keys().isdisjoint(words) and index.pairs.keys().isdisjoint(zip(words, words[1:]))
    ):
        found = _first_phrase(index, words)
        if found is not None:
            return found
    if index.wide is not None and not low.isascii() and _WIDE_TEXT.search(low):
        match = index.wide.search(low)
        if match:
            return index.wide_kinds[match.group(0)], match.group(0)
    return None


def any_length_kind(low: str, words: list[str] | None = None) -> tuple[BlockKind, str] | None:
    """Boilerplate that runs long: affiliate disclosures, outdated-browser notices."""
    return _find_phrase("ANY_LENGTH_CUES", low, words)


@functools.cache
def _whole_line_cues() -> dict[str, BlockKind]:
    return {normalize(p): _KIND_NAMES[name] for name, items in phrases.WHOLE_LINE_CUES.items() for p in items}


@functools.cache
def _line_start_cues() -> dict[str, BlockKind]:
    return {normalize(p): _KIND_NAMES[name] for name, items in phrases.LINE_START_CUES.items() for p in items}


_START_MAX_WORDS = 4


@functools.cache
def _line_start_firsts() -> frozenset[str]:
    return frozenset(cue.split(None, 1)[0].rstrip(":") for cue in _line_start_cues() if cue)


@functools.cache
def _line_prefixes() -> dict[str, tuple[tuple[str, BlockKind], ...]]:
    """Label prefixes by their first word (as split on spaces), longest first."""
    by_first: dict[str, list[tuple[str, BlockKind]]] = {}
    for name, items in phrases.LINE_PREFIX_CUES.items():
        for prefix in map(normalize, items):
            first = prefix.split(None, 1)[0].rstrip(":")
            by_first.setdefault(first, []).append((prefix, _KIND_NAMES[name]))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in by_first.items()}


def prefix_kind(low: str) -> tuple[BlockKind, str] | None:
    """A label that starts a line of any length: "Tags: a, b", "Posted in News | 3 Comments"."""
    core = low.lstrip(" •·|-–—*»›")
    first = core.split(None, 1)[0].rstrip(":") if core else ""
    for prefix, kind in _line_prefixes().get(first, ()):
        if core.startswith(prefix) and (len(core) == len(prefix) or not core[len(prefix)].isalnum()):
            return kind, prefix
    return None


def line_kind(low: str, words: list[str] | None = None) -> tuple[BlockKind, str] | None:
    """The boilerplate kind of a short line from its words, with the matching phrase:
    a phrase that is the whole line ("Email", "74 views"), starts it ("Foto: dpa",
    "Sponsored by Acme") or stands anywhere in it ("5 min read")."""
    core = " ".join(_undecorate(low).split())
    whole = _whole_line_cues()
    kind = whole.get(core)
    if kind is None and _DIGIT_OR_PUNCT.search(core):
        kind = whole.get(_DIGITS_SPACES.sub(" ", core).strip())
    if kind is not None:
        return kind, core
    starts = _line_start_cues()
    parts = core.split(None, _START_MAX_WORDS)
    if parts and parts[0].rstrip(":") not in _line_start_firsts():
        parts = []  # no cue starts with this word: the common case
    for size in range(min(len(parts), _START_MAX_WORDS), 0, -1):
        head = " ".join(parts[:size]).rstrip(":")
        kind = starts.get(head)
        if kind is not None:
            return kind, head
    return _find_phrase("LINE_CUES", low, words)


@functools.cache
def _social_pattern() -> re.Pattern[str]:
    names = [normalize(n) for n in phrases.SOCIAL_NETWORKS if len(n) > 1]
    return re.compile(_alternation(names))


def social_share(low: str) -> bool:
    """A run of social network names, as share bars print ("Share 0FacebookTwitter...")."""
    found = _social_pattern().findall(low)
    if len(found) < 2:
        return False
    # Mostly made of the names themselves: "Facebook Twitter Instagram", not a sentence
    # that mentions Facebook and Twitter.
    covered = sum(len(name) for name in found)
    letters = sum(1 for ch in low if ch.isalpha())
    return covered >= 0.6 * letters


# Bare counters: "74", "1.2K", "12 | 3", share and view counts without words.
# (No digits before the first digit: one way to match, linear.)
_COUNTER = re.compile(r"^[\s.,:/|()+\-kKmM]*\d[\d\s.,:/|()+\-kKmM]*$")


# Images that renderers print as their file name (w3m prints alt text or the name).
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp)(?:\b|$)", re.IGNORECASE)
# Relative timestamps of teaser lists: "32M ago", "vor 2 Stunden", "2 godziny temu".
_RELATIVE_TIME = re.compile(
    r"(?<!\w)(?:ago|vor|il y a|temu|hace|fa|há|geleden|sedan|siden|назад|тому|önce|sitten|fa|πριν)(?!\w)"
)
# Comment headers: "Jane says:", "Jane on May 3, 2024 at 4:47 pm" (a name, then a date
# and a time: a bare "May 3, 2024 at 4:47 pm" is as often the article's own timestamp).
_COMMENT_HEADER = re.compile(
    r"(?:\b(?:says|said|wrote|sagt|schrieb|dit|a écrit|dice|escribió|napisał|napisała|scrive|schreef|skriver)\s*:\s*$)"
    # "(?=(...))\1" takes the first "on" and never tries the later ones (an atomic group
    # in Python 3.10): the first fits whenever a later one does, and trying each made the
    # pattern quadratic in the number of "on"s.
    r"|(?:^(?=(\S.*?\b(?:on|am|le|el|il|op)\b))\1.*\b(?:at|um|à|a las|alle|o|om)\s+\d{1,2}[:.h]\d\d"
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s*$)",
    re.IGNORECASE,
)
# Comment headers that name the commenter after a label and end with the time: "Comment
# by Jane — 17.07, 2011 @ 13:04", "Kommentar von Jane am 3. Mai 2020 um 14:05".
_COMMENT_BY = re.compile(
    r"^(?:comment by|comment from|kommentar von|commentaire de|commentaire par|comentario de"
    r"|commento di|comentário de|reactie van|komentarz od) \S.*\d{1,2}[:.h]\d\d\b"
)
# The reply button under each comment.
_REPLY = frozenset({"reply", "antworten", "répondre", "odpowiedz", "responder", "rispondi", "beantwoorden", "svara", "svar", "vastaa", "ответить", "yanıtla", "reply ↓", "log in to reply"})
_COOKIE = re.compile(r"cookie|ciasteczk", re.IGNORECASE)


# The predicates below test a cheap necessary condition before running their regex:
# they run on every line of every dump.


# A file name counts as one word however many words its hyphens and digits make
# ("apple-iphone-11-pro-colors-091019.jpg"): the line is short in space-separated chunks.
IMAGE_FILE_MAX_CHUNKS = 4


def is_image_file(low: str, n_words: int) -> bool:
    if n_words > IMAGE_FILE_MAX_CHUNKS and low.count(" ") >= IMAGE_FILE_MAX_CHUNKS:
        return False
    return "." in low and _IMAGE_FILE.search(low) is not None


def is_relative_time(low: str, n_words: int, has_digit: bool) -> bool:
    return has_digit and n_words <= 5 and _RELATIVE_TIME.search(low) is not None


def is_comment_header(low: str, n_words: int, has_digit: bool) -> bool:
    if n_words > 16 or not (has_digit or low.endswith(":")):
        return False
    if _COMMENT_HEADER.search(low) is None:
        return has_digit and _COMMENT_BY.match(low) is not None
    # "Updated on June 18, 2025 at 12:35 PM" is the article's own timestamp.
    first = low.split(None, 1)[0]
    return not (date_word_pattern("published").match(first) or date_word_pattern("updated").match(first))


def is_reply_button(low: str) -> bool:
    return low in _REPLY


def is_cookie_notice(low: str) -> bool:
    """A cookie consent text of any length: it names cookies twice, or once with the
    words of a consent banner."""
    if "cookie" not in low and "ciasteczk" not in low:
        return False
    found = len(_COOKIE.findall(low))
    if found >= 2:
        return True
    return found == 1 and line_kind(low) is not None and line_kind(low)[0] is BlockKind.COOKIE


# w3m prints an image as its alt text or file name in brackets: "[NASCAR19-Kyle-Busch]".
_IMAGE_PLACEHOLDER = re.compile(r"^(?:\[[^\[\]]{1,80}\]\s*)+$")
# Photo-agency captions: "WASHINGTON, DC - NOVEMBER 19: ..." (uppercase place and date).
_AGENCY_CAPTION = re.compile(
    r"^(?:[A-Z][A-Z.' ,-]{2,40} [-–—] [A-Z]{3,9}\.? \d{1,2}:"
    # Wire-service caption openings: "FILE PHOTO: ...", "FILE - In this ... photo",
    # gallery counters glued to the caption ("2of4A shopper ..."). Wire style abbreviates
    # months with a period ("In this Dec. 12, 2006, file photo"): a period right after a
    # capitalised short word does not end the opening.
    r"|FILE(?: PHOTO)?\s*[-–—:]|In this (?:[^.]|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.){0,80}?\bphoto\b"
    r"|\d{1,2}\s?of\s?\d{1,2}(?=[A-Z]))"
)
_CREDIT_TAIL_WORDS = 8


# lynx prints an inline frame (a video or podcast player, a widget, a tag manager's
# frame) as "IFRAME: <its address>": a mark of the renderer, never the page's text (in
# 382 of the bench's lynx dumps).
_FRAME_MARK = "IFRAME:"


def is_frame_mark(text: str) -> bool:
    return text.startswith(_FRAME_MARK)


def is_image_placeholder(text: str) -> bool:
    return text.startswith("[") and _IMAGE_PLACEHOLDER.match(text) is not None


# A price alone on its line: an amount and its currency (a sign or an ISO code, before or
# after it), maybe twice (the old price, then the new one): "24,99 €", "$19.99",
# "139,99 € 131,55 €", "CHF 12.90", "49 zł". Language-free.
_CURRENCY = r"(?:[$£€¥₹]|\b(?:usd|eur|gbp|chf|pln|zł|kr|kč|sek|nok|dkk)\b)"
_AMOUNT = r"\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,2}|[.,]-{1,2})?"
_PRICE_ITEM = rf"(?:{_CURRENCY}\s?{_AMOUNT}|{_AMOUNT}\s?{_CURRENCY})"
_PRICE = re.compile(rf"^\s*{_PRICE_ITEM}(?:\s+{_PRICE_ITEM})?\s*$", re.IGNORECASE)


def is_price(text: str) -> bool:
    return _PRICE.match(text) is not None


def is_caption(text: str, low: str) -> bool:
    """A photo caption of any length: an agency caption's uppercase dateline, or a photo
    credit at its end ("... (Photo by X/Getty Images)", "... Foto: dpa")."""
    if _AGENCY_CAPTION.match(text):
        return True
    tail = " ".join(low.split()[-_CREDIT_TAIL_WORDS:])
    found = line_kind(tail)
    return found is not None and found[0] is BlockKind.CAPTION


# Words that start sentences but are no name: "The app is a writer's tool", "It was
# the editor who ...", "I was a reporter for ten years" (first person is article text).
_NOT_NAMES = frozenset(
    "the this that these those it its he she they we i you there what who his her our my a an "
    "der die das dies er sie es wir ich le la les il elle ils on je ce cette el ella ellos lo "
    "yo esto este esta lui lei io questo questa ele ela eu isto este ten ta to ja on ona de het "
    "dit hij zij".split()
)


def _presentation(after_verb: str, *, names: int = 3, name_chars: str = r"[\w'’.-]", handle: bool = False) -> re.Pattern[str]:
    """A paragraph that presents someone: one to `names` capitalised words (and a handle
    in brackets), a verb of being (`AUTHOR_BIO_VERBS`, case-blind), then `after_verb`."""
    verbs = _alternation([normalize(v) for v in phrases.AUTHOR_BIO_VERBS])
    return re.compile(
        r"^(?:[A-ZÀ-ÞĀ-Ž]" + name_chars + r"*\s){1," + str(names) + "}" + (r"(?:\(@\w+\)\s)?" if handle else "")
        + r"(?i:" + verbs + r")\s" + after_verb
    )


@functools.cache
def _author_bio_pattern() -> re.Pattern[str]:
    # One to three capitalised words, the verb, at most four words, the job.
    roles = _alternation([normalize(r) for r in phrases.AUTHOR_BIO_ROLES])
    return _presentation(r"(?:\S+\s){0,4}?(?i:" + roles + r")\b")


@functools.cache
def _closing_bio_pattern() -> re.Pattern[str]:
    # One to three capitalised words (and a handle in brackets), the verb, at most six
    # words, the job ("Jane Doe (@jane) is the health and fitness director at ...").
    roles = _alternation([normalize(r) for r in phrases.AUTHOR_BIO_ROLES + phrases.CLOSING_BIO_ROLES])
    return _presentation(r"(?:\S+\s){0,6}?(?i:" + roles + r")s?\b", handle=True)


@functools.cache
def _company_pattern() -> re.Pattern[str]:
    # One to four capitalised words, the verb, an article, at most four words, the trade.
    articles = _alternation(list(phrases.COMPANY_ARTICLES))
    trades = _alternation([normalize(t) for t in phrases.COMPANY_TRADES])
    return _presentation(r"(?i:" + articles + r")\s(?:\S+\s){0,4}?(?i:" + trades + r")s?\b", names=4, name_chars=r"[\w'’.&-]")


def is_closing_bio(text: str) -> bool:
    """A paragraph that presents a person by a job, as the bio closing a page does ("Jane
    Doe is the marketing manager at ..."), or a firm by its trade, as the end of a press
    release does; only telling among the last paragraphs."""
    if not text[:1].isupper() or text.split(None, 1)[0].lower() in _NOT_NAMES:
        return False
    return _closing_bio_pattern().match(text) is not None or _company_pattern().match(text) is not None


def is_author_bio(text: str) -> bool:
    """A paragraph that opens an author box: "Jane Doe is a senior writer at ..."."""
    if not text[:1].isupper() or text.split(None, 1)[0].lower() in _NOT_NAMES:
        return False
    return _author_bio_pattern().match(text) is not None


# A line that names a newsletter and asks to sign up is a pitch up to this length; longer,
# it is an article's sentence about a newsletter.
SIGNUP_MAX_WORDS = 30


@functools.cache
def _signup_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = _alternation([normalize(w) for w in phrases.NEWSLETTER_WORDS])
    stems = _alternation([normalize(w) for w in phrases.SIGNUP_STEMS])
    messages = _alternation([normalize(w) for w in phrases.SIGNUP_MESSAGES])
    return (
        re.compile(r"(?<!\w)(?:" + nouns + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:" + stems + r")"),
        re.compile(r"(?<!\w)(?:" + messages + r")(?!\w)"),
    )


def is_signup(low: str, n_words: int) -> bool:
    """A newsletter sign-up line: a newsletter word and a sign-up word in a short line
    ("Subscribe to the Morning Review newsletter"), or a message of the sign-up form
    ("You have been successfully subscribed!"). `low` is normalised."""
    nouns, stems, messages = _signup_patterns()
    if n_words <= SIGNUP_MAX_WORDS and nouns.search(low) is not None and stems.search(low) is not None:
        return True
    return n_words <= 2 * SIGNUP_MAX_WORDS and messages.search(low) is not None


# A follow pitch is a sentence or two; a longer line is an article's paragraph.
FOLLOW_MAX_WORDS = 40
_HANDLE = re.compile(r"(?<![\w@.])@[a-z_][\w.]{1,30}")


@functools.cache
def _follow_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _alternation([normalize(w) for w in phrases.FOLLOW_IMPERATIVES])
    networks = _alternation([normalize(w) for w in phrases.FOLLOW_NETWORKS])
    return (
        # At the start of the line or of a sentence: an imperative, not "users who follow him".
        re.compile(r"(?:^|[.!?:]\s+|\()(?:" + verbs + r")(?!\w)"),
        re.compile(r"(?<!\w)(?:" + networks + r")(?!\w)"),
    )


def is_follow_pitch(low: str, n_words: int) -> bool:
    """A line asking to follow the site or its author on a social network: a sentence
    opening with "Follow", "Folgen Sie", "Suivez", ... and naming a network or a
    handle ("Follow her on Twitter @jane"). `low` is normalised."""
    if n_words > FOLLOW_MAX_WORDS:
        return False
    verbs, networks = _follow_patterns()
    if verbs.search(low) is None:
        return False
    return networks.search(low) is not None or _HANDLE.search(low) is not None


# Report credits run long when many reporters worked on a story.
REPORT_CREDIT_MAX_WORDS = 60


@functools.cache
def _report_credit_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The report-credit phrases that start a line, and those that stand anywhere."""
    return tuple(normalize(w) for w in phrases.REPORT_CREDIT_STARTS), tuple(normalize(w) for w in phrases.REPORT_CREDIT_ANYWHERE)


@functools.cache
def _report_credit_pattern() -> re.Pattern[str]:
    starts, anywhere = _report_credit_phrases()
    return re.compile(r"^\(?(?:" + _alternation(list(starts)) + r")(?!\w)|(?<!\w)(?:" + _alternation(list(anywhere)) + r")(?!\w)")


def is_report_credit(low: str, n_words: int) -> bool:
    """The credits under a news agency's report: "(Reporting by Jane Doe; Editing by John
    Roe)", "... contributed to this report". `low` is normalised."""
    if n_words > REPORT_CREDIT_MAX_WORDS:
        return False
    starts, anywhere = _report_credit_phrases()
    # Substring tests first: the pattern's word boundaries make it try every position.
    if not low.lstrip("(").startswith(starts) and not any(phrase in low for phrase in anywhere):
        return False
    return _report_credit_pattern().search(low) is not None


# An artwork's caption: artist, title, year, medium and size ("Untitled, 1931. Gelatin
# silver print – 11.4 × 8.3 cm. Courtesy ..."): a size in centimetres or inches and a year.
# (Bounded figures that start a number: a search stays linear on a long run of digits.)
_ARTWORK_SIZE = re.compile(r"(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?\s*[×x]\s*\d{1,4}(?:[.,]\d{1,2})?(?:\s*[×x]\s*\d{1,4}(?:[.,]\d{1,2})?)?\s*(?:cm|mm|inches|pouces|zoll|in(?=\s*(?:$|[(.;,)])))(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
ARTWORK_CAPTION_MAX_WORDS = 40


def is_artwork_caption(low: str, n_words: int) -> bool:
    """The caption of an artwork in an exhibition's gallery: its size and a year in a
    short line. `low` is normalised."""
    return n_words <= ARTWORK_CAPTION_MAX_WORDS and _ARTWORK_SIZE.search(low) is not None and _YEAR.search(low) is not None


# A credit closing a caption: in brackets at the end ("... (Foto: Privat)", "(REUTERS/
# Jane Doe)", "(Symbolbild)") or after the last sentence ("... in der Eifel. Foto: X").
_BRACKET_TAIL = re.compile(r"\(([^()]{2,80})\)[\s.]*$")
# A credit may also stand behind a bar ("... in 2026. | Photo by Jane Doe").
_SENTENCE_TAIL = re.compile(r"[.!?,|]\s+([^.!?,()|]{2,60}(?:[.,][^.!?,()|]{1,40})?)$")
_CREDIT_MAX_WORDS = 8
# A caption whose credit follows its last word with no stop between (alt text and credit
# printed on one line: "Die Minister am Hafen Foto: Jana Beispiel"): a credit label, a
# colon and a name of one to four capitalised words, nothing else.
_GLUED_CREDIT = re.compile(r"\s([^\W\d_]+)\s?:\s*((?:[^\W\d_][\w.'’-]*)(?:\s[^\W\d_][\w.'’-]*){0,3})$")
# A photographer's name, a slash and the outlet, in the closing brackets of a caption:
# two or three words of letters (a name; "and/or" is one word), then one to four.
_NAME_SLASH_OUTLET = re.compile(r"^[^\W\d_]+(?:[ .'-][^\W\d_]+){1,2}\s?/\s?[^\W\d_]+(?: [^\W\d_]+){0,3}$")


def has_trailing_credit(low: str) -> bool:
    """A line that ends with a photo credit: a credit label and a colon, "by" or a
    slash ("Foto: X", "Photo by X", "AP Photo/X"), a credit phrase ("Symbolbild",
    "Getty Images"), or a news agency and a slash ("REUTERS/X"). `low` is normalised."""
    if "(" not in low and ":" not in low and "/" not in low and "by" not in low and "|" not in low:
        return False
    for pattern in (_BRACKET_TAIL, _SENTENCE_TAIL):
        match = pattern.search(low)
        if match is None:
            continue
        tail = match.group(1).strip()
        if len(tail.split()) > _CREDIT_MAX_WORDS:
            continue
        if "/" in tail and tail.split("/", 1)[0].strip() in agencies():
            return True
        if pattern is _BRACKET_TAIL and tail in agencies():
            return True  # "... in Nogales, Ariz. (AP)": the agency that took the photo
        if pattern is _BRACKET_TAIL and _NAME_SLASH_OUTLET.match(tail) and tail.split(None, 1)[0] not in _NOT_NAMES:
            return True  # "... in Latham, N.Y. (Jane Doe/Times Union)": photographer and paper
        found = line_kind(tail)
        if found is None or found[0] is not BlockKind.CAPTION:
            continue
        rest = " ".join(_undecorate(tail).split())[len(found[1]) :]
        if not tail.startswith(found[1]) or not rest or rest[0] in ":/" or rest.startswith(" by ") or rest.startswith(" :"):
            return True
    return False


def has_glued_credit(text: str) -> bool:
    """A line that ends with a photo credit glued to the caption: a credit label ("Foto",
    "Photo", "Bild"), a colon and a capitalised name ("... am Hafen Foto: Jana Beispiel")."""
    glued = _GLUED_CREDIT.search(text)
    if glued is None or not all(word[0].isupper() for word in glued.group(2).split()):
        return False
    found = line_kind(normalize(glued.group(1)))
    return found is not None and found[0] is BlockKind.CAPTION


# A label, a colon and a figure ("Protein: 5g"): a field of a table of figures (a
# recipe's nutrition facts, a product's data) that innerText, lynx and w3m glue as they
# glue a menu's items ("Calories: 291kcalCarbohydrates: 31gProtein: 5g..."). A menu's
# items are names, never labelled figures: a glued line with at least as many fields as
# joins is such a table.
_FIELD = re.compile(r"[^\W\d_]:\s?\d")  # a letter before the colon: no time of day
# A table of labelled figures has at least this many (a nutrition table has ten and
# more); a line with two ("PUBLISHED: 10:48 | UPDATED: 11:05") is a date line.
_TABLE_MIN_FIELDS = 4

_CODE_CHARS = frozenset("{}();=<>|&*/\\$_:+")
_DROP_CODE_CHARS = str.maketrans("", "", "".join(_CODE_CHARS))
_CODE_START = re.compile(
    r"^(?://|/\*|#include|#!|<\?php|\$ |>>> |(?:def|func|function|class|import|from|var|let|const|return|if|for|while|public|private|static|package|fn|SELECT|INSERT|UPDATE)\b.*[(=:{;])"
)
CODE_SYMBOL_SHARE = 0.08
# A web address on a line of its own ("http://amzn.to/2iJF", "www.example.org/report"):
# a link the article lists (a source, a product, a download), not code.
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# "(Steelbook)", "(2 Blu-Ray)": an aside in brackets after a word and a space; code puts
# its brackets right after a name ("len(items)").
_ASIDE = re.compile(r"(?:^|(?<=\s))\([^()]*\)")


# Marks that prose almost never holds, and code holds every line or two.
_CODE_MARKS = re.compile(r"[{};]|:=|[=!]=|=>|->|</?[a-z]+>|\w\(\)")
CODE_MARKS_PER_WORD = 1 / 15


def is_bare_url(text: str) -> bool:
    return _BARE_URL.match(text) is not None


# A wiki page prints each formula of a sentence three times: as text, as the TeX of its
# image's alt text ("{\\displaystyle x_{1}}"), and as bare TeX ("\\mathbf {x} _{1}").
# The braces and backslashes read as code; the sentence around them is prose.
_TEX_MARK = "{\\displaystyle"
_TEX_LEFTOVER = re.compile(r"\\[A-Za-z]+|[{}_^\\]")


def without_formulas(text: str) -> str:
    """The line without the TeX of its formulas (see `_TEX_MARK`); other lines as they are."""
    if _TEX_MARK not in text:
        return text
    kept: list[str] = []
    depth = 0
    i = 0
    while i < len(text):
        if depth == 0 and text.startswith(_TEX_MARK, i):
            depth, i = 1, i + len(_TEX_MARK)
            continue
        ch = text[i]
        if depth:
            depth += (ch == "{") - (ch == "}")
        else:
            kept.append(ch)
        i += 1
    return " ".join(_TEX_LEFTOVER.sub(" ", "".join(kept)).split())


def is_code(text: str, stop_ratio: float) -> bool:
    """Source code printed in a technical article: statements start like code, code
    marks ({ } ; := == => </tag>) are dense, or the line is dense with brackets and
    operators and holds few stopwords (comments in code are English, hence the marks)."""
    if _CODE_START.match(text):
        return True
    if "{" in text or "=" in text or "<" in text or "()" in text:
        marks = _CODE_MARKS.findall(text)
        # Semicolons alone are a list in prose ("dairy; vegetables; fruit").
        strong = sum(1 for m in marks if m != ";")
        if strong >= 2 and len(marks) >= 3 and len(marks) >= CODE_MARKS_PER_WORD * len(text.split()):
            return True
    if stop_ratio >= 0.2 or len(text) < 12 or is_bare_url(text):
        return False
    if "(" in text:
        text = _ASIDE.sub("", text)
    symbols = len(text) - len(text.translate(_DROP_CODE_CHARS))
    fields = len(_FIELD.findall(text))
    if fields >= _TABLE_MIN_FIELDS:
        symbols -= fields  # the colons of a table's labelled figures are not code's
    if symbols < 4:
        return False
    compact = len(text.replace(" ", ""))
    if symbols < CODE_SYMBOL_SHARE * compact:
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    # Code has words between its symbols: a rule of underscores or a form field has not.
    return symbols >= 4 and symbols >= CODE_SYMBOL_SHARE * compact and letters >= 0.4 * compact


# "About Ascom", "Über die Autorin", "Sobre Carlos Nadalim": the box about the company
# or the author after a press release or post.
_ABOUT = re.compile(r"^(?:about|über|sobre|à propos de|a propos de|acerca de|informazioni su|o) \S")
_ABOUT_MAX_WORDS = 5


def is_about_heading(low: str, n_words: int, sentence_end: bool) -> bool:
    return 2 <= n_words <= _ABOUT_MAX_WORDS and not sentence_end and not low.endswith("?") and _ABOUT.match(low) is not None


# innerText glues a card's headline to its teaser: "... Student-AthleteA 24-year-old".
# The glued word ends in three lowercase letters (or a digit or punctuation): "McPherson",
# "WeWork" and "YouTube" are names, "SteakhouseA" is glue.
_GLUE = re.compile(r"(?:[a-z]{3}|[0-9?!'’)])(?=[A-Z][a-z]?\b|[A-Z][a-z]+\b)")
_GLUE_HEAD_MAX = 160
_GLUE_MIN_CAPITALISED = 0.85  # Title Case; a sentence full of names still has "has told"
_GLUE_MIN_WORDS = 4  # "By choosing MarketerHire" is a brand name, not a glued card


def is_glued_card(text: str) -> bool:
    """A story card printed as one line: a Title Case headline glued to its teaser."""
    for match in _GLUE.finditer(text, 0, _GLUE_HEAD_MAX):
        head = [w for w in text[: match.end()].split() if any(ch.isalpha() for ch in w)]
        if len(head) < _GLUE_MIN_WORDS:
            continue  # also "Updated: December 9, 2024If you are ..." (a glued date)
        capitalised = sum(1 for w in head if w[0].isupper() or w[0].isdigit())
        # Headlines capitalise their words; a sentence capitalises a few names.
        return capitalised >= _GLUE_MIN_CAPITALISED * len(head)
    return False


# innerText prints a menu or a drop-down's options with no space between them: "Culture
# & SocietyDigital educationDigital historyEnergy...". Each item ends in a lowercase word
# glued to the next item's capital: four such joins, one every four words or closer, are
# a glued menu. Prose glues words like that only in names ("YouTube", "iPhone"), a few a
# paragraph (in the wcxb-dev, aeb and traf-dev innerText dumps, 283 lines are so found and
# the one that is article text is a web address). Latin, Greek and Cyrillic capitals.
_MENU_GLUE = re.compile(r"[^\W\d_A-Z\u00c0-\u00de]{2}(?=[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f])")
_MENU_GLUE_MIN = 4
_MENU_GLUE_WORDS_PER_JOIN = 4
# A list of long options (job titles, place names) has fewer joins a word, but many: the
# most found in an article paragraph of the three sets is 9 (in a 4,400-word essay).
_MENU_GLUE_MANY = 40


def is_glued_menu(text: str, n_words: int) -> bool:
    """The line is a menu or option list whose items innerText glued together."""
    if "://" in text:
        return False  # a web address glues its parameters ("?srsltid=AfmBOort...")
    joins = len(_MENU_GLUE.findall(text))
    if joins < _MENU_GLUE_MIN or len(_FIELD.findall(text)) >= joins:
        return False
    return joins * _MENU_GLUE_WORDS_PER_JOIN >= n_words or joins >= _MENU_GLUE_MANY


# A numeric date glued to the word after it ("21.01.2022Erst mit ..."): a card's date
# span printed against its teaser, with no space between (innerText, lynx).
_GLUED_DATE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?=[^\W\d_])")


def starts_with_glued_date(text: str) -> bool:
    """The line opens with a numeric date glued to its first word."""
    return text[:1].isdigit() and _GLUED_DATE.match(text) is not None


# A story card prints its headline twice (image alt text, then the link), which a dump
# glues: "Apple iPhone 20 to launch ...Apple iPhone 20 to launch ...", "Jane DoeJane Doe".
# A photo's long caption printed as alt text and again as caption is glued too, by the
# wrap joiner of a w3m or lynx dump when the first copy fills its last line (aeb: a
# 774-character caption); a writer never says a whole paragraph twice in one, so the
# cap only bounds the work on a huge line.
_DOUBLED_MIN_CHARS = 8
_DOUBLED_MAX_CHARS = 5000
# A card's link can print the headline a third time (alt text, title, link text), and w3m
# puts the card image's placeholder before the copies: "[pin-it-ico][svg] Best Courses
# for BeginnersBest Courses for Beginners" (wcxb-dev w3m: card lists of 30 and more).
_DOUBLED_MAX_COPIES = 3
_LEADING_PLACEHOLDERS = re.compile(r"^(?:\[[^\[\]]{1,80}\]\s*)+")


def _copies_of(text: str, unit: str, copies: int) -> bool:
    """`text` is `copies` times `unit`, with at most one space between two copies."""
    pos, m = len(unit), len(unit)
    for _ in range(copies - 1):
        if text.startswith(" ", pos):
            pos += 1
        if not text.startswith(unit, pos):
            return False
        pos += m
    return pos == len(text)


def is_doubled(text: str) -> bool:
    """The line is one text printed twice or three times in a row (with or without a
    space between), after the placeholders of the image it is the alt text of."""
    if text.startswith("["):
        text = _LEADING_PLACEHOLDERS.sub("", text)
    n = len(text)
    if n < 2 * _DOUBLED_MIN_CHARS or n > _DOUBLED_MAX_COPIES * _DOUBLED_MAX_CHARS:
        return False
    # A rule ("_____") is any number of copies of itself: three only count for text.
    most = _DOUBLED_MAX_COPIES if any(ch.isalnum() for ch in text[:_DOUBLED_MIN_CHARS]) else 2
    for copies in range(2, most + 1):
        for spaces in range(copies):
            m, rest = divmod(n - spaces, copies)
            if not rest and m >= _DOUBLED_MIN_CHARS and text.startswith(text[:m], n - m) and _copies_of(text, text[:m], copies):
                return True
    return False


# An image inside a paragraph: w3m and lynx print its alt text and its title (or the
# caption) right before the paragraph's first words, on the same line: "A car on a
# snowy road.A car on a snowy road.Renting a car in Iceland comes with ...". The lead
# printed twice is the image's; no writer opens a paragraph by saying a sentence twice.
_LEAD_PROBE = 16
_LEAD_MIN_WORDS = 3
_LEAD_MAX_CHARS = 400


def _doubled_start(text: str) -> int:
    """The end of a text printed twice at the start of `text` (0 if none)."""
    probe = text[:_LEAD_PROBE]
    if len(probe) < _LEAD_PROBE:
        return 0
    at = text.find(probe, _LEAD_PROBE, _LEAD_MAX_CHARS + 1 + _LEAD_PROBE)
    while at != -1:
        unit = text[:at].rstrip()
        if text.startswith(unit, at):
            return at + len(unit)
        at = text.find(probe, at + 1, _LEAD_MAX_CHARS + 1 + _LEAD_PROBE)
    return 0


def doubled_lead(text: str) -> int:
    """The length of the text printed twice at the start of the block, before more
    text (0 if none): the two copies, with at most one space between them."""
    if len(text) < 3 * _LEAD_PROBE:
        return 0
    end = _doubled_start(text)
    if not end or len(text) - end < _LEAD_PROBE:
        return 0
    unit = text[: (end + 1) // 2].rstrip()
    rest = text[end:].lstrip()
    if rest.startswith(unit) or _doubled_start(rest):
        return 0  # three copies, or a row of cards, each headline printed twice
    if unit.count(" ") + 1 < _LEAD_MIN_WORDS or not any(ch.isalpha() for ch in unit):
        return 0
    return end


# An image's alt text and its caption printed as one block (w3m and lynx print the alt
# text, then the caption under the image): "a hand holding a blue object: Needle poking
# skin ... in Washington.© John Doe" and on the next line "Needle poking skin ... in
# Washington.". The block ends with text it already held; an article paragraph does not
# say its last words twice.
_ECHO_MIN_CHARS = 40


def ends_with_echo(text: str) -> bool:
    """The block's last `_ECHO_MIN_CHARS` characters appear earlier in it too."""
    n = len(text)
    if n < 2 * _ECHO_MIN_CHARS:
        return False
    tail = text[-_ECHO_MIN_CHARS:]
    return text.find(tail) < n - _ECHO_MIN_CHARS and any(ch.isalpha() for ch in tail)


def is_counter(text: str) -> bool:
    return len(text) <= 16 and _COUNTER.match(text) is not None


def is_copyright(text: str) -> bool:
    low = text.lower()
    return "©" in low or "copyright" in low or "(c)" in low


# A licence note under a post: "Dieser Text steht unter der Lizenz CC BY-NC-ND 4.0",
# "Images on this blog are licensed under a Creative Commons Attribution 4.0 licence": a
# Creative Commons licence named by its code or full name (an article about licences says
# "the Creative Commons license"), and a licence word, in a line of a few sentences.
_CC_NAME = re.compile(
    r"\bcc[ -]?(?:by|0)\b|creative[ -]commons[ -](?:attribution|namensnennung|by|zero|reconocimiento"
    r"|atribución|paternité|attribution|attribuzione|atribuição|naamsvermelding|uznanie|\d)"
)
_LICENCE_WORD = re.compile(
    r"licen[cs]|lizenz|licencia|licenza|licença|licencj|licentie|licens|лиценз|licenc", re.IGNORECASE
)
LICENCE_MAX_WORDS = 40


def is_licence_note(low: str, n_words: int) -> bool:
    """A Creative Commons licence note (`low` is normalised)."""
    if n_words > LICENCE_MAX_WORDS or ("creative" not in low and "cc" not in low):
        return False
    return _CC_NAME.search(low) is not None and _LICENCE_WORD.search(low) is not None


# A short line that asks for money or membership: the head or the button of the appeal
# box that follows many stories ("Support our journalism", "Spende via PayPal", "Hazte
# miembro"). Words that also head an article's last section ("support", "membership")
# only count with "us"/"our" or a button's verb.
_APPEAL = re.compile(
    r"(?<!\w)(?:donate|donation|support us|support our|support independent|become a member|become a patron"
    r"|patreon|paypal|spende|spenden|unterstützen sie uns|unterstütze uns|jetzt unterstützen|fördermitglied"
    r"|apóyanos|apoya el periodismo|apoya nuestro|apoya a|hazte miembro|hágase miembro|hazte socio|donación"
    r"|haz una donación|faire un don|soutenez|devenez membre|je soutiens|sostienici|fai una donazione"
    r"|faça uma doação|doe agora|steun ons|doneer|wesprzyj|darowizna|zostań patronem)"
)
APPEAL_MAX_WORDS = 12


def is_appeal(low: str, n_words: int) -> bool:
    """A short line of a donation or membership appeal (`low` is normalised)."""
    return n_words <= APPEAL_MAX_WORDS and _APPEAL.search(low) is not None


# A Han or kana character (Chinese and Japanese write no spaces between words).
UNSPACED_LETTER = r"[\u3040-\u30ff\u3400-\u9fff]"


@functools.cache
def byline_pattern() -> re.Pattern[str]:
    prefixes = _alternation([normalize(p) for p in phrases.BYLINE_PREFIXES])
    # Chinese and Japanese put no space after the colon: "作者:李明", "記者:山田太郎".
    return re.compile(r"^(?:" + prefixes + r")(?:\s*[:\-]?\s+(?=\w)|\s*[:：](?=" + UNSPACED_LETTER + r"))", re.IGNORECASE)


def is_byline_prefix(text: str) -> bool:
    """Whether `text` is only a byline's opening words ("By", "Written by", "Von"): what
    `byline_pattern` matches before a name, and nothing of a name."""
    match = byline_pattern().match(text + " x")
    return match is not None and match.end() > len(text)


def is_agency(name: str) -> bool:
    """Whether `name` is a news agency's ("Reuters", "dpa", "EFE")."""
    return normalize(name) in agencies()


@functools.cache
def agencies() -> frozenset[str]:
    """News agency names, lowercase."""
    return frozenset(normalize(a) for a in phrases.NEWS_AGENCIES)


@functools.cache
def months() -> dict[str, int]:
    return {normalize(name): number for name, number in phrases.MONTHS.items()}


@functools.cache
def date_word_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alternation([normalize(w) for w in phrases.DATE_WORDS[kind]]) + r")(?!\w)")


# The description of an image (its alt text), which w3m and lynx print as a line of
# its own: "Screenshot of a dashboard ...", "Diagram showing ...", "This image shows
# ...". Singular nouns only, straight at the line's start (an article's sentence says
# "Pictures of the damage were shared ..."). In the wcxb-dev w3m dumps 63 such lines
# were kept in bodies and none was article text.
_IMAGE_DESCRIPTION = re.compile(
    r"^(?:an? |this |ein |eine |dieses |une |cette |una |esta |uma |een |deze )?(?:"
    # en
    r"(?:image|photo|photograph|picture|screenshot|diagram|infographic|illustration|headshot|chart)"
    r" (?:of|showing|shows|illustrating|titled|depicting)"
    # de
    r"|(?:bild|foto|screenshot|bildschirmfoto|diagramm|infografik|illustration|grafik|abbildung)"
    r" (?:von|zeigt|mit dem titel)"
    # fr
    r"|(?:image|photo|capture d'écran|schéma|diagramme|infographie|illustration|graphique)"
    r" (?:de|d'|du|des|montrant|représentant|intitulée?)"
    # es, pt
    r"|(?:imagen|imagem|foto|fotografía|fotografia|captura de pantalla|captura de tela|diagrama|infografía"
    r"|infográfico|ilustración|ilustração|gráfico) (?:de|del|do|da|que muestra|que mostra|mostrando)"
    # it
    r"|(?:immagine|foto|fotografia|schermata|diagramma|infografica|illustrazione|grafico) (?:di|del|della|che mostra)"
    # nl
    r"|(?:afbeelding|foto|schermafbeelding|diagram|infographic|illustratie|grafiek) (?:van|toont|met de titel)"
    r")\b",
    re.IGNORECASE,
)


def is_image_description(text: str) -> bool:
    """An image's alt text printed as a line: "Screenshot of ...", "Bild von ..."."""
    return _IMAGE_DESCRIPTION.match(text.lstrip()) is not None

"""Guessing a document's language from jusText's stoplists (about 100 languages).

The classifier's main prose signal is the share of stopwords in a block, as in
jusText; it needs the right stoplist, which the words of the document itself choose.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter

import justext

# Words are runs of letters; digits and punctuation never decide a language.
_WORD = re.compile(r"[^\W\d_]+")
# Enough words to tell languages apart; more only costs time.
_SAMPLE_WORDS = 300
_WORDS_PER_TEXT = 40
# A word counts at most this many times: a formula's variables ("e", "n"), a tag cloud or
# a name said over and over must not outvote the text's many different stopwords.
_MAX_COUNT = 2
# Each language draws its stopwords evenly from its stoplist (plus this many unseen
# words, so that a ten-word list is no near-certainty), and a stopword of another list
# turns up in its text with this probability. Many of jusText's lists, drawn from web
# text, hold thousands of English words and names: a word in a list of 6,000 is weaker
# evidence than in a list of 400, and each word the language's own list lacks counts
# against it.
_UNSEEN_WORDS = 300
_STRAY_WORD = 1e-5
# Ties go to this language (a text with no stopword of any list has no language to
# tell; the cleaner then reads it with this list).
DEFAULT_LANGUAGE = "English"
# A page's scripts printed as text ("function(e){return this.x=e;}") are often its longest
# blocks, and their keywords ("if", "for", "return", "this") are English stopwords: a
# German article whose dump held seven such blocks was read as English and lost its
# prose. A block counts as code when braces, semicolons and equals signs make this share
# of its characters; prose has a semicolon or two in a paragraph (measured on the bench
# dumps: 0.02 changes no guess but those of pages with such scripts).
_CODE_MARKS = re.compile(r"[{};=]")
CODE_MIN_SHARE = 0.02
# Scripts written without spaces between words, for which no stoplist exists: Thai,
# Lao, Tibetan, Myanmar, Khmer, Japanese kana, Chinese characters. A text whose sampled
# letters are mostly in them has no language a stoplist can tell, whatever brand names
# or English words it holds ("Kindle for PC", "Ctrl", "Alt" once made a Japanese page
# Estonian, and its HTML Czech).
_UNSPACED = re.compile(r"[\u0e00-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


@functools.cache
def stoplist_names() -> frozenset[str]:
    return frozenset(justext.get_stoplists())


@functools.cache
def stoplist(name: str) -> frozenset[str]:
    return frozenset(justext.get_stoplist(name))


def _is_latin(word: str) -> bool:
    """Written in the Latin script (basic and extended Latin letters)."""
    return all(char < "\u0250" for char in word)


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose stoplist holds it, in the script the language is
    written in: some stoplists (drawn from web text) hold English words too, which must
    not make a Latin-script text Marathi or Russian."""
    languages: dict[str, list[str]] = {}
    for name in sorted(stoplist_names()):
        # Simple_English duplicates English; keep the real name.
        if name == "Simple_English":
            continue
        entries = stoplist(name)
        latin = sum(map(_is_latin, entries)) >= len(entries) / 2
        for word in entries:
            if _is_latin(word) == latin:
                languages.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in languages.items()}


@functools.cache
def _hit_weights() -> dict[str, float]:
    """What one of its stopwords in the text adds to a language's log-likelihood over
    the same word missing from its list: log(P(word | language) / _STRAY_WORD)."""
    return {name: math.log(1 / (len(stoplist(name)) + _UNSEEN_WORDS) / _STRAY_WORD) for name in stoplist_names()}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _is_code(text: str) -> bool:
    """A script or style sheet printed as text: its keywords say nothing of the page's language."""
    return len(_CODE_MARKS.findall(text)) >= CODE_MIN_SHARE * len(text)


def _mostly_unspaced(sample: Counter[str]) -> bool:
    """Whether most letters of the sampled words are of scripts without word spaces."""
    letters = unspaced = 0
    for word, count in sample.items():
        letters += len(word) * count
        if not word.isascii():
            unspaced += len(_UNSPACED.findall(word)) * count
    return 2 * unspaced > letters


def guess_language(texts: list[str]) -> str | None:
    """The jusText stoplist name most likely to have written the stopwords of `texts`,
    or None when they hold no stopword of any list (no text, figures only) or are mostly
    in a script no list covers (Chinese, Japanese, Thai: `_UNSPACED`).

    `texts` should be the document's longest blocks (prose decides, not menus). Each
    language is scored as a bag of words drawn from its stoplist (`_UNSEEN_WORDS`,
    `_STRAY_WORD`): the best covers the most of the text's stopwords with the smallest list.
    """
    index = _index()
    sample: Counter[str] = Counter()
    seen = 0
    for text in texts:
        if _is_code(text):
            continue
        # A few words from each block: one tag cloud or script must not fill the sample.
        wanted = min(_WORDS_PER_TEXT, _SAMPLE_WORDS - seen)
        sample.update(match.group(0) for match in itertools.islice(_WORD.finditer(text.lower()), wanted))
        seen = sum(sample.values())
        if seen >= _SAMPLE_WORDS:
            break
    if _mostly_unspaced(sample):
        return None
    hits: dict[str, int] = {}
    for word, count in sample.items():
        names = index.get(word)
        if names:
            count = min(count, _MAX_COUNT)
            for name in names:
                hits[name] = hits.get(name, 0) + count
    if not hits:
        return None
    weights = _hit_weights()
    # Ties go to English, then to the name order: independent of the sample's order.
    return max(hits.items(), key=lambda item: (item[1] * weights[item[0]], item[0] == DEFAULT_LANGUAGE, item[0]))[0]

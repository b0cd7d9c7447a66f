"""Guessing a document's language from jusText's stoplists (about 100 languages).

The classifier's main prose signal is the share of stopwords in a block, as in
jusText; it needs the right stoplist, which the words of the document itself choose.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

import justext

# Words are runs of letters; digits and punctuation never decide a language.
_WORD = re.compile(r"[^\W\d_]+")
# Enough words to tell languages apart; more only costs time.
_SAMPLE_WORDS = 300
_WORDS_PER_TEXT = 40
# A word that is a stopword in this many languages ("a", "de", "la") tells nothing.
_MAX_LANGUAGES_A_WORD = 12
_FALLBACK = "English"


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
    return {word: tuple(names) for word, names in languages.items() if len(names) <= _MAX_LANGUAGES_A_WORD}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def guess_language(texts: list[str]) -> str:
    """The jusText stoplist name that covers most of the words of `texts`.

    `texts` should be the document's longest blocks (prose decides, not menus).
    """
    index = _index()
    sample: Counter[str] = Counter()
    seen = 0
    for text in texts:
        # A few words from each block: one tag cloud or script must not fill the sample.
        wanted = min(_WORDS_PER_TEXT, _SAMPLE_WORDS - seen)
        sample.update(match.group(0) for match in itertools.islice(_WORD.finditer(text.lower()), wanted))
        seen = sum(sample.values())
        if seen >= _SAMPLE_WORDS:
            break
    votes: dict[str, float] = {}
    for word, count in sample.items():
        names = index.get(word)
        if names:
            # A word shared by several languages is split between them.
            share = count / len(names)
            for name in names:
                votes[name] = votes.get(name, 0.0) + share
    if not votes:
        return _FALLBACK
    # Ties go to the larger, more common language name order-independently.
    return max(votes.items(), key=lambda item: (item[1], item[0] == _FALLBACK, item[0]))[0]

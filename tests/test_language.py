"""Language guessing (`language.py`): the stoplist that fits the document's words."""

import pytest

from q7x2clean import language
from q7x2clean.language import guess_language

ENGLISH = [
    "The report said that the data and the information were available to users in the area, and that the study "
    "was based on the work of groups in the region.",
    "Many of the films were made for the movie industry in India, and the language of the songs was Hindi.",
    "It was the first time that the bank had given money to women in the area for their own work.",
]


def test_a_latin_text_is_never_given_a_language_of_another_script():
    """Some stoplists drawn from web text hold English words ("data", "information",
    "example"): they must not make an English text Marathi."""
    assert guess_language(ENGLISH) == "English"


def test_common_languages_are_told_apart():
    assert guess_language(["Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden."]) == "German"
    assert guess_language(["Le gouvernement a décidé lundi que les impôts ne seront pas augmentés cette année."]) == "French"
    assert guess_language(["Rząd postanowił w poniedziałek, że podatki nie zostaną podniesione w tym roku."]) == "Polish"
    assert guess_language(["Правительство в понедельник решило, что налоги в этом году не будут повышены."]) == "Russian"


def test_no_words_falls_back_to_english():
    assert guess_language(["12 345", "—"]) == "English"



@pytest.fixture
def toy_stoplists(monkeypatch):
    """Three made-up languages: Compact's list is held whole in Web's list, which has a
    thousand words more (a web-drawn list full of another language's words)."""
    lists = {
        "Compact": frozenset("alpha beta gamma delta".split()),
        "Web": frozenset("alpha beta gamma delta".split()) | {f"word{i}" for i in range(1000)},
        "Other": frozenset("zeta eta theta".split()),
    }
    monkeypatch.setattr(language, "stoplist_names", lambda: frozenset(lists))
    monkeypatch.setattr(language, "stoplist", lists.__getitem__)
    language._index.cache_clear()
    language._hit_weights.cache_clear()
    yield
    language._index.cache_clear()
    language._hit_weights.cache_clear()


def test_a_smaller_list_covering_the_same_words_is_the_better_guess(toy_stoplists):
    """The text's stopwords are in both lists: the list that holds little else explains
    them better (web-drawn lists of Sundanese, Uzbek or Finnish hold thousands of English
    words and made English pages "Sundanese")."""
    assert language.guess_language(["alpha beta gamma delta alpha beta"]) == "Compact"


def test_one_word_said_over_and_over_does_not_outvote_the_prose(toy_stoplists):
    """A formula's variable, a name or a tag repeated forty times counts like a word said
    twice: the text's many different stopwords decide."""
    assert language.guess_language(["zeta " * 40, "alpha beta gamma delta"]) == "Compact"

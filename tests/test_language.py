"""Language guessing (`language.py`): the stoplist that fits the document's words."""

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

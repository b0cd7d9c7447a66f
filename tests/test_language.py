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


def test_a_script_printed_as_text_does_not_choose_the_language():
    """The page's scripts are its longest blocks and their keywords are English
    stopwords: the German prose beside them decides."""
    script = 'if(this.a&&e.b){for(var k in t){while(n){do{return this.c=e;}while(e)}}}else{throw new Error("which has been");}'
    scripts = [script.replace("k in", f"{name} in") * 3 for name in "abcdef"]
    german = [
        "Die Regierung hat am Montag beschlossen, dass die Steuern in diesem Jahr nicht erhöht werden.",
        "Der Minister sagte, man wolle die Bürger und die Unternehmen nicht weiter belasten.",
    ]
    assert guess_language([*scripts, *german]) == "German"


def test_no_stopwords_no_language():
    assert guess_language(["12 345", "—"]) is None
    assert guess_language([]) is None
    assert guess_language(["国务院总理周二在北京主持召开会议，研究部署进一步推动经济稳定增长的措施。"]) is None


def test_latin_names_in_a_text_of_an_unspaced_script_choose_no_language():
    """Brand names and keys in a Japanese or Chinese text ("Kindle for PC", "Ctrl")
    are stopwords of some Latin list: they must not make the text Estonian or Czech.
    A Korean text (a script with word spaces and a stoplist) and an English text with a
    few Chinese characters keep their languages."""
    japanese = [
        "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法について説明します。",
        "そんな用途を考慮してか、Kindleや楽天koboにはデスクトップアプリが用意されています。",
        "何が困るかといえば、パスワード管理ソフト KeePass の起動ショートカットキーと同じなのです。",
    ]
    assert guess_language(japanese) is None
    chinese = ["蔡健雅于2003年发行专辑，2015年作为导师参加CCTV节目《中国好歌曲》，并在 Hong Kong 与 Taipei 举行演唱会。"]
    assert guess_language(chinese) is None
    assert guess_language(["엘제이의 리벤지인가, 류화영의 코스프레인가 그리고 이것은 그의 새로운 드라마입니다"]) == "Korean"
    assert guess_language([*ENGLISH, "The office in 東京 is near the station."]) == "English"


def test_an_article_without_stopwords_has_no_language_but_is_cleaned():
    from q7x2clean import clean_text

    paragraphs = [
        "国务院总理周二在北京主持召开会议，研究部署进一步推动经济稳定增长的措施，会议强调要加大宏观政策调节力度。",
        "会议指出，今年以来我国经济运行总体平稳，但仍面临需求不足、部分企业经营困难等问题，需要采取更有针对性的措施。",
        "会议决定，加快地方政府专项债券发行使用，支持重大项目建设，同时扩大有效投资，带动社会资本参与基础设施建设。",
    ]
    article = clean_text("\n".join(["首页", "新闻", "体育", *paragraphs, "版权所有 © 2025 新闻网"]))
    assert article.language is None
    assert article.body.split("\n\n") == paragraphs
    assert clean_text("").language is None
    assert clean_text("The minister said on Monday that the rules would change.").language == "English"



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

"""Properties that hold for any input text."""

import re

from hypothesis import given
from hypothesis import strategies as st

import q7x2clean

SENTENCES = {
    "en": [
        "The minister said on Tuesday that the talks would continue next week in Brussels.",
        "Officials from both countries met in Washington to discuss trade and security.",
        "It was not clear whether the agreement would be signed before the end of the year.",
        "Both governments said they hoped to finish the work on the details by the spring.",
        "Critics of the deal warned that it would do little for the people who need it most.",
    ],
    "de": [
        "Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche weitergehen.",
        "Es war nicht klar, ob das Abkommen noch vor dem Ende des Jahres unterzeichnet wird.",
        "Beide Regierungen erklärten, sie hofften, die Arbeit an den Details bis zum Frühjahr abzuschließen.",
    ],
    "fr": [
        "Le ministre a déclaré mardi que les discussions se poursuivraient la semaine prochaine.",
        "Il n'était pas clair si l'accord serait signé avant la fin de l'année.",
    ],
}
PROSE = st.sampled_from([s for group in SENTENCES.values() for s in group])
# A clean article is written in one language and does not print a paragraph twice
# (the cleaner drops second copies).
ARTICLES = st.sampled_from(sorted(SENTENCES)).flatmap(
    lambda lang: st.lists(st.sampled_from(SENTENCES[lang]), min_size=1, max_size=len(SENTENCES[lang]), unique=True)
)
BOILER = st.sampled_from(
    [
        "Home", "  • News", "Share 0FacebookTwitterPinterestEmail", "Related Posts", "Leave a Reply",
        "© 2024 Example Media. All rights reserved.", "Advertisement", "3 min read", "74", "Subscribe",
        "Privacy Policy", "Comments (3)", "by Jane Doe May 18, 2025", "",
    ]
)
DUMPS = st.lists(st.one_of(PROSE, BOILER), max_size=40).map("\n".join)
ANY_TEXT = st.one_of(st.text(max_size=2000), DUMPS)
TOKEN = re.compile(r"\w+")


@given(ANY_TEXT)
def test_any_text_gives_an_article_or_a_clean_error(text):
    try:
        article = q7x2clean.clean_text(text)
    except q7x2clean.CleanError:
        return
    assert isinstance(article, q7x2clean.Article)
    article.to_dict()


@given(ANY_TEXT)
def test_cleaning_is_deterministic(text):
    assert q7x2clean.clean_text(text) == q7x2clean.clean_text(text)


@given(ANY_TEXT)
def test_body_only_holds_words_of_the_input(text):
    body = q7x2clean.clean_text(text).body
    # A soft hyphen prints nothing: the words it sits in are the input's words whole.
    source = set(TOKEN.findall(text)) | set(TOKEN.findall(text.replace("\u00ad", "")))
    assert set(TOKEN.findall(body)) <= source


@given(ARTICLES)
def test_cleaning_a_clean_article_keeps_its_body(paragraphs):
    text = "\n\n".join(paragraphs)
    assert q7x2clean.clean_text(text).body == text

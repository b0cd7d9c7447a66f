"""The public API: entry points, errors, the Article record."""

import datetime
import json

import attrs
import pytest

import q7x2clean
from q7x2clean import CleanerConfig

ARTICLE = """Home
News
Sport

Ministers agree on new trade rules

By Jane Doe | May 18, 2025

The ministers of the two countries agreed on Tuesday to simplify the rules for trade across their border, officials said.

The agreement, which was reached after two days of talks in the capital, still has to be approved by both parliaments.

Related posts

Another story about something else entirely
A third story that is not part of this article

© 2025 Example Media. All rights reserved.
"""


def test_public_names():
    for name in ("clean_text", "Article", "CleanError", "Cleaner", "CleanerConfig", "BlockKind"):
        assert name in q7x2clean.__all__
        assert hasattr(q7x2clean, name)


def test_clean_text_end_to_end():
    article = q7x2clean.clean_text(ARTICLE)
    assert article.title == "Ministers agree on new trade rules"
    assert article.author == "Jane Doe"
    assert article.date == datetime.date(2025, 5, 18)
    assert article.source == "Example Media"
    assert article.body.startswith("The ministers of the two countries")
    assert article.body.endswith("approved by both parliaments.")
    kinds = {r.kind for r in article.removed}
    assert q7x2clean.BlockKind.RELATED in kinds and q7x2clean.BlockKind.FOOTER in kinds


def test_article_is_frozen_and_serialises_to_json():
    article = q7x2clean.clean_text(ARTICLE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"
    data = json.loads(json.dumps(article.to_dict()))
    assert data["date"] == "2025-05-18"
    assert {"title", "date", "date_text", "source", "author", "body", "removed"} <= set(data)
    assert all({"kind", "text", "reason"} <= set(r) for r in data["removed"])


def test_paragraphs_are_separated_by_blank_lines_and_list_items_by_newlines():
    text = (
        "The first paragraph of the article says something worth reading today.\n\n"
        "  • the first point of the list here\n  • the second point of the list here\n\n"
        "The last paragraph of the article closes the story with a final remark."
    )
    body = q7x2clean.clean_text(text).body
    assert body.split("\n") == [
        "The first paragraph of the article says something worth reading today.",
        "",
        "- the first point of the list here",
        "- the second point of the list here",
        "",
        "The last paragraph of the article closes the story with a final remark.",
    ]


def test_bytes_are_refused_with_a_clean_error():
    with pytest.raises(q7x2clean.InvalidInput, match="expected text"):
        q7x2clean.clean_text(b"bytes")  # type: ignore[arg-type]


def test_input_over_the_size_cap_is_refused():
    with pytest.raises(q7x2clean.InputTooLarge, match="over the limit"):
        q7x2clean.clean_text("x" * 101, config=CleanerConfig(max_input_chars=100))


def test_bad_config_values_raise_invalid_config():
    with pytest.raises(q7x2clean.InvalidConfig):
        CleanerConfig(max_input_chars=0)
    with pytest.raises(q7x2clean.InvalidConfig, match="stoplist"):
        CleanerConfig(language="Klingon")


def test_bad_reference_date_is_refused():
    with pytest.raises(q7x2clean.InvalidInput, match="reference_date"):
        q7x2clean.clean_text("text", reference_date="2025-01-01")  # type: ignore[arg-type]


def test_every_error_is_a_clean_error():
    for cls in (q7x2clean.DecodeError, q7x2clean.InputTooLarge, q7x2clean.InvalidConfig, q7x2clean.InvalidInput):
        assert issubclass(cls, q7x2clean.CleanError)


def test_control_characters_and_surrogates_do_not_reach_the_body():
    text = "The minister said on Tuesday that the \x00talks would go on next week in the capital.\ud800"
    body = q7x2clean.clean_text(text).body
    assert "\x00" not in body and "\ud800" not in body
    body.encode("utf-8")


def test_a_forced_language_is_used():
    article = q7x2clean.clean_text(ARTICLE, config=CleanerConfig(language="German"))
    assert article.language == "German"


def test_empty_text_gives_an_empty_article():
    article = q7x2clean.clean_text("")
    assert article.body == "" and article.title is None


def test_clean_text_drops_the_author_box_of_the_byline():
    from q7x2clean import clean_text

    text = "\n".join([
        "Trade rules simplified after talks in the capital",
        "By Jane Doe",
        "The ministers of the two countries agreed on Tuesday to simplify the rules for trade across their border.",
        "The agreement, which was reached after two days of talks in the capital, still has to be approved.",
        "Officials said the new rules would come into force at the start of next year if parliament agrees.",
        "Jane Doe is a reporter who covers trade and the economy for the paper.",
    ])
    article = clean_text(text)
    assert article.author == "Jane Doe"
    assert "reporter who covers" not in article.body and article.body.endswith("if parliament agrees.")
    assert any(r.kind.value == "author_bio" for r in article.removed)

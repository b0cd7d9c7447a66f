"""Properties of the three entry points on random dumps, HTML trees and bytes: the
result is an `Article` or a `CleanError`, never anything else; it is deterministic; it
comes in bounded time; it is JSON-ready text that UTF-8 can write."""

import json
import time

from hypothesis import given
from strategies import ANY_INPUT, BYTES, HTML, TEXTS

import q7x2clean

# Bounded time for the inputs of these strategies (a few kilobytes): far below the
# 5 s budget of the hostile tests.
MAX_SECONDS = 2.0


def _outcome(function, data):
    start = time.perf_counter()
    try:
        result = function(data)
    except q7x2clean.CleanError as error:
        outcome = ("error", type(error).__name__, str(error))
    else:
        assert isinstance(result, q7x2clean.Article), type(result)
        dumped = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)
        dumped.encode("utf-8")  # no lone surrogates
        outcome = ("article", dumped)
    assert time.perf_counter() - start < MAX_SECONDS
    return outcome


@given(TEXTS)
def test_clean_text_gives_an_article_or_a_clean_error(text):
    assert _outcome(q7x2clean.clean_text, text) == _outcome(q7x2clean.clean_text, text)


@given(HTML)
def test_clean_html_gives_an_article_or_a_clean_error(html):
    assert _outcome(q7x2clean.clean_html, html) == _outcome(q7x2clean.clean_html, html)


@given(BYTES)
def test_clean_bytes_gives_an_article_or_a_clean_error(data):
    assert _outcome(q7x2clean.clean, data) == _outcome(q7x2clean.clean, data)


@given(ANY_INPUT)
def test_clean_html_on_anything(data):
    assert _outcome(q7x2clean.clean_html, data) == _outcome(q7x2clean.clean_html, data)

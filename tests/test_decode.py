"""decode.py: bytes to text, HTML sniffing."""

import codecs

import pytest

from q7x2clean import CleanerConfig, DecodeError, InputTooLarge
from q7x2clean.decode import decode_bytes, looks_like_html, normalize_text

CONFIG = CleanerConfig()


def test_strict_utf8_first():
    assert decode_bytes("Zürich – café".encode("utf-8"), CONFIG) == "Zürich – café"


def test_cp1252_falls_back_to_detection():
    text = "Les élèves ont passé l’été à Zürich, où ils ont étudié la géographie et l’économie."
    assert decode_bytes(text.encode("cp1252"), CONFIG) == text


def test_utf16_with_bom():
    text = "Eine Nachricht über Köln."
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), CONFIG) == text


def test_binary_refused_with_reason():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, CONFIG)


def test_size_cap_on_bytes():
    with pytest.raises(InputTooLarge, match="bytes"):
        decode_bytes(b"a" * 101, CleanerConfig(max_input_chars=100))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("  <!-- c --> <html lang=en>", True),
        ("Title\n\nSome text with a <b> in it about HTML tags.", False),
        ("Headline\nBy Jane Doe\nThe story starts here.", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_soft_hyphens_are_dropped_so_words_stay_whole():
    # innerText and inscriptis print the soft hyphens of a hyphenated page; w3m and lynx
    # drop them, and so does the text path, whichever renderer made the dump.
    text = "Wäh\u00adrend Sie über den Markt schlen\u00addern, spielt die Mu\u00adsik."
    assert normalize_text(text, CleanerConfig()) == "Während Sie über den Markt schlendern, spielt die Musik."

"""Turning input into clean text: type and size checks, control characters, surrogates."""

from __future__ import annotations

import re

from .config import CleanerConfig
from .errors import InputTooLarge, InvalidInput

# C0/C1 control characters other than tab and newline carry no text; NUL bytes and
# escape sequences in dumps come from broken renderers or binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unpaired surrogates cannot be encoded to UTF-8 and would crash any writer downstream.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def normalize_text(text: object, config: CleanerConfig) -> str:
    """Check that `text` is a str within the size cap and return it with unified
    newlines, no control characters and no lone surrogates."""
    if not isinstance(text, str):
        raise InvalidInput(
            f"expected text (str), got {type(text).__name__}; decode bytes first or use q7x2clean.clean()"
        )
    if len(text) > config.max_input_chars:
        raise InputTooLarge(
            f"input has {len(text):,} characters, over the limit of {config.max_input_chars:,} "
            "(CleanerConfig.max_input_chars)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        # A space, not nothing: a control character between two words must not glue them.
        text = _CONTROL.sub(" ", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text.replace("\t", "    ").replace("\u00a0", " ")

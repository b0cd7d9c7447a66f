"""`CleanerConfig`: the one frozen, validated set of options every entry point takes."""

from __future__ import annotations

import attrs

from .errors import InvalidConfig


def _positive(instance: object, attribute: attrs.Attribute, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidConfig(f"{attribute.name} must be a positive integer, got {value!r}")


def _language(instance: object, attribute: attrs.Attribute, value: str | None) -> None:
    if value is None:
        return
    from .language import stoplist_names

    if value not in stoplist_names():
        raise InvalidConfig(
            f"language must be one of jusText's stoplist names (e.g. 'English', 'German'), got {value!r}"
        )


@attrs.frozen
class CleanerConfig:
    """Options for cleaning.

    max_input_chars: text longer than this is refused with `InputTooLarge` (a few tens of
        MB of text is far beyond any real article page); bytes are capped at the same
        number of bytes, HTML at the same number of characters of markup.
    max_lines, max_line_chars: a text dump (or the text an HTML page renders to) with
        more lines, or a longer line, is refused with `InputTooLarge`: cleaning time grows
        with both. The longest dump of the benchmark has 2,741 lines and its longest line
        23,298 characters; at the caps a dump cleans in seconds.
    language: force a jusText stoplist name ("English", "German", ...) instead of guessing
        the language of each document.
    keep_removed: record the removed blocks in `Article.removed` (turn off to save memory
        in large batches).
    """

    max_input_chars: int = attrs.field(default=32_000_000, validator=_positive)
    max_lines: int = attrs.field(default=50_000, validator=_positive)
    max_line_chars: int = attrs.field(default=1_000_000, validator=_positive)
    language: str | None = attrs.field(default=None, validator=_language)
    keep_removed: bool = True


DEFAULT_CONFIG = CleanerConfig()

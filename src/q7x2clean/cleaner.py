"""`Cleaner`: the stages composed, top to bottom, and the `clean_text` entry point.

normalize_text -> segment -> guess_language -> classify -> metadata.extract -> Article
"""

from __future__ import annotations

import datetime

import attrs

from . import metadata
from .article import Article, BlockKind, Removed
from .classify import Classified, classify
from .config import DEFAULT_CONFIG, CleanerConfig
from .decode import check_lines, decode_bytes, looks_like_html, normalize_text
from .errors import InvalidInput
from .language import guess_language
from .segment import segment

# The language is told by the longest blocks: prose, not menus.
_LANGUAGE_SAMPLE_BLOCKS = 24


def _body(classified: Classified) -> str:
    """Body blocks as text: paragraphs apart by a blank line, list items line by line
    behind "- " (whatever bullet the renderer drew) or their number, so the list stays
    a list."""
    parts: list[str] = []
    previous_list = False
    for item in classified.blocks:
        if not item.kind.is_body:
            continue
        text = " ".join(item.block.text.split())
        is_list = item.kind is BlockKind.LIST_ITEM
        if is_list:
            bullet = item.block.bullet or ""
            # Numbered items keep their number (steps, rankings); others read "- item".
            text = (bullet if bullet[:1].isdigit() else "-") + " " + text
        if parts:
            parts.append("\n" if is_list and previous_list else "\n\n")
        parts.append(text)
        previous_list = is_list
    return "".join(parts)


def _check_reference(reference_date: object) -> datetime.date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, datetime.datetime):
        return reference_date.date()
    if isinstance(reference_date, datetime.date):
        return reference_date
    raise InvalidInput(f"reference_date must be a datetime.date, got {type(reference_date).__name__}")


@attrs.frozen
class Cleaner:
    """Cleans documents with one configuration. Stateless between documents: the result
    for a document never depends on the documents cleaned before it."""

    config: CleanerConfig = attrs.field(default=DEFAULT_CONFIG)

    def clean_text(self, text: str, *, reference_date: datetime.date | None = None) -> Article:
        """Clean a text dump of a page into an `Article`."""
        reference = _check_reference(reference_date)
        text = normalize_text(text, self.config)
        check_lines(text, self.config)
        blocks = segment(text)
        language = self.config.language or guess_language(
            [b.text for b in sorted(blocks, key=lambda b: len(b.text), reverse=True)[:_LANGUAGE_SAMPLE_BLOCKS]]
        )
        classified = classify(blocks, language)
        meta = metadata.extract(classified, reference)
        removed: tuple[Removed, ...] = ()
        if self.config.keep_removed:
            removed = tuple(
                Removed(item.kind, item.block.text, item.reason, item.block.line)
                for item in classified.blocks
                if not item.kind.is_body
            )
        return Article(
            body=_body(classified),
            title=meta.title,
            date=meta.date,
            date_text=meta.date_text,
            source=meta.source,
            author=meta.author,
            language=language,
            removed=removed,
        )

    def clean_html(
        self, html: str | bytes, *, url: str | None = None, reference_date: datetime.date | None = None
    ) -> Article:
        """Clean an HTML page (text, or bytes in any encoding) into an `Article`."""
        from .html import parse_html, render_lines

        if isinstance(html, (bytes, bytearray, memoryview)):
            html = decode_bytes(html, self.config)
        html = normalize_text(html, self.config)
        return self.clean_text(render_lines(parse_html(html)), reference_date=reference_date)

    def clean(
        self, data: str | bytes, *, url: str | None = None, reference_date: datetime.date | None = None
    ) -> Article:
        """Clean a page whatever it is: bytes are decoded, HTML is told from a text dump."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            data = decode_bytes(data, self.config)
        if not isinstance(data, str):
            raise InvalidInput(f"expected str or bytes, got {type(data).__name__}")
        if looks_like_html(data):
            return self.clean_html(data, url=url, reference_date=reference_date)
        return self.clean_text(data, reference_date=reference_date)


def clean_text(
    text: str,
    *,
    reference_date: datetime.date | None = None,
    config: CleanerConfig | None = None,
) -> Article:
    """Clean a text dump (w3m, lynx, inscriptis, innerText, copy-paste) into an `Article`.

    `reference_date` completes year-less dates ("Jan 17"): the most recent such day on
    or before it. Without it such a date stays in `date_text` only.
    Raises a `CleanError` subclass on bad input.
    """
    return Cleaner(config or DEFAULT_CONFIG).clean_text(text, reference_date=reference_date)


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
    config: CleanerConfig | None = None,
) -> Article:
    """Clean an HTML page (str, or bytes in any encoding) into an `Article`.
    Raises a `CleanError` subclass on bad input."""
    return Cleaner(config or DEFAULT_CONFIG).clean_html(html, url=url, reference_date=reference_date)


def clean(
    data: str | bytes,
    *,
    url: str | None = None,
    reference_date: datetime.date | None = None,
    config: CleanerConfig | None = None,
) -> Article:
    """Clean a page given as text or bytes, HTML or a text dump (sniffed, not assumed).
    Bytes are decoded: strict UTF-8, then charset detection, then replacement characters.
    Raises a `CleanError` subclass on bad input."""
    return Cleaner(config or DEFAULT_CONFIG).clean(data, url=url, reference_date=reference_date)

"""`Cleaner`: the stages composed, top to bottom, and the `clean_text` entry point.

normalize_text -> segment -> guess_language -> classify -> metadata.extract -> Article
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import attrs

from . import metadata
from .article import Article, BlockKind, Removed
from .classify import Classified, classify, cut_author_box
from .config import DEFAULT_CONFIG, CleanerConfig
from .decode import check_lines, decode_bytes, looks_like_html, normalize_text
from .errors import CleanError, InvalidInput
from .language import DEFAULT_LANGUAGE, guess_language
from .segment import segment
from .templates import SiteTemplates

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


# A web archive's capture URL: /web/<timestamp>[flags]/<original URL> (the Wayback
# Machine and the archives that copy its scheme).
_ARCHIVED = re.compile(r"^/(?:web/)?\d{8,14}(?:[a-z]{2}_)?/(https?://.+)$", re.IGNORECASE)


def site_of(url: str | None) -> str | None:
    """The site key of a page's URL: its host, without "www."; for a web archive's
    capture, the host of the archived page."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    archived = _ARCHIVED.match(parts.path)
    if archived:
        return site_of(archived.group(1) + (f"?{parts.query}" if parts.query else ""))
    return host.removeprefix("www.") if host else None


@attrs.frozen
class Cleaner:
    """Cleans documents with one configuration. Stateless between documents: the result
    for a document never depends on the documents cleaned before it.

    `templates`: site templates learned from a batch (`q7x2clean.templates`), an explicit
    opt-in: lines of a document's site template that the classifier would otherwise
    keep as short lines count as boilerplate. A document's site is the `site` given, or
    the host of its `url`.
    """

    config: CleanerConfig = attrs.field(default=DEFAULT_CONFIG)
    templates: SiteTemplates | None = None

    def clean_text(
        self,
        text: str,
        *,
        reference_date: datetime.date | None = None,
        url: str | None = None,
        site: str | None = None,
    ) -> Article:
        """Clean a text dump of a page into an `Article`."""
        reference = _check_reference(reference_date)
        text = normalize_text(text, self.config)
        check_lines(text, self.config)
        blocks = segment(text)
        language = self.config.language or guess_language(
            [b.text for b in sorted(blocks, key=lambda b: len(b.text), reverse=True)[:_LANGUAGE_SAMPLE_BLOCKS]]
        )
        template = None
        if self.templates is not None:
            template = self.templates.get(site or site_of(url)) or None
        classified = classify(blocks, language or DEFAULT_LANGUAGE, template)
        meta = metadata.extract(classified, reference)
        classified = cut_author_box(classified, meta.author)
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
        self,
        html: str | bytes,
        *,
        url: str | None = None,
        reference_date: datetime.date | None = None,
        site: str | None = None,
    ) -> Article:
        """Clean an HTML page (text, or bytes in any encoding) into an `Article`.

        parse -> markup metadata -> trafilatura's article -> boilerplate cues -> body;
        the text path over the rendered page gives the metadata (read first: the
        headline as printed) and, when trafilatura finds little, the body."""
        from . import html as markup, htmlmeta

        reference = _check_reference(reference_date)
        if isinstance(html, (bytes, bytearray, memoryview)):
            html = decode_bytes(html, self.config)
        root = markup.parse_html(markup.markup_text(html, self.config))
        meta = htmlmeta.read_markup(root, url)
        page = markup.render_page(root)
        rendered = page.text
        markup.drop_unseen(root)
        kept, removed = markup.drop_boilerplate(markup.trafilatura_pieces(root, url, fast=True))
        body = markup.pieces_body(kept)
        full = len(body) >= markup.WHOLE_PAGE_SHARE * len(rendered) or markup.glued(kept)
        if full:
            # The fast pass kept the whole page, or glued it into one paragraph: the full
            # pass compares extractors.
            kept, removed = markup.drop_boilerplate(markup.trafilatura_pieces(root, url))
            body = markup.pieces_body(kept)
        fallback = False
        if len(body) >= markup.SUSPECT_SHARE * markup.prose_chars(rendered):
            # The text path for the metadata only: the header and the article's end.
            text = self.clean_text(markup.around_article(rendered, kept, page.headlines), reference_date=reference, url=url, site=site)
        else:
            # trafilatura may have missed the article: the text path reads the whole page.
            text = self.clean_text(rendered, reference_date=reference, url=url, site=site)
            fallback = len(body) < markup.FALLBACK_SHARE * len(text.body) and markup.same_article(kept, text.body)
        if fallback:
            body, teasers = markup.drop_teasers(text.body)
            removed = list(text.removed) + teasers
            body = markup.drop_box_lines(body, removed, page)
        else:
            # The lead and paragraphs trafilatura left out that the text path keeps.
            body = markup.pieces_body(markup.continue_article(kept, removed, page, text.body))
        date = next((d for d in meta.dates if reference is None or d <= reference), None)
        return Article(
            body=body,
            # The text path reads the headline as printed (the gold titles are); the
            # markup's titles are often SEO variants of it.
            title=text.title or next(iter(meta.titles), None),
            date=text.date or date,
            date_text=text.date_text if text.date else (date.isoformat() if date else None),
            source=next(iter(meta.sources[:len(meta.site_names)]), None) or text.source or next(iter(meta.sources), None),
            author=htmlmeta.pick_author(text.author, meta),
            language=text.language,
            removed=tuple(removed) if self.config.keep_removed else (),
        )

    def _as_text(self, data: str | bytes) -> tuple[str, bool]:
        """A document as text (bytes decoded) and whether it is HTML (sniffed)."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            data = decode_bytes(data, self.config)
        if not isinstance(data, str):
            raise InvalidInput(f"expected str or bytes, got {type(data).__name__}")
        return data, looks_like_html(data)

    def dump_text(self, data: str | bytes) -> str:
        """The text dump of a document, as the site templates learn it: bytes decoded,
        HTML rendered to lines, text as it is (not yet normalised)."""
        text, is_html = self._as_text(data)
        if is_html:
            from .html import markup_text, parse_html, render_lines

            return render_lines(parse_html(markup_text(text, self.config)))
        return text

    def clean(
        self,
        data: str | bytes,
        *,
        url: str | None = None,
        reference_date: datetime.date | None = None,
        site: str | None = None,
    ) -> Article:
        """Clean a page whatever it is: bytes are decoded, HTML is told from a text dump."""
        text, is_html = self._as_text(data)
        if is_html:
            return self.clean_html(text, url=url, reference_date=reference_date, site=site)
        return self.clean_text(text, reference_date=reference_date, url=url, site=site)

    def clean_record(
        self,
        data: str | bytes,
        *,
        url: str | None = None,
        reference_date: datetime.date | None = None,
        site: str | None = None,
    ) -> dict[str, Any]:
        """`clean(data).to_dict()`, or `{"error": "DecodeError: ..."}` when the document
        cannot be cleaned: never raises for bad input, so it fits a `map` step."""
        try:
            return self.clean(data, url=url, reference_date=reference_date, site=site).to_dict()
        except CleanError as error:
            return {"error": f"{type(error).__name__}: {error}"}

    def clean_many(
        self,
        documents: Iterable[str | bytes | tuple[Any, str | bytes]],
        *,
        reference_date: datetime.date | None = None,
        site: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """One record a document, in order, lazily (`clean_record` of each). A document
        is `str` or `bytes`, or an `(id, data)` pair whose id leads its record as `"id"`.
        A bad document gives an `error` record and never stops the stream."""
        for document in documents:
            if isinstance(document, tuple):
                ident, data = document
                yield {"id": ident, **self.clean_record(data, reference_date=reference_date, site=site)}
            else:
                yield self.clean_record(document, reference_date=reference_date, site=site)

    def clean_files(
        self, paths: Iterable[str | Any], *, reference_date: datetime.date | None = None
    ) -> Iterator[dict[str, Any]]:
        """One record a file (files and directories, searched recursively for `.txt`,
        `.html`, `.htm` and the same gzipped), in one process, lazily: `path` relative to
        its input root, then the Article fields or `error`. For many processes, resume and
        template learning see `q7x2clean.batch.run` and the `clean` command."""
        from .batch import BatchOptions, clean_shard, iter_items

        options = BatchOptions(cleaner=self, reference_date=reference_date)
        for item in iter_items(paths):
            yield from clean_shard([item], options)


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

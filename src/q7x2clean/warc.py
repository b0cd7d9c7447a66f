"""Web-archive input: the HTML pages of a WARC file (`.warc`, `.warc.gz`), each with its
URL and capture date. Needs the optional extra `q7x2clean[warc]` (warcio).

Only successful HTML responses are pages: requests, metadata records, redirects, error
pages and images are not articles and are skipped."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import IO, Any

import attrs

from .errors import DecodeError, InputTooLarge

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@attrs.frozen
class WarcPage:
    """One captured HTML page. `content` is the HTTP payload with transfer and content
    encodings undone; `charset` is the one the server declared, if any."""

    url: str
    captured: datetime.date | None
    record_id: str
    content: bytes
    charset: str | None = None


def _warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - depends on the environment
        raise DecodeError("reading WARC files needs warcio: pip install 'q7x2clean[warc]'") from None
    return ArchiveIterator, ArchiveLoadFailed


def _capture_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip(' "\''):
            return value.strip(' "\'').lower()
    return None


def is_warc(head: bytes) -> bool:
    """True when the first bytes of a (decompressed) file start a WARC record."""
    return head.lstrip()[:5] == b"WARC/"


def iter_pages(stream: IO[bytes], *, max_bytes: int) -> Iterator[WarcPage | tuple[str, InputTooLarge]]:
    """The HTML pages of a WARC stream (plain or gzip-compressed, read as a stream).

    A page over `max_bytes` is yielded as `(url, InputTooLarge)` so the caller can write
    an error record for it and go on; a corrupt archive raises `DecodeError` after the
    pages read before the damage."""
    ArchiveIterator, ArchiveLoadFailed = _warcio()
    try:
        for record in ArchiveIterator(stream):
            if not record.format.startswith("warc"):
                # warcio reads anything else as an old ARC file, even plain text.
                raise DecodeError("not a WARC file (no WARC/1.x record header)")
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            http = record.http_headers
            if record.rec_type == "response":
                if http is None or not (http.get_statuscode() or "").startswith("2"):
                    continue
                content_type = http.get_header("Content-Type") or ""
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            content = record.content_stream().read(max_bytes + 1)
            if len(content) > max_bytes:
                yield url, InputTooLarge(f"page is over the limit of {max_bytes:,} bytes")
                continue
            yield WarcPage(
                url=url,
                captured=_capture_date(record.rec_headers.get_header("WARC-Date")),
                record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
                content=content,
                charset=_charset(content_type),
            )
    except ArchiveLoadFailed as error:
        raise DecodeError(f"not a readable WARC file: {error}") from None
    except (OSError, EOFError, ValueError) as error:
        raise DecodeError(f"corrupt WARC file: {type(error).__name__}: {error}") from None


def page_text(page: WarcPage) -> str | bytes:
    """The page as text when the declared charset decodes it cleanly, else its bytes
    (for the cleaner's own detection)."""
    if page.charset:
        try:
            return page.content.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return page.content

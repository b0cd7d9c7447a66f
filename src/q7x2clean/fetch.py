"""URL input: download pages (standard library only) and clean them into records.

Each URL becomes one JSON-ready record: the `Article.to_dict()` fields with `url`, or
`{"url": ..., "error": ...}` when the page could not be fetched or cleaned. A failed URL
never stops the run.
"""

from __future__ import annotations

import datetime
import urllib.error
import urllib.request
from typing import Any, Iterable, Iterator

import attrs

from .cleaner import Cleaner
from .config import DEFAULT_CONFIG, CleanerConfig
from .errors import CleanError

USER_AGENT = "q7x2clean/0.1 (+https://example.invalid/q7x2clean)"


class FetchError(CleanError):
    """A page could not be downloaded: network error, HTTP error, timeout, too large."""


@attrs.frozen
class FetchOptions:
    """timeout: seconds for connecting and for each read; max_bytes: a larger body is
    refused (pages are well under a few MB); max_redirects: redirects followed."""

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int) -> None:
        self.max_redirections = limit
        self.max_repeats = min(limit, 4)


def fetch(url: str, options: FetchOptions = FetchOptions()) -> tuple[bytes, str]:
    """The body of `url` and the final URL after redirects. Raises `FetchError`."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) URL: {url!r}")
    opener = urllib.request.build_opener(_LimitedRedirects(options.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": options.user_agent, "Accept": "text/html,*/*;q=0.5"})
    try:
        with opener.open(request, timeout=options.timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(f"body of {int(declared):,} bytes is over the limit of {options.max_bytes:,}")
            body = response.read(options.max_bytes + 1)
            if len(body) > options.max_bytes:
                raise FetchError(f"body is over the limit of {options.max_bytes:,} bytes")
            return body, response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise FetchError(f"network error: {error.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {options.timeout:g}s") from None
    except OSError as error:  # connection reset, remote closed, ...
        raise FetchError(f"network error: {error}") from None


def fetch_and_clean(
    urls: Iterable[str],
    *,
    reference_date: datetime.date | None = None,
    config: CleanerConfig | None = None,
    options: FetchOptions = FetchOptions(),
) -> Iterator[dict[str, Any]]:
    """One record a URL, in order: the cleaned article with its `url`, or its `error`."""
    cleaner = Cleaner(config or DEFAULT_CONFIG)
    for url in urls:
        try:
            body, final_url = fetch(url, options)
            article = cleaner.clean(body, url=final_url, reference_date=reference_date)
        except CleanError as error:
            yield {"url": url, "error": str(error)}
            continue
        yield {"url": url, **article.to_dict()}

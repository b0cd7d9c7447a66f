"""The HTML path, metadata side: title, published date, author and source read from the
page's markup (JSON-LD, OpenGraph and other meta tags, `<time>`, itemprop, byline
elements), each field a list of candidates in order of trust. The cleaner takes the
first candidate and falls back on the text path's reading of the rendered page.

Read before trafilatura prunes the tree: the head and the byline elements are what it
removes first.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from typing import Any, Iterable
from urllib.parse import urlsplit

import attrs
from lxml import etree

from . import cues
from .dates import find_dates
from .metadata import AUTHOR_LABEL_WORDS, PLACEHOLDER_NAMES

# JSON-LD types that describe the article itself (not the site, a breadcrumb or a video).
_ARTICLE_TYPES = re.compile(r"(?:^|\b)(?:\w*Article|BlogPosting|Posting|Report|WebPage|Review|Recipe|HowTo)$", re.I)
_NEWS_TYPES = re.compile(r"(?:Article|BlogPosting|Posting|Report)$", re.I)
# A date as machines write it: 2025-01-29, 2025/01/29, 20250129 (ISO 8601 and the like).
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.]?(0[1-9]|1[0-2])[-/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
# A date in a URL path: /2019/11/19/ or /2019-11-19-..., weak evidence.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)")
# Meta names (lowercased) that give the published date, most trusted first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "publish-date",
    "publish_date",
    "publication_date",
    "pubdate",
    "date",
    "article.published",
    "og:published_time",
    "published_time",
    "cxenseparse:recs:publishtime",
)
_AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "twitter:creator",
)
_TITLE_META = ("og:title", "twitter:title", "citation_title", "dc.title", "parsely-title", "sailthru.title", "headline")
# Words that make an "author" value a role, not a person: "Staff", "Redaktion" (the
# placeholders, "Unknown", "Admin", are the text path's `PLACEHOLDER_NAMES`).
_NOT_A_NAME = re.compile(
    r"^(?:staff|editor|editors|redaktion|redacción|rédaction|redazione|redakcja|team|newsroom|news desk|guest)$",
    re.I,
)
_BY = re.compile(
    r"^\s*(?:(?:written|posted|reported|words|story)\s+by|geschrieben\s+von|écrit\s+par|escrito\s+por|scritto\s+da|"
    r"by|von|par|por|di|da|door|av|af|przez|tekst|text|autor|author|auteur|autore)\s*[:\-]?\s+",
    re.I,
)
# Name lists: "A, B and C", "A & B", "A und B".
_NAME_SPLIT = re.compile(r"(?<!\s)\s*(?:,|;|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\boraz\b|\be\b|\ben\b)\s*", re.I)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » ")
# A name is at most this many words ("Doris Munoz-Mantilla" ... "Jean-Claude van der Berg").
NAME_MAX_WORDS = 6
_DATED_ELEMENTS = etree.XPath('//*[@itemprop="datePublished"] | //time[@datetime]')


@attrs.frozen
class MarkupMeta:
    """Candidates from the markup, most trusted first."""

    titles: tuple[str, ...] = ()
    dates: tuple[datetime.date, ...] = ()
    authors: tuple[str, ...] = ()
    # Whether the author was declared (JSON-LD, a meta tag, rel/itemprop author) rather
    # than read off an element whose class merely says "author" or "byline".
    author_declared: bool = False
    sources: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()


def _meta_tags(root: etree._Element) -> dict[str, list[str]]:
    """Meta tag values by lowercased name/property/itemprop, in document order."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(_text(content))
    return found


def _text(value: str) -> str:
    """A markup value as text: entities that were escaped twice ("&amp;#8211;") undone,
    whitespace collapsed."""
    return " ".join(html.unescape(value).split()) if "&" in value else " ".join(value.split())


def _json_ld(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph and arrays flattened."""
    objects: list[dict[str, Any]] = []

    def add(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            objects.append(value)
            if "@graph" in value:
                add(value["@graph"])

    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            add(json.loads(script.text.strip().rstrip(";"), strict=False))
        except ValueError:
            continue
    return objects


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, a Person, a list of them."""
    if isinstance(value, str):
        return [_text(value)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for n in name if isinstance(n, str)]
        return [_text(name)] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def parse_date(value: str) -> datetime.date | None:
    """A machine-written date (ISO 8601 and its cousins) as a date, or None."""
    match = _ISO_DATE.search(value or "")
    if match is None:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def clean_name(raw: str, site_names: Iterable[str] = ()) -> str | None:
    """A person's name from an author value: no "By", no URL, no job title after a
    comma or a pipe, not a site's name or a role such as "Staff"."""
    text = " ".join(raw.split()).strip(" ,;|-–—·")
    if not text or "://" in text or text.startswith("www."):
        return None
    text = _BY.sub("", text + " ")  # the prefix alone ("Written By") leaves nothing
    text = re.split(r"\s[|•·]\s|\s[-–—]\s", text)[0].strip(" ,;")
    if not text or _NOT_A_NAME.match(text) or text.casefold() in PLACEHOLDER_NAMES or any(ch.isdigit() for ch in text):
        return None
    # A label ("Autoren", "Theme: ... by ...") or a profile's path is no name.
    if ":" in text or text.casefold() in AUTHOR_LABEL_WORDS or _is_handle(text):
        return None
    if len(text.split()) > NAME_MAX_WORDS:
        return None
    folded = cues.normalize(text)
    if any(folded == cues.normalize(site) for site in site_names if site):
        return None
    return text


def _is_handle(text: str) -> bool:
    """A handle or a profile's path, not a name: "@jdoe", "/jdoe" (a twitter:creator
    value), "x.com/jdoe". (A login written as the byline, "jdoe", is the byline all the
    same.)"""
    return text.startswith(("/", "@")) or (" " not in text and "/" in text)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", cues.normalize(text)))


def pick_author(text_author: str | None, meta: MarkupMeta) -> str | None:
    """The byline the text path read on the page, unless the markup declares a full name
    (two words or more) that shares no word with it: then the text path took a menu,
    widget or site line for a byline ("Contents", "Informa Connect"), and the declared
    name is the author."""
    declared = meta.authors[0] if meta.authors else None
    if text_author and declared and meta.author_declared:
        if len(declared.split()) >= 2 and ":" not in declared and not (_words(text_author) & _words(declared)):
            return declared
    return text_author or declared


def join_names(names: Iterable[str]) -> str | None:
    """Distinct names in order, joined by ", " (the gold data's separators all fold to
    the same tokens)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = cues.normalize(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return ", ".join(out) or None


def _split_names(value: str, site_names: Iterable[str]) -> list[str]:
    value = _BY.sub("", " ".join(value.split()))
    parts = [p for p in _NAME_SPLIT.split(value) if p and p.strip()]
    # "Carlton, Ph.D." / "Kaufman, Jeff T.": a comma that does not separate names
    # leaves a part of one word; then the value is one name with its suffix.
    if len(parts) > 1 and any(len(p.split()) < 2 for p in parts):
        parts = [re.split(r"\s(?:and|und|et|&)\s", value)[0]] if "," not in value else [value.split(",")[0]]
    names = [clean_name(p, site_names) for p in parts]
    if find_dates(value):
        # A byline element that holds the date: "Sat, 20 Dec, 2025": one word before a
        # comma is the weekday ("By Jane Doe, May 3, 2025" keeps "Jane Doe").
        names = [n for n in names if n and " " in n]
    return [n for n in names if n]


def strip_site(title: str, site_names: Iterable[str]) -> str:
    """The title without a " | Site" or " - Site" suffix (or prefix) naming the site; a
    title that is only the site's name stays as it is."""
    title = " ".join(title.split())
    folded_sites = {cues.normalize(s) for s in site_names if s}
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and cues.normalize(tail) in folded_sites:
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and cues.normalize(first) in folded_sites:
            return rest.strip()
    return title


def _domain_name(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "news")]
    if len(parts) >= 2:
        return parts[-2]
    return parts[0] if parts else None


# Compiled once: the XPath expressions of the author (elements marked as the author, then
# elements with an author or byline class).
# (One walk: the union of three paths walked the tree three times; same elements, same order.)
_AUTHOR_ELEMENTS = etree.XPath(
    '//*[@rel="author" or (@itemprop="name" and ancestor::*[@itemprop="author"]) or (@itemprop="author" and not(*))]'
)
# Not those of a comment ("comment-author": a commenter's name, "Jane says:") or of a
# form ("comment-form-author": the field's label, "Name *"); a page's or a post's own
# classes ("comments-open" on the body) do not count.
_BYLINE_ELEMENTS = etree.XPath(
    '//*[contains(@class, "author") or contains(@class, "byline")][not(self::body or self::html or self::article)]'
    '[not(ancestor-or-self::*[not(self::body or self::html or self::article)]'
    '[contains(@class, "comment") or contains(@id, "comment")] or ancestor::form)]'
)


def read_markup(root: etree._Element, url: str | None = None) -> MarkupMeta:
    """Title, date, author and source candidates from the page's markup."""
    meta = _meta_tags(root)
    objects = _json_ld(root)
    articles = [o for o in objects if any(_ARTICLE_TYPES.search(t) for t in _types(o))]
    # A news article object first, then other article-ish ones (WebPage last).
    articles.sort(key=lambda o: 0 if any(_NEWS_TYPES.search(t) for t in _types(o)) else 1)

    site_names: list[str] = []
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        site_names += meta.get(key, [])
    for obj in objects:
        if any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in _types(obj)):
            site_names += _names(obj)
    for obj in articles:
        site_names += _names(obj.get("publisher"))
    domain = _domain_name(url)

    # Title: the article's own headline; the <title> element has the site's suffix.
    titles: list[str] = []
    for obj in articles:
        for key in ("headline", "name"):
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                titles.append(_text(value))
                break
    for key in _TITLE_META:
        titles += meta.get(key, [])
    title_el = root.find("head/title")
    if title_el is None:
        title_el = root.find(".//title")
    if title_el is not None and title_el.text_content().strip():
        titles.append(title_el.text_content())
    first_h1 = next(root.iter("h1"), None)
    if first_h1 is not None:
        titles.append(first_h1.text_content())
    stripped = [strip_site(t, site_names + ([domain] if domain else [])) for t in titles]

    # Date: published, never modified.
    dates: list[datetime.date] = []
    for obj in articles:
        for key in ("datePublished", "dateCreated"):
            value = obj.get(key)
            if isinstance(value, str):
                found = parse_date(value)
                if found:
                    dates.append(found)
    for key in _DATE_META:
        for value in meta.get(key, []):
            found = parse_date(value)
            if found:
                dates.append(found)
    dated = _DATED_ELEMENTS(root)  # one walk over the tree for both
    for el in dated:
        if el.get("itemprop") == "datePublished":
            found = parse_date(el.get("content") or el.get("datetime") or el.text_content())
            if found:
                dates.append(found)
    times = [t for t in dated if t.tag == "time" and t.get("datetime")]
    pubdate = [t for t in times if t.get("pubdate") is not None or "publish" in (t.get("class") or "").lower()]
    for el in pubdate + times[:1]:
        found = parse_date(el.get("datetime") or "")
        if found:
            dates.append(found)
    if url:
        match = _URL_DATE.search(urlsplit(url).path)
        if match:
            found = parse_date("-".join(match.groups()))
            if found:
                dates.append(found)

    # Author: people only.
    authors: list[str] = []
    for obj in articles:
        names = [n for value in _names(obj.get("author")) for n in _split_names(value, site_names)]
        if names:
            authors.append(join_names(names) or "")
            break
    if not authors:
        for key in _AUTHOR_META:
            values = meta.get(key, [])
            names = [n for v in values for n in _split_names(v, site_names)]
            if names:
                authors.append(join_names(names) or "")
                break
    if not authors:
        names = [
            n
            for el in _AUTHOR_ELEMENTS(root)
            for n in _split_names(el.text_content(), site_names)
        ]
        if names:
            authors.append(join_names(names[:4]) or "")
    declared = bool(authors)
    if not authors:
        for el in _BYLINE_ELEMENTS(root):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= 80:
                names = _split_names(text, site_names)
                if names:
                    authors.append(join_names(names) or "")
                    break

    sources = list(site_names)
    if domain:
        sources.append(domain)
    return MarkupMeta(
        titles=tuple(t for t in stripped if t),
        dates=tuple(dates),
        authors=tuple(a for a in authors if a),
        author_declared=declared and any(authors),
        sources=tuple(" ".join(s.split()) for s in sources if s and s.strip()),
        site_names=tuple(site_names),
    )

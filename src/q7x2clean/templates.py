"""Site templates: lines that recur across many pages of one site (menus, footers,
widgets) learned from a batch, as evidence that they are boilerplate.

Learning is one streaming pass that keeps only counts of line fingerprints, a bounded
number of them. What it learns is an immutable `SiteTemplates` that is handed to a
`Cleaner` explicitly: no module-level state, and a document cleaned without templates
is cleaned exactly as before.

Two guards keep article text safe:
- syndication: copies of one story (a wire story printed in several sections of a
  site, or the same page fetched twice) would make its sub-headings "recur". Each
  document gets a story id (its two longest paragraphs: copies of a story share them,
  two stories of a site rarely share both even when a long footer or cookie paragraph
  is among them), and a second document of an already counted story adds nothing to
  the counts;
- the classifier only lets a template line count against lines it did not find to
  be prose or to carry a cue of their own (see `classify.features`), and a recurring
  paragraph only after the article's last paragraph of its own, never outweighing
  them (`classify._template_tail`): background paragraphs that a site's stories
  share stay.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from .article import Block
from .config import DEFAULT_CONFIG, CleanerConfig
from .cues import normalize
from .errors import CleanError

# Lines up to this many words are short lines: menu entries, footer links, widget
# headings (on the aeb pages almost all run to 1-8 words).
TEMPLATE_MAX_WORDS = 12
# Longer lines are paragraphs: they tell the story a page tells (its id), or recur as
# the site's own paragraphs (an "About us", a pitch) at the end of every story.
STORY_PARAGRAPHS = 2
# A line is part of a site's template when it is seen in at least this many of the
# site's stories and this share of them (tuned on the aeb / wcxb-dev same-host pairs,
# see benchmarks/bench_batch.py; 2 is the least that means "recurs").
MIN_DOCS = 2
MIN_SHARE = 0.3
# Memory bound of learning: above this many counted fingerprints (all sites), those
# seen once are forgotten. They can only be undercounted, never invented.
MAX_ENTRIES = 400_000
# Story ids remembered per site (beyond, the oldest are forgotten).
MAX_STORIES_PER_SITE = 20_000


def fingerprint(text: str) -> int:
    """A stable 64-bit fingerprint of a line: the same across processes and runs
    (unlike `hash`), insensitive to case, spacing and quote or dash styles."""
    data = normalize(text).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


@attrs.frozen
class DocumentLines:
    """What learning needs of one document: its site, its story id (None when it has
    no paragraph) and the fingerprints of its lines, short lines and paragraphs."""

    site: str
    story: int | None
    lines: frozenset[int]


def document_lines(site: str, blocks: Iterable[Block]) -> DocumentLines:
    """The template evidence of one segmented document."""
    lines: set[int] = set()
    paragraphs: list[tuple[int, int]] = []
    for block in blocks:
        # A line without a letter or digit (a rule, a bullet, "___") is on every site and
        # may sit inside the article: it tells nothing of the template. A paragraph
        # recurring across stories is the site's too (a company's "About us", a
        # subscription pitch); the classifier lets it count only after the article's
        # own paragraphs.
        if len(block.text.split()) > TEMPLATE_MAX_WORDS:
            paragraphs.append((-len(block.text), fingerprint(block.text)))
            lines.add(paragraphs[-1][1])
        elif any(ch.isalnum() for ch in block.text):
            lines.add(fingerprint(block.text))
    story = None
    if paragraphs:
        # The two longest paragraphs: an article's own (a site's footer or cookie
        # paragraph may be one of them, rarely both), the same in copies of a story.
        longest = sorted(set(paragraphs))[:STORY_PARAGRAPHS]
        story = fingerprint(" ".join(str(fp) for _, fp in longest))
    return DocumentLines(site, story, frozenset(lines))


@attrs.frozen
class SiteTemplate:
    """The template lines of one site. `text in template` tells whether a line is one."""

    lines: frozenset[int] = frozenset()

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and fingerprint(text) in self.lines

    def __len__(self) -> int:
        return len(self.lines)


_EMPTY = SiteTemplate()


def _frozen_map(value: Mapping[str, SiteTemplate]) -> Mapping[str, SiteTemplate]:
    return MappingProxyType(dict(value))


@attrs.frozen
class SiteTemplates:
    """Learned templates of many sites, by site key (a URL host, or whatever key the
    caller groups pages by, e.g. a directory). Immutable and picklable."""

    sites: Mapping[str, SiteTemplate] = attrs.field(factory=dict, converter=_frozen_map)

    def get(self, site: str | None) -> SiteTemplate:
        if site is None:
            return _EMPTY
        return self.sites.get(site, _EMPTY)

    def subset(self, sites: Iterable[str | None]) -> SiteTemplates:
        """Only the templates of these sites (to ship a shard of work cheaply)."""
        return SiteTemplates({s: self.sites[s] for s in set(sites) if s in self.sites})

    def __len__(self) -> int:
        return len(self.sites)

    def __getstate__(self) -> dict:
        return {"sites": dict(self.sites)}

    def __setstate__(self, state: dict) -> None:
        object.__setattr__(self, "sites", MappingProxyType(state["sites"]))


class TemplateLearner:
    """Counts, per site, in how many distinct stories each short line occurs.

    A builder (mutable, local to one learning run); `build()` gives the immutable
    `SiteTemplates`. Feed it documents in a fixed order and it learns the same
    templates whatever the number of processes that segmented them.
    """

    def __init__(
        self, *, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE, max_entries: int = MAX_ENTRIES
    ) -> None:
        self.min_docs = min_docs
        self.min_share = min_share
        self.max_entries = max_entries
        self._stories: dict[str, int] = {}
        self._seen: dict[str, dict[int, None]] = {}
        self._counts: dict[str, dict[int, int]] = {}
        self._entries = 0

    def add(self, doc: DocumentLines) -> None:
        seen = self._seen.setdefault(doc.site, {})
        if doc.story is not None:
            if doc.story in seen:
                return  # another copy of a story already counted: syndication, not a template
            seen[doc.story] = None
            if len(seen) > MAX_STORIES_PER_SITE:
                del seen[next(iter(seen))]
        self._stories[doc.site] = self._stories.get(doc.site, 0) + 1
        counts = self._counts.setdefault(doc.site, {})
        before = len(counts)
        for fp in doc.lines:
            counts[fp] = counts.get(fp, 0) + 1
        self._entries += len(counts) - before
        if self._entries > self.max_entries:
            self._forget_singletons()

    def _forget_singletons(self) -> None:
        self._entries = 0
        for site, counts in self._counts.items():
            kept = {fp: n for fp, n in counts.items() if n > 1}
            self._counts[site] = kept
            self._entries += len(kept)

    def build(self) -> SiteTemplates:
        sites: dict[str, SiteTemplate] = {}
        for site, counts in self._counts.items():
            need = max(self.min_docs, self.min_share * self._stories.get(site, 0))
            lines = frozenset(fp for fp, n in counts.items() if n >= need)
            if lines:
                sites[site] = SiteTemplate(lines)
        return SiteTemplates(sites)


def page_lines(site: str, data: str | bytes, config: CleanerConfig | None = None) -> DocumentLines:
    """The template evidence of one page (text dump or HTML, str or bytes), read as
    `Cleaner.clean` reads it. Raises `CleanError` for a page that cannot be read."""
    from .cleaner import Cleaner
    from .decode import normalize_text
    from .segment import segment

    config = config or DEFAULT_CONFIG
    text = normalize_text(Cleaner(config).dump_text(data), config)
    return document_lines(site, segment(text))


def learn_templates(
    pages: Iterable[tuple[str, str | bytes]], *, config: CleanerConfig | None = None
) -> SiteTemplates:
    """Templates learned from `(site, page)` pairs in one streaming pass (only counts
    are kept). A site is any key that groups pages: a URL host, a directory. Pages
    that cannot be read are passed over.

        templates = learn_templates((host_of(url), html) for url, html in pages)
        cleaner = Cleaner(templates=templates)
        cleaner.clean(html, url=url)
    """
    learner = TemplateLearner()
    for site, data in pages:
        try:
            learner.add(page_lines(site, data, config))
        except CleanError:
            continue
    return learner.build()

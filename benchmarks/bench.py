"""Benchmark harness for q7x2clean: main-content extraction from plain-text page dumps.

Scores, side by side and in one run, on the read-only benchmark data in ``../shared/bench``
(see its README.md):

* ``q7x2clean``        -- ``q7x2clean.clean_text(dump)`` (``CleanError`` counts as empty output);
* ``keep``             -- the whole dump as the body (the floor to beat);
* ``justext-dump``     -- jusText on the dump's non-blank lines, each wrapped as ``<p>``;
* ``trafilatura-dump`` -- trafilatura on the same ``<p>`` document;
* ``trafilatura-html`` -- trafilatura on the page's original HTML (the ceiling we compare to).

Metrics
-------
Body (sets with a gold body): ScrapingHub article-extraction-benchmark.  Tokens are
``\\w+`` runs (Unicode, case kept); each text becomes a multiset of 4-token shingles (a text with
fewer than 4 tokens gives one shingle of all its tokens, the empty text one empty shingle);
tp/fp/fn are the multiset overlaps, normalised by their sum; per page P = tp/(tp+fp) and
R = tp/(tp+fn) (1.0 when fp == fn == 0: identical texts, both empty included; 0.0 for a 0
denominator otherwise); P and R are averaged over pages and F1 = 2PR/(P+R) from the two means.

Metadata (sets with gold titles): exact match after NFKC, casefold, quotes dropped and the
``\\w+`` tokens re-joined by single spaces (other punctuation does not count).  A title also
counts when it equals the gold title's bare headline (the text before the first `` | ``,
`` - ``, `` – ``, `` — `` or `` : ``), as in the data README.  Title/author/date accuracy are over pages
with that gold field; date precision is correct dates over all pages where the system gave a
date (a date given on a page without a gold date counts as wrong).

Snippets: a ``with`` snippet is kept when its normalised text is a substring of the normalised
body; a ``without`` snippet is removed when it is not.  Rates are pooled over all snippets (micro).

Speed: documents per second of the extraction calls alone (no file reading), single process.

Run ``python benchmarks/bench.py --help`` for the options.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import logging
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "bench"

SETS = ("aeb", "wcxb-dev", "traf-dev")
RENDERERS = ("w3m", "lynx", "inscriptis", "innertext")
SYSTEMS = ("q7x2clean", "keep", "justext-dump", "trafilatura-dump", "trafilatura-html")
HTML_RENDERER = "html"  # the pseudo-renderer of systems that read the page's HTML

SHINGLE_SIZE = 4
# "Mostly missing" threshold for the --worst diagnostics: a paragraph is listed when less than
# this fraction of its shingles is found in the other text.
COVERED_ENOUGH = 0.5


# --------------------------------------------------------------------------- metric


TOKEN_RE = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    """Tokens of the ScrapingHub metric: ``\\w+`` runs, Unicode, case kept."""
    return TOKEN_RE.findall(text)


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles, exactly as the original (short texts give one shingle)."""
    tokens = tokenize(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def tp_fp_fn(gold: Counter, pred: Counter) -> tuple[float, float, float]:
    """Multiset overlap of two shingle multisets, normalised by tp+fp+fn."""
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return float(tp), float(fp), float(fn)


def precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """Per-page precision and recall, with the original benchmark's conventions for 0/0.

    ``fp == fn == 0`` means prediction and gold agree (both empty included): 1.0.
    Any other zero denominator (nothing predicted / nothing in gold) gives 0.0.
    Since every text has at least one (possibly empty) shingle, these cases are rare.
    """
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


# --------------------------------------------------------------------------- normalisation


QUOTES = str.maketrans("", "", "'\"‘’“”«»„‚`")
HEADLINE_SEPARATORS = (" | ", " - ", " – ", " — ", " : ")


def _fold(text: str) -> str:
    """NFKC, casefold, quotes dropped (so "don't" stays one token), whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(QUOTES).split())


def normalise(text: str) -> str:
    """Metadata/snippet normalisation: fold, then the ``\\w+`` tokens re-joined by single spaces.

    Punctuation other than quotes therefore does not count ("Carlton, Ph.D." == "Carlton; Ph D").
    """
    return " ".join(tokenize(_fold(text)))


def headline(title: str) -> str:
    """The normalised part of a title before its first headline separator (the whole if none)."""
    folded = _fold(title)
    cuts = [i for i in (folded.find(sep) for sep in HEADLINE_SEPARATORS) if i > 0]
    return normalise(folded[: min(cuts)] if cuts else folded)


def same_text(pred: str | None, gold: str) -> bool:
    return pred is not None and normalise(pred) == normalise(gold)


def same_title(pred: str | None, gold: str, symmetric: bool = True) -> bool:
    """Exact normalised match, or the system's title equals the gold title's bare headline;
    with ``symmetric`` also the gold title equals the system title's bare headline."""
    if pred is None:
        return False
    p, g = normalise(pred), normalise(gold)
    if not p:
        return False
    return p == g or p == headline(gold) or (symmetric and g == headline(pred))


# --------------------------------------------------------------------------- data


@dataclass
class Page:
    """One benchmark page: its gold annotations and its inputs (dumps by renderer, HTML)."""

    set_name: str
    id: str
    url: str
    body: str | None
    title: str | None
    author: str | None
    date: str | None
    with_snippets: list[str]
    without_snippets: list[str]
    dumps: dict[str, str] = field(default_factory=dict)
    html: str | None = None
    gold_shingles: Counter | None = None
    with_norm: list[str] = field(default_factory=list)
    without_norm: list[str] = field(default_factory=list)


def _present(value: str | None) -> str | None:
    """Gold fields that are null or blank count as unknown."""
    return value if value is not None and value.strip() else None


def load_set(
    data_dir: Path, set_name: str, renderers: Sequence[str], need_html: bool, limit: int | None
) -> list[Page]:
    """Read a set's gold records (first ``limit``) with the dumps and HTML that will be used."""
    set_dir = data_dir / set_name
    pages = []
    with open(set_dir / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(pages) >= limit:
                break
            if line.strip():
                pages.append(_page(set_dir, json.loads(line), renderers, need_html))
    return pages


def _page(set_dir: Path, record: dict, renderers: Sequence[str], need_html: bool) -> Page:
    page = Page(
        set_name=set_dir.name,
        id=record["id"],
        url=record.get("url") or "",
        body=record.get("body"),
        title=_present(record.get("title")),
        author=_present(record.get("author")),
        date=_present(record.get("date")),
        with_snippets=list(record.get("with") or []),
        without_snippets=list(record.get("without") or []),
    )
    for renderer in renderers:
        page.dumps[renderer] = (set_dir / "dumps" / f"{page.id}.{renderer}.txt").read_text(
            encoding="utf-8"
        )
    if need_html:
        raw = gzip.decompress((set_dir / "html" / f"{page.id}.html.gz").read_bytes())
        page.html = raw.decode("utf-8", errors="replace")
    if page.body is not None:
        page.gold_shingles = shingles(page.body)
    page.with_norm = [normalise(s) for s in page.with_snippets]
    page.without_norm = [normalise(s) for s in page.without_snippets]
    return page


# --------------------------------------------------------------------------- systems


@dataclass
class Extraction:
    """What a system returns for one document; ``date`` as a YYYY-MM-DD string."""

    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    failed: bool = False  # q7x2clean raised CleanError (counted as empty output)


@dataclass(frozen=True)
class System:
    name: str
    source: str  # "dump" (runs once per renderer) or "html" (once per page)
    extract: Callable[[str, str], Extraction]  # (input text, url) -> Extraction
    has_metadata: bool = False  # gives title/author/date (else those columns show "-")
    # Called before each run over a set's pages: a cold start, no cache kept from the
    # pages of another renderer (the same pages again) or another set.
    start: Callable[[], None] | None = None


def make_q7x2clean() -> System:
    """q7x2clean from this repository's src/ (the working tree, not a stale installed copy)."""
    src = REPO / "src"
    if src.is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
    import q7x2clean

    clean_text, clean_error = q7x2clean.clean_text, q7x2clean.CleanError

    def extract(text: str, url: str) -> Extraction:
        try:
            return extraction_of(clean_text(text))
        except clean_error:
            return Extraction(body="", failed=True)

    return System("q7x2clean", "dump", extract, has_metadata=True, start=q7x2clean.classify.clear_feature_cache)


def extraction_of(article: Any) -> Extraction:
    """What the benchmark scores of a q7x2clean `Article`."""
    date = article.date.isoformat() if article.date is not None else None
    return Extraction(article.body, article.title, article.author, date)


def make_keep() -> System:
    return System("keep", "dump", lambda text, url: Extraction(body=text))


def dump_to_html(text: str) -> str:
    """A minimal HTML document with each non-blank dump line as one ``<p>``."""
    paragraphs = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f'<html><head><meta charset="utf-8"></head><body>\n{paragraphs}</body></html>'


@lru_cache(maxsize=None)
def justext_stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists())}


@lru_cache(maxsize=None)
def stopword_languages() -> dict[str, tuple[str, ...]]:
    """Inverted index of the jusText stoplists: word -> languages listing it."""
    index: dict[str, list[str]] = {}
    for language, words in justext_stoplists().items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


STOPWORD_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")


def guess_stoplist_language(text: str) -> str:
    """The jusText stoplist with the most stopword hits in the text (English if none)."""
    index = stopword_languages()
    hits: Counter[str] = Counter()
    for word, count in Counter(STOPWORD_TOKEN_RE.findall(text.lower())).items():
        for language in index.get(word, ()):
            hits[language] += count
    return hits.most_common(1)[0][0] if hits else "English"


def make_justext_dump() -> System:
    import justext

    def extract(text: str, url: str) -> Extraction:
        stoplist = justext_stoplists()[guess_stoplist_language(text)]
        paragraphs = justext.justext(dump_to_html(text), stoplist)
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return System("justext-dump", "dump", extract)


def make_trafilatura_dump() -> System:
    import trafilatura

    def extract(text: str, url: str) -> Extraction:
        return Extraction(trafilatura.extract(dump_to_html(text), include_comments=False) or "")

    return System("trafilatura-dump", "dump", extract)


def make_trafilatura_html() -> System:
    import trafilatura

    def extract(page_html: str, url: str) -> Extraction:
        doc = trafilatura.bare_extraction(
            page_html, url=url or None, include_comments=False, with_metadata=True
        )
        if doc is None:
            return Extraction(body="")
        if isinstance(doc, dict):  # older trafilatura versions return a dict
            get = doc.get
        else:
            get = lambda name: getattr(doc, name, None)  # noqa: E731
        return Extraction(get("text") or "", get("title"), get("author"), get("date"))

    return System("trafilatura-html", "html", extract, has_metadata=True)


SYSTEM_FACTORIES: dict[str, Callable[[], System]] = {
    "q7x2clean": make_q7x2clean,
    "keep": make_keep,
    "justext-dump": make_justext_dump,
    "trafilatura-dump": make_trafilatura_dump,
    "trafilatura-html": make_trafilatura_html,
}


# --------------------------------------------------------------------------- scoring


@dataclass
class PageResult:
    """One system's output on one page (for one renderer), scored against the gold."""

    page: Page
    pred: Extraction
    seconds: float
    precision: float | None = None  # None: no gold body
    recall: float | None = None
    missed_with: list[str] = field(default_factory=list)  # `with` snippets not in the body
    leaked_without: list[str] = field(default_factory=list)  # `without` snippets in the body

    @property
    def f1(self) -> float | None:
        return None if self.precision is None else f1(self.precision, self.recall or 0.0)

    @property
    def failed_snippets(self) -> int:
        return len(self.missed_with) + len(self.leaked_without)


def score_page(page: Page, pred: Extraction, seconds: float) -> PageResult:
    result = PageResult(page, pred, seconds)
    if page.gold_shingles is not None:
        tp, fp, fn = tp_fp_fn(page.gold_shingles, shingles(pred.body))
        result.precision, result.recall = precision_recall(tp, fp, fn)
    if page.with_snippets or page.without_snippets:
        body = normalise(pred.body)
        result.missed_with = [
            s for s, n in zip(page.with_snippets, page.with_norm) if n not in body
        ]
        result.leaked_without = [
            s for s, n in zip(page.without_snippets, page.without_norm) if n in body
        ]
    return result


def run_system(system: System, pages: Sequence[Page], renderer: str) -> list[PageResult]:
    """Run one system on every page's input for the renderer, timing the extraction calls only."""
    results = []
    if system.start is not None:
        system.start()
    for page in pages:
        source = page.html if system.source == "html" else page.dumps[renderer]
        assert source is not None
        start = time.perf_counter()
        pred = system.extract(source, page.url)
        seconds = time.perf_counter() - start
        results.append(score_page(page, pred, seconds))
    return results


def aggregate(results: Sequence[PageResult], with_metadata: bool) -> dict[str, float]:
    """The figures of one (set, renderer, system): keys f1 p r title author date ... docs_per_s."""
    figures: dict[str, float] = {"n": float(len(results))}
    bodies = [r for r in results if r.precision is not None]
    if bodies:
        p = sum(r.precision or 0.0 for r in bodies) / len(bodies)
        rec = sum(r.recall or 0.0 for r in bodies) / len(bodies)
        figures.update(f1=f1(p, rec), p=p, r=rec)

    if with_metadata and any(r.page.title for r in results):
        figures.update(metadata_figures(results))

    n_with = sum(len(r.page.with_snippets) for r in results)
    n_without = sum(len(r.page.without_snippets) for r in results)
    if n_with:
        figures["with"] = 1 - sum(len(r.missed_with) for r in results) / n_with
    if n_without:
        figures["without"] = 1 - sum(len(r.leaked_without) for r in results) / n_without

    seconds = sum(r.seconds for r in results)
    figures["docs_per_s"] = len(results) / seconds if seconds > 0 else float("inf")
    figures["seconds"] = seconds
    failed = sum(r.pred.failed for r in results)
    if failed:
        figures["clean_errors"] = float(failed)
    return figures


def metadata_figures(results: Sequence[PageResult]) -> dict[str, float]:
    """Title/author/date accuracy over pages with that gold field, and date precision.

    ``title`` follows the data README: the system title must equal the gold title or the gold
    title's bare headline. Two extra figures (JSON only) give other readings of the metric:
    ``title_symmetric`` (also right when the gold title equals the system title's bare headline)
    and ``date_precision_gold_dated`` (precision over the pages that have a gold date).
    """
    checks: dict[str, tuple[str, Callable[[PageResult], bool]]] = {
        "title": ("title", lambda r: same_title(r.pred.title, r.page.title or "", symmetric=False)),
        "title_symmetric": ("title", lambda r: same_title(r.pred.title, r.page.title or "")),
        "author": ("author", lambda r: same_text(r.pred.author, r.page.author or "")),
        "date": ("date", lambda r: _same_date(r.pred.date, r.page.date)),
    }
    figures = {}
    for key, (gold_field, check) in checks.items():
        judged = [check(r) for r in results if getattr(r.page, gold_field)]
        if judged:
            figures[key] = sum(judged) / len(judged)
    # Undefined (shown "-", missing for --gate) when the system gave no date at all.
    dated = [r for r in results if r.pred.date]
    if dated:
        figures["date_precision"] = sum(_same_date(r.pred.date, r.page.date) for r in dated) / len(dated)
    dated_gold = [r for r in dated if r.page.date]
    if dated_gold:
        correct = sum(_same_date(r.pred.date, r.page.date) for r in dated_gold)
        figures["date_precision_gold_dated"] = correct / len(dated_gold)
    return figures


def _same_date(pred: str | None, gold: str | None) -> bool:
    return pred is not None and gold is not None and pred.strip()[:10] == gold.strip()[:10]


# --------------------------------------------------------------------------- report


Row = tuple[str, str, dict[str, float]]  # renderer, system, figures

COLUMNS: tuple[tuple[str, str, str], ...] = (  # header, figure key, group
    ("F1", "f1", "body"),
    ("P", "p", "body"),
    ("R", "r", "body"),
    ("title", "title", "meta"),
    ("author", "author", "meta"),
    ("date", "date", "meta"),
    ("d-prec", "date_precision", "meta"),
    ("with", "with", "snippets"),
    ("without", "without", "snippets"),
    ("docs/s", "docs_per_s", "speed"),
)


def format_table(set_name: str, n_pages: int, rows: Sequence[Row]) -> str:
    """A plain-text table: one row per system x renderer, only the columns the set has."""
    present = {key for _, _, figures in rows for key in figures}
    columns = [(head, key) for head, key, _ in COLUMNS if key in present]
    header = ["renderer", "system", *[head for head, _ in columns]]
    body = []
    for renderer, system, figures in rows:
        cells = [renderer, system]
        for _, key in columns:
            value = figures.get(key)
            if value is None:
                cells.append("-")
            elif key == "docs_per_s":
                cells.append(f"{value:.1f}" if value < 100 else f"{value:.0f}")
            else:
                cells.append(f"{value:.3f}")
        body.append(cells)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        left = [c.ljust(w) for c, w in zip(cells[:2], widths[:2])]
        right = [c.rjust(w) for c, w in zip(cells[2:], widths[2:])]
        return "  ".join(left + right).rstrip()

    out = [f"== {set_name} ({n_pages} pages)", line(header), line(["-" * w for w in widths])]
    previous = None
    for (renderer, _, _), cells in zip(rows, body):
        if previous is not None and renderer != previous:
            out.append("")
        out.append(line(cells))
        previous = renderer
    errors = [(r, s, f["clean_errors"]) for r, s, f in rows if f.get("clean_errors")]
    for renderer, system, count in errors:
        out.append(f"   note: {system} raised CleanError on {count:.0f} {renderer} dumps (scored empty)")
    return "\n".join(out)


def flatten(set_name: str, rows: Iterable[Row]) -> dict[str, float]:
    return {
        f"{set_name}.{renderer}.{system}.{key}": value
        for renderer, system, figures in rows
        for key, value in figures.items()
    }


def speed_figures(
    all_results: dict[tuple[str, str, str], list[PageResult]],
) -> dict[str, float]:
    """q7x2clean docs/s over all aeb dumps vs trafilatura-html docs/s over the aeb pages."""

    def docs_per_s(system: str) -> float | None:
        runs = [res for (s, _, sysname), res in all_results.items() if s == "aeb" and sysname == system]
        docs = sum(len(res) for res in runs)
        seconds = sum(r.seconds for res in runs for r in res)
        return docs / seconds if docs and seconds > 0 else None

    figures = {}
    ours, theirs = docs_per_s("q7x2clean"), docs_per_s("trafilatura-html")
    if ours is not None:
        figures["speed.q7x2clean_aeb_docs_per_s"] = ours
    if theirs is not None:
        figures["speed.trafilatura_html_aeb_docs_per_s"] = theirs
    if ours is not None and theirs is not None:
        figures["speed.ratio_vs_trafilatura_html"] = ours / theirs
    return figures


def format_speed(figures: dict[str, float], renderers: Sequence[str]) -> str:
    ours = figures.get("speed.q7x2clean_aeb_docs_per_s")
    theirs = figures.get("speed.trafilatura_html_aeb_docs_per_s")
    if ours is None and theirs is None:
        return ""
    fmt = lambda v: "n/a" if v is None else f"{v:.1f} docs/s"  # noqa: E731
    text = (
        f"speed (aeb): q7x2clean {fmt(ours)} over the {'/'.join(renderers)} dumps"
        f" vs trafilatura-html {fmt(theirs)} over the HTML pages"
    )
    ratio = figures.get("speed.ratio_vs_trafilatura_html")
    return text + (f" -> ratio {ratio:.1f}x" if ratio is not None else "")


def check_gate(figures: dict[str, float], floors_file: Path) -> bool:
    """Print each floor as PASS/FAIL; True when every figure exists and reaches its floor."""
    floors = json.loads(floors_file.read_text(encoding="utf-8"))
    ok = True
    print(f"\n== gate ({floors_file}, {len(floors)} floors)")
    for key, floor in floors.items():
        value = figures.get(key)
        passed = value is not None and value >= floor
        ok &= passed
        shown = "missing" if value is None else f"{value:.4f}"
        print(f"{'PASS' if passed else 'FAIL'}  {key}: {shown} (floor {floor})")
    print("gate:", "PASS" if ok else "FAIL")
    return ok


# --------------------------------------------------------------------------- worst pages


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines; lines when the text has no blank lines."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) <= 1:
        blocks = [line.strip() for line in text.splitlines() if line.strip()]
    return blocks


def uncovered_paragraphs(text: str, other: str) -> list[str]:
    """Paragraphs of ``text`` of which less than half the shingles occur in ``other``."""
    other_tokens = tokenize(other)
    other_joined = f" {' '.join(other_tokens)} "
    other_shingles = set(zip(*(other_tokens[i:] for i in range(SHINGLE_SIZE))))
    missing = []
    for paragraph in split_paragraphs(text):
        tokens = tokenize(paragraph)
        if not tokens:
            continue
        if len(tokens) < SHINGLE_SIZE:
            covered = 1.0 if f" {' '.join(tokens)} " in other_joined else 0.0
        else:
            own = list(zip(*(tokens[i:] for i in range(SHINGLE_SIZE))))
            covered = sum(s in other_shingles for s in own) / len(own)
        if covered < COVERED_ENOUGH:
            missing.append(paragraph)
    return missing


def worst_report(result: PageResult) -> str:
    page, pred = result.page, result.pred
    out = [f"url: {page.url}", f"id: {page.id}"]
    if result.precision is not None:
        out.append(f"P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}")
    if pred.failed:
        out.append("q7x2clean raised CleanError (scored as empty output)")
    if page.title:
        out.append(f"title:  got {pred.title!r}  gold {page.title!r}")
        out.append(f"author: got {pred.author!r}  gold {page.author!r}")
        out.append(f"date:   got {pred.date!r}  gold {page.date!r}")
    if page.body is not None:
        out += ["", "=== MISSED (in gold, not in output)", *uncovered_paragraphs(page.body, pred.body)]
        out += ["", "=== LEAKED (in output, not in gold)", *uncovered_paragraphs(pred.body, page.body)]
    if page.with_snippets or page.without_snippets:
        out.append(
            f"\nsnippets failed: {result.failed_snippets} of "
            f"{len(page.with_snippets) + len(page.without_snippets)}"
        )
        out += ["", "=== MISSED `with` snippets (should be in output)", *result.missed_with]
        out += ["", "=== LEAKED `without` snippets (should not be in output)", *result.leaked_without]
    out += ["", "=== PREDICTED BODY", pred.body]
    if page.body is not None:
        out += ["", "=== GOLD BODY", page.body]
    return "\n".join(out) + "\n"


def write_worst(
    results: Sequence[PageResult], set_name: str, renderer: str, n: int, out_dir: Path
) -> None:
    """Write the n worst pages: lowest per-page F1, or most failed snippets when no gold body."""
    if any(r.precision is not None for r in results):
        ranked = sorted(
            (r for r in results if r.precision is not None), key=lambda r: (r.f1, r.page.id)
        )
    else:
        ranked = sorted(
            (r for r in results if r.failed_snippets), key=lambda r: (-r.failed_snippets, r.page.id)
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    for rank, result in enumerate(ranked[:n], start=1):
        path = out_dir / f"{set_name}.{renderer}.{rank}.{result.page.id}.txt"
        path.write_text(worst_report(result), encoding="utf-8")


# --------------------------------------------------------------------------- main


def _csv(value: str, allowed: Sequence[str], what: str) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {what}: {', '.join(unknown)}; choose from {', '.join(allowed)}")
    return items


def add_common_arguments(parser: argparse.ArgumentParser, systems: Sequence[str]) -> None:
    """The options every benchmark script of the project takes (data, sets, systems,
    limit, JSON output, gate, worst pages)."""
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"benchmark data (default {DEFAULT_DATA})")
    parser.add_argument("--sets", type=lambda v: _csv(v, SETS, "set"), default=list(SETS))
    parser.add_argument("--systems", type=lambda v: _csv(v, systems, "system"), default=list(systems))
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--json", type=Path, default=None, help="write all figures as a flat JSON dict")
    parser.add_argument("--gate", type=Path, default=None, help="JSON {figure key: floor}; exit 1 if any is below or missing")
    parser.add_argument("--worst", type=int, default=0, help="write the N worst q7x2clean pages per set (and renderer)")
    parser.add_argument("--out-dir", type=Path, default=None, help="directory for --worst files")


def check_common_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    if args.worst and args.out_dir is None:
        parser.error("--worst needs --out-dir")
    return args


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_arguments(parser, SYSTEMS)
    parser.add_argument("--renderers", type=lambda v: _csv(v, RENDERERS, "renderer"), default=list(RENDERERS))
    return check_common_arguments(parser, parser.parse_args(argv))


def quiet_libraries() -> None:
    for name in ("trafilatura", "htmldate", "justext", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def run_set(
    set_name: str, pages: Sequence[Page], systems: Sequence[System], renderers: Sequence[str]
) -> dict[tuple[str, str], list[PageResult]]:
    """Results per (renderer, system): dump systems per renderer, HTML systems once."""
    results = {}
    runs = [(r, s) for r in renderers for s in systems if s.source == "dump"]
    runs += [(HTML_RENDERER, s) for s in systems if s.source == "html"]
    for renderer, system in runs:
        results[(renderer, system.name)] = run_system(system, pages, renderer)
        seconds = sum(r.seconds for r in results[(renderer, system.name)])
        print(f"  [{set_name}] {system.name:<16} {renderer:<10} {len(pages)} docs {seconds:6.1f}s", file=sys.stderr)
    return results


def describe_run(args: argparse.Namespace, systems: Sequence[System]) -> str:
    versions = [f"python {sys.version.split()[0]}"]
    for module in ("q7x2clean", "trafilatura", "justext", "lxml"):
        loaded = sys.modules.get(module)
        if loaded is not None:
            where = f" ({Path(loaded.__file__).parent})" if module == "q7x2clean" and loaded.__file__ else ""
            versions.append(f"{module} {getattr(loaded, '__version__', '?')}{where}")
    return "\n".join(
        [
            f"data: {args.data}   sets: {','.join(args.sets)}   renderers: {','.join(args.renderers)}"
            + (f"   limit: {args.limit}" if args.limit else ""),
            f"systems: {', '.join(s.name for s in systems)}",
            "versions: " + ", ".join(versions),
            "body: 4-token shingles, P and R averaged over pages with a gold body, F1 from the means.",
            "meta: exact match after NFKC, casefold, quotes dropped, \\w+ tokens joined by spaces; title also"
            " right when it equals the gold's bare headline; d-prec = correct / dates given.",
            "snippets: with = kept `with` snippets, without = removed `without` snippets,"
            " pooled over all snippets (micro).",
            "docs/s: extraction calls only, one process; trafilatura-html runs once per page (renderer html).",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    quiet_libraries()
    systems = [SYSTEM_FACTORIES[name]() for name in SYSTEMS if name in args.systems]
    dump_renderers = args.renderers if any(s.source == "dump" for s in systems) else []
    need_html = any(s.source == "html" for s in systems)

    print(describe_run(args, systems), flush=True)
    figures: dict[str, float] = {}
    all_results: dict[tuple[str, str, str], list[PageResult]] = {}
    for set_name in args.sets:
        pages = load_set(args.data, set_name, dump_renderers, need_html, args.limit)
        results = run_set(set_name, pages, systems, dump_renderers)
        has_metadata = {s.name: s.has_metadata for s in systems}
        rows = [
            (renderer, system, aggregate(res, has_metadata[system]))
            for (renderer, system), res in results.items()
        ]
        print("\n" + format_table(set_name, len(pages), rows), flush=True)
        figures.update(flatten(set_name, rows))
        for (renderer, system), res in results.items():
            all_results[(set_name, renderer, system)] = res
            if args.worst and system == "q7x2clean":
                write_worst(res, set_name, renderer, args.worst, args.out_dir)

    speed = speed_figures(all_results)
    figures.update(speed)
    speed_line = format_speed(speed, dump_renderers)
    if speed_line:
        print("\n" + speed_line)
    total = time.perf_counter() - started
    figures["run.total_seconds"] = total
    print(f"total run time: {total:.1f}s")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.gate and not check_gate(figures, args.gate):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

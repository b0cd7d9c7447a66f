"""Benchmark harness for q7x2clean's HTML path: main-content and metadata extraction from
the original pages, side by side with the HTML extractors people use.

Scores, in one run, on the read-only benchmark data in ``../shared/bench`` (every set's
``html/<id>.html.gz``):

* ``q7x2clean``   -- ``q7x2clean.clean_html(html, url=url)`` (``CleanError`` counts as empty output);
* ``trafilatura`` -- ``trafilatura.bare_extraction`` with metadata (as ``bench.py``'s trafilatura-html);
* ``readability`` -- readability-lxml's ``Document(html).summary()`` as text, ``.short_title()``;
* ``justext``     -- jusText paragraphs (stoplist guessed as in ``bench.py``);
* ``resiliparse`` -- ``extract_plain_text(html, main_content=True)``;
* ``newspaper4k`` -- ``newspaper.Article`` parsed from the given HTML (body, title, authors, date).

Peers that are not installed are skipped with a note (``pip install -e ".[bench]"``).
The metric, the data loading, the tables, the gate and the worst-page reports are
``bench.py``'s, imported, not copied: the figures of the two harnesses are comparable.

Run ``python benchmarks/bench_html.py --help`` for the options.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402  (the text benchmark: metric, data, tables, gate)
from bench import Extraction, System  # noqa: E402

SYSTEMS = ("q7x2clean", "trafilatura", "readability", "justext", "resiliparse", "newspaper4k")


def make_q7x2clean() -> System:
    src = bench.REPO / "src"
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
    import q7x2clean

    clean_html, clean_error = q7x2clean.clean_html, q7x2clean.CleanError

    def extract(page_html: str, url: str) -> Extraction:
        try:
            return bench.extraction_of(clean_html(page_html, url=url or None))
        except clean_error:
            return Extraction(body="", failed=True)

    return System("q7x2clean", "html", extract, has_metadata=True, start=q7x2clean.classify.clear_feature_cache)


def make_trafilatura() -> System:
    system = bench.make_trafilatura_html()
    return System("trafilatura", "html", system.extract, has_metadata=True)


def make_readability() -> System:
    import lxml.html
    from readability import Document

    def extract(page_html: str, url: str) -> Extraction:
        try:
            doc = Document(page_html, url=url or None)
            summary = doc.summary(html_partial=True)
            title = doc.short_title() or None
        except Exception:  # readability raises on empty or odd documents
            return Extraction(body="")
        text = "\n\n".join(
            " ".join(el.text_content().split())
            for el in lxml.html.fromstring(summary).iter("p", "h1", "h2", "h3", "h4", "li", "pre", "td")
        )
        return Extraction(text, title)

    return System("readability", "html", extract, has_metadata=True)


def make_justext() -> System:
    import justext

    def extract(page_html: str, url: str) -> Extraction:
        language = bench.guess_stoplist_language(page_html[:200_000])
        try:
            paragraphs = justext.justext(page_html.encode("utf-8"), bench.justext_stoplists()[language])
        except Exception:
            return Extraction(body="")
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return System("justext", "html", extract)


def make_resiliparse() -> System:
    from resiliparse.extract.html2text import extract_plain_text

    def extract(page_html: str, url: str) -> Extraction:
        return Extraction(extract_plain_text(page_html, main_content=True) or "")

    return System("resiliparse", "html", extract)


def make_newspaper4k() -> System:
    import newspaper

    def extract(page_html: str, url: str) -> Extraction:
        try:
            article = newspaper.Article(url or "http://example.invalid/", fetch_images=False)
            article.download(input_html=page_html)
            article.parse()
        except Exception:
            return Extraction(body="")
        date = article.publish_date.date().isoformat() if article.publish_date else None
        return Extraction(article.text or "", article.title or None, ", ".join(article.authors) or None, date)

    return System("newspaper4k", "html", extract, has_metadata=True)


# Metadata fields a system does not give at all (readability-lxml has a title only).
NOT_GIVEN = {"readability": ("author", "date", "date_precision", "date_precision_gold_dated")}

FACTORIES: dict[str, Callable[[], System]] = {
    "q7x2clean": make_q7x2clean,
    "trafilatura": make_trafilatura,
    "readability": make_readability,
    "justext": make_justext,
    "resiliparse": make_resiliparse,
    "newspaper4k": make_newspaper4k,
}


def load_systems(names: Sequence[str]) -> list[System]:
    systems = []
    for name in names:
        try:
            systems.append(FACTORIES[name]())
        except ImportError as error:
            print(f"note: {name} skipped (not installed: {error})", file=sys.stderr)
    return systems


def run_alternating(set_name: str, pages: Sequence[bench.Page], systems: Sequence[System]) -> dict:
    """Like ``bench.run_set``, but page by page, every system on a page before the next
    page, in an order that rotates: on a shared machine the load then falls on all
    systems alike and their docs/s compare. Each system first runs once untimed (imports,
    compiled patterns, word lists), then starts cold (`System.start`)."""
    if pages:
        for system in systems:
            system.extract(pages[0].html or "", pages[0].url)
            if system.start is not None:
                system.start()
    results: dict[tuple[str, str], list[bench.PageResult]] = {(bench.HTML_RENDERER, s.name): [] for s in systems}
    for index, page in enumerate(pages):
        shift = index % len(systems)
        for system in [*systems[shift:], *systems[:shift]]:
            start = time.perf_counter()
            pred = system.extract(page.html or "", page.url)
            seconds = time.perf_counter() - start
            results[(bench.HTML_RENDERER, system.name)].append(bench.score_page(page, pred, seconds))
    for system in systems:
        seconds = sum(r.seconds for r in results[(bench.HTML_RENDERER, system.name)])
        print(f"  [{set_name}] {system.name:<16} html       {len(pages)} docs {seconds:6.1f}s (alternating)", file=sys.stderr)
    return results


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    bench.add_common_arguments(parser, SYSTEMS)
    parser.add_argument(
        "--alternate", action="store_true", help="run the systems page by page in rotating order (fair docs/s on a shared machine)"
    )
    return bench.check_common_arguments(parser, parser.parse_args(argv))


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    bench.quiet_libraries()
    systems = load_systems(args.systems)
    print(f"data: {args.data}   sets: {','.join(args.sets)}" + (f"   limit: {args.limit}" if args.limit else ""))
    order = "systems alternating page by page" if args.alternate else "one system after the other"
    print(f"systems: {', '.join(s.name for s in systems)}   (input: the page's HTML; docs/s: one process, {order}, noisy on a shared machine)")
    figures: dict[str, float] = {}
    for set_name in args.sets:
        pages = bench.load_set(args.data, set_name, [], True, args.limit)
        if args.alternate:
            results = run_alternating(set_name, pages, systems)
        else:
            results = bench.run_set(set_name, pages, systems, [])
        rows = []
        for system in systems:
            figures_of = bench.aggregate(results[(bench.HTML_RENDERER, system.name)], system.has_metadata)
            for key in NOT_GIVEN.get(system.name, ()):
                figures_of.pop(key, None)  # shown "-", not 0.000
            rows.append((bench.HTML_RENDERER, system.name, figures_of))
        print("\n" + bench.format_table(set_name, len(pages), rows), flush=True)
        figures.update(bench.flatten(set_name, rows))
        if args.worst and (bench.HTML_RENDERER, "q7x2clean") in results:
            bench.write_worst(results[(bench.HTML_RENDERER, "q7x2clean")], set_name, "html", args.worst, args.out_dir)
    total = time.perf_counter() - started
    figures["run.total_seconds"] = total
    print(f"\ntotal run time: {total:.1f}s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.gate and not bench.check_gate(figures, args.gate):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batch benchmark for q7x2clean: the `clean` command on many files, and site templates.

Four measurements, each optional (``--only speed,engines,memory,templates``):

* speed: files/s of ``q7x2clean clean DIR -o OUT`` (a subprocess, the whole command:
  walk, template pass, cleaning, writing) over every aeb dump (all renderers) with
  ``--workers 1`` and ``--workers 2``, and their ratio (target >= 1.7 on 2 cores);
* engines: files/s of the Dask engine on a 2-worker LocalCluster (cluster start
  included) against the local engine with 2 workers on the same corpus (the aeb dumps
  copied to 2,896 files); target: Dask within 25% of local, records identical;
* memory: peak RSS of the largest process of a run over N files against one over N/10
  (default 20,000 vs 2,000; aeb dumps hard-linked, or copied, under a temporary
  directory with varied names, 100 a folder); target: within 20%;
* templates: body F1 (the ScrapingHub metric of ``bench.py``) with and without site
  templates on the pages of hosts that have several pages in aeb and wcxb-dev (the
  site of a page is its URL host, the batch is one renderer's dumps), and whether the
  five samples cleaned as one batch keep exactly their bodies.

Timings depend on the machine's load (printed first): run it when the machine is idle.

    python benchmarks/bench_batch.py                         # everything (~10 minutes)
    python benchmarks/bench_batch.py --only templates
    python benchmarks/bench_batch.py --only memory --files 5000
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import bench  # noqa: E402  (the metric)

from q7x2clean import Cleaner, learn_templates  # noqa: E402
from q7x2clean.cleaner import site_of  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "bench"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "q7x2clean.cli", "clean", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def attainable_ratio() -> float:
    """How much faster 2 processes run pure Python than 1 on this machine right now:
    the ceiling for the workers ratio while other programs share the cores."""
    from concurrent.futures import ProcessPoolExecutor

    seconds = []
    for workers in (1, 2):
        started = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_burn, [5_000_000] * 4))
        seconds.append(time.perf_counter() - started)
    return seconds[0] / seconds[1]


def speed(data: Path, repeats: int) -> dict[str, float]:
    dumps = data / "aeb" / "dumps"
    n = sum(1 for _ in dumps.glob("*.txt"))
    figures: dict[str, float] = {"attainable_ratio": attainable_ratio()}
    print(f"speed: pure-Python CPU work runs {figures['attainable_ratio']:.2f}x faster on 2 processes than 1 here now (the ceiling)", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            best = float("inf")
            for _ in range(repeats):
                out = Path(tmp) / f"out{workers}.jsonl"
                started = time.perf_counter()
                subprocess.run(_command(str(dumps), "-o", str(out), "--workers", str(workers)), env=_env(), check=True, stderr=subprocess.DEVNULL)
                best = min(best, time.perf_counter() - started)
            figures[f"workers{workers}_files_per_s"] = n / best
            print(f"speed: {n} aeb dumps, --workers {workers}: {best:.1f} s, {n / best:.1f} files/s (best of {repeats})", flush=True)
        outputs = [(Path(tmp) / f"out{w}.jsonl").read_bytes() for w in (1, 2)]
        figures["identical_output"] = float(outputs[0] == outputs[1])
    figures["ratio"] = figures["workers2_files_per_s"] / figures["workers1_files_per_s"]
    print(f"speed: ratio 2 workers / 1 worker = {figures['ratio']:.2f} (target >= 1.7); identical output: {bool(figures['identical_output'])}")
    return figures


def engines(data: Path, files: int, repeats: int) -> dict[str, float]:
    """The Dask engine on a 2-worker LocalCluster against the local engine with 2
    workers, on the same corpus (aeb dumps copied to `files` files), end to end: the
    Dask time includes starting the cluster."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        _build_corpus(data, corpus, files)
        outputs = {}
        for engine in ("local", "dask"):
            best = float("inf")
            for _ in range(repeats):
                out = Path(tmp) / f"{engine}.jsonl"
                started = time.perf_counter()
                subprocess.run(
                    _command(str(corpus), "-o", str(out), "--workers", "2", "--engine", engine, "--no-templates"),
                    env=_env(), check=True, stderr=subprocess.DEVNULL,
                )
                best = min(best, time.perf_counter() - started)
            outputs[engine] = (Path(tmp) / f"{engine}.jsonl").read_bytes()
            figures[f"{engine}_files_per_s"] = files / best
            print(f"engines: {files} files, --engine {engine} --workers 2: {best:.1f} s, {files / best:.1f} files/s (best of {repeats})", flush=True)
    figures["dask_vs_local"] = figures["dask_files_per_s"] / figures["local_files_per_s"]
    figures["identical_output"] = float(outputs["local"] == outputs["dask"])
    print(f"engines: dask / local throughput = {figures['dask_vs_local']:.2f} (target >= 0.75); identical output: {bool(figures['identical_output'])}")
    return figures


def _build_corpus(data: Path, root: Path, n: int) -> None:
    sources = sorted((data / "aeb" / "dumps").glob("*.txt"))
    for k in range(n):
        source = sources[k % len(sources)]
        folder = root / f"site{k // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"page-{k:06d}-{source.stem.split('.')[1]}.txt"
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def memory(data: Path, files: int, workers: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (files // 10, files):
            root = Path(tmp) / f"corpus{n}"
            _build_corpus(data, root, n)
            out = Path(tmp) / f"out{n}.jsonl"
            started = time.perf_counter()
            peak = subprocess.run(
                [sys.executable, "-c", _PEAK, *_command(str(root), "-o", str(out), "--workers", str(workers))],
                env=_env(), check=True, capture_output=True, text=True,
            ).stdout.strip()
            seconds = time.perf_counter() - started
            figures[f"peak_rss_mb_{n}"] = int(peak) / 1024
            lines = sum(1 for _ in out.open("rb"))
            print(f"memory: {n} files ({lines} records), --workers {workers}: peak RSS {int(peak) / 1024:.1f} MB, {seconds:.0f} s ({n / seconds:.1f} files/s)", flush=True)
            shutil.rmtree(root)
            out.unlink()
    small, large = figures[f"peak_rss_mb_{files // 10}"], figures[f"peak_rss_mb_{files}"]
    figures["growth"] = large / small - 1
    print(f"memory: {files} files vs {files // 10}: {figures['growth']:+.1%} peak RSS (target within 20%)")
    return figures


def _f1(pages: list[tuple[dict, str, str]], cleaner: Cleaner) -> tuple[float, float, float]:
    precision = recall = 0.0
    for record, site, text in pages:
        body = cleaner.clean_text(text, site=site).body
        p, r = bench.precision_recall(*bench.tp_fp_fn(bench.shingles(record["body"]), bench.shingles(body)))
        precision += p
        recall += r
    precision, recall = precision / len(pages), recall / len(pages)
    return bench.f1(precision, recall), precision, recall


def templates(data: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    for set_name in ("aeb", "wcxb-dev"):
        records = [json.loads(line) for line in (data / set_name / "gold.jsonl").open(encoding="utf-8")]
        hosts = collections.Counter(site_of(r["url"]) for r in records)
        group = [r for r in records if r["body"] and hosts[site_of(r["url"])] >= 2]
        n_hosts = len({site_of(r["url"]) for r in group})
        for renderer in bench.RENDERERS:
            pages = [
                (r, site_of(r["url"]), (data / set_name / "dumps" / f"{r['id']}.{renderer}.txt").read_text(encoding="utf-8"))
                for r in group
            ]
            learned = learn_templates((site, text) for _, site, text in pages)
            without = _f1(pages, Cleaner())
            with_templates = _f1(pages, Cleaner(templates=learned))
            lines = sum(len(t) for t in learned.sites.values())
            key = f"{set_name}.{renderer}"
            figures[f"{key}.f1_without"], figures[f"{key}.f1_with"] = without[0], with_templates[0]
            print(
                f"templates: {set_name:8} {renderer:10} {len(group)} pages of {n_hosts} hosts, {lines:5} template lines on {len(learned)} sites: "
                f"F1 {without[0]:.4f} -> {with_templates[0]:.4f} ({with_templates[0] - without[0]:+.4f}); "
                f"P {without[1]:.4f} -> {with_templates[1]:.4f}, R {without[2]:.4f} -> {with_templates[2]:.4f}",
                flush=True,
            )
    samples = sorted((REPO / "samples").glob("*.txt"))
    learned = learn_templates(("samples", p.read_text(encoding="utf-8")) for p in samples)
    same = all(
        Cleaner(templates=learned).clean_text(p.read_text(encoding="utf-8"), site="samples").body
        == Cleaner().clean_text(p.read_text(encoding="utf-8")).body
        for p in samples
    )
    figures["samples_unchanged"] = float(same)
    print(f"templates: the {len(samples)} samples cleaned as one site keep exactly their bodies: {same} ({len(learned.get('samples'))} template lines learned)")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", default="speed,engines,memory,templates")
    parser.add_argument("--engine-files", type=int, default=2896, help="files of the engines comparison (4x the aeb dumps)")
    parser.add_argument("--files", type=int, default=20_000, help="files of the large memory run (the small one has a tenth)")
    parser.add_argument("--memory-workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=1, help="speed runs a setting (the best counts)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    print(f"load average before: {_load()} on {os.cpu_count()} cores", flush=True)
    figures: dict[str, float] = {}
    if "templates" in parts:
        figures.update({f"templates.{k}": v for k, v in templates(args.data).items()})
    if "speed" in parts:
        figures.update({f"speed.{k}": v for k, v in speed(args.data, args.repeats).items()})
    if "engines" in parts:
        figures.update({f"engines.{k}": v for k, v in engines(args.data, args.engine_files, args.repeats).items()})
    if "memory" in parts:
        figures.update({f"memory.{k}": v for k, v in memory(args.data, args.files, args.memory_workers).items()})
    print(f"load average after: {_load()}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Work per page, counted in CPU instructions: a throughput comparison that does not
depend on the machine's load.

docs/s on a shared machine move by several percent from run to run, and by more when
several systems take turns in one process (each evicts the others' data from the CPU
caches). valgrind's callgrind counts the instructions a run executes instead: the same
count for the same code, inputs and interpreter, whatever else the machine is doing.

Each system runs in its own process under callgrind twice, over the set's first N pages
and over the first page alone; the difference, divided by N - 1, is its instructions
per page (imports, word lists and compiled patterns, paid once, fall out). What is first
needed on a later page (jusText's word lists when the first page that needs trafilatura's
full pass comes, the date patterns of a language first seen) is still counted, as in a
short timed run; `--warm K` runs K other pages of the set (those after the first N)
before, in both runs, so that only the work every page costs is counted. Systems:
``q7x2clean`` and ``trafilatura`` on the page's HTML (as in ``bench_html.py``), and
``q7x2clean-<renderer>`` on that renderer's dump (as in ``bench.py``).

    python benchmarks/bench_instructions.py --set traf-dev --pages 60
    python benchmarks/bench_instructions.py --set aeb --systems q7x2clean-w3m,trafilatura
    python benchmarks/bench_instructions.py --set aeb --pages 60 --warm 60

Needs valgrind (Debian's package). A run of 60 pages takes a few minutes a system.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
RENDERERS = ("w3m", "lynx", "inscriptis", "innertext")

# What each child process runs: the system's extraction over the first N pages.
_RUN = """
import sys
sys.path.insert(0, {here!r})
import bench, bench_html
from pathlib import Path
name, set_name, n, warm, after = {name!r}, {set_name!r}, {n}, {warm}, {after}
renderer = name.split("-", 1)[1] if name.startswith("q7x2clean-") else None
pages = bench.load_set(Path({data!r}), set_name, [renderer] if renderer else [], renderer is None, None)
bench.quiet_libraries()
if renderer:
    system = bench.make_q7x2clean()
    inputs = [(page.dumps[renderer], page.url) for page in pages]
else:
    system = bench_html.FACTORIES[name]()
    inputs = [(page.html or "", page.url) for page in pages]
# The warm-up: pages after the counted ones (the same in both runs), so what is paid once
# on first use (word lists, patterns compiled for a language) is paid before, and no
# counted page is seen twice.
for text, url in inputs[after : after + warm]:
    system.extract(text, url)
if warm and system.start is not None:
    system.start()
for text, url in inputs[:n]:
    system.extract(text, url)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(name: str, set_name: str, pages: int, data: Path, warm: int = 0, after: int = 0) -> int:
    """Instructions callgrind counts for one process running `name` over the `warm` pages
    from page `after` on, then over the first `pages`."""
    code = _RUN.format(here=str(HERE), name=name, set_name=set_name, n=pages, data=str(data), warm=warm, after=after)
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{name}: the run under callgrind failed:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "bench", help="benchmark data (default: ../shared/bench)")
    parser.add_argument("--set", dest="set_name", default="traf-dev", help="the set (aeb, wcxb-dev, traf-dev)")
    parser.add_argument("--pages", type=int, default=60, help="pages counted (the set's first N; at least 2)")
    parser.add_argument(
        "--warm", type=int, default=0, help="run this many other pages of the set first, in both runs (one-time costs fall out)"
    )
    parser.add_argument("--systems", default="q7x2clean,trafilatura", help="q7x2clean, trafilatura, q7x2clean-<renderer>, comma-separated")
    args = parser.parse_args(argv)
    args.systems = [s for s in args.systems.split(",") if s]
    known = {"q7x2clean", "trafilatura", *(f"q7x2clean-{r}" for r in RENDERERS)}
    unknown = [s for s in args.systems if s not in known]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    if args.pages < 2:
        parser.error("--pages must be at least 2")
    if not (args.data / args.set_name / "gold.jsonl").is_file():
        parser.error(f"no set {args.set_name!r} under {args.data}")
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (Debian: apt-get install valgrind)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    warm = f"; {args.warm} other pages run first in both" if args.warm else ""
    print(f"set: {args.set_name}   pages 2..{args.pages} counted   (callgrind instructions; the first page's run subtracted{warm})")
    per_page: dict[str, float] = {}
    for name in args.systems:
        runs = [instructions(name, args.set_name, n, args.data, args.warm, args.pages) for n in (args.pages, 1)]
        total = runs[0] - runs[1]
        per_page[name] = total / (args.pages - 1)
        print(f"  {name:<22} {total / 1e9:8.3f} G instructions   {per_page[name] / 1e6:8.1f} M a page", flush=True)
    reference = per_page.get("trafilatura")
    if reference:
        for name, value in per_page.items():
            if name != "trafilatura":
                print(f"  {name}: {value / reference:.2f}x trafilatura's instructions a page")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The `q7x2clean` command: argument parsing and error reporting only."""

from __future__ import annotations

import argparse
import datetime
import os
import json
import sys
from pathlib import Path

from . import __version__
from .batch import DEFAULT_TIME_LIMIT, ENGINES, FORMATS, BatchError, Job, default_workers, run
from .errors import CleanError
from .jsonl import TEXT_FIELDS
from .progress import Progress


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of workers: {value!r}")
    return number


def _seconds(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}")
    return number or None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="q7x2clean", description="Clean news page dumps into articles.")
    parser.add_argument("--version", action="version", version=f"q7x2clean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser(
        "clean",
        help="clean dumps and HTML pages into records",
        description="Clean text dumps and HTML pages (.txt, .html, .htm, gzipped or not) into JSON "
        "records. Exit status: 0 all cleaned, 1 some failed (error records written), 2 usage error.",
    )
    clean.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories (searched recursively) or - for standard input")
    out = clean.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="JSONL output file (default: standard output)")
    out.add_argument("--out-dir", metavar="DIR", help="one file a document under DIR, mirroring the input tree")
    clean.add_argument("--format", choices=sorted(FORMATS), default="json", help="file format with --out-dir (default: json)")
    clean.add_argument("--resume", action="store_true", help="skip the files already in the output (a rerun after a stop)")
    clean.add_argument("--workers", type=_workers, default=None, metavar="N", help="processes (default: all cores)")
    clean.add_argument("--reference-date", type=_date, help="completes year-less dates (YYYY-MM-DD)")
    clean.add_argument("--no-templates", action="store_true", help="do not learn site templates from the batch")
    clean.add_argument(
        "--time-limit", type=_seconds, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
        help=f"a document taking longer gets an error record (default {DEFAULT_TIME_LIMIT:g}; 0: no limit; local engine)",
    )
    clean.add_argument(
        "--field", metavar="NAME",
        help="the field of JSONL input lines (*.jsonl, *.ndjson) holding the document (default: the first of "
        + ", ".join(TEXT_FIELDS) + " holding text)",
    )
    clean.add_argument("--follow-symlinks", action="store_true", help="follow symbolic links that stay inside an input directory")
    clean.add_argument("--engine", choices=ENGINES, default="local", help="local processes (default) or a Dask cluster")
    clean.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler (tcp://host:8786); default: a local cluster of --workers processes")
    clean.add_argument("--scheduler-file", metavar="FILE", help="with --engine dask: the scheduler file of `dask scheduler --scheduler-file`")
    _add_fetch_parser(commands)
    return parser


def _add_fetch_parser(commands: argparse._SubParsersAction) -> None:
    fetch = commands.add_parser("fetch", help="download pages and clean them into JSONL records")
    fetch.add_argument("urls", nargs="+", help="http(s) URLs")
    fetch.add_argument("-o", "--output", type=Path, help="JSONL output file (default: standard output)")
    fetch.add_argument("--reference-date", type=_date, help="completes year-less dates (YYYY-MM-DD)")
    fetch.add_argument("--timeout", type=float, default=20.0, help="seconds to connect and per read (default 20)")
    fetch.add_argument("--max-bytes", type=int, default=10_000_000, help="largest page accepted (default 10 MB)")
    fetch.set_defaults(handler=_fetch_command)


def _fetch_command(args: argparse.Namespace) -> int:
    from .fetch import FetchOptions, fetch_and_clean

    if args.timeout <= 0 or args.max_bytes <= 0:
        print("q7x2clean: --timeout and --max-bytes must be positive", file=sys.stderr)
        return 2
    options = FetchOptions(timeout=args.timeout, max_bytes=args.max_bytes)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = done = 0
    try:
        for record in fetch_and_clean(args.urls, reference_date=args.reference_date, options=options):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            done += 1
            failed += "error" in record
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"q7x2clean: {done - failed} cleaned, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse has printed the usage message
        return stop.code if isinstance(stop.code, int) else 2
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    job = Job(
        inputs=tuple(args.inputs),
        output=args.output,
        out_dir=args.out_dir,
        fmt=args.format,
        resume=args.resume,
        workers=args.workers or default_workers(),
        templates=not args.no_templates,
        reference_date=args.reference_date,
        follow_symlinks=args.follow_symlinks,
        engine=args.engine,
        scheduler=args.scheduler,
        scheduler_file=args.scheduler_file,
        time_limit=args.time_limit,
        field=args.field,
    )
    try:
        summary = run(job, progress=Progress())
    except BatchError as error:
        print(f"q7x2clean: {error}", file=sys.stderr)
        return 2
    except CleanError as error:
        print(f"q7x2clean: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of standard output went away (`| head`): stop quietly.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (the interpreter closes it at exit)
        return 1
    except KeyboardInterrupt:
        print("q7x2clean: interrupted (rerun with --resume to go on)", file=sys.stderr)
        return 130
    for line in summary.lines():
        print(f"q7x2clean: {line}", file=sys.stderr)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""The `q7x2clean` command: argument parsing and error reporting only."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from . import __version__
from .batch import clean_paths
from .errors import CleanError


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="q7x2clean", description="Clean news page dumps into articles.")
    parser.add_argument("--version", action="version", version=f"q7x2clean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("clean", help="clean text dumps into JSONL records")
    clean.add_argument("paths", nargs="+", type=Path, help="files or directories (searched recursively)")
    clean.add_argument("-o", "--output", type=Path, help="JSONL output file (default: standard output)")
    clean.add_argument("--reference-date", type=_date, help="completes year-less dates (YYYY-MM-DD)")
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
    args = _parser().parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return args.handler(args)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"q7x2clean: no such file or directory: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = done = 0
    try:
        for record in clean_paths(args.paths, reference_date=args.reference_date):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            done += 1
            failed += "error" in record
    except CleanError as error:
        print(f"q7x2clean: {error}", file=sys.stderr)
        return 2
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"q7x2clean: {done - failed} cleaned, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

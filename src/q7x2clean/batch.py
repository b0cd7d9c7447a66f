"""Files in, records out: the library side of the `clean` command.

The work is a list of items, `(path, root)` pairs of strings in a fixed order (a
sorted walk of each input), cut into shards of `SHARD_SIZE` items. A shard is
processed by a plain, picklable function, `clean_shard(items, options)` (and
`learn_shard` for the template pass), so any engine can run it: `LocalEngine` is a
process pool over shards that yields results in shard order, whatever the number of
workers; another engine (e.g. Dask: `bag.from_sequence(shards).map(clean_shard,
options)`) needs nothing else.

`run(job)` is the whole command: walk, learn site templates (first pass), clean
(second pass), write JSONL or one file a document, resume, progress, summary.
"""

from __future__ import annotations

import datetime
import errno
import io
import json
import os
import signal
import sys
import tempfile
import time
import threading
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO, TextIO, TypeVar

import attrs

from .cleaner import Cleaner, site_of
from .errors import CleanError, DecodeError, InputTooLarge, NoContent, TimeLimitExceeded
from .jsonl import JSONL_SUFFIXES, is_jsonl_name
from .templates import DocumentLines, SiteTemplates, TemplateLearner, page_lines

# Dumps and pages the directory walk picks up (explicitly named files are read
# whatever their name; what a file holds is sniffed, never taken from its name).
SUFFIXES = (".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz", ".warc", ".warc.gz", *JSONL_SUFFIXES)
# Web archives hold many pages: their records are `file#1`, `file#2`... (HTML pages in
# archive order), each with the page's `url`.
WARC_SUFFIXES = (".warc", ".warc.gz")
# Files of many documents: web archives, and JSONL (`file#n` for line n).
CONTAINER_SUFFIXES = WARC_SUFFIXES + JSONL_SUFFIXES
# Items a shard: large enough that a task's overhead (pickling, a round trip to a
# worker) is small against cleaning 16 pages (~0.1-0.3 s), small enough that a
# killed run loses little and the progress bar moves. The same for any number of
# workers, so the output never depends on it.
SHARD_SIZE = 16
# Shards in flight a worker: keeps workers busy while memory stays flat.
WINDOW_PER_WORKER = 4
_GZIP_MAGIC = b"\x1f\x8b"
_READ_CHUNK = 1 << 16
STDIN = "-"

Item = tuple[str, str]  # (path, root): a file and the input root its record path is relative to
Record = dict[str, Any]
T = TypeVar("T")
R = TypeVar("R")


class BatchError(CleanError):
    """A batch cannot run as asked: a missing input, an output that cannot be written,
    contradictory options. Nothing was cleaned (the command exits with status 2)."""


class OutputError(BatchError):
    """The output could not be written any more in the middle of a run (disk full, a
    write error). What is in it is complete (whole JSONL lines, whole files): a rerun
    with `--resume` goes on from there (the command exits with status 2)."""


# Write errors that will fail for every later file too: the run stops (the others only
# cost their own file an error record).
_STOP_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO}


# -- Inputs ---------------------------------------------------------------------------


def _wanted(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def walk(root: str, *, follow_symlinks: bool = False) -> list[str]:
    """The dumps under directory `root`, sorted by their path components. Symbolic
    links are passed over unless `follow_symlinks`; then a link is followed only to a
    place inside `root` not seen before (no loops, nothing outside the root), and links
    to directories only after the real tree, so a directory reached both ways is walked
    once under its real path, whatever order the file system lists entries in."""
    top = os.path.realpath(root)
    seen_dirs = {top}
    found: list[tuple[tuple[str, ...], str]] = []
    stack = [root]
    linked: list[str] = []  # links to directories, followed when the stack is empty
    while stack or linked:
        if not stack:
            link = linked.pop()
            real = os.path.realpath(link)
            if real in seen_dirs:
                continue
            seen_dirs.add(real)
            stack.append(link)
        directory = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name, reverse=True)
        except OSError:
            continue  # unreadable directory: nothing to clean in it
        for entry in entries:
            try:
                if entry.is_symlink():
                    if not follow_symlinks:
                        continue
                    real = os.path.realpath(entry.path)
                    if os.path.commonpath([top, real]) != top:
                        continue
                    if entry.is_dir():
                        linked.insert(0, entry.path)
                        continue
                if entry.is_dir(follow_symlinks=False):
                    real = os.path.realpath(entry.path)
                    if real not in seen_dirs:
                        seen_dirs.add(real)
                        stack.append(entry.path)
                elif entry.is_file() and _wanted(entry.name):
                    found.append((tuple(os.path.relpath(entry.path, root).split(os.sep)), entry.path))
            except OSError:
                continue
    found.sort()
    return [path for _, path in found]


def iter_items(inputs: Iterable[str | os.PathLike[str]], *, follow_symlinks: bool = False) -> Iterator[Item]:
    """(path, root) items: each file given (its root is its directory), every dump
    under each directory (sorted), and `-` for standard input."""
    for given in inputs:
        path = os.fspath(given)
        if path == STDIN:
            yield STDIN, ""
        elif os.path.isdir(path):
            for file in walk(path, follow_symlinks=follow_symlinks):
                yield file, path
        else:
            yield path, os.path.dirname(path)


def shards(items: Iterable[T], size: int = SHARD_SIZE) -> Iterator[list[T]]:
    shard: list[T] = []
    for item in items:
        shard.append(item)
        if len(shard) == size:
            yield shard
            shard = []
    if shard:
        yield shard


def record_path(item: Item) -> str:
    """The `path` of an item's record: relative to its root, with `/` separators,
    file name bytes that are not UTF-8 shown as `\\xNN` (always valid JSON text)."""
    path, root = item
    if path == STDIN:
        return STDIN
    rel = os.path.relpath(path, root) if root else path
    rel = rel.replace(os.sep, "/")
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def site_of_item(item: Item) -> str:
    """The site of a file for template learning: its directory (the pages of one site
    sit together in a crawl or a dump folder; a URL is rarely known for a file)."""
    return os.path.dirname(os.path.abspath(item[0])) if item[0] != STDIN else STDIN


def _gunzip(stream: BinaryIO, limit: int) -> bytes:
    """Decompress a gzip stream (several members too) as it is read, refusing output
    over `limit` bytes before it is made: a gzip bomb costs `limit` bytes at most."""
    out = bytearray()
    decompressor = zlib.decompressobj(wbits=31)
    try:
        while True:
            chunk = stream.read(_READ_CHUNK)
            if not chunk:
                break
            while chunk:
                out += decompressor.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise InputTooLarge(f"gzip data decompresses to over {limit:,} bytes (CleanerConfig.max_input_chars)")
                if decompressor.eof:
                    chunk = decompressor.unused_data + decompressor.unconsumed_tail
                    if not chunk.startswith(_GZIP_MAGIC):
                        return bytes(out)  # trailing garbage or padding after the last member
                    decompressor = zlib.decompressobj(wbits=31)
                else:
                    chunk = decompressor.unconsumed_tail
    except zlib.error as error:
        raise DecodeError(f"corrupt gzip data ({error})") from None
    if not decompressor.eof:
        raise DecodeError("truncated gzip data")
    return bytes(out)


def read_document(stream: BinaryIO, limit: int) -> bytes:
    """The bytes of a document: gzip (told by its magic bytes) decompressed as a
    stream, at most `limit` bytes either way. Raises `InputTooLarge`, `DecodeError`
    (corrupt gzip) or `NoContent` (nothing in it)."""
    head = stream.read(2)
    if head == _GZIP_MAGIC:
        data = _gunzip(io.BufferedReader(_Prefixed(head, stream)), limit)  # type: ignore[arg-type]
    else:
        data = head + stream.read(limit + 1 - len(head))
        if len(data) > limit:
            raise InputTooLarge(f"input has over {limit:,} bytes, the limit (CleanerConfig.max_input_chars)")
    if not data.strip():
        raise NoContent("empty file" if not data else "no text (only white space)")
    return data


class _Prefixed(io.RawIOBase):
    """A stream with bytes already read put back in front."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_file(path: str, limit: int) -> bytes:
    with open(path, "rb") as stream:
        return read_document(stream, limit)


# -- Shards: the unit of work of any engine --------------------------------------------


@attrs.frozen
class BatchOptions:
    """What a shard needs besides its items: picklable, no open files, no CLI types."""

    cleaner: Cleaner = attrs.field(factory=Cleaner)
    reference_date: datetime.date | None = None
    # Seconds a document may take (None: no limit); see `time_limit`.
    time_limit: float | None = None
    # The field of JSONL lines that holds the document (None: the first text field).
    field: str | None = None


# The `clean` command's time limit a document, in seconds: far above what any page
# takes (a 30 MB one-line file: about 6 s), so only a document the library were stuck
# on meets it.
DEFAULT_TIME_LIMIT = 300.0


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raises `TimeLimitExceeded` in the block once it has run `seconds` (wall clock),
    and again each second should code that catches every exception swallow it.

    In a process's main thread on POSIX (the local engine's workers, a one-worker run)
    with SIGALRM; in another thread (a Dask worker runs its tasks in threads) a watchdog
    thread raises it in the block's thread (CPython's PyThreadState_SetAsyncExc). Either
    way it interrupts Python code; a single call into a C library (a parser, one regular
    expression match) ends before it is raised."""
    if not seconds:
        yield
        return
    message = f"cleaning took longer than the time limit of {seconds:g} s a document"
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds, message):
            yield
    else:
        with _watchdog(seconds, message):
            yield


@contextmanager
def _alarm(seconds: float, message: str) -> Iterator[None]:
    def expired(signum: int, frame: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        raise TimeLimitExceeded(message)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(seconds: float, message: str) -> Iterator[None]:
    import ctypes

    class Expired(TimeLimitExceeded):
        # Raised asynchronously, the exception is made without arguments.
        def __init__(self, *args: object) -> None:
            super().__init__(*(args or (message,)))

    Expired.__name__ = Expired.__qualname__ = TimeLimitExceeded.__name__
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = threading.Event()
    fired = False

    def watch() -> None:
        nonlocal fired
        wait = seconds
        while not done.wait(wait):
            with lock:
                if done.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(Expired))
                fired = True
            wait = 1.0

    watcher = threading.Thread(target=watch, name="q7x2clean-time-limit", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            if fired:
                # An exception set but not yet raised must not surface after the block.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


def _error(error: BaseException) -> str:
    name = type(error).__name__
    if isinstance(error, CleanError):
        return f"{name}: {error}"
    if isinstance(error, OSError):
        return f"{name}: {error.strerror or error}"
    return f"{name}: {error} (internal error, please report it)"


def _cleaned(record: Record, data: str | bytes, options: BatchOptions, **where: Any) -> Record:
    """`record` completed with the Article fields of `data` (cleaned under the time
    limit, with `where`: url, site, reference_date), or with `error`."""
    where.setdefault("reference_date", options.reference_date)
    try:
        with time_limit(options.time_limit):
            article = options.cleaner.clean(data, **where)
    except Exception as error:  # one bad document never stops a batch
        record["error"] = _error(error)
    else:
        record.update(article.to_dict())
    return record


def clean_document(path: str, data: bytes, site: str, options: BatchOptions) -> Record:
    """The record of one document already read."""
    return _cleaned({"path": path}, data, options, site=site)


def is_warc_file(path: str) -> bool:
    """Whether a file is a web archive: a WARC record header at its start, after gzip
    decompression if it is compressed (sniffed, whatever its name)."""
    from .warc import is_warc

    try:
        with open(path, "rb") as stream:
            head = stream.read(_READ_CHUNK)
    except OSError:
        return False
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return is_warc(head)


def clean_warc(item: Item, options: BatchOptions) -> list[Record]:
    """One record an HTML page of a web archive, cleaned with its URL and with its
    capture date as the reference date (unless one was given for the run)."""
    from .warc import iter_pages, page_text

    key = record_path(item)
    records: list[Record] = []
    try:
        with open(item[0], "rb") as stream:
            for page in iter_pages(stream, max_bytes=options.cleaner.config.max_input_chars):
                path = f"{key}#{len(records) + 1}"
                if isinstance(page, tuple):
                    records.append({"path": path, "url": page[0], "error": _error(page[1])})
                    continue
                reference = options.reference_date or page.captured
                records.append(_cleaned({"path": path, "url": page.url}, page_text(page), options, url=page.url, reference_date=reference))
    except Exception as error:  # unreadable or corrupt archive: after the pages read
        records.append({"path": f"{key}#{len(records) + 1}", "error": _error(error)})
    return records


@contextmanager
def _open_jsonl(path: str) -> Iterator[BinaryIO]:
    """A JSONL file's bytes, decompressed when it is gzip (sniffed, whatever its name)."""
    import gzip

    with open(path, "rb") as raw:
        yield gzip.GzipFile(fileobj=raw) if raw.peek(2)[:2] == _GZIP_MAGIC else raw  # type: ignore[attr-defined,misc]


def clean_jsonl(item: Item, options: BatchOptions) -> list[Record]:
    """One record a line of a JSONL file (`file#n` for line n, with the line's `id`
    and `url` when it has them), cleaned with its URL; gzip sniffed."""
    from .jsonl import Line, iter_lines

    key = record_path(item)
    records: list[Record] = []
    number = 0
    try:
        with _open_jsonl(item[0]) as stream:
            for line in iter_lines(stream, max_chars=options.cleaner.config.max_input_chars, field=options.field):
                if not isinstance(line, Line):
                    number = line[0]
                    records.append({"path": f"{key}#{number}", "error": _error(line[1])})
                    continue
                number = line.number
                record: Record = {"path": f"{key}#{number}"}
                if line.ident is not None:
                    record["id"] = line.ident
                if line.url is not None:
                    record["url"] = line.url
                records.append(_cleaned(record, line.data, options, url=line.url))
    except Exception as error:  # unreadable file, corrupt gzip: after the lines read
        records.append({"path": f"{key}#{number + 1}", "error": _error(error)})
    return records


def clean_item(item: Item, options: BatchOptions) -> list[Record]:
    """The records of one file: one, or one a document for a web archive or JSONL."""
    if is_jsonl_name(item[0]):
        return clean_jsonl(item, options)
    if is_warc_file(item[0]):
        return clean_warc(item, options)
    try:
        data = read_file(item[0], options.cleaner.config.max_input_chars)
    except Exception as error:
        return [{"path": record_path(item), "error": _error(error)}]
    return [clean_document(record_path(item), data, site_of_item(item), options)]


def clean_shard(items: Sequence[Item], options: BatchOptions) -> list[Record]:
    """The records of the items, in order: one a file (`path` relative to the item's
    root, then the Article fields, or `error` with the reason the file could not be
    cleaned), one a page for web archives (`path#n` and `url`)."""
    return [record for item in items for record in clean_item(item, options)]


def records_of(item: Item, records: Sequence[Record], start: int) -> int:
    """Where the records of `item` end in `records` (they start at `start`)."""
    key = record_path(item)
    end = start
    while end < len(records) and (records[end]["path"] == key or records[end]["path"].startswith(key + "#")):
        end += 1
    return end


def _archive_pages(item: Item, options: BatchOptions) -> Iterator[tuple[str, str | bytes]]:
    """`(url, page)` of each readable document of a JSONL corpus or a web archive that
    has a URL (the documents without one have no site to learn for)."""
    max_chars = options.cleaner.config.max_input_chars
    if is_jsonl_name(item[0]):
        from .jsonl import Line, iter_lines

        with _open_jsonl(item[0]) as stream:
            for line in iter_lines(stream, max_chars=max_chars, field=options.field):
                if isinstance(line, Line) and line.url:
                    yield line.url, line.data
    else:
        from .warc import iter_pages, page_text

        with open(item[0], "rb") as stream:
            for page in iter_pages(stream, max_bytes=max_chars):
                if not isinstance(page, tuple) and page.url:
                    yield page.url, page_text(page)


def learn_shard(items: Sequence[Item], options: BatchOptions) -> list[list[DocumentLines]]:
    """The template evidence of each item, one list an item: one document for a file,
    one a page with a URL for a JSONL corpus or web archive (its site the URL's host).
    What cannot be read is passed over: the cleaning pass reports it."""
    found: list[list[DocumentLines]] = []
    config = options.cleaner.config
    for item in items:
        docs: list[DocumentLines] = []
        try:
            if is_jsonl_name(item[0]) or is_warc_file(item[0]):
                for url, page in _archive_pages(item, options):
                    site = site_of(url)
                    if site is None:
                        continue
                    try:
                        docs.append(page_lines(site, page, config))
                    except CleanError:
                        continue
            else:
                docs.append(page_lines(site_of_item(item), read_file(item[0], config.max_input_chars), config))
        except Exception:  # unreadable file, corrupt archive: what was read still counts
            pass
        found.append(docs)
    return found


# -- Engines ---------------------------------------------------------------------------


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@attrs.frozen
class LocalEngine:
    """Runs shard functions here (one worker) or in a pool of processes, yielding
    results in shard order with a bounded number of shards in flight.

    A worker that dies (killed for memory, a crash in a C library) breaks the pool:
    the shards in flight are then run again in a new pool, and the shard it was
    working on one item at a time in a process of its own (a new one after a death);
    the item that kills its process again gets `lost(item)` (an error record) and the
    run goes on.
    """

    workers: int = 1

    def map(
        self,
        function: Callable[[list[Item], BatchOptions], list[R]],
        work: Iterable[tuple[list[Item], BatchOptions]],
        lost: Callable[[Item], list[R]] | None = None,
    ) -> Iterator[list[R]]:
        if self.workers <= 1:
            for shard, options in work:
                yield function(shard, options)
            return
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        window: deque = deque()
        pool = ProcessPoolExecutor(max_workers=self.workers)
        try:
            def result() -> list[R]:
                nonlocal pool
                shard, options, future = window.popleft()
                try:
                    return future.result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=self.workers)
                    for k, (other, other_options, _) in enumerate(window):
                        window[k] = (other, other_options, pool.submit(function, other, other_options))
                    return _isolated(function, shard, options, lost)

            for shard, options in work:
                window.append((shard, options, pool.submit(function, shard, options)))
                if len(window) >= self.workers * WINDOW_PER_WORKER:
                    yield result()
            while window:
                yield result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _isolated(
    function: Callable[[list[Item], BatchOptions], list[R]],
    shard: list[Item],
    options: BatchOptions,
    lost: Callable[[Item], list[R]] | None,
) -> list[R]:
    """The items of a shard one at a time in a process of their own: `lost(item)` for
    an item whose process dies. The process is kept from one item to the next while it
    lives (a new process costs its start and its warm-up: stoplists, parsers)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    results: list[R] = []
    pool = None
    try:
        for item in shard:
            pool = pool or ProcessPoolExecutor(max_workers=1)
            try:
                results += pool.submit(function, [item], options).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                results += lost(item) if lost is not None else []
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    return results


def _lost_record(item: Item) -> list[Record]:
    return [{"path": record_path(item), "error": "WorkerDied: the process cleaning this file died (out of memory?)"}]


# -- Outputs ---------------------------------------------------------------------------


FORMATS = {"json": ".json", "markdown": ".md", "text": ".txt"}


def render(record: Record, fmt: str) -> str:
    """A record as the text of its own output file."""
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        return record["body"] + "\n" if record["body"] else ""
    lines = []
    if record.get("title"):
        lines += [f"# {record['title']}", ""]
    meta = [record.get(k) for k in ("author", "date") if record.get(k)]
    if record.get("source") and record.get("source") != record.get("author"):
        meta.append(record["source"])
    if meta:
        lines += ["*" + " · ".join(meta) + "*", ""]
    lines.append(record["body"])
    return "\n".join(lines).rstrip("\n") + "\n"


def _archive_of(path: str) -> str | None:
    """The web archive or JSONL file a record's `path` ("crawl/a.warc.gz#3") is a
    document of."""
    archive, hash_mark, page = path.rpartition("#")
    if hash_mark and page.isdigit() and archive.lower().endswith(CONTAINER_SUFFIXES):
        return archive
    return None


# Line breaks for `str.splitlines` (and some JSONL readers) that JSON leaves unescaped
# in strings: escaped, so a record is one line for any reader.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def jsonl_line(record: Record) -> str:
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


class JsonlSink:
    """JSONL to a file or standard output. Every chunk of records is appended as
    complete lines, flushed and synced before the next: a killed run leaves at worst a
    torn last line, which `--resume` cuts off. A write that fails (disk full) is cut
    back to the last complete line and raises `OutputError`."""

    def __init__(self, path: str | None, *, resume: bool, stdout: TextIO | None = None) -> None:
        self.done: Counter[str] = Counter()
        self._path = path
        if path is None:
            if resume:
                raise BatchError("--resume needs an output (-o FILE or --out-dir DIR), not standard output")
            self._file: Any = stdout or sys.stdout
            self._binary = False
            return
        try:
            if resume and os.path.exists(path):
                with open(path, "rb") as stream:
                    good = self._recover(stream)
                self._file = open(path, "r+b", buffering=0)
                self._file.truncate(good)
                self._file.seek(good)
            else:
                # Unbuffered: every byte written is in the file, so a failed write can
                # be cut back exactly.
                self._file = open(path, "wb", buffering=0)
        except OSError as error:
            raise BatchError(f"cannot write {path}: {error.strerror or error}") from None
        self._binary = True

    def _recover(self, stream: BinaryIO) -> int:
        """Read the records already written; the length of the good part (a torn or
        unreadable tail is cut, and the records of the last web archive written: a stop
        may have come in the middle of its pages, it is cleaned again whole)."""
        good = 0
        last_archive, archive_start = None, 0
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            if not isinstance(record, dict) or not isinstance(record.get("path"), str):
                break
            archive = _archive_of(record["path"])
            if archive is not None and archive != last_archive:
                archive_start = good
            last_archive = archive
            self.done[archive or record["path"]] += 1
            good += len(line)
        if last_archive is not None:
            del self.done[last_archive]
            good = archive_start
        return good

    def skip(self, item: Item) -> bool:
        key = record_path(item)
        if self.done[key] > 0:
            # A web archive's or JSONL file's records all count for its one item.
            self.done[key] = 0 if key.lower().endswith(CONTAINER_SUFFIXES) else self.done[key] - 1
            return True
        return False

    def write(self, records: list[Record]) -> None:
        text = "".join(jsonl_line(r) for r in records)
        if not self._binary:
            try:
                self._file.write(text)
                self._file.flush()
            except BrokenPipeError:
                raise  # the reader went away (`| head`): the command stops quietly
            except OSError as error:
                raise OutputError(f"cannot write standard output: {error.strerror or error}") from None
            return
        start = self._file.tell()
        data = memoryview(text.encode("utf-8"))
        try:
            while data:
                data = data[self._file.write(data) :]
            os.fsync(self._file.fileno())
        except OSError as error:
            try:
                self._file.truncate(start)  # no torn line left (truncating frees space)
            except OSError:
                pass  # not a regular file (/dev/full): nothing to cut
            raise OutputError(
                f"cannot write {self._path}: {error.strerror or error} "
                "(the records written are complete: rerun with --resume)"
            ) from None

    def close(self) -> None:
        if self._binary:
            self._file.close()


class DirSink:
    """One file a document under `out_dir`, mirroring the input tree: `a/b/x.txt`
    gives `a/b/x.txt.json` (or `.md`, `.txt`). Each file is written to a temporary
    file beside it, then renamed: never half-written. Failed documents get no file
    (their errors are in the summary on standard error)."""

    def __init__(self, out_dir: str, fmt: str, *, resume: bool) -> None:
        self.fmt = fmt
        self.resume = resume
        try:
            os.makedirs(out_dir, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=out_dir, prefix=".q7x2clean-probe-")
            probe.close()
        except OSError as error:
            raise BatchError(f"cannot write to {out_dir}: {error.strerror or error}") from None
        self.root = os.path.realpath(out_dir)
        self._targets: set[str] = set()

    def target(self, item: Item, page: str = "") -> str:
        """Where an item's output goes (`page`: "#3" for a page of a web archive);
        never outside the output directory."""
        path, root = item
        rel = "stdin" if path == STDIN else (os.path.relpath(path, root) if root else path)
        parts = [p for p in rel.split(os.sep) if p not in ("", ".")]
        if not parts or ".." in parts or os.path.isabs(rel):
            raise BatchError(f"{record_path(item)}: cannot be mirrored under the output directory")
        target = os.path.join(self.root, *parts) + page + FORMATS[self.fmt]
        real_parent = os.path.realpath(os.path.dirname(target))
        if os.path.commonpath([self.root, real_parent]) != self.root:
            raise BatchError(f"{record_path(item)}: output would leave the output directory")
        return target

    def skip(self, item: Item) -> bool:
        if not self.resume:
            return False
        try:
            return os.path.exists(self.target(item))
        except BatchError:
            return False

    def write_one(self, item: Item, record: Record) -> Record:
        """Write a record's file; returns the record, turned into an error record when
        its file cannot be written."""
        if "error" in record:
            return record
        try:
            key = record_path(item)
            target = self.target(item, record["path"][len(key) :])
            if target in self._targets:
                raise BatchError("its output file is also the output of an earlier input")
            self._targets.add(target)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".q7x2clean-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(render(record, self.fmt))
                os.replace(temporary, target)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError as error:
            if error.errno in _STOP_ERRNOS:
                raise OutputError(
                    f"cannot write to {self.root}: {error.strerror or error} "
                    "(the files written are complete: rerun with --resume)"
                ) from None
            return {"path": record["path"], "error": f"output not written: {_error(error)}"}
        except BatchError as error:
            return {"path": record["path"], "error": f"output not written: {_error(error)}"}
        return record

    def close(self) -> None:
        pass


# -- The command -------------------------------------------------------------------------


@attrs.frozen
class Job:
    """Everything a `clean` run needs, as plain values (the CLI builds one)."""

    inputs: tuple[str, ...]
    output: str | None = None
    out_dir: str | None = None
    fmt: str = "json"
    resume: bool = False
    workers: int = 1
    templates: bool = True
    reference_date: datetime.date | None = None
    follow_symlinks: bool = False
    cleaner: Cleaner = attrs.field(factory=Cleaner)
    # "local" (a process pool here) or "dask" (a Dask cluster: at `scheduler`, through
    # `scheduler_file`, or a LocalCluster of `workers` processes when neither is given).
    engine: str = "local"
    scheduler: str | None = None
    scheduler_file: str | None = None
    # Seconds a document may take before it gets a `TimeLimitExceeded` error record
    # (None: no limit). Enforced by the local engine, not on Dask workers.
    time_limit: float | None = None
    # The field of JSONL input lines that holds the document (None: the first of
    # `jsonl.TEXT_FIELDS` holding text).
    field: str | None = None


@attrs.define
class Summary:
    """What a run did, for the closing message and the exit status."""

    cleaned: int = 0
    failed: int = 0
    skipped: int = 0
    template_sites: int = 0
    template_lines: int = 0
    removed: Counter = attrs.field(factory=Counter)
    errors: list[str] = attrs.field(factory=list)
    seconds: float = 0.0

    MAX_ERRORS_SHOWN = 20

    def add(self, record: Record) -> None:
        if "error" in record:
            self.failed += 1
            if len(self.errors) < self.MAX_ERRORS_SHOWN:
                self.errors.append(f"{record['path']}: {record['error']}")
        else:
            self.cleaned += 1
            self.removed.update(r["kind"] for r in record.get("removed", ()))

    def lines(self) -> list[str]:
        done = self.cleaned + self.failed
        rate = done / self.seconds if self.seconds > 0 else 0.0
        out = [
            f"{self.cleaned} cleaned, {self.failed} failed"
            + (f", {self.skipped} already done (--resume)" if self.skipped else "")
            + f" in {self.seconds:.1f} s ({rate:.1f} files/s)"
        ]
        if self.template_sites:
            out.append(f"site templates: {self.template_lines} lines on {self.template_sites} sites")
        if self.removed:
            kinds = ", ".join(f"{kind} {n}" for kind, n in self.removed.most_common())
            out.append(f"removed blocks by kind: {kinds}")
        out += [f"failed: {e}" for e in self.errors]
        if self.failed > len(self.errors):
            out.append(f"failed: ... and {self.failed - len(self.errors)} more (see their error records)")
        return out


class _NoProgress:
    def start(self, phase: str, total: int) -> None: ...

    def advance(self, n: int) -> None: ...

    def finish(self) -> None: ...


ENGINES = ("local", "dask")


def make_engine(job: Job) -> Any:
    """The engine a job asks for. The Dask engine's workers write part files beside
    the output (`OUT.parts/` or `DIR/.q7x2clean-parts/`), so it needs one."""
    if job.engine == "local":
        if job.scheduler or job.scheduler_file:
            raise BatchError("--scheduler and --scheduler-file go with --engine dask")
        return LocalEngine(job.workers)
    if job.engine != "dask":
        raise BatchError(f"unknown engine {job.engine!r} (one of {', '.join(ENGINES)})")
    if job.output is None and job.out_dir is None:
        raise BatchError("the dask engine writes part files next to its output: give -o FILE or --out-dir DIR")
    from .dask_engine import DaskEngine

    parts = job.output + ".parts" if job.output else os.path.join(job.out_dir or "", ".q7x2clean-parts")
    return DaskEngine(
        parts_dir=os.path.abspath(parts),
        address=job.scheduler,
        scheduler_file=job.scheduler_file,
        workers=job.workers,
    )


def run(job: Job, *, progress: Any = None, stdout: TextIO | None = None, stdin: BinaryIO | None = None) -> Summary:
    """Clean every input of `job` into its output. Raises `BatchError` before
    anything is cleaned when the job cannot run; a file that cannot be cleaned only
    gets an error record."""
    started = time.monotonic()
    progress = progress or _NoProgress()
    missing = [p for p in job.inputs if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise BatchError(f"no such file or directory: {', '.join(missing)}")
    if job.inputs.count(STDIN) > 1:
        raise BatchError("standard input ('-') can be read only once")
    if job.fmt not in FORMATS:
        raise BatchError(f"unknown format {job.fmt!r} (one of {', '.join(FORMATS)})")
    if job.output and job.out_dir:
        raise BatchError("give either -o FILE or --out-dir DIR, not both")
    items = list(iter_items(job.inputs, follow_symlinks=job.follow_symlinks))
    engine = make_engine(job)  # before the output is opened: a job that cannot run leaves it as it was
    sink: JsonlSink | DirSink
    if job.out_dir is not None:
        sink = DirSink(job.out_dir, job.fmt, resume=job.resume)
    else:
        sink = JsonlSink(job.output, resume=job.resume, stdout=stdout)
    summary = Summary()
    base = BatchOptions(job.cleaner, job.reference_date, job.time_limit, job.field)
    try:
        files = [item for item in items if item[0] != STDIN]
        templates: LearnedTemplates | None = None
        if job.templates and (len(files) > 1 or any(is_jsonl_name(f[0]) or is_warc_file(f[0]) for f in files)):
            templates = learn_site_templates(files, base, engine, progress)
            summary.template_sites = len(templates.templates)
            summary.template_lines = sum(len(t) for t in templates.templates.sites.values())
        todo = []
        for item in items:
            if sink.skip(item):
                summary.skipped += 1
            else:
                todo.append(item)
        progress.start("clean", len(todo))
        for records, shard in _clean_all(todo, base, templates, engine, stdin):
            if isinstance(sink, DirSink):
                written, start = [], 0
                for item in shard:
                    end = records_of(item, records, start)
                    written += [sink.write_one(item, record) for record in records[start:end]]
                    start = end
                records = written
            else:
                sink.write(records)
            for record in records:
                summary.add(record)
            progress.advance(len(shard))
    finally:
        progress.finish()
        sink.close()
    summary.seconds = time.monotonic() - started
    return summary


@attrs.frozen
class LearnedTemplates:
    """What the first pass learned: the site templates, and for a file whose pages
    belong to other sites than its directory's (a JSONL corpus, a web archive: each page
    the site of its URL) the sites of its pages."""

    templates: SiteTemplates
    archive_sites: dict[str, frozenset[str]]

    def for_shard(self, shard: Sequence[Item]) -> SiteTemplates:
        """Only the templates of the shard's sites, to travel with it."""
        sites: list[str] = [site_of_item(item) for item in shard]
        for item in shard:
            sites += self.archive_sites.get(item[0], ())
        return self.templates.subset(sites)


def learn_site_templates(
    items: Sequence[Item], options: BatchOptions, engine: LocalEngine, progress: Any = None
) -> LearnedTemplates:
    """The first pass: site templates of the items (see `templates.py`), learned in
    item order whatever the engine, so the same for any number of workers."""
    progress = progress or _NoProgress()
    progress.start("learn templates", len(items))
    learner = TemplateLearner()
    archive_sites: dict[str, frozenset[str]] = {}
    work = list(shards(items))
    for shard, found in zip(work, engine.map(learn_shard, ((shard, options) for shard in work))):
        for item, docs in zip(shard, found):
            for doc in docs:
                learner.add(doc)
            sites = frozenset(doc.site for doc in docs)
            if sites - {site_of_item(item)}:
                archive_sites[item[0]] = sites
        progress.advance(len(shard))
    progress.finish()
    return LearnedTemplates(learner.build(), archive_sites)


def _clean_all(
    items: list[Item],
    base: BatchOptions,
    templates: LearnedTemplates | None,
    engine: LocalEngine,
    stdin: BinaryIO | None,
) -> Iterator[tuple[list[Record], list[Item]]]:
    """Records of the items in order, shard by shard (standard input read here, the
    files by the engine)."""

    def options_for(shard: list[Item]) -> BatchOptions:
        if templates is None:
            return base
        cleaner = attrs.evolve(base.cleaner, templates=templates.for_shard(shard))
        return attrs.evolve(base, cleaner=cleaner)

    def runs() -> Iterator[tuple[list[Item], bool]]:
        # Shards of files, with standard input alone where it was named.
        for shard in shards(items):
            start = 0
            for k, item in enumerate(shard):
                if item[0] == STDIN:
                    if shard[start:k]:
                        yield shard[start:k], False
                    yield [item], True
                    start = k + 1
            if shard[start:]:
                yield shard[start:], False

    pending = list(runs())
    file_shards = [s for s, is_stdin in pending if not is_stdin]
    results = engine.map(clean_shard, ((s, options_for(s)) for s in file_shards), _lost_record)
    for shard, is_stdin in pending:
        if is_stdin:
            stream = stdin or sys.stdin.buffer
            try:
                data = read_document(stream, base.cleaner.config.max_input_chars)
            except Exception as error:
                yield [{"path": STDIN, "error": _error(error)}], shard
            else:
                yield [clean_document(STDIN, data, STDIN, base)], shard
        else:
            yield next(results), shard

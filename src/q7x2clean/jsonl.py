"""JSONL input: a corpus with one document a line, as many pipelines keep them.

Each line is a JSON object; the document is its `field` (by default the first of
`TEXT_FIELDS` that holds a non-empty string: HTML or a text dump, sniffed as for any
document), with `url` and `id` taken along when they are there. A line is read up to a
cap (`max_chars` bytes) and never held with another: memory stays flat whatever the
file's size. A bad line (not JSON, not an object, no document, too long) is an error
for that line alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

import attrs

from .errors import CleanError, InputTooLarge, InvalidInput, NoContent

# File names read as JSONL (the `clean` command's directory walk and named inputs).
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# Where a line's document is, in this order, when no field is named.
TEXT_FIELDS = ("html", "raw_html", "text", "content", "raw_content", "body")
_SKIP_CHUNK = 1 << 20


@attrs.frozen
class Line:
    """One document of a JSONL file: its line number (from 1), the document, and the
    line's `url` and `id` when it has them."""

    number: int
    data: str
    url: str | None = None
    ident: Any = None


def is_jsonl_name(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def iter_lines(stream: BinaryIO, *, max_chars: int, field: str | None = None) -> Iterator[Line | tuple[int, CleanError]]:
    """The documents of a JSONL stream in order: a `Line`, or `(number, error)` for a
    line that holds none. Blank lines are passed over."""
    number = 0
    while True:
        raw = stream.readline(max_chars + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_chars and not raw.endswith(b"\n"):
            while True:  # the rest of the line, read and dropped a chunk at a time
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, InputTooLarge(f"line {number} is longer than max_input_chars={max_chars}")
            continue
        if not raw.strip():
            continue
        yield _document(number, raw, field)


def _document(number: int, raw: bytes, field: str | None) -> Line | tuple[int, CleanError]:
    try:
        value = json.loads(raw)
    except ValueError as error:  # UnicodeDecodeError too
        return number, InvalidInput(f"line {number} is not JSON: {error}")
    if not isinstance(value, dict):
        return number, InvalidInput(f"line {number} is a JSON {type(value).__name__}, not an object")
    names = (field,) if field else TEXT_FIELDS
    data = next((value[name] for name in names if isinstance(value.get(name), str) and value[name].strip()), None)
    if data is None:
        wanted = f"field {field!r}" if field else "any of the fields " + ", ".join(TEXT_FIELDS)
        return number, NoContent(f"line {number} has no document ({wanted} holding text)")
    url = value.get("url")
    ident = value.get("id")
    return Line(number, data, url if isinstance(url, str) else None, ident if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None)

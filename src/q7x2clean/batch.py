"""Files in, records out: the library side of the `clean` command."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .cleaner import Cleaner
from .errors import CleanError, DecodeError

_SUFFIXES = (".txt",)


def iter_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs: each file given, and every dump under each directory, sorted."""
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES):
                yield file, path
        else:
            yield path, path.parent


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise DecodeError(f"{path.name}: binary data (NUL bytes), not a text dump")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean_paths(
    paths: Iterable[Path],
    *,
    reference_date: datetime.date | None = None,
    cleaner: Cleaner | None = None,
) -> Iterator[dict[str, Any]]:
    """One record a file: `path` relative to its input root, then the Article fields or
    an `error` saying why the file could not be cleaned."""
    cleaner = cleaner or Cleaner()
    for file, root in iter_files(paths):
        record: dict[str, Any] = {"path": file.relative_to(root).as_posix()}
        try:
            article = cleaner.clean_text(read_text(file), reference_date=reference_date)
        except (CleanError, OSError) as error:
            record["error"] = f"{type(error).__name__}: {error}"
        else:
            record.update(article.to_dict())
        yield record

"""A progress line on a terminal: count, rate, time left. Silent when standard error
is not a terminal (a log file, a pipe, CI)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

# Redraws at most this often: a terminal is slower than cleaning small files.
_INTERVAL = 0.2
_BAR = 24


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """`start(phase, total)`, `advance(n)` as work is done, `finish()`."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.phase, self.total, self.done = "", 0, 0
        self.started = self.drawn = 0.0
        self.active = False

    def start(self, phase: str, total: int) -> None:
        self.finish()
        self.phase, self.total, self.done = phase, total, 0
        self.started = time.monotonic()
        self.drawn = 0.0
        self.active = True
        self._draw(force=True)

    def advance(self, n: int) -> None:
        self.done = min(self.total, self.done + n)
        self._draw(force=self.done == self.total)

    def finish(self) -> None:
        if self.active:
            self._draw(force=True)
            if self.enabled:
                self.stream.write("\n")
                self.stream.flush()
        self.active = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        share = self.done / self.total if self.total else 1.0
        filled = int(share * _BAR)
        left = (self.total - self.done) / rate if rate > 0 else None
        eta = f"ETA {_duration(left)}" if left is not None and self.done < self.total else _duration(elapsed)
        return (
            f"{self.phase}: [{'#' * filled}{'.' * (_BAR - filled)}] {self.done}/{self.total} files"
            f" {rate:.1f}/s {eta}"
        )

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.drawn < _INTERVAL:
            return
        self.drawn = now
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

"""The Dask engine: the same shards as the local engine, run on a Dask cluster.

A shard (a list of `(path, root)` items) is one task, never a document: a task's
round trip costs milliseconds, cleaning a shard a good part of a second. Each task
writes its result to its own part file in `parts_dir` (write to a temporary name,
then rename, then a done marker), so the results of a killed run are not lost: a
rerun finds the parts whose marker is there and does not send their shards again.
The client yields the results in shard order, exactly as the local engine does, and
deletes each part as it hands the result over (the caller's output holds it from then
on: `--resume` skips what is written); after a complete run the directory is gone.

`parts_dir` must be visible to the workers and the client under the same path (the
output's directory on a shared file system; any directory for a `LocalCluster`).
Needs the optional extra `q7x2clean[dask]`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from .errors import CleanError

R = TypeVar("R")
# Shards in flight a worker thread: keeps the cluster busy, the client's memory flat.
WINDOW_PER_WORKER = 4
_PART = ".part"
_DONE = ".done"


class EngineError(CleanError):
    """The engine cannot run: Dask is not installed, the scheduler cannot be reached,
    or a task failed on the cluster (a rerun resumes from the finished shards)."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:  # pragma: no cover - depends on the environment
        raise EngineError("the dask engine needs Dask: pip install 'q7x2clean[dask]'") from None
    return distributed


def shard_key(function: Callable[..., Any], shard: list[Any], options: Any) -> str:
    """A name for a shard's result that changes with the work: the function, the items
    and the options (a rerun with other options must not reuse old parts)."""
    digest = hashlib.sha256()
    digest.update(f"{function.__module__}.{function.__qualname__}\n".encode())
    digest.update(repr(shard).encode("utf-8", "surrogateescape"))
    digest.update(pickle.dumps(options, protocol=4))
    return digest.hexdigest()[:32]


def run_shard_to_part(function: Callable[[list[Any], Any], R], shard: list[Any], options: Any, part: str) -> tuple[int, R]:
    """Runs on a worker: the shard's result, also saved at `part` (atomically: a
    temporary file renamed, then the done marker). Returns the worker's process id
    with the result."""
    result = function(shard, options)
    temporary = f"{part}.{os.getpid()}.tmp"
    # No fsync: a killed process leaves what it wrote to the system, and a part torn
    # by a machine crash is read as missing (`_load_part`) and its shard cleaned again.
    # The output, which holds the results from then on, is synced.
    with open(temporary, "wb") as stream:
        pickle.dump(result, stream, protocol=4)
    os.replace(temporary, part)
    with open(part + _DONE, "wb"):
        pass
    return os.getpid(), result


@attrs.define
class DaskEngine:
    """Runs shard functions on a Dask cluster: at `address` (a scheduler's
    "tcp://host:8786"), through a `scheduler_file`, or on a `LocalCluster` of
    `workers` processes started for the run (on 127.0.0.1) when neither is given."""

    parts_dir: str
    address: str | None = None
    scheduler_file: str | None = None
    workers: int = 2
    # How long to wait for a scheduler given by address or file.
    connect_timeout: str = "30s"
    # The worker processes that ran a shard in the last `map` (for reports and tests).
    worker_pids: set[int] = attrs.field(factory=set, init=False)
    reused: int = attrs.field(default=0, init=False)

    def _client(self) -> tuple[Any, Any]:
        distributed = _distributed()
        try:
            if self.address or self.scheduler_file:
                return distributed.Client(
                    address=self.address, scheduler_file=self.scheduler_file, timeout=self.connect_timeout
                ), None
            cluster = distributed.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=40,
            )
            return distributed.Client(cluster), cluster
        except (OSError, TimeoutError, ValueError, RuntimeError) as error:
            where = self.address or self.scheduler_file or "a local cluster"
            raise EngineError(f"cannot start or reach the Dask scheduler ({where}): {error}") from None

    def map(
        self,
        function: Callable[[list[Any], Any], R],
        work: Iterable[tuple[list[Any], Any]],
        lost: Callable[[Any], R] | None = None,
    ) -> Iterator[R]:
        """Results of `function(shard, options)` in shard order. (`lost` is the local
        engine's answer to a dead worker; Dask itself reruns a dead worker's tasks
        elsewhere and gives up on a task that kills workers again and again.)"""
        # One directory a shard function: the template pass finishing must not sweep
        # away the cleaning parts an interrupted run left for this one.
        directory = os.path.join(self.parts_dir, function.__qualname__)
        os.makedirs(directory, exist_ok=True)
        self.worker_pids = set()
        self.reused = 0
        client, cluster = self._client()
        try:
            threads = max(1, sum(client.nthreads().values()))
            # (part file, the task's future or None, the result read from the part)
            window: deque[tuple[str, Any, Any]] = deque()
            for shard, options in work:
                part = os.path.join(directory, shard_key(function, shard, options) + _PART)
                done = _load_part(part) if os.path.exists(part + _DONE) else _MISSING
                if done is not _MISSING:
                    window.append((part, None, done))  # finished by an earlier, interrupted run
                    self.reused += 1
                else:
                    window.append((part, client.submit(run_shard_to_part, function, shard, options, part, pure=False), None))
                if len(window) >= threads * WINDOW_PER_WORKER:
                    yield self._take(*window.popleft())
            while len(window) > 1:
                yield self._take(*window.popleft())
            last = self._take(*window.popleft()) if window else None
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        # Everything is taken: the directory goes before the last result is handed
        # over (a caller that stops there, as `zip` does, leaves nothing behind).
        _sweep(directory)
        try:
            os.rmdir(self.parts_dir)
        except OSError:
            pass  # another function's parts are still there
        if last is not None:
            yield last

    def _take(self, part: str, future: Any, done: Any) -> Any:
        """A shard's result, from its task or (`future` None) as read from its part
        file. The part is deleted as the result is handed over: from then on the
        caller's output holds it (a caller that dies before writing it has it cleaned
        again on resume)."""
        if future is None:
            result = done
        else:
            try:
                pid, result = future.result()
            except Exception as error:
                raise EngineError(
                    f"a shard failed on the cluster: {type(error).__name__}: {error} "
                    "(finished shards are kept: rerun with --resume)"
                ) from error
            self.worker_pids.add(pid)
        for name in (part + _DONE, part):
            try:
                os.remove(name)
            except FileNotFoundError:
                pass
        return result


_MISSING = object()


def _load_part(part: str) -> Any:
    """The result saved at `part`, or `_MISSING` when it cannot be read back (gone, or
    torn by a crash of the machine before it reached the disk)."""
    try:
        with open(part, "rb") as stream:
            return pickle.load(stream)
    except Exception:  # a torn pickle raises anything from EOFError to ValueError
        return _MISSING


def _sweep(directory: str) -> None:
    """After a complete run: parts left by interrupted runs whose shards were since
    written (the output's resume skipped them), and the directory itself."""
    for name in os.listdir(directory):
        if name.endswith((_PART, _DONE, ".tmp")):
            os.remove(os.path.join(directory, name))
    try:
        os.rmdir(directory)
    except OSError:
        pass

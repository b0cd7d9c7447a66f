import json
import multiprocessing
import os
import resource
import time
import traceback
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import q7x2clean

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

# Property tests run a bounded number of examples in CI; `--hypothesis-profile=long`
# (or HYPOTHESIS_PROFILE=long) runs many more.
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# No input in the test suite may take longer than this or allocate more than this in a
# cleaning call (issue 5: bounded time and memory).
TIME_BUDGET_SECONDS = 5.0
MEMORY_BUDGET_BYTES = 1 << 30


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


class OverBudget(AssertionError):
    """A call took longer or asked for more memory than the budget."""


def _virtual_size() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(connection, function, args, kwargs, memory: int) -> None:
    # The address space may grow by `memory` over what the (forked) test process holds.
    limit = _virtual_size() + memory
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = function(*args, **kwargs)
        if isinstance(result, q7x2clean.Article):
            connection.send(("article", json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)))
        else:
            connection.send(("other", repr(type(result))))
    except MemoryError:
        connection.send(("memory", ""))
    except q7x2clean.CleanError as error:
        connection.send(("clean_error", (type(error).__name__, str(error))))
    except BaseException as error:  # reported, not swallowed: the parent fails the test
        connection.send(("crash", f"{type(error).__name__}: {error}\n{traceback.format_exc()}"))
    finally:
        connection.close()


def run_bounded(function, *args, seconds: float = TIME_BUDGET_SECONDS, memory: int = MEMORY_BUDGET_BYTES, **kwargs):
    """Run `function(*args, **kwargs)` in a forked process limited to `memory` more bytes
    of address space (RLIMIT_AS) and `seconds` of wall time. Returns the `Article` as a
    dict, or raises the `CleanError` subclass the call raised; raises `OverBudget` if the
    call ran out of time or memory, AssertionError if it raised anything else."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, function, args, kwargs, memory))
    start = time.perf_counter()
    process.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise OverBudget(f"{getattr(function, '__name__', function)} took over {seconds} s")
        try:
            kind, payload = receive.recv()
        except EOFError:
            raise OverBudget(f"the call died (exit code {process.exitcode}): out of memory?") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receive.close()
    elapsed = time.perf_counter() - start
    if kind == "memory":
        raise OverBudget(f"the call needed over {memory / (1 << 20):.0f} MiB")
    if kind == "clean_error":
        name, message = payload
        error_class = getattr(q7x2clean, name, None)
        if isinstance(error_class, type) and issubclass(error_class, q7x2clean.CleanError):
            raise error_class(message)
        raise AssertionError(f"unknown error class {name}: {message}")
    if kind != "article":
        raise AssertionError(f"the call returned or raised something else: {payload}")
    assert elapsed < seconds
    return json.loads(payload)


@pytest.fixture
def bounded():
    """`bounded(q7x2clean.clean_text, text)`: the call under the time and memory budget."""
    return run_bounded

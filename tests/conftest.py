import gc
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
    # The objects inherited from the test process are not the call's: the collector
    # must not walk (and copy) them.
    gc.freeze()
    # The address space may grow by `memory` over what the (forked) test process holds.
    limit = _virtual_size() + memory
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.process_time()
    try:
        result = function(*args, **kwargs)
        if isinstance(result, q7x2clean.Article):
            message = ("article", json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True))
        else:
            message = ("other", repr(type(result)))
    except MemoryError:
        message = ("memory", "")
    except q7x2clean.CleanError as error:
        message = ("clean_error", (type(error).__name__, str(error)))
    except BaseException as error:  # reported, not swallowed: the parent fails the test
        message = ("crash", f"{type(error).__name__}: {error}\n{traceback.format_exc()}")
    connection.send((*message, time.process_time() - start))
    connection.close()


# The time budget is CPU time of the call (other jobs on the machine do not count);
# wall time is only a guard against hangs.
WALL_TIME_FACTOR = 4


def run_bounded(
    function,
    *args,
    seconds: float = TIME_BUDGET_SECONDS,
    memory: int = MEMORY_BUDGET_BYTES,
    cpu_times: list[float] | None = None,
    **kwargs,
):
    """Run `function(*args, **kwargs)` in a forked process limited to `memory` more bytes
    of address space (RLIMIT_AS) and `seconds` of CPU time. Returns the `Article` as a
    dict, or raises the `CleanError` subclass the call raised; raises `OverBudget` if the
    call ran out of time or memory, AssertionError if it raised anything else. The CPU
    time of the call is appended to `cpu_times` if given."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, function, args, kwargs, memory))
    process.start()
    send.close()
    name = getattr(function, "__name__", function)
    try:
        if not receive.poll(seconds * WALL_TIME_FACTOR):
            raise OverBudget(f"{name} did not finish in {seconds * WALL_TIME_FACTOR} s of wall time")
        try:
            kind, payload, cpu = receive.recv()
        except EOFError:
            raise OverBudget(f"the call died (exit code {process.exitcode}): out of memory?") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receive.close()
    if cpu_times is not None:
        cpu_times.append(cpu)
    if cpu > seconds:
        raise OverBudget(f"{name} took {cpu:.1f} s of CPU time, over {seconds} s")
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
    return json.loads(payload)


@pytest.fixture
def bounded():
    """`bounded(q7x2clean.clean_text, text)`: the call under the time and memory budget."""
    return run_bounded

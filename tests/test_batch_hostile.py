"""The batch side of hostile and broken input (`batch.py`, `cli.py`): bounded time and
memory, clear errors, nothing lost, nothing written where it should not be.

Each test says in its docstring which protection it guards; the library side (decoding,
regex backtracking, HTML bombs) is tested in the library's own test files.
"""

import json
import os
import resource
import signal
import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from q7x2clean import Cleaner, CleanerConfig
from q7x2clean.batch import BatchError, DirSink, Job, iter_items, record_path, run
from q7x2clean.cli import main

SRC = Path(__file__).resolve().parents[1] / "src"
PROSE = (
    "The council approved the new budget on Monday after a long debate about the cost of "
    "the bridge, and the mayor said the work would start in the spring."
)


def story(k):
    return f"Home\nNews\nStory number {k} about the bridge\nBy Jane Doe\n\n{PROSE} Item {k}.\n\n{PROSE}\n"


def corpus(root, n, *, order=None):
    """`n` dumps over three site folders, created in `order` (default: reversed, so that
    the directory order on disk is not the sorted order)."""
    root.mkdir(parents=True, exist_ok=True)
    for k in order or reversed(range(n)):
        sub = root / f"site{k % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"page{k:03d}.txt").write_text(story(k), encoding="utf-8")
    return root


def lines_of(path):
    return Path(path).read_bytes().splitlines(keepends=True)


def cli(*args, env=None, timeout=120, **kwargs):
    """The command in a process of its own (what a user runs)."""
    env = dict(env or {})
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), *env.pop("_PATH", [])]), **env}
    return subprocess.run(
        [sys.executable, "-m", "q7x2clean.cli", "clean", *map(str, args)],
        capture_output=True,
        env=environment,
        timeout=timeout,
        **kwargs,
    )


# -- gzip ------------------------------------------------------------------------------------


def write_gzip_bomb(path, gigabytes=1):
    """A valid gzip file of `gigabytes` GiB of zeros (about 1 MB on disk), written as a
    stream: one deflate block of 1 MiB of zeros ended by a full flush (which resets the
    compressor, so every later block compresses to the same bytes), repeated."""
    mib = bytes(1 << 20)
    blocks = 1024 * gigabytes
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(mib) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(mib) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(mib, crc)
    with open(path, "wb") as out:
        out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff")
        out.write(first)
        for _ in range(blocks - 1):
            out.write(again)
        out.write(compressor.flush())
        out.write(crc.to_bytes(4, "little") + ((blocks << 20) & 0xFFFFFFFF).to_bytes(4, "little"))


def test_gzip_bomb_and_broken_gzip_are_error_records_and_the_batch_goes_on(tmp_path):
    """Protects: gzip is decompressed as a stream with `max_length` (never more than the
    cap + 1 byte is made), so a 1 GiB bomb costs about the cap in memory and a fraction
    of a second; a truncated or corrupt .gz is a DecodeError record (not silently the
    part that decompressed); one bad file never stops the batch."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-good.txt").write_text(story(1), encoding="utf-8")
    write_gzip_bomb(root / "b-bomb.txt.gz")
    assert (root / "b-bomb.txt.gz").stat().st_size < 2_000_000
    whole = zlib.compressobj(9, zlib.DEFLATED, 31)
    good_gz = whole.compress(story(2).encode()) + whole.flush()
    (root / "c-truncated.txt.gz").write_bytes(good_gz[: len(good_gz) // 2])
    (root / "d-corrupt.html.gz").write_bytes(good_gz[:10] + b"\xff" * 40 + good_gz[50:])
    (root / "e-good.txt.gz").write_bytes(good_gz)
    cap = 1_000_000
    out = tmp_path / "out.jsonl"
    Cleaner().clean(story(3).encode())  # imports done before memory is measured
    Cleaner().clean(f"<html><body><p>{PROSE}</p></body></html>".encode())
    tracemalloc.start()
    started = time.monotonic()
    try:
        summary = run(Job(inputs=(str(root),), output=str(out), workers=1, cleaner=Cleaner(CleanerConfig(max_input_chars=cap))))
        seconds = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    records = [json.loads(line) for line in lines_of(out)]
    assert [r["path"] for r in records] == ["a-good.txt", "b-bomb.txt.gz", "c-truncated.txt.gz", "d-corrupt.html.gz", "e-good.txt.gz"]
    errors = {r["path"]: r.get("error", "") for r in records}
    assert errors["b-bomb.txt.gz"].startswith("InputTooLarge: gzip data decompresses to over 1,000,000 bytes")
    assert errors["c-truncated.txt.gz"] == "DecodeError: truncated gzip data"
    assert errors["d-corrupt.html.gz"].startswith("DecodeError: corrupt gzip data")
    assert PROSE in records[0]["body"] and PROSE in records[4]["body"]
    assert (summary.cleaned, summary.failed) == (2, 3)
    # Both passes (templates, cleaning) read the bomb: still bounded by the cap, not the
    # 1 GiB inside, nor the ~64 MB one 64 KiB read of it would give unbounded.
    assert peak < 8 * cap, f"peak memory {peak:,} bytes"
    assert seconds < 10


# -- symbolic links ----------------------------------------------------------------------------


@pytest.mark.parametrize("link_first", [True, False])
def test_follow_symlinks_walks_a_directory_once_at_its_real_place(tmp_path, link_first):
    """Protects: with --follow-symlinks a directory reached both directly and through a
    link inside the root is walked once, under its real path, whatever order the file
    system lists entries in (the walk sorts entries and follows links to directories
    only after the real tree); links outside the root and dangling links are skipped."""
    root = tmp_path / "in"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PROSE, encoding="utf-8")

    def link():
        os.symlink("real", root / "alias")  # sorts before "real"
        os.symlink("../outside/secret.txt", root / "leak.txt")
        os.symlink("nowhere.txt", root / "dangling.txt")

    if link_first:
        link()
    (root / "real" / "deep").mkdir(parents=True)
    (root / "real" / "deep" / "x.txt").write_text(PROSE, encoding="utf-8")
    os.symlink("../..", root / "real" / "deep" / "up")  # a loop back to the root
    if not link_first:
        link()
    assert [record_path(i) for i in iter_items([root])] == ["real/deep/x.txt"]
    assert [record_path(i) for i in iter_items([root], follow_symlinks=True)] == ["real/deep/x.txt"]
    out = tmp_path / "out"
    assert main(["clean", str(root), "--out-dir", str(out), "--follow-symlinks", "--workers", "1"]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["real/deep/x.txt.json"]


# -- odd file names ------------------------------------------------------------------------------

ODD_NAMES = [
    b"-dash.txt",
    b"--help.txt",
    b"with space .txt",
    b"new\nline.txt",
    b"carriage\rreturn.txt",
    b"tab\there.txt",
    b"caf\xe9 latin-1.txt",
    "日本語 ニュース.txt".encode(),
    'quote" back\\slash.txt'.encode(),
    "line\u2028separator\u2029.txt".encode(),
    "next\u0085line.txt".encode(),
]


def test_odd_file_names_one_json_record_a_line_and_files_inside_the_out_dir(tmp_path, monkeypatch):
    """Protects: a record's `path` is always valid JSON text (non-UTF-8 bytes as \\xNN),
    a JSONL record is one line for any line splitter (newlines, and U+2028, U+2029, U+0085
    that `str.splitlines` also breaks on, are escaped), and --out-dir writes every file
    inside DIR whatever its name (a leading dash is a name, not an option, after --)."""
    root = tmp_path / "in"
    root.mkdir()
    for name in ODD_NAMES:
        with open(os.path.join(os.fsencode(root), name), "wb") as f:
            f.write(f"Title\n\n{PROSE}\n".encode())
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(root), "-o", str(out), "--workers", "2"]) == 0
    text = out.read_text(encoding="utf-8")
    assert len(text.splitlines()) == len(ODD_NAMES)  # str.splitlines: the strictest splitter
    records = [json.loads(line) for line in text.splitlines()]
    paths = [r["path"] for r in records]
    assert "caf\\xe9 latin-1.txt" in paths and "new\nline.txt" in paths and "-dash.txt" in paths
    assert sorted(paths) == sorted(os.fsdecode(n).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for n in ODD_NAMES)
    assert all(PROSE in r["body"] for r in records)

    out_dir = tmp_path / "dir"
    assert main(["clean", str(root), "--out-dir", str(out_dir), "--workers", "1"]) == 0
    written = sorted(os.listdir(os.fsencode(out_dir)))
    assert written == sorted(name + b".json" for name in ODD_NAMES)
    assert sorted(os.listdir(os.fsencode(tmp_path))) == [b"dir", b"in", b"out.jsonl"]

    # Named on the command line: after "--", "-dash.txt" and "--help.txt" are files.
    monkeypatch.chdir(root)
    one = tmp_path / "one.jsonl"
    assert main(["clean", "-o", str(one), "--workers", "1", "--", "-dash.txt", "--help.txt"]) == 0
    assert [json.loads(line)["path"] for line in lines_of(one)] == ["-dash.txt", "--help.txt"]


# -- output never outside --out-dir -----------------------------------------------------------


def test_output_never_leaves_the_out_dir(tmp_path):
    """Protects: DirSink.target refuses items whose relative path has `..` components or
    is absolute, and any target whose real parent directory is outside DIR (a symlinked
    subdirectory planted in DIR): such a file gets an error record, nothing is written
    outside, the other files are written."""
    out = tmp_path / "out"
    outside = tmp_path / "outside"
    outside.mkdir()
    sink = DirSink(str(out), "json", resume=False)
    for item in [("in/../../evil.txt", "in"), ("/etc/passwd", ""), ("..", ""), ("a/../../b.txt", "")]:
        with pytest.raises(BatchError):
            sink.target(item)
        assert "error" in sink.write_one(item, {"path": record_path(item), "body": PROSE})

    root = corpus(tmp_path / "in", 6)
    os.symlink(outside, out / "site1")  # planted: DIR/site1 -> outside
    (out / "site2").mkdir()
    os.symlink(outside / "planted.json", out / "site2" / "page002.txt.json")  # a file link out
    assert main(["clean", str(root), "--out-dir", str(out), "--workers", "1"]) == 1
    assert list(outside.iterdir()) == []
    assert os.path.islink(out / "site2" / "page002.txt.json") is False  # replaced, not followed
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if not p.is_symlink()) == [
        "site0/page000.txt.json",
        "site0/page003.txt.json",
        "site2/page002.txt.json",
        "site2/page005.txt.json",
    ]


# -- killed workers, killed runs ---------------------------------------------------------------

# Imported by every Python process of the test's command (sitecustomize): a worker process
# (not the main one) that is about to clean a document holding KILL-ME kills itself with
# SIGKILL, as the kernel's out-of-memory killer would; one holding STUCK never returns;
# Q7_TEST_SLOW slows every document so that a run can be killed half-way. Nothing of it
# is in the library.
HOOK = """
import os, signal, time
os.environ.setdefault("Q7_TEST_MAIN_PID", str(os.getpid()))
from q7x2clean import cleaner as _cleaner
_clean = _cleaner.Cleaner.clean
def clean(self, data, *args, **kwargs):
    if b"KILL-ME" in data and str(os.getpid()) != os.environ["Q7_TEST_MAIN_PID"]:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(float(os.environ.get("Q7_TEST_SLOW", "0")))
    if b"STUCK" in data:
        try:
            while True:  # stuck in Python code
                pass
        except Exception:  # a fallback that swallows the first error and is stuck too
            while True:
                pass
    return _clean(self, data, *args, **kwargs)
_cleaner.Cleaner.clean = clean
"""


def assert_only_record_changed(out, reference, n, changed):
    """`out` holds the `n` lines of `reference`, in order, but for the record of
    `changed["path"]`, which is `changed`."""
    got, want = lines_of(out), lines_of(reference)
    assert len(got) == len(want) == n
    for line, expected in zip(got, want):
        record = json.loads(line)
        if record["path"] == changed["path"]:
            assert record == changed
        else:
            assert line == expected


@pytest.fixture
def hook(tmp_path):
    directory = tmp_path / "hook"
    directory.mkdir()
    (directory / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    return {"_PATH": [str(directory)]}


def test_a_worker_killed_by_sigkill_costs_only_its_file(tmp_path, hook):
    """Protects: LocalEngine's recovery from a broken process pool (a worker killed with
    SIGKILL mid-shard): the shards in flight are run again, the shard of the dead worker
    item by item; the file that kills its process gets one WorkerDied error record, every
    other file its usual record, none twice, in input order."""
    root = corpus(tmp_path / "in", 40)
    reference = tmp_path / "reference.jsonl"
    assert cli(root, "-o", reference, "--workers", "1").returncode == 0
    poison = root / "site1" / "page019.txt"
    poison.write_text(story(19) + "KILL-ME\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = cli(root, "-o", out, "--workers", "2", env=hook)
    assert done.returncode == 1, done.stderr.decode()
    assert_only_record_changed(out, reference, 40, {"path": "site1/page019.txt", "error": "WorkerDied: the process cleaning this file died (out of memory?)"})


@pytest.mark.parametrize("workers, engine", [("1", "local"), ("2", "local"), ("2", "dask")])
def test_a_document_stuck_past_the_time_limit_costs_only_its_file(tmp_path, hook, workers, engine):
    """Protects: the time limit a document (`--time-limit`): a document the cleaner is
    stuck on, even in code that swallows the first error, gets one TimeLimitExceeded
    error record; every other file its usual record, in order. Dask workers run tasks in
    threads, where the limit is a watchdog thread's, not SIGALRM."""
    if engine == "dask":
        pytest.importorskip("distributed")
    root = corpus(tmp_path / "in", 12)
    reference = tmp_path / "reference.jsonl"
    assert cli(root, "-o", reference, "--workers", "1").returncode == 0
    (root / "site1" / "page004.txt").write_text(story(4) + "STUCK\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    done = cli(root, "-o", out, "--workers", workers, "--engine", engine, "--time-limit", "5", env=hook)
    assert time.monotonic() - started < 60
    assert done.returncode == 1, done.stderr.decode()
    assert_only_record_changed(out, reference, 12, {"path": "site1/page004.txt", "error": "TimeLimitExceeded: cleaning took longer than the time limit of 5 s a document"})


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon"])
def test_a_bad_time_limit_is_a_usage_error(tmp_path, value, capsys):
    assert main(["clean", str(tmp_path), "--time-limit", value]) == 2
    assert "not a number of seconds" in capsys.readouterr().err


def _kill_when_written(command, out, lines, **kwargs):
    """Start `command`, SIGKILL it (and its workers: its process group) once `out` has
    at least `lines` lines; returns how many complete lines were there."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, **kwargs)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= lines:
                break
            assert process.poll() is None, f"finished before it could be killed: {process.stderr.read().decode()}"
            time.sleep(0.02)
        assert process.poll() is None, "finished before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stderr.close()
    return out.read_bytes().count(b"\n")


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_killed_run_resumed_gives_the_uninterrupted_output(tmp_path, hook, engine):
    """Protects: --resume after SIGKILL of the whole command (workers too): records are
    appended in complete lines and flushed a shard at a time, a torn last line is cut,
    what is in the output is skipped, the rest cleaned with the same templates; the result
    is byte for byte the uninterrupted run's (the same lines in the same, input, order)."""
    if engine == "dask":
        pytest.importorskip("distributed")
    n = 120
    root = corpus(tmp_path / "in", n)
    reference = tmp_path / "reference.jsonl"
    assert cli(root, "-o", reference, "--workers", "2").returncode == 0
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), *hook["_PATH"]]), "Q7_TEST_SLOW": "0.03"}
    command = [sys.executable, "-m", "q7x2clean.cli", "clean", str(root), "-o", str(out), "--workers", "2", "--engine", engine]
    written = _kill_when_written(command, out, 16, env=env)
    assert 16 <= written < n
    resumed = cli(root, "-o", out, "--workers", "2", "--engine", engine, "--resume")
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert "already done (--resume)" in resumed.stderr.decode()
    assert out.read_bytes() == reference.read_bytes()
    assert sorted(lines_of(out)) == sorted(lines_of(reference)) and len(lines_of(out)) == n
    assert not (tmp_path / "out.jsonl.parts").exists()


# -- unwritable output, disk full -------------------------------------------------------------


def test_unwritable_outputs_exit_2_and_leave_no_file(tmp_path, capsys):
    """Protects: an output that cannot be opened is a usage error (status 2, a message)
    found before anything is cleaned or created, and a job that cannot run (here a
    --scheduler without the dask engine) does not create or truncate the -o file."""
    root = corpus(tmp_path / "in", 3)
    for args in (["-o", tmp_path / "in"], ["-o", tmp_path / "in" / "site0" / "page000.txt" / "x.jsonl"],
                 ["--out-dir", tmp_path / "in" / "site0" / "page000.txt"]):
        assert main(["clean", str(root), *map(str, args)]) == 2
        assert "cannot write" in capsys.readouterr().err
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(root), "-o", str(out), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "--engine dask" in capsys.readouterr().err
    assert not out.exists()
    out.write_bytes(b"kept\n")
    assert main(["clean", str(root), "-o", str(out), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert out.read_bytes() == b"kept\n"


def test_disk_full_on_dev_full_is_a_clear_error():
    """Protects: a write error on the JSONL output (ENOSPC from /dev/full) is reported
    as one clear line and exit status 2, not a traceback."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    done = cli(SRC.parent / "samples", "-o", "/dev/full", "--workers", "1")
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "cannot write /dev/full" in err and "No space left on device" in err and "Traceback" not in err


def _file_size_limit(limit):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return set_limit


@pytest.mark.parametrize("fmt", ["jsonl", "out-dir"])
def test_a_full_disk_leaves_only_complete_output(tmp_path, fmt):
    """Protects: when the disk fills up mid-run (simulated by a file size limit: writes
    past it fail with EFBIG, a short write first, as on a full disk), the run stops with
    status 2 and a message saying to --resume; a JSONL output is cut back to its last
    complete line, an --out-dir has no temporary or half-written file; --resume then
    completes the output exactly."""
    root = corpus(tmp_path / "in", 40)
    big = "\n\n".join(f"{PROSE} Paragraph {k}." for k in range(200))
    (root / "site1" / "page019.txt").write_text(f"A long story\n\n{big}\n", encoding="utf-8")
    reference = tmp_path / "reference.jsonl"
    assert cli(root, "-o", reference, "--workers", "1").returncode == 0
    target = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    option = "-o" if fmt == "jsonl" else "--out-dir"
    if fmt == "jsonl":  # in the middle of a line, and of the second shard
        limit = len(b"".join(lines_of(reference)[:16])) + 1234
    else:  # more than a story's file, less than the long story's
        limit = 20_000
    done = cli(root, option, target, "--workers", "2", preexec_fn=_file_size_limit(limit))
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "--resume" in err and "Traceback" not in err
    if fmt == "jsonl":
        data = target.read_bytes()
        assert 0 < len(data) <= limit and data.endswith(b"\n")
        assert reference.read_bytes().startswith(data)
    else:
        files = [p for p in target.rglob("*") if p.is_file()]
        assert files and not [p for p in files if p.name.startswith(".q7x2clean-")]
        for path in files:
            json.loads(path.read_text(encoding="utf-8"))  # complete
    assert cli(root, option, target, "--workers", "2", "--resume").returncode == 0
    if fmt == "jsonl":
        assert target.read_bytes() == reference.read_bytes()
    else:
        assert len([p for p in target.rglob("*") if p.is_file()]) == 40


# -- determinism -------------------------------------------------------------------------------


def test_same_bytes_across_runs_worker_counts_and_hash_seeds(tmp_path, samples_dir):
    """Protects: output order is the sorted input order (not the directory's order on
    disk, nor the order workers finish in) and nothing depends on Python's string hash
    (template fingerprints are blake2b): byte-identical JSONL for any run, any --workers,
    any PYTHONHASHSEED."""
    root = corpus(tmp_path / "in", 30)
    for k, sample in enumerate(sorted(samples_dir.glob("*.txt"))):
        (root / f"site{k % 3}" / sample.name).write_bytes(sample.read_bytes())
    (root / "site0" / "empty.txt").write_bytes(b"")
    outputs = []
    for seed, workers in [("0", 1), ("1", 2), ("4242", 2), ("random", 1)]:
        out = tmp_path / f"out-{seed}-{workers}.jsonl"
        assert cli(root, "-o", out, "--workers", workers, env={"PYTHONHASHSEED": seed}).returncode == 1
        outputs.append(out.read_bytes())
    assert all(output == outputs[0] for output in outputs)
    paths = [json.loads(line)["path"] for line in outputs[0].splitlines()]
    assert paths == sorted(paths, key=lambda p: p.split("/")) and len(paths) == 36


# -- a huge single line ------------------------------------------------------------------------


def test_a_30_mb_single_line_is_cleaned_or_refused_without_hanging(tmp_path):
    """Protects: a 30 MB file without a newline goes through the command in bounded
    time (a timeout fails the test instead of hanging the suite): the read is capped,
    and nothing in the batch path is quadratic in the line length."""
    path = tmp_path / "line.txt"
    words = "the council approved the new budget after a long debate about the bridge "
    with open(path, "w", encoding="utf-8") as out:
        out.write(words * (30_000_000 // len(words)))
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    done = cli(path, "-o", out, "--workers", "1", timeout=90)
    assert done.returncode in (0, 1), done.stderr.decode()
    assert time.monotonic() - started < 60
    [record] = [json.loads(line) for line in lines_of(out)]
    assert record["path"] == "line.txt"
    assert record.get("error", "").startswith("InputTooLarge") or record["body"].startswith(words.strip())

"""Files in, records out: inputs, reading, shards, engines, sinks (`batch.py`)."""

import gzip
import io
import json
import os
import pickle

import pytest

from q7x2clean import Cleaner, CleanerConfig, DecodeError, InputTooLarge, NoContent
from q7x2clean.batch import (
    BatchOptions,
    Job,
    LocalEngine,
    clean_shard,
    iter_items,
    read_document,
    record_path,
    run,
    shards,
)

PROSE = (
    "The council approved the new budget on Monday after a long debate about the cost of "
    "the bridge, and the mayor said the work would start in the spring."
)


def make_tree(root):
    """Nested folders with every kind of input the walk should meet."""
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "plain.txt").write_text(f"Budget passes\n\n{PROSE}\n", encoding="utf-8")
    (root / "a" / "b" / "page.html").write_text(f"<html><body><h1>Budget</h1><p>{PROSE}</p></body></html>", encoding="utf-8")
    (root / "a" / "b" / "dump.txt.gz").write_bytes(gzip.compress(f"Bridge news\n\n{PROSE}\n".encode()))
    (root / "a" / "b" / "page.htm.gz").write_bytes(gzip.compress(f"<html><body><p>{PROSE}</p></body></html>".encode()))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "cp1252.txt").write_bytes(f"Caf\xe9 news\n\n{PROSE} The caf\xe9 stays open.\n".encode("latin-1"))
    (root / "notes.md").write_text("not a dump: skipped by the walk", encoding="utf-8")
    return root


def records_of(tmp_path, inputs, workers=1, **job):
    out = tmp_path / f"out-{workers}.jsonl"
    summary = run(Job(inputs=tuple(str(i) for i in inputs), output=str(out), workers=workers, **job))
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], summary


def test_one_record_a_file_and_errors_only_for_unreadable_ones(tmp_path):
    root = make_tree(tmp_path / "in")
    records, summary = records_of(tmp_path, [root])
    by_path = {r["path"]: r for r in records}
    assert list(by_path) == [
        "a/b/dump.txt.gz",
        "a/b/page.htm.gz",
        "a/b/page.html",
        "a/plain.txt",
        "binary.txt",
        "cp1252.txt",
        "empty.txt",
    ]
    assert by_path["binary.txt"]["error"].startswith("DecodeError: binary data")
    assert by_path["empty.txt"]["error"] == "NoContent: empty file"
    assert "The café stays open." in by_path["cp1252.txt"]["body"]
    for path in ("a/plain.txt", "a/b/dump.txt.gz", "a/b/page.htm.gz", "a/b/page.html"):
        assert "error" not in by_path[path]
        assert PROSE in by_path[path]["body"]
    assert (summary.cleaned, summary.failed) == (5, 2)


def test_walk_order_is_sorted_by_path_components(tmp_path):
    root = make_tree(tmp_path / "in")
    paths = [record_path(item) for item in iter_items([root])]
    keys = [tuple(p.split("/")) for p in paths]
    assert keys == sorted(keys)


def test_same_records_for_one_and_two_workers(tmp_path):
    root = make_tree(tmp_path / "in")
    one, _ = records_of(tmp_path, [root], workers=1)
    two, _ = records_of(tmp_path, [root], workers=2)
    assert one == two


def test_same_records_for_one_and_two_workers_over_many_shards(tmp_path, samples_dir):
    root = tmp_path / "in"
    for k in range(3):
        (root / f"site{k}").mkdir(parents=True)
        for sample in sorted(samples_dir.glob("*.txt")):
            (root / f"site{k}" / sample.name).write_bytes(sample.read_bytes())
    one, _ = records_of(tmp_path, [root], workers=1)
    two, _ = records_of(tmp_path, [root], workers=2)
    assert len(one) == 15 and one == two


def test_symlinks_are_not_followed_by_default(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "x.txt").write_text(PROSE, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PROSE, encoding="utf-8")
    os.symlink(outside, root / "link-out")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "sub" / "x.txt", root / "alias.txt")
    assert [record_path(i) for i in iter_items([root])] == ["sub/x.txt"]
    followed = [record_path(i) for i in iter_items([root], follow_symlinks=True)]
    assert "sub/x.txt" in followed and "alias.txt" in followed
    assert not any("secret" in p for p in followed)  # never outside the root
    assert len(followed) == 2  # and no loop


def test_odd_file_names_give_valid_json(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "new\nline.txt").write_text(PROSE, encoding="utf-8")
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as f:
        f.write(PROSE.encode())
    records, summary = records_of(tmp_path, [root])
    assert summary.failed == 0
    assert sorted(r["path"] for r in records) == ["caf\\xe9.txt", "new\nline.txt"]


def test_gzip_is_sniffed_by_its_magic_bytes_not_its_name():
    data = read_document(io.BytesIO(gzip.compress(b"some text")), 1000)
    assert data == b"some text"
    two_members = gzip.compress(b"first ") + gzip.compress(b"second")
    assert read_document(io.BytesIO(two_members), 1000) == b"first second"


def test_gzip_bomb_is_stopped_at_the_cap():
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(InputTooLarge):
        read_document(io.BytesIO(bomb), 100_000)


def test_broken_gzip_and_empty_input():
    with pytest.raises(DecodeError, match="gzip"):
        read_document(io.BytesIO(b"\x1f\x8b\x08\x00garbage-garbage-garbage"), 1000)
    with pytest.raises(DecodeError, match="truncated"):
        read_document(io.BytesIO(gzip.compress(b"x" * 1000)[:-12]), 10_000)
    with pytest.raises(NoContent):
        read_document(io.BytesIO(b""), 1000)
    with pytest.raises(InputTooLarge):
        read_document(io.BytesIO(b"x" * 2000), 1000)


def test_a_too_large_file_is_an_error_record(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text(PROSE * 20, encoding="utf-8")
    (tmp_path / "in" / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 100_000))
    job = {"cleaner": Cleaner(CleanerConfig(max_input_chars=1000))}
    records, _ = records_of(tmp_path, [tmp_path / "in"], **job)
    assert all(r["error"].startswith("InputTooLarge") for r in records)


def test_clean_shard_is_a_plain_picklable_function(tmp_path):
    root = make_tree(tmp_path / "in")
    items = list(iter_items([root]))
    options = BatchOptions(Cleaner(), None)
    assert pickle.loads(pickle.dumps((items, options))) == (items, options)
    records = clean_shard(items, options)
    assert [r["path"] for r in records] == [record_path(i) for i in items]
    engine = LocalEngine(workers=2)
    pooled = [r for shard in engine.map(clean_shard, ((s, options) for s in shards(items, 2))) for r in shard]
    assert pooled == records


def test_cleaner_is_picklable_and_library_batches(tmp_path):
    cleaner = pickle.loads(pickle.dumps(Cleaner(CleanerConfig(keep_removed=False))))
    records = list(cleaner.clean_many([PROSE, ("doc-2", b"\x00\x01\x02\x03"), PROSE.encode()]))
    assert records[0]["body"] == PROSE and records[2]["body"] == PROSE
    assert records[1]["id"] == "doc-2" and records[1]["error"].startswith("DecodeError")
    assert cleaner.clean_record(b"\x00\x01\x02\x03")["error"].startswith("DecodeError")
    root = make_tree(tmp_path / "in")
    files = list(cleaner.clean_files([root]))
    assert len(files) == 7 and sum("error" in r for r in files) == 2


def test_missing_input_raises_before_anything_is_written(tmp_path):
    from q7x2clean.batch import BatchError

    with pytest.raises(BatchError, match="no such file"):
        run(Job(inputs=(str(tmp_path / "nope"),), output=str(tmp_path / "out.jsonl")))
    assert not (tmp_path / "out.jsonl").exists()


def _dies_on_poison(items, options):
    """A shard function whose process dies on an item named poison (as a worker killed
    for memory would)."""
    if any("poison" in path for path, _ in items):
        os._exit(1)
    return clean_shard(items, options)


def test_a_worker_that_dies_costs_only_its_file(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for name in ("a.txt", "b.txt", "poison.txt", "c.txt", "d.txt", "e.txt"):
        (root / name).write_text(PROSE, encoding="utf-8")
    items = list(iter_items([root]))
    from q7x2clean.batch import _lost_record

    engine = LocalEngine(workers=2)
    work = ((s, BatchOptions()) for s in shards(items, 2))
    records = [r for shard in engine.map(_dies_on_poison, work, _lost_record) for r in shard]
    assert [r["path"] for r in records] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "poison.txt"]
    assert [r["path"] for r in records if "error" in r] == ["poison.txt"]
    assert all(r["body"] == PROSE for r in records if "error" not in r)


def test_the_time_limit_holds_in_a_thread_and_leaves_nothing_behind():
    """Off the main thread (a Dask worker's task) the limit is a watchdog's: Python code
    in the block is interrupted, again if it swallows the first error, and a block that
    ends in time leaves no exception pending for the code after it."""
    import threading
    import time

    from q7x2clean import TimeLimitExceeded
    from q7x2clean.batch import time_limit

    seen = {}

    def stuck():
        started = time.monotonic()
        try:
            with time_limit(0.3):
                n = 0
                try:
                    while True:
                        n += 1
                except Exception:  # swallowed: the limit fires again
                    while True:
                        n += 1
        except TimeLimitExceeded as error:
            seen["error"] = (str(error), time.monotonic() - started)
        with time_limit(0.3):
            pass
        time.sleep(0.8)  # past the second limit: nothing is raised here
        seen["after"] = True

    thread = threading.Thread(target=stuck, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    message, took = seen["error"]
    assert message == "cleaning took longer than the time limit of 0.3 s a document"
    assert 1.0 <= took < 5
    assert seen["after"]

"""The Dask engine on a real LocalCluster: same records as the local engine, work done
in the worker processes, part files for resume, nothing left behind."""

import io
import json
import os

import pytest

pytest.importorskip("distributed")
warcio = pytest.importorskip("warcio")

from q7x2clean.batch import BatchOptions, Job, clean_shard, iter_items, run, shards  # noqa: E402
from q7x2clean.dask_engine import DaskEngine, EngineError  # noqa: E402

PROSE = (
    "The council approved the new budget on Monday after a long debate about the cost of "
    "the bridge, and the mayor said the work would start in the spring."
)


def make_corpus(root, n=70):
    """Enough files for several shards, some of them unreadable."""
    for i in range(n):
        sub = root / f"d{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"page{i:03d}.txt").write_text(
            f"Home\nNews\nStory number {i} about the bridge\nBy Jane Doe\n\n{PROSE} Item {i}.\n\n{PROSE}\n", encoding="utf-8"
        )
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)


def leftovers(root):
    return [p for p in root.rglob("*") if p.name.endswith((".tmp", ".part", ".done")) or p.name.endswith(".parts")]


FLAG = "Q7X2CLEAN_TEST_FAIL_FLAG"


def failing_once(shard, options):
    """clean_shard, except that the shard holding page030 fails while a flag file exists."""
    flag = os.environ.get(FLAG, "")
    if flag and os.path.exists(flag) and any("page030" in path for path, _ in shard):
        raise RuntimeError("simulated failure of one shard")
    return clean_shard(shard, options)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    make_corpus(root)
    return root


def test_dask_records_equal_local_and_run_in_both_workers(corpus, tmp_path):
    items = list(iter_items([str(corpus)]))
    options = BatchOptions()
    work = [(shard, options) for shard in shards(items)]
    assert len(work) >= 4
    local = [clean_shard(shard, o) for shard, o in work]
    engine = DaskEngine(parts_dir=str(tmp_path / "parts"), workers=2)
    remote = list(engine.map(clean_shard, work))
    assert remote == local
    assert len(engine.worker_pids) == 2 and os.getpid() not in engine.worker_pids
    assert any("error" in r for shard in remote for r in shard)  # the bad files became error records
    assert not (tmp_path / "parts").exists() and leftovers(tmp_path) == []


def interrupted_run(corpus, tmp_path, monkeypatch):
    """A run whose shard holding page030 fails: (work, parts directory, flag file, the
    results taken before the failure). Unlinking the flag lets a rerun finish."""
    flag = tmp_path / "fail"
    flag.write_text("1")
    monkeypatch.setenv(FLAG, str(flag))
    items = list(iter_items([str(corpus)]))
    options = BatchOptions()
    work = [(shard, options) for shard in shards(items)]
    parts = tmp_path / "parts"
    engine = DaskEngine(parts_dir=str(parts), workers=2)
    taken = []
    with pytest.raises(EngineError, match="rerun"):
        for result in engine.map(failing_once, work):
            taken.append(result)
    return work, parts, flag, taken


def test_a_failed_shard_is_resumed_from_the_finished_parts(corpus, tmp_path, monkeypatch):
    work, parts, flag, taken = interrupted_run(corpus, tmp_path, monkeypatch)
    assert len(taken) < len(work)
    assert any(p.name.endswith(".done") for p in parts.rglob("*"))  # finished shards were kept

    flag.unlink()
    rerun = DaskEngine(parts_dir=str(parts), workers=2)
    results = list(rerun.map(failing_once, work))
    assert results == [clean_shard(shard, o) for shard, o in work]
    assert rerun.reused >= 1  # finished parts were not sent again
    assert not parts.exists() and leftovers(tmp_path) == []


def test_a_part_torn_by_a_crash_is_cleaned_again(corpus, tmp_path, monkeypatch):
    """Parts are not synced: a machine crash can leave a part with its done marker but
    not its bytes. A rerun reads it as missing and cleans its shard again."""
    work, parts, flag, _ = interrupted_run(corpus, tmp_path, monkeypatch)
    done = [p for p in parts.rglob("*.part") if p.with_name(p.name + ".done").exists()]
    assert done
    for part in done:
        part.write_bytes(part.read_bytes()[:10])  # torn
    flag.unlink()
    rerun = DaskEngine(parts_dir=str(parts), workers=2)
    assert list(rerun.map(failing_once, work)) == [clean_shard(shard, o) for shard, o in work]
    assert rerun.reused == 0
    assert not parts.exists() and leftovers(tmp_path) == []


def test_cli_dask_engine_gives_the_local_output(corpus, tmp_path):
    from q7x2clean.cli import main

    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["clean", str(corpus), "-o", str(local), "--workers", "1"]) == 1  # two bad files
    assert main(["clean", str(corpus), "-o", str(remote), "--workers", "2", "--engine", "dask"]) == 1
    assert remote.read_bytes() == local.read_bytes()
    assert leftovers(tmp_path) == []


def test_dask_engine_needs_an_output_file(corpus, capsys):
    from q7x2clean.cli import main

    assert main(["clean", str(corpus), "--engine", "dask"]) == 2
    assert "-o FILE or --out-dir" in capsys.readouterr().err


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    engine = DaskEngine(parts_dir=str(tmp_path / "parts"), address="tcp://127.0.0.1:9", workers=1, connect_timeout="2s")
    with pytest.raises(EngineError, match="scheduler"):
        list(engine.map(clean_shard, [([("x", "")], BatchOptions())]))


def _warc_bytes(pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, date in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=headers,
                                      warc_headers_dict={"WARC-Date": date})
        )
    return buffer.getvalue()


def test_warc_pages_are_records_with_url_and_capture_date(tmp_path):
    page = "<html><body><h1>Bridge opens</h1><p>Published Jan 17</p><p>{}</p><p>{}</p></body></html>".format(PROSE, PROSE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(
        _warc_bytes([("https://news.example/a", page, "2024-03-05T10:00:00Z"),
                     ("https://news.example/b", page.replace("Bridge opens", "Budget passes"), "2024-03-06T10:00:00Z")])
    )
    out = tmp_path / "out.jsonl"
    job = Job(inputs=(str(tmp_path / "in"),), output=str(out), templates=False)
    run(job)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["path"] for r in records] == ["crawl.warc.gz#1", "crawl.warc.gz#2"]
    assert [r["url"] for r in records] == ["https://news.example/a", "https://news.example/b"]
    assert PROSE in records[0]["body"]
    # The capture date completes the year-less date: the page was seen in March 2024.
    assert records[0]["date"] == "2024-01-17"


def test_warc_resume_redoes_a_half_written_archive(tmp_path):
    page = "<html><body><h1>Bridge opens</h1><p>{}</p></body></html>".format(PROSE)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Title\n\n{PROSE}\n", encoding="utf-8")
    (tmp_path / "in" / "b.warc.gz").write_bytes(
        _warc_bytes([(f"https://news.example/{i}", page, "2024-03-05T10:00:00Z") for i in range(3)])
    )
    out = tmp_path / "out.jsonl"
    run(Job(inputs=(str(tmp_path / "in"),), output=str(out), templates=False))
    full = out.read_text()
    lines = full.splitlines(keepends=True)
    assert len(lines) == 4
    out.write_text("".join(lines[:2]))  # stopped after the first page of the archive
    run(Job(inputs=(str(tmp_path / "in"),), output=str(out), templates=False, resume=True))
    assert out.read_text() == full

import json

import pytest

from q7x2clean.cli import main


def test_clean_directory_to_jsonl(tmp_path, samples_dir):
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(samples_dir), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == sorted(p.name for p in samples_dir.glob("*.txt"))
    assert all(r["body"] for r in records)


def test_paths_are_relative_to_their_input_root(tmp_path):
    (tmp_path / "in" / "a" / "b").mkdir(parents=True)
    (tmp_path / "in" / "a" / "b" / "x.txt").write_text("Some words of an article that say a thing.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["path"] == "a/b/x.txt"


def test_a_bad_file_gets_an_error_record_and_exit_status_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("An article of a few words here.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out)]) == 1
    records = {r["path"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert "binary" in records["bad.txt"]["error"]
    assert "body" in records["good.txt"]


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_reference_date_option(tmp_path, samples_dir, capsys):
    out = tmp_path / "out.jsonl"
    sample = samples_dir / "001_23f9ff3ee89bfc61.txt"
    assert main(["clean", str(sample), "-o", str(out), "--reference-date", "2026-11-21"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["date"] == "2026-01-17"


PROSE = (
    "The council approved the new budget on Monday after a long debate about the cost of "
    "the bridge, and the mayor said the work would start in the spring."
)


def _tree(root):
    (root / "a" / "b").mkdir(parents=True)
    for k in range(5):
        (root / "a" / f"doc{k}.txt").write_text(f"Headline {k}\n\n{PROSE} Story {k}.\n", encoding="utf-8")
    (root / "a" / "b" / "page.html").write_text(f"<html><body><p>{PROSE}</p></body></html>", encoding="utf-8")
    return root


def test_stdin(tmp_path, monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"Title\n\n{PROSE}\n".encode())))
    assert main(["clean", "-", "--workers", "1"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["path"] == "-" and PROSE in record["body"]


def test_stdin_between_files_keeps_the_order(tmp_path, monkeypatch):
    import io
    import sys

    root = _tree(tmp_path / "in")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PROSE.encode())))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(root / "a" / "doc0.txt"), "-", str(root / "a" / "b"), "-o", str(out), "--workers", "2"]) == 0
    assert [json.loads(line)["path"] for line in out.read_text().splitlines()] == ["doc0.txt", "-", "page.html"]


@pytest.mark.parametrize("fmt,suffix", [("json", ".json"), ("markdown", ".md"), ("text", ".txt")])
def test_out_dir_mirrors_the_input_tree(tmp_path, fmt, suffix):
    root = _tree(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["clean", str(root), "--out-dir", str(out), "--format", fmt, "--workers", "1"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted([f"a/doc{k}.txt{suffix}" for k in range(5)] + [f"a/b/page.html{suffix}"])
    text = (out / "a" / f"doc0.txt{suffix}").read_text(encoding="utf-8")
    assert PROSE in text
    if fmt == "json":
        assert json.loads(text)["path"] == "a/doc0.txt"
    if fmt == "markdown":
        assert text.startswith("# Headline 0")


def test_resume_after_a_kill_gives_the_same_output(tmp_path, capsys):
    root = _tree(tmp_path / "in")
    full = tmp_path / "full.jsonl"
    assert main(["clean", str(root), "-o", str(full), "--workers", "1"]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    killed = tmp_path / "killed.jsonl"
    killed.write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])  # torn last line
    capsys.readouterr()
    assert main(["clean", str(root), "-o", str(killed), "--resume", "--workers", "2"]) == 0
    assert killed.read_bytes() == full.read_bytes()
    assert "2 already done" in capsys.readouterr().err
    # Nothing left to do: a second resume writes nothing more.
    assert main(["clean", str(root), "-o", str(killed), "--resume"]) == 0
    assert killed.read_bytes() == full.read_bytes()


def test_resume_into_an_out_dir_redoes_only_missing_files(tmp_path, capsys):
    root = _tree(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["clean", str(root), "--out-dir", str(out)]) == 0
    (out / "a" / "doc3.txt.json").unlink()
    capsys.readouterr()
    assert main(["clean", str(root), "--out-dir", str(out), "--resume"]) == 0
    assert "1 cleaned, 0 failed, 5 already done" in capsys.readouterr().err
    assert (out / "a" / "doc3.txt.json").exists()
    assert not [p for p in out.rglob(".q7x2clean-*")]  # no temporary file left


def test_exit_status_1_when_some_fail_and_0_when_none(tmp_path):
    root = _tree(tmp_path / "in")
    assert main(["clean", str(root), "-o", str(tmp_path / "ok.jsonl")]) == 0
    (root / "empty.txt").write_bytes(b"")
    assert main(["clean", str(root), "-o", str(tmp_path / "ko.jsonl")]) == 1
    records = [json.loads(line) for line in (tmp_path / "ko.jsonl").read_text().splitlines()]
    assert [r["error"] for r in records if "error" in r] == ["NoContent: empty file"]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--workers", "0"], "workers"),
        (["--format", "pdf"], "format"),
        (["--bogus"], "unrecognized"),
        (["--resume"], "--resume needs an output"),
        (["-o", "{tmp}/no/such/dir/out.jsonl"], "cannot write"),
        (["--out-dir", "{tmp}/in/a/doc0.txt/sub"], "cannot write"),
        (["-o", "{tmp}/x.jsonl", "--out-dir", "{tmp}/out"], "not allowed with"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(tmp_path, capsys, args, message):
    root = _tree(tmp_path / "in")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["clean", str(root), *args]) == 2
    assert message in capsys.readouterr().err


def test_samples_as_one_batch_give_the_bodies_of_each_alone(tmp_path, samples_dir):
    import q7x2clean

    out = tmp_path / "out.jsonl"
    assert main(["clean", str(samples_dir), "-o", str(out), "--workers", "2"]) == 0
    batch = {json.loads(line)["path"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    assert len(batch) == 5
    for sample in sorted(samples_dir.glob("*.txt")):
        alone = q7x2clean.clean(sample.read_bytes()).to_dict()
        assert {"path": sample.name, **alone} == batch[sample.name]


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path, capsys, samples_dir):
    assert main(["clean", str(samples_dir), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "5 cleaned, 0 failed" in err


def test_python_dash_m_runs_the_command(tmp_path):
    """`python -m q7x2clean` is the command where its script is not on PATH."""
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(
        "Council agrees on the school budget\n\nThe council met on Monday and agreed on the new budget for the schools.\n\n"
        "The money will pay for new teachers and for the repair of three old buildings in the north of the town.\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-m", "q7x2clean", "clean", str(tmp_path / "a.txt")], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "The council met on Monday" in json.loads(done.stdout)["body"]

import json

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

"""JSONL input (`jsonl.py`, and the `clean` command over .jsonl / .ndjson files)."""

import gzip
import io
import json

import pytest

from q7x2clean import CleanerConfig, InputTooLarge, InvalidInput, NoContent
from q7x2clean.batch import Job, run
from q7x2clean.cli import main
from q7x2clean.jsonl import Line, iter_lines

PROSE = (
    "The council approved the new budget on Monday after a long debate about the cost of "
    "the bridge, and the mayor said the work would start in the spring."
)
DUMP = f"Home\nNews\n\nBudget passes after long debate\n\n{PROSE}\n\n{PROSE}\n"
HTML = f"<html><head><title>Bridge</title></head><body><h1>Bridge to be built</h1><p>{PROSE}</p></body></html>"


def corpus_lines():
    return [
        json.dumps({"id": 7, "url": "https://news.example/budget", "text": DUMP}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-doc", "title": "nothing to clean"}),
        json.dumps({"id": "h", "html": HTML, "text": "ignored: html comes first"}),
    ]


def test_lines_are_documents_and_bad_lines_errors_of_their_own():
    data = ("\n".join(corpus_lines()) + "\n").encode()
    got = list(iter_lines(io.BytesIO(data), max_chars=10_000))
    assert got[0] == Line(1, DUMP, "https://news.example/budget", 7)
    assert [type(x[1]) for x in got[1:4]] == [InvalidInput, InvalidInput, NoContent]
    assert [x[0] for x in got[1:4]] == [3, 4, 5]  # line numbers; the blank line 2 is passed over
    assert got[4] == Line(6, HTML, None, "h")


def test_a_named_field_and_a_line_over_the_cap():
    lines = [json.dumps({"body": "x" * 500}), json.dumps({"body": PROSE, "text": "other"})]
    got = list(iter_lines(io.BytesIO(("\n".join(lines) + "\n").encode()), max_chars=300, field="body"))
    assert got[0][0] == 1 and isinstance(got[0][1], InputTooLarge)
    assert got[1] == Line(2, PROSE)


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.ndjson.gz"])
def test_clean_a_jsonl_file_one_record_a_line(tmp_path, name):
    data = ("\n".join(corpus_lines()) + "\n").encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    records = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        summary = run(Job(inputs=(str(tmp_path / "in"),), output=str(out), workers=workers))
        records[workers] = out.read_text(encoding="utf-8")
    assert records[1] == records[2]
    got = [json.loads(line) for line in records[1].splitlines()]
    assert [r["path"] for r in got] == [f"{name}#{n}" for n in (1, 3, 4, 5, 6)]
    assert got[0]["id"] == 7 and got[0]["url"] == "https://news.example/budget"
    assert PROSE in got[0]["body"] and "Home" not in got[0]["body"]
    assert got[1]["error"].startswith("InvalidInput: line 3 is not JSON")
    assert got[3]["error"].startswith("NoContent: line 5 has no document")
    assert got[4]["id"] == "h" and got[4]["title"] == "Bridge to be built" and PROSE in got[4]["body"]
    assert (summary.cleaned, summary.failed) == (2, 3)


def test_field_option_and_resume_redoes_a_half_written_file(tmp_path):
    lines = [json.dumps({"doc": DUMP.replace("Monday", f"day {k}")}) for k in range(5)]
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "b.txt").write_text(DUMP, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "-o", str(out), "--workers", "1", "--field", "doc"]) == 0
    whole = out.read_bytes()
    assert [json.loads(x)["path"] for x in whole.splitlines()] == [f"a.jsonl#{n}" for n in range(1, 6)] + ["b.txt"]
    # A run stopped after the third record of a.jsonl: resumed, the file is done again whole.
    out.write_bytes(b"".join(whole.splitlines(keepends=True)[:3]))
    assert main(["clean", str(src), "-o", str(out), "--workers", "1", "--field", "doc", "--resume"]) == 0
    assert out.read_bytes() == whole
    # Without --field, no line has a document.
    assert main(["clean", str(src / "a.jsonl"), "-o", str(tmp_path / "none.jsonl")]) == 1


def test_a_jsonl_line_over_max_input_chars_is_its_own_error(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": DUMP * 50}) + "\n" + json.dumps({"text": DUMP}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    from q7x2clean import Cleaner

    run(Job(inputs=(str(path),), output=str(out), cleaner=Cleaner(CleanerConfig(max_input_chars=2000))))
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert got[0]["error"].startswith("InputTooLarge: line 1")
    assert PROSE in got[1]["body"]


def test_templates_are_learned_from_the_pages_of_a_corpus_by_their_url_host(tmp_path):
    # Four stories of one site in a corpus, each with the site's widget line inside the
    # article; a page of another site has the same line and keeps it.
    widget = "Picked for you by our editors"
    stories = [
        f"The council of town {n} approved the new budget on Monday after a long debate about the cost of the bridge."
        for n in range(4)
    ]
    rest = "Opposition members in town {} said the plan was rushed and that residents had not been heard at all."

    def page(n):
        return f"Home\nNews\nSport\n\nBudget\n\n{stories[n]}\n\n{widget}\n\n{rest.format(n)}\n\nContact us\nTerms of use\n"

    lines = [json.dumps({"url": f"https://www.news.example/{n}", "text": page(n)}) for n in range(4)]
    lines.append(json.dumps({"url": "https://other.example/1", "text": page(0)}))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out), "--workers", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [widget in r["body"] for r in records] == [False, False, False, False, True]
    assert all(rest.format(n % 4) in r["body"] for n, r in enumerate(records))
    assert main(["clean", str(corpus), "-o", str(out), "--workers", "1", "--no-templates"]) == 0
    assert all(widget in json.loads(line)["body"] for line in out.read_text(encoding="utf-8").splitlines())

"""Hostile and broken input on the library entry points (clean_text, clean_html, clean):
bounded time and memory, clear errors, nothing silently lost (issue 5, library side).

Every call on a large or adversarial input runs under `bounded` (conftest): a forked
process with 5 s of wall time and 1 GiB more address space. Each test names the
protection it checks; without it, the test fails (too slow, wrong text, or no error).
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import q7x2clean
from q7x2clean import CleanerConfig, DecodeError, InputTooLarge, InvalidInput

PROSE = "The minister said on Tuesday that the talks would continue next week in Brussels."
PROSE2 = "Officials from both countries met in Washington to discuss trade and security."
ARTICLE = f"Talks To Go On\nBy Jane Doe\n\n{PROSE}\n\n{PROSE2}\n"
SRC = Path(q7x2clean.__file__).resolve().parents[1]


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Talks</title></head><body>{body}</body></html>"


# -- Size ---------------------------------------------------------------------------------


def test_text_over_the_character_cap_is_refused():
    # protection: decode.check_size in normalize_text (CleanerConfig.max_input_chars)
    with pytest.raises(InputTooLarge, match="max_input_chars"):
        q7x2clean.clean_text(ARTICLE * 10, config=CleanerConfig(max_input_chars=len(ARTICLE)))


def test_bytes_over_the_cap_are_refused_before_decoding():
    # protection: decode.check_size in decode_bytes (bytes are capped as bytes)
    with pytest.raises(InputTooLarge, match="bytes"):
        q7x2clean.clean(ARTICLE.encode() * 10, config=CleanerConfig(max_input_chars=len(ARTICLE)))


def test_markup_over_the_cap_is_refused():
    # protection: check_size on the markup in Cleaner.clean_html
    with pytest.raises(InputTooLarge):
        q7x2clean.clean_html(_page(f"<p>{PROSE}</p>" * 100), config=CleanerConfig(max_input_chars=1000))


def test_30_mb_single_line_text_is_refused_within_seconds(bounded):
    # protection: decode.check_lines (CleanerConfig.max_line_chars), before segmenting
    text = "word " * 6_000_000
    with pytest.raises(InputTooLarge, match="max_line_chars"):
        bounded(q7x2clean.clean_text, text)


def test_30_mb_single_line_bytes_are_refused_within_seconds(bounded):
    # protection: the same cap reached through clean(bytes): decode, sniff, clean_text
    data = b"1a. " * 7_500_000
    with pytest.raises(InputTooLarge, match="max_line_chars"):
        bounded(q7x2clean.clean, data)


def test_200k_short_lines_are_refused_within_seconds(bounded):
    # protection: decode.check_lines (CleanerConfig.max_lines): 200k lines took ~20 s
    text = "\n".join(f"Item {i} here" for i in range(200_000))
    with pytest.raises(InputTooLarge, match="max_lines"):
        bounded(q7x2clean.clean_text, text)


def test_long_line_under_the_cap_is_cleaned(bounded):
    # A long paragraph is not refused: 900k characters on one line.
    line = " ".join([PROSE] * 11_000)
    article = bounded(q7x2clean.clean_text, "Headline Here\n\n" + line)
    assert article["body"].startswith(PROSE)


# Linear time grows 4x from n/4 to n lines, quadratic 16x.
MAX_GROWTH = 8.0
LINES = 48_000


def _grows_linearly(bounded, make_text) -> None:
    times: list[float] = []
    for n in (LINES // 4, LINES):
        bounded(q7x2clean.clean_text, make_text(n), cpu_times=times)
    assert times[1] < MAX_GROWTH * max(times[0], 0.05), times


def test_long_hard_wrapped_paragraph_is_linear(bounded):
    # protection: segment joins wrapped lines once (was string += per line: quadratic)
    _grows_linearly(bounded, lambda n: "\n".join(("word%07d " % i * 8)[:79] for i in range(n)))


def test_many_gaps_after_the_article_are_linear(bounded):
    # protection: classify._trim_tail running sums (was a rescan of the rest at every gap)
    _grows_linearly(bounded, lambda n: "\n".join(f"By Jane Doe{i}" if i % 2 else PROSE for i in range(n)))


def test_many_related_boxes_are_linear(bounded):
    # protection: classify._bridge_boxes prefix peaks (was a rescan after every box)
    _grows_linearly(
        bounded,
        lambda n: "\n".join("Related posts" if i % 3 == 0 else PROSE.replace("talks", f"talks{i}") for i in range(n)),
    )


def test_a_line_of_parentheses_is_linear(bounded):
    # protection: classify._CREDIT_STRIP starts its tail at a run start (40k ')' took 12 s)
    bounded(q7x2clean.clean_text, ")" * 200_000 + " x")


# -- Decoding -----------------------------------------------------------------------------


def test_invalid_utf8_in_a_utf8_page_is_read_as_cp1252():
    # protection: decode's UTF-8-or-cp1252 error handler for mixed pages
    data = ("Zürich – café. " * 20 + "\n\n").encode() + "Ein Kommentar über Köln.".encode("cp1252")
    article = q7x2clean.clean(data)
    assert "Ein Kommentar über Köln." in article.body + "".join(r.text for r in article.removed)


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("The café in Zürich was naïve, said the señor. " * 30, "latin-1"),
        ("El niño comió una piña en el año pasado, señor. " * 4, "cp1252"),
        ("Les élèves ont passé l’été à Zürich, où ils ont étudié la géographie. " * 2000, "cp1252"),
        ("Zażółć gęślą jaźń. Polska to kraj w Europie Środkowej. " * 50, "cp1250"),
        ("Привет, как дела? Это тестовый текст на русском языке. " * 20, "cp1251"),
    ],
    ids=["latin-1", "cp1252-short", "cp1252-long", "cp1250", "cp1251"],
)
def test_legacy_encodings_decode_to_the_text(text, encoding):
    # protection: decode prefers cp1252 when charset detection finds it as clean as the
    # best (charset_normalizer alone picks cp775 or cp1250 for the first three)
    assert q7x2clean.decode.decode_bytes(text.encode(encoding), CleanerConfig()) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [ARTICLE, "Новости\n\nМинистр сказал во вторник, что переговоры продолжатся.\n"])
def test_utf16_and_utf32_with_and_without_bom(text, encoding):
    # protection: decode._wide_encoding (without a BOM the NUL bytes read as binary)
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
    for data in (text.encode(encoding), bom + text.encode(encoding)):
        assert q7x2clean.decode.decode_bytes(data, CleanerConfig()) == text
        assert q7x2clean.clean(data).body == q7x2clean.clean_text(text).body


def test_nul_bytes_and_control_characters_never_reach_the_output():
    # protection: decode._CONTROL (control characters become spaces)
    # (A few stray bytes; 1% of control bytes and more is binary data.)
    text = ARTICLE.replace("Tuesday", "Tues\x00day\x1b[31m").replace("Brussels", "Brus\x07sels\x9b") + ARTICLE * 3
    for result in (q7x2clean.clean_text(text), q7x2clean.clean(text.encode())):
        dumped = json.dumps(result.to_dict(), ensure_ascii=False)
        assert not any(ch in dumped for ch in "\x00\x1b\x07\x9b")
        assert "Tues day" in result.body


def test_lone_surrogates_in_str_become_replacement_characters():
    # protection: decode._SURROGATE (a lone surrogate cannot be written as UTF-8)
    text = ARTICLE.replace("Tuesday", "Tuesday \ud800\udfff\udc00")
    article = q7x2clean.clean_text(text)
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert "\ufffd" in article.body
    html = q7x2clean.clean_html(_page(f"<p>{PROSE} \udc80</p><p>{PROSE2}</p>"))
    json.dumps(html.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "JPEG"),
        (gzip.compress(ARTICLE.encode()), "gzip"),
        (b"%PDF-1.7\n" + ARTICLE.encode(), "PDF"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
        (random.Random(5).randbytes(20_000), "control bytes"),
        # Text first, binary after the first kilobytes: the whole input is looked at.
        (ARTICLE.encode() * 200 + random.Random(6).randbytes(100_000), "control bytes"),
    ],
    ids=["png", "jpeg", "gzip", "pdf", "zip", "elf", "random", "text-then-binary"],
)
def test_binary_data_is_refused_with_a_reason(data, reason):
    # protection: decode's file signatures and control-byte share (head and whole)
    with pytest.raises(DecodeError, match=reason):
        q7x2clean.clean(data)
    with pytest.raises(DecodeError, match=reason):
        q7x2clean.clean_html(data)


def test_bytes_to_clean_text_is_a_clear_error():
    with pytest.raises(InvalidInput, match="decode bytes first"):
        q7x2clean.clean_text(ARTICLE.encode())


# -- HTML ---------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 300_000])
def test_deeply_nested_markup_keeps_the_text_after_it(bounded, depth):
    # protection: htmlguard (libxml2 stops at depth 256 and drops the rest of the page)
    html = _page(f"<p>{PROSE}</p>" + "<div>" * depth + "<p>Deep inside.</p>" + "</div>" * depth + f"<p>{PROSE2}</p>")
    article = bounded(q7x2clean.clean_html, html)
    assert PROSE2 in article["body"]


def test_deep_unclosed_tags_keep_the_text(bounded):
    # protection: htmlguard (the same limit hit by tags never closed)
    html = _page("<div><span><b><i>" * 100_000 + f"<p>{PROSE}<p>{PROSE2}")
    article = bounded(q7x2clean.clean, html.encode())
    assert PROSE2 in article["body"]


def test_unclosed_tags_keep_the_text():
    html = f"<html><body><div><p>{PROSE}<p>{PROSE2}<ul><li>One point here<li>Another point</table></span>"
    article = q7x2clean.clean_html(html)
    assert PROSE in article.body and PROSE2 in article.body


@pytest.mark.parametrize("where", ["attribute", "comment"])
def test_a_node_over_10_mb_does_not_drop_the_page(bounded, where):
    # protection: htmlguard re-parses with the huge option (libxml2 returned an empty
    # document past 10 MB in one node)
    huge = "x" * 12_000_000
    node = f'<div title="{huge}"></div>' if where == "attribute" else f"<!-- {huge} -->"
    article = bounded(q7x2clean.clean_html, _page(f"<p>{PROSE}</p>{node}<p>{PROSE2}</p>"))
    assert PROSE2 in article["body"]


def test_a_text_node_over_10_mb_is_refused_or_kept(bounded):
    # Never an empty article: the text is kept, or refused with a reason.
    try:
        article = bounded(q7x2clean.clean_html, _page(f"<p>{PROSE}</p><p>{'word ' * 2_400_000}</p>"))
    except InputTooLarge:
        return
    assert PROSE in article["body"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><body><h1>Talks</h1><p>&lol9;</p><p>%s</p><p>%s</p></body></html>"""


@pytest.mark.parametrize("entry", ["clean_html", "clean"])
def test_entity_expansion_bomb_is_not_expanded(bounded, entry):
    article = bounded(getattr(q7x2clean, entry), (BILLION_LAUGHS % (PROSE, PROSE2)).encode())
    assert PROSE in article["body"]
    assert "lollollol" not in json.dumps(article)


@pytest.fixture
def listener():
    """A local TCP server that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connections.append(connection)
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join()
    server.close()


@pytest.mark.parametrize("entry", ["clean_html", "clean"])
def test_external_entities_and_includes_read_nothing(tmp_path, listener, entry):
    port, connections = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4242 root:x:0:0")
    html = f"""<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY file SYSTEM "file://{secret}">
 <!ENTITY passwd SYSTEM "file:///etc/passwd">
 <!ENTITY net SYSTEM "http://127.0.0.1:{port}/entity">
 <!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/dtd"> %remote;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">
<script src="http://127.0.0.1:{port}/script.js"></script></head><body>
<h1>Talks &file; &passwd; &net;</h1><xi:include href="file://{secret}" parse="text"/>
<img src="http://127.0.0.1:{port}/img.png"><iframe src="file://{secret}"></iframe>
<p>{PROSE}</p><p>{PROSE2}</p></body></html>"""
    article = getattr(q7x2clean, entry)(html.encode())
    dumped = json.dumps(article.to_dict())
    assert "TOPSECRET" not in dumped and "root:x:0" not in dumped
    assert PROSE in article.body
    assert connections == []


def test_huge_attribute_values_stay_out_of_the_text(bounded):
    html = _page(f'<p class="{"c " * 1_000_000}" data-x="{"<p>y</p>" * 100_000}">{PROSE}</p><p>{PROSE2}</p>')
    article = bounded(q7x2clean.clean_html, html)
    assert PROSE in article["body"] and "data-x" not in article["body"] and "<p>" not in article["body"]


SCRIPT_TEXT = "The secret script said on Tuesday that the talks would continue next week."


@pytest.mark.parametrize(
    "markup",
    [
        f"<script>{SCRIPT_TEXT}</script>",
        f"<SCRIPT type='text/plain'>{SCRIPT_TEXT}</SCRIPT>",
        f"<style>p::before {{ content: '{SCRIPT_TEXT}' }}</style>",
        f"<script>document.write('<p>{SCRIPT_TEXT}</p>')</script>",
        f"<template><p>{SCRIPT_TEXT}</p></template>",
        f"<noscript><p>{SCRIPT_TEXT}</p></noscript>",
    ],
    ids=["script", "script-upper", "style", "script-markup", "template", "noscript"],
)
def test_script_and_style_content_is_not_in_the_body(markup):
    html = _page(f"<h1>Talks</h1><p>{PROSE}</p>{markup}<p>{PROSE2}</p>")
    for article in (q7x2clean.clean_html(html), q7x2clean.clean(html.encode())):
        assert "secret script" not in article.body and "secret script" not in (article.title or "")
        assert PROSE in article.body


def test_unclosed_script_hides_the_rest_not_the_page():
    html = _page(f"<p>{PROSE}</p><p>{PROSE2}</p><script>{SCRIPT_TEXT}")
    article = q7x2clean.clean_html(html)
    assert "secret script" not in article.body and PROSE2 in article.body


# -- Determinism --------------------------------------------------------------------------

HOSTILE_HTML = _page("<div>" * 400 + f"<p>{PROSE}</p>" + "</div>" * 400 + f"<p>{PROSE2}</p>")


def _inputs_for_determinism(samples_dir: Path) -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(samples_dir.glob("*.txt"))]
    items.append(("hostile.html", HOSTILE_HTML))
    items.append(("mixed.bytes", ("Zürich – café.\n\n" * 5).encode() + "Köln über.".encode("cp1252")))
    return items


def test_output_is_byte_identical_across_runs(samples_dir):
    for name, data in _inputs_for_determinism(samples_dir):
        first = json.dumps(q7x2clean.clean(data).to_dict(), ensure_ascii=False)
        second = json.dumps(q7x2clean.clean(data).to_dict(), ensure_ascii=False)
        assert first == second, name


_DUMP_ALL = """
import json, sys
sys.path.insert(0, {tests!r})
import q7x2clean
from pathlib import Path
from test_hostile import _inputs_for_determinism
out = {{name: json.dumps(q7x2clean.clean(data).to_dict(), ensure_ascii=False)
        for name, data in _inputs_for_determinism(Path({samples!r}))}}
sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def test_output_is_byte_identical_across_processes_and_hash_seeds(samples_dir):
    script = _DUMP_ALL.format(tests=str(Path(__file__).parent), samples=str(samples_dir))
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)
        outputs.append(result.stdout)
    here = {name: json.dumps(q7x2clean.clean(data).to_dict(), ensure_ascii=False) for name, data in _inputs_for_determinism(samples_dir)}
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0]) == here

"""fetch.py and `q7x2clean fetch` against a local http.server on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from q7x2clean import cli
from q7x2clean.fetch import FetchError, FetchOptions, fetch, fetch_and_clean

PAGE = (
    "<html><head><title>Harbour Bridge Reopens | Daily Gazette</title>"
    '<meta property="og:site_name" content="Daily Gazette"></head><body><article>'
    "<h1>Harbour Bridge Reopens</h1>"
    + "".join(
        f"<p>The harbour bridge reopened to traffic on Monday after repairs number {i} that took "
        "most of the summer, and commuters said the queues on the ferry had finally ended.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/page":
            self._send(200, PAGE)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, PAGE)
        elif self.path == "/big":
            self._send(200, b"<p>" + b"x" * 5000 + b"</p>")
        else:
            self._send(404, b"not here")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_200(server):
    body, final = fetch(server + "/page")
    assert body == PAGE and final.endswith("/page")


def test_fetch_follows_redirect(server):
    body, final = fetch(server + "/moved")
    assert body == PAGE and final.endswith("/page")


def test_redirect_loop_is_an_error(server):
    with pytest.raises(FetchError, match="HTTP 30"):
        fetch(server + "/loop", FetchOptions(max_redirects=3))


def test_404_is_an_error(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server + "/missing")


def test_slow_server_times_out(server):
    with pytest.raises(FetchError, match="timed out|network error"):
        fetch(server + "/slow", FetchOptions(timeout=0.5))


def test_too_large_body_is_refused(server):
    with pytest.raises(FetchError, match="over the limit"):
        fetch(server + "/big", FetchOptions(max_bytes=1000))


def test_not_http_is_refused():
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")


def test_fetch_and_clean_records(server):
    records = list(fetch_and_clean([server + "/page", server + "/missing"]))
    assert records[0]["url"].endswith("/page")
    assert records[0]["title"] == "Harbour Bridge Reopens"
    assert "harbour bridge reopened" in records[0]["body"]
    assert records[1] == {"url": server + "/missing", "error": "HTTP 404 Not Found"}


def test_cli_fetch_exit_codes(server, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli.main(["fetch", server + "/page", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == "Daily Gazette"
    assert cli.main(["fetch", server + "/page", server + "/missing", "-o", str(out)]) == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [("error" in r) for r in lines] == [False, True]
    assert cli.main(["fetch", server + "/page", "--timeout", "0"]) == 2

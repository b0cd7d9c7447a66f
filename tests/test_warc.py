"""warc.py: HTML pages out of WARC files the tests write themselves."""

import datetime
import gzip
import io

import pytest

from q7x2clean import DecodeError, InputTooLarge
from q7x2clean.warc import WarcPage, is_warc, iter_pages, page_text

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402


def _warc(records, *, compress=True) -> bytes:
    """records: (url, status, content_type, body, date) tuples as WARC responses, or
    ("request", url) for a request record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for item in records:
        if item[0] == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
            writer.write_record(writer.create_warc_record(item[1], "request", http_headers=headers))
            continue
        url, status, content_type, body, date = item
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
        )
        writer.write_record(record)
    return buffer.getvalue()


PAGE = "<html><body><h1>Titel</h1><p>Ein Artikel über Köln.</p></body></html>"


def test_html_responses_only_with_url_and_capture_date():
    data = _warc(
        [
            ("request", "http://example.com/a"),
            ("http://example.com/a", "200 OK", "text/html; charset=utf-8", PAGE.encode(), "2024-03-05T10:00:00Z"),
            ("http://example.com/logo.png", "200 OK", "image/png", b"\x89PNG....", "2024-03-05T10:00:01Z"),
            ("http://example.com/gone", "404 Not Found", "text/html", b"<html>missing</html>", "2024-03-05T10:00:02Z"),
            ("http://example.com/moved", "301 Moved", "text/html", b"<html>moved</html>", "2024-03-05T10:00:03Z"),
        ]
    )
    pages = list(iter_pages(io.BytesIO(data), max_bytes=10_000))
    assert [p.url for p in pages] == ["http://example.com/a"]
    page = pages[0]
    assert isinstance(page, WarcPage)
    assert page.captured == datetime.date(2024, 3, 5)
    assert page.charset == "utf-8"
    assert page_text(page) == PAGE


@pytest.mark.parametrize("compress", [True, False])
def test_plain_and_gzip_warc(compress):
    data = _warc([("http://e.com/", "200 OK", "text/html", PAGE.encode(), "2025-01-01T00:00:00Z")], compress=compress)
    if compress:
        assert not is_warc(data[:16]) and is_warc(gzip.decompress(data)[:16])
    else:
        assert is_warc(data[:16])
    assert len(list(iter_pages(io.BytesIO(data), max_bytes=10_000))) == 1


def test_declared_charset_is_used_and_wrong_one_falls_back_to_bytes():
    body = PAGE.encode("cp1252")
    ok = _warc([("http://e.com/", "200 OK", "text/html; charset=windows-1252", body, "2025-01-01T00:00:00Z")])
    assert page_text(next(iter_pages(io.BytesIO(ok), max_bytes=10_000))) == PAGE
    wrong = _warc([("http://e.com/", "200 OK", "text/html; charset=utf-8", body, "2025-01-01T00:00:00Z")])
    assert page_text(next(iter_pages(io.BytesIO(wrong), max_bytes=10_000))) == body


def test_page_over_the_cap_is_an_error_item_and_the_rest_goes_on():
    data = _warc(
        [
            ("http://e.com/big", "200 OK", "text/html", b"<p>" + b"x" * 5000 + b"</p>", "2025-01-01T00:00:00Z"),
            ("http://e.com/small", "200 OK", "text/html", PAGE.encode(), "2025-01-01T00:00:00Z"),
        ]
    )
    items = list(iter_pages(io.BytesIO(data), max_bytes=1000))
    assert items[0][0] == "http://e.com/big" and isinstance(items[0][1], InputTooLarge)
    assert items[1].url == "http://e.com/small"


def test_corrupt_archive_is_a_decode_error_after_the_good_pages():
    good = _warc([("http://e.com/", "200 OK", "text/html", PAGE.encode(), "2025-01-01T00:00:00Z")], compress=False)
    pages = []
    with pytest.raises(DecodeError):
        for page in iter_pages(io.BytesIO(good + b"this is no record header\r\n\r\n"), max_bytes=10_000):
            pages.append(page)
    assert len(pages) == 1


def test_not_a_warc_is_a_decode_error():
    with pytest.raises(DecodeError):
        list(iter_pages(io.BytesIO(b"just some text, not an archive\n" * 10), max_bytes=10_000))


def test_templates_are_learned_from_an_archive_by_the_host_of_each_page(tmp_path):
    from q7x2clean.batch import BatchOptions, LocalEngine, learn_site_templates

    menu = "<ul><li>Home</li><li>World</li><li>Business</li><li>Sport</li></ul>"
    footer = "<p>Picked for you by our editors</p><p>Contact us</p>"
    paragraphs = [
        f"<p>The council of town {n} approved the new budget on Monday after a long debate about the bridge.</p>"
        f"<p>Opposition members in town {n} said the plan was rushed and that residents were not heard.</p>"
        for n in range(3)
    ]
    pages = [f"<html><body>{menu}<h1>Story {n}</h1>{p}{footer}</body></html>" for n, p in enumerate(paragraphs)]
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(
        _warc(
            [(f"https://www.news.example/{n}", "200 OK", "text/html", p.encode(), "2024-03-05T10:00:00Z") for n, p in enumerate(pages)]
            + [("https://other.example/1", "200 OK", "text/html", pages[0].encode(), "2024-03-05T10:00:00Z")]
        )
    )
    learned = learn_site_templates([(str(archive), str(tmp_path))], BatchOptions(), LocalEngine())
    assert "Picked for you by our editors" in learned.templates.get("news.example")
    assert learned.templates.get("other.example").lines == frozenset()
    assert learned.archive_sites == {str(archive): frozenset({"news.example", "other.example"})}
    assert "news.example" in learned.for_shard([(str(archive), str(tmp_path))]).sites

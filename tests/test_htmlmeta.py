"""Metadata read from markup: JSON-LD, meta tags, <time>, bylines."""

from __future__ import annotations

import datetime
import json

import q7x2clean
from q7x2clean.html import parse_html
from q7x2clean.htmlmeta import clean_name, join_names, parse_date, read_markup, strip_site


def doc(head: str, body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_graph_article():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Daily Gazette"},
            {"@type": "BreadcrumbList", "name": "Home"},
            {
                "@type": "NewsArticle",
                "headline": "Harbour Bridge Reopens",
                "datePublished": "2025-03-04T08:00:00+01:00",
                "dateModified": "2025-03-09T08:00:00+01:00",
                "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}],
                "publisher": {"@type": "Organization", "name": "Daily Gazette"},
            },
        ],
    }
    meta = read_markup(parse_html(doc(ld(graph))))
    assert meta.titles[0] == "Harbour Bridge Reopens"
    assert meta.dates[0] == datetime.date(2025, 3, 4)
    assert meta.authors[0] == "Ann Lee, Bo Chen"
    assert meta.sources[0] == "Daily Gazette"


def test_json_ld_array_and_broken_script():
    head = '<script type="application/ld+json">{broken</script>' + ld([{"@type": "BlogPosting", "headline": "A &amp; B", "author": "By Jo Park"}])
    meta = read_markup(parse_html(doc(head)))
    assert meta.titles[0] == "A & B"
    assert meta.authors[0] == "Jo Park"


def test_meta_tags_and_time():
    head = (
        '<meta property="og:site_name" content="Le Monde">'
        '<meta property="og:title" content="Un titre | Le Monde">'
        '<meta name="parsely-author" content="Marie Curie">'
    )
    body = '<time datetime="2024-11-02T10:00">2 novembre</time>'
    meta = read_markup(parse_html(doc(head, body)))
    assert meta.titles[0] == "Un titre"
    assert meta.dates == (datetime.date(2024, 11, 2),)
    assert meta.authors[0] == "Marie Curie"


def test_byline_element_and_url_date():
    body = '<div class="byline">By Tom Hardy and Eva Green</div>'
    meta = read_markup(parse_html(doc("", body)), url="https://example.com/2019/11/19/story")
    assert meta.authors[0] == "Tom Hardy, Eva Green"
    assert meta.dates[-1] == datetime.date(2019, 11, 19)
    assert meta.sources[-1] == "example"


def test_strip_site_suffix_but_not_whole_title():
    assert strip_site("Big News - The Times", ["The Times"]) == "Big News"
    assert strip_site("The Times | Big News", ["The Times"]) == "Big News"
    assert strip_site("The Times", ["The Times"]) == "The Times"
    assert strip_site("Left - Right", ["Other"]) == "Left - Right"


def test_clean_name_refuses_roles_sites_and_urls():
    assert clean_name("By Jane Doe") == "Jane Doe"
    assert clean_name("Staff") is None
    assert clean_name("https://example.com/jane") is None
    assert clean_name("Daily Gazette", ["Daily Gazette"]) is None
    assert clean_name("Jane Doe | Senior Editor") == "Jane Doe"
    assert join_names(["A B", "a b", "C D"]) == "A B, C D"


def test_parse_date():
    assert parse_date("2025-01-29T18:10:00Z") == datetime.date(2025, 1, 29)
    assert parse_date("20250129") == datetime.date(2025, 1, 29)
    assert parse_date("2025-02-30") is None
    assert parse_date("yesterday") is None


def test_clean_html_uses_markup_when_text_has_none():
    head = '<meta property="og:site_name" content="Gazette"><meta property="article:published_time" content="2023-05-06">'
    prose = "".join(
        f"<p>Residents gathered in the square on Saturday to celebrate the opening of the library number {i}, which took years to build.</p>"
        for i in range(5)
    )
    article = q7x2clean.clean_html(doc(head, prose))
    assert article.date == datetime.date(2023, 5, 6)
    assert article.source == "Gazette"


def test_declared_full_name_wins_over_an_unrelated_visible_byline():
    from q7x2clean.htmlmeta import MarkupMeta, pick_author

    declared = MarkupMeta(authors=("Lisa Jennings",), author_declared=True)
    # The text path took a widget line for the byline: no word in common with the markup.
    assert pick_author("Informa Connect", declared) == "Lisa Jennings"
    # The same person written differently, a one-word name, or a name read off a mere
    # class="author" element leave the visible byline in place.
    assert pick_author("Lisa J.", declared) == "Lisa J."
    assert pick_author("Justin Meserole", MarkupMeta(authors=("Morgan",), author_declared=True)) == "Justin Meserole"
    assert pick_author("Nicole Burke", MarkupMeta(authors=("The Author",), author_declared=False)) == "Nicole Burke"
    assert pick_author(None, declared) == "Lisa Jennings"


def test_a_commenters_name_or_a_forms_label_is_not_the_author():
    """class="comment-author" names a commenter ("Jane Roe says:"), class=
    "comment-form-author" holds the form's label ("Name *"): the byline comes after
    them in the page and is the author."""
    comments = (
        '<ol class="commentlist"><li><div class="comment-author vcard"><b>Jane Roe</b> says:</div>'
        "<p>Great post!</p></li></ol>"
    )
    form = '<form id="commentform"><p class="comment-form-author"><label for="author">Name *</label><input id="author"></p></form>'
    assert read_markup(parse_html(doc("", comments + form))).authors == ()
    byline = '<footer><span class="post-byline">By Ann Lee</span></footer>'
    assert read_markup(parse_html(doc("", comments + form + byline))).authors == ("Ann Lee",)
    # A page's own class names ("comments-open" on the body) do not hide its byline.
    page = '<html><body class="single comments-open"><span class="byline">By Ann Lee</span></body></html>'
    assert read_markup(parse_html(page)).authors == ("Ann Lee",)


def test_values_that_are_no_name_give_no_author():
    """A profile's path (a twitter:creator value), a byline element that holds only the
    weekday and date, a byline prefix or a label alone."""
    assert read_markup(parse_html(doc('<meta name="twitter:creator" content="/jdoe">'))).authors == ()
    assert clean_name("twitter.com/jdoe") is None
    assert read_markup(parse_html(doc("", '<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>'))).authors == ()
    assert read_markup(parse_html(doc("", '<div class="byline">By Jane Doe, May 3, 2025</div>'))).authors == ("Jane Doe",)
    assert clean_name("Written By") is None
    assert clean_name("Autoren") is None
    assert clean_name("Theme: Pirate von Max Muster") is None
    assert clean_name("Webmaster") is None
    # A login written as the byline is the byline.
    assert clean_name("jdoe") == "jdoe"


def test_class_author_elements_are_not_declared():
    meta = read_markup(parse_html(doc("", '<div class="author-box">Written by Ann Lee</div>')))
    assert meta.authors == ("Ann Lee",) and not meta.author_declared
    meta = read_markup(parse_html(doc('<meta name="author" content="Ann Lee">')))
    assert meta.author_declared

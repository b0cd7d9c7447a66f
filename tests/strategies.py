"""Hypothesis strategies for hostile-input properties: page dumps made of boilerplate
and prose lines, random HTML trees, random bytes (and bytes made from the dumps in
several encodings)."""

from __future__ import annotations

import codecs

from hypothesis import strategies as st

PROSE_LINES = [
    "The minister said on Tuesday that the talks would continue next week in Brussels.",
    "Officials from both countries met in Washington to discuss trade and security.",
    "It was not clear whether the agreement would be signed before the end of the year.",
    "Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche weitergehen.",
    "Le ministre a déclaré mardi que les discussions se poursuivraient la semaine prochaine.",
    "Министр сказал во вторник, что переговоры продолжатся на следующей неделе.",
    "東京は日本の首都です。今日は天気が良いです。",
]
BOILERPLATE_LINES = [
    # menus and breadcrumbs
    "Home", "News", "  • World", "Home » News » Politics", "Menu", "Search", "(BUTTON) Subscribe",
    # share bars and counters
    "Share 0FacebookTwitterPinterestEmail", "Share this:", "Facebook Twitter LinkedIn", "74", "1.2K",
    "12 | 3", "3 min read", "1,024 views",
    # related posts, comments, newsletter
    "Related Posts", "Related posts:", "You may also like", "Leave a Reply", "Comments (3)",
    "Jane on May 3, 2024 at 4:47 pm said:", "Reply", "Sign up for our newsletter",
    # copyright and legal
    "© 2024 Example Media. All rights reserved.", "Privacy Policy", "Cookie settings",
    "We use cookies to improve your experience. Accept cookies",
    # dates and bylines
    "May 18, 2025", "18.05.2025 12:30", "Updated: June 18, 2025 at 12:35 PM", "2025年5月18日",
    "by Jane Doe May 18, 2025", "By Jane Doe and John Smith, Reuters", "- AFP", "Photo: dpa",
    "[image-1.jpg]", "About Jane Doe", "",
]
# Lines that stress the patterns: runs of bullets, digits, separators, brackets.
ODD_LINES = st.sampled_from(["•", "-", "|", ".", "1", ")", "(", "[", " ", "a1 ", "—", "»", "<a "]).flatmap(
    lambda unit: st.integers(1, 400).map(lambda n: unit * n)
)
LINES = st.one_of(
    st.sampled_from(PROSE_LINES),
    st.sampled_from(BOILERPLATE_LINES),
    ODD_LINES,
    st.text(max_size=120),
)
INDENT = st.sampled_from(["", "", "", "  ", "    ", "\t"])
DUMPS = st.lists(st.tuples(INDENT, LINES).map("".join), max_size=60).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n"]).map(lambda sep: sep.join(lines))
)
TEXTS = st.one_of(DUMPS, st.text(max_size=3000))

TAGS = ["html", "head", "body", "div", "p", "span", "a", "article", "section", "h1", "h2", "ul", "li",
        "table", "tr", "td", "script", "style", "noscript", "template", "br", "img", "b", "i", "nav",
        "footer", "title", "meta", "pre", "svg", "iframe", "form", "button"]
ATTRIBUTES = st.sampled_from(['', ' class="x"', ' id="main"', ' href="http://127.0.0.1:9/x"',
                              ' src="file:///etc/passwd"', ' style="display:none"', ' title="a > b"', ' lang=de'])
ENTITIES = st.sampled_from(["&amp;", "&lt;", "&nbsp;", "&#0;", "&#xD800;", "&#1114112;", "&bogus;", "&", "&#"])


def _element(children):
    return st.builds(
        lambda tag, attribute, inner, close: f"<{tag}{attribute}>{''.join(inner)}" + (f"</{tag}>" if close else ""),
        st.sampled_from(TAGS), ATTRIBUTES, st.lists(children, max_size=5), st.booleans(),
    )


HTML_LEAVES = st.one_of(st.sampled_from(PROSE_LINES), st.sampled_from(BOILERPLATE_LINES), ENTITIES,
                        st.text(max_size=40), st.just("<!-- comment -->"), st.just("<!DOCTYPE html>"))
HTML_TREES = st.recursive(HTML_LEAVES, _element, max_leaves=40)
HTML = st.one_of(
    HTML_TREES.map(lambda tree: "<!DOCTYPE html><html><body>" + tree),
    st.lists(HTML_TREES, max_size=8).map("".join),
)

ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "cp1251", "shift_jis"]


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


BYTES = st.one_of(
    st.binary(max_size=3000),
    st.builds(_encode, st.one_of(DUMPS, HTML), st.sampled_from(ENCODINGS)),
    st.builds(lambda a, b: a + b, st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\x89PNG\r\n\x1a\n",
                                                   b"\x1f\x8b", b"%PDF-", b""]), st.binary(max_size=500)),
)
ANY_INPUT = st.one_of(TEXTS, HTML, BYTES)

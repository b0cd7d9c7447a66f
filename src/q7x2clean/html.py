"""The HTML path: a page's markup rendered to the lines of a text dump, which the text
path then cleans. (First version: block-level rendering with lxml; markup evidence is
not yet used for the body or the metadata.)"""

from __future__ import annotations

import lxml.html
from lxml import etree

from . import htmlguard
from .errors import InvalidInput

# Elements that never hold visible article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
# Elements a browser lays out as blocks: each starts a new line in the dump.
_BLOCKS = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr ul br title".split()
)


def parse_html(html: str) -> etree._Element:
    """Parse markup leniently (unclosed tags, broken nesting) without resolving entities
    or reading anything outside the document."""
    def make_parser(huge: bool) -> lxml.html.HTMLParser:
        return lxml.html.HTMLParser(
            recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=huge
        )

    try:
        # Through the guard: the parser's depth and size limits would drop the rest of the page.
        root = htmlguard.parse(html, make_parser)
    except (etree.ParserError, ValueError) as error:
        raise InvalidInput(f"not parseable as HTML: {error}") from None
    return root


def render_lines(root: etree._Element) -> str:
    """Text of the page one block a line, as a browser's innerText gives it."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    stack = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node.tag in _BLOCKS:
                flush()
            if node.tail:
                current.append(node.tail)
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP or not isinstance(node.tag, str):
            if node.tail:
                current.append(node.tail)
            continue
        if tag in _BLOCKS:
            flush()
        if tag == "title":
            # The document title is a line of the dump as renderers show it first.
            pass
        if node.text:
            current.append(node.text)
        stack.append((node, True))
        for child in reversed(node):
            stack.append((child, False))
    flush()
    return "\n".join(lines)

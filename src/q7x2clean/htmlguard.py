"""Markup the HTML parser cannot take whole, made so that it can, without losing text.

libxml2 (under lxml) stops at nesting deeper than 256 elements (2048 with its "huge"
option) and at a text node, attribute or comment over 10 MB, and in recovery mode then
returns the document *as far as it got*: every word after the limit is silently lost.
`parse` notices the resource-limit error and parses again: with the huge option (our
own `max_input_chars` caps the size) and with the nesting beyond `MAX_DEPTH` flattened:
the extra tags are dropped, their text kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import lxml.html
from lxml import etree

from .errors import InputTooLarge

# Real pages nest 30 to 60 elements deep; the parser's limit is 256.
MAX_DEPTH = 200
# Elements that never hold others (no closing tag): they do not nest.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex".split()
)
# Dropped block tags become a line break, so blocks stay apart; inline tags go.
_BLOCK = frozenset(
    "address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tr td th ul".split()
)
# Elements whose content is raw text, where "<" is no tag.
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"})


@functools.cache
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile("</" + name, re.IGNORECASE)


_NAME = re.compile(r"/?([A-Za-z][^\s/>]*)")


def flatten(markup: str, max_depth: int = MAX_DEPTH) -> str:
    """`markup` with the tags that open elements deeper than `max_depth` (and their
    closing tags) dropped; all text is kept, and a line break stands for dropped block
    tags (one for a run of them). One pass with `str.find`: linear even on "<" without
    ">" or comments that never end."""
    out: list[str] = []
    kept: list[bool] = []  # for each open element: was its tag kept
    broke = False  # the last thing written is a line break standing for dropped tags
    pos, n = 0, len(markup)

    def dropped(name: str) -> None:
        nonlocal broke
        if name in _BLOCK and not broke:
            out.append("<br>")
            broke = True

    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            break
        if markup.startswith("<!--", lt):
            close = markup.find("-->", lt + 4)
            end = n if close < 0 else close + 3
            out.append(markup[pos:end])
            pos = end
            continue
        gt = markup.find(">", lt + 1)
        if gt < 0:
            break
        text = markup[pos:lt]
        out.append(text)
        if text and not text.isspace():
            broke = False
        tag = markup[lt : gt + 1]
        pos = gt + 1
        match = _NAME.match(markup, lt + 1, gt)
        if match is None:
            out.append(tag)  # "<!doctype>", "<?xml ?>": not an element
            continue
        name = match.group(1).lower()
        if tag.startswith("</"):
            if kept and not kept.pop():
                dropped(name)
                continue
        elif name not in _VOID and not tag.endswith("/>"):
            if len(kept) >= max_depth:
                kept.append(False)
                dropped(name)
                continue
            kept.append(True)
        out.append(tag)
        broke = False
        if name in _RAW and not tag.startswith("</") and not tag.endswith("/>"):
            # Raw text runs to the closing tag (or to the end): copy it untouched.
            found = _raw_end(name).search(markup, pos)
            close = n if found is None else found.start()
            out.append(markup[pos:close])
            pos = close
    out.append(markup[pos:])
    return "".join(out)


def _hit_limits(parser: etree.HTMLParser) -> str | None:
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
            return entry.message.strip()
    return None


def parse(markup: str, make_parser: Callable[[bool], etree.HTMLParser]) -> etree._Element:
    """Parse `markup` with a parser from `make_parser(huge)`; if a parser limit cut the
    document short, parse it again flattened with the huge option, and if that is cut
    short too, raise `InputTooLarge` rather than return part of the page."""
    parser = make_parser(False)
    root = lxml.html.document_fromstring(markup, parser=parser)
    reason = _hit_limits(parser)
    if reason is None:
        return root
    parser = make_parser(True)
    root = lxml.html.document_fromstring(flatten(markup), parser=parser)
    again = _hit_limits(parser)
    if again is not None:
        raise InputTooLarge(f"the markup is beyond the HTML parser's limits ({again})")
    return root

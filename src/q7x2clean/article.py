"""The records q7x2clean produces: blocks of a dump, their kinds, and the `Article`."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs


class BlockKind(str, enum.Enum):
    """What a block of a page dump is.

    The first four are article text; every other kind is boilerplate and ends up in
    `Article.removed`. The values are stable strings (they appear in JSON output).
    """

    CONTENT = "content"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    # Article furniture: metadata lines that are read, then removed from the body.
    TITLE = "title"
    BYLINE = "byline"
    DATELINE = "dateline"
    TEASER = "teaser"
    SUMMARY = "summary"
    SECTION_LABEL = "section_label"
    READ_TIME = "read_time"
    CAPTION = "caption"
    # Site furniture.
    NAVIGATION = "navigation"
    SHARE = "share"
    COUNTER = "counter"
    RELATED = "related"
    PREV_NEXT = "prev_next"
    AUTHOR_BIO = "author_bio"
    NEWSLETTER = "newsletter"
    COMMENTS = "comments"
    COMMENT_FORM = "comment_form"
    FOOTER = "footer"
    LEGAL = "legal"
    COOKIE = "cookie"
    ADVERT = "advert"
    TAGS = "tags"
    LOGIN = "login"
    CODE = "code"
    BOILERPLATE = "boilerplate"

    @property
    def is_body(self) -> bool:
        return self in _BODY_KINDS


_BODY_KINDS = frozenset({BlockKind.CONTENT, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE})


@attrs.frozen
class Block:
    """One logical line of a dump (hard-wrapped lines already re-joined).

    `index` is the block's position in the document, `line` the 1-based number of the
    first physical line it came from.
    """

    index: int
    text: str
    line: int = 1
    indent: int = 0
    bullet: str | None = None
    blank_before: bool = False


@attrs.frozen
class Removed:
    """A block that is not part of the article body, with its kind and why it went."""

    kind: BlockKind
    text: str
    reason: str
    line: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text, "reason": self.reason, "line": self.line}


@attrs.frozen
class Article:
    """A cleaned article.

    `body` holds paragraphs separated by a blank line; headings and list items are lines
    of their own. `date` is only set when the full date is known: a year-less date is
    completed from the reference date given to the cleaner, never guessed; `date_text`
    keeps the date as written either way.
    """

    body: str
    title: str | None = None
    date: datetime.date | None = None
    date_text: str | None = None
    source: str | None = None
    author: str | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready values: the date as an ISO string, kinds as strings."""
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "source": self.source,
            "author": self.author,
            "language": self.language,
            "body": self.body,
            "removed": [r.to_dict() for r in self.removed],
        }

"""A dump -> blocks: re-join hard-wrapped lines, read bullets and indentation.

Renderers differ: w3m and lynx hard-wrap paragraphs at a fixed width (160 columns in
the benchmark) and separate blocks by blank lines; inscriptis indents by nesting;
innerText puts one block a line with no blank lines at all. A block here is one
*logical* line: the unit the classifier labels.
"""

from __future__ import annotations

import re

from .article import Block
from .cues import doubled_lead, months

# A list bullet at the start of a line: w3m prints "•", then "□" and "☆" in nested lists
# (the third level: menus' submenus, 212 of the bench's w3m dumps), lynx "*", "+", "o" and "#",
# inscriptis "*" and "1.", copy-paste "-" or "–". "o" only counts when indented (lynx),
# since at column 0 it is a word in several languages.
_BULLET = re.compile(r"^(?:([•◦▪▫·‣⁃○●■□☆►▸▹➤✓✔*+#–-])|(\d{1,3}[.)]))\s+(?=\S)")
_INDENTED_O = re.compile(r"^o\s+(?=\S)")

# Wrap detection: this many lines must end within _WRAP_SLACK columns of the longest
# line before a dump is treated as hard-wrapped (a lone long line proves nothing).
_WRAP_MIN_LINES = 3
_WRAP_SLACK = 24
_WRAP_MIN_WIDTH = 60
# Share of the near-width lines that must end mid-sentence.
_WRAP_MIN_BROKEN = 0.5
# A page with little prose may have only two wrapped paragraphs: two near-width lines
# do when each ends mid-sentence and the sentence goes on in lowercase on the next
# line (on the benchmark dumps this found 10 more w3m and lynx dumps wrapped and one
# innerText dump, whose widest line is a 9,000-character paragraph, which nothing joins to).
_WRAP_FEW_LINES = 2
_FULL_STOP = re.compile(r"[.!?。！？…][\"'”’»)]*\s*$")


# East Asian wide and fullwidth ranges (Hangul Jamo, CJK, Hangul syllables, fullwidth forms).
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """Terminal columns `text` takes: East Asian wide characters count twice."""
    if text.isascii() or _WIDE.search(text) is None:
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def _wrap_width(lines: list[str]) -> int | None:
    """The column width a renderer wrapped this dump at, or None if it did not wrap.

    A wrapped dump has several lines ending near the widest one, and those lines mostly
    break mid-sentence; one paragraph a line (innerText) ends them with a full stop.
    """
    widths = [display_width(line) if " " in line.strip() else 0 for line in lines]
    found = _width_of(lines, widths)
    if found is None and any(not line.isascii() for line in lines):
        # Chinese and Japanese text has no spaces and wraps between any two characters:
        # a dump of such prose has its near-width lines among the lines without spaces
        # (a line without a space is otherwise one unbreakable word, such as a URL).
        widths = [w or (display_width(line) if not line.isascii() and _WIDE.search(line) else 0) for w, line in zip(widths, lines)]
        found = _width_of(lines, widths)
    return found


def _width_of(lines: list[str], widths: list[int]) -> int | None:
    widest = max(widths, default=0)
    if widest < _WRAP_MIN_WIDTH:
        return None
    near = [i for i, w in enumerate(widths) if w >= widest - _WRAP_SLACK]
    if len(near) < _WRAP_MIN_LINES:
        if len(near) >= _WRAP_FEW_LINES and all(_goes_on(lines, i) for i in near):
            return widest
        return None
    broken = sum(1 for i in near if not _FULL_STOP.search(lines[i]))
    return widest if broken >= _WRAP_MIN_BROKEN * len(near) else None


def _goes_on(lines: list[str], i: int) -> bool:
    """Line `i` ends mid-sentence and the next line goes on with a lowercase word."""
    if i + 1 >= len(lines) or _FULL_STOP.search(lines[i]):
        return False
    following = lines[i + 1].lstrip()
    if following[:1].islower():
        return True
    # The sentence may go on with a name or, in German, any noun: a line that ends in a
    # lowercase word, then a capital at the same indentation, goes on too where the
    # renderer indents its text (lynx; innerText does not indent, nor wrap).
    return bool(following[:1].isupper() and lines[i][-1:].islower() and _indent(lines[i]) == _indent(lines[i + 1]) and _indent(lines[i]) > 0)


# lynx wraps text at a narrower width when it indents it: with -width=160 its lines at
# column 0 (a lead paragraph, a table cell) reach column 157, its indented paragraphs
# column 154. The dump's width comes from the widest lines, and the indented paragraphs'
# lines, never that wide, were left split: 25 lynx dumps of the benchmark, about 480
# line breaks. An indentation whose own lines pile up against a slightly narrower edge
# was wrapped there: at least _EDGE_MIN_LINES of its lines end within _EDGE_BAND
# columns of that edge, at most _EDGE_MAX_NARROWING columns short of the dump's width
# (lynx's margins differ by 3; twice that is the bound). Five lines at one edge are
# no chance: on the benchmark 33 more dumps get an edge a column or two short, mostly
# lynx lists, and the innerText dumps confirm all but a few of the joins it adds.
# When fewer than _EDGE_MIN_LINES lines reach the dump's width and no line comes within
# _EDGE_MAX_NARROWING columns of them, those are lines no renderer wrapped (a form
# field, a table row, code), and the edges are looked for as far as _WRAP_SLACK under
# them: a single field 171 columns wide had left a w3m dump's paragraphs, wrapped at
# 159, split line by line.
_EDGE_MAX_NARROWING = 6
_EDGE_BAND = 1
_EDGE_MIN_LINES = 5


def _narrower_widths(lines: list[str], width: int) -> dict[int, int]:
    """The indentations whose lines were wrapped at a narrower width than the dump's,
    with that width: the widest column against which enough of their lines end."""
    spaced = [(line, display_width(line)) for line in lines if " " in line.strip()]
    top = [w for _, w in spaced if w >= width - _EDGE_MAX_NARROWING]
    lone = sum(1 for w in top if w >= width - _EDGE_BAND) < _EDGE_MIN_LINES and min(top, default=0) >= width - _EDGE_BAND
    floor = width - (_WRAP_SLACK if lone else _EDGE_MAX_NARROWING) - _EDGE_BAND
    edges: dict[int, list[int]] = {}
    for line, w in spaced:
        if floor <= w <= width:
            edges.setdefault(_indent(line), []).append(w)
    narrower = {}
    for indent, ws in edges.items():
        edge = next((e for e in sorted(set(ws), reverse=True) if sum(1 for w in ws if e - _EDGE_BAND <= w <= e) >= _EDGE_MIN_LINES), None)
        if edge is not None and edge < width:
            narrower[indent] = edge
    return narrower


# A list marker alone on its indented line: lynx prints an item's bullet on a line of
# its own when the item opens with a block (a heading, a card's title), the item's text
# after a blank line: the marker is the bullet of the next line's block. Markers one
# after another are items with nothing printable in them (a gallery's or a carousel's
# slots), lines of their own as before.
_LONE_MARKERS = frozenset("*+o")


def _lone_marker(stripped: str, indent: int) -> bool:
    return indent > 0 and len(stripped) == 1 and stripped in _LONE_MARKERS


def _item_bullets(lines: list[str]) -> set[int]:
    """The lone markers whose item's text follows: no other lone marker is the line
    printed before or after them."""
    printed = [i for i, line in enumerate(lines) if line.strip()]
    lone = [_lone_marker(lines[i].strip(), _indent(lines[i])) for i in printed]
    return {
        printed[k]
        for k in range(len(printed))
        if lone[k] and not (k > 0 and lone[k - 1]) and not (k + 1 < len(lone) and lone[k + 1])
    }


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_BULLET_FIRST = frozenset("•◦▪▫·‣⁃○●■□☆►▸▹➤✓✔*+#–-0123456789")


def _split_bullet(stripped: str, indent: int) -> tuple[str | None, str]:
    first = stripped[0]
    if first == "o" and indent > 0:
        match = _INDENTED_O.match(stripped)
        return ("o", stripped[match.end():]) if match else (None, stripped)
    if first not in _BULLET_FIRST:
        return None, stripped
    match = _BULLET.match(stripped)
    if match:
        if match.group(2) and match.group(2)[-1] == "." and _is_date_start(stripped[match.end():]):
            return None, stripped
        return match.group(1) or match.group(2), stripped[match.end():]
    return None, stripped


# A month name, then a year or nothing: "Oktober 2019 16:14 Uhr", "März".
# (Month names are at most 12 letters: a bounded run keeps a search linear.)
_MONTH_YEAR = re.compile(r"(\w{2,12})\.?(?:,?\s{1,3}\d{2,4}\b|\s{0,3}$)")


# A month's number, a dot and a year: "3. 2024" after "20." (cs, sk write "20. 3. 2024").
_MONTH_NUMBER_YEAR = re.compile(r"(\d{1,2})\.\s{1,3}(?:19|20)\d\d(?!\d)")


def _is_date_start(rest: str) -> bool:
    """Whether the text after a number and a dot is a month and a year: "19. Oktober
    2019" and "20. 3. 2024" are dates (de, pl, cs, da, no, fi, ... write the day so),
    not items 19 and 20; "1. March of the Penguins" stays an item."""
    match = _MONTH_YEAR.match(rest)
    if match is not None and match.group(1).lower() in months():
        return True
    number = _MONTH_NUMBER_YEAR.match(rest)
    return number is not None and 1 <= int(number.group(1)) <= 12


def _is_wide(ch: str) -> bool:
    return not ch.isascii() and _WIDE.match(ch) is not None


# Hangul (syllables, jamo, compatibility jamo): Korean is wide but puts spaces between
# its words, and renderers wrap it at those spaces as they wrap Latin text.
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def _is_hangul(ch: str) -> bool:
    return not ch.isascii() and _HANGUL.match(ch) is not None


# A copyright notice with its year ("© 2019 Example Inc.", "Copyright © 1998-2020 ...",
# "(c) 2023 ..."): the page's last line, printed right under the footer's last block
# with no blank line between. When that block fills its line, the notice would read
# as the block's wrapped continuation: the notice would hide in it, and a long footer
# paragraph grown by it outweighed a short article (aeb, lynx).
_COPYRIGHT_START = re.compile(r"(?:©|\(c\)|copyright\b)\s?(?:©\s?)?(?:\d{4}\b)", re.IGNORECASE)
_COPYRIGHT_FIRST = frozenset("©(Cc")


# A horizontal rule: w3m draws an <hr> as a run of "━" (or "─", "═") as wide as the dump,
# cut by U+FFFD at the edge. Filling its line, it read as the wrapped continuation of the
# line above, and the line below as its own: a caption, the rule and the paragraph or
# box after it became one block (135 of the bench's w3m dumps, 417 blocks). A rule
# neither continues a line nor is continued.
_RULE_CHARS = frozenset("━─═ \ufffd")
_RULE_FIRST = frozenset("━─═")


def _is_rule(stripped: str) -> bool:
    return stripped[:1] in _RULE_FIRST and all(ch in _RULE_CHARS for ch in stripped)


# A line of punctuation longer than this is a rule typed as "=====" or a lynx text
# field "_____": it fills its line as a long word would, but neither continues a line
# nor is continued (the field under a list's last item became part of the item). A
# shorter one is a wrapped closing quote or ellipsis: '"', '…', ')."'.
_WRAPPED_PUNCTUATION_MAX = 3


def _is_field(stripped: str) -> bool:
    return len(stripped) > _WRAPPED_PUNCTUATION_MAX and not any(ch.isalnum() for ch in stripped)


def _continues(prev_raw: str, prev_text_col: tuple[int, ...], raw: str, indent: int, bullet: str | None, width: int) -> bool:
    """Whether physical line `raw` is the wrapped continuation of `prev_raw`.

    A greedy wrapper breaks a line only when the next word does not fit, so the previous
    line plus a space plus this line's first word must overflow the width. A horizontal
    rule neither continues a line nor is continued.
    """
    if bullet is not None or indent not in prev_text_col:
        return False
    stripped = raw.strip()
    if stripped[0] in _COPYRIGHT_FIRST and _COPYRIGHT_START.match(stripped):
        return False
    if _is_rule(stripped) or _is_rule(prev_raw.lstrip()):
        return False
    if _is_field(stripped) or _is_field(prev_raw.strip()):
        return False
    first_word = stripped.split(None, 1)[0]
    if _is_wide(first_word[0]) and not _is_hangul(first_word[0]):
        return display_width(prev_raw) + 2 > width  # Chinese and Japanese wrap anywhere
    if display_width(prev_raw) + 1 + display_width(first_word) <= width:
        return False
    return not _image_after_sentence(prev_raw, stripped)


def _image_after_sentence(prev_raw: str, stripped: str) -> bool:
    """A line that opens with a text printed twice (an image's alt text and title, as
    w3m and lynx print them) after a line that ends a sentence: the image's text under
    the paragraph, not its last words (it would be read as part of the paragraph, and
    the paragraph as the image's caption)."""
    return _FULL_STOP.search(prev_raw) is not None and doubled_lead(stripped) > 0


def _continuation_columns(stripped: str, body: str, indent: int, bullet: str | None) -> tuple[int, ...]:
    """The columns the wrapped continuation of a block's first line may start at.

    Continuation lines of a list item are indented to the item's text; those of an item
    whose marker is typed in the text ("– Tip: ...", "1) Leather ...", "* It may ...")
    start where the marker does (on the benchmark's w3m and lynx dumps, a full first
    line of an item went on at the marker's column 156 times, 155 of them the item's
    own words). A paragraph whose first line is indented further than the rest (a
    first-line indent, or an inline element's space before its first word) goes on at
    any smaller column: 59 times out of 59 on the same dumps once lines with gaps
    inside them (table rows, aligned code) are left out. `_continues` still demands
    that the line above be full.
    """
    if bullet is not None:
        return (indent + (len(stripped) - len(body)), indent)
    if indent and not _INNER_GAP.search(stripped):
        return (indent, *range(indent))
    return (indent,)


def _joiner(left: str, right: str, room: bool) -> str:
    """What goes between a wrapped line and its continuation: nothing next to a Chinese
    or Japanese character (they have no spaces, and Japanese writes a Latin word against
    the kana after it: "Kindleが"), else a space. Korean has spaces between its words,
    but w3m breaks it anywhere: a line with `room` for one more wide character was
    broken at a space (lynx always is), a full line most often inside a word."""
    if left and right and (_is_wide(left[-1]) or _is_wide(right[0])):
        if not (room and (_is_hangul(left[-1]) or _is_hangul(right[0]))):
            return ""
    return " "


# w3m draws the borders of a table with a border attribute in box-drawing characters:
# "┌──┬──┐" and "├──┼──┤" between the rows, "│cell │cell │" for each printed line, a
# cell's text wrapped over several lines of its row. Read as text, a row is cut into
# fragments of its cells and the borders pass for lines of their own; a row becomes
# one line with its cells in order, each cell's fragments re-joined (wcxb-dev: 7 w3m
# dumps, traf-dev: 3). A border line cut at the dump's width ends in U+FFFD.
_BOX_CORNERS = frozenset("┌├└╔╠╚┏┣┗")
_BOX_RULE = frozenset("┌┬┐├┼┤└┴┘─━═╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛│║┃ \ufffd")
_BOX_BARS = "│║┃"


def _is_box_rule(stripped: str) -> bool:
    return stripped[:1] in _BOX_CORNERS and all(ch in _BOX_RULE for ch in stripped)


def _box_cells(stripped: str) -> list[str] | None:
    """The cell fragments of a printed line of a bordered table row, or None."""
    bar = stripped[:1]
    if not bar or bar not in _BOX_BARS or stripped.count(bar) < 2:
        return None
    parts = stripped.split(bar)[1:]
    if parts and not parts[-1].strip():
        parts.pop()
    return [part.strip() for part in parts]


def _unbox_tables(lines: list[str]) -> list[str]:
    """Each row of a bordered table as one line of its cells, rows apart by blank lines."""
    out: list[str] = []
    row: list[list[str]] = []

    def end_row() -> None:
        if row:
            cells = (" ".join(f for f in column if f) for column in row)
            out.append(" ".join(c for c in cells if c))
            out.append("")
            row.clear()

    for line in lines:
        stripped = line.strip()
        if _is_box_rule(stripped):
            end_row()
            out.append("")
            continue
        cells = _box_cells(stripped) if stripped[:1] in _BOX_BARS else None
        if cells is None:
            end_row()
            out.append(line)
            continue
        for k, fragment in enumerate(cells):
            if k == len(row):
                row.append([])
            row[k].append(fragment)
    end_row()
    return out


# Side-by-side columns: w3m lays a page's article and its sidebar out next to each other,
# so one printed line holds a line of the article on the left and a line of the sidebar
# on the right, the sidebar's text starting at the same column on every line. Read as
# is, the article's sentences are cut by the sidebar's headlines line after line. A
# zone of such lines is split at that column into the left stream, then the right one,
# each re-joined at its own wrap width. The zone is told from a table's rows by its
# sides: wrapped prose on the left (words printed with single spaces) that fills its
# column, one column of text on the right, on many lines. On the benchmark's 3,600 dumps
# two have such a zone, both w3m: a news page with its "latest news" beside it (aeb) and
# two lists of names side by side (traf-dev); tables with prose in a cell have more
# columns, or gaps inside their cells.
# The thresholds are guards, not fitted: that news page has 15 prose lines beside its
# sidebar, 12 of them within 3 columns of the gutter.
_COLUMN_MIN_LEFT = 40  # the left column is at least this wide (a narrow one is a menu)
_COLUMN_MIN_RIGHT = 12  # ...and leaves the right one this many columns of the line
_COLUMN_MIN_PROSE_LINES = 8  # prose lines with text beside them that make a zone
_COLUMN_PROSE_MIN_WORDS = 6
_COLUMN_FILL_SLACK = 12  # a wrapped prose line ends this close to the gutter
_COLUMN_FILL_SHARE = 0.5  # ...on at least this share of the zone's prose lines
_INNER_GAP = re.compile(r"\S {3,}\S")
_PROSE_GAP = re.compile(r"\S {2,}\S")  # prose is printed with single spaces


def _cut_at(line: str, column: int) -> tuple[str, str] | None:
    """`line` cut at display `column`: (left, right) if the text right of the cut starts
    exactly there after a space, ("line", "") if nothing is printed from there on, and
    None if a word runs across the cut."""
    width = 0
    for k, ch in enumerate(line):
        if width >= column:
            left, right = line[:k], line[k:]
            if not right.strip():
                return line, ""
            if right[0] == " " or (left and left[-1] != " "):
                return None
            return left.rstrip(), right
        width += 2 if _is_wide(ch) else 1
    return line, ""


def _gutters(lines: list[str]) -> list[int]:
    """The candidate gutters: columns where text starts after two or more spaces beside
    a prose line on as many lines as a zone needs."""
    counts: dict[int, int] = {}
    for line in lines:
        if len(line) <= _COLUMN_MIN_LEFT or not _INNER_GAP.search(line):
            continue
        for match in re.finditer(r"(?<=\S)  +(?=\S)", line):
            column = display_width(line[: match.end()])
            if column >= _COLUMN_MIN_LEFT and _prose_beside(line[: match.start()], line[match.end() :]):
                counts[column] = counts.get(column, 0) + 1
    return sorted(c for c, n in counts.items() if n >= _COLUMN_MIN_PROSE_LINES)


def _prose_beside(left: str, right: str) -> bool:
    """A line of prose on the left of a gutter (words printed with single spaces), one
    column of text on the right: a table row has more columns on either side."""
    return len(left.split()) >= _COLUMN_PROSE_MIN_WORDS and not _PROSE_GAP.search(left.strip()) and not _INNER_GAP.search(right)


def _column_zone(lines: list[str], column: int, width: int) -> tuple[int, int] | None:
    """The first zone of lines cut at `column` into prose on the left and text on the
    right, as (start, end), or None. The zone runs on under the right column's last line
    while lines fit left of the cut: the article goes on in its column."""
    if column > width - _COLUMN_MIN_RIGHT:
        return None
    start = None
    prose = filled = 0
    for i, line in enumerate([*lines, None]):
        cut = _cut_at(line, column) if line is not None else None
        if cut is None:
            if start is not None and prose >= _COLUMN_MIN_PROSE_LINES and filled >= _COLUMN_FILL_SHARE * prose:
                return start, i
            start, prose, filled = None, 0, 0
            continue
        left, right = cut
        if right:
            start = i if start is None else start
            if _prose_beside(left, right):
                prose += 1
                filled += display_width(left) >= column - _COLUMN_FILL_SLACK
    return None


def _split_columns(lines: list[str], width: int | None) -> tuple[list[str], list[int | None]]:
    """A zone of side-by-side columns as its left column's lines, then its right one's;
    with each line the width it was wrapped at: a column's own, else the dump's."""
    widest = max((display_width(line) for line in lines), default=0)
    for column in _gutters(lines):
        zone = _column_zone(lines, column, widest)
        if zone is None:
            continue
        start, end = zone
        cuts = [_cut_at(line, column) or (line, "") for line in lines[start:end]]
        left = [a for a, _ in cuts] + [""]
        right = [b for _, b in cuts] + [""]
        rest, rest_widths = _split_columns(lines[end:], width)
        return (
            lines[:start] + left + right + rest,
            [width] * start + [_wrap_width(left)] * len(left) + [_wrap_width(right)] * len(right) + rest_widths,
        )
    return lines, [width] * len(lines)


def segment(text: str) -> list[Block]:
    """Split a normalised dump into blocks, one logical line each."""
    lines = [line.rstrip() for line in text.split("\n")]
    # The width is read off the lines as printed: a bordered table's row re-joined into
    # one line is wider than the dump, and taken for its widest line it hid the wrap.
    width = _wrap_width(lines)
    dump_width = width
    narrower = _narrower_widths(lines, width) if width is not None else {}
    if "┌" in text or "╔" in text or "┏" in text:
        lines = _unbox_tables(lines)
    if _INNER_GAP.search(text):
        lines, widths = _split_columns(lines, width)
    else:
        widths = [width] * len(lines)  # no gap inside any line: no columns side by side
    blocks: list[Block] = []
    # The block being built: its fields, and the last physical line (for wrap checks).
    current: dict | None = None
    prev_raw = ""
    text_col: tuple[int, ...] = (0,)
    blank = False
    pending: str | None = None  # a lone marker, the bullet of the next line
    item_bullets = _item_bullets(lines)

    # The wrapped lines of the block being built, joined once at the end: adding each
    # to a growing string would be quadratic on a long wrapped paragraph.
    pieces: list[str] = []

    def flush() -> None:
        if current is not None:
            text = "".join(pieces)
            if text.strip():
                lead = doubled_lead(text)
                if lead:
                    # An image's text printed twice before the paragraph: a block of its own.
                    blocks.append(Block(index=len(blocks), **{**current, "text": text[:lead], "bullet": None}))
                    current["blank_before"] = False
                    text = text[lead:].lstrip()
                blocks.append(Block(index=len(blocks), **{**current, "text": text}))

    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped:
            flush()
            current, blank = None, True
            continue
        indent = len(raw) - len(raw.lstrip())
        if number - 1 in item_bullets:
            flush()
            current, pending = None, stripped
            continue
        bullet, body = _split_bullet(stripped, indent)
        if pending is not None and bullet is None:
            bullet = pending
        pending = None
        width = widths[number - 1]
        if width == dump_width and narrower:
            width = narrower.get(_indent(prev_raw), width)
        if (
            current is not None
            and width is not None
            and _continues(prev_raw, text_col, raw, indent, bullet, width)
        ):
            pieces.append(_joiner(pieces[-1], stripped, display_width(prev_raw) + 2 <= width))
            pieces.append(stripped)
            text_col = (indent,)  # the wrapped lines of a block line up with each other
        else:
            flush()
            current = {"text": body, "line": number, "indent": indent, "bullet": bullet, "blank_before": blank}
            pieces = [body]
            text_col = _continuation_columns(stripped, body, indent, bullet)
            blank = False
        prev_raw = raw
    flush()
    return blocks

"""The HTML body path: trafilatura's article, then the boilerplate cues over it."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import q7x2clean
from q7x2clean.article import BlockKind
from q7x2clean.html import Piece, drop_boilerplate, drop_teasers, drop_unseen, parse_html, pieces_body, render_lines

PROSE = (
    "The city council approved the new budget on Tuesday evening after a long debate about "
    "funding for schools, parks and the repair of several old bridges across the river."
)


def page(article: str, head: str = "", after: str = "") -> str:
    return f"<html><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>{article}</article>{after}<footer>© 2025 Example Media</footer></body></html>"


ARTICLE = (
    "<h1>Council Passes Budget</h1>"
    + "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(5))
    + "<h2>What happens next</h2><ul><li>Schools get new roofs this year</li><li>Bridges are repaired next spring</li></ul>"
    + "<table><tr><td>Schools</td><td>4.5m</td></tr><tr><td>Parks</td><td>1.2m</td></tr></table>"
)


def test_keeps_headings_lists_and_tables_as_lines():
    article = q7x2clean.clean_html(page(ARTICLE))
    lines = article.body.split("\n")
    assert "What happens next" in lines
    assert "- Schools get new roofs this year" in lines
    assert "Schools | 4.5m" in lines
    assert "Paragraph 4." in article.body
    assert "Home" not in article.body and "Example Media" not in article.body


def test_drops_comment_thread_after_the_article():
    pieces = [Piece(BlockKind.CONTENT, f"{PROSE} {i}") for i in range(4)]
    pieces += [
        Piece(BlockKind.HEADING, "3 Comments"),
        Piece(BlockKind.CONTENT, "Great article, I fully agree with everything the council decided here today."),
    ]
    kept, removed = drop_boilerplate(pieces)
    assert len(kept) == 4
    assert {r.kind for r in removed} == {BlockKind.COMMENTS}


def test_related_box_inside_the_article_ends_where_prose_resumes():
    pieces = [Piece(BlockKind.CONTENT, PROSE)] * 3 + [
        Piece(BlockKind.HEADING, "Related posts"),
        Piece(BlockKind.LIST_ITEM, "Council delays vote on parks", "-"),
        Piece(BlockKind.LIST_ITEM, "Bridge closed for repairs", "-"),
        Piece(BlockKind.CONTENT, PROSE + " The end."),
    ]
    kept, removed = drop_boilerplate(pieces)
    assert kept[-1].text.endswith("The end.")
    assert [r.text for r in removed] == ["Related posts", "Council delays vote on parks", "Bridge closed for repairs"]


def test_drops_share_bars_counters_and_copyright_lines():
    pieces = [
        Piece(BlockKind.CONTENT, PROSE),
        Piece(BlockKind.CONTENT, "Facebook Twitter LinkedIn WhatsApp"),
        Piece(BlockKind.CONTENT, "1.2K"),
        Piece(BlockKind.CONTENT, "© 2025 Example Media. All rights reserved."),
    ]
    kept, removed = drop_boilerplate(pieces)
    assert kept == [pieces[0]]
    assert [r.kind for r in removed] == [BlockKind.SHARE, BlockKind.COUNTER, BlockKind.FOOTER]


def test_pieces_body_writes_lists_line_by_line():
    body = pieces_body([Piece(BlockKind.CONTENT, "Intro."), Piece(BlockKind.LIST_ITEM, "a", "1."), Piece(BlockKind.LIST_ITEM, "b", "2.")])
    assert body == "Intro.\n\n1. a\n2. b"


def test_falls_back_to_rendered_lines_when_trafilatura_finds_nothing():
    # Text in bare divs, no paragraph markup: the rendered lines still carry it.
    html = "<html><body>" + "".join(f"<div>{PROSE} Line {i}.</div>" for i in range(6)) + "</body></html>"
    assert "Line 5." in q7x2clean.clean_html(html).body


def test_xhtml_with_encoding_declaration_parses():
    html = '<?xml version="1.0" encoding="UTF-8"?>\n' + page(ARTICLE)
    assert "Paragraph 3." in q7x2clean.clean_html(html).body


def test_bytes_in_another_encoding():
    html = page(ARTICLE.replace("Budget", "Budget für Köln"), '<meta charset="windows-1252">').encode("cp1252")
    article = q7x2clean.clean_html(html)
    assert article.title == "Council Passes Budget für Köln"


def test_clean_sniffs_html_and_text():
    assert q7x2clean.clean(page(ARTICLE)).title == "Council Passes Budget"
    text = "Council Passes Budget\n\n" + "\n\n".join([PROSE] * 3)
    assert "city council approved" in q7x2clean.clean(text).body


def test_render_lines_one_block_a_line():
    root = parse_html("<html><body><p>One <b>two</b></p><div>three</div><script>x()</script></body></html>")
    assert render_lines(root) == "One two\nthree"


def test_bad_input_raises_clean_error():
    with pytest.raises(q7x2clean.CleanError):
        q7x2clean.clean_html(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(q7x2clean.CleanError):
        q7x2clean.clean_html(42)  # type: ignore[arg-type]


def test_reference_date_rules_out_later_markup_dates():
    head = '<meta property="article:published_time" content="2031-01-01T10:00:00Z">'
    article = q7x2clean.clean_html(page(ARTICLE, head), reference_date=datetime.date(2026, 1, 1))
    assert article.date is None or article.date <= datetime.date(2026, 1, 1)


def test_runs_of_teasers_cut_off_by_an_ellipsis_go():
    teasers = [Piece(BlockKind.CONTENT, f"Mayor opens the new bridge over the river as crowds gather for story {i}...") for i in range(3)]
    trailing = Piece(BlockKind.CONTENT, PROSE + " And she stopped...")
    pieces = [trailing, Piece(BlockKind.CONTENT, PROSE), *teasers, Piece(BlockKind.CONTENT, PROSE)]
    kept, removed = drop_boilerplate(pieces)
    # One sentence trailing off is the article's; three cut-off excerpts in a row are teasers.
    assert kept == [trailing, pieces[1], pieces[-1]]
    assert [r.reason for r in removed] == ["run of teasers"] * 3


def test_drop_teasers_from_a_fallback_body():
    body = "\n\n".join([PROSE] + [f"Another story about the harbour and its ships, part {i} …" for i in range(4)])
    kept, removed = drop_teasers(body)
    assert kept == PROSE and len(removed) == 4


def test_whole_page_from_the_fast_pass_runs_the_full_pass(monkeypatch):
    # trafilatura's fast pass may give back the whole page (its baseline dump, menus and
    # all); the full pass, which compares extractors, finds the article.
    import q7x2clean.html as markup

    menu = " ".join(f"Section{i}" for i in range(40))

    def fake(root, url=None, *, fast=False):
        if fast:
            return [Piece(BlockKind.CONTENT, line) for line in render_lines(root).split("\n")]
        return [Piece(BlockKind.CONTENT, f"{PROSE} Paragraph {i}.") for i in range(5)]

    monkeypatch.setattr(markup, "trafilatura_pieces", fake)
    html = f"<html><body><div>{menu}</div><article><h1>Council Passes Budget</h1>" + "".join(
        f"<p>{PROSE} Paragraph {i}.</p>" for i in range(5)
    ) + "</article></body></html>"
    body = q7x2clean.clean_html(html).body
    assert "Paragraph 4." in body and "Section3" not in body


def test_render_page_marks_headlines_captions_and_link_lines():
    from q7x2clean.html import render_page

    rendered = render_page(
        parse_html(
            "<body><h1>Head <b>line</b></h1><figure><img src=a.jpg><figcaption>A photo</figcaption></figure>"
            "<div class='wp-caption-text'>Credit: someone</div><p>Lead text with <a href=x>a link</a> in it</p>"
            "<p><a href=y>All of this line is a link</a> x</p></body>"
        )
    )
    assert rendered.lines == ["Head line", "A photo", "Credit: someone", "Lead text with a link in it", "All of this line is a link x"]
    assert rendered.headlines == {0}
    assert rendered.asides == {1, 2, 4}


def test_continue_article_brings_back_the_lead_and_left_out_paragraphs():
    from q7x2clean.html import continue_article, render_page

    lead = "The council agreed on a budget that gives schools and bridges more money than any year before it."
    missing = "Opposition members said the plan leaves too little for the libraries and the swimming pools in town."
    teaser = "Another story about a completely different topic that readers of this site might also like to read."
    rendered = render_page(
        parse_html(
            f"<body><p>{teaser}</p><h1>Council Passes Budget</h1><p>By Jane Doe</p><p>{lead}</p>"
            f"<p>{PROSE} One.</p><p>{missing}</p><p>{PROSE} Two.</p></body>"
        )
    )
    kept = [Piece(BlockKind.CONTENT, f"{PROSE} One."), Piece(BlockKind.CONTENT, f"{PROSE} Two.")]
    text_body = "\n\n".join([teaser, lead, f"{PROSE} One.", missing, f"{PROSE} Two."])
    merged = continue_article(kept, [], rendered, text_body)
    assert [p.text for p in merged] == [lead, f"{PROSE} One.", missing, f"{PROSE} Two."]
    # What drop_boilerplate removed stays out.
    from q7x2clean.article import Removed

    merged = continue_article(kept, [Removed(BlockKind.RELATED, missing, "test", 2)], rendered, text_body)
    assert missing not in [p.text for p in merged]


def test_same_article_tells_a_text_body_apart_from_trafilaturas():
    from q7x2clean.html import same_article

    kept = [Piece(BlockKind.CONTENT, f"{PROSE} {i}.") for i in range(3)]
    assert same_article(kept, "Intro.\n\n" + "\n\n".join(p.text for p in kept) + "\n\nMore of the article.")
    assert not same_article(kept, "A forum question?\n\nAnother question about something else entirely.")
    assert same_article([Piece(BlockKind.CONTENT, "Too short")], "Anything")


def test_render_page_state_resets_between_blocks_and_skips_hidden_elements():
    from q7x2clean.html import render_page

    rendered = render_page(
        parse_html(
            "<body><div class='Photo-Credit'><span>Photo by X</span></div><p>Plain line</p>"
            "<h1><a href=/>Linked headline</a></h1>tail after the h1<script>var x = 1;</script>"
            "<p>Text<br>after a break</p><figure><p>In a figure</p></figure><p>After the figure</p></body>"
        )
    )
    assert rendered.lines == [
        "Photo by X", "Plain line", "Linked headline", "tail after the h1", "Text", "after a break", "In a figure", "After the figure"
    ]
    assert rendered.headlines == {2}
    assert rendered.asides == {0, 2, 6}


def test_around_article_starts_a_little_above_the_article_or_its_headline():
    from q7x2clean.html import HEAD_BEFORE, HEAD_MARGIN, around_article

    article = [f"{PROSE} Paragraph {i}." for i in range(3)]
    menu = [f"Menu entry {i}" for i in range(200)]
    pieces = [Piece(BlockKind.CONTENT, text) for text in article]
    window = around_article("\n".join(menu + article), pieces).split("\n")
    # The menus far above the first paragraph carry no metadata.
    assert window[0] == menu[-HEAD_BEFORE] and window[-1] == article[-1]
    # A headline higher up keeps the window open from a little above it.
    lines = menu[:100] + ["The Headline"] + menu[100:] + article
    window = around_article("\n".join(lines), pieces, frozenset({100})).split("\n")
    assert window[0] == lines[100 - HEAD_MARGIN] and "The Headline" in window
    # The far tail goes too: TAIL_AFTER lines after the last paragraph stay.
    from q7x2clean.html import TAIL_AFTER

    footer = [f"Footer link {i}" for i in range(200)]
    lines = article + footer
    window = around_article("\n".join(lines), pieces).split("\n")
    assert window == lines[: len(article) - 1 + TAIL_AFTER]
    # Without the article's paragraphs among the lines: the whole page.
    assert around_article("\n".join(menu), pieces) == "\n".join(menu)


def test_glued_tells_one_long_paragraph_from_an_article():
    from q7x2clean.html import GLUED_CHARS, glued

    assert glued([Piece(BlockKind.CONTENT, "x" * GLUED_CHARS)])
    assert not glued([Piece(BlockKind.CONTENT, "x" * (GLUED_CHARS - 1))])
    assert not glued([Piece(BlockKind.CONTENT, "x" * GLUED_CHARS), Piece(BlockKind.CONTENT, "y" * 50)])
    assert not glued([])


def test_clean_html_runs_the_full_pass_once_on_a_glued_fast_body(monkeypatch):
    from q7x2clean import html as markup

    calls = []
    glued_piece = [Piece(BlockKind.CONTENT, "word " * 400)]

    def fake_pieces(root, url=None, *, fast=False):
        calls.append(fast)
        return glued_piece if fast else [Piece(BlockKind.CONTENT, f"{PROSE} {i}.") for i in range(3)]

    monkeypatch.setattr(markup, "trafilatura_pieces", fake_pieces)
    page = "<html><body><nav>Home</nav>" + "".join(f"<p>{PROSE} {i}.</p>" for i in range(3)) + "</body></html>"
    article = q7x2clean.clean_html(page)
    assert calls == [True, False]
    assert article.body.startswith(PROSE)


def test_a_short_fast_body_is_replaced_by_the_text_path_without_the_full_pass(monkeypatch):
    # The fast pass found a sliver of the article: the text path reads the whole page and
    # its body replaces the sliver; the full pass (readability and jusText) does not run.
    from q7x2clean import html as markup

    calls = []
    paragraphs = [
        PROSE,
        "Teachers welcomed the money for schools but said that it would not cover the cost of new teaching staff.",
        "The mayor said the bridges had waited for repairs for more than twenty years and could not wait any longer.",
        "Opposition members voted against the plan, arguing that the city should have raised the money from parking fees.",
        "Work on the first of the bridges is expected to begin in the spring and to last for about eighteen months.",
    ]

    def fake_pieces(root, url=None, *, fast=False):
        calls.append(fast)
        return [Piece(BlockKind.CONTENT, PROSE)]

    monkeypatch.setattr(markup, "trafilatura_pieces", fake_pieces)
    page = "<html><body><article><h1>Council Passes Budget</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    article = q7x2clean.clean_html(page)
    assert calls == [True]
    assert paragraphs[-1] in article.body


def test_pieces_that_are_lines_of_boxes_named_in_the_markup_go():
    from q7x2clean.html import drop_boxes, render_page

    bio = "Jane Doe writes about city politics and has covered the council since 2015."
    signup = "Get the best stories of the week in your inbox every Friday morning."
    disclosure = "We may earn a commission when you buy through links on this page."
    rendered = render_page(
        parse_html(
            f"<body><article><p>{PROSE}</p><div class='TestReport__AuthorBox'><p>{bio}</p></div>"
            f"<section class='newsletter-promo'><p>{signup}</p></section>"
            f"<div class='editorial-disclosure'><p>{disclosure}</p></div></article>"
            # A wrapper named like a box but holding the page is no box.
            f"<div id='footer-wrap'><p>{PROSE * 10}</p></div></body>"
        )
    )
    assert rendered.boxes == {1, 2, 3}
    removed: list = []
    kept = [Piece(BlockKind.CONTENT, t) for t in (PROSE, bio, signup, disclosure, PROSE * 10)]
    assert [p.text for p in drop_boxes(kept, removed, rendered)] == [PROSE, PROSE * 10]
    assert [r.text for r in removed] == [bio, signup, disclosure]


def test_pieces_glued_from_several_lines_are_split_and_their_boilerplate_goes():
    from q7x2clean.html import render_page, split_glued

    last = "The new budget takes effect in January and runs for two years."
    rendered = render_page(
        parse_html(
            f"<body><div><a href=a>News</a><br><a href=b>Sport</a><br>{PROSE}<br>{last}"
            "<h3>Share this:</h3><p><a href=f>Facebook</a> <a href=t>Twitter</a></p></div>"
            "<div><a href=x>Annual Report 2024 (pdf)</a><br><a href=y>Annual Report 2023 (pdf)</a></div></body>"
        )
    )
    glued = Piece(BlockKind.CONTENT, f"News Sport {PROSE} {last} Share this: Facebook Twitter")
    links = Piece(BlockKind.CONTENT, "Annual Report 2024 (pdf) Annual Report 2023 (pdf)")
    removed: list = []
    kept = split_glued([glued, links], removed, rendered)
    # The menu before the text and the share bar after it go; a piece of links only stays.
    assert [p.text for p in kept] == [PROSE, last, "Annual Report 2024 (pdf)", "Annual Report 2023 (pdf)"]
    assert {r.text for r in removed} == {"News", "Sport", "Share this:", "Facebook Twitter"}


def test_continue_article_takes_a_prose_lead_under_the_headline_the_text_path_left_out():
    from q7x2clean.html import continue_article, render_page

    lead = "The council agreed on a budget that gives schools and bridges more money."
    rendered = render_page(
        parse_html(f"<body><header><h1>Council Passes Budget</h1><p class='x'>{lead}</p></header><p>{PROSE}</p></body>")
    )
    kept = [Piece(BlockKind.CONTENT, PROSE)]
    merged = continue_article(kept, [], rendered, PROSE)
    assert [p.text for p in merged] == [lead, PROSE]


def test_article_after_an_early_closing_html_tag_is_read():
    root = parse_html(f"<html><body><header><a href=/>Home</a></header></body></html><div><p>{PROSE}</p></div>")
    assert PROSE in render_lines(root)
    article = q7x2clean.clean_html(f"<html><body><header><a href=/>Home</a></header></body></html><article><h1>Budget</h1>{''.join(f'<p>{PROSE} {i}.</p>' for i in range(4))}</article>")
    assert PROSE in article.body


def test_a_second_copy_of_the_article_goes_but_repeated_lines_stay():
    from q7x2clean.html import drop_copies

    article = [Piece(BlockKind.CONTENT, f"{PROSE} {i}.") for i in range(4)]
    question = Piece(BlockKind.HEADING, "What inspired you to start?")
    kept, removed = drop_copies(article + [question, *article[:1], question], [])
    assert kept == article + [question, article[0], question]  # short repeats stay
    kept, removed = drop_copies(article + article, [])
    assert kept == article and len(removed) == 4


def test_a_paragraph_that_is_one_link_goes_but_link_headings_and_addresses_stay():
    from q7x2clean.html import drop_boxes, render_page

    teaser = "Read also: The council delays its vote on the parks"
    quoted = "See also: What the budget means for schools"
    rendered = render_page(
        parse_html(
            f"<body><p>{PROSE}</p><p><a href=x>{teaser}</a></p><h2><a href=y>1. Central Park Tours</a></h2>"
            f"<p><a href=z>http://example.com/report</a></p><blockquote><a href=q>{quoted}</a></blockquote><p>{PROSE}!</p></body>"
        )
    )
    kept = [
        Piece(BlockKind.CONTENT, PROSE),
        Piece(BlockKind.CONTENT, teaser),
        Piece(BlockKind.HEADING, "1. Central Park Tours"),
        Piece(BlockKind.CONTENT, "http://example.com/report"),
        Piece(BlockKind.QUOTE, quoted),
        Piece(BlockKind.CONTENT, f"{PROSE}!"),
    ]
    removed: list = []
    assert drop_boxes(kept, removed, rendered) == [kept[0], kept[2], kept[3], kept[5]]
    assert [r.text for r in removed] == [teaser, quoted]


def test_continue_article_finds_the_lead_under_a_byline_date_and_share_bar():
    from q7x2clean.html import continue_article, render_page

    lead = "The council agreed on a budget that gives schools and bridges more money."
    meta = "".join(f"<div>{x}</div>" for x in ("By Jane Doe", "12 May 2025", "Share", "Tweet", "Photo: Example", "3 min read"))
    rendered = render_page(parse_html(f"<body><h1>Council Passes Budget</h1>{meta}<p>{lead}</p><p>{PROSE}</p></body>"))
    merged = continue_article([Piece(BlockKind.CONTENT, PROSE)], [], rendered, PROSE)
    assert [p.text for p in merged] == [lead, PROSE]


def test_a_box_name_on_the_article_itself_does_not_drop_it():
    from q7x2clean.html import drop_boxes, render_page

    rendered = render_page(parse_html(f"<body><div class='author-page'><p>{PROSE}</p><p>{PROSE} Two.</p></div></body>"))
    kept = [Piece(BlockKind.CONTENT, PROSE), Piece(BlockKind.CONTENT, f"{PROSE} Two.")]
    assert rendered.boxes == {0, 1}
    assert drop_boxes(kept, [], rendered) == kept


def test_links_before_and_after_the_article_go_even_as_headings():
    from q7x2clean.html import drop_boxes, render_page

    rendered = render_page(
        parse_html(
            f"<body><h2><a href=s>Press releases</a></h2><p>{PROSE}</p><h2><a href=l>1. Central Park</a></h2>"
            f"<p>{PROSE} Two.</p><p><a href=t>Elections</a></p></body>"
        )
    )
    kept = [
        Piece(BlockKind.HEADING, "Press releases"),
        Piece(BlockKind.CONTENT, PROSE),
        Piece(BlockKind.HEADING, "1. Central Park"),
        Piece(BlockKind.CONTENT, f"{PROSE} Two."),
        Piece(BlockKind.CONTENT, "Elections"),
    ]
    removed: list = []
    assert drop_boxes(kept, removed, rendered) == kept[1:4]
    assert [r.text for r in removed] == ["Press releases", "Elections"]


def test_a_table_ends_a_boilerplate_box():
    pieces = [Piece(BlockKind.CONTENT, PROSE)] * 3 + [
        Piece(BlockKind.HEADING, "Categories"),
        Piece(BlockKind.CONTENT, "Baking"),
        Piece(BlockKind.CONTENT, "125 g | Flour", row=True),
        Piece(BlockKind.CONTENT, "65 g | Sugar", row=True),
    ]
    kept, removed = drop_boilerplate(pieces)
    assert [p.text for p in kept][-2:] == ["125 g | Flour", "65 g | Sugar"]
    assert [r.text for r in removed] == ["Categories", "Baking"]


def test_table_rows_are_marked_as_rows():
    from q7x2clean.html import _pieces
    from lxml import etree

    main = etree.fromstring("<main><p>Intro</p><table><row><cell>a</cell><cell>b</cell></row></table></main>")
    assert [(p.text, p.row) for p in _pieces(main)] == [("Intro", False), ("a | b", True)]


def test_the_text_paths_body_loses_the_lines_of_boxes_named_in_the_markup_too():
    """When the text path's body stands for the article (trafilatura found too little),
    the lines of boxes named in the markup go from it as from trafilatura's pieces."""
    from q7x2clean.html import drop_box_lines, render_page

    signup = "Get the best stories of the week in your inbox every Friday morning."
    rendered = render_page(
        parse_html(
            f"<body><article><p>{PROSE}</p><section class='newsletter-promo'><p>{signup}</p></section>"
            f"<ul><li>First point</li><li>Second point</li></ul><p>{PROSE} The end.</p></article></body>"
        )
    )
    removed = []
    body = f"{PROSE}\n\n{signup}\n\n- First point\n- Second point\n\n{PROSE} The end."
    assert drop_box_lines(body, removed, rendered) == f"{PROSE}\n\n- First point\n- Second point\n\n{PROSE} The end."
    assert [r.text for r in removed] == [signup]
    assert drop_box_lines(PROSE, [], rendered) == PROSE


def test_captions_and_credits_in_the_markup_go_unless_they_are_the_page():
    from q7x2clean.html import drop_boxes, render_page

    caption = "The mayor, left, and the treasurer sign the budget in the town hall on Tuesday."
    credit = "Cover picture: Jane Roe / Example Agency"
    rendered = render_page(
        parse_html(
            f"<body><article><p>{PROSE}</p><figure><img src=a.jpg><figcaption>{caption}</figcaption></figure>"
            f"<p class='image-credit'>{credit}</p><p>{PROSE} Two.</p></article></body>"
        )
    )
    kept = [Piece(BlockKind.CONTENT, t) for t in (PROSE, caption, credit, f"{PROSE} Two.")]
    removed: list = []
    assert drop_boxes(kept, removed, rendered) == [kept[0], kept[3]]
    assert [(r.kind, r.text) for r in removed] == [(BlockKind.CAPTION, caption), (BlockKind.CAPTION, credit)]
    # A page laid out as one figure keeps its text.
    rendered = render_page(parse_html(f"<body><figure><figcaption>{PROSE}</figcaption></figure><p>{caption}</p></body>"))
    kept = [Piece(BlockKind.CONTENT, PROSE), Piece(BlockKind.CONTENT, caption)]
    assert drop_boxes(kept, [], rendered) == kept


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Telegram, Instagram, Facebook and Twitter to get all our updates live as they happen",
        "Síguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones",
        "Du musst eingeloggt sein um Kommentare zu schreiben! Oder bist du noch gar nicht registriert?",
        "Tell us in the comments: which of these features would you like to see in the next version?",
        "Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter einer freien Lizenz CC-BY",
        "If you liked this piece, would you consider supporting our work with a small monthly gift? Thanks!",
        "Du journalisme sans publicité pour un euro le premier mois. Résiliable à tout moment.",
    ],
)
def test_pitches_notices_and_comment_appeals_past_a_short_line_go(line):
    kept, removed = drop_boilerplate([Piece(BlockKind.CONTENT, PROSE), Piece(BlockKind.CONTENT, line)])
    assert [p.text for p in kept] == [PROSE]


def test_teaser_cards_after_the_article_go_but_a_listicles_linked_headings_stay():
    from q7x2clean.html import drop_boxes, render_page

    card = "Another story about the council that has a rather long headline over its teaser card today"
    card2 = "The treasurer resigns after the budget vote"
    excerpt = "The treasurer said she had done her part."
    rendered = render_page(
        parse_html(
            f"<body><article><p>{PROSE}</p><p>{PROSE} Two.</p></article>"
            f"<a href=/a><h2>{card}</h2></a><p>Monday 3 May</p><p>{excerpt}</p>"
            f"<a href=/b><h2>{card2}</h2></a><p>{excerpt} Again.</p></body>"
        )
    )
    kept = [
        Piece(BlockKind.CONTENT, PROSE),
        Piece(BlockKind.CONTENT, f"{PROSE} Two."),
        Piece(BlockKind.HEADING, card),
        Piece(BlockKind.CONTENT, "Monday 3 May"),
        Piece(BlockKind.CONTENT, excerpt),
        Piece(BlockKind.HEADING, card2),
        Piece(BlockKind.CONTENT, f"{excerpt} Again."),
    ]
    removed: list = []
    assert drop_boxes(kept, removed, rendered) == kept[:2]
    assert [r.text for r in removed] == [p.text for p in kept[2:]]
    # Linked headings over paragraphs are a listicle's.
    listicle = [kept[2], Piece(BlockKind.CONTENT, PROSE * 2), kept[5], Piece(BlockKind.CONTENT, f"{PROSE} Two.")]
    assert drop_boxes([Piece(BlockKind.CONTENT, "Intro of the list, long enough.")] + listicle, [], rendered)[1:] == listicle


@pytest.mark.parametrize(
    "line",
    [
        "Titelbild: Erika Mustermann / Beispiel-Agentur, mit freundlicher Genehmigung des Vereins und der Stadt",
        "Featured image: a view over the old harbour at dawn, by a reader of this blog who sent it in last year",
        "Photo d'illustration : un marché de Noël sous la neige, par un photographe amateur, en licence libre",
    ],
)
def test_cover_and_illustration_picture_labels_start_a_credit_of_any_length(line):
    kept, removed = drop_boilerplate([Piece(BlockKind.CONTENT, PROSE), Piece(BlockKind.CONTENT, line)])
    assert [p.text for p in kept] == [PROSE]


@pytest.mark.parametrize("heading", ["Empfohlene Beiträge", "Recommended posts", "Artículos recomendados", "Polecane wpisy"])
def test_a_recommended_posts_heading_opens_a_related_box(heading):
    pieces = [Piece(BlockKind.CONTENT, PROSE)] * 3 + [
        Piece(BlockKind.HEADING, heading),
        Piece(BlockKind.CONTENT, "Process and people: how teams change"),
    ]
    kept, removed = drop_boilerplate(pieces)
    assert [p.text for p in kept] == [PROSE] * 3


@pytest.mark.parametrize("line", ["Veröffentlichung: 2. Februar 2022", "Jueves 21 abril, 2022", "Published March 3, 2024 10:15"])
def test_a_short_date_line_goes_but_a_sentence_with_a_date_stays(line):
    sentence = "The vote on 2 February 2022 ended the debate."
    kept, removed = drop_boilerplate([Piece(BlockKind.CONTENT, PROSE), Piece(BlockKind.CONTENT, line), Piece(BlockKind.CONTENT, sentence)])
    assert [p.text for p in kept] == [PROSE, sentence]


def test_drop_unseen_removes_what_no_extractor_reads_and_keeps_the_text_around_it():
    root = parse_html(
        "<html><head><meta name='author' content='Jane Doe'><link rel='stylesheet' href='a.css'>"
        "<style>p { color: red }</style><script>var a = 1;</script>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script></head>"
        "<body><p>Before<script>track();</script> after the script.</p>"
        "<svg><path d='M0 0'/></svg><p>Last<style>.x{}</style> words.</p></body></html>"
    )
    drop_unseen(root)
    assert [e.tag for e in root.iter("meta", "link", "style")] == []
    assert [s.get("type") for s in root.iter("script")] == ["application/ld+json"]
    assert root.find(".//svg") is not None  # readability counts it (see `_UNSEEN`)
    assert [p.text_content() for p in root.iter("p")] == ["Before after the script.", "Last words."]


def test_drop_unseen_removes_side_boxes_without_a_paragraph():
    # trafilatura deletes asides and footers before it looks for the article; one that
    # holds a paragraph may hold the article itself (broken markup) and stays.
    root = parse_html(
        "<html><body><aside><ul><li><a href='/a'>Most read</a></li></ul></aside>"
        "<footer><a href='/imprint'>Imprint</a></footer>"
        "<aside class='wrapper'><p>The article's first paragraph.</p></aside></body></html>"
    )
    drop_unseen(root)
    assert [a.get("class") for a in root.iter("aside")] == ["wrapper"]
    assert root.find(".//footer") is None
    assert root.find(".//p").text == "The article's first paragraph."


def test_clean_html_reads_markup_metadata_before_dropping_unseen_elements():
    head = "<meta name='author' content='Jane Doe'><meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
    article = q7x2clean.clean_html(page(ARTICLE, head=head))
    assert article.author == "Jane Doe"
    assert article.date == datetime.date(2024, 3, 5)


_CONTROL_OR_SURROGATE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=40))
def test_unsafe_finds_control_characters_and_lone_surrogates_as_a_character_class_does(text):
    from q7x2clean.decode import has_unsafe_characters as _unsafe

    assert _unsafe(text) == (_CONTROL_OR_SURROGATE.search(text) is not None)


def test_unsafe_on_the_edges_of_each_range():
    from q7x2clean.decode import has_unsafe_characters as _unsafe

    for char in "\x00\x08\x0b\x0c\x0e\x1f\x7f\x80\x9f\ud800\udfff":
        assert _unsafe(f"<p>caf\u00e9 {char} \u4e2d</p>"), repr(char)
    for char in "\t\n\r \x7e\xa0\u00c2\u0100\ud7ff\ue000\U0001f600":
        assert not _unsafe(f"<p>caf\u00e9 {char} \u4e2d</p>"), repr(char)

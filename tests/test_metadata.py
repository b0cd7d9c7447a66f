"""Title, date, author and source: one small synthetic page a rule, in several languages.

Most tests hand `metadata.extract` a page already labelled (blocks, kinds, the body
region), so that they test the metadata rules alone, whatever the classifier decides;
a few at the end go through `clean_text` from a whole dump.
"""

import datetime

import pytest

import q7x2clean
from q7x2clean import metadata
from q7x2clean.article import Block, BlockKind
from q7x2clean.classify import Classified, Labelled

D = datetime.date
K = BlockKind

NAV = [("Home", K.NAVIGATION), ("News", K.NAVIGATION), ("World", K.NAVIGATION), ("Sport", K.NAVIGATION)]

BODY_EN = [
    "The ministers of the two countries agreed on Tuesday to simplify the rules for trade across their border, officials said after the talks.",
    "The trade agreement, which was reached after two days of talks in the capital, still has to be approved by both parliaments before it applies.",
    "Trade between the two countries has grown quickly in recent years, and the new rules are meant to cut the paperwork that exporters face.",
]
BODY_DE = [
    "Die Minister der beiden Länder haben sich am Dienstag auf einfachere Regeln für den Handel über die gemeinsame Grenze geeinigt, wie es hieß.",
    "Die Einigung im Handel, die nach zwei Tagen Verhandlungen in der Hauptstadt erzielt wurde, muss noch von beiden Parlamenten gebilligt werden.",
]
BODY_FR = [
    "Les ministres des deux pays se sont mis d'accord mardi pour simplifier les règles du commerce à travers leur frontière, selon des responsables.",
    "L'accord sur le commerce, conclu après deux jours de discussions dans la capitale, doit encore être approuvé par les deux parlements.",
]
BODY_ES = [
    "Los ministros de los dos países acordaron el martes simplificar las reglas del comercio a través de su frontera, según informaron fuentes oficiales.",
    "El acuerdo sobre el comercio, alcanzado tras dos días de conversaciones en la capital, aún debe ser aprobado por ambos parlamentos.",
]


def page(head, body=BODY_EN, tail=(), language="English"):
    """A labelled page: `head` lines (text, kind) before the body region, the body's
    paragraphs as content, then `tail` lines after it."""
    lines = list(head) + [(text, K.CONTENT) for text in body] + list(tail)
    blocks = tuple(Labelled(Block(i, text, i + 1), kind, "test") for i, (text, kind) in enumerate(lines))
    start = len(head)
    return Classified(blocks, start, start + len(body), language)


def meta(head, body=BODY_EN, tail=(), language="English", reference=None):
    return metadata.extract(page(head, body, tail, language), reference)


# -- Title ---------------------------------------------------------------------------------


def test_headline_is_the_line_over_its_byline():
    result = meta(NAV + [("Ministers agree on new trade rules for the border", K.NAVIGATION), ("By Jane Doe | May 18, 2025", K.BYLINE)])
    assert result.title == "Ministers agree on new trade rules for the border"


@pytest.mark.parametrize(
    "line",
    [
        "Loan amount [25000   ] [0    ]",  # w3m prints a filled form field so
        "Blog Blog Status Status Team Team",  # each menu item printed twice
        "For Schools For Schools For Teachers For Teachers",
    ],
)
def test_a_form_or_a_menu_of_doubled_items_is_no_headline(line):
    head = NAV + [(line, K.NAVIGATION), ("Ministers agree on new trade rules", K.NAVIGATION), ("By Jane Doe", K.BYLINE)]
    assert meta(head).title == "Ministers agree on new trade rules"
    # A name that says a word twice is no menu.
    assert not metadata._items_twice("Bora Bora Island") and not metadata._items_twice("Sing Sing")


@pytest.mark.parametrize("line", ["| : Ministers agree on new trade rules", "|Ministers agree on new trade rules"])
def test_an_empty_labels_separators_before_the_headline_go(line):
    head = NAV + [(line, K.NAVIGATION), ("By Jane Doe", K.BYLINE)]
    assert meta(head).title == "Ministers agree on new trade rules"


def test_headline_beats_its_standfirst_and_section_label():
    result = meta(
        NAV
        + [
            ("Trade", K.NAVIGATION),
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("The deal cuts the paperwork for exporters on both sides of the border", K.TEASER),
            ("By Jane Doe", K.BYLINE),
            ("May 18, 2025", K.DATELINE),
        ]
    )
    assert result.title == "Ministers agree on new trade rules"


def test_headline_printed_twice_beats_a_table_of_contents():
    contents = [
        ("Why the trade rules changed this year", K.NAVIGATION),
        ("What the new trade rules mean for exporters", K.NAVIGATION),
        ("How the parliaments will vote on the rules", K.NAVIGATION),
        ("What comes next for the border trade", K.NAVIGATION),
    ]
    result = meta(
        NAV
        + [("Ministers agree on new trade rules", K.NAVIGATION), ("Ministers agree on new trade rules", K.NAVIGATION)]
        + [("Contents", K.NAVIGATION)]
        + contents
    )
    assert result.title == "Ministers agree on new trade rules"



def test_headline_found_among_many_headline_shaped_menu_entries():
    # A long menu of teaser titles between the headline and the body: the headline,
    # with its byline and date under it, must still be read however many lines score
    # better on shape alone.
    menu = [(f"How much does it cost to hire movers in city number {n}?", K.NAVIGATION) for n in range(60)]
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules for the border after two days of talks", K.NAVIGATION),
            ("Jane Doe", K.NAVIGATION),
            ("May 18, 2025", K.DATELINE),
        ]
        + menu
    )
    assert result.title == "Ministers agree on new trade rules for the border after two days of talks"


def test_link_to_the_previous_or_next_post_is_not_the_headline():
    head = NAV + [("« Ministers agree on new trade rules for the border", K.NAVIGATION), ("Trade", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]
    assert meta(head).title is None
    head = NAV + [("Trade", K.NAVIGATION), ("May 18, 2025", K.DATELINE), ("Ministers agree on new trade rules for the border »", K.NAVIGATION)]
    assert meta(head).title is None

def test_headline_over_its_byline_further_into_the_body_region():
    # The region starts at a promotion box above the article.
    box = [
        "Get the free course planning guide for creators",
        "Download the checklist for your next launch",
        "Join five thousand readers who get our weekly tips",
        "What experts say about our course reviews",
        "Read the reviews of our readers this month",
        "Try the course price calculator for free today",
    ]
    body = box + ["Ministers agree on new trade rules for the border", "By Jane Doe | May 18, 2025"] + BODY_EN * 2
    assert meta(NAV, body).title == "Ministers agree on new trade rules for the border"

def test_short_headline_over_a_standfirst_of_two_sentences():
    head = [("Subscribe", K.NAVIGATION), ("The Quiet Manifesto", K.NAVIGATION)]
    head += [("Ministers agreed on trade rules. Exporters face less paperwork.", K.TEASER)]
    head += [("Jane Doe's avatar", K.NAVIGATION), ("Jane Doe", K.NAVIGATION), ("Dec 19, 2025", K.DATELINE)]
    assert meta(head).title == "The Quiet Manifesto"
    # A kicker over the headline is short too, but the headline is no sentence.
    head = [("Subscribe", K.NAVIGATION), ("Eat well", K.NAVIGATION), ("Ministers agree on new trade rules for the border", K.NAVIGATION)]
    head += [("Jane Doe", K.NAVIGATION), ("Dec 19, 2025", K.DATELINE)]
    assert meta(head).title == "Ministers agree on new trade rules for the border"

def test_headline_in_another_language():
    result = meta(
        [("Startseite", K.NAVIGATION), ("Politik", K.NAVIGATION), ("Minister einigen sich auf neue Regeln für den Handel", K.NAVIGATION), ("Von Jana Dorn", K.BYLINE)],
        BODY_DE,
        language="German",
    )
    assert result.title == "Minister einigen sich auf neue Regeln für den Handel"


def test_a_pull_quote_is_not_the_headline():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules for exporters", K.NAVIGATION),
            ("By Jane Doe", K.BYLINE),
            ("\u201cThis is a good day for trade across the border\u201d", K.NAVIGATION),
        ]
    )
    assert result.title == "Ministers agree on new trade rules for exporters"


def test_breadcrumb_is_not_the_headline():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("Home » News » Ministers agree on new trade rules", K.NAVIGATION),
            ("May 18, 2025", K.DATELINE),
        ]
    )
    assert result.title == "Ministers agree on new trade rules"


def test_renderer_marks_are_not_part_of_the_headline():
    result = meta(NAV + [("(BUTTON) Ministers agree on new trade rules", K.NAVIGATION), ("By (BUTTON) Jane Doe", K.NAVIGATION)])
    assert result.title == "Ministers agree on new trade rules"
    assert result.author == "Jane Doe"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Blog / Ministers agree on new trade rules", "Ministers agree on new trade rules"),
        ("Home > News > Ministers agree on new trade rules", "Ministers agree on new trade rules"),
        ("[hero-image.jpg] Ministers agree on new trade rules", "Ministers agree on new trade rules"),
        ("Ministers agree on new trade rules | Example News", "Ministers agree on new trade rules"),
        ("Trade &#x26; border: ministers agree on new rules", "Trade & border: ministers agree on new rules"),
        ("[2025] Ministers agree on new trade rules", "[2025] Ministers agree on new trade rules"),
    ],
)
def test_headline_without_what_the_page_prints_around_it(line, expected):
    result = meta(NAV + [(line, K.NAVIGATION), ("By Jane Doe", K.BYLINE), ("May 18, 2025", K.DATELINE)])
    assert result.title == expected


@pytest.mark.parametrize("line", ["Example News Logo", "Trade rules report.pdf (619.83 KB)", "#trade #border #rules"])
def test_logos_files_and_tags_are_not_the_headline(line):
    result = meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION), (line, K.NAVIGATION), ("May 18, 2025", K.DATELINE)])
    assert result.title == "Ministers agree on new trade rules"


def test_last_crumb_on_its_own_line_is_not_the_headline():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules for exporters this year", K.NAVIGATION),
            ("News /", K.NAVIGATION),
            ("Trade /", K.NAVIGATION),
            ("Trade rules", K.NAVIGATION),
            ("May 18, 2025", K.DATELINE),
        ]
    )
    assert result.title == "Ministers agree on new trade rules for exporters this year"


def test_no_heading_line_gives_no_title():
    result = meta([("Home", K.NAVIGATION)])
    assert result.title is None


# -- Date ----------------------------------------------------------------------------------


def test_published_date_beats_updated_date():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("Updated May 20, 2025", K.DATELINE),
            ("Published May 18, 2025", K.DATELINE),
        ]
    )
    assert result.date == D(2025, 5, 18)


def test_published_and_updated_in_one_line():
    result = meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("Publié le 18 mai 2025 à 10h00, mis à jour le 19 mai 2025", K.DATELINE)], BODY_FR, language="French")
    assert result.date == D(2025, 5, 18)


def test_updated_date_alone_is_taken():
    result = meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("Last updated on May 20, 2025", K.DATELINE)])
    assert result.date == D(2025, 5, 20)


def test_label_on_the_line_above_the_date():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("Last update:", K.NAVIGATION),
            ("May 20, 2025", K.DATELINE),
            ("Published:", K.NAVIGATION),
            ("May 18, 2025", K.DATELINE),
        ]
    )
    assert result.date == D(2025, 5, 18)


def test_date_of_the_top_bar_is_not_the_article_date():
    top = [("Wednesday, July 23, 2025", K.DATELINE)] + NAV * 6
    result = meta(top + [("Ministers agree on new trade rules", K.NAVIGATION), ("By Jane Doe", K.BYLINE)])
    assert result.date is None


def test_dates_of_related_posts_are_not_the_article_date():
    tail = [("Related posts", K.RELATED), ("Another story about the border", K.RELATED), ("May 2, 2025", K.RELATED)]
    result = meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail)
    assert result.date is None


def test_a_date_in_a_sentence_is_not_the_article_date():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("The talks began on May 2, 2025 in the capital and lasted far longer than anyone had expected them to last.", K.TEASER),
        ]
    )
    assert result.date is None


def test_a_date_range_is_an_event_not_the_article_date():
    result = meta(NAV + [("Trade fair for exporters opens its doors", K.NAVIGATION), ("2025-05-12 - 2025-05-17", K.DATELINE)])
    assert result.date is None


def test_published_without_a_day_gives_no_date():
    result = meta(
        NAV
        + [
            ("Ministers agree on new trade rules", K.NAVIGATION),
            ("Originally published in March 2022. Last updated on December 20, 2024.", K.DATELINE),
        ]
    )
    assert result.date is None


def test_dates_in_other_languages():
    german = meta(
        [("Minister einigen sich auf neue Regeln für den Handel", K.NAVIGATION), ("Veröffentlicht am 18. Mai 2025", K.DATELINE)],
        BODY_DE,
        language="German",
    )
    spanish = meta(
        [("Los ministros acuerdan nuevas reglas para el comercio", K.NAVIGATION), ("18 de mayo de 2025", K.DATELINE)],
        BODY_ES,
        language="Spanish",
    )
    assert german.date == spanish.date == D(2025, 5, 18)


def test_date_line_with_a_rule_glued_to_it():
    # w3m glues a horizontal rule to the line above it.
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("May 18, 2025 " + "━" * 150, K.NAVIGATION)]
    assert meta(head).date == D(2025, 5, 18)

def test_lines_of_icons_do_not_count_in_the_header():
    # innerText prints each icon of a share bar, each separator dot, on a line of its own.
    icons = [("Share", K.SHARE)] + [("•", K.NAVIGATION)] * 6
    head = NAV + [("By Jane Doe on May 18, 2025", K.BYLINE)] + icons + [("Ministers agree on new trade rules", K.NAVIGATION)]
    assert meta(head).date == D(2025, 5, 18)

def test_a_table_of_contents_does_not_count_in_the_header():
    contents = [(f"Trade model {chr(65 + n)}", K.NAVIGATION) for n in range(14)]
    promo = [(f"Hire a trade adviser you can trust, offer number {n}", K.TEASER) for n in range(8)]
    head = NAV + TITLE + contents + [("Share", K.SHARE), ("updated 18 May 2025", K.DATELINE)] + promo
    assert meta(head).date == D(2025, 5, 18)

def test_date_around_the_body_start_when_the_headline_has_none():
    # The headline guess sits far above the body; the date line is just before it.
    head = (
        [("Ministers agree on new trade rules", K.NAVIGATION), ("By Jane Doe", K.BYLINE)]
        + [(f"Section {n}", K.NAVIGATION) for n in range(20)]
        + [("Published May 18, 2025", K.NAVIGATION)]
    )
    assert meta(head).date == D(2025, 5, 18)


def test_published_date_at_the_end_of_an_article_without_a_header_date():
    title = NAV + [("Ministers agree on new trade rules", K.NAVIGATION)]
    tail = [("Published August 13, 2025", K.DATELINE), ("More from Trade", K.RELATED)]
    assert meta(title, BODY_EN * 6, tail=tail).date == D(2025, 8, 13)
    tail = [("Veröffentlicht am 13. August 2025", K.DATELINE)]
    assert meta(title, BODY_DE * 9, tail=tail, language="German").date == D(2025, 8, 13)
    # A "last updated" line at the end is often the whole site's.
    assert meta(title, BODY_EN * 6, tail=[("Last updated March 3, 2025 by Jane Doe", K.BOILERPLATE)]).date is None

def test_yearless_date_needs_a_reference():
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("Washington, Jan 17", K.DATELINE)]
    without = meta(head)
    assert without.date is None and without.date_text == "Jan 17"
    assert meta(head, reference=D(2026, 11, 21)).date == D(2026, 1, 17)


def test_a_date_after_the_reference_is_ignored():
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("May 18, 2027", K.DATELINE)]
    assert meta(head, reference=D(2026, 1, 1)).date is None


# -- Author --------------------------------------------------------------------------------

TITLE = [("Ministers agree on new trade rules", K.NAVIGATION)]


@pytest.mark.parametrize(
    "line, language, expected",
    [
        ("By Jane Doe", "English", "Jane Doe"),
        ("By Jane Doe | May 18, 2025", "English", "Jane Doe"),
        ("By Jane Doe, Staff Writer", "English", "Jane Doe"),
        ("Written by Jane Doe and John Roe", "English", "Jane Doe and John Roe"),
        ("By Jane DoePublished: Jan 29, 2025", "English", "Jane Doe"),
        ("By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST", "English", "Jane Doe"),
        ("Posted by Jane Doe on May 18, 2025", "English", "Jane Doe"),
        ("Published May 18, 2025 by Jane Doe", "English", "Jane Doe"),
        ("By Jane Doe, Ph.D.", "English", "Jane Doe, Ph.D."),
        ("Von Jana Dorn", "German", "Jana Dorn"),
        ("Par Jean Dupont, journaliste", "French", "Jean Dupont"),
        ("Por María García", "Spanish", "María García"),
        ("Jane Doe May 18, 2025", "English", "Jane Doe"),
        ("May 18, 2025 · Jane Doe", "English", "Jane Doe"),
        ("Headshot of Jane Doe", "English", "Jane Doe"),
        ("Jane Doe's avatar", "English", "Jane Doe"),
    ],
)
def test_byline_shapes(line, language, expected):
    body = {"English": BODY_EN, "German": BODY_DE, "French": BODY_FR, "Spanish": BODY_ES}[language]
    assert meta(NAV + TITLE + [(line, K.NAVIGATION)], body, language=language).author == expected


@pytest.mark.parametrize(
    "line, language, author, source",
    [
        ("By Jane Doe, Reuters", "English", "Jane Doe", "Reuters"),
        ("By Jane Doe and John Roe, Associated Press", "English", "Jane Doe and John Roe", "Associated Press"),
        ("Von Jana Dorn, dpa", "German", "Jana Dorn", "dpa"),
        ("Por María García, EFE", "Spanish", "María García", "EFE"),
        ("By Jane Doe, Washington", "English", "Jane Doe", None),
        ("Par Jean Dupont, Marseille", "French", "Jean Dupont", None),
        ("By Jane Doe, John Roe", "English", "Jane Doe, John Roe", None),
    ],
)
def test_byline_names_the_agency_or_the_place_after_the_author(line, language, author, source):
    """What follows the author's name after a comma: the agency she writes for (the
    source), where she wrote, or a second author."""
    body = {"English": BODY_EN, "German": BODY_DE, "French": BODY_FR, "Spanish": BODY_ES}[language]
    result = meta(NAV + TITLE + [(line, K.NAVIGATION)], body, language=language)
    assert (result.author, result.source) == (author, source)


def test_byline_label_with_the_name_on_the_next_line():
    assert meta(NAV + TITLE + [("By", K.NAVIGATION), ("Jane Doe", K.NAVIGATION)]).author == "Jane Doe"
    assert meta(NAV + TITLE + [("Author:", K.NAVIGATION), ("[photo]", K.NAVIGATION), ("Jane Doe", K.NAVIGATION)]).author == "Jane Doe"


def test_author_label_over_initials_and_several_people():
    # Authors without a photo get their initials in its place; each has a job title.
    people = [("JD", K.BYLINE), ("Jane Doe", K.NAVIGATION), ("Senior Editor", K.NAVIGATION), ("JR", K.BYLINE), ("John Roe", K.NAVIGATION), ("Staff Writer", K.NAVIGATION)]
    assert meta(NAV + TITLE, tail=[("Author", K.NAVIGATION)] + people).author == "Jane Doe and John Roe"
    assert meta(NAV + TITLE, BODY_DE, tail=[("Autoren", K.NAVIGATION)] + people[:2] + people[3:5], language="German").author == "Jane Doe und John Roe"
    assert meta(NAV + TITLE + [("Author:", K.NAVIGATION)] + people[:2] + [("Share this", K.SHARE)]).author == "Jane Doe"

def test_name_alone_next_to_the_date():
    result = meta(NAV + TITLE + [("Jane Doe", K.NAVIGATION), ("May 18, 2025", K.DATELINE)])
    assert result.author == "Jane Doe"


def test_name_alone_over_a_job_title():
    result = meta(NAV + TITLE + [("Jane Doe", K.NAVIGATION), ("Senior Editor", K.NAVIGATION)])
    assert result.author == "Jane Doe"


def test_name_with_a_job_title_after_a_bar():
    assert meta(NAV + TITLE + [("Jane Doe | Guest Columnist", K.NAVIGATION)]).author == "Jane Doe"


def test_name_printed_twice_is_given_once():
    assert meta(NAV + TITLE + [("Written by: Jane Doe Jane Doe", K.BYLINE)]).author == "Jane Doe"


def test_an_editor_is_not_the_author():
    result = meta(NAV + TITLE + [("By Jane Doe", K.BYLINE), ("Edited by John Roe", K.NAVIGATION)])
    assert result.author == "Jane Doe"
    assert meta(NAV + TITLE + [("Edited by John Roe", K.NAVIGATION)]).author is None


@pytest.mark.parametrize(
    "standfirst, language, body, name, date",
    [
        ("The chain plans to open eighty stores next year. By Jane Doe on Dec. 19, 2025", "English", BODY_EN, "Jane Doe", D(2025, 12, 19)),
        ("Die Kette will im nächsten Jahr achtzig Filialen eröffnen. Von Jana Dorn, 19.12.2025", "German", BODY_DE, "Jana Dorn", D(2025, 12, 19)),
        ("La chaîne veut ouvrir quatre-vingts magasins l'an prochain. Par Jean Dupont le 19 décembre 2025", "French", BODY_FR, "Jean Dupont", D(2025, 12, 19)),
    ],
)
def test_byline_printed_after_the_standfirst(standfirst, language, body, name, date):
    result = meta(NAV + TITLE + [(standfirst, K.TEASER)], body, language=language)
    assert (result.author, result.date) == (name, date)


def test_a_sentence_starting_with_by_after_the_standfirst_is_no_byline():
    line = "The chain plans to open eighty stores next year. By Christmas Eve it wants to open ten of them."
    assert meta(NAV + TITLE + [(line, K.TEASER)]).author is None

def test_byline_ends_at_a_gap_between_cells():
    # w3m and lynx print two links side by side, or a table row, with a run of spaces.
    assert meta(NAV + TITLE + [("By Jane Doe    Print This Article", K.NAVIGATION)]).author == "Jane Doe"
    assert meta(NAV + TITLE + [("Von Jana Dorn     Artikel drucken", K.NAVIGATION)], BODY_DE, language="German").author == "Jana Dorn"

@pytest.mark.parametrize(
    "line, language, body, expected",
    [
        ("By Jane Doe View In Digital Edition", "English", BODY_EN, "Jane Doe"),
        ("By Jane Doe Follow", "English", BODY_EN, "Jane Doe"),
        ("Von Jana Dorn Folgen", "German", BODY_DE, "Jana Dorn"),
        ("Par Jean Dupont Partager", "French", BODY_FR, "Jean Dupont"),
    ],
)
def test_byline_ends_before_the_links_after_it(line, language, body, expected):
    assert meta(NAV + TITLE + [(line, K.NAVIGATION)], body, language=language).author == expected

def test_byline_under_a_long_standfirst_inside_the_body():
    # A standfirst hard-wrapped into many short lines that the body region begins with.
    standfirst = [f"the ministers spoke of trade for the {n}th time this year and" for n in range(14)]
    body = standfirst + ["by Jane Doe, Senior Director, Trade Desk"] + BODY_EN * 6
    assert meta(NAV + TITLE, body).author == "Jane Doe"
    # A section heading of the body is no byline.
    body = standfirst + ["By The Numbers"] + BODY_EN * 6
    assert meta(NAV + TITLE, body).author is None

def test_a_sentence_starting_with_by_is_not_a_byline():
    result = meta(NAV + TITLE + [("By cementing these alliances, the two countries hope to keep the peace.", K.TEASER)])
    assert result.author is None


def test_a_dateline_city_is_not_an_author():
    assert meta(NAV + TITLE + [("Washington, Jan 17", K.DATELINE)]).author is None


def test_section_label_before_the_headline_is_not_an_author():
    result = meta(NAV + [("Travel Tips", K.NAVIGATION)] + TITLE + [("March 26, 2023", K.DATELINE)])
    assert result.author is None


def test_name_between_headline_and_date_also_printed_in_the_menu():
    # A personal site's or a company blog's menu names the author too.
    head = [("Jane Doe", K.NAVIGATION)] + NAV + TITLE + [("Jane Doe", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]
    assert meta(head).author == "Jane Doe"
    head = [("Acmeworks", K.NAVIGATION)] + NAV + TITLE + [("Acmeworks", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]
    assert meta(head).author == "Acmeworks"

def test_name_right_under_the_headline_of_a_dated_header():
    # The byline's name, then a breadcrumb trail printed a crumb a line, then the date.
    crumbs = [("Start Trial", K.NAVIGATION), ("Articles /", K.NAVIGATION), ("Borders /", K.NAVIGATION), ("Border Rules", K.NAVIGATION)]
    date = [("Last updated on May 18, 2025", K.DATELINE)]
    assert meta(NAV + TITLE + [("Jane Doe", K.NAVIGATION)] + crumbs + date).author == "Jane Doe"
    # A subtitle in title case speaks of what the body speaks of: no name.
    assert meta(NAV + TITLE + [("Trade Across Borders", K.NAVIGATION)] + crumbs + date).author is None

def test_one_word_name_right_under_the_headline():
    assert meta(NAV + TITLE + [("Newsdesk", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]).author == "Newsdesk"
    # A common word of the body is a label, not a name.
    assert meta(NAV + TITLE + [("Trade", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]).author is None


def test_capitals_and_menu_entries_are_not_names():
    assert meta(NAV + TITLE + [("SPANISH LEARNING", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]).author is None
    assert meta(NAV + TITLE + [("Text Link", K.NAVIGATION)]).author is None
    assert meta(NAV + TITLE + [("Text: Jana Dorn", K.NAVIGATION)], BODY_DE, language="German").author == "Jana Dorn"


def test_byline_prefix_before_a_date_is_not_a_name():
    assert meta(NAV + TITLE + [("Written By Feb 11, 2019 · 3 min read", K.READ_TIME)]).author is None


def test_byline_at_the_end_of_the_article():
    tail = [("Written by Jane Doe", K.BYLINE), ("More from Jane Doe", K.RELATED)]
    assert meta(NAV + TITLE, tail=tail).author == "Jane Doe"


def test_user_name_in_the_header_full_name_at_the_end():
    head = NAV + TITLE + [("Written by AcmeJane", K.BYLINE)]
    tail = [("Written by Jane Doe", K.BYLINE), ("Jane has covered trade for ten years.", K.CONTENT)]
    assert meta(head, BODY_EN * 6, tail=tail).author == "Jane Doe"
    # A full name the user name holds no word of is someone else's.
    tail = [("Written by John Roe", K.BYLINE)]
    assert meta(head, BODY_EN * 6, tail=tail).author == "AcmeJane"

def test_author_photos_then_a_line_naming_them_all():
    head = NAV + TITLE + [
        ("Jane Doe Profile Image", K.NAVIGATION),
        ("John Roe Profile Image", K.NAVIGATION),
        ("Jane Doe & John Roe", K.NAVIGATION),
        ("May 18, 2025", K.DATELINE),
    ]
    assert meta(head).author == "Jane Doe & John Roe"


@pytest.mark.parametrize("line", ["Dec 17, 2025Jane Doe", "Dec 17, 2025 Jane Doe", "Published May 3, 2025 by Jane Doe"])
def test_name_after_a_date(line):
    assert meta(NAV + TITLE + [(line, K.NAVIGATION)]).author == "Jane Doe"


@pytest.mark.parametrize(
    "line", ["By Jane DoeAuthor", "By Jane DoeStaff", "By Jane Doe@janedoe", "Jane DoeEditor | May 18, 2025"]
)
def test_a_role_or_handle_glued_to_the_name_goes(line):
    """Renderers glue the name to a label or handle printed after it."""
    assert meta(NAV + TITLE + [(line, K.BYLINE)]).author == "Jane Doe"


def test_a_weekday_before_the_date_is_no_author():
    """"Do 24. Mai 2018" is Thursday's date; the name above it is the byline."""
    head = NAV + TITLE + [("Heiko Sauer", K.NAVIGATION), ("Do 24. Mai 2018, 08:30", K.DATELINE)]
    assert meta(head, BODY_DE, language="German").author == "Heiko Sauer"
    assert meta(NAV + TITLE + [("Mon 18 May 2025", K.DATELINE)]).author is None


@pytest.mark.parametrize("word", ["Unknown", "Anonymous", "Twitter", "Facebook"])
def test_a_placeholder_or_a_share_button_by_the_date_is_no_author(word):
    assert meta(NAV + TITLE + [("May 18, 2025", K.DATELINE), (word, K.NAVIGATION)]).author is None
    assert meta(NAV + TITLE + [(f"By {word}", K.BYLINE)]).author is None


def test_a_user_name_after_by():
    assert meta(NAV + TITLE + [("by jdoe_42", K.BYLINE)]).author == "jdoe_42"


def test_a_quote_attribution_in_the_body_is_no_byline():
    body = BODY_EN[:2] + ["Jane Doe, CEO of Acme (during the earnings call on May 3, 2025)"] + BODY_EN[2:]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], body).author is None


def test_author_box_at_the_end():
    tail = [
        ("Share this article", K.SHARE),
        ("Jane Doe", K.AUTHOR_BIO),
        ("Jane covers trade and the economy for the paper, and has reported from both capitals.", K.AUTHOR_BIO),
    ]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author == "Jane Doe"


def test_a_company_blurb_is_no_author_box():
    tail = [
        ("Acme Analytics", K.RELATED),
        ("Acme Analytics is a platform for data teams, with dashboards and reports for every need.", K.RELATED),
    ]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author is None


def test_author_label_after_the_article():
    tail = [(f"Reference {n}", K.NEWSLETTER) for n in range(20)] + [
        ("Article written by:", K.NEWSLETTER),
        ("Jane Doe, MD", K.NEWSLETTER),
        ("Article reviewed by:", K.NEWSLETTER),
        ("John Roe, MD", K.NEWSLETTER),
    ]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author == "Jane Doe, MD"


def test_the_person_in_the_copyright_line_of_a_page_without_byline():
    tail = [("© 2025 Jane Doe. All rights reserved.", K.FOOTER)]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author == "Jane Doe"
    tail = [("© 2025 Example Media Inc. All rights reserved.", K.FOOTER)]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author is None
    # A personal site named after its owner.
    tail = [("Copyright © 2025 Jane Doe's Tech Blog", K.FOOTER)]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author == "Jane Doe"
    tail = [("Copyright © 2025 Saint Mary's Hospital", K.FOOTER)]
    assert meta(NAV + [("Ministers agree on new trade rules", K.NAVIGATION)], tail=tail).author is None


# -- Source --------------------------------------------------------------------------------


def test_news_agency_credit_at_the_end_is_the_source():
    result = meta(NAV + TITLE, tail=[("- AFP", K.BYLINE), ("Share this article:", K.SHARE)])
    assert result.source == "AFP"


def test_copyright_line_names_the_publication():
    result = meta(NAV + TITLE, tail=[("© 2025 Example Media. All rights reserved.", K.FOOTER)])
    assert result.source == "Example Media"


def test_the_footers_copyright_line_names_the_publication_not_a_photo_credit():
    """Photo credits are copyright lines too ("© Foto: Getty Images"), printed by the
    pictures, above the footer's; so are rights notices without a holder."""
    head = NAV + TITLE + [("© Foto: Getty Images", K.CAPTION)]
    tail = [("© 2025 Example Media. All rights reserved.", K.FOOTER)]
    assert meta(head, tail=tail).source == "Example Media"
    assert meta(NAV + TITLE, tail=[("Copyright © 2025 by Example Media", K.FOOTER)]).source == "Example Media"
    assert meta(NAV + TITLE, tail=[("© Foto: Getty Images", K.FOOTER)]).source is None
    assert meta(NAV + TITLE, tail=[("© 2025 Algunos derechos reservados", K.FOOTER)], language="Spanish").source is None


def test_no_credit_no_source():
    assert meta(NAV + TITLE).source is None


# -- Through clean_text --------------------------------------------------------------------

DUMP_EN = """Home
News
Sport

Ministers agree on new trade rules

By Jane Doe | May 18, 2025

{body}

Related posts

Another story about something else entirely
June 2, 2025

© 2025 Example Media. All rights reserved.
""".format(body="\n\n".join(BODY_EN))

DUMP_DE = """Startseite
Politik
Wirtschaft

Minister einigen sich auf neue Regeln für den Handel

Von Jana Dorn
Veröffentlicht am 18.05.2025

{body}

Mehr zum Thema
""".format(body="\n\n".join(BODY_DE))


def test_clean_text_reads_the_header():
    article = q7x2clean.clean_text(DUMP_EN)
    assert article.title == "Ministers agree on new trade rules"
    assert article.author == "Jane Doe"
    assert article.date == D(2025, 5, 18)
    assert article.source == "Example Media"


def test_clean_text_reads_a_german_header():
    article = q7x2clean.clean_text(DUMP_DE)
    assert article.title == "Minister einigen sich auf neue Regeln für den Handel"
    assert article.author == "Jana Dorn"
    assert article.date == D(2025, 5, 18)


def test_metadata_is_deterministic():
    assert q7x2clean.clean_text(DUMP_EN) == q7x2clean.clean_text(DUMP_EN)


def test_a_standfirst_kept_above_the_region_starts_the_article():
    # The classifier keeps a standfirst above its region as content: the header is read
    # from above it, as from above a teaser paragraph there.
    lead = ("The two countries will trade with fewer forms from next year, after two days of talks in the capital "
            "that ended late on Tuesday night with a signing ceremony.")
    rows = [("Ministers agree on new trade rules", BlockKind.NAVIGATION), (lead, BlockKind.CONTENT),
            ("Share", BlockKind.SHARE), ("Facebook", BlockKind.NAVIGATION),
            ("The ministers of the two countries agreed on Tuesday to simplify the rules.", BlockKind.CONTENT)]
    blocks = tuple(Labelled(Block(i, text), kind, "") for i, (text, kind) in enumerate(rows))
    texts = tuple(text for text, _ in rows)
    assert metadata._article_start(blocks, texts, 4) == 1


def test_a_headline_under_a_breadcrumb_trail_is_no_standfirst_of_it():
    # "Home > Tech > Laptops" is a trail of links, not a headline: the line under it
    # does not read as its standfirst (which would count against it as a headline).
    head = NAV + [
        ("Home > Tech > Laptops", K.NAVIGATION),
        ("Put a powerful laptop under the tree for less than $450", K.NAVIGATION),
        ("By Jane Doe", K.BYLINE),
    ]
    p = metadata._page(page(head))
    crumb = len(NAV)
    assert not metadata._standfirst(p, crumb, crumb + 1)
    # A headline over its standfirst still is one.
    p = metadata._page(page(NAV + [("Ministers agree on trade rules", K.NAVIGATION), (
        "The deal cuts the paperwork for exporters on both sides of the border", K.TEASER)]))
    assert metadata._standfirst(p, len(NAV), len(NAV) + 1)


# -- Chinese, Japanese, Korean headers (synthetic pages of the language probe) -----------

BODY_ZH = [
    "记者23日从北京市交通委员会获悉，北京地铁三条新线路将于今年年底前开通运营，届时全市轨道交通运营里程将超过八百五十公里。",
    "据介绍，新开通的线路将连接城市东部和南部的多个大型居住区，预计每天可服务乘客约六十万人次。",
]
BODY_JA = [
    "東京都は22日、来年度から私立を含む都内の高校の授業料を所得制限なしで実質無償化する方針を明らかにした。対象となる生徒は約30万人に上る見通しだ。",
    "これまで都の支援は世帯年収910万円未満の家庭に限られていたが、子育て世帯の負担を軽くするため、この制限を撤廃する。",
]
BODY_KO = [
    "서울시는 올해 안에 초등학생을 위한 방과후 돌봄 시설을 100곳 더 늘리겠다고 25일 밝혔다. 이에 따라 시내 돌봄 시설은 모두 600곳을 넘어서게 된다.",
    "시는 맞벌이 가정이 늘면서 돌봄 수요가 크게 증가했지만 시설이 부족해 대기하는 아동이 많다고 설명했다.",
]
CRUMB = [("首页", K.NAVIGATION), ("国内", K.NAVIGATION), ("首页 > 国内 > 社会", K.NAVIGATION)]


@pytest.mark.parametrize(
    "head, body, title",
    [
        (CRUMB + [("北京地铁新增三条线路将于年底开通", K.NAVIGATION), ("2024年03月23日 10:25", K.DATELINE)], BODY_ZH,
         "北京地铁新增三条线路将于年底开通"),
        ([("トップ > 国内 > 社会", K.NAVIGATION), ("東京都、来年度から高校授業料を実質無償化へ", K.NAVIGATION),
          ("2024年3月22日 18時30分", K.DATELINE)], BODY_JA, "東京都、来年度から高校授業料を実質無償化へ"),
    ],
)
def test_an_unspaced_headline_beats_the_breadcrumb_over_it(head, body, title):
    assert meta(head, body).title == title


@pytest.mark.parametrize(
    "byline, body, author",
    [
        ("作者：李明", BODY_ZH, "李明"),
        ("记者 李明", BODY_ZH, "李明"),
        ("記者：山田太郎", BODY_JA, "山田太郎"),
        ("김민수 기자", BODY_KO, "김민수"),
        ("김민수 기자 minsu@example.com", BODY_KO, "김민수"),
    ],
)
def test_chinese_japanese_and_korean_bylines(byline, body, author):
    head = [("首页", K.NAVIGATION), ("北京地铁新增三条线路将于年底开通", K.NAVIGATION), (byline, K.NAVIGATION),
            ("2024年03月23日 10:25", K.DATELINE)]
    assert meta(head, body).author == author


def test_a_short_label_next_to_the_date_is_no_cjk_author():
    head = [("首页", K.NAVIGATION), ("北京地铁新增三条线路将于年底开通", K.NAVIGATION), ("社会", K.NAVIGATION),
            ("2024年03月23日 10:25", K.DATELINE)]
    assert meta(head, BODY_ZH).author is None


def test_the_desk_editor_under_a_chinese_story_is_not_its_author():
    head = [("首页", K.NAVIGATION), ("北京地铁新增三条线路将于年底开通", K.NAVIGATION), ("2024年03月23日 10:25", K.DATELINE)]
    assert meta(head, BODY_ZH, tail=[("责任编辑：张华", K.BOILERPLATE)]).author is None


# -- A headline that names a day without its year ------------------------------------------

BODY_RO = [
    "Guvernul a aprobat joi majorarea alocațiilor de stat pentru copii cu aproximativ zece procente, începând cu data de 1 iulie. Decizia a fost luată în ședința de executiv.",
    "Potrivit ministrului Muncii, măsura va costa bugetul de stat peste un miliard de lei în acest an. De creștere vor beneficia aproape patru milioane de copii.",
]


@pytest.mark.parametrize(
    "headline, byline, dateline, body, date",
    [
        ("Bus fares go up on 1 July across the region", "By Jane Doe", "March 21, 2024, 10:15", BODY_EN, D(2024, 3, 21)),
        ("Guvernul majorează alocațiile pentru copii de la 1 iulie", "de Andrei Popescu", "21 martie 2024, 10:15", BODY_RO,
         D(2024, 3, 21)),
    ],
)
def test_a_headline_naming_a_day_is_the_headline_and_not_the_date(headline, byline, dateline, body, date):
    head = NAV + [("Home > News > Politics", K.NAVIGATION), (headline, K.NAVIGATION), (byline, K.NAVIGATION),
                  (dateline, K.DATELINE)]
    result = meta(head, body, reference=D(2024, 6, 30))
    assert (result.title, result.date) == (headline, date)


def test_a_yearless_date_after_a_byline_is_still_the_date():
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("Posted by Jane Doe on July 1", K.NAVIGATION)]
    assert meta(head, reference=D(2024, 6, 30)).date == D(2023, 7, 1)


BODY_CS = [
    "Pražský dopravní podnik od dubna zavede čtyři nové noční autobusové linky, které spojí centrum města s okrajovými sídlišti. Oznámil to ve středu náměstek primátora.",
    "Nové linky budou jezdit každých třicet minut od půlnoci do půl páté ráno. Podle dopravců jde o reakci na rostoucí počet cestujících, kteří se vracejí domů v noci.",
]


def test_a_first_name_in_the_stoplist_still_names_the_author():
    # The Czech stoplist holds "jan": the body never writes it in lower case.
    head = [("Zprávy", K.NAVIGATION), ("Praha zavede nové noční autobusové linky do okrajových čtvrtí", K.NAVIGATION),
            ("Jan Novák", K.NAVIGATION), ("20. března 2024 13:05", K.DATELINE)]
    assert meta(head, BODY_CS, language="Czech").author == "Jan Novák"


def test_a_heading_of_short_function_words_next_to_the_date_is_no_author():
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("The Big Picture", K.NAVIGATION),
                  ("May 18, 2025", K.DATELINE)]
    assert meta(head).author is None


# -- Two authors joined by the page's own "and" ----------------------------------------------

BODY_NL = [
    "De ministers van beide landen zijn dinsdag overeengekomen de regels voor de handel over hun grens te vereenvoudigen, zo meldden ambtenaren na het overleg.",
    "Het akkoord over de handel, dat na twee dagen overleg in de hoofdstad werd bereikt, moet nog door beide parlementen worden goedgekeurd.",
]
BODY_SV = [
    "Ministrarna i de två länderna kom på tisdagen överens om att förenkla reglerna för handeln över gränsen, uppger tjänstemän efter samtalen.",
    "Avtalet om handeln, som nåddes efter två dagars samtal i huvudstaden, måste fortfarande godkännas av båda parlamenten innan det gäller.",
]
BODY_RU = [
    "Министры двух стран во вторник договорились упростить правила торговли через общую границу, сообщили чиновники после переговоров.",
    "Соглашение о торговле, достигнутое после двух дней переговоров в столице, ещё должно быть одобрено парламентами обеих стран.",
]
BODY_TR = [
    "İki ülkenin bakanları salı günü ortak sınır üzerinden yapılan ticaretin kurallarını basitleştirmek için anlaştı, yetkililer görüşmelerin ardından açıkladı.",
    "Başkentte iki gün süren görüşmelerin ardından varılan ticaret anlaşmasının yürürlüğe girmesi için iki ülkenin meclislerinin de onayı gerekiyor.",
]


@pytest.mark.parametrize(
    "byline, body, language",
    [
        ("Door Pieter de Vries en Jan Jansen", BODY_NL, "Dutch"),
        ("Av Erik Johansson och Anna Lind", BODY_SV, "Swedish"),
        ("Иван Петров и Мария Сидорова", BODY_RU, "Russian"),
        ("Jan Novák a Petr Svoboda", BODY_CS, "Czech"),
        ("Ahmet Yılmaz ve Ayşe Demir", BODY_TR, "Turkish"),
        ("Andrei Popescu și Ioana Ionescu", BODY_RO, "Romanian"),
    ],
)
def test_two_authors_joined_by_the_languages_and(byline, body, language):
    head = NAV + [(body[0][:60].rsplit(" ", 1)[0], K.NAVIGATION), (byline, K.NAVIGATION), ("21.03.2024 10:15", K.DATELINE)]
    expected = byline.split(" ", 1)[1] if byline.split()[0] in ("Door", "Av") else byline
    assert meta(head, body, language=language).author == expected


def test_the_and_of_another_language_does_not_join_a_place_to_the_author():
    # "en" is "and" in Dutch, "in" in Spanish: "Madrid" is where she wrote.
    head = NAV + [("Los ministros acuerdan nuevas reglas para la frontera", K.NAVIGATION),
                  ("María García en Madrid", K.NAVIGATION), ("21.03.2024 10:15", K.DATELINE)]
    assert meta(head, BODY_ES, language="Spanish").author != "María García en Madrid"


@pytest.mark.parametrize(
    "byline, language, expected",
    [
        ("de Andrei Popescu", "Romanian", "Andrei Popescu"),
        ("De Andrei Popescu", "Romanian", "Andrei Popescu"),
        # A short Romanian page may be read as another language: "de" before a full
        # name, alone on its line by the date, is still the byline.
        ("de Andrei Popescu", "Italian", "Andrei Popescu"),
    ],
)
def test_a_byline_prefix_that_is_a_common_word_elsewhere(byline, language, expected):
    head = [("Știri", K.NAVIGATION), ("Guvernul majorează alocațiile pentru copii", K.NAVIGATION), (byline, K.NAVIGATION),
            ("21 martie 2024, 10:15", K.DATELINE)]
    assert meta(head, BODY_RO, language=language).author == expected


def test_de_before_a_place_is_no_byline_on_a_page_of_another_language():
    head = [("Portada", K.NAVIGATION), ("Los ministros acuerdan nuevas reglas para la frontera", K.NAVIGATION),
            ("De Nueva York a Madrid", K.NAVIGATION), ("21.03.2024 10:15", K.DATELINE)]
    assert meta(head, BODY_ES, language="Spanish").author is None


@pytest.mark.parametrize(
    "head, body, author",
    [
        ([("トップ", K.NAVIGATION), ("東京都、来年度から高校授業料を実質無償化へ", K.NAVIGATION), ("山田太郎", K.NAVIGATION),
          ("2024年3月22日 18時30分", K.DATELINE)], BODY_JA, "山田太郎"),
        ([("首页", K.NAVIGATION), ("北京地铁新增三条线路将于年底开通", K.NAVIGATION), ("2024年03月23日 10:25", K.DATELINE),
          ("李明", K.NAVIGATION)], BODY_ZH, "李明"),
        # Section labels: two characters on a Japanese page, a label the breadcrumb holds,
        # a Chinese label that starts with no surname.
        ([("トップ", K.NAVIGATION), ("東京都、来年度から高校授業料を実質無償化へ", K.NAVIGATION), ("政治", K.NAVIGATION),
          ("2024年3月22日 18時30分", K.DATELINE)], BODY_JA, None),
        ([("トップ > 国内 > 地域経済", K.NAVIGATION), ("東京都、来年度から高校授業料を実質無償化へ", K.NAVIGATION),
          ("地域経済", K.NAVIGATION), ("2024年3月22日 18時30分", K.DATELINE)], BODY_JA, None),
        ([("首页", K.NAVIGATION), ("北京地铁新增三条线路将于年底开通", K.NAVIGATION), ("国际", K.NAVIGATION),
          ("2024年03月23日 10:25", K.DATELINE)], BODY_ZH, None),
    ],
)
def test_a_chinese_or_japanese_name_alone_by_the_date(head, body, author):
    assert meta(head, body).author == author


BODY_PT = [
    "A produção brasileira de soja deve alcançar um novo recorde nesta safra, apesar das perdas provocadas pela seca no Sul, segundo estimativa divulgada nesta sexta-feira.",
    "O órgão prevê uma colheita de 155 milhões de toneladas, um aumento de três por cento em relação ao ciclo anterior, graças ao bom desempenho do Centro-Oeste.",
]


@pytest.mark.parametrize(
    "line, body, language, author",
    [
        ("Por João Silva, São Paulo", BODY_PT, "Portuguese", "João Silva"),
        ("By Jane Doe, New York", BODY_EN, "English", "Jane Doe"),
        ("By Jane Doe, The Washington Post", BODY_EN, "English", "Jane Doe"),
        ("By Jane Doe, CNN Business", BODY_EN, "English", "Jane Doe"),
        ("By Jane Doe, BBC News, London", BODY_EN, "English", "Jane Doe"),
        ("Por María García, Diario de Sevilla", BODY_ES, "Spanish", "María García"),
        # A second author stays, in capitals too.
        ("By Jane Doe, John Roe and Ann Lee", BODY_EN, "English", "Jane Doe, John Roe and Ann Lee"),
        ("By JANE DOE, JOHN ROE and ANN LEE", BODY_EN, "English", "JANE DOE, JOHN ROE and ANN LEE"),
    ],
)
def test_a_place_or_publication_of_two_words_after_the_author_is_no_second_author(line, body, language, author):
    assert meta(NAV + TITLE + [(line, K.NAVIGATION)], body, language=language).author == author


@pytest.mark.parametrize(
    "line, body, language, author",
    [
        ("Ein Kommentar von Anna Schmidt", BODY_DE, "German", "Anna Schmidt"),
        ("A commentary by Jane Doe", BODY_EN, "English", "Jane Doe"),
        ("Une chronique de Jean Dupont", BODY_FR, "French", "Jean Dupont"),
        ("Una columna de María García", BODY_ES, "Spanish", "María García"),
        ("Een column van Pieter de Vries", BODY_NL, "Dutch", "Pieter de Vries"),
        ("En krönika av Erik Johansson", BODY_SV, "Swedish", "Erik Johansson"),
        # Who wrote from where: "from our correspondent".
        ("De notre envoyé spécial Jean Dupont", BODY_FR, "French", "Jean Dupont"),
        ("De nuestro corresponsal María García", BODY_ES, "Spanish", "María García"),
        ("Von unserem Korrespondenten Jana Dorn", BODY_DE, "German", "Jana Dorn"),
        # Prefixes abbreviated with a full stop, the Turkish news item's label.
        ("Oprac. Katarzyna Nowak", BODY_EN, "Polish", "Katarzyna Nowak"),
        ("Haber: Ahmet Yılmaz", BODY_TR, "Turkish", "Ahmet Yılmaz"),
    ],
)
def test_the_kind_of_piece_before_its_byline(line, body, language, author):
    head = NAV + [(body[0][:60].rsplit(" ", 1)[0], K.NAVIGATION), (line, K.NAVIGATION), ("21.03.2024 10:15", K.DATELINE)]
    assert meta(head, body, language=language).author == author


def test_a_byline_between_two_copies_of_the_headline():
    # The page prints the headline over and under its byline and date; a link under
    # the second copy, by the read time, is no author.
    title = "Ministers agree on new trade rules for the border"
    head = NAV + [(title, K.NAVIGATION), ("Acme Connect Team", K.NAVIGATION), ("Acme Connect Team", K.NAVIGATION),
                  ("December 12, 2024", K.DATELINE), (title, K.NAVIGATION), ("4 minute read", K.READ_TIME),
                  ("[7]", K.CAPTION), ("Find Care", K.NAVIGATION), ("Search for a doctor or hospital.", K.TEASER)]
    assert meta(head).author == "Acme Connect Team"


def test_a_breadcrumb_between_two_copies_of_the_headline_is_no_author():
    title = "Ministers agree on new trade rules for the border"
    head = NAV + [(title, K.NAVIGATION), ("Home", K.NAVIGATION), ("Research and Innovation", K.NAVIGATION),
                  (title, K.NAVIGATION), ("Updated on 09/10/2025", K.DATELINE)]
    assert meta(head).author is None


@pytest.mark.parametrize(
    "line, body, language",
    [
        ("Festival du 12 au 14 avril 2024", BODY_FR, "French"),
        ("Messe vom 12. bis 14. März 2024", BODY_DE, "German"),
        ("Feria del 12 al 14 de abril de 2024", BODY_ES, "Spanish"),
        ("Conference, 12-14 April 2024", BODY_EN, "English"),
    ],
)
def test_an_event_s_days_in_the_header_are_not_the_article_s_date(line, body, language):
    head = NAV + [(body[0][:60].rsplit(" ", 1)[0], K.NAVIGATION), ("By Jane Doe", K.NAVIGATION), (line, K.NAVIGATION)]
    assert meta(head, body, language=language).date is None


@pytest.mark.parametrize(
    "headline, byline, dateline, body, language, date",
    [
        ("Landtagswahl am 12. Mai 2024: Was Wähler jetzt wissen müssen", "Von Jana Dorn", "03.03.2024, 10:00 Uhr", BODY_DE,
         "German", D(2024, 3, 3)),
        ("Election on May 12, 2024: what voters need to know", "By Jane Doe", "March 3, 2024", BODY_EN, "English",
         D(2024, 3, 3)),
        ("Élections du 9 juin 2024 : ce qu'il faut savoir avant le vote", "Par Jean Dupont", "3 mars 2024", BODY_FR,
         "French", D(2024, 3, 3)),
    ],
)
def test_a_headline_about_a_dated_day_is_the_headline_and_not_the_date(headline, byline, dateline, body, language, date):
    head = NAV + [("Home > News > Politics", K.NAVIGATION), (headline, K.NAVIGATION), (byline, K.NAVIGATION),
                  (dateline, K.DATELINE)]
    result = meta(head, body, language=language)
    assert (result.title, result.date) == (headline, date)


def test_two_full_names_alone_by_the_date():
    head = [("Home", K.NAVIGATION), ("De ministers zijn het eens over nieuwe handelsregels", K.NAVIGATION),
            ("Pieter de Vries en Jan Jansen", K.NAVIGATION), ("14 maart 2024", K.DATELINE)]
    assert meta(head, BODY_NL, language="Dutch").author == "Pieter de Vries en Jan Jansen"


def test_a_title_case_heading_joining_single_words_by_the_date_is_no_author():
    head = NAV + [("Ministers agree on new trade rules", K.NAVIGATION), ("Trade and Commerce Rules Change Fast", K.NAVIGATION),
                  ("May 18, 2025", K.DATELINE)]
    assert meta(head).author is None


@pytest.mark.parametrize("entry", ["Text Generation API", "Texto Editor PDF"])
def test_a_menu_entry_opening_with_a_label_noun_is_no_byline(entry):
    # "Text", "Texto" without a colon open a byline only before a full name.
    head = [("Home", K.NAVIGATION), ("Products", K.NAVIGATION), (entry, K.NAVIGATION), ("Pricing", K.NAVIGATION),
            ("Ministers agree on new trade rules for the border", K.NAVIGATION), ("May 18, 2025", K.DATELINE)]
    assert meta(head).author is None


def test_a_label_noun_before_a_full_name_is_still_a_byline():
    assert meta(NAV + TITLE + [("Text Jana Dorn", K.NAVIGATION)], BODY_DE, language="German").author == "Jana Dorn"


def test_a_date_line_of_two_glued_dates_is_neither_headline_nor_author():
    body = "\n\n".join(
        f"Der Verein hat am Wochenende das neue Vereinsheim eröffnet, und viele Mitglieder kamen zur Feier Nummer {i}."
        for i in range(4)
    )
    dump = f"Start\n\nBlog\n\nLaufen im Winter\n\nVeröffentlicht am 10. Februar 20199. Februar 2019 von Heiko Sauer\n\n{body}\n"
    article = q7x2clean.clean_text(dump)
    assert article.title == "Laufen im Winter"
    assert article.date is None and article.date_text == "10. Februar 2019"

"""The classifier: article region, cuts, head moves, boxes and labels."""

import pytest

from q7x2clean.article import BlockKind as K
from q7x2clean.classify import classify
from q7x2clean.segment import segment

P = [
    "The ministers of the two countries agreed on Tuesday to simplify the rules for trade across their border.",
    "The agreement, which was reached after two days of talks in the capital, still has to be approved.",
    "Officials said the new rules would come into force at the start of next year if parliament agrees.",
    "Critics of the deal warned that it would do little for the small firms that need it the most.",
]


def _kinds(text, language="English"):
    c = classify(segment(text), language)
    return [(b.block.text, b.kind) for b in c.blocks], c


def test_menus_before_and_footer_after_are_removed():
    text = "\n".join(["Home", "News", "Sport", "Weather", *P, "Privacy Policy", "Contact us", "© 2025 Example Media"])
    kinds, c = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body == P


def test_region_is_cut_at_comments_after_the_article():
    comments = ["3 Comments", "Jane on May 3, 2024 at 4:47 pm said:",
                "I really think that this is a very good agreement for all of us who trade across the border."]
    kinds, _ = _kinds("\n".join([*P, *comments]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)["3 Comments"] is K.COMMENTS


def test_a_related_box_inside_the_article_is_dropped_not_cut():
    box = ["Related posts", "Another story about something else", "A third story about other things"]
    kinds, _ = _kinds("\n".join([P[0], P[1], *box, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P


def test_head_moves_past_byline_and_date():
    head = ["Ministers agree on new trade rules", "By Jane Doe", "May 18, 2025"]
    kinds, c = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)["By Jane Doe"] is K.BYLINE


def test_second_copy_of_a_paragraph_is_dropped():
    kinds, _ = _kinds("\n".join([*P, P[1]]))
    body = [t for t, k in kinds if k.is_body]
    assert body == P


def test_a_comment_count_over_the_post_does_not_end_the_article():
    # A blog post's header links to its comments with their count ("5 Comments") right
    # above the post's long first paragraph: no thread starts there, the post does.
    blurb = ("This blog collects notes on trade, travel and the small businesses that live from both, written "
             "by a former customs officer who now runs a shop near the border and writes in the evenings.")
    blurb2 = ("Its archive goes back to the first years of the common market and is kept by volunteers who scan "
              "old leaflets, timetables and the letters that readers send in about their own crossings.")
    opening = " ".join(P[:3])
    text = "\n".join(["Home", "About", blurb, blurb2, "Posted by Jane Doe on May 3, 2024", "5 Comments", opening, P[3],
                      "Related posts", "Another story about something else", "A third story about other things"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert opening in body and P[3] in body


def test_a_gallery_of_dated_cards_inside_the_article_does_not_end_it():
    # A "news in pictures" strip between the article's paragraphs: each card a heading,
    # a date, a caption and a credit. The article resumes after its last card with
    # paragraphs in a row, which a list of story cards after the article never has.
    captions = [
        "Shoppers queue outside a bakery in the old town as the first snow of the winter falls on the market square.",
        "A ferry leaves the harbour at dawn while fishermen unload their catch on the pier beside the lighthouse.",
        "Children in costumes walk through the park during the autumn parade that closes the city festival.",
        "Farmers bring their cattle down from the summer pastures through the main street of the mountain village.",
        "A cyclist rides along the canal towpath under the bare trees while a barge passes slowly on the water.",
        "Volunteers sort donated coats and blankets in a church hall before the first cold night of the season.",
    ]
    background = [
        "The new rules replace a system of paper forms that traders on both sides of the border have complained about "
        "for years, saying that the queues at the crossings cost them hours every week and that the forms asked for "
        "the same details again and again.",
        "Under the agreement, goods worth less than a set amount will no longer need a declaration at all, and larger "
        "loads will be checked by a single officer from either country instead of two, a change the ministers said "
        "would halve the waiting times.",
    ]
    gallery = [line for n, caption in enumerate(captions)
               for line in ("News in pictures", f"{20 - n} October 2020", caption, "AP")]
    resumed = [
        "The minister told parliament that the rules would be reviewed every month, and that fines would only be used as a last resort.",
        "Opposition members asked how the new checks would be paid for, and whether local councils would be given more staff to run them.",
        "The bill is expected to pass its final reading next week, after a short debate that the government has promised to hold in public.",
    ]
    text = "\n".join(["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", "May 18, 2025",
                      *P, *background, *gallery, *resumed, "Related posts", "Another story about something else",
                      "A third story about other things"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert all(paragraph in body for paragraph in resumed)
    assert not any(caption in body for caption in captions)


def test_comment_thread_is_never_the_article():
    thread = ["Comments"] + [
        line
        for n in range(4)
        for line in (f"Reader{n} on May {n + 3}, 2024 at 4:47 pm said:",
                     "I think that this is a very long and thoughtful comment about the whole question of trade, "
                     "and I would like to add that there is much more to say about it than the article says.")
    ]
    kinds, c = _kinds("\n".join([P[0], P[1], *thread]))
    assert [t for t, k in kinds if k.is_body] == [P[0], P[1]]


def test_every_block_gets_a_kind_and_a_reason():
    _, c = _kinds("\n".join(["Home", *P, "Advertisement", "Share this"]))
    assert all(b.reason for b in c.blocks)
    assert {b.kind for b in c.blocks} >= {K.CONTENT}


def test_an_article_of_short_lines_under_its_header_is_kept():
    # A calendar: no prose at all, yet the article; the teaser after the tags is not.
    schedule = [f"Round {n}: {day} March at Circuit {name}" for n, day, name in
                [(1, 10, "North"), (2, 17, "South"), (3, 24, "East"), (4, 31, "West"), (5, 7, "Central")]]
    text = "\n".join(
        ["Home", "Racing", "Results", "Calendar",
         "Racing calendar for the new season", "Monday, 22 January 2018",
         *schedule,
         "Tags", "racing, calendar",
         "Click on the picture above and see how the drivers are ranked in this season of the championship."]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == schedule


def test_a_results_table_whose_rows_recur_further_down_is_kept_whole():
    # A meeting's results, no prose: each heat's rows, then the ranking over all heats,
    # which prints the teams' rows again. Rows first printed under the header and again
    # further down are the table's, not a menu printed twice.
    heats = [["Heat 1", "Team North  52,10 sec.", "Team South  53,40 sec."],
             ["Heat 2", "Team East  51,80 sec.", "Team West  54,90 sec."]]
    ranking = ["Ranking", "Team East  51,80 sec.", "Team North  52,10 sec.", "Team South  53,40 sec.",
               "Team West  54,90 sec."]
    results = [*heats[0], *heats[1], *ranking]
    text = "\n".join(
        ["Home", "Athletics", "Results", "Relay results of the spring meeting", "Monday, 14 May 2018",
         *results, "Tags", "athletics, relay",
         "Click on the picture above and see how the teams are ranked in this season of the championship."]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == results


def test_a_results_table_with_a_rule_under_each_head_is_kept_whole():
    # w3m and lynx print a rule under each table's head: the same line again and again
    # through the results, not a menu printed twice.
    rule = "━" * 40
    results = ["Heat 1", rule, "Team North  52,10 sec.", "Team South  53,40 sec.", "Heat 2", rule,
               "Team East  51,80 sec.", "Team West  54,90 sec.", "Heat 3", rule, "Team Central  55,20 sec.",
               "Team Harbour  56,70 sec."]
    text = "\n".join(
        ["Home", "Athletics", "Results", "Relay results of the spring meeting", "Monday, 14 May 2018",
         *results, "Tags", "athletics, relay",
         "Click on the picture above and see how the teams are ranked in this season of the championship."]
    )
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert all(row in body for row in results if row != rule)


def test_a_dialogue_of_three_short_lines_under_its_header_is_kept():
    # A blog post of three lines of dialogue, its share bar under it: the whole article.
    dialogue = ["\u201eI know I have had a drink and should not say it...\u201c", "\u201eThen do not say it\u201c",
                "\u201eOk.\u201c"]
    text = "\n".join(
        ["Example blog", "Doing nothing is an option too", "14 June 2013 at 20:51",
         *dialogue,
         "Share this:", "Twitter", "Facebook", "Related posts", "Another story about something else",
         "Follow us", "Twitter", "Facebook"]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == dialogue


def test_a_song_whose_chorus_is_printed_twice_is_kept_whole():
    # The chorus repeats a few lines on: the song's own repetition, not a menu printed again.
    verse = ["The river runs beneath the hill", "And all the town is sleeping still", "The lamps go out one by one"]
    chorus = ["Chorus", "Sing it low", "Sing it slow"]
    text = "\n".join(
        ["Example lyrics", "Home", "Artists", "The River Song by The Example Band", "Thursday, July 28, 2011",
         *verse, *chorus, *chorus,
         "Share this:", "Twitter", "Facebook", "Related posts", "Another song about something else",
         "Follow us", "Twitter", "Facebook"]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [*verse, *chorus, *chorus]


def test_a_signature_repeated_a_few_lines_on_does_not_cut_the_list_of_jokes():
    # The same reader signs two jokes in a row: printed again a few lines on, among the
    # jokes' short lines, it weighs like a line printed once, not like a menu printed twice.
    jokes = ["Knock knock!", "Who is there?", "Lettuce.", "Lettuce who?", "Lettuce in, it is cold!", "\u2014Milo, age 8",
             "Knock knock!!", "Who is there??", "Boo.", "Boo who?", "Do not cry!", "\u2014Milo, age 8"]
    intro = ("Our readers sent us their favourite jokes for kids, and we picked the ones that made the whole "
             "office laugh out loud during the long meeting on Friday afternoon.")
    outro = ("Do you know a better one? Send it to us and we may add it to the list the next time we update this "
             "page with the jokes our readers sent in over the summer holidays, with your name under it.")
    text = "\n".join(["Home", "Kids", "Fun", "Jokes for kids", intro, *jokes, outro, "Related posts",
                      "Riddles for kids", "\u00a9 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [intro, *jokes, outro]


def test_a_publication_line_under_the_headline_heads_an_article_of_short_lines():
    # "Posted on <date> by <name>" is too long for a date line; under the headline it
    # still marks the header of a post made of short lines.
    notes = ["Locations", "Anna: Japan.", "Walter: Germany.", "Film", "Colour negative 400.", "Cameras",
             "Anna: panorama camera.", "Walter: compact camera."]
    text = "\n".join(
        ["Example photo blog", "Home", "About", "Film swap with Anna and Walter, April 2018",
         "Posted on 11 April 2018 by Walter", *notes,
         "Share this:", "Twitter", "Facebook", "Related posts", "Another story about something else",
         "Follow us", "Twitter", "Facebook"]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == notes


def test_a_numbered_list_after_the_intro_is_kept_across_its_images_and_links():
    items = []
    for n, name in enumerate(["Star Cruiser building set", "Electric racing track", "Film trilogy box set",
                              "Classic game collection"], 1):
        items += [f"{n}) {name}", f"http://shop.example/{n}x", f"[{n}-300x300]"]
    text = "\n".join(["Home", "Deals", *P[:2], *items, "Privacy Policy", "Contact us"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body[:2] == P[:2]
    assert "Classic game collection" in body and "Privacy Policy" not in body


def test_the_author_box_after_the_article_is_cut_by_the_bylines_name():
    from q7x2clean.classify import cut_author_box

    # (A box naming the job, "Jane Doe is a reporter ...", goes in `classify` already.)
    bio = ["Jane Doe", "Jane Doe covers trade and the economy for the paper, from the capital."]
    header = ["Trade rules simplified after talks in the capital", "By Jane Doe"]
    c = classify(segment("\n".join([*header, *P, *bio])), "English")
    assert [b.block.text for b in c.blocks if b.kind.is_body][-1] == bio[-1]
    cut = cut_author_box(c, "Jane Doe")
    assert [b.block.text for b in cut.blocks if b.kind.is_body] == P
    assert all(b.kind is K.AUTHOR_BIO for b in cut.blocks[len(header) + len(P):])
    # Without a byline above the article, the name may be misread: nothing is cut.
    assert cut_author_box(classify(segment("\n".join([*P, *bio])), "English"), "Jane Doe").end > len(P)
    # A photo credit or a name early in the article is no author box.
    credit = classify(segment("\n".join([*header, P[0], P[1], "Jane Doe/Agency", P[2], P[3]])), "English")
    assert cut_author_box(credit, "Jane Doe") == credit
    early = classify(segment("\n".join([*header, "Jane Doe, the minister, spoke first at the meeting of the council.", *P, *bio])), "English")
    assert cut_author_box(early, "Jane Doe") == early


def test_a_comment_thread_longer_than_the_article_ends_it():
    # Commenters' names and relative times under "Top Rated Comments": the thread is
    # no box inside the article, however long it is.
    words = "the rules were simple enough before and I do not see why they had to be changed at all".split()
    thread = ["Top Rated Comments"]
    for n in range(8):
        comment = " ".join(words[n:] + words[:n]).capitalize() + ", and " + " ".join(words[::-1]) + "."
        thread += [f"Reader {chr(65 + n)}", f"{n + 2} days ago at 07:5{n} am", comment]
    kinds, c = _kinds("\n".join([*P, *thread]))
    assert [t for t, k in kinds if k.is_body] == P


def test_author_box_paragraph_in_the_region_is_dropped():
    bio = "Jane Doe is a senior correspondent at Example News, where she covers trade and the economy."
    kinds, _ = _kinds("\n".join([*P, bio]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[bio] is K.AUTHOR_BIO


def test_a_first_paragraph_naming_a_reporter_is_kept():
    lead = "Jane Doe is a reporter who was detained on Tuesday, and the ministers of the two countries said so."
    kinds, _ = _kinds("\n".join([lead, *P]))
    assert [t for t, k in kinds if k.is_body] == [lead, *P]


def test_the_standfirst_above_the_byline_is_kept():
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", standfirst, "By Jane Doe"]
    kinds, c = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]
    # The body still starts after the byline: the header is read from the lines before it.
    assert c.start == len(head)


def test_the_standfirst_after_a_teaser_paragraph_is_kept_alone():
    teaser = "Read our live coverage of the talks, with all the reactions from both capitals as they come in."
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", teaser, "Ministers agree on new trade rules", standfirst, "By Jane Doe"]
    more = [
        "Border officials on both sides said they had not yet seen the text but would study it closely in the coming weeks.",
        "Farmers, who send most of their produce across the border, said the change was long overdue and very welcome.",
        "The opposition said it would vote against the deal unless the government published an impact assessment first.",
    ]
    kinds, _ = _kinds("\n".join([*head, *P, *more]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P, *more]


def test_a_standfirst_of_two_paragraphs_above_the_byline_is_kept_whole():
    first = "The two countries will trade with fewer forms from next year, after two days of talks in the capital,"
    second = "and the deal still needs the approval of both parliaments before the end of the year."
    head = ["Home", "News", "Ministers agree on new trade rules", first, second, "By Jane Doe"]
    more = [
        "Border officials on both sides said they had not yet seen the text but would study it closely in the coming weeks.",
        "Farmers, who send most of their produce across the border, said the change was long overdue and very welcome.",
        "The opposition said it would vote against the deal unless the government published an impact assessment first.",
    ]
    kinds, c = _kinds("\n".join([*head, *P, *more]))
    assert [t for t, k in kinds if k.is_body] == [first, second, *P, *more]
    assert c.start == len(head)


def test_the_standfirst_above_a_byline_split_over_two_lines_is_kept():
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", standfirst, "By", "Example Times Politics Desk"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]
    assert dict(kinds)["By"] is K.BYLINE and dict(kinds)["Example Times Politics Desk"] is K.BYLINE


def test_the_standfirst_under_the_photo_and_its_button_is_kept():
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", "Updated May 18, 2025",
            "Show caption", "The ministers at the harbour. Photo: Jane Doe", standfirst, "Share", "Facebook", "Twitter",
            "Email", "Print"]
    # The byline and date printed again under the article: no article header to mark the lead.
    kinds, _ = _kinds("\n".join([*head, *P, "By Jane Doe", "Updated May 18, 2025"]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]


def test_the_standfirst_above_share_buttons_and_the_photo_is_kept():
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", standfirst, "Share", "Facebook", "Twitter",
            "Email", "Print", "[photo]", "The ministers in the capital. Photo: Jane Doe"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]


def test_the_standfirst_under_a_long_headline_printed_twice_is_kept():
    # A headline of 16 words or more, with no full stop, reads as prose; printed twice on
    # the page (in the breadcrumb, then above the standfirst) it is the headline.
    headline = "Ministers of the two neighbouring countries agree on new trade rules after two days of talks in the capital"
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", headline, "Politics", "Trade", headline, standfirst, "Jane Doe",
            "Thursday, 21 April 2022 21/04/2022", "Share", "Facebook"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]


def test_the_standfirst_under_a_headline_that_asks_and_over_an_agency_photo_is_kept():
    # The headline asks (a long line ending in "?" reads as prose); under the standfirst
    # the photo's title and caption, and its credit on a line of its own ("AFP").
    more = [p.replace("the", "their").replace("The", "Their") + " It was the second such meeting this year." for p in P]
    headline = "Trade talks: will the new rules between the two countries really help the small firms at the border?"
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Politics", "May 18, 2025", headline, standfirst, "Trade Ministers", "Fullscreen",
            "The ministers at the harbour after the talks", "AFP"]
    kinds, _ = _kinds("\n".join([*head, *P, *more]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P, *more]


def test_the_intro_above_a_table_of_contents_is_kept_when_the_region_grows_over_code():
    # The heaviest run ends at the first code listing (printed twice, it weighs against
    # the run) and holds one entry of the contents; the region then runs on over the
    # listings, and the headings of the whole region vouch for the contents.
    intro = "In this tutorial, I will explain how to change the size of the text elements of a plot in R."
    toc = ["Example Data", "Example 1: Size of All Text", "Example 2: Size of Axis Text", "Example 3: Size of Titles",
           "Further Resources"]

    def section(n, what):
        code = f"my_plot + theme({what} = element_text(size = {n}0))  # {what} size"
        return [toc[n], f"Example {n} shows how to change the size of the {what} of our plot, with the theme function "
                "and its element_text argument.", code, code, f"Figure {n}: The {what} in a larger size."]

    lines = ["Home", "Tutorials", "R Programming", "Python", "About", intro, "The tutorial consists of these parts:", *toc,
             "Let's do this:", "Example Data",
             "In the examples of this tutorial, I will use the following plot as basis. First, we create some data for "
             "the plot, and then we draw it with the ggplot2 package.",
             "As you can see in the figure above, our plot has a title, two axes with their labels, and a legend on the "
             "right side of the plot.",
             *section(1, "text"), *section(2, "axis.text"), *section(3, "title"),
             "Further Resources", "Have a look at the following video, in which I explain the examples of this tutorial "
             "in more detail and step by step.", "Privacy Policy", "Contact", "© 2025 Example Statistics"]
    kinds, _ = _kinds("\n".join(lines))
    assert [t for t, k in kinds if k.is_body][0] == intro


def test_a_live_ticker_with_scores_printed_cell_by_cell_is_kept_whole():
    # Each entry: the heat's row, its bare figures (time, score) on lines of their own,
    # the riders' rows, then the reporter's note. The bare figures are cells of the
    # scoreboard, not a share bar's counters.
    notes = [
        "Rain started to fall over the stadium just before the fourth heat, and the riders slowed down in the bends.",
        "The home team's captain made the best start of the evening and led from the first bend to the finish line.",
        "A fall in the second bend stopped the heat, and the referee excluded the visiting rider for the rerun of it.",
        "The visitors took both of the first two places, which brought them back within two points of the home team.",
    ]
    lines = ["Home", "Speedway", "Results", "Live"]
    for n, note in enumerate(notes, 1):
        lines += [f"Heat {n} 62.{n} sec.", f"{n * 6}", f"{n} : {6 - n}", f"{n * 6 - 2}",
                  f"Rider A{n} 3", f"Rider B{n} 2", f"Rider C{n} 1", f"Rider D{n} 0", note]
    kinds, _ = _kinds("\n".join([*lines, "Comments", "Privacy Policy", "© 2025 Example Sport"]))
    body = [t for t, k in kinds if k.is_body]
    assert all(note in body for note in notes)


def test_a_comparison_table_printed_cell_by_cell_is_kept_with_the_intro_above_it():
    # A test's results: the product's name, its price, a yes/no cell and its mark, each
    # on a line of its own. The recurring "yes" cells and the names are cells of the
    # table, not a menu: the marks ("1,7") are measures between them, and are kept.
    models = [("Alpha Carrier Plus", "370 €", "yes", "1,7"), ("Beta Seat Two", "350 €", "no", "2,1"),
              ("Gamma Safe Base", "300 €", "yes", "2,4"), ("Delta Fix Mini", "210 €", "no", "4,9"),
              ("Epsilon One", "189 €", "yes", "5,5")]
    cells = [cell for model in models for cell in model]
    head = ["Home", "Tests", "Cars", "Travel", "Contact"]
    kinds, _ = _kinds("\n".join([*head, P[0], "The results", *cells, P[1], P[2], P[3],
                                 "Privacy Policy", "© 2025 Example Club"]))
    body = [t for t, k in kinds if k.is_body]
    assert P[0] in body and all(cell in body for cell in cells)


@pytest.mark.parametrize("quote", ["„Weniger Formulare, mehr Handel“", "« Moins de formulaires, plus d'échanges »",
                                   '"Fewer forms, more trade"'])
def test_a_quote_right_above_the_first_paragraph_opens_the_article(quote):
    kinds, _ = _kinds("\n".join(["Home", "News", "Sport", "Weather", quote, *P, "Privacy Policy", "© 2025 Example Media"]))
    assert [t for t, k in kinds if k.is_body] == [quote, *P]


def test_a_labelled_field_right_above_the_first_paragraph_is_kept():
    # An event: its fields (label, then value) above the description.
    head = ["Home", "Events", "Archive", "Contact", "Begins:", "May 13, 2025 11:00", "Ends:", "May 13, 2025 18:00",
            "Address:", "12 Harbour Street, Example Town 02923"]
    kinds, _ = _kinds("\n".join([*head, *P, "Privacy Policy", "© 2025 Example Club"]))
    assert [t for t, k in kinds if k.is_body][:2] == ["Address:", "12 Harbour Street, Example Town 02923"]


def test_the_standfirst_above_the_date_line_is_kept_behind_a_long_header():
    # Headline, standfirst, byline and date; then a share bar, a subscription pitch and a
    # comment count, longer than the lead searches walk back from the body.
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", standfirst, "By Jane Doe", "May 18, 2025",
            "Share", "Facebook", "Twitter", "Email", "Print", "Subscribe now", "Unlimited access for 1 euro",
            "Cancel at any time", "[photo]", "Comments"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]


@pytest.mark.parametrize("dated", ["18.05.2025 14:32 von Jana Beispiel", "18.05.2025 - 14h32 par Jeanne Exemple"])
def test_the_standfirst_above_a_date_line_with_the_byline_is_kept_behind_a_long_header(dated):
    # The date, its time and the author's name on one line under the standfirst; then a
    # share bar, a subscription pitch and a comment count, longer than the lead searches
    # walk back from the body.
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", standfirst, dated,
            "Share", "Facebook", "Twitter", "Email", "Print", "Subscribe now", "Unlimited access for 1 euro",
            "Cancel at any time", "[photo]", "Comments"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]
    assert dict(kinds)[dated] is K.DATELINE


def test_a_paragraph_above_a_date_line_behind_a_related_box_stays_out():
    teaser = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", teaser, "May 18, 2025", "Related stories", "[photo]"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == P


STORY = "The ministers of the two countries agreed on Tuesday to simplify the rules for trade across their border, officials said."
PITCH = ("Example Media is an independent newsroom that has covered trade, politics and the economy since 1998, with "
         "reporters in the capital and in every region of the country, funded by the readers who support its work.")


def _short_story_body(header_widgets):
    """The body of a one-paragraph story under its header, the header's widgets between
    the date line and the paragraph, and a longer paragraph (a pitch) in the footer."""
    text = "\n".join(["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", "May 18, 2025",
                      *header_widgets, "[photo]", STORY,
                      "Most read", "Another story about something else", "A third story about other things", "Weather",
                      "Sport", "Who we are", PITCH, "Privacy Policy"])
    kinds, _ = _kinds(text)
    return [t for t, k in kinds if k.is_body]


def test_a_short_story_under_a_long_share_bar_keeps_the_header_bonus():
    # The first paragraph sits further under the date line than the header window, the
    # header's share bar and photo between; a longer paragraph in the footer must not win.
    share_bar = ["Share on Facebook", "Share on Twitter", "Share on LinkedIn", "Email", "Print"]
    assert _short_story_body(share_bar) == [STORY]


def test_a_short_article_under_its_header_beats_a_heavier_widget_further_down():
    # The article under its headline and byline, then menus and teasers, then a readers'
    # questions widget whose answers weigh more than the short article.
    menus = ("World Europe Africa Asia Americas Business Markets Economy Politics Elections Science Health "
             "Climate Technology Sport Football Tennis Cycling Culture Books Music Film Travel Food Style "
             "Opinion Letters Podcasts Video Weather").split()
    widget = [
        "Our readers asked how the new border checks will work for lorry drivers who cross every day, and whether the queues will get any shorter.",
        "A reader from the north wants to know if the small farm shops near the border will still be able to sell their cheese and milk abroad.",
        "Another reader asks whether the price of fuel at the stations near the border will go up or down once the new rules start next year.",
        "One reader wonders if students who study on the other side of the border will need a new card, and how long it will take to get one.",
        "A shop owner asks whether the forms he fills in for every parcel he sends will really go away, as the ministers promised on Tuesday.",
        "Several readers want to know if the new rules will be the same for people who drive across the border to work in the other country.",
    ]
    text = "\n".join(["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", *P, *menus,
                     "Your questions", *widget, "Privacy Policy"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == P


def test_a_short_story_under_a_subheading_below_the_header_keeps_the_header_bonus():
    # The header's furniture (share buttons, the photo), then the story's first
    # subheading right above its paragraph: the first paragraph is still the lead.
    text = "\n".join(["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", "May 18, 2025",
                      "Share on Facebook", "Share on Twitter", "[photo]", "A deal after two days", STORY,
                      "Most read", "Another story about something else", "A third story about other things", "Weather",
                      "Sport", "Who we are", PITCH, "Privacy Policy"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert STORY in body and PITCH not in body


def test_a_short_story_under_lynx_buttons_keeps_the_header_bonus():
    # lynx prints the header's widgets as "(BUTTON) Label" lines between the date line
    # and the first paragraph; a longer paragraph in the footer must not win.
    buttons = ["(BUTTON) Listen", "(BUTTON) Read later", "(BUTTON) Text size", "(BUTTON) Dark mode"]
    assert _short_story_body(buttons) == [STORY]

def test_a_list_without_bullets_under_a_label_after_a_paragraph_is_kept():
    # innerText prints a list's items one a line, without bullets: under a label that
    # follows a paragraph they are the article's list, not a menu splitting it.
    items = ["two floors", "pine wood", "metal mesh", "felt roof", "a ramp", "a drawer", "a door", "a lock"]
    text = "\n".join(["Home", "Shop", "Contact", P[0], P[1], "The details:", *items, P[2], P[3], "Privacy Policy"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [P[0], P[1], "The details:", *items, P[2], P[3]]


def test_the_first_rows_of_a_table_whose_later_rows_read_as_prose_are_kept():
    # A catalogue printed row by row: the first rows are short, the later ones have long
    # descriptions that read as prose, and the region started at the first of those.
    rows = [
        "1 Smith John Woodcut: a man felling a tree 1921",
        "1A Smith John Same motif without the remark 1921",
        "2 Brown Anna A woman plays the harp by the sea, with waves and gulls behind her. 1922",
        "3 Brown Anna A rider carries a banner with the motto of the town through the gate of the old castle, "
        "a crowd cheering on both sides of the road. 1923",
        "4 Green Mary An armchair stands before a desk with books and a violin on it. 1924",
        "5 Green Mary A ship sails into the harbour at night, the lighthouse and the moon over the waves, and "
        "the sailors wave to their families on the pier. 1925",
    ]
    text = "\n".join(["Home", "Catalogue", "Artists", "Contact", "No Owner Motif Year", *rows, "Privacy Policy"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body][:len(rows)] == rows


def test_a_footer_disclaimer_does_not_outweigh_a_recipe_of_short_steps():
    steps = ["Put all the ingredients in a bowl and knead them into a smooth dough with the hook.",
             "Roll it out on a floured surface and cut out any shapes you like.",
             "Preheat the oven to 200 °C.", "Line a baking tray with baking paper.",
             "Spread the biscuits on it and bake them for 15 minutes until golden."]
    footer = ["Disclaimer", "Despite careful checks we are not responsible for the content of external websites linked "
              "from this blog; their operators alone are responsible for the content of linked pages, and we accept no "
              "liability for it.", "Example Kitchen", "Proudly powered by a blog platform. Theme by someone."]
    text = "\n".join(["Example Kitchen", "Almond biscuits", "Method:", *steps, "Like this:", "Previous post", "Next post", *footer])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == steps


def test_a_share_bar_between_the_header_and_its_first_paragraph_does_not_end_the_article():
    # A long standfirst above the byline, the share bar, then the article's one paragraph.
    standfirst = ("After an election the news mostly name the winners, yet many more parties were admitted to the "
                  "ballot, and some of them won seats in parliament for the first time since the founding of the "
                  "republic decades ago, while others gathered no more than a few hundred votes in the whole of the "
                  "country on the day.")
    body = "Because there are so many, and many stand in only a few regions, we kept to the largest of them in this map."
    text = "\n".join(["Home", "Articles Topics Issues Maps Jobs", "Germany", "Number of parties admitted",
                      standfirst, "By Jane Doe", "Published on 26 October 2023", "Share this article", "Copy link",
                      body, "Subscribe to our newsletter", "Privacy Policy", "Contact us"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [standfirst, body]


def test_the_standfirst_under_the_headline_and_the_author_name_is_kept():
    standfirst = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", "Jane Doe", standfirst, "May 18, 2025",
            "Share on Facebook", "Share on Twitter", "Print"]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [standfirst, *P]


def test_the_rows_above_the_first_paragraph_are_kept():
    rows = ["Ingredients:", "300 g flour", "1 tsp baking powder", "100 g ground almonds", "200 g butter",
            "200 g sugar", "1 pinch of salt", "Method"]
    head = ["Home", "Recipes", "Almond biscuits", "May 18, 2025"]
    kinds, _ = _kinds("\n".join([*head, *rows, *P]))
    assert [t for t, k in kinds if k.is_body] == [*rows, *P]


def test_the_label_of_the_first_paragraph_is_kept():
    label = "Guiding principles:"
    head = ["Home", "Rulings", "Search", "Judgment of 12 May 2025", label]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [label, *P]


def test_the_deck_under_the_headline_is_kept():
    deck = "Both countries want fewer forms at the border from next year"
    head = ["Home", "News", "Ministers agree on new trade rules", deck]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [deck, *P]


def test_the_deck_under_the_share_bar_of_the_header_is_kept():
    deck = "Both countries want fewer forms at the border from next year"
    head = ["Home", "News", "Ministers agree on new trade rules", "By Jane Doe", "May 18, 2025", "Share",
            "Facebook", "Twitter", "Email", "Print", deck]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [deck, *P]


def test_the_deck_printed_over_and_under_the_photo_is_kept_once():
    deck = "Both countries want fewer forms at the border from next year"
    caption = "Lorries wait at the border post. Photo: Jane Smith/Reuters"
    head = ["Home", "News", "May 18, 2025", "Ministers agree on new trade rules", deck, caption, caption, deck]
    kinds, _ = _kinds("\n".join([*head, *P]))
    assert [t for t, k in kinds if k.is_body] == [deck, *P]


def test_a_tags_line_after_the_story_ends_the_region():
    after = "The museum around the corner will open its new wing to visitors at the end of the month."
    kinds, _ = _kinds("\n".join([*P, "Tags: trade, borders, ministers", after]))
    assert [t for t, k in kinds if k.is_body] == P


def test_teasers_that_open_with_a_glued_date_are_story_cards():
    cards = [
        "21.01.2022Only with the right gloves and socks is a ride in the winter a pleasure, say the testers.",
        "22.01.2022As soon as the temperature drops to freezing, the trousers of a rider are put to the test.",
        "18.01.2022Trail bikes offer the almost perfect balance of climbing and descending, and they are fun.",
    ]
    kinds, _ = _kinds("\n".join([*P, *cards]))
    assert all(dict(kinds)[card] is K.RELATED for card in cards)


def test_a_donation_appeal_after_the_article_is_cut_with_its_lead_in():
    appeal = ["Do you enjoy reading the articles on this site?", "Show your appreciation!", "via PayPal or bank transfer"]
    kinds, _ = _kinds("\n".join([*P, *appeal]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_list_item_about_donations_is_no_appeal():
    items = ["Donations: fans tip the streamer via PayPal or other services."]
    kinds, _ = _kinds("\n".join([*P, *items]))
    assert [t for t, k in kinds if k.is_body] == [*P, *items]


def test_a_url_slug_under_the_lead_is_no_second_headline():
    lead = "The two countries will trade with fewer forms from next year, after two days of talks in the capital."
    head = ["Home", "News", "Ministers agree on new trade rules", "By Jane Doe"]
    kinds, _ = _kinds("\n".join([*head, lead, "ministers-agree-on-new-trade-rules", *P]))
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == lead and body[-len(P):] == P


def test_a_caption_with_its_credit_inside_the_article_is_dropped():
    caption = "The ministers after the signing in the capital on Tuesday (Photo: Jane Doe/Example Agency)"
    kinds, _ = _kinds("\n".join([P[0], P[1], caption, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[caption] is K.CAPTION


@pytest.mark.parametrize("caption", [
    "The ministers after the signing in the capital Photo: Jane Doe",
    "Die Minister nach der Unterzeichnung in der Hauptstadt Foto: Jana Beispiel",
])
def test_a_caption_with_its_credit_glued_on_inside_the_article_is_dropped(caption):
    # The image's text and its credit printed on one line, no stop between.
    kinds, _ = _kinds("\n".join([P[0], P[1], caption, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[caption] is K.CAPTION


def test_a_headline_with_a_colon_before_a_phrase_is_no_glued_credit():
    headline = "Hardened Images: Security Independently Validated by Example Labs"
    kinds, _ = _kinds("\n".join([P[0], P[1], headline, P[2], P[3]]))
    assert dict(kinds)[headline] is not K.CAPTION


def test_a_date_with_its_time_of_day_is_a_date_line():
    lines = ["Publiziert: 03.04.2020, 12:35", "Aktualisiert: 11.04.2020, 10:27 Uhr"]
    kinds, _ = _kinds("\n".join([*P, *lines]), "German")
    assert [dict(kinds)[line] for line in lines] == [K.DATELINE, K.DATELINE]


def test_step_numbers_on_lines_of_their_own_do_not_split_the_article():
    intro = "This cake is easy to make, and the children will love it too."
    steps = [line for n, p in enumerate(P, 1) for line in (f"{n}.", p)]
    kinds, _ = _kinds("\n".join(["Home", "Recipes", intro, "Preparation", *steps]))
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == intro and body[-1] == P[-1]


def _guide_body(topics, lead_in, closing):
    """The body of a guide: its intro, a table of contents (`lead_in`, an entry a topic,
    `closing`), then a section a topic."""
    intro = ("The new agreement between the two countries covers many kinds of goods, and this "
             "guide explains what changes for each of them from the first day of next year.")
    contents = [*lead_in, *[f"Rules for {t}" for t in topics], *closing]
    sections = [line for t in topics for line in (
        f"Rules for {t}",
        f"The trade in {t} will need fewer forms at the border, and the checks on {t} will be done once a month.",
    )]
    kinds, _ = _kinds("\n".join(["Home", "Guides", intro, *contents, *sections]))
    body = [t for t, k in kinds if k.is_body]
    return body, intro, sections


def test_the_intro_above_a_long_table_of_contents_is_kept():
    topics = ["cheese", "steel", "grain", "wine", "cars", "timber", "fish", "wool", "salt", "glass",
              "paper", "tea", "coffee", "rice"]
    body, intro, sections = _guide_body(topics, ["Contents"], [])
    assert body[0] == intro and body[-1] == sections[-1]


def test_the_intro_above_a_table_of_contents_led_in_by_a_sentence_is_kept():
    topics = ["cheese", "steel", "grain", "wine", "cars", "timber"]
    body, intro, sections = _guide_body(topics, ["The guide has these parts:"], ["Let's start:"])
    assert body[0] == intro and body[-1] == sections[-1]


def test_the_intro_above_a_photo_gallery_is_kept():
    intro = ("The ministers of the two countries met at the harbour on Tuesday, where the new rules for trade "
             "across their border were signed after two days of talks that went on late into the night.")
    gallery = [line for n in range(1, 9) for line in (
        "Enlarge", f"Photo {n} of 8", f"The harbour on the day of the talks, view number {n} (Photo: Jane Doe)",
    )]
    more = [
        "Border officials on both sides said they had not yet seen the text but would study it closely in the coming weeks.",
        "Farmers, who send most of their produce across the border, said the change was long overdue and very welcome.",
    ]
    kinds, _ = _kinds("\n".join(["Home", "News", "Ministers sign the new trade rules", intro, *gallery, *P, *more]))
    assert [t for t, k in kinds if k.is_body] == [intro, *P, *more]


def test_an_archive_drop_down_on_one_line_is_no_paragraph():
    archive = "Archive of all the posts of the blog, by the month: " + " ".join(f"{m} 2019" for m in (
        "December", "November", "October", "September", "August", "July", "June", "May", "April", "March",
        "February", "January")) + "."
    kinds, _ = _kinds("\n".join([*P, archive]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[archive] is K.NAVIGATION


def test_a_newsletter_named_by_a_compound_is_a_newsletter_line():
    line = "Unser Example-Newsletter jeden Freitag"
    kinds, _ = _kinds("\n".join([P[0], P[1], line, P[2], P[3]]), "German")
    assert dict(kinds)[line] is K.NEWSLETTER


def test_bloggers_posted_by_line_is_a_byline():
    line = "Eingestellt von Jana um 21:11"
    kinds, _ = _kinds("\n".join([*P, line]), "German")
    assert dict(kinds)[line] is K.BYLINE


def test_a_long_box_of_headlines_inside_the_article_is_dropped_not_cut():
    # Kicker and headline pairs: seven stories, fifteen lines with the box heading.
    topics = ["storm", "election", "match", "trial", "strike", "summit", "flood"]
    box = ["Most read in world news"] + [
        line for topic in topics for line in (topic.upper(), f"Another headline about the {topic} of the day")
    ]
    kinds, _ = _kinds("\n".join([P[0], P[1], *box, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P


TAIL = [
    "The information on this website is not meant to replace the advice of a professional of any kind.",
    "All of the trademarks that are shown on this website are the property of their owners.",
]


def test_a_box_followed_by_another_section_is_the_pages_tail():
    box = ["Related posts", "Another story about something else", "A third story about other things",
           "Join our newsletter", "Facebook"]
    kinds, _ = _kinds("\n".join([*P, *box, *TAIL]))
    assert [t for t, k in kinds if k.is_body] == P


def test_prose_printed_twice_does_not_resume_the_article_after_a_box():
    teasers = [
        "A teaser of a story that the page shows twice, once in a list at the top and once here.",
        "Another teaser of a story that the page shows twice, in the same list at the top of it.",
    ]
    more = [
        "The talks had been planned for months and were twice put off because of disagreements over customs fees.",
        "Business groups on both sides welcomed the outcome and said that it would save their members money.",
        "The opposition said it would study the text closely before deciding whether to support the agreement.",
    ]
    cards = [
        "With the new release of last week we introduced two new products that replace the old ones, and in this "
        "post we explain what changes for the customers who use them and what they have to do before the end.",
        "Seating has arrived: we have been teasing this launch for months and the team is very proud of it, so "
        "here is a short tour of what it does, who it is for, and how you can try it out on your own site today.",
    ]
    page = [*teasers, "Menu", *P, *more, "Share this", "Jane Doe", *teasers, "You might also like",
            "Retiring the old products", *cards]
    kinds, _ = _kinds("\n".join(page))
    assert [t for t, k in kinds if k.is_body] == [*P, *more]


def test_teaser_headlines_after_a_related_heading_do_not_resume_the_article():
    # Two headlines that end in a question mark read as a pair of sentences; they are
    # shorter than the article's paragraphs, so the box is the page's tail.
    teasers = [
        "Is the new trade deal a turning point for the small exporters of the region?",
        "Border towns brace for a busy summer. Will the new rules help them at all?",
        "Why the farmers of the north are still waiting for their first subsidies",
    ]
    kinds, _ = _kinds("\n".join([*P, "More stories", *teasers, "Privacy Policy", "© 2025 Example Media"]))
    assert [t for t, k in kinds if k.is_body] == P


CARD_OFFERS = [
    "Earn up to 100,000 bonus points when you spend enough on the card in the first six months after you open it.",
    "Get more for your travels with five times the points on all flights and hotels that you book with the card.",
    "Enjoy access to more than a thousand airport lounges around the world when you travel with the card this year.",
    "Receive a statement credit every month for the streaming services and the food deliveries that you pay with it.",
    "Book a stay of two nights or more at one of the partner hotels and get a room upgrade and a late checkout as well.",
    "Add up to five additional cards for the members of your family at no extra cost in the first year of the card.",
    "Our team is there for you at any hour of the day, wherever you are, whether you have lost the card or need help.",
]


@pytest.mark.parametrize("question", ["Was this page helpful?", "War diese Seite hilfreich?", "Czy ta strona była pomocna?"])
def test_a_page_feedback_question_under_the_article_ends_it(question):
    # The author box under it runs on into the ads, past a short bio's length.
    bio = ["About Jane Doe", "Jane is a travel writer who has tested products on all seven continents for years."]
    kinds, _ = _kinds("\n".join([*P, question, "Yes No", *bio, *CARD_OFFERS]))
    assert [t for t, k in kinds if k.is_body] == P


def test_image_placeholders_do_not_make_a_box_inside_the_article_longer():
    topics = ["storm", "election", "match", "trial", "strike", "summit"]
    box = ["Most read in world news"] + [
        line for topic in topics for line in ("[gif]", topic.upper(), f"Another headline about the {topic} of the day")
    ]
    kinds, _ = _kinds("\n".join([P[0], P[1], *box, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_date_in_a_table_row_does_not_move_the_start_past_the_rows_before_it():
    rows = ["Round 1: 10 March – North Circuit", "Round 2: 8 April – City Circuit",
            "Round 3: 22 April – Lake Circuit", "Round 4: 9 September – Rome",
            "Round 5: 20 September – Valley Circuit", "Round 6: 5 October – Coast Circuit"]
    head = ["Calendar of the racing season", "Published on Monday, 22 January 2018"]
    note = ("Comments that are rude to other readers will not be approved, and neither will comments that have "
            "nothing to do with the story, so please keep to the subject and be kind to each other when you write.")
    kinds, _ = _kinds("\n".join([*head, *rows, "Tags", "motorsport, championship, drivers", note]))
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == rows[0]


def test_an_artwork_caption_in_the_article_is_a_caption():
    caption = "Jane Doe, The Lesson, 1911. Photogravure – 14.6 × 22.9 cm. Courtesy of the Example Gallery, New York."
    kinds, _ = _kinds("\n".join([P[0], P[1], caption, P[2], P[3]]))
    assert dict(kinds)[caption] is K.CAPTION


def test_a_carousel_caption_printed_twice_in_a_row_is_not_the_article():
    caption = ("Officials of the two countries shake hands at the border crossing on Tuesday, after two days of "
               "talks about customs fees, trade rules and the queues of lorries that wait there every morning, "
               "while drivers who had waited since dawn watched from their cabs and the police kept the road "
               "open for the buses that bring workers across the river to the factories on the other side.")
    cards = []
    for n in range(4):
        cards += [f"Watch: what the trade deal means for you, part {n + 1}", caption.replace("Tuesday", f"day {n + 1}")]
        cards.append(cards[-1])
    kinds, _ = _kinds("\n".join(["Home", "News", *cards, "Videos", "More videos", *P, "Privacy Policy"]))
    body = [t for t, k in kinds if k.is_body]
    assert body == P


def test_a_bio_among_the_last_paragraphs_ends_the_article():
    bio = [
        "Jane Doe is the marketing manager at Example Tools, where she writes about small firms and their trade.",
        "When she is not writing, she grows tomatoes in her garden and reads old detective novels at night.",
    ]
    kinds, _ = _kinds("\n".join(["Home", "News", *P, *MORE, *bio, "Privacy Policy"]))
    assert [t for t, k in kinds if k.is_body] == [*P, *MORE]


def test_a_director_named_early_in_the_article_is_kept():
    lead = "John Roe is the director of the national trade office, which drew up the rules over the last year."
    kinds, _ = _kinds("\n".join(["Home", "News", P[0], lead, *P[1:], *MORE, "Privacy Policy"]))
    assert lead in [t for t, k in kinds if k.is_body]


def test_the_credits_of_a_report_are_not_body():
    credits = "(Reporting by Jane Doe in Paris and John Roe in London; Editing by Mary Major and Richard Miles)"
    kinds, _ = _kinds("\n".join([*P, credits, *MORE]))
    assert dict(kinds)[credits] is K.FOOTER


def test_a_signup_box_naming_its_newsletter_ends_the_article():
    box = [
        "Subscribe to the Morning Brief newsletter",
        "Get the day's top stories from our reporters, picked by the editors and sent to you every morning before eight.",
        "By signing up, you agree to our privacy policy and to receiving our emails, which you can stop at any time.",
    ]
    kinds, _ = _kinds("\n".join(["Home", "News", *P, *box, "Privacy Policy"]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_shell_listing_with_comments_does_not_cut_the_article():
    listing = [
        "", "# Check the state of the tree", "git status", "",
        "# Stage the changed files", "git add notes.txt", "",
        "# Check the state again", "git status", "",
        "# Record the change", "git commit -m 'first note'", "",
        "# Look at the history", "git log --oneline", "git status", "",
        "# Send it to the server", "git push origin main", "git status", "",
    ]
    after = [
        "Each of these commands only reads or writes the repository on your own machine until the very last one.",
        "When you push, the server receives the new commits and checks that nobody else has changed the branch.",
    ]
    text = "\n\n".join([*P[:2], *P[2:]]) + "\n" + "\n".join(listing) + "\n" + "\n\n".join([*after, "Share this", "Facebook"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert all(line in body for line in after)


def test_labels_repeated_in_each_item_of_a_list_article_do_not_split_it():
    schools = {
        "North": "offers four undergraduate and nineteen graduate certificate programs online, most of them "
                 "in business, and lets its students finish a certificate in as little as four months.",
        "South": "has more than sixty online programs for working people, from nursing to data analytics, "
                 "and its advisers help each student to plan a schedule that fits around a full-time job.",
        "East": "stands out for its low tuition: a certificate costs less than a single semester elsewhere, "
                "and military families and veterans get a further discount on every course they take.",
        "West": "was among the first schools in the country to teach online, back in the nineties, and its "
                "teachers still answer every question on the course forums within a single working day.",
    }
    items = [
        line
        for name, text in schools.items()
        for line in (
            f"{name} University",
            "Why We Chose This School",
            f"{name} University {text}",
            "Know Before You Apply",
            "Online Enrollment",
            "Retention Rate",
        )
    ]
    kinds, _ = _kinds("\n".join(["Home", "Schools", "Rankings", *items, "Privacy Policy"]))
    body = [t for t, k in kinds if k.is_body]
    assert all(f"{name} University {text}" in body for name, text in schools.items())


MORE = [
    "The talks had been planned for months and were twice put off because of disagreements over customs fees.",
    "Business groups on both sides welcomed the outcome and said that it would save their members money.",
    "The opposition said it would study the text closely before deciding whether to support the agreement.",
]


def test_a_list_of_dated_cards_with_long_teasers_is_cut_at_its_first_card():
    teaser = ("The story of the day is told again here at length, with its main points, the names of the people "
              "involved, and what they said about it to the reporters who were there on the {} day of the week.")
    days = ["first", "second", "third", "fourth"]
    cards = [
        line
        for n, day in enumerate(days)
        for line in (f"A headline about the {day} story", f"Writer {day.title()}", f"Tuesday November {10 + n}, 2019",
                     teaser.format(day))
    ]
    article = [*P, *MORE]
    kinds, _ = _kinds("\n".join([*article, "The Daily Example", *cards]))
    assert [t for t, k in kinds if k.is_body] == article


def test_head_moves_past_a_timestamp_line_with_words_around_its_date():
    caption = ("Former envoy John Smith, left, speaks with reporters outside the ministry in the capital on "
               "Tuesday morning, after the first round of the talks with his counterparts had ended.")
    head = [caption, "Ministers agree on new trade rules",
            "Updated 10:01 pm PST, Tuesday, November 19, 2019"]
    kinds, _ = _kinds("\n".join(["Home", "News", *head, *P, *MORE]))
    assert [t for t, k in kinds if k.is_body] == [*P, *MORE]


def test_a_contact_box_inside_the_article_is_dropped_not_cut():
    # A call-to-action box between two parts of a guide: heading, pitch, sign-up field.
    box = ["Contact us today", "Let us earn your trust", "[                    ] Email", "Start Free Trial"]
    more = [
        "The talks had been planned for months and were twice put off because of disagreements over customs fees.",
        "Step 1: the rules",
        "Business groups on both sides welcomed the outcome and said that it would save their members money.",
        "The opposition said it would study the text closely before deciding whether to support the agreement.",
        "Step 2: the fees",
        "Under the new rules a lorry carrying goods across the border will need one declaration instead of four, "
        "and the fees that importers pay for each declaration will be cut by half from the first of January.",
        "Small firms, which often lack the staff to deal with the paperwork, are expected to gain the most, "
        "according to the ministry, which estimates the savings at several million a year across the region.",
    ]
    kinds, _ = _kinds("\n".join([*P, *box, *more]))
    body = [t for t, k in kinds if k.is_body]
    assert body == [*P, *more]
    # After the article, the same heading opens the site's footer.
    footer = ["Contact us", "Example Media, 1 Main Street, Springfield", "Careers", "Advertise"]
    kinds, _ = _kinds("\n".join([*P, *more, *footer]))
    assert [t for t, k in kinds if k.is_body] == [*P, *more]



TRADE = [
    "Under the new rules a lorry carrying goods across the border will need one declaration instead of four, "
    "and the fees that importers pay for each declaration will be cut by half from the first of January.",
    "Small firms, which often lack the staff to deal with the paperwork, are expected to gain the most, "
    "according to the ministry, which estimates the savings at several million a year across the region.",
    "Farmers' unions were more cautious: they fear that cheaper imports of grain and milk will push down "
    "the prices they get at home, and they asked for a review of the deal after its first two years.",
    "The customs agencies of both countries will share one computer system, which is to be tested in the "
    "spring at two crossings in the north before it is rolled out at every other post along the border.",
    "Economists said that the gains for the economy as a whole would be modest but real, since most of the "
    "trade between the two countries is already free of tariffs and only the paperwork is the problem.",
    "The next round of talks, on services and on the recognition of professional diplomas, is due to open "
    "in the autumn, and both delegations said they hoped to finish it well before the end of next year.",
]


def test_an_article_printed_twice_is_read_from_its_first_copy():
    # Each paragraph under a subheading: every line of the article is printed twice, so
    # all of them (the paragraphs between short lines too) weighed like a menu.
    paras = [*P, *TRADE]
    article = [line for n, para in enumerate(paras) for line in (f"Part {n + 1}", para)]
    page = ["Home", "Pricing", "Blog", *article, "Share this", "Table of Contents", *article, "Privacy Policy",
            "© 2025 Example"]
    kinds, _ = _kinds("\n".join(page))
    body = [t for t, k in kinds if k.is_body]
    assert not {"Home", "Pricing", "Blog", "Share this", "Table of Contents"} & set(body)
    assert [t for t in body if t in paras] == paras


def test_an_image_text_printed_twice_in_one_line_is_dropped_from_the_article():
    # w3m glues an image's alt text to its title; lynx puts a space between.
    for image in ("Border crossing at nightBorder crossing at night", "Border crossing at night Border crossing at night"):
        kinds, _ = _kinds("\n".join([P[0], P[1], image, P[2], P[3]]))
        assert [t for t, k in kinds if k.is_body] == P
        assert dict(kinds)[image] is K.CAPTION


def test_an_image_alt_text_over_its_caption_is_removed_with_the_caption():
    alt = "Officials were seen at the border crossing while the talks went on in the capital"
    lines = [P[0], P[1], alt, "6", alt + "Credit: Example Agency", P[2], P[3]]
    kinds, _ = _kinds("\n\n".join(lines))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[alt] is K.CAPTION



def test_a_line_printed_twice_in_itself_inside_the_article_is_removed():
    doubled = "Officials at the border crossing Officials at the border crossing"
    kinds, _ = _kinds("\n\n".join([P[0], P[1], doubled, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[doubled] is K.CAPTION


def test_a_japanese_article_of_short_paragraphs_outweighs_an_english_footer():
    paragraphs = [
        "今日は新しいソフトウェアの設定方法について説明します。とても簡単な手順です。",
        "まず最初にスタートメニューからプログラムを探して、右クリックしてください。",
        "次に表示されるメニューからプロパティを選んで、ショートカットの欄を開きます。",
        "ショートカットの欄を空欄にして、下の適用ボタンをクリックすれば完了です。",
        "最後にパソコンを再起動すると、元の操作性を取り戻すことができました。",
    ]
    footer = ("Example Media Ltd. is registered in England. All content on this website is provided for "
              "general information only and may change at any time.")
    lines = ["ホーム", "ニュース", *[x for n, p in enumerate(paragraphs) for x in (p, f"[photo_0{n}]")], "Privacy Policy", "Contact us", "Terms of use", footer]
    kinds, _ = _kinds("\n\n".join(lines))  # no stoplist for Japanese: the guess falls back
    assert [t for t, k in kinds if k.is_body] == paragraphs


def test_a_headline_in_capitals_between_paragraphs_is_a_link_to_another_story():
    link = "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER A LONG RUN"
    heading = "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT AT LAST?"
    kinds, _ = _kinds("\n".join([P[0], P[1], link, P[2], heading, P[3]]))
    assert [t for t, k in kinds if k.is_body] == [P[0], P[1], P[2], heading, P[3]]
    assert dict(kinds)[link] is K.RELATED


def test_a_rule_of_underscores_across_the_page_is_no_article_text():
    rule = "_" * 140
    kinds, _ = _kinds("\n\n".join([P[0], P[1], rule, P[2], "___", P[3]]))
    assert [t for t, k in kinds if k.is_body] == [P[0], P[1], P[2], "___", P[3]]


def test_image_text_and_its_caption_in_one_block_are_a_caption():
    # The alt text with the photo credit, then the caption under the image, in one block
    # (as segment joins the two hard-wrapped lines of a w3m dump).
    repeat = "The trade minister signs the agreement on the border crossing in the capital on Tuesday, after two days of talks with his neighbours."
    caption = "a man at a desk: " + repeat + "© Jane Doe"
    kinds, _ = _kinds("\n\n".join([P[0], P[1], caption + " " + repeat, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert [k for t, k in kinds if t.startswith("a man at a desk")] == [K.CAPTION]


def test_lynx_frame_mark_is_no_article_text():
    # lynx prints an embedded player as "IFRAME: <address>" between the paragraphs.
    frame = "IFRAME: https://embed.example.com/podcast/episode-12-what-was-it-like-at-the-finals"
    kinds, _ = _kinds("\n".join([P[0], P[1], frame, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[frame] is K.CAPTION


def test_lynx_head_links_line_is_navigation():
    # lynx's first line: the titles of the page head's <link> elements after a "#".
    head = (
        "   #Example News » Feed Example News » Comments Feed Example News » The ministers of the two countries"
        " have agreed on the new rules for the trade across their border Comments Feed alternate alternate"
    )
    kinds, _ = _kinds("\n\n".join([head, *("   " + p for p in P)]))
    assert [t for t, k in kinds if k.is_body] == P
    assert kinds[0][1] is K.NAVIGATION


def test_a_menu_glued_into_one_line_is_dropped_inside_the_article():
    menu = "Culture & SocietyDigital educationDigital historyEnergyEnvironmentHealth careIndustry of the FutureSoftware"
    kinds, _ = _kinds("\n".join([P[0], P[1], menu, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[menu] is K.NAVIGATION


def test_card_links_printing_their_headline_again_are_dropped():
    cards = [
        "[card-img][svg] Font Combinations and Their RulesFont Combinations and Their Rules",
        "Ten Tools for Designers in 2025Ten Tools for Designers in 2025 Ten Tools for Designers in 2025",
    ]
    kinds, _ = _kinds("\n".join([P[0], P[1], *cards, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_gallery_line_printed_again_and_again_is_dropped():
    alt = "Grey Sweater: the best restaurant in town"
    first, second = " ".join(P[:2]), " ".join(P[2:])
    kinds, _ = _kinds("\n".join([first, alt, alt, alt, second]))
    assert [t for t, k in kinds if k.is_body] == [first, second]
    twice = "The second part"
    kinds, _ = _kinds("\n".join([first, twice, twice, second]))
    assert twice in [t for t, k in kinds if k.is_body]


@pytest.mark.parametrize(
    "consent",
    [
        "By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails.",
        "[ ] Ich akzeptiere die Datenschutzerklärung und möchte den Newsletter erhalten.",
        "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den Newsletter zu erhalten.",
        "He leído y acepto la política de privacidad y quiero recibir el boletín semanal del periódico.",
        "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu otrzymywania informacji handlowych.",
    ],
)
def test_the_consent_line_of_a_signup_form_is_not_the_article(consent):
    """A sign-up form's data-protection consent runs as long as a sentence, in the
    article's language, after or inside the article: it goes, in any language."""
    kinds, _ = _kinds("\n".join([P[0], P[1], consent, P[2], P[3]]))
    assert [t for t, k in kinds if k.is_body] == P


def test_images_printed_twice_before_the_last_paragraph_do_not_cut_it_off():
    # An image's alt text and title, printed twice in one line: a sentence (the
    # description of a photo) weighs nothing against the article, where a story card's
    # headline printed twice weighs as a repeated line.
    body = [*P,
            "Farmers in the north hope that the lorries carrying their grain will no longer wait for days.",
            "Customs officers, for their part, fear that fewer checks will let more smuggled goods through.",
            "Both governments promised to review the scheme after its first year and to publish the results.",
            "Trade between the two neighbours has doubled over the past decade, according to official data.",
            "Business groups welcomed the news but asked for more details on how the paperwork will change."]
    photos = [f"Lorries waiting at border crossing number {i} near the river at dawn." for i in range(4)]
    last = "The vote is expected next month."
    lines = [*body, *(photo * 2 for photo in photos), last, "Privacy Policy", "Contact us"]
    kinds, _ = _kinds("\n".join(lines))
    assert [t for t, k in kinds if k.is_body] == [*body, last]


def test_a_long_line_of_the_same_few_words_is_no_paragraph():
    # A strip of logos' alt texts printed as one line: long enough for prose, but the
    # same few words over and over.
    states = ["North Carolina", "South Carolina", "Kansas City", "Western New York", "Rhode Island", "Vermont"]
    logos = "Toggle Menu " + " ".join(f"Blue Shield of {s} Blue Cross" for s in states * 3)
    kinds, _ = _kinds("\n".join(["Home", logos, "Keep Your Teeth Healthy", *P, "Contact us"]))
    assert dict(kinds)[logos] is K.NAVIGATION
    assert [t for t, k in kinds if k.is_body] == P


def test_an_end_of_article_marker_ends_the_region():
    # "End of Article" printed under the story: what follows (story cards with their
    # teasers) is not the article, in several languages.
    teasers = [
        "Eating well and still not losing weight? A doctor explains the real reason why this happens.",
        "Cast iron or stainless steel: which cookware is the healthiest one to cook with at home?",
    ]
    for marker in ("End of Article", "Ende des Artikels", "Fin de l’article"):
        kinds, _ = _kinds("\n".join([*P, marker, "Health", *teasers]))
        assert [t for t, k in kinds if k.is_body] == P, marker


def test_an_about_the_author_box_before_the_next_section_is_cut():
    # An "About ..." box heading ends the article when its own text is short: the
    # stories after the next end-of-article heading ("End of Article") are not the box's.
    body = [*P,
            "Farmers in the north hope that the lorries carrying their grain will no longer wait for days.",
            "Customs officers, for their part, fear that fewer checks will let more smuggled goods through.",
            "Both governments promised to review the scheme after its first year and to publish the results."]
    bio = "The Desk is a team of journalists who pick the stories that matter most to our readers."
    after = [
        "Eating well and still not losing weight? A doctor explains the real reason why this happens to many.",
        "Cast iron or stainless steel: which cookware is the healthiest one to cook with at home these days?",
        "Four simple habits can help your brain stay young for longer, according to a new study from Boston.",
        "What is the blue mind theory and how can you use it to feel calmer during a busy working week?",
        "Raw or cooked spinach: which one actually gives your body the iron it needs, according to experts?",
        "Milk, black or green tea: which one is better for daily drinking, and which is better for health?",
        "Doctors explain how belly fat is linked to a fatty liver and to diabetes, and what you can do now.",
        "Five easy ways to add peanut butter to your breakfast without adding too many calories to the day.",
        "Eight kinds of winter sweets that keep you warm, and the spices that make each of them so good.",
    ]
    kinds, _ = _kinds("\n".join([*body, "About the Desk", bio, "End of Article", *after]))
    assert [t for t, k in kinds if k.is_body] == body


def test_a_short_intro_above_a_table_of_contents_with_sentence_entries_is_kept():
    # The entries repeat the article's headings, one of which reads as a short sentence;
    # the intro is one short paragraph.
    intro = "This year I tried to buy less. Did it work, and what did I learn from it?"
    heads = ["What went well", "What did not go so well:", "What I learned", "My plans for next year"]
    sections = [line for h, p in zip(heads, P) for line in (h, p)]
    kinds, _ = _kinds("\n".join(["Home", "Blog", "About", intro, "Contents", *heads, *sections]))
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == intro and body[-1] == P[-1]


def test_a_short_opening_sentence_under_the_byline_is_kept():
    # The headline and the byline are printed again in a box under the article.
    opener = "We have all been there!"
    head = ["Why the border rules will change next year", "By Jane Doe"]
    text = "\n".join(["Home", "News", "Sport", *head, opener, *P, "Read more", *head])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body == [opener, *P]


def test_a_list_of_products_with_their_links_is_kept_whole():
    items = []
    for n, name in enumerate(["Lego Star Wars 75188 Bomber", "Ghostbusters Collection 1-2 (Steelbook) (2 Blu-Ray)",
                              "Roger Waters - The Wall (DVD)", "Polaroid 600 Camera 80s Style",
                              "Indiana Jones Collection 1-4 (Steelbook) (5 Blu-Ray)"], 1):
        items += [f"{n}) {name}", f"http://amzn.to/2iJF{n}Rj", f"[{n}-300x300]"]
    kinds, _ = _kinds("\n".join(["Home", "News", "Shop", *P, *items, "Leave a comment", "Privacy Policy"]))
    body = [t for t, k in kinds if k.is_body]
    links = [line for line in items if line.startswith("http")]
    assert body[: len(P)] == P and len(body) == len(P) + 10 and set(links) < set(body)


def test_the_first_of_articles_printed_one_after_another_is_the_pages():
    # An infinite scroll: the page's article, then the next ones, each closed by its
    # tags line and a few cards; a later article is longer than the page's own.
    second = [
        "The city council voted on Monday evening to close the old swimming pool at the end of the summer.",
        "The building, which opened more than sixty years ago, needs repairs that the city cannot pay for.",
        "Parents and swimming clubs said that the children of the district would have nowhere left to train.",
        "The mayor promised that a new pool would be built near the station within the next five years.",
        "Until then the schools of the district will take their pupils to the pool of the next town by bus.",
    ]
    third = [
        f"In {place}, the farmers of the valley say that {crop} had a very dry year and brought in {share} less."
        for place in ("the north", "the south", "the east", "the west")
        for crop, share in (("the wheat", "a third"), ("the barley", "a half"), ("the maize", "a quarter"))
    ]

    first = [*P, "Both governments expect the volume of trade between them to grow by a tenth within two years."]

    def story(headline, paragraphs, closed=True):
        tail = ["Tags:", "trade politics", "Read also", "Another story about something", "A third story about other things"]
        return [headline, "May 18, 2025", *paragraphs, *(tail if closed else [])]

    text = "\n".join(
        ["Home", "News", "Sport", *story("Ministers agree on new trade rules", first),
         *story("Council closes the old pool", second), *story("A dry year in the valley", third, closed=False)]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == first


def test_a_long_list_of_categories_with_their_counts_is_no_article():
    # A blog's labels widget ("Name (count)" on each line) reads as table rows; a long
    # one must not outweigh a poem of short lines under its header.
    poem = ["The river runs along the town", "and slowly carries leaves away", "the bridge stands old and grey",
            "the children throw their stones", "and wait for summer days"]
    labels = [f"Singer number {chr(65 + n % 26)}{n // 26} ({n % 9 + 1})" for n in range(400)]
    text = "\n".join(
        ["Example blog", "A song about the river", "14 June 2013 at 20:51", *poem,
         "Share this:", "Twitter", "Facebook", "Labels", *labels, "Follow us", "Twitter"]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == poem


def test_comments_headed_by_a_name_and_a_time_of_day_end_the_article():
    # "Name June 28, 2015 at 10:25 pm" over each comment, no "said:": a thread longer
    # than the article is still no part of it.
    words = "the rules were simple enough before and I do not see why they had to be changed at all".split()
    thread = ["Previous Comments"]
    for n in range(8):
        comment = " ".join(words[n:] + words[:n]).capitalize() + ", and " + " ".join(words[::-1]) + "."
        thread += [f"Reader{chr(65 + n)} June {n + 2}, 2015 at 10:2{n} pm", comment]
    kinds, c = _kinds("\n".join([*P, *thread]))
    assert [t for t, k in kinds if k.is_body] == P


def test_card_headlines_printed_again_after_their_counts_are_no_article():
    # A list of deal cards: each headline, then its number of votes and the headline
    # again. Long headlines read as sentences; the cards must not outweigh the article.
    cards = [
        "Cinema vouchers for the whole family at half the price, in all the cities of the country this week.",
        "A free current account with a bonus of one hundred euros for everyone who opens one before May.",
        "Thirty-five per cent off more than eight thousand pieces of furniture, mattresses and wardrobes.",
        "Four months of a music streaming service for free, then ten euros a month, cancel at any time.",
        "A mobile phone plan with four gigabytes of data for eight euros a month and a bonus of fifty euros.",
        "The latest tablet for half its price at an online shop, while stocks last, with free delivery.",
    ]
    text = "\n".join(
        ["Home", "Deals", *P, "Share", "Top deals",
         *[line for n, card in enumerate(cards) for line in (card, f"{(n + 3) * 157} {card}")], "Imprint"]
    )
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == P


def test_a_closing_line_after_the_last_paragraph_is_kept():
    closing = "That is all for today, see you all again next week 😉"
    text = "\n".join(["Home", "News", "Sport", *P, closing, "Post views: 1,432", "Share:", "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [*P, closing]


def test_a_headline_after_the_last_paragraph_is_no_closing_line():
    link = "How to listen to the weekly podcast of the trade desk"
    text = "\n".join(["Home", "News", "Sport", *P, link, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == P


def test_a_list_introduced_by_a_colon_after_the_last_paragraph_is_kept():
    items = ["The University of Northfield", "Southport College of Arts", "The Technical School of Eastbury", "Westmoor Academy"]
    text = "\n".join(["Home", "News", "Sport", *P, "Schools affected:", *items, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [*P, "Schools affected:", *items]


def test_a_list_after_a_colon_that_repeats_the_articles_subheadings_is_kept():
    # The list sums up the article: its first item is a subheading printed above.
    items = ["Trade rules across the border", "Small firms and their costs", "The vote in parliament", "What comes next year"]
    text = "\n".join(["Home", "News", "Sport", P[0], P[1], items[0], P[2], P[3], "What the agreement covers:", *items,
                      "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body[-5:] == ["What the agreement covers:", *items]


def test_a_summary_list_under_a_sentence_ending_in_a_colon_is_kept():
    # innerText prints no bullets: the article's closing list, announced by its last
    # paragraph, reads as short lines; contacts under such a sentence are no phrases.
    items = ["The new rules cut the time spent at the border", "Small firms save the most on their costs",
             "Parliament has to approve the deal this year", "Critics want more help for the farmers"]
    lead = "There is a lot in the agreement, so here are the main points of it for you:"
    text = "\n".join(["Home", "News", "Sport", *P, lead, *items, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == [*P, lead, *items]
    contacts = ["Example Media Ltd", "+44 20 7946 0000", "press@example.com", "Mon-Fri 9:00-17:00"]
    text = "\n".join(["Home", "News", "Sport", *P, lead, *contacts, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert not set(contacts) & {t for t, k in kinds if k.is_body}


def test_the_authors_sign_off_under_the_last_paragraph_is_kept():
    header = ["My week in the garden", "By Annabel Greenfield, 3 May 2024"]
    sign_off = ["Have a lovely Sunday everyone <3", "x Anna"]
    text = "\n".join(["Home", "Blog", "Shop", *header, *P, *sign_off, "Share this post", "Pinterest", "© 2025 Example Blog"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body][-2:] == sign_off


def test_a_name_after_the_last_paragraph_without_a_sign_off_stays_out():
    header = ["My week in the garden", "By Annabel Greenfield, 3 May 2024"]
    text = "\n".join(["Home", "Blog", "Shop", *header, *P, "Blog", "Annabel Greenfield", "© 2025 Example Blog"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == P


def test_short_lines_after_the_last_paragraph_without_a_label_stay_out():
    items = ["The University of Northfield", "Southport College of Arts", "The Technical School of Eastbury", "Westmoor Academy"]
    text = "\n".join(["Home", "News", "Sport", *P, *items, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    assert [t for t, k in kinds if k.is_body] == P


def test_a_recipe_card_after_the_post_is_kept():
    steps = [
        "Dice the carrots and the onion and fry them gently in a little oil.",
        "Add the stock and simmer for twenty minutes, then blend until smooth.",
    ]
    card = ["Carrot Soup", "Print", "Servings", "4", "Ingredients", "2 carrots, diced", "1 onion", "500 ml vegetable stock", "Directions", *steps]
    text = "\n".join(["Home", "News", "Sport", *P, *card, "Related posts", "Pea Soup", "Leek Pie", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(P)] == P and body[-2:] == steps
    assert "Pea Soup" not in body


# A recipe page whose heaviest run is its steps: the card above them (intro, times,
# servings, ingredients) is the recipe too.
_RECIPE_CARDS = [
    (
        "English",
        ["Home", "Recipes", "Cakes", "Lemon Cake"],
        "This lemon cake is quick to make and stays moist for days, and you can use oranges or limes instead"
        " of the lemons if you have them at home.",
        ["Simple Lemon Cake", "[photo]", "Print", "Preparation", "15 mins", "Baking", "40 – 45 mins", "Servings: 8",
         "Ingredients", "200 g flour", "150 g sugar", "3 eggs", "2 lemons", "Preparation"],
        [
            "Beat the eggs with the sugar until the mixture is pale and thick, which takes about five minutes.",
            "Grate the zest of the lemons into the bowl and squeeze in their juice, then fold in the flour.",
            "Pour the batter into a buttered tin and bake it in the oven at 180 degrees for forty minutes.",
            "Let the cake cool in the tin for a while before you turn it out and dust it with a little sugar.",
        ],
    ),
    (
        "German",
        ["Startseite", "Rezepte", "Kuchen", "Zitronenkuchen"],
        "Dieser Zitronenkuchen ist schnell gemacht und bleibt tagelang saftig, und statt der Zitronen kann man"
        " auch Orangen oder Limetten nehmen, wenn man sie im Haus hat.",
        ["Einfacher Zitronenkuchen", "[Foto]", "Drucken", "Zubereitung", "15 Min", "Backzeit", "40 – 45 Min", "Portionen: 8",
         "Zutaten", "200 g Mehl", "150 g Zucker", "3 Eier", "2 Zitronen", "Zubereitung"],
        [
            "Die Eier mit dem Zucker schaumig schlagen, bis die Masse hell und dick ist, das dauert etwa fünf Minuten.",
            "Die Schale der Zitronen in die Schüssel reiben und den Saft dazugeben, dann das Mehl unterheben.",
            "Den Teig in eine gefettete Form füllen und im Ofen bei 180 Grad etwa vierzig Minuten lang backen.",
            "Den Kuchen in der Form etwas abkühlen lassen, dann stürzen und mit ein wenig Zucker bestäuben.",
        ],
    ),
]


@pytest.mark.parametrize("language,menu,intro,card,steps", _RECIPE_CARDS, ids=[c[0] for c in _RECIPE_CARDS])
def test_a_recipe_card_above_its_steps_is_kept(language, menu, intro, card, steps):
    text = "\n".join([*menu, intro, *card, *steps, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text, language)
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == intro and body[-len(steps):] == steps
    assert card[4] in body and card[9] in body
    assert menu[1] not in body


# A recipe page: the card (ingredients, then steps between their numbers and photos),
# then tags, related recipes, a newsletter box and a long blurb about the dish in the foot.
_RECIPE_PAGES = [
    (
        "English",
        ["Ingredients", "[ ] pumpkin", "400 g", "[ ] onion", "1 piece", "[ ] flour", "500 g", "Preparation step by step"],
        "Step",
        [
            "Make a smooth dough from the flour, water, salt and egg, and leave it to rest in the fridge.",
            "Dice the pumpkin finely and chop the onion and the garlic.",
            "Fry the onion, the garlic and the pumpkin in a pan until soft, then season them well.",
            "Roll out the dough thinly, cut out circles and fill them with the pumpkin before you seal them.",
        ],
        ["Tags: dumplings, pumpkin", "Related recipes", "Pea soup", "Leek pie", "Newsletter", "Sign up"],
        "Dumplings are a classic dish of many kitchens, and similar dishes can be found in other regions of the"
        " world as well, where they are filled with meat, cheese, vegetables or fruit and served with all kinds of"
        " sauces. They take some time to make, but the work is worth it, and they can be frozen for later when you"
        " make more of them than you need. A pumpkin filling is a good choice in the autumn, when pumpkins are"
        " cheap and full of flavour, and it goes well with butter and sage. The dough is simple to make from flour,"
        " water and an egg, and the filling can be made the day before. This is a really tasty dish, try it!",
    ),
    (
        "Polish",
        ["Składniki", "[ ] dynia", "400 gramów", "[ ] cebula", "1 sztuka", "[ ] mąka", "500 gramów",
         "Przygotowanie krok po kroku"],
        "Krok",
        [
            "Z mąki, wody, soli i jajka zrób gładkie ciasto i odstaw je na pół godziny do lodówki.",
            "Dynię pokrój w drobną kostkę, a cebulę i czosnek drobno posiekaj.",
            "Na patelni podsmaż cebulę, czosnek i dynię, aż zmiękną, a potem dobrze je dopraw.",
            "Rozwałkuj cienko ciasto, wytnij z niego krążki i nałóż na nie farsz, a potem sklej pierogi.",
        ],
        ["Tagi: pierogi, dynia", "Podobne przepisy", "Zupa z groszku", "Tarta z porem", "Newsletter", "Zapisz się"],
        "Pierogi to klasyczne danie nie tylko kuchni polskiej, bo podobne potrawy można zjeść także w innych"
        " regionach świata, gdzie nadziewa się je mięsem, serem, warzywami albo owocami i podaje z różnymi sosami."
        " Ich przygotowanie wymaga trochę czasu, ale warto się postarać, a nadmiar można zamrozić na później. Farsz"
        " z dyni to dobry wybór jesienią, kiedy dynie są tanie i pełne smaku, i świetnie pasuje do masła z szałwią."
        " Ciasto robi się łatwo z mąki, wody i jajka, a farsz można przygotować dzień wcześniej. To naprawdę pyszne"
        " danie, spróbuj sam i przekonaj się, jak smakuje!",
    ),
]


@pytest.mark.parametrize("language,card,step,steps,sections,blurb", _RECIPE_PAGES, ids=[p[0] for p in _RECIPE_PAGES])
def test_a_recipe_card_outweighed_by_a_blurb_in_the_foot_is_the_article(language, card, step, steps, sections, blurb):
    numbered = [line for k, s in enumerate(steps, 1) for line in (f"{step} {k}", s, f"Pumpkin dumplings - {step} {k}")]
    text = "\n".join(["Home", "Recipes", "Pumpkin dumplings", *card, *numbered, *sections, blurb, "© 2025 Example Media"])
    kinds, _ = _kinds(text, language)
    body = [t for t, k in kinds if k.is_body]
    assert card[0] in body and card[-1] in body and all(s in body for s in steps)
    assert blurb not in body and "Pea soup" not in body


def test_an_article_after_a_recipe_of_the_day_stays_the_article():
    _, card, step, steps, sections, _ = _RECIPE_PAGES[0]
    numbered = [line for k, s in enumerate(steps, 1) for line in (f"{step} {k}", s, f"Pumpkin dumplings - {step} {k}")]
    text = "\n".join(["Home", "Recipe of the day", *card, *numbered, *sections, "Trade rules to be simplified", *P, "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body == P


def test_a_photo_credit_without_a_year_does_not_cut_off_the_last_paragraph():
    last = "The book is published by Example Press and costs 14.90 euros."
    text = "\n".join(["Home", "News", "Sport", *P, "Book cover", "© Example Press", last, "Privacy Policy", "© 2025 Example Media"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(P)] == P and body[-1] == last
    assert "© Example Press" not in body


# Synthetic pages in several languages: a "read also:" label alone on its line, over the
# headline of another story, between two paragraphs.
_BARE_LABELS = [
    ("English", "Also read:", "Bus drivers to strike next week: what commuters need to know"),
    ("English", "Related:", "Bus drivers to strike next week: what commuters need to know"),
    ("Dutch", "Lees ook:", "Wegwerkzaamheden in de zomer: dit zijn de belangrijkste afsluitingen"),
    ("Polish", "Czytaj także:", "Dopłaty do czynszu: kto może dostać pieniądze i jak złożyć wniosek"),
    ("Portuguese", "Leia também:", "Professores: o que muda no concurso de colocações deste ano"),
]


@pytest.mark.parametrize("language,label,teaser", _BARE_LABELS)
def test_a_read_also_label_alone_on_its_line_heads_the_box_below(language, label, teaser):
    kinds, _ = _kinds("\n".join([P[0], P[1], label, teaser, P[2], P[3]]), language)
    assert [t for t, k in kinds if k.is_body] == P
    assert dict(kinds)[label] is K.RELATED


LISTING = [
    "The quickest way to see how a language stores its numbers is to look at them from the inside, and a few lines of"
    " code are enough for it. Here is a short session that prints the powers of two and times how long each one takes"
    " to compute, which tells more than any page of the manual could ever tell you about them.",
    "import timeit",
    "def power(base, exp):",
    "    return timeit.timeit(lambda: base ** exp, number=1000)",
    "print(power(2, 10)); print(2 ** 10)",
    "> 2 ** 10",
    "1024",
    "> 2 ** 20",
    "1048576",
    "> 1024 // 1",
    "1024",
    "Note that the timings depend on the machine, so run the session a few times before you compare them.",
    "Posted by Jane Doe",
    "Tags: Python, Numbers",
    "Leave a comment",
]
NOTE = LISTING.index("Note that the timings depend on the machine, so run the session a few times before you compare them.")


def test_a_paragraph_after_a_code_listing_and_its_output_is_kept():
    kinds, _ = _kinds("\n\n".join(["Home", "Blog", "Looking at numbers from the inside", *LISTING, "© 2025 Example Blog"]))
    body = [t for t, k in kinds if k.is_body]
    assert LISTING[NOTE] in body
    assert "Leave a comment" not in body


def test_a_menu_after_a_code_listing_does_not_extend_the_article():
    tail = ["Home", "Blog", "About", "Contact", "Archive", "Home", "Blog", "About", "Contact", "Archive"]
    kinds, _ = _kinds("\n\n".join([*LISTING[:NOTE], *tail, LISTING[NOTE]]))
    body = [t for t, k in kinds if k.is_body]
    assert LISTING[NOTE] not in body


def test_a_paragraph_after_a_shop_box_is_kept_and_the_box_dropped():
    box = ["Affiliate link", "Acme - Trail Runner - Blue", "Acme", "Acme - Trail Runner - Blue", "89,95 €", "Buy now",
           "Affiliate link", "Bolt - Road Racer - Red", "Bolt", "Bolt - Road Racer - Red", "119,00 €", "Buy now"]
    after = [
        "A thicker sole also makes the legs look longer",
        "After years of chunky shoes the trend is going back to a simple look, but one that still stands out: the sole is"
        " thick, the upper is plain and the colours are quiet, which makes the shoes easy to wear with almost anything."
        " Most brands now sell at least one such model, and the cheaper ones are often just as comfortable as the rest.",
    ]
    before = [
        "Whether with a light blazer or a red summer dress, sneakers have long left the sports ground and are worn to the"
        " office, to dinner and to weddings. The newest ones stand on a sole so thick that it adds a few centimetres to"
        " whoever wears them, and the fashion houses have each brought out a model of their own this spring.",
        "The answer to the old question of what to wear them with lies in that sole, say the stylists we asked.",
    ]
    kinds, _ = _kinds("\n\n".join(["Home", "Fashion", *before, *box, *after, "Newsletter", "© 2025 Example Magazine"]))
    body = [t for t, k in kinds if k.is_body]
    assert body == [*before, *after]


def test_a_numbered_table_of_contents_inside_the_article_does_not_end_it():
    contents = ["Contents", "1 History", "2 Uses", "3 See also", "4 References"]
    history = [
        "History",
        "The first mills of this kind were built along the river in the twelfth century, when the monks of the abbey"
        " needed a steady supply of flour for the town that was growing around their walls. By the end of the century"
        " there were nine of them, each with its own miller and its own right to the water.",
        "Most of them were rebuilt in stone after the great flood, and three of those buildings still stand today.",
    ]
    kinds, _ = _kinds("\n\n".join(["Home", "Wiki", *P, *contents, *history, "References", "Privacy policy"]))
    body = [t for t, k in kinds if k.is_body]
    assert history[1] in body and history[2] in body
    assert dict(kinds)["3 See also"] is not K.RELATED


def test_a_numbered_list_of_related_stories_still_ends_the_article():
    related = ["See also", "1 How the mills were built", "2 The great flood", "3 Millers and their rights"]
    kinds, _ = _kinds("\n\n".join([*P, *related, "Privacy policy"]))
    assert dict(kinds)["See also"] is K.RELATED
    assert [t for t, k in kinds if k.is_body] == P


LONG = [
    "The students who arrived in the autumn were told that most of their teaching would take place in person, and"
    " many of them signed contracts for rooms in the halls on that promise. Within weeks most of the lectures had"
    " moved online, and the rooms they were paying for became the only place where they could study at all.",
    "A former director of student services who now advises universities said the halls had been run like hotels"
    " for years, and that nobody had planned for thousands of young people having to stay inside them for weeks."
    " Some universities sent food parcels; others left the students to order whatever they could afford.",
    "The universities say they have followed the guidance at every step and that the safety of students and staff"
    " comes first. But many of the students we spoke to said they felt blamed for an outbreak that nobody had"
    " given them the means to prevent, and that they would not come back after the winter break.",
    "The vice-chancellor of one university agreed that many students had had a hard time, but said that shutting"
    " the campuses would do more harm than good, since most of the outbreaks had been traced to private parties"
    " and not to the lecture halls or the libraries, which had been kept open with strict rules.",
]


BEFORE = [
    "Thousands of students have been told to stay in their rooms for two weeks after outbreaks in the halls of"
    " residence of several universities, and some of them say they have not been given enough food or any help"
    " with their studies. Security guards have been posted at the doors of some of the buildings.",
    "The outbreaks started within days of the start of term, when the students moved into the halls from all"
    " over the country and met in the shared kitchens, the corridors and the bars of the towns they had come to,"
    " which were open at the time and full every night of the first week.",
    "Public health officials said the rules for the halls were the same as for any household, but the students"
    " pointed out that a household does not usually have forty members who share two kitchens and one laundry,"
    " and that nobody had told them who to ask when they ran out of food or money.",
]


def test_the_article_resumes_after_a_long_video_playlist_under_its_share_bar():
    playlist = ["What to watch next"]
    for n in range(9):  # 19 lines: longer than a box of BOX_MAX_BLOCKS
        playlist += [f"Video {n}: a short clip about the weather in town number {n}", "Example Video"]
    text = "\n\n".join(["Home", "News", *BEFORE, "SHARE", "TWEET", "EMAIL", *playlist, *LONG, "© 2025 Example News"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body == [*BEFORE, *LONG]


def test_an_email_field_of_a_comment_form_after_the_share_bar_still_ends_the_article():
    form = ["Leave a reply", "Name", "EMAIL", "[                    ]", "Website", "[Post comment]"]
    text = "\n\n".join(["Home", "News", *BEFORE, "SHARE", "TWEET", *form, *LONG[:1], "© 2025 Example News"])
    kinds, _ = _kinds(text)
    assert LONG[0] not in [t for t, k in kinds if k.is_body]



def test_a_word_and_a_colon_after_the_article_labels_the_sites_links_not_a_list():
    # "Tag:" then the story's tags (Italian sites): a box of the site's links, where
    # "Affected schools:" then the schools is the article's last part.
    tags = ["Tag:", "Milano", "Trasporti", "Linate"]
    kinds, _ = _kinds("\n".join(["Home", "News", *P, *tags, "Privacy Policy"]))
    assert [t for t, k in kinds if k.is_body] == P
    schools = ["Affected schools:", "North Park School", "Riverside School", "Hill Street School"]
    kinds, _ = _kinds("\n".join(["Home", "News", *P, *schools, "Privacy Policy"]))
    assert [t for t, k in kinds if k.is_body] == [*P, *schools]


def test_features_of_a_line_kept_across_documents_are_per_language():
    """A short line's features are computed once and kept for later documents; the
    stoplist is part of what they are kept under."""
    from q7x2clean.classify import clear_feature_cache, features

    line = "die Zeit und der Tag sind da"
    clear_feature_cache()
    german = features(segment(line), "German")[0]
    english = features(segment(line), "English")[0]
    assert german.stop_ratio > english.stop_ratio
    clear_feature_cache()
    assert features(segment(line), "English")[0] == english


def test_cleaning_does_not_depend_on_the_documents_cleaned_before():
    from q7x2clean import clean_text
    from q7x2clean.classify import clear_feature_cache

    first = "\n".join(["Home | News | Sport", "Share", "Title of the first story", *P, "Related posts", "Share"])
    second = "\n".join(["Share", "Another headline here", *P[::-1], "Share"])
    clear_feature_cache()
    fresh = clean_text(second).to_dict()
    clear_feature_cache()
    clean_text(first)
    assert clean_text(second).to_dict() == fresh


def test_short_chinese_japanese_korean_paragraphs_resume_the_article_after_a_box():
    """After a related box inside the article, two short paragraphs in a script without
    spaces (or with few) resume it: a wide character says as much as several letters."""
    from q7x2clean import clean_text

    paras = [
        "東京都は22日、来年度から私立を含む都内の高校の授業料を所得制限なしで実質無償化する方針を明らかにした。対象となる生徒は約30万人に上る見通しだ。",
        "これまで都の支援は世帯年収910万円未満の家庭に限られていたが、子育て世帯の負担を軽くするため、この制限を撤廃する。必要な予算は年間約600億円と見込まれている。",
        "知事は記者会見で「家庭の経済状況にかかわらず、子どもたちが自分の希望する学校を選べるようにしたい」と述べた。",
    ]
    after_box = [
        "一方、都外から通う生徒は対象外となるため、近隣の県からは不公平だとの声も上がっている。埼玉県や神奈川県の知事は国による全国一律の支援を求めている。",
        "都は今年の秋までに制度の詳細を決め、来年4月からの実施を目指す。",
    ]
    text = "\n".join(
        ["トップ", "国内", "国際", "経済", "東京都、来年度から高校授業料を実質無償化へ", "2024年3月22日 18時30分", *paras,
         "関連記事", "大学の授業料、値上げ相次ぐ", "広告", *after_box,
         "関連ニュース", "保育園の待機児童、過去最少に", "給食費の無償化、区で広がる", "利用規約", "プライバシーポリシー"]
    )
    body = clean_text(text).body
    assert all(p in body for p in after_box)
    assert "大学の授業料、値上げ相次ぐ" not in body


def _carousel(n):
    # A slider of job offers: a logo, the offer and the town under each, many of them.
    offers = []
    for k in range(n):
        offers += ["[]", f"Firm {k % 4} logo", f"Project engineer (f/m) number {k} at Firm {k % 4}", f"Town {k} Apply now"]
    return offers


# An intro under the header and the body's paragraphs after a carousel of job offers.
_CAROUSEL_INTRO = [
    "Trade between the two countries has been slowed for years by forms that cost small firms a lot of time and money.",
    "Now the governments want to change that, and they have asked the firms on both sides what should be done first.",
]
_CAROUSEL_MORE = [p.replace("the", "their").replace("The", "Their") + " It was the second such meeting this year." for p in P]


def test_the_intro_under_the_header_is_kept_across_a_carousel_that_cuts_it_from_the_body():
    intro, more = _CAROUSEL_INTRO, _CAROUSEL_MORE
    head = ["Home", "News", "Politics", "12.12.2022, 08:30", "Will the new trade rules help the firms at the border?",
            *intro, "Top jobs", "Show all jobs"]
    kinds, _ = _kinds("\n".join([*head, *_carousel(12), *P, *more, "Related stories", "Another story"]))
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(intro)] == intro and body[-len(more) :] == more
    assert not any("Apply now" in t for t in body)


def test_a_date_line_written_as_a_sentence_heads_the_intro_above_a_carousel():
    intro, more = _CAROUSEL_INTRO, _CAROUSEL_MORE
    head = ["Home", "News", "Politics", "Ministers agree on new trade rules", "Published:",
            "Wednesday, 14 December 2022 at 08:30 a.m.", *intro, "Top jobs", "Show all jobs"]
    kinds, _ = _kinds("\n".join([*head, *_carousel(12), *P, *more, "Related stories", "Another story"]))
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(intro)] == intro and body[-len(more) :] == more
    assert dict(kinds)["Wednesday, 14 December 2022 at 08:30 a.m."] is K.DATELINE


@pytest.mark.parametrize("line", ["Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "Mittwoch, 4. Mai 2022 um 07:46 Uhr."])
def test_a_date_line_written_as_a_sentence_is_a_date_line(line):
    kinds, _ = _kinds("\n".join(["Home", line, *P]))
    assert dict(kinds)[line] is K.DATELINE


def test_a_short_sentence_that_tells_of_a_date_stays_prose():
    line = "On 4 May 2022 the river rose over its banks again."
    kinds, _ = _kinds("\n".join([*P[:2], line, *P[2:]]))
    assert dict(kinds)[line].is_body


def test_the_intro_above_a_photo_gallery_is_kept_without_the_gallery():
    intro = "Trade between the two countries has been slowed for years by forms that cost small firms a lot of time and money."
    gallery = []
    for k in range(10):
        gallery += ["Trade rules in pictures", f"Photo {k} of the harbour where the ships wait for their forms.", "Photo: Jane Doe"]
    more = [p.replace("the", "their").replace("The", "Their") + " It was the second such meeting this year." for p in P]
    head = ["Home", "News", "Ministers agree on new trade rules", "By Jane Doe | 18.05.2025", "Share Print", intro]
    kinds, _ = _kinds("\n".join([*head, *gallery, *P, *more]))
    body = [t for t, k in kinds if k.is_body]
    assert body == [intro, *P, *more]


def test_a_sentence_with_a_wiki_formula_is_prose_not_code():
    # A wiki page prints a formula as text, as the TeX of its image and as bare TeX.
    formula = "Herein the distance d i j {\\displaystyle d_{ij}} d_{ij} of the points x i {\\displaystyle \\mathbf {x} _{i}} " \
              "\\mathbf {x} _{i} is used to measure how similar the two objects are to each other."
    kinds, _ = _kinds("\n".join([P[0], P[1], formula, P[2], P[3]]))
    assert dict(kinds)[formula] is K.CONTENT


def test_a_teaser_under_the_dates_of_story_cards_is_no_intro():
    cards = ["More stories", "Video // 3 July 2021", "The ministers at the harbour", "Photos // 9 November 2021",
             "Read the whole appeal here today."]
    kinds, _ = _kinds("\n".join(["Home", "News", *cards, *_carousel(3), *P]))
    assert [t for t, k in kinds if k.is_body] == P


def test_an_intro_of_many_short_paragraphs_is_kept_across_a_carousel():
    notes = [f"The fee for form {n} was changed and is now lower for the small firms at the border." for n in range(7)]
    more = [p.replace("the", "their").replace("The", "Their") + " It was the second such meeting this year." for p in P]
    head = ["Home", "News", "Sep 18, 2020", "Release notes 4.47", *notes[:4], "Bug fixes", *notes[4:], "Top jobs"]
    kinds, _ = _kinds("\n".join([*head, *_carousel(12), *P, *more]))
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(notes)] == notes and body[-len(more) :] == more


def test_a_table_of_figures_under_its_label_a_few_lines_after_the_article_is_kept():
    rows = ["390 kcal", "8 g protein", "13 g fat", "60 g carbohydrates"]
    tail = ["Rate this recipe:", "[stars 4/5]", "Rate", "Nutrition facts", "1 piece:", *rows, "Categories & Tags", "Cakes"]
    kinds, _ = _kinds("\n".join(["Home", "Recipes", *P, *tail]))
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(P)] == P and all(r in body for r in rows) and "Cakes" not in body


def test_the_entries_of_a_live_blog_under_their_times_of_day_are_kept():
    entries = []
    for n in range(5):
        entries += [f"18:{20 + n}", f"The rain came back in heat {n + 2} and the riders waited."]
    kinds, _ = _kinds("\n".join(["Home", "Live", *P, *entries, "Related stories", "Another story about the rain"]))
    body = [t for t, k in kinds if k.is_body]
    assert body == P + entries[1::2]


def test_a_plan_of_records_under_the_intro_is_kept_to_its_end():
    # A plan of records the intro announces: labels recur record after record (weighing
    # as printed twice), most lines hold quantities; it runs to the related heading.
    intro = [
        "This four-week plan follows the same rules as the programme, so you can use the targets you already worked out for yourself.",
        "Each week lists what to eat before and after training and how much of it, so there is nothing new to learn when you switch.",
    ]
    records = []
    first = ("Start the first week gently: a bowl of 40 g of oats cooked in water, with a piece of fruit on the side,"
             " and a glass of water; the weeks after it add milk and a little more of everything.")
    for week in range(1, 5):
        dish = first if week == 1 else "Oat porridge made with 60 g of oats and 200 ml of milk, with a piece of fruit on the side."
        records += [f"Plan for week {week}", "Before training", "Eat 60-90 minutes before", dish,
                    f"Portions: {week} green, 1 red", "After training", "Eat within 2 hours", f"Shake, {week + 1} cups of berries"]
    related = ["Related Articles", "Why breakfast matters more than you think", "Ten quick dinners for busy weeks"]
    text = "\n".join(["Home", "Plans", "Recipes", "Shop", *intro, *records, *related, "© 2025 Example Fitness"])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert body[: len(intro)] == intro
    assert body[len(intro) :] == records


# Cards under a related heading: an image, the card's share bar, a teaser paragraph.
_CARD_TEASERS = [
    "Friendship is the family we choose for ourselves, and it grows stronger with every year that we share our joys and sorrows with each other, the good days and the bad days alike, the laughter and the tears.",
    "Every morning is a new chance to begin again, to forgive what went wrong yesterday and to look forward with hope, because life rewards the people who keep trying even when the road is long and hard.",
    "Gratitude turns what we have into enough: a warm meal, a kind word, a friend who calls at the right moment, and the quiet joy of an evening at home with the people we love the most in the world.",
]


_CARD_ENDING = " Share these words with the people you love, and remember them on the days when the world seems grey."


def test_the_teasers_of_cards_under_a_related_heading_are_cut():
    share = "Whatsapp   Facebook   Pinterest   Download"
    post = [share, P[0] + " " + P[1] + " " + P[2]]
    cards = [line for teaser in _CARD_TEASERS for line in ("[lazy_placeholder][card]", share, teaser + _CARD_ENDING)]
    kinds, _ = _kinds("\n".join([*post, "You may also like...", *cards, "© 2025 Example Media"]))
    assert [t for t, k in kinds if k.is_body] == [post[1]]


def test_the_article_resuming_after_a_related_box_between_advertisements_is_kept():
    # Unlike a card's share bar, an advertisement's label recurs between the article's paragraphs.
    long = [
        P[0] + " " + P[1],
        P[2] + " " + P[3],
        _CARD_TEASERS[0] + " The minister said so in a long speech to the farmers of the northern valleys on Friday of last week.",
        _CARD_TEASERS[1] + " Her rival answered on the radio early the next morning that nothing of the kind had ever been true.",
        _CARD_TEASERS[2] + " Both of them will meet again at the big conference in the capital in the spring, the organisers said.",
    ]
    lines = [long[0], long[1], "Read more", "Advertisement", long[2], "Advertisement", long[3], "Advertisement", long[4]]
    kinds, _ = _kinds("\n".join(lines))
    assert [t for t, k in kinds if k.is_body] == long


_TICKER = [
    "• Floods close the northern motorway for a second day PARIS: The northern motorway stayed closed on Monday after the river rose again over the night",
    "• Central bank holds its rates as prices cool down LONDON: The central bank kept its main rate where it was for the fourth month in a row on Thursday",
    "• Striking pilots agree to talks with the airline BERLIN: The pilots' union said it would meet the airline's managers next week to end the strike",
]


def test_a_ticker_of_teasers_right_above_the_article_header_is_not_the_body():
    header = ["Ministers agree on new trade rules", "May 18, 2025", "By Jane Doe"]
    kinds, _ = _kinds("\n\n".join(["Breaking News", *_TICKER, *header, *P, "© 2025 Example Media"]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_list_opening_the_article_with_text_under_it_before_a_date_stays():
    # A forum's first post: its list, a paragraph, then the next post's date.
    items = [line.split(" PARIS:")[0].split(" LONDON:")[0].split(" BERLIN:")[0] + "." for line in _TICKER]
    reply = ["Sep 20, 2020", P[2], P[3], *_CARD_TEASERS]
    kinds, _ = _kinds("\n\n".join(["Patch notes", *items, P[0] + " " + P[1], *reply, "© 2025 Example Media"]))
    body = [t for t, k in kinds if k.is_body]
    assert items[0].lstrip("• ") in body and P[0] + " " + P[1] in body


def test_code_lines_inside_a_listing_are_kept_whole():
    listing = ["import os", "def size(path, unit_):", "return os.stat(path).st_size // (1 << unit_)", "print(size(here, 10))", "> 42"]
    kinds, _ = _kinds("\n".join([P[0], P[1], *listing, P[2], P[3]]))
    kind = dict(kinds)
    assert kind["def size(path, unit_):"].is_body
    assert kind["return os.stat(path).st_size // (1 << unit_)"].is_body


def test_a_code_line_between_paragraphs_stays_out():
    code = "def size(path, unit_): return os.stat(path).st_size // (1 << unit_)"
    kinds, _ = _kinds("\n".join([P[0], P[1], code, P[2], P[3]]))
    assert dict(kinds)[code] is K.CODE


def test_agenda_under_a_publication_line_with_a_short_headline_is_the_article():
    menu = ["Home", "About us", "Our hosts", "Events", "Working groups", "Blog", "Survey"]
    agenda = ["Host: Example Ltd, 12 Harbour Street, Hamburg", "Moderator: Jane Doe", "Agenda",
              "Two short talks on team models (30 mins)", "Knowledge exchange (1 hour)",
              "Drawing lessons from the stories of the evening (45 mins).", "Small groups (30 mins)",
              "Planning the next meeting, when and where? (30 mins)"]
    footer = ["Related posts", "Meetup March 2012", "Meetup February 2012"]
    intro = "A monthly exchange on how to build companies that people like to work in, for everyone who is interested."
    text = "\n".join(["Meetup Hamburg", intro, "Search", *menu, "Meetup April 2012",
                      "Published on 11/04/2012 by jdoe", *agenda, *footer])
    kinds, _ = _kinds(text)
    body = [t for t, k in kinds if k.is_body]
    assert "Moderator: Jane Doe" in body
    assert "Drawing lessons from the stories of the evening (45 mins)." in body
    assert "Meetup March 2012" not in body


def test_a_summary_heading_under_the_articles_paragraphs_is_kept():
    table = ["Fees                 0.60% per trade", "Currencies           170 and more", "Security             two factors"]
    after = [
        "Both platforms are run by the same company, but they are made for very different kinds of traders and needs.",
        "The first one is simple to use for beginners, while the second one offers charts and more kinds of orders.",
        "The fees of the simple platform are higher, and they are charged on top of the spread on every single trade.",
        "Security is the same on both of them, with two factors for the login and most of the funds kept offline.",
        "In the end the choice depends on how often you trade and on how much you want to see before you buy anything.",
    ]
    kinds, _ = _kinds("\n".join([P[0], P[1], P[2], "At a Glance", *table, P[3], *after]))
    assert dict(kinds)["At a Glance"].is_body


def test_the_note_under_a_further_reading_heading_after_the_article_is_kept():
    note = "A detailed overview of the new rules is in the ministry's help centre, where you will also find the forms."
    links = ["Trade rules in the help centre", "Forms for small firms", "Book an appointment online"]
    kinds, _ = _kinds("\n".join([*P, "More on this topic", note, *links]))
    kind = dict(kinds)
    assert kind[note].is_body
    assert not kind["More on this topic"].is_body
    assert not kind["Forms for small firms"].is_body


def test_a_card_teaser_under_a_related_heading_is_not_a_note():
    teaser = "Ministers met again on Friday to talk about the new rules for the farmers on both sides of the river."
    cards = ["Farmers fear for their markets", teaser, "Border police to hire more officers", "Bridge closed for repairs"]
    kinds, _ = _kinds("\n".join([*P, "More on this topic", *cards]))
    assert not dict(kinds)[teaser].is_body


def test_the_intro_above_a_long_list_of_links_is_kept():
    intro = ("Corsets are to pin-up fans what water is to fish: they cannot do without them for long, "
             "and there are shops for them all over the country")
    shops = ["Velvet Lace", "Rose Garden", "Black Swan", "Silk Road", "Miss Molly", "Red Cat", "Blue Moon",
             "Royal Black", "Maya Hansen", "Bibi Blue", "Fairy Mother", "Caos Corsets", "Dragon Town",
             "Sugar Kitty", "French Market", "Jupiter Moon", "Ars Vivendi", "Slacks Fashion", "Miss Moss",
             "Agent Provocateur", "Versatile Corsets", "Miss Katie", "Vintage Corsets", "All corset shops"]
    kinds, _ = _kinds("\n".join(["Corsets: shops and designers", intro, *shops, *P]))
    assert dict(kinds)[intro].is_body
    assert [t for t, k in kinds if k.is_body][-len(P):] == P


def test_a_menu_glued_into_one_long_line_is_no_intro():
    glued = ("Compare phones with contract Flat rates Tablets Data plans Prepaid offers Top phones "
             "Business services for the companies Cancel a contract Phone news")
    menu = ["Electricity", "Gas", "Internet", "Mobile", "Insurance", "Loans", "Cars", "Property", "Business",
            "Energy prices", "Heat pumps", "Solar panels", "Storage heaters", "Green power", "Car loans"]
    kinds, _ = _kinds("\n".join([glued, *menu, *P]))
    assert not dict(kinds)[glued].is_body


def test_the_intro_above_a_list_of_links_and_a_photo_is_kept():
    # w3m prints the photo between the list and the body as "[alt text]"; lynx does not.
    intro = ("Corsets are to pin-up fans what water is to fish: they cannot do without them for long, "
             "and there are shops for them all over the country")
    shops = ["Velvet Lace", "Rose Garden", "Black Swan", "Silk Road", "Miss Molly", "Red Cat", "Blue Moon",
             "Royal Black", "Maya Hansen", "Bibi Blue", "Fairy Mother", "Caos Corsets"]
    kinds, _ = _kinds("\n".join(["Corsets: shops and designers", intro, *shops, "[A corset on a mannequin]", *P]))
    assert dict(kinds)[intro].is_body
    assert [t for t, k in kinds if k.is_body][-len(P):] == P


def test_a_data_sheet_printed_as_a_definition_list_inside_the_article_is_kept():
    # w3m prints a definition list's term, then its value indented on the next line.
    sheet = ["Brand", "    Woodline", "Colour", "    brown", "Material", "    pine, metal", "Length", "    52 cm",
             "Height", "    97 cm", "Weight", "    14 kg"]
    kinds, _ = _kinds("\n".join([P[0], P[1], "", *sheet, "", P[2], P[3]]))
    body = [t for t, k in kinds if k.is_body]
    assert body[0] == P[0] and body[-1] == P[3]
    assert "Material" in body and "pine, metal" in body


def test_a_nested_menu_is_no_definition_list():
    menu = ["Fashion", "    All fashion", "Jeans", "    All jeans", "Dresses", "    All dresses", "Sale",
            "    All sale"]
    kinds, _ = _kinds("\n".join([*menu, "", *P]))
    assert [t for t, k in kinds if k.is_body] == P


def test_a_forum_thread_of_dated_posts_is_not_cut_as_dated_cards():
    # Every post of a thread is dated like a story card (the poster's name and rank, the
    # post's date and number, its text); the posts after half of the thread's prose
    # continue the series that started above them, they are no card list after an article.
    posts = [
        "Our cat sleeps on the window sill every night and in the morning there are small dark crumbs on his "
        "blanket, which turn red when I put them in a glass of water. Has anyone here seen this before? I have "
        "attached a photo of the blanket.",
        "That sounds like flea dirt to me. The red colour comes from the blood that the fleas have eaten, and "
        "a fine comb will show you the fleas themselves within a couple of minutes if they are there.",
        "Could it also be mites in his ears? One of our first cats had them badly and the dark dirt came from "
        "the ears, so I would have a look there as well before you buy anything against fleas.",
        "His ears are perfectly clean, I checked them this evening with a torch. He is a short haired cat and "
        "does not dig in the flower pots, so I really do not know where all the dirt comes from.",
        "I combed him again last night and found two fleas in the comb. We will go to the vet tomorrow morning "
        "and ask for a spot on treatment, and the blankets are in the washing machine right now.",
        "Mine bring in all kinds of things from outside, sand, small stones and leaves, but only the fleas ever "
        "made them scratch like that. Good luck with the vet, and let us know how it goes.",
        "We are back from the vet, who confirmed the fleas and gave us drops for his neck. He also said that the "
        "eggs fall off in the places where the cat sleeps, so we have to wash everything he lies on.",
        "Good to hear that it was nothing worse. Remember to treat the other cats in the house as well, or the "
        "fleas will simply move from one animal to the next and come back in a few weeks.",
    ]
    posts.append(" ".join(MORE))
    lines = ["Home", "Forums", "Pets", "Dark crumbs on the cat's blanket"]
    for n, post in enumerate(posts):
        lines += [f"Member{n}", "Regular member", f"September {20 + n}, 2018", f"#{n + 1}", post]
        if n == 0:
            lines += P  # the opening post is the longest
    lines += ["Share this thread", "Facebook", "Twitter"]
    kinds, _ = _kinds("\n".join(lines))
    body = [t for t, k in kinds if k.is_body]
    assert [posts[0], *P, *posts[1:]] == [t for t in body if t in P or t in posts]


def test_a_posters_box_over_each_post_weighs_nothing_even_over_a_one_line_post():
    # innerText prints each poster's box line by line ("Posts", "1,158", "Location"...),
    # the same labels over every post of the thread: item labels, not a menu, also when
    # one post is a single line without a full stop.
    posts = [
        "Our cat sleeps on the window sill every night and in the morning there are small dark crumbs on his "
        "blanket, which turn red when I put them in a glass of water. Has anyone here seen this before?",
        "That sounds like flea dirt to me. The red colour comes from the blood that the fleas have eaten, and "
        "a fine comb will show you the fleas themselves within a couple of minutes if they are there.",
        "Could not have known that they would hide from all of us so well",
        "I combed him again last night and found two fleas in the comb. We will go to the vet tomorrow morning "
        "and ask for a spot on treatment, and the blankets are in the washing machine right now.",
        "Mine bring in all kinds of things from outside, sand, small stones and leaves, but only the fleas ever "
        "made them scratch like that. Good luck with the vet, and let us know how it goes.",
    ]
    lines = ["Home", "Forums", "Pets"]
    for n, post in enumerate(posts):
        lines += [f"Member{n}", "Joined", "Posts", str(100 + n), "Location", "Berlin", post]
    lines += ["Share this thread", "Facebook", "Twitter"]
    kinds, _ = _kinds("\n".join(lines))
    body = [t for t, k in kinds if k.is_body]
    assert posts == [t for t in body if t in posts]


def test_a_post_quoting_an_earlier_post_does_not_end_the_thread():
    # "Jane said:" over a quote heads a comment, but the quote repeats the opening of a
    # post printed above: a post of the thread replying to another, inside the thread.
    posts = [
        "Our cat sleeps on the window sill every night and in the morning there are small dark crumbs on his "
        "blanket, which turn red when I put them in a glass of water. Has anyone here seen this before?",
        "That sounds like flea dirt to me. The red colour comes from the blood that the fleas have eaten, and "
        "a fine comb will show you the fleas themselves within a couple of minutes if they are there.",
        "I combed him again last night and found two fleas in the comb. We will go to the vet tomorrow morning "
        "and ask for a spot on treatment, and the blankets are in the washing machine right now.",
    ]
    reply = ("Mine bring in all kinds of things from outside, sand, small stones and leaves, but only the fleas "
             "ever made them scratch like that. Good luck with the vet, and let us know how it goes.")
    lines = ["Home", "Forums", "Pets"]
    for n, post in enumerate(posts):
        lines += [f"Member{n}", post, *P[n : n + 2]]
    lines += ["Member3", "Member0 said:", posts[0][:60], "Click to expand...", reply, *MORE]
    lines += ["Share this thread", "Facebook", "Twitter"]
    kinds, _ = _kinds("\n".join(lines))
    body = [t for t, k in kinds if k.is_body]
    assert reply in body and MORE[-1] in body


def test_a_story_cards_kicker_is_no_item_label():
    # Cards of a series: the kicker ("Opening Bell"), a headline that starts with it, a
    # teaser; the kicker recurs between teasers like a poster's box between posts, but
    # it is the cards' furniture and keeps weighing against the region.
    import q7x2clean.classify as stage

    teasers = [
        "What kinda dirt did the bank have on the chairman of the board before the vote in the spring",
        "Hi, my name is Tim and I am the one who said that it was all going to be fine for the bank",
        "As if you needed an excuse to spend more time out of the office on a sunny day in the middle of May",
    ]
    lines = []
    for n, teaser in enumerate(teasers):
        lines += ["Opening Bell", f"Opening Bell {n + 3}.{10 + n}.19", teaser]
    blocks = segment("\n\n".join(lines))
    assert stage._item_labels(blocks, stage.features(blocks, "English")) == []
    # A poster's box over each post stays an item label.
    lines = []
    for n, teaser in enumerate(teasers):
        lines += ["Joined", f"Member{n}", teaser]
    blocks = segment("\n\n".join(lines))
    assert stage._item_labels(blocks, stage.features(blocks, "English")) == [0, 3, 6]

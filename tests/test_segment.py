from q7x2clean.segment import display_width, segment


def _wrapped(paragraph: str, width: int, indent: str = "") -> list[str]:
    """Greedy wrapping as w3m and lynx do it."""
    lines, line = [], indent
    for word in paragraph.split():
        candidate = (line + " " + word) if line.strip() else indent + word
        if len(candidate) > width and line.strip():
            lines.append(line)
            line = indent + word
        else:
            line = candidate
    lines.append(line)
    return lines


PARA = " ".join(f"word{i} and some more text here" for i in range(40))


def test_hard_wrapped_paragraphs_are_rejoined():
    lines = _wrapped(PARA, 80) + [""] + _wrapped(PARA.upper(), 80)
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks] == [PARA, PARA.upper()]


def test_lynx_indented_paragraphs_are_rejoined():
    lines = ["Heading", ""] + _wrapped(PARA, 100, indent="   ")
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks] == ["Heading", PARA]
    assert blocks[1].indent == 3


def test_short_lines_are_not_joined_even_in_wrapped_dumps():
    lines = _wrapped(PARA, 80) + ["", "Home", "News", "Contact us"]
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks][1:] == ["Home", "News", "Contact us"]


def test_innertext_lines_are_blocks_of_their_own():
    text = "Title of the page\nFirst paragraph of text.\nSecond paragraph of text."
    assert [b.text for b in segment(text)] == text.split("\n")
    assert not any(b.blank_before for b in segment(text))


def test_bullets_are_read_and_stripped():
    text = "  • Home\n  • World news\n     * Sport\n1. First point here\n- Dash item"
    blocks = segment(text)
    assert [(b.bullet, b.text) for b in blocks] == [
        ("•", "Home"),
        ("•", "World news"),
        ("*", "Sport"),
        ("1.", "First point here"),
        ("-", "Dash item"),
    ]


def test_o_is_a_bullet_only_when_indented():
    blocks = segment("     o Item\no menino correu")
    assert blocks[0].bullet == "o" and blocks[0].text == "Item"
    assert blocks[1].bullet is None and blocks[1].text == "o menino correu"


def test_list_item_continuation_is_rejoined():
    item = " ".join(["alpha beta gamma delta"] * 12)
    lines = _wrapped(item, 60, indent="    ")
    lines[0] = "  • " + lines[0].lstrip()
    blocks = segment("\n".join(lines))
    assert len(blocks) == 1 and blocks[0].text == item and blocks[0].bullet == "•"


def test_blank_lines_are_recorded_and_line_numbers_kept():
    blocks = segment("a b\n\nc d\ne f")
    assert [(b.text, b.blank_before, b.line) for b in blocks] == [
        ("a b", False, 1),
        ("c d", True, 3),
        ("e f", False, 4),
    ]


def test_a_day_before_a_month_is_a_date_not_a_numbered_item():
    blocks = segment("\n".join(["19. Oktober 2019 16:14 Uhr", "3. Mai", "1. March of the Penguins", "2. Add the flour"]))
    assert [(b.bullet, b.text) for b in blocks] == [
        (None, "19. Oktober 2019 16:14 Uhr"),
        (None, "3. Mai"),
        ("1.", "March of the Penguins"),
        ("2.", "Add the flour"),
    ]


def test_a_day_and_month_in_numbers_with_spaces_is_a_date_not_a_numbered_item():
    # Czech and Slovak write "20. 3. 2024"; "13. 2024" has no month, "4. 15 eggs" no year.
    blocks = segment("\n".join(["20. 3. 2024 13:05", "13. 2024 Olympics", "4. 15 eggs"]))
    assert [(b.bullet, b.text) for b in blocks] == [
        (None, "20. 3. 2024 13:05"),
        ("13.", "2024 Olympics"),
        ("4.", "15 eggs"),
    ]


def test_a_dump_with_two_wrapped_paragraphs_is_rejoined():
    # Only two lines reach the width: each breaks a sentence that goes on in lowercase.
    first = "The new season starts in the spring with a long race across the whole country and " * 2
    second = "Teams have trained all winter for it and the best riders expect a close race this year as " * 2
    lines = ["Heading", ""] + _wrapped(first.strip() + " ends.", 150) + [""] + _wrapped(second.strip() + " too.", 150)
    lines += ["", "Home", "Contact us"]
    assert len([line for line in lines if len(line) > 126]) == 2
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks] == ["Heading", first.strip() + " ends.", second.strip() + " too.", "Home", "Contact us"]



def test_a_copyright_notice_under_a_full_line_starts_a_block():
    footer = "Our customer service can be reached by telephone on weekdays and by e-mail at any time of the day " * 3
    lines = _wrapped(PARA, 100) + [""] + _wrapped(footer.strip(), 100)
    # The footer's last line fills the width: the notice's first word would not fit on it.
    lines[-1] = lines[-1] + " " + "x" * (99 - len(lines[-1]))
    lines.append("Copyright © 2019 Example Media Inc. All rights reserved")
    blocks = segment("\n".join(lines))
    assert blocks[-1].text == "Copyright © 2019 Example Media Inc. All rights reserved"
    assert len(blocks) == 3


def test_wrapped_japanese_paragraphs_without_spaces_are_rejoined():
    # w3m wraps CJK text between any two characters; each character takes two columns.
    sentence = "今回の事件のように、権利者の許諾を得ずに改造した製品を販売することは、商標の品質保証機能を害するおそれがあります。"
    paragraphs = [sentence * 3, sentence * 2 + "以上です。"]
    lines = ["ホーム", ""]
    for paragraph in paragraphs:
        lines += [paragraph[i : i + 40] for i in range(0, len(paragraph), 40)] + [""]
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks] == ["ホーム", *paragraphs]


def test_a_latin_word_wrapped_before_kana_is_joined_without_a_space():
    # Japanese writes a Latin word against the kana after it ("Kindleが"); w3m may wrap
    # between the two when the kana no longer fits on the line.
    sentence = "今回の事件のように、権利者の許諾を得ずに改造した製品を販売することは、商標の品質保証機能を害するおそれがあります。"
    head = sentence[:37] + "Kindle"  # 80 columns, the width of the other lines
    rest = "が立ち上がってしまいます。" + sentence * 2
    lines = ["ホーム", ""]
    lines += [(sentence * 3)[i : i + 40] for i in range(0, len(sentence) * 3, 40)] + [""]
    lines += [head] + [rest[i : i + 40] for i in range(0, len(rest), 40)]
    blocks = segment("\n".join(lines))
    assert blocks[-1].text == head + rest


def test_wrapped_korean_is_rejoined_with_spaces_between_its_words():
    # Korean puts spaces between words. A line broken with room left for another
    # syllable was broken at a space (lynx wraps at spaces); a line filled to the width
    # was most often broken inside a word (w3m wraps Korean anywhere).
    english = _wrapped(PARA, 80)  # the dump's width: 80 columns
    at_space = ["엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인", "공개로부터 비롯됐다."]
    sentence = "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다."
    cut = max(i for i in range(len(sentence)) if display_width(sentence[:i]) <= 80)
    assert " " not in sentence[cut - 1 : cut + 1]  # a syllable short of the width, inside a word
    blocks = segment("\n".join([*english, "", *at_space, "", sentence[:cut], sentence[cut:]]))
    assert [b.text for b in blocks[1:]] == [" ".join(at_space), sentence]


def test_w3m_third_level_bullet_is_read():
    # w3m's nested lists: "•", then "□", then "☆" (a menu's submenu).
    blocks = segment("  • News\n      □ World\n          ☆ Markets\n          ☆ Policy\n")
    assert [(b.bullet, b.text) for b in blocks] == [("•", "News"), ("□", "World"), ("☆", "Markets"), ("☆", "Policy")]


def test_a_bordered_table_row_is_one_line_of_its_cells():
    dump = "\n".join([
        "Prices went up again this year.",
        "",
        "┌─────────┬───────────────┬──────────────────────┐",
        "│Platform │Average CPM    │Potential Lead Quality│",
        "│         │(USD)          │                      │",
        "├─────────┼───────────────┼──────────────────────┤",
        "│YouTube  │$9.60          │Good for brand        │",
        "│         │               │awareness.            │",
        "├─────────┼───────────────┼─────────────\ufffd",
        "│LinkedIn │$6.50          │High B2B quality.     │",
        "└─────────┴───────────────┴──────────────────────┘",
    ])
    assert [b.text for b in segment(dump)] == [
        "Prices went up again this year.",
        "Platform Average CPM (USD) Potential Lead Quality",
        "YouTube $9.60 Good for brand awareness.",
        "LinkedIn $6.50 High B2B quality.",
    ]


def test_a_rule_across_the_dump_joins_no_line():
    # w3m prints a rule under each link of a list as wide as the dump, cut with U+FFFD.
    rule = "━" * 79 + "\ufffd"
    lines = _wrapped(PARA, 80) + [""]
    headlines = ["Senators confirm the new chief of the agency", "Inside the meeting on the new mission",
                 "The president picks a general to lead the command"]
    for headline in headlines:
        lines += [headline, rule]
    blocks = segment("\n".join(lines))
    assert [b.text for b in blocks] == [PARA] + [text for headline in headlines for text in (headline, rule)]


def test_a_wide_bordered_table_does_not_hide_the_wrap_of_the_paragraphs():
    # A table row re-joined from its cells' wrapped fragments is wider than the dump:
    # the wrap width is read off the lines as printed, so the paragraphs around the
    # table are still re-joined.
    fragments = ["the first part of a long cell", "and the second part of it", "and then its very last part"]
    dump = "\n".join(
        _wrapped(PARA, 80)
        + ["", "┌" + "─" * 34 + "┬" + "─" * 34 + "┐"]
        + [f"│{f:<34}│{f:<34}│" for f in fragments]
        + ["└" + "─" * 34 + "┴" + "─" * 34 + "┘", ""]
        + _wrapped(PARA.upper(), 80)
    )
    texts = [b.text for b in segment(dump)]
    assert texts[0] == PARA and texts[-1] == PARA.upper()


def test_an_item_with_a_typed_dash_goes_on_under_the_dash():
    # "– Tip: ..." typed in the text: w3m prints its wrapped lines at the dash's column
    # (lynx at the paragraph's indent), not under the item's text.
    item = "Engage: " + PARA
    lines = _wrapped("– " + item, 80) + ["", "Next paragraph."]
    blocks = segment("\n".join(lines))
    assert [(b.bullet, b.text) for b in blocks] == [("–", item), (None, "Next paragraph.")]
    lynx = _wrapped("– " + item, 80, indent="   ")
    assert [b.text for b in segment("\n".join(lynx))] == [item]


def test_an_image_text_printed_twice_before_a_paragraph_is_a_block_of_its_own():
    # w3m and lynx print an inline image's alt text and title before the paragraph's
    # first words, on the same line.
    alt = "A red car parked by a frozen lake at dusk."
    text = "Renting a car gives you the freedom to stop wherever you like on the way."
    for dump in (alt + alt + text, f"{alt} {alt} {text}"):
        assert [b.text for b in segment(dump)] == [(alt + alt) if " " + alt not in dump else f"{alt} {alt}", text]
    # A row of story cards, each headline printed twice, stays one line.
    cards = "Ten Tips for Winter Roads Ten Tips for Winter Roads Best Hikes of the Year Best Hikes of the Year"
    assert [b.text for b in segment(cards)] == [cards]


def test_the_line_after_a_full_width_rule_does_not_continue_it():
    # w3m draws an <hr> as a rule as wide as the dump: the box or paragraph under it
    # is a block of its own, not the rule's wrapped continuation.
    rule = "━" * 79 + "\ufffd"
    lines = _wrapped(PARA, 80) + [rule, "Deal pricing may change after publication.", "", "Next."]
    texts = [b.text for b in segment("\n".join(lines))]
    assert "Deal pricing may change after publication." in texts


def test_a_rule_glued_under_a_caption_is_a_block_of_its_own():
    # A full-width rule under a line that fills its width is no continuation of it.
    caption = "A caption that runs to the very end of the line it is printed on in the dump"
    lines = _wrapped(PARA, 80) + [caption.ljust(78), "━" * 80, "The story goes on.", "", "Next."]
    texts = [b.text for b in segment("\n".join(lines))]
    assert caption in texts and "━" * 80 in texts


def test_two_wrapped_lines_going_on_with_a_capital_are_joined_when_indented():
    first = "   " + "The two delegations met again in the capital on Tuesday to go over the last points of the agreement, and they were joined by the minister of"
    second = "   " + "Finance on Tuesday afternoon."
    third = "   " + "Officials said later that the new rules would come into force at the start of next year if the parliament of the two countries approved"
    fourth = "   " + "Their decision in time."
    blocks = segment("\n".join([first, second, "", third, fourth]))
    assert [b.text for b in blocks] == [first.strip() + " " + second.strip(), third.strip() + " " + fourth.strip()]


ARTICLE = [
    "The council voted on Monday to close the old bridge to cars from the start of next month, after engineers found cracks in two of its piers.",
    "Buses and bicycles will still be allowed to cross, and the council said it would add two ferry runs in the morning to take some of the traffic.",
    "Shop owners on both sides of the river fear that they will lose customers, and they asked the council to lower their rents while the work lasts.",
    "The repairs are expected to take at least two years, and the council has not yet said how much they will cost or who is going to pay for them.",
]
SIDEBAR = ["Latest news", "• Storm warning for the coast", "• Schools reopen after the holidays",
           "• New mayor sworn in", "• Museum gets a new wing", "• Road works on the ring road",
           "• Floods close the valley road", "• Airport adds three routes", "• Zoo welcomes two pandas",
           "• Market hall to be rebuilt", "• Library extends its hours", "• Tram line gets new cars",
           "• Hospital opens a new ward", "• Park to host summer concerts"]


def _beside(left: list[str], right: list[str], column: int) -> list[str]:
    """Two columns printed side by side, the right one starting at `column` (as w3m lays
    out an article with its sidebar)."""
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    return [(a.ljust(column) + b).rstrip() if b else a for a, b in zip(left, right)]


def test_an_article_beside_a_sidebar_is_read_column_by_column():
    left = [line for paragraph in ARTICLE for line in [*_wrapped(paragraph, 62), ""]]
    page = ["Home   News   Sport   Weather   Contact   " + "x" * 80, "", *_beside(left, SIDEBAR, 66)]
    texts = [b.text for b in segment("\n".join(page))]
    assert all(paragraph in texts for paragraph in ARTICLE)
    assert texts[-len(SIDEBAR):] == ["Latest news", *(item[2:] for item in SIDEBAR[1:])]


def test_a_table_with_text_in_its_first_column_is_not_split():
    rows = [f"Item number {n:<2} of the list of parts we ordered    {n * 3:<2} pieces    {n * 7:<2} euros" for n in range(1, 12)]
    for block in segment("\n".join(["Parts", "", *rows])):
        assert ("pieces" in block.text) == ("euros" in block.text)


def test_an_item_marker_typed_in_the_text_goes_on_at_its_column():
    # "1) ..." or "* ..." typed in a paragraph: its wrapped lines start where the
    # marker does (w3m at column 0, lynx at the paragraph's indent), not under the text.
    item = "Leather is great for kids: " + PARA
    for indent in ("", "   "):
        for marker in ("1)", "*"):
            lines = _wrapped(f"{marker} {item}", 80, indent=indent) + ["", "Next paragraph."]
            blocks = segment("\n".join(lines))
            assert [(b.bullet, b.text) for b in blocks] == [(marker, item), (None, "Next paragraph.")]


def test_a_paragraph_with_its_first_line_indented_goes_on_at_a_smaller_column():
    # w3m prints a space before a paragraph's first word when an inline element opens
    # it; lynx indents such a first line one column further than the rest.
    for first, rest in ((" ", ""), ("    ", "   ")):
        lines = _wrapped(PARA, 80, indent=rest)
        lines[0] = first + lines[0].lstrip()
        assert [b.text for b in segment("\n".join(lines + ["", "Next paragraph."]))] == [PARA, "Next paragraph."]
    # A table row indented further is no paragraph's first line.
    row = "   Company          Notable features of the company and its plans for the next year"
    assert len(segment("\n".join([row, "Rest of the page"]))) == 2


def test_a_text_field_as_wide_as_the_dump_is_not_a_continuation():
    # lynx prints a text input as a run of "_" as wide as the dump: it would fill the
    # line after a paragraph as a long word does, yet it is no part of the paragraph.
    lines = _wrapped(PARA, 80) + ["_" * 80]
    assert [b.text for b in segment("\n".join(lines))] == [PARA, "_" * 80]
    # A closing quote wrapped onto a line of its own still goes on the sentence.
    full = _wrapped(PARA, 80)[0]
    quote = ['"' + full[1:], '"']
    text = "\n".join(_wrapped(PARA, 80) + [""] + quote)
    assert [b.text for b in segment(text)] == [PARA, " ".join(quote)]


def test_indented_paragraphs_wrapped_narrower_than_the_lead_are_rejoined():
    # lynx wraps a lead paragraph at column 0 a few columns wider than the indented
    # paragraphs under it: each indentation is re-joined at its own width.
    lead = "Lead: " + " ".join(f"point{i} of the story told in brief" for i in range(12))
    body = " ".join(f"fact{i} with several more words of text to read" for i in range(30))
    lines = _wrapped(lead, 97) + [""] + _wrapped(body, 94, indent="   ") + [""] + _wrapped(body.upper(), 94, indent="   ")
    assert max(len(line) for line in lines) == 97
    assert [b.text for b in segment("\n".join(lines))] == [lead, body, body.upper()]


def test_an_image_text_printed_twice_under_a_full_paragraph_line_is_not_its_continuation():
    # lynx prints an image's alt text and title on the line after the paragraph, with
    # no blank line between: when the paragraph's last line is full, the image's text
    # would read as its continuation.
    sentence = "The garden was quiet that morning and the roses were in full bloom again."
    lines = _wrapped(PARA + " " + sentence, 80, indent="   ")
    assert len(lines[-1]) >= 74  # the paragraph's last line is full
    alt = "crimson roses in a stone vase"
    image = f"   {alt} {alt} Roses cut in June"
    texts = [b.text for b in segment("\n".join(lines + [image]))]
    assert texts == [PARA + " " + sentence, f"{alt} {alt}", "Roses cut in June"]


def test_a_lone_line_wider_than_the_wrap_does_not_hide_it():
    # A form field or a table row printed wider than the renderer's wrap width: the
    # paragraphs are still re-joined at the width their own lines reach.
    body = " ".join(f"item{i} has a few words of varied length here and there" for i in range(40))
    field = "[SEARCH" + " " * 90 + "]"
    lines = [field, ""] + _wrapped(body, 80) + [""] + _wrapped(body.upper(), 80)
    assert sum(1 for line in lines if len(line) >= 79) >= 5
    assert [b.text for b in segment("\n".join(lines))][1:] == [body, body.upper()]


def test_a_lone_lynx_bullet_is_the_bullet_of_the_item_under_it():
    # lynx prints the bullet of an item that opens with a block on a line of its own.
    text = "\n".join(["Related stories", "", "     *", "", "A story about the harbour", "       Article // 3 May 2024",
                      "     * Another story about the harbour"])
    blocks = segment(text)
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Related stories", None),
        ("A story about the harbour", "*"),
        ("Article // 3 May 2024", None),
        ("Another story about the harbour", "*"),
    ]


def test_lone_lynx_bullets_in_a_row_are_empty_items():
    # A gallery's slots: items with nothing printable, one marker after another.
    text = "\n".join(["Photos", "", "     *", "     *", "     *", "", "Caption of the photo"])
    blocks = segment(text)
    assert [(b.text, b.bullet) for b in blocks] == [("Photos", None), ("*", None), ("*", None), ("*", None),
                                                   ("Caption of the photo", None)]

"""Site templates (`templates.py`): what is learned, and that article text never goes."""

import pickle

import attrs
import pytest

from q7x2clean import Cleaner, SiteTemplates, learn_templates
from q7x2clean.templates import SiteTemplate, TemplateLearner, document_lines, fingerprint
from q7x2clean.cleaner import site_of
from q7x2clean.segment import segment

MENU = ["Home", "World", "Business", "Sport", "Weather"]
FOOTER = ["Contact us", "Terms of use", "Privacy settings"]
STORIES = [
    [
        "The council approved the new budget on Monday after a long debate about the cost of the bridge.",
        "Opposition members said the plan was rushed and that residents had not been heard at all.",
    ],
    [
        "Heavy rain flooded several streets in the old town overnight, and the fire brigade pumped out cellars.",
        "The weather service expects more rain on Thursday and has asked people to stay away from the river.",
    ],
    [
        "The local football club won its third match in a row on Saturday, with two goals in the last minutes.",
        "The coach praised the young players and said the team was finally playing with confidence.",
    ],
    [
        "A new library opened its doors in the north of the city, with a cafe and a room for children.",
        "Readers can borrow books, films and games, and the building stays open late on weekdays.",
    ],
]


def page(title, paragraphs, subheading=None, menu=MENU):
    body = [paragraphs[0]] + ([subheading] if subheading else []) + paragraphs[1:]
    return "\n".join([*menu, "", title, "", *body, "", *FOOTER]) + "\n"


def test_lines_recurring_across_stories_of_a_site_are_learned():
    pages = [("news.example", page(f"Story {k}", story)) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    template = templates.get("news.example")
    assert all(line in template for line in MENU + FOOTER)
    assert "Story 1" not in template
    assert not any(p in template for story in STORIES for p in story)
    assert templates.get("other.example").lines == frozenset()
    assert templates.get(None).lines == frozenset()


def test_one_page_or_one_story_teaches_nothing():
    assert len(learn_templates([("a", page("T", STORIES[0]))])) == 0
    copies = [("a", page("T", STORIES[0])) for _ in range(5)]
    assert len(learn_templates(copies)) == 0  # the same story five times is not a template


def test_syndicated_copies_keep_their_subheadings():
    """The same story printed three times on one site with its sub-heading: the
    sub-heading recurs, but only within copies of one story, so it is not template."""
    sub = "What happens next"
    pages = [("site", page("Budget passes", STORIES[0], subheading=sub)) for _ in range(3)]
    pages += [("site", page(f"Story {k}", story)) for k, story in enumerate(STORIES[1:])]
    templates = learn_templates(pages)
    assert sub not in templates.get("site")
    assert "Home" in templates.get("site")
    cleaner = Cleaner(templates=templates)
    alone = Cleaner().clean_text(pages[0][1])
    together = cleaner.clean_text(pages[0][1], site="site")
    assert sub in alone.body
    assert together.body == alone.body


def test_a_template_line_inside_the_article_is_removed_but_prose_never():
    recurring = "Picked for you by our editors"
    prose_line = STORIES[3][0]
    pages = [("s", page(f"Story {k}", [story[0], recurring, story[1]], menu=[*MENU, prose_line])) for k, story in enumerate(STORIES[:3])]
    templates = learn_templates(pages)
    assert recurring in templates.get("s")
    # A recurring paragraph is learned, but not dropped inside an article.
    inside = page("Library", [STORIES[0][0], prose_line, STORIES[0][1]])
    assert prose_line in Cleaner(templates=templates).clean_text(inside, site="s").body
    text = page("Budget", [STORIES[0][0], recurring, STORIES[0][1]])
    article = Cleaner(templates=templates).clean_text(text, site="s")
    assert recurring not in article.body
    assert STORIES[0][0] in article.body and STORIES[0][1] in article.body
    assert any(r.reason == "recurs on the site's pages" and r.text == recurring for r in article.removed)


def test_the_site_is_the_url_host_when_no_site_is_given():
    pages = [("example.com", page(f"Story {k}", [s[0], "Picked for you by our editors", s[1]])) for k, s in enumerate(STORIES)]
    templates = learn_templates(pages)
    text = page("Budget", [STORIES[0][0], "Picked for you by our editors", STORIES[0][1]])
    by_url = Cleaner(templates=templates).clean(text, url="https://www.example.com/news/1")
    assert "Picked for you" not in by_url.body
    assert "Picked for you" in Cleaner(templates=templates).clean(text, url="https://elsewhere.org/1").body


def test_the_samples_cleaned_as_one_site_give_the_same_bodies(samples_dir):
    paths = sorted(samples_dir.glob("*.txt"))
    templates = learn_templates(("samples", p.read_text(encoding="utf-8")) for p in paths)
    cleaner = Cleaner(templates=templates)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert cleaner.clean_text(text, site="samples") == Cleaner().clean_text(text)


def test_templates_are_immutable_and_picklable():
    templates = learn_templates([("s", page(f"Story {k}", story)) for k, story in enumerate(STORIES)])
    assert pickle.loads(pickle.dumps(templates)) == templates
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        templates.sites = {}
    with pytest.raises(TypeError):
        templates.sites["x"] = SiteTemplate()
    cleaner = Cleaner(templates=templates)
    assert pickle.loads(pickle.dumps(cleaner)) == cleaner
    assert templates.subset(["s", "nope"]).sites.keys() == {"s"}


def test_learning_memory_is_bounded():
    learner = TemplateLearner(max_entries=1000)
    for k in range(500):
        lines = [f"unique line {k} {j}" for j in range(10)] + MENU
        learner.add(document_lines(f"site{k % 3}", segment("\n".join(lines + [f"{STORIES[0][0]} {k}"]))))
        assert learner._entries <= 1000
    templates = learner.build()
    assert all("Home" in templates.get(f"site{k}") for k in range(3))


def test_fingerprints_are_stable_and_ignore_case_and_spacing():
    assert fingerprint("Terms  of Use") == fingerprint("terms of use")
    assert fingerprint("Terms of use") == 0x0 or isinstance(fingerprint("Terms of use"), int)
    assert SiteTemplates().get("x").lines == frozenset()


def test_a_recurring_row_among_rows_that_do_not_recur_is_kept():
    """Two of a site's pages share one row of a schedule by chance: the row is among
    rows that do not recur, so it is not the site's template (a menu is all template)."""
    shared = "Round 9: 23 September, City Park"

    def schedule(k, story):
        rows = [f"Round {r}: {r + k} {month}, {venue}" for r, month, venue in
                [(1, "March", "North Stadium"), (2, "April", "Harbour Ring"), (3, "May", "Old Track"),
                 (4, "June", "Hill Circuit"), (5, "July", "Lake Arena")]]
        rows.insert(3, shared)
        return [story[0], *rows, story[1]]

    pages = [("s", page(f"Season {k}", schedule(k, story))) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    assert shared in templates.get("s") and "Home" in templates.get("s")
    alone = Cleaner().clean_text(pages[0][1])
    assert shared in alone.body
    together = Cleaner(templates=templates).clean_text(pages[0][1], site="s")
    assert shared in together.body
    assert "Weather" not in together.body


def test_an_archived_page_belongs_to_the_site_it_was_archived_from():
    pages = [("example.com", page(f"Story {k}", [s[0], "Picked for you by our editors", s[1]])) for k, s in enumerate(STORIES)]
    templates = learn_templates(pages)
    text = page("Budget", [STORIES[0][0], "Picked for you by our editors", STORIES[0][1]])
    archived = "https://web.archive.org/web/20190102030405/https://www.example.com/news/1"
    assert "Picked for you" not in Cleaner(templates=templates).clean(text, url=archived).body
    assert site_of(archived) == "example.com"
    assert site_of("https://web.archive.org/web/20190102030405id_/http://other.org/a?b=1") == "other.org"
    assert site_of("https://web.archive.org/about/") == "web.archive.org"


@pytest.mark.parametrize("rule", ["___", "• • •", "━━━━━━━━━━━━", "* * *"])
def test_a_rule_line_recurring_inside_articles_is_no_template(rule):
    """Section breaks and rules recur on every page of a site that uses them, inside
    the articles: a line without a letter or digit says nothing of the template."""
    pages = [("s", page(f"Story {k}", [story[0], rule, story[1]])) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    assert rule not in templates.get("s")
    assert "Home" in templates.get("s")
    text = pages[0][1]
    assert Cleaner(templates=templates).clean_text(text, site="s").body == Cleaner().clean_text(text).body


ABOUT = (
    "Acme Media is an independent publisher of local news founded in 1998, with newsrooms in "
    "four cities and a weekly print edition delivered to forty thousand homes."
)
BACKGROUND = (
    "The bridge, built in 1931 and closed to lorries since 2019, carries about twelve thousand "
    "cars a day between the old town and the new districts on the other bank."
)


def test_a_paragraph_recurring_after_the_article_is_removed():
    """A company's "About us" under every story is the site's; the story stays whole."""
    pages = [("s", page(f"Story {k}", [*story, ABOUT])) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    text = pages[0][1]
    alone = Cleaner().clean_text(text)
    article = Cleaner(templates=templates).clean_text(text, site="s")
    assert ABOUT in alone.body
    assert ABOUT not in article.body
    assert all(p in article.body for p in STORIES[0])
    assert any(r.text == ABOUT and "recurring" in r.reason for r in article.removed)


def test_a_paragraph_recurring_inside_articles_is_kept():
    """Background that stories of a site share, between their own paragraphs, is article text."""
    pages = [("s", page(f"Story {k}", [story[0], BACKGROUND, story[1]])) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    text = pages[0][1]
    assert BACKGROUND in Cleaner(templates=templates).clean_text(text, site="s").body


def test_recurring_paragraphs_never_outweigh_the_article():
    """When what recurs is longer than the page's own prose (a story counted twice), nothing goes."""
    long_story = [STORIES[0][0], ABOUT, BACKGROUND]
    pages = [("s", page(f"Story {k}", [story[0], ABOUT, BACKGROUND])) for k, story in enumerate(STORIES)]
    templates = learn_templates(pages)
    text = page("Budget", long_story)
    assert Cleaner(templates=templates).clean_text(text, site="s").body == Cleaner().clean_text(text).body

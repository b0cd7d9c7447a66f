import datetime

import pytest

from q7x2clean.dates import complete_year, find_dates

D = datetime.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("by Press Xpress May 18, 2025", D(2025, 5, 18)),
        ("Published: 18 May 2025", D(2025, 5, 18)),
        ("2025-05-18T10:00", D(2025, 5, 18)),
        ("18.05.2025", D(2025, 5, 18)),
        ("18. Mai 2025", D(2025, 5, 18)),
        ("18 maja 2025", D(2025, 5, 18)),
        ("le 18 mai 2025", D(2025, 5, 18)),
        ("18 de mayo de 2025", D(2025, 5, 18)),
        ("2025年5月18日", D(2025, 5, 18)),
        ("Wednesday, July 23, 2025", D(2025, 7, 23)),
        ("2025년 5월 18일", D(2025, 5, 18)),
        ("18 мая 2025 г.", D(2025, 5, 18)),
        ("1st of May 2025", D(2025, 5, 1)),
        ("Nov 25th, 2025", D(2025, 11, 25)),
        ("Dec. 19, 2025 · Jane Doe", D(2025, 12, 19)),
        ("DECEMBER 27, 2024", D(2024, 12, 27)),
        ("Sat, 20 Dec, 2025 - 06:36", D(2025, 12, 20)),
        ("By: Jane Doe on 04-ago-2021 5:11:10", D(2021, 8, 4)),
        ("18-May-2025", D(2025, 5, 18)),
        ("18.05.25", D(2025, 5, 18)),
        ("Published 2025-12-20 in Tech", D(2025, 12, 20)),
    ],
)
def test_dates_in_many_forms(text, expected):
    assert find_dates(text)[0].date == expected


def test_month_glued_to_the_word_before():
    # Renderers glue a label to the date: "EditorialNovember 22, 2018".
    assert find_dates("EditorialNovember 22, 2018")[0].date == D(2018, 11, 22)
    assert find_dates("By Jane DoePublished: Jan 29, 2025")[0].date == D(2025, 1, 29)


def test_month_inside_a_word_is_not_a_month():
    assert find_dates("Summary 5, 2025") == []


def test_unambiguous_numeric_dates_whatever_the_separator():
    assert find_dates("06.18.2025")[0].date == D(2025, 6, 18)  # month first: 18 is no month
    assert find_dates("18.06.2025", month_first=True)[0].date == D(2025, 6, 18)
    assert find_dates("09.10.2024", month_first=True)[0].date == D(2024, 10, 9)  # dots: day first


def test_versions_and_counts_are_not_dates():
    assert find_dates("version 2.10.11") == []
    assert find_dates("v1.12.25") == []
    assert find_dates("4.96 / 5.0") == []
    assert find_dates("May 2025") == []  # a month without a day
    assert find_dates("2 days ago") == []


def test_ambiguous_numeric_dates_follow_the_page_convention():
    assert find_dates("03/04/2025", month_first=True)[0].date == D(2025, 3, 4)
    assert find_dates("03/04/2025")[0].date == D(2025, 4, 3)
    assert find_dates("25/04/2025", month_first=True)[0].date == D(2025, 4, 25)


def test_yearless_date_is_completed_only_from_a_reference():
    found = find_dates("Washington, Jan 17")[0]
    assert found.date is None and not found.has_year and found.text == "Jan 17"
    found = find_dates("Washington, Jan 17", D(2026, 11, 21))[0]
    assert found.date == D(2026, 1, 17)


def test_year_completion_never_goes_past_the_reference():
    assert complete_year(12, 30, D(2026, 1, 5)) == D(2025, 12, 30)
    assert complete_year(2, 29, D(2026, 3, 1)) is None  # no 29 Feb in 2026 or 2025
    assert complete_year(1, 17, None) is None


def test_impossible_dates_are_ignored():
    assert find_dates("2025-13-45") == []
    assert find_dates("31.02.2025") == []
    assert find_dates("version 1.2.3") == []


def test_month_names_of_several_languages_in_one_line():
    found = find_dates("18. Mai 2025 / May 19, 2025 / 20 mai 2025")
    assert [f.date for f in found] == [D(2025, 5, 18), D(2025, 5, 19), D(2025, 5, 20)]


def test_no_month_name_no_named_date():
    assert find_dates("Top 10 tools for 2025 and 18 more") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Publikováno: 20. 3. 2024 13:05", D(2024, 3, 20)),  # cs
        ("Aktualizované 5. 12. 2023", D(2023, 12, 5)),  # sk
        ("2024. 03. 20. 14:05", D(2024, 3, 20)),  # hu
    ],
)
def test_spaced_numeric_dates_of_central_europe(text, expected):
    assert [f.date for f in find_dates(text)] == [expected]


def test_spaced_ordinals_without_a_year_are_not_dates():
    assert find_dates("Der 3. 4. Platz") == []
    assert find_dates("1. 2. 3. 4.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024. március 5.", D(2024, 3, 5)),
        ("Frissítve: 2019. június 13. 10:15", D(2019, 6, 13)),
        ("Published 2025 May 18", D(2025, 5, 18)),
    ],
)
def test_year_first_named_dates(text, expected):
    assert [f.date for f in find_dates(text)] == [expected]


def test_a_year_ending_a_headline_glued_to_the_date_is_not_its_year():
    assert [f.date for f in find_dates("The best films of 2023 March 5, 2024")] == [D(2024, 3, 5)]
    assert find_dates("In 2019 May was warm") == []


def test_the_published_and_updated_dates_glued_together():
    """Day-first pages print the published and the updated date side by side; a renderer
    glues the second's day to the first's year. The same day twice is that day; two
    days are in doubt (themes print them in either order): the date as written, no date."""
    found = find_dates("Published on 19. Juni 201619. Juni 2016 von Jane Doe")
    assert [(d.text, d.date) for d in found] == [("19. Juni 2016", datetime.date(2016, 6, 19))]
    assert find_dates("20 janvier 202020 janvier 2020")[0].date == datetime.date(2020, 1, 20)
    found = find_dates("Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko")
    assert [(d.text, d.date, d.has_year) for d in found] == [("10. Februar 2019", None, True)]
    # Digits after a year that start no date leave the year unread, as before.
    assert find_dates("Mai 2019123 Leute") == []
    assert find_dates("Published 3 May 2021 12:30")[0].date == datetime.date(2021, 5, 3)

